"""Relation sentences of genres the rules were not first written for: court and custody news,
wedding and birth announcements, obituaries, family histories.

Same conventions as tests/test_relations.py: (relation, subject, object, when), exact sets
(or only the relations named in ``only``). Invented people, sentences not taken from any article.
Each case failed before the rule it names was written.
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, case, check, params, parents

MQ, OM, CB, NL = "Mara Quint", "Owen Marsh", "Carl Brandt", "Nora Lind"

GENRES = [
    # --- a divorce is filed against a spouse: the filing names the marriage too
    case("filing-tells-the-marriage", "Owen Marsh filed for divorce from Mara Quint on Friday, "
         "citing irreconcilable differences.", ("divorce_filed", OM, MQ, None),
         ("spouse", OM, MQ, None), only=("divorce_filed", "spouse")),
    # --- 'married' describing a kind of person is no wedding
    case("married-women", "Carl Brandt dated married women before he met Nora Lind."),
    # --- 'ex husband' written apart is a former husband, not a boyfriend
    case("ex-husband-unhyphenated", "Mara Quint has a son, Theo, with her ex husband Owen "
         "Marsh.", ("spouse", MQ, OM, None), *parents(["Theo"], MQ, OM)),
    # --- a nationality noun before a name is no part of it
    case("demonym-noun-before-name", "Mara Quint is divorcing Frenchman Owen Marsh.",
         ("spouse", MQ, OM, None)),
    case("demonym-noun-after-ex", "Mara Quint was seen with her ex, Frenchman Owen Marsh.",
         ("partner", MQ, OM, None)),
    case("demonym-noun-after-from", "Mara Quint announced her divorce from Frenchman Owen Marsh "
         "in May.", ("spouse", MQ, OM, None), only=("spouse",)),
    # --- 'the daughter of X's eldest son, Y': Y is the parent, X the grandparent
    case("daughter-of-possessed-son-with-modifier", "Ada Brill is the daughter of Carl Morrow's "
         "eldest son, Ed Morrow.", ("parent", "Ed Morrow", "Ada Brill", None),
         ("parent", "Carl Morrow", "Ed Morrow", None)),
    # --- custody 'from ex-husband Y' with the children's ages: the subject's ex-husband
    case("custody-from-ex-husband-ages", "Nadia Brooks won custody of Theo, 15, and Ivy, 6, "
         "from ex-husband Owen Marsh in April.", ("spouse", "Nadia Brooks", OM, None),
         *parents(["Theo", "Ivy"], "Nadia Brooks", OM)),
    # --- 'The 36-year-old': the person of that stated age, else the person in focus
    case("bare-age-description-stated", "Owen Marsh, 40, and Mara Quint, 36, have a son. The "
         "36-year-old also has a daughter, Ivy, with her ex-husband Carl Brandt.",
         ("spouse", MQ, CB, None), *parents(["Ivy"], MQ, CB), only=("spouse", "parent")),
    case("bare-age-description-focus", "Actress Mara Quint welcomed her third child today. The "
         "36-year-old has a son, Theo, with her ex-husband Owen Marsh.",
         ("spouse", MQ, OM, None), *parents(["Theo"], MQ, OM)),
    # --- 'X, daughter of Y, married Z' (the tagger's adjective 'married'): X married Z
    case("kin-aside-before-married", "Ada Lind, daughter of Carl Brandt, married Owen Marsh.",
         ("spouse", "Ada Lind", OM, None), ("parent", CB, "Ada Lind", None)),
    # --- 'The groom, Y, is the son of ...': the apposed name is the one meant
    case("description-with-apposed-name", "Ivy Lind married Carl Brandt. The actor, Theo Marsh, "
         "is the son of Owen Marsh.", ("spouse", "Ivy Lind", CB, None),
         ("parent", OM, "Theo Marsh", None)),
    # --- 'X's marriages to A and B': two marriages of X, A and B no couple
    case("plural-marriages", "Carl Brandt's marriages to Nora Lind and Ada Voss ended in "
         "divorce.", ("spouse", CB, NL, None), ("spouse", CB, "Ada Voss", None)),
    # --- a dash opens the children's names as a colon does
    case("children-after-dash", "Mara Quint shares two children with Owen Marsh — Theo, 10, "
         "and Ivy, 7.", *parents(["Theo", "Ivy"], MQ, OM)),
    # --- 'X, who ... — A and B — filed': the filer is X, the other side no child of the aside
    case("filing-after-dash-aside", "Mara Quint, who shares two children with Owen Marsh — "
         "Theo, 10, and Ivy, 7 — filed for divorce in May.", ("divorce_filed", MQ, OM, None),
         ("spouse", MQ, OM, None), only=("divorce_filed", "spouse")),
    # --- 'married twice, first to A and later to B': each 'to' after words of sequence
    case("married-first-to-then-to", "Carl Brandt was married twice, first to Nora Lind and "
         "later to Ada Voss.", ("spouse", CB, NL, None), ("spouse", CB, "Ada Voss", None)),
    case("married-three-times-finally-to", "Mara Quint was married three times: to Carl "
         "Brandt, then to Owen Marsh and finally to Ed Voss.", ("spouse", MQ, CB, None),
         ("spouse", MQ, OM, None), ("spouse", MQ, "Ed Voss", None)),
    # --- 'born to X, a miner, and his wife Y': X's wife, past the apposition
    case("his-wife-after-apposition", "Carl Brandt was born to Ed Brandt, a retired coal miner, "
         "and his wife, Nora.", ("spouse", "Ed Brandt", "Nora", None),
         *parents(["Carl Brandt"], "Ed Brandt", "Nora")),
    # --- a Wikipedia-style '(m. 1990; div. 2001)' after a spouse named in prose dates the
    # marriage, and its 'div.' ends no sentence
    case("marriage-paren-in-prose", "Carl Brandt is an actor. His first wife was Nora Lind "
         "(m. 1990; div. 2001).", ("spouse", CB, NL, "1990..2001")),
    case("with-whom-after-paren", "Carl Brandt is an actor. He married Nora Lind (m. 1990; "
         "div. 2001), with whom he shares a son, Ed.", *parents(["Ed"], CB, NL),
         only=("parent",)),
]


@pytest.mark.parametrize(PARAMS, params({"genres": GENRES}))
def test_genre_sentences(
    text: str, pub: str | None, only: tuple[str, ...], expected: set[tuple[str, str, str | None,
                                                                           str | None]]
) -> None:
    check(text, pub, only, expected)
