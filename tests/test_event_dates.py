"""Dates anchored to other events: 'one year later' after an earlier sentence's date, and an
age reached on a dated birthday. Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read

from celebgraph.extract import extract_facts


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Anna Kowalski started dating Peter Brandt in May 2014. The actor proposed one "
                 "year later.", key("engaged", "Anna Kowalski", "Peter Brandt", "2015"),
                 id="later-than-the-last-date-told"),
    pytest.param("Anna Kowalski met Peter Brandt in 2009. Three years later, the two were married.",
                 key("spouse", "Anna Kowalski", "Peter Brandt", "2012"),
                 id="opening-offset"),
    pytest.param("Anna Kowalski and Peter Brandt threw a party for their daughter Ida, who turned "
                 "two on Monday.", key("born", "Ida", None, "2021"), id="turned-two-on-a-day"),
    pytest.param("Anna Kowalski turned 50 in 2019.", key("born", "Anna Kowalski", None, "1969"),
                 id="turned-fifty-in-a-year"),
    pytest.param("The couple have a son, Ivo Kowalski, who turns three in January.",
                 key("born", "Ivo Kowalski", None, "2021"), id="turns-three-in-the-coming-month"),
    pytest.param("Lena Fisk and Paul Amado met at the 2008 Winter Games and got engaged two "
                 "years later in Rome.", key("engaged", "Lena Fisk", "Paul Amado", "2010"),
                 id="offset-after-the-event-counts-from-the-date-before"),
    pytest.param("Lena Fisk married Paul Amado in 2010, and two years later they moved to Rome.",
                 key("spouse", "Lena Fisk", "Paul Amado", "2010"),
                 id="own-date-after-the-event-wins-over-a-later-offset"),
    pytest.param("Lena Fisk and Paul Amado met in 2015 on a ferry to Oslo. They began dating "
                 "the following spring.", key("partner", "Lena Fisk", "Paul Amado", "2016"),
                 id="the-following-spring"),
    pytest.param("Lena Fisk and Paul Amado met in 2015 and married the next year.",
                 key("spouse", "Lena Fisk", "Paul Amado", "2016"), id="the-next-year"),
])
def test_dates_from_other_events(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-05-10")


def test_an_age_goes_to_the_name_before_who() -> None:
    facts = read("Together the pair share son Ivo, three, and daughter Ada, who turned one on "
                 "Tuesday.", published="2022-10-04", only=("born",))
    assert facts == {key("born", "Ada", None, "2021")}


def _marriage(text: str) -> tuple[str | None, str | None]:
    (fact,) = [f for f in extract_facts(text, published="2023-05-10") if f.relation == "spouse"]
    return fact.start, fact.end


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tobias Warrender (1904–1979) was a shipwright's son from Hull. In 1923 he "
                 "joined a touring theatre company. Four years later he married the actress "
                 "Greta Lindqvist (1906–1990).", ("1927", None), id="later-than-a-year-told"),
    pytest.param("Lord Ambrose Fenwick married Lady Cordelia Ashby (1921–2013) in 1951. Lord "
                 "Ambrose died in 1997.", ("1951", "1997"), id="the-first-death-ends-it"),
    pytest.param("Olga Brandt was married to Peter Kowalski (1994–2001).", ("1994", "2001"),
                 id="a-range-after-the-spouse-is-the-marriage"),
])
def test_a_spouse_lifespan_dates_no_marriage(text: str, expected: tuple[str, str | None]) -> None:
    """A range after the spouse's name is the spouse's life when the marriage is dated
    otherwise or the range is a lifetime long; the first death ends the marriage."""
    assert _marriage(text) == expected


def test_the_pair_dated_from_to_dates_the_couple_in_play() -> None:
    facts = read("Before that, Mira Olsen was in a relationship with the footballer Dario Kent; "
                 "the pair dated from 2012 to 2015.", only=("partner",))
    assert facts == {key("partner", "Dario Kent", "Mira Olsen", "2012..2015")}


def test_a_divorce_coordinated_with_the_marriage_ends_it() -> None:
    facts = read("Rafael Okoro shares a son with his ex-wife, the model Ines Varga, whom he "
                 "married in 2010 and divorced in 2016.", only=("spouse",))
    assert facts == {key("spouse", "Ines Varga", "Rafael Okoro", "2010..2016")}


def test_a_divorce_finalized_after_a_filing_ends_the_filed_marriage() -> None:
    facts = read("Nora Quist filed for divorce from Ivan Bell in 2019, and the divorce was "
                 "finalized in 2020.", only=("spouse", "divorce_filed"))
    assert facts == {key("divorce_filed", "Ivan Bell", "Nora Quist", "2019"),
                     key("spouse", "Ivan Bell", "Nora Quist", "..2020")}


def test_whom_stands_for_the_name_in_a_described_appositive() -> None:
    """'his first wife, the cellist Y, whom he married in 1996': the parse hangs the relative
    clause on 'wife'; the name is inside the appositive 'the cellist Y'."""
    facts = read("Omar Vale has a daughter with his first wife, the cellist Hanne Vik, whom he "
                 "married in 1996 and divorced in 2003.", only=("spouse",))
    assert facts == {key("spouse", "Hanne Vik", "Omar Vale", "1996..2003")}


@pytest.mark.parametrize("text", [
    pytest.param("Sir Hugo Lind, 3rd Baronet, succeeded on his grandfather's death in 1923.",
                 id="a-relative-s-death"),
    pytest.param("After the death of his wife in 1990, Tom Vale moved to Paris.",
                 id="the-death-of-his-wife"),
    pytest.param("Tom Vale sold the yard in 1931, and the title became extinct on his death.",
                 id="a-date-of-another-clause"),
])
def test_a_death_noun_dates_the_death_of_its_owner_in_its_clause(text: str) -> None:
    assert read(text, published="2023-05-10", only=("died",)) == set()


def test_a_death_noun_of_a_name() -> None:
    facts = read("Tom Vale moved to Paris after the death of Ada Moss in 1990.",
                 published="2023-05-10", only=("died",))
    assert facts == {key("died", "Ada Moss", None, "1990")}


def test_marrying_his_first_wife_without_a_subject() -> None:
    """'After marrying his first wife, Y, in 1978, a chance meeting ...': the verb has no
    subject of its own; the spouse noun's owner and the name beside it are the couple."""
    facts = read("Kevin Vale started acting in college. After marrying his first wife, Cindy "
                 "Silva, in 1978, a chance encounter with an actor changed his mind.",
                 only=("spouse",))
    assert facts == {key("spouse", "Cindy Silva", "Kevin Vale", "1978")}


