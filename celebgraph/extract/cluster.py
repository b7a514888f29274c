"""Extraction on a Dask cluster: chunks of documents to the workers, extractions back in order.

``cluster`` is a scheduler address (``tcp://scheduler:8786``) or ``local:N`` for a
``LocalCluster`` of N one-thread worker processes on this machine. Each worker builds the
pipeline once (``PipelineLoader``, a worker plugin) and runs the single-process extractor on
the chunks it is sent. Chunks are submitted a window ahead of the one being read, so memory
stays bounded whatever the number of documents, and results come back in input order to the
one process that writes the graph: the graph is the one a single process builds. A task sends
back the people and facts only; the documents stay here. The last chunks are smaller, so that
the workers run out of work together instead of one idling while another ends a full chunk.
Every worker needs celebgraph (with its spaCy model) installed.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.models import Document, Extraction, Fact, Person

__all__ = ["extract_on_cluster", "local_cluster", "open_client", "tail_chunks"]

_WINDOW_PER_WORKER = 3  # chunks in flight per worker: enough to keep each one busy
_TAIL_PARTS = 4  # the last chunks are this many times smaller than the others
# Dask settings for a LocalCluster (README "Many machines" gives them for other clusters).
# Dask starts workers with MALLOC_TRIM_THRESHOLD_ set, which also fixes glibc's mmap threshold:
# every large array of the model is then mapped and unmapped again, 7-10% more CPU time.
# The rest are diagnostics no one reads here (the cluster has no dashboard) that cost CPU
# every wall-clock second whatever the work: a worker's profiler samples every thread's stack
# each 10 ms, event loops check their own speed each 20 ms, nannies poll memory each 100 ms.
_LOCAL_SETTINGS: dict[str, object] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}

Result = tuple[list[Person], list[Fact]]


def _extract_chunk(chunk: list[Document], batch_size: int) -> list[Result]:
    """One task, run on a worker: the single-process extractor over one chunk."""
    from celebgraph.extract import extract_documents

    extractions = extract_documents(chunk, workers=1, batch_size=batch_size, min_confidence=0.0)
    return [(e.people, e.facts) for e in extractions]


@contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """A ``LocalCluster`` of ``workers`` one-thread processes with glibc's default malloc and
    no profiling."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(_LOCAL_SETTINGS), LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


@contextmanager
def open_client(cluster: str) -> Iterator[Any]:
    """A Dask client for ``cluster`` (``local:N`` starts and stops a ``LocalCluster``), its
    workers loading the pipeline."""
    try:
        from distributed import Client

        from celebgraph.extract.cluster_plugin import PipelineLoader
    except ImportError as exc:
        raise CelebgraphError("--cluster needs Dask: pip install 'celebgraph[cluster]'") from exc
    if cluster.startswith("local:"):
        workers = cluster.partition(":")[2]
        if not workers.isdigit() or int(workers) < 1:
            raise CelebgraphError(f"'{cluster}': use local:N with N workers, e.g. local:2")
        with local_cluster(int(workers)) as local, Client(local) as client:
            client.register_plugin(PipelineLoader())
            yield client
        return
    try:
        client = Client(cluster, timeout=15)
    except (OSError, TimeoutError, ValueError) as exc:
        raise CelebgraphError(f"cannot reach the Dask scheduler at {cluster}: {exc}. Start one "
                              "with `dask scheduler` (and `dask worker ADDRESS`)") from exc
    with client:
        client.register_plugin(PipelineLoader())
        yield client


def tail_chunks(documents: Iterable[Document], size: int, workers: int) -> Iterator[list[Document]]:
    """Consecutive chunks of ``size`` documents; the last ``workers * size`` or fewer (held
    back until the input ends) in chunks of ``size / _TAIL_PARTS``."""
    held: list[Document] = []
    for doc in documents:
        held.append(doc)
        if len(held) >= (workers + 1) * size:
            yield held[:size]
            del held[:size]
    small = max(1, math.ceil(size / _TAIL_PARTS))
    for start in range(0, len(held), small):
        yield held[start : start + small]


def extract_on_cluster(documents: Iterable[Document], *, cluster: str,
                       batch_size: int = 32) -> Iterator[Extraction]:
    """Extract ``documents`` on the Dask cluster ``cluster``, yielding them in input order."""
    with open_client(cluster) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[tuple[list[Document], Any]] = deque()
        for chunk in tail_chunks(documents, batch_size, workers):
            future = client.submit(_extract_chunk, chunk, batch_size, pure=False)
            pending.append((chunk, future))
            if len(pending) >= workers * _WINDOW_PER_WORKER:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())


def _results(chunk: list[Document], future: Any) -> Iterator[Extraction]:
    try:
        results: list[Result] = future.result()
    except Exception as exc:  # a worker's failure, raised again here by Dask
        raise CelebgraphError(f"an extraction task failed on the cluster: {exc}") from exc
    for document, (people, facts) in zip(chunk, results, strict=True):
        yield Extraction(document=document, people=people, facts=facts)
