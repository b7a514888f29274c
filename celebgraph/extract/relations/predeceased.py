"""Deaths an obituary tells in its list of those who died first.

    He is predeceased by his wife, Wendeline, in 2010; his son Piet, in 1985;
    and his sisters, Greet and Lies.

After 'predeceased by' or 'preceded in death by', the entries run to the sentence's end,
separated by ';' (with none, the rest is one entry); an entry that names one person and gives one
date tells that person's death (Wendeline 2010, Piet 1985). The kin each entry names is read by the
kin rules as usual.
"""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import PREDECEASED_LEADS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.persons import People
from celebgraph.extract.relations.clauses import SentenceDates
from celebgraph.extract.tokens import tokens_of

__all__ = ["died_first", "in_predeceased_lead", "predeceased_facts"]


def predeceased_facts(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """The deaths of the entries after a 'predeceased by' lead in the sentence."""
    start = _lead_end(sent)
    if start is None or not dates.mentions:
        return []
    lower = tokens_of(sent.doc).lower
    facts: list[RawFact] = []
    entry = start
    for i in range(start, sent.end + 1):
        if i < sent.end and lower[i] != ";":
            continue
        persons = {m.person for m in disc.people.within(entry, i)} - disc.excluded
        told = [m.value for m in dates.between(entry, i) if m.value]
        if len(persons) == 1 and len(told) == 1:
            facts.append(RawFact("died", persons.pop(), None, sent, 0.8, date=told[0]))
        entry = i + 1
    return facts


def died_first(sent: Span, people: People) -> set[int]:
    """The people named after the sentence's 'predeceased by' lead: each died before the one
    the obituary mourns ('She was preceded in death by her husband of 53 years, Tom Pike')."""
    lower = [t.lower_ for t in sent]  # read after the token table is gone (at assembly)
    start = next(
        (
            sent.start + n + len(lead)
            for n in range(len(lower))
            for lead in PREDECEASED_LEADS
            if tuple(lower[n : n + len(lead)]) == lead
        ),
        None,
    )
    return set() if start is None else {m.person for m in people.within(start, sent.end)}


_LEAD_FIRSTS = frozenset(lead[0] for lead in PREDECEASED_LEADS)


def _lead_end(sent: Span) -> int | None:
    """The token after 'predeceased by' / 'preceded in death by', or None."""
    lower = tokens_of(sent.doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] not in _LEAD_FIRSTS:
            continue  # most words: no lead starts here
        for lead in PREDECEASED_LEADS:
            if tuple(lower[i : i + len(lead)]) == lead:
                return i + len(lead)
    return None


def in_predeceased_lead(sent: Span, i: int) -> bool:
    """Token i is a word of the lead ('death' of 'preceded in death by'): no death of its own."""
    end = _lead_end(sent)
    return end is not None and end - 4 <= i < end
