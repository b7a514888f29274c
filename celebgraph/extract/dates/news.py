"""A news event told in the present perfect: "X has died", "the couple have split".

In a dated article with no other time expression in the sentence, such an event happened just
before publication: it takes the publication date (the shared annotation guide's rule).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["news_date", "news_now"]

_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_NOT_NEWS_AUX = frozenset({"been", "had", "would", "will", "could", "might", "may", "not", "never"})


def _perfect(verb: Token) -> bool:
    """'has died', 'have separated' (not 'have been married', 'had split', 'has not wed')."""
    return _told_now(verb, "VBN", _PERFECT_AUX)


def _told_now(verb: Token, tag: str, now_aux: frozenset[str]) -> bool:
    """The verb has the tag, one of the auxiliaries that make it now, and none that do not."""
    if verb.tag_ != tag:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "neg"}]
    return bool(now_aux.intersection(aux)) and not _NOT_NEWS_AUX.intersection(aux)


def news_date(verb: Token, dated_sentence: bool, published: str | None) -> str | None:
    """The publication date for a present-perfect event ``verb`` in a sentence without its own
    date (``dated_sentence`` False), else None."""
    if published is None or dated_sentence or not _perfect(verb):
        return None
    return published


_PRESENT_BE = frozenset({"is", "are", "'re", "'s", "\u2019re", "\u2019s"})


def _present_progressive(verb: Token) -> bool:
    """'are divorcing', 'is splitting' (not 'will be divorcing', 'were splitting')."""
    return _told_now(verb, "VBG", _PRESENT_BE)


def news_now(verb: Token, dated_sentence: bool, published: str | None) -> str | None:
    """The publication date for an event the news tells as now, in the present perfect or the
    present progressive ('have split', 'are divorcing after 12 years of marriage'), in a
    sentence without its own date; else None. What was before it counts back from it."""
    if published is None or dated_sentence:
        return None
    return published if _perfect(verb) or _present_progressive(verb) else None
