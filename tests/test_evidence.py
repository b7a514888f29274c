"""``--evidence`` on timeline, family and path (each row with the claims behind it and their
articles), and ``family --as-of``, on both stores, through the API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import CelebgraphError
from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()
WED = "Ada Moss married Ben Roe in 2010; they divorced in 2015."
CHILD = "Their daughter Cleo Roe was born in 2012."
SECOND = "Ben Roe married Dee Lin in 2017."
PARTNER = "Ben Roe has a partner, Eve Park."


def _articles() -> list[Extraction]:
    a = Document(id="a", text=f"{WED} {CHILD}", sha256="sha-a", title="The Roes",
                 url="https://news.example/a", site="Example News", published="2020-01-02")
    b = Document(id="b", text=f"{SECOND} {PARTNER}", sha256="sha-b")
    return [
        Extraction(a, [Person("Ada Moss"), Person("Ben Roe"), Person("Cleo Roe")], [
            Fact("a", "spouse", "Ada Moss", WED, "Ben Roe", start="2010", end="2015",
                 confidence=0.9),
            Fact("a", "parent", "Ada Moss", CHILD, "Cleo Roe", confidence=0.8),
            Fact("a", "parent", "Ben Roe", CHILD, "Cleo Roe", confidence=0.8),
            Fact("a", "born", "Cleo Roe", CHILD, date="2012", confidence=0.9)]),
        Extraction(b, [Person("Ben Roe"), Person("Dee Lin"), Person("Eve Park")], [
            Fact("b", "spouse", "Ben Roe", SECOND, "Dee Lin", start="2017", confidence=0.9),
            Fact("b", "partner", "Ben Roe", PARTNER, "Eve Park", confidence=0.7)]),
    ]


@pytest.fixture
def loaded(graph: Graph) -> Graph:
    graph.ingest_extractions(_articles())
    return graph


def _pick(rows: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(r[k] for k in keys) for r in rows]


def test_timeline_events_with_their_claims_and_articles(loaded: Graph) -> None:
    rows = loaded.timeline("Ada Moss", evidence=True)
    assert _pick(rows, "date", "event", "evidence", "article") == [
        ("2010", "married", WED, "a"), ("2012", "child_born", CHILD, "a"),
        ("2015", "divorced", WED, "a")]
    assert (rows[0]["title"], rows[0]["url"], rows[0]["published"]) == (
        "The Roes", "https://news.example/a", "2020-01-02")


def test_family_rows_with_the_claim_of_the_link_that_reached_them(loaded: Graph) -> None:
    rows = loaded.family("Cleo Roe", 2, evidence=True)
    assert sorted(_pick(rows, "name", "relation", "evidence", "article")) == [
        ("Ada Moss", "parent", CHILD, "a"), ("Ben Roe", "parent", CHILD, "a"),
        ("Dee Lin", "parent > spouse", SECOND, "b"),
        ("Eve Park", "parent > partner", PARTNER, "b")]


def test_path_steps_with_their_claims(loaded: Graph) -> None:
    rows = loaded.path("Cleo Roe", "Dee Lin", evidence=True)
    assert _pick(rows, "from", "relation", "to", "evidence", "article") == [
        ("Cleo Roe", "child of", "Ben Roe", CHILD, "a"),
        ("Ben Roe", "spouse of", "Dee Lin", SECOND, "b")]


def test_family_as_of_a_date(loaded: Graph) -> None:
    then = loaded.family("Ben Roe", 1, as_of="2011")
    assert _pick(then, "name", "relation", "status") == [
        ("Ada Moss", "spouse", "married"), ("Eve Park", "partner", "undated")]
    later = loaded.family("Ben Roe", 1, as_of="2018-03")
    assert _pick(later, "name", "relation", "status") == [
        ("Cleo Roe", "child", ""), ("Dee Lin", "spouse", "married"),
        ("Eve Park", "partner", "undated")]
    with pytest.raises(CelebgraphError, match="not both"):
        loaded.family("Ben Roe", 1, as_of="2011", evidence=True)


def test_cli_evidence_and_as_of(tmp_path: Path) -> None:
    store = str(tmp_path / "e.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions(_articles())
    runner = CliRunner()

    def run(*args: str) -> Any:
        done = runner.invoke(cli, [*args, "--store", store, "--format", "json"])
        assert done.exit_code == 0, done.output
        return json.loads(done.stdout)

    assert [r["when"] for r in run("timeline", "Ada Moss", "--evidence")] == [
        "2010–2015", "", "2010–2015"]
    steps = run("path", "Cleo Roe", "Dee Lin", "--evidence")
    assert [(s["relation"], s["article"]) for s in steps] == [("child of", "a"),
                                                               ("spouse of", "b")]
    assert steps[0]["source"] == "The Roes — Example News"
    assert [r["name"] for r in run("family", "Ben Roe", "--depth", "1", "--as-of", "2011")] == [
        "Ada Moss", "Eve Park"]
    table = runner.invoke(cli, ["family", "Cleo Roe", "--evidence", "--store", store])
    assert table.exit_code == 0 and "The Roes — Example News" in table.stdout
