"""Clients writing to one store at once: neither loses the other's claims or people; a fresh
Neo4j database set up by many at once; a frozen client's lock ends at the write timeout."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import neo4j
import pytest
from clients import api_ingest, celebgraph, drop_schema, env_for, wait_until_blocked

from celebgraph.graph import Graph, open_graph
from celebgraph.graph.cypher_neo4j import DIALECT, SCHEMA_NAMES
from celebgraph.graph.writer import lock_claims
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings


def marriage(doc: str, wife: str, husband: str) -> Extraction:
    document = Document(id=doc, text=doc, path=f"/news/{doc}", published="2021-06-09",
                        title=doc, sha256=f"{doc}-v1")
    fact = Fact(doc=doc, relation="spouse", subject=wife, object=husband,
                evidence=f"{wife} married {husband}.", confidence=0.9, start="2010")
    return Extraction(document, [Person(wife), Person(husband)], [fact])


def hold_commit(graph: Graph, monkeypatch: pytest.MonkeyPatch, worked: threading.Event,
                release: threading.Event) -> None:
    """Make ``graph``'s writes do their work, signal ``worked``, then wait for ``release``
    (at most 2 s) before committing."""
    write = graph.store.write

    def held(work: Callable[[Any], Any]) -> Any:
        def then_wait(tx: Any) -> Any:
            out = work(tx)
            worked.set()
            release.wait(timeout=2)
            return out

        return write(then_wait)

    monkeypatch.setattr(graph.store, "write", held)


def test_concurrent_ingests_into_neo4j_keep_both_articles(
        neo4j_clean: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Client A has written "Jane Roe married John Doe" and not committed yet when client B
    ingests "Jane Roe Smith married John Doe". B must wait for A, then see A's people (so
    "Jane Roe Smith" is A's "Jane Roe") and keep A's claim next to its own."""
    with open_graph(neo4j_clean) as a, open_graph(neo4j_clean) as b:
        a_worked, b_finished = threading.Event(), threading.Event()
        hold_commit(a, monkeypatch, a_worked, b_finished)

        def client_b() -> None:
            a_worked.wait(timeout=30)
            b.ingest_extractions([marriage("y", "Jane Roe Smith", "John Doe")])
            b_finished.set()

        thread = threading.Thread(target=client_b)
        thread.start()
        a.ingest_extractions([marriage("x", "Jane Roe", "John Doe")])
        thread.join(timeout=60)

        assert not thread.is_alive()
        assert a.stats()["people"] == 2
        rows = a.cypher("MATCH (p:Person)-[r:SPOUSE_OF]->(q:Person) "
                        "RETURN p.name AS name, p.aliases AS aliases, r.sources AS sources")
        assert [sorted(r["sources"]) for r in rows] == [["x", "y"]]
        assert {rows[0]["name"], *rows[0]["aliases"]} == {"Jane Roe", "Jane Roe Smith"}


