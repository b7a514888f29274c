"""Recall on unseen articles: constructions the rules missed, each in sentences of our own.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

FILINGS = [
    # the party of 'divorce from her husband, <job> X': 'her' is the filer, X the other party,
    # and the pair is then 'the pair' of the next sentence
    *cases("from-her-husband-appositive", "{a} is ending her marriage. The soap star filed for "
           "divorce from her husband, retired hockey winger {b}, on Friday. The pair married in "
           "May 2011.", ("divorce_filed", "{a}", "{b}", "2024-03-08"),
           ("spouse", "{a}", "{b}", "2011-05"), pub="2024-03-08"),
]

GROUPS: dict[str, list[Case]] = {"filings": FILINGS}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_rules(text: str, pub: str | None, only: tuple[str, ...],
                      expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
