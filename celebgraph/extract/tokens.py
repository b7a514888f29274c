"""A document's token attributes as plain lists, read from spaCy's arrays once per document.

The name rules look at the same tokens by index many times over (where a name starts and ends,
what is glued to it). Each ``doc[i]`` makes a new ``Token`` and each ``.lower_`` looks its
string up again: on a long article listing names that was most of the rules' time. The table
holds, per token, the strings the rules read; ``tokens_of(doc)`` builds it on first use and keeps
it with the document (the rules never change a document's annotations).

>>> table = tokens_of(nlp("Ada Moss wed."))  # doctest: +SKIP
>>> table.lower[0], table.pos[1], table.space[1]  # doctest: +SKIP
('ada', 'PROPN', ' ')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_STOP,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

__all__ = [
    "Tokens",
    "children_of",
    "doc_text",
    "entities",
    "forget_tokens",
    "parsed",
    "reading_cache",
    "sentence_at",
    "sentence_start",
    "sentence_text",
    "sentence_words",
    "sentences",
    "span_text",
    "tokens_of",
]

_KEY = "celebgraph.tokens"
_SENTENCES = "celebgraph.sentences"
_WORDS = "celebgraph.sentence_words"
_CACHE = "celebgraph.reading"
_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, ENT_TYPE, DEP, IDX, SPACY, IS_ALPHA, IS_STOP,
          IS_LOWER, IS_PUNCT, LIKE_NUM, HEAD, SENT_START]
_NAMED = 7  # the first seven attributes are string keys
_SPACES = numpy.array(["", " "], dtype=object)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Per token i of a document: what ``doc[i].text``, ``.lower_``, ``.lemma_``,
    ``.lemma_.lower()`` (``lemma_lower``), ``.pos_``, ``.tag_``, ``.ent_type_``, ``.idx``,
    ``.whitespace_``, ``.is_alpha``, ``.is_stop``, ``.is_lower``, ``.is_punct``, ``.like_num``,
    ``.dep_`` and ``.head.i`` give, and ``.sent.start`` (``sent_start``); ``parsed``: the
    document's ``has_annotation("DEP")``."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    lemma_lower: list[str]
    pos: list[str]
    tag: list[str]
    ent_type: list[str]
    idx: list[int]
    space: list[str]
    is_alpha: list[bool]
    is_stop: list[bool]
    is_lower: list[bool]
    is_punct: list[bool]
    like_num: list[bool]
    dep: list[str]
    head: list[int]
    sent_start: list[int]
    parsed: bool


# The document read last and its table and reading cache: the rules ask for them thousands of
# times a document, and one identity test is cheaper than a look-up in ``doc.user_data``.
# ``forget_tokens`` clears them with the document's own entries. One tuple, read and replaced
# whole: a thread reading another document never gets this one's table.
_Held = tuple[Doc | None, Tokens | None, dict[str, Any] | None]
_NOTHING_HELD: _Held = (None, None, None)
_held: _Held = _NOTHING_HELD


def tokens_of(doc: Doc) -> Tokens:
    """The table of ``doc``, built once per document."""
    global _held
    held = _held
    if held[0] is doc and held[1] is not None:
        return held[1]
    table: Tokens | None = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _table(doc)
    _held = (doc, table, held[2] if held[0] is doc else None)
    return table


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("celebgraph_text")
    if cached is None:
        cached = doc.user_data["celebgraph_text"] = doc.text
    return str(cached)


def parsed(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``, read once per document (spaCy looks at the tokens again
    on every call, and the rules ask it thousands of times)."""
    return tokens_of(doc).parsed


def sentence_start(token: Token) -> int:
    """``token.sent.start``, read from the table (spaCy makes the sentence's Span each time)."""
    return tokens_of(token.doc).sent_start[token.i]


def reading_cache(doc: Doc) -> dict[str, Any]:
    """A dict kept with ``doc`` while the rules read it, dropped with its table
    (``forget_tokens``): for what the rules work out once per document or sentence."""
    global _held
    held = _held
    if held[0] is doc and held[2] is not None:
        return held[2]
    cache: dict[str, Any] | None = doc.user_data.get(_CACHE)
    if cache is None:
        cache = doc.user_data[_CACHE] = {}
    _held = (doc, held[1] if held[0] is doc else None, cache)
    return cache


