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
    _log: list[_Focus] = field(default_factory=list)

    def _find(self, a: int, b: int) -> Couple | None:
        return next((c for c in self.couples if {c.a, c.b} == {a, b}), None)

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
        couple.told, couple.ended = couple.told or told, couple.ended or ended
        if focus or not self._log:
            self._log.append(_Focus(couple, sentence, at, True))

    def touch(self, pair: tuple[int, int], sentence: int, at: int) -> None:
        """The text referred to this couple again ('the former couple', 'they')."""
        couple = self._find(*pair)
        if couple is not None:
            self._log.append(_Focus(couple, sentence, at, False))

    def focus(self, mentions: dict[int, int], before: int | None = None) -> Couple | None:
        """The couple 'they' and 'the couple' mean at token ``before``: the one named or
        referred to last; among those a relation named in that same sentence, the current one
        before a former one ('split from X in 1977 and married Y in 1986'). A weak couple gives
        way to a told one that is more talked about."""
        log = [f for f in self._log if before is None or f.at < before]
        if not log:
            return None
        latest = log[-1].sentence
        recent = [f for f in log if f.sentence == latest]
        pool = [f.couple for f in recent if f.named] or [f.couple for f in recent]
        last = next((c for c in reversed(pool) if not c.ended), pool[-1])
        told = [f.couple for f in log if f.couple.told]
        if not last.told and told:
            best = told[-1]
            if _weight(best, mentions) > _weight(last, mentions):
                return best
        return last

    def last_sentence(self, couple: Couple) -> int:
        """The sentence where the couple was last in focus (-1: never)."""
        return max((f.sentence for f in self._log if f.couple is couple), default=-1)

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


def _weight(couple: Couple, mentions: dict[int, int]) -> int:
    return mentions.get(couple.a, 0) + mentions.get(couple.b, 0)
