"""docs/cypher.md stays true: each row's Neo4j spelling runs on a real Neo4j and its embedded
spelling on LadybugDB, both over the bundled examples, and both give the row's answer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from celebgraph.graph import Graph, open_graph

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cypher.md"


def _cells(line: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip().replace("\\|", "|") for c in cells]


def _rows() -> list[tuple[str, str, str, set[str]]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| what "):
            continue
        what, neo4j, embedded, answer = _cells(line)
        answers = {a.strip().strip("`") for a in answer.split(" or ")}
        rows.append((what, neo4j.strip("`"), embedded.strip("`"), answers))
    return rows


ROWS = _rows()


def test_the_doc_has_rows() -> None:
    assert len(ROWS) >= 6, "docs/cypher.md's table was not found or lost rows"


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def examples(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[tuple[str, Graph]]:
    if request.param == "embedded":
        g = open_graph(str(tmp_path_factory.mktemp("cy") / "g.lbdb"))
    else:
        g = open_graph(request.getfixturevalue("neo4j_settings"))
        g.store.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n"))
    with g:
        g.ingest([str(ROOT / "examples")])
        yield request.param, g


@pytest.mark.parametrize(("what", "neo4j", "embedded", "answers"), ROWS, ids=[r[0] for r in ROWS])
def test_each_spelling_gives_the_answer(examples: tuple[str, Graph], what: str, neo4j: str,
                                        embedded: str, answers: set[str]) -> None:
    store, g = examples
    rows = g.cypher(neo4j if store == "neo4j" else embedded)
    assert rows, f"{what}: no rows on {store}"
    assert {str(v) for v in rows[0].values()} <= answers, f"{what} on {store}: {rows}"


def test_the_api_gives_types_and_paths_on_both_stores(examples: tuple[str, Graph]) -> None:
    _, g = examples
    rels = g.relationships("Kim Kardashian")
    assert {"type": "PARENT_OF", "direction": "out", "other": "Saint"}.items() <= next(
        r for r in rels if r["other"] == "Saint").items()
    assert {r["type"] for r in rels} >= {"PARENT_OF", "SPOUSE_OF"}
    steps = g.path("Chicago", "North")
    assert [s["type"] for s in steps] == ["PARENT_OF", "PARENT_OF"]
    assert steps[0]["from"] == "Chicago" and steps[-1]["to"] == "North"
