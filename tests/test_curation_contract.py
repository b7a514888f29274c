"""Curation that sticks (issues #13, #14), on both stores, with articles of our own invention:
each decision survives later ingests of changed articles, and undo restores the graph."""

from __future__ import annotations

import pytest
from relationships import relationships
from test_store_contract import document, fact

from celebgraph.errors import (
    AmbiguousNameError,
    CurationError,
    UnknownArticleError,
    UnknownFactError,
)
from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


def family(doc: str, parent: str, co_parent: str, child: str, version: str = "v1",
           wed: str = "2001") -> Extraction:
    """An article: two parents, married in ``wed``, and their child."""
    facts = [fact(doc, "parent", parent, child), fact(doc, "parent", co_parent, child),
             fact(doc, "spouse", parent, co_parent, start=wed)]
    return Extraction(document(doc, version), [Person(parent), Person(co_parent), Person(child)],
                      facts)


def ids(g: Graph) -> list[str]:
    return sorted(r["id"] for r in g.cypher("MATCH (p:Person) RETURN p.id AS id"))


def names(rows: list[dict[str, object]]) -> list[object]:
    return sorted(r["name"] for r in rows)


def snapshot(g: Graph) -> tuple[list[str], list[tuple[object, ...]]]:
    """People and every relationship with its visible properties."""
    rels = [(r["source"], r["target"], r.get("start"), r["sources"]) for r in relationships(g)]
    return ids(g), sorted(tuple(map(str, r)) for r in rels)


@pytest.fixture
def ottos(graph: Graph) -> Graph:
    """Two boys named Otto, kept apart by their parents: otto and otto-2."""
    graph.ingest_extractions([family("d1", "Mara Quill", "Ben Quill", "Otto")])
    graph.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    assert [i for i in ids(graph) if i.startswith("otto")] == ["otto", "otto-2"]
    return graph


def test_merge_survives_reingest_and_undo_restores(ottos: Graph) -> None:
    before = snapshot(ottos)
    rec = ottos.merge(PersonId("otto"), PersonId("otto-2"), note="one boy, adopted")
    assert (rec["seq"], rec["action"]) == (1, "merge")
    assert "otto-2" not in ids(ottos)
    four = ["Ben Quill", "Karl Voss", "Lena Voss", "Mara Quill"]
    assert names(ottos.parents("Otto")) == four
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto", "v2")])
    ottos.ingest_extractions([family("d3", "Lena Voss", "Karl Voss", "Otto")])
    assert "otto-2" not in ids(ottos) and names(ottos.parents("Otto")) == four
    assert any(r["what"] == "merge" and "one boy" in r["detail"]
               for r in ottos.explain_rows("Otto"))
    ottos.undo(1)
    assert [i for i in ids(ottos) if i.startswith("otto")] == ["otto", "otto-2"]
    assert names(ottos.parents(PersonId("otto-2"))) == ["Karl Voss", "Lena Voss"]
    # d3, ingested while the two were one, stays with the person it joined
    assert ottos.explain(PersonId("otto"))["mentions"] == ["d1: Otto", "d3: Otto"]
    assert ottos.curation()[0]["undone"]
    ottos.remove_articles(["d3"])
    assert snapshot(ottos) == before


def test_undoing_a_merge_gives_each_name_of_a_shared_article_its_claims(ottos: Graph) -> None:
    before = ottos.export("json")
    ottos.merge("Mara Quill", "Ben Quill")  # one article names both, married, parents of Otto
    assert ottos.spouses("Mara Quill") == []
    ottos.undo(1)
    assert ottos.export("json") == before


