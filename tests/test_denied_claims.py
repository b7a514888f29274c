"""Denials are kept as claims (issue 14: "a denied fact never becomes a relationship but stays
visible as a claim"): an article that says a couple never married leaves a ``denied`` Claim
node, shown by ``--evidence`` and ``person`` beside the claims of other articles, and never
makes, dates or sources the relationship. On both stores; sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from relationships import relationships

from celebgraph.cli.app import _register_commands, cli
from celebgraph.extract import extract_facts
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.ingest import remove_articles
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()

DENIED = """
MATCH (a:Article)-[:CLAIMS]->(c:Claim {modality: 'denied'})-[:SUBJECT|OBJECT]->(p:Person)
RETURN a.id AS article, c.relation AS relation, p.name AS name ORDER BY name
"""


def marriages(graph: Graph) -> list[dict[str, object]]:
    return [{"start": r.get("start"), "sources": r["sources"]}
            for r in relationships(graph, "SPOUSE_OF")]


def article(doc: str, sentence: str, modality: str, **dates: str) -> Extraction:
    fact = Fact(doc, "spouse", "Ada Moss", sentence, "Ben Roe", span=(0, len(sentence)),
                confidence=0.8, modality=modality, **dates)  # type: ignore[arg-type]
    document = Document(id=doc, text=sentence, path=None, sha256=f"sha-{doc}",
                        title=f"Story {doc}", url=f"https://news.example/{doc}")
    return Extraction(document, [Person("Ada Moss"), Person("Ben Roe")], [fact])


WED = article("a", "Ada Moss married Ben Roe in 2014.", "asserted", start="2014")
NEVER = article("d", "Ada Moss and Ben Roe never married, her rep said in 2016.", "denied",
                start="2016")


def _claims(graph: Graph, modality: str = "all") -> list[tuple[Any, ...]]:
    return [(r["article"], r["modality"], r["start"])
            for r in graph.claims("Ada Moss", "spouse of", modality=modality)]


def test_a_denial_is_a_claim_and_no_relationship(graph: Graph) -> None:
    graph.ingest_extractions([NEVER])
    assert graph.cypher(DENIED) == [{"article": "d", "relation": "spouse", "name": "Ada Moss"},
                                    {"article": "d", "relation": "spouse", "name": "Ben Roe"}]
    assert marriages(graph) == []
    assert graph.spouses("Ada Moss") == [] and graph.timeline("Ada Moss") == []
    assert _claims(graph) == [("d", "denied", "2016")]
    assert _claims(graph, "stated") == []  # shown when asked for: modality="all"
    assert graph.conflicts() == [] and graph.check() == []


def test_asserted_by_one_article_denied_by_another(graph: Graph) -> None:
    graph.ingest_extractions([WED, NEVER])
    # the denial neither dates nor sources the marriage ...
    assert marriages(graph) == [{"start": "2014", "sources": ["a"]}]
    assert [s["start"] for s in graph.spouses("Ada Moss")] == ["2014"]
    # 2014 and a denial's 2016 are no two wedding years; stated and denied are two sides
    assert [(r["what"], r["chosen"], [(v["value"], v["articles"]) for v in r["values"]])
            for r in graph.conflicts("Ben Roe")] == [
        ("marriage", "stated", [("stated", ["a"]), ("denied", ["d"])])]
    # ... and the user sees both: asserted by a, denied by d
    assert _claims(graph) == [("a", "asserted", "2014"), ("d", "denied", "2016")]
    assert _claims(graph, "stated") == [("a", "asserted", "2014")]
    wedding = [r for r in graph.timeline("Ada Moss", evidence=True, modality="all")
               if r["event"] == "married"]
    assert [(r["article"], r["modality"]) for r in wedding] == [("a", "asserted"),
                                                                ("d", "denied")]
    family = graph.family("Ada Moss", evidence=True, modality="all")
    assert {(r["name"], r["article"], r["modality"]) for r in family} == {
        ("Ben Roe", "a", "asserted"), ("Ben Roe", "d", "denied")}
    assert {(r["name"], r["article"]) for r in graph.family("Ada Moss", evidence=True)} == {
        ("Ben Roe", "a")}


def test_the_denial_stays_when_the_asserting_article_goes(graph: Graph) -> None:
    graph.ingest_extractions([WED, NEVER])
    remove_articles(graph.store, ["a"])
    assert marriages(graph) == []
    assert _claims(graph) == [("d", "denied", "2016")]
    graph.ingest_extractions([WED])
    assert marriages(graph) == [{"start": "2014", "sources": ["a"]}]


def test_the_user_can_assert_what_an_article_denies(graph: Graph) -> None:
    graph.ingest_extractions([NEVER])
    graph.assert_fact("spouse", "Ada Moss", "Ben Roe", note="the registry", start="2015")
    assert [s["start"] for s in graph.spouses("Ada Moss")] == ["2015"]
    assert sorted(r["modality"] for r in graph.claims("Ada Moss", "spouse of", modality="all")
                  ) == ["denied", "user"]
    graph.ingest_extractions([NEVER])  # unchanged: nothing moves
    assert [s["start"] for s in graph.spouses("Ada Moss")] == ["2015"]


def test_cli_evidence_shows_asserted_and_denied(tmp_path: Path) -> None:
    store = str(tmp_path / "d.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([WED, NEVER])
    done = CliRunner().invoke(cli, ["spouses", "Ada Moss", "--evidence", "--store", store,
                                    "--format", "json", "--modality", "all"])
    assert done.exit_code == 0, done.output
    assert [(r["article"], r["modality"]) for r in json.loads(done.stdout)] == [
        ("a", "asserted"), ("d", "denied")]
    table = CliRunner().invoke(cli, ["person", "Ada Moss", "--store", store, "--modality", "all"])
    assert any("denied" in line and "never married" in line for line in table.stdout.splitlines())
    table = CliRunner().invoke(cli, ["person", "Ada Moss", "--store", store])
    assert "never married" not in table.stdout
    assert table.stderr == "(1 rumored or denied claim(s) not shown: --modality all shows them)\n"


# ---- the extractor reads the denials (the real model) ----
@pytest.mark.parametrize(("text", "relation"), [
    ("Nora Vale never married Tim Oakes.", "spouse"),
    ("Nora Vale and Tim Oakes are not engaged, her publicist said.", "engaged"),
    ("A representative for Nora Vale denied that she had married Tim Oakes.", "spouse"),
    ("Nora Vale has shot down rumors that she is dating Tim Oakes.", "partner"),
    ("Nora Vale married Tim Oakes in 2015. A rep for Nora Vale denies the couple split.",
     "separated"),
    ("Nora Vale and Tim Oakes are still together. Rumors last month claiming that the pair had "
     "split were dismissed by her manager.", "separated"),
    ("A rep for Nora Vale denied reports claiming that she and the singer Tim Oakes had wed in "
     "secret.", "spouse"),
])
def test_denials_become_denied_facts(text: str, relation: str) -> None:
    denied = [(f.relation, {f.subject, f.object}) for f in extract_facts(text)
              if f.modality == "denied"]
    assert denied == [(relation, {"Nora Vale", "Tim Oakes"})]


@pytest.mark.parametrize("text", [
    "Nora Vale says she would never marry Tim Oakes.",  # what would be: no couple denied
    "Nora Vale will not marry Tim Oakes this year, her rep said.",
    "Nora Vale did not marry Tim Oakes until 2010.",  # it did happen, later
    "Nora Vale never married. Her brother Tim Oakes did.",  # no couple in the clause
    "Nora Vale vowed never to marry Tim Oakes.",  # a vow about the future
    "Nora Vale, who divorced Tim Oakes in 2012, has said she will never marry again.",
    "Tim Oakes swore never to wed again after his divorce from Nora Vale.",
])
def test_no_couple_is_denied(text: str) -> None:
    assert [f for f in extract_facts(text) if f.modality == "denied"] == []


def test_a_denial_changes_none_of_the_stated_facts() -> None:
    told = "Nora Vale married Tim Oakes in 2015. "
    alone = [f for f in extract_facts(told) if f.modality != "denied"]
    with_denial = extract_facts(told + "She never married Sam Pike.")
    stated = [f for f in with_denial if f.modality != "denied"]
    assert [(f.relation, f.object, f.start, f.confidence) for f in stated] == [
        (f.relation, f.object, f.start, f.confidence) for f in alone]
    assert [(f.object, f.modality) for f in with_denial if f.modality == "denied"] == [
        ("Sam Pike", "denied")]


def test_ingest_keeps_a_denial_read_from_text(graph: Graph, tmp_path: Path) -> None:
    (tmp_path / "wed.txt").write_text("Nora Vale married Tim Oakes in 2015.\n")
    (tmp_path / "deny.txt").write_text(
        "A representative for Nora Vale denied that she had married Tim Oakes.\n")
    graph.ingest([tmp_path])
    rows = graph.claims("Nora Vale", "spouse of", modality="all")
    assert sorted((Path(r["article"]).name, r["modality"]) for r in rows) == [
        ("deny.txt", "denied"), ("wed.txt", "asserted")]
    assert [s["start"] for s in graph.spouses("Nora Vale")] == ["2015"]
