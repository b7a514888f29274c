"""Kin nouns in text: which relation a word like "son", "wife" or "ex-husband" names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.lexicons import KIN_NOUNS
from celebgraph.extract.tokens import Tokens, reading_cache, tokens_of

__all__ = ["kin_at", "kin_column", "kin_in", "kin_of"]

# Kin words that also modify a kin noun: alone they mean a child ('his eldest, Cleo').
_KIN_MODIFIERS = frozenset({"twin", "eldest", "youngest", "firstborn", "baby"})
# 'business partner', 'doubles partner': a partner in work or sport, not in love.
_WORK_PARTNER = frozenset(
    {
        "business",
        "doubles",
        "dance",
        "dancing",
        "skating",
        "sparring",
        "tennis",
        "writing",
        "songwriting",
        "production",
        "creative",
        "training",
        "duet",
        "podcast",
        "law",
        "investment",
        "trading",
        "research",
        "climbing",
        "tag",
        "professional",  # 'showed off his salsa with professional partner Y' (a dance show)
        "pro",
        "acting",
        "screen",
    }
)


def kin_of(token: Token) -> tuple[str, str] | None:
    """(relation, direction) when the token is a kin noun; 'ex-' forms included."""
    doc = token.doc
    if token.lower_ == "ex" and token.i + 1 < len(doc) and (
        doc[token.i + 1].text == "-" or _noun_kin(doc[token.i + 1]) is not None
    ):
        return None  # the 'ex' of 'ex-wife' (split off by spaCy) or 'ex wife': the noun says more
    if token.lower_ in _KIN_MODIFIERS and token.i + 1 < len(doc) and _noun_kin(doc[token.i + 1]):
        return None  # 'twin brother', 'eldest sister': the kin noun after says which kin
    kin = _noun_kin(token)
    if kin is not None and kin[0] == "partner" and _work_partner(token):
        return None
    return kin


def _work_partner(token: Token) -> bool:
    """'his business partner, X', 'her doubles partner': the word before the noun, or a
    modifier the parse hangs on it, names a partnership of work or sport."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    words = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    if before is not None:
        words.add(before.lower_)
    return not words.isdisjoint(_WORK_PARTNER)


def kin_at(doc: Doc, i: int) -> tuple[str, str] | None:
    """``kin_of(doc[i])``, read from the document's token table (``extract.tokens``): for the
    relation rules, which run when the document's annotations are complete."""
    return kin_column(doc)[i]


def kin_column(doc: Doc) -> list[tuple[str, str] | None]:
    """``kin_in`` of every token of ``doc``, read once per document (several rules look up
    the kin words of each sentence)."""
    column: list[tuple[str, str] | None] | None = reading_cache(doc).get(_KIN_COLUMN)
    if column is None:
        t = tokens_of(doc)
        column = reading_cache(doc)[_KIN_COLUMN] = [kin_in(t, i) for i in range(len(t.lower))]
    return column


_KIN_COLUMN = "celebgraph_kin"


def kin_in(t: Tokens, i: int) -> tuple[str, str] | None:
    """``kin_at`` of a document whose token table is ``t`` (for a loop over its words)."""
    lower = t.lower[i]
    if lower == "ex" and i + 1 < len(t.lower) and (
        t.text[i + 1] == "-" or _word_kin(t.lower[i + 1], t.lemma[i + 1]) is not None
    ):
        return None
    if lower in _KIN_MODIFIERS and i + 1 < len(t.lower) and _word_kin(t.lower[i + 1],
                                                                       t.lemma[i + 1]):
        return None
    return _word_kin(lower, t.lemma[i])


def _noun_kin(token: Token) -> tuple[str, str] | None:
    return _word_kin(token.lower_, token.lemma_)


def _word_kin(lower: str, lemma: str) -> tuple[str, str] | None:
    """The kin of a word by its lower-case form, its lemma, or its form less a plural 's'
    (looked up once per pair of forms: every word of every document is asked)."""
    key = (lower, lemma)
    if key in _WORD_KIN:
        return _WORD_KIN[key]
    kin = KIN_NOUNS.get(lower) or KIN_NOUNS.get(lemma.lower())
    if kin is None and lower.endswith("s"):
        kin = KIN_NOUNS.get(lower[:-1])
    if len(_WORD_KIN) >= _WORD_KIN_LIMIT:
        _WORD_KIN.clear()  # a bound on a long-running process's vocabulary
    _WORD_KIN[key] = kin
    return kin


_WORD_KIN: dict[tuple[str, str], tuple[str, str] | None] = {}
_WORD_KIN_LIMIT = 200_000
