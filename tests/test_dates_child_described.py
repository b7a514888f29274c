"""A birth whose child the sentence names by description ('Their baby boy was born on ...'):
the one child of the couple named before, when the noun fits; else the name told later.
Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read

from celebgraph.extract import extract_facts

PUB = "2023-02-21"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tom Reyes and his wife, Lena Brook, share one son, Milo. Their baby boy was "
                 "born on April 12, 2021.", {key("born", "Milo", None, "2021-04-12")},
                 id="the-only-son-named-before"),
    pytest.param("Tom Reyes and his wife, Lena Brook, share one son, Milo. A day after their baby "
                 "boy was born on April 12, 2021, Lena shared the news.",
                 {key("born", "Milo", None, "2021-04-12")}, id="in-an-opening-clause"),
    pytest.param("Tom Reyes and his wife, Lena Brook, share one son, Milo. Their baby girl was "
                 "born on April 12, 2021.", set(), id="a-girl-is-not-the-son"),
    pytest.param("Tom Reyes and his wife, Lena Brook, share a son, Milo. Their second son was "
                 "born on April 12, 2021.", set(), id="another-child"),
    pytest.param("Tom Reyes and Lena Brook were expecting. Their baby boy was born on April 12, "
                 "2021. They named him Milo.", {key("born", "Milo", None, "2021-04-12")},
                 id="named-after-the-birth"),
])
def test_birth_of_a_described_child(text: str, expected: set[Key]) -> None:
    assert read(text, published=PUB, only=("born",)) == expected


def test_the_evidence_shows_the_sentence_with_the_date() -> None:
    text = ("Tom Reyes and his wife, Lena Brook, share one son, Milo. Their baby boy was born on "
            "April 12, 2021.")
    born = next(f for f in extract_facts(text, published=PUB) if f.relation == "born")
    assert "was born on April 12, 2021" in born.evidence
