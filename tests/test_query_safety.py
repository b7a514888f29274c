"""`query` / `Graph.cypher` cannot write, read files, reach the network or the server's admin
side, on either store: the attack corpus (``attack_corpus.py``) is refused whole, while the
reads analysts write still run. Each corpus run prints its tried / refused counts."""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from attack_corpus import HOSTILE_PARAMETERS, attacks
from click.testing import CliRunner
from conftest import Summary
from test_store_contract import article_a, article_b, article_c

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import QueryError, WriteQueryRefusedError
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.embedded import EmbeddedStore
from celebgraph.graph.sandbox import restrict

_register_commands()
SECRET = "TOPSECRET,42\n"


class _Counter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"name\nevil\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def url() -> Iterator[str]:
    """An HTTP server that counts the requests it gets (LOAD CSV must never reach it)."""
    _Counter.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def watched(tmp_path: Path) -> Path:
    """An otherwise empty directory holding one secret file."""
    place = tmp_path / "watched"
    place.mkdir()
    (place / "secret.txt").write_text(SECRET)
    return place


def _files(place: Path) -> dict[str, str]:
    return {str(p.relative_to(place)): p.read_text() if p.is_file() else "<dir>"
            for p in sorted(place.rglob("*"))}


def fingerprint(g: Graph) -> dict[str, Any]:
    """Everything an attack could change: people, relationships, articles, names, state."""
    read = g.store.read
    return {
        "stats": g.stats(),
        "graph": json.loads(g.export("json")),
        "articles": read("MATCH (a:Article) RETURN a.id AS id, a.sha256 AS sha, a.done AS done "
                         "ORDER BY id"),
        "names": read("MATCH (k:Name) RETURN count(k) AS n"),
        "state": read("MATCH (s:IngestState) RETURN s.id AS id, s.version AS v"),
    }


def _run_corpus(g: Graph, queries: list[tuple[str, dict[str, Any]]]) -> dict[str, list[str]]:
    outcome: dict[str, list[str]] = {"refused": [], "rejected": [], "ran": []}
    for query, params in queries:
        try:
            rows = g.cypher(query, **params)
        except WriteQueryRefusedError as exc:
            outcome["refused"].append(query)
            assert "\n" not in str(exc), exc
        except QueryError as exc:
            outcome["rejected"].append(query)
            assert "\n" not in str(exc), exc
        else:
            outcome["ran"].append(f"{query!r} -> {rows!r}")
    return outcome


def _report(summary: Summary, store: str, tried: int, outcome: dict[str, list[str]]) -> None:
    summary.add("attack corpus (tried / refused / ran)",
                f"{store}: {tried} tried, {len(outcome['refused']) + len(outcome['rejected'])} "
                f"refused ({len(outcome['refused'])} by the plan check, "
                f"{len(outcome['rejected'])} rejected by the database), {len(outcome['ran'])} ran")


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[Graph]:
    with open_graph(tmp_path / "g.lbdb") as g:  # opened for writing: the harder case
        g.ingest_extractions([article_a(), article_b(), article_c()])
        yield g


def test_attack_corpus_is_refused_on_the_embedded_store(
        embedded: Graph, watched: Path, url: str, summary: Summary) -> None:
    corpus = attacks(str(watched), str(watched / "secret.txt"), url)
    assert len(corpus) >= 150
    before, files = fingerprint(embedded), _files(watched)
    tables = embedded.store.read("CALL show_tables() RETURN name ORDER BY name")
    outcome = _run_corpus(embedded, corpus)
    _report(summary, "embedded", len(corpus), outcome)
    assert outcome["ran"] == []
    assert fingerprint(embedded) == before
    assert embedded.store.read("CALL show_tables() RETURN name ORDER BY name") == tables
    assert _files(watched) == files
    assert _Counter.hits == 0


