"""Parse only the sentences that can hold a fact: the model's parser, run sentence by sentence.

The relation rules read the dependency parse of sentences with a kin, event or naming word, a
pronoun, a possessive or an apposition. A guest list ("A, B, C and D attended") has none of
these, and parsing it cost a fifth of the time of a name-dense article. A chosen sentence is
parsed on its own (``Span.as_doc`` keeps the model's features, and the parse agrees with the
whole document's within its sentence); the others get a flat tree, every word hanging on the
first with the label ``dep``, so that sentences stay what ``senter`` made them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import (
    BIRTH_NOUNS,
    BIRTH_VERBS,
    CHILD_NOUNS,
    COUPLE_NOUNS,
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
PARSE_WORDS = (
    CHILD_NOUNS | COUPLE_NOUNS | MARRY_VERBS | DIVORCE_WORDS | FILING_WORDS | WEDDING_NOUNS
    | MARRIAGE_NOUNS | BIRTH_VERBS | BIRTH_NOUNS | DEATH_VERBS | DEATH_NOUNS
    | SIBLING_TOPIC_WORDS | _EVENT_WORDS | _PRONOUNS
    | {"born", "bear", "name", "named", "call", "called", "turn", "turned", "turning", "turns",
       "birthday", "née", "nee", "widow", "widowed", "late", "ex", "exes", "sibling", "twin"}
)


def worth_parsing(sent: Span) -> bool:
    """Whether a rule could read the sentence's parse: a kin, event, naming or life word, a
    pronoun, a possessive, or an apposition (', a/an/the ...')."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ in PARSE_WORDS or tok.lemma_.lower() in PARSE_WORDS or kin_of(tok):
            return True
        if tok.tag_ == "POS":
            return True
        if tok.text == "," and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in {"a", "an",
                                                                                    "the"}:
            return True
    return False


class SelectiveParser:
    """The model's parser, run on the sentences ``worth_parsing`` chooses."""

    def __init__(self, parser: Any, name: str) -> None:
        self.parser = parser
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self._parse(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self._parse(doc)

    def _parse(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        chosen = [s for s in sents if worth_parsing(s)]
        if len(chosen) > _MOSTLY * len(sents):
            return self.parser(doc)  # type: ignore[no-any-return]
        subdocs = list(self.parser.pipe([s.as_doc() for s in chosen]))
        parsed = dict(zip((s.start for s in chosen), subdocs, strict=True))
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
