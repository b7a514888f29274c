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
    # 'custody of their boys A, 10, and B, 7' with one parent named: A and B are that
    # parent's, through a description subject and a verb chained to it
    *cases("custody-of-their-boys", "{b} has filed for divorce from his wife of 11 years. The "
           "70-year-old jazz legend cited irreconcilable differences and asked for joint "
           "custody of their boys Milo, 10, and Tarik, 7, court papers show.",
           ("parent", "{b}", "Milo", None), ("parent", "{b}", "Tarik", None), only=("parent",)),
    *cases("custody-of-their-two-sons", "{a} asked for sole custody of their two sons, Milo "
           "and Tarik.", ("parent", "{a}", "Milo", None), ("parent", "{a}", "Tarik", None)),
    *cases("custody-of-their-sons-then-clause", "{b} asked for custody of their sons Milo and "
           "Tarik, and {a} agreed.", ("parent", "{b}", "Milo", None),
           ("parent", "{b}", "Tarik", None), only=("parent",)),
    *cases("custody-dashed-list", "{a} and {b} will share custody of their three children — "
           "Ana, 8, Milo, 6, and June, 3 — and {B} will pay support.",
           *[("parent", p, k, None) for p in ("{a}", "{b}") for k in ("Ana", "Milo", "June")],
           only=("parent",)),
    *cases("custody-of-a-friend", "{a} asked for custody of their dog, Rex, and the house.",
           only=("parent",)),
    # one 'the' before two coordinated role nouns is one person ('The singer and talk show
    # host filed'), which the parse hangs as a modifier on the last noun
    *cases("coordinated-description-files", "{a} is ending her marriage. The singer and talk "
           "show host filed for divorce from her husband, {b}.",
           ("divorce_filed", "{a}", "{b}", None), ("spouse", "{a}", "{b}", None)),
    # 'X is splitting from her husband of seven years' names no husband: the split is with
    # the one spouse the document gives X; none when it gives two
    *cases("split-from-unnamed-husband", "{a} is splitting from her husband of seven years. "
           "She filed for divorce from her husband, {b}, in Boston.",
           ("separated", "{a}", "{b}", None), ("divorce_filed", "{a}", "{b}", None),
           ("spouse", "{a}", "{b}", None)),
    *cases("split-from-unnamed-husband-dated", "{a} has split from her husband. Her husband, "
           "{b}, is a pilot.", ("separated", "{a}", "{b}", "2020-06-12"),
           ("spouse", "{a}", "{b}", None), pub="2020-06-12"),
    *cases("split-from-unnamed-two-husbands", "{a} has split from her husband. She was married "
           "to {b} from 2001 to 2005 and to {c} since 2010.", only=("separated",)),
    # 'It is the second marriage for the singer, who divorced X in 1979': a description with a
    # 'who' clause, in a clause whose subject is no person, is the article's person
    *cases("description-who-divorced", "{b} files for divorce. It is the second marriage for "
           "the singer, who divorced the actress {a} in 1979.",
           ("spouse", "{b}", "{a}", "..1979"), only=("spouse",)),
    *cases("other-description-who-married", "{b} files for divorce. He thanked the producer, "
           "who married {c} in 1979.", only=("spouse",)),
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
    # the capitalised words before a numbered style are a peer's whole name
    case("styled-peer-name", "Peregrine Osmund Tallis, 5th Baron Wrenfold (1930–2001), was a "
         "British peer.", ("born", "Peregrine Osmund Tallis, 5th Baron Wrenfold", None, "1930"),
         ("died", "Peregrine Osmund Tallis, 5th Baron Wrenfold", None, "2001")),
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

FAMILIES = [
    # 'They had three children:' just after the couple's wedding, the children on indented
    # lines with no bullet (a family article's layout)
    *cases("indented-children", "{b} (1918–1999) was a senator. In 1946, {B} married {a}, the "
           "daughter of a glass manufacturer. They had three children:\n\n    Tom {B} (b. 1947), "
           "a judge\n    Ruth {B} (1949–2016), a doctor\n    Lena {B} (b. 1952), a journalist"
           "\n\n{A} died in 2003.",
           *[("parent", p, f"{c} {{B}}", None) for p in ("{a}", "{b}") for c in ("Tom", "Ruth",
                                                                               "Lena")],
           only=("parent",)),
    # a father and his namesake son ('X Jr.') stay two people
    case("junior-apart", "Wendell Moss (1918–1999) was a senator from Ohio. In 1946, Moss married "
         "Dina Roth. They had two children:\n\n    Wendell Moss Jr. (b. 1947), a governor\n    "
         "Ruth Moss (b. 1949), a judge\n\nWendell Moss Jr. married Doris Kell in 1972.",
         ("born", "Wendell Moss", None, "1918"), ("died", "Wendell Moss", None, "1999"),
         ("spouse", "Wendell Moss", "Dina Roth", "1946"),  # a lifespan tells no death
         ("born", "Wendell Moss Jr.", None, "1947"), ("born", "Ruth Moss", None, "1949"),
         *[("parent", p, c, None) for p in ("Wendell Moss", "Dina Roth")
           for c in ("Wendell Moss Jr.", "Ruth Moss")],
         ("spouse", "Wendell Moss Jr.", "Doris Kell", "1972")),
]

