"""Recall on real text the rules were not written for (session 16, issue #12): constructions a
grammar rule states in general, each in sentences of our own with invented names.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

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

GROUPS: dict[str, list[Case]] = {"shared-surnames": SHARED_SURNAMES,
                                 "parent-lists": PARENT_LISTS}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_grammar(text: str, pub: str | None, only: tuple[str, ...],
                        expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
