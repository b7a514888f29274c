"""The couple in focus: the two people "the couple", "the pair", "the exes" and "they" mean.

A couple comes into focus when the text states a two-person family relation between them
(married, engaged, dating, a divorce filing, a split, "X and Y's son") — ``told`` — or, more
weakly, when two names stand together as the subject of a clause. A new couple replaces the old
one, and a couple the text refers to again ("the former couple", "they") comes back into focus;
a weak couple does not replace a told couple the text talks about more. A couple that split is a
former couple ("the exes"); an ex named in passing ("her ex-husband, X") is known as one without
taking the focus. A couple is in focus from the token where it was named: "They have two sons"
does not mean the couple a later clause of the same sentence names. Couples live in a scope: a
heading or a list item starts a new one, so the previous item's couple is never "the couple" of
the next.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from heapq import heapify, heappop, heappush
from itertools import chain, islice

__all__ = ["Couple", "Couples"]


@dataclass(slots=True)
class Couple:
    a: int
    b: int
    told: bool  # a family relation says so, not just two names side by side
    ended: bool  # split, divorced, 'his ex-wife'
    order: int = field(default=0, compare=False)  # the how-manyth couple of the document

    @property
    def pair(self) -> tuple[int, int]:
        return self.a, self.b

    def has(self, person: int) -> bool:
        return person in (self.a, self.b)

    def has_any(self, persons: set[int]) -> bool:
        return self.a in persons or self.b in persons


@dataclass(frozen=True, slots=True)
class _Focus:
    """The couple came into focus at token ``at`` of sentence ``sentence``; ``named``: a
    relation named it there (not a reference like 'they')."""

    couple: Couple
    sentence: int
    at: int
    named: bool


@dataclass(slots=True)
class Couples:
    """The couples of the current scope, and when each came into focus."""

    couples: list[Couple] = field(default_factory=list)
    _log: list[_Focus] = field(default_factory=list)  # oldest first; sentences never go back
    _by_pair: dict[frozenset[int], Couple] = field(default_factory=dict)
    _last_sentence: dict[int, int] = field(default_factory=dict)  # by id() of a logged couple
    version: int = 0  # counts the changes: what was read at one version holds until the next
    _created: int = 0
    _most_told: _MostTold = field(default_factory=lambda: _MostTold())
    _onlookers: set[frozenset[int]] = field(default_factory=set)  # told as guests, in passing
    _blocks: list[int] = field(default_factory=list)  # tokens where an unread couple came in
    _now: tuple[tuple[int, int], Couple | None] | None = None  # see focus

    def find(self, a: int, b: int) -> Couple | None:
        """The couple of the scope made of ``a`` and ``b``, if any."""
        return self._by_pair.get(frozenset((a, b)))

    def _append(self, entry: _Focus) -> None:
        self._log.append(entry)
        self._last_sentence[id(entry.couple)] = entry.sentence

    def note(
        self,
        pair: tuple[int, int],
        sentence: int,
        at: int,
        told: bool,
        ended: bool = False,
        focus: bool = True,
        onlookers: bool = False,
    ) -> None:
        """``pair`` named as a couple at token ``at``; it takes the focus unless ``focus`` is
        False ('her ex-husband, X' in passing) and another couple has it. A couple once told
        as ``onlookers`` (guests, the couple's parents) does not take it back by two names
        side by side ('Among the guests were X and his fiancée, Y. X and Y plan to wed')."""
        a, b = pair
        if a == b:
            return
        key = frozenset(pair)
        if onlookers:
            self._onlookers.add(key)
        elif not told and key in self._onlookers:
            focus = False
        self.version += 1
        couple = self.find(a, b)
        was_told = couple is not None and couple.told
        if couple is None:
            couple = Couple(a, b, told, ended, self._created)
            self._created += 1
            self.couples.append(couple)
            self._by_pair[frozenset(pair)] = couple
        couple.told, couple.ended = couple.told or told, couple.ended or ended
        if couple.told and not was_told:
            self._most_told.add(couple)
        if focus or not self._log:
            self._append(_Focus(couple, sentence, at, True))

    def block(self, at: int) -> None:
        """A couple nobody could name came into play at token ``at`` ('Paul Jr. married Y',
        the NER missing 'Paul Jr.'): until another couple is named or referred to, 'they' and
        'the couple' mean no couple we know."""
        if not self._blocks or at > self._blocks[-1]:
            self.version += 1
            self._blocks.append(at)

    def _blocked(self, newest: _Focus, before: int | None) -> bool:
        """An unread couple came in after the newest couple in focus, before ``before``."""
        k = len(self._blocks) if before is None else bisect_left(self._blocks, before)
        return k > 0 and self._blocks[k - 1] > newest.at

    def touch(self, pair: tuple[int, int], sentence: int, at: int) -> None:
        """The text referred to this couple again ('the former couple', 'they')."""
        couple = self.find(*pair)
        if couple is not None:
            self.version += 1
            self._append(_Focus(couple, sentence, at, False))

    def focus(
        self, mentions: dict[int, int], before: int | None = None, sentence: int | None = None
    ) -> Couple | None:
        """The couple 'they' and 'the couple' mean at token ``before`` (``_focus``). The couple
        in focus now (no ``before``, no ``sentence``), asked several times a sentence, is read
        once per version of the couples."""
        if before is not None or sentence is not None:
            return self._focus(mentions, before, sentence)
        key = (self.version, id(mentions))
        if self._now is None or self._now[0] != key:
            self._now = (key, self._focus(mentions, None, None))
        return self._now[1]

    def _focus(
        self, mentions: dict[int, int], before: int | None, sentence: int | None
    ) -> Couple | None:
        """The couple 'they' and 'the couple' mean at token ``before``: the one named or
        referred to last; among those a relation named in that same sentence, the current one
        before a former one ('split from X in 1977 and married Y in 1986'). A weak couple gives
        way to a told one that is more talked about. A relation that names a couple earlier in
        the reference's own ``sentence`` ('X married Y in 2019, and the couple's son') is never
        a couple in passing.

        The log is read from its end, only as far back as the answer needs (it grows with the
        document)."""
        newest_first = (f for f in reversed(self._log) if before is None or f.at < before)
        recent = list(islice(newest_first, 1))
        if not recent or self._blocked(recent[0], before):
            return None
        older: list[_Focus] = []
        for f in newest_first:
            if f.sentence != recent[0].sentence:
                older.append(f)
                break
            recent.append(f)
        recent.reverse()  # the entries of the latest sentence, oldest first
        pool = [f.couple for f in recent if f.named] or [f.couple for f in recent]
        last = next((c for c in reversed(pool) if not c.ended), pool[-1])
        if last.told:
            if any(f.named and f.couple is last and f.sentence == sentence for f in recent):
                return last
            return self._unless_in_passing(last, mentions)
        seen = chain(reversed(recent), older, newest_first)
        told = next((f.couple for f in seen if f.couple.told), None)
        if told is not None and _weight(told, mentions) > _weight(last, mentions):
            return told
        return last

    def rival(self, couple: Couple, sentence: int) -> Couple | None:
        """Another told couple, with neither of the two of ``couple``, named in the sentence
        that last put ``couple`` in focus, before ``sentence`` ('A and his wife B joined C and
        his wife D. Their daughter ...': 'their' of a later sentence may mean either); else
        None."""
        last = self._last_sentence.get(id(couple), -1)
        if last < 0 or last >= sentence:
            return None
        named = {id(f.couple): f.couple for f in reversed(self._log)
                 if f.sentence == last and f.named}
        return next((c for c in named.values() if c.told and not c.ended
                     and not c.has_any({couple.a, couple.b})), None)

    def latest_without(self, persons: set[int], before: int) -> Couple | None:
        """The couple last in focus before token ``before`` that has none of ``persons``."""
        return next((f.couple for f in reversed(self._log)
                     if f.at < before and not f.couple.has_any(persons)), None)

    def last_sentence(self, couple: Couple) -> int:
        """The sentence where the couple was last in focus (-1: never)."""
        return self._last_sentence.get(id(couple), -1)

    def known(self, pair: tuple[int, int]) -> bool:
        """The two are a couple of the scope, in focus or told in passing."""
        return self.find(*pair) is not None

    def told(self, persons: list[int]) -> bool:
        """The persons are two a family relation made a couple (married, two parents of one
        child), not just two names side by side."""
        couple = self.find(*persons) if len(persons) == 2 else None
        return couple is not None and couple.told

    def former(self) -> Couple | None:
        """The couple 'the exes' and 'the former couple' mean: the latest one that split."""
        order = {id(f.couple): n for n, f in enumerate(self._log)}
        ranked = sorted(self.couples, key=lambda c: order.get(id(c), -1))
        ended = [c for c in ranked if c.ended]
        return ended[-1] if ended else (ranked[-1] if ranked else None)

    def current_again(self, couple: Couple, named: list[int]) -> Couple:
        """A former couple in focus ('X shares a son with his ex, Y') gives way to the current
        couple of its member when the text names that member's partner after the ex (``named``:
        the persons named so far, in text order; '..., while Z is mum to two boys. Together the
        couple share a daughter': X and Z)."""
        for current in self.couples:
            shared = [p for p in current.pair if couple.has(p)]
            if current is couple or not current.told or current.ended or len(shared) != 1:
                continue
            ex = couple.b if couple.a == shared[0] else couple.a
            partner = current.b if current.a == shared[0] else current.a
            last_ex = max((k for k, p in enumerate(named) if p == ex), default=None)
            if last_ex is not None and partner in named[last_ex + 1 :]:
                return current
        return couple

    def keep_only(self, persons: set[int]) -> None:
        """A new scope names ``persons``: couples with none of them stay behind."""
        self.version += 1
        self.couples = [c for c in self.couples if c.a in persons or c.b in persons]
        self._log = [f for f in self._log if f.couple in self.couples]
        self._by_pair = {frozenset(c.pair): c for c in self.couples}
        self._last_sentence = {id(f.couple): f.sentence for f in self._log}


    def _unless_in_passing(self, last: Couple, mentions: dict[int, int]) -> Couple:
        """A couple each named once in the whole document ('guests included A and his wife,
        B') does not take 'the couple' from a couple of the same scope the article is about."""
        if any(mentions.get(p, 0) > 1 for p in last.pair):
            return last
        main = self._most_told.best(mentions, self._live, other_than=last)
        if main is not None and _weight(main, mentions) >= 2 * _weight(last, mentions):
            return main
        return last

    def _live(self, couple: Couple) -> bool:
        """Still a couple of the scope (``keep_only`` leaves none behind), not ended, and not
        told as onlookers."""
        key = frozenset(couple.pair)
        return (not couple.ended and self._by_pair.get(key) is couple
                and key not in self._onlookers)


@dataclass(slots=True)
class _MostTold:
    """The told couples, most named first and among equals the first noted: what ``max`` by
    weight over the scope's told couples gives, as a heap read lazily, so that a question
    costs a logarithm, not a pass over every couple of a long document (#11)."""

    heap: list[tuple[int, int, Couple]] = field(default_factory=list)  # (-weight, order, _)
    new: list[Couple] = field(default_factory=list)  # told since the last question
    weights_of: int | None = None  # id() of the mention counts the weights come from

    def add(self, couple: Couple) -> None:
        self.new.append(couple)

    def best(self, mentions: dict[int, int], live: Callable[[Couple], bool],
             other_than: Couple) -> Couple | None:
        """The heaviest live couple but ``other_than``; couples no longer live leave for good
        (a couple never becomes untold or un-ended, and one left behind never returns)."""
        self._weigh(mentions)
        heap = self.heap
        while heap and not live(heap[0][2]):
            heappop(heap)
        if not heap or heap[0][2] is not other_than:
            return heap[0][2] if heap else None
        top = heappop(heap)
        while heap and not live(heap[0][2]):
            heappop(heap)
        found = heap[0][2] if heap else None
        heappush(heap, top)
        return found

    def _weigh(self, mentions: dict[int, int]) -> None:
        if id(mentions) != self.weights_of:
            self.heap = [(-_weight(c, mentions), c.order, c) for _, _, c in self.heap]
            heapify(self.heap)
            self.weights_of = id(mentions)
        for couple in self.new:
            heappush(self.heap, (-_weight(couple, mentions), couple.order, couple))
        self.new.clear()


def _weight(couple: Couple, mentions: dict[int, int]) -> int:
    return mentions.get(couple.a, 0) + mentions.get(couple.b, 0)