WIDOWHOOD = [
    # a person's only marriage, with no split told, ends with that person's death
    *cases("only-marriage-ends-at-death", "{b} married {a} in 1960. {B} died in 2019.",
           ("spouse", "{b}", "{a}", "1960..2019"), ("died", "{b}", None, "2019")),
    # not after a split, and not when the person married twice
    *cases("split-marriage-keeps-no-end", "{b} married {a} in 1960; they separated in 1970. "
           "{B} died in 2019.", ("spouse", "{b}", "{a}", "1960"), only=("spouse",)),
    *cases("two-marriages-keep-no-end", "{b} married {a} in 1960. He later married Ada Moss. "
           "{B} died in 2019.", ("spouse", "{b}", "{a}", "1960"), ("spouse", "{b}", "Ada Moss",
                                                                     None), only=("spouse",)),
]

OBITUARIES = [
    # a fronted participle's objects are not its subject: 'born ... to A and B, she' is not B
    *cases("born-to-fronted-she", "{a}, 84, of Milton, died on May 2, 2023. Born 1 July 1938, "
           "in Leeds to the late Harold and Mabel Finch, she was the eldest of four children.",
           ("died", "{a}", None, "2023-05-02"), ("born", "{a}", None, "1938-07-01"),
           ("parent", "Harold Finch", "{a}", None), ("parent", "Mabel Finch", "{a}", None)),
    # '... after <-ing> from X, she': X is the one she left, not she
    *cases("after-leaving-she", "{a} is a singer. After splitting from Tom Reed in 2015, she "
           "married {b} in 2017.", ("spouse", "{a}", "{b}", "2017"), only=("spouse",)),
    # 'leaves her daughters, A (spouse) and B; her son, C; her sister, D': every 'her' of the
    # list is the deceased (a given name of no known gender), not the entry before it (B, whose
    # given name is a woman's)
    case("survived-by-entries", "Zelphine Arkwright, 84, of Milton, died on May 2, 2023. She "
         "leaves her daughters, Oona Vell (Piet) of Harwick and Wilhelmina Lowe of "
         "Tarnby; her son, Sam Alder (Greet); her sister, Ysolde Moss, 88; and six "
         "grandchildren.", ("parent", "Zelphine Arkwright", "Oona Vell", None),
         ("parent", "Zelphine Arkwright", "Wilhelmina Lowe", None),
         ("parent", "Zelphine Arkwright", "Sam Alder", None),
         ("sibling", "Zelphine Arkwright", "Ysolde Moss", None), only=("parent", "sibling")),
    # the subject of a death verb, or a name with an age in apposition, is a person's name
    # whatever the NER made of it
    case("died-subject-untagged", "Orrin Valcourt passed away at home on March 3, 2021.",
         ("died", "Orrin Valcourt", None, "2021-03-03")),
    case("aged-name-untagged", "Zelphine Arkwright, 84, of Milton, died on May 2, 2023.",
         ("died", "Zelphine Arkwright", None, "2023-05-02")),
]

STYLES = [
    # a courtesy style between a kin noun and the name: the list still starts at the name
    case("kin-then-courtesy-style", "The Hon. Clarice Wrenfold married Piers Ancell in 1921. "
         "Their daughter, the Hon. Eudora Ancell, was born in 1924.",
         ("spouse", "Clarice Wrenfold", "Piers Ancell", "1921"),
         ("born", "Eudora Ancell", None, "1924"),
         ("parent", "Clarice Wrenfold", "Eudora Ancell", None),
         ("parent", "Piers Ancell", "Eudora Ancell", None)),
]

LIFESPAN_ITEMS = [
    # a one-word child's name in a list keeps the lifespan after it (an inverted heading's
    # one word does not: that is the existing rule)
    *cases("child-items-lifespans", "{a} and {b} had three children: Wout (1961–2010), Sten "
           "(b. 1963) and Fenne.", ("born", "Wout", None, "1961"), ("died", "Wout", None, "2010"),
           ("born", "Sten", None, "1963"), only=("born", "died")),
]

