"""People's names: where a name starts and ends, names the NER misses in name slots, which
mentions are one person, and Title-Case headlines. Sentences and people are invented here.

Facts compare as ``(relation, subject, object, when)`` as in ``test_relations``; ``people``
checks the persons a text's facts name, with their aliases.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from celebgraph import Fact, extract_facts
from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.models import SYMMETRIC_RELATIONS

Key = tuple[str, str, str | None, str | None]


def _when(fact: Fact) -> str | None:
    if fact.relation in ("spouse", "partner"):
        return fact.start if fact.end is None else f"{fact.start or ''}..{fact.end}"
    return fact.date


def key(relation: str, subject: str, obj: str | None, when: str | None) -> Key:
    if relation in SYMMETRIC_RELATIONS and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (relation, subject, obj, when)


def read(text: str, only: Iterable[str] = (), published: str | None = None) -> set[Key]:
    keep = set(only)
    return {
        key(f.relation, f.subject, f.object, _when(f))
        for f in extract_facts(text, published=published)
        if not keep or f.relation in keep
    }


def people(text: str) -> dict[str, set[str]]:
    """The persons the text's facts name → their aliases."""
    extraction = extract_document(document_from_text(text, "names.txt"))
    return {p.name: set(p.aliases) for p in extraction.people}


def case(name: str, text: str, *expected: Key, only: tuple[str, ...] = ()) -> object:
    return pytest.param(text, only, {key(*k) for k in expected}, id=name)


def parents(children: Iterable[str], *parent_names: str) -> list[Key]:
    return [("parent", p, c, None) for p in parent_names for c in children]


BOUNDARIES = [
    case("digits-glued-to-the-name",
         "14Greta Maas is proud of her younger brother Anton.",
         ("sibling", "Greta Maas", "Anton", None)),
    case("age-in-brackets-glued-to-the-name",
         "Hugo Lind(52) proposed to Sara Voss(47).",
         ("engaged", "Hugo Lind", "Sara Voss", None)),
]


@pytest.mark.parametrize(("text", "only", "expected"), BOUNDARIES)
def test_boundaries(text: str, only: tuple[str, ...], expected: set[Key]) -> None:
    got = read(text, only)
    assert got == expected, f"missing {expected - got}, unexpected {got - expected}"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("18Kasia Wolny", ["18", "Kasia", "Wolny"]),
        ("Piet Varga)Nils Varga", ["Piet", "Varga", ")", "Nils", "Varga"]),
        ("Hugo Lind(52)", ["Hugo", "Lind", "(", "52", ")"]),
        ("the 1990s, 3D films, COVID-19", ["the", "1990s", ",", "3D", "films", ",", "COVID-19"]),
    ],
)
def test_page_residue_is_split_from_names(text: str, tokens: list[str]) -> None:
    from celebgraph.extract.pipeline import load_pipeline

    assert [t.text for t in load_pipeline().make_doc(text)] == tokens
