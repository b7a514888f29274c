"""People called by a peerage or by a style alone ('the Duke of Arden', 'the Earl and
Countess of Marlow', 'the Duke'). Sentences and people are invented here."""

from __future__ import annotations

import pytest

from celebgraph import extract_facts
from celebgraph.extract import extract_document
from celebgraph.extract.people.persons import find_people
from celebgraph.extract.pipeline import load_pipeline
from celebgraph.extract.reading.sources import document_from_text


def facts(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.relation, f.subject, f.object) for f in extract_facts(text)}


def names(text: str) -> set[str]:
    return {p.name for p in extract_document(document_from_text(text, "t.txt")).people}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Duke of Arden married Lady Mina Fell in 2003.",
         ("spouse", "Duke of Arden", "Lady Mina Fell")),
        ("The Countess of Wexley gave birth to a son, Rupert, in 1998.",
         ("parent", "Countess of Wexley", "Rupert")),
        ("Last spring the Dowager Duchess of Kelby lost her husband, Sir Alan Kelby.",
         ("spouse", "Dowager Duchess of Kelby", "Sir Alan Kelby")),
    ],
)
def test_a_peerage_alone_is_a_person(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_two_ranks_of_one_seat_are_two_people() -> None:
    found = facts("The Earl and Countess of Marlow were married in 1971. "
                  "They had two daughters, Lady Ada and Lady Bea.")
    assert ("spouse", "Earl of Marlow", "Countess of Marlow") in found
    assert {("parent", p, "Lady Ada") for p in ("Earl of Marlow", "Countess of Marlow")} <= found


def test_the_rank_alone_is_the_holder_without_an_ordinal() -> None:
    text = ("The Duke of Hallam, 41, has a new grandson. The Duke's late father, Osric "
            "Wren, 5th Duke of Hallam, died in 2001. The Duke married Tessa Bray in 2009.")
    assert ("spouse", "Duke of Hallam", "Tessa Bray") in facts(text)


def test_the_rank_alone_is_the_holder_named_last() -> None:
    text = ("Prince Aurel, Duke of Selm, died in 1990. His son, Prince Tobin, Duke of Selm, "
            "was born in 1950. Prince Tobin moved to Lisbon. In 1999 the Duke married Clea "
            "Varn, a painter.")
    assert ("spouse", "Prince Tobin, Duke of Selm", "Clea Varn") in facts(text)


def test_a_peerage_is_the_one_named_person_under_that_style() -> None:
    text = ("The Grand Duchess of Osterland has given birth to a son, Prince Emil. "
            "The boy is the first child of Grand Duchess Vera, 31.")
    assert ("parent", "Grand Duchess Vera", "Prince Emil") in facts(text)
    assert "Grand Duchess of Osterland" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tickets for the Prince of Wales Theatre sold out. Ada Moss married Tom Reeve in 1990.",
        "Ada Moss married Tom Reeve in 1990. Reeve was created Duke of Arden in 1995.",
        "Ada Moss married Tom Reeve in 1990. The Duke sent flowers.",  # no duke in the story
    ],
)
def test_no_person_from_a_building_a_creation_or_an_unheld_style(text: str) -> None:
    assert names(text) == {"Ada Moss", "Tom Reeve"}


def test_the_rank_alone_is_the_named_holder_of_an_apposed_peerage() -> None:
    text = ("Tom Pike, the Duke of Arden, married Lady Mina Fell in 2003. In 2005 the Duke and "
            "his wife welcomed a son, Hal.")
    assert ("parent", "Tom Pike", "Hal") in facts(text)





def test_a_royal_rank_alone_is_the_one_named_with_it() -> None:
    doc = load_pipeline()("Crown Princess Vela of Osterland had a son. Her parents, King Anselm "
                          "and Queen Bettina, visited. The King's late sister, Princess Ula, "
                          "was godmother. The Crown Princess thanked the nurses.")
    people = find_people(doc)
    named = {doc[m.start : m.end].text: people.name(m.person) for m in people.mentions}
    assert named["King"] == "King Anselm"
    assert named["Crown Princess"] == "Crown Princess Vela of Osterland"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Her Royal Highness Princess Alma married Ivo Dahl in 1990.",
         ("spouse", "Princess Alma", "Ivo Dahl")),
        ("In 1961 Princess Ines married Swedish Lutheran nobleman Arvid Holm, Count Brahe til "
         "Holmby. Arvid Holm died in 2001.",
         ("spouse", "Princess Ines", "Arvid Holm")),
        ("Singers Mira and Joon Park were married in 2019.", ("spouse", "Mira", "Joon Park")),
    ],
)
def test_a_nationality_faith_style_or_plural_job_before_a_name_is_no_part_of_it(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in facts(text)


def test_a_korean_given_name_written_last_is_no_shared_surname() -> None:
    found = facts("Mina and Kang Tae-oh tied the knot in 2020.")
    assert ("spouse", "Mina", "Kang Tae-oh") in found
    assert not any("Mina Tae-oh" in (s, o) for _, s, o in found)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Countess Lisa Ranft married Prince Teodor of Valdena-Castro in 2001.",
         ("spouse", "Countess Lisa Ranft", "Prince Teodor of Valdena-Castro")),
        ("Prince Karel married Princess Ilse of Hohen und Brack in 1950.",
         ("spouse", "Prince Karel", "Princess Ilse of Hohen und Brack")),
        ("Count Otto Florian zu Brandstein-Melk died in 1999.",
         ("died", "Count Otto Florian zu Brandstein-Melk", None)),
    ],
)
def test_a_noble_particle_or_a_hyphenated_seat_stays_in_the_name(
    text: str, fact: tuple[str, str, str | None]
) -> None:
    assert fact in facts(text)
