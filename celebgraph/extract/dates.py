"""Find the dates in a text and normalize them to ISO 8601 at the precision the text gives.

Values are ``"2014"``, ``"2013-06"`` or ``"2013-06-15"``. Expressions relative to the
publication date ("last month", "on Tuesday") are resolved against it; whatever cannot be
resolved exactly gets ``value=None``: a date is never invented.

Every pattern starts on a plain character (a digit, a month or weekday name, a keyword) so
the regex engine can skip through long texts; context around a match (the word before it,
"last" in "last Friday") is checked by the pattern's handler over a short window.

Examples
--------
>>> [(m.text, m.value, m.qualifier) for m in find_dates("Wed in June 2014, split since 2016.")]
[('June 2014', '2014-06', None), ('2016', '2016', 'since')]
>>> find_dates("They met last month.", published="2021-03-09")[0].value
'2021-02'
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from celebgraph.errors import CelebgraphError

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
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}
# The word right before a date → its qualifier ("between ... and" is paired after the scan).
QUALIFIER_WORDS: dict[str, str] = {
    "since": "since", "by": "by", "until": "until", "till": "until", "til": "until",
    "before": "before", "after": "after", "from": "from", "between": "from", "to": "to",
    "through": "to", "and": "to", "around": "approx", "circa": "approx", "c.": "approx",
    "ca.": "approx", "about": "approx", "approximately": "approx", "roughly": "approx",
}
# A bare 4-digit number: words before it that make it a count, or surely a year.
QUANTITY_BEFORE = frozenset(
    {"over", "than", "nearly", "almost", "some", "least", "most", "page", "room", "flight",
     "route", "number", "no.", "top", "score"}
)
YEAR_BEFORE = frozenset(
    {"in", "since", "until", "till", "during", "circa", "early", "late", "mid", "from",
     "spring", "summer", "fall", "autumn", "winter", "year", "of", "before", "after"}
)
UNITS = frozenset(
    {"km", "kg", "lb", "lbs", "mi", "ft", "cm", "mm", "mph", "kph", "percent", "feet", "miles",
     "meters", "metres", "degrees", "people", "million", "billion", "thousand", "hundred"}
)
# Lower-case words ending in "s" that follow a year without making it a count.
NOT_PLURAL = frozenset(
    {"was", "is", "has", "as", "its", "his", "this", "us", "plus", "thus", "does", "marks",
     "sees", "brings", "makes", "remains", "seems", "looks", "proves", "begins", "ends",
     "starts", "comes", "goes", "gets", "holds", "gives", "sets", "turns", "always", "perhaps"}
)
# Words before a month name alone ("in February") that make it a date.
MONTH_LEADS = frozenset(
    {"in", "since", "until", "till", "during", "early", "late", "mid", "last", "this", "next"}
)
# Words before a bare weekday that make it a date even next to a capitalized word.
WEEKDAY_LEADS = frozenset(
    {"on", "by", "since", "until", "till", "from", "to", "through", "before", "after", "and",
     "or", "of", "early", "late"}
)
DASHES = "-\u2013\u2014"  # hyphen, en dash, em dash
QUOTES = "'\u2018\u2019"  # straight and curly apostrophes

_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_FULL_MONTH_ALT = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
_WEEKDAY_ALT = "|".join(w.capitalize() for w in WEEKDAYS)
_NUM_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
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
_WORD_BEFORE = re.compile(r"(\S+)[\s-]+$")
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY_ALT}),?\s+$")
_REL_BEFORE = re.compile(r"(?i)\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next)\s+$")
_EARLIER_BEFORE = re.compile(r"(?i)\b(?:earlier|later)\s+$")
_WEEKDAY_REL_BEFORE = re.compile(r"(?i)\b(?P<rel>this\s+past|last|this|next|past)\s+$")
_DURATION_BEFORE = re.compile(r"(?i)\b(?:the|over|past|for)\s+$")
_AGO_BEFORE = re.compile(
    r"(?i)\b(?:(?P<hedge>about|nearly|almost|some|over|more\s+than|less\s+than)\s+)?"
    rf"(?:(?P<num>\d{{1,3}}|{_NUM_ALT}|a\s+few|a\s+couple\s+of|several|many|few)\s+)?"
    r"(?P<unit>year|month|week|day|decade)s?\s+$"
)
_DECADE = re.compile(rf"(?:1[89]|20)\d0s|[{QUOTES}]?\d0s")
_PHONE_BEFORE = re.compile(r"\d[\s-]$")
_PHONE_AFTER = re.compile(r"[\s-]\d{3}")
_NEXT_WORD = re.compile(r"\s*(%|[a-z]+)")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_OFFSET = re.compile(
    r"(?i)\b(?:(?P<hedge>less\s+than|more\s+than|nearly|almost|about|around|roughly|"
    rf"approximately|over|under|some)\s+)?(?P<num>\d{{1,3}}|{_NUM_ALT})\s+"
    r"(?P<unit>year|month|week|day)s?\s+(?P<dir>before|after|later|earlier|prior|afterwards?)\b"
)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_ISO_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


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


Handler = Callable[[re.Match[str], date | None], list[DateMention]]


# --- small helpers ------------------------------------------------------------------------
def _mention(
    m: re.Match[str], value: str | None, kind: str, start: int | None = None, group: str = ""
) -> DateMention:
    begin, end = m.span(group) if group else m.span()
    begin = begin if start is None else start
    return DateMention(begin, end, m.string[begin:end], value, None, kind)


def _before(m: re.Match[str], pattern: re.Pattern[str], width: int = 45) -> re.Match[str] | None:
    """``pattern`` matched in the window that ends where ``m`` starts."""
    return pattern.search(m.string, max(0, m.start() - width), m.start())


def _word_before(m: re.Match[str]) -> str:
    found = _before(m, _WORD_BEFORE, 24)
    return found.group(1) if found else ""


def _left_ok(m: re.Match[str], forbid: str = "$\u00a3\u20ac#/") -> bool:
    """No letter, digit or ``forbid`` char right before ``m``; no "1," / "555-" either."""
    before = m.string[max(0, m.start() - 2) : m.start()]
    if not before:
        return True
    char = before[-1]
    if char.isalnum() or char == "_" or char in forbid:
        return False
    return not (char in DASHES + ".,:" and before[:-1].isdigit())


def _at_sentence_start(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 4) : m.start()].rstrip()
    return not before or before[-1] in f".!?:(\"\u201c\u201d{QUOTES}\n"


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_num(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _parse_published(published: str | None) -> date | None:
    if published is None:
        return None
    m = _ISO_DAY.match(published)
    value = _ymd(*map(int, m.groups())) if m else None
    if value is None:
        raise DateFormatError(f"published date {published!r} is not a YYYY-MM-DD date")
    return date.fromisoformat(value)


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
        value = _ymd(year, month, day)
        if value is not None and value <= pub.isoformat():
            return value
    return None


def _month_shift(pub: date, months: int) -> str:
    total = pub.year * 12 + pub.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


# --- handlers: one per pattern ------------------------------------------------------------
def _day_ok(m: re.Match[str]) -> bool:
    return 1 <= int(m["day"]) <= 31 and _left_ok(m)


def _full_date(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _day_ok(m):
        return []
    weekday = _before(m, _WEEKDAY_BEFORE, 14)  # "Wednesday, 22 August 2012"
    value = _ymd(int(m["year"]), _month_num(m["mon"]), int(m["day"]))
    return [_mention(m, value, "absolute", weekday.start() if weekday else None)]


def _month_year(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _left_ok(m):
        return []
    return [_mention(m, f"{int(m['year']):04d}-{_month_num(m['mon']):02d}", "absolute")]


def _month_day(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _day_ok(m):
        return []
    weekday = _before(m, _WEEKDAY_BEFORE, 14)
    value = _recent_month_day(_month_num(m["mon"]), int(m["day"]), pub)
    return [_mention(m, value, "month_day", weekday.start() if weekday else None)]


def _iso(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _left_ok(m, forbid=DASHES):
        return []
    if m["day"] is None:
        return [_mention(m, m.group(), "absolute")]
    return [_mention(m, _ymd(int(m["year"]), int(m["mon"]), int(m["day"])), "absolute")]


def _us_numeric(m: re.Match[str], pub: date | None) -> list[DateMention]:
    year = int(m["year"]) if len(m["year"]) == 4 else _expand_year(int(m["year"]), pub)
    value = _ymd(year, int(m["mon"]), int(m["day"]))
    if value is None or not _left_ok(m, forbid="/."):
        return []
    return [_mention(m, value, "absolute")]


def _year_range(m: re.Match[str], pub: date | None) -> list[DateMention]:
    first = int(m["year"])
    last = int(m["end"]) if len(m["end"]) == 4 else first // 100 * 100 + int(m["end"])
    if not _left_ok(m) or not first < last <= 2100:
        return []
    one = _mention(m, str(first), "absolute", group="year")
    two = _mention(m, f"{last:04d}", "absolute", group="end")
    return [replace(one, qualifier="from"), replace(two, qualifier="to")]


def _is_quantity(m: re.Match[str]) -> bool:
    """'2000 fans', 'over 2000', '555 1987 ...' are numbers, not years."""
    text, end = m.string, m.end()
    if _before(m, _PHONE_BEFORE, 2) or _PHONE_AFTER.match(text, end, end + 4):
        return True
    previous = _word_before(m).lower()
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
    if not _left_ok(m) or _is_quantity(m):
        return []
    return [_mention(m, m.group(), "absolute")]


def _decade(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _DECADE.fullmatch(m.group()) or not _left_ok(m):
        return []
    if len(m.group()) == 3 and m.group()[0].isdigit() and _word_before(m).lower() != "the":
        return []  # "in her 40s" is an age; "the 90s" a decade
        return []
    return [_mention(m, None, "decade")]


def _month_only(m: re.Match[str], pub: date | None) -> list[DateMention]:
    if not _left_ok(m) or _word_before(m).lower() not in MONTH_LEADS:
        return []
    return [_mention(m, None, "month")]


def _this_last_next(m: re.Match[str], pub: date | None) -> list[DateMention]:
    rel = _before(m, _REL_BEFORE, 20)
    if rel is None or _left_ok(m) is False:
        return []
    if _DURATION_BEFORE.search(m.string, max(0, rel.start() - 6), rel.start()):
        return []  # "in the last year", "over the next month": a duration, not a date
    step = {"this": 0, "last": -1, "next": 1}[rel["rel"].lower()]
    unit, value = m.group(), None
    if pub is not None and unit == "year":
        value = str(pub.year + step)
    elif pub is not None and unit == "month":
        value = _month_shift(pub, step)
    kind = "relative" if value or unit != "week" else "vague"
    return [_mention(m, value, kind, rel.start())]


def _day_word(m: re.Match[str], pub: date | None) -> list[DateMention]:
    earlier = _before(m, _EARLIER_BEFORE, 10)
    if not _left_ok(m):
        return []
    if not m.group().lower().startswith(("today", "yesterday", "tonight", "this", "last")):
        return []
    if m.group()[0].isupper() and earlier is None and not _at_sentence_start(m):
        return []  # a show called "Today", a song called "Yesterday"
    back = 1 if m.group().lower() in ("yesterday", "last night") else 0
    value = (pub - timedelta(days=back)).isoformat() if pub else None
    return [_mention(m, value, "relative", earlier.start() if earlier else None)]


def _weekday_is_name(m: re.Match[str]) -> bool:
    """A bare weekday inside a name: "Good Friday", "Wednesday Addams"."""
    previous = _word_before(m)
    if previous.lower() in WEEKDAY_LEADS:
        return False
    capital_after = bool(_CAPITAL_AFTER.match(m.string, m.end(), m.end() + 3))
    if _at_sentence_start(m):
        return capital_after
    return capital_after or (previous[:1].isupper() and previous[-1].isalpha())


def _weekday(m: re.Match[str], pub: date | None) -> list[DateMention]:
    found = _before(m, _WEEKDAY_REL_BEFORE, 12)
    rel = re.sub(r"\s+", " ", found["rel"].lower()) if found else ""
    if not _left_ok(m) or (not rel and m["part"] is None and _weekday_is_name(m)):
        return []
    start = found.start() if found else None
    if pub is None:
        return [_mention(m, None, "weekday", start)]
    target = WEEKDAYS[m["wd"].lower()]
    if rel == "next":
        ahead = (target - pub.weekday()) % 7 or 7
        return [_mention(m, (pub + timedelta(days=ahead)).isoformat(), "weekday", start)]
    back = (pub.weekday() - target) % 7
    if back == 0 and rel in ("last", "this past", "past"):
        back = 7
    return [_mention(m, (pub - timedelta(days=back)).isoformat(), "weekday", start)]


def _ago(m: re.Match[str], pub: date | None) -> list[DateMention]:
    found = _before(m, _AGO_BEFORE)
    if found is None:
        return []  # "Chicago"
    num = (found["num"] or "").lower()
    amount = int(num) if num.isdigit() else NUMBER_WORDS.get(num)
    exact = found["hedge"] is None and found["unit"].lower() == "day"
    value = (pub - timedelta(days=amount)).isoformat() if exact and pub and amount else None
    start = found.start("num") if found["num"] else found.start("unit")
    return [_mention(m, value, "relative" if value else "vague", start)]


# --- the pattern table: at equal start and length, the earlier row wins -------------------
PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(rf"{_MON}\s+{_DAY},?\s+{_YEAR}"), _full_date),
    (re.compile(rf"{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"), _full_date),
    (re.compile(rf"{_MON},?\s+(?:of\s+)?{_YEAR}"), _month_year),
    (re.compile(r"(?P<year>1\d{3}|20\d{2})-(?P<mon>0[1-9]|1[0-2])"
                r"(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?!\d|-\d)"), _iso),
    (re.compile(r"(?P<mon>\d\d?)/(?P<day>\d\d?)/(?P<year>\d{4}|\d\d)(?![\d/])"), _us_numeric),
    (re.compile(rf"(?P<year>1[89]\d\d|20\d\d)\s?[{DASHES}]\s?"
                rf"(?P<end>1[89]\d\d|20\d\d|2100|\d\d)(?![\w%/]|[{DASHES}.,:]\d)"), _year_range),
    (re.compile(rf"{_MON}\s+{_DAY}(?!\s*[{DASHES}:/.]?\d)"), _month_day),
    (re.compile(rf"{_DAY}\s+(?:of\s+)?{_MON}"), _month_day),
    (re.compile(rf"(?:1[89]\d\d|20\d\d|2100)(?![\w%/])(?![.,:]\d)(?![{DASHES}]\d)"), _bare_year),
    (re.compile(rf"[{QUOTES}\d]\d{{1,3}}s\b"), _decade),
    (re.compile(rf"(?:{_FULL_MONTH_ALT})\b(?!\.?\s*\d)"), _month_only),
    (re.compile(r"(?:year|month|week)\b"), _this_last_next),
    (re.compile(r"[TtYyLl](?:oday|esterday|onight|his\s+(?:morning|afternoon|evening)"
                r"|ast\s+night)\b"), _day_word),
    (re.compile(rf"(?P<wd>{_WEEKDAY_ALT})\b(?:\s+(?P<part>morning|afternoon|evening|night))?"),
     _weekday),
    (re.compile(r"ago\b"), _ago),
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
    pub = _parse_published(published)
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
    for mention in mentions:
        if mention.qualifier is None:
            found = _QUALIFIER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            word = found["q"].lower() if found else ""
            qualifier = QUALIFIER_WORDS.get(word)
            if word == "and":  # "between 1994 and 1996"; a lone "and" qualifies nothing
                paired = out and out[-1].qualifier == "from"
                qualifier = "to" if paired else None
            mention = replace(mention, qualifier=qualifier)
        out.append(mention)
    return out


def resolve_relative(expr: str, published: str | None) -> str | None:
    """The value of the first date expression in ``expr`` ("last month" → "2021-05"), or None."""
    mentions = find_dates(expr, published)
    return mentions[0].value if mentions else None


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
    """Every "N years before/later" style offset in ``text``, in text order."""
    offsets = []
    for m in _OFFSET.finditer(text):
        num = m["num"].lower()
        amount = None if m["hedge"] else int(num) if num.isdigit() else NUMBER_WORDS[num]
        direction = "before" if m["dir"].lower() in ("before", "earlier", "prior") else "after"
        offsets.append(Offset(m.start(), m.end(), m.group(0), amount, m["unit"].lower(), direction))
    return offsets


def parse_offset(text: str) -> tuple[int, str] | None:
    """The first offset in years: "one year before" → (1, "before"); hedged or not years → None."""
    offsets = find_offsets(text)
    if not offsets or offsets[0].unit != "year" or offsets[0].amount is None:
        return None
    return offsets[0].amount, offsets[0].direction


def birth_year_from_age(age: int, published: str | None) -> str | None:
    """Birth year of someone who turns ``age`` in the publication year, or None."""
    pub = _parse_published(published)
    if pub is None or not 0 <= age <= 125:
        return None
    return f"{pub.year - age:04d}"


def parse_published(text: str) -> str | None:
    """The first full date in a date line or metadata value, as ``YYYY-MM-DD``, or None."""
    m = _ISO_DAY.match(text)
    if m:
        return _ymd(*map(int, m.groups()))
    for mention in find_dates(text):
        if mention.kind == "absolute" and mention.value and len(mention.value) == 10:
            return mention.value
    return None
