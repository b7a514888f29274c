"""Siblings a listicle item is about: its heading names two or three people of one surname, and
its prose calls them siblings.

    3. Ada and Eva Moss: These sisters run a bakery together.
    Tom and Will Ostrander
    The brothers grew up in Ohio.
    The Pike Brothers
    Wes and Cal Pike have sold ten million records. The brothers' mother ...

The heading is the item's own (no other heading between it and the sentence, and it opens the
scope the sentence is in); the prose says 'these/the/both sisters', 'the brothers', 'the
siblings'.
"""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.scopes import heading_people
from celebgraph.extract.relations.sibling_lists import siblings_among
from celebgraph.extract.tokens import tokens_of

__all__ = ["item_sibling_facts"]

_SIBLING_PLURALS = frozenset({"sisters", "brothers", "siblings"})
_POINTING = frozenset({"the", "these", "both", "two", "three", "famous", "talented"})


def item_sibling_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """Sibling facts among the people of the item's heading, when the sentence calls them
    siblings ('these sisters')."""
    t = tokens_of(disc.doc)
    word = next((i for i in range(max(sent.start, 1), sent.end)
                 if t.lower[i] in _SIBLING_PLURALS and t.lower[i - 1] in _POINTING), None)
    if word is None:
        return []
    persons = heading_people(disc.doc, disc.people, disc.scope_start, sent.start)
    surnames = {disc.people.name(p).split()[-1] for p in persons}
    if len(persons) >= 2 and len(surnames) == 1:
        return siblings_among(persons, sent)
    return _of_sibling_family(disc, sent, word)


def _of_sibling_family(disc: Discourse, sent: Span, word: int) -> list[RawFact]:
    """'4. The Moss Brothers / Wes and Cal Moss have sold ... The brothers' mother ...': the
    people of the heading's surname the item names before the sibling word."""
    surname = disc.scope_siblings
    if surname is None:
        return []
    named = disc.people.within(disc.scope_start, word)
    persons = list(dict.fromkeys(m.person for m in named
                                 if disc.people.name(m.person).split()[-1] == surname))
    return siblings_among(persons, sent) if len(persons) >= 2 else []
