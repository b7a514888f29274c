"""A store made before issue #13 (no ``reasons`` on people, articles named by file name) keeps
working: read commands add the new column on their own, and an unchanged article ingested
again under its new identity (its resolved path) is recognised by its text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import ladybug

from celebgraph.graph import open_graph
from celebgraph.models import Document, Extraction, Fact, Person


def _old_store(path: Path, text: str) -> None:
    doc = Document(id="a.txt", text=text, path="a.txt", sha256="sha-of-a")
    facts = [Fact("a.txt", "spouse", "Ida Berg", "spouse", "Tor Berg")]
    with open_graph(str(path)) as g:
        g.ingest_extractions([Extraction(doc, [Person("Ida Berg"), Person("Tor Berg")], facts)])
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("ALTER TABLE Person DROP reasons")
    conn.close()
    db.close()


def test_reading_an_old_store_adds_the_new_column(tmp_path: Path) -> None:
    store = tmp_path / "old.lbdb"
    _old_store(store, "Ida Berg married Tor Berg.")
    with open_graph(str(store), read_only=True) as g:
        assert [s["name"] for s in g.spouses("Ida Berg")] == ["Tor Berg"]
        assert g.explain("Ida Berg")["reasons"] == []


def test_an_unchanged_article_under_its_new_id_is_not_ingested_twice(tmp_path: Path) -> None:
    store = tmp_path / "old.lbdb"
    _old_store(store, "x")
    with open_graph(str(store)) as g:
        g.cypher("MATCH (a:Article) RETURN a.id AS id")  # the store opens and answers
        g.store.write(lambda tx: tx.run(
            "MATCH (a:Article {id: 'a.txt'}) SET a.sha256 = $sha",
            {"sha": hashlib.sha256(b"Ida Berg married Tor Berg.\n").hexdigest()}))
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_bytes(b"Ida Berg married Tor Berg.\n")
    with open_graph(str(store)) as g:
        summary = g.ingest(article.parent)
        assert (summary.new, summary.unchanged) == (0, 1)
        assert g.stats()["articles"] == 1
