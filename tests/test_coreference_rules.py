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
                                 "planned": PLANNED}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_coreference_rules(text: str, pub: str | None, only: tuple[str, ...],
                           expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
