"""Real clients of a real Neo4j server for the concurrency and fault tests: ``celebgraph`` and
Python API processes (that start together, if asked), a database without its schema, a wait
for a write blocked on a lock, and a proxy through which the server goes away mid-command.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

import neo4j

from celebgraph.settings import Settings

__all__ = ["CuttingProxy", "api_ingest", "blocked", "celebgraph", "ctrl_c_as_at_a_terminal",
           "drop_schema", "env_for", "wait_until_blocked"]

TESTS = Path(__file__).resolve().parent
# The console script's code; started with ``python -c`` so the interpreter is this one.
_CLI = "from celebgraph.cli import main; main()"
# Everything imported first, then (when asked) wait for GO to exist: clients start together.
_READY_THEN_GO = """
import sys, time
from pathlib import Path
from celebgraph.cli.app import _register_commands, main
from celebgraph.graph import open_graph
from celebgraph.settings import Settings
from test_concurrent_ingest import marriage
_register_commands()
ready, go = Path(sys.argv[1]), Path(sys.argv[2])
ready.touch()
while not go.exists():
    time.sleep(0.005)
"""
_RUN_CLI = _READY_THEN_GO + 'sys.argv = ["celebgraph", *sys.argv[3:]]\nmain()\n'
_RUN_INGEST = _READY_THEN_GO + """
import json
doc, wife, husband = sys.argv[4:7]
with open_graph(Settings(**json.loads(sys.argv[3]))) as graph:
    graph.ingest_extractions([marriage(doc, wife, husband)])
"""


def env_for(settings: Settings) -> dict[str, str]:
    """This environment with the NEO4J_* variables of ``settings`` and nothing else of Neo4j's."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NEO4J_", "CELEBGRAPH_"))}
    env.update(NEO4J_URI=settings.neo4j_uri or "", NEO4J_USERNAME=settings.neo4j_username,
               NEO4J_PASSWORD=settings.neo4j_password or "",
               PYTHONPATH=os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]))
    if settings.neo4j_database:
        env["NEO4J_DATABASE"] = settings.neo4j_database
    return env


def ctrl_c_as_at_a_terminal() -> None:
    """In the child before it starts: SIGINT does what it does at a terminal. A suite started
    in the background by a script (``(nohup .ci/run &)``) inherits SIGINT ignored; Python then
    never raises KeyboardInterrupt, and the Ctrl-C tests would fail for no fault of the code."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(code: str, args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=ctrl_c_as_at_a_terminal)


def celebgraph(args: list[str], settings: Settings, *, barrier: tuple[Path, Path] | None = None,
               ) -> subprocess.Popen[str]:
    """The ``celebgraph`` command in its own process, NEO4J_* from ``settings``, its standard
    streams pipes; with a barrier ``(ready, go)``: imports done, it touches ``ready`` and waits
    for ``go`` to exist."""
    if barrier is None:
        return _start(_CLI, args, env_for(settings))
    return _start(_RUN_CLI, [*map(str, barrier), *args], env_for(settings))


def api_ingest(settings: Settings, doc: str, wife: str, husband: str, *,
               barrier: tuple[Path, Path]) -> subprocess.Popen[str]:
    """A process that ingests "WIFE married HUSBAND" (article DOC) through the Python API."""
    return _start(_RUN_INGEST, [*map(str, barrier), json.dumps(asdict(settings)), doc, wife,
                                husband], env_for(settings))


def drop_schema(driver: neo4j.Driver, database: str | None) -> None:
    """Drop every constraint and index but Neo4j's own token lookups: a fresh database."""
    for name in [r["name"] for r in driver.execute_query(
            "SHOW CONSTRAINTS YIELD name", database_=database).records]:
        driver.execute_query(f"DROP CONSTRAINT {name}", database_=database)
    for name in [r["name"] for r in driver.execute_query(
            "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'", database_=database).records]:
        driver.execute_query(f"DROP INDEX {name}", database_=database)


def blocked(driver: neo4j.Driver) -> list[str]:
    """The statements of the server's transactions that wait for a lock another one holds."""
    rows = driver.execute_query("SHOW TRANSACTIONS YIELD status, currentQuery").records
    return [r["currentQuery"] for r in rows if r["status"].startswith("Blocked")]


def wait_until_blocked(driver: neo4j.Driver, timeout: float = 120) -> None:
    """Return once some transaction of the server waits for a lock another one holds."""
    deadline = time.monotonic() + timeout
    while not blocked(driver):
        assert time.monotonic() < deadline, f"no transaction waited for a lock within {timeout} s"
        time.sleep(0.1)


class CuttingProxy:
    """A TCP proxy to a Neo4j server that goes away for good once a client sends ``marker``
    (a piece of Cypher): it drops every connection and refuses new ones."""

    def __init__(self, uri: str, marker: bytes) -> None:
        host, port = uri.split("://", 1)[1].rsplit(":", 1)
        self.target, self.marker = (host, int(port)), marker
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.uri = f"bolt://127.0.0.1:{self.listener.getsockname()[1]}"
        self.sockets: list[socket.socket] = []
        self.cut = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.cut.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, watch: bool) -> None:
        tail = b""  # the marker may straddle two reads
        try:
            while data := source.recv(65536):
                if watch and self.marker in tail + data:
                    self.close()
                    return
                tail = data[-len(self.marker):]
                sink.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.cut.set()
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
