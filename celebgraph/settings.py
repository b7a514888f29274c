"""Where the graph lives: one settings object, built by the CLI (or a caller), passed to ``open``.

The rule for choosing the store, in order: an explicit choice (``store=`` / ``--store PATH``, or
``neo4j_uri=`` / ``--neo4j URI``; never both), then ``NEO4J_URI`` from the environment, then
``CELEBGRAPH_STORE``, then ``./celebgraph.lbdb``. This module never reads the environment itself:
callers pass what they read (the CLI through click's ``envvar=``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from celebgraph.errors import CelebgraphError

__all__ = ["DEFAULT_BUFFER_POOL", "DEFAULT_NEO4J_WRITE_TIMEOUT", "DEFAULT_STORE_PATH", "Settings",
           "StoreChoiceError", "is_neo4j_uri", "neo4j_address"]

DEFAULT_STORE_PATH = "celebgraph.lbdb"
# Seconds a Neo4j write transaction may run (waiting for the ingest lock included) before the
# server ends it: far above an honest batch, short enough that a frozen client's lock goes soon.
DEFAULT_NEO4J_WRITE_TIMEOUT = 60.0
# MiB of the embedded store's page cache (LadybugDB's buffer pool; 0: its own default, 80% of
# the memory, which a long session fills with every page it ever read). Reads that take the
# whole store go a page at a time (graph.export), so a cap costs no command its answer. 512:
# ingest at 200k synthetic people took the same CPU time with 96 MiB (40% of the store) as
# with 1,024; half the memory at 1M people (#16) needs the cap's 1,024 halved too.
DEFAULT_BUFFER_POOL = 512
_NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def is_neo4j_uri(location: str) -> bool:
    """True for a Neo4j server address (``bolt://``, ``neo4j://`` and their TLS forms)."""
    return location.startswith(_NEO4J_SCHEMES)


class StoreChoiceError(CelebgraphError):
    """Both an embedded store file and a Neo4j URI were chosen explicitly, or an address that
    is not a Neo4j Bolt address."""


def neo4j_address(location: str) -> str:
    """A Neo4j address as the driver wants it: ``host:port`` means ``bolt://host:port``; an
    HTTP address (Neo4j Browser's port) is refused with the Bolt form to use instead."""
    if is_neo4j_uri(location):
        return location
    web = re.match(r"https?://([^/:]+)", location)
    if web:
        raise StoreChoiceError(f"'{location}' is Neo4j's web address; celebgraph talks Bolt: "
                               f"use bolt://{web.group(1)}:7687 (or the server's Bolt port)")
    if re.fullmatch(r"[\w.-]+:\d+", location):
        return "bolt://" + location
    raise StoreChoiceError(f"'{location}' is not a Neo4j address: use bolt://host:7687, "
                           "neo4j://host:7687 or host:7687")


@dataclass(frozen=True, slots=True)
class Settings:
    """Store settings. ``neo4j_uri`` set means Neo4j; otherwise the embedded store at ``store``.

    ``neo4j_write_timeout``: seconds the Neo4j server lets a write transaction run before it
    rolls it back (0: no limit). ``buffer_pool``: the embedded store's page cache in MiB (0:
    LadybugDB's default, 80% of the memory).
    """

    store: str = DEFAULT_STORE_PATH
    neo4j_uri: str | None = None
    neo4j_username: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    neo4j_write_timeout: float = DEFAULT_NEO4J_WRITE_TIMEOUT
    buffer_pool: int = DEFAULT_BUFFER_POOL

    def __post_init__(self) -> None:
        """A server address given as the store (``--store bolt://…``) means that server."""
        if is_neo4j_uri(self.store):
            object.__setattr__(self, "neo4j_uri", self.neo4j_uri or self.store)
            object.__setattr__(self, "store", DEFAULT_STORE_PATH)

    @property
    def uses_neo4j(self) -> bool:
        return bool(self.neo4j_uri)

    @classmethod
    def choose(cls, *, store: str | None = None, neo4j_uri: str | None = None,
               env_store: str | None = None, env_neo4j_uri: str | None = None,
               neo4j_username: str = "neo4j", neo4j_password: str | None = None,
               neo4j_database: str | None = None,
               neo4j_write_timeout: float = DEFAULT_NEO4J_WRITE_TIMEOUT,
               buffer_pool: int = DEFAULT_BUFFER_POOL) -> Settings:
        """Settings for the store chosen explicitly, else by the environment, else the default.

        Parameters
        ----------
        store, neo4j_uri
            An explicit choice (``--store PATH``, ``--neo4j URI``); at most one of them.
        env_store, env_neo4j_uri
            ``CELEBGRAPH_STORE`` and ``NEO4J_URI`` as read from the environment; the URI wins.

        Examples
        --------
        >>> Settings.choose(store="g.lbdb", env_neo4j_uri="bolt://db:7687").uses_neo4j
        False
        >>> Settings.choose(env_store="g.lbdb", env_neo4j_uri="bolt://db:7687").neo4j_uri
        'bolt://db:7687'
        >>> Settings.choose(store="bolt://db:7687").neo4j_uri  # a server given as the store
        'bolt://db:7687'
        """
        if store and neo4j_uri:
            raise StoreChoiceError(
                f"both --store {store} and --neo4j {neo4j_uri} were given: choose one store")
        base = cls(neo4j_username=neo4j_username, neo4j_password=neo4j_password,
                   neo4j_database=neo4j_database, neo4j_write_timeout=neo4j_write_timeout,
                   buffer_pool=buffer_pool)
        if store:
            return replace(base, store=store)
        uri = neo4j_uri or env_neo4j_uri
        if uri:
            return replace(base, neo4j_uri=neo4j_address(uri))
        return replace(base, store=env_store or DEFAULT_STORE_PATH)

    @classmethod
    def from_env(cls, environ: Mapping[str, str], *, store: str | None = None) -> Settings:
        """The settings the CLI would use with no store options, from ``environ`` (the caller
        passes ``os.environ``); ``store`` (a path or a Neo4j address) is an explicit choice.

        Examples
        --------
        >>> env = {"NEO4J_URI": "db:7687", "NEO4J_PASSWORD": "pw"}
        >>> Settings.from_env(env).neo4j_uri, Settings.from_env(env).neo4j_password
        ('bolt://db:7687', 'pw')
        >>> Settings.from_env(env, store="g.lbdb").uses_neo4j
        False
        """
        explicit_uri = store if store and is_neo4j_uri(store) else None
        timeout = environ.get("NEO4J_WRITE_TIMEOUT")
        pool = environ.get("CELEBGRAPH_BUFFER_POOL")
        return cls.choose(
            store=None if explicit_uri else store, neo4j_uri=explicit_uri,
            env_store=environ.get("CELEBGRAPH_STORE"), env_neo4j_uri=environ.get("NEO4J_URI"),
            neo4j_username=environ.get("NEO4J_USERNAME", "neo4j"),
            neo4j_password=environ.get("NEO4J_PASSWORD"),
            neo4j_database=environ.get("NEO4J_DATABASE"),
            neo4j_write_timeout=float(timeout) if timeout else DEFAULT_NEO4J_WRITE_TIMEOUT,
            buffer_pool=int(pool) if pool else DEFAULT_BUFFER_POOL)
