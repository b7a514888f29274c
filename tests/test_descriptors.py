"""Descriptors (issue #13 item 2): what the articles call a person, kept on the person and shown
where people are listed; sentences and people of our own invention."""

from __future__ import annotations

from pathlib import Path

import ladybug
import pytest
from test_store_contract import document, fact

from celebgraph.errors import AmbiguousNameError
from celebgraph.extract import extract_document
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Document, Extraction, Person


def test_the_extractor_keeps_the_occupation_written_before_a_name() -> None:
    text = "Novelist Mira Hale married pop star Joss Vey in 2012."
    ext = extract_document(Document(id="d", text=text, published="2021-06-01"))
    said = {p.name: p.descriptors for p in ext.people}
    assert said == {"Mira Hale": ("novelist",), "Joss Vey": ("pop star",)}


def namesake(doc: str, word: str, spouse: str, born: str) -> Extraction:
    return Extraction(document(doc), [Person("Rafe Dunmore", (), (word,)), Person(spouse)],
                      [fact(doc, "spouse", "Rafe Dunmore", spouse),
                       fact(doc, "born", "Rafe Dunmore", date=born)])


def test_namesakes_are_told_apart_by_what_they_are_called(graph: Graph) -> None:
    graph.ingest_extractions([namesake("d1", "actor", "Isla Brandt", "1981")])
    graph.ingest_extractions([namesake("d2", "radio host", "Tova Lind", "1966")])
    with pytest.raises(AmbiguousNameError) as err:
        graph.spouses("Rafe Dunmore")
    assert sorted(err.value.candidates) == [
        "Rafe Dunmore (rafe-dunmore-2; radio host; born 1966; spouse of Tova Lind)",
        "Rafe Dunmore (rafe-dunmore; actor; born 1981; spouse of Isla Brandt)"]
    assert graph.person(PersonId("rafe-dunmore"))["descriptors"] == ["actor"]
    assert graph.spouses("Isla Brandt")[0]["descriptors"] == ["actor"]
    assert [r["descriptors"] for r in graph.family("Tova Lind", 1)] == [["radio host"]]


def test_descriptors_follow_the_articles_that_say_them(graph: Graph) -> None:
    graph.ingest_extractions([namesake("d1", "actor", "Isla Brandt", "1981")])
    graph.ingest_extractions([namesake("d3", "producer", "Isla Brandt", "1981"),
                              namesake("d4", "producer", "Isla Brandt", "1981")])
    assert graph.person("Rafe Dunmore")["descriptors"] == ["producer", "actor"]
    graph.remove_articles(["d3", "d4"])
    assert graph.person("Rafe Dunmore")["descriptors"] == ["actor"]
    graph.ingest_extractions([namesake("d5", "radio host", "Tova Lind", "1981")])
    graph.split("Rafe Dunmore", "d5")  # a rewritten article keeps what it calls its people
    assert graph.person(PersonId("rafe-dunmore-2"))["descriptors"] == ["radio host"]
    assert graph.person(PersonId("rafe-dunmore"))["descriptors"] == ["actor"]


def test_a_store_made_before_descriptors_gets_them_when_read(tmp_path: Path) -> None:
    store = str(tmp_path / "before.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([namesake("d1", "actor", "Isla Brandt", "1981")])
    db = ladybug.Database(store)
    conn = ladybug.Connection(db)
    for column in ("descriptors", "descriptor_mentions"):
        conn.execute(f"ALTER TABLE Person DROP {column}")
    conn.close()
    db.close()
    with open_graph(store, read_only=True) as g:
        assert g.spouses("Isla Brandt")[0]["descriptors"] == []
