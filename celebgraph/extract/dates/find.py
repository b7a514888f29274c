"""Find the dates in a text and normalize them to ISO 8601 at the precision the text gives.

Values are ``"2014"``, ``"2013-06"`` or ``"2013-06-15"``. Expressions relative to the
publication date ("last month", "on Tuesday") are resolved against it; whatever cannot be
resolved exactly gets ``value=None``: a date is never invented.

Every pattern starts on a plain character (a digit, a month or weekday name, a keyword) so
the regex engine can skip through long texts; context around a match (the word before it,
"last" in "last Friday") is checked by the pattern's handler over a short window.
This module holds the absolute patterns (the text gives the year, or the month and day);
``relative_dates`` the ones resolved against the publication date, offsets and ``shift``.

Examples
--------
>>> [(m.text, m.value, m.qualifier) for m in find_dates("Wed in June 2014, split since 2016.")]
[('June 2014', '2014-06', None), ('2016', '2016', 'since')]
>>> find_dates("They met last month.", published="2021-03-09")[0].value
'2021-02'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from celebgraph.extract.dates.match import (
    DASHES,
    ISO_DAY,
    QUOTES,
    WEEKDAY_ALT,
    WEEKDAYS,
    DateFormatError,
    DateMention,
    Handler,
    before,
    left_ok,
    mention,
    published_date,
    word_before,
    year_told_before,
    ymd,
)
from celebgraph.extract.dates.relative import (
    NUMBER_WORDS,
    RELATIVE_PATTERNS,
    Offset,
    birth_year_from_age,
    find_offsets,
    parse_offset,
    shift,
)

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "DateFormatError",
    "DateMention",
    "Offset",
    "birth_year_from_age",
    "find_dates",
    "find_offsets",
    "parse_offset",
    "parse_published",
    "resolve_relative",
    "shift",
]

# --- lexicons -----------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# The word right before a date → its qualifier ("between ... and" is paired after the scan).
QUALIFIER_WORDS: dict[str, str] = {
    "since": "since",
    "by": "by",
    "until": "until",
    "till": "until",
    "til": "until",
    "before": "before",
    "after": "after",
    "from": "from",
    "between": "from",
    "to": "to",
    "through": "to",
    "and": "to",
    "around": "approx",
    "circa": "approx",
    "c.": "approx",
    "ca.": "approx",
    "about": "approx",
    "approximately": "approx",
    "roughly": "approx",
}
# A bare 4-digit number: words before it that make it a count, or surely a year.
QUANTITY_BEFORE = frozenset(
    {
        "over",
        "than",
        "nearly",
        "almost",
        "some",
        "least",
        "most",
        "page",
        "room",
        "flight",
        "route",
        "number",
        "no.",
        "top",
        "score",
    }
)
YEAR_BEFORE = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "during",
        "circa",
        "early",
        "late",
        "mid",
        "from",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "year",
        "of",
        "before",
        "after",
    }
)
UNITS = frozenset(
    {
        "km",
        "kg",
        "lb",
        "lbs",
        "mi",
        "ft",
        "cm",
        "mm",
        "mph",
        "kph",
        "percent",
        "feet",
        "miles",
        "meters",
        "metres",
        "degrees",
        "people",
        "million",
        "billion",
        "thousand",
        "hundred",
    }
)
# Lower-case words ending in "s" that follow a year without making it a count.
NOT_PLURAL = frozenset(
    {
        "was",
        "is",
        "has",
        "as",
        "its",
        "his",
        "this",
        "us",
        "plus",
        "thus",
        "does",
        "marks",
        "sees",
        "brings",
        "makes",
        "remains",
        "seems",
        "looks",
        "proves",
        "begins",
        "ends",
        "starts",
        "comes",
        "goes",
        "gets",
        "holds",
        "gives",
        "sets",
        "turns",
        "always",
        "perhaps",
    }
)
# Words before a month name alone ("in February") that make it a date.
MONTH_LEADS = frozenset(
    {"in", "since", "until", "till", "during", "early", "late", "mid", "last", "this", "next"}
)
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_FULL_MONTH_ALT = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
_DAY_OF_MONTH = re.compile(rf"\s+(?:{_MONTH_ALT})\b")  # '14| May': a day before its month
_MON = rf"(?P<mon>{_MONTH_ALT})\b\.?"
_DAY = r"(?P<day>\d\d?)(?:st|nd|rd|th)?\b"  # 1..31 checked by the handler
_YEAR = r"(?P<year>1\d{3}|20\d{2})(?![\w/])(?![.,:/]\d)"

# Windows ending where a match starts (searched with endpos = match start).
_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w.])(?P<q>since|by|until|till|til|before|after|from|between|to|through|and|"
    r"around|circa|c\.|ca\.|about|approximately|roughly)\s+"
    r"(?:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of|beginning\s+of|middle\s+of|"
    r"spring\s+of|summer\s+of|fall\s+of|autumn\s+of|winter\s+of|spring|summer|fall|autumn|"
    r"winter|in|on)[\s-]+)?$"
)
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY_ALT}),?\s+$")
_DECADE = re.compile(rf"(?:1[89]|20)\d0s|[{QUOTES}]?\d0s")
_PHONE_BEFORE = re.compile(r"\d[\s-]$")
_PHONE_AFTER = re.compile(r"[\s-]\d{3}")
_NEXT_WORD = re.compile(r"\s*(%|[a-z]+)")


# --- small helpers ------------------------------------------------------------------------
def _month_num(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _expand_year(two_digits: int, pub: date | None) -> int:
    """'22' → 2022 unless that is after the reference year (publication, else today)."""
    ref = (pub or date.today()).year
    year = ref // 100 * 100 + two_digits
    return year - 100 if year > ref else year


def _recent_month_day(month: int, day: int, pub: date | None) -> str | None:
    """The latest ``month``/``day`` on or before ``pub`` (Feb 29 looks back to a leap year)."""
    if pub is None:
        return None
    for year in range(pub.year, pub.year - 8, -1):
        value = ymd(year, month, day)
        if value is not None and value <= pub.isoformat():
            return value
    return None


# --- handlers: one per pattern ------------------------------------------------------------
def _day_ok(m: re.Match[str]) -> bool:
    return 1 <= int(m["day"]) <= 31 and left_ok(m)


def _full_date(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _day_ok(m):
        return []
    weekday = before(m, _WEEKDAY_BEFORE, 14)  # "Wednesday, 22 August 2012"
    value = ymd(int(m["year"]), _month_num(m["mon"]), int(m["day"]))
    return [mention(m, value, "absolute", weekday.start() if weekday else None)]


def _month_year(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not left_ok(m):
        return []
    return [mention(m, f"{int(m['year']):04d}-{_month_num(m['mon']):02d}", "absolute")]


def _month_day(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _day_ok(m):
        return []
    weekday = before(m, _WEEKDAY_BEFORE, 14)
    value = _recent_month_day(_month_num(m["mon"]), int(m["day"]), pub)
    return [mention(m, value, "month_day", weekday.start() if weekday else None)]


def _iso(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not left_ok(m, forbid=DASHES):
        return []
    if m["day"] is None:
        return [mention(m, m.group(), "absolute")]
    return [mention(m, ymd(int(m["year"]), int(m["mon"]), int(m["day"])), "absolute")]


def _us_numeric(m: re.Match[str], pub: date | None) -> list[DateMention]:
    year = int(m["year"]) if len(m["year"]) == 4 else _expand_year(int(m["year"]), pub)
    value = ymd(year, int(m["mon"]), int(m["day"]))
    if value is None or not left_ok(m, forbid="/."):
        return []
    return [mention(m, value, "absolute")]


def _year_range(m: re.Match[str], pub: date | None) -> list[DateMention]:
    first = int(m["year"])
    last = int(m["end"]) if len(m["end"]) == 4 else first // 100 * 100 + int(m["end"])
    if not left_ok(m) or not first < last <= 2100:
        return []
    if len(m["end"]) == 2 and _DAY_OF_MONTH.match(m.string, m.end()):
        return []  # '1902 – 14 May 1988': the day of the second date, not '1902–14'
    one = mention(m, str(first), "absolute", group="year")
    two = mention(m, f"{last:04d}", "absolute", group="end")
    return [replace(one, qualifier="from"), replace(two, qualifier="to")]


def _is_quantity(m: re.Match[str]) -> bool:
    """'2000 fans', 'over 2000', '555 1987 ...' are numbers, not years."""
    text, end = m.string, m.end()
    if before(m, _PHONE_BEFORE, 2) or _PHONE_AFTER.match(text, end, end + 4):
        return True
    previous = word_before(m).lower()
    if previous in QUANTITY_BEFORE:
        return True
    if previous in YEAR_BEFORE:
        return False
    nxt = _NEXT_WORD.match(text, end, end + 24)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word == "%" or word in UNITS:
        return True
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return plural and word not in NOT_PLURAL


def _bare_year(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not left_ok(m) or _is_quantity(m):
        return []
    return [mention(m, m.group(), "absolute")]


def _decade(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _DECADE.fullmatch(m.group()) or not left_ok(m):
        return []
    if len(m.group()) == 3 and m.group()[0].isdigit() and word_before(m).lower() != "the":
        return []  # "in her 40s" is an age; "the 90s" a decade
    return [mention(m, None, "decade")]




def _month_only(m: re.Match[str], pub: date | None) -> list[DateMention]:
    """'in January' → the latest January up to the publication month, 'last January' → the
    previous year's; unknown after a year written just before it (a story about that year) or
    for 'next June'."""
    lead = word_before(m).lower()
    if not left_ok(m) or lead not in MONTH_LEADS:
        return []
    month = _month_num(m.group())
    if pub is None or lead == "next" or year_told_before(m):
        return [mention(m, None, "month")]  # 'born in 2012, ... introduced in February': that year
    # 'last June' is the previous year's June (this year's is 'this June' or 'in June')
    year = pub.year if month <= pub.month and lead != "last" else pub.year - 1
    return [mention(m, f"{year:04d}-{month:02d}", "month")]


def _month_of_year_word(m: re.Match[str], pub: date | None) -> list[DateMention]:
    """'in February last year' → the publication year's previous year; 'in May this year',
    'in June of next year' likewise."""
    if not left_ok(m) or word_before(m).lower() not in MONTH_LEADS or pub is None:
        return []
    year = pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return [mention(m, f"{year:04d}-{_month_num(m['mon']):02d}", "month")]


# --- the pattern table: at equal start and length, the earlier row wins -------------------
PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(rf"{_MON}\s+{_DAY},?\s+{_YEAR}"), _full_date),
    (re.compile(rf"{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"), _full_date),
    (re.compile(rf"{_MON},?\s+(?:of\s+)?{_YEAR}"), _month_year),
    (
        re.compile(
            r"(?P<year>1\d{3}|20\d{2})-(?P<mon>0[1-9]|1[0-2])"
            r"(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?!\d|-\d)"
        ),
        _iso,
    ),
    (re.compile(r"(?P<mon>\d\d?)/(?P<day>\d\d?)/(?P<year>\d{4}|\d\d)(?![\d/])"), _us_numeric),
    (
        re.compile(
            rf"(?P<year>1[89]\d\d|20\d\d)\s?[{DASHES}]\s?"
            rf"(?P<end>1[89]\d\d|20\d\d|2100|\d\d)(?![\w%/]|[{DASHES}.,:]\d)"
        ),
        _year_range,
    ),
    (re.compile(rf"{_MON}\s+{_DAY}(?!\s*[{DASHES}:/.]?\d)"), _month_day),
    (re.compile(rf"{_DAY}\s+(?:of\s+)?{_MON}"), _month_day),
    (re.compile(rf"(?:1[89]\d\d|20\d\d|2100)(?![\w%/])(?![.,:]\d)(?![{DASHES}]\d)"), _bare_year),
    (re.compile(rf"[{QUOTES}\d]\d{{1,3}}s\b"), _decade),
    (re.compile(rf"(?P<mon>{_FULL_MONTH_ALT})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
     _month_of_year_word),
    (re.compile(rf"(?:{_FULL_MONTH_ALT})\b(?!\.?\s*\d)"), _month_only),
    *RELATIVE_PATTERNS,  # "last month", "on Tuesday", "three days ago"
]


# --- public API ---------------------------------------------------------------------------
def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in text order and non-overlapping.

    Parameters
    ----------
    text : str
        A sentence or a whole document; offsets are into this string.
    published : str or None
        The publication date ``YYYY-MM-DD``; relative expressions need it.

    Raises
    ------
    DateFormatError
        ``published`` is given but is not a ``YYYY-MM-DD`` date.
    """
    pub = published_date(published)
    candidates: list[tuple[int, int, int, list[DateMention]]] = []
    for rank, (pattern, handler) in enumerate(PATTERNS):
        for match in pattern.finditer(text):
            found = handler(match, pub)
            if found:
                candidates.append((found[0].start, -found[-1].end, rank, found))
    candidates.sort(key=lambda c: c[:3])
    chosen: list[DateMention] = []
    last_end = 0
    for start, neg_end, _rank, found in candidates:
        if start >= last_end:
            chosen.extend(found)
            last_end = -neg_end
    return _add_qualifiers(text, chosen)


def _add_qualifiers(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for item in mentions:
        if item.qualifier is None:
            found = _QUALIFIER_BEFORE.search(text, max(0, item.start - 40), item.start)
            word = found["q"].lower() if found else ""
            qualifier = QUALIFIER_WORDS.get(word)
            if word == "and":  # "between 1994 and 1996"; a lone "and" qualifies nothing
                paired = out and out[-1].qualifier == "from"
                qualifier = "to" if paired else None
            item = replace(item, qualifier=qualifier)
        out.append(item)
    return out


def resolve_relative(expr: str, published: str | None) -> str | None:
    """The value of the first date expression in ``expr`` ("last month" → "2021-05"), or None."""
    mentions = find_dates(expr, published)
    return mentions[0].value if mentions else None


def parse_published(text: str) -> str | None:
    """The first full date in a date line or metadata value, as ``YYYY-MM-DD``, or None."""
    m = ISO_DAY.match(text)
    if m:
        return ymd(*map(int, m.groups()))
    for item in find_dates(text):
        if item.kind == "absolute" and item.value and len(item.value) == 10:
            return item.value
    return None