def test_attack_corpus_is_refused_on_neo4j(
        neo4j_clean: Any, neo4j_driver: Any, watched: Path, url: str,
        summary: Summary) -> None:
    corpus = attacks(str(watched), str(watched / "secret.txt"), url)
    with open_graph(neo4j_clean) as g:
        g.ingest_extractions([article_a(), article_b(), article_c()])
        before, files = fingerprint(g), _files(watched)
        schema = _neo4j_schema(neo4j_driver)
        with neo4j_driver.session() as other:  # another client's open write, to be left alone
            witness = other.begin_transaction()
            witness.run("UNWIND [1] AS i CREATE (:Witness {i: i})").consume()
            outcome = _run_corpus(g, corpus)
            witness.commit()
        _report(summary, "neo4j", len(corpus), outcome)
        assert outcome["ran"] == []
        g.store.write(lambda tx: tx.run("MATCH (w:Witness) DELETE w"))
        assert fingerprint(g) == before
    assert _neo4j_schema(neo4j_driver) == schema
    assert _files(watched) == files
    assert _Counter.hits == 0


def _neo4j_schema(driver: Any) -> dict[str, Any]:
    def names(query: str, database: str | None = None) -> list[str]:
        records, _, _ = driver.execute_query(query, database_=database)
        return sorted(str(r[0]) for r in records)

    return {"constraints": names("SHOW CONSTRAINTS YIELD name"),
            "indexes": names("SHOW INDEXES YIELD name"),
            "labels": names("CALL db.labels()"),
            "users": names("SHOW USERS YIELD user", "system"),
            "databases": names("SHOW DATABASES YIELD name", "system")}


@pytest.mark.parametrize(("query", "params"), HOSTILE_PARAMETERS)
def test_parameters_carrying_cypher_stay_values(embedded: Graph, query: str,
                                                params: dict[str, Any]) -> None:
    before = fingerprint(embedded)
    rows = embedded.cypher(query, **params)
    assert all("evil" not in json.dumps(r) or "CREATE" in json.dumps(r) for r in rows)
    assert fingerprint(embedded) == before


def test_the_planner_is_sandboxed_where_the_kernel_has_landlock(embedded: Graph) -> None:
    embedded.cypher("RETURN 1 AS one")
    store = embedded.store
    assert isinstance(store, EmbeddedStore)
    # ``restrict`` in this test process would sandbox pytest itself: ask a child instead.
    import subprocess
    import sys
    has_landlock = subprocess.run(
        [sys.executable, "-c", "import sys; from celebgraph.graph.sandbox import restrict; "
         "sys.exit(0 if restrict() else 1)"], check=False).returncode == 0
    assert store._planner.sandboxed == has_landlock
    assert restrict is not None


def test_a_planner_crash_is_a_refusal_and_the_next_query_works(embedded: Graph) -> None:
    with pytest.raises(WriteQueryRefusedError, match="planner crashed"):
        embedded.cypher("CALL READ_CSV_SERIAL('/etc/passwd') RETURN *")
    assert embedded.cypher("MATCH (p:Person {id: $id}) RETURN p.name AS name",
                           id="kanye-west") == [{"name": "Kanye West"}]


def _cli(*args: str) -> tuple[int, str, str]:
    env = {k: None for k in os.environ if k.startswith("NEO4J_") or k == "CELEBGRAPH_STORE"}
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("query", "message"), [
    ("MATCH (n:Person) WITH n SKIP 0SET n.name='x'", "has the operator SET_PROPERTY, which writes"),
    ("RETURN 1 AS a; RETURN 2 AS b", "one statement per query"),
    ("LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim=':') RETURN *",
     "may not read or write files"),
    ("COMMENT ON TABLE Person IS 'x'", "ALTER, which changes the catalog"),
    ("INSTALL httpfs", "INSTALL_EXTENSION, which installs or loads extensions"),
])
def test_cli_query_refusals_are_one_line(tmp_path: Path, query: str, message: str) -> None:
    path = tmp_path / "cli.lbdb"
    with open_graph(path) as g:
        g.ingest_extractions([article_a()])
        before = fingerprint(g)
    code, out, err = _cli("query", query, "--store", str(path))
    assert (code, out) == (1, "")
    assert err.startswith("Error: refused: ") and message in err and err.count("\n") == 1, err
    with open_graph(path, read_only=True) as g:
        assert fingerprint(g) == before


