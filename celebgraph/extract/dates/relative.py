"""Dates relative to another date: to the publication date, or to another event.

``RELATIVE_PATTERNS`` are the rows of the ``find_dates`` pattern table for expressions that
the publication date resolves ("last month", "on Tuesday", "three days ago"); without it, or
when the text hedges ("about a week ago"), the value is None. ``find_offsets`` reads durations
from another event ("two years later"), ``shift`` applies one to an ISO date, and
``birth_year_from_age`` turns an age into a birth year.

Examples
--------
>>> shift("2014-06", years=-1, months=7)
'2014-01'
>>> [(o.amount, o.unit, o.direction) for o in find_offsets("Two years later, they wed.")]
[(2, 'year', 'after')]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from celebgraph.extract.dates.match import (
    WEEKDAY_ALT,
    WEEKDAYS,
    DateFormatError,
    DateMention,
    Handler,
    at_sentence_start,
    before,
    left_ok,
    mention,
    published_date,
    word_before,
    year_told_before,
)

__all__ = [
    "NUMBER_WORDS",
    "RELATIVE_PATTERNS",
    "SMALL_NUMBER_WORDS",
    "Offset",
    "birth_year_from_age",
    "find_offsets",
    "parse_offset",
    "shift",
]

# "one" to "ten": the counts a duration ("after N years of marriage") is written with.
SMALL_NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **SMALL_NUMBER_WORDS,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
# Words before a bare weekday that make it a date even next to a capitalized word.
WEEKDAY_LEADS = frozenset(
    {
        "on",
        "by",
        "since",
        "until",
        "till",
        "from",
        "to",
        "through",
        "before",
        "after",
        "and",
        "or",
        "of",
        "early",
        "late",
    }
)

_NUM_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Windows ending where a match starts (searched with endpos = match start).
_REL_BEFORE = re.compile(r"(?i)\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next)\s+$")
_EARLIER_BEFORE = re.compile(r"(?i)\b(?:earlier|later)\s+$")
_WEEKDAY_REL_BEFORE = re.compile(r"(?i)\b(?P<rel>this\s+past|last|this|next|past)\s+$")
_DURATION_BEFORE = re.compile(r"(?i)\b(?:the|over|past|for)\s+$")
_AGO_BEFORE = re.compile(
    r"(?i)\b(?:(?P<hedge>about|nearly|almost|some|over|more\s+than|less\s+than)\s+)?"
    rf"(?:(?P<num>\d{{1,3}}|{_NUM_ALT}|a\s+few|a\s+couple\s+of|several|many|few)\s+)?"
    r"(?P<unit>year|month|week|day|decade)s?\s+$"
)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_OFFSET = re.compile(
    r"(?i)\b(?:(?P<hedge>less\s+than|more\s+than|nearly|almost|about|around|roughly|"
    rf"approximately|over|under|some)\s+)?(?P<num>\d{{1,3}}|{_NUM_ALT})\s+"
    r"(?P<unit>year|month|week|day)s?\s+"
    r"(?P<dir>before|after|later|earlier|prior|afterwards?|on(?=\s*[,;.]))\b"  # 'Two years on,'
)
# 'the following year', 'the next spring': a year after the date told before it
_FOLLOWING = re.compile(
    r"(?i)\bthe\s+(?:following|next)\s+(?:year|spring|summer|autumn|fall|winter)\b"
)
_ISO_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Offset:
    """A duration from another event: "one year before" → amount 1, unit "year", "before".

    ``amount`` is None when the text hedges it ("less than a year later").
    """

    start: int
    end: int
    text: str
    amount: int | None
    unit: str
    direction: str


# --- handlers: one per pattern ------------------------------------------------------------
def _month_shift(pub: date, months: int) -> str:
    total = pub.year * 12 + pub.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _this_last_next(m: re.Match[str], pub: date | None) -> list[DateMention]:
    rel = before(m, _REL_BEFORE, 20)
    if rel is None or not left_ok(m):
        return []
    if _DURATION_BEFORE.search(m.string, max(0, rel.start() - 6), rel.start()):
        return []  # "in the last year", "over the next month": a duration, not a date
    step = {"this": 0, "last": -1, "next": 1}[rel["rel"].lower()]
    unit, value = m.group(), None
    if pub is not None and unit == "year":
        value = str(pub.year + step)
    elif pub is not None and unit == "month":
        value = _month_shift(pub, step)
    elif pub is not None and unit == "week":  # 'last week' → its month, as 'two weeks ago'
        value = (pub + timedelta(weeks=step)).isoformat()[:7]
    kind = "relative" if value or unit != "week" else "vague"
    return [mention(m, value, kind, rel.start())]


def _day_word(m: re.Match[str], pub: date | None) -> list[DateMention]:
    earlier = before(m, _EARLIER_BEFORE, 10)
    if not left_ok(m):
        return []
    if not m.group().lower().startswith(("today", "yesterday", "tonight", "this", "last")):
        return []
    if m.group()[0].isupper() and earlier is None and not at_sentence_start(m):
        return []  # a show called "Today", a song called "Yesterday"
    back = 1 if m.group().lower() in ("yesterday", "last night") else 0
    value = (pub - timedelta(days=back)).isoformat() if pub else None
    return [mention(m, value, "relative", earlier.start() if earlier else None)]


def _weekday_is_name(m: re.Match[str]) -> bool:
    """A bare weekday inside a name: "Good Friday", "Wednesday Addams"."""
    previous = word_before(m)
    if previous.lower() in WEEKDAY_LEADS:
        return False
    capital_after = bool(_CAPITAL_AFTER.match(m.string, m.end(), m.end() + 3))
    if at_sentence_start(m):
        return capital_after
    return capital_after or (previous[:1].isupper() and previous[-1].isalpha())


def _weekday(m: re.Match[str], pub: date | None) -> list[DateMention]:
    found = before(m, _WEEKDAY_REL_BEFORE, 12)
    rel = re.sub(r"\s+", " ", found["rel"].lower()) if found else ""
    if not left_ok(m) or (not rel and m["part"] is None and _weekday_is_name(m)):
        return []
    start = found.start() if found else None
    if pub is None:
        return [mention(m, None, "weekday", start)]
    target = WEEKDAYS[m["wd"].lower()]
    if rel == "next":
        ahead = (target - pub.weekday()) % 7 or 7
        return [mention(m, (pub + timedelta(days=ahead)).isoformat(), "weekday", start)]
    back = (pub.weekday() - target) % 7
    if back == 0 and rel in ("last", "this past", "past"):
        back = 7
    return [mention(m, (pub - timedelta(days=back)).isoformat(), "weekday", start)]


def _ago(m: re.Match[str], pub: date | None) -> list[DateMention]:
    found = before(m, _AGO_BEFORE)
    if found is None:
        return []  # "ago" inside a word ("Santiago")
    num = (found["num"] or "").lower()
    amount = int(num) if num.isdigit() else NUMBER_WORDS.get(num)
    value = None
    if found["hedge"] is None and pub and amount:
        value = _ago_value(pub, amount, found["unit"].lower())
    start = found.start("num") if found["num"] else found.start("unit")
    return [mention(m, value, "relative" if value else "vague", start)]


def _ago_value(pub: date, amount: int, unit: str) -> str | None:
    """'3 days ago' → the day; '2 weeks ago', '3 months ago' → the month; '2 years ago' → year."""
    if unit == "day":
        return (pub - timedelta(days=amount)).isoformat()
    if unit == "week":
        return (pub - timedelta(weeks=amount)).isoformat()[:7]
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "year":
        return f"{pub.year - amount:04d}"
    return None


_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}


def _season(m: re.Match[str], pub: date | None) -> list[DateMention]:
    """'this past summer' → the year of the latest summer that ended before the publication
    date; 'last summer' → the previous year's (this year's is 'this summer', even when past)."""
    if pub is None:
        return [mention(m, None, "vague")]
    ends = _SEASON_ENDS[m["season"].lower()]
    rel = m["rel"].lower()
    year = pub.year if rel == "this" or (rel != "last" and pub.month > ends) else pub.year - 1
    return [mention(m, f"{year:04d}", "relative")]


# Holidays: the date they give ("12" alone: the season, told to the month, as a gold annotator
# would), and the day that decides whether this year's has passed.
_HOLIDAYS: dict[str, tuple[str, int, int]] = {
    "christmas eve": ("12-24", 12, 24), "christmas day": ("12-25", 12, 25),
    "christmas": ("12", 12, 25), "new year's eve": ("12-31", 12, 31),
    "new year's day": ("01-01", 1, 1), "valentine's day": ("02-14", 2, 14),
    "halloween": ("10-31", 10, 31), "thanksgiving": ("11", 11, 28),
}
_HOLIDAY_REL_BEFORE = re.compile(r"(?i)\b(?P<rel>last|this\s+past|this|next|on|at|over)\s+$")


def _holiday(m: re.Match[str], pub: date | None) -> list[DateMention]:
    """'at Christmas 2019' → 2019-12, 'on Valentine's Day 2020' → 2020-02-14; without a year,
    'last/this/next Christmas' or 'on/at Christmas' → the occurrence the publication date
    points to (a bare 'Christmas movie' is no date)."""
    suffix, month, day = _HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower().replace("\u2019", "'"))]
    if m["year"]:
        return [mention(m, f"{m['year']}-{suffix}", "absolute")]
    found = before(m, _HOLIDAY_REL_BEFORE, 12)
    if found is None or not left_ok(m):
        return []
    rel = re.sub(r"\s+", " ", found["rel"].lower())
    start = found.start() if rel in {"last", "this past", "this", "next"} else None
    if pub is None or (start is None and year_told_before(m)):
        # 'dating in 2017, engaged on Christmas Day three years later': not this year's
        return [mention(m, None, "vague", start)]
    passed = date(pub.year, month, day) < pub
    year = {"this": pub.year, "next": pub.year + passed}.get(rel, pub.year - (not passed))
    return [mention(m, f"{year:04d}-{suffix}", "relative" if start else "month_day", start)]


# The last rows of the find_dates table, in this order.
RELATIVE_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"(?:year|month|week)\b"), _this_last_next),
    (
        re.compile(
            r"[TtYyLl](?:oday|esterday|onight|his\s+(?:morning|afternoon|evening)"
            r"|ast\s+night)\b"
        ),
        _day_word,
    ),
    (
        re.compile(rf"(?P<wd>{WEEKDAY_ALT})\b(?:\s+(?P<part>morning|afternoon|evening|night))?"),
        _weekday,
    ),
    (re.compile(r"ago\b"), _ago),
    (
        re.compile(
            r"(?i)\b(?P<rel>last|this\s+past|this)\s+(?P<season>summer|fall|autumn|spring)\b"
        ),
        _season,
    ),
    (
        re.compile(
            r"(?P<h>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['\u2019]s\s+(?:Eve|Day)|"
            r"Valentine['\u2019]s\s+Day|Halloween|Thanksgiving)\b"
            r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d)\b)?"
        ),
        _holiday,
    ),
]


# --- offsets and arithmetic ---------------------------------------------------------------
def shift(value: str, years: int = 0, months: int = 0, days: int = 0) -> str:
    """Move an ISO date by a duration, keeping its precision ("2014", years=-1 → "2013").

    Raises
    ------
    DateFormatError
        ``value`` is not ISO, or the shift is finer than its precision ("2014" by months).
    """
    if not _ISO_VALUE.match(value):
        raise DateFormatError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    if (len(parts) == 1 and (months or days)) or (len(parts) == 2 and days):
        raise DateFormatError(f"cannot shift {value!r} by months or days finer than its precision")
    try:
        date(*[*parts, 1, 1][:3])  # the date itself must exist: no month 13, no Feb 30
        if len(parts) == 1:
            return f"{date(parts[0] + years, 1, 1).year:04d}"
        total = (parts[0] + years) * 12 + parts[1] - 1 + months
        year, month = total // 12, total % 12 + 1
        if len(parts) == 2:
            return f"{date(year, month, 1).year:04d}-{month:02d}"
        day = min(parts[2], calendar.monthrange(year, month)[1])
        return (date(year, month, day) + timedelta(days=days)).isoformat()
    except (ValueError, OverflowError) as exc:
        raise DateFormatError(f"date {value!r} is not a valid date or shifts out of range") from exc


def find_offsets(text: str) -> list[Offset]:
    """Every "N years before/later" style offset in ``text``, in text order; "the following
    year" is one year later (direction "following")."""
    offsets = []
    for m in _OFFSET.finditer(text):
        num = m["num"].lower()
        amount = None if m["hedge"] else int(num) if num.isdigit() else NUMBER_WORDS[num]
        direction = "before" if m["dir"].lower() in ("before", "earlier", "prior") else "after"
        offsets.append(Offset(m.start(), m.end(), m.group(0), amount, m["unit"].lower(), direction))
    for m in _FOLLOWING.finditer(text):
        offsets.append(Offset(m.start(), m.end(), m.group(0), 1, "year", "following"))
    return sorted(offsets, key=lambda o: o.start)


def parse_offset(text: str) -> tuple[int, str] | None:
    """The first offset in years: "one year before" → (1, "before"); hedged or not years → None."""
    offsets = find_offsets(text)
    if not offsets or offsets[0].unit != "year" or offsets[0].amount is None:
        return None
    return offsets[0].amount, offsets[0].direction


def birth_year_from_age(age: int, published: str | None) -> str | None:
    """Birth year of someone who turns ``age`` in the publication year, or None."""
    pub = published_date(published)
    if pub is None or not 0 <= age <= 125:
        return None
    return f"{pub.year - age:04d}"
