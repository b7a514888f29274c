"""The curation commands through click's CliRunner, checked through the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_curation_contract import family

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import open_graph
from celebgraph.graph.queries import PersonId

_register_commands()
COMMANDS = [["merge"], ["split"], ["retract"], ["reject"], ["assert"], ["correct"],
            ["curation"], ["curation", "list"], ["curation", "undo"]]


@pytest.fixture
def store(tmp_path: Path) -> str:
    """Two boys named Otto kept apart (otto, otto-2), in an embedded store."""
    path = str(tmp_path / "g.lbdb")
    with open_graph(path) as g:
        g.ingest_extractions([family("d1", "Mara Quill", "Ben Quill", "Otto")])
        g.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    return path


def run(store: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--store", store])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_an_example_and_fits(command: list[str]) -> None:
    out = CliRunner().invoke(cli, [*command, "--help"]).stdout
    assert out.split("Example:", 1)[1].split()[0] == "celebgraph"
    assert len(out.splitlines()) <= 30


def test_merge_list_and_undo(store: str) -> None:
    code, out, _ = run(store, "merge", "--id", "otto", "--id", "otto-2", "--note", "one boy")
    assert (code, out) == (0, "curation #1: merge: 'otto-2' and 'otto' are one person\n")
    with open_graph(store) as g:
        assert len(g.parents("Otto")) == 4
    code, out, _ = run(store, "curation", "list", "--format", "json")
    listed = json.loads(out)
    assert [(r["seq"], r["action"], r["note"], r["undone"]) for r in listed] == [
        (1, "merge", "one boy", None)]
    code, out, _ = run(store, "explain", "Otto")
    assert "curation #1" in out and "one boy" in out
    code, out, _ = run(store, "curation", "undo", "1")
    assert code == 0 and "(undone" in out
    with open_graph(store) as g:
        assert len(g.parents(PersonId("otto"))) == 2


def test_correct_assert_reject_show_the_users_facts(store: str) -> None:
    _code, out, _ = run(store, "person", "Mara Quill", "--format", "json")
    facts = {c["fact"] for c in json.loads(out)["claims"]}
    assert facts == {"spouse:ben-quill:mara-quill", "parent:mara-quill:otto"}
    assert run(store, "correct", "spouse:ben-quill:mara-quill", "--start", "2001-05-02")[0] == 0
    assert run(store, "assert", "born", "Mara Quill", "--date", "1975",
               "--note", "her own site")[0] == 0
    _, out, _ = run(store, "spouses", "Mara Quill", "--evidence")
    assert "user" in out and "curation:1" in out and "corrected by the user" in out
    _, out, _ = run(store, "timeline", "Mara Quill")
    assert out.splitlines()[2].split()[:2] == ["1975", "born"]
    assert "2001-05-02" in out
    assert run(store, "reject", "parent:mara-quill:otto", "--format", "json")[0] == 0
    with open_graph(store) as g:
        assert g.children("Mara Quill") == []
        assert [r["action"] for r in g.curation()] == ["correct", "assert", "reject"]


@pytest.mark.parametrize(("args", "message"), [
    (["reject", "spouse:otto:ada"], "Error: no fact 'spouse:otto:ada' in the graph"),
    (["correct", "parent:lena-voss:otto-2"], "give the date to correct"),
    (["retract", "missing.txt"], "Error: no article 'missing.txt' in the graph"),
    (["merge", "Otto", "Lena Voss"], "'Otto' matches several people"),
    (["merge", "Otto"], "give 2 people (NAME, or --id ID), not 1"),
    (["split", "Lena Voss", "--article", "d1"], "d1 does not name 'Lena Voss'"),
    (["assert", "spouse", "Lena Voss", "Ben Quill"], "Missing option '--note'"),
    (["correct", "spouse:karl-voss:lena-voss", "--start", "May"], "'May' is not a date"),
    (["curation", "undo", "3"], "no curation #3"),
])
def test_bad_input_is_one_line_and_a_failure(store: str, args: list[str], message: str) -> None:
    code, _, err = run(store, *args)
    assert code != 0 and message in err and "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("Error")]
    assert len(errors) == 1
