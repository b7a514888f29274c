"""Parse the sentences whose parse a rule can use: the model's parser, skipping name lists.

The relation rules read the parse of sentences with a kin, event, naming or life word, and the
discourse tracker reads every other sentence's subjects (who "she" means next). A list of names
with none of those words ("Guests included A, B, C, ... and L") can hold no fact and no
subject worth tracking, and parsing it cost a fifth of the time of a name-dense article. Those
sentences get a flat tree, every word hanging on the first with the label ``dep``, so that
sentences stay what ``senter`` made them; the others are parsed on their own (``Span.as_doc``
keeps the model's features, and the parse agrees with the whole document's within its
sentence), or the whole text at once when nothing is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import (
    ACTIVE_DEATH_VERBS,
    BIRTH_NOUNS,
    BIRTH_VERBS,
    CHILD_NOUNS,
    COUPLE_NOUNS,
    CUSTODY_NOUNS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DIVORCE_WORDS,
    ENGAGE_PHRASES,
    FILING_WORDS,
    MARRIAGE_NOUNS,
    MARRY_PHRASES,
    MARRY_VERBS,
    PARTNER_PHRASES,
    SEPARATE_PHRASES,
    SIBLING_TOPIC_WORDS,
    WEDDING_NOUNS,
)

__all__ = ["PARSER", "PARSE_WORDS", "SelectiveParser", "worth_parsing"]

_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers", "they", "their", "them",
                       "theirs", "i", "my", "me", "we", "our", "us", "who", "whom", "whose"})
# A phrase is found by its first word ('tied the knot', 'got together'), as the triggers do.
_EVENT_WORDS = frozenset(p[0] for phrases in (MARRY_PHRASES, SEPARATE_PHRASES, ENGAGE_PHRASES,
                                              PARTNER_PHRASES) for p in phrases)
_MOSTLY = 0.6  # above this share of chosen sentences, one parse of the whole text is cheaper
_LIST_NAMES, _LIST_SHARE, _LIST_SEPARATORS = 6, 0.4, 4
_BASE_WORDS = (
    CHILD_NOUNS | COUPLE_NOUNS | MARRY_VERBS | DIVORCE_WORDS | FILING_WORDS | WEDDING_NOUNS
    | MARRIAGE_NOUNS | BIRTH_VERBS | BIRTH_NOUNS | DEATH_VERBS | ACTIVE_DEATH_VERBS | DEATH_NOUNS
    | CUSTODY_NOUNS
    | SIBLING_TOPIC_WORDS | _EVENT_WORDS | _PRONOUNS
    | {"born", "bear", "name", "named", "call", "called", "turn", "turned", "turning", "turns",
       "birthday", "née", "nee", "widow", "widowed", "late", "ex", "exes", "sibling", "twin",
       "s.", "d.", "dau.", "b.", "m.", "div."}
)


def _inflected(word: str) -> set[str]:
    """A word and its regular inflections ('marry' → 'marries', 'married', 'marrying'): the
    parser runs before the lemmatizer, so sentences are chosen by their written words."""
    stem = word[:-1] if word.endswith(("e", "y")) else word
    forms = {word, word + "s", word + "es", word + "d", word + "ed", word + "ing", stem + "ing"}
    if word.endswith("y"):
        forms |= {stem + "ies", stem + "ied"}
    return forms


PARSE_WORDS = frozenset(form for word in _BASE_WORDS for form in _inflected(word))


def worth_parsing(sent: Span) -> bool:
    """Whether a rule could read the sentence's parse: any sentence but a list of names with no
    kin, event, naming or life word and no pronoun."""
    if any(tok.lower_ in PARSE_WORDS or kin_of(tok) for tok in sent):
        return True
    return not _name_list(sent)


def _name_list(sent: Span) -> bool:
    """Mostly proper nouns, at least six of them: 'Guests included A B, C D, ... and K L'.
    (The tagger has run; the attribute ruler, which gives ``pos_``, has not.)"""
    proper = sum(tok.tag_ in {"NNP", "NNPS"} for tok in sent)
    separators = sum(tok.text in {",", ";"} or tok.lower_ in {"and", "&"} for tok in sent)
    return (proper >= _LIST_NAMES and proper > _LIST_SHARE * len(sent)
            and separators >= _LIST_SEPARATORS)


class SelectiveParser:
    """The model's parser, run on the sentences ``worth_parsing`` chooses."""

    def __init__(self, parser: Any, name: str) -> None:
        self.parser = parser
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The docs of each batch parsed together: the parser is about a third faster on a
        batch than doc by doc, with the same parse."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from self._parse(batch, batch_size)

    def _parse(self, docs: list[Doc], batch_size: int) -> Iterator[Doc]:
        plans: list[tuple[list[Span], list[Span]] | None] = []  # None: parse the whole doc
        for doc in docs:
            sents = list(doc.sents)
            chosen = [s for s in sents if worth_parsing(s)]
            plans.append(None if len(chosen) > _MOSTLY * len(sents) else (sents, chosen))
        whole = [doc for doc, plan in zip(docs, plans, strict=True) if plan is None]
        parts = [s.as_doc() for plan in plans if plan is not None for s in plan[1]]
        parsed = iter([*self.parser.pipe(whole, batch_size=batch_size),
                       *self.parser.pipe(parts, batch_size=batch_size)])
        for doc, plan in zip(docs, plans, strict=True):
            if plan is None:
                yield next(parsed)
            else:
                sents, chosen = plan
                yield _set_parse(doc, sents, {s.start: next(parsed) for s in chosen})


def _set_parse(doc: Doc, sents: list[Span], parsed: dict[int, Doc]) -> Doc:
    """The parses of the chosen sentences (by their first token), a flat tree elsewhere."""
    heads = numpy.zeros(len(doc), dtype="int32")  # offsets from each token to its head
    deps = numpy.zeros(len(doc), dtype="uint64")
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for sent in sents:
        sub = parsed.get(sent.start)
        for k, tok in enumerate(sent):
            if sub is not None:
                heads[tok.i] = sub[k].head.i - k
                deps[tok.i] = sub[k].dep
            else:  # a flat tree on the sentence's first word
                heads[tok.i] = sent.start - tok.i
                deps[tok.i] = root if k == 0 else dep
    array: Any = numpy.stack([heads.astype("uint64"), deps], axis=1)
    doc.from_array([HEAD, DEP], array)
    return doc


PARSER = "celebgraph_parser"


@Language.factory(PARSER)
def make_selective_parser(nlp: Language, name: str) -> SelectiveParser:
    """Wrap the pipeline's own ``parser`` (which ``pipeline.build_pipeline`` then removes)."""
    return SelectiveParser(nlp.get_pipe("parser"), name)
