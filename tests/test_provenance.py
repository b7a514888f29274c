"""Provenance in answers: each article's claim with its sentence, confidence, modality and
article, through the API on both stores and the CLI's --evidence and person."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()


def article(doc: str, *facts: tuple[Any, ...]) -> Extraction:
    made = [Fact(doc=doc, relation=rel, subject=a, object=b, evidence=f"{doc}: {a} {rel} {b}.",
                 confidence=conf, modality=mod, **dates)
            for rel, a, b, conf, mod, dates in facts]
    names = sorted({n for f in made for n in (f.subject, f.object) if n})
    document = Document(id=doc, text="", path=f"/news/{doc}", sha256=doc)
    return Extraction(document, [Person(n) for n in names], made)


ARTICLES = [
    article("a.txt", ("spouse", "Ada Moss", "Ben Roe", 0.95, "asserted", {"start": "2014"}),
            ("parent", "Ada Moss", "Cleo Roe", 0.9, "asserted", {})),
    article("b.txt", ("spouse", "Ben Roe", "Ada Moss", 0.7, "reported", {"start": "2014-05"}),
            ("born", "Ada Moss", None, 0.8, "asserted", {"date": "1985"})),
]


@pytest.fixture
def graph(graph: Graph) -> Graph:
    """The shared ``graph`` (each store in turn) with this module's articles."""
    graph.ingest_extractions(ARTICLES)
    return graph


def test_every_claim_of_a_person_with_its_sentence_and_article(graph: Graph) -> None:
    rows = graph.claims("Ada Moss")
    got = {(r["relation"], r["other_name"], r["article"], r["modality"], r["evidence"])
           for r in rows}
    assert got == {
        ("born", None, "b.txt", "asserted", "b.txt: Ada Moss born None."),
        ("parent of", "Cleo Roe", "a.txt", "asserted", "a.txt: Ada Moss parent Cleo Roe."),
        ("spouse of", "Ben Roe", "a.txt", "asserted", "a.txt: Ada Moss spouse Ben Roe."),
        ("spouse of", "Ben Roe", "b.txt", "reported", "b.txt: Ben Roe spouse Ada Moss."),
    }
    spouse = [r for r in graph.claims("Ada Moss", "spouse of") if r["article"] == "b.txt"]
    assert (spouse[0]["start"], spouse[0]["confidence"]) == ("2014-05", 0.7)
    assert [r["relation"] for r in graph.claims("Cleo Roe")] == ["child of"]


def test_cli_evidence_and_person(tmp_path: Path) -> None:
    store = str(tmp_path / "p.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions(ARTICLES)
    runner = CliRunner()
    done = runner.invoke(cli, ["spouses", "Ada Moss", "--evidence", "--store", store,
                               "--format", "json"])
    assert done.exit_code == 0, done.output
    rows = json.loads(done.stdout)
    assert [(r["article"], r["when"], r["modality"]) for r in rows] == [
        ("a.txt", "2014", "asserted"), ("b.txt", "2014-05", "reported")]
    person = runner.invoke(cli, ["person", "Ada Moss", "--store", store])
    assert person.exit_code == 0, person.output
    lines = person.stdout.splitlines()
    assert lines[0] == "Ada Moss (ada-moss; born 1985)"
    assert any("b.txt: Ben Roe spouse Ada Moss." in line for line in lines)
    as_json = json.loads(runner.invoke(cli, ["person", "Ada Moss", "--store", store,
                                             "--format", "json"]).stdout)
    assert as_json["person"]["birth_date"] == "1985" and len(as_json["claims"]) == 4
