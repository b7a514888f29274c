"""``celebgraph extract`` and ``celebgraph evaluate`` through click's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from badinput import (
    shared_tmp_dir,
    unblocked_after,
    unprivileged,
    write,
    write_fifo,
    write_mixed_dir,
    write_unreadable,
)
from click.testing import CliRunner, Result

import celebgraph.cli.extract_cmds  # noqa: F401  (registers the commands)
from celebgraph.cli.app import cli

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "wedding.txt"
GOLD = DATA / "gold"
SCHEMA_FIELDS = {"doc", "relation", "subject", "object", "date", "start", "end", "evidence",
                 "span", "confidence"}


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.splitlines()


def spouses(facts: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset((f["subject"], f["object"])) for f in facts if f["relation"] == "spouse"}


# --- help and usage (no extractor needed) -----------------------------------------------

@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"celebgraph {command} " in result.stdout


def test_extract_needs_a_path() -> None:
    result = run("extract")
    assert result.exit_code == 2
    assert "Missing argument 'PATH...'" in result.stderr


def test_invalid_published_is_one_line() -> None:
    result = run("extract", str(ARTICLE), "--published", "14/03/2022")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "Error: invalid publication date '14/03/2022': expected YYYY-MM-DD, e.g. 2021-06-09"
    ]


def test_evaluate_with_a_bad_gold_dir(tmp_path: Path) -> None:
    result = run("evaluate", str(tmp_path / "nope"), str(ARTICLE))
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"Error: {tmp_path / 'nope'}: not a directory of gold files"]


# --- extraction (these need celebgraph.extract.extract_documents) -----------------------

def test_extract_jsonl_is_exactly_the_schema() -> None:
    result = run("extract", str(ARTICLE), "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == ""
    facts = jsonl(result)
    assert facts, "the article states a marriage"
    for fact in facts:
        assert set(fact) <= SCHEMA_FIELDS
        assert {"doc", "relation", "subject", "evidence"} <= set(fact)
        assert fact["doc"] == "wedding.txt"
    assert frozenset({"Jane Doe", "John Roe"}) in spouses(facts)


def test_extract_table_and_json() -> None:
    table = run("extract", str(ARTICLE))
    assert table.exit_code == 0
    header = table.stdout.splitlines()[0].split()
    assert header == ["DOC", "RELATION", "SUBJECT", "OBJECT", "WHEN", "EVIDENCE"]
    assert re.search(r"wedding\.txt\s+spouse\s+", table.stdout)
    as_json = run("extract", str(ARTICLE), "--format", "json")
    assert json.loads(as_json.stdout) == jsonl(run("extract", str(ARTICLE), "--format", "jsonl"))


def test_extract_from_stdin() -> None:
    result = run("extract", "-", "--format", "jsonl", stdin=ARTICLE.read_bytes())
    assert result.exit_code == 0
    facts = jsonl(result)
    assert {f["doc"] for f in facts} == {"stdin"}
    assert frozenset({"Jane Doe", "John Roe"}) in spouses(facts)


def test_two_workers_give_the_same_facts(tmp_path: Path) -> None:
    for i in range(3):
        shutil.copy(ARTICLE, tmp_path / f"{i}.txt")
    one = run("extract", str(tmp_path), "--format", "jsonl")
    two = run("extract", str(tmp_path), "--format", "jsonl", "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    assert jsonl(one) == jsonl(two)
    assert [f["doc"] for f in jsonl(one)] == sorted(f["doc"] for f in jsonl(one))


def test_same_file_names_in_two_directories_are_two_documents(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        shutil.copy(ARTICLE, write(tmp_path / folder / "wedding.txt", ""))
    result = run("extract", str(tmp_path / "a"), str(tmp_path / "b"), "--format", "jsonl")
    assert result.exit_code == 0
    facts = jsonl(result)
    assert {f["doc"] for f in facts} == {"a/wedding.txt", "b/wedding.txt"}
    one = [{**f, "doc": ""} for f in facts if f["doc"] == "a/wedding.txt"]
    assert one == [{**f, "doc": ""} for f in facts if f["doc"] == "b/wedding.txt"]


def test_mixed_directory_reports_each_bad_file_and_reads_the_good_one(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    problems = write_mixed_dir(mixed, ARTICLE.read_bytes())
    result = run("extract", str(mixed), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        *(f"celebgraph: {problem}" for problem in problems),
        f"celebgraph: {tmp_path / 'missing.txt'}: cannot read: no such file or directory",
    ]
    facts = jsonl(result)
    assert {f["doc"] for f in facts} == {"good.txt"}


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    (tmp_path / "pictures").mkdir()
    result = run("extract", str(empty), str(tmp_path / "pictures"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert stderr_lines(result) == [
        f"celebgraph: {empty}: empty file",
        f"celebgraph: {tmp_path / 'pictures'}: no .txt, .md or .html articles in this directory",
        "Error: no document could be read",
    ]


def test_unreadable_file_is_reported() -> None:
    with shared_tmp_dir() as folder:
        secret = write_unreadable(folder / "secret.txt", "Jane Doe married John Roe.")
        shutil.copy(ARTICLE, folder / "wedding.txt")
        with unprivileged():
            result = run("extract", str(folder), "--format", "jsonl")
    assert result.exit_code == 0
    assert stderr_lines(result) == [f"celebgraph: {secret}: cannot read: permission denied"]
    assert {f["doc"] for f in jsonl(result)} == {"wedding.txt"}


def test_fifo_is_skipped_and_the_articles_beside_it_read(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, write(tmp_path / "news" / "wedding.txt", ""))
    fifo = write_fifo(tmp_path / "news" / "x.txt")
    with unblocked_after(fifo):
        result = run("extract", str(tmp_path / "news"), "--format", "jsonl")
    assert result.exit_code == 0
    assert stderr_lines(result) == [f"celebgraph: {fifo}: not a regular file (a FIFO); skipped"]
    assert {f["doc"] for f in jsonl(result)} == {"wedding.txt"}


# --- evaluation -------------------------------------------------------------------------

def test_evaluate_table_and_json_agree(tmp_path: Path) -> None:
    extra = write(tmp_path / "no_gold.txt", "Ann Poe married Bob Loe in 2001.")
    table = run("evaluate", str(GOLD), str(ARTICLE), str(extra))
    assert table.exit_code == 0
    assert stderr_lines(table) == ["celebgraph: no gold for no_gold.txt (not scored)"]
    report = json.loads(run("evaluate", str(GOLD), str(ARTICLE), "--format", "json").stdout)
    assert report["fact"]["tp"] >= 1  # the marriage, at least
    assert report["ungraded"] == [] and report["unread"] == []
    assert set(report["documents"]) == {"wedding.txt"}
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["RELATION", "GOLD", "PREDICTED", "PRECISION", "RECALL", "F1",
                                "DATED_F1"]
    assert any(line.startswith("all ") for line in lines)
    assert f"fact F1: {report['fact']['f1']:.3f}" in table.stdout
    assert f"dated F1: {report['dated']['f1']:.3f}" in table.stdout


def test_evaluate_show_errors(tmp_path: Path) -> None:
    gold = json.loads((GOLD / "wedding.json").read_text())
    gold["facts"].append({"relation": "sibling", "subject": "jane", "object": "ava"})
    write(tmp_path / "gold" / "wedding.json", json.dumps(gold))
    args = ("evaluate", str(tmp_path / "gold"), str(ARTICLE), "--show-errors")
    report = json.loads(run(*args, "--format", "json").stdout)
    missed = [e for e in report["errors"] if e["kind"] == "false_negative"]
    assert {"doc": "wedding.txt", "kind": "false_negative", "relation": "sibling",
            "subject": "Jane Doe", "object": "Ava Roe", "detail": "", "evidence": ""} in missed
    table = run(*args).stdout
    assert re.search(r"wedding\.txt\s+false_negative\s+sibling\s+Jane Doe\s+Ava Roe", table)


def test_evaluate_matches_gold_by_the_unique_id(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        shutil.copy(ARTICLE, write(tmp_path / folder / "wedding.txt", ""))
    gold = json.loads((GOLD / "wedding.json").read_text())
    write(tmp_path / "gold" / "wedding.json", json.dumps({**gold, "doc": "a/wedding.txt"}))
    args = [str(tmp_path / "a" / "wedding.txt"), str(tmp_path / "b" / "wedding.txt")]
    result = run("evaluate", str(tmp_path / "gold"), *args, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert set(report["documents"]) == {"a/wedding.txt"}
    assert report["ungraded"] == ["b/wedding.txt"]
    alone = json.loads(run("evaluate", str(GOLD), str(ARTICLE), "--format", "json").stdout)
    assert report["fact"] == alone["fact"]  # the same article, scored the same


def test_evaluate_with_nothing_readable(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    result = run("evaluate", str(GOLD), str(empty))
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"Error: no document could be read: {empty}: empty file"]
