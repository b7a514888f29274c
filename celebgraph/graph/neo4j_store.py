"""``Neo4jStore``: the graph in a Neo4j server over Bolt (the official driver)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as nx

from celebgraph.errors import (
    QueryError,
    StoreError,
    StoreUnavailableError,
    WriteQueryRefusedError,
)
from celebgraph.graph.cypher_neo4j import DIALECT, SHORTEST_PATH
from celebgraph.graph.readonly import check_neo4j_summary
from celebgraph.graph.store import GraphStore, PathStep, Row, Tx
from celebgraph.settings import Settings

__all__ = ["Neo4jStore"]

T = TypeVar("T")
_HINT = 'Start one with `eval "$(scripts/neo4j-local start)"` or check NEO4J_URI.'


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
    """A Neo4j database at ``uri`` (a driver may be injected; schema created on first use)."""

    dialect = DIALECT

    def __init__(self, uri: str, username: str = "neo4j", password: str | None = None,
                 database: str | None = None, *, driver: neo4j.Driver | None = None) -> None:
        self.location = uri
        self.database = database
        self._username = username
        self._owns_driver = driver is None
        self._driver = driver or neo4j.GraphDatabase.driver(
            uri, auth=(username, password or ""), connection_timeout=10,
            max_transaction_retry_time=5, notifications_min_severity="OFF",
        )
        self._guard(self._driver.verify_connectivity)
        self.setup_schema()

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        return cls(settings.neo4j_uri or "", settings.neo4j_username,
                   settings.neo4j_password, settings.neo4j_database)

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
        except nx.Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.location} failed: {exc.message}") from exc

    def _session(self, mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def setup_schema(self) -> None:
        def run() -> None:
            with self._session() as session:
                for statement in self.dialect.schema:  # schema changes: one auto-commit each
                    session.run(statement).consume()

        self._guard(run)

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
        def run() -> T:
            with self._session() as session:
                return session.execute_write(lambda tx: work(_Tx(tx)))

        return self._guard(run)

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
