"""Name spans on real-page constructions: words that are no person read as one (a work's title,
a jubilee, a heading glued to a name), a long name cut in two, and lists or appositions read
on the wrong people.

Same conventions as tests/test_relations.py: (relation, subject, object, when), exact sets
(or only the relations named in ``only``). Invented people, sentences not taken from any article.
Each case failed before the rule it names was written.
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, case, check, params, parents

NL, CB, MQ, OM = "Nora Lind", "Carl Brandt", "Mara Quint", "Owen Marsh"

SPANS = [
    # --- a quoted title right after a work noun is the work, not a person
    case("quoted-song-title", "Nora Lind married Carl Brandt in 2005. Their daughter, Ivy, was "
         'named after the song "Ivy Rose."', ("spouse", NL, CB, "2005"), *parents(["Ivy"], NL, CB)),
    case("quoted-series-title", "Nora Lind, star of the series 'Rosa Bell', and her husband "
         "Carl Brandt have a son, Theo.", ("spouse", NL, CB, None), *parents(["Theo"], NL, CB)),
    case("quoted-title-before-role", "Nora Lind's \"Golden Days in May\" co-star, Carl Brandt, "
         "married her in 2010.", ("spouse", NL, CB, "2010")),
    # --- a label or a tour is no person
    case("records-label", "Nora Lind gave birth to her first child, Harper Lane Records, in "
         "2001."),
    # --- a capitalised run a possessor's noun is made of: 'the Queen's X year'
    case("possessor-event-year", "Nora Lind's younger sister, Ivy, is eight years old and was "
         "born in the Queen's Golden Jubilee year of 2002.", ("sibling", NL, "Ivy", None)),
    # --- an all-capital heading glued on before a name written in mixed case
    case("caps-heading-before-name", "HOLLYWOOD COUPLES Mara Quint and Owen Marsh married in "
         "2010.", ("spouse", MQ, OM, "2010")),
    # --- a long name the NER splits between given names is one name
    case("long-given-names-one-name", "Born in Vienna on 3 May 1931, Countess Maria Luisa "
         "Adelheid Theresia von Arnsberg was the eldest child of Count Karl von Arnsberg and his "
         "wife Countess Ida von Tassel.",
         ("born", "Countess Maria Luisa Adelheid Theresia von Arnsberg", None, "1931-05-03"),
         *parents(["Countess Maria Luisa Adelheid Theresia von Arnsberg"],
                  "Count Karl von Arnsberg", "Countess Ida von Tassel"),
         ("spouse", "Count Karl von Arnsberg", "Countess Ida von Tassel", None)),
    # --- 'child of X (years) and his wife Y': 'his' is X's past the bracket
    case("his-wife-after-bracket", "Tom Hale was the eldest child of Carl Hale (1900-1990) and "
         "his first wife Ida Brandt (1905-1980).",
         *parents(["Tom Hale"], "Carl Hale", "Ida Brandt"),
         ("spouse", "Carl Hale", "Ida Brandt", None), only=("parent", "spouse")),
    # --- 'X, grandson of A and B, son of C and D': the son is X, not the grandparents
    case("grandson-then-son-apposed", "Carl Brandt, grandson of Ed Brandt and Ada Voss, son of "
         "Tom Brandt and Ivy Lind, was born in 1960.", ("born", CB, None, "1960"),
         *parents([CB], "Tom Brandt", "Ivy Lind")),
    case("grandson-then-son-copula", "Carl Brandt is the grandson of Ed Brandt and Ada Voss, and "
         "the son of Tom Brandt and Ivy Lind.", *parents([CB], "Tom Brandt", "Ivy Lind")),
    case("niece-then-daughter", "Mara Quint, niece of Ed Voss, daughter of Owen Quint and Ada "
         "Brill, married Carl Brandt in 1990.", ("spouse", MQ, CB, "1990"),
         *parents([MQ], "Owen Quint", "Ada Brill")),
    # --- parallel 'with' phrases: each child with its own other parent, both spouses X's
    case("parallel-with-spouses", "Mara Quint has a son with ex-husband Owen Marsh and a "
         "daughter with husband Carl Brandt.", ("spouse", MQ, OM, None), ("spouse", MQ, CB, None)),
    case("parallel-with-children", "Mara Quint shares son Theo with ex-husband Owen Marsh and "
         "daughters Ivy and Rose with husband Carl Brandt.", ("spouse", MQ, OM, None),
         ("spouse", MQ, CB, None), *parents(["Theo"], MQ, OM), *parents(["Ivy", "Rose"], MQ, CB)),
    # --- 'her husband Y's son Z': Y is the husband, Z their son
    case("kin-name-possessive", "Nora Lind and her husband Owen Marsh's son, Theo, was born in "
         "May.", ("spouse", NL, OM, None), *parents(["Theo"], NL, OM), only=("spouse", "parent")),
    case("kin-name-possessive-named", "Nora Lind gave birth to her and her husband Owen Marsh's "
         "son named Theo this May.", ("spouse", NL, OM, None), *parents(["Theo"], NL, OM),
         only=("spouse", "parent")),
    case("kin-name-possessive-chain", "Nora Lind's husband Carl Brandt's ex-wife, Ada Voss, has "
         "a daughter, Ivy.", ("spouse", NL, CB, None), ("spouse", CB, "Ada Voss", None),
         ("parent", "Ada Voss", "Ivy", None)),
    # --- a guest list: the possessive of its last item, a description, is that item's alone
    case("guest-list-described-possessor", "Nora Lind married Carl Brandt in front of 200 "
         "guests, including Ada Voss, Ed Brill and the groom's brother, Tom Brandt.",
         ("spouse", NL, CB, None), ("sibling", CB, "Tom Brandt", None)),
]


@pytest.mark.parametrize(PARAMS, params({"spans": SPANS}))
def test_span_sentences(
    text: str, pub: str | None, only: tuple[str, ...], expected: set[tuple[str, str, str | None,
                                                                           str | None]]
) -> None:
    check(text, pub, only, expected)
