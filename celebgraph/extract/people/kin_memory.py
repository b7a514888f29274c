"""What the text has said so far about who is whose parent, spouse or sibling.

"Hanna's mother died in 2001" after "Hanna is the daughter of Jaan and Liis": the mother is the
parent of Hanna already named, if only one of them can be a mother. "all three boys", "her
children", "the siblings": the sets of people named before in that role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["FactLike", "KinMemory"]

_PAIRS = frozenset({"spouse", "partner", "engaged"})


class FactLike(Protocol):
    """The part of a raw fact the memory reads."""

    relation: str
    subject: int
    object: int | None
    start: str | None
    end: str | None
    ended_by_death: bool


@dataclass(slots=True)
class KinMemory:
    """Family ties read so far, in reading order."""

    parents: dict[int, list[int]] = field(default_factory=dict)  # child → parents
    children: dict[int, list[int]] = field(default_factory=dict)  # parent → children
    partners: dict[int, list[int]] = field(default_factory=dict)  # spouse, partner, engaged
    siblings: list[set[int]] = field(default_factory=list)  # groups, most recent last
    last_children: list[int] = field(default_factory=list)  # the children named last
    spouses: set[tuple[int, int]] = field(default_factory=set)  # spouse facts read

    def note(self, facts: list[FactLike]) -> None:
        named_children: list[int] = []
        for f in facts:
            if f.object is None:
                continue
            if f.relation == "parent":
                _add(self.parents, f.object, f.subject)
                _add(self.children, f.subject, f.object)
                if f.object not in named_children:
                    named_children.append(f.object)
            elif f.relation in _PAIRS:
                if f.relation == "spouse":
                    self.spouses.add((f.subject, f.object))
                _add(self.partners, f.subject, f.object)
                _add(self.partners, f.object, f.subject)
            elif f.relation == "sibling":
                self._note_siblings(f.subject, f.object)
        if named_children:
            self.last_children = named_children

    def _note_siblings(self, a: int, b: int) -> None:
        joined = {a, b}
        for group in [g for g in self.siblings if g & joined]:
            joined |= group
            self.siblings.remove(group)
        self.siblings.append(joined)

    def married(self, a: int, b: int) -> bool:
        """A spouse fact between the two was read."""
        return (a, b) in self.spouses or (b, a) in self.spouses

    def siblings_of(self, person: int) -> set[int]:
        for group in self.siblings:
            if person in group:
                return group - {person}
        return set()

    def children_of(self, parents: list[int]) -> list[int]:
        """The children of all of ``parents`` ('their kids': the ones they share), in the order
        they were named."""
        if not parents:
            return []
        first = self.children.get(parents[0], [])
        return [c for c in first if all(c in self.children.get(p, []) for p in parents[1:])]


def _add(table: dict[int, list[int]], key: int, value: int) -> None:
    values = table.setdefault(key, [])
    if value not in values:
        values.append(value)
