"""Extraction on a Dask cluster: chunks of documents to the workers, extractions back in order.

``cluster`` is a scheduler address (``tcp://scheduler:8786``) or ``local:N`` for a
``LocalCluster`` of N one-thread worker processes on this machine. Each worker runs the
single-process extractor on the chunks it is sent; the pipeline is built once per worker
process (``load_pipeline`` is cached there). Chunks are submitted a window ahead of the one
being read, so memory stays bounded whatever the number of documents, and results come back
in input order to the one process that writes the graph: the graph is the one a single
process builds. Every worker needs celebgraph (with its spaCy model) installed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.models import Document, Extraction

__all__ = ["extract_on_cluster", "open_client"]

_WINDOW_PER_WORKER = 3  # chunks in flight per worker: enough to keep each one busy


def _extract_chunk(chunk: list[Document], batch_size: int) -> list[Extraction]:
    """One task, run on a worker: the single-process extractor over one chunk."""
    from celebgraph.extract import extract_documents

    return list(extract_documents(chunk, workers=1, batch_size=batch_size, min_confidence=0.0))


@contextmanager
def open_client(cluster: str) -> Iterator[Any]:
    """A Dask client for ``cluster`` (``local:N`` starts and stops a ``LocalCluster``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise CelebgraphError("--cluster needs Dask: pip install 'celebgraph[cluster]'") from exc
    if cluster.startswith("local:"):
        workers = cluster.partition(":")[2]
        if not workers.isdigit() or int(workers) < 1:
            raise CelebgraphError(f"'{cluster}': use local:N with N workers, e.g. local:2")
        with LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                          dashboard_address=None) as local, Client(local) as client:
            yield client
        return
    try:
        client = Client(cluster, timeout=15)
    except (OSError, TimeoutError, ValueError) as exc:
        raise CelebgraphError(f"cannot reach the Dask scheduler at {cluster}: {exc}. Start one "
                              "with `dask scheduler` (and `dask worker ADDRESS`)") from exc
    with client:
        yield client


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in documents:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_on_cluster(documents: Iterable[Document], *, cluster: str,
                       batch_size: int = 32) -> Iterator[Extraction]:
    """Extract ``documents`` on the Dask cluster ``cluster``, yielding them in input order."""
    with open_client(cluster) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()
        for chunk in _chunks(documents, batch_size):
            pending.append(client.submit(_extract_chunk, chunk, batch_size, pure=False))
            if len(pending) >= workers * _WINDOW_PER_WORKER:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())


def _result(future: Any) -> list[Extraction]:
    try:
        extractions: list[Extraction] = future.result()
    except Exception as exc:  # a worker's failure, raised again here by Dask
        raise CelebgraphError(f"an extraction task failed on the cluster: {exc}") from exc
    return extractions
