"""Bulk loading into LadybugDB: rows new to the store go in with one ``COPY`` per table.

``COPY`` is an order of magnitude faster than ``UNWIND $rows MERGE``, but it only inserts, and
copying into a relationship table that already holds rows rebuilds it (each further COPY costs
more). So a bulk load sorts each chunk: people and relationships that already exist are upserted
the ordinary way (``apply_batch``); new ones are spooled to Parquet files, copied once per table
at the end. A relationship with an end created by this same load cannot exist yet unless this
load made it, which a set of key hashes tells (a hash collision only costs a lookup).

The copies are not one transaction (inside an explicit transaction LadybugDB logs every copied
row, and the commit costs ten times the copy): running a failed load again completes it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import (
    CLAIM_PROPS,
    FAMILY_TYPES,
    USER_DOC,
    ClaimRow,
    PersonRow,
    RelRow,
    WriteBatch,
    row_dict,
)
from celebgraph.graph.store import Tx, apply_batch, person_names, run_rows

__all__ = ["Spool", "load_claims", "load_people", "load_relationships"]

Write = Callable[[Callable[[Tx], None]], None]
_TEXT = ("id", "name", "birth_date", "death_date", "key", "kind", "from", "to",
         "start", "end", "date")
_LISTS = ("aliases", "birth_sources", "death_sources", "mentions", "alias_mentions",
          "reasons", "sources", "evidence", "descriptors", "descriptor_mentions",
          "age_mentions")
# Tables in the order they must be copied (a relationship's ends first).
_ORDER = ("Person", "Name", "NAMES", *FAMILY_TYPES, "Claim", "CLAIMS", "SUBJECT", "OBJECT")


def _arrow_type(column: str) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped]

    if column == "confidence":
        return pa.float64()
    if column == "span":
        return pa.list_(pa.int64())
    return pa.list_(pa.string()) if column in _LISTS else pa.string()


@dataclass
class Spool:
    """New rows waiting for their ``COPY``, and the keys this load has created so far."""

    people: set[str] = field(default_factory=set)
    rels: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    pending_people: set[str] = field(default_factory=set)
    _dir: tempfile.TemporaryDirectory[str] | None = None
    _writers: dict[str, Any] = field(default_factory=dict)

    def add(self, table: str, records: Sequence[dict[str, Any]]) -> None:
        """Append rows (dicts keyed by column, in table order) to the table's Parquet file."""
        if not records:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        schema = pa.schema([(c, _arrow_type(c)) for c in records[0]])
        if table not in self._writers:
            self._dir = self._dir or tempfile.TemporaryDirectory(prefix="celebgraph-load-")
            path = os.path.join(self._dir.name, f"{table}.parquet")
            self._writers[table] = pq.ParquetWriter(path, schema)
        self._writers[table].write_table(pa.Table.from_pylist(list(records), schema=schema))

    def flush(self, tx: Tx) -> None:
        """Copy every spooled table into the store (auto-commit ``tx``), in reference order."""
        writers, self._writers = self._writers, {}
        for writer in writers.values():
            writer.close()
        for table in [t for t in _ORDER if t in writers]:
            assert self._dir is not None
            path = os.path.join(self._dir.name, f"{table}.parquet")
            tx.run(f"COPY {table} FROM '{path}'")  # our own temp path, not input
            os.remove(path)
        self.pending_people.clear()
        self.names.clear()

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers = {}
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def load_people(write: Write, tx: Tx, dialect: Dialect, people: Sequence[PersonRow],
                spool: Spool) -> None:
    """One chunk of people: existing ones upserted in ``write``, new ones (and names) spooled."""
    rows = list({p.id: p for p in people}.values())  # the last row of an id wins, as in MERGE
    if any(p.id in spool.pending_people for p in rows):  # the input repeats a new person
        spool.flush(tx)
    old = {r["id"] for r in tx.run(dialect.texts["EXISTING_IDS"], {"ids": [p.id for p in rows]})}
    if old:
        batch = WriteBatch(people=[p for p in rows if p.id in old])
        write(lambda wtx: apply_batch(wtx, dialect, batch))
    new = [p for p in rows if p.id not in old]
    if not new:
        return
    spool.add("Person", [row_dict(p) for p in new])
    names = person_names(new)
    keys = sorted({n["key"] for n in names} - spool.names)
    known = {r["key"] for r in tx.run(dialect.texts["EXISTING_NAME_KEYS"], {"keys": keys})}
    spool.add("Name", [{"key": k} for k in keys if k not in known])
    spool.names.update(keys)
    spool.add("NAMES", [{"from": n["key"], "to": n["id"], "kind": n["kind"]} for n in names])
    spool.people.update(p.id for p in new)
    spool.pending_people.update(p.id for p in new)


def load_relationships(write: Write, tx: Tx, dialect: Dialect, rels: Sequence[RelRow],
                       spool: Spool) -> None:
    """One chunk of relationships: new ones spooled, the rest upserted in ``write``."""
    rows = list({(r.type, r.a, r.b): r for r in rels}.values())
    keys = [hash((r.type, r.a, r.b)) for r in rows]
    if any(k in spool.rels for k in keys):  # maybe a repeat of a spooled one: copy those first
        spool.flush(tx)
    sure: list[RelRow] = []
    unsure: list[RelRow] = []
    for row, key in zip(rows, keys, strict=True):
        fresh = (row.a in spool.people or row.b in spool.people) and key not in spool.rels
        (sure if fresh else unsure).append(row)
        spool.rels.add(key)
    existing: set[tuple[str, str, str]] = set()
    for rtype in {r.type for r in unsure}:
        pairs = [{"a": r.a, "b": r.b} for r in unsure if r.type == rtype]
        found = run_rows(tx, dialect, dialect.rel_state[rtype], pairs)
        existing |= {(rtype, x["a"], x["b"]) for x in found}
    old = [r for r in unsure if (r.type, r.a, r.b) in existing]
    if old:
        write(lambda wtx: apply_batch(wtx, dialect, WriteBatch(relationships=old)))
    new = sure + [r for r in unsure if (r.type, r.a, r.b) not in existing]
    for rtype in sorted({r.type for r in new}):
        spool.add(rtype, [_rel_record(r) for r in new if r.type == rtype])


def _rel_record(row: RelRow) -> dict[str, Any]:
    """A link and its modality: its other properties are its claims' (``cypher_ladybug``)."""
    return {"from": row.a, "to": row.b, "modality": row.modality}


def load_claims(claims: Sequence[ClaimRow], spool: Spool) -> None:
    """One chunk of claims, all new: spooled with their links to article, subject, object."""
    spool.add("Claim", [{"id": c.id, "doc": c.doc, **{k: getattr(c, k) for k in CLAIM_PROPS}}
                        for c in claims])
    spool.add("CLAIMS", [{"from": c.doc, "to": c.id} for c in claims
                         if not c.doc.startswith(USER_DOC)])
    spool.add("SUBJECT", [{"from": c.id, "to": c.subject} for c in claims])
    spool.add("OBJECT", [{"from": c.id, "to": c.object} for c in claims if c.object])
