"""Claims are graph data on both stores: each article's claim is a ``(:Claim)`` node tied to its
article and people, readable in plain Cypher; relationships and people derive their properties
from them; re-ingesting, changing and removing an article keeps nodes and properties exact."""

from __future__ import annotations

from typing import Any

from relationships import relationships

from celebgraph.graph import Graph
from celebgraph.graph.ingest import remove_articles
from celebgraph.models import Document, Extraction, Fact, Person

SAID = """
MATCH (a:Article)-[:CLAIMS]->(c:Claim {relation: 'spouse'})-[:SUBJECT|OBJECT]->(:Person {name: $x})
MATCH (c)-[:SUBJECT|OBJECT]->(:Person {name: $y})
RETURN a.id AS article, a.title AS title, c.start AS start, c.evidence AS evidence,
       c.confidence AS confidence, c.modality AS modality, c.span AS span
ORDER BY article
"""
COUNT_CLAIMS = "MATCH (c:Claim) RETURN count(c) AS n"


def _wedding(doc: str, year: str, sha: str = "", title: str | None = None,
             born: str | None = None) -> Extraction:
    sentence = f"Ada Moss married Ben Roe in {year}."
    facts = [Fact(doc, "spouse", "Ada Moss", sentence, "Ben Roe", start=year, span=(0, 33),
                  confidence=0.8, modality="reported" if doc == "c" else "asserted")]
    if born:
        facts.append(Fact(doc, "born", "Ada Moss", f"Ada Moss was born in {born}.", date=born,
                          confidence=0.9))
    document = Document(id=doc, text=sentence, path=None, sha256=sha or f"sha-{doc}-{year}",
                        title=title, url=f"https://news.example/{doc}", site="Example News",
                        author="A. Writer", published="2020-01-02")
    return Extraction(document, [Person("Ada Moss"), Person("Ben Roe")], facts)


def _said(graph: Graph) -> list[dict[str, Any]]:
    return graph.cypher(SAID, x="Ada Moss", y="Ben Roe")


def _marriage(graph: Graph) -> dict[str, Any]:
    rows = graph.cypher("MATCH (:Person)-[r:SPOUSE_OF]->(:Person) RETURN r AS r")
    assert len(rows) == 1
    assert "claims" not in rows[0]["r"]  # no JSON strings left on relationships
    (marriage,) = relationships(graph, "SPOUSE_OF")
    return marriage


def test_which_articles_say_x_married_y_and_when(graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", title="A wedding"), _wedding("b", "2014"),
                              _wedding("c", "2015")])
    said = _said(graph)
    assert [(r["article"], r["start"], r["modality"]) for r in said] == [
        ("a", "2014", "asserted"), ("b", "2014", "asserted"), ("c", "2015", "reported")]
    assert said[0]["title"] == "A wedding" and said[0]["span"] == [0, 33]
    assert said[0]["evidence"] == "Ada Moss married Ben Roe in 2014."
    marriage = _marriage(graph)
    assert (marriage["start"], marriage["sources"]) == ("2014", ["a", "b", "c"])
    assert "claims" not in marriage  # no JSON strings left on relationships ...
    person = graph.cypher("MATCH (p:Person {name: 'Ada Moss'}) RETURN p AS p")[0]["p"]
    assert "facts" not in person  # ... nor on people


def test_a_birth_claim_has_a_subject_and_no_object(graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", born="1980")])
    rows = graph.cypher("MATCH (c:Claim {relation: 'born'})-[:SUBJECT]->(p:Person) "
                        "OPTIONAL MATCH (c)-[:OBJECT]->(o:Person) "
                        "RETURN p.name AS name, c.date AS date, o.name AS other")
    assert rows == [{"name": "Ada Moss", "date": "1980", "other": None}]
    assert graph.person("Ada Moss")["birth_date"] == "1980"


def test_ingesting_again_changes_nothing(graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", born="1980"), _wedding("b", "2015")])
    before = (graph.cypher(COUNT_CLAIMS), _said(graph), _marriage(graph))
    summary = graph.ingest_extractions([_wedding("a", "2014", born="1980"),
                                        _wedding("b", "2015")])
    assert summary.unchanged == 2
    assert (graph.cypher(COUNT_CLAIMS), _said(graph), _marriage(graph)) == before


def test_a_changed_article_replaces_its_own_claims(graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", born="1980"), _wedding("b", "2015")])
    graph.ingest_extractions([_wedding("b", "2014", sha="sha-b-changed")])
    assert [(r["article"], r["start"]) for r in _said(graph)] == [("a", "2014"), ("b", "2014")]
    assert graph.cypher(COUNT_CLAIMS) == [{"n": 3}]
    assert _marriage(graph)["start"] == "2014"


def test_removing_articles_removes_their_claims_and_what_only_they_supported(
        graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", born="1980"), _wedding("b", "2015")])
    remove_articles(graph.store, ["a"])
    assert [(r["article"], r["start"]) for r in _said(graph)] == [("b", "2015")]
    assert _marriage(graph)["start"] == "2015"
    assert graph.person("Ada Moss").get("birth_date") is None
    remove_articles(graph.store, ["b"])
    assert graph.cypher(COUNT_CLAIMS) == [{"n": 0}]
    assert graph.stats()["people"] == 0


def test_evidence_names_the_article(graph: Graph) -> None:
    graph.ingest_extractions([_wedding("a", "2014", title="A wedding")])
    claim = graph.claims("Ada Moss", "spouse of")[0]
    assert {k: claim[k] for k in ("article", "title", "url", "site", "author", "published")} == {
        "article": "a", "title": "A wedding", "url": "https://news.example/a",
        "site": "Example News", "author": "A. Writer", "published": "2020-01-02"}
