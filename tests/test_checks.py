"""Consistency checks (``celebgraph check``): a fixture with one seeded error per check, and
consistent families in which nothing may be found; on both stores, the API and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.checks import CHECKS, before
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()


def fact(relation: str, subject: str, obj: str | None = None, **kw: Any) -> Fact:
    return Fact(doc="kin.txt", relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"{subject} {relation} {obj or ''} {kw}.", confidence=0.9, **kw)


def article(facts: list[Fact], doc: str = "kin.txt") -> Extraction:
    names = sorted({n for f in facts for n in (f.subject, f.object) if n})
    document = Document(id=doc, text="", path=f"/news/{doc}", published="2024-01-01",
                        title=doc, sha256=doc)
    return Extraction(document, [Person(n) for n in names], facts)


SEEDED = {  # check → (its facts, the people the finding names)
    "born after own child": ([fact("parent", "Aldo Brisk", "Bea Brisk"),
                              fact("born", "Aldo Brisk", date="1990"),
                              fact("born", "Bea Brisk", date="1985-04")],
                             ["Aldo Brisk", "Bea Brisk"]),
    "parent too young": ([fact("parent", "Cato Dunn", "Dora Dunn"),
                          fact("born", "Cato Dunn", date="2000"),
                          fact("born", "Dora Dunn", date="2008")], ["Cato Dunn", "Dora Dunn"]),
    "parent too old": ([fact("parent", "Egon Frey", "Fay Frey"),
                        fact("born", "Egon Frey", date="1900"),
                        fact("born", "Fay Frey", date="1995")], ["Egon Frey", "Fay Frey"]),
    "more than two parents": ([fact("parent", p, "Gil Hart")
                               for p in ("Hal Hart", "Ivy Hart", "Jon Hart")],
                              ["Gil Hart", "Hal Hart", "Ivy Hart", "Jon Hart"]),
    "death before birth": ([fact("born", "Kit Lane", date="1980"),
                            fact("died", "Kit Lane", date="1970-02-01")], ["Kit Lane"]),
    "marriage before birth": ([fact("born", "Lou Mott", date="1990"),
                               fact("spouse", "Lou Mott", "Max Nye", start="1985")],
                              ["Lou Mott"]),
    "marriage after death": ([fact("died", "Ned Oak", date="2000"),
                              fact("spouse", "Ned Oak", "Ora Pike", start="2005-06")],
                             ["Ned Oak"]),
    "married to a relative": ([fact("spouse", "Pia Quinn", "Rex Quinn"),
                               fact("sibling", "Pia Quinn", "Rex Quinn")],
                              ["Pia Quinn", "Rex Quinn"]),
    "cycle of parents": ([fact("parent", "Sid Roth", "Tia Roth"),
                          fact("parent", "Tia Roth", "Sid Roth")], ["Sid Roth", "Tia Roth"]),
    "sibling is also a parent": ([fact("parent", "Uma Vance", "Val Vance"),
                                  fact("sibling", "Uma Vance", "Val Vance")],
                                 ["Uma Vance", "Val Vance"]),
    "overlapping marriages": ([fact("spouse", "Wes Yale", "Xia Yale", start="2001"),
                               fact("spouse", "Wes Yale", "Yoko Zane", start="2005")],
                              ["Wes Yale", "Xia Yale", "Yoko Zane"]),
}

CONSISTENT = [
    fact("born", "Ann Birch", date="1950"), fact("born", "Carl Birch", date="1948-03-02"),
    fact("spouse", "Ann Birch", "Carl Birch", start="1972", end="1990"),
    fact("divorce_filed", "Ann Birch", "Carl Birch", date="1989"),
    fact("parent", "Ann Birch", "Eve Birch"), fact("parent", "Carl Birch", "Eve Birch"),
    fact("born", "Eve Birch", date="1975"), fact("born", "Finn Birch", date="1978"),
    fact("sibling", "Eve Birch", "Finn Birch"),
    fact("spouse", "Carl Birch", "Dina Cole", start="1995"),  # after the divorce: no overlap
    fact("born", "Dina Cole", date="1960"), fact("died", "Carl Birch", date="2015"),
    fact("parent", "Dina Cole", "Gus Birch"), fact("parent", "Carl Birch", "Gus Birch"),
    fact("born", "Gus Birch", date="1997"),
    fact("spouse", "Eve Birch", "Hugo Ash", start="2000"),
    # a widower remarries: his first marriage ended with her death
    fact("spouse", "Ivo Dahl", "Jana Dahl", start="1960"), fact("died", "Jana Dahl", date="1980"),
    fact("spouse", "Ivo Dahl", "Kora Elm", start="1982"),
    # the same year at two precisions is not a contradiction
    fact("born", "Lena Fox", date="1970-05"), fact("spouse", "Lena Fox", "Milo Fox",
                                                    start="1970"),
]


def test_the_fixture_seeds_every_check() -> None:
    assert set(SEEDED) == set(CHECKS)


def test_every_seeded_error_is_found_and_nothing_else(graph: Graph) -> None:
    facts = [f for seeded, _ in SEEDED.values() for f in seeded]
    graph.ingest_extractions([article(facts), article(CONSISTENT, "calm.txt")])
    found = graph.check()
    assert sorted((r["check"], sorted(r["people"])) for r in found) == sorted(
        (check, people) for check, (_, people) in SEEDED.items())
    assert all(r["evidence"] and r["detail"] for r in found)
    young = next(r for r in found if r["check"] == "parent too young")
    assert young["detail"] == ("Cato Dunn (born 2000) was at most 8 when Dora Dunn was born "
                               "(2008); the bound is 12")
    assert any("Cato Dunn born" in line for line in young["evidence"])


def test_consistent_families_have_no_findings(graph: Graph) -> None:
    graph.ingest_extractions([article(CONSISTENT)])
    assert graph.check() == []


def test_bounds_are_settings_and_a_name_narrows_the_report(graph: Graph) -> None:
    graph.ingest_extractions([article(CONSISTENT)])
    strict = graph.check(min_parent_age=26)  # Ann (1950) was 25 at Eve's birth (1975)
    assert [(r["check"], r["people"]) for r in strict] == [
        ("parent too young", ["Ann Birch", "Eve Birch"])]
    assert graph.check("Eve Birch", min_parent_age=26) == strict
    assert graph.check("Gus Birch", min_parent_age=26) == []


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("1990", "1991", True), ("1990-12", "1991", True), ("1990", "1990-05", False),
    ("1990-05-02", "1990-05-01", False), ("1990-05-01", "1990-05-02", True),
    (None, "1990", False), ("1990", None, False)])
def test_before_compares_at_the_shared_precision(a: str | None, b: str | None,
                                                 expected: bool) -> None:
    assert before(a, b) is expected


def test_cli_prints_findings_with_sentences_and_json(tmp_path: Path) -> None:
    store = str(tmp_path / "cli.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([article(SEEDED["overlapping marriages"][0]),
                              article(CONSISTENT, "calm.txt")])
    runner = CliRunner()
    table = runner.invoke(cli, ["check", "--store", store])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0] == "overlapping marriages: Wes Yale, Xia Yale, Yoko Zane"
    assert lines[1] == ("  Wes Yale married Xia Yale (2001), then Yoko Zane (2005); "
                        "no end or divorce is known")
    assert lines[2].startswith("    kin.txt: Wes Yale spouse Xia Yale")
    assert lines[-1] == "1 problem(s) found"
    calm = runner.invoke(cli, ["check", "Eve Birch", "--store", store, "--format", "json"])
    assert (calm.exit_code, calm.stdout.strip()) == (0, "[]")
    clean = runner.invoke(cli, ["check", "Ann Birch", "--store", store])
    assert clean.stdout.strip() == "No problems found."
