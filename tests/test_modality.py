"""Modality (asserted, reported, rumored, denied) on sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from celebgraph.extract import extract_facts
from celebgraph.extract.facts.modality import MODALITIES, modality
from celebgraph.extract.pipeline import load_pipeline

CASES = [
    # reported: attributed to sources, reports, "according to", "reportedly", passive speech
    ("Nora Vale and Tim Oakes are engaged, a source told the magazine.", "engaged", "reported"),
    ("Insiders say Nora Vale and Tim Oakes split in March.", "separated", "reported"),
    ("Nora Vale reportedly married Tim Oakes in a small ceremony.", "spouse", "reported"),
    ("According to the tabloid, Nora Vale wed Tim Oakes in Ohio.", "spouse", "reported"),
    ("Nora Vale is said to be dating the chef Tim Oakes.", "partner", "reported"),
    ("A friend of the singer claims she married Tim Oakes last spring.", "spouse", "reported"),
    ("Nora Vale allegedly filed for divorce from Tim Oakes on Friday.", "divorce_filed",
     "reported"),
    ("Reports suggest that Nora Vale and Tim Oakes have separated.", "separated", "reported"),
    # rumored
    ("Nora Vale is rumored to be dating Tim Oakes.", "partner", "rumored"),
    ("Fans speculated that Nora Vale and Tim Oakes had secretly wed.", "spouse", "rumored"),
    ("Rumors that Nora Vale is engaged to Tim Oakes swirled all week.", "engaged", "rumored"),
    ("There is speculation that Nora Vale married Tim Oakes in Rome.", "spouse", "rumored"),
    ("Nora Vale was rumoured to have split from Tim Oakes.", "separated", "rumored"),
    # denied
    ("Nora Vale denied that she had married Tim Oakes.", "spouse", "denied"),
    ("Nora Vale has shot down rumors that she is dating Tim Oakes.", "partner", "denied"),
    ("A spokesman dismissed reports that Nora Vale and Tim Oakes are engaged.", "engaged",
     "denied"),
    ("Nora Vale and Tim Oakes are not engaged, her publicist said.", "engaged", "denied"),
    ("Nora Vale never married Tim Oakes.", "spouse", "denied"),
    ("A source denied rumors that Nora Vale wed Tim Oakes.", "spouse", "denied"),
    # asserted: cue words outside the fact's clause, first-hand speech, "until"
    ("Nora Vale married Tim Oakes in 2015.", "spouse", "asserted"),
    ("Nora Vale told the magazine that she married Tim Oakes in 2015.", "spouse", "asserted"),
    ("Nora Vale, who denied dating Sam Pike, married Tim Oakes in 2019.", "spouse",
     "asserted"),
    ("Nora Vale married Tim Oakes in 2019, ending rumors about her private life.", "spouse",
     "asserted"),
    ("Nora Vale and Tim Oakes did not marry until 2012.", "spouse", "asserted"),
    ("Nora Vale and Tim Oakes got engaged in May, the couple said in a statement.", "engaged",
     "asserted"),
    ("The report about the film was wrong, but Nora Vale did marry Tim Oakes.", "spouse",
     "asserted"),
    ("Nora Vale, who reportedly earns millions, married Tim Oakes in 2011.", "spouse",
     "asserted"),
    ("Nora Vale confirmed she is engaged to Tim Oakes.", "engaged", "asserted"),
    ("Nora Vale filed for divorce from Tim Oakes, court records show.", "divorce_filed",
     "asserted"),
    ("Nora Vale, whose brother denies any feud, married Tim Oakes in 2014.", "spouse",
     "asserted"),
    # a vow about the future denies no past marriage; a vow that it never happened does
    ("Nora Vale, who divorced Tim Oakes in 2012, has said she will never marry again.",
     "spouse", "asserted"),
    ("Tim Oakes said he would never marry again after his divorce from Nora Vale.", "spouse",
     "asserted"),
    ("After her split from Tim Oakes, Nora Vale vowed never to marry again.", "spouse",
     "asserted"),
    ("Nora Vale swore never to wed again once the divorce from Tim Oakes was final.", "spouse",
     "asserted"),
    ("Nora Vale, Tim Oakes's widow, has promised never to marry again.", "spouse", "asserted"),
    ("Nora Vale swore that she had never married Tim Oakes.", "spouse", "denied"),
    ("Nora Vale insists she never wed Tim Oakes.", "spouse", "denied"),
]


def read(sentence: str, relation: str) -> str:
    doc = load_pipeline()(sentence)
    return modality(next(iter(doc.sents)), relation)


@pytest.mark.parametrize(("sentence", "relation", "expected"), CASES,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_modality_of_a_sentence(sentence: str, relation: str, expected: str) -> None:
    assert read(sentence, relation) == expected


def test_precision_of_each_non_asserted_value_is_at_least_095() -> None:
    said: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for sentence, relation, expected in CASES:
        got = read(sentence, relation)
        said[got] += 1
        right[got] += got == expected
    for value in MODALITIES[1:]:
        assert said[value] >= 5, value
        assert right[value] / said[value] >= 0.95, (value, right[value], said[value])


def test_facts_carry_their_modality() -> None:
    facts = extract_facts("Nora Vale reportedly married Tim Oakes in 2015. "
                          "Lena Pike married Carl Dunn in 2010.", doc_id="m.txt")
    by_subject = {f.subject: f for f in facts if f.relation == "spouse"}
    assert by_subject["Nora Vale"].modality == "reported"
    assert by_subject["Nora Vale"].to_dict()["modality"] == "reported"
    assert by_subject["Lena Pike"].modality == "asserted"
    assert "modality" not in by_subject["Lena Pike"].to_dict()  # asserted: the default


@pytest.mark.parametrize(("text", "relation"), [
    ("Nora Vale is rumored to be dating the drummer Tim Oakes.", "partner"),
    ("Rumors that Nora Vale is engaged to Tim Oakes swirled all week.", "engaged"),
    ("Nora Vale was rumoured to have split from Tim Oakes.", "separated"),
    ("Fans speculated that Nora Vale and Tim Oakes had secretly wed.", "spouse"),
])
def test_rumours_become_rumored_facts(text: str, relation: str) -> None:
    rumored = [(f.relation, {f.subject, f.object}) for f in extract_facts(text)
               if f.modality == "rumored"]
    assert rumored == [(relation, {"Nora Vale", "Tim Oakes"})]


def test_a_rumour_changes_none_of_the_stated_facts() -> None:
    told = "Nora Vale married Tim Oakes in 2015. "
    alone = extract_facts(told)
    with_rumour = extract_facts(told + "Rumors that the couple split swirled all week.")
    assert [(f.relation, f.start, f.confidence) for f in with_rumour if f.modality == "asserted"
            ] == [(f.relation, f.start, f.confidence) for f in alone]
    assert [(f.relation, f.modality) for f in with_rumour if f.modality != "asserted"] == [
        ("separated", "rumored")]