LEAD_IN_ITEMS = [
    # one given name a bullet line under a lead-in: a child's name, not a headline's word
    *cases("bulleted-given-names", "{b}, the retired boxer, had a large family. {B} also had "
           "four daughters, each with a story of her own:\n- Wrenna\n- Odalys\n- Pim\n- "
           "Solvei\n{B} died in 2020.", *[("parent", "{b}", k, None) for k in
                                          ("Wrenna", "Odalys", "Pim", "Solvei")],
           only=("parent",)),
]

NOTICES = [
    # 'SURNAME, Given' heading, a lifespan line, and subjectless kin phrases under it
    case("death-notice-kin-phrases", "Deaths\n\nBRANDVOLD, Oskar Henrik\n4 May 1931 – 9 July "
         "2020\n\nPeacefully, at home, aged 89. Beloved husband of the late Marta, who died in "
         "2015. Much loved father of Ingrid (Paul) Sandell and Nils Brandvold, and of the late "
         "Per. Dear brother of Greta Holm of St. Albans.",
         ("born", "Oskar Henrik Brandvold", None, "1931-05-04"),
         ("died", "Oskar Henrik Brandvold", None, "2020-07-09"),
         ("spouse", "Oskar Henrik Brandvold", "Marta", "..2015"), ("died", "Marta", None, "2015"),
         ("parent", "Oskar Henrik Brandvold", "Ingrid Sandell", None),
         ("spouse", "Ingrid Sandell", "Paul Sandell", None),
         ("parent", "Oskar Henrik Brandvold", "Nils Brandvold", None),
         ("parent", "Oskar Henrik Brandvold", "Per", None),
         ("sibling", "Oskar Henrik Brandvold", "Greta Holm", None)),
    # the whole notice on one line; its 'Died ...' sentence has no subject
    case("death-notice-one-line", "ALDER, Ruth Wenna. Died peacefully on May 2, 2023, aged 84. "
         "Loving mother of Ann and Beth.", ("died", "Ruth Wenna Alder", None, "2023-05-02"),
         ("parent", "Ruth Wenna Alder", "Ann", None), ("parent", "Ruth Wenna Alder", "Beth", None)),
    # a heading that is a name alone (a nickname in it), and a lifespan line under it
    case("name-heading-lifespan", 'Wendeline "Wen" Osterhout\n\nMarch 4, 1930 – May 9, 2021\n\n'
         "Wendeline Osterhout, 91, of Tarnby, passed away at home.",
         ("born", "Wendeline Osterhout", None, "1930-03-04"),
         ("died", "Wendeline Osterhout", None, "2021-05-09")),
    # the entries of 'preceded in death by': each one's own date is its death (the deceased's
    # is another), and a marriage to the one who died first ends then
    case("predeceased-entries", "Aart Osterhout, 91, of Tarnby, passed away on May 9, 2021. He "
         "is preceded in death by Wendeline, his wife of 50 years, in 2010; by Piet, his son, in "
         "1985; and by his sisters, Greet Dekker and Lies Vos.",
         ("died", "Aart Osterhout", None, "2021-05-09"), ("died", "Wendeline", None, "2010"),
         ("died", "Piet", None, "1985"), ("spouse", "Aart Osterhout", "Wendeline", "..2010"),
         only=("died", "spouse")),
    case("predeceased-one-entry", "Wendeline Osterhout, 91, of Tarnby, passed away on May 9, "
         "2021. She was predeceased by her husband, Aart Osterhout, in 2010.",
         ("died", "Wendeline Osterhout", None, "2021-05-09"),
         ("died", "Aart Osterhout", None, "2010"),
         ("spouse", "Wendeline Osterhout", "Aart Osterhout", "..2010")),
    # the notice's heading runs on into its first sentence, which tells the death
    case("notice-heading-sentence", "OSTERHOUT, Aart J., 84, of Tarnby, died Tuesday, March 3, "
         "2020, at home. Born Jan. 5, 1936, in Harwick, he was a son of the late Ebbe and Nola "
         "Osterhout.", ("died", "Aart Osterhout", None, "2020-03-03"),
         ("born", "Aart Osterhout", None, "1936-01-05"),
         ("parent", "Ebbe Osterhout", "Aart Osterhout", None),
         ("parent", "Nola Osterhout", "Aart Osterhout", None)),
    # a dateline is no heading, and a kin phrase inside a sentence is the prose rules' to read
    case("dateline-no-notice", "BRAEMORE, Vestland — Ada Moss, the actress, died on Monday. She "
         "was the beloved wife of Tom Reed.", ("died", "Ada Moss", None, "2024-03-04"),
         ("spouse", "Ada Moss", "Tom Reed", "..2024-03-04"), pub="2024-03-06"),
]

