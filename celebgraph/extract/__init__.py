"""Text → facts: the spaCy pipeline with celebgraph's relation component.

>>> facts = extract_facts("Jane Doe married John Roe in 2010.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from spacy.tokens import Doc

from celebgraph.extract.facts.assemble import assemble_reading, people_of
from celebgraph.extract.facts.confidence import default_min_confidence
from celebgraph.extract.pipeline import (
    COMPONENT,
    build_pipeline,
    load_pipeline,
    reading_document,
)
from celebgraph.extract.reading.pieces import parse_documents
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.extract.relations.reader import read_relations
from celebgraph.models import Document, Extraction, Fact

__all__ = [
    "COMPONENT",
    "build_pipeline",
    "default_min_confidence",
    "extract_document",
    "extract_documents",
    "extract_facts",
    "load_pipeline",
]


def _extraction(document: Document, doc: Doc) -> Extraction:
    """The relation component's reading of ``doc`` and its facts, assembled while the rules'
    token table is still there (one table per document)."""
    with reading_document(doc):
        reading = read_relations(doc, doc._.published)
        facts = assemble_reading(reading, document.id)
    people = people_of(reading.people, facts, reading.born_about)
    return Extraction(document=document, people=people, facts=facts)


def _kept(extraction: Extraction, min_confidence: float,
          modalities: Collection[str] | None) -> Extraction:
    facts = [f for f in extraction.facts if (f.confidence or 0.0) >= min_confidence
             and (modalities is None or f.modality in modalities)]
    if len(facts) == len(extraction.facts):
        return extraction
    named = {f.subject for f in facts} | {f.object for f in facts if f.object}
    people = [p for p in extraction.people if p.name in named]
    return Extraction(document=extraction.document, people=people, facts=facts)


def extract_documents(
    docs: Iterable[Document],
    *,
    workers: int = 1,
    batch_size: int = 32,
    min_confidence: float = 0.0,
    modalities: Collection[str] | None = None,
    cluster: str | None = None,
) -> Iterator[Extraction]:
    """Extract many documents, in input order; ``workers`` > 1 uses that many processes.

    Only facts with confidence ≥ ``min_confidence``, and of one of ``modalities`` when given,
    are kept. The library keeps every fact by default (each carries its confidence and
    modality); the CLI applies ``default_min_confidence()``, the threshold chosen in training,
    and ``celebgraph.models.STATED`` (asserted and reported facts).
    ``cluster`` (a Dask scheduler address or ``local:N``) extracts on a Dask cluster instead
    (``celebgraph.extract.cluster``), with the same results in the same order.
    Texts of any length are read whole; spaCy's model runs on pieces of long ones
    (``celebgraph.extract.reading.pieces``).
    """
    threshold = min_confidence
    if cluster:
        from celebgraph.extract.cluster import extract_on_cluster

        for extraction in extract_on_cluster(docs, cluster=cluster, batch_size=batch_size):
            yield _kept(extraction, threshold, modalities)
        return
    nlp = load_pipeline()
    if workers > 1:
        from celebgraph.extract.parallel import extract_in_processes

        for extraction in extract_in_processes(list(docs), workers=workers,
                                               batch_size=batch_size):
            yield _kept(extraction, threshold, modalities)
        return
    for document, doc in parse_documents(nlp, docs, batch_size):
        yield _kept(_extraction(document, doc), threshold, modalities)


def extract_document(document: Document, *, min_confidence: float = 0.0) -> Extraction:
    """Extract one document."""
    return next(extract_documents([document], min_confidence=min_confidence))


def extract_facts(
    text: str,
    doc_id: str | None = None,
    published: str | None = None,
    *,
    min_confidence: float = 0.0,
) -> list[Fact]:
    """The facts of one text (FACTS.md schema). ``published`` defaults to a ``date`` line."""
    document = document_from_text(text, doc_id or "text", published=published)
    return extract_document(document, min_confidence=min_confidence).facts
