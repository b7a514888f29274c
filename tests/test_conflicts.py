"""Disagreeing articles: the date a relationship shows, and ``conflicts`` listing each value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.model import best_date
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()


def article(doc: str, *facts: tuple[Any, ...]) -> Extraction:
    made = [Fact(doc=doc, relation=rel, subject=subj, object=obj, evidence=f"{doc} says {rel}.",
                 confidence=0.9, **dates) for rel, subj, obj, dates in facts]
    names = sorted({n for f in made for n in (f.subject, f.object) if n})
    document = Document(id=doc, text="", path=f"/news/{doc}", published="2024-01-01",
                        title=doc, sha256=doc)
    return Extraction(document, [Person(n) for n in names], made)


def articles() -> list[Extraction]:
    return [
        article("a.txt", ("spouse", "Ada Moss", "Ben Roe", {"start": "2014"}),
                ("born", "Ada Moss", None, {"date": "1980"})),
        article("b.txt", ("spouse", "Ben Roe", "Ada Moss", {"start": "2014-05-12"}),
                ("born", "Ada Moss", None, {"date": "1980-02"})),  # agrees with 1980
        article("c.txt", ("spouse", "Ada Moss", "Ben Roe", {"start": "2015"}),
                ("born", "Ben Roe", None, {"date": "1979"})),
        article("d.txt", ("born", "Ben Roe", None, {"date": "1978"})),
    ]


@pytest.mark.parametrize(("values", "expected"), [
    ([("a", "2014"), ("b", "2014"), ("c", "2015-06-01")], "2014"),  # two articles beat one
    ([("a", "2014"), ("b", "2014-05-12"), ("c", "2015")], "2014-05-12"),  # b agrees with a
    ([("a", "2014"), ("b", "2015")], "2014"),  # a tie: the earliest
    ([("a", "2014-05")], "2014-05"), ([], None)])
def test_the_date_shown_is_the_one_most_articles_agree_with(
        values: list[tuple[str, str]], expected: str | None) -> None:
    claims = [{"doc": doc, "start": value, "confidence": 0.9} for doc, value in values]
    assert best_date(claims, "start") == expected


def test_conflicts_list_every_value_with_its_articles(graph: Graph) -> None:
    graph.ingest_extractions(articles())
    assert graph.spouses("Ada Moss")[0]["start"] == "2014-05-12"
    found = {row["what"]: row for row in graph.conflicts()}
    assert set(found) == {"wedding", "birth"}  # Ada's two birth dates agree
    wedding = found["wedding"]
    assert sorted(wedding["people"]) == ["Ada Moss", "Ben Roe"]
    assert wedding["chosen"] == "2014-05-12"
    assert [(v["value"], v["articles"]) for v in wedding["values"]] == [
        ("2014", ["a.txt"]), ("2014-05-12", ["b.txt"]), ("2015", ["c.txt"])]
    assert wedding["values"][2]["evidence"] == ["c.txt says spouse."]
    birth = found["birth"]
    assert (birth["people"], birth["chosen"]) == (["Ben Roe"], "1978")
    assert graph.conflicts("Ada Moss") == [wedding]


def test_no_conflict_when_articles_only_differ_in_precision(graph: Graph) -> None:
    graph.ingest_extractions(articles()[:2])
    assert graph.conflicts() == []


def test_cli_shows_values_and_the_chosen_one(tmp_path: Path) -> None:
    store = str(tmp_path / "cli.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions(articles())
    done = CliRunner().invoke(cli, ["conflicts", "Ada Moss", "--store", store])
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[:3] == [
        "wedding: Ada Moss, Ben Roe (shown: 2014-05-12)",
        "    2014: a.txt", "      a.txt says spouse."]
    assert done.stdout.splitlines()[-1] == "1 disagreement(s)"
