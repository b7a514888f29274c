"""Peerages as names (issue #13): 'the Duke of X' is a person to the extractor, a peerage
apposed to a name is that person's alias, and across articles on both stores the duke joins
the prince who holds the dukedom. Sentences and people of our own invention, real model."""

from __future__ import annotations

import pytest
from test_resolution_contract import ids
from test_store_contract import graph  # noqa: F401  (the two-store fixture)

from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.graph import Graph
from celebgraph.models import Extraction


def _extract(text: str, name: str = "n.txt") -> Extraction:
    return extract_document(document_from_text(text, name))


def _facts(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.relation, f.subject, f.object) for f in _extract(text).facts}


@pytest.mark.parametrize(("text", "fact"), [
    ("The Duke of Tarrow married the painter Helena Marsh on Saturday.",
     ("spouse", "Duke of Tarrow", "Helena Marsh")),
    ("The Duke of Tarrow and his wife, Helena, have welcomed a son, Piers.",
     ("parent", "Duke of Tarrow", "Piers")),
    ("The Countess of Elmbridge opened the fair with her husband, the Earl of Elmbridge.",
     ("spouse", "Countess of Elmbridge", "Earl of Elmbridge")),
])
def test_a_peerage_alone_names_its_holder(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


def test_an_institution_named_after_a_peerage_is_no_person() -> None:
    people = {p.name for p in _extract(
        "Helena Marsh married Oren Pask at the Duke of Tarrow Hospital chapel.").people}
    assert not any("Tarrow" in name for name in people)


def test_a_peerage_apposed_to_a_name_is_that_persons_alias() -> None:
    people = {p.name: p.aliases for p in _extract(
        "Piers Vane is the son of Hugh Vane, the Earl of Elmbridge, and Ada Vane.").people}
    assert "Earl of Elmbridge" in people["Hugh Vane"]
    assert "Earl of Elmbridge" not in people


def test_the_duke_joins_the_prince_holding_the_dukedom(graph: Graph) -> None:  # noqa: F811
    wedding = _extract("Prince Alaric of Norland, Duke of Tarrow, married Helena Marsh on "
                       "Saturday. The prince is the son of King Osric of Norland.", "d1.txt")
    birth = _extract("The Duke of Tarrow and his wife, Helena, have welcomed a son, Piers. "
                     "The duke's father, King Osric, said he was delighted.", "d2.txt")
    graph.ingest_extractions([wedding])
    graph.ingest_extractions([birth])
    assert ids(graph, "duke") == []
    node = graph.explain("Prince Alaric of Norland")
    assert any(m.endswith("d2.txt: Duke of Tarrow") for m in node["mentions"])
    assert any("'Duke of Tarrow' joins" in r for r in node["reasons"])
