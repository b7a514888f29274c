"""``EmbeddedStore``: the graph in a LadybugDB file, no server needed."""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import ladybug

from celebgraph.errors import CelebgraphError, QueryError, StoreError, StoreUnavailableError
from celebgraph.graph.cypher_ladybug import BALL, DERIVED_PROPS, DIALECT, DROP_DERIVED, LINKS
from celebgraph.graph.ladybug_bulk import Spool, load_claims, load_people, load_relationships
from celebgraph.graph.ladybug_planner import Planner
from celebgraph.graph.ladybug_safety import (
    CHECKPOINT_AT,
    MIN_FREE,
    SETTLED_AT,
    Room,
    log_size,
    open_database,
)
from celebgraph.graph.model import ArticleRow, ClaimRow, PersonRow, RelRow
from celebgraph.graph.readonly import LADYBUG_POLICY
from celebgraph.graph.rel_props import neighbors_with_props
from celebgraph.graph.store import PAGE, GraphStore, PathStep, Row, chunks
from celebgraph.settings import DEFAULT_BUFFER_POOL, DEFAULT_STORE_PATH

__all__ = ["EmbeddedStore"]

T = TypeVar("T")
_INTERNAL = ("_ID", "_SRC", "_DST")


def _plain(value: Any) -> Any:
    """LadybugDB values as plain data: nodes/rels lose internal ids, nulls are left out."""
    if isinstance(value, dict):
        if "_LABEL" in value:
            label = value["_LABEL"]
            key = "_type" if "_SRC" in value else "_label"
            props = {k: _plain(v) for k, v in value.items()
                     if k not in _INTERNAL and k != "_LABEL" and v is not None}
            return {key: label, **props}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _Tx:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return _rows(self.conn.execute(query, params or {}))


def _rows(result: Any) -> list[Row]:
    columns = result.get_column_names()
    return [dict(zip(columns, row, strict=True)) for row in result.get_all()]


