"""``Neo4jStore``: the graph in a Neo4j server over Bolt (the official driver)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as nx

from celebgraph.errors import (
    QueryError,
    StoreError,
    StoreUnavailableError,
    WriteQueryRefusedError,
    WriteTimeoutError,
)
from celebgraph.graph.cypher_neo4j import DIALECT, SCHEMA_NAMES, SHORTEST_PATH, SHOW_SCHEMA
from celebgraph.graph.readonly import check_neo4j_summary
from celebgraph.graph.store import GraphStore, PathStep, Row, Tx
from celebgraph.settings import DEFAULT_NEO4J_WRITE_TIMEOUT, Settings

__all__ = ["Neo4jStore"]

T = TypeVar("T")
_HINT = 'Start one with `eval "$(scripts/neo4j-local start)"` or check NEO4J_URI.'
# The server ended the transaction: it ran past its timeout, or was waiting for a lock then.
_TIMED_OUT = frozenset({
    "Neo.ClientError.Transaction.TransactionTimedOut",
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    "Neo.ClientError.Transaction.LockClientStopped",
})


def _plain(value: Any) -> Any:
    """Driver values as plain data: nodes and relationships become dicts, paths lists."""
    if isinstance(value, neo4j.graph.Node):
        return {"_label": next(iter(sorted(value.labels)), ""), **dict(value.items())}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_type": value.type, **dict(value.items())}
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [_plain(n) for n in value.nodes],
                "rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _reason(exc: Exception) -> str:
    """Why the driver could not connect, without its address bookkeeping."""
    text = str(exc)
    reason = re.search(r"\(reason ([^)]*)\)", text)
    if reason:
        return reason[1]
    first = text.splitlines()[0] if text else type(exc).__name__
    return re.sub(r" \(resolved to .*\)", "", first).rstrip(":")


def _first_line(message: str | None) -> str:
    """A server message without its caret diagram (the lines after the first)."""
    return (message or "").strip().splitlines()[0] if (message or "").strip() else "no reason"


class _Tx:
    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        result = self.tx.run(query, params or {})
        return [{k: _plain(v) for k, v in zip(rec.keys(), rec.values(), strict=True)}
                for rec in result]


class Neo4jStore(GraphStore):
    """A Neo4j database at ``uri`` (a driver may be injected; schema created on first use).

    The server ends a write transaction after ``write_timeout`` seconds (0: never) and rolls it
    back, so a client frozen while it holds the ingest lock holds it that long at most.
    """

    dialect = DIALECT

    def __init__(self, uri: str, username: str = "neo4j", password: str | None = None,
                 database: str | None = None, *, driver: neo4j.Driver | None = None,
                 write_timeout: float = DEFAULT_NEO4J_WRITE_TIMEOUT) -> None:
        self.location = uri
        self.database = database
        self.write_timeout = write_timeout
        self._username = username
        self._password = password or ""
        self._owns_driver = driver is None
        self._driver = driver or self._new_driver()
        self._guard(self._driver.verify_connectivity)
        self.setup_schema()
        self._check_version()

    def _check_version(self) -> None:
        """A graph written by a celebgraph that kept claims as JSON strings is not read."""
        rows = self.read(self.text("SCHEMA_VERSION"))
        if rows and rows[0]["schema"] is None:
            raise StoreUnavailableError(
                f"the graph in Neo4j at {self.location} was made by an older celebgraph, which "
                "kept claims as JSON strings: rebuild it from its articles (empty the database, "
                "then `celebgraph ingest PATH...`)")

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        return cls(settings.neo4j_uri or "", settings.neo4j_username,
                   settings.neo4j_password, settings.neo4j_database,
                   write_timeout=settings.neo4j_write_timeout)

    def _new_driver(self) -> neo4j.Driver:
        return neo4j.GraphDatabase.driver(
            self.location, auth=(self._username, self._password), connection_timeout=10,
            max_transaction_retry_time=5, notifications_min_severity="OFF",
        )

    def _guard(self, call: Callable[[], T]) -> T:
        """Run a driver call, turning driver faults into one-line store errors."""
        try:
            return call()
        except nx.AuthError as exc:
            raise StoreUnavailableError(
                f"Neo4j at {self.location} refused the credentials of user '{self._username}': "
                "check NEO4J_USERNAME and NEO4J_PASSWORD."
            ) from exc
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as exc:
            raise StoreUnavailableError(
                f"cannot reach Neo4j at {self.location}: {_reason(exc)}. {_HINT}"
            ) from exc
        except nx.ClientError as exc:
            if "AccessMode" in (exc.code or ""):
                raise WriteQueryRefusedError(
                    f"refused: queries are read-only, and Neo4j says: {exc.message}"
                ) from exc
            raise QueryError(f"Neo4j rejected the query: {_first_line(exc.message)}") from exc
        except nx.Neo4jError as exc:  # its message may go on with a lock wait list
            raise StoreError(f"Neo4j at {self.location} failed: {_first_line(exc.message)}"
                             ) from exc

    @contextmanager
    def _session(self, mode: str = neo4j.WRITE_ACCESS) -> Iterator[neo4j.Session]:
        """A session. Interrupted (Ctrl-C), it drops its connection instead of rolling back
        politely, which would wait for the running statement (or for the lock it queues on) to
        finish first; the server rolls back a transaction whose connection is gone."""
        session = self._driver.session(database=self.database, default_access_mode=mode)
        try:
            yield session
        except KeyboardInterrupt:
            if self._owns_driver:  # closing drops connections in use too, and waits for none
                self._driver.close()
                self._driver = self._new_driver()
            raise
        finally:
            session.close()

    def setup_schema(self) -> None:
        """Create the missing constraints and indexes; when none is missing, nothing is written.

        Clients opening a fresh database at the same time race to create them: a deadlock
        between them is retried (``_write_tx``), and a rule another client has created in the
        meantime counts as created.
        """
        def create(statement: str) -> None:
            try:
                self._write_tx(lambda tx: tx.run(statement).consume())
            except nx.ClientError as exc:
                if not (exc.code or "").endswith("AlreadyExists"):
                    raise

        def run() -> None:
            with self._session(neo4j.READ_ACCESS) as session:
                names = session.execute_read(lambda tx: {r["name"] for r in tx.run(SHOW_SCHEMA)})
            for name, statement in zip(SCHEMA_NAMES, self.dialect.schema, strict=True):
                if name not in names:
                    create(statement)

        self._guard(run)

    def _write_tx(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        """Run ``work`` in a write transaction of at most ``write_timeout`` seconds.

        The driver retries transient faults (deadlocks, a lost connection). A transaction the
        server ended at its timeout runs once more: a client frozen while holding a lock keeps
        it until the server ends its transaction, and those queued behind may have been ended
        by then too. Ended twice, it fails with ``WriteTimeoutError``.
        """
        unit = neo4j.unit_of_work(timeout=self.write_timeout)(work)
        ended: nx.ClientError | None = None
        for _ in range(2):
            try:
                with self._session() as session:
                    return session.execute_write(unit)
            except nx.ClientError as exc:
                if exc.code not in _TIMED_OUT:
                    raise
                ended = exc
        raise WriteTimeoutError(
            f"Neo4j at {self.location} rolled back a write that ran past the "
            f"{self.write_timeout:g} s write timeout (tried twice); nothing of it was stored. "
            "Run it again, with a higher --neo4j-write-timeout (NEO4J_WRITE_TIMEOUT) or a lower "
            "--batch-size if it keeps timing out."
        ) from ended

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._guard(lambda: self._in_tx(query, params or {}, neo4j.READ_ACCESS))

    def _read_only(self, query: str, params: dict[str, Any]) -> list[Row]:
        def explain(tx: neo4j.ManagedTransaction) -> neo4j.ResultSummary:
            return tx.run("EXPLAIN " + query, params).consume()

        def checked() -> list[Row]:
            with self._session(neo4j.READ_ACCESS) as session:
                summary = session.execute_read(explain)
                check_neo4j_summary(summary.query_type, summary.plan)
                return session.execute_read(lambda tx: _Tx(tx).run(query, params))

        return self._guard(checked)

    def _in_tx(self, query: str, params: dict[str, Any], mode: str) -> list[Row]:
        with self._session(mode) as session:
            if mode == neo4j.READ_ACCESS:
                return session.execute_read(lambda tx: _Tx(tx).run(query, params))
            return session.execute_write(lambda tx: _Tx(tx).run(query, params))

    def write(self, work: Callable[[Tx], T]) -> T:
        return self._guard(lambda: self._write_tx(lambda tx: work(_Tx(tx))))

    def shortest_path(self, a: str, b: str, max_hops: int) -> list[PathStep] | None:
        rows = self.read(SHORTEST_PATH % {"hops": int(max_hops)}, {"a": a, "b": b})
        if not rows:
            return None
        ids, names, types, starts = (rows[0][k] for k in ("ids", "names", "types", "starts"))
        return [{"from": names[i], "from_id": ids[i], "type": types[i], "to": names[i + 1],
                 "to_id": ids[i + 1], "forward": starts[i] == ids[i]} for i in range(len(types))]

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()
