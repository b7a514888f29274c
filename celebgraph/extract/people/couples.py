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

from dataclasses import dataclass, field
from itertools import chain, islice

__all__ = ["Couple", "Couples"]


@dataclass(slots=True)
class Couple:
    a: int
    b: int
    told: bool  # a family relation says so, not just two names side by side
    ended: bool  # split, divorced, 'his ex-wife'

    @property
    def pair(self) -> tuple[int, int]:
        return self.a, self.b

    def has(self, person: int) -> bool:
        return person in (self.a, self.b)


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

    def _find(self, a: int, b: int) -> Couple | None:
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
    ) -> None:
        """``pair`` named as a couple at token ``at``; it takes the focus unless ``focus`` is
        False ('her ex-husband, X' in passing) and another couple has it."""
        a, b = pair
        if a == b:
            return
        couple = self._find(a, b)
        if couple is None:
            couple = Couple(a, b, told, ended)
            self.couples.append(couple)
            self._by_pair[frozenset(pair)] = couple
        couple.told, couple.ended = couple.told or told, couple.ended or ended
        if focus or not self._log:
            self._append(_Focus(couple, sentence, at, True))

    def touch(self, pair: tuple[int, int], sentence: int, at: int) -> None:
        """The text referred to this couple again ('the former couple', 'they')."""
        couple = self._find(*pair)
        if couple is not None:
            self._append(_Focus(couple, sentence, at, False))

    def focus(self, mentions: dict[int, int], before: int | None = None) -> Couple | None:
        """The couple 'they' and 'the couple' mean at token ``before``: the one named or
        referred to last; among those a relation named in that same sentence, the current one
        before a former one ('split from X in 1977 and married Y in 1986'). A weak couple gives
        way to a told one that is more talked about.

        The log is read from its end, only as far back as the answer needs (it grows with the
        document)."""
        newest_first = (f for f in reversed(self._log) if before is None or f.at < before)
        recent = list(islice(newest_first, 1))
        if not recent:
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
            return _unless_in_passing(last, self.couples, mentions)
        seen = chain(reversed(recent), older, newest_first)
        told = next((f.couple for f in seen if f.couple.told), None)
        if told is not None and _weight(told, mentions) > _weight(last, mentions):
            return told
        return last

    def last_sentence(self, couple: Couple) -> int:
        """The sentence where the couple was last in focus (-1: never)."""
        return self._last_sentence.get(id(couple), -1)

    def former(self) -> Couple | None:
        """The couple 'the exes' and 'the former couple' mean: the latest one that split."""
        order = {id(f.couple): n for n, f in enumerate(self._log)}
        ranked = sorted(self.couples, key=lambda c: order.get(id(c), -1))
        ended = [c for c in ranked if c.ended]
        return ended[-1] if ended else (ranked[-1] if ranked else None)

    def keep_only(self, persons: set[int]) -> None:
        """A new scope names ``persons``: couples with none of them stay behind."""
        self.couples = [c for c in self.couples if c.a in persons or c.b in persons]
        self._log = [f for f in self._log if f.couple in self.couples]
        self._by_pair = {frozenset(c.pair): c for c in self.couples}
        self._last_sentence = {id(f.couple): f.sentence for f in self._log}


def _unless_in_passing(last: Couple, couples: list[Couple], mentions: dict[int, int]) -> Couple:
    """A couple each named once in the whole document ('guests included A and his wife, B')
    does not take 'the couple' from a couple of the same scope the article is about."""
    if any(mentions.get(p, 0) > 1 for p in last.pair):
        return last
    told = [c for c in couples if c.told and not c.ended and c is not last]
    main = max(told, key=lambda c: _weight(c, mentions), default=None)
    if main is not None and _weight(main, mentions) >= 2 * _weight(last, mentions):
        return main
    return last


def _weight(couple: Couple, mentions: dict[int, int]) -> int:
    return mentions.get(couple.a, 0) + mentions.get(couple.b, 0)
