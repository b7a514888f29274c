"""Resolution's reads kept from batch to batch (``graph.read_cache``): every answer the cache
gives during an ingest is the one the store gives at that moment, on both stores, through new
people, new names and relatives, a changed article that drops a person, and another client's
write between two ingests."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import pytest

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.graph.read_cache import ReadCache
from celebgraph.graph.store import Row
from celebgraph.models import Document, Extraction, Fact, Person

ingest_module = importlib.import_module("celebgraph.graph.ingest")  # the package's ingest()


def _article(doc: str, facts: Sequence[tuple[str, str, str | None]], version: str = "1",
             people: Sequence[Person] = ()) -> Extraction:
    """``facts``: (relation, subject, object) with the people they name."""
    document = Document(id=doc, text=doc, path=f"/news/{doc}", published="2022-03-01",
                        title=doc, sha256=f"{doc}-v{version}")
    names = dict.fromkeys([n for _, s, o in facts for n in (s, o) if n])
    persons = list(people) or [Person(n) for n in names]
    return Extraction(document, persons, [
        Fact(doc=doc, relation=rel, subject=s, object=o,  # type: ignore[arg-type]
             evidence=f"{s} {rel} {o or ''}.", confidence=0.9,
             date="1980" if rel == "born" else None)
        for rel, s, o in facts])


def _same(rows: list[Row]) -> list[str]:
    return sorted(repr(sorted(r.items())) for r in rows)


class Checked(ReadCache):
    """A ReadCache that checks each answer against the store's own, and counts the hits."""

    calls = 0
    hits = 0

    def _cached(self, table: str, keys: Sequence[str], read: Any, column: str) -> list[Row]:
        held = sum(k in self._rows[table] for k in keys)
        out = super()._cached(table, keys, read, column)
        assert _same(out) == _same(read(list(dict.fromkeys(keys)))), (table, keys)
        Checked.calls += len(keys)
        Checked.hits += held
        return out

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        out = super().existing_ids(ids)
        assert out == self.store.existing_ids(ids)
        return out

    def has_person(self, pid: str) -> bool:
        out = super().has_person(pid)
        assert out == self.store.has_person(pid)
        return out


ARTICLES = [
    _article("a1", [("spouse", "Orla Venn", "Tobin Quarry"), ("born", "Orla Venn", None)]),
    _article("a2", [("parent", "Tobin Quarry", "Mira Quarry"),
                    ("spouse", "Tobin Quarry", "Orla Venn")]),
    # A new alias for a stored person, and a namesake with another birth year.
    _article("a3", [("spouse", "Orla Venn Quarry", "Tobin Quarry")],
             people=[Person("Orla Venn Quarry", ("Orla Q.",)), Person("Tobin Quarry")]),
    _article("a4", [("parent", "Mira Quarry", "Dax Quarry"), ("sibling", "Dax Quarry",
                                                               "Lio Quarry")]),
    _article("a5", [("spouse", "Tobin", "Orla")]),
    _article("a6", [("born", "Orla Venn", None), ("parent", "Orla Venn", "Mira Quarry")]),
]
# a2 again, changed: Mira is no longer in it (a4 still names her), a new child is.
CHANGED = _article("a2", [("parent", "Tobin Quarry", "Ezra Quarry")], version="2")


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> type[Checked]:
    monkeypatch.setattr(ingest_module, "ReadCache", Checked)
    Checked.calls = Checked.hits = 0
    return Checked


def test_every_cached_read_is_the_stores(graph: Graph, checked: type[Checked]) -> None:
    graph.ingest_extractions(ARTICLES, batch_size=1)
    graph.ingest_extractions([CHANGED, *ARTICLES[:3]], batch_size=1)
    assert checked.hits > 0  # later batches were answered from the cache
    assert checked.hits < checked.calls


def test_another_clients_write_empties_it(graph: Graph, checked: type[Checked]) -> None:
    """A write the cache did not see (here: one between two batches, through the store
    itself) moves the claims version on, and the next batch reads everything again."""
    seen: list[int] = []
    sync = Checked.sync

    def write_between(self: Checked, version: int) -> None:
        if self.version is not None and len(seen) == 1:  # before the second batch
            graph.remove_articles(["a1"])
            version = self.store.claims_version()
        seen.append(version)
        sync(self, version)

    Checked.sync = write_between  # type: ignore[method-assign]
    try:
        graph.ingest_extractions(ARTICLES[:3], batch_size=1)
    finally:
        Checked.sync = sync  # type: ignore[method-assign]
    assert seen[1] == seen[0] + 2  # the first batch's write, then the removal
    people = {p["name"] for p in graph.store.read("MATCH (p:Person) RETURN p.name AS name")}
    assert "Mira Quarry" in people


def test_cache_keeps_only_what_is_asked(graph: Graph) -> None:
    graph.ingest_extractions(ARTICLES[:2])
    cache = ReadCache(graph.store)
    cache.sync(graph.store.claims_version())
    tobin = cache.lookup_keys(["tobin quarry"])
    assert [r["name"] for r in tobin] == ["Tobin Quarry"]
    assert cache.lookup_keys(["tobin quarry"]) == tobin and cache.reads == 1
    assert cache.kin([tobin[0]["id"]]) and cache.reads == 2
    cache.sync(graph.store.claims_version() + 1)  # another version: everything goes
    assert cache.lookup_keys(["tobin quarry"]) == tobin and cache.reads == 3


