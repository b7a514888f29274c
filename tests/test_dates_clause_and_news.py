"""A marriage's date told around other clauses: a 'since' date of another verb is not the
marriage's; 'are divorcing after 12 years of marriage' and 'are back together three years after
their split' count back from the news's date; 'last June' and 'last summer' are the previous
year's. Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read

from celebgraph.extract import extract_facts


@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param("Oda Fenwick and Lars Turvey announced their split on Monday. The two, who "
                 "married in January 2009, are parents to a son and had not appeared together "
                 "since August 2016.", "2017-09-14",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2009-01"),
                 id="since-of-another-verb-is-not-the-marriages"),
    pytest.param("Oda Fenwick and Lars Turvey confirmed the split. The couple, who wed in 2012, "
                 "have lived apart since 2019.", "2020-03-02",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2012"),
                 id="since-of-living-apart"),
    pytest.param("Oda Fenwick and Lars Turvey have been married since 2009.", "2017-09-14",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2009"),
                 id="married-since-keeps-its-date"),
    pytest.param("Oda Fenwick and Lars Turvey dated from 2012 to 2015.", "2017-09-14",
                 key("partner", "Oda Fenwick", "Lars Turvey", "2012..2015"),
                 id="a-span-of-the-event-word"),
    pytest.param("The Earl of Brackmoor and his wife, Countess Ilse, are divorcing after 12 years "
                 "of marriage, the family said.", "2023-01-23",
                 key("spouse", "Earl of Brackmoor", "Countess Ilse", "2011"),
                 id="are-divorcing-after-years-of-marriage"),
    pytest.param("Oda Fenwick and Lars Turvey are splitting after nine years of marriage.",
                 "2023-01-23", key("spouse", "Oda Fenwick", "Lars Turvey", "2014"),
                 id="are-splitting-after-years-of-marriage"),
    pytest.param("Oda Fenwick filed for divorce from Lars Turvey on Tuesday after 12 years of "
                 "marriage.", "2023-01-23", key("spouse", "Oda Fenwick", "Lars Turvey", "2011"),
                 id="filed-on-a-day-after-years-of-marriage"),
    pytest.param("Oda Fenwick and Lars Turvey, who got married last June in Lisbon, are "
                 "expecting their first child.", "2020-08-10",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2019-06"),
                 id="last-june-is-the-previous-years"),
    pytest.param("Oda Fenwick and Lars Turvey married in Lisbon last summer.", "2024-09-03",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2023"),
                 id="last-summer-is-the-previous-years"),
    pytest.param("Oda Fenwick and Lars Turvey married in Lisbon this summer.", "2024-09-03",
                 key("spouse", "Oda Fenwick", "Lars Turvey", "2024"),
                 id="this-summer-is-this-years"),
])
def test_marriage_date(text: str, pub: str, expected: Key) -> None:
    assert expected in read(text, published=pub, only=("spouse", "partner"))


@pytest.mark.parametrize("text", [
    "Oda Fenwick and Lars Turvey will be divorcing after nine years of marriage.",
    "Oda Fenwick and Lars Turvey were divorcing after nine years of marriage when he fell ill.",
])
def test_no_news_no_count_back(text: str) -> None:
    facts = read(text, published="2023-01-23", only=("spouse",))
    assert all(f[3] is None for f in facts)


def test_an_undated_article_counts_nothing_back() -> None:
    facts = read("Oda Fenwick and Lars Turvey are divorcing after nine years of marriage.",
                 only=("spouse",))
    assert all(f[3] is None for f in facts)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dancers Kayla Brent and Rory Osei are back together three years after their "
                 "split.", key("separated", "Kayla Brent", "Rory Osei", "2020"),
                 id="years-after-their-split-in-the-present"),
    pytest.param("Dancers Kayla Brent and Rory Osei reunited three years after their split.",
                 key("separated", "Kayla Brent", "Rory Osei", None),
                 id="a-past-tense-tells-no-news-date"),
])
def test_years_after_an_event_before_the_news(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-01-17", only=("separated",))


def test_years_after_an_event_in_an_undated_article() -> None:
    facts = read("Dancers Kayla Brent and Rory Osei are back together three years after their "
                 "split.", only=("separated",))
    assert facts == {key("separated", "Kayla Brent", "Rory Osei", None)}


def test_the_evidence_shows_the_sentence_with_the_date() -> None:
    text = ("Oda Fenwick and Lars Turvey announced their split on Monday. The two, who married in "
            "January 2009, are parents to a son and had not appeared together since August 2016.")
    spouse = next(f for f in extract_facts(text, published="2017-09-14")
                  if f.relation == "spouse")
    assert spouse.start == "2009-01"
    assert "who married in January 2009" in spouse.evidence


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nora Vell and Tim Oakes have been married for ten years.",
                 key("spouse", "Nora Vell", "Tim Oakes", "2010"), id="have-been-married-for"),
    pytest.param("Nora Vell has been married to Tim Oakes for 12 years.",
                 key("spouse", "Nora Vell", "Tim Oakes", "2008"), id="the-length-after-the-spouse"),
    pytest.param("Nora Vell and Tim Oakes have been married for nearly 12 years.",
                 key("spouse", "Nora Vell", "Tim Oakes", None), id="a-hedged-length"),
    pytest.param("Nora Vell and Tim Oakes had been married for 12 years when he died.",
                 key("spouse", "Nora Vell", "Tim Oakes", None), id="a-past-perfect-length"),
    pytest.param("Nora Vell and her husband of 12 years, Tim Oakes, attended the gala.",
                 key("spouse", "Nora Vell", "Tim Oakes", None), id="husband-of-n-years-may-"
                 "have-ended-before-the-news"),
])
def test_length_of_a_marriage_in_the_news(text: str, expected: Key) -> None:
    assert expected in read(text, published="2020-06-10", only=("spouse",))


def test_length_of_a_marriage_in_an_undated_article() -> None:
    facts = read("Nora Vell and Tim Oakes have been married for ten years.", only=("spouse",))
    assert facts == {key("spouse", "Nora Vell", "Tim Oakes", None)}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nora Vell and Tim Oakes, who tied the knot in 2019, have split.",
                 key("separated", "Nora Vell", "Tim Oakes", "2020-06-10"),
                 id="the-year-is-the-weddings-the-split-is-news"),
    pytest.param("Nora Vell, who married Tim Oakes in 2015, has filed for divorce.",
                 key("divorce_filed", "Nora Vell", "Tim Oakes", "2020-06-10"),
                 id="the-year-is-the-weddings-the-filing-is-news"),
])
def test_news_beside_a_date_of_another_event(text: str, expected: Key) -> None:
    assert expected in read(text, published="2020-06-10", only=("separated", "divorce_filed"))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nadia Rusk and Owen Tamm began dating in June 2012. Nine months later, they "
                 "got engaged.", key("engaged", "Nadia Rusk", "Owen Tamm", "2013-03"),
                 id="months-later-from-a-month"),
    pytest.param("Nadia Rusk and Owen Tamm got engaged in 2014, and six months later they "
                 "married in Bath.", key("spouse", "Nadia Rusk", "Owen Tamm", None),
                 id="months-later-from-a-year-alone"),
])
def test_months_later(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-01-17", only=("engaged", "spouse"))


def test_a_heading_she_says_yes_dates_the_proposal_below_it() -> None:
    text = ("Tobin Greer and Ines Marlow: a timeline\n\n2015: They meet on a set\nGreer and Marlow "
            "met while filming a thriller in Oslo.\n\nDecember 31, 2019: She says yes\nGreer "
            "proposed at midnight on New Year's Eve in Lisbon.\n")
    assert key("engaged", "Ines Marlow", "Tobin Greer", "2019-12-31") in read(
        text, published="2024-06-10", only=("engaged",))


def test_divorced_after_being_married_for_years() -> None:
    facts = read("News emerged that Nora Vell and Tim Oakes have officially divorced after being "
                 "married for two years.", published="2023-09-19", only=("spouse",))
    assert facts == {key("spouse", "Nora Vell", "Tim Oakes", "2021..2023-09-19")}


def test_earlier_this_week_is_the_weeks_month() -> None:
    facts = read("Earlier this week, Nora Vell announced her separation from her husband, Tim "
                 "Oakes.", published="2023-09-19", only=("separated",))
    assert facts == {key("separated", "Nora Vell", "Tim Oakes", "2023-09")}
