"""Who a description means, found without scoring everyone named before it (issue #11).

``Salience.best_in_focus`` must pick exactly the person ``max`` over the whole ranking picks
(the last subject first, then the most named, then the first named), while scoring only a few
of them: the count of scored persons is the guard against the quadratic reading that made
3,000 sentences cost 207x 250 (``bench/long_input.py``). Texts invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from celebgraph.extract.people.couples import Couples
from celebgraph.extract.people.persons import People, find_people
from celebgraph.extract.people.salience import Salience
from celebgraph.extract.pipeline import load_pipeline

GIVEN = ("Orla", "Bastian", "Ilse", "Teodor", "Greta", "Anselm", "Wilma", "Kasimir")
SYLLABLES = ("ver", "dal", "mon", "sik", "tor", "lan", "bre", "quin")


def _surname(i: int) -> str:
    return (SYLLABLES[i % 8] + SYLLABLES[i // 8 % 8] + "ert").capitalize()


def _long_text(pairs: int) -> str:
    """Two new people a sentence; the first pair named again now and then."""
    lines = []
    for i in range(pairs):
        a, b = f"{GIVEN[i % 8]} {_surname(2 * i)}", f"{GIVEN[(i + 3) % 8]} {_surname(2 * i + 1)}"
        lines.append(f"{a} married {b} in {1950 + i % 60}.")
        if i % 10 == 0:
            lines.append(f"{GIVEN[0]} {_surname(0)} was there.")
    return " ".join(lines)


@pytest.fixture(scope="module")
def long_doc() -> tuple[Doc, People]:
    doc = load_pipeline()(_long_text(40))
    people = find_people(doc)
    assert len(people.persons) >= 40, "the test needs many people named before the end"
    return doc, people


def _brute_force(
    sal: Salience, in_focus: Callable[[int], bool], before: int, first: int | None,
    score: Callable[[int], float],
) -> int | None:
    """The ranking read whole, as ``describe`` did before the index."""
    ranking = [p for p in range(len(sal.counts)) if sal.named_in(p, 0, before) and in_focus(p)]
    ranking.sort(key=lambda p: (p != first, -sal.counts[p], p))
    return max(ranking, key=score) if ranking else None


@pytest.mark.parametrize("favourite", [None, 0, 5, -1])  # -1: the last person named
@pytest.mark.parametrize("first", [None, 3])
def test_best_in_focus_is_max_over_the_ranking_and_scores_few(
    long_doc: tuple[Doc, People], favourite: int | None, first: int | None
) -> None:
    doc, people = long_doc
    sal = Salience(people)
    before = len(doc)
    fav = None if favourite is None else range(len(sal.counts))[favourite]
    top = sal.top
    scored: list[int] = []

    def score(p: int) -> float:
        scored.append(p)
        bonus = 2.5 if p == fav else 0.0
        return 3 * sal.counts[p] / top + bonus + (1 if p == first else 0) + (p % 2)

    special = [p for p in (fav, first) if p is not None]
    got = sal.best_in_focus(
        lambda p: True, before, first, score, special, lambda count: 3 * count / top + 1
    )
    scored.clear()
    want = _brute_force(sal, lambda p: True, before, first, score)
    assert len(scored) == len(people.persons)  # the brute force scores everyone
    scored.clear()
    assert got == want
    sal.best_in_focus(
        lambda p: True, before, first, score, special, lambda count: 3 * count / top + 1
    )
    assert len(scored) <= 6, f"scored {len(scored)} of {len(people.persons)} persons"


def test_best_in_focus_respects_in_focus_and_before(long_doc: tuple[Doc, People]) -> None:
    _, people = long_doc
    sal = Salience(people)
    before = people.mentions[len(people.mentions) // 2].start
    odd = lambda p: p % 2 == 1  # noqa: E731
    score = lambda p: float(sal.counts[p] + (p % 3))  # noqa: E731
    got = sal.best_in_focus(odd, before, None, score, [], lambda count: float(count + 2))
    assert got == _brute_force(sal, odd, before, None, score)
    assert got is not None and sal.named_in(got, 0, before) and got % 2 == 1


def test_only_as_child_judges_each_mention_once(long_doc: tuple[Doc, People]) -> None:
    _, people = long_doc
    sal = Salience(people)
    judged: list[int] = []
    repeated = max(range(len(sal.counts)), key=lambda p: sal.counts[p])
    later = sal.starts[repeated][1]

    def as_child(start: int) -> bool:
        judged.append(start)
        return start < later  # a child at first, then named on their own

    assert sal.only_as_child(repeated, later, as_child)
    assert not sal.only_as_child(repeated, later + 1, as_child)
    assert not sal.only_as_child(repeated, sal.starts[repeated][0], as_child)  # not yet named
    assert judged == sal.starts[repeated][:2]


def _focus_as_before(log: list[tuple[tuple[int, int], int, int, bool, bool]],
                     before: int | None, weights: dict[int, int]) -> tuple[int, int] | None:
    """The couple in focus as ``Couples.focus`` read it from the whole log (the spec)."""
    couples = Couples()
    for pair, sentence, at, told, named in log:
        if named:
            couples.note(pair, sentence, at, told)
        else:
            couples.touch(pair, sentence, at)

    def weigh(pair: tuple[int, int]) -> int:
        return weights[pair[0]] + weights[pair[1]]

    entries = [f for f in couples._log if before is None or f.at < before]
    if not entries:
        return None
    recent = [f for f in entries if f.sentence == entries[-1].sentence]
    pool = [f.couple for f in recent if f.named] or [f.couple for f in recent]
    last = next((c for c in reversed(pool) if not c.ended), pool[-1])
    told_ones = [f.couple for f in entries if f.couple.told]
    if not last.told and told_ones and weigh(told_ones[-1].pair) > weigh(last.pair):
        return told_ones[-1].pair
    return last.pair


@pytest.mark.parametrize("later_weigh_more", [True, False])
@pytest.mark.parametrize("before", [None, 7, 3001, 5998, 6000])
def test_couple_in_focus_read_from_the_log_end(before: int | None, later_weigh_more: bool) -> None:
    """Weak couples (two names side by side) after a told one, touched again now and then."""
    log = []
    for s in range(3000):
        told = s % 97 == 0
        log.append(((s, s + 5000), s, 2 * s, told, True))
        if s % 7 == 0:
            log.append(((s, s + 5000), s, 2 * s + 1, False, False))
    couples = Couples()
    for pair, sentence, at, told, named in log:
        if named:
            couples.note(pair, sentence, at, told)
        else:
            couples.touch(pair, sentence, at)
    sign = 1 if later_weigh_more else -1  # mentions of each person: which couple weighs more
    weights = {p: sign * p for s in range(3000) for p in (s, s + 5000)}
    got = couples.focus(weights, before)
    assert (got.pair if got else None) == _focus_as_before(log, before, weights)
