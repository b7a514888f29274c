"""The discourse tracker reads a sentence's groups of people once, not once per question
(issue #11: a guest list of a megabyte). Counts work, not time. Texts invented for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
    doc = load_pipeline()("Orla Vendt and Bastian Kroll arrived. They smiled.")
    reading = read_relations(doc, None)
    disc = discourse.Discourse(doc, reading.people)
    first, second = list(doc.sents)
    disc.start_sentence(first)
    disc._groups_read = {}  # as note_sentence reads
    before = disc.groups(second, second.start, second.end)
    assert before == []  # 'they' means nobody yet
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
