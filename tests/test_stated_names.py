"""Names an article states are one person's (stage, birth and married names), read by the
extractor with the real model, and joined across articles on both stores (issue #13)."""

from __future__ import annotations

import pytest
from test_resolution_contract import article
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph import extract_facts
from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.graph import Graph
from celebgraph.models import Person


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.aliases for p in extract_document(document_from_text(text, "n.txt")).people}


@pytest.mark.parametrize(("text", "person", "alias"), [
    ("Hal Brandt Jr., the country singer who records as Hal Brand, married Zoe Park in 2001.",
     "Hal Brandt Jr.", "Hal Brand"),
    ("The pianist Lena Roth, who was born Magdalena Rothstein, married Kai Ober in 2010.",
     "Lena Roth", "Magdalena Rothstein"),
    ("Odo Fenn (born Otto Fennimore) married Rina Sato in 1999.", "Odo Fenn", "Otto Fennimore"),
    ("The DJ Roxy, whose real name is Margaret Olsen, married the drummer Kit Brand on "
     "Saturday. Roxy, 29, is the daughter of Ingrid Olsen.", "Roxy", "Margaret Olsen"),
    ("Rudi Amselberg legally changed his name to Rolf Amsel in 1980. Amsel married Hedda "
     "Korn in 1984.", "Rudi Amselberg", "Rolf Amsel"),
])
def test_a_stated_name_is_an_alias_of_the_person_before_it(text: str, person: str,
                                                           alias: str) -> None:
    assert alias in _people(text)[person]


def test_a_birth_name_told_in_the_next_sentence_is_the_subjects() -> None:
    people = _people("Ada Wren married the banker Tobias Wren in 1990. She was born Ada Pell "
                     "in Leeds. The couple have two sons.")
    assert "Ada Pell" in people["Ada Wren"] and "Ada Pell" not in people["Tobias Wren"]


def test_a_name_change_told_after_a_pronoun_and_an_adverb_is_the_subjects() -> None:
    people = _people("The actor Rolf Amsel married the painter Hedda Korn in 1984. He legally "
                     "changed his name to Rudi Amsel in 1990.")
    assert "Rudi Amsel" in people["Rolf Amsel"] and "Rudi Amsel" not in people["Hedda Korn"]


@pytest.mark.parametrize("text", [
    # 'He' cannot be Ada; the birth name is nobody's alias rather than the wrong one's
    "Ada Wren married the banker Tobias Wren in 1990. He was born Tobias Wrenfield in Leeds.",
    # the subject before is Tobias, not the woman 'she' means
    "Tobias Wren married the painter Ada Wren in 1990. She was born Ada Pell in Leeds.",
])
def test_a_birth_name_after_a_pronoun_of_another_gender_is_nobodys(text: str) -> None:
    people = _people(text)
    assert not any(set(aliases) & {"Tobias Wrenfield", "Ada Pell"}
                   for aliases in people.values())


def test_a_name_after_another_verb_is_someone_else() -> None:
    people = _people("Nia Odum, who met a producer known as Rex Vale, married Tom Odum in "
                     "2003. Vale married Ada Lee.")
    assert "Rex Vale" not in people["Nia Odum"] and "Rex Vale" in people


def test_a_stage_name_of_a_junior_joins_him_across_articles(graph: Graph) -> None:  # noqa: F811
    obituary = article("d1", [Person("Hal Brandt Sr."), Person("Hal Brandt Jr.", ("Hal Brand",))],
                       [fact("d1", "parent", "Hal Brandt Sr.", "Hal Brandt Jr.")])
    later = article("d2", [Person("Hal Brand"), Person("Zoe Park")],
                    [fact("d2", "spouse", "Hal Brand", "Zoe Park")])
    graph.ingest_extractions([obituary, later])
    assert [s["name"] for s in graph.spouses("Hal Brandt Jr.")] == ["Zoe Park"]
    assert graph.spouses("Hal Brandt Sr.") == []


@pytest.mark.parametrize(("text", "relative", "person"), [
    ("The actress Mia Lou Dorn is expecting her first child with her husband, Rob Tate. "
     "Her father, the country singer Mia Dorn, said he could not wait.", "Mia Dorn",
     "Mia Lou Dorn"),
    ("Full name: Pavel Ivo Marek\nBorn: 9 January 1984, Brno\nParents: Ivo Marek, Olga Marek",
     "Ivo Marek", "Pavel Ivo Marek"),
])
def test_a_shorter_name_first_written_as_a_relative_is_that_relative(text: str, relative: str,
                                                                     person: str) -> None:
    people = _people(text)
    assert relative in people and relative not in people[person]


def test_a_name_without_its_middle_name_is_still_the_person() -> None:
    people = _people("The actress Mia Lou Dorn married Rob Tate on Friday. Mia Dorn, 30, wore "
                     "her mother's dress.")
    assert "Mia Dorn" in people["Mia Lou Dorn"] and "Mia Dorn" not in people


@pytest.mark.parametrize(("text", "alias"), [
    ("Lina Okafor, née Brandt, has welcomed a son, Theo.", "Lina Brandt"),
    ("Lina Okafor, née Lina Brandt, married Sam Okafor in 2019.", "Lina Brandt"),
])
def test_a_maiden_name_after_nee_in_prose_is_an_alias(text: str, alias: str) -> None:
    assert alias in _people(text)["Lina Okafor"]


def test_a_real_name_after_a_description_is_the_subject_before() -> None:
    people = _people("Rapper Dozer reveals a softer side on his new record. The Atlanta star, "
                     "whose real name is Marcus Pell, has two sons, Bo and Cy.")
    assert "Marcus Pell" in people["Dozer"] and "Marcus Pell" not in people


@pytest.mark.parametrize("text", [
    "Rapper Dozer, whose real name is Marcus Pell, has three children - Ava, 8, Bo, 5, and Cy, 2.",
    "Rapper Dozer reveals a softer side on his new record. The Atlanta star, whose real name is "
    "Marcus Pell, has three children - Ava, 8, Bo, 5, and Cy, 2.",
])
def test_a_one_word_stage_name_and_the_real_name_are_one_parent(text: str) -> None:
    facts = {(f.relation, f.subject, f.object) for f in extract_facts(text)}
    assert facts == {("parent", "Dozer", child) for child in ("Ava", "Bo", "Cy")}
