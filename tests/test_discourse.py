"""The discourse tracker: who "the couple", "they", "she", "the actress" and "my" mean.

Passages invented for these tests (new names, new wording), plus the invented examples of
causes #3, #10, #11 and #14 in the dev2 error analysis. Each case gives the facts that must be
read (``want``) and those that must not (``never``); other facts of the passage (dates, lists)
belong to other rules and are not checked here. Every case failed before the tracker.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.tokens import Span
from test_relations import Key, key, read

from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.persons import find_people
from celebgraph.extract.pipeline import build_pipeline, load_pipeline


class Passage(NamedTuple):
    text: str
    want: set[Key]
    never: set[Key]
    pub: str | None


def passage(
    text: str, want: list[Key], never: list[Key] | None = None, pub: str | None = None
) -> Passage:
    return Passage(text, {key(*k) for k in want}, {key(*k) for k in never or []}, pub)


def parents(children: list[str], *names: str) -> list[Key]:
    return [("parent", p, c, None) for p in names for c in children]


def _undated(facts: set[Key]) -> set[Key]:
    return {(r, s, o, None) for r, s, o, _ in facts}


def check(p: Passage) -> None:
    got = _undated(read(p.text, p.pub))
    want, never = _undated(p.want), _undated(p.never)
    assert want <= got, f"missing {want - got}; read {got}"
    assert not (never & got), f"wrong {never & got}"


COUPLES = {
    # cause #3 of the analysis: onlookers are never the couple, a filing sets it, 'twosome'
    "fans-including-then-they": passage(
        "Anton Kohl, 38, fell for Marisa Dent in 2012. Fans including actors Bo Ekdahl and Tia "
        "Moss sent their best wishes. They dated for four years before marrying in 2016.",
        [("spouse", "Anton Kohl", "Marisa Dent", None)],
        [("spouse", "Bo Ekdahl", "Tia Moss", None)],
    ),
    "a-participle-romance-sets-the-couple": passage(
        "After meeting Dora Senn on a film set, Aurel Voss proposed in 2001. The couple wed a "
        "year later.",
        [("spouse", "Aurel Voss", "Dora Senn", None)],
    ),
    "a-perfect-participle-romance-sets-the-couple": passage(
        "Having dated Dora Senn for years, Aurel Voss proposed in 2001. They married in 2002.",
        [("spouse", "Aurel Voss", "Dora Senn", None)],
    ),
    "filing-sets-the-couple": passage(
        "Ingrid Falk has filed for divorce from Piet Brandt. Her lawyer, Ruth Kemp, declined to "
        "comment. The couple married in 2009 and have a son, Olav.",
        [
            ("spouse", "Ingrid Falk", "Piet Brandt", None),
            *parents(["Olav"], "Ingrid Falk", "Piet Brandt"),
        ],
    ),
    "the-twosome": passage(
        "Clara Vinter and Jon Ask married in 2001. The twosome later had a daughter, Maja, in "
        "2003.",
        parents(["Maja"], "Clara Vinter", "Jon Ask"),
    ),
    # ERRORS.md #3: wedding guests named together are not 'the couple'
    "among-the-guests": passage(
        "Ravi Menon and Asha Pillai wed in 2019. Among the guests were actors Dev Rao and Meera "
        "Iyer. The couple's daughter, Tara, was the flower girl.",
        parents(["Tara"], "Ravi Menon", "Asha Pillai"),
        parents(["Tara"], "Dev Rao", "Meera Iyer"),
    ),
    "the-exes-share-three-children": passage(
        "Mark Ellison married Jane Cobb in 2005; they split in 2016. The exes share three "
        "children: Amy, Beth and Carl.",
        parents(["Amy", "Beth", "Carl"], "Mark Ellison", "Jane Cobb"),
    ),
    # a couple told in passing by someone's tie of work or friendship is not 'the couple'
    "a-co-stars-couple-in-passing": passage(
        "Bruno Lemaire and his wife, Odile Fabre, have welcomed a son, Hugo. Lemaire's co-star "
        "Sven Aldous and his girlfriend, Kira Holt, sent flowers.\n\nThe couple married in "
        "2017 and have a daughter, Nina.",
        parents(["Nina"], "Bruno Lemaire", "Odile Fabre"),
        [*parents(["Nina"], "Sven Aldous", "Kira Holt"),
         ("spouse", "Sven Aldous", "Kira Holt", None)],
    ),
    "a-managers-couple-in-passing": passage(
        "Nadia Petrova married Colm Duggan in 2012. Petrova's manager, Ilan Shore, and his wife, "
        "Mira Shore, attended the party. The couple's twins, Ezra and Jude, were born in 2015.",
        parents(["Ezra", "Jude"], "Nadia Petrova", "Colm Duggan"),
        parents(["Ezra", "Jude"], "Ilan Shore", "Mira Shore"),
    ),
    # our own passages
    "well-wishers-are-no-couple": passage(
        "Lena Ortiz and Tomas Wahl got engaged in May. Greta Lund and Peter Marsh, among other "
        "stars, congratulated them online. After dating for years, they married in Lisbon in "
        "2021.",
        [("spouse", "Lena Ortiz", "Tomas Wahl", None)],
        [
            ("spouse", "Greta Lund", "Peter Marsh", None),
            ("partner", "Greta Lund", "Peter Marsh", None),
        ],
    ),
    "two-parents-of-a-child-are-a-couple": passage(
        "Lena Ortiz and Tomas Wahl's son, Emil, was born in 2015. Guests at his christening "
        "included Ada Moss and Ben Rourke. The couple's daughter, Ida, followed in 2018.",
        parents(["Ida"], "Lena Ortiz", "Tomas Wahl"),
        parents(["Ida"], "Ada Moss", "Ben Rourke"),
    ),
    "a-new-couple-replaces-the-old": passage(
        "Rosa Lind married Karl Eklund in 1990. Karl Eklund was a banker. In 2002 Rosa moved to "
        "Paris with her boyfriend, Paul Nyberg. The couple have a son, Otto.",
        parents(["Otto"], "Rosa Lind", "Paul Nyberg"),
        parents(["Otto"], "Karl Eklund"),
    ),
    "the-exes-are-the-couple-that-split": passage(
        "Mona Ekberg married Jon Dahl in 2001; they split in 2009. Mona later began dating the "
        "chef Leo Sandberg. The exes share a son, Nils.",
        parents(["Nils"], "Mona Ekberg", "Jon Dahl"),
        parents(["Nils"], "Leo Sandberg"),
    ),
    "congratulations-to-a-couple": passage(
        "Congratulations to Tom Berg and Ann Lee! The couple welcomed a daughter, Ivy, on "
        "Monday. They announced the arrival of their second child on 3 May 2025.",
        parents(["Ivy"], "Tom Berg", "Ann Lee"),
        [("born", "Tom Berg", None, None), ("born", "Ann Lee", None, None)],
        pub="2024-03-08",
    ),
    "welcomed-their-child-is-nobody-named": passage(
        "Congrats to Paul Ritter! The Tonywinner and his wife, Nina Lind, welcomed their second "
        "child together, he announced on Instagram on Thursday.",
        [("spouse", "Paul Ritter", "Nina Lind", None)],
        [("born", "Paul Ritter", None, None), ("parent", "Nina Lind", "Paul Ritter", None)],
        pub="2024-03-08",
    ),
    "no-couple-no-parents": passage(
        "Guests at the gala included Ada Moss and Ben Rourke. The couple's son, Kai, sang.",
        [],
        parents(["Kai"], "Ada Moss", "Ben Rourke"),
    ),
    "a-list-item-keeps-its-couple": passage(
        "1. Ada Moss and Ben Rourke\n\nAda Moss and Ben Rourke met on a film set. The pair "
        "married in 2010 and have a son, Kai.\n\n2. Cleo Hart\n\nCleo Hart has worked with many "
        "stars. The couple's daughter, Lia, was born in 2015.",
        parents(["Kai"], "Ada Moss", "Ben Rourke"),
        parents(["Lia"], "Ada Moss", "Ben Rourke"),
    ),
    "a-heading-keeps-its-couple": passage(
        "Famous couples who met at work\n\nAda Moss and Ben Rourke\n\nAda Moss and Ben Rourke "
        "met on a film set. The pair married in 2010 and have a son, Kai.\n\nCleo Hart\n\nCleo "
        "Hart has worked with many stars. The couple's daughter, Lia, was born in 2015.",
        parents(["Kai"], "Ada Moss", "Ben Rourke"),
        parents(["Lia"], "Ada Moss", "Ben Rourke"),
    ),
    "a-romance-noun-and-an-ex-that-is-no-spouse": passage(
        "Rita Vance grew tired of her first husband. Her romance with the actor Victor Hale went "
        "nowhere, but her affair with ex-prodigy Peter Lind did lead to marriage in 1943. Their "
        "daughter, Rebecca, was born in 1944.",
        parents(["Rebecca"], "Rita Vance", "Peter Lind"),
        parents(["Rebecca"], "Victor Hale"),
    ),
    "an-ex-in-passing-keeps-the-couple": passage(
        "Amy Sloane and Carl Bergen married in June. Her ex-husband, Tom Reyes, did not attend. "
        "The couple honeymooned in Crete and welcomed a son, Oskar, a year later.",
        parents(["Oskar"], "Amy Sloane", "Carl Bergen"),
        parents(["Oskar"], "Tom Reyes"),
    ),
    # a listicle item's heading names its couple even where the NER tags only one of the two
    # names (here 'Hjelm' alone): the item's 'the couple' is that pair
    "an-item-heading-names-both-of-its-couple": passage(
        "Exes Who Still Get Along\n\n1. Ilse Brouwer and Taavi Kask\nThe pair married in 2008 "
        "and divorced in 2015. They share a daughter, Mirte.\n\n2. Beata Wrzesniak and Anders "
        "Hjelm\nThe couple split in 2019 but share a son, Remo. Hjelm has since remarried, and "
        "Wrzesniak lives in Oslo.\n",
        parents(["Remo"], "Beata Wrzesniak", "Anders Hjelm"),
        parents(["Remo"], "Ilse Brouwer", "Taavi Kask"),
    ),
    # the parents a sentence gives one of the couple it marries: their own marriage ('by his
    # second wife') is told in passing and 'the couple' stays the two who married
    "the-brides-parents-are-no-couple-in-play": passage(
        "Otto Brell is a painter.\n\nIn 1990 he married the pianist Ines Tarrow, younger "
        "daughter of the banker Sir Hugo Tarrow by his second wife, Lady Vera Tarrow. Sir Hugo "
        "Tarrow gave the bride away. Ines's elder brother is the actor Paul Tarrow.\n\nThe "
        "couple have two sons: Aurel and Vidar.",
        parents(["Aurel", "Vidar"], "Otto Brell", "Ines Tarrow"),
        parents(["Aurel", "Vidar"], "Sir Hugo Tarrow"),
    ),
    # who acts on 'the couple' is not one of it: the sister and her boyfriend, told as a
    # couple at the wedding, are not 'the happy couple' she blesses nor 'the couple' after it
    "the-one-who-blesses-the-couple-is-not-in-it": passage(
        "Mirela Haugvik married Tarik Aydin in Bergen in 2015. Her sister, Oda Haugvik, was in "
        "attendance, along with Oda's boyfriend at the time, Jesper Krogh.\n\nAydin had "
        "proposed in 2014. Shortly after, Oda Haugvik gave the happy couple her blessing. Years "
        "later, the couple welcomed a daughter named Siri.",
        parents(["Siri"], "Mirela Haugvik", "Tarik Aydin"),
        parents(["Siri"], "Oda Haugvik", "Jesper Krogh"),
    ),
    # a couple told as guests stays onlookers when the next sentence names the two together:
    # it neither takes the focus back nor outweighs the couple the story is about
    "guests-named-again-stay-onlookers": passage(
        "Rolf Tanner married Ines Caro in Lisbon in 2019. Among the guests were the fiddler "
        "Wessel Kooi and his fiancée, Fenne Amberg. Kooi and Amberg are planning their own "
        "wedding for next spring. The couple's daughter, Ylva, 4, was the flower girl.",
        parents(["Ylva"], "Rolf Tanner", "Ines Caro"),
        parents(["Ylva"], "Wessel Kooi", "Fenne Amberg"),
    ),
}

PRONOUNS = {
    "a-named-persons-mother-and-her-husband": passage(
        "Edda Kvist's mother married her second husband, Arvo Lahti, in 1990.",
        [],
        [("spouse", "Edda Kvist", "Arvo Lahti", None)],
    ),
    "a-named-persons-father-in-a-relative-clause": passage(
        "Pekka Rinne's father, who wed his third wife Saila Oja in 2004, attended the premiere.",
        [],
        [("spouse", "Pekka Rinne", "Saila Oja", None)],
    ),
    # a subject pronoun opening the sentence after one about a single person continues that
    # person, so her gender is known before a later 'He' looks for its man
    "she-continues-the-one-person-before": passage(
        "Ravi Okonjo grew up above a bakery in Ibadan. Adaeze Okonjo ran the shop for forty "
        "years. \"She never closed on a holiday,\" he says. He married Lerato Dube in 2001; "
        "they have a son, Tunde.",
        [("spouse", "Ravi Okonjo", "Lerato Dube", None)],
        [("spouse", "Adaeze Okonjo", "Lerato Dube", None)],
    ),
    # 'their' right after a couple told in passing (guests) means that couple, not the couple
    # in focus from an earlier paragraph
    "their-after-guests-told-as-a-couple": passage(
        "Comedian Maya Brandt and her husband, Sam Okoro, hosted the show.\n\nGuests also "
        "included Jonah Pell's sister, Nora Pell, with her husband Ben Frost and their sons Max "
        "and Leo.",
        parents(["Max", "Leo"], "Nora Pell", "Ben Frost"),
        parents(["Max", "Leo"], "Maya Brandt", "Sam Okoro"),
    ),
    # 'her' after only names of unknown gender (a director named in passing): the woman the
    # previous sentence was about, not the nearest name
    "her-skips-a-name-of-unknown-gender": passage(
        "Mira Castellanos has never been busier. The actress, 41, stars in Paper Lanterns, "
        "directed by Tomasz Wren, and is raising three children with her husband, architect "
        "Dev Malhotra.",
        [("spouse", "Mira Castellanos", "Dev Malhotra", None)],
        [("spouse", "Tomasz Wren", "Dev Malhotra", None)],
    ),
    # inside a quotation the speaker is 'I': 'he' and 'his' there mean someone else
    "his-in-a-quote-is-not-its-speaker": passage(
        "Actor Owen Tarrant died in March. Director Clive Hartman recalled meeting Tarrant in "
        "1968. \"He brought his son Paul to the set every day,\" he said.",
        [("parent", "Owen Tarrant", "Paul", None)],
        [("parent", "Clive Hartman", "Paul", None)],
    ),
    # 'their' after a couple told nearer than a list of names means that couple; 'his former
    # assistant, Y' is a new person, not the kin of the names before it
    "their-after-a-nearer-couple": passage(
        "Actor Owen Tarrant died in March. Also in attendance were Tarrant's grandchildren, Max "
        "and Lily, and his former assistant, Rosa Delgado, with her husband, Ken, and their "
        "sons, Diego and Mateo.",
        parents(["Diego", "Mateo"], "Rosa Delgado", "Ken"),
        parents(["Diego", "Mateo"], "Max", "Lily"),
    ),
    # 'X and his wife' means X, also when X is a name we do not know as a person: no guess
    "his-after-a-name-that-is-nobody": passage(
        "Nadia Petrova married Colm Duggan in 2012. The drummer of Velvet Harbor and his wife, "
        "Mira, attended the party.",
        [("spouse", "Nadia Petrova", "Colm Duggan", None)],
        [("spouse", "Colm Duggan", "Mira", None)],
    ),
    # cause #11 of the analysis
    "her-brother-is-the-subjects": passage(
        "Nora Hale leaves behind two grandsons, Leo and Sam, as well as her brother, Walter Hale.",
        [("sibling", "Nora Hale", "Walter Hale", None)],
        [("sibling", "Sam", "Walter Hale", None)],
    ),
    "her-after-the-actress": passage(
        "Film producer Marco Leone is Sophia Brandt's real father. The actress moved to Rome in "
        "2001, a year after her sister, Lucia.",
        [("sibling", "Sophia Brandt", "Lucia", None)],
        [("sibling", "Marco Leone", "Lucia", None)],
    ),
    "his-girlfriend-after-a-split": passage(
        "Elena Ruiz and Tomas Vidal split in 2010. Two years on, his girlfriend Carla Moss gave "
        "birth to their son, Bruno.",
        [("partner", "Tomas Vidal", "Carla Moss", None), *parents(["Bruno"], "Tomas Vidal")],
        [("partner", "Elena Ruiz", "Carla Moss", None), *parents(["Bruno"], "Elena Ruiz")],
    ),
    # (the analysis's names 'Ivo Petrov', 'Helena Dahl' are not tagged by the small model in
    # these sentences: a name problem, not a reference one; names it tags stand in for them)
    "he-told-reporters": passage(
        "Ivan Petrov and his wife, Daria Petrova, have had a third baby, he told reporters.",
        [("spouse", "Ivan Petrov", "Daria Petrova", None)],
        [("parent", "Ivan Petrov", "Daria Petrova", None)],
        pub="2024-03-06",
    ),
    # ERRORS.md #11, with the husband named first
    "she-is-the-wife-not-the-husband": passage(
        "Tomas Berg's wife, Anna Dahl, is a cellist. She was born in Oslo on 2 June 1975.",
        [("born", "Anna Dahl", None, None)],
        [("born", "Tomas Berg", None, None)],
    ),
    # our own: gender from a bound pronoun, from a title, and never the quote's speaker
    "gender-from-her-own-pronoun": passage(
        "Jordan Reyes and Casey Reyes married in 2001. Jordan announced her first pregnancy in "
        "2003. His sister, Lou Reyes, threw a party.",
        [("sibling", "Casey Reyes", "Lou Reyes", None)],
        [("sibling", "Jordan Reyes", "Lou Reyes", None)],
    ),
    "gender-from-a-title": passage(
        "Lady Morgan Tate and Avery Tate wed in 1990. His brother, Drew Tate, was best man.",
        [("sibling", "Avery Tate", "Drew Tate", None)],
        [("sibling", "Lady Morgan Tate", "Drew Tate", None)],
    ),
    "him-is-her-partner-not-their-son": passage(
        "Actress Mira Lund married the set designer Morgan Hess in 2009. The couple welcomed a "
        "son, Erik Hess, in 2012. She filed for divorce from him last year.",
        [("divorce_filed", "Mira Lund", "Morgan Hess", None)],
        [("divorce_filed", "Mira Lund", "Erik Hess", None)],
        pub="2021-06-09",
    ),
    "not-the-publicist": passage(
        'Ada Moss wed Ben Rourke in 2010. A spokesman, Lou Grant, said: "It was a lovely day." '
        "She gave birth to a son, Kai, in 2012.",
        parents(["Kai"], "Ada Moss"),
        parents(["Kai"], "Lou Grant"),
    ),
    "fronted-possessive": passage(
        "Greta Vale met the rower Thomas Finch at university. Hugo Vale, her father, approved. "
        "On his wedding day in 2013, Thomas wore a kilt.",
        [("spouse", "Greta Vale", "Thomas Finch", None)],
        [("spouse", "Hugo Vale", "Thomas Finch", None)],
    ),
}

DESCRIPTIONS = {
    # cause #10 of the analysis
    "the-former-goalkeeper": passage(
        "Erik Sand married choreographer Pia Lorentz in 2010. The former goalkeeper also has two "
        "daughters, Liv and Sara, with ex-wife Hanne Berg.",
        [("spouse", "Erik Sand", "Hanne Berg", None), *parents(["Liv", "Sara"], "Erik Sand")],
        [("spouse", "Pia Lorentz", "Hanne Berg", None), *parents(["Liv", "Sara"], "Pia Lorentz")],
    ),
    "both-siblings": passage(  # 'Una Voss' is no name to the small model: 'Anna Voss'
        "Anna Voss, born in 1980, is two years older than her brother Karl. Both siblings "
        "adore their big sister, Ria.",
        [("sibling", "Anna Voss", "Ria", None), ("sibling", "Karl", "Ria", None)],
    ),
    # ERRORS.md #10
    "the-jazz-greats-wife": passage(
        "Walt Denning has died at 98. Survivors include the jazz great's wife of 40 years Irma "
        "Denning and his daughters Jo and Beth.",
        parents(["Jo", "Beth"], "Walt Denning"),  # the spouse needs 'of 40 years' read (#1)
        parents(["Jo", "Beth"], "Irma Denning"),
    ),
    # our own
    "the-couples-little-one": passage(
        "Dora Klein and Felix Brandt married in 2019. The couple's little one was born on "
        "Friday. The pair have named their baby girl Lina Brandt.",
        [("born", "Lina Brandt", None, None), *parents(["Lina Brandt"], "Dora Klein")],
        [("born", "Dora Klein", None, None), ("born", "Felix Brandt", None, None)],
        pub="2024-03-12",
    ),
    "the-talent-manager-described-before": passage(
        "Kelly Moss married Brandon Ash, a talent manager, in 2013. The talent manager also has "
        "a son, Seth, with his ex-wife Melissa Ray.",
        [("spouse", "Brandon Ash", "Melissa Ray", None), *parents(["Seth"], "Brandon Ash")],
        [("spouse", "Kelly Moss", "Melissa Ray", None), *parents(["Seth"], "Kelly Moss")],
    ),
    "the-31-year-old-athlete": passage(
        "Jon Berg married Lisa Holm in 2015. The 31-year-old athlete also has a daughter, Mia, "
        "from a previous relationship.",
        parents(["Mia"], "Jon Berg"),
        parents(["Mia"], "Lisa Holm"),
    ),
    "the-bride-and-the-groom": passage(
        "Nina Hart married Olaf Bergen on Saturday. The bride's sister, Ella Hart, was maid of "
        "honour, and the groom's brother, Sven Bergen, gave a speech.",
        [
            ("sibling", "Nina Hart", "Ella Hart", None),
            ("sibling", "Olaf Bergen", "Sven Bergen", None),
        ],
        [("sibling", "Nina Hart", "Sven Bergen", None)],
    ),
    "the-yellowstone-actor": passage(
        'Dean Ferris has three children. The "Harbor Lights" actor married Nell Price in 2004, '
        "and the couple had a son, Cole, in 2007.",
        [
            ("spouse", "Dean Ferris", "Nell Price", None),
            *parents(["Cole"], "Dean Ferris", "Nell Price"),
        ],
    ),
    "a-title-as-a-description": passage(
        "Prince Otto of Arland married Lena Brandt in 2010. The prince's sister, Princess Ilse, "
        "was a bridesmaid.",
        [("sibling", "Prince Otto of Arland", "Princess Ilse", None)],
        [("sibling", "Lena Brandt", "Princess Ilse", None)],
    ),
    "a-known-mother": passage(
        "Tess Alder is the daughter of Hugo Alder and his wife, Vera Alder. Tess's mother died "
        "on 3 March 2001.",
        [("died", "Vera Alder", None, None)],
        [("died", "Tess Alder", None, None)],
    ),
    "all-three-boys": passage(
        "Gina Lowe has three sons, Rex, Toby and Leo. The singer shares all three boys with her "
        "ex-husband, Dirk Amis.",
        [("spouse", "Gina Lowe", "Dirk Amis", None), *parents(["Rex", "Toby", "Leo"], "Dirk Amis")],
    ),
    "her-children-and-their-father": passage(
        "Anna Long has two children, Ada and Max. Her children live in Oslo with their father, "
        "Peter Dahl.",
        parents(["Ada", "Max"], "Peter Dahl"),
    ),
}

QUOTES = {
    # ERRORS.md #14
    "my-mother-said-y": passage(
        '"My mother, Beatrix Olsen, taught me to sing," said Ingrid Olsen.',
        [("parent", "Beatrix Olsen", "Ingrid Olsen", None)],
    ),
    # our own
    "my-brothers-y-told": passage(
        '"My brothers Al and Bo Reyes are my heroes," Jordan Reyes told the magazine.',
        [
            ("sibling", "Jordan Reyes", "Al Reyes", None),
            ("sibling", "Jordan Reyes", "Bo Reyes", None),
        ],
    ),
    "y-wrote-my-husband": passage(
        'Dana Holt wrote: "My husband, Rob Holt, is my rock."',
        [("spouse", "Dana Holt", "Rob Holt", None)],
    ),
    "our-son-he-said": passage(
        'Tom Berg married Ann Lee in 2015. "Our son, Kai, was born on Monday," he said.',
        parents(["Kai"], "Tom Berg", "Ann Lee"),
    ),
    "my-without-a-speaker": passage(
        '"My mother, Beatrix Olsen, taught me to sing."',
        [],
        [("parent", "Beatrix Olsen", "Ingrid Olsen", None)],
    ),
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(p, id=f"{group}-{name}")
        for group, cases in {
            "couple": COUPLES,
            "pronoun": PRONOUNS,
            "description": DESCRIPTIONS,
            "quote": QUOTES,
        }.items()
        for name, p in cases.items()
    ],
)
def test_passage(case: Passage) -> None:
    check(case)


def _discourse(text: str) -> tuple[Discourse, list[Span]]:
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    for _name, pipe in nlp.pipeline[:-1]:
        doc = pipe(doc)
    people = find_people(doc)
    return Discourse(doc, people, set()), list(doc.sents)


def test_gender_from_text_before_first_names() -> None:
    disc, _ = _discourse(
        "Jordan Reyes announced her engagement. Casey Brandt and his wife, Morgan Brandt, "
        "attended with Prince Robin."
    )
    genders = {disc.people.name(p): disc.genders.of(p) for p in range(len(disc.people.persons))}
    assert genders["Jordan Reyes"] == "F"  # her
    assert genders["Morgan Brandt"] == "F"  # his wife
    assert genders["Prince Robin"] == "M"  # a title
    assert genders["Casey Brandt"] == "M"  # his


def test_the_couple_is_nobody_without_one() -> None:
    disc, sents = _discourse("The couple were seen in Rome.")
    sent = sents[0]
    couple = next(t for t in sent if t.lower_ == "couple")
    assert disc.refer(couple, sent) == []


def test_reads_a_document_without_a_parse() -> None:
    """Without the parser (a supported pipeline) the tracker falls back on words alone. (spaCy
    must never be asked for the children of an unparsed token: on some documents, dev2's 111
    among them, that segfaults; these passages do not reproduce it, so this is a smoke test.)"""
    nlp = build_pipeline(exclude=("parser",))
    groups = (COUPLES, PRONOUNS, DESCRIPTIONS, QUOTES)
    text = "\n\n".join(p.text for group in groups for p in group.values())
    doc = nlp(text)
    assert not doc.has_annotation("DEP")
    assert doc._.celebgraph_facts  # read, with whatever the words alone give
