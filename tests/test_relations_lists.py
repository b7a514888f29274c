"""Document structure: listicle items, headings and enumerations, each in text of our own.

Same conventions as tests/test_generalization.py: every case is read with two sets of
invented names ({a} a woman, {b} a man, {A}/{B} their surnames) and compared as an exact set
(or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, case, check, params

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
    *cases("brothers-oxford-comma", "A Quebec Childhood\n\n{b} grew up in Quebec with his "
           "brothers Luc, Remy, and Alain {B}.",
           *[("sibling", "{b}", f"{g} {{B}}", None) for g in ("Luc", "Remy", "Alain")]),
    *cases("daughters-no-oxford-comma", "{a} has three daughters, Ines, Alva and Lotta {A}.",
           *[("parent", "{a}", f"{g} {{A}}", None) for g in ("Ines", "Alva", "Lotta")]),
    # a given name the document gives another surname keeps its own
    *cases("listed-given-name-of-another", "Ines Varga is a friend. {a} has three daughters, "
           "Ines, Alva and Lotta {A}.", ("parent", "{a}", "Ines", None),
           *[("parent", "{a}", f"{g} {{A}}", None) for g in ("Alva", "Lotta")],
           only=("parent",)),
]

CAPS_HEADINGS = [
    # a heading in capitals that is a full name, the item's prose going on with the surname
    *cases("caps-name-heading-surname-body",
           "Royal Offspring to Watch\n\nODILE MARCHAND\nMarchand, the daughter of Gaston and "
           "Celine Marchand, was born in 1984. She married the banker {b} in 2010.\n\nBRUNO "
           "KESSLER\nKessler is the son of the actor Dieter Kessler.",
           ("born", "Odile Marchand", None, "1984"),
           ("parent", "Gaston Marchand", "Odile Marchand", None),
           ("parent", "Celine Marchand", "Odile Marchand", None),
           ("spouse", "Odile Marchand", "{b}", "2010"),
           ("parent", "Dieter Kessler", "Bruno Kessler", None)),
    # a couple's heading in capitals, no blank line between the items
    *cases("caps-couple-headings",
           "Engaged This Fall\nLARS HOLM & NINA VOSS\nHolm proposed to Voss on a beach on Sept. "
           "3, 2017.\nTOMAS BERG & ELIN ROOS\nBerg, the son of Anders and Maja Berg, asked Roos "
           "to marry him on Sept. 20, 2017.",
           ("engaged", "Lars Holm", "Nina Voss", "2017-09-03"),
           ("engaged", "Tomas Berg", "Elin Roos", "2017-09-20"),
           ("parent", "Anders Berg", "Tomas Berg", None),
           ("parent", "Maja Berg", "Tomas Berg", None), only=("engaged", "parent"), sets=1),
    # lines 'NAME IN CAPITALS: prose' are items of their own: 'he' is the line's person, and
    # a line whose prose never names its person counts once others of that layout do
    case("caps-inline-items", "Famous Dads\nLARS HOLM: Lars and his wife, Nina Voss, have two "
         "sons: Emil and Aksel.\nTOMAS BERG: He is a dad to Elin and Saga.\nOLE DAHL: Ole and "
         "his wife, Maja Roos, have a daughter: Tilde.",
         *[("parent", p, c, None) for p in ("Lars Holm", "Nina Voss") for c in ("Emil", "Aksel")],
         ("parent", "Tomas Berg", "Elin", None), ("parent", "Tomas Berg", "Saga", None),
         ("parent", "Ole Dahl", "Tilde", None), ("parent", "Maja Roos", "Tilde", None),
         only=("parent",)),
    # a heading in capitals whose words the prose never writes is no name
    *cases("caps-heading-not-a-name", "Their Story\n\nEARLY YEARS\n{a} married {b} in 2001.",
           ("spouse", "{a}", "{b}", "2001")),
]

KIN_HEADINGS = [
    # a heading that is only a kin noun leads in the item lines under it, as 'Her kids:' does
    *cases("her-kids-bullets", "{a}: A Life in Pictures\n\n{a}, the singer, married {b} in "
           "2004. She lives in Denver.\n\nHer kids\n- Lila {B}, 12\n- Jonah {B}, 9",
           ("spouse", "{a}", "{b}", "2004"), ("parent", "{a}", "Lila {B}", None),
           ("parent", "{a}", "Jonah {B}", None)),
    # a bare 'Children' is the couple's; numbered items with birth years; 'Grandchildren'
    # ends the list and gives nobody a parent
    *cases("children-numbered-births", "Inside the Family of {b}\n\n{b} married {a} in 1968."
           "\n\nChildren\n1. Sune {B} (b. 1970)\n2. Malin {B} (b. 1973)\n\nGrandchildren\n"
           "- Ella {B}, 12\n- Otto {B}, 9",
           ("spouse", "{a}", "{b}", "1968"), ("born", "Sune {B}", None, "1970"),
           ("born", "Malin {B}", None, "1973"),
           *[("parent", p, c, None) for p in ("{a}", "{b}") for c in ("Sune {B}", "Malin {B}")]),
    # 'her' of a second kin heading, under the first one's items, is the first one's owner
    *cases("her-siblings-after-her-kids", "{a}: A Life in Pictures\n\n{a}, the singer, married "
           "{b} in 2004.\n\nHer kids\n- Lila {B}, 12\n- Jonah {B}, 9\n\nHer siblings\n- Greta "
           "{A}\n- Paul {A}",
           ("parent", "{a}", "Lila {B}", None), ("parent", "{a}", "Jonah {B}", None),
           ("sibling", "{a}", "Greta {A}", None), ("sibling", "{a}", "Paul {A}", None),
           only=("parent", "sibling")),
    *cases("her-siblings-after-her-kids-colons", "{a} married {b} in 2004.\n\nHer kids:\n- "
           "Lila {B}, 12\n- Jonah {B}, 9\n\nHer siblings:\n- Greta {A}\n- Paul {A}",
           ("parent", "{a}", "Lila {B}", None), ("parent", "{a}", "Jonah {B}", None),
           ("sibling", "{a}", "Greta {A}", None), ("sibling", "{a}", "Paul {A}", None),
           only=("parent", "sibling")),
    # a kin word as a line of prose, not over items, leads in nothing
    *cases("kin-word-line-without-items", "{a} married {b} in 2004.\n\nChildren\nLila {B} "
           "studies law in Oslo.", ("spouse", "{a}", "{b}", "2004"), only=("spouse", "parent")),
]

GOLDFARBS = ("Hedy Goldfarb", "Rosa Goldfarb", "Faye Goldfarb", "Saul Goldfarb")
SIBLING_ITEMS = [
    # 'A and B Surname: these sisters ...': the item's heading names siblings, also in an
    # article whose title is not about siblings; a line of its own heads the item the same way
    *cases("sister-items-inline-and-own-line",
           "Celebrity Families Who Work Together\n\n1. Lena and Mira {A}: These sisters grew "
           "up in Lyon. Lena is a director, and Mira writes novels.\n\n2. Tom and Will {B}\n"
           "The brothers grew up in Ohio and now run a studio together.\n\n3. {a} and Ben {A}: "
           "The couple married in 2010.",
           ("sibling", "Lena {A}", "Mira {A}", None), ("sibling", "Tom {B}", "Will {B}", None),
           ("spouse", "{a}", "Ben {A}", "2010")),
    # three of one surname in an article about sisters: every pair
    *cases("three-sisters-item", "Famous Sisters in Hollywood\n\n1. Pia, Nora, and Vera {B}: "
           "We all remember Pia and Nora from the sitcom.\n\n2. Tessa and Jolie {A}: They run a "
           "fashion label together.",
           ("sibling", "Pia {B}", "Nora {B}", None), ("sibling", "Pia {B}", "Vera {B}", None),
           ("sibling", "Nora {B}", "Vera {B}", None),
           ("sibling", "Tessa {A}", "Jolie {A}", None)),
    # an item headed by a family's name ('The Marlowes') keeps nobody of the item before; the
    # 'sisters' of an item are its own heading's, with the surname written before the noun;
    # two of one surname the text says are not related are no siblings
    *cases("family-heading-and-scoped-sisters",
           "Sibling Acts That Ruled the Charts\n\n1. Birgit and Solveig {A}\nThe folk sisters "
           "have six albums. Solveig is married to the fiddler {b}.\n\n2. The Marlowes\nDespite "
           "the shared surname, Jude Marlowe and Tess Marlowe are not related by blood.\n\n3. "
           "Hedy, Rosa and Faye Goldfarb\nThe Goldfarb Sisters have recorded since 1975; their "
           "late brother, Saul Goldfarb, produced their first album.",
           ("sibling", "Birgit {A}", "Solveig {A}", None), ("spouse", "Solveig {A}", "{b}", None),
           *[("sibling", a, b, None) for n, a in enumerate(GOLDFARBS) for b in GOLDFARBS[n + 1 :]]),
    # an item headed 'The X Brothers': the people of that surname named before the prose's
    # 'the brothers' are the siblings, not the parent named after it
    *cases("sibling-family-heading", "Bands We Love\n\n1. The {B} Brothers\nJonas and Henrik "
           "{B} have sold ten million records. The brothers' mother, Greta {B}, manages them."
           "\n\n2. {a} and Hugo Berg\nThe couple married in 2001.",
           ("sibling", "Jonas {B}", "Henrik {B}", None), ("spouse", "{a}", "Hugo Berg", "2001"),
           only=("sibling", "spouse")),
    # two of one surname the prose calls no siblings: no sibling fact
    *cases("same-surname-item-no-sibling-word", "Celebrity Families Who Work Together\n\n1. "
           "Lena and Mira {A}: They grew up in Lyon.\n\n2. Tom and Will {B}: They run a studio.",
           only=("sibling",)),
]

GROUPS: dict[str, list[Case]] = {"heading-couples": HEADING_COUPLES,
                                 "sibling-items": SIBLING_ITEMS,
                                 "kin-headings": KIN_HEADINGS,
                                 "caps-headings": CAPS_HEADINGS,
                                 "listed-surnames": LISTED_SURNAMES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_relations_lists(text: str, pub: str | None, only: tuple[str, ...],
                         expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
