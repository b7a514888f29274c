"""A store made before claims became nodes (its claims JSON strings on relationships and people)
is refused with one line saying how to rebuild it, on both stores and through the CLI; a
current store recognises an unchanged article ingested again under a new identity (its resolved
path) by its text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import ladybug
import neo4j
import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import StoreUnavailableError
from celebgraph.graph import open_graph
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings


def _married(doc_id: str = "a.txt", text: str = "Ida Berg married Tor Berg.") -> Extraction:
    doc = Document(id=doc_id, text=text, path=doc_id, sha256="sha-of-a")
    facts = [Fact(doc_id, "spouse", "Ida Berg", "Ida Berg married Tor Berg.", "Tor Berg")]
    return Extraction(doc, [Person("Ida Berg"), Person("Tor Berg")], facts)


def _old_embedded_store(path: Path) -> None:
    """A store as the version before claims were nodes left it: no Claim tables."""
    with open_graph(str(path)) as g:
        g.ingest_extractions([_married()])
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for table in ("CLAIMS", "SUBJECT", "OBJECT", "Claim"):
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    db.close()


@pytest.mark.parametrize("read_only", [True, False])
def test_an_old_embedded_store_is_refused_with_how_to_rebuild(tmp_path: Path,
                                                              read_only: bool) -> None:
    store = tmp_path / "old.lbdb"
    _old_embedded_store(store)
    with pytest.raises(StoreUnavailableError, match=r"older celebgraph.*rebuild it") as info:
        open_graph(str(store), read_only=read_only)
    assert "\n" not in str(info.value) and f"--store {store}" in str(info.value)


def test_the_cli_says_it_in_one_line(tmp_path: Path) -> None:
    _register_commands()
    store = tmp_path / "old.lbdb"
    _old_embedded_store(store)
    result = CliRunner().invoke(cli, ["spouses", "Ida Berg", "--store", str(store)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    message = [line for line in result.output.splitlines() if line.strip()]
    assert len(message) == 1 and "rebuild it from its articles" in message[0]


@pytest.mark.neo4j
def test_an_old_neo4j_graph_is_refused(neo4j_clean: Settings, neo4j_driver: neo4j.Driver) -> None:
    with open_graph(neo4j_clean) as g:
        g.ingest_extractions([_married()])
    neo4j_driver.execute_query("MATCH (s:IngestState) REMOVE s.schema",
                               database_=neo4j_clean.neo4j_database)
    try:
        with pytest.raises(StoreUnavailableError, match=r"older celebgraph.*empty the database"):
            open_graph(neo4j_clean)
    finally:  # tests after this one that open the server without emptying it find a graph
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n",
                                   database_=neo4j_clean.neo4j_database)


def test_an_unchanged_article_under_its_new_id_is_not_ingested_twice(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    text = b"Ida Berg married Tor Berg.\n"
    with open_graph(str(store)) as g:
        g.ingest_extractions([_married()])
        g.store.write(lambda tx: tx.run("MATCH (a:Article {id: 'a.txt'}) SET a.sha256 = $sha",
                                        {"sha": hashlib.sha256(text).hexdigest()}))
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_bytes(text)
    with open_graph(str(store)) as g:
        summary = g.ingest(article.parent)
        assert (summary.new, summary.unchanged) == (0, 1)
        assert g.stats()["articles"] == 1
