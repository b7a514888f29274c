"""Cross-document people on both stores: peerages, names without their generation marker, and
pet forms of a given name join a person only with a relative in common (issue #13). Articles
of our own invention."""

from __future__ import annotations

import pytest
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Person


def _peer(doc: str, name: str, wife: str, child: str | None = None) -> object:
    people = [Person(name), Person(wife), *([Person(child)] if child else [])]
    facts = [fact(doc, "spouse", name, wife)]
    if child:
        facts.append(fact(doc, "parent", name, child))
    return article(doc, people, facts)


def test_a_peerage_joins_the_peers_own_name_by_a_shared_relative(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_peer("d1", "Lord Penhallow", "Ada Crane", "Rufus")])
    graph.ingest_extractions([_peer("d2", "Jasper Voke, 5th Baron Penhallow", "Ada",
                                    "Rufus Voke")])
    assert ids(graph, "lord-penhallow") == ["lord-penhallow"]
    assert ids(graph, "jasper") == []
    reasons = graph.explain("Lord Penhallow")["reasons"]
    assert any("'Jasper Voke, 5th Baron Penhallow' joins 'Lord Penhallow' (the same title)" in r
               for r in reasons)


def test_a_peerage_with_no_relative_in_common_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_peer("d1", "Lord Penhallow", "Mildred Oake")])
    graph.ingest_extractions([_peer("d2", "Jasper Voke, 5th Baron Penhallow", "Ada Crane")])
    assert ids(graph, "jasper") == ["jasper-voke-5th-baron-penhallow"]
    assert any("no relative in common" in r for r in graph.explain(
        "Jasper Voke, 5th Baron Penhallow")["reasons"])


def test_a_name_without_its_marker_joins_the_marked_one_by_a_shared_spouse(graph: Graph) -> None:  # noqa: F811
    obituary = article("d1", [Person("Augustus Moss Sr."), Person("Augustus Moss Jr."),
                              Person("Delia Moss")],
                       [fact("d1", "parent", "Augustus Moss Sr.", "Augustus Moss Jr."),
                        fact("d1", "spouse", "Augustus Moss Jr.", "Delia Moss")])
    graph.ingest_extractions([obituary])
    graph.ingest_extractions([_peer("d2", "Gus Moss", "Delia Moss")])
    graph.ingest_extractions([_peer("d3", "Augustus Moss", "Rosa Lind")])
    assert ids(graph, "augustus") == ["augustus-moss", "augustus-moss-jr", "augustus-moss-sr"]
    assert ids(graph, "gus") == []
    assert any("'Gus Moss' joins 'Augustus Moss Jr.'" in r and "spouse Delia Moss" in r
               for r in graph.explain("Augustus Moss Jr.")["reasons"])


def test_a_pet_form_of_the_given_name_joins_by_a_shared_spouse(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_peer("d1", "Nell Price", "Hugo Lark")])
    married = article("d2", [Person("Eleanor Lark", ("Eleanor Price",)), Person("Hugo Lark")],
                      [fact("d2", "spouse", "Eleanor Lark", "Hugo Lark")])
    graph.ingest_extractions([married])
    assert ids(graph, "eleanor") == []
    assert graph.explain("Nell Price")["mentions"] == ["d1: Nell Price", "d2: Eleanor Lark"]


@pytest.mark.parametrize("order", ["peerage first", "name first"])
def test_a_peerage_alone_joins_a_name_married_to_the_same_spouse(graph: Graph, order: str) -> None:  # noqa: F811
    peer, named = _peer("d1", "Viscount Ashdown", "Hana Sato"), _peer("d2", "Henry Lisle",
                                                                       "Hana Sato")
    for one in ([peer, named] if order == "peerage first" else [named, peer]):
        graph.ingest_extractions([one])
    people = ids(graph, "viscount") + ids(graph, "henry")
    assert len(people) == 1
    assert any("a peerage and a name of one person; the same spouse Hana Sato" in r
               for r in graph.explain(PersonId(people[0]))["reasons"])


def test_a_peerage_by_a_spouse_married_twice_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_peer("d1", "Henry Lisle", "Hana Sato"),
                              _peer("d2", "Tom Reyes", "Hana Sato")])
    graph.ingest_extractions([_peer("d3", "Viscount Ashdown", "Hana Sato")])
    assert ids(graph, "viscount") == ["viscount-ashdown"]
