"""Coreference on real pages: who a pronoun, a description or 'the couple' means, in sentences
of our own with invented names (same conventions as tests/test_recall_rules.py: an exact set
of facts, or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, Case, case, check, params

ASIDES = [
    # 'X (Y's son) and his wife': the aside is about X; 'his' is X's, never Y's
    case("parenthesis-kin-aside", "Tomas Brandt (Carl Brandt's son) and his wife, Nina Holt, "
         "were expecting their first child.", ("spouse", "Tomas Brandt", "Nina Holt", None),
         only=("spouse",)),
    case("parenthesis-kin-aside-her", "Lina Marsh (Ada Marsh's daughter) and her husband, Owen "
         "Quill, moved to Leeds.", ("spouse", "Lina Marsh", "Owen Quill", None),
         only=("spouse",)),
    case("parenthesis-note-aside", "Tomas Brandt (right) and his wife, Nina Holt, arrived late.",
         ("spouse", "Tomas Brandt", "Nina Holt", None), only=("spouse",)),
    # the same aside between commas
    case("comma-kin-aside", "Tomas Brandt, Carl Brandt's eldest son, and his wife, Nina Holt, "
         "were expecting their first child.", ("spouse", "Tomas Brandt", "Nina Holt", None),
         only=("spouse",)),
]

UNNAMED_KIN = [
    # 'her mother ... her own wedding': the second 'her' is the mother's, whom no name gives;
    # the wedding is hers, not the daughter's
    case("her-mother-her-own-wedding", "Ada Moss and Leo Pratt exchanged vows in 1973, with the "
         "bride wearing the same veil her mother wore at her own wedding to Carl Brandt in "
         "1947.", ("spouse", "Ada Moss", "Leo Pratt", "1973"), only=("spouse",)),
    case("her-mother-her-second-husband", "Ada Moss was thrilled. Her mother married her second "
         "husband, Carl Brandt, in 1990.", only=("spouse",)),
    case("his-father-his-wedding", "Tomas Brandt was nine. His father wore the suit at his "
         "wedding to Nina Holt in 1960.", only=("spouse",)),
    # 'their mother died in her sleep': the possessors differ, 'her' is read as before
    case("their-mother-her-birthday", "Ada Moss was 96. Her children said their mother died in "
         "her sleep, five days shy of her 97th birthday, on Oct. 11, 2022.",
         ("born", "Ada Moss", None, "1925"), only=("born",)),
    # 'His father, Y, ..., and his sister, Z, ...': the father is named, 'his' is read as before
    case("his-father-named-his-sister", "Tomas Brandt, 31, grew up around horses. His father, "
         "Carl Brandt, rode for Spain in the 1980s, and his sister, Nina Brandt, is a champion.",
         ("sibling", "Tomas Brandt", "Nina Brandt", None),
         ("parent", "Carl Brandt", "Tomas Brandt", None), only=("sibling", "parent")),
    # "X's daughter Ivy compared him ..., and her half-sister": 'her' is the daughter named
    # beside the noun, not another woman
    case("daughter-named-beside-her-sister", "Carl Hale has three children: Ivy Hale, Max Hale "
         "and Lina Hale. Carl's daughter Ivy once compared him to a lion, and her half-sister "
         "Lina thanked him.", ("sibling", "Ivy Hale", "Lina Hale", None), only=("sibling",)),
    # a later clause's subject beside a name is no one's 'her' before it (a guard)
    case("her-father-her-mother-named", "Selma Lund is engaged. Her father, Oskar Lund, is a "
         "fisherman who runs two boats; her mother, Rina Lund, is a teacher.",
         ("parent", "Oskar Lund", "Selma Lund", None), ("parent", "Rina Lund", "Selma Lund", None),
         only=("parent",)),
    # the daughter's own wedding stays hers
    case("her-own-wedding-named", "Ada Moss wore the dress at her wedding to Carl Brandt in "
         "1960.", ("spouse", "Ada Moss", "Carl Brandt", "1960"), only=("spouse",)),
]

THEIR_DESCRIPTIONS = [
    # 'when the model gave birth to their son': the model is one of the two 'their' means,
    # not a model of an earlier paragraph
    case("model-gave-birth-to-their-son", "Model Ada Brill gave birth to a son, Hart, in May.\n\n"
         "Nora Vale and her husband Teo Marsh already had a daughter named Ivy when the model "
         "gave birth to their son Leo in April.", ("parent", "Ada Brill", "Hart", None),
         ("parent", "Nora Vale", "Ivy", None), ("parent", "Teo Marsh", "Ivy", None),
         ("parent", "Nora Vale", "Leo", None), ("parent", "Teo Marsh", "Leo", None),
         only=("parent",)),
    case("singer-welcomed-their-daughter", "The singer Lina Quill married Carl Dunn in 2001.\n\n"
         "Pia Lund and her husband Owen Brisk were thrilled when the singer welcomed their "
         "daughter, Wren, in 2015.", ("parent", "Pia Lund", "Wren", None),
         ("parent", "Owen Brisk", "Wren", None), only=("parent",)),
]

SPOUSE_GENDER = [
    # 'X married the actress Y': nothing else tells X's gender, so X is no 'she' of the next
    # paragraph, the article's actress is
    case("married-the-actress-not-she", "Lina Vogt is an Austrian actress. She made her debut "
         "in 1989.\n\nIn 1991 Vogt married the Italian producer Piero Sandri; their daughter, "
         "Gina, was born in 1993. The couple divorced in 1999. Sandri married the Spanish "
         "actress Rosa Ruiz in 2002.\n\nSince 2004 she has been married to the Swedish "
         "designer Olle Berg, with whom she has a son, Ebbe.",
         ("spouse", "Lina Vogt", "Piero Sandri", "1991..1999"),
         ("spouse", "Piero Sandri", "Rosa Ruiz", "2002"),
         ("spouse", "Lina Vogt", "Olle Berg", "2004"), only=("spouse",)),
    # '..., whom she met in Rome; their daughter, Gina, ...': the daughter the parser sets beside
    # the name across the semicolon does not make Sandri a woman
    case("semicolon-not-apposition", "Lina Vogt is an Austrian actress. She made her debut in "
         "1989.\n\nIn 1991 Vogt married the producer Piero Sandri, whom she had met in Rome; "
         "their daughter, Gina, was born in 1993. The couple divorced in 1999. Sandri married "
         "again in 2002.\n\nSince 2004 she has been married to the designer Olle Berg.",
         ("spouse", "Lina Vogt", "Piero Sandri", "1991..1999"),
         ("spouse", "Lina Vogt", "Olle Berg", "2004"), only=("spouse",)),
    # the text's own pronoun wins over the spouse's gender (a guard)
    case("married-the-actress-her-own", "Dana Sorel married the actress Rosa Ruiz in 2002. "
         "Sorel announced her pregnancy in 2004; she gave birth to a son, Ebbe.",
         ("parent", "Dana Sorel", "Ebbe", None), ("parent", "Rosa Ruiz", "Ebbe", None),
         only=("parent",)),
]

COORDINATED_SUBJECTS = [
    # 'A, who married Z in 2001, and B welcomed their son': 'their' is the two subjects', not
    # the couple the relative clause names
    case("their-of-coordinated-subjects", "Ada Vance, who married Carl Dunn in 2001, and Tomas "
         "Brill welcomed their son, Max, in 2015.", ("parent", "Ada Vance", "Max", None),
         ("parent", "Tomas Brill", "Max", None), only=("parent",)),
    # a 'they' of a clause under the coordinated subjects' verb (a guard)
    case("they-said-coordinated", "Tomas Brill and Ada Vance said they married in 2010.",
         ("spouse", "Tomas Brill", "Ada Vance", "2010"), only=("spouse",)),
]

RIVALS = [
    # 'A and B met. His sons ...': two men named side by side as the subject; no guess
    case("his-sons-after-two-men", "Carl Dunn and Tomas Brill met at the premiere. His sons, "
         "Max and Leo, were there too.", only=("parent",)),
    # guards: a rival of the other gender, a man tied to the subject by 'his son', a name the
    # story passes by ('starred alongside B, who ...'), a relative told more about ('a brother
    # named B who ...': 'his' is still the subject's, as the invented sets annotate it)
    case("his-sons-after-brother-who", "Tomas Brill also had a brother named Carl Brill who was "
         "a successful actor in the 1930s. His sons Max and Leo became lawyers.",
         ("sibling", "Tomas Brill", "Carl Brill", None), ("parent", "Tomas Brill", "Max", None),
         ("parent", "Tomas Brill", "Leo", None), only=("parent", "sibling")),
    case("his-wife-after-co-star-who", "Tomas Brill starred alongside Carl Dunn, who won an "
         "award in 2001. His wife, Ada Vance, was there.",
         ("spouse", "Tomas Brill", "Ada Vance", None), only=("spouse",)),
    case("his-sons-after-man-and-woman", "Carl Dunn and Ada Vance met at the premiere. His "
         "sons, Max and Leo, were there too.", ("parent", "Carl Dunn", "Max", None),
         ("parent", "Carl Dunn", "Leo", None), only=("parent",)),
    case("his-wife-after-his-son", "Tomas Brill and his son Carl Brill arrived. His wife, Ada "
         "Vance, was there.", ("spouse", "Tomas Brill", "Ada Vance", None), only=("spouse",)),
    case("his-sons-after-sister-who", "Tomas Brill had a sister named Ada Brill who was a "
         "dancer. His sons, Max and Leo, became lawyers.", ("parent", "Tomas Brill", "Max", None),
         ("parent", "Tomas Brill", "Leo", None), only=("parent",)),
]

TWO_COUPLES = [
    # one sentence tells two couples: 'their' of the next may mean either; no guess
    case("their-after-two-couples", "Carl Dunn and his wife Ada Vance joined Tomas Brill and his "
         "wife Nina Holt at the gala. Their daughter, Ivy, sang.", only=("parent",)),
    case("their-after-two-weddings", "Carl Dunn married Ada Vance in 2001, and Tomas Brill "
         "married Nina Holt in 2003. Their daughter, Ivy, sang.", only=("parent",)),
    # the parents named again settle it (a guard)
    case("two-couples-then-named", "Carl Dunn and his wife Ada Vance joined Tomas Brill and his "
         "wife Nina Holt at the gala. Carl and Ada have a daughter, Ivy.",
         ("parent", "Carl Dunn", "Ivy", None), ("parent", "Ada Vance", "Ivy", None),
         only=("parent",)),
]

NEW_PARTNER = [
    # 'X has since moved on with Z': Z and X are the couple 'they' of the next sentence means,
    # not X and the ex
    case("moved-on-with-they", "Lina Quill and Carl Dunn married in 2010 and divorced in 2016. "
         "Quill has since moved on with Tomas Brill. They welcomed a daughter, Ivy, in 2020.",
         ("parent", "Lina Quill", "Ivy", None), ("parent", "Tomas Brill", "Ivy", None),
         only=("parent",)),
    # the same in one sentence: 'the couple' after the clause that named the new pair
    case("moved-on-with-same-sentence", "Rod Hale had a son, Max, with Ada Vance in 1990. The "
         "couple split in 1992. Hale moved on with Nina Holt, and by 1999, the couple married "
         "and welcomed their daughter Ivy.", ("spouse", "Rod Hale", "Nina Holt", None),
         ("parent", "Rod Hale", "Max", None), ("parent", "Ada Vance", "Max", None),
         ("parent", "Rod Hale", "Ivy", None), ("parent", "Nina Holt", "Ivy", None),
         only=("spouse", "parent")),
    case("found-love-with-the-couple", "Lina Quill and Carl Dunn married in 2010 and divorced "
         "in 2016. Quill has since found love with Tomas Brill. The couple welcomed a daughter, "
         "Ivy, in 2020.", ("parent", "Lina Quill", "Ivy", None),
         ("parent", "Tomas Brill", "Ivy", None), only=("parent",)),
    # 'They share two children' after the exes and a new boyfriend: the exes co-parent
    case("they-share-after-new-boyfriend", "Lina Quill and Carl Dunn married in 2008 and "
         "divorced in 2016. Quill is now dating Tomas Brill. They share two children, Max and "
         "Ivy.", ("parent", "Lina Quill", "Max", None), ("parent", "Lina Quill", "Ivy", None),
         ("parent", "Carl Dunn", "Max", None), ("parent", "Carl Dunn", "Ivy", None),
         only=("parent",)),
    # guards: a new husband, and a verb of a birth
    case("they-share-after-new-husband", "Lina Quill and Carl Dunn married in 2008 and divorced "
         "in 2016. Quill married Tomas Brill in 2018. They share two children, Max and Ivy.",
         ("parent", "Lina Quill", "Max", None), ("parent", "Lina Quill", "Ivy", None),
         ("parent", "Tomas Brill", "Max", None), ("parent", "Tomas Brill", "Ivy", None),
         only=("parent",)),
    case("they-welcomed-after-new-boyfriend", "Lina Quill and Carl Dunn married in 2008 and "
         "divorced in 2016. Quill is now dating Tomas Brill. They welcomed a daughter, Ivy, in "
         "2020.", ("parent", "Lina Quill", "Ivy", None), ("parent", "Tomas Brill", "Ivy", None),
         only=("parent",)),
    case("moved-on-with-the-couple", "Ada Vance and Rod Hale split in 1992. Hale moved on with "
         "Nina Holt. The couple married in 1999.", ("spouse", "Rod Hale", "Nina Holt", "1999"),
         only=("spouse",)),
]

SHARED_SUBJECT = [
    # 'he divorced A and a year later married B' (the parser hangs 'married' on 'divorced'
    # with no subject): he married B; A, the other verb's object, is no spouse of B
    case("divorced-a-then-married-b", "Tomas Brill wed Ada Vance in 1980. In 1996, he divorced "
         "Ada and a year later married Nina Holt.", ("spouse", "Tomas Brill", "Ada Vance",
                                                   "1980..1996"),
         ("spouse", "Tomas Brill", "Nina Holt", "1997"), only=("spouse",)),
    # the same with a name for subject (a guard)
    case("named-divorced-then-married", "Tomas Brill divorced Ada Vance in 1996 and married "
         "Nina Holt in 1997.", ("spouse", "Tomas Brill", "Ada Vance", "..1996"),
         ("spouse", "Tomas Brill", "Nina Holt", "1997"), only=("spouse",)),
]

FRONTED_OBJECT = [
    # 'After his divorce from A, B and C married': the parser reads one list 'A, B and C'
    # under 'from'; A is the preposition's object, B and C the clause's subjects (and 'their')
    case("divorce-from-a-then-b-and-c-married", "Carl Dunn was married to Ada Vance, his first "
         "wife. One year after his divorce from Ada, Carl and Nina Holt married in 1993, "
         "welcoming Ivy Dunn, their only child together, that same year.",
         ("spouse", "Carl Dunn", "Ada Vance", None), ("spouse", "Carl Dunn", "Nina Holt", "1993"),
         ("parent", "Carl Dunn", "Ivy Dunn", None), ("parent", "Nina Holt", "Ivy Dunn", None),
         only=("spouse", "parent")),
    # a list of three that is the subject stays whole (a guard)
    case("three-subjects-stay", "In 2019, Ada Vance, Carl Dunn and Nina Holt welcomed Ivy Dunn.",
         ("parent", "Ada Vance", "Ivy Dunn", None), ("parent", "Carl Dunn", "Ivy Dunn", None),
         ("parent", "Nina Holt", "Ivy Dunn", None), only=("parent",)),
]

DESCRIBED_AGE = [
    # 'the 31-year-old actress' with two women in play: the one the text gave that age
    case("age-description-the-younger", "Ada Vance, 45, attended the party with Nina Holt, 31. "
         "The 31-year-old actress is married to Carl Dunn.",
         ("spouse", "Nina Holt", "Carl Dunn", None), only=("spouse",)),
    # never one of another stated age
    case("age-description-not-other-age", "Ada Vance, 52, walked in with Nina Holt. The "
         "31-year-old singer is married to Carl Dunn.",
         ("spouse", "Nina Holt", "Carl Dunn", None), only=("spouse",)),
    # the subject of that age (a guard)
    case("age-description-the-subject", "Ada Vance, 31, attended the party with Nina Holt, 45. "
         "The 31-year-old actress is married to Carl Dunn.",
         ("spouse", "Ada Vance", "Carl Dunn", None), only=("spouse",)),
]

SUBJECT_CHILD = [
    # 'Their son, X, was born ...; he has run the circus with his wife, Y': the son named as
    # the subject is whom 'he' means, not his father of the sentence before
    case("subject-son-then-he", "Tomas Brill married the acrobat Nina Holt in 1958. Their son, "
         "Carl Brill Jr., was born two years later and named after his grandfather; he has run "
         "the circus since 1994 with his wife, the wire walker Ada Vance. Their daughters, Mila, "
         "24, and Sofia, 21, perform too.", ("spouse", "Tomas Brill", "Nina Holt", "1958"),
         ("parent", "Tomas Brill", "Carl Brill Jr.", None),
         ("parent", "Nina Holt", "Carl Brill Jr.", None),
         ("spouse", "Carl Brill Jr.", "Ada Vance", None),
         ("parent", "Carl Brill Jr.", "Mila", None), ("parent", "Carl Brill Jr.", "Sofia", None),
         ("parent", "Ada Vance", "Mila", None), ("parent", "Ada Vance", "Sofia", None),
         only=("spouse", "parent")),
    # a child in a list of kin owns no 'her' (a guard: 'shares son X with her ex')
    case("object-son-no-her", "Ada Vance shares a son, Leo, with her ex-husband, Carl Dunn.",
         ("parent", "Ada Vance", "Leo", None), ("parent", "Carl Dunn", "Leo", None),
         only=("parent",)),
]

CAPITALS_HEADS = [
    # 'CARL DUNN: He's stepdad ...': a name in capitals before a colon opens a listicle item;
    # 'he' and 'they' of the item never mean the people of the item before
    case("capitals-head-he", "TOMAS BRILL: Tomas and Ada Brill are parents to Max and Ivy.\n"
         "CARL DUNN: He's stepdad to wife Nina's daughter, Lina.",
         ("parent", "Tomas Brill", "Max", None), ("parent", "Tomas Brill", "Ivy", None),
         ("parent", "Ada Brill", "Max", None), ("parent", "Ada Brill", "Ivy", None),
         ("parent", "Nina", "Lina", None), only=("parent", "spouse")),
    case("capitals-head-they", "TOMAS BRILL: Tomas and Ada Brill are parents to Max and Ivy.\n"
         "OWEN HALE: Owen is dad to three boys: Finn, Kai and Eli. They welcomed their first "
         "daughter, Pia, in 2011.", ("parent", "Tomas Brill", "Max", None),
         ("parent", "Tomas Brill", "Ivy", None), ("parent", "Ada Brill", "Max", None),
         ("parent", "Ada Brill", "Ivy", None), ("parent", "Owen Hale", "Finn", None),
         ("parent", "Owen Hale", "Kai", None), ("parent", "Owen Hale", "Eli", None),
         only=("parent",)),
]

SHARED_GENITIVE = [
    # 'A and B's son C married D': the parser makes A the subject, 'son' its conjunct; C married
    case("coordinated-genitive-son-married", "Carl Dunn and Ada Vance's son Max Dunn married "
         "Nina Holt in 2010.", ("spouse", "Max Dunn", "Nina Holt", "2010"),
         ("parent", "Carl Dunn", "Max Dunn", None), ("parent", "Ada Vance", "Max Dunn", None),
         only=("spouse", "parent")),
    case("coordinated-genitive-son-apposition", "Carl Dunn and Ada Vance's son, Max Dunn, "
         "married Nina Holt in 2010.", ("spouse", "Max Dunn", "Nina Holt", "2010"),
         only=("spouse",)),
    # guards: two subjects, and 'A and his son B'
    case("coordinated-subjects-married", "Carl Dunn and Ada Vance married in 1980.",
         ("spouse", "Carl Dunn", "Ada Vance", "1980"), only=("spouse",)),
    case("she-and-her-husband-separated", "Ada Vance announced in March that she and her "
         "husband, restaurateur Carl Dunn, had separated after 11 years together.",
         ("separated", "Ada Vance", "Carl Dunn", None), only=("separated",)),
]

PLANNED = [
    # 'is engaged to marry Y', 'engaged to be married': a betrothal, the wedding still to come
    case("engaged-to-marry", "Lina Quill is engaged to marry Carl Dunn.",
         ("engaged", "Lina Quill", "Carl Dunn", None), only=("engaged", "spouse")),
    case("engaged-to-be-married", "Lina Quill and Carl Dunn, who are engaged to be married, "
         "attended the gala.", ("engaged", "Lina Quill", "Carl Dunn", None),
         only=("engaged", "spouse")),
    # 'are getting married next year': the present progressive of the passive 'get'
    case("getting-married-next-year", "Ivo Stenberg and Rina Lund are getting married next "
         "year.", only=("spouse",)),
    # a wedding told later counts (a guard)
    case("engaged-to-marry-then-married", "Lina Quill is engaged to marry Carl Dunn. They "
         "married in 2021 in Rome.", ("engaged", "Lina Quill", "Carl Dunn", None),
         ("spouse", "Lina Quill", "Carl Dunn", "2021"), only=("engaged", "spouse")),
    case("got-married-last-year", "Ivo Stenberg and Rina Lund got married in 2019.",
         ("spouse", "Ivo Stenberg", "Rina Lund", "2019"), only=("spouse",)),
]

GROUPS: dict[str, list[Case]] = {"asides": ASIDES, "unnamed-kin": UNNAMED_KIN,
                                 "their-descriptions": THEIR_DESCRIPTIONS,
                                 "spouse-gender": SPOUSE_GENDER,
                                 "coordinated-subjects": COORDINATED_SUBJECTS,
                                 "planned": PLANNED, "rivals": RIVALS,
                                 "two-couples": TWO_COUPLES, "new-partner": NEW_PARTNER,
                                 "shared-subject": SHARED_SUBJECT,
                                 "fronted-object": FRONTED_OBJECT,
                                 "described-age": DESCRIBED_AGE,
                                 "subject-child": SUBJECT_CHILD,
                                 "capitals-heads": CAPITALS_HEADS,
                                 "shared-genitive": SHARED_GENITIVE}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_coreference_rules(text: str, pub: str | None, only: tuple[str, ...],
                           expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
