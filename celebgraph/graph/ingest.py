"""Ingest: read articles, extract facts, resolve people across articles, write in batches.

An article is skipped when its sha256 is already in the store and marked done; a changed
article has its own claims replaced; everything of one batch commits in one transaction, and
articles are marked done in that same transaction, so a failed batch is picked up next run.
Clients ingesting into one Neo4j at once take turns (``lock_claims``): a batch whose people were
resolved before another client's write committed is resolved again while it holds the lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from celebgraph.errors import InputError
from celebgraph.graph import curation as _curation
from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import WriteBatch
from celebgraph.graph.read_cache import ReadCache
from celebgraph.graph.resolve import resolve
from celebgraph.graph.store import GraphStore, Tx
from celebgraph.graph.writer import (
    Contributions,
    StaleResolution,
    collect,
    ingest_tx,
    lock_claims,
    remove_articles_tx,
)
from celebgraph.models import INGESTED, Document, Extraction

__all__ = ["IngestProgress", "IngestSummary", "article_id", "ingest", "ingest_extractions",
           "prune_missing", "read_articles", "remove_articles"]

T = TypeVar("T")


@dataclass
class IngestSummary:
    """What one ingest did; ``people``/``relationships`` are the store's totals afterwards."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    pruned: int = 0
    facts: int = 0
    people: int = 0
    relationships: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.updated + self.failed

    def as_dict(self) -> dict[str, Any]:
        """The summary for programs (``ingest --format json``)."""
        return {"documents": self.documents, **asdict(self)}

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (f"{self.documents} documents: {self.new} new, {self.unchanged} unchanged, "
                f"{self.updated} updated, {self.failed} failed"
                + (f", {self.pruned} pruned" if self.pruned else "") + f"; {self.facts} facts; "
                f"graph has {self.people} people, {self.relationships} relationships")


@dataclass(frozen=True)
class IngestProgress:
    """Passed to the progress callback as each document is extracted and after each batch."""

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
    cache = ReadCache(store)  # resolution's reads, kept from batch to batch
    for batch in _batches(extractions, batch_size):
        _write_batch(store, batch, summary, cache)
        if progress:
            progress(IngestProgress(summary.documents, summary.facts, time.monotonic() - started))
    _curation.apply(store)  # the user's decisions hold whatever the articles said
    store.settle()
    _totals(store, summary)
    return summary


@dataclass
class _Plan:
    """What one batch will write: its new and changed articles, their people resolved."""

    done: IngestSummary
    extractions: list[Extraction]
    updated: list[str]
    contributions: Contributions


def _write_batch(store: GraphStore, batch: Sequence[Extraction], summary: IngestSummary,
                 cache: ReadCache) -> None:
    """Write one batch, planned before its write takes the ingest lock. When another client's
    write has committed in between, the batch is planned again while its write holds the lock,
    where nothing can change under it: a batch never has to wait for a quiet moment. ``cache``
    holds what resolution read for earlier batches, kept while no other client writes."""
    resolved_at = store.claims_version()  # before anything is read that the write relies on
    cache.sync(resolved_at)
    plan = _plan(store, batch, cache)

    def planned_before(tx: Tx) -> tuple[int, list[WriteBatch]]:
        version = lock_claims(tx, store.dialect, resolved_at)
        return version, _apply(tx, store.dialect, plan, cache)

    def planned_under_lock(tx: Tx) -> tuple[int, list[WriteBatch]]:
        nonlocal plan
        version = lock_claims(tx, store.dialect)
        cache.clear()  # read before another client's write
        plan = _plan(store, batch, cache)
        return version, _apply(tx, store.dialect, plan, cache)

    if plan.extractions:
        try:
            version, written = store.write(planned_before)
        except StaleResolution:
            version, written = store.write(planned_under_lock)
        cache.forget_written(written, version)
    summary.unchanged += plan.done.unchanged
    summary.updated += plan.done.updated
    summary.new += plan.done.new
    summary.facts += plan.done.facts


def _plan(store: GraphStore, batch: Sequence[Extraction], cache: ReadCache) -> _Plan:
    done = IngestSummary()
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
    extractions = list(todo.values())
    contributions = collect(extractions, resolve(cache, extractions)) if todo else Contributions()
    done.updated = len(updated)
    done.new = len(extractions) - len(updated)
    done.facts = sum(len(e.facts) for e in extractions)
    return _Plan(done, extractions, updated, contributions)


def _apply(tx: Tx, dialect: Dialect, plan: _Plan, cache: ReadCache) -> list[WriteBatch]:
    """Write the plan; the rows written. Removing articles deletes links, never makes one, so
    a link the cache (read before) knows is absent still is."""
    written = []
    if plan.updated:
        written.append(remove_articles_tx(tx, dialect, plan.updated))
    if plan.extractions:
        written.append(ingest_tx(tx, dialect, plan.extractions, plan.contributions,
                                 cache.unlinked))
    return written


def _totals(store: GraphStore, summary: IngestSummary) -> None:
    from celebgraph.graph.queries import stats

    counts = stats(store)
    summary.people = counts["people"]
    summary.relationships = sum(counts["relationships"].values())


