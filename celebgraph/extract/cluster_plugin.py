"""The Dask worker plugin that builds celebgraph's pipeline on each worker before its tasks.

Imported only where ``distributed`` is installed (``celebgraph.extract.cluster`` checks first).
"""

from __future__ import annotations

import asyncio

from distributed import Worker, WorkerPlugin

__all__ = ["PipelineLoader"]


class PipelineLoader(WorkerPlugin):
    """Loads the spaCy pipeline once per worker process: on registration for the workers
    there, as it starts for a worker that joins later; a second registration is ignored."""

    name = "celebgraph-pipeline"
    idempotent = True

    async def setup(self, worker: Worker) -> None:
        from celebgraph.extract.pipeline import load_pipeline

        # In a thread: loading takes seconds, and the worker's event loop must keep answering.
        await asyncio.to_thread(load_pipeline)