def test_split_of_one_article_survives_reingest_and_undo(graph: Graph) -> None:
    graph.ingest_extractions([family("d1", "Remy Cole", "Ada Finn", "Ivo Cole")])
    graph.ingest_extractions([family("d2", "Remy Cole", "Zoe Park", "Lia Cole")])
    assert names(graph.spouses("Remy Cole")) == ["Ada Finn", "Zoe Park"]
    before = snapshot(graph)
    graph.split("Remy Cole", "d2", note="a namesake")
    assert names(graph.spouses(PersonId("remy-cole"))) == ["Ada Finn"]
    assert names(graph.spouses(PersonId("remy-cole-2"))) == ["Zoe Park"]
    assert graph.explain(PersonId("remy-cole-2"))["mentions"] == ["d2: Remy Cole"]
    graph.ingest_extractions([family("d2", "Remy Cole", "Zoe Park", "Lia Cole", "v2")])
    assert names(graph.spouses(PersonId("remy-cole"))) == ["Ada Finn"]
    assert names(graph.children(PersonId("remy-cole-2"))) == ["Lia Cole"]
    graph.undo(1)
    assert names(graph.spouses("Remy Cole")) == ["Ada Finn", "Zoe Park"]
    graph.ingest_extractions([family("d2", "Remy Cole", "Zoe Park", "Lia Cole")])
    assert snapshot(graph) == before


def test_retract_survives_reingest_and_undo_restores(ottos: Graph) -> None:
    before = snapshot(ottos)
    ottos.retract("d2", note="a satire site")
    assert names(ottos.parents(PersonId("otto"))) == ["Ben Quill", "Mara Quill"]
    assert "lena-voss" not in ids(ottos)
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto", "v2")])
    assert "lena-voss" not in ids(ottos)
    ottos.undo(1)
    assert names(ottos.parents(PersonId("otto-2"))) == ["Karl Voss", "Lena Voss"]
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    assert snapshot(ottos) == before


def test_reject_survives_reingest_and_undo_restores(ottos: Graph) -> None:
    before = snapshot(ottos)
    fact_id = ottos.spouses("Lena Voss")[0]["fact"]
    assert fact_id == "spouse:karl-voss:lena-voss"
    assert {c["fact"] for c in ottos.claims("Lena Voss", "spouse of")} == {fact_id}
    ottos.reject(fact_id, note="never married")
    assert ottos.spouses("Lena Voss") == []
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto", "v2")])
    assert ottos.spouses("Lena Voss") == []
    ottos.undo(1)
    assert [s["start"] for s in ottos.spouses("Lena Voss")] == ["2001"]
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    assert snapshot(ottos) == before


def test_assert_is_shown_as_the_users_and_survives_reingest(ottos: Graph) -> None:
    before = snapshot(ottos)
    ottos.assert_fact("sibling", PersonId("otto"), PersonId("otto-2"), note="cousins said so")
    assert ottos.siblings(PersonId("otto"))[0]["sources"] == ["curation:1"]
    claim = ottos.claims(PersonId("otto"), "sibling of")[0]
    assert (claim["modality"], claim["article"], claim["evidence"]) == (
        "user", "curation:1", "cousins said so")
    assert claim["fact"] == "sibling:otto:otto-2"
    ottos.ingest_extractions([family("d1", "Mara Quill", "Ben Quill", "Otto", "v2")])
    assert ottos.siblings(PersonId("otto"))[0]["name"] == "Otto"
    ottos.undo(1)
    assert ottos.siblings(PersonId("otto")) == []
    ottos.ingest_extractions([family("d1", "Mara Quill", "Ben Quill", "Otto")])
    assert snapshot(ottos) == before


def test_assert_of_a_birth_and_a_marriage_with_dates(ottos: Graph) -> None:
    ottos.assert_fact("born", "Lena Voss", date="1970-03-02", note="her passport")
    ottos.assert_fact("spouse", "Lena Voss", "Ben Quill", start="1990", end="1995",
                      note="a first marriage")
    assert ottos.person("Lena Voss")["birth_date"] == "1970-03-02"
    first = [s for s in ottos.spouses("Lena Voss") if s["name"] == "Ben Quill"]
    assert (first[0]["start"], first[0]["end"], first[0]["sources"]) == (
        "1990", "1995", ["curation:2"])


