"""Long texts in pieces: spaCy's model runs on pieces, the rules read the whole text.

spaCy refuses a text longer than ``nlp.max_length`` (error E088), and its model needs memory
in proportion to the text it is given at once: about 3 KB a character in ``tok2vec`` (a
160,000-character text took 500 MB). So a document longer than ``PIECE_CHARS`` is cut into
pieces at paragraph breaks (else after a sentence's end, else at a space), the model's pipes
run on the pieces in batches of at most ``BATCH_CHARS``, and the pieces are joined back into
one ``Doc`` of the whole text before the relation component reads it. The rules never see a
piece: the people of the whole article, who "she" and "the couple" are, and the publication
date carry across piece boundaries as across any paragraph, and character offsets are the
whole text's. A later extractor (one reading a dependency parse, say) gets the same: the
parser runs on the pieces like the other pipes. What a cut can change is the model's reading
of the few words next to it, as it sees no further than the cut: hence paragraph breaks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from celebgraph.extract.pipeline import COMPONENT
from celebgraph.extract.products import one_blas_thread
from celebgraph.models import Document

__all__ = ["BATCH_CHARS", "PIECE_CHARS", "join_pieces", "parse_documents", "split_text"]

PIECE_CHARS = 20_000
BATCH_CHARS = 100_000  # a batch of 32 short articles stays one batch; ~300 MB in tok2vec
# Where a piece may end, best first: after a blank line (and the white space after it), after
# a sentence's end mark (and closing quotes or brackets), after any white space.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
_DATE_LINE = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}[^\n]*")


def _blank_date_line(text: str) -> str:
    """The ``date YYYY-MM-DD`` line is metadata: blank it (same length, so spans still fit)."""
    found = _DATE_LINE.match(text)
    return " " * found.end() + text[found.end() :] if found else text


def split_text(text: str, limit: int) -> list[str]:
    """``text`` as consecutive pieces of at most ``limit`` characters that join back into it.

    >>> split_text("One. Two.\\n\\nThree.", 12)
    ['One. Two.\\n\\n', 'Three.']
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """The best end in ``text[start:stop]`` for a piece: the last place of the best kind."""
    for pattern in _CUTS:
        ends = [found.end() for found in pattern.finditer(text, start, stop)]
        if ends:
            return ends[-1]
    return stop  # no space in ``limit`` characters: cut the word


def join_pieces(pieces: list[Doc]) -> Doc:
    """One ``Doc`` of the pieces' whole text, with their annotations (each piece's first token
    starts a sentence); a single piece is returned as it is."""
    if len(pieces) == 1:
        return pieces[0]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def _pieces(nlp: Language, documents: Iterable[Document]) -> Iterator[tuple[Document | None, str]]:
    """Each piece's text, paired with its document on the document's last piece."""
    limit = min(PIECE_CHARS, nlp.max_length)
    for document in documents:
        texts = split_text(_blank_date_line(document.text), limit)
        for n, text in enumerate(texts, 1):
            yield (document if n == len(texts) else None), text


def _batches(
    pieces: Iterable[tuple[Document | None, str]], size: int
) -> Iterator[list[tuple[Document | None, str]]]:
    """Consecutive pieces, at most ``size`` and (unless one alone is longer) ``BATCH_CHARS``."""
    batch: list[tuple[Document | None, str]] = []
    chars = 0
    for item in pieces:
        if batch and (len(batch) >= size or chars + len(item[1]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[1])
    if batch:
        yield batch


def parse_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int
) -> Iterator[tuple[Document, Doc]]:
    """Each document with its ``Doc`` through every pipe but the relation component, in order;
    long texts in pieces, joined. ``doc._.published`` is set from the document."""
    done: list[Doc] = []
    for batch in _batches(_pieces(nlp, documents), batch_size):
        with one_blas_thread():
            parsed = list(nlp.pipe([text for _, text in batch], batch_size=len(batch),
                                   disable=[COMPONENT]))
        for (document, _), doc in zip(batch, parsed, strict=True):
            doc.tensor = _NO_TENSOR  # no rule reads it; 384 bytes a token, kept until joined
            done.append(doc)
            if document is not None:
                whole = join_pieces(done)
                whole._.published = document.published
                done = []
                yield document, whole