def test_a_birthday_without_a_year_is_no_birth_date_for_a_grown_up() -> None:
    """'born on Oct. 16' takes the publication's year only for a newborn: the one who died at
    78, married or has children was born decades before."""
    text = ("Actor Cole Brandt died on Monday. Born in Leeds on Oct. 16, Brandt married Ida Lutz "
            "in 1970.")
    assert not [k for k in read(text, published="2023-05-10") if k[0] == "born"]


def test_a_newborn_born_on_a_day_takes_the_publication_year() -> None:
    text = "Ana Lutz and Ben Crane welcomed a daughter. Ola was born on April 20, the couple said."
    assert key("born", "Ola", None, "2023-04-20") in read(text, published="2023-05-10")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lena Fisk and Paul Amado got engaged last Christmas.",
                 key("engaged", "Lena Fisk", "Paul Amado", "2022-12"), id="last-christmas"),
    pytest.param("Lena Fisk married Paul Amado on Christmas Eve 2019.",
                 key("spouse", "Lena Fisk", "Paul Amado", "2019-12-24"), id="holiday-with-year"),
    pytest.param("Lena Fisk and Paul Amado wed on Valentine's Day.",
                 key("spouse", "Lena Fisk", "Paul Amado", "2023-02-14"), id="bare-holiday"),
    pytest.param("Lena Fisk and Paul Amado began dating in 2015 and got engaged on Christmas "
                 "Day two years later.", key("engaged", "Lena Fisk", "Paul Amado", "2017"),
                 id="bare-holiday-after-a-year-takes-the-offset"),
])
def test_holidays_are_dates(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-05-10")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tomas Brill, who was nominated for an Oscar for the 1966 drama \"Winter "
                 "Hours\", died in Leeds of heart failure.", set(),
                 id="a-film-year-dates-no-death"),
    pytest.param("Wera Lenk, who wrote of her childhood in her 2005 memoir, died in Graz in "
                 "2019.", {key("died", "Wera Lenk", None, "2019")}, id="a-book-year-is-passed-by"),
    pytest.param("Tomas Brill and Greta Lind shared a photo from their 1983 wedding day.",
                 {key("spouse", "Tomas Brill", "Greta Lind", "1983")},
                 id="a-wedding-day-year-dates-the-wedding"),
    pytest.param("Tomas Brill married Greta Lind in a 2013 ceremony in Leeds.",
                 {key("spouse", "Tomas Brill", "Greta Lind", "2013")},
                 id="a-ceremony-year-dates-the-wedding"),
])
def test_a_year_before_a_noun_names_that_thing(text: str, expected: set[Key]) -> None:
    """'the 1966 drama': the year belongs to the film, not to the sentence's event word."""
    assert read(text, only=("died", "spouse")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Wera Lenk died on Tuesday. She was preceded in death by her husband of 53 "
                 "years, Tom Pike.", (None, None), id="the-spouse-died-first-undated"),
    pytest.param("Wera Lenk died on Tuesday. \"She was proceeded in death by her husband of 53 "
                 "years, Tom Pike,\" the statement said.", (None, None),
                 id="the-misspelt-lead"),
    pytest.param("Wera Lenk died on Tuesday. She was predeceased by her husband, Tom Pike, in "
                 "2010.", (None, "2010"), id="the-spouse-died-first-dated"),
    pytest.param("Wera Lenk died on Tuesday. She is survived by her husband, Tom Pike.",
                 (None, "2023-05-09"), id="the-survivor-outlives-her"),
])
def test_a_spouse_who_died_first_ends_the_marriage(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """'predeceased by her husband': the marriage ended at his death, not at hers."""
    assert _marriage(text) == expected


def test_a_widow_who_dies_is_the_one_who_died_and_her_death_ends_no_marriage() -> None:
    """'X, the widow of Y, has died': X died (not the nearer name Y), and the marriage had
    ended with Y's death, never X's."""
    text = "Greta Moll, the widow of Anton Fiske, has died at 88."
    assert read(text, published="2023-05-10") == {
        key("died", "Greta Moll", None, "2023-05-10"),
        key("spouse", "Anton Fiske", "Greta Moll", None),
    }
    told = read(text + " Fiske died in 1999.", published="2023-05-10", only=("spouse",))
    assert told == {key("spouse", "Anton Fiske", "Greta Moll", "..1999")}


def test_a_spouse_noun_since_a_date_dates_the_marriage() -> None:
    facts = read("Anton Fiske, Greta Moll's husband since 2015, is a chef.", only=("spouse",))
    assert facts == {key("spouse", "Greta Moll", "Anton Fiske", "2015")}
    named_after = read("Greta Moll and her partner since June 2019, Anton Fiske, live in Oslo.",
                       only=("partner",))
    assert named_after == {key("partner", "Greta Moll", "Anton Fiske", "2019-06")}