class EmbeddedStore(GraphStore):
    """A LadybugDB database at ``path`` (created with its schema on first use).

    ``read_only=True`` opens an existing store in LadybugDB's read-only mode: nothing can be
    written, and a path with no store is an error instead of a new empty store.
    ``buffer_pool``: LadybugDB's page cache in bytes (default ``DEFAULT_BUFFER_POOL`` MiB; 0:
    LadybugDB's own, 80% of the memory, which keeps every page ever read). It also holds a
    query's working memory, so too small a one fails bulk loads, checkpoints or big reads ("the
    buffer pool is full"); reads of the whole store go a page at a time (``graph.export``).
    """

    dialect = DIALECT

    def __init__(self, path: str | Path = DEFAULT_STORE_PATH, *, read_only: bool = False,
                 buffer_pool: int = DEFAULT_BUFFER_POOL << 20) -> None:
        self.location = str(path)
        self.read_only = read_only
        self.buffer_pool = buffer_pool
        _check_store_file(Path(path), read_only)
        self._room = Room(Path(path))
        self._planner = Planner()  # started on the first user query
        self._failed: str | None = None  # why writes stopped: a commit or checkpoint failed
        if not read_only:
            self._room.check(MIN_FREE, "writing to it")
        try:
            self._db, self.recovery = open_database(self.location, read_only, buffer_pool)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise _open_error(self.location, exc) from exc
        tables = self._tables()
        if "Person" in tables and "Claim" not in tables:
            self.close()
            raise StoreUnavailableError(_older_store(self.location))
        if not read_only:
            self._conn.execute("CALL force_checkpoint_on_close=false")
            self.setup_schema()
        elif not tables:
            self.close()
            raise StoreUnavailableError(
                f"{path} holds no graph yet (its first ingest stopped before committing "
                "anything): run the ingest again.")
        elif "Curation" not in tables or not self._has_newest_columns():
            self._upgrade()

    def _has_newest_columns(self) -> bool:
        """Whether people have descriptors and ages, and relationships only their modality."""
        told = {"descriptor_mentions", "age_mentions"} <= self._columns("Person")
        rels = self._columns("SPOUSE_OF")
        return told and "modality" in rels and not rels & set(DERIVED_PROPS)

    def _columns(self, table: str) -> set[str]:
        return {r["name"] for r in _Tx(self._conn).run(f"CALL table_info('{table}') RETURN name")}

    def _upgrade(self) -> None:
        """A store made before the curation log, descriptors or lean relationships, opened
        for reading: add them once (a short read-write open), then open it read-only again."""
        self.close()
        try:
            EmbeddedStore(self.location).close()
        except CelebgraphError as exc:
            raise StoreUnavailableError(
                f"{self.location} was made by an older celebgraph and must be upgraded, which "
                f"needs it for a moment ({exc}); run any ingest into it") from exc
        self._planner = Planner()
        self._db, self.recovery = open_database(self.location, True, self.buffer_pool)
        self._conn = ladybug.Connection(self._db)

    def _tables(self) -> list[str]:
        return [row["name"] for row in _Tx(self._conn).run("CALL show_tables() RETURN name")]

    def setup_schema(self) -> None:
        """Every table, in one transaction: a kill leaves all of them or none; then, in a
        store made when relationships kept every property, the derived ones go."""
        self.write(lambda tx: [tx.run(statement) for statement in self.dialect.schema])
        if self._columns("SPOUSE_OF") & set(DERIVED_PROPS):
            self.write(lambda tx: [tx.run(statement) for statement in DROP_DERIVED])

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._run(query, params or {})

    def read_columns(self, query: str, params: dict[str, Any] | None = None
                     ) -> dict[str, list[Any]]:
        """The result as one Arrow table, each column made Python values at once: a third
        of the time of a dict per row (a page of 50,000 claims: 0.34 against 0.49 s).

        On a connection of its own, closed after: LadybugDB keeps each statement with
        parameters prepared in its connection, and a prepared join keeps page cache memory,
        so a few different big reads on one connection fill the cache ("buffer pool is full":
        the neo4j-admin export of 1M people with 512 MiB, of 100k people with 128 MiB; each
        read alone, repeated, fits in 64 MiB)."""
        conn = ladybug.Connection(self._db)
        try:
            result: Any = conn.execute(query, params or {})  # one statement: one result
            table = result.get_as_arrow(-1)
        except RuntimeError as exc:
            raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc
        finally:
            conn.close()
        if not table.num_rows:
            return {}
        return {name: table.column(name).to_pylist() for name in table.column_names}

    def read_all(self, query: str, batch: int = PAGE) -> Iterator[dict[str, list[Any]]]:
        """LadybugDB's ``COPY (query) TO`` a Parquet file (in a temporary folder, deleted
        after), read back ``batch`` rows at a time: one scan of the table, streamed to disk, where
        a read of each page of a table scans the whole table (at a million people the export's
        claims took a 4.7M-row scan per page of 50,000). Parquet keeps every value as it is."""
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        with tempfile.TemporaryDirectory(prefix="celebgraph-read-") as folder:
            path = Path(folder) / "rows.parquet"
            conn = ladybug.Connection(self._db)  # of its own, as in read_columns
            try:
                # one thread: a parallel COPY TO Parquet holds what it copies in the page cache
                # (all of 100k people's 470,949 claims needed more than 96 MiB; one thread
                # copies them in 64)
                conn.execute("CALL threads=1")
                result: Any = conn.execute(f"{query} LIMIT 0")
                names = result.get_column_names()
                conn.execute(f"COPY ({query}) TO '{path}'")
            except RuntimeError as exc:
                raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc
            finally:
                conn.close()
            rows = pq.ParquetFile(path)
            if rows.schema_arrow.names != names:  # COPY TO writes an expression returned twice
                raise QueryError(f"LadybugDB copied the columns {rows.schema_arrow.names} of "
                                 f"{names}: return each expression once")  # once, names shifted
            for got in rows.iter_batches(batch_size=batch):
                if got.num_rows:
                    yield {name: got.column(name).to_pylist() for name in got.schema.names}

    def pages(self, label: str, key: str, page: int = PAGE) -> list[tuple[Any, Any]]:
        """Ranges of node offsets (a node's place in its LadybugDB table): a page reads its
        range alone, where a range of keys scans the whole table per page, and the keys'
        bounds took a sort of the table per page."""
        rows = self.read(f"MATCH (n:{label}) RETURN max(offset(id(n))) AS last")
        last = rows[0]["last"] if rows else None
        if last is None:
            return []
        return [(low, min(low + page - 1, last)) for low in range(0, last + 1, page)]

    def page_test(self, var: str, key: str) -> str:
        return f"offset(id({var})) >= $low AND offset(id({var})) <= $high"

    def page_order(self, var: str, key: str) -> str:
        return ""  # a page's nodes come in their offsets' order

    def _read_only(self, query: str, params: dict[str, Any]) -> list[Row]:
        LADYBUG_POLICY.check(self._planner.steps(query, params))
        self._conn.execute("BEGIN TRANSACTION READ ONLY")
        try:
            with warnings.catch_warnings():  # prepare: exactly one statement, never a list
                warnings.simplefilter("ignore", DeprecationWarning)
                prepared = self._conn.prepare(query, params)
                if not prepared.is_success():
                    raise QueryError(f"LadybugDB rejected the query: "
                                     f"{_first_line(prepared.get_error_message())}")
                rows = _rows(self._conn.execute(prepared, params))
        except RuntimeError as exc:
            raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc
        finally:
            self._rollback()
        return [{k: _plain(v) for k, v in row.items()} for row in rows]

    def _run(self, query: str, params: dict[str, Any]) -> list[Row]:
        try:
            return _Tx(self._conn).run(query, params)
        except RuntimeError as exc:
            raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc

    def write(self, work: Callable[[Any], T]) -> T:
        """Run ``work`` in one transaction; commit it only with room on the disk for it."""
        if self._failed:
            raise StoreError(f"{self._failed}; reopen the store before writing again")
        self._conn.execute("BEGIN TRANSACTION")
        try:
            result = work(_Tx(self._conn))
            self._room.check(self._room.for_commit(), "the next commit")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, RuntimeError):
                raise StoreError(f"write to {self.location} failed: {_first_line(exc)}") from exc
            raise
        self._commit()
        if log_size(Path(self.location)) > CHECKPOINT_AT:
            self.checkpoint()
        return result

    def _commit(self) -> None:
        wal = Path(f"{self.location}.wal")
        before = wal.stat().st_size if wal.exists() else 0
        try:
            self._conn.execute("COMMIT")
        except RuntimeError as exc:
            if wal.exists() and wal.stat().st_size > before:
                os.truncate(wal, before)  # the torn, unacknowledged commit: see ladybug_safety
            raise self._failure("a commit", exc) from exc
        grown = wal.stat().st_size - before if wal.exists() else 0
        self._room.largest_commit = max(self._room.largest_commit, grown)

    def checkpoint(self) -> None:
        """Fold the log (``.wal``) into the store file, if there is room on the disk for it."""
        if self.read_only or self._failed or not log_size(Path(self.location)):
            return
        self._room.check(self._room.for_checkpoint(), f"folding {self.location}.wal into it")
        try:
            self._conn.execute("CHECKPOINT")
        except RuntimeError as exc:
            raise self._failure(f"folding {self.location}.wal into it", exc) from exc

    def settle(self) -> None:
        """After an ingest: fold the log in once it is past ``SETTLED_AT`` (see
        ``ladybug_safety``); a smaller one stays, safe, for a later ingest to fold in."""
        if log_size(Path(self.location)) > SETTLED_AT:
            self.checkpoint()

    def _failure(self, what: str, exc: RuntimeError) -> StoreError:
        """The error for a failed commit or checkpoint, after which this handle writes no more
        (LadybugDB's state after a failed write is not worth trusting)."""
        self._failed = f"{what} of {self.location} failed"
        if self._room.free() < MIN_FREE:
            return self._room.full(f"{what} failed")
        return StoreError(f"{self._failed}: {_first_line(exc)}; nothing committed was lost")

    def _rollback(self) -> None:
        with contextlib.suppress(RuntimeError):  # a failed statement may have ended it already
            self._conn.execute("ROLLBACK")

    def bulk_load(
        self,
        people: Iterable[PersonRow],
        relationships: Iterable[RelRow],
        *,
        articles: Iterable[ArticleRow] = (),
        claims: Iterable[ClaimRow] = (),
        batch_size: int = 5000,
    ) -> None:
        """Like ``GraphStore.bulk_load``, but rows new to the store go in by ``COPY``: fast, and
        not atomic (see ``ladybug_bulk``; a failed load completes when run again, but for its
        claims, which must be new)."""
        self.load_articles(articles, batch_size)
        spool, tx = Spool(), _Tx(self._conn)
        try:
            for people_chunk in chunks(people, batch_size):
                load_people(self.write, tx, self.dialect, people_chunk, spool)
            for rels in chunks(relationships, batch_size):
                load_relationships(self.write, tx, self.dialect, rels, spool)
            for claim_chunk in chunks(claims, batch_size):
                load_claims(claim_chunk, spool)
            spool.people.clear()  # the keys only sort later chunks: free them before the copies
            spool.rels.clear()
            spool.flush(tx)
            self.checkpoint()
        except RuntimeError as exc:
            raise StoreError(f"bulk load into {self.location} failed: {_first_line(exc)}") from exc
        finally:
            spool.close()

    def neighbors(self, ids: Sequence[str]) -> list[Row]:
        return neighbors_with_props(self.read, self.text("PERSON_CLAIMS"), super().neighbors(ids))

    def neighborhood(self, pid: str, radius: int, dated: bool = True) -> list[Row]:
        rows = super().neighborhood(pid, radius)
        return neighbors_with_props(self.read, self.text("PERSON_CLAIMS"), rows) if dated else rows

    def shortest_path(self, a: str, b: str, max_hops: int) -> list[PathStep] | None:
        """Search from both ends, growing the smaller ball one link at a time; then walk from
        the meeting person down the distances to each end."""
        ball = {a: {a: 0}, b: {b: 0}}
        radius = {a: 0, b: 0}
        seen = _Seen()
        while True:
            meet = sorted((ball[a][m] + ball[b][m], m) for m in ball[a].keys() & ball[b].keys())
            if meet:
                m = meet[0][1]
                back = [{**s, "from": s["to"], "from_id": s["to_id"], "to": s["from"],
                         "to_id": s["from_id"], "forward": not s["forward"],
                         "links": [{**k, "out": not k["out"]} for k in s["links"]]}
                        for s in self._descend(m, a, ball[a], seen)]
                return back[::-1] + self._descend(m, b, ball[b], seen)
            if radius[a] + radius[b] >= max_hops:
                return None
            end = a if len(ball[a]) <= len(ball[b]) else b
            radius[end] += 1
            ball[end] = {end: 0, **self._ball(end, radius[end], seen)}
            if len(ball[end]) == 1:  # nobody around: no path
                return None

    def _ball(self, centre: str, radius: int, seen: _Seen) -> dict[str, int]:
        """Everyone within ``radius`` links of ``centre`` (but the centre), with the distance."""
        if radius == 1:
            return {r["other"]: 1 for r in self._links(centre, seen) if r["other"] != centre}
        rows = self.read(BALL % {"radius": radius}, {"id": centre})
        seen.names.update((r["id"], r["name"]) for r in rows)
        return {r["id"]: r["d"] for r in rows if r["id"] != centre}

    def _links(self, pid: str, seen: _Seen) -> list[Row]:
        """``pid``'s family links ``{other, name, type, out}``, each person asked once."""
        if pid not in seen.links:
            rows = self.read(LINKS, {"id": pid})
            seen.links[pid] = rows
            seen.names.update((r["other"], r["name"]) for r in rows)
            seen.names.update((pid, r["self_name"]) for r in rows[:1])
        return seen.links[pid]

    def _descend(self, start: str, centre: str, dist: dict[str, int],
                 seen: _Seen) -> list[PathStep]:
        """Steps from ``start`` to ``centre``, each to someone one link closer; ``links`` holds
        every link between the two people, so ``path`` need not look again."""
        steps: list[PathStep] = []
        here = start
        while dist[here] > 0:
            if dist[here] == 1 and centre in seen.links:  # the centre's links hold the last step
                around = [{**x, "other": centre, "out": not x["out"]}
                          for x in seen.links[centre] if x["other"] == here]
            else:
                around = self._links(here, seen)
            r = min((r for r in around if dist.get(r["other"]) == dist[here] - 1),
                    key=lambda r: (r["other"], r["type"]))
            links = [{"type": x["type"], "out": x["out"], "modality": x["modality"]}
                     for x in around if x["other"] == r["other"]]
            steps.append({"from": self._name(here, seen), "from_id": here, "type": r["type"],
                          "to": self._name(r["other"], seen), "to_id": r["other"],
                          "forward": r["out"], "links": links})
            here = r["other"]
        return steps

    def _name(self, pid: str, seen: _Seen) -> str:
        if pid not in seen.names:
            seen.names[pid] = self.read(self.text("PERSON"), {"id": pid})[0]["name"]
        return seen.names[pid]

    def close(self) -> None:
        self._planner.close()
        self._conn.close()
        self._db.close()


