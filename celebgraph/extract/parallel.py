"""Extraction in worker processes: chunks of documents out, extractions back, in input order.

Each worker builds the pipeline once (``load_pipeline`` in the pool's initializer) and runs the
single-process path on each chunk it is sent, so its results are exactly those of one process.
On Linux the workers are forked: a pipeline the parent already loaded is shared copy-on-write
and a worker is ready at once. Where fork is unavailable, or other threads run in the parent
(a lock held by one of them would stay held in the child), the workers are spawned instead and
each loads the model itself.
"""

from __future__ import annotations

import math
import multiprocessing
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from celebgraph.errors import CelebgraphError
from celebgraph.models import Document, Extraction

__all__ = ["chunk_documents", "extract_in_processes", "start_method"]

# Chunks per worker to aim for: enough to even out the last chunks, few enough to amortize
# the pickling and the start of each ``nlp.pipe``.
CHUNKS_PER_WORKER = 4


def start_method() -> str:
    """``"fork"`` on Linux when this process runs no other thread, else ``"spawn"``."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def chunk_documents(
    documents: list[Document], workers: int, batch_size: int
) -> list[list[Document]]:
    """Split into chunks of at most ``batch_size``, about ``CHUNKS_PER_WORKER`` per worker."""
    wanted = math.ceil(len(documents) / (workers * CHUNKS_PER_WORKER))
    size = max(1, min(batch_size, wanted))
    return [documents[i : i + size] for i in range(0, len(documents), size)]


def _start_worker() -> None:
    """Pool initializer: build this process's pipeline before the first chunk arrives."""
    from celebgraph.extract.pipeline import load_pipeline

    load_pipeline()


def _extract_chunk(chunk: list[Document], batch_size: int) -> list[Extraction]:
    """One task: the single-process extractor over one chunk."""
    from celebgraph.extract import extract_documents

    return list(extract_documents(chunk, workers=1, batch_size=batch_size, min_confidence=0.0))


def extract_in_processes(
    documents: list[Document], *, workers: int, batch_size: int
) -> Iterator[Extraction]:
    """Extract ``documents`` with ``workers`` processes, yielding results in input order.

    Raises
    ------
    CelebgraphError
        When a worker process dies (killed, out of memory) or cannot start.
    """
    if workers < 1:
        raise CelebgraphError(f"workers must be at least 1, got {workers}")
    chunks = chunk_documents(documents, workers, batch_size)
    if not chunks:
        return
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=multiprocessing.get_context(start_method()),
        initializer=_start_worker,
    )
    try:
        for extractions in pool.map(_extract_chunk, chunks, [batch_size] * len(chunks)):
            yield from extractions
    except BrokenProcessPool as exc:
        raise CelebgraphError(
            f"an extraction worker process died ({exc}); rerun with --workers 1 to see why"
        ) from exc
    finally:
        # A consumer that stops early should not wait for the chunks it will never read.
        pool.shutdown(wait=True, cancel_futures=True)
