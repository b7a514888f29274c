"""Recall on unseen articles: constructions the rules missed, each in sentences of our own.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, case, check, params

FILINGS = [
    # the party of 'divorce from her husband, <job> X': 'her' is the filer, X the other party,
    # and the pair is then 'the pair' of the next sentence
    *cases("from-her-husband-appositive", "{a} is ending her marriage. The soap star filed for "
           "divorce from her husband, retired hockey winger {b}, on Friday. The pair married in "
           "May 2011.", ("divorce_filed", "{a}", "{b}", "2024-03-08"),
           ("spouse", "{a}", "{b}", "2011-05"), pub="2024-03-08"),
]

NAMES = [
    # a known given name and a surname the small model leaves untagged in this context
    case("given-name-untagged", "Latoya Brisk is ending her marriage. She filed for divorce from "
         "Tomas Reyna in May 2020.", ("divorce_filed", "Latoya Brisk", "Tomas Reyna", "2020-05")),
    case("given-name-untagged-2", "Ebony Vantreese is ending her marriage. She filed for divorce "
         "from Tomas Reyna in May 2020.",
         ("divorce_filed", "Ebony Vantreese", "Tomas Reyna", "2020-05")),
    # a given name that starts a place's name is no person
    case("given-name-place", "Latoya Brisk married Tomas Reyna at Grant Park in 2019. Their son, "
         "Milo, was born at Victoria Hospital in 2020.",
         ("spouse", "Latoya Brisk", "Tomas Reyna", "2019"), ("born", "Milo", None, "2020"),
         ("parent", "Latoya Brisk", "Milo", None), ("parent", "Tomas Reyna", "Milo", None)),
    # the full name with a middle name, then without it: one person
    *[case(f"middle-name-dropped-{first}", f"{first} Maria {last} was born in Leeds in 1980. "
           f"{first} {last} married Carl Brandt in 2019.",
           ("born", f"{first} Maria {last}", None, "1980"),
           ("spouse", f"{first} Maria {last}", "Carl Brandt", "2019"))
      for first, last in (("Dina", "Roth"), ("Ebony", "Vantreese"))],
]

COUPLES = [
    # her parents, who divorced long ago, are named in passing: 'the pair' stays the couple
    *cases("parents-in-passing", "{a} and {b} began dating in 2015. {A}'s parents, Pavel Horak "
           "and Ivana Kral, who divorced when she was nine, came to her birthday dinner. The "
           "pair married in 2019.", ("spouse", "{a}", "{b}", "2019"),
           ("spouse", "Pavel Horak", "Ivana Kral", None), only=("spouse",)),
]

GROUPS: dict[str, list[Case]] = {"filings": FILINGS, "names": NAMES, "couples": COUPLES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_rules(text: str, pub: str | None, only: tuple[str, ...],
                      expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
