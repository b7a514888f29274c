"""Dates pointing back: 'that summer' is the year told last before the sentence; an offset
right after 'born' ('was born two years later') dates the birth, not a later clause's year.
Sentences and people invented for these tests."""

from __future__ import annotations

from test_relations import key, read


def test_married_that_summer_is_the_year_told_before() -> None:
    facts = read("Mara Quint and Tobias Wren began an affair during filming in 1951. Quint filed "
                 "for divorce from Leon Voss in late 1952; it became final in 1953, and Wren's "
                 "own divorce came through the same spring. They married that summer in Las "
                 "Vegas.", published="2018-02-14", only=("spouse",))
    assert key("spouse", "Mara Quint", "Tobias Wren", "1953") in facts


def test_born_two_years_later_not_the_later_clause() -> None:
    facts = read("Ada Wren married the acrobat Leon Voss in 1958. Their son, Ivo Voss, was born "
                 "two years later and named after his grandfather; he has run the circus since "
                 "1994 with his wife.", only=("born",))
    assert facts == {key("born", "Ivo Voss", None, "1960")}
