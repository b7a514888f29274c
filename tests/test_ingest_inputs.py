"""``celebgraph ingest`` through CliRunner: a bad input is reported and skipped, the articles
beside it are still ingested (checked through the Python API)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from badinput import unblocked_after, write, write_fifo
from click.testing import CliRunner, Result
from test_pieces import couples, max_length, name

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import open_graph

ARTICLE = Path(__file__).parent / "data" / "wedding.txt"
_register_commands()


def ingest(*paths: Path, store: Path) -> Result:
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("NEO4J_")}
    args = ["ingest", *map(str, paths), "--store", str(store)]
    result = CliRunner().invoke(cli, args, env={**unset, "CELEBGRAPH_STORE": None})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_fifo_is_skipped_and_the_article_beside_it_ingested(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, write(tmp_path / "news" / "wedding.txt", ""))
    fifo = write_fifo(tmp_path / "news" / "x.txt")
    with unblocked_after(fifo):
        result = ingest(tmp_path / "news", store=tmp_path / "g.lbdb")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"warning: {fifo}: not a regular file (a FIFO); skipped"]
    assert "2 documents: 1 new, 0 unchanged, 0 updated, 1 failed" in result.stdout
    with open_graph(str(tmp_path / "g.lbdb")) as graph:
        assert [s["name"] for s in graph.spouses("Jane Doe")] == ["John Roe"]


def test_a_text_over_max_length_is_ingested_whole_with_the_rest(tmp_path: Path) -> None:
    """Before: spaCy's E088 traceback, and nothing of the batch was ingested, on every run."""
    write(tmp_path / "news" / "long.txt", couples(30))
    shutil.copy(ARTICLE, tmp_path / "news" / "wedding.txt")
    fifo = write_fifo(tmp_path / "news" / "x.txt")
    with unblocked_after(fifo), max_length(400):
        result = ingest(tmp_path / "news", store=tmp_path / "g.lbdb")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"warning: {fifo}: not a regular file (a FIFO); skipped"]
    assert "3 documents: 2 new, 0 unchanged, 0 updated, 1 failed; 34 facts" in result.stdout
    with open_graph(str(tmp_path / "g.lbdb")) as graph:
        assert [s["name"] for s in graph.spouses("Jane Doe")] == ["John Roe"]
        for i in (0, 29):
            assert [s["name"] for s in graph.spouses(name(2 * i))] == [name(2 * i + 1)]


def test_ingest_progress_moves_with_each_document(tmp_path: Path) -> None:
    from celebgraph.graph import open_graph
    from celebgraph.graph.ingest import IngestProgress

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(5):
        (folder / f"a{n}.txt").write_text(f"Ada Moss{n} married Ben Roe{n} in 201{n}.")
    seen: list[IngestProgress] = []
    with open_graph(str(tmp_path / "p.lbdb")) as graph:
        summary = graph.ingest([str(folder)], batch_size=64, progress=seen.append)
    counts = [p.documents for p in seen]
    assert counts[:5] == [1, 2, 3, 4, 5]  # one report per document, before the batch is written
    assert counts[-1] == summary.documents == 5
