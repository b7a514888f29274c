"""Names in royal and wedding writing (issues #12, #13): a regnal numeral with no title, a
style after a comma with no place, a dynasty, a wedding role or a conferred title written
before or after a name, a maiden name set off by commas, a baby named by apposition after its
birth. Sentences and people are invented here; the real model reads them."""

from __future__ import annotations

import pytest
from test_names_titles import facts, names

from celebgraph.extract.people.persons import find_people
from celebgraph.extract.pipeline import load_pipeline


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Ottokar IV married Ilse Marren in 1850. Their son, Rudo, was born in 1856.",
         ("spouse", "Ottokar IV", "Ilse Marren")),
        ("The tiara came from the crown of Florian III's wife Adeline de Morcy.",
         ("spouse", "Florian III", "Adeline de Morcy")),
    ],
)
def test_a_regnal_numeral_without_a_title_ends_a_name(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in facts(text)


def test_regnal_i_before_a_place_is_part_of_the_name_not_the_pronoun() -> None:
    text = ("Countess Livia is the great-granddaughter of Ottokar I of Salvonia, and her ring "
            "came from the crown of Florian III's wife Adeline de Morcy.")
    found = facts(text)
    assert ("spouse", "Florian III", "Adeline de Morcy") in found
    assert not any(f[1].startswith("Ottokar") for f in found if f[0] == "spouse")
    assert ("spouse", "Ottokar I of Salvonia", "Ilse Marren") in facts(
        "Ottokar I of Salvonia married Ilse Marren in 1911.")


def test_a_numbered_thing_is_no_regnal_name() -> None:
    found = names("World War II ended in 1945, and Part IV of the memoir tells of it. "
                  "Ada Quist married Tomas Lerr in 1946.")
    assert not any("War" in n or "Part" in n for n in found)


def test_a_style_after_a_comma_with_no_place_stays_in_the_name() -> None:
    found = facts("The gown was made in 1841 for Queen Adela's eldest daughter, Beatrice, "
                  "Princess Royal. Beatrice, Princess Royal, married Prince Karl of Brunn in 1858.")
    assert ("parent", "Queen Adela", "Beatrice, Princess Royal") in found
    assert ("spouse", "Beatrice, Princess Royal", "Prince Karl of Brunn") in found
    assert not any(f[2] == "Princess Royal" for f in found)


def test_a_royal_house_is_no_person() -> None:
    text = ("Princess Adela jetted to Paris, France, for the lavish royal wedding, which sees "
            "the former Imperial House of France and the House of Hapsburg reunited once "
            "again, two centuries after Ottokar married the Archduchess of Salvonia.")
    assert not any("House" in f[2] for f in facts(text) if f[2])
    assert ("spouse", "Ada House", "Teo Pike") in facts("Dr. Ada House married Teo Pike in 2001.")


def test_a_wedding_role_before_a_name_is_no_part_of_it() -> None:
    found = names("Groom Matteo Orsolan, 33, works as a banker in London. He married Countess "
                  "Livia Daru on Saturday.")
    assert "Matteo Orsolan" in found
    assert not any(n.startswith("Groom") for n in found)


def test_a_conferred_title_is_no_child_and_no_part_of_the_son_s_name() -> None:
    found = facts("King Osric married Mathilde of Brunn in 1380. In 1402 he created his son "
                  "Edmund Duke of Harlow.")
    assert ("parent", "King Osric", "Edmund") in found
    bare = facts("King Osric married Mathilde of Brunn in 1380. Their son, Prince Edmund, was "
                 "born in 1382. In 1402 King Osric created his son Duke of Harlow.")
    assert not any(f[2] == "Duke of Harlow" for f in bare)


def test_a_maiden_name_aside_keeps_the_mother_in_the_couple() -> None:
    found = facts("Lena Fairbourne, née Castell, and her husband, Rupert Fairbourne, welcomed "
                  "a son, Milo, in March 2020.")
    assert {("parent", "Lena Fairbourne", "Milo"), ("parent", "Rupert Fairbourne", "Milo"),
            ("spouse", "Lena Fairbourne", "Rupert Fairbourne")} <= found


@pytest.mark.parametrize(
    ("text", "parents", "child"),
    [
        ("The Duke and Duchess of Westmarch welcomed a son on 3 May 2018. The boy, Prince "
         "Aldric, is fifth in line to the throne.",
         ("Duke of Westmarch", "Duchess of Westmarch"), "Prince Aldric"),
        ("Ada Vane and Teo Pike welcomed a daughter in June 2019. The baby girl, Mira, "
         "weighed seven pounds.", ("Ada Vane", "Teo Pike"), "Mira"),
    ],
)
def test_a_baby_named_by_apposition_after_the_birth_is_the_couple_s_child(
    text: str, parents: tuple[str, str], child: str
) -> None:
    found = facts(text)
    assert {("parent", parents[0], child), ("parent", parents[1], child)} <= found


def test_a_newborn_s_first_name_is_not_another_person_s_surname() -> None:
    found = facts("Footballer Mark Doyle and wife Sara welcomed their third son on Sunday, a boy "
                  "named Brett. Brett has two brothers: Leo, 5, and Max, 2. Brett is usually a "
                  "last name, as with the actress Nina Brett.")
    assert {("parent", "Mark Doyle", "Brett"), ("parent", "Sara", "Brett"),
            ("sibling", "Brett", "Leo")} <= found
    assert not any("Nina Brett" in (f[1], f[2]) for f in found)


def test_regnal_i_before_a_style_after_a_comma_is_part_of_the_name() -> None:
    found = facts("Prince Edvin of Brunn was the son of Ottokar I, Duke of Brunn and Varn.")
    assert ("parent", "Ottokar I, Duke of Brunn", "Prince Edvin of Brunn") in found
    hyphened = facts("Prince Edvin was the son of Ottokar I, Duke of Saxe-Lenz.")
    assert ("parent", "Ottokar I, Duke of Saxe-Lenz", "Prince Edvin") in hyphened


def test_a_style_after_a_comma_may_begin_with_the() -> None:
    found = facts("Princess Adela, The Princess Royal: the eldest child, she outshone her "
                  "younger brother, Bertie.")
    assert ("sibling", "Princess Adela, The Princess Royal", "Bertie") in found


def test_a_title_alone_before_and_shares_the_titled_name_after_it() -> None:
    found = facts("Lord and Lady Harlow welcomed a daughter, the Hon. Ada Harlow, in 1990.")
    assert {("parent", "Lord Harlow", "Ada Harlow"),
            ("parent", "Lady Harlow", "Ada Harlow")} <= found
    royal = facts("Prince and Princess Edvin of Lodi welcomed a son, Prince Otto, in 1990.")
    assert {("parent", "Prince Edvin of Lodi", "Prince Otto"),
            ("parent", "Princess Edvin of Lodi", "Prince Otto")} <= royal


def test_arabic_particles_and_female_style_stay_in_the_name() -> None:
    found = facts("Sheikh Hamad bin Khalid Al Sarran married Sheikha Noor bint Saeed in 1990.")
    assert ("spouse", "Sheikh Hamad bin Khalid Al Sarran", "Sheikha Noor bint Saeed") in found


def test_a_particle_elided_onto_a_surname_stays_in_the_name() -> None:
    found = facts("Ana Paula d'Ávila married João Baptista in 1990. Marco D'Amato wed Lia "
                  "dell'Orto in 2001.")
    assert {("spouse", "Ana Paula d'Ávila", "João Baptista"),
            ("spouse", "Marco D'Amato", "Lia dell'Orto")} <= found


def test_a_known_name_that_is_also_a_stop_word_is_the_person_not_the_month() -> None:
    found = facts("Tomas Varga married his first wife, May, in 2004. Tomas and May have three "
                  "children. Their names are: Ilona, Bence and Kata. Between May and June "
                  "2010 they moved.")
    assert {("parent", "May", "Ilona"), ("parent", "Tomas Varga", "Ilona")} <= found
    assert len([f for f in found if "May" in (f[1], f[2])]) == 4  # the spouse and 3 children


def test_a_title_after_the_before_and_is_someone_named_before() -> None:
    found = facts("Crown Princess Ada of Norland and her husband, Prince Ivo, welcomed a son on "
                  "Saturday. The Crown Princess and Prince Ivo are overjoyed.")
    assert not any("Princess Ivo" in (f[1], f[2]) for f in found)


def test_a_child_named_by_a_later_part_of_a_name_told_before_is_that_child() -> None:
    text = ("Kevin Dorne has two sons, Milo Garrett and Jonah Reid, with ex-wife Ada Moss. "
            "Dorne's sons Garrett and Jonah have since moved to Hawaii, where Garrett surfs.")
    doc = load_pipeline()(text)
    people = find_people(doc)
    last = max((m for m in people.mentions if doc[m.start : m.end].text == "Garrett"),
               key=lambda m: m.start)
    assert people.name(last.person) == "Milo Garrett"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Tsar Ivo married Tsarina Ada in 1801.", ("spouse", "Tsar Ivo", "Tsarina Ada")),
        ("Maharaja Vikram wed Maharani Leela in 1950.",
         ("spouse", "Maharaja Vikram", "Maharani Leela")),
        ("Princess Ada of Varn had a son, Landgrave Ivo of Ried, in 1740.",
         ("parent", "Princess Ada of Varn", "Landgrave Ivo of Ried")),
    ],
)
def test_more_ranks_are_titles(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)
