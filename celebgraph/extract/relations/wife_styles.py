"""The marriage a wife's style states ("Ada Moss, now Mrs. Tom Pike", "Mrs. Tom Pike ... her
husband, Tom Pike" → spouse; ``people.wives``)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import People, PersonEntry
from celebgraph.extract.people.wives import husband_in, men_of
from celebgraph.extract.tokens import sentence_at

__all__ = ["wife_facts"]

_CONFIDENCE = 0.8  # the style states the marriage; its date is never in it


def wife_facts(doc: Doc, people: People) -> list[RawFact]:
    """The marriage a wife's style states ('Mrs. Tom Pike' and Tom Pike; 'Ada Moss, now Mrs.
    Tom Pike'); the husband is added as a person when the text names him nowhere else."""
    facts: list[RawFact] = []
    men = men_of(doc)
    for m in people.mentions:
        name = husband_in(m.form, men)
        if name is None:
            continue
        husband = _person_named(people, name, men)
        if husband != m.person:
            sent = sentence_at(doc, m.start)
            facts.append(RawFact("spouse", m.person, husband, sent, _CONFIDENCE))
    return facts


def _person_named(people: People, name: str, men: AbstractSet[str]) -> int:
    for p, entry in enumerate(people.persons):
        if name in entry.forms and husband_in(entry.name, men) is None:
            return p
    people.persons.append(PersonEntry(name, {name}, count=1))
    return len(people.persons) - 1
