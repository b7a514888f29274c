"""Where the graph lives: one settings object, built by the CLI (or the caller) and passed to ``open``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_STORE_PATH", "Settings"]

DEFAULT_STORE_PATH = "celebgraph.lbdb"


@dataclass(frozen=True, slots=True)
class Settings:
    """Store settings. ``neo4j_uri`` set means Neo4j; otherwise the embedded store at ``store``."""

    store: str = DEFAULT_STORE_PATH
    neo4j_uri: str | None = None
    neo4j_username: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None

    @property
    def uses_neo4j(self) -> bool:
        return bool(self.neo4j_uri)
