"""``export --format neo4j-admin``: a graph ingested into the embedded store, exported as CSV and
loaded by the real ``neo4j-admin database import full`` into a second, stopped Neo4j server, is
the graph that ``ingest`` writes into Neo4j (the session's server): the same people,
relationships, claims, articles, curation log, and answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import neo4j_local
import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.neo4j_store import Neo4jStore
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings

_register_commands()
WED = 'Ada Moss married Ben Roe in 2010; "it rained", she said.\nThey divorced in 2015.'
KIDS = "Their children, Cleo and Dan Roe, were born in 2012 and 2014."


def _articles() -> list[Extraction]:
    a = Document(id="a", text=WED, sha256="sha-a", title="The Roes, wed", url="https://x.example/a",
                 site="Example News", author="Pat Lee", published="2020-01-02")
    b = Document(id="b", text=KIDS, sha256="sha-b")
    people = [Person("Ada Moss", ("Ada",)), Person("Ben Roe")]
    return [
        Extraction(a, people, [
            Fact("a", "spouse", "Ada Moss", WED, "Ben Roe", start="2010", end="2015",
                 span=(0, 70), confidence=0.9),
            Fact("a", "born", "Ada Moss", "Ada Moss, 40, ...", date="1980", confidence=0.6,
                 modality="reported")]),
        Extraction(b, [*people, Person("Cleo Roe"), Person("Dan Roe")], [
            Fact("b", "parent", "Ada Moss", KIDS, "Cleo Roe", confidence=0.8),
            Fact("b", "parent", "Ben Roe", KIDS, "Dan Roe", confidence=0.8),
            Fact("b", "sibling", "Cleo Roe", KIDS, "Dan Roe", confidence=0.7),
            Fact("b", "born", "Cleo Roe", KIDS, date="2012", confidence=0.9)]),
    ]


def _load(graph: Graph) -> None:
    graph.ingest_extractions(_articles())
    graph.correct("spouse:ada-moss:ben-roe", start="2010-06-05", note="the register")


def _plain(value: Any) -> Any:
    """Export rows without the empty lists an import leaves out (an absent property)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v not in ([], None)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _snapshot(graph: Graph) -> dict[str, Any]:
    q = "MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label"
    return {"export": _plain(json.loads(graph.export("json"))),
            "labels": graph.cypher(q),
            "articles": graph.cypher("MATCH (a:Article) RETURN a AS a ORDER BY a.id"),
            "curation": [{k: r[k] for k in ("seq", "action", "fact", "start")}
                         for r in graph.curation()],
            "claims": graph.claims("Ada Moss"), "timeline": graph.timeline("Ada Moss"),
            "family": graph.family("Dan Roe", 2)}


@pytest.fixture
def imported(tmp_path: Path, neo4j_settings: Settings) -> Iterator[Graph]:
    """A second Neo4j server whose database neo4j-admin made from the embedded export."""
    embedded = tmp_path / "g.lbdb"
    with open_graph(str(embedded)) as g:
        _load(g)
    out = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "-o",
                                   str(tmp_path / "csv"), "--store", str(embedded)])
    assert out.exit_code == 0, out.output
    assert "neo4j-admin database import full neo4j @" in out.output
    config = replace(neo4j_local.LocalConfig.from_env(), state_dir=tmp_path / "imported")
    neo4j_local.start(config, die_with_parent=True)  # a fresh state: its password, its conf
    neo4j_local.stop(config)
    try:
        neo4j_local.admin(config, "database", "import", "full", "neo4j",
                          f"@{tmp_path / 'csv' / 'import.args'}")
        assert (tmp_path / "csv" / "import.report").exists()
        info = neo4j_local.start(config, die_with_parent=True)
        with open_graph(Neo4jStore(info.uri, info.username, info.password)) as graph:
            yield graph
    finally:
        neo4j_local.stop(config)


def test_an_imported_export_is_the_graph_ingest_writes(imported: Graph,
                                                       neo4j_clean: Settings) -> None:
    with open_graph(neo4j_clean) as ingested:
        _load(ingested)
        expected = _snapshot(ingested)
    got = _snapshot(imported)
    assert got["export"]["nodes"] == expected["export"]["nodes"]
    assert got["export"]["edges"] == expected["export"]["edges"]
    assert got == expected
    assert any(c["modality"] == "user" for c in got["claims"])  # the correction came along
    # and the imported graph takes further ingests (its schema and ingest state are there)
    more = Document(id="c", text="Dan Roe married Eve Lin.", sha256="sha-c")
    imported.ingest_extractions([Extraction(more, [Person("Dan Roe"), Person("Eve Lin")], [
        Fact("c", "spouse", "Dan Roe", "Dan Roe married Eve Lin.", "Eve Lin")])])
    assert [s["name"] for s in imported.spouses("Dan Roe")] == ["Eve Lin"]


def test_export_needs_a_folder(tmp_path: Path) -> None:
    store = tmp_path / "g.lbdb"
    with open_graph(str(store)) as g:
        _load(g)
    done = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "--store", str(store)])
    assert done.exit_code == 2 and "give -o DIR" in done.output