def article_id(document: Document) -> str:
    """An article is its source: the URL it carries (a fetched page, a feed item, a dataset
    row's url), else the resolved absolute path of its file (the same file from any working
    directory, through any link), never its bare file name; stdin keeps its id."""
    if document.url:
        return document.url
    if not document.path or document.path == "-":
        return document.id
    return os.path.realpath(document.path)


def read_articles(paths: Sequence[str | Path], published: str | None = None,
                  summary: IngestSummary | None = None,
                  columns: Mapping[str, str] | None = None) -> Iterator[Document]:
    """The articles under ``paths`` as ``ingest`` reads them, each with its ``article_id``;
    bad inputs go to ``summary``; ``columns`` maps a dataset's field names."""
    from celebgraph.extract.reading.sources import iter_documents

    for item in iter_documents([str(p) for p in paths], published=published, columns=columns):
        if isinstance(item, InputError):
            if summary is not None:
                summary.failed += 1
                summary.errors.append(str(item))
        else:
            yield replace(item, id=article_id(item))


def _changed(store: GraphStore, documents: Iterable[Document], size: int,
             summary: IngestSummary) -> Iterator[Document]:
    """Drop unchanged articles before the (costly) extraction; they count as unchanged. So
    does a text already stored (or read earlier in this run) under another source: the same
    text under two paths is one article."""
    seen: set[str] = set()
    for chunk in _batches(documents, size):
        states = store.article_states([d.id for d in chunk])
        fresh = [d.sha256 for d in chunk if d.id not in states]
        stored = {r["sha256"] for r in store.read(store.text("ARTICLES_BY_SHA"),
                                                  {"shas": fresh}) if r["done"]} if fresh else set()
        for doc in chunk:
            state = states.get(doc.id)
            same = state and state["sha256"] == doc.sha256 and state["done"]
            if same or (not state and doc.sha256 in stored) or doc.sha256 in seen:
                summary.unchanged += 1
            else:
                yield doc
            seen.add(doc.sha256)


def ingest(
    store: GraphStore,
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    progress: ProgressCallback | None = None,
    min_confidence: float = 0.0,
    columns: Mapping[str, str] | None = None,
    cluster: str | None = None,
    prune: bool = False,
) -> IngestSummary:
    """Read, extract and write every article under ``paths``; bad inputs are counted, not fatal.

    ``paths`` are files, directories, datasets, feeds and URLs as ``iter_documents`` reads
    them; ``columns`` maps a dataset's field names (``{"text": "body"}``). Articles are
    identified by ``article_id`` (their URL or resolved path). ``prune=True`` first removes
    the stored articles under the given folders whose files are gone.

    Facts with confidence below ``min_confidence`` are not written (default: every fact; the
    CLI applies ``celebgraph.extract.default_min_confidence()``). Only what the article
    states (``models.STATED``) becomes a relationship; a rumored or denied fact stays a claim
    of its article, shown when asked for (``modality="all"``). An unchanged article is
    skipped whatever the threshold.

    Examples
    --------
    >>> summary = ingest(store, ["examples/"])  # doctest: +SKIP
    >>> summary.line()  # doctest: +SKIP
    '2 documents: 2 new, 0 unchanged, 0 updated, 0 failed; ...'
    """
    from celebgraph.extract import extract_documents

    summary = IngestSummary()
    if prune:
        summary.pruned = prune_missing(store, paths)
    documents = _changed(store, read_articles(paths, published, summary, columns), batch_size,
                         summary)
    extractions = extract_documents(documents, workers=workers, batch_size=batch_size,
                                    min_confidence=min_confidence, modalities=INGESTED,
                                    cluster=cluster)
    if progress:
        extractions = _per_document(extractions, progress, summary)
    return ingest_extractions(store, extractions, batch_size=batch_size, progress=progress,
                              summary=summary)


def _per_document(extractions: Iterable[Extraction], progress: ProgressCallback,
                  summary: IngestSummary) -> Iterator[Extraction]:
    """Report progress as each document is extracted, not only when its batch is written:
    the documents read so far (skipped ones included) and their facts."""
    started = time.monotonic()
    facts = 0
    for read, extraction in enumerate(extractions, 1):
        facts += len(extraction.facts)
        skipped = summary.failed + summary.unchanged
        progress(IngestProgress(skipped + read, max(facts, summary.facts),
                                time.monotonic() - started))
        yield extraction


def prune_missing(store: GraphStore, paths: Sequence[str | Path]) -> int:
    """Remove the stored articles under these folders (or these files) whose file is gone."""
    roots = [os.path.realpath(p) for p in paths if str(p) != "-"]
    gone = [r["id"] for r in store.read(store.text("ALL_ARTICLES"))
            if any(r["id"] == root or r["id"].startswith(root.rstrip(os.sep) + os.sep)
                   for root in roots) and not os.path.exists(r["id"])]
    if gone:
        remove_articles(store, gone)
    return len(gone)


def remove_articles(store: GraphStore, ids: Sequence[str]) -> None:
    """Take articles out of the graph, with every claim that only they supported."""
    def work(tx: Tx) -> None:
        lock_claims(tx, store.dialect)
        remove_articles_tx(tx, store.dialect, ids, drop_articles=True)

    store.write(work)
    _curation.apply(store)
    store.settle()
