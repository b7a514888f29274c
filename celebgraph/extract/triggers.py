"""Event words in a sentence ("married", "tied the knot", "filed for divorce", "was born").

Each trigger is found from the lexicons alone; who takes part and when is read in ``events``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from celebgraph.extract.lexicons import (
    BIRTH_NOUNS,
    BIRTH_VERBS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DIVORCE_WORDS,
    ENGAGE_PHRASES,
    FILING_WORDS,
    MARRY_PHRASES,
    MARRY_VERBS,
    PARTNER_PHRASES,
    SEPARATE_PHRASES,
    WEDDING_NOUNS,
)

__all__ = ["Trigger", "find_triggers"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word: ``kind`` and its tokens ``start:end``."""

    kind: str
    start: int
    end: int


def _phrase_at(sent: Span, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first phrase that starts at token i, or 0."""
    words = [t.lower_ for t in sent.doc[i:min(i + 4, sent.end)]]
    for phrase in phrases:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _single(tok: Token) -> str | None:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in {"VERB", "AUX", "ADJ"} and lemma in MARRY_VERBS or lower in {"married", "wed"}:
        return "marry"
    if lower in WEDDING_NOUNS:
        return "wedding"
    if lower in DIVORCE_WORDS or lemma in DIVORCE_WORDS:
        return "divorce"
    if lemma in BIRTH_VERBS and (tok.pos_ == "VERB" or lower == "born"):
        return "born" if lower == "born" else "birth"
    if lower in BIRTH_NOUNS:
        return "birth_noun"
    if lemma in DEATH_VERBS and tok.pos_ == "VERB":
        return "death"
    if lower in DEATH_NOUNS:
        return "death_noun"
    if lemma in FILING_WORDS and tok.pos_ == "VERB":
        return "file"
    if lower in {"turning", "turned", "turns", "turn"}:
        return "age"
    if lower == "birthday":
        return "birthday"
    return None


def _divorce_follows(sent: Span, i: int) -> bool:
    return any(t.lower_ in DIVORCE_WORDS for t in sent.doc[i + 1:min(i + 3, sent.end)])


def find_triggers(sent: Span) -> list[Trigger]:
    """The event triggers of a sentence, in order, non-overlapping."""
    found: list[Trigger] = []
    i = sent.start
    while i < sent.end:
        for kind, phrases in (("marry", MARRY_PHRASES), ("separate", SEPARATE_PHRASES),
                              ("engage", ENGAGE_PHRASES), ("partner", PARTNER_PHRASES)):
            n = _phrase_at(sent, i, phrases)
            if n:
                found.append(Trigger(kind, i, i + n))
                i += n
                break
        else:
            kind_single = _single(sent.doc[i])
            if kind_single == "file" and _divorce_follows(sent, i):
                found.append(Trigger("file", i, i + 3))  # 'filed for divorce' is one event
                i += 3
                continue
            if kind_single:
                found.append(Trigger(kind_single, i, i + 1))
            i += 1
    return found
