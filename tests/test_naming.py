"""Children told by their naming, by a 'names' list, or by a child noun's arrival. Sentences and
people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read

PARENTS = ["Anna Kowalski", "Peter Brandt"]


def parents_of(child: str) -> set[Key]:
    return {key("parent", p, child, None) for p in PARENTS}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Anna Kowalski and Peter Brandt welcomed a baby girl in 2020 and named her "
                 "Ida Brandt.",
                 parents_of("Ida Brandt") | {key("born", "Ida Brandt", None, "2020")},
                 id="welcomed-and-named-her"),
    pytest.param("Anna Kowalski married Peter Brandt in 2015. Anna Kowalski gave birth on Tuesday "
                 "to a baby girl the couple named Ida Brandt.",
                 parents_of("Ida Brandt") | {key("born", "Ida Brandt", None, "2021-03-09"),
                                             key("spouse", *PARENTS, "2015")},
                 id="a-girl-the-couple-named"),
    pytest.param("Anna Kowalski and Peter Brandt have four children. Their names are: Ida, Ole, "
                 "Karl and Elsa.",
                 set().union(*(parents_of(c) for c in ["Ida", "Ole", "Karl", "Elsa"])),
                 id="their-names-are"),
    pytest.param("Anna Kowalski and Peter Brandt married in 2008. Their son Ole arrived in 2011, "
                 "and daughter Elsa followed in 2013.",
                 parents_of("Ole") | parents_of("Elsa") | {
                     key("spouse", *PARENTS, "2008"), key("born", "Ole", None, "2011"),
                     key("born", "Elsa", None, "2013")}, id="daughter-followed-in"),
    pytest.param("Anna Kowalski and Peter Brandt celebrated the arrival of their third daughter "
                 "last year, who has been named Ida.",
                 parents_of("Ida") | {key("born", "Ida", None, "2020")},
                 id="arrival-of-their-daughter-who-has-been-named"),
    pytest.param("Anna Kowalski and Peter Brandt welcomed a son, who was named Ole, in 2019.",
                 parents_of("Ole") | {key("born", "Ole", None, "2019")},
                 id="welcomed-a-son-who-was-named"),
])
def test_children_told_by_naming_and_arrival(text: str, expected: set[Key]) -> None:
    assert read(text, published="2021-03-10") == expected


def children_of(parent: str, *children: str) -> set[Key]:
    return {key("parent", parent, child, None) for child in children}


# the names after a naming noun are people, whatever the NER made of them, and children of the
# people whose children the sentence before told of (a kin noun earlier, the list later)
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Anna Kowalski and Peter Brandt have four children. Their names are: Ivo, "
                 "Tessa, Wim and Elsa.",
                 set().union(*(parents_of(c) for c in ["Ivo", "Tessa", "Wim", "Elsa"])),
                 id="their-names-are-untagged-names"),
    pytest.param("Dagny Brisk has three children. Their names are Ivo, Tessa and Wim.",
                 children_of("Dagny Brisk", "Ivo", "Tessa", "Wim"), id="one-parent-their-names"),
    pytest.param("Carl Brandt has three sons. Each son has a nickname: Ace, Biff and Cole.",
                 children_of("Carl Brandt", "Ace", "Biff", "Cole"), id="each-son-a-nickname"),
    pytest.param("All four of Carl Brandt's sons share one name. To tell them apart, each son "
                 "has a nickname:\n- Ace\n- Biff (Bo)\n- Cole\n",
                 children_of("Carl Brandt", "Ace", "Biff", "Cole"),
                 id="each-son-a-nickname-bulleted"),
    pytest.param("Carl Brandt named all his sons Carl Vane Brandt. Carl Brandt has three sons. "
                 "Their names are: Carl Jr., Ace and Cole.",
                 children_of("Carl Brandt", "Carl Jr.", "Ace", "Cole"),
                 id="a-shared-name-is-no-person"),
])
def test_a_names_list_names_the_children_told_before(text: str, expected: set[Key]) -> None:
    assert read(text, only=("parent",)) == expected


@pytest.mark.parametrize("text", [
    "Anna Kowalski was named after her grandmother.",
    "Anna Kowalski was named Best Actress in 2019.",
    "Anna Kowalski and Peter Brandt sold their company. Their names are on the door.",
])
def test_other_senses_of_naming_give_no_children(text: str) -> None:
    assert read(text, only=("parent", "born")) == set()