BORN_TO = [
    # the parents after 'born ... to' are names in that slot, whatever the NER made of them
    case("born-in-year-to", "Lionel Marsh was born in Dover in 1950 to Hugh Marsh and Edna "
         "Marsh.", ("born", "Lionel Marsh", None, "1950"),
         ("parent", "Hugh Marsh", "Lionel Marsh", None),
         ("parent", "Edna Marsh", "Lionel Marsh", None)),
    # an opening participle: the child is the name right before the main verb, not a parent
    # the parse took for its subject
    *cases("born-to-jobs-opening", "Born in Dover on May 2, 1950, to a baker, {b}, and a nurse, "
           "{a}, {c} learned the piano early.", ("born", "{c}", None, "1950-05-02"),
           ("parent", "{b}", "{c}", None), ("parent", "{a}", "{c}", None)),
    # 'to' far after 'born', past a state's abbreviation; the date is the one before 'to'
    *cases("born-to-far", "Born in Dover, Del., on March 3, 1937, to a dockworker, {b}, and a "
           "teacher, {a}, {c} took up the trombone at 11.", ("born", "{c}", None, "1937-03-03"),
           ("parent", "{b}", "{c}", None), ("parent", "{a}", "{c}", None)),
    *cases("born-to-opening", "Born in Lyon in 1961 to {b} and {a}, {c} studied law.",
           ("born", "{c}", None, "1961"), ("parent", "{b}", "{c}", None),
           ("parent", "{a}", "{c}", None)),
]

KIN_PHRASES = [
    # a kin noun after 'after'/'with' opens a phrase of its own: the name before it is the
    # previous aside's ('lived with her grandmother, Y, after her mother died'), not its name
    *cases("after-her-mother-died", "{a} lived with her grandmother, {c}, after her mother "
           "died in 1990.", only=("parent",)),
    # a role coordinated with the kin noun describes the same person
    *cases("sister-and-manager", "{a} got engaged on Sunday. {A}'s older sister and manager, "
           "{c}, was by her side.", ("sibling", "{a}", "{c}", None)),
    # 'whose' past an appositive description: the person the description is about
    *cases("whose-after-description", "There, {b} met {a}, a costume designer whose late "
           "father, {c}, ran a famous supper club.", ("parent", "{c}", "{a}", None)),
    # a league's initials inside the role before the name
    *cases("acronym-in-role", "{a} has a son, {k}, with her ex-husband, former NFL tight end "
           "{b}.", ("parent", "{a}", "{k}", None), ("parent", "{b}", "{k}", None),
           ("spouse", "{a}", "{b}", None)),
    # 'twins' the tagger took for a verb still leads the items of the list
    *cases("kids-colon-twins", "{a} and {b} have separated. The exes share three kids: twins "
           "{k} and Jude, 8, and son Felix, 5.",
           *[("parent", p, c, None) for p in ("{a}", "{b}") for c in ("{k}", "Jude", "Felix")],
           only=("parent",)),
    # the other parent after 'with' between the child noun and the child's name
    *cases("child-with-other-parent", "{b} married {a} in 1990. {B}'s first child with {a}, "
           "{k}, was born in 1992.", ("spouse", "{b}", "{a}", "1990"),
           ("born", "{k}", None, "1992"), ("parent", "{b}", "{k}", None),
           ("parent", "{a}", "{k}", None)),
    # a photo caption's aside names who is in the picture, not the sentence's subject or dates
    *cases("caption-aside", "{a} (left, with daughter {k} in 2023) welcomed {k}, now 4, and son "
           "Hollis, 2, with former partner {b}. The pair split in 2024.",
           ("parent", "{a}", "{k}", None), ("parent", "{a}", "Hollis", None),
           ("parent", "{b}", "{k}", None), ("parent", "{b}", "Hollis", None),
           ("partner", "{a}", "{b}", "..2024"), ("separated", "{a}", "{b}", "2024")),
    # 'twins' first in a list after a colon: those twins are siblings, the son after them not
    *cases("colon-twins-siblings", "{a} and {b} share three kids: twins {k} and Jude, 8, and son "
           "Felix, 5.", ("sibling", "{k}", "Jude", None), only=("sibling",)),
    # a dating show's pairing
    *cases("coupled-up", "{b} was briefly coupled up with fellow contestant {a} in the villa, "
           "but the pair split after a week.", ("partner", "{b}", "{a}", None),
           ("separated", "{b}", "{a}", None)),
]

