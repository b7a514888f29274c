"""Facts of one document that cannot all be true: each fact's count of such conflicts.

A birth year after the person's own wedding or death, or less than ``MIN_PARENT_AGE`` years
before a child's; a person who is both parent and child of another; a spouse or a parent who
is also a sibling; a couple (married, dating, engaged) one of whom is the other's parent; a
parent of someone who shares a parent with them (two children of one list read as parent and
child). Which of two conflicting facts is wrong is not known: both are counted.

The ages the text gives ("their daughter Ada, 6,") tell which one is: a person it says is
younger than ``ADULT_AGE`` married, dating, engaged, split or a parent is a name taken for the
wrong person (a father merged with his son of the same name, a couple's child read as one of
the couple), and only that fact counts the conflict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from celebgraph.extract.facts.rawfacts import RawFact

__all__ = ["ADULT_AGE", "MIN_PARENT_AGE", "conflicts"]

MIN_PARENT_AGE = 12
_MIN_WEDDING_AGE = 12
ADULT_AGE = 14  # under it, a person the text gives an age is a child
_COUPLES = frozenset({"spouse", "partner", "engaged"})
_ADULT_RELATIONS = frozenset({"spouse", "partner", "engaged", "separated", "divorce_filed"})


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


class _Family:
    """The document's facts by person: birth and death years, weddings, parents, pairs."""

    def __init__(self, facts: Sequence[RawFact], young: set[int] | None = None) -> None:
        # people the text gives a child's age: their facts are judged by the ages alone
        self.young = young or set()
        self.born: dict[int, int] = {}
        self.died: dict[int, int] = {}
        self.weddings: dict[int, list[int]] = {}
        self.parents: set[tuple[int, int]] = set()
        self.children_of: dict[int, list[int]] = {}
        self.parents_of: dict[int, list[int]] = {}
        self.pairs: dict[str, set[frozenset[int]]] = {"spouse": set(), "sibling": set()}
        for f in facts:
            year = _year(f.date)
            if f.relation in {"born", "died"} and year is not None:
                (self.born if f.relation == "born" else self.died).setdefault(f.subject, year)
            elif f.object is None:
                continue
            elif f.relation == "parent":
                self.parents.add((f.subject, f.object))
                self.children_of.setdefault(f.subject, []).append(f.object)
                self.parents_of.setdefault(f.object, []).append(f.subject)
            elif f.relation in self.pairs:
                self.pairs[f.relation].add(frozenset((f.subject, f.object)))
            if f.relation == "spouse" and f.object is not None and (wed := _year(f.start)):
                for p in (f.subject, f.object):
                    self.weddings.setdefault(p, []).append(wed)

    def share_a_parent(self, parent: int, child: int) -> int:
        """1 when another person is a parent of both: 'the parents of daughter A and son B'
        read as A's son B."""
        if parent in self.young:
            return 0  # the age the text gives decides (``_child_as_adult``)
        return int(any(other != parent and (other, parent) in self.parents
                       for other in self.parents_of.get(child, [])))

    def kin_couple(self, a: int, b: int) -> int:
        """1 when one of a couple is a parent of the other ('X, who married in 2013, are the
        parents of daughter A' read as X married A)."""
        if not self.young.isdisjoint((a, b)):
            return 0  # the age the text gives decides (``_child_as_adult``)
        return int((a, b) in self.parents or (b, a) in self.parents)

    def too_young(self, parent: int, child: int) -> bool:
        a, b = self.born.get(parent), self.born.get(child)
        return a is not None and b is not None and a > b - MIN_PARENT_AGE

    def born_late(self, person: int, year: int) -> bool:
        """Born after (or too soon before) their own wedding, or after their own death."""
        weddings = self.weddings.get(person, [])
        died = self.died.get(person)
        return any(year > w - _MIN_WEDDING_AGE for w in weddings) or (died is not None
                                                                       and year > died)


def _child_as_adult(f: RawFact, ages: Mapping[int, set[int]]) -> bool:
    """A person the text gives a child's age is one of a couple, or a parent: of a child
    with an age, at least ``MIN_PARENT_AGE`` older than it."""
    def age(person: int | None) -> int | None:
        return min(ages[person]) if person is not None and person in ages else None

    mine, theirs = age(f.subject), age(f.object)
    if f.relation in _ADULT_RELATIONS:
        return any(a is not None and a < ADULT_AGE for a in (mine, theirs))
    if f.relation == "parent" and mine is not None:
        return mine < ADULT_AGE or (theirs is not None and mine - theirs < MIN_PARENT_AGE)
    return False


def _count(f: RawFact, family: _Family) -> int:
    if f.relation == "born":
        year = _year(f.date)
        if year is None:
            return 0
        kids = family.children_of.get(f.subject, [])
        elders = family.parents_of.get(f.subject, [])
        return (family.born_late(f.subject, year)
                + sum(family.too_young(f.subject, c) for c in kids)
                + sum(family.too_young(p, f.subject) for p in elders))
    if f.relation == "died":
        born, died = family.born.get(f.subject), _year(f.date)
        return int(born is not None and died is not None and died < born)
    if f.object is None:
        return 0
    pair = frozenset((f.subject, f.object))
    if f.relation == "parent":
        return ((f.object, f.subject) in family.parents) + family.too_young(
            f.subject, f.object) + (pair in family.pairs["sibling"]) + family.share_a_parent(
            f.subject, f.object)
    kin = family.kin_couple(f.subject, f.object) if f.relation in _COUPLES else 0
    if f.relation == "spouse":
        wed = _year(f.start)
        early = wed is not None and any(
            (b := family.born.get(p)) is not None and b > wed - _MIN_WEDDING_AGE
            for p in (f.subject, f.object))
        return int(early) + (pair in family.pairs["sibling"]) + kin
    if kin:
        return kin
    if f.relation == "sibling":
        related = (f.subject, f.object) in family.parents or (f.object, f.subject) in family.parents
        return int(pair in family.pairs["spouse"]) + related
    return 0


def conflicts(facts: Sequence[RawFact], ages: Mapping[int, set[int]] | None = None) -> list[int]:
    """For each fact, how many facts of the same document it conflicts with (by kind), and
    one more when it makes a person of a child's age (``ages``: person → ages the text gives
    them) an adult."""
    young = {p for p, years in (ages or {}).items() if years and min(years) < ADULT_AGE}
    family = _Family(facts, young)
    return [_count(f, family) + _child_as_adult(f, ages or {}) for f in facts]
