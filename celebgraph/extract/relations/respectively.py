"""'A and B, born in 2016 and 2018 respectively': the n-th date belongs to the n-th name."""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.clauses import SentenceDates
from celebgraph.extract.tokens import sentence_words, tokens_of

__all__ = ["respective_births"]

_RESPECTIVELY = frozenset({"respectively"})

_BORN = frozenset({"born"})


def respective_births(
    disc: Discourse, sent: Span, dates: SentenceDates, facts: list[RawFact]
) -> list[RawFact]:
    """Give each listed person the birth date in the same place of the date list; the birth
    facts the sentence read already (one date for all of them) are corrected in place."""
    if _RESPECTIVELY.isdisjoint(sentence_words(sent)):
        return []
    lower = tokens_of(sent.doc).lower
    word = next((i for i in range(sent.start, sent.end) if lower[i] == "respectively"), None)
    born = next((i for i in range(sent.start, sent.end) if lower[i] in _BORN), None)
    if word is None or born is None or born > word:
        return []
    values = [m.value for m in dates.between(born, word) if m.value]
    groups = [g for g in disc.groups(sent, sent.start, born) if len(g.persons) == len(values)]
    if len(values) < 2 or not groups:
        return []
    extra: list[RawFact] = []
    for person, value in zip(groups[-1].persons, values, strict=True):
        told = [f for f in facts if f.relation == "born" and f.subject == person]
        for f in told:
            f.date = value
        if not told:
            extra.append(RawFact("born", person, None, sent, 0.75, date=value))
    return extra
