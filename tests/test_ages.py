"""Ages a dated article gives its people, as the birth years they imply (Person.born_about)."""

from __future__ import annotations

from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text


def born_about(text: str) -> dict[str, tuple[str, ...]]:
    extraction = extract_document(document_from_text(text, "t"))
    return {p.name: p.born_about for p in extraction.people}


def test_an_age_after_the_name_and_in_a_description_before_it() -> None:
    people = born_about("date 2020-05-01\n\nMina Castell, 31, married Rob Tate in Lyon on "
                        "Saturday. The 40-year-old director Ivo Brandt married Nora Fell in "
                        "2015.")
    assert people["Mina Castell"] == ("1989",)
    assert people["Ivo Brandt"] == ("1980",)
    assert people["Rob Tate"] == ()


def test_an_age_in_brackets_and_in_an_apposition() -> None:
    people = born_about("date 2019-03-02\n\nHugo Lind(52) and his wife, Ana Lind (49), have "
                        "welcomed a son. Lind, the 52-year-old chef, said the boy is named Max.")
    assert people["Hugo Lind"] == ("1967",)
    assert people["Ana Lind"] == ("1970",)


def test_no_age_without_a_date_and_no_year_read_as_an_age() -> None:
    assert born_about("Mina Castell, 31, married Rob Tate in Lyon.")["Mina Castell"] == ()
    people = born_about("date 2020-05-01\n\nMina Castell, 2019, married Rob Tate, who is 300 "
                        "episodes into his show, in Lyon (2 guests).")
    assert people["Mina Castell"] == ()


def test_stated_ages_need_no_date_and_end_at_a_dash() -> None:
    from celebgraph.extract import load_pipeline
    from celebgraph.extract.people.ages import stated_ages
    from celebgraph.extract.people.persons import find_people

    doc = load_pipeline()("Rob Tate has two sons – Kai Tate, 9 and Ned Tate, 12 – with his "
                          "former wife Mina Castell, 41, who lives in Lyon.")
    people = find_people(doc)
    ages = {people.persons[n].name: a for n, a in stated_ages(doc, people).items()}
    assert ages == {"Kai Tate": {9}, "Ned Tate": {12}, "Mina Castell": {41}}


def test_the_age_at_a_recent_death_or_one_of_a_stated_year() -> None:
    people = born_about("date 2019-11-20\n\nThe bandleader Hal Brenner died at 91 on Tuesday "
                        "in Chicago. His sister, Ona Brenner, who died in 2009 at the age of 80, "
                        "was a singer. Kip Hale has died aged 66, his daughter Nina Hale said.")
    assert people["Hal Brenner"] == ("1928",)
    assert people["Ona Brenner"] == ("1929",)
    assert people["Kip Hale"] == ("1953",)


def test_no_age_at_death_without_its_year_nor_from_a_clock_time() -> None:
    people = born_about("date 2019-11-20\n\nThe late Tim Roe, who died at 70, was the father "
                        "of Ada Roe. Lu Fenn died at 7 p.m. on Monday; she was the mother of "
                        "Ola Fenn.")
    assert people["Tim Roe"] == ()
    assert people["Lu Fenn"] == ()
