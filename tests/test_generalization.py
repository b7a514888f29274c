"""Sentences built from grammar, not from any article: each case is written once with
placeholders and read with two pairs of invented names (one the small model tags as PERSON
more readily than the other), so a rule cannot rest on the NER tagging one particular name.

Same conventions as tests/test_relations.py: (relation, subject, object, when), exact sets
(or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, Case, case, check, params

# {a}/{b}: a woman and a man; {c}: a third adult; {k}: a child's first name.
NAMES = [
    {"a": "Dina Roth", "b": "Carl Brandt", "c": "Ruth Ames", "k": "Milo"},
    {"a": "Yara Haddad", "b": "Jonas Eklund", "c": "Ilse Moreau", "k": "Tarik"},
]


def cases(name: str, text: str, *expected: tuple[str, str, str | None, str | None],
          pub: str | None = None, only: tuple[str, ...] = ()) -> list[Case]:
    """The case once per name set; names in ``expected`` are placeholders too."""
    out = []
    for n, names in enumerate(NAMES):
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

QUOTES = [
    *cases("description-speaker", "{a} married {b} in 2010. \"My brother {k} is my hero,\" the "
           "actress told reporters.", ("sibling", "{a}", "{k}", None), only=("sibling",)),
]


@pytest.mark.parametrize(PARAMS, params({"partner": PARTNER, "quotes": QUOTES}))
def test_generalization(text: str, pub: str | None, only: tuple[str, ...],
                        expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