ANNOUNCEMENTS = [
    # kin phrases of a notice joined by commas: each phrase's items stop at the next phrase
    case("notice-phrases-by-comma", "HOLLOWAY, Edith Mae, died peacefully on 1st May 2020, aged "
         "94. Beloved wife of the late Reginald, much-loved mother of Simon and Harriet, and "
         "grandmother of six.", ("died", "Edith Mae Holloway", None, "2020-05-01"),
         ("spouse", "Edith Mae Holloway", "Reginald", "..2020-05-01"),
         ("parent", "Edith Mae Holloway", "Simon", None),
         ("parent", "Edith Mae Holloway", "Harriet", None)),
    # 'the marriage of X to Y', even with 'to' hung on the announcing verb
    *cases("marriage-of-daughter-to", "{b} and {a} announced the marriage of their daughter, "
           "{c}, to Owen Pell on Saturday.", ("parent", "{b}", "{c}", None),
           ("parent", "{a}", "{c}", None), ("spouse", "{c}", "Owen Pell", None)),
    *cases("engagement-of-to", "The engagement of {a} to {b} was announced on Friday.",
           ("engaged", "{a}", "{b}", None)),
    # 'the wedding of X and Y': the couple is the 'of' phrase, never the guest who attended
    *cases("guest-at-wedding-of-and", "{c} attended the wedding of {a} and {b} in 2012.",
           ("spouse", "{a}", "{b}", "2012")),
    *cases("guest-at-wedding-of-kin", "{c} attended the wedding of {a}'s son and {b}'s "
           "daughter in 2012.", only=("spouse",)),
    # 'The actor X and Y wed': Y is conjoined to the name inside the described subject
    *cases("described-subject-and-wed", "The actor {b} and {a} wed in 2012.",
           ("spouse", "{b}", "{a}", "2012")),
]

CO_PARENTS = [
    # the subject 'X and her husband, Y': the spouse in apposition is the other parent
    *cases("and-her-husband-have", "{a} and her husband, {b}, have two children, Ezra and "
           "Wren.", ("spouse", "{a}", "{b}", None), ("parent", "{a}", "Ezra", None),
           ("parent", "{a}", "Wren", None), ("parent", "{b}", "Ezra", None),
           ("parent", "{b}", "Wren", None)),
    # ... also when the subject is a pronoun or a description standing for X
    *cases("she-and-her-husband-have", "{a} is a novelist. She and her husband, {b}, have two "
           "daughters, Ezra and Wren.", ("spouse", "{a}", "{b}", None),
           ("parent", "{a}", "Ezra", None), ("parent", "{a}", "Wren", None),
           ("parent", "{b}", "Ezra", None), ("parent", "{b}", "Wren", None)),
    *cases("the-novelist-and-her-husband-have", "{a} is a novelist. The novelist and her "
           "husband, {b}, share a son, Eli.", ("spouse", "{a}", "{b}", None),
           ("parent", "{a}", "Eli", None), ("parent", "{b}", "Eli", None)),
    *cases("and-his-wife-have", "{b} and his wife, Dana, have a son, Eli.",
           ("spouse", "{b}", "Dana", None), ("parent", "{b}", "Eli", None),
           ("parent", "Dana", "Eli", None)),
    # 'gave birth to ... with Y': Y is the other parent
    *cases("gave-birth-with", "{a} gave birth to son {k} with then-husband {b}.",
           ("spouse", "{a}", "{b}", None), ("parent", "{a}", "{k}", None),
           ("parent", "{b}", "{k}", None)),
]

MARRIAGE_PHRASES = [
    # 'from his first marriage, to Y': the comma-set 'to' names the spouse, and the children
    # the phrase qualifies, before or after it, are Y's too
    *cases("first-marriage-comma-to", "{b} has a son, {k}, from his first marriage, to {a}.",
           ("spouse", "{b}", "{a}", None), ("parent", "{b}", "{k}", None),
           ("parent", "{a}", "{k}", None)),
    *cases("son-from-marriage-comma-to-name", "{b} wed again in May. {B}'s son from his first "
           "marriage, to {a}, {k}, 15, stood beside his dad.", ("spouse", "{b}", "{a}", None),
           ("parent", "{b}", "{k}", None), ("parent", "{a}", "{k}", None)),
    *cases("children-from-marriage-comma-to", "{b} has two children from his first marriage, "
           "to the singer {a}.", ("spouse", "{b}", "{a}", None)),
]