def test_a_relatives_list_goes_only_when_it_names_someone_otherwise(graph: Graph) -> None:
    """Mira's relatives name Tobin: a write that gives Tobin a new mention keeps them, one
    that gives him an alias drops them; his own relatives go when he is linked again."""
    from celebgraph.graph.model import PersonRow, RelRow, WriteBatch

    graph.ingest_extractions(ARTICLES[:2])
    cache = ReadCache(graph.store)
    cache.sync(graph.store.claims_version())
    ids = {r["name"]: r["id"] for r in cache.lookup_keys(["tobin quarry", "mira quarry"])}
    tobin, mira = ids["Tobin Quarry"], ids["Mira Quarry"]
    mine = cache.kin([mira])
    assert [r["name"] for r in mine] == ["Tobin Quarry"]
    cache.kin([tobin])
    same = PersonRow(id=tobin, name="Tobin Quarry", mentions=["a9: Tobin Quarry"])
    cache.forget_written([WriteBatch(people=[same], mentions=[{"doc": "a9", "id": tobin}])], 7)
    assert cache.version == 7
    reads = cache.reads
    assert cache.kin([mira]) == mine and cache.kin([tobin]) and cache.reads == reads
    alias = PersonRow(id=tobin, name="Tobin Quarry", aliases=["Toby Quarry"])
    cache.forget_written([WriteBatch(people=[alias])], 8)
    cache.kin([tobin])
    assert cache.reads == reads  # his own relatives did not change
    cache.kin([mira])
    assert cache.reads == reads + 1  # hers named him without the alias
    link = RelRow(type="SPOUSE_OF", a=tobin, b=mira)
    cache.forget_written([WriteBatch(relationships=[link])], 9)
    cache.kin([tobin, mira])
    assert cache.reads == reads + 3


def test_unlinked_only_from_relatives_read(graph: Graph) -> None:
    """The writer skips reading the claims of a link the relatives read say is absent (no
    claim then states it); it reads them whenever it cannot tell."""
    graph.ingest_extractions(ARTICLES[:2])
    cache = ReadCache(graph.store)
    ids = {r["name"]: r["id"] for r in cache.lookup_keys(["tobin quarry", "mira quarry",
                                                            "orla venn"])}
    tobin, mira, orla = ids["Tobin Quarry"], ids["Mira Quarry"], ids["Orla Venn"]
    assert not cache.unlinked(("SIBLING_OF", tobin, mira))  # nobody's relatives read yet
    cache.kin([mira])
    assert cache.unlinked(("SIBLING_OF", tobin, mira))
    assert not cache.unlinked(("PARENT_OF", tobin, mira))
    assert not cache.unlinked(("PARENT_OF", mira, tobin))  # either way: the claims are read
    assert cache.unlinked(("SPOUSE_OF", mira, orla))
    assert not cache.unlinked(("SPOUSE_OF", orla, tobin))  # neither end read


def test_children_are_the_parent_rows_of_the_relatives(graph: Graph) -> None:
    """``children`` (what the check of two generations reads of a stored spouse or child) is
    ``kin``'s PARENT_OF rows out of each person; a list goes when it names a written person
    and when its parent is linked again."""
    from celebgraph.graph.model import PersonRow, RelRow, WriteBatch

    graph.ingest_extractions(ARTICLES[:4])  # Tobin, father of Mira, mother of Dax
    cache = ReadCache(graph.store)
    cache.sync(graph.store.claims_version())
    ids = {r["name"]: r["id"] for r in cache.lookup_keys(["tobin quarry", "mira quarry"])}
    tobin, mira = ids["Tobin Quarry"], ids["Mira Quarry"]
    kids = cache.children([tobin, mira])
    assert sorted((r["id"], r["name"]) for r in kids) == [(mira, "Dax Quarry"),
                                                           (tobin, "Mira Quarry")]
    assert _same(kids) == _same([{"id": r["id"], "other": r["other"], "name": r["name"]}
                                 for r in graph.store.kin([tobin, mira])
                                 if r["type"] == "PARENT_OF" and r["out"]])
    reads = cache.reads
    renamed = PersonRow(id=mira, name="Mira Quarry", aliases=["Mimi Quarry"])
    cache.forget_written([WriteBatch(people=[renamed])], 7)
    assert cache.children([tobin]) and cache.reads == reads + 1  # his named her
    cache.forget_written([WriteBatch(relationships=[RelRow(type="SIBLING_OF", a=tobin,
                                                           b=mira)])], 8)
    cache.children([tobin, mira])
    assert cache.reads == reads + 3


def test_two_generations_read_through_the_cache(graph: Graph, checked: type[Checked]) -> None:
    """A woman named after her husband's mother, mother of that woman's grandchild: the check
    of two generations reads the children of the stored husband and of his son (each read
    the store's own, see ``Checked``) and keeps the two apart."""
    graph.ingest_extractions([_article("g1", [("spouse", "Wilma Tarr", "Bertil Tarr"),
                                              ("parent", "Bertil Tarr", "Jory Tarr")])])
    graph.ingest_extractions([_article("g2", [("parent", "Jory Tarr", "Nell Tarr")])])
    graph.ingest_extractions([_article("g3", [("parent", "Wilma Tarr", "Nell Tarr")])])
    assert graph.explain(PersonId("wilma-tarr"))["mentions"] == ["g1: Wilma Tarr"]
    assert any("kept apart" in r and "a parent of nell tarr, whom Bertil Tarr is a grandparent"
               in r for r in graph.explain(PersonId("wilma-tarr-2"))["reasons"])
