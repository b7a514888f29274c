"""The discourse tracker reads a sentence's groups of people once, not once per question
(issue #11: a guest list of a megabyte). Counts work, not time. Texts invented for these tests.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

import celebgraph.extract.people.couples as couples_module
import celebgraph.extract.people.discourse as discourse
from celebgraph.extract.people.couples import Couples
from celebgraph.extract.pipeline import load_pipeline
from celebgraph.extract.relations.reader import read_relations

GUESTS = ("Orla Vendt", "Bastian Kroll", "Ilse Marek", "Teodor Blum", "Greta Sand",
          "Anselm Roth", "Wilma Fenn", "Kasimir Lode")


def _guest_list(lines: int) -> str:
    """Name lists (not parsed: no subject), a wedding now and then."""
    out = []
    for i in range(lines):
        names = [GUESTS[(i + k) % 8] for k in range(7)]
        out.append("Guests at the gala included " + ", ".join(names[:-1]) + f", and {names[-1]}.")
        if i % 4 == 0:
            out.append(f"{names[0]} married {names[1]} in {1990 + i}.")
    return "\n\n".join(out)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The token ranges ``find_groups`` was asked to read."""
    seen: list[int] = []
    real = discourse.find_groups

    def counted(disc: discourse.Discourse, sent: object, start: int, end: int) -> object:
        seen.append(start)
        return real(disc, sent, start, end)  # type: ignore[arg-type]

    monkeypatch.setattr(discourse, "find_groups", counted)
    yield seen


def test_a_name_list_sentence_is_grouped_once(calls: list[int]) -> None:
    doc = load_pipeline()(_guest_list(12))  # the pipeline's own reading is not counted
    calls.clear()
    reading = read_relations(doc, None)
    lists = [s for s in doc.sents if s[0].text == "Guests"]
    assert len(lists) == 12 and "spouse" in {f.relation for f in reading.facts}
    # couples_named and main_subject (no subject in a list) both ask for a list's groups
    assert sorted(calls) == sorted(s.start for s in lists)


def test_groups_read_again_after_the_couples_change() -> None:
    doc = load_pipeline()("Orla Vendt greeted Bastian Kroll. They smiled.")
    reading = read_relations(doc, None)
    disc = discourse.Discourse(doc, reading.people)
    first, second = list(doc.sents)
    disc.start_sentence(first)
    disc._groups_read = {}  # as note_sentence reads
    before = disc.groups(second, second.start, second.end)
    assert before == []  # 'they' means nobody yet (no couple, no coordinated subject before)
    disc.note_couple(0, 1, told=False)
    assert [g.persons for g in disc.groups(second, second.start, second.end)] == [[0, 1]]


def test_every_change_of_the_couples_counts() -> None:
    couples = Couples()
    versions = [couples.version]
    couples.note((0, 1), 1, 0, told=True)
    versions.append(couples.version)
    couples.touch((0, 1), 2, 5)
    versions.append(couples.version)
    couples.keep_only({0})
    versions.append(couples.version)
    assert versions == sorted(set(versions))


def _brute_force(couples: Couples, last: object, mentions: dict[int, int]) -> object:
    """``_unless_in_passing`` as it read every couple before the heap."""
    if any(mentions.get(p, 0) > 1 for p in last.pair):  # type: ignore[attr-defined]
        return last
    told = [c for c in couples.couples if c.told and not c.ended and c is not last]
    weight = couples_module._weight
    main = max(told, key=lambda c: weight(c, mentions), default=None)
    if main is not None and weight(main, mentions) >= 2 * weight(last, mentions):  # type: ignore[arg-type]
        return main
    return last


@pytest.mark.parametrize("seed", range(6))
def test_the_couple_in_passing_is_judged_as_over_every_couple(seed: int) -> None:
    rng = random.Random(seed)
    mentions = {p: rng.choice([0, 1, 1, 2, 3, 5]) for p in range(12)}
    couples = Couples()
    for step in range(300):
        a, b = rng.sample(range(12), 2)
        roll = rng.random()
        if roll < 0.6:
            couples.note((a, b), step, step, told=rng.random() < 0.7, ended=rng.random() < 0.2)
        elif roll < 0.9:
            couples.touch((a, b), step, step)
        else:
            couples.keep_only(set(rng.sample(range(12), 6)))
        for last in couples.couples:
            if last.told:
                expected = _brute_force(couples, last, mentions)
                assert couples._unless_in_passing(last, mentions) is expected


def test_a_long_document_of_couples_weighs_each_couple_a_few_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 couples each named once: weighing every couple for each question was quadratic."""
    weighed = [0]
    real = couples_module._weight

    def counted(couple: object, mentions: dict[int, int]) -> int:
        weighed[0] += 1
        return real(couple, mentions)  # type: ignore[arg-type]

    monkeypatch.setattr(couples_module, "_weight", counted)
    mentions = {p: 1 for p in range(6000)}
    couples = Couples()
    for n in range(3000):
        couples.note((2 * n, 2 * n + 1), n, n, told=True)
        for _ in range(3):
            couples.focus(mentions)
    assert weighed[0] < 10 * 3000, weighed[0]
