"""The graph commands through CliRunner, checked through the Python API; Neo4j faults."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import StoreUnavailableError
from celebgraph.graph import open_graph
from celebgraph.graph.neo4j_store import Neo4jStore
from celebgraph.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_register_commands()

COMMANDS = ["ingest", "spouses", "children", "parents", "siblings", "family", "timeline", "path",
            "stats", "query", "export", "explain"]


@pytest.fixture
def store(tmp_path: Path) -> str:
    from test_store_contract import article_a, article_b, article_c

    path = str(tmp_path / "cli.lbdb")
    with open_graph(path) as g:
        g.ingest_extractions([article_a(), article_b(), article_c()])
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Invoke the CLI with no NEO4J_* in its environment unless ``env`` sets them."""
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("NEO4J_")}
    result = CliRunner().invoke(cli, list(args), env={**unset, **(env or {})})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example_and_fits(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Example:" in out
    assert len(out.splitlines()) <= 30


def test_timeline_json(store: str) -> None:
    code, out, _ = run("timeline", "kanye west", "--store", store, "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert events[0] == {"date": "1977-06-08", "event": "born", "people": ["Kanye West"],
                         "sources": ["a", "b"]}
    assert [e["event"] for e in events][-1] == "divorced"


def test_store_from_env_and_table_output(store: str) -> None:
    code, out, _ = run("spouses", "Kim Kardashian", env={"CELEBGRAPH_STORE": store})
    assert code == 0
    assert out.splitlines()[0].split() == ["NAME", "START", "END", "SOURCES"]
    assert "Kanye West" in out


@pytest.mark.parametrize(("args", "expected"), [
    (("children", "Kim Kardashian"), ["North West", "Psalm"]),
    (("parents", "North West"), ["Kanye West", "Kim Kardashian"]),
    (("siblings", "Psalm"), ["North West"]),
    (("family", "Psalm", "--depth", "1"), ["Kim Kardashian"]),
])
def test_relationship_commands(store: str, args: tuple[str, ...], expected: list[str]) -> None:
    code, out, _ = run(*args, "--store", store, "--format", "json")
    assert code == 0
    assert [row["name"] for row in json.loads(out)] == expected


def test_path_and_stats(store: str) -> None:
    code, out, _ = run("path", "Kris Jenner", "Irina Shayk", "--store", store, "--format", "json")
    assert code == 0
    assert [s["relation"] for s in json.loads(out)] == ["parent of", "spouse of", "partner of"]
    code, out, _ = run("stats", "--store", store, "--format", "json")
    assert {r["what"]: r["count"] for r in json.loads(out)}["people"] == 7


def test_query_params_and_formats(store: str) -> None:
    q = "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.birth_date AS born"
    code, out, _ = run("query", q, "--param", "id=kanye-west", "--store", store, "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"name": "Kanye West", "born": "1977-06-08"}]
    code, out, _ = run("query", q, "--param", "id=kanye-west", "--store", store, "--format", "csv")
    assert out.splitlines() == ["name,born", "Kanye West,1977-06-08"]


@pytest.mark.parametrize(("args", "message"), [
    (("query", "MATCH (n) DETACH DELETE n"), "read-only"),
    (("query", "MATC (n) RETURN n"), "MATC"),
    (("timeline", "Kim"), "matches several people"),
    (("timeline", "Nobody Atall"), "no person named 'Nobody Atall'"),
])
def test_errors_are_one_line(store: str, args: tuple[str, ...], message: str) -> None:
    code, _, err = run(*args, "--store", store)
    assert code == 1
    assert err.startswith("Error: ") and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_export_to_file(store: str, tmp_path: Path) -> None:
    target = tmp_path / "g.graphml"
    code, _, _ = run("export", "--format", "graphml", "-o", str(target), "--store", store)
    assert code == 0
    assert "<graphml" in target.read_text()


def test_ingest_examples_end_to_end(tmp_path: Path) -> None:
    path = str(tmp_path / "e2e.lbdb")
    missing = str(tmp_path / "missing.txt")
    code, out, err = run("ingest", str(EXAMPLES), missing, "--store", path)
    assert code == 0, err
    assert "2 new" in out and "1 failed" in out
    assert "missing.txt" in err
    code, out, _ = run("ingest", str(EXAMPLES), "--store", path)
    assert "2 unchanged" in out
    with open_graph(path) as g:
        assert any(s["name"] == "Kanye West" for s in g.spouses("Kim Kardashian"))
        assert any(e["event"] == "child_born" for e in g.timeline("Kim Kardashian"))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_neo4j_is_one_clear_line() -> None:
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(StoreUnavailableError, match=f"cannot reach Neo4j at {uri}") as err:
        Neo4jStore(uri, password="x")
    assert "scripts/neo4j-local start" in str(err.value)
    code, _, stderr = run("stats", "--neo4j", uri)
    assert code == 1 and stderr.startswith("Error: cannot reach Neo4j")
    assert len(stderr.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_wrong_password_is_one_clear_line(request: pytest.FixtureRequest) -> None:
    from test_store_contract import _neo4j_settings

    settings: Settings = _neo4j_settings(request)
    with pytest.raises(StoreUnavailableError, match="refused the credentials"):
        Neo4jStore(settings.neo4j_uri or "", settings.neo4j_username, "wrong-password")
    env = {"NEO4J_URI": settings.neo4j_uri or "", "NEO4J_PASSWORD": "wrong-password"}
    code, _, stderr = run("stats", env=env)
    assert code == 1 and "NEO4J_PASSWORD" in stderr