def test_an_export_read_a_node_at_a_time_is_the_same(graph: Graph, tmp_path: Path) -> None:
    """The export reads each table a page of start nodes at a time (so a big store is never
    held in memory whole): pages of one node give the same files, rows in another order."""
    from celebgraph.graph.neo4j_admin import export_neo4j_admin

    _load(graph)
    whole = export_neo4j_admin(graph.store, tmp_path / "whole")
    paged = export_neo4j_admin(graph.store, tmp_path / "paged", page=1)
    assert [p.name for p in whole] == [p.name for p in paged]
    for one, other in zip(whole[:-1], paged[:-1], strict=True):
        a, b = one.read_text().splitlines(), other.read_text().splitlines()
        assert a[0] == b[0] and sorted(a[1:]) == sorted(b[1:]), one.name
    people = (tmp_path / "paged" / "nodes-Person.csv").read_text().splitlines()
    assert len(people) == 5  # header, Ada, Ben, Cleo, Dan: every page was read


def test_no_read_of_the_export_is_larger_than_a_page(tmp_path: Path) -> None:
    """An article with many claims is read a page of claims at a time, not whole: at a million
    people the bench's articles have 3,000 claims each, and pages of articles read all 3M links
    of CLAIMS in one query (1.7 GB more memory)."""
    from celebgraph.graph import ArticleRow, ClaimRow, PersonRow
    from celebgraph.graph.neo4j_admin import export_neo4j_admin

    people = [PersonRow(id=f"p{i}", name=f"Ody Vale{i}") for i in range(12)]
    claims = [ClaimRow(id=f"wide#{i}", doc="wide", relation="born", subject=f"p{i}", date="1990",
                       evidence=f"Ody Vale{i} was born in 1990.") for i in range(12)]
    with open_graph(str(tmp_path / "g.lbdb")) as g:
        g.store.bulk_load(people, [], articles=[ArticleRow("wide")], claims=claims)
        read = g.store.read
        sizes: list[int] = []

        def counted(query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
            rows = read(query, params)
            sizes.append(len(rows))
            return rows

        columns = g.store.read_columns

        def counted_columns(query: str, params: dict[str, Any] | None = None
                            ) -> dict[str, list[Any]]:
            got = columns(query, params)
            sizes.append(max(map(len, got.values()), default=0))
            return got

        whole = g.store.read_all

        def counted_batches(query: str, batch: int) -> Iterator[dict[str, list[Any]]] | None:
            for got in whole(query, batch) or ():
                sizes.append(max(map(len, got.values()), default=0))
                yield got

        g.store.read = counted  # type: ignore[method-assign]
        g.store.read_columns = counted_columns  # type: ignore[method-assign]
        g.store.read_all = counted_batches  # type: ignore[assignment,method-assign]
        files = export_neo4j_admin(g.store, tmp_path / "out", page=3)
    assert max(sizes) == 3
    links = (tmp_path / "out" / "rels-CLAIMS.csv").read_text().splitlines()
    assert len(links) == 13 and files[-1].name == "import.args"


@pytest.mark.parametrize("modality", [None, "asserted", "reported", "denied", "rumored", "user"])
@pytest.mark.parametrize("user", [False, True])
def test_one_claims_properties_are_derive_rels(modality: str | None, user: bool) -> None:
    """The export's short cut for a link with one claim gives what ``derive_rel`` gives."""
    from celebgraph.graph.model import USER_DOC, derive_rel
    from celebgraph.graph.neo4j_admin import _derive_one

    doc = f"{USER_DOC}3" if user else "art-1"
    variants: list[dict[str, Any]] = [
        {"id": "c1", "doc": doc, "relation": "spouse", "start": "2010-06", "end": "2015",
         "evidence": "Ody Vale married Pim Rusk.", "confidence": 0.7},
        {"id": "c2", "doc": doc, "relation": "parent", "date": "", "evidence": "",
         "confidence": 0.0},
        {"id": "c3", "doc": doc, "relation": "sibling"},
    ]
    for claim in variants:
        if modality is not None:
            claim["modality"] = modality
        assert _derive_one(claim) == derive_rel([claim]), claim


def test_a_streamed_read_returns_its_columns_or_refuses(tmp_path: Path) -> None:
    """The embedded store's whole-table read (``COPY ... TO`` Parquet) gives ``read``'s values;
    LadybugDB copies an expression returned twice once, shifting the names after it, so such a
    read stops with an error instead of mislabelled columns."""
    from celebgraph.errors import QueryError

    with open_graph(str(tmp_path / "g.lbdb")) as g:
        _load(g)
        query = "MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases, p.name AS name"
        batches = g.store.read_all(query, 3)
        assert batches is not None
        got: dict[str, list[Any]] = {}
        for batch in batches:
            assert max(map(len, batch.values())) <= 3
            for k, v in batch.items():
                got.setdefault(k, []).extend(v)
        rows = g.store.read(query)
        assert sorted(zip(*got.values(), strict=True), key=str) == sorted(
            (tuple(r.values()) for r in rows), key=str)
        with pytest.raises(QueryError, match="return each expression once"):
            list(g.store.read_all("MATCH (p:Person) RETURN p.id AS a, p.id AS b, p.name AS c")
                 or ())
