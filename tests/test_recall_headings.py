"""Recall: a listicle item's heading that is a name and nothing else carries the person or
couple for the prose under it, though the small model tags no name in such a line.

Same conventions as tests/test_recall_rules.py: cases read with two sets of invented names,
compared as exact sets (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, case, check, params

_FIRST_ITEM = "Quiet weddings\n\n1. {c} and Ivo Brandl\nThey married in 2015.\n\n"

HEADINGS = [
    # the couple of item 2 is the heading's, not item 1's
    *cases("numbered-couple", _FIRST_ITEM + "2. {a} and {b}\nThe pair wed in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    *cases("ampersand-and-ages", _FIRST_ITEM + "2. {a}, 41, & {b}, 45\nThe pair wed in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    *cases("parenthesis-after", _FIRST_ITEM + "2. {a} and {b} (2009–present)\nThe pair wed in "
           "2009.", ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    *cases("unnumbered-couples", "Quiet weddings\n\n{c} and Ivo Brandl\nThey married in 2015."
           "\n\n{a} and {b}\nThe actors wed in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    # one name per heading, unnumbered, in a text with several such headings
    *cases("unnumbered-single-names", "Quiet weddings\n\n{c}\nThe singer married Ivo Brandl in "
           "2015.\n\n{a}\nThe actress wed producer {b} in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    # a lone given name before 'and' shares the surname after it
    *[case(f"shared-surname-{first}", f"{_FIRST_ITEM.format(c='Runa Vestby')}2. {first} and "
           f"Teodor {last}\nThe pair wed in 2009.",
           ("spouse", "Runa Vestby", "Ivo Brandl", "2015"),
           ("spouse", f"{first} {last}", f"Teodor {last}", "2009"))
      for first, last in (("Marit", "Solheim"), ("Agnes", "Varro"))],
    # a quoted nickname inside a heading's name
    *[case(f"nickname-{nick}", f"{_FIRST_ITEM.format(c='Runa Vestby')}2. {first} \"{nick}\" "
           f"{last} and Teodor Amsel\nThe pair wed in 2009.",
           ("spouse", "Runa Vestby", "Ivo Brandl", "2015"),
           ("spouse", f"{first} \"{nick}\" {last}", "Teodor Amsel", "2009"))
      for first, nick, last in (("Bettina", "Tina", "Okafor"), ("Helga", "Lulu", "Pruitt"))],
    # a heading closed by a colon introduces its item's prose
    *cases("colon-after-the-couple", _FIRST_ITEM + "2. {a} & {b}:\n\nThe pair wed in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    # the film or show of the item before a dash, then the couple
    *cases("title-dash-then-couple", "Love on set\n\nRiver Days \u2014 {c} and Ivo Brandl\n\n"
           "They married in 2015.\n\nNorth Pier \u2014 {a} and {b}\n\nThe two actors were "
           "married in 2009.",
           ("spouse", "{c}", "Ivo Brandl", "2015"), ("spouse", "{a}", "{b}", "2009")),
    # item 1's unnamed newborn is not the daughter item 2 names
    *cases("an-items-unnamed-baby-stays-in-its-item",
           "Baby boom\n\n1. {c} & Ivo Brandl:\n\nThe couple welcomed their third child in "
           "January.\n\n2. {a} & {b}:\n\nThe couple are parents to daughters named Ottilie "
           "and Maren.",
           ("parent", "{a}", "Ottilie", None), ("parent", "{a}", "Maren", None),
           ("parent", "{b}", "Ottilie", None), ("parent", "{b}", "Maren", None),
           only=("parent",)),
]

NOT_HEADINGS = [
    # one unnumbered name above the prose, alone in the text: maybe a byline, no antecedent
    *cases("lone-name-line", "Hollywood news\n\n{a}\n\nShe married Ivo Brandl in 2009."),
]

GROUPS: dict[str, list[Case]] = {"headings": HEADINGS, "not-headings": NOT_HEADINGS}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_headings(text: str, pub: str | None, only: tuple[str, ...],
                         expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
