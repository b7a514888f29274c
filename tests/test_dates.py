"""Date normalization: find_dates, relative dates, offsets, shifting, publication dates.

Every sentence here is written for these tests. PUB is a Thursday.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest

from celebgraph.errors import CelebgraphError
from celebgraph.extract.dates.find import (
    DateFormatError,
    DateMention,
    birth_year_from_age,
    find_dates,
    find_offsets,
    parse_offset,
    parse_published,
    resolve_relative,
    shift,
)

PUB = "2022-03-17"  # a Thursday


def only(text: str, published: str | None = PUB) -> DateMention:
    """The single mention in ``text``, with its offsets checked against the text."""
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert text[m.start : m.end] == m.text
    return m


# --- absolute dates -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The pair wed in 2014 near a lake.", "2014", "2014"),
        ("2014 was the year they met.", "2014", "2014"),
        ("They split in December 2003 after a long tour.", "December 2003", "2003-12"),
        ("She wed the drummer in November of 2018.", "November of 2018", "2018-11"),
        ("They married in March, 1996, in a small chapel.", "March, 1996", "1996-03"),
        ("The actor was born June 4, 1975, in a coastal town.", "June 4, 1975", "1975-06-04"),
        ("The singer was born on 4 June 1975 in a port city.", "4 June 1975", "1975-06-04"),
        ("They wed on February 14, 1981, at the town hall.", "February 14, 1981", "1981-02-14"),
        ("Their son arrived Jan. 7, 2012 in the morning.", "Jan. 7, 2012", "2012-01-07"),
        ("She moved to the coast in Sept 2019.", "Sept 2019", "2019-09"),
        ("She moved to the coast in Sept. 2019.", "Sept. 2019", "2019-09"),
        ("The twins came on June 4th, 1975.", "June 4th, 1975", "1975-06-04"),
        ("The twins came on the 4th of June 1975.", "4th of June 1975", "1975-06-04"),
        ("The filing is dated 2013-06-15 in the record.", "2013-06-15", "2013-06-15"),
        ("The filing is dated 2013-06 in the record.", "2013-06", "2013-06"),
        ("The form was signed 11/08/2022 by both.", "11/08/2022", "2022-11-08"),
        ("The form was signed 11/8/22 by both.", "11/8/22", "2022-11-08"),
        ("The 2014-married couple smiled.", "2014", "2014"),
        ("She starred in a heist movie (2014) with him.", "2014", "2014"),
        ("He praised 1997's quiet drama.", "1997", "1997"),
        ("A photo from mid-2014 shows them.", "2014", "2014"),
        ("Wednesday, 22 August 2012 was the hearing.", "Wednesday, 22 August 2012", "2012-08-22"),
        ("On Tuesday, June 4, 2019 she filed.", "Tuesday, June 4, 2019", "2019-06-04"),
    ],
)
def test_absolute_dates(text: str, span: str, value: str) -> None:
    m = only(text)
    assert (m.text, m.value, m.kind) == (span, value, "absolute")
    assert m.start == text.index(span)


def test_a_day_after_a_dash_is_not_the_end_of_a_year_range() -> None:
    """'1911 – 23 June 1990' is a year and a full date, not the range 1911–23 and 'June 1990'."""
    text = "Hedda Morrow (1911 – 23 June 1990) was a sculptor."
    assert [m.value for m in find_dates(text)] == ["1911", "1990-06-23"]


def test_absolute_dates_need_no_publication_date() -> None:
    text = "They wed on February 14, 1981 and split in 1999."
    assert [(m.start, m.end, m.value) for m in find_dates(text)] == [
        (12, 29, "1981-02-14"),
        (43, 47, "1999"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Signed 11/8/22.", "2022-12-01", "2022-11-08"),
        ("Signed 11/8/22.", "2021-12-01", "1922-11-08"),  # 2022 would be after publication
        ("Signed 3/4/99.", "2022-12-01", "1999-03-04"),
        ("Signed 3/4/05.", "2022-12-01", "2005-03-04"),
    ],
)
def test_two_digit_years_pivot_on_the_publication_year(
    text: str, published: str, value: str
) -> None:
    assert only(text, published).value == value


def test_impossible_calendar_day_has_no_value() -> None:
    m = only("It was dated February 30, 2014 by mistake.")
    assert (m.text, m.value) == ("February 30, 2014", None)


@pytest.mark.parametrize("text", ["They danced to '90s hits.", "Fashion of the 1970s returned.",
                                  "The look of the 90s is back.", "Songs from the mid-1980s."])
def test_a_decade_is_not_a_date(text: str) -> None:
    m = only(text)
    assert (m.value, m.kind) == (None, "decade")
    assert m.text.endswith("0s")


# --- month and day without a year ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The papers were filed on June 29 in the city.", "June 29", "2021-06-29"),
        ("They settled on July 9, lawyers said.", "July 9", "2021-07-09"),
        ("The baby came March 12 at dawn.", "March 12", "2022-03-12"),
        ("The baby came March 17 at dawn.", "March 17", "2022-03-17"),  # publication day
        ("The baby came March 18 at dawn.", "March 18", "2021-03-18"),  # never after it
        ("They met on 29 June at a party.", "29 June", "2021-06-29"),
        ("They met on Feb. 2 at a party.", "Feb. 2", "2022-02-02"),
    ],
)
def test_month_day_takes_the_latest_year_not_after_publication(
    text: str, span: str, value: str
) -> None:
    m = only(text)
    assert (m.text, m.value, m.kind) == (span, value, "month_day")


def test_month_day_without_publication_has_no_value() -> None:
    m = only("The papers were filed on June 29.", None)
    assert (m.text, m.value) == ("June 29", None)


def test_february_29_looks_back_to_a_leap_year() -> None:
    assert only("Born on February 29, they say.", "2023-05-01").value == "2020-02-29"


@pytest.mark.parametrize(
    ("text", "value"),
    [("They found out in February.", "2022-02"), ("Back in July she posted.", "2021-07")],
)
def test_a_month_without_a_year_is_the_latest_such_month(text: str, value: str) -> None:
    m = only(text)
    assert (m.value, m.kind) == (value, "month")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("They found out in February.", None),
        ("She was born in 2012 and shown to fans in February.", PUB),
        ("They plan to wed next June.", PUB),
    ],
)
def test_a_month_without_a_year_is_unknown_without_publication_or_after_a_year(
    text: str, published: str | None
) -> None:
    month = [m for m in find_dates(text, published) if m.kind == "month"]
    assert len(month) == 1 and month[0].value is None


# --- relative to the publication date -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("She filed earlier this year.", "earlier this year", "2022"),
        ("This year the couple moved.", "This year", "2022"),
        ("They wed last year in secret.", "last year", "2021"),
        ("He proposed last month, a friend said.", "last month", "2022-02"),
        ("The tour started this month.", "this month", "2022-03"),
        ("She posted yesterday from the beach.", "yesterday", "2022-03-16"),
        ("He replied today with a photo.", "today", "2022-03-17"),
        ("Earlier today a rep confirmed it.", "Earlier today", "2022-03-17"),
        ("Today the pair confirmed it.", "Today", "2022-03-17"),
        ("She posted on Tuesday for his birthday.", "Tuesday", "2022-03-15"),
        ("She posted Tuesday for his birthday.", "Tuesday", "2022-03-15"),
        ("The girl arrived this past Monday.", "this past Monday", "2022-03-14"),
        ("They split last Friday, sources say.", "last Friday", "2022-03-11"),
        ("The boy was born Thursday morning.", "Thursday morning", "2022-03-17"),
        ("He flew out on Thursday night.", "Thursday night", "2022-03-17"),
        ("On Thursday the judge ruled.", "Thursday", "2022-03-17"),  # same day as publication
        ("They met last Thursday.", "last Thursday", "2022-03-10"),  # "last" is a week back
        ("She landed three days ago.", "three days ago", "2022-03-14"),
    ],
)
def test_relative_dates(text: str, span: str, value: str) -> None:
    m = only(text)
    assert (m.text, m.value) == (span, value)
    assert m.start == text.index(span)


def test_last_month_in_january_is_december() -> None:
    assert only("They wed last month.", "2021-01-09").value == "2020-12"


@pytest.mark.parametrize(
    "text",
    ["She filed earlier this year.", "He proposed last month.", "She posted on Tuesday.",
     "He replied yesterday."],
)
def test_relative_dates_without_publication_have_no_value(text: str) -> None:
    assert only(text, None).value is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They met a few years ago.", "a few years ago"),
        ("They met about two years ago.", "two years ago"),
        ("She was seen just days ago.", "days ago"),
    ],
)
def test_imprecise_relative_expressions_have_no_value(text: str, span: str) -> None:
    m = only(text)
    assert (m.text, m.value, m.kind) == (span, None, "vague")


@pytest.mark.parametrize(
    "text",
    ["She grew a lot in the last year.", "Over the next month they will tour.",
     "Tickets for Good Friday sold out.", "He played Wednesday Addams on stage.",
     "She told Today about the wedding.", "The family moved to Chicago."],
)
def test_durations_and_names_are_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


# --- qualifiers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("They have dated since 2016.", "2016", "since"),
        ("By 2000 she had married again.", "2000", "by"),
        ("They toured until 2019.", "2019", "until"),
        ("They met around 2010.", "2010", "approx"),
        ("They met circa 2010.", "2010", "approx"),
        ("He left before 2005.", "2005", "before"),
        ("She returned after 2005.", "2005", "after"),
        ("They dated since June 2016.", "June 2016", "since"),
        ("They have lived there since last year.", "last year", "since"),
        ("She married in 2014.", "2014", None),
        ("He left before the 2019 tour.", "2019", None),  # "before" modifies the tour
    ],
)
def test_qualifiers(text: str, span: str, qualifier: str | None) -> None:
    m = only(text)
    assert (m.text, m.qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    "text",
    ["She was wed to him from 1994 to 1996.", "She was wed to him between 1994 and 1996.",
     "She was wed to him 1994\u20131996.", "She was wed to him 1994-1996."],
)
def test_ranges_give_from_and_to(text: str) -> None:
    mentions = find_dates(text, PUB)
    assert [(m.text, m.value, m.qualifier) for m in mentions] == [
        ("1994", "1994", "from"),
        ("1996", "1996", "to"),
    ]
    assert [text[m.start : m.end] for m in mentions] == ["1994", "1996"]


def test_a_lone_and_is_not_a_range() -> None:
    mentions = find_dates("She wed in 2001 and 2009.", PUB)
    assert [m.qualifier for m in mentions] == [None, None]


# --- things that are not dates ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "She kept the $60 million home.",
        "She posts to her 227 million followers.",
        "The girl weighed 8 lbs., 2 oz. at birth.",
        "She was born at 7:29 pm in a clinic.",
        "He measured 20.75 inches long.",
        "She was 54 when she died.",
        "He was turning 44 that day.",
        "They attended the 80th Golden Globe Awards.",
        "The song went to No. 1 quickly.",
        "Call 555-2010 or 212-555-1987 for tickets.",
        "Some 2000 fans waited outside.",
        "About 2000 fans waited outside.",
        "The hall seats 1,500 people.",
        "Over 2000 guests came.",
        "The venue holds 1900 people.",
        "In her 40s she took up acting.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_year_followed_by_a_plural_after_in_is_still_a_year() -> None:
    assert only("In 2014 reports of a wedding spread.").value == "2014"


def test_several_mentions_in_order_without_overlap() -> None:
    text = "Born June 4, 1975, she wed in 2014, split last year and posted on Tuesday."
    mentions = find_dates(text, PUB)
    assert [(m.text, m.value) for m in mentions] == [
        ("June 4, 1975", "1975-06-04"),
        ("2014", "2014"),
        ("last year", "2021"),
        ("Tuesday", "2022-03-15"),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


# --- resolve_relative, shift, offsets, ages, publication dates ---------------------------
@pytest.mark.parametrize(
    ("expr", "published", "value"),
    [
        ("earlier this year", "2021-06-09", "2021"),
        ("last month", "2021-06-09", "2021-05"),
        ("on Tuesday", "2021-06-09", "2021-06-08"),
        ("on Wednesday", "2021-06-09", "2021-06-09"),
        ("last year", None, None),
        ("a year ago", "2021-06-09", "2020"),
        ("two weeks ago", "2021-06-09", "2021-05"),
        ("last week", "2021-06-03", "2021-05"),
        ("earlier this week", "2021-06-09", "2021-06"),
        ("three months ago", "2021-06-09", "2021-03"),
        ("since last summer", "2021-06-09", "2020"),
        ("last fall", "2021-12-09", "2020"),
        ("this past fall", "2021-12-09", "2021"),
        ("last June", "2020-08-10", "2019-06"),
        ("in 2014", None, "2014"),
        ("nothing here", "2021-06-09", None),
    ],
)
def test_resolve_relative(expr: str, published: str | None, value: str | None) -> None:
    assert resolve_relative(expr, published) == value


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        ("2014", {"years": -1}, "2013"),
        ("2014", {"years": 2}, "2016"),
        ("2013-06", {"months": 7}, "2014-01"),
        ("2013-06", {"years": -1, "months": -6}, "2011-12"),
        ("2013-06-15", {"days": -20}, "2013-05-26"),
        ("2012-02-29", {"years": 1}, "2013-02-28"),
        ("2013-01-31", {"months": 1}, "2013-02-28"),
    ],
)
def test_shift_keeps_precision(value: str, kwargs: dict[str, int], expected: str) -> None:
    assert shift(value, **kwargs) == expected


@pytest.mark.parametrize(
    ("value", "kwargs"),
    [("2014", {"months": 6}), ("2014", {"days": 1}), ("2013-06", {"days": 3}),
     ("June 2014", {"years": 1}), ("2013-13-01", {"days": 1}), ("9999", {"years": 1})],
)
def test_shift_refuses_what_it_cannot_do(value: str, kwargs: dict[str, int]) -> None:
    with pytest.raises(DateFormatError) as info:
        shift(value, **kwargs)
    assert isinstance(info.value, CelebgraphError)
    assert repr(value) in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one year before", (1, "before")),
        ("two years later", (2, "after")),
        ("a year after", (1, "after")),
        ("Five years later, she moved.", (5, "after")),
        ("an year earlier", (1, "before")),
        ("3 years prior", (3, "before")),
        ("born in 2013, one year before the wedding", (1, "before")),
        ("less than a year later", None),
        ("nearly two years after", None),
        ("a few years later", None),
        ("six months later", None),
        ("they married later", None),
    ],
)
def test_parse_offset(text: str, expected: tuple[int, str] | None) -> None:
    assert parse_offset(text) == expected


def test_find_offsets_gives_units_spans_and_hedges() -> None:
    text = "She wed in 2013, six months later a son came, and more than a year after they split."
    found = find_offsets(text)
    assert [(o.text, o.amount, o.unit, o.direction) for o in found] == [
        ("six months later", 6, "month", "after"),
        ("more than a year after", None, "year", "after"),
    ]
    assert [text[o.start : o.end] for o in found] == [o.text for o in found]


@pytest.mark.parametrize(
    ("age", "published", "expected"),
    [(44, "2021-06-09", "1977"), (0, "2021-06-09", "2021"), (44, None, None),
     (300, "2021-06-09", None)],
)
def test_birth_year_from_age(age: int, published: str | None, expected: str | None) -> None:
    assert birth_year_from_age(age, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-09", "2021-06-09"),
        ("2021-06-09T08:30:00Z", "2021-06-09"),
        ("June 9, 2021", "2021-06-09"),
        ("Wednesday, 22 August 2012", "2012-08-22"),
        ("Posted by a staff writer March 3, 2020 | 10:15 am", "2020-03-03"),
        ("06/09/2021", "2021-06-09"),
        ("June 2021", None),
        ("2021-02-30", None),
        ("no date at all", None),
    ],
)
def test_parse_published(text: str, expected: str | None) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("published", ["June 9, 2021", "2021-02-30", "yesterday"])
def test_a_bad_publication_date_is_a_clear_error(published: str) -> None:
    with pytest.raises(DateFormatError, match="not a YYYY-MM-DD date"):
        find_dates("They wed last year.", published)


# --- long and hostile input ---------------------------------------------------------------
@pytest.mark.parametrize(
    "chunk",
    ["1", "2014 ", "1/1/1/", "June ", " ", "4 ", "2014-", "since the early ", "a ", "'1",
     "Tuesday ", "last ", "years ago "],
)
def test_hostile_input_stays_linear(chunk: str) -> None:
    small, large = chunk * (20_000 // len(chunk)), chunk * (200_000 // len(chunk))
    t_small = _fastest(lambda: find_dates(small, PUB), 3)
    t_large = _fastest(lambda: find_dates(large, PUB), 2)
    assert t_large < 30 * max(t_small, 0.005)  # 10x the text, far from 100x


def _fastest(run: Callable[[], object], times: int) -> float:
    """The fastest of a few runs: a run the machine's other work interrupted is not the
    code's cost (one run each failed this test under a load of 20)."""
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best
