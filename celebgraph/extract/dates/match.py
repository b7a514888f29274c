"""Common ground of the date finders: the result type and helpers that read around a match.

Each date pattern has a handler ``(match, publication date) -> mentions``. The handlers in
``dates`` (absolute dates) and ``relative_dates`` (dates resolved against the publication
date) share what is here: the ``DateMention`` they return, the error for bad ISO input and
small checks of the text right before a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from celebgraph.errors import CelebgraphError

__all__ = [
    "DASHES",
    "ISO_DAY",
    "QUOTES",
    "WEEKDAYS",
    "WEEKDAY_ALT",
    "DateFormatError",
    "DateMention",
    "Handler",
    "at_sentence_start",
    "before",
    "left_ok",
    "mention",
    "published_date",
    "word_before",
    "year_told_before",
    "ymd",
]

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ALT = "|".join(w.capitalize() for w in WEEKDAYS)
DASHES = "-\u2013\u2014"  # hyphen, en dash, em dash
QUOTES = "'\u2018\u2019"  # straight and curly apostrophes
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")  # a time may follow

_WORD_BEFORE = re.compile(r"(\S+)[\s-]+$")


class DateFormatError(CelebgraphError, ValueError):
    """A date string is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or cannot be shifted."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text.

    ``kind`` tells how the value was obtained: ``absolute`` (the text gives the year),
    ``month_day`` (the year comes from the publication date), ``relative`` ("last month"),
    ``weekday`` ("on Tuesday"), ``month`` (a month without a year: value None), ``decade``
    (value None) or ``vague`` ("a year ago", "last week": value None).
    """

    start: int
    end: int
    text: str
    value: str | None
    qualifier: str | None = None
    kind: str = "absolute"


Handler = Callable[[re.Match[str], date | None], list[DateMention]]


def mention(
    m: re.Match[str], value: str | None, kind: str, start: int | None = None, group: str = ""
) -> DateMention:
    """The mention of ``m`` (or of its ``group``), starting at ``start`` when given."""
    begin, end = m.span(group) if group else m.span()
    begin = begin if start is None else start
    return DateMention(begin, end, m.string[begin:end], value, None, kind)


def before(m: re.Match[str], pattern: re.Pattern[str], width: int = 45) -> re.Match[str] | None:
    """``pattern`` matched in the window that ends where ``m`` starts."""
    return pattern.search(m.string, max(0, m.start() - width), m.start())


_YEAR_WORD = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def year_told_before(m: re.Match[str]) -> bool:
    """A year written in the 200 characters before ``m``: a month or holiday without its own
    year then belongs to that story ('born in 2012, ... introduced in February'), not to the
    publication's year."""
    return before(m, _YEAR_WORD, 200) is not None


def word_before(m: re.Match[str]) -> str:
    """The word right before ``m`` (across spaces and hyphens), or ``""``."""
    found = before(m, _WORD_BEFORE, 24)
    return found.group(1) if found else ""


def left_ok(m: re.Match[str], forbid: str = "$\u00a3\u20ac#/") -> bool:
    """No letter, digit or ``forbid`` char right before ``m``; no "1," / "555-" either."""
    text = m.string[max(0, m.start() - 2) : m.start()]
    if not text:
        return True
    char = text[-1]
    if char.isalnum() or char == "_" or char in forbid:
        return False
    return not (char in DASHES + ".,:" and text[:-1].isdigit())


def at_sentence_start(m: re.Match[str]) -> bool:
    """``m`` starts the text, a sentence, a line, a quote or a parenthesis."""
    text = m.string[max(0, m.start() - 4) : m.start()].rstrip()
    return not text or text[-1] in f'.!?:("\u201c\u201d{QUOTES}\n'


def ymd(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None when there is no such day."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def published_date(published: str | None) -> date | None:
    """The publication date as a ``date``; raises ``DateFormatError`` when not YYYY-MM-DD."""
    if published is None:
        return None
    m = ISO_DAY.match(published)
    value = ymd(*map(int, m.groups())) if m else None
    if value is None:
        raise DateFormatError(f"published date {published!r} is not a YYYY-MM-DD date")
    return date.fromisoformat(value)
