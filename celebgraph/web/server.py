"""Running the web app with uvicorn: in the foreground (``celebgraph serve``) or on a thread
(tests, benchmarks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn

from celebgraph.errors import CelebgraphError
from celebgraph.graph.api import Graph
from celebgraph.web.app import create_app

__all__ = ["LOOPBACK", "background", "serve"]

LOOPBACK = "127.0.0.1"


def _server(graph: Graph, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(create_app(graph), host=host, port=port, log_level="warning",
                            access_log=False, lifespan="off")
    return uvicorn.Server(config)


def _url(server: uvicorn.Server, host: str) -> str:
    port = server.servers[0].sockets[0].getsockname()[1]
    return f"http://{host}:{port}"


def serve(graph: Graph, host: str = LOOPBACK, port: int = 8000,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``graph`` until Ctrl-C; ``ready(url)`` is called once it listens (port 0: any
    free port)."""
    server = _server(graph, host, port)
    if ready is not None:
        started = server.startup

        async def startup(sockets: object = None) -> None:
            await started(sockets)  # type: ignore[arg-type]
            if server.started:
                ready(_url(server, host))

        server.startup = startup  # type: ignore[method-assign]
    server.run()
    if not server.started:
        raise CelebgraphError(f"cannot listen on {host}:{port}: is the port in use?")


@contextmanager
def background(graph: Graph, host: str = LOOPBACK, port: int = 0,
               timeout: float = 10.0) -> Iterator[str]:
    """Serve ``graph`` on a thread while the block runs; yields the base URL."""
    server = _server(graph, host, port)
    thread = threading.Thread(target=server.run, name="celebgraph-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise CelebgraphError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield _url(server, host)
    finally:
        server.should_exit = True
        thread.join(timeout)
