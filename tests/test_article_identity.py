"""An article is its source (#13): its resolved path, never its bare file name; the same text
under two paths is one article; ``ingest --prune`` retracts articles whose files are gone.
Through ``celebgraph ingest`` (CliRunner), checked through the Python API."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_store_contract import graph  # noqa: F401  (the two-store fixture)

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import UnknownNameError
from celebgraph.graph import Graph, open_graph

_register_commands()
WEDDING = "Jane Doe married John Roe in 2014.\n"
OTHER = "Mia Lund married Tom Berg in 2019.\n"


def ingest(*args: str, store: Path) -> Result:
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("NEO4J_")}
    result = CliRunner().invoke(cli, ["ingest", *args, "--store", str(store)],
                                env={**unset, "CELEBGRAPH_STORE": None})
    assert result.exit_code == 0, result.output
    return result


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def spouses(store: Path, name: str) -> list[str]:
    with open_graph(str(store)) as g:
        return [s["name"] for s in g.spouses(name)]


def test_two_files_of_one_name_in_separate_runs_are_two_articles(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    first = write(tmp_path / "2021" / "article.txt", WEDDING)
    second = write(tmp_path / "2022" / "article.txt", OTHER)
    assert "1 new" in ingest(str(first.parent), store=store).output
    assert "1 new, 0 unchanged, 0 updated" in ingest(str(second.parent), store=store).output
    assert spouses(store, "Jane Doe") == ["John Roe"]
    assert spouses(store, "Mia Lund") == ["Tom Berg"]
    with open_graph(str(store)) as g:
        assert g.stats()["articles"] == 2
        assert g.spouses("Jane Doe")[0]["sources"] == [str(first.resolve())]


def test_reingesting_from_another_working_directory_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    write(tmp_path / "news" / "a.txt", WEDDING)
    before_cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        ingest("news", store=store)
        with open_graph(str(store)) as g:
            before = g.export("json")
        os.chdir(tmp_path / "news")
        out = ingest(".", store=store).output
        assert "0 new, 1 unchanged, 0 updated" in out
        with open_graph(str(store)) as g:
            assert g.export("json") == before
    finally:
        os.chdir(before_cwd)


def test_the_same_text_under_two_paths_is_one_article(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    write(tmp_path / "a" / "x.txt", WEDDING)
    write(tmp_path / "b" / "copy.txt", WEDDING)
    out = ingest(str(tmp_path / "a"), str(tmp_path / "b"), store=store).output
    assert "1 new, 1 unchanged" in out
    assert "1 unchanged" in ingest(str(tmp_path / "b"), store=store).output
    with open_graph(str(store)) as g:
        assert g.stats()["articles"] == 1
        assert len(g.spouses("Jane Doe")[0]["sources"]) == 1


def test_prune_retracts_articles_whose_files_are_gone(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    gone = write(tmp_path / "news" / "a.txt", WEDDING)
    write(tmp_path / "news" / "b.txt", OTHER)
    write(tmp_path / "elsewhere" / "c.txt", "Ada Kim married Bo Park in 2001.\n")
    ingest(str(tmp_path / "news"), str(tmp_path / "elsewhere"), store=store)
    gone.unlink()
    assert "1 unchanged" in ingest(str(tmp_path / "news"), store=store).output  # no --prune
    assert spouses(store, "Jane Doe") == ["John Roe"]
    out = ingest(str(tmp_path / "news"), "--prune", store=store).output
    assert "1 pruned" in out
    with open_graph(str(store)) as g:
        assert g.stats()["articles"] == 2
        assert [s["name"] for s in g.spouses("Ada Kim")] == ["Bo Park"]  # other folders kept
    assert spouses(store, "Mia Lund") == ["Tom Berg"]
    with open_graph(str(store)) as g, pytest.raises(UnknownNameError):
        g.spouses("Jane Doe")


def test_article_identity_on_both_stores(graph: Graph, tmp_path: Path) -> None:  # noqa: F811
    a = write(tmp_path / "2021" / "article.txt", WEDDING)
    write(tmp_path / "2022" / "article.txt", OTHER)
    write(tmp_path / "copy" / "same.txt", WEDDING)
    graph.ingest(tmp_path / "2021")
    second = graph.ingest([tmp_path / "2022", tmp_path / "copy"])
    assert (second.new, second.unchanged, second.updated) == (1, 1, 0)
    assert graph.stats()["articles"] == 2
    assert graph.spouses("Jane Doe")[0]["sources"] == [str(a.resolve())]
    a.unlink()
    assert graph.ingest(tmp_path / "2021", prune=True).pruned == 1
    assert graph.stats()["articles"] == 1
    with pytest.raises(UnknownNameError):
        graph.spouses("Jane Doe")
