"""What the articles call a person ('novelist', 'radio DJ'): read by the extractor, stored on
the person per article, shown by ``person``, ``explain``, ambiguity candidates and the web
search, and a clue that keeps namesakes apart (issue #13.2). Articles of our own."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.errors import AmbiguousNameError
from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Person
from celebgraph.web import create_app


def test_the_extractor_keeps_the_occupation_written_before_a_name() -> None:
    text = ("Novelist Odile Brack married the sculptor Fenn Auber in 2015. "
            "Brack and Auber live in Lyon.")
    people = {p.name: p.descriptors for p in
              extract_document(document_from_text(text, "note.txt")).people}
    assert people["Odile Brack"] == ("novelist",)


def test_descriptors_are_kept_per_article_and_shown(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Lio Vance", descriptors=("radio DJ",)), Person("Pia Ro")],
                  [fact("d1", "spouse", "Lio Vance", "Pia Ro")])
    two = article("d2", [Person("Lio Vance", descriptors=("radio DJ", "presenter"))],
                  [fact("d2", "born", "Lio Vance", date="1966")])
    graph.ingest_extractions([one, two])
    assert graph.person("Lio Vance")["descriptors"] == ["radio DJ", "presenter"]
    rows = graph.explain_rows("Lio Vance")
    assert {"id": "lio-vance", "article": "d2", "what": "described as",
            "detail": "presenter"} in rows
    graph.retract("d2")
    assert graph.person("Lio Vance")["descriptors"] == ["radio DJ"]


def test_ambiguity_candidates_and_search_show_the_descriptor(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions(
        [article("d1", [Person("Cal Ives", descriptors=("actor",)), Person("Ana Lu")],
                 [fact("d1", "spouse", "Cal Ives", "Ana Lu"),
                  fact("d1", "born", "Cal Ives", date="1981")])])
    graph.ingest_extractions(
        [article("d2", [Person("Cal Ives", descriptors=("radio DJ",)), Person("Bo Pratt")],
                 [fact("d2", "spouse", "Cal Ives", "Bo Pratt"),
                  fact("d2", "born", "Cal Ives", date="1966")])])
    with pytest.raises(AmbiguousNameError) as err:
        graph.spouses("Cal Ives")
    assert "Cal Ives (cal-ives; actor; born 1981; spouse of Ana Lu)" in err.value.candidates
    assert "Cal Ives (cal-ives-2; radio DJ; born 1966; spouse of Bo Pratt)" in \
        err.value.candidates
    with TestClient(create_app(graph)) as client:
        found = client.get("/api/search", params={"q": "Cal"}).json()["people"]
        assert {p["descriptor"] for p in found} == {"actor", "radio DJ"}
        assert "radio DJ" in client.get("/search", params={"q": "cal"}).text


def test_a_namesake_of_another_trade_and_other_spouse_stays_apart(graph: Graph) -> None:  # noqa: F811
    cook = article("d1", [Person("Rui Sandor", descriptors=("chef",)), Person("Eva Lind")],
                   [fact("d1", "spouse", "Rui Sandor", "Eva Lind")])
    player = article("d2", [Person("Rui Sandor", descriptors=("midfielder",)),
                            Person("Ines Moraes")],
                     [fact("d2", "spouse", "Rui Sandor", "Ines Moraes")])
    graph.ingest_extractions([cook])
    graph.ingest_extractions([player])
    assert ids(graph, "rui-sandor") == ["rui-sandor", "rui-sandor-2"]
    assert any("chef" in r and "midfielder" in r
               for r in graph.explain(PersonId("rui-sandor-2"))["reasons"])


def test_another_trade_alone_does_not_split_a_person(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Rui Sandor", descriptors=("chef",)), Person("Eva Lind")],
                  [fact("d1", "spouse", "Rui Sandor", "Eva Lind")])
    two = article("d2", [Person("Rui Sandor", descriptors=("restaurateur",)),
                         Person("Eva Lind")],
                  [fact("d2", "spouse", "Rui Sandor", "Eva Lind")])
    graph.ingest_extractions([one, two])
    assert ids(graph, "rui-sandor") == ["rui-sandor"]
