"""Couples at a date (``spouses NAME --as-of DATE``), on both stores and through the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()


def fact(relation: str, subject: str, obj: str | None = None, **kw: Any) -> Fact:
    return Fact(doc="roe.txt", relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"{subject} {relation} {obj or ''}.", confidence=0.9, **kw)


def article() -> Extraction:
    facts = [
        fact("spouse", "Ben Roe", "Ada Moss", start="2001", end="2010"),
        fact("partner", "Ben Roe", "Cara Bell", start="2011"),
        fact("separated", "Ben Roe", "Cara Bell", date="2013-04"),
        fact("spouse", "Ben Roe", "Dana Lee", start="2015-06"),
        fact("divorce_filed", "Dana Lee", "Ben Roe", date="2019-03"),
        fact("died", "Dana Lee", date="2020"),
        fact("spouse", "Ben Roe", "Eva Fox"),  # no date: cannot be placed
        fact("spouse", "Ben Roe", "Fia Gale", end="2000"),  # no start, but over by 2000
    ]
    names = sorted({n for f in facts for n in (f.subject, f.object) if n})
    doc = Document(id="roe.txt", text="", path="/news/roe.txt", published="2024-01-01",
                   title="roe", sha256="roe")
    return Extraction(doc, [Person(n) for n in names], facts)


@pytest.fixture
def graph(graph: Graph) -> Graph:
    """The shared ``graph`` (each store in turn) with this module's articles."""
    graph.ingest_extractions([article()])
    return graph


@pytest.mark.parametrize(("when", "expected"), [
    ("1999", []),
    ("2005", [("Ada Moss", "married")]),
    ("2010", [("Ada Moss", "married")]),  # ended in 2010: still married during that year
    ("2012-01-15", [("Cara Bell", "partners")]),
    ("2014", []),  # Cara and Ben separated in 2013
    ("2015", [("Dana Lee", "married")]),  # June 2015 is within 2015
    ("2019-12", [("Dana Lee", "married, divorce filed")]),
    ("2021", []),  # Dana died in 2020
])
def test_couples_at_a_date(graph: Graph, when: str, expected: list[tuple[str, str]]) -> None:
    rows = graph.spouses("Ben Roe", as_of=when)
    dated = [(r["name"], r["status"]) for r in rows if r["status"] != "undated"]
    assert dated == expected
    # the undated marriage is listed apart, last; the one over by 2000 only before then
    undated = [r["name"] for r in rows if r["status"] == "undated"]
    assert undated == (["Eva Fox", "Fia Gale"] if when < "2000" else ["Eva Fox"])
    assert rows[len(dated):] == [r for r in rows if r["status"] == "undated"]


def test_without_a_date_every_spouse(graph: Graph) -> None:
    assert [r["name"] for r in graph.spouses("Ben Roe")] == [
        "Ada Moss", "Dana Lee", "Eva Fox", "Fia Gale"]


def test_cli_as_of_and_a_bad_date(tmp_path: Path) -> None:
    store = str(tmp_path / "cli.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([article()])
    runner = CliRunner()
    done = runner.invoke(cli, ["spouses", "Ben Roe", "--as-of", "2012", "--store", store,
                               "--format", "json"])
    assert done.exit_code == 0, done.output
    assert '"status": "partners"' in done.stdout and "Ada Moss" not in done.stdout
    bad = runner.invoke(cli, ["spouses", "Ben Roe", "--as-of", "June 2012", "--store", store])
    assert bad.exit_code == 2
    assert "'June 2012' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in bad.stderr
