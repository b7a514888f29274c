"""Shared pieces: the configuration, a running server's coordinates, the error, a file lock."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_VERSION = "5.26.30"
USERNAME = "neo4j"

Log = Callable[[str], None]


class Neo4jLocalError(Exception):
    """The local Neo4j server could not be fetched, started or stopped."""


def stderr_log(message: str) -> None:
    """Progress goes to stderr: stdout carries only the ``export`` lines."""
    print(f"neo4j-local: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True, slots=True)
class LocalConfig:
    """Where the jars and the server state live, and how big the server may grow."""

    version: str
    cache_dir: Path
    state_dir: Path
    heap: str = "512m"
    pagecache: str = "256m"
    port: int = 0  # 0: a free port, chosen at each start
    timeout: float = 120.0
    stop_timeout: float = 60.0

    def __post_init__(self) -> None:
        # Absolute paths: the pid check compares them with the JVM's command line.
        object.__setattr__(self, "cache_dir", Path(self.cache_dir).expanduser().absolute())
        object.__setattr__(self, "state_dir", Path(self.state_dir).expanduser().absolute())

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LocalConfig:
        """Build the configuration from the ``CELEBGRAPH_NEO4J_*`` variables (see ``--help``)."""
        env = os.environ if env is None else env
        version = env.get("CELEBGRAPH_NEO4J_VERSION", DEFAULT_VERSION)
        cache_root = Path(env.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "celebgraph"
        return cls(
            version=version,
            cache_dir=Path(env.get("CELEBGRAPH_NEO4J_CACHE", cache_root / f"neo4j-{version}")),
            state_dir=Path(env.get("CELEBGRAPH_NEO4J_STATE", cache_root / "neo4j-state")),
            heap=env.get("CELEBGRAPH_NEO4J_HEAP", "512m"),
            pagecache=env.get("CELEBGRAPH_NEO4J_PAGECACHE", "256m"),
            port=int(env.get("CELEBGRAPH_NEO4J_PORT", "0")),
            timeout=float(env.get("CELEBGRAPH_NEO4J_TIMEOUT", "120")),
        )

    @property
    def lib_dir(self) -> Path:
        return self.cache_dir / "lib"

    @property
    def cds_archive(self) -> Path:
        """Class-data-sharing archive of the server's classes, made by its first clean stop."""
        return self.cache_dir / "neo4j.jsa"

    @property
    def conf_dir(self) -> Path:
        return self.state_dir / "conf"

    @property
    def pidfile(self) -> Path:
        return self.state_dir / "run" / "neo4j.pid"

    @property
    def server_file(self) -> Path:
        """JSON with the running server's URI and pid."""
        return self.state_dir / "run" / "server.json"

    @property
    def password_file(self) -> Path:
        return self.state_dir / "password"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "logs" / "neo4j.log"

    @property
    def console_file(self) -> Path:
        return self.state_dir / "logs" / "console.log"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """A running server: where it listens and how to log in."""

    uri: str
    username: str
    password: str
    pid: int

    @property
    def port(self) -> int:
        return int(self.uri.rsplit(":", 1)[1])

    def exports(self) -> str:
        """Shell lines that point NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD at the server."""
        pairs = {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.username,
                 "NEO4J_PASSWORD": self.password}
        return "".join(f"export {k}={shlex.quote(v)}\n" for k, v in pairs.items())


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if needed) for the ``with`` body."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
