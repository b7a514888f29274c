"""The ``GraphStore`` interface: a few primitives each store implements, the rest shared.

A store runs Cypher of its own dialect (``store.dialect``): trusted reads (``read``), one write
transaction per call (``write``), user queries that must not write (``cypher``), and the
shortest path, which the two dialects spell too differently to share.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from celebgraph.graph.cypher import PERSON_COLUMNS, Dialect, one_row, update_people
from celebgraph.graph.model import (
    FAMILY_TYPES,
    ArticleRow,
    ClaimRow,
    PersonRow,
    RelRow,
    WriteBatch,
    name_keys,
    row_dict,
    user_seq,
)

__all__ = ["PAGE", "GraphStore", "PathStep", "Row", "Tx", "apply_batch", "chunks", "key_pages",
           "person_names", "run_rows"]

Row = dict[str, Any]
T = TypeVar("T")
PathStep = dict[str, Any]
# Nodes per page where a whole table is read (the exports): a page of rows at a time keeps a
# read's memory that of one page whatever the size of the graph, in the database's page cache
# too (a whole 200k-person store's claims in one query took 3 GB as a list).
PAGE = 50_000
_MARRIAGE_TYPES = ("SPOUSE_OF", "FILED_FOR_DIVORCE", "SEPARATED_FROM")


class Tx(Protocol):
    """An open transaction: run one statement, get plain rows back."""

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]: ...


class GraphStore(ABC):
    """Where the graph lives. Subclasses: ``EmbeddedStore`` (LadybugDB), ``Neo4jStore``."""

    dialect: Dialect
    location: str
    recovery: str | None = None  # what opening the store had to repair, in one line

    @abstractmethod
    def setup_schema(self) -> None:
        """Create tables/constraints/indexes if missing (idempotent)."""

    @abstractmethod
    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run a trusted read of our own Cypher."""

    @abstractmethod
    def write(self, work: Callable[[Tx], T]) -> T:
        """Run ``work`` in one write transaction: committed whole, or rolled back whole."""

    @abstractmethod
    def _read_only(self, query: str, params: dict[str, Any]) -> list[Row]:
        """Check a user query's plan, then run it in the store's read-only mode."""

    @abstractmethod
    def shortest_path(self, a: str, b: str, max_hops: int) -> list[PathStep] | None:
        """Steps ``{from, from_id, type, to, to_id, forward}`` of a shortest family path, each
        optionally with ``links``: every ``{type, out}`` between its two people."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection / file."""

    def checkpoint(self) -> None:
        """Make every committed write part of the store's main file (a no-op but embedded)."""
        return None

    def settle(self) -> None:
        """After an ingest or a curation: ``checkpoint`` if the store finds it worth it."""
        return None

    def cypher(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """A read-only user query, one statement: anything the database plans as more than a
        graph read raises ``WriteQueryRefusedError`` (see ``graph.readonly``)."""
        return self._read_only(query, dict(params or {}))

    def text(self, name: str) -> str:
        return self.dialect.texts[name]

    # ---- reads of whole tables (the exports), a page at a time ----
    def read_columns(self, query: str, params: dict[str, Any] | None = None
                     ) -> dict[str, list[Any]]:
        """``read`` by column: each returned name with its values in row order (nothing for
        a read with no rows). A store that hands results back as columns (LadybugDB's Arrow
        tables) makes no dict per row: a whole-table read's cost was mostly those."""
        rows = self.read(query, params)
        return {k: [r[k] for r in rows] for k in rows[0]} if rows else {}

    def read_all(self, query: str, batch: int = PAGE) -> Iterator[dict[str, list[Any]]] | None:
        """A whole-table read (a query with no parameters) in batches of up to ``batch`` rows,
        columns as ``read_columns`` gives them, where the store can stream one; None where it
        cannot, and the caller reads a page of nodes at a time (``pages``)."""
        return None

    def pages(self, label: str, key: str, page: int = PAGE) -> list[tuple[Any, Any]]:
        """The ``($low, $high)`` bounds of each page of ``page`` nodes of ``label`` that
        ``page_test`` reads: the first and last ``key`` of each page, in key order."""
        return list(key_pages(self, label, key, page))

    def page_test(self, var: str, key: str) -> str:
        """The Cypher test that node ``var`` is in the page from ``$low`` to ``$high``."""
        return f"{var}.{key} >= $low AND {var}.{key} <= $high"

    def page_order(self, var: str, key: str) -> str:
        """How a page's nodes are ordered (``pages`` by key: by ``key``)."""
        return f" ORDER BY {var}.{key}"

    # ---- bookkeeping and lookups used by ingest and resolve ----
    def article_states(self, ids: Sequence[str]) -> dict[str, Row]:
        """``{article id: {sha256, done}}`` for the articles already in the store."""
        return {r["id"]: r for r in self.read(self.text("ARTICLE_STATE"), {"ids": list(ids)})}

    def claims_version(self) -> int:
        """How many claim-merging writes (ingest, remove) the store has committed."""
        rows = self.read(self.text("CLAIMS_VERSION"))
        return int(rows[0]["version"]) if rows else 0

    def _lookup(self, name: str, var: str, values: Sequence[str]) -> list[Row]:
        """Rows for many keys: one UNWIND query, or one primary-key query per key."""
        if not values:
            return []
        if self.dialect.unwind_lookups:
            return self.read(self.text(name), {f"{var}s": list(values)})
        one = self.text(f"{name}_ONE")
        return [row for value in dict.fromkeys(values) for row in self.read(one, {var: value})]

    def lookup_keys(self, keys: Sequence[str]) -> list[Row]:
        """Rows ``{key, kind, id, name}`` for folded name keys (kind: name|alias|prefix)."""
        if keys and not self.dialect.unwind_lookups:
            # Asked one by one, each key costs a query through its name edges; most of a
            # batch's keys (first words, other forms of a given name) name nobody, and one
            # query of primary-key lookups tells which do (at 1M people: 8 keys an article,
            # 0.15 ms each).
            found = {r["key"] for r in self.read(self.text("EXISTING_NAME_KEYS"),
                                                 {"keys": list(dict.fromkeys(keys))})}
            keys = [k for k in keys if k in found]
        return self._lookup("LOOKUP_KEYS", "key", keys)

    def find_people(self, key: str) -> list[Row]:
        """The people a folded name key names: ``kind`` (name|alias|prefix) and properties."""
        return self.read(self.text("FIND_PERSON"), {"key": key})

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        return {r["id"] for r in self.read(self.text("EXISTING_IDS"), {"ids": list(ids)})}

    def has_person(self, pid: str) -> bool:
        return bool(self.read(self.text("EXISTING_IDS_ONE"), {"id": pid}))

    def neighbors(self, ids: Sequence[str]) -> list[Row]:
        """Every family relationship of these people, once each, with ``out`` (its direction
        seen from the person ``id``)."""
        return self._lookup("NEIGHBORS", "id", ids)

    def kin(self, ids: Sequence[str]) -> list[Row]:
        """``neighbors`` with only ``{id, type, out, other, name, aliases}``: what resolution
        reads of its candidates' relatives."""
        return self._lookup("KIN", "id", ids)

    def marriages(self, ids: Sequence[str]) -> list[Row]:
        """``{id, other, name, type, start, end, published}``: the marriages, divorce filings
        and separations of these people, each with the latest publication date of the articles
        that give it (as of when a marriage is known to last; read by resolution only when a
        candidate's marriages are compared)."""
        rows = [r for r in self.neighbors(ids) if r["type"] in _MARRIAGE_TYPES]
        published: dict[str, str | None] = {}
        for doc in sorted({s for r in rows for s in r["sources"] or []}):
            found = self.read(self.text("ARTICLE_ROW"), {"id": doc})
            published[doc] = found[0]["published"] if found else None
        return [{"id": r["id"], "other": r["other"], "name": r["name"], "type": r["type"],
                 "start": r["start"], "end": r["end"],
                 "published": max((d for doc in r["sources"] or [] if (d := published[doc])),
                                  default=None)} for r in rows]

    def children(self, ids: Sequence[str]) -> list[Row]:
        """``{id, other, name}``: the children of these people (``kin``'s ``PARENT_OF`` rows
        out of them, without the other relatives)."""
        return self._lookup("CHILDREN", "id", ids)

    def co_mentioned(self, ids: Sequence[str]) -> list[Row]:
        """``{id, other, name, aliases}``: the people named in an article with each of these."""
        return self._lookup("CO_MENTIONED", "id", ids)

    def articles_of(self, ids: Sequence[str]) -> list[Row]:
        """``{id, article}``: the articles that name each of these people."""
        return self._lookup("PERSON_ARTICLES", "id", ids)

    def person_clues(self, ids: Sequence[str]) -> list[Row]:
        """``{id, name, aliases, birth_date}`` of these people."""
        return self._lookup("PERSON_CLUES", "id", ids)

    def neighborhood(self, pid: str, radius: int, dated: bool = True) -> list[Row]:
        """``neighbors`` of everyone within ``radius`` family links of ``pid``, in one query;
        ``dated=False``: the rows may lack the relationships' dates, sources and confidence
        (the embedded store derives those from claims, which costs a query per person)."""
        return self.read(self.text("NEIGHBORHOOD") % {"radius": int(radius)}, {"id": pid})

    # ---- writes ----
    def write_batch(self, batch: WriteBatch) -> None:
        """Write rows with final values in one transaction (the bulk and the ingest path)."""
        self.write(lambda tx: apply_batch(tx, self.dialect, batch))

    def load_articles(self, articles: Iterable[ArticleRow], batch_size: int) -> None:
        """Write article rows in batches, each marked done (the first step of a bulk load)."""
        for arts in chunks(articles, batch_size):
            self.write_batch(WriteBatch(articles=arts, done=[a.id for a in arts]))

    def bulk_load(
        self,
        people: Iterable[PersonRow],
        relationships: Iterable[RelRow],
        *,
        articles: Iterable[ArticleRow] = (),
        claims: Iterable[ClaimRow] = (),
        batch_size: int = 5000,
    ) -> None:
        """Load ready-made rows in batches (articles and people first, so relationships and
        claims find their ends). Claims are new: a claim id already stored is an error."""
        self.load_articles(articles, batch_size)
        for people_chunk in chunks(people, batch_size):
            self.write_batch(WriteBatch(people=people_chunk))
        for rels in chunks(relationships, batch_size):
            self.write_batch(WriteBatch(relationships=rels))
        for claim_chunk in chunks(claims, batch_size):
            self.write_batch(WriteBatch(claims=claim_chunk))

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def key_pages(store: GraphStore, label: str, key: str, page: int = PAGE
              ) -> Iterator[tuple[Any, Any]]:
    """The first and last ``key`` of each page of ``page`` nodes of ``label``, in key order."""
    after: Any = None
    while True:
        where = "" if after is None else f"WHERE n.{key} > $after "
        keys = [r["k"] for r in store.read(
            f"MATCH (n:{label}) {where}RETURN n.{key} AS k ORDER BY k LIMIT {int(page)}",
            {} if after is None else {"after": after})]
        if not keys:
            return
        yield keys[0], keys[-1]
        after = keys[-1]


def chunks(rows: Iterable[T], size: int) -> Iterable[list[T]]:
    chunk: list[T] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _rel_params(rows: Iterable[RelRow]) -> dict[str, list[Row]]:
    by_type: dict[str, list[Row]] = {}
    for row in rows:
        values = row_dict(row)
        by_type.setdefault(values.pop("type"), []).append(values)
    return by_type


def person_names(people: Iterable[PersonRow]) -> list[Row]:
    """The ``{id, key, kind}`` Name index entries of these people."""
    return [{"id": p.id, **k} for p in people for k in name_keys(p.name, p.aliases)]


def _relink_names(tx: Tx, dialect: Dialect, people: Sequence[PersonRow],
                  existed: set[str] | None) -> list[Row]:
    """Drop the name edges these people lost; return the ``{id, key, kind}`` edges still to
    write (new or of another kind). ``existed``: the people stored before (None: unknown)."""
    names = person_names(people)
    ids = sorted({p.id for p in people if existed is None or p.id in existed})
    stored = run_rows(tx, dialect, dialect.texts["NAME_LINKS"],
                      [{"id": pid} for pid in ids]) if ids else []  # the new have none
    wanted = {(n["id"], n["key"]) for n in names}
    stale = [{"id": r["id"], "key": r["key"]} for r in stored
             if (r["id"], r["key"]) not in wanted]
    if stale:
        run_rows(tx, dialect, dialect.texts["DROP_NAME_LINKS"], stale)
    have = {(r["id"], r["key"], r["kind"]) for r in stored}
    return [n for n in names if (n["id"], n["key"], n["kind"]) not in have]


def run_rows(tx: Tx, dialect: Dialect, text: str, rows: list[Row]) -> list[Row]:
    """Run an ``UNWIND $rows AS row`` text over ``rows``: at once, or a row at a time where
    the dialect finds that faster (``Dialect.rows_by_key``)."""
    if len(rows) > dialect.rows_by_key:
        return tx.run(text, {"rows": rows})
    one = one_row(text)
    names = set(re.findall(r"\$(\w+)", one))
    return [out for row in rows
            for out in tx.run(one, {k: v for k, v in row.items() if k in names})]


def _upsert_people(tx: Tx, dialect: Dialect, people: Sequence[PersonRow]) -> set[str] | None:
    """Write the rows; return the ids that were in the store before (None: not looked up)."""
    rows = list({p.id: row_dict(p) for p in people}.values())  # the last row of an id wins
    if dialect.merge_nodes:
        tx.run(dialect.texts["UPSERT_PEOPLE"], {"rows": rows})
        return None
    stored = {r["id"]: r for r in tx.run(dialect.texts["PEOPLE_ROWS"],
                                          {"ids": [r["id"] for r in rows]})}
    # Only the columns that changed: a checkpoint rewrites each column a write touched, in
    # every part of the table it touched (11 columns of 64 people: 1.5 s at 200k people).
    changed: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        if (old := stored.get(row["id"])) is not None:
            columns = tuple(c for c in PERSON_COLUMNS if row[c] != old[c])
            if columns:
                changed.setdefault(columns, []).append({"id": row["id"],
                                                        **{c: row[c] for c in columns}})
    for columns, part in changed.items():
        tx.run(update_people(columns), {"rows": part})
    new = [r for r in rows if r["id"] not in stored]
    if new:
        tx.run(dialect.texts["CREATE_PEOPLE"], {"rows": new})
    return set(stored)


def _upsert_name_keys(tx: Tx, dialect: Dialect, keys: list[str]) -> None:
    if dialect.merge_nodes:
        tx.run(dialect.texts["UPSERT_NAME_KEYS"], {"keys": keys})
        return
    known = {r["key"] for r in tx.run(dialect.texts["EXISTING_NAME_KEYS"], {"keys": keys})}
    new = [k for k in keys if k not in known]
    if new:
        tx.run(dialect.texts["CREATE_NAME_KEYS"], {"keys": new})


def apply_batch(tx: Tx, dialect: Dialect, batch: WriteBatch) -> None:
    """Every statement of one batch, in an order that keeps references valid."""
    if batch.dropped_claims:
        dropped = [{"id": doc} for doc in batch.dropped_claims]
        run_rows(tx, dialect, dialect.texts["DROP_CLAIMS"], dropped)
    for rtype, rows in _rel_params(batch.deleted_rels).items():
        tx.run(dialect.rel_delete[rtype], {"rows": rows})
    if batch.deleted_people:
        tx.run(dialect.texts["DROP_PEOPLE_CLAIMS"], {"ids": batch.deleted_people})
        tx.run(dialect.texts["DELETE_PEOPLE"], {"ids": batch.deleted_people})
    if batch.articles:
        tx.run(dialect.texts["UPSERT_ARTICLES"], {"rows": [row_dict(a) for a in batch.articles]})
    if batch.people:
        existed = _upsert_people(tx, dialect, batch.people)
        names = _relink_names(tx, dialect, batch.people, existed)
        if names:
            _upsert_name_keys(tx, dialect, sorted({n["key"] for n in names}))
            tx.run(dialect.texts["LINK_NAMES"], {"rows": names})
    if batch.mentions:
        tx.run(dialect.texts["UPSERT_MENTIONS"], {"rows": batch.mentions})
    for rtype, rows in _rel_params(batch.relationships).items():
        assert rtype in FAMILY_TYPES
        tx.run(dialect.rel_upsert[rtype], {"rows": rows})
    if batch.claims:
        _create_claims(tx, dialect, batch.claims)
    if batch.done:
        tx.run(dialect.texts["MARK_DONE"], {"ids": batch.done})


def _create_claims(tx: Tx, dialect: Dialect, claims: Sequence[ClaimRow]) -> None:
    """Claim nodes tied to their article and subject, then to their object."""
    rows = [row_dict(c) for c in claims]
    tx.run(dialect.texts["CREATE_CLAIMS"], {"rows": rows})
    objects = [{"id": r["id"], "object": r["object"]} for r in rows if r["object"]]
    if objects:
        tx.run(dialect.texts["LINK_OBJECTS"], {"rows": objects})
    articles = [{"id": r["id"], "doc": r["doc"]} for r in rows if user_seq(r) is None]
    if articles:
        tx.run(dialect.texts["LINK_ARTICLES"], {"rows": articles})
