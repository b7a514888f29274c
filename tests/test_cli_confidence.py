"""``--min-confidence`` on extract, evaluate and ingest, and evaluate's reliability table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from celebgraph.cli.app import _register_commands, cli
from celebgraph.evaluation import evaluate
from celebgraph.extract import default_min_confidence, extract_facts
from celebgraph.graph import open_graph

_register_commands()
DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "wedding.txt"
GOLD = DATA / "gold"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def facts(*args: str) -> list[dict[str, Any]]:
    result = run("extract", str(ARTICLE), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_min_confidence_zero_gives_every_fact() -> None:
    every = facts("--min-confidence", "0")
    assert len(every) == len(extract_facts(ARTICLE.read_text(), ARTICLE.name)) >= 3
    assert all(0 < f["confidence"] < 1 for f in every)
    assert facts("--min-confidence", "1") == []


def test_extract_default_keeps_the_facts_at_the_models_threshold() -> None:
    every = facts("--min-confidence", "0")
    kept = [f for f in every if f["confidence"] >= round(default_min_confidence(), 3)]
    assert facts() == kept


def test_min_confidence_outside_0_to_1_is_a_usage_error() -> None:
    result = run("extract", str(ARTICLE), "--min-confidence", "1.5")
    assert result.exit_code == 2
    assert "--min-confidence" in result.output


def test_evaluate_prints_the_threshold_scores_and_the_reliability_table() -> None:
    result = run("evaluate", str(GOLD), str(ARTICLE), "--min-confidence", "0.3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "at --min-confidence 0.30:" in out
    assert "every fact found (--min-confidence 0):" in out
    header = "CONFIDENCE  FACTS  RIGHT  PRECISION  MEAN_CONFIDENCE"
    assert header in out
    rows = out.split(header)[1].splitlines()[2:]
    assert sum(int(row.split()[1]) for row in rows if row.strip()) >= 3


def test_evaluate_default_threshold_is_the_models() -> None:
    result = run("evaluate", str(GOLD), str(ARTICLE))
    assert f"at --min-confidence {default_min_confidence():.2f}:" in result.stdout


def test_evaluate_json_and_library_agree() -> None:
    result = run("evaluate", str(GOLD), str(ARTICLE), "--min-confidence", "1", "--format",
                 "json")
    data = json.loads(result.stdout)
    assert data["min_confidence"] == 1.0
    assert data["fact"]["tp"] == data["fact"]["fp"] == 0
    report = evaluate(GOLD, [ARTICLE], min_confidence=1.0)
    assert data["unfiltered"] == report.unfiltered.to_dict()  # type: ignore[union-attr]
    assert data["unfiltered"]["fact"]["tp"] >= 3
    assert [b["facts"] for b in data["reliability"]] == [b.facts for b in report.reliability]


@pytest.mark.parametrize(("threshold", "relationships"), [("0", 3), ("1", 0)])
def test_ingest_min_confidence(tmp_path: Path, threshold: str, relationships: int) -> None:
    store = str(tmp_path / "g.lbdb")
    result = run("ingest", str(ARTICLE), "--store", store, "--min-confidence", threshold)
    assert result.exit_code == 0, result.output
    with open_graph(store) as graph:
        counts = graph.stats()["relationships"]
        assert sum(counts.values()) >= relationships
        assert bool(sum(counts.values())) == bool(relationships)
