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

from spacy.attrs import (
    ENT_TYPE,
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
    SPACY,
    TAG,
)
from spacy.tokens import Doc

__all__ = ["Tokens", "forget_tokens", "span_text", "tokens_of"]

_KEY = "celebgraph.tokens"
_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, ENT_TYPE, IDX, SPACY, IS_ALPHA, IS_STOP, IS_LOWER,
          IS_PUNCT, LIKE_NUM]


@dataclass(frozen=True, slots=True)
class Tokens:
    """Per token i of a document: what ``doc[i].text``, ``.lower_``, ``.lemma_``, ``.pos_``,
    ``.tag_``, ``.ent_type_``, ``.idx``, ``.whitespace_``, ``.is_alpha``, ``.is_stop``,
    ``.is_lower``, ``.is_punct`` and ``.like_num`` give."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
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


def tokens_of(doc: Doc) -> Tokens:
    """The table of ``doc``, built once per document."""
    table = doc.user_data.get(_KEY)
    if not isinstance(table, Tokens):
        table = doc.user_data[_KEY] = _table(doc)
    return table


def forget_tokens(doc: Doc) -> None:
    """Drop the table of ``doc``, if it has one."""
    doc.user_data.pop(_KEY, None)


def _table(doc: Doc) -> Tokens:
    strings = doc.vocab.strings
    known: dict[int, str] = {}

    def names(column: list[int]) -> list[str]:
        out = []
        for key in column:
            name = known.get(key)
            if name is None:
                name = known[key] = strings[key]
            out.append(name)
        return out

    if not len(doc):
        return Tokens([], [], [], [], [], [], [], [], [], [], [], [], [])
    orth, lower, lemma, pos, tag, ent, idx, space, *flags = doc.to_array(_ATTRS).T.tolist()
    alpha, stop, is_lower, punct, like_num = ([bool(f) for f in flag] for flag in flags)
    return Tokens(
        text=names(orth),
        lower=names(lower),
        lemma=names(lemma),
        pos=names(pos),
        tag=names(tag),
        ent_type=names(ent),
        idx=idx,
        space=[" " if s else "" for s in space],
        is_alpha=alpha,
        is_stop=stop,
        is_lower=is_lower,
        is_punct=punct,
        like_num=like_num,
    )


def span_text(table: Tokens, start: int, end: int) -> str:
    """What ``doc[start:end].text`` gives: the tokens with the spaces between them."""
    if start >= end:
        return ""
    words = [table.text[i] + table.space[i] for i in range(start, end - 1)]
    return "".join(words) + table.text[end - 1]
