"""Whose name is whose when names overlap: a second given name ('Jordan Lee Pike') beside the
same name without it ('Jordan Pike', her father), a father and his namesake son, in one article
and across articles. Sentences and people are invented here."""

from __future__ import annotations

from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph import extract_facts
from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.graph import Graph
from celebgraph.models import Person


def facts(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.relation, f.subject, f.object) for f in extract_facts(text)}


def people(text: str) -> dict[str, set[str]]:
    extraction = extract_document(document_from_text(text, "t.txt"))
    return {p.name: set(p.aliases) for p in extraction.people}


def test_a_kin_named_without_the_second_given_name_is_another_person() -> None:
    found = people("Tessa Ann Vale married Cole Hart in 2014. Her mother, Tessa Vale, walked "
                   "her down the aisle.")
    assert {"Tessa Ann Vale", "Tessa Vale"} <= found.keys()
    assert "Tessa Ann" in found["Tessa Ann Vale"]  # her call name, for the graph


def test_a_bare_given_name_is_the_one_without_a_second_given_name() -> None:
    text = ("Nora Fenn is estranged from her dad Jordan Roan, 71, and her sister Jordan Lee "
            "Roan. Jordan married Ida Roan in 1980.")
    assert ("spouse", "Jordan Roan", "Ida Roan") in facts(text)


def test_the_call_name_tells_a_second_given_name() -> None:
    found = people("Jordan Lee Roan married Cole Hart in 2014. Jordan Lee wore white. "
                   "Jordan Roan, a farmer, married Ida Roan in 1980.")
    assert {"Jordan Lee Roan", "Jordan Roan"} <= found.keys()


def test_a_dropped_middle_name_is_the_same_person_without_a_sign_otherwise() -> None:
    found = people("Actress Ada Irene Moss married Tom Berg in 2010. Ada Moss later said the "
                   "wedding was small.")
    assert "Ada Moss" not in found
    assert "Ada Moss" in found["Ada Irene Moss"]


def test_the_graph_keeps_a_second_given_name_apart(graph: Graph) -> None:  # noqa: F811
    doc = article("d1", [Person("Jordan Lee Roan", ("Jordan Lee",)), Person("Jordan Roan"),
                         Person("Nora Fenn")],
                  [fact("d1", "sibling", "Jordan Lee Roan", "Nora Fenn"),
                   fact("d1", "spouse", "Jordan Roan", "Ida Roan")])
    graph.ingest_extractions([doc])
    assert ids(graph, "jordan") == ["jordan-lee-roan", "jordan-roan"]


def test_a_short_form_with_the_marker_is_the_son() -> None:
    found = people("Edward Crane Jr. married Kay Lo in 2005. His father, Edward Crane, gave a "
                   "speech. Ted Jr. thanked him.")
    assert "Ted Jr." in found["Edward Crane Jr."]
    assert "Ted Jr." not in found


def test_a_bare_given_name_is_the_father_when_the_son_has_the_marker() -> None:
    text = ("Edward Crane built the firm. His son Edward Jr. runs it now. Edward married Ivy "
            "Ross in 1970. Ted Jr. married Kay Lo in 2005.")
    found = facts(text)
    assert ("spouse", "Edward Crane", "Ivy Ross") in found
    assert ("spouse", "Edward Jr.", "Kay Lo") in found
