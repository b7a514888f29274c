"""The scorer, with hand-made gold and hand-made predictions (no extractor involved)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from celebgraph.errors import InputError
from celebgraph.evaluation import (
    GoldDocument,
    GoldEntity,
    NameIndex,
    Report,
    fold_name,
    load_gold,
    score,
)
from celebgraph.models import Fact

DOC = "001_doe.txt"
GOLD_JSON: dict[str, Any] = {
    "doc": DOC,
    "published": "2021-06-09",
    "entities": [
        {"id": "jane", "name": "Jane Doé", "aliases": ["Jane", "Jane Roe"]},
        {"id": "john", "name": "John Roe", "aliases": ["Roe"]},
        {"id": "ava", "name": "Ava Roe", "aliases": ["Ava"]},
        {"id": "max", "name": "Max Roe", "aliases": []},
        {"id": "author", "name": "Pat Writer", "aliases": []},
    ],
    "facts": [
        {"relation": "spouse", "subject": "jane", "object": "john", "start": "2014"},
        {"relation": "parent", "subject": "jane", "object": "ava"},
        {"relation": "parent", "subject": "john", "object": "ava"},
        {"relation": "born", "subject": "ava", "date": "2016-05"},
        {"relation": "sibling", "subject": "ava", "object": "max"},
    ],
}


def gold(data: dict[str, Any] = GOLD_JSON) -> dict[str, GoldDocument]:
    doc = GoldDocument.from_dict(data)
    return {doc.doc: doc}


def fact(
    relation: str, subject: str, obj: str | None = None, doc: str = DOC,
    date: str | None = None, start: str | None = None, end: str | None = None,
) -> Fact:
    return Fact(doc=doc, relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"{subject} {relation} {obj}", date=date, start=start, end=end)


def counts(report: Report) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    f, d = report.overall.fact, report.overall.dated
    return (f.tp, f.fp, f.fn), (d.tp, d.fp, d.fn)


PERFECT = [
    fact("spouse", "Jane Doe", "John Roe", start="2014-05-24"),
    fact("parent", "Jane Doe", "Ava Roe"),
    fact("parent", "John Roe", "Ava Roe"),
    fact("born", "Ava Roe", date="2016"),
    fact("sibling", "Ava Roe", "Max Roe"),
]


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Beyoncé Knowles", "beyonce knowles"),
        ("  KIM   Kardashian ", "kim kardashian"),
        ("Kim's", "kim"),
        ("Kanye West\u2019s", "kanye west"),
        ("Jay-Z", "jay z"),
        ("J. Lo", "j lo"),
        ("Zoë Saldaña", "zoe saldana"),
        ("James", "james"),
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


def entities(*specs: tuple[str, str, list[str]]) -> NameIndex:
    return NameIndex(GoldEntity(i, n, tuple(a)) for i, n, a in specs)


def test_name_matches_name_or_alias_folded() -> None:
    index = entities(("jane", "Jane Doé", ["Jane Roe"]), ("john", "John Roe", ["Roe"]))
    assert index.match("JANE DOE") == "jane"
    assert index.match("jane roe's") == "jane"
    assert index.match("Roe") == "john"
    assert index.match("Jon Roe") is None
    assert index.match(None) is None
    assert index.match("!!") is None


def test_first_word_rule_needs_a_one_word_form_of_exactly_one_entity() -> None:
    index = entities(
        ("ava", "Ava Doe", ["Ava"]),
        ("max", "Max Doe", []),
        ("chris1", "Chris Hemsworth", ["Chris"]),
        ("chris2", "Chris Pine", ["Chris"]),
        ("cher", "Cher", []),
    )
    assert index.match("Ava Smith") == "ava"  # "Ava" is a one-word alias of one entity
    assert index.match("Max Smith") is None  # "Max" is no one-word form of anybody
    assert index.match("Chris Evans") is None  # "Chris" belongs to two entities
    assert index.match("Chris") is None  # and so does not match by itself either
    assert index.match("Cher Bono") == "cher"  # a one-word name counts like an alias
    assert index.match("Smith Ava") is None  # only the first word


# --- facts ------------------------------------------------------------------------------

def test_perfect_prediction() -> None:
    report = score(gold(), PERFECT)
    assert counts(report) == ((5, 0, 0), (5, 0, 0))
    assert report.overall.fact.f1 == report.overall.dated.f1 == 1.0
    assert report.errors == []


def test_aliases_and_first_word_rule_in_facts() -> None:
    predicted = [fact("parent", "Jane", "Ava Smith"), fact("parent", "Roe's", "Ava")]
    report = score(gold(), predicted)
    assert counts(report)[0] == (2, 0, 3)


def test_symmetric_relations_match_in_either_order_parent_does_not() -> None:
    predicted = [
        fact("spouse", "John Roe", "Jane Doe", start="2014"),
        fact("sibling", "Max Roe", "Ava"),
        fact("parent", "Ava Roe", "Jane Doe"),  # the child as parent: wrong
    ]
    report = score(gold(), predicted)
    assert counts(report)[0] == (2, 1, 3)
    assert report.relations["parent"].fact.fp == 1
    assert report.relations["parent"].fact.fn == 2


def test_duplicate_predictions_count_once() -> None:
    predicted = [
        *PERFECT,
        fact("spouse", "Jane", "John Roe"),
        fact("spouse", "Roe", "Jane Doé"),
        fact("parent", "Jane", "Ava"),
    ]
    assert counts(score(gold(), predicted)) == ((5, 0, 0), (5, 0, 0))


def test_unknown_names_are_duplicates_only_when_they_fold_equal() -> None:
    predicted = [
        fact("spouse", "Sam Stone", "Jane Doe"),
        fact("spouse", "SAM STONE", "jane"),  # the same wrong fact again
        fact("spouse", "Sam Stoner", "Jane Doe"),  # another wrong fact
    ]
    report = score(gold(), predicted)
    assert counts(report)[0] == (0, 2, 5)
    details = [e.detail for e in report.errors if e.kind == "false_positive"]
    assert details == ["no gold entity for 'Sam Stone'", "no gold entity for 'Sam Stoner'"]


def test_each_gold_fact_is_matched_once_and_one_person_facts_ignore_object() -> None:
    predicted = [fact("born", "Ava", "Jane Doe", date="2016"), fact("born", "Ava Roe", date="2016")]
    report = score(gold(), predicted)
    assert counts(report) == ((1, 0, 4), (1, 0, 4))


def test_fact_for_the_author_is_a_false_positive() -> None:
    report = score(gold(), [fact("spouse", "Pat Writer", "John Roe")])
    assert counts(report)[0] == (0, 1, 5)
    assert report.errors[0].detail == "no such gold fact"


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("predicted", "dated_ok"),
    [
        ([fact("spouse", "Jane Doe", "John Roe", start="2014")], True),
        ([fact("spouse", "Jane Doe", "John Roe", start="2014-05-24")], True),
        ([fact("spouse", "Jane Doe", "John Roe", start="2015")], False),
        ([fact("spouse", "Jane Doe", "John Roe")], False),
        ([fact("spouse", "Jane Doe", "John Roe", end="2014")], False),  # the wrong field
        ([fact("spouse", "Jane Doe", "John Roe", start="2014", end="2020")], True),  # extra end
        ([fact("spouse", "Jane Doe", "John Roe"),
          fact("spouse", "John Roe", "Jane", start="2014")], True),  # a dateless duplicate
        ([fact("spouse", "Jane Doe", "John Roe", start="2014"),
          fact("spouse", "Jane Doe", "John Roe", start="2015")], False),  # contradiction
        ([fact("parent", "Jane Doe", "Ava Roe", date="1999")], True),  # gold has no date
    ],
)
def test_dated_scoring(predicted: list[Fact], dated_ok: bool) -> None:
    report = score(gold(), predicted)
    assert report.overall.fact.tp == 1
    assert report.overall.dated.tp == int(dated_ok)
    assert report.overall.dated.fp == int(not dated_ok)
    assert report.overall.dated.fn == 4 + int(not dated_ok)


def test_wrong_date_is_reported() -> None:
    report = score(gold(), [fact("born", "Ava", date="2017-01-02")])
    (error,) = [e for e in report.errors if e.kind == "wrong_date"]
    assert (error.relation, error.subject, error.detail) == (
        "born", "Ava", "date: predicted 2017, gold 2016-05",
    )


def test_couple_married_twice() -> None:
    data = {**GOLD_JSON, "facts": [
        {"relation": "spouse", "subject": "jane", "object": "john", "start": "1964", "end": "1974"},
        {"relation": "spouse", "subject": "jane", "object": "john", "start": "1975"},
    ]}
    report = score(gold(data), [fact("spouse", "John Roe", "Jane Doe", start="1975")])
    assert counts(report) == ((1, 0, 1), (1, 0, 1))
    (missed,) = report.errors
    assert (missed.kind, missed.detail) == ("false_negative", "start 1964, end 1974")


# --- documents and averages -------------------------------------------------------------

def test_micro_average_per_relation_and_per_document() -> None:
    other = {"doc": "002_x.txt", "entities": [
        {"id": "a", "name": "Al Bee"}, {"id": "b", "name": "Cy Dee"}],
        "facts": [{"relation": "engaged", "subject": "a", "object": "b", "date": "2020"}]}
    golds = {**gold(), **gold(other)}
    predicted = [*PERFECT[:2], fact("engaged", "Cy Dee", "Al Bee", doc="002_x.txt", date="2019")]
    report = score(golds, predicted)
    assert counts(report) == ((3, 0, 3), (2, 1, 4))
    assert report.overall.fact.precision == 1.0
    assert report.overall.fact.recall == 0.5
    assert report.overall.dated.f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 4))
    assert list(report.relations) == ["spouse", "parent", "born", "engaged", "sibling"]
    assert report.relations["parent"].fact.recall == 0.5
    assert report.documents["002_x.txt"].dated.tp == 0
    assert set(report.errors_by_document()) == {DOC, "002_x.txt"}


def test_document_without_gold_is_ungraded_and_not_counted() -> None:
    report = score(gold(), [*PERFECT, fact("spouse", "A", "B", doc="999_new.txt")],
                   docs=[DOC, "999_new.txt"])
    assert counts(report) == ((5, 0, 0), (5, 0, 0))
    assert report.ungraded == ["999_new.txt"]
    assert "999_new.txt" not in report.documents


def test_gold_of_a_document_not_read_is_not_counted() -> None:
    report = score(gold(), [], docs=["999_new.txt"])
    assert counts(report) == ((0, 0, 0), (0, 0, 0))
    assert report.unread == [DOC]
    assert report.overall.fact.f1 == 1.0  # nothing to find, nothing predicted


def test_document_read_without_predictions_misses_everything() -> None:
    report = score(gold(), [], docs=[DOC])
    assert counts(report) == ((0, 0, 5), (0, 0, 5))
    assert report.overall.fact.precision == 0.0
    assert {e.kind for e in report.errors} == {"false_negative"}
    assert ("spouse", "Jane Doé", "John Roe") in [(e.relation, e.subject, e.object)
                                                 for e in report.errors]


def test_report_to_dict() -> None:
    report = score(gold(), PERFECT[:1])
    data = report.to_dict()
    assert data["fact"] == {"precision": 1.0, "recall": 0.2, "f1": 0.3333,
                            "tp": 1, "fp": 0, "fn": 4}
    assert set(data) == {"fact", "dated", "relations", "documents", "ungraded", "unread",
                         "input_errors"}
    assert data["relations"]["spouse"]["dated"]["tp"] == 1
    assert len(report.to_dict(errors=True)["errors"]) == 4
    json.dumps(data)


# --- gold files -------------------------------------------------------------------------

def write_gold(folder: Path, name: str, data: Any) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_maps_by_doc(tmp_path: Path) -> None:
    write_gold(tmp_path, "001_doe.json", GOLD_JSON)
    write_gold(tmp_path, "README.md", "not gold")
    loaded = load_gold(tmp_path)
    assert list(loaded) == [DOC]
    assert loaded[DOC].entities[0] == GoldEntity("jane", "Jane Doé", ("Jane", "Jane Roe"))
    assert loaded[DOC].facts[0].dates() == {"start": "2014"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{oops", "not valid JSON (Expecting property name enclosed in double quotes, line 1)"),
        ([], "not a gold file (missing or malformed 'entities')"),
        ({**GOLD_JSON, "facts": [{"relation": "spouse", "subject": "jane", "object": "zed"}]},
         "fact refers to unknown entity 'zed'"),
        ({**GOLD_JSON, "facts": [{"relation": "married", "subject": "jane"}]},
         "unknown relation 'married'"),
    ],
)
def test_bad_gold_file_is_named(tmp_path: Path, content: Any, message: str) -> None:
    path = write_gold(tmp_path, "bad.json", content)
    with pytest.raises(InputError) as info:
        load_gold(tmp_path)
    assert str(info.value) == f"{path}: {message}"


def test_gold_directory_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a directory of gold files"):
        load_gold(tmp_path / "missing")
    with pytest.raises(InputError, match=r"no gold files \(\*\.json\)"):
        load_gold(tmp_path)
    write_gold(tmp_path, "a.json", GOLD_JSON)
    write_gold(tmp_path, "b.json", GOLD_JSON)
    with pytest.raises(InputError, match=r"b\.json: a second gold file for '001_doe\.txt'"):
        load_gold(tmp_path)
