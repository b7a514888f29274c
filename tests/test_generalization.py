"""Sentences built from grammar, not from any article: each case is written once with
placeholders and read with two pairs of invented names (one the small model tags as PERSON
more readily than the other), so a rule cannot rest on the NER tagging one particular name.

Same conventions as tests/test_relations.py: (relation, subject, object, when), exact sets
(or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, Case, case, check, params

# {a}/{b}: a woman and a man ({A}/{B} their surnames); {c}: a third adult; {k}: a child's
# first name. The third set is one the small model does not tag as people in most contexts.
NAMES = [
    {"a": "Dina Roth", "b": "Carl Brandt", "c": "Ruth Ames", "k": "Milo", "A": "Roth",
     "B": "Brandt"},
    {"a": "Yara Haddad", "b": "Jonas Eklund", "c": "Ilse Moreau", "k": "Tarik", "A": "Haddad",
     "B": "Eklund"},
    {"a": "Elodie Park", "b": "Marcus Thorne", "c": "Hana Lind", "k": "June", "A": "Park",
     "B": "Thorne"},
]


def cases(name: str, text: str, *expected: tuple[str, str, str | None, str | None],
          pub: str | None = None, only: tuple[str, ...] = (), sets: int = 2) -> list[Case]:
    """The case once per name set (the first ``sets``); names in ``expected`` are
    placeholders too."""
    out = []
    for n, names in enumerate(NAMES[:sets]):
        keys = [(r, s.format(**names), o.format(**names) if o else o, w) for r, s, o, w in expected]
        out.append(case(f"{name}-{n}", text.format(**names), *keys, pub=pub, only=only))
    return out


PARTNER = [
    *cases("began-an-affair", "{a} and {b} began an affair in 1964.",
           ("partner", "{a}", "{b}", "1964")),
    *cases("affair-with", "{a} began an affair with {b} in 1998 while filming in Rome.",
           ("partner", "{a}", "{b}", "1998")),
    *cases("rekindled-romance", "{a} and {b} rekindled their romance in 2021.",
           ("partner", "{a}", "{b}", "2021")),
    *cases("have-dated-since", "{a} confirmed that she and {b} have dated since 2019.",
           ("partner", "{a}", "{b}", "2019")),
    *cases("pair-have-dated-since", "{a} and {b} have dated since 2020.",
           ("partner", "{a}", "{b}", "2020")),
    *cases("met-and-have-dated-since", "{a}, 33, and {b}, 38, met in 2019 on a film set and "
           "have dated since 2020.", ("partner", "{a}", "{b}", "2020")),
    *cases("set-to-wed", "{a} and {b} are set to wed in June.", only=("spouse",)),
    # the noun alone, or a bare 'they' with another couple just named: no new couple
    *cases("affair-noun-alone", "The affair made headlines in 1964, {a} and {b} said.",),
    *cases("they-had-dated-first-wife", "{b} married his first wife, {a}, in 2004, after they "
           "had both dated for six years.", ("spouse", "{a}", "{b}", "2004")),
]

NAMES_AND_DATES = [
    # a hyphenated surname and a common-word surname as a coordinated subject (tagged ORG)
    case("hyphen-surname-split", "Nadia Okonkwo-Hale and Brett Summer have separated.",
         ("separated", "Nadia Okonkwo-Hale", "Brett Summer", None)),
    case("hyphen-surname-married", "Lotte Van-Acker married Tom Pike in 2020.",
         ("spouse", "Lotte Van-Acker", "Tom Pike", "2020")),
    case("common-word-surnames-split", "Ingrid Summer and Peter Harbor split in 2019.",
         ("separated", "Ingrid Summer", "Peter Harbor", "2019")),
    case("split-the-bill", "Ingrid Summer and Peter Harbor split the prize money in 2019."),
    case("particles-de-la", "The actor Sebastián de la Vega married Marit Hollander in 2020.",
         ("spouse", "Sebastián de la Vega", "Marit Hollander", "2020")),
    # present perfect in a dated article: the publication date
    *cases("have-separated-news", "{a} and {b} have separated.",
           ("separated", "{a}", "{b}", "2024-11-04"), pub="2024-11-04"),
    *cases("has-died-news", "The actor {b} has died, his family said.",
           ("died", "{b}", None, "2024-11-04"), pub="2024-11-04"),
    *cases("have-been-married-no-news", "{a} and {b} have been married since 2001.",
           ("spouse", "{a}", "{b}", "2001"), pub="2024-11-04"),
]

COUPLES = [
    # two names side by side, whatever the NER tags them: their surnames recur alone
    *cases("coordinated-untagged", "A Timeline\n\n{b} and {a} have been one of Hollywood's most "
           "private couples. {B} and {A} briefly separated in 2018.",
           ("separated", "{a}", "{b}", "2018"), sets=3),
    # a couple named once in passing (guests) does not take 'the couple' from the couple the
    # article is about
    *cases("guests-in-passing", "{a} and {b} wed in 2019 in Lisbon. {A} and {B} had dated for "
           "years. Among the guests were the comedian Rafe Dunmore and his wife, Celia Dunmore. "
           "The couple's daughter, {k}, was the flower girl.",
           ("parent", "{a}", "{k}", None), ("parent", "{b}", "{k}", None), only=("parent",),
           sets=3),
]

QUOTES = [
    *cases("description-speaker", "{a} married {b} in 2010. \"My brother {k} is my hero,\" the "
           "actress told reporters.", ("sibling", "{a}", "{k}", None), only=("sibling",)),
]


GROUPS = {"partner": PARTNER, "names": NAMES_AND_DATES, "couples": COUPLES, "quotes": QUOTES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_generalization(text: str, pub: str | None, only: tuple[str, ...],
                        expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
