"""The marriage a wife's style states ("Ada Moss, now Mrs. Tom Pike" → spouse), and the wives
the text names only by their husband's name, who get no facts (``people.wives``)."""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import People, PersonEntry
from celebgraph.extract.people.wives import husband_in

__all__ = ["unnamed_wives", "wife_facts"]

_CONFIDENCE = 0.8  # the style states the marriage; its date is never in it


def unnamed_wives(people: People) -> set[int]:
    """The wives the document names only by their husband's name: no form of their own."""
    return {
        p
        for p, entry in enumerate(people.persons)
        if husband_in(entry.name) is not None
        and all(husband_in(f) is not None or len(f.split()) == 1 for f in entry.forms)
    }


def wife_facts(doc: Doc, people: People, unnamed: set[int]) -> list[RawFact]:
    """The marriage a wife's style states, for each wife the text also names otherwise; the
    husband is added as a person when the text names him nowhere else."""
    facts: list[RawFact] = []
    for m in people.mentions:
        name = husband_in(m.form)
        if name is None or m.person in unnamed:
            continue
        husband = _person_named(people, name)
        if husband != m.person:
            facts.append(RawFact("spouse", m.person, husband, doc[m.start].sent, _CONFIDENCE))
    return facts


def _person_named(people: People, name: str) -> int:
    for p, entry in enumerate(people.persons):
        if name in entry.forms and husband_in(entry.name) is None:
            return p
    people.persons.append(PersonEntry(name, {name}, count=1))
    return len(people.persons) - 1
