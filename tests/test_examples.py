"""End to end: extract the bundled example articles and check their key facts.

The expected facts are hard-coded from the articles' text (marriage in 2014, four children with
birth years, the divorce filing in 2021). Names compare the way the evaluation does: a person
may be given by any of the forms listed in ``FORMS`` (the fullest the article gives comes first).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from celebgraph import Fact, extract_facts
from celebgraph.models import SYMMETRIC_RELATIONS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UNDATED = "000_4e0017b1b8841eea.txt"  # no publication date: "earlier this year" stays undated
DATED = "001_515dd0d501ad53dc.txt"  # "date 2021-06-09" line at the top
FORMS = {
    "kim": ("Kim Kardashian", "Kim Kardashian West", "Kim"),
    "kanye": ("Kanye West", "Kanye", "Ye"),
    "north": ("North", "North West"),
    "saint": ("Saint", "Saint West"),
    "chicago": ("Chicago", "Chicago West"),
    "psalm": ("Psalm", "Psalm West"),
}
WHO = {form: person for person, forms in FORMS.items() for form in forms}
CHILDREN = ("north", "saint", "chicago", "psalm")
CREDITED = ("David Livingston", "Rebecca Cukier", "Lars Niki", "Jamie McCarthy")

Key = tuple[str, str, str | None]
# Every fact each article states, as (relation, subject, object) over FORMS ids.
GOLD: dict[str, set[Key]] = {
    name: {("spouse", "kanye", "kim"), ("divorce_filed", "kanye", "kim")}
    | {("parent", p, c) for p in ("kim", "kanye") for c in CHILDREN}
    | {("born", c, None) for c in born}
    for name, born in ((UNDATED, ("psalm",)), (DATED, (*CHILDREN, "kanye")))
}


@cache
def facts_of(name: str) -> tuple[Fact, ...]:
    """The facts of one example article, read with no publication date passed in."""
    return tuple(extract_facts((EXAMPLES / name).read_text(encoding="utf-8"), doc_id=name))


def ids(fact: Fact) -> Key:
    """A fact as (relation, subject id, object id); names outside FORMS are kept as they are."""
    subject = WHO.get(fact.subject, fact.subject)
    obj = WHO.get(fact.object, fact.object) if fact.object else None
    if fact.relation in SYMMETRIC_RELATIONS and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (fact.relation, subject, obj)


def find(name: str, relation: str, subject: str, obj: str | None = None) -> list[Fact]:
    return [f for f in facts_of(name) if ids(f) == (relation, subject, obj)]


@pytest.mark.parametrize("name", [UNDATED, DATED])
def test_marriage_in_2014(name: str) -> None:
    married = find(name, "spouse", "kanye", "kim")
    assert [f.start for f in married] == ["2014"]
    assert all(f.end is None for f in married)


def test_divorce_filing_dated_by_the_date_line() -> None:
    assert [f.date for f in find(DATED, "divorce_filed", "kanye", "kim")] == ["2021"]


def test_divorce_filing_undated_without_publication_date() -> None:
    assert [f.date for f in find(UNDATED, "divorce_filed", "kanye", "kim")] == [None]


@pytest.mark.parametrize(("child", "year"),
                         [("north", "2013"), ("saint", "2015"), ("chicago", "2018"),
                          ("psalm", "2019")])
def test_four_children_with_birth_years(child: str, year: str) -> None:
    assert [f.date for f in find(DATED, "born", child)] == [year]
    for parent in ("kim", "kanye"):
        assert find(DATED, "parent", parent, child), f"no parent fact {parent} -> {child}"


def test_father_birth_year_from_turning_44() -> None:
    assert [f.date for f in find(DATED, "born", "kanye")] == ["1977"]


@pytest.mark.parametrize("child", CHILDREN)
def test_children_of_the_undated_article(child: str) -> None:
    for parent in ("kim", "kanye"):
        assert find(UNDATED, "parent", parent, child), f"no parent fact {parent} -> {child}"


@pytest.mark.parametrize("name", [UNDATED, DATED])
def test_every_fact_is_stated(name: str) -> None:
    """Precision: nothing beyond what the article states."""
    wrong = {ids(f) for f in facts_of(name)} - GOLD[name]
    assert not wrong


@pytest.mark.parametrize("name", [UNDATED, DATED])
def test_credits_and_bylines_get_no_facts(name: str) -> None:
    named = {f.subject for f in facts_of(name)} | {f.object for f in facts_of(name)}
    assert not named & set(CREDITED)