BARE_PARENT_TITLES = [
    # 'mom Y' without a determiner: the parent of the clause's subject
    *cases("thanked-dad-and-mom", "{a} thanked dad Joe Lacey and mom Gail Lacey in her speech.",
           ("parent", "Joe Lacey", "{a}", None), ("parent", "Gail Lacey", "{a}", None)),
    *cases("pronoun-called-out-dad", "{a} is a singer. She has called out dad Joe Lacey, 71, "
           "for his role in the case.", ("parent", "Joe Lacey", "{a}", None)),
    # the kin noun inside the subject itself, or a coordinated subject: no anchor
    *cases("mom-in-subject", "Mom Gail Lacey and {a} attended the premiere.", only=("parent",)),
    # 'co-parent' is a verb here, not a parent noun titling the names after it
    *cases("co-parent-their-sons", "{a} and {b} married in 2005 and split in 2013. They "
           "continue to co-parent their twin sons, Eli and Sam.",
           ("parent", "{a}", "Eli", None), ("parent", "{a}", "Sam", None),
           ("parent", "{b}", "Eli", None), ("parent", "{b}", "Sam", None), only=("parent",)),
]

ENDINGS = [
    # an engagement broken off ends the couple; the phrase's own 'it' or an engagement as its
    # object is no other sense of the verb ('called it off' is left out: on tests/blind2 it
    # gave a false fact)
    *cases("broke-it-off", "{a} was previously engaged to hockey player {b}, but the pair "
           "broke it off in 2019.", ("engaged", "{a}", "{b}", None),
           ("separated", "{a}", "{b}", "2019")),
    *cases("broke-off-engagement", "{a} and {b} broke off their engagement in 2017.",
           ("separated", "{a}", "{b}", "2017"), only=("separated",)),
    # a project called off, talks broken off, a wedding called off: no couple ends or weds
    *cases("studio-broke-it-off", "The studio broke it off after {a} and {b} left the "
           "project."),
    *cases("broke-off-talks", "{a} broke off talks with {b} about the film."),
    # a divorce noun as the subject of 'finalized', however long its phrase
    *cases("divorce-from-finalized", "{a}'s divorce from {b} was finalized in March 2022.",
           ("spouse", "{a}", "{b}", "..2022-03")),
    *cases("called-off-wedding", "{a} and {b} called off their wedding due to the storm.",
           only=("spouse", "separated")),
]

DATING = [
    # 'A and B dated from 2018 to 2020': the years after 'from'/'to' are when, not whom
    *cases("dated-from-to", "{a} and {b} dated from 2018 to 2020.",
           ("partner", "{a}", "{b}", "2018..2020")),
    # 'Y, whom he has been dating since May': the relative pronoun is Y
    # a sports 'pro' or a racing 'driver' before a name the NER misses
    *cases("dating-tennis-pro", "{a} is now dating tennis pro Iver Dahl.",
           ("partner", "{a}", "Iver Dahl", None)),
    *cases("whom-he-has-been-dating", "{b} has since moved on with model {a}, whom he has been "
           "dating since 2023.", ("partner", "{b}", "{a}", "2023")),
]

FAMILY_NAMES = [
    # 'the Harts' (a surname in the plural) is the couple in focus that bears it, never a
    # person called 'Harts'
    *cases("the-family-welcomed", "{a} married {b} in 2001. The {B}s welcomed a son, Leo, in "
           "2003.", ("spouse", "{a}", "{b}", "2001"), ("parent", "{a}", "Leo", None),
           ("parent", "{b}", "Leo", None), ("born", "Leo", None, "2003")),
    case("the-family-es-possessive", "Dana Moss married Carl Moss in 2001. The Mosses' son, "
         "Leo, was born in 2003.", ("spouse", "Dana Moss", "Carl Moss", "2001"),
         ("parent", "Dana Moss", "Leo", None), ("parent", "Carl Moss", "Leo", None),
         ("born", "Leo", None, "2003")),
    # a family visited is nobody's parent
    *cases("visited-the-family", "{a} married {b} in 2001. {c} visited the {B}s in 2003.",
           ("spouse", "{a}", "{b}", "2001")),
]

