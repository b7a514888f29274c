"""Recall: wordings of a relation the rules missed, each in sentences of our own.

Same conventions as tests/test_recall_rules.py: every case is read with two sets of invented
names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

DATING_VERBS = [
    # 'date' as a verb after 'went on to' (the tagger makes it a noun there)
    *cases("went-on-to-date", "After the tour ended, {a} went on to date {b}.",
           ("partner", "{a}", "{b}", None)),
    *cases("dates-present", "These days {a} dates {b}, a pastry chef from Lyon.",
           ("partner", "{a}", "{b}", None)),
    *cases("began-seeing", "In 2017 {a} began seeing {b}.", ("partner", "{a}", "{b}", "2017")),
    *cases("has-been-seeing", "{a} has been seeing {b} since March 2021.",
           ("partner", "{a}", "{b}", "2021-03")),
    *cases("going-out-with", "{a} has been going out with {b} since 2020.",
           ("partner", "{a}", "{b}", "2020")),
    *cases("stepping-out-with", "{a} was stepping out with {b} in 2015.",
           ("partner", "{a}", "{b}", "2015")),
    *cases("were-an-item", "{a} and {b} were an item in 2012.",
           ("partner", "{a}", "{b}", "2012")),
    *cases("became-an-item-with", "{a} became an item with {b} in 2019.",
           ("partner", "{a}", "{b}", "2019")),
]

OTHER_SENSES = [
    # the same words in their other senses: no couple
    *cases("album-to-date", "It is her best album to date, {a} told {b}.", only=("partner",)),
    *cases("dates-back", "The farmhouse {a} bought from {b} dates back to 1820.",
           only=("partner",)),
    *cases("seeing-a-play", "{a} is seeing a play with her friend in Leeds, {b} said.",
           only=("partner",)),
    *cases("an-item-on-the-list", "The vote was an item on the agenda that {a} set for {b}.",
           only=("partner",)),
    *cases("never-an-item", "{a} and {b} were never an item.", only=("partner",)),
]

GROUPS: dict[str, list[Case]] = {"dating-verbs": DATING_VERBS, "other-senses": OTHER_SENSES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_phrasing(text: str, pub: str | None, only: tuple[str, ...],
                         expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
