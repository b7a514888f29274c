"""Descriptors as a resolution clue and in the web search (issue #13): another trade and
other relatives keep namesakes apart; another trade alone does not; the search lists each
person's descriptor. Articles of our own, on both stores."""

from __future__ import annotations

from starlette.testclient import TestClient
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Person
from celebgraph.web import create_app


def test_the_search_shows_the_descriptor(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions(
        [article("d1", [Person("Cal Ives", descriptors=("actor",)), Person("Ana Lu")],
                 [fact("d1", "spouse", "Cal Ives", "Ana Lu"),
                  fact("d1", "born", "Cal Ives", date="1981")])])
    graph.ingest_extractions(
        [article("d2", [Person("Cal Ives", descriptors=("radio DJ",)), Person("Bo Pratt")],
                 [fact("d2", "spouse", "Cal Ives", "Bo Pratt"),
                  fact("d2", "born", "Cal Ives", date="1966")])])
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
