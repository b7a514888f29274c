"""Document structure: listicle items, headings and enumerations, each in text of our own.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names ({a} a woman, {b} a man, {A}/{B} their surnames) and compared as an exact set
(or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

HEADING_COUPLES = [
    # an item headed by a couple: a description after a clause naming one of the two means
    # the other; after that one's former engagement ends, 'the couple' and 'their' are the
    # heading's couple again, and never the next item's
    *cases("description-is-the-other-of-the-heading",
           "Sports Couples Who Kept It Quiet\n\n1. {b} and {a}\nBefore {A} came along, the "
           "hockey star was engaged to singer Petra Solberg, but the two split in 2011. The "
           "couple wed in Oslo in 2015. Their son, Aksel, was born in 2018.\n\n2. Rune "
           "Halvorsen and Tilde Brekke\nThe footballer and the skier married in 2012. They have "
           "a daughter, Frida.",
           ("engaged", "{b}", "Petra Solberg", None),
           ("separated", "{b}", "Petra Solberg", "2011"), ("spouse", "{b}", "{a}", "2015"),
           ("born", "Aksel", None, "2018"), ("parent", "{b}", "Aksel", None),
           ("parent", "{a}", "Aksel", None), ("spouse", "Rune Halvorsen", "Tilde Brekke", "2012"),
           ("parent", "Rune Halvorsen", "Frida", None),
           ("parent", "Tilde Brekke", "Frida", None)),
    # in apposition, the description is the person named: no other of the pair
    *cases("description-in-apposition",
           "Sports Couples Who Kept It Quiet\n\n1. {b} and {a}\n{B}, the hockey star, married "
           "{A} in 2015.\n\n2. Rune Halvorsen and Tilde Brekke\nThe footballer and the skier "
           "married in 2012.",
           ("spouse", "{b}", "{a}", "2015"), ("spouse", "Rune Halvorsen", "Tilde Brekke", "2012")),
]

LISTED_SURNAMES = [
    # a surname written once after a list of given names is every item's surname
    *cases("brothers-oxford-comma", "{b} grew up in Quebec with his brothers Luc, Remy, and "
           "Alain {B}.", *[("sibling", "{b}", f"{g} {{B}}", None) for g in ("Luc", "Remy",
                                                                             "Alain")]),
    *cases("daughters-no-oxford-comma", "{a} has three daughters, Ines, Alva and Lotta {A}.",
           *[("parent", "{a}", f"{g} {{A}}", None) for g in ("Ines", "Alva", "Lotta")]),
    # a given name the document gives another surname keeps its own
    *cases("listed-given-name-of-another", "Ines Varga is a friend. {a} has three daughters, "
           "Ines, Alva and Lotta {A}.", ("parent", "{a}", "Ines", None),
           *[("parent", "{a}", f"{g} {{A}}", None) for g in ("Alva", "Lotta")],
           only=("parent",)),
]

GROUPS: dict[str, list[Case]] = {"heading-couples": HEADING_COUPLES,
                                 "listed-surnames": LISTED_SURNAMES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_relations_lists(text: str, pub: str | None, only: tuple[str, ...],
                         expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