def children_of(doc: Doc) -> dict[int, list[int]]:
    """Token → the indices of its children in the parse, in text order (what ``.children``
    gives), worked out once per document read from the table's heads."""
    cache = reading_cache(doc)
    found: dict[int, list[int]] | None = cache.get("children")
    if found is None:
        found = cache["children"] = {}
        for i, head in enumerate(tokens_of(doc).head):
            if head != i:
                found.setdefault(head, []).append(i)
    return found


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per document read: spaCy makes a Token of every word of the
    document on each access."""
    cache = reading_cache(doc)
    found: tuple[Span, ...] | None = cache.get("ents")
    if found is None:
        found = cache["ents"] = tuple(doc.ents)
    return found


def sentences(doc: Doc) -> dict[int, Span]:
    """The sentences of ``doc`` by their first token, as ``doc.sents`` gives them, made once
    per document."""
    found: dict[int, Span] | None = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = {sent.start: sent for sent in doc.sents}
    return found


def sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` without its cost: spaCy makes two Spans and reads every token's
    annotation (``has_annotation``) on each call; this looks the sentence up."""
    return sentences(doc)[tokens_of(doc).sent_start[i]]


def sentence_words(sent: Span) -> frozenset[str]:
    """The words of a sentence: each token's lower-case form, lower-case lemma and, when
    hyphenated, its first part. A rule whose words are none of these reads nothing there and
    returns at once (most rules need a word most sentences lack)."""
    memo: dict[tuple[int, int], frozenset[str]] | None = sent.doc.user_data.get(_WORDS)
    if memo is None:
        memo = sent.doc.user_data[_WORDS] = {}
    words = memo.get((sent.start, sent.end))
    if words is None:
        t = tokens_of(sent.doc)
        lower, lemma = t.lower[sent.start : sent.end], t.lemma_lower[sent.start : sent.end]
        words = memo[sent.start, sent.end] = frozenset(
            [*lower, *lemma, *(w.split("-")[0] for w in lower if "-" in w)]
        )
    return words


def sentence_text(span: Span) -> str:
    """``span.text``, cut from the document's text (spaCy joins the span's tokens again)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def forget_tokens(doc: Doc) -> None:
    """Drop the table, the sentences and the reading cache of ``doc``, if it has them."""
    global _held
    if _held[0] is doc:
        _held = _NOTHING_HELD
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_WORDS, None)
    doc.user_data.pop(_CACHE, None)


def _table(doc: Doc) -> Tokens:
    if not len(doc):
        return Tokens([], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [],
                      doc.has_annotation("DEP"))
    array = doc.to_array(_ATTRS)
    text, lower, lemma, pos, tag, ent, dep = _names(doc, array[:, :_NAMED])
    idx = array[:, _NAMED].tolist()
    space = _SPACES[array[:, _NAMED + 1]].tolist()
    alpha, stop, is_lower, punct, like_num = array[:, _NAMED + 2 : -2].astype(bool).T.tolist()
    # HEAD is the offset to the head, an unsigned array holding negative offsets as they wrap
    head = (array[:, -2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
    # the start of each token's sentence: the last token at or before it that starts one
    starts = numpy.where(array[:, -1] == 1, numpy.arange(len(doc)), 0)
    return Tokens(
        text=text,
        lower=lower,
        lemma=lemma,
        lemma_lower=[w.lower() for w in lemma],
        pos=pos,
        tag=tag,
        ent_type=ent,
        idx=idx,
        space=space,
        is_alpha=alpha,
        is_stop=stop,
        is_lower=is_lower,
        is_punct=punct,
        like_num=like_num,
        dep=dep,
        head=head,
        sent_start=numpy.maximum.accumulate(starts).tolist(),
        parsed=any(dep),  # doc.has_annotation("DEP"): a label on any token
    )


def _names(doc: Doc, keys: numpy.ndarray) -> list[list[str]]:
    """The strings of a (tokens, columns) array of string keys, column by column. Each distinct
    key is looked up once and the columns are filled by numpy indexing: a document has a few
    hundred distinct keys in thousands of cells, and this table is built for every document."""
    distinct, where = numpy.unique(keys, return_inverse=True)
    strings = doc.vocab.strings
    names = numpy.array([strings[int(key)] for key in distinct.tolist()], dtype=object)
    table: list[list[str]] = names[where.reshape(keys.shape)].T.tolist()
    return table


def span_text(table: Tokens, start: int, end: int) -> str:
    """What ``doc[start:end].text`` gives: the tokens with the spaces between them."""
    if start >= end:
        return ""
    words = [table.text[i] + table.space[i] for i in range(start, end - 1)]
    return "".join(words) + table.text[end - 1]