@dataclass
class _Seen:
    """What one path search has learnt: each person's links, and names."""

    links: dict[str, list[Row]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def missing_store(path: Path | str) -> StoreUnavailableError:
    """What to tell a user whose command needs a store at ``path`` where there is none."""
    return StoreUnavailableError(
        f"no celebgraph store at {path}: ingest articles first (`celebgraph ingest PATH "
        f"--store {path}`), or check --store / CELEBGRAPH_STORE."
    )


def _check_store_file(path: Path, read_only: bool) -> None:
    """A read needs a store at ``path``; an empty file is never a store (LadybugDB would take
    it for a new one and answer "0 people")."""
    if read_only and not path.exists():
        raise missing_store(path)
    if path.is_file() and path.stat().st_size == 0:
        raise StoreUnavailableError(
            f"{path} is an empty file, not a celebgraph store: remove it, or choose another "
            "--store."
        )


def _older_store(path: str) -> str:
    return (f"{path} was made by an older celebgraph, which kept claims as JSON strings: "
            f"rebuild it from its articles (move it away, then `celebgraph ingest PATH... "
            f"--store {path}`)")


def _open_error(path: str, exc: RuntimeError) -> StoreUnavailableError:
    """Why a store would not open, in one line: held by another process, or not a store."""
    reason = _first_line(exc).rstrip(".")
    if "lock" in reason.lower():
        hint = "another celebgraph process is using it; wait for it to finish"
    elif "buffer" in reason.lower():
        hint = "its page cache is too small: raise --buffer-pool (CELEBGRAPH_BUFFER_POOL)"
    else:
        hint = ("it is not a celebgraph store, or it is damaged (cut short or overwritten): "
                "choose another --store, or restore the file from a copy")
    return StoreUnavailableError(f"cannot open the embedded store {path}: {reason}. {hint}")


def _first_line(exc: BaseException | str) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    line = " ".join(lines[:1]) if lines else type(exc).__name__
    if "buffer pool is full" in line:  # a bulk load, a big write or read over the cap
        line += " (the page cache is too small for it: raise --buffer-pool, in MiB)"
    return line
