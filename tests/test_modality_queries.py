"""Queries by modality (issue 14: "Queries use asserted and reported facts by default and mark
reported ones; --modality all shows everything; a denied fact never becomes a relationship but
stays visible as a claim"). Rumored facts are written as claims like denied ones; answers mark
reported facts; ``modality="all"`` adds the rumored and denied claims, labelled. On both stores,
from articles written for these tests and read by the real extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import CelebgraphError
from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()

ARTICLES = {
    "wed.txt": "Lena Marsh married the architect Owen Pryce in 2016. Their daughter, Ivy "
               "Pryce, was born in 2018.\n",
    "rumour.txt": "Lena Marsh is rumored to be dating the drummer Cal Rook.\n",
    "denial.txt": "A spokesman for Owen Pryce denied that he had married the singer Tess Lowe.\n",
    "report.txt": "Owen Pryce and Lena Marsh have separated, a source told the magazine.\n",
}
CLAIMS_OF = """
MATCH (a:Article)-[:CLAIMS]->(c:Claim {modality: $modality})-[:SUBJECT|OBJECT]->(p:Person)
RETURN c.relation AS relation, p.name AS name ORDER BY name
"""


@pytest.fixture
def told(graph: Graph, tmp_path: Path) -> Graph:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    graph.ingest([tmp_path])
    return graph


def _names(rows: list[dict[str, object]], *keys: str) -> list[tuple[object, ...]]:
    return [tuple(r[k] for k in keys) for r in rows]


def test_a_rumour_is_a_claim_never_a_relationship(told: Graph) -> None:
    assert told.cypher(CLAIMS_OF, modality="rumored") == [
        {"relation": "partner", "name": "Cal Rook"}, {"relation": "partner", "name": "Lena Marsh"}]
    assert told.cypher("MATCH (:Person)-[r:PARTNER_OF]-(:Person) RETURN count(r) AS n") == [
        {"n": 0}]
    assert [r["name"] for r in told.family("Lena Marsh")] == ["Ivy Pryce", "Owen Pryce"]


def test_answers_mark_reported_facts(told: Graph) -> None:
    assert _names(told.timeline("Owen Pryce"), "event", "modality") == [
        ("married", "asserted"), ("child_born", "asserted"), ("separated", "reported")]
    assert _names(told.spouses("Owen Pryce"), "name", "modality") == [("Lena Marsh", "asserted")]
    assert _names(told.children("Owen Pryce"), "name", "modality") == [("Ivy Pryce", "asserted")]
    assert _names(told.path("Ivy Pryce", "Lena Marsh"), "to", "modality") == [
        ("Lena Marsh", "asserted")]


def test_all_adds_rumored_and_denied_claims_labelled(told: Graph) -> None:
    spouses = told.spouses("Owen Pryce", modality="all")
    assert [(r["name"], r["modality"], [Path(s).name for s in r["sources"]]) for r in spouses] == [
        ("Lena Marsh", "asserted", ["wed.txt"]), ("Tess Lowe", "denied", ["denial.txt"])]
    lena = told.timeline("Lena Marsh", modality="all")
    assert ("partner_start", ["Lena Marsh", "Cal Rook"], "rumored") in _names(
        lena, "event", "people", "modality")
    family = told.family("Lena Marsh", modality="all")
    assert _names(family, "name", "relation", "distance", "modality") == [
        ("Ivy Pryce", "child", 1, "asserted"), ("Owen Pryce", "spouse", 1, "asserted"),
        ("Cal Rook", "partner", 1, "rumored"), ("Tess Lowe", "spouse > spouse", 2, "denied")]
    said = {(r["other_name"], r["modality"]) for r in told.claims("Lena Marsh", modality="all")}
    assert ("Cal Rook", "rumored") in said
    assert {r["modality"] for r in told.claims("Lena Marsh")} == {"asserted", "reported"}


def test_evidence_by_modality(told: Graph) -> None:
    stated = told.family("Owen Pryce", evidence=True)
    assert {(r["name"], r["modality"]) for r in stated} == {("Lena Marsh", "asserted"),
                                                             ("Ivy Pryce", "asserted")}
    every = told.family("Owen Pryce", evidence=True, modality="all")
    denial = [r for r in every if r["name"] == "Tess Lowe"]
    assert [(r["modality"], Path(r["article"]).name) for r in denial] == [
        ("denied", "denial.txt")]
    assert denial[0]["evidence"] == ARTICLES["denial.txt"].strip()


def test_as_of_answers_from_stated_facts_only(told: Graph) -> None:
    with pytest.raises(CelebgraphError, match="--as-of"):
        told.spouses("Owen Pryce", as_of="2017", modality="all")
    with pytest.raises(CelebgraphError, match="stated or all"):
        told.spouses("Owen Pryce", modality="rumored")


# ---- a relationship's modality follows its claims (no NLP: facts given) ----
def _article(doc: str, relation: str, modality: str, **dates: str) -> Extraction:
    text = f"{doc}: Ada Moss and Ben Roe."
    fact = Fact(doc, relation, "Ada Moss", text, "Ben Roe",  # type: ignore[arg-type]
                span=(0, len(text)), confidence=0.8, modality=modality,  # type: ignore[arg-type]
                **dates)
    return Extraction(Document(id=doc, text=text, path=None, sha256=f"sha-{doc}"),
                      [Person("Ada Moss"), Person("Ben Roe")], [fact])


def test_reported_until_an_article_asserts_it(graph: Graph) -> None:
    graph.ingest_extractions([_article("r", "spouse", "reported", start="2012")])
    assert _names(graph.spouses("Ada Moss"), "start", "modality") == [("2012", "reported")]
    graph.ingest_extractions([_article("a", "spouse", "asserted")])
    assert _names(graph.spouses("Ada Moss"), "start", "modality") == [("2012", "asserted")]
    graph.remove_articles(["a"])
    assert _names(graph.spouses("Ada Moss"), "start", "modality") == [("2012", "reported")]


def test_path_all_shows_the_unstated_claims_of_each_step(graph: Graph) -> None:
    graph.ingest_extractions([_article("a", "spouse", "asserted"),
                              _article("e", "engaged", "rumored")])
    assert _names(graph.path("Ada Moss", "Ben Roe"), "relation", "modality") == [
        ("spouse of", "asserted")]
    assert _names(graph.path("Ada Moss", "Ben Roe", modality="all"), "relation", "modality") == [
        ("spouse of", "asserted"), ("engaged to", "rumored")]


def test_export_json_keeps_the_pairs_only_denials_link(graph: Graph) -> None:
    graph.ingest_extractions([_article("d", "spouse", "denied")])
    out = json.loads(graph.export("json"))
    assert out["edges"] == []
    assert [(c["type"], [x["modality"] for x in c["claims"]]) for c in out["claims"]] == [
        ("SPOUSE_OF", ["denied"])]
    assert all({"id", "name", "aliases", "mentions"} <= set(n) for n in out["nodes"])


def test_cli_modality_option(tmp_path: Path) -> None:
    store = str(tmp_path / "m.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([_article("a", "spouse", "reported"),
                              _article("d", "engaged", "denied")])
    table = CliRunner().invoke(cli, ["spouses", "Ada Moss", "--store", store])
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[2].split()[:2] == ["Ben", "Roe"]
    assert "reported" in table.stdout.splitlines()[2]
    done = CliRunner().invoke(cli, ["family", "Ada Moss", "--modality", "all", "--store", store,
                                    "--format", "json"])
    assert done.exit_code == 0, done.output
    assert _names(json.loads(done.stdout), "name", "relation", "modality") == [
        ("Ben Roe", "spouse", "reported"), ("Ben Roe", "fiancé(e)", "denied")]