BIRTHS_AND_DEATHS = [
    # a child had at a date was born then; a child one has, undated, tells no birth
    *cases("had-a-son-in-year", "{a} had a son, {k}, in 2003.", ("parent", "{a}", "{k}", None),
           ("born", "{k}", None, "2003")),
    *cases("had-twins-in-month", "{a} had twins, Ada and Bo, in May 2010.",
           ("born", "Ada", None, "2010-05"), ("born", "Bo", None, "2010-05"), only=("born",)),
    *cases("has-a-son-undated", "{a} has a son, {k}.", ("parent", "{a}", "{k}", None)),
    # a relative clause's death is its noun's: an unnamed daughter's death is nobody's here
    *cases("daughter-who-died", "{a} had a daughter who died in 2003.", only=("died",)),
    *cases("daughter-named-who-died", "{a} was survived by a son and by a daughter, Ada, who "
           "died in infancy in 1959.", ("died", "Ada", None, "1959"), only=("died",)),
    *cases("husband-who-died", "{a} married {b} in 1990. Her husband, who died in 2003, was a "
           "pilot.", ("died", "{b}", None, "2003"), only=("died",)),
]

TIMELINES = [
    # a timeline line's leading year and colon date the line's event (the senter had made the
    # year a sentence of its own)
    *cases("year-colon-lines", "{a} and {b} met in 2015.\n2018: They tie the knot in a "
           "private ceremony.\n2022: The couple split.", ("spouse", "{a}", "{b}", "2018"),
           ("separated", "{a}", "{b}", "2022")),
    *cases("year-dash-line", "{a} and {b} met in 2015.\n2019 – They wed in Rome.",
           ("spouse", "{a}", "{b}", "2019")),
]

ENUMERATIONS = [
    # 'the father of three:' counts the children; the names follow the colon, ages between
    *cases("father-of-three-colon", "{b} is the father of three: Ana, 12, Bo, 9, and Cleo, 4.",
           ("parent", "{b}", "Ana", None), ("parent", "{b}", "Bo", None),
           ("parent", "{b}", "Cleo", None)),
    *cases("mother-of-three-colon", "{a} is a mother of three: Ana, Bo and Cleo.",
           ("parent", "{a}", "Ana", None), ("parent", "{a}", "Bo", None),
           ("parent", "{a}", "Cleo", None)),
    # the objects of 'welcomed', names the small model takes for places
    *cases("welcomed-names", "Between 2009 and 2014, {a} and {b} welcomed Brandt, Corey, and "
           "Lise.", ("parent", "{a}", "Brandt", None), ("parent", "{a}", "Corey", None),
           ("parent", "{a}", "Lise", None), ("parent", "{b}", "Brandt", None),
           ("parent", "{b}", "Corey", None), ("parent", "{b}", "Lise", None)),
    # a guest welcomed to a home is no child
    *cases("welcomed-a-guest", "{a} and {b} welcomed Governor Brandt to their home in Ohio.",
           only=("parent",)),
]

GENEALOGY_NOTATION = [
    # a bare 'b' / 'd' before a date in the parenthesis after a name, as peerage pages write it
    *cases("bare-b-and-d", "{c} (b 3 Feb, 1931, d 9 Oct, 2004) was a botanist.",
           ("born", "{c}", None, "1931-02-03"), ("died", "{c}", None, "2004-10-09")),
    *cases("bare-b-year", "{b} (b 1950) farms near Ely.", ("born", "{b}", None, "1950")),
    # a capital 'B' before a number is no birth ('Grade B 12')
    *cases("capital-b-no-birth", "{b} (B 12) farms near Ely.", only=("born",)),
    # 'by his former second wife, Y': Y is the mother, and was his wife
    *cases("by-his-former-wife", "{a} (born 1983) is the daughter of {b}, by his former second "
           "wife, {c}.", ("parent", "{b}", "{a}", None), ("parent", "{c}", "{a}", None),
           ("spouse", "{b}", "{c}", None), ("born", "{a}", None, "1983")),
    # the second party of 'took place ... between X ... and Y', past what the first party
    # carries: postnominal honours, parentheses and the parents' apposition
    *cases("between-past-first-party", "The marriage took place on 4 June, 2016, at St Anne's "
           "Church, Dorking, between Mr Osric Vance, KCVO (born 4 May, 1980), second son of "
           "Piet Vance (b 2 Jan, 1950), and Ms {a} (born 5 March, 1983).",
           ("spouse", "Mr Osric Vance", "Ms {a}", "2016-06-04"), only=("spouse",)),
    *cases("between-job-appositive", "The marriage took place on 4 June, 2016, between {b}, a "
           "banker, and {a}, a teacher.", ("spouse", "{b}", "{a}", "2016-06-04")),
    # a royal rank and its seat behind a style of address name a person; without one, no one
    *cases("styled-royal-seat", "{b} (born 1980) is the second son of HRH The Prince of "
           "Wrenmoor (b 14 Nov, 1948), by his first wife, {c}.",
           ("parent", "Prince of Wrenmoor", "{b}", None), ("parent", "{c}", "{b}", None),
           ("spouse", "Prince of Wrenmoor", "{c}", None), ("born", "{b}", None, "1980"),
           ("born", "Prince of Wrenmoor", None, "1948-11-14")),
    *cases("unstyled-royal-seat", "{b} played the Prince of Persia in 2010 and married {a} in "
           "2012.", ("spouse", "{b}", "{a}", "2012")),
]