# Reads analysts write: each must run on both stores (``None``: either dialect's spelling).
SHARED_READS = [
    "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 3",
    "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.birth_date AS born",
    "MATCH (a:Person)-[:PARENT_OF]->(c:Person) RETURN a.name AS parent, c.name AS child "
    "ORDER BY parent, child",
    "MATCH (a:Person) OPTIONAL MATCH (a)-[:PARENT_OF]->(c) "
    "RETURN a.name AS name, count(c) AS kids ORDER BY kids DESC, name",
    "MATCH (a:Person)-[r:SPOUSE_OF]-(b:Person) WHERE a.id < b.id "
    "RETURN a.name AS a, b.name AS b, r.modality AS modality",
    "MATCH (a:Person)-[:PARENT_OF*1..2]->(d:Person) WHERE a.id = $id RETURN DISTINCT d.name AS n",
    "MATCH (a:Person) WHERE EXISTS { MATCH (a)-[:SPOUSE_OF]-() } RETURN a.name AS n ORDER BY n",
    "MATCH (a:Person) RETURN a.name AS n UNION MATCH (b:Article) RETURN b.title AS n",
    "MATCH (a:Person) WITH a, size(a.aliases) AS k WHERE k >= 1 RETURN a.name AS n, k",
    "UNWIND [1, 2, 3] AS x RETURN sum(x) AS total",
    "MATCH (p:Person) WHERE p.name STARTS WITH 'K' RETURN p.name AS n ORDER BY n SKIP 1 LIMIT 2",
    "MATCH (p:Person) RETURN CASE WHEN p.birth_date IS NULL THEN 'unknown' ELSE 'known' END AS b, "
    "count(*) AS n",
    "MATCH (a:Article)-[:MENTIONS]->(p:Person) RETURN a.id AS article, collect(p.name) AS people",
    "MATCH (p:Person)-[r]->(q:Person) RETURN count(r) AS links",
    "MATCH (p:Person) RETURN p",
    "MATCH (p:Person {id: $id})-[r]-(q) RETURN r, q",
]
EMBEDDED_READS = [
    "MATCH p = (a:Person)-[* SHORTEST 1..6]-(b:Person) WHERE a.id = $id AND b.id = 'north-west' "
    "RETURN length(p) AS hops",
    "MATCH (p:Person)-[r]->(q:Person) RETURN label(r) AS type, count(*) AS n ORDER BY type",
    "CALL show_tables() RETURN name ORDER BY name",
    "MATCH (p:Person) RETURN list_transform(p.aliases, x -> upper(x)) AS loud LIMIT 2",
    "CALL table_info('Person') RETURN *",
]
NEO4J_READS = [
    "MATCH p = shortestPath((a:Person {id: $id})-[*..6]-(b:Person {id: 'north-west'})) "
    "RETURN length(p) AS hops",
    "MATCH (p:Person)-[r]->(q:Person) RETURN type(r) AS type, count(*) AS n ORDER BY type",
    "MATCH (p:Person) CALL { WITH p MATCH (p)-[:PARENT_OF]->(c) RETURN count(c) AS k } "
    "RETURN p.name AS name, k",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "MATCH (p:Person) RETURN [x IN p.aliases WHERE x <> '' | toUpper(x)] AS loud LIMIT 2",
    "CALL db.relationshipTypes()",
    "CALL db.schema.visualization()",
    "MATCH (p:Person) RETURN p ORDER BY p.name",
    "MATCH (p:Person) WHERE p.name =~ 'K.*' RETURN p.name",
    "MATCH (p:Person) RETURN count { (p)-[:PARENT_OF]->() } AS kids",
    "MATCH (a:Person {id: $id}) MATCH (b:Person) WHERE a <> b AND (a)--(b) RETURN b.name",
]


@pytest.mark.parametrize("query", SHARED_READS + EMBEDDED_READS)
def test_analysts_reads_run_on_the_embedded_store(embedded: Graph, query: str) -> None:
    embedded.cypher(query, id="kim-kardashian")


def test_analysts_reads_run_on_neo4j(neo4j_clean: Any) -> None:
    with open_graph(neo4j_clean) as g:
        g.ingest_extractions([article_a(), article_b(), article_c()])
        for query in SHARED_READS + NEO4J_READS:
            g.cypher(query, id="kim-kardashian")
