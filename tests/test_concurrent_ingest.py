"""Two clients writing to one store: neither loses the other's claims or people."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

import pytest

from celebgraph.errors import StoreError
from celebgraph.graph import Graph, open_graph
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


def test_a_batch_that_stays_stale_fails_cleanly_and_writes_nothing(
        tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Another write commits between every resolve and write: the batch is tried again a few
    times, then fails with one clear line, and none of it is stored."""
    with open_graph(os.path.join(tmp_path, "g.lbdb")) as graph:
        store = graph.store
        write = store.write

        def other_client_first(work: Callable[[Any], Any]) -> Any:
            write(lambda tx: lock_claims(tx, store.dialect))
            return write(work)

        monkeypatch.setattr(store, "write", other_client_first)
        with pytest.raises(StoreError, match=r"kept changing .* run the ingest again"):
            graph.ingest_extractions([marriage("x", "Jane Roe", "John Doe")])
        assert graph.stats()["people"] == 0
        assert store.article_states(["x"]) == {}