FRONTED_KIN = [
    # a kin phrase opening the sentence describes the clause's subject, never a parent it names
    *cases("fronted-daughter-of", "{a} died on Monday. Daughter of the banjoist Piet Moss, she "
           "toured widely.", ("parent", "Piet Moss", "{a}", None), only=("parent",)),
    *cases("fronted-the-daughter-of", "{a} died on Monday. The daughter of the banjoist Piet "
           "Moss, she toured widely.", ("parent", "Piet Moss", "{a}", None), only=("parent",)),
    *cases("fronted-son-of-two", "{b} has died. Son of the painter Piet Moss and the poet {c}, "
           "he grew up in Leeds.", ("parent", "Piet Moss", "{b}", None),
           ("parent", "{c}", "{b}", None), only=("parent",)),
    # a bio line with no verb: the person the text was last about
    *cases("verbless-daughter-of", "{a}, the fiddler, passed away ~ Known as the Queen of Reels. "
           "Daughter of the banjoist Piet Moss, one of the first radio stars.",
           ("parent", "Piet Moss", "{a}", None), only=("parent",)),
]

MET_SIBLINGS = [
    # 'got to meet a younger half-sister, X': the subject's sibling; not a friend's sister
    *cases("met-a-half-sister", "{a} said she had finally been able to meet a younger "
           "half-sister, Mia Quade, whom she had never known.",
           ("sibling", "{a}", "Mia Quade", None)),
    *cases("met-a-friends-sister", "{a} met her friend's sister, Mia Quade, at the gala.",
           only=("sibling",)),
]

BORN_OPENINGS = [
    # 'Born X ... to A and his wife, B, the actress has a brother, C': X's brother, and B is X's
    # mother; not B's brother (the name nearest the verb)
    *cases("born-opening-description", "Born {a} in 1980 in Leeds to Piet Moss, a painter, and "
           "his wife, Ruth, the actress has an older brother, Milo, and half-sisters, Ana and "
           "Lea.", ("born", "{a}", None, "1980"), ("parent", "Piet Moss", "{a}", None),
           ("parent", "Ruth", "{a}", None), ("spouse", "Piet Moss", "Ruth", None),
           ("sibling", "{a}", "Milo", None), ("sibling", "{a}", "Ana", None),
           ("sibling", "{a}", "Lea", None)),
    *cases("born-opening-pronoun", "Born {a} in 1980 to Piet Moss and his wife, Ruth, she has "
           "a younger brother, Milo.", ("sibling", "{a}", "Milo", None),
           ("parent", "Piet Moss", "{a}", None), ("parent", "Ruth", "{a}", None),
           only=("sibling", "parent")),
]

GROUPS: dict[str, list[Case]] = {"co-parents": CO_PARENTS, "enumerations": ENUMERATIONS,
                                 "marriage-phrases": MARRIAGE_PHRASES, "endings": ENDINGS,
                                 "dating": DATING, "timelines": TIMELINES,
                                 "family-names": FAMILY_NAMES,
                                 "births-and-deaths": BIRTHS_AND_DEATHS,
                                 "bare-parent-titles": BARE_PARENT_TITLES,
                                 "born-to": BORN_TO, "kin-phrases": KIN_PHRASES,
                                 "announcements": ANNOUNCEMENTS,
                                 "notices": NOTICES, "styles": STYLES,
                                 "lifespan-items": LIFESPAN_ITEMS, "obituaries": OBITUARIES,
                                 "lead-in-items": LEAD_IN_ITEMS, "filings": FILINGS,
                                 "names": NAMES, "couples": COUPLES,
                                 "lives": DEATHS_AND_MARRIAGES, "listicles": LISTICLES,
                                 "families": FAMILIES, "widowhood": WIDOWHOOD,
                                 "genealogy-notation": GENEALOGY_NOTATION,
                                 "born-openings": BORN_OPENINGS,
                                 "fronted-kin": FRONTED_KIN, "met-siblings": MET_SIBLINGS}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_rules(text: str, pub: str | None, only: tuple[str, ...],
                      expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