def test_correct_wins_survives_reingest_and_undo(ottos: Graph) -> None:
    ottos.correct("spouse:ben-quill:mara-quill", start="2001-05-02", note="the wedding day")
    assert ottos.spouses("Mara Quill")[0]["start"] == "2001-05-02"
    ottos.ingest_extractions([family("d1", "Mara Quill", "Ben Quill", "Otto", "v2", "2003")])
    assert ottos.spouses("Mara Quill")[0]["start"] == "2001-05-02"
    users = [c for c in ottos.claims("Mara Quill", "spouse of") if c["modality"] == "user"]
    assert [(c["start"], c["evidence"]) for c in users] == [("2001-05-02", "the wedding day")]
    ottos.undo(1)
    assert ottos.spouses("Mara Quill")[0]["start"] == "2003"


def test_a_correction_alone_keeps_no_fact_alive(ottos: Graph) -> None:
    mia = Extraction(document("d4"), [Person("Lena Voss"), Person("Karl Voss"), Person("Mia")],
                     [fact("d4", "parent", "Lena Voss", "Mia"),
                      fact("d4", "parent", "Karl Voss", "Mia")])
    ottos.ingest_extractions([mia])
    ottos.correct("spouse:karl-voss:lena-voss", start="2002")
    ottos.remove_articles(["d2"])
    assert {"lena-voss", "karl-voss"} <= set(ids(ottos)) and ottos.spouses("Lena Voss") == []
    ottos.ingest_extractions([family("d2", "Lena Voss", "Karl Voss", "Otto")])
    assert ottos.spouses("Lena Voss")[0]["start"] == "2002"


def test_reject_follows_a_merge(ottos: Graph) -> None:
    # married to another man: no rule joins her to Lena Voss (a shared spouse would)
    ottos.ingest_extractions([family("d3", "Lena Voss-Kahn", "Jon Kahn", "Eva")])
    ottos.merge("Lena Voss", "Lena Voss-Kahn")
    assert names(ottos.children("Lena Voss")) == ["Eva", "Otto"]
    ottos.reject("parent:lena-voss:eva")
    assert names(ottos.children("Lena Voss")) == ["Otto"]
    ottos.ingest_extractions([family("d3", "Lena Voss-Kahn", "Jon Kahn", "Eva", "v2")])
    assert names(ottos.children("Lena Voss")) == ["Otto"]
    assert [r["seq"] for r in ottos.curation()] == [1, 2]


def test_errors_name_the_input_and_what_to_do(ottos: Graph) -> None:
    with pytest.raises(UnknownFactError, match=r"no fact 'spouse:otto:ada' .*celebgraph person"):
        ottos.reject("spouse:otto:ada")
    with pytest.raises(UnknownFactError, match="'married:x' is not a fact id"):
        ottos.correct("married:x", start="2001")
    with pytest.raises(UnknownArticleError, match=r"no article 'nowhere\.txt'"):
        ottos.retract("nowhere.txt")
    with pytest.raises(AmbiguousNameError, match="otto-2"):
        ottos.merge("Otto", "Lena Voss")
    with pytest.raises(CurationError, match="one person already"):
        ottos.merge("Lena Voss", "lena voss")
    with pytest.raises(CurationError, match="a parent fact has no start date"):
        ottos.correct("parent:lena-voss:otto-2", start="2001")
    with pytest.raises(CurationError, match="--note"):
        ottos.assert_fact("spouse", "Lena Voss", "Ben Quill", note=" ")
    with pytest.raises(CurationError, match="'wed' is not a relation"):
        ottos.assert_fact("wed", "Lena Voss", "Ben Quill", note="x")
    with pytest.raises(CurationError, match="only d1 names 'Mara Quill'"):
        ottos.split("Mara Quill", "d1")
    with pytest.raises(CurationError, match="no curation #9"):
        ottos.undo(9)
    assert ottos.curation() == []
