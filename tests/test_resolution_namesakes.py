"""Cross-document people on both stores: namesakes, couples and titles across articles of
our own invention (issue #13, session 15, tests/resolution_set7)."""

from __future__ import annotations

from test_resolution_contract import article, children_of, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


def _baby(doc: str, mother: str, father: str, child: str, born: str) -> Extraction:
    out = children_of(doc, mother, child, father)
    out.facts.append(fact(doc, "born", child, date=born))
    return out


def test_namesake_babies_born_the_same_year_to_other_parents_stay_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_baby("d1", "Tilde Orvik", "Bastian Crum", "Elio Crum", "2022-03")])
    graph.ingest_extractions([_baby("d2", "Marit Sand", "Levin Crum", "Elio Crum", "2022-10")])
    assert ids(graph, "elio") == ["elio-crum", "elio-crum-2"]
    assert [p["name"] for p in graph.parents(PersonId("elio-crum-2"))] == [
        "Levin Crum", "Marit Sand"]
    assert any("different parents" in r for r in graph.explain(PersonId("elio-crum-2"))["reasons"])


def test_a_baby_named_again_with_one_parent_in_common_is_one(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_baby("d1", "Tilde Orvik", "Bastian Crum", "Elio Crum", "2022-03")])
    graph.ingest_extractions([_baby("d2", "Tilde Crum", "Bastian Crum", "Elio Crum", "2022-03")])
    assert ids(graph, "elio") == ["elio-crum"]
