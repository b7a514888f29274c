"""Ingest: read articles, extract facts, resolve people across articles, write in batches.

An article is skipped when its sha256 is already in the store and marked done; a changed
article has its own claims replaced; everything of one batch commits in one transaction, and
articles are marked done in that same transaction, so a failed batch is picked up next run.
Clients ingesting into one Neo4j at once take turns (``lock_claims``): a batch whose people were
resolved before another client's write committed is resolved and written again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from celebgraph.errors import InputError, StoreError
from celebgraph.graph.resolve import resolve
from celebgraph.graph.store import GraphStore, Tx
from celebgraph.graph.writer import (
    StaleResolution,
    collect,
    ingest_tx,
    lock_claims,
    remove_articles_tx,
)
from celebgraph.models import Document, Extraction

__all__ = ["IngestProgress", "IngestSummary", "ingest", "ingest_extractions", "remove_articles"]

T = TypeVar("T")
_ATTEMPTS = 5  # of one batch, when other clients' writes keep landing between read and write


@dataclass
class IngestSummary:
    """What one ingest did; ``people``/``relationships`` are the store's totals afterwards."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    facts: int = 0
    people: int = 0
    relationships: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.updated + self.failed

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (f"{self.documents} documents: {self.new} new, {self.unchanged} unchanged, "
                f"{self.updated} updated, {self.failed} failed; {self.facts} facts; "
                f"graph has {self.people} people, {self.relationships} relationships")


@dataclass(frozen=True)
class IngestProgress:
    """Passed to the progress callback after each batch (and each bad input)."""

    documents: int
    facts: int
    elapsed: float
    total: int | None = None


ProgressCallback = Callable[[IngestProgress], None]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_extractions(
    store: GraphStore,
    extractions: Iterable[Extraction],
    *,
    batch_size: int = 64,
    progress: ProgressCallback | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Write already-extracted articles (the path ``ingest`` and tests share)."""
    summary = summary or IngestSummary()
    started = time.monotonic()
    for batch in _batches(extractions, batch_size):
        _write_batch(store, batch, summary)
        if progress:
            progress(IngestProgress(summary.documents, summary.facts, time.monotonic() - started))
    store.checkpoint()
    _totals(store, summary)
    return summary


def _write_batch(store: GraphStore, batch: Sequence[Extraction], summary: IngestSummary) -> None:
    """Write one batch; start it over when another client's write lands in between."""
    for _ in range(_ATTEMPTS):
        try:
            done = _try_batch(store, batch)
        except StaleResolution:
            continue
        summary.unchanged += done.unchanged
        summary.updated += done.updated
        summary.new += done.new
        summary.facts += done.facts
        return
    raise StoreError(
        f"{store.location} kept changing while {len(batch)} articles were being written "
        f"({_ATTEMPTS} tries): other clients are writing to it; run the ingest again."
    )


def _try_batch(store: GraphStore, batch: Sequence[Extraction]) -> IngestSummary:
    done = IngestSummary()
    resolved_at = store.claims_version()  # before anything is read that the write relies on
    states = store.article_states([e.document.id for e in batch])
    todo: dict[str, Extraction] = {}
    updated: list[str] = []
    for ext in batch:
        doc = ext.document
        state = states.get(doc.id)
        if state and state["sha256"] == doc.sha256 and state["done"]:
            done.unchanged += 1
        elif doc.id not in todo:
            todo[doc.id] = ext
            if state:
                updated.append(doc.id)
    if not todo:
        return done
    extractions = list(todo.values())
    resolution = resolve(store, extractions)
    contributions = collect(extractions, resolution)

    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect, resolved_at)
        if updated:
            remove_articles_tx(tx, store.dialect, updated)
        ingest_tx(tx, store.dialect, extractions, contributions)

    store.write(work)
    done.updated = len(updated)
    done.new = len(extractions) - len(updated)
    done.facts = sum(len(e.facts) for e in extractions)
    return done


def _totals(store: GraphStore, summary: IngestSummary) -> None:
    from celebgraph.graph.queries import stats

    counts = stats(store)
    summary.people = counts["people"]
    summary.relationships = sum(counts["relationships"].values())


def _documents(paths: Sequence[str | Path], published: str | None,
               summary: IngestSummary) -> Iterator[Document]:
    from celebgraph.extract.sources import iter_documents

    for item in iter_documents([str(p) for p in paths], published=published):
        if isinstance(item, InputError):
            summary.failed += 1
            summary.errors.append(str(item))
        else:
            yield item


def _changed(store: GraphStore, documents: Iterable[Document], size: int,
             summary: IngestSummary) -> Iterator[Document]:
    """Drop unchanged articles before the (costly) extraction; they count as unchanged."""
    for chunk in _batches(documents, size):
        states = store.article_states([d.id for d in chunk])
        for doc in chunk:
            state = states.get(doc.id)
            if state and state["sha256"] == doc.sha256 and state["done"]:
                summary.unchanged += 1
            else:
                yield doc


def ingest(
    store: GraphStore,
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Read, extract and write every article under ``paths``; bad inputs are counted, not fatal.

    Examples
    --------
    >>> summary = ingest(store, ["examples/"])  # doctest: +SKIP
    >>> summary.line()  # doctest: +SKIP
    '2 documents: 2 new, 0 unchanged, 0 updated, 0 failed; ...'
    """
    from celebgraph.extract import extract_documents

    summary = IngestSummary()
    documents = _changed(store, _documents(paths, published, summary), batch_size, summary)
    extractions = extract_documents(documents, workers=workers, batch_size=batch_size)
    return ingest_extractions(store, extractions, batch_size=batch_size, progress=progress,
                              summary=summary)


def remove_articles(store: GraphStore, ids: Sequence[str]) -> None:
    """Take articles out of the graph, with every claim that only they supported."""
    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect)
        remove_articles_tx(tx, store.dialect, ids, drop_articles=True)

    store.write(work)
    store.checkpoint()
