"""Extraction in worker processes gives what one process gives, in the same order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

from celebgraph.errors import CelebgraphError
from celebgraph.extract import extract_documents
from celebgraph.extract.parallel import chunk_documents, extract_in_processes, start_method
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.models import Document, Extraction

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

OWN_TEXTS = {
    "own-wedding": (
        "date 2023-05-02\n"
        "Painter Jane Doe married the architect John Roe in 2010.\n\n"
        "Their daughter, Mia Roe, was born in 2012. Jane Doe is turning 44 this year."
    ),
    "own-nothing": "The weather was mild on Tuesday, and the market closed early.",
    "own-divorce": (
        "Singer Sam Lee and his wife, Ana Lee, filed for divorce in 2021 after ten years of "
        "marriage. The couple share two sons."
    ),
}


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    docs = [document_from_text(p.read_text(encoding="utf-8"), p.stem)
            for p in sorted(EXAMPLES.glob("*.txt"))]
    docs += [document_from_text(text, doc_id) for doc_id, text in OWN_TEXTS.items()]
    assert len(docs) >= 4
    return docs


def _outcome(extractions: list[Extraction]) -> list[tuple[str, list[object], list[object]]]:
    return [(e.document.id, list(e.people), list(e.facts)) for e in extractions]


@pytest.fixture(scope="module")
def one_process(documents: list[Document]) -> list[Extraction]:
    return list(extract_documents(documents, workers=1))


def test_one_process_finds_facts(one_process: list[Extraction]) -> None:
    """Guards the comparisons below against comparing two empty results."""
    assert sum(len(e.facts) for e in one_process) >= 10
    assert [e.document.id for e in one_process if not e.facts] == ["own-nothing"]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_two_workers_same_facts_same_order(
    documents: list[Document], one_process: list[Extraction], batch_size: int
) -> None:
    two = list(extract_documents(documents, workers=2, batch_size=batch_size))
    assert _outcome(two) == _outcome(one_process)


def test_more_workers_than_documents(
    documents: list[Document], one_process: list[Extraction]
) -> None:
    two = list(extract_documents(documents[:1], workers=3))
    assert _outcome(two) == _outcome(one_process[:1])


@pytest.fixture
def busy_thread() -> Iterator[None]:
    """Another thread alive in this process for the duration of a test."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join()


def test_start_method_forks_only_without_other_threads(busy_thread: None) -> None:
    assert start_method() == "spawn"


@pytest.mark.slow
def test_spawned_workers_same_facts(
    busy_thread: None, documents: list[Document], one_process: list[Extraction]
) -> None:
    """With another thread running, workers are spawned and load the model themselves."""
    two = list(extract_documents(documents, workers=2, batch_size=2))
    assert _outcome(two) == _outcome(one_process)


def test_no_documents() -> None:
    assert list(extract_in_processes([], workers=2, batch_size=8)) == []


def test_bad_worker_count(documents: list[Document]) -> None:
    with pytest.raises(CelebgraphError, match="workers must be at least 1"):
        list(extract_in_processes(documents, workers=0, batch_size=8))


def test_stopping_early_does_not_wait_for_the_rest(documents: list[Document]) -> None:
    """Closing the stream after its first result cancels the documents not started. Timed
    against the same close on a stream of two documents (worker start-up and one document,
    nothing to cancel), so the machine's load slows both sides alike: waiting for all 400
    would add about 200 documents' time."""
    article = documents[0]
    one_doc = _seconds(lambda: list(extract_documents([article])))

    def first_then_close(n: int) -> Callable[[], None]:
        many = [Document(id=f"{article.id}#{i}", text=article.text) for i in range(n)]

        def run() -> None:
            stream = extract_in_processes(many, workers=2, batch_size=1)
            assert isinstance(stream, Generator)
            assert next(stream).document.id == many[0].id
            stream.close()

        return run

    nothing_to_cancel = _seconds(first_then_close(2))
    assert _seconds(first_then_close(400)) < 2 * nothing_to_cancel + 40 * one_doc


def _seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


@pytest.mark.parametrize(("n", "workers", "batch_size"), [(500, 2, 32), (10, 2, 32), (7, 3, 2)])
def test_chunks_cover_documents_in_order(n: int, workers: int, batch_size: int) -> None:
    docs = [Document(id=str(i), text="x") for i in range(n)]
    chunks = chunk_documents(docs, workers, batch_size)
    assert [d for chunk in chunks for d in chunk] == docs
    assert all(0 < len(chunk) <= batch_size for chunk in chunks)
    assert len(chunks) >= min(n, workers)
