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

DEATHS_AND_MARRIAGES = [
    # the subject of 'has died' / 'died on Tuesday' far back, behind a long appositive
    *cases("has-died-long-appositive", "PORTLAND — {b}, the cellist whose warm, patient tone "
           "filled concert halls from Vienna to Boston for six decades, has died. He was 91.",
           ("died", "{b}", None, "2019-07-16"), pub="2019-07-16"),
    *cases("died-weekday-long-appositive", "Former senator {a}, the only woman to serve two "
           "terms as governor of the state, died on Tuesday, her family said. She was 92.",
           ("died", "{a}", None, "2018-04-17"), pub="2018-04-18"),
    # a marriage told as a noun: 'her marriage to X ended in 1990', 'his first marriage, to the
    # singer X, ended in divorce in 1976', 'X's second marriage, to Y, lasted from A to B'
    *cases("marriage-to-ended", "{a} was a singer. Her marriage to {b} ended in 1990.",
           ("spouse", "{a}", "{b}", "..1990")),
    *cases("first-marriage-appositive", "{b} was a cellist. His first marriage, to the singer "
           "{a}, ended in divorce in 1976. Their daughters, Mia and Lou, sang.",
           ("spouse", "{b}", "{a}", "..1976"), ("parent", "{b}", "Mia", None),
           ("parent", "{b}", "Lou", None), ("parent", "{a}", "Mia", None),
           ("parent", "{a}", "Lou", None)),
    *cases("marriage-lasted", "{b}'s second marriage, to {a}, lasted from 1980 to 1985.",
           ("spouse", "{b}", "{a}", "1980..1985")),
    # a quote's speaker who is not the article's person does not take 'his' from that person
    *cases("quote-speaker-reports", "{b} was born in Ohio. {b} recorded with the pianist Tom "
           "Quade. {B} toured Europe in 1963. \"He played like he was talking to one person,\" "
           "Quade once said. His first marriage, to the singer {a}, ended in divorce in 1976.",
           ("spouse", "{b}", "{a}", "..1976"), only=("spouse",)),
]

LISTICLES = [
    # a numbered item headed by one name: that person is who the item's description means,
    # even when a later item's person is named more often
    *cases("item-heading-description", "Famous Moms and Their Kids\n\nHere is a look at some "
           "busy mothers.\n\n1. {a}\nThe Emmy winner is a mom to three boys: Felix, 14, Anton, "
           "11, and Jasper, 6.\n\n2. Greta Lind\nThe Swedish model's parents were Nils Lind, a "
           "fisherman, and Anna Berg, a nurse. Lind has two daughters. Lind posted a photo. "
           "Lind thanked her fans.",
           ("parent", "{a}", "Felix", None), ("parent", "{a}", "Anton", None),
           ("parent", "{a}", "Jasper", None), ("parent", "Nils Lind", "Greta Lind", None),
           ("parent", "Anna Berg", "Greta Lind", None), only=("parent",)),
]

GROUPS: dict[str, list[Case]] = {"filings": FILINGS, "names": NAMES, "couples": COUPLES,
                                 "lives": DEATHS_AND_MARRIAGES, "listicles": LISTICLES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_rules(text: str, pub: str | None, only: tuple[str, ...],
                      expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
