"""Text → facts: the spaCy pipeline with celebgraph's relation component.

>>> facts = extract_facts("Jane Doe married John Roe in 2010.")  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from celebgraph.extract.assemble import assemble, people_of
from celebgraph.extract.pipeline import COMPONENT, build_pipeline, load_pipeline
from celebgraph.extract.sources import document_from_text
from celebgraph.models import Document, Extraction, Fact

__all__ = [
    "COMPONENT",
    "build_pipeline",
    "extract_document",
    "extract_documents",
    "extract_facts",
    "load_pipeline",
]


_DATE_LINE = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}[^\n]*")


def _blank_date_line(text: str) -> str:
    """The ``date YYYY-MM-DD`` line is metadata: blank it (same length, so spans still fit)."""
    found = _DATE_LINE.match(text)
    return " " * found.end() + text[found.end() :] if found else text


def _prepare(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(_blank_date_line(document.text))
    doc._.published = document.published
    return doc


def _extraction(document: Document, doc: Doc) -> Extraction:
    reading = doc._.celebgraph_raw
    facts = assemble(reading.facts, reading.people, document.id, reading.excluded)
    return Extraction(document=document, people=people_of(reading.people, facts), facts=facts)


def extract_documents(
    docs: Iterable[Document], *, workers: int = 1, batch_size: int = 32
) -> Iterator[Extraction]:
    """Extract many documents, in input order; ``workers`` > 1 uses that many processes."""
    nlp = load_pipeline()
    documents = list(docs) if workers > 1 else docs
    if workers > 1:
        from celebgraph.extract.parallel import extract_in_processes

        yield from extract_in_processes(documents, workers=workers, batch_size=batch_size)  # type: ignore[arg-type]
        return
    pending: list[Document] = []

    def prepared() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            yield _prepare(nlp, document)

    for doc in nlp.pipe(prepared(), batch_size=batch_size):
        yield _extraction(pending.pop(0), doc)


def extract_document(document: Document) -> Extraction:
    """Extract one document."""
    return next(extract_documents([document]))


def extract_facts(text: str, doc_id: str | None = None, published: str | None = None) -> list[Fact]:
    """The facts of one text (FACTS.md schema). ``published`` defaults to a ``date`` line."""
    document = document_from_text(text, doc_id or "text", published=published)
    return extract_document(document).facts
