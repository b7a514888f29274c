"""A marriage ended by a death: 'the late X, who died in 1978' ends the marriage with X's
death, 'the passing of his wife, X, in April' is X's death, and of two deaths in one year the
earlier ends the marriage. Sentences and people invented for these tests."""

from __future__ import annotations

from test_relations import key, read


def test_the_late_spouse_died_first() -> None:
    facts = read("Tobias Wren, who hosted a talk show for three decades, has died. Wren is "
                 "survived by his wife of 41 years, Nadia Brooks; his son Ivo Wren, from his first "
                 "marriage to the late Mara Quint, who died in 1978; and five grandchildren.",
                 published="2021-11-23", only=("spouse",))
    assert key("spouse", "Tobias Wren", "Mara Quint", "..1978") in facts


def test_the_passing_of_a_named_wife() -> None:
    facts = read("Tobias Wren was dealing with several health scares following the passing of "
                 "his wife, Mara, in April.", published="2018-11-30", only=("died",))
    assert facts == {key("died", "Mara", None, "2018-04")}


def test_the_earlier_death_of_one_year_ends_the_marriage() -> None:
    facts = read("Tobias Wren has died at age 94. He was preceded in death by his wife of 73 "
                 "years, Mara. Earlier this year, Wren was dealing with several health scares "
                 "following the passing of his wife, Mara, in April.", published="2018-11-30",
                 only=("spouse",))
    assert facts == {key("spouse", "Tobias Wren", "Mara", "..2018-04")}
