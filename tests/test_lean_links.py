"""The embedded store keeps family relationships as lean links (their modality alone) and
derives the rest from claims; a store made when links kept every property is upgraded."""

from __future__ import annotations

from pathlib import Path

import ladybug
from test_store_contract import document, fact

from celebgraph.graph import open_graph
from celebgraph.graph.embedded import EmbeddedStore
from celebgraph.models import Extraction, Person
from celebgraph.settings import Settings

_OLD_COLUMNS = ("start STRING", "`end` STRING", "date STRING", "sources STRING[]",
                "evidence STRING[]", "confidence DOUBLE")


def _columns(path: Path, table: str) -> list[str]:
    db = ladybug.Database(str(path), read_only=True)
    conn = ladybug.Connection(db)
    try:
        return [r[0] for r in conn.execute(f"CALL table_info('{table}') RETURN name").get_all()]
    finally:
        conn.close()
        db.close()


def _wedding(doc: str, year: str) -> Extraction:
    marriage = fact(doc, "spouse", "Ada Moss", "Ben Roe", start=year)
    return Extraction(document(doc), [Person("Ada Moss"), Person("Ben Roe")], [marriage])


def test_family_links_hold_only_their_modality(tmp_path: Path) -> None:
    path = tmp_path / "g.lbdb"
    with open_graph(Settings(store=str(path))) as g:
        g.ingest_extractions([_wedding("a", "2014"), _wedding("b", "2014-05")])
        (spouse,) = g.spouses("Ada Moss")
        assert (spouse["start"], spouse["sources"]) == ("2014-05", ["a", "b"])
    assert _columns(path, "SPOUSE_OF") == ["modality"]
    assert _columns(path, "PARENT_OF") == ["modality"]


def test_a_store_whose_links_kept_every_property_loses_them_and_answers_alike(
        tmp_path: Path) -> None:
    path = tmp_path / "old.lbdb"
    EmbeddedStore(path).close()
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for column in _OLD_COLUMNS:  # the layout before: every property on the relationship
        conn.execute(f"ALTER TABLE SPOUSE_OF ADD {column}")
    conn.close()
    db.close()
    assert len(_columns(path, "SPOUSE_OF")) == 7
    with open_graph(Settings(store=str(path))) as g:
        g.ingest_extractions([_wedding("a", "2014")])
        assert [s["start"] for s in g.spouses("Ben Roe")] == ["2014"]
    assert _columns(path, "SPOUSE_OF") == ["modality"]
