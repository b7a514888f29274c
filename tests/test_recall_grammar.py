"""Recall on real text the rules were not written for (session 16, issue #12): constructions a
grammar rule states in general, each in sentences of our own with invented names.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

STATED_NAMES = [
    # 'whose full name is A B C D': the given names are one more name of the person before,
    # not a person of their own who takes the parents
    *cases("whose-full-name-is", "Prince Ivo, whose full name is Ivo Karl Anton Emil, is the "
           "eldest son of {a} and {b}.", ("parent", "{a}", "Prince Ivo", None),
           ("parent", "{b}", "Prince Ivo", None), only=("parent",)),
    # 'His full name was ...' opening the sentence after one whose subject is a titled man:
    # his first name is the word past the titles
    *cases("his-full-name-was", "King Tomas was born in 1859. His full name was Tomas Karl "
           "Ferdinand and his parents were {b} and {a}.", ("parent", "{b}", "King Tomas", None),
           ("parent", "{a}", "King Tomas", None), only=("parent",)),
    *cases("ruler-full-name-was", "Kaiser Otto was born in 1859. His full name was Otto Karl "
           "Ferdinand and his parents were {b} and {a}.", ("parent", "{b}", "Kaiser Otto", None),
           ("parent", "{a}", "Kaiser Otto", None), only=("parent",)),
]

PARENT_LISTS = [
    # 'his parents were A and his wife, B': B, A's wife, is the other parent, not a break in
    # the list
    *cases("parents-and-his-wife", "{b} was born in Oslo. His parents were Piet Moss and his "
           "wife, Ruth Lund.", ("parent", "Piet Moss", "{b}", None),
           ("parent", "Ruth Lund", "{b}", None), only=("parent",)),
    *cases("possessor-parents-and-his-wife", "{b}'s parents were Piet and his wife, Ruth.",
           ("parent", "Piet", "{b}", None), ("parent", "Ruth", "{b}", None), only=("parent",)),
    # a wife who is no list item: 'his sons A and his wife' stays A alone
    *cases("sons-then-his-wife", "{b} thanked his son Piet and his wife.",
           ("parent", "{b}", "Piet", None), only=("parent",)),
]

SHARED_SURNAMES = [
    # 'his brothers A, B, and C Surname': the surname is every coordinated given name's
    *cases("brothers-oxford-comma", "{b} toured with his brothers Ivo, Tam, and Cosmo {B} for "
           "decades.", ("sibling", "{b}", "Ivo {B}", None), ("sibling", "{b}", "Tam {B}", None),
           ("sibling", "{b}", "Cosmo {B}", None), only=("sibling",)),
    *cases("sisters-list", "{a} has three sisters, Ines, Lena and Mira {A}.",
           ("sibling", "{a}", "Ines {A}", None), ("sibling", "{a}", "Lena {A}", None),
           ("sibling", "{a}", "Mira {A}", None), only=("sibling",)),
    *cases("children-list", "{b} has three children, Ivo, Ada and Bo {B}.",
           ("parent", "{b}", "Ivo {B}", None), ("parent", "{b}", "Ada {B}", None),
           ("parent", "{b}", "Bo {B}", None), only=("parent",)),
]

CHILD_LEAD_INS = [
    # 'one daughter together, 10-year-old X': the pieces of the age are one lead-in word
    *cases("together-aged-child", "{b} and {a} have one daughter together, 10-year-old Mina.",
           ("parent", "{b}", "Mina", None), ("parent", "{a}", "Mina", None), only=("parent",)),
    # a comma and a possessive after the kin noun open a kin phrase of its own: the daughter
    # is no husband, however short the age before her name
    *cases("husband-then-her-daughter", "{a} posted a photo of her family: her husband, her "
           "five-year-old daughter Mina, and the baby.", ("parent", "{a}", "Mina", None),
           only=("spouse", "parent")),
    # a double hyphen typed for a dash leads in the list as a dash does
    *cases("double-hyphen-list", "{a} and {b} married in 1950. Their three children -- Milo, "
           "Tarik and June -- attended.", *[("parent", p, k, None) for p in ("{a}", "{b}")
                                            for k in ("Milo", "Tarik", "June")],
           only=("parent",)),
    *cases("together-aged-son", "{a} and {b} share a son together, 12-year-old Oskar.",
           ("parent", "{a}", "Oskar", None), ("parent", "{b}", "Oskar", None), only=("parent",)),
]

COUSIN_SLOTS = [
    # 'married his (maternal) cousin(,) X': a bare given name after 'cousin' is a name slot
    *cases("married-his-cousin-comma", "{b} made headlines when he married his maternal "
           "cousin, Nadira.", ("spouse", "{b}", "Nadira", None), only=("spouse",)),
    *cases("married-to-his-cousin", "{b} got married to his cousin Lubna who is a doctor.",
           ("spouse", "{b}", "Lubna", None), only=("spouse",)),
    *cases("hitched-with-a-relative", "{b} got hitched with his remote relative, Aarti.",
           ("spouse", "{b}", "Aarti", None), only=("spouse",)),
    *cases("met-cousins", "{b} met his cousins Ivo and Bo in Oslo.", only=("spouse", "sibling")),
]

COUPLE_POSSESSORS = [
    # 'X, the couple's first child': the couple just named are the parents of the name the
    # apposition describes
    *cases("the-couples-first-child", "{a} and {b} married in 2005. Oskar, the couple's first "
           "child, was born in 2007.", ("parent", "{a}", "Oskar", None),
           ("parent", "{b}", "Oskar", None), only=("parent",)),
    *cases("the-couples-lawyer", "{a} met {b} in Oslo. Oskar Lund, the couple's lawyer, was "
           "there.", only=("parent",)),
]

DEATH_OF_KIN = [
    # 'upon the death of his father(,) X': the name after the kin noun is whose death it is
    *cases("death-of-his-father-named", "On February 7, 1999, Oskar became king upon the death "
           "of his father {b}.", ("died", "{b}", None, "1999-02-07"), only=("died",)),
    *cases("death-of-his-father-comma", "Oskar became king in 1999 after the death of his "
           "father, {b}.", ("died", "{b}", None, "1999"), only=("died",)),
    *cases("death-of-his-wife-unnamed", "{b} moved to Oslo in 1999 after the death of his wife.",
           only=("died",)),
]

THEY_AFTER_A_PAIR = [
    # a sentence opening with 'they' and no couple in focus: the two names coordinated as
    # the subject of the sentence before
    *cases("starred-then-they-married", "{a} and {b} starred in a film. They married in 2010.",
           ("spouse", "{a}", "{b}", "2010")),
    *cases("appeared-then-they-dated", "{b} and {a} appeared together in two films. They dated "
           "on and off from 2007 to 2010.", ("partner", "{b}", "{a}", "2007..2010")),
    *cases("three-then-they", "{a}, {b} and Ruth Ames starred in a film. They married in 2010.",
           only=("spouse",)),
]

MOURNERS = [
    # 'survived by his wife, A, their children B, C and D, and his brother, E': a possessive
    # that repeats the one opening the list of mourners is the deceased's, not D's
    *cases("survived-by-list-then-his-brother", "{b} died on March 3, 2011. He is survived by "
           "his wife of 40 years, Marit, their children Ola, Siv and Bror, and his brother, Tor "
           "Lund.", ("sibling", "{b}", "Tor Lund", None), only=("sibling",)),
    *cases("survived-by-her-list", "{a} died in 2011. She is survived by her husband, Tom Pike, "
           "their sons Ola and Per, and her sister, Liv Moss.",
           ("sibling", "{a}", "Liv Moss", None), only=("sibling",)),
]

PLACED_NAMES = [
    # 'X was born in Lyon, France, the eldest son of A and B': the place's names are no
    # person; the kin phrase is the subject of 'born'
    *cases("born-in-city-country-son-of", "{b} was born in 1962 in Lyon, France, the eldest son "
           "of Tomas Lund and Ilse Varga.", ("parent", "Tomas Lund", "{b}", None),
           ("parent", "Ilse Varga", "{b}", None), only=("parent",)),
    *cases("grew-up-in-city-son-of", "{b} grew up in Leeds, the son of Tomas Lund and Ilse "
           "Varga.", only=("parent",)),
]

RELATIVE_CLAUSES = [
    # 'X, who shares two sons with his ex-wife, Y, married Z': the relative clause closes at
    # the comma before the verb; X married Z, not Y
    *cases("who-clause-then-married", "{b}, who shares sons Ola and Per with his ex-wife, Liv "
           "Moss, married {a} last month.", ("spouse", "{b}", "{a}", None),
           ("spouse", "{b}", "Liv Moss", None), only=("spouse",)),
]

JOINT_POSSESSORS = [
    # "A and B's romance began in 2016": a possessor of two coordinated names is the couple
    # of the romance noun (the parse makes only B the possessor)
    *cases("joint-romance-began", "{a} and {b}'s romance began in 2016.",
           ("partner", "{a}", "{b}", "2016")),
    *cases("joint-relationship-blossomed", "{b} wed {a}. {A} and {B}'s relationship blossomed "
           "in 2016.", ("partner", "{a}", "{b}", "2016"), only=("partner",)),
    *cases("joint-mother", "{a} and {b}'s mother attended.", only=("partner", "spouse")),
]

REGNAL_ONE = [
    # 'King Ivo I of Arland and his second wife, Y': 'I' after a titled name is its numeral,
    # so 'of Arland' is no person and Y is the mother
    *cases("first-of-the-name", "Oskar was the eldest son of King Tomas I of Norland and his "
           "second wife, {a}.", ("parent", "King Tomas I of Norland", "Oskar", None),
           ("parent", "{a}", "Oskar", None), ("spouse", "King Tomas I of Norland", "{a}", None)),
    *cases("pronoun-after-title", "When I met King Tomas I was nervous, {a} said.",
           only=("spouse", "parent")),
]

COPULAR_KIN = [
    # 'X is his younger son': 'his' is never X, the subject the kin noun is said of
    *cases("is-his-younger-son", "{b} has two sons. Oskar {B} is his younger son.",
           ("parent", "{b}", "Oskar {B}", None), only=("parent",)),
    *cases("is-her-eldest-daughter", "{a} lives in Oslo. Mina {A} is her eldest daughter.",
           ("parent", "{a}", "Mina {A}", None), only=("parent",)),
    *cases("is-his-wife", "{b} lives in Oslo. {a} is his wife.", ("spouse", "{b}", "{a}", None),
           only=("spouse",)),
]

GROUPS: dict[str, list[Case]] = {"stated-names": STATED_NAMES, "parent-lists": PARENT_LISTS,
                                 "shared-surnames": SHARED_SURNAMES,
                                 "child-lead-ins": CHILD_LEAD_INS, "cousin-slots": COUSIN_SLOTS,
                                 "copular-kin": COPULAR_KIN, "regnal-one": REGNAL_ONE,
                                 "couple-possessors": COUPLE_POSSESSORS,
                                 "death-of-kin": DEATH_OF_KIN,
                                 "they-after-a-pair": THEY_AFTER_A_PAIR, "mourners": MOURNERS,
                                 "placed-names": PLACED_NAMES,
                                 "relative-clauses": RELATIVE_CLAUSES,
                                 "joint-possessors": JOINT_POSSESSORS}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_grammar(text: str, pub: str | None, only: tuple[str, ...],
                        expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
