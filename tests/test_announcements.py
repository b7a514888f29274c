"""Court-and-social announcements: engagements and weddings 'between' two people, each with an
apposition naming their parents and where they live; 'Mr and Mrs X' and honorific names the NER
misses. Every sentence is invented for the test. Each test read wrong facts before its rule:
towns as children, the second party's parents given to the first, no couple at all.
"""

from __future__ import annotations

from test_relations import key, read

ENGAGEMENT = (
    "The engagement is announced between Tomas, elder son of Mr Piet Varga, of Leeds, West "
    "Yorkshire, and the late Mrs Ilse Varga, and Mira, younger daughter of Dr Omar and Mrs "
    "Leila Haddad, of Lyon, France."
)


def test_an_engagement_between_two_parties_with_their_parents() -> None:
    assert read(ENGAGEMENT) == {
        key("engaged", "Tomas", "Mira", None),
        key("parent", "Mr Piet Varga", "Tomas", None),
        key("parent", "Mrs Ilse Varga", "Tomas", None),
        key("parent", "Dr Omar Haddad", "Mira", None),
        key("parent", "Mrs Leila Haddad", "Mira", None),
    }


def test_mr_and_mrs_are_two_parents_and_residences_are_no_people() -> None:
    facts = read(
        "The engagement is announced between Oskar, only son of Mr and Mrs Henrik Dahl, of "
        "Oslo, Norway, and Priya, daughter of Mr Vikram Rao, of Pune, India, and Mrs Anjali "
        "Rao, of Bristol."
    )
    assert facts == {
        key("engaged", "Oskar", "Priya", None),
        key("parent", "Mr Henrik Dahl", "Oskar", None),
        key("parent", "Mrs Henrik Dahl", "Oskar", None),
        key("parent", "Mr Vikram Rao", "Priya", None),
        key("parent", "Mrs Anjali Rao", "Priya", None),
    }


def test_a_wedding_between_two_parties_is_dated_by_its_ceremony() -> None:
    facts = read(
        "The marriage took place on Saturday, 3 June, at St Anne's Church, Dorking, between "
        "Mr Jonas Reed, son of Sir Piers and Lady Reed, and Miss Alma Frost, daughter of Mr "
        "Kit Frost and Mrs June Frost.",
        published="2023-06-10",
    )
    assert key("spouse", "Mr Jonas Reed", "Miss Alma Frost", "2023-06-03") in facts
    assert key("parent", "Mr Kit Frost", "Miss Alma Frost", None) in facts
    assert not {f for f in facts if f[0] == "parent" and f[2] == "Mr Jonas Reed"
                and "Frost" in f[1]}


def test_an_arranged_marriage_is_an_engagement() -> None:
    assert read("A marriage has been arranged between Kai Lund and Ana Silva.") == {
        key("engaged", "Kai Lund", "Ana Silva", None)
    }


def test_parents_announcing_their_daughters_engagement_are_not_the_couple() -> None:
    facts = read(
        "Mr and Mrs Arlo Penn, of Bath, announce the engagement of their daughter, Nell, to "
        "Mr Ravi Sood, son of Dr and Mrs Anil Sood, of Leicester."
    )
    assert key("engaged", "Nell", "Mr Ravi Sood", None) in facts
    assert key("engaged", "Mr Arlo Penn", "Mrs Arlo Penn", None) not in facts
    assert {key("parent", p, "Nell", None) for p in ("Mr Arlo Penn", "Mrs Arlo Penn")} <= facts
    assert key("parent", "Dr Anil Sood", "Mr Ravi Sood", None) in facts


def test_the_subject_of_a_copular_kin_phrase_is_a_name() -> None:
    assert read("Mira is the daughter of Dr Omar Haddad and Mrs Leila Haddad.") == {
        key("parent", "Dr Omar Haddad", "Mira", None),
        key("parent", "Mrs Leila Haddad", "Mira", None),
    }


def test_a_kin_phrase_after_a_clause_and_a_comma_still_takes_its_subject() -> None:
    facts = read(
        "Lena was born on 2 May 1961, the second child of Grand Duke Otto of Arland and his "
        "wife, Princess Ilse of Varn."
    )
    assert key("parent", "Grand Duke Otto of Arland", "Lena", None) in facts


def test_his_wife_after_a_relative_clause_is_the_wife_of_the_name_it_describes() -> None:
    facts = read(
        "Anselm III was the eldest son of Prince Rupert II (1921–1990), who reigned for 30 "
        "years, and his first wife, Countess Irmela von Stade (1925–1960), whom he married in "
        "1948."
    )
    assert key("spouse", "Countess Irmela von Stade", "Prince Rupert II", "1948") in facts
    assert key("parent", "Prince Rupert II", "Anselm III", None) in facts
    assert not {f for f in facts if f[0] == "spouse" and "Anselm III" in f[1:3]}


def test_parents_announcing_their_daughters_marriage_tell_a_wedding() -> None:
    facts = read(
        "Mr. and Mrs. Otto Lindqvist of Elm Road announce the marriage of their daughter, Miss "
        "Greta Lindqvist, to Mr. Pavel Hrubes, son of Dr. and Mrs. Jan Hrubes of Brno."
    )
    assert key("spouse", "Miss Greta Lindqvist", "Pavel Hrubes", None) in facts
    assert not {f for f in facts if f[0] == "engaged"}
