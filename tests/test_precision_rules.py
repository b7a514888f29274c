"""Over-generation on real news: constructions that made wrong facts, each with a sentence
invented for the test (new names, new wording). Each case gives facts that must be read
(``want``) and facts that must not (``never``); other facts of the sentence belong to other
rules and are not checked here. Every ``never`` was read before its rule.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from test_relations import Key, key, read


class Case(NamedTuple):
    text: str
    want: set[Key]
    never: set[Key]


def case(text: str, want: list[Key], never: list[Key]) -> Case:
    return Case(text, {key(*k) for k in want}, {key(*k) for k in never})


def _undated(facts: set[Key]) -> set[Key]:
    return {(r, s, o, None) for r, s, o, _ in facts}


CASES = {
    # 'the youngest of three; her older brothers, A and B': the brothers are no parents
    "youngest-of-three-then-her-brothers": case(
        "Ada Moss grew up in Leeds as the youngest of three; her older brothers, Ivo and Bram, "
        "are both architects.",
        [("sibling", "Ada Moss", "Ivo", None), ("sibling", "Ada Moss", "Bram", None)],
        [("parent", "Ivo", "Ada Moss", None), ("parent", "Bram", "Ada Moss", None)],
    ),
    # going separate ways told as the manner of a divorce is that divorce, no separation
    "divorced-each-going-their-separate-ways": case(
        "Paul Dorsey married Lisa Harn in 1990. After seven years, they divorced, each going "
        "their separate ways.",
        [("spouse", "Paul Dorsey", "Lisa Harn", None)],
        [("separated", "Paul Dorsey", "Lisa Harn", None)],
    ),
    "split-then-divorced-tells-both": case(
        "Paul Dorsey and Lisa Harn split in 2008 and divorced in 2010.",
        [("separated", "Paul Dorsey", "Lisa Harn", None), ("spouse", "Paul Dorsey", "Lisa Harn",
                                                           None)],
        [],
    ),
    # the people after 'born ... to' are the parents, never the one born
    "born-to-parents-child-unnamed": case(
        "The baby was born on June 7, 1958 in Oslo to Hedda Vane and Otto Lewis Quint.",
        [],
        [("born", "Hedda Vane", None, "1958-06-07")],
    ),
    "born-to-parents-title-word-name": case(
        "Duke was born on June 7, 1958 in Oslo to Hedda Vane and Otto Lewis Quint.",
        [],
        [("born", "Hedda Vane", None, "1958-06-07")],
    ),
    # 'the father of her daughter, X': the 'of' phrase names the daughter, not 'her'
    "father-of-her-first-daughter": case(
        "Marla Quint grew up on a farm. In 2001 she married the actor Pavel Ostrow, the father "
        "of her first daughter, Nika, on a ranch near Tulsa.",
        [("spouse", "Marla Quint", "Pavel Ostrow", "2001"),
         ("parent", "Pavel Ostrow", "Nika", None), ("parent", "Marla Quint", "Nika", None)],
        [("parent", "Pavel Ostrow", "Marla Quint", None)],
    ),
    "mother-of-his-son": case(
        "Pavel Ostrow lives with Marla Quint, the mother of his son Ivo, in Oslo.",
        [("parent", "Marla Quint", "Ivo", None)],
        [("parent", "Marla Quint", "Pavel Ostrow", None)],
    ),
    # an unnamed kin noun after ', and' is the next item of a list, not an aside on the name
    "unnamed-mother-after-a-listed-wife": case(
        "Tomas Brill moved in with his older brother Ansel and Ansel's wife Greta, and his "
        "mother in their house in Leeds.",
        [("sibling", "Tomas Brill", "Ansel", None), ("spouse", "Ansel", "Greta", None)],
        [("parent", "Greta", "Tomas Brill", None)],
    ),
    # a romance noun whose 'with' names a spouse tells the marriage, not dating
    "relationship-with-his-wife": case(
        "The actor Paul Wend has one of the longest careers in film, but his relationship with "
        "his wife, Greta Wend, is just as long.",
        [("spouse", "Paul Wend", "Greta Wend", None)],
        [("partner", "Paul Wend", "Greta Wend", None)],
    ),
    "relationship-with-a-girlfriend-still-dating": case(
        "Tom Baker has been in a relationship with his girlfriend, Nora Field, since 2017.",
        [("partner", "Tom Baker", "Nora Field", None)],
        [],
    ),
    # 'X, <clause with their father>' is no appositive 'X, Y's father'
    "relative-clause-is-no-appositive": case(
        "Max Norr and Eva Norr raised four children: sons Abel Norr, Bruno Norr and Dario "
        "Norr and daughter Ines Norr, each of whom took up their father's trade.",
        [("parent", "Max Norr", "Ines Norr", None), ("parent", "Eva Norr", "Abel Norr", None)],
        [("parent", "Ines Norr", child, None) for child in ("Abel Norr", "Bruno Norr")],
    ),
    "appositive-with-an-adjective-verb-kept": case(
        "Amy Grey, Tom Harlow's adopted daughter, inherited the estate.",
        [("parent", "Tom Harlow", "Amy Grey", None)],
        [],
    ),
    # a boyfriend named 'along with' the children is company, not their other parent
    "along-with-a-boyfriend": case(
        "Her sister, Jana Mork, and her two sons, Otto and Linus, showed up, along with Jana's "
        "boyfriend, Tobin Lund.",
        [("partner", "Jana Mork", "Tobin Lund", None)],
        [("parent", "Tobin Lund", "Otto", None), ("parent", "Tobin Lund", "Linus", None)],
    ),
    "shares-a-son-with-an-ex-kept": case(
        "Ruth Kell shares son Milo, 15, with her ex-husband Emil Sand.",
        [("parent", "Emil Sand", "Milo", None), ("parent", "Ruth Kell", "Milo", None)],
        [],
    ),
    # a couple a relation names earlier in the sentence is 'the couple', however little named
    "the-couple-just-married": case(
        "Omar Quist runs a dairy farm in Vermont. Quist and his wife, Noor Quist, front the "
        "series. Omar's wife, Noor Quist, came aboard in its third year. Lena Quist married "
        "the auctioneer Hugo Falk in 2017, and the couple's son, Benno, arrived in 2020.",
        [("parent", "Lena Quist", "Benno", None), ("parent", "Hugo Falk", "Benno", None)],
        [("parent", "Omar Quist", "Benno", None), ("parent", "Noor Quist", "Benno", None)],
    ),
    # 'his split from X, he ...': X is the other party of 'his', so not 'he'; and 'X, he' is
    # no list of two people for the 'they' that follows
    "he-after-his-split-from": case(
        "Dirk Mott has two sons with Ava Lind. Following his split from Lind, he wed Vera Holm "
        "in May 2015, and they went on to have two daughters, Ida Mott and Pia Mott.",
        [("spouse", "Dirk Mott", "Vera Holm", None), ("parent", "Vera Holm", "Ida Mott", None)],
        [("spouse", "Ava Lind", "Vera Holm", None), ("parent", "Ava Lind", "Ida Mott", None)],
    ),
    # the objects of a fronted phrase are not the subject pronoun after it
    "born-to-x-and-y-she": case(
        "Nell Brand died at 91.\nBorn May 2, 1933, in Dover to the late Amos and Ruth Kray, she "
        "was the youngest of six children. She was predeceased by her brothers, Cal and Ned Kray.",
        [("parent", "Ruth Kray", "Nell Brand", None), ("sibling", "Nell Brand", "Cal Kray", None)],
        [("sibling", "Ruth Kray", "Cal Kray", None), ("sibling", "Ruth Kray", "Ned Kray", None)],
    ),
    "a-fronted-clause-subject-may-be-she": case(
        "After Ann Moss met Bo Lund in 2001, she married him in 2004.",
        [("spouse", "Ann Moss", "Bo Lund", None)],
        [],
    ),
    # an unnamed relative as the subject of the event verb: not the possessive's person
    "her-father-went-on-to-marry": case(
        "Ann Falk's parents divorced in 1995, and her father went on to marry the actress "
        "Sanne Juhl.",
        [],
        [("spouse", "Ann Falk", "Sanne Juhl", None)],
    ),
    "a-named-father-kept": case(
        "Ann Falk's father, Tom Falk, married Sanne Juhl in 1999.",
        [("spouse", "Tom Falk", "Sanne Juhl", None)],
        [("spouse", "Ann Falk", "Sanne Juhl", None)],
    ),
    # an infinitive event under a future or a waiting verb is planned, however far
    "will-wait-to-tie-the-knot": case(
        "Jade Orr and her fiance Hal Lunt are expecting a baby. The couple, who live in Leeds, "
        "have said they will wait until after the baby arrives to tie the knot.",
        [],
        [("spouse", "Jade Orr", "Hal Lunt", None)],
    ),
    # a wedding arranged, not held: present progressive, future, a headline's infinitive
    "are-getting-married-in-may": case(
        "Seo Min-ji and Park Joon-ho are getting married in May.",
        [],
        [("spouse", "Seo Min-ji", "Park Joon-ho", None)],
    ),
    "is-marrying-next-month": case(
        "Ara Kim is marrying Joon Park next month.", [], [("spouse", "Ara Kim", "Joon Park", None)]
    ),
    "will-be-holding-their-wedding": case(
        "Ara Lind and Joon Park will be holding their wedding privately in October.",
        [],
        [("spouse", "Ara Lind", "Joon Park", None)],
    ),
    "headline-to-wed": case(
        "Stars Ara Kim and Joon Park to wed in October",
        [],
        [("spouse", "Ara Kim", "Joon Park", None)],
    ),
    "a-headlines-infinitive": case(
        "K-pop stars Ara Lind, Joon Park to wed in October\nAra Lind and Joon Park are tying "
        "the knot after a six-month public relationship.",
        [],
        [("spouse", "Ara Lind", "Joon Park", None)],
    ),
    "announced-their-wedding": case(
        "Seo Min-ji and Lee Joon announced their wedding recently.",
        [],
        [("spouse", "Seo Min-ji", "Lee Joon", None)],
    ),
    "their-wedding-will-be-held": case(
        "Seo Min-ji and Lee Joon announced their wedding recently. Their wedding ceremony will be "
        "held in October. The duo announced their relationship in April.",
        [("partner", "Seo Min-ji", "Lee Joon", None)],
        [("spouse", "Seo Min-ji", "Lee Joon", None)],
    ),
    # 'married the daughter of Y': Y is the in-law, the one apposed after the phrase the spouse
    "married-the-daughter-of-unnamed": case(
        "Tom Reeve married the daughter of Alan Moss in 1950.",
        [],
        [("spouse", "Tom Reeve", "Alan Moss", None), ("parent", "Alan Moss", "Tom Reeve", None)],
    ),
    "married-the-daughter-of-named-after": case(
        "Tom Reeve married the only daughter of the banker Alan Moss, Ada Moss, in 1950.",
        [("spouse", "Tom Reeve", "Ada Moss", None), ("parent", "Alan Moss", "Ada Moss", None)],
        [("spouse", "Tom Reeve", "Alan Moss", None), ("parent", "Alan Moss", "Tom Reeve", None)],
    ),
    "married-the-daughter-of-a-styled-king": case(
        "In 1953 Prince Emil married the daughter of Konrad III, King of Frisia, Princess Ada.",
        [("spouse", "Prince Emil", "Princess Ada", None)],
        [("parent", "Konrad III, King of Frisia", "Prince Emil", None)],
    ),
    "got-married-kept": case(
        "Ara Kim and Joon Park got married in 2010. Ara Kim, who is married to Joon Park, sings.",
        [("spouse", "Ara Kim", "Joon Park", None)],
        [],
    ),
    "went-on-to-marry-kept": case(
        "Jade Orr and Hal Lunt met in 2015 and went on to marry in 2019.",
        [("spouse", "Jade Orr", "Hal Lunt", None)],
        [],
    ),
    # an event noun owned by an unnamed relative: not the possessive's person's event
    "a-sisters-wedding": case(
        "Mia Vance flew to Rome for her sister's wedding to Oskar Brun in 2019.",
        [],
        [("spouse", "Mia Vance", "Oskar Brun", None)],
    ),
    "an-ex-wifes-divorce": case(
        "Ryan Holt, the ex-husband of singer Mia Vance, has weighed in on his ex-wife's "
        "messy divorce from Danish actor Oskar Brun.",
        [("spouse", "Ryan Holt", "Mia Vance", None)],
        [("spouse", "Ryan Holt", "Oskar Brun", None)],
    ),
    "a-named-sisters-wedding-kept": case(
        "Mia Vance attended her sister Jana's wedding to Oskar Brun in 2019.",
        [("spouse", "Jana", "Oskar Brun", None)],
        [("spouse", "Mia Vance", "Oskar Brun", None)],
    ),
    # a party or a nationality the NER tags on its own before a name is no part of the name
    "a-party-before-a-sons-name": case(
        "Ada Stone died on Monday. Her son, Republican Ned Stone, served in the senate from "
        "2001 to 2009.",
        [("parent", "Ada Stone", "Ned Stone", None)],
        [("parent", "Ada Stone", "Republican Ned Stone", None),
         ("parent", "Ada Stone", "Republican", None)],
    ),
    "a-nationality-before-a-fathers-name": case(
        "When his father, the Irish American Tom Quill, moved to Ohio, Ned Quill stayed in "
        "Boston.",
        [("parent", "Tom Quill", "Ned Quill", None)],
        [("parent", "American Tom Quill", "Ned Quill", None),
         ("parent", "American", "Ned Quill", None)],
    ),
    # 'Mrs.' before a man's full name is his wife, never he; named only so, she is a person
    # of that name ('Mrs. Harlan Whitcombe'), whom resolution may join to his one wife
    "a-wife-by-her-husbands-name": case(
        "Mrs. Harlan Whitcombe gave birth to a son, Peter, at the family home on Tuesday.",
        [("parent", "Mrs. Harlan Whitcombe", "Peter", None)],
        [("parent", "Harlan Whitcombe", "Peter", None)],
    ),
    # a given name of unknown gender: the style names the husband when the text calls that
    # full name a husband ('Mrs Anjali Rao' alone is her own name)
    "a-wife-by-the-name-the-text-calls-her-husband": case(
        "Mrs. Orin Vale hosted the gala on Friday. She arrived with her husband, the chef Orin "
        "Vale, and their son, Rafe.",
        [("spouse", "Mrs. Orin Vale", "Orin Vale", None),
         ("parent", "Mrs. Orin Vale", "Rafe", None), ("parent", "Orin Vale", "Rafe", None)],
        [("spouse", "Orin Vale", "Orin Vale", None)],
    ),
    "a-wife-by-the-name-the-text-calls-her-husband-after-wife-of": case(
        "Mrs. Orin Vale, the wife of the chef Orin Vale, hosted the gala. Their son, Rafe, "
        "was there.",
        [("spouse", "Mrs. Orin Vale", "Orin Vale", None),
         ("parent", "Mrs. Orin Vale", "Rafe", None)],
        [],
    ),
    "a-wife-by-her-husbands-name-and-her-own": case(
        "Mrs. Harlan Whitcombe, the former Jane Doyle, gave birth to a daughter, Alice, in 1950.",
        [("parent", "Jane Doyle", "Alice", None),
         ("spouse", "Jane Doyle", "Harlan Whitcombe", None)],
        [("parent", "Harlan Whitcombe", "Alice", None)],
    ),
    "now-a-wife-by-her-husbands-name": case(
        "Princess Ada (b. 1959), now Mrs. Jonathan Hale, lives quietly in Maine.",
        [("spouse", "Princess Ada", "Jonathan Hale", None)],
        [],
    ),
    # an event in the infinitive below a vow or a hope is meant, not told
    "vowed-to-marry": case(
        "Tom Pike vowed to marry Ada Moss after the war.",
        [],
        [("spouse", "Tom Pike", "Ada Moss", None)],
    ),
    "hopes-to-marry": case(
        "Tom Pike hopes to marry Ada Moss next year.",
        [],
        [("spouse", "Tom Pike", "Ada Moss", None)],
    ),
    # a place before an office ('U.S. President') describes the office: no person of its own
    "a-place-before-an-office": case(
        "Ada Pike died on Tuesday. Her son, former U.S. President Ned Pike, released a "
        "statement.",
        [("parent", "Ada Pike", "Ned Pike", None)],
        [("parent", "Ada Pike", "U.S. President", None), ("parent", "Ada Pike", "U.S.", None)],
    ),
    # 'X and his wife': X, even when X is named only as the speaker of a quotation
    "a-speaker-and-his-wife": case(
        'Ada Pike, the widow of Tom Pike, died on Tuesday. "She will be missed," Governor Ned '
        "Lund and his wife, Mira, said in a statement.",
        [("spouse", "Ned Lund", "Mira", None)],
        [("spouse", "Tom Pike", "Mira", None)],
    ),
    # a lone given name and a full name starting with it, not told apart: no couple of two
    "a-given-name-is-no-spouse-of-its-full-name": case(
        "Ada Pike (1970- ), the wife of Tom Pike, is a designer. Ada Lenk was born in 1970 in "
        "Oslo. Ada, who changed her name to Ada Lenz, has a sister. Before marrying Pike in "
        "2005, Ada worked as a fashion model.",
        [("spouse", "Tom Pike", "Ada Pike", None)],
        [("spouse", "Ada", "Ada Pike", None)],
    ),
    # 'Mrs.' before a bare surname is no man of that name: his wife, or a woman of her own
    "mrs-and-a-surname-is-not-the-husband": case(
        "Harlan Whitcombe, a banker, and his wife welcomed a son, Peter, in 1950. Mrs. "
        "Whitcombe is the daughter of Tom Doyle.",
        [("parent", "Tom Doyle", "Mrs. Whitcombe", None)],
        [("parent", "Tom Doyle", "Harlan Whitcombe", None)],
    ),
    "mrs-and-a-surname-is-the-wife-by-his-name": case(
        "Harlan Whitcombe married in 1948. Mrs. Harlan Whitcombe, the former Jane Doyle, gave "
        "birth to a son, Peter, in 1950. Mrs. Whitcombe is the daughter of Tom Doyle.",
        [("parent", "Tom Doyle", "Jane Doyle", None)],
        [("parent", "Tom Doyle", "Harlan Whitcombe", None)],
    ),
    # a firm named after the family is no person, though its first word is their surname
    "a-family-firm-is-no-child": case(
        "Otto Varga, the banker, died on Monday at the age of 90. Varga took over Varga Hotels "
        "Corporation as president in 1966 after succeeding his father, Emil Varga.",
        [("parent", "Emil Varga", "Otto Varga", None)],
        [("parent", "Emil Varga", "Varga Hotels Corporation", None)],
    ),
    # a lead photo caption names the family first; the bare surname is the story's man
    "a-caption-does-not-introduce-the-surname": case(
        "In this 2011 file photo, Mara Quell dines with her grandfather, Ivo Quell, and her "
        "parents, Tom and Ann Quell. Ivo Quell, the hotelier, died on Monday at the age of 90. "
        "Quell took over Quell Hotels Corporation as president in 1966 after succeeding his "
        "father, Emil Quell.",
        [("parent", "Emil Quell", "Ivo Quell", None), ("parent", "Tom Quell", "Mara Quell", None)],
        [("parent", "Emil Quell", "Mara Quell", None)],
    ),
}


@pytest.mark.parametrize("c", list(CASES.values()), ids=list(CASES))
def test_case(c: Case) -> None:
    got = _undated(read(c.text))
    want, never = _undated(c.want), _undated(c.never)
    assert want <= got, f"missing {want - got}; read {got}"
    assert not (never & got), f"wrong {never & got}"