def test_a_batch_that_went_stale_is_resolved_again_under_the_lock(
        tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Another client's write commits before every write of this client, so its batch is stale
    when first written: it is resolved again while its second write holds the lock, where
    nothing can change, and written once."""
    with open_graph(os.path.join(tmp_path, "g.lbdb")) as graph:
        store = graph.store
        write = store.write

        def other_client_first(work: Callable[[Any], Any]) -> Any:
            write(lambda tx: lock_claims(tx, store.dialect))
            return write(work)

        monkeypatch.setattr(store, "write", other_client_first)
        summary = graph.ingest_extractions([marriage("x", "Jane Roe", "John Doe")])
        assert (summary.new, summary.people, summary.relationships) == (1, 2, 1)
        assert store.article_states(["x"])["x"]["done"]
        assert store.claims_version() == 3  # other, (ours, stale: rolled back), other, ours


def _snapshot(graph: Graph) -> dict[str, Any]:
    return json.loads(graph.export("json"))  # type: ignore[no-any-return]


def test_many_clients_set_up_a_fresh_database_at_once(
        neo4j_clean: Settings, neo4j_driver: neo4j.Driver, tmp_path: Path) -> None:
    """Six ``celebgraph stats`` and six API ingests start at the same moment on a database with
    no constraints or indexes: every one of them creates the schema, and none fails."""
    drop_schema(neo4j_driver, neo4j_clean.neo4j_database)
    go = tmp_path / "go"
    ready = [tmp_path / f"ready{i}" for i in range(12)]
    clients = [celebgraph(["stats", "--format", "json"], neo4j_clean, barrier=(r, go))
               for r in ready[:6]]
    clients += [api_ingest(neo4j_clean, f"doc{i}", f"Wife {i}", f"Husband {i}", barrier=(r, go))
                for i, r in enumerate(ready[6:])]
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in ready) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()
    outputs = [c.communicate(timeout=120) for c in clients]
    results = [(c.returncode, out, err) for c, (out, err) in zip(clients, outputs, strict=True)]

    failed = [err for code, _, err in results if code != 0]
    assert not failed, f"{len(failed)} of 12 clients failed; the first said:\n{failed[0]}"
    assert [err for _, _, err in results[:6]] == [""] * 6  # the driver's retries: not shown
    with open_graph(neo4j_clean) as graph:
        assert graph.stats()["articles"] == 6
    names = {r["name"] for r in neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name", database_=neo4j_clean.neo4j_database).records}
    assert set(SCHEMA_NAMES) <= names


def test_opening_a_set_up_database_changes_no_schema(
        neo4j_clean: Settings, neo4j_driver: neo4j.Driver) -> None:
    """With the schema in place, opening the store only looks at it: another client's schema
    change, not committed yet, does not hold the opening up."""
    open_graph(neo4j_clean).close()
    with neo4j_driver.session(database=neo4j_clean.neo4j_database) as session, \
            session.begin_transaction() as change:
        change.run("CREATE INDEX probe IF NOT EXISTS FOR (p:Person) ON (p.probe)").consume()
        opened = threading.Event()
        opener = threading.Thread(target=lambda: (open_graph(neo4j_clean).close(), opened.set()))
        opener.start()
        in_time = opened.wait(timeout=10)
        change.rollback()
    opener.join(timeout=60)
    assert in_time, "opening the store waited for another client's schema change"


def test_a_frozen_client_holds_the_ingest_lock_only_until_its_write_timeout(
        neo4j_clean: Settings, neo4j_driver: neo4j.Driver, tmp_path: Path) -> None:
    """Client X is stopped (SIGSTOP) in the middle of its write, holding the ingest lock. The
    server ends X's transaction at the write timeout, so client Y's ingest goes through
    soon after; X, resumed, writes its article again, and the graph is the one ingesting the
    articles one after another gives."""
    timeout = 3.0
    settings = replace(neo4j_clean, neo4j_write_timeout=timeout)
    db = settings.neo4j_database
    with open_graph(settings) as graph:
        graph.ingest_extractions([marriage("p", "Jane Roe", "John Doe")])
    barrier = (tmp_path / "ready", tmp_path / "go")
    barrier[1].touch()
    with neo4j_driver.session(database=db) as session, session.begin_transaction() as hold:
        hold.run("MATCH (p:Person {id: 'jane-roe'}) SET p.held = true").consume()
        frozen = api_ingest(settings, "x", "Jane Roe", "John Doe", barrier=barrier)
        wait_until_blocked(neo4j_driver)  # X has the ingest lock and waits for Jane Roe's node
        os.kill(frozen.pid, signal.SIGSTOP)
        hold.rollback()

    waited: list[float] = []

    def client_y() -> None:
        started = time.monotonic()
        with open_graph(settings) as graph:
            graph.ingest_extractions([marriage("y", "Mary Major", "Richard Roe")])
        waited.append(time.monotonic() - started)

    thread = threading.Thread(target=client_y)
    thread.start()
    thread.join(timeout=timeout + 15)
    finished = not thread.is_alive()
    os.kill(frozen.pid, signal.SIGCONT)
    if not finished:  # without a timeout Y waits for ever: end X, so that Y ends too
        frozen.kill()
    _, err = frozen.communicate(timeout=60)
    thread.join(timeout=60)

    assert finished, "client Y still waited for the frozen client's lock"
    assert waited[0] < timeout + 8
    assert frozen.returncode == 0, err
    with open_graph(settings) as graph:
        together = _snapshot(graph)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    with open_graph(settings) as graph:
        for doc, wife, husband in [("p", "Jane Roe", "John Doe"),
                                   ("y", "Mary Major", "Richard Roe"),
                                   ("x", "Jane Roe", "John Doe")]:
            graph.ingest_extractions([marriage(doc, wife, husband)])
        assert together == _snapshot(graph)


def test_a_write_that_waits_past_its_timeout_is_one_line_and_stores_nothing(
        neo4j_clean: Settings, neo4j_driver: neo4j.Driver) -> None:
    """Another client holds the ingest lock longer than this ingest's write timeout: the server
    ends the write, a second try ends the same way, and the user gets one line saying so."""
    from test_cli_graph import EXAMPLES, run

    result: list[tuple[int, str, str]] = []
    with neo4j_driver.session(database=neo4j_clean.neo4j_database) as session, \
            session.begin_transaction() as hold:
        hold.run(DIALECT.texts["LOCK_CLAIMS"]).consume()
        ingest = threading.Thread(target=lambda: result.append(run(
            "ingest", str(EXAMPLES / "000_4e0017b1b8841eea.txt"), "--neo4j-write-timeout", "1",
            env=env_for(neo4j_clean))))
        ingest.start()
        ingest.join(timeout=180)  # its write ends in seconds; reaching it may not, under load
        hold.rollback()
    ingest.join(timeout=60)
    assert result, "the ingest still waited for the lock after 180 s"
    code, out, err = result[0]
    assert (code, out) == (1, ""), err
    assert err.startswith(f"Error: Neo4j at {neo4j_clean.neo4j_uri} rolled back a write that ran "
                          "past the 1 s write timeout (tried twice); nothing of it was stored.")
    assert len(err.splitlines()) == 1
    with open_graph(neo4j_clean) as graph:
        assert graph.stats()["articles"] == 0
