"""The sentences that state a fact: its own, and those its date or its people were read from.

A marriage "from 2014" merged from a headline and a later sentence shows the sentence with the
year; "The couple married in 2010." shows the sentence that named the couple as well. The
evidence is the document's text from the first of these sentences to the last, so ``span``
covers it and ``text[span[0]:span[1]] == evidence`` holds. A sentence farther than
``MAX_GAP`` characters from the fact's own sentence is left out (the evidence would be a
paragraph).
"""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.mention_index import MentionIndex
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import Mention, People
from celebgraph.extract.tokens import sentence_at, sentence_text

__all__ = ["MAX_GAP", "evidence", "evidence_sentences", "named_in", "year_elsewhere"]

MAX_GAP = 400
_BACK = 3  # sentences to look back for a year that is not in the fact's own sentence


def named_in(people: People, person: int, sent: Span) -> list[Mention]:
    """The mentions of ``person`` inside ``sent``."""
    return [m for m in people.within(sent.start, sent.end) if m.person == person]


def _last_mention_sentence(index: MentionIndex, person: int, sent: Span) -> Span | None:
    """The sentence of the person's last mention before ``sent``."""
    start = index.last_before(person, sent.start)
    return sentence_at(sent.doc, start) if start is not None else None


def _years(raw: RawFact) -> list[str]:
    return [v[:4] for v in (raw.date, raw.start, raw.end) if v]


def year_elsewhere(raw: RawFact) -> Span | None:
    """An earlier sentence that writes a year of the fact its own sentence does not write."""
    missing = [y for y in _years(raw) if y not in sentence_text(raw.sent)]
    sent = raw.sent
    for _ in range(_BACK if missing else 0):
        if sent.start == 0:
            break
        sent = sentence_at(sent.doc, sent.start - 1)
        if any(y in sentence_text(sent) for y in missing):
            return sent
    return None


def evidence_sentences(raw: RawFact, index: MentionIndex) -> list[Span]:
    """The fact's sentence and, near it, those its date or people came from, in text order."""
    found = [raw.sent]
    if raw.also is not None:
        found.append(raw.also)
    for person in (raw.subject, raw.object):
        if person is not None and not named_in(index.people, person, raw.sent):
            earlier = _last_mention_sentence(index, person, raw.sent)
            if earlier is not None:
                found.append(earlier)
    if (dated := year_elsewhere(raw)) is not None:
        found.append(dated)
    near = [s for s in found if _gap(s, raw.sent) <= MAX_GAP]
    return sorted({(s.start, s.end): s for s in near}.values(), key=lambda s: s.start)


def _gap(a: Span, b: Span) -> int:
    """Characters between two sentences (0 when they touch or are the same)."""
    return max(a.start_char - b.end_char, b.start_char - a.end_char, 0)


def evidence(sents: list[Span]) -> tuple[str, tuple[int, int]]:
    """The text from the first sentence to the last, without surrounding space, and its span."""
    whole = sents[0].doc[sents[0].start : sents[-1].end]
    text, start = sentence_text(whole), whole.start_char
    start += len(text) - len(text.lstrip())
    text = text.strip()
    return text, (start, start + len(text))
