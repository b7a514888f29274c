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
from spacy.attrs import DEP, HEAD, LOWER, SENT_START, TAG
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
    KIN_NOUNS,
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


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, as ``doc.sents`` gives them, from one array read."""
    if not len(doc):
        return []
    starts = [0, *(int(i) + 1 for i in (doc.to_array(SENT_START)[1:] == 1).nonzero()[0])]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


class _Words:
    """Per word (a LOWER hash), whether it chooses its sentence for parsing, as
    ``worth_parsing`` decides: a parse word, or a word ``kin_of`` may call kin (asked of the
    token itself: 'ex' before '-' is not). Learnt once a word, for the pipeline's life."""

    def __init__(self, doc: Doc) -> None:
        self.strings = doc.vocab.strings
        self.parse: dict[int, bool] = {}
        self.kin: dict[int, bool] = {}
        self.separators = {self.strings.add(w) for w in (",", ";", "and", "&")}
        self.proper = {self.strings.add(t) for t in ("NNP", "NNPS")}

    def learn(self, lower: int) -> None:
        word = self.strings[lower]
        self.parse[lower] = word in PARSE_WORDS
        self.kin[lower] = word in KIN_NOUNS or (word.endswith("s") and word[:-1] in KIN_NOUNS)


def _chosen(doc: Doc, bounds: list[tuple[int, int]], words: _Words) -> list[bool]:
    """``worth_parsing`` of each sentence, read from the token arrays. With lemmas set,
    ``kin_of`` may also find kin by a lemma: then every token is asked as ``worth_parsing``
    does."""
    if doc.has_annotation("LEMMA"):
        return [worth_parsing(doc[start:end]) for start, end in bounds]
    rows = doc.to_array([LOWER, TAG]).tolist()
    for lower, _ in rows:
        if lower not in words.parse:
            words.learn(lower)
    chosen = []
    for start, end in bounds:
        sentence = rows[start:end]
        worth = any(words.parse[lower] for lower, _ in sentence) or any(
            kin_of(doc[i]) for i in range(start, end) if words.kin[rows[i][0]]
        )
        if not worth:
            proper = sum(tag in words.proper for _, tag in sentence)
            separators = sum(lower in words.separators for lower, _ in sentence)
            worth = not (proper >= _LIST_NAMES and proper > _LIST_SHARE * len(sentence)
                         and separators >= _LIST_SEPARATORS)
        chosen.append(worth)
    return chosen


class SelectiveParser:
    """The model's parser, run on the sentences ``worth_parsing`` chooses."""

    def __init__(self, parser: Any, name: str) -> None:
        self.parser = parser
        self.name = name
        self._words: _Words | None = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The docs of each batch parsed together: the parser is about a third faster on a
        batch than doc by doc, with the same parse."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from self._parse(batch, batch_size)

    def _plan(self, doc: Doc) -> list[tuple[int, int, bool]] | None:
        """Each sentence's bounds and whether to parse it; None: parse the whole doc."""
        if self._words is None or self._words.strings is not doc.vocab.strings:
            self._words = _Words(doc)
        bounds = _sentence_bounds(doc)
        chosen = _chosen(doc, bounds, self._words)
        if sum(chosen) > _MOSTLY * len(bounds):
            return None
        return [(start, end, worth) for (start, end), worth in zip(bounds, chosen, strict=True)]

    def _parse(self, docs: list[Doc], batch_size: int) -> Iterator[Doc]:
        plans = [self._plan(doc) for doc in docs]
        whole = [doc for doc, plan in zip(docs, plans, strict=True) if plan is None]
        parts = [doc[start:end].as_doc() for doc, plan in zip(docs, plans, strict=True)
                 if plan is not None for start, end, worth in plan if worth]
        whole_parsed = iter(list(self.parser.pipe(whole, batch_size=batch_size)))
        parts_parsed = iter(list(self.parser.pipe(parts, batch_size=batch_size)))
        for doc, plan in zip(docs, plans, strict=True):
            yield next(whole_parsed) if plan is None else _set_parse(doc, plan, parts_parsed)


def _set_parse(doc: Doc, plan: list[tuple[int, int, bool]], parsed: Iterator[Doc]) -> Doc:
    """The parses of the chosen sentences (the next docs of ``parsed``, in order), a flat tree
    on its first word elsewhere: heads as offsets, as ``Doc.to_array(HEAD)`` gives them."""
    array: Any = numpy.zeros((len(doc), 2), dtype="uint64")  # spaCy types it Ints2d
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for start, end, worth in plan:
        if worth:
            array[start:end] = next(parsed).to_array([HEAD, DEP])
        else:
            array[start:end, 0] = (start - numpy.arange(start, end)).astype("uint64")
            array[start:end, 1] = dep
            array[start, 1] = root
    doc.from_array([HEAD, DEP], array)
    return doc


PARSER = "celebgraph_parser"


@Language.factory(PARSER)
def make_selective_parser(nlp: Language, name: str) -> SelectiveParser:
    """Wrap the pipeline's own ``parser`` (which ``pipeline.build_pipeline`` then removes)."""
    return SelectiveParser(nlp.get_pipe("parser"), name)
