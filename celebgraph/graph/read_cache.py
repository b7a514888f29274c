"""What resolution read of the store, kept from one ingest batch to the next.

Resolution asks the store, for every batch, which people a name key names, who a candidate's
relatives are, who was named with them and their birth clues: about seven keyed reads per
article, most of an ingest's time on the embedded store at a million people, and mostly the
same people batch after batch. ``ReadCache`` answers them from what it read before, as long as
that is still what the store holds:

- another client's write (a claims version other than the one this cache last saw, see
  ``writer.lock_claims``) empties it;
- this ingest's own write forgets what it changed (``forget_written``): whether a person
  exists, their clues, the people named with them and their articles, for every person it
  wrote or deleted; the relatives and children of every person it linked; every name key a
  written person has now or had (the rows that named them); each list of relatives or
  people named together that names a written person otherwise than as written now; and each
  list of children that names a written person at all.

So every answer is the one the store would give (``tests/test_read_cache.py`` checks each
read against the store after writes). It is one ingest's cache, never shared between calls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from celebgraph.graph.model import PersonRow, WriteBatch, name_keys

if TYPE_CHECKING:
    from celebgraph.graph.store import GraphStore, Row

__all__ = ["ReadCache", "StoreReads"]

# Entries held at most; past it the cache starts again (an ingest of a whole archive). An
# entry is a few rows (a person's relatives: six at 1M synthetic people), about 4 KB: the
# cache holds at most about 80 MB, beside an ingest's peak of 1.9 GB at 1M people.
MAX_ENTRIES = 20_000


class StoreReads(Protocol):
    """The reads resolution makes (``GraphStore``'s methods of these names)."""

    def existing_ids(self, ids: Sequence[str]) -> set[str]: ...

    def has_person(self, pid: str) -> bool: ...

    def lookup_keys(self, keys: Sequence[str]) -> list[Row]: ...

    def kin(self, ids: Sequence[str]) -> list[Row]: ...

    def children(self, ids: Sequence[str]) -> list[Row]: ...

    def co_mentioned(self, ids: Sequence[str]) -> list[Row]: ...

    def articles_of(self, ids: Sequence[str]) -> list[Row]: ...

    def person_clues(self, ids: Sequence[str]) -> list[Row]: ...

    def marriages(self, ids: Sequence[str]) -> list[Row]: ...


class ReadCache:
    """``StoreReads`` of ``store``, each key read from it once until a write changes it."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.version: int | None = None  # the claims version the entries are of
        self._exists: dict[str, bool] = {}
        # table → key (a person id, or a name key for "keys") → the store's rows for it
        self._rows: dict[str, dict[str, list[Row]]] = {t: {} for t in _TABLES}
        self._refs: dict[str, set[tuple[str, str]]] = defaultdict(set)  # id → entries naming it
        self.reads = 0  # keys asked of the store (for the bench)

    def sync(self, version: int) -> None:
        """Keep the entries only if the store is still at the version they were read at."""
        if version != self.version:
            self.clear()
            self.version = version

    def clear(self) -> None:
        self.version = None
        self._exists.clear()
        for rows in self._rows.values():
            rows.clear()
        self._refs.clear()

    def forget_written(self, batches: Iterable[WriteBatch], version: int) -> None:
        """After this ingest's write committed at ``version``: drop what it changed. A
        person's relatives and the people named with them stay as they were read while only
        the person's own properties changed (a new mention, a birth): those rows hold the
        relatives' names, which are compared with what was written."""
        written: dict[str, PersonRow] = {}
        gone: set[str] = set()
        linked: set[str] = set()
        keys: set[str] = set()
        for b in batches:
            written.update((p.id, p) for p in b.people)
            gone |= set(b.deleted_people)
            linked |= {end for r in (*b.relationships, *b.deleted_rels) for end in (r.a, r.b)}
            keys |= {k["key"] for p in b.people for k in name_keys(p.name, p.aliases)}
        # Everyone written: a person a changed article no longer names is written too (and
        # named with fewer people, in fewer articles), not only those it mentions.
        for pid in written.keys() | gone:
            self._exists.pop(pid, None)
            for table in ("clues", "co", "articles"):
                self._rows[table].pop(pid, None)
        for pid in linked | gone:
            self._rows["kin"].pop(pid, None)
            self._rows["children"].pop(pid, None)
        for key in keys:
            self._rows["keys"].pop(key, None)
        for pid in written.keys() | gone:
            kept = {(table, key) for table, key in self._refs.pop(pid, ())
                    if self._still_named(table, key, written.get(pid))}
            if kept:
                self._refs[pid] = kept
        self.version = version

    def _still_named(self, table: str, key: str, person: PersonRow | None) -> bool:
        """Whether the entry's rows name ``person`` (a relative, or someone named with them)
        as written now; False also drops the entry (a name key, a person gone)."""
        rows = self._rows[table].get(key)
        if rows is None:
            return False
        if person is None or table not in ("kin", "co"):
            self._rows[table].pop(key)
            return False
        right = all(r["name"] == person.name and list(r["aliases"] or []) == person.aliases
                    for r in rows if r.get("other") == person.id)
        if not right:
            self._rows[table].pop(key)
        return right

    def unlinked(self, key: tuple[str, str, str]) -> bool:
        """Whether the relatives read of either end show no link of this type between the
        two, either way (False: there is one, or neither end's relatives are held)."""
        rtype, a, b = key
        for pid, other in ((a, b), (b, a)):
            rows = self._rows["kin"].get(pid)
            if rows is not None:
                return not any(r["other"] == other and r["type"] == rtype for r in rows)
        return False

    # ---- StoreReads ----
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        missing = [pid for pid in dict.fromkeys(ids) if pid not in self._exists]
        if missing and self._room(len(missing)):
            missing = list(dict.fromkeys(ids))
        if missing:
            found = self.store.existing_ids(missing)
            self.reads += len(missing)
            self._exists.update((pid, pid in found) for pid in missing)
        return {pid for pid in ids if self._exists[pid]}

    def has_person(self, pid: str) -> bool:
        if pid not in self._exists:
            self._room(1)
            self._exists[pid] = self.store.has_person(pid)
            self.reads += 1
        return self._exists[pid]

    def lookup_keys(self, keys: Sequence[str]) -> list[Row]:
        return self._cached("keys", keys, self.store.lookup_keys, "key")

    def kin(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("kin", ids, self.store.kin, "id")

    def children(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("children", ids, self.store.children, "id")

    def co_mentioned(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("co", ids, self.store.co_mentioned, "id")

    def articles_of(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("articles", ids, self.store.articles_of, "id")

    def person_clues(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("clues", ids, self.store.person_clues, "id")

    def marriages(self, ids: Sequence[str]) -> list[Row]:
        return self._cached("marriages", ids, self.store.marriages, "id")

    def _cached(self, table: str, keys: Sequence[str],
                read: Callable[[Sequence[str]], list[Row]], column: str) -> list[Row]:
        """The rows of ``keys`` in their order, reading only the keys not held (``column``:
        the rows' field that says which key a row is of)."""
        held = self._rows[table]
        missing = [k for k in dict.fromkeys(keys) if k not in held]
        if missing and self._room(len(missing)):
            missing = list(dict.fromkeys(keys))
        if missing:
            fresh: dict[str, list[Row]] = {k: [] for k in missing}
            for row in read(missing):
                fresh[row[column]].append(row)
            self.reads += len(missing)
            for key, rows in fresh.items():
                held[key] = rows
                for row in rows:
                    for pid in (row["id"], row.get("other")):
                        if pid:
                            self._refs[pid].add((table, key))
        return [row for k in dict.fromkeys(keys) for row in held[k]]

    def _room(self, more: int) -> bool:
        """Make room for ``more`` entries: True when that emptied the cache."""
        if len(self._exists) + sum(map(len, self._rows.values())) + more <= MAX_ENTRIES:
            return False
        version = self.version
        self.clear()
        self.version = version
        return True


_TABLES = ("keys", "kin", "children", "co", "articles", "clues", "marriages")
