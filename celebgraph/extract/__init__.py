"""Text → facts: the spaCy pipeline with celebgraph's relation component.

>>> facts = extract_facts("Jane Doe married John Roe in 2010.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from celebgraph.extract.facts.assemble import assemble, people_of
from celebgraph.extract.pipeline import COMPONENT, build_pipeline, load_pipeline
from celebgraph.extract.reading.pieces import parse_documents
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.models import Document, Extraction, Fact

__all__ = [
    "COMPONENT",
    "build_pipeline",
    "extract_document",
    "extract_documents",
    "extract_facts",
    "load_pipeline",
]


def _extraction(nlp: Language, document: Document, doc: Doc) -> Extraction:
    reading = nlp.get_pipe(COMPONENT)(doc)._.celebgraph_raw
    facts = assemble(reading.facts, reading.people, document.id, reading.excluded)
    return Extraction(document=document, people=people_of(reading.people, facts), facts=facts)


def extract_documents(
    docs: Iterable[Document], *, workers: int = 1, batch_size: int = 32
) -> Iterator[Extraction]:
    """Extract many documents, in input order; ``workers`` > 1 uses that many processes.

    Texts of any length are read whole; spaCy's model runs on pieces of long ones
    (``celebgraph.extract.reading.pieces``).
    """
    nlp = load_pipeline()
    if workers > 1:
        from celebgraph.extract.parallel import extract_in_processes

        yield from extract_in_processes(list(docs), workers=workers, batch_size=batch_size)
        return
    for document, doc in parse_documents(nlp, docs, batch_size):
        yield _extraction(nlp, document, doc)


def extract_document(document: Document) -> Extraction:
    """Extract one document."""
    return next(extract_documents([document]))


def extract_facts(text: str, doc_id: str | None = None, published: str | None = None) -> list[Fact]:
    """The facts of one text (FACTS.md schema). ``published`` defaults to a ``date`` line."""
    document = document_from_text(text, doc_id or "text", published=published)
    return extract_document(document).facts
