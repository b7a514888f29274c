"""bench/graph.py counts what its load writes, and runs at tiny sizes (embedded store)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import graph as bench  # noqa: E402  (bench/ is not a package)


def _cells(out: str, label: str) -> str:
    line = next(line for line in out.splitlines() if line.startswith(label))
    return line[len(label):].strip()


@pytest.mark.parametrize("sizes", [
    ["--people", "40", "--queries", "3", "--facts", "5", "--single-facts", "2",
     "--articles", "2", "--single-articles", "1"],
    ["--people", "5", "--queries", "0", "--facts", "0", "--single-facts", "0",
     "--articles", "0", "--single-articles", "0"],  # nothing to time: "-", no ZeroDivisionError
])
def test_load_counts_every_node_and_relationship_written(
        sizes: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    bench.main([*sizes, "--stores", "embedded"])
    out = capsys.readouterr().out
    sized = re.search(r"(\d+) people, (\d+) relationships", out)
    assert sized is not None
    people, rels = map(int, sized.groups())
    written = _cells(out, "rows written (nodes+rels)").replace(",", "")
    nodes, edges = map(int, written.split("+"))
    # people, their names, articles, a claim per birth and per relationship, and the claims'
    # CLAIMS/SUBJECT/OBJECT links: several times the people and relationships alone
    assert nodes >= 2 * people + rels + 1
    assert edges >= rels + 2 * (people + rels) + rels
    if sizes[1] == "5":
        assert _cells(out, "facts/s, one tx per fact") == "-"
        assert _cells(out, "batched / per fact") == "-"
    else:
        assert float(_cells(out, "batched / per fact").rstrip("x")) > 0


def test_too_few_people_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        bench.main(["--people", "1", "--stores", "embedded"])
    assert "1 is less than 5" in capsys.readouterr().err
