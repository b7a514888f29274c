"""Who a description may mean, found without reading everyone named before it (issue #11).

A description ("the actor") means the best-scoring person in focus, the most named first
(``references.describe``). Read naively, that scores every person named so far for every
description: quadratic in the length of an article. ``Salience`` indexes each person's mentions
and the persons by how often they are named, so that ``best_in_focus`` scores the persons a
bonus may lift (``special``) and then the others from the most named down, and stops where
nobody further down can reach the best score. It picks exactly the person ``max`` over the
whole ranking would: the first of those with the best score.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from celebgraph.extract.people.persons import People

__all__ = ["Salience"]


class Salience:
    """Each person's mention starts and mention count, and the persons by count (most first)."""

    def __init__(self, people: People) -> None:
        self.counts = [entry.count for entry in people.persons]
        self.mention_starts = [m.start for m in people.mentions]
        self.top = max(self.counts, default=0)
        self.starts: list[list[int]] = [[] for _ in people.persons]
        for m in people.mentions:  # in text order
            self.starts[m.person].append(m.start)
        buckets: dict[int, list[int]] = {}
        for person, count in enumerate(self.counts):  # persons are numbered in text order
            buckets.setdefault(count, []).append(person)
        self.by_count = sorted(buckets.items(), reverse=True)
        self._adult_from: dict[int, float] = {}  # the first mention not as someone's child

    def anyone_named(self, start: int, end: int) -> bool:
        """Whether a mention starts in tokens ``start:end``."""
        k = bisect.bisect_left(self.mention_starts, start)
        return k < len(self.mention_starts) and self.mention_starts[k] < end

    def named_in(self, person: int, start: int, end: int) -> bool:
        """Whether a mention of the person starts in tokens ``start:end``."""
        starts = self.starts[person]
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] < end

    def only_as_child(self, person: int, before: int, as_child: Callable[[int], bool]) -> bool:
        """Every mention of the person before token ``before`` introduces them as a child
        (``as_child(start)``); each mention is judged once per document."""
        starts = self.starts[person]
        if not starts or starts[0] >= before:
            return False
        if person not in self._adult_from:
            adult = (s for s in starts if not as_child(s))
            self._adult_from[person] = next(adult, float("inf"))
        return self._adult_from[person] >= before

    def best_in_focus(
        self,
        in_focus: Callable[[int], bool],
        before: int,
        first: int | None,
        score: Callable[[int], float],
        special: Iterable[int],
        bound: Callable[[int], float],
    ) -> int | None:
        """The person ``max(ranking, key=score)`` gives, where the ranking is the persons named
        before token ``before`` for whom ``in_focus`` holds: ``first`` (the last subject) first,
        then the most named, then the first named. Every person outside ``special`` must score
        at most ``bound(count)``."""
        chosen: list[tuple[float, bool, int, int]] = []  # -score, then the rank: the least wins

        def consider(person: int) -> float:
            value = score(person)
            key = (-value, person != first, -self.counts[person], person)
            if not chosen or key < chosen[0]:
                chosen[:] = [key]
            return value

        specials = {p for p in special if in_focus(p)}
        for person in specials:
            consider(person)
        for count, persons in self.by_count:
            if chosen and bound(count) < -chosen[0][0]:
                break  # nobody named this often or less can reach the best score
            for person in persons:
                if self.starts[person][0] >= before:
                    break  # numbered in text order: the rest are first named later
                if person in specials or not in_focus(person):
                    continue
                if consider(person) >= bound(count):
                    break  # the rest of this count can at best tie, and rank lower
        return chosen[0][3] if chosen else None
