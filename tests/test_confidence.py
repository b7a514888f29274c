"""The confidence of a fact: its features, the shipped model, and the evidence it shows.

Facts are built by hand here (``RawFact`` on a parsed invented sentence) so that these tests
read the confidence and evidence code, not whichever rule finds the fact today.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from celebgraph.calibration import reliability
from celebgraph.extract import load_pipeline
from celebgraph.extract.facts.assemble import Candidate, candidates
from celebgraph.extract.facts.confidence import (
    KNEE,
    MODEL_PATH,
    ConfidenceModel,
    group,
    load_model,
)
from celebgraph.extract.facts.evidence import MAX_GAP
from celebgraph.extract.facts.features import FEATURES
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.ages import stated_ages
from celebgraph.extract.people.persons import People, find_people


def parse(text: str) -> tuple[Doc, People]:
    doc = load_pipeline()(text)
    return doc, find_people(doc)


def person(people: People, name: str) -> int:
    return next(n for n, p in enumerate(people.persons) if p.name == name)


def one(raws: list[RawFact], people: People) -> Candidate:
    found = candidates(raws, people, "t", set())
    assert len(found) == 1
    return found[0]


def spouse_fact(text: str, sentence: int = 0, **dates: str) -> Candidate:
    """spouse(Mara Quill, Devon Ashby) read from sentence ``sentence`` of ``text``."""
    doc, people = parse(text)
    sent = list(doc.sents)[sentence]
    a, b = person(people, "Mara Quill"), person(people, "Devon Ashby")
    return one([RawFact("spouse", a, b, sent, 0.8, **dates)], people)


# --- the shipped model ------------------------------------------------------------------

def test_shipped_weights_are_for_the_current_features() -> None:
    """Retrain (python -m celebgraph.extract.facts.train) whenever FEATURES change."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert MODEL_PATH.stat().st_size < 1_000_000


def test_model_round_trips_and_scores_with_a_sigmoid() -> None:
    model = ConfidenceModel({"a": 2.0, "b": -1.0}, 0.5, 0.7)
    again = ConfidenceModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again == model
    assert again.probability({"a": 0.0, "b": 0.5}) == pytest.approx(0.5)
    assert again.probability({"a": 1.0}) > 0.9 > 0.1 > again.probability({"b": 5.0})


def _precision(buckets: list[dict[str, Any]], low: float, high: float) -> float:
    bounds = [tuple(map(float, b["confidence"].split("-"))) for b in buckets]
    chosen = [b for b, (lo, hi) in zip(buckets, bounds, strict=True) if low <= lo and hi <= high]
    return sum(b["right"] for b in chosen) / max(1, sum(b["facts"] for b in chosen))


def test_stored_cross_validation_reliability_separates() -> None:
    """The leave-one-article-out CV table stored with the weights: facts under 0.7 are right
    clearly less often than facts over 0.8. (The fine buckets move with each retrain, so they
    are not required to be in order.)"""
    buckets = load_model().report["cv"]["reliability"]
    assert len(buckets) >= 4
    assert _precision(buckets, 0.0, 0.7) + 0.2 < _precision(buckets, 0.8, 1.0)


def test_confidence_is_calibrated_on_sets_no_rule_was_written_on() -> None:
    """On the calibration sets, each scored out of fold and scaled without itself, pooled:
    facts of 0.9 and over are right at least 90% of the time, and facts under 0.7 clearly
    less often than facts over 0.8. (One set alone can be off by 0.1: unseen texts differ in
    how hard they are. On the sets the rules were written on, confidence is lower than their
    precision, by design: those texts are easier than unseen ones.)"""
    cv = load_model().report["cv"]
    assert {"calibration", "resolve-dev"} <= set(cv["calibrated_on"])
    buckets = [b for name in cv["calibrated_on"] for b in cv["sets"][name]["reliability"]]
    assert _precision(buckets, 0.9, 1.0) >= 0.90
    assert _precision(buckets, 0.0, 0.7) + 0.15 < _precision(buckets, 0.8, 1.0)


def test_recalibration_round_trips_and_old_models_load() -> None:
    model = ConfidenceModel({"a": 2.0}, 0.5, 0.0, scale=0.5, shift=-1.0)
    again = ConfidenceModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again == model
    assert again.score({"a": 1.0}) == pytest.approx(2.5)
    assert again.probability({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-(1.25 - 1.0))))
    old = {k: v for k, v in model.to_dict().items() if k not in ("scale", "shift")}
    assert (ConfidenceModel.from_dict(old).scale, ConfidenceModel.from_dict(old).shift) == (1, 0)


def test_fixed_weights_are_added_after_the_scaling() -> None:
    """A negated or planned event states nothing whatever the scaling: its fixed log-odds are
    not shrunk with the learned ones."""
    model = ConfidenceModel({"a": 2.0, "negated": -4.0}, 0.5, 0.0, scale=0.5, shift=-1.0,
                            unscaled=("negated",))
    assert ConfidenceModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model
    z = 0.5 * 2.5 - 1.0 - 4.0
    assert model.probability({"a": 1.0, "negated": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-0.25)))


def test_shipped_model_is_scaled_down_for_text_the_rules_were_not_written_on() -> None:
    """The learned weights come mostly from texts the rules fit; on unseen text facts are right
    less often. The shipped scaling (fitted on the calibration sets' out-of-fold scores, which
    are also in training) is the one the training report states, and it shrinks the learned
    log-odds."""
    model = load_model()
    cv = model.report["cv"]
    assert {"calibration", "resolve-dev", "dev2"} <= set(cv["trained_on"])
    assert 0 < model.scale < 1
    assert model.probability({"rule_confidence": 1.0}) < 1 / (1 + math.exp(-model.score(
        {"rule_confidence": 1.0})))


def test_stored_cv_precision_at_the_default_threshold_on_dev2() -> None:
    cv = load_model().report["cv"]
    assert cv["target_met"]
    assert cv["sets"]["dev2"]["at_threshold"]["precision"] >= 0.90


def test_reliability_buckets_of_a_fixed_set_are_monotone() -> None:
    pairs = [(0.2, False), (0.3, False), (0.4, True), (0.6, False), (0.65, True),
             (0.75, True), (0.78, True), (0.72, False), (0.85, True), (0.95, True)]
    buckets = reliability(pairs)
    assert [b.facts for b in buckets] == [3, 2, 3, 1, 1]
    assert [round(b.precision, 2) for b in buckets] == [0.33, 0.5, 0.67, 1.0, 1.0]


# --- features: the evidence moves the confidence ----------------------------------------

@pytest.mark.parametrize("hedged", [
    "Mara Quill and Devon Ashby are planning to marry next summer.",
    "Mara Quill will marry Devon Ashby in June.",
    "Mara Quill never married Devon Ashby.",
    "Mara Quill denied that she had married Devon Ashby.",
])
def test_a_hedged_or_denied_marriage_scores_lower_than_a_stated_one(hedged: str) -> None:
    stated = spouse_fact("Mara Quill and Devon Ashby married next summer.")
    doubtful = spouse_fact(hedged)
    cues = ("negated", "future")
    assert not any(stated.features[c] for c in cues)
    assert any(doubtful.features[c] for c in cues)
    assert doubtful.fact.confidence is not None and stated.fact.confidence is not None
    assert doubtful.fact.confidence < stated.fact.confidence - 0.3


@pytest.mark.parametrize(("born", "clash"), [("1960", 0), ("1990", 1)])
def test_a_birth_year_after_the_persons_own_wedding_lowers_confidence(
    born: str, clash: int
) -> None:
    doc, people = parse(f"Tessa Lorne married Ivo Brandt in 1985. Tessa Lorne was born in {born}.")
    first, second = doc.sents
    tessa, ivo = person(people, "Tessa Lorne"), person(people, "Ivo Brandt")
    raws = [RawFact("spouse", tessa, ivo, first, 0.8, start="1985"),
            RawFact("born", tessa, None, second, 0.8, date=born)]
    found = {c.fact.relation: c for c in candidates(raws, people, "t", set())}
    assert found["born"].features["conflicts"] == clash
    assert found["spouse"].features["conflicts"] == clash


def test_conflicts_cost_confidence() -> None:
    def confidence(born: str) -> float:
        doc, people = parse(f"Tessa Lorne married Ivo Brandt in 1985. "
                            f"Tessa Lorne was born in {born}.")
        tessa, ivo = person(people, "Tessa Lorne"), person(people, "Ivo Brandt")
        first, second = doc.sents
        raws = [RawFact("spouse", tessa, ivo, first, 0.8, start="1985"),
                RawFact("born", tessa, None, second, 0.8, date=born)]
        found = candidates(raws, people, "t", set())
        return next(c.fact.confidence or 0.0 for c in found if c.fact.relation == "spouse")

    # the group's cap holds the marriage without a conflict near 0.9: the gap is in its rest
    assert confidence("1990") < confidence("1960") - 0.05
    assert load_model().weights["conflicts"] <= -2


def test_a_parent_who_is_also_the_childs_sibling_conflicts() -> None:
    doc, people = parse("Nora Fell is the mother of Jack Fell. Nora Fell and Jack Fell are "
                        "siblings.")
    nora, jack = person(people, "Nora Fell"), person(people, "Jack Fell")
    first, second = doc.sents
    raws = [RawFact("parent", nora, jack, first, 0.8), RawFact("sibling", nora, jack, second, 0.7)]
    assert [c.features["conflicts"] for c in candidates(raws, people, "t", set())] == [1, 1]


def test_the_couple_is_not_named_in_the_sentence() -> None:
    fact = spouse_fact("Mara Quill and Devon Ashby met in 2008. The couple married in 2010.", 1,
                       start="2010")
    assert fact.features["not_named"] == 2
    assert fact.features["antecedent_distance"] > 0
    named = spouse_fact("Mara Quill married Devon Ashby in 2010.", start="2010")
    assert named.features["not_named"] == 0


def test_the_couple_among_two_couples_is_ambiguous() -> None:
    """'the couple's son' when the document has two couples: the riskier reading of news."""
    text = ("Mara Quill married Devon Ashby in 2010. Tess Orrin wed Paul Brede in 2012. "
            "The couple's son, Lio, was born in 2015.")
    doc, people = parse(text)
    mara, devon, lio = (person(people, n) for n in ("Mara Quill", "Devon Ashby", "Lio"))
    tess, paul = person(people, "Tess Orrin"), person(people, "Paul Brede")
    first, second, third = doc.sents
    son = [RawFact("parent", p, lio, third, 0.8) for p in (mara, devon)]
    alone = candidates([RawFact("spouse", mara, devon, first, 0.8), *son], people, "t", set())
    both = candidates([RawFact("spouse", mara, devon, first, 0.8),
                       RawFact("spouse", tess, paul, second, 0.8), *son], people, "t", set())
    parent = {c.fact.relation: c for c in alone}["parent"]
    among = {c.fact.relation: c for c in both}["parent"]
    assert (parent.features["ambiguous_couple"], among.features["ambiguous_couple"]) == (0, 1)
    assert (among.fact.confidence or 0) < (parent.fact.confidence or 0)


def test_two_sentences_stating_a_fact_count() -> None:
    doc, people = parse("Mara Quill married Devon Ashby in 2010. Devon Ashby and Mara Quill "
                        "wed in a small ceremony.")
    a, b = person(people, "Mara Quill"), person(people, "Devon Ashby")
    first, second = doc.sents
    twice = one([RawFact("spouse", a, b, first, 0.8, start="2010"),
                 RawFact("spouse", b, a, second, 0.8)], people)
    once = one([RawFact("spouse", a, b, first, 0.8, start="2010")], people)
    assert twice.features["sentences"] > once.features["sentences"] == 0
    assert (twice.fact.confidence or 0) > (once.fact.confidence or 0)


def test_a_year_from_another_sentence() -> None:
    fact = spouse_fact("It was 2014. Mara Quill married Devon Ashby that spring.", 1,
                       start="2014")
    assert fact.features["date_elsewhere"] == 1
    assert spouse_fact("Mara Quill married Devon Ashby in 2014.",
                       start="2014").features["date_elsewhere"] == 0


def test_a_child_of_another_surname_than_both_parents_costs_confidence() -> None:
    # how a co-star read as one more child of a list looks
    doc, people = parse("Lena Ostby and Nils Ostby have three children: Ida Ostby, Jon Ostby "
                        "and Mira Castell.")
    lena, nils = person(people, "Lena Ostby"), person(people, "Nils Ostby")
    sent = next(iter(doc.sents))
    kids = [person(people, n) for n in ("Ida Ostby", "Jon Ostby", "Mira Castell")]
    raws = [RawFact("parent", p, k, sent, 0.8) for p in (lena, nils) for k in kids]
    found = {(c.fact.subject, c.fact.object): c for c in candidates(raws, people, "t", set())}
    apart, kin = found["Lena Ostby", "Mira Castell"], found["Lena Ostby", "Jon Ostby"]
    assert (apart.features["surname_apart"], kin.features["surname_apart"]) == (1, 0)
    # in the learned log-odds: near 1 the sigmoid is flat and the group's cap squeezes the
    # rest, so a fixed gap in probability would test the calibration rather than the cost
    model = load_model()
    assert model.score(apart.features) < model.score(kin.features) - 0.5
    assert (apart.fact.confidence or 0) < (kin.fact.confidence or 0)


def test_siblings_of_two_surnames_are_apart() -> None:
    doc, people = parse("Ada Brenn and Kai Moravec are siblings.")
    ada, kai = person(people, "Ada Brenn"), person(people, "Kai Moravec")
    fact = one([RawFact("sibling", ada, kai, next(iter(doc.sents)), 0.7)], people)
    assert fact.features["surname_apart"] == 1


# --- evidence: the sentences that state the fact ----------------------------------------

def test_evidence_holds_the_sentence_that_named_the_couple() -> None:
    text = "Mara Quill and Devon Ashby met in 2008. The couple married in 2010."
    fact = spouse_fact(text, 1, start="2010").fact
    assert fact.evidence == text
    assert fact.span is not None and text[fact.span[0] : fact.span[1]] == fact.evidence


def test_evidence_of_a_merged_date_is_the_sentence_that_gives_it() -> None:
    text = "Mara Quill and Devon Ashby wed\n\nThe singer Mara Quill married Devon Ashby in 2014."
    doc, people = parse(text)
    a, b = person(people, "Mara Quill"), person(people, "Devon Ashby")
    headline, body = doc.sents
    fact = one([RawFact("spouse", a, b, headline, 0.8),
                RawFact("spouse", a, b, body, 0.8, start="2014")], people).fact
    assert fact.start == "2014"
    assert fact.evidence == "The singer Mara Quill married Devon Ashby in 2014."


def test_evidence_holds_both_sentences_when_each_gives_a_date() -> None:
    text = "Mara Quill married Devon Ashby in 2014. Mara Quill and Devon Ashby divorced in 2019."
    doc, people = parse(text)
    a, b = person(people, "Mara Quill"), person(people, "Devon Ashby")
    first, second = doc.sents
    fact = one([RawFact("spouse", a, b, first, 0.8, start="2014"),
                RawFact("spouse", a, b, second, 0.8, end="2019")], people).fact
    assert (fact.start, fact.end) == ("2014", "2019")
    assert fact.evidence == text and fact.span == (0, len(text))


def test_evidence_holds_the_sentence_a_rule_took_the_date_from() -> None:
    text = "Lena Pratt welcomed a baby girl in 2019. Her name is Cleo Pratt."
    doc, people = parse(text)
    cleo = person(people, "Cleo Pratt")
    first, second = doc.sents
    fact = one([RawFact("born", cleo, None, second, 0.7, date="2019", also=first)], people).fact
    assert fact.evidence == text


def test_a_far_sentence_stays_out_of_the_evidence() -> None:
    filler = " ".join(["The show ran for many seasons on the network."] * 12)
    text = f"Mara Quill and Devon Ashby met in 2008. {filler} The couple married in 2010."
    assert len(filler) > MAX_GAP
    sentences = len(list(parse(text)[0].sents))
    fact = spouse_fact(text, sentences - 1, start="2010").fact
    assert fact.evidence == "The couple married in 2010."


def test_extracted_evidence_is_the_text_at_its_span() -> None:
    from celebgraph.extract import extract_facts

    text = ("Mara Quill and Devon Ashby met on a film set in 2008.\n\n"
            "The couple married in 2010, and they welcomed a son, Theo Ashby, in 2012.")
    facts = extract_facts(text)
    assert facts
    for fact in facts:
        assert fact.span is not None and text[fact.span[0] : fact.span[1]] == fact.evidence


def test_model_path_is_inside_the_package() -> None:
    assert MODEL_PATH.parent == Path(__file__).resolve().parent.parent / "celebgraph" / \
        "extract" / "facts"


# --- a vow, and the article around a fact -------------------------------------------------

@pytest.mark.parametrize("vow", [
    "Mara Quill, who divorced Devon Ashby in 2012, has said she will never marry again.",
    "After her split from Devon Ashby, Mara Quill vowed never to marry again.",
])
def test_a_vow_never_to_marry_again_is_no_negation_and_no_plan(vow: str) -> None:
    """'never' in a vow about the future denies no past marriage (the modality says asserted):
    the confidence must not treat it as a denial."""
    fact = spouse_fact(vow)
    assert fact.features["negated"] == 0 and fact.features["future"] == 0
    denied = spouse_fact("Mara Quill never married Devon Ashby.")
    assert fact.fact.confidence is not None and denied.fact.confidence is not None
    assert fact.fact.confidence > denied.fact.confidence + 0.3


def test_a_later_item_of_a_list_has_names_between() -> None:
    doc, people = parse("Mara Quill has three children: Ben Quill, Ada Quill and Lio Quill.")
    sent = next(iter(doc.sents))
    mara = person(people, "Mara Quill")
    raws = [RawFact("parent", mara, person(people, n), sent, 0.8) for n in ("Ben Quill",
                                                                          "Lio Quill")]
    first, last = candidates(raws, people, "t", set())
    assert first.features["names_between"] == 0
    assert last.features["names_between"] == pytest.approx(math.log1p(2))
    assert last.fact.confidence is not None and first.fact.confidence is not None
    assert last.fact.confidence < first.fact.confidence


def test_facts_spread_over_many_people_cost_confidence() -> None:
    """The same marriage, alone or among the couples of a wedding's guest list."""
    text = ("Mara Quill married Devon Ashby in 2010. Among the guests were Tess Orrin and her "
            "husband Paul Brede, Ivo Lund and his wife Nell Sorrow, and Kit Amsel and his "
            "wife Rae Dunmore.")
    doc, people = parse(text)
    first, second = doc.sents
    mara, devon = person(people, "Mara Quill"), person(people, "Devon Ashby")
    wedding = RawFact("spouse", mara, devon, first, 0.8, start="2010")
    guests = [RawFact("spouse", person(people, a), person(people, b), second, 0.8)
              for a, b in (("Tess Orrin", "Paul Brede"), ("Ivo Lund", "Nell Sorrow"),
                           ("Kit Amsel", "Rae Dunmore"))]
    alone = candidates([replace(wedding)], people, "t", set())[0]
    crowd = candidates([wedding, *guests], people, "t", set())[0]
    assert alone.features["people_in_facts"] == pytest.approx(math.log1p(2))
    assert crowd.features["people_in_facts"] == pytest.approx(math.log1p(8))
    assert crowd.fact.confidence is not None and alone.fact.confidence is not None
    assert crowd.fact.confidence < alone.fact.confidence


# --- groups and caps: the top of the scale is kept for facts of a reliable kind -----------

@pytest.mark.parametrize(("text", "sentence", "kind"), [
    ("Mara Quill married Devon Ashby in 2010.", 0, "spouse/full/prose"),
    ("Mara Quill and Devon Ashby met in 2008. Quill married Ashby in 2010.", 1,
     "spouse/short/prose"),
    ("Mara Quill and Devon Ashby met in 2008. The couple married in 2010.", 1,
     "spouse/resolved/prose"),
])
def test_a_fact_is_grouped_by_how_its_sentence_names_the_two_people(
    text: str, sentence: int, kind: str
) -> None:
    fact = spouse_fact(text, sentence, start="2010")
    assert group(fact.features) == kind


@pytest.mark.parametrize(("text", "date", "kind"), [
    ("Tessa Lorne was born in 1985 in a small town.", "1985", "life/written/prose"),
    ("Tessa Lorne turned 40 on Sunday.", "1985", "life/computed/prose"),
])
def test_a_birth_is_grouped_by_whether_its_sentence_writes_the_year(
    text: str, date: str, kind: str
) -> None:
    doc, people = parse(text)
    raw = RawFact("born", person(people, "Tessa Lorne"), None, next(iter(doc.sents)), 0.8,
                  date=date)
    assert group(one([raw], people).features) == kind


def test_a_fact_read_from_a_record_is_notation() -> None:
    """The rule family is the module that made the raw fact: a record's label lines are
    notation, prose read by the kin rules is not; ``replace`` keeps the family."""
    from celebgraph.extract import COMPONENT

    nlp = load_pipeline()
    doc = nlp("Count Ivo Marrant\nParents: Emil Marrant and Lotte Brenner\n\n"
              "Ivo Marrant has a sister, Dora Marrant, who lives in Graz.")
    reading = nlp.get_pipe(COMPONENT)(doc)._.celebgraph_raw
    found = candidates(reading.facts, reading.people, "t", reading.excluded)
    by_pair = {(c.fact.subject, c.fact.object): c for c in found}
    record = by_pair["Emil Marrant", "Count Ivo Marrant"]
    assert record.features["notation"] == 1
    assert group(record.features) == "parent/full/notation"
    sister = by_pair["Count Ivo Marrant", "Dora Marrant"]
    assert (sister.fact.relation, sister.features["notation"]) == ("sibling", 0)
    raw = RawFact("born", 0, None, next(iter(doc.sents)), 0.8)
    assert raw.rule == "test_confidence" == replace(raw, date="1990").rule


def test_named_in_full_and_other_facts() -> None:
    doc, people = parse("Mara Quill married Devon Ashby in 2010. Quill has a son, Theo Ashby.")
    first, second = doc.sents
    mara, devon, theo = (person(people, n) for n in ("Mara Quill", "Devon Ashby", "Theo Ashby"))
    found = candidates([RawFact("spouse", mara, devon, first, 0.8, start="2010"),
                        RawFact("parent", mara, theo, second, 0.8)], people, "t", set())
    spouse, parent = found
    assert (spouse.features["named_in_full"], parent.features["named_in_full"]) == (1, 0)
    # Devon Ashby has no other fact; Theo Ashby none either
    assert spouse.features["other_facts"] == parent.features["other_facts"] == 0


def test_a_cap_holds_a_fact_at_its_groups_precision_and_keeps_the_order() -> None:
    model = ConfidenceModel({"a": 1.0}, 0.0, 0.0, caps={"spouse/full/prose": 0.8},
                            default_cap=0.6)
    values = {"relation_spouse": 1.0, "named_in_full": 1.0}
    low, high = model.probability(values | {"a": 0.5}), model.probability(values | {"a": 6.0})
    assert low == pytest.approx(1 / (1 + math.exp(-0.5)))  # well under the cap: unchanged
    assert 0.8 - KNEE < model.capped(0.9, "spouse/full/prose") < high < 0.8
    assert model.capped(1.0, "spouse/full/prose") == pytest.approx(0.8)  # never over the cap
    assert model.probability({"relation_born": 1.0, "a": 6.0}) < 0.6  # a group never seen
    assert ConfidenceModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model
    floored = replace(model, floor=0.89)  # a cap under the floor leaves the scale below it alone
    assert floored.probability(values | {"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert 0.89 - KNEE < floored.probability(values | {"a": 6.0}) < 0.89
    assert ConfidenceModel.from_dict(json.loads(json.dumps(floored.to_dict()))) == floored


def test_only_groups_reliable_on_unseen_text_reach_the_top() -> None:
    """A couple or a child found through 'the couple' or a pronoun is wrong a quarter of the
    time on text no rule was written for: its confidence stays under 0.9, however direct the
    pattern; a birth whose year its sentence writes can reach it."""
    model = load_model()
    assert model.caps["spouse/resolved/prose"] < 0.85
    assert model.caps["parent/resolved/prose"] < 0.85
    assert model.caps["life/written/prose"] >= 0.9 > model.floor
    fact = spouse_fact("Mara Quill and Devon Ashby met in 2008. The couple married in 2010.", 1,
                       start="2010")
    assert (fact.fact.confidence or 0) < 0.9


def test_the_top_bucket_is_conservative_on_the_calibration_sets() -> None:
    """Pooled over the calibration sets (each scored out of fold, its scaling and caps fitted
    without it), facts of 0.9 and over are right at least 95% of the time, and the precision of
    the buckets that hold at least 20 facts rises with the confidence. (A bucket of a handful
    of facts, such as 0.5-0.7 after session 16's retrain, 4 right of 5, is noise.)"""
    cv = load_model().report["cv"]
    pooled: dict[str, list[int]] = {}
    for name in cv["calibrated_on"]:
        for b in cv["sets"][name]["reliability"]:
            n = pooled.setdefault(b["confidence"], [0, 0])
            n[0], n[1] = n[0] + b["right"], n[1] + b["facts"]
    assert pooled["0.90-1.00"][0] >= 0.95 * pooled["0.90-1.00"][1] >= 0.95 * 100
    rising = [right / facts for _, (right, facts) in sorted(pooled.items()) if facts >= 20]
    assert len(rising) >= 3
    assert rising == sorted(rising)


def test_ordinary_facts_are_held_at_what_the_hardest_calibration_set_is_worth() -> None:
    """A fact of a group whose calibration-set cap is low (a child found through 'the
    couple') stays under the floor, and the floor is the hardest calibration set's precision
    (with 90% confidence), not a constant near 0.9: on unseen text such facts were right about
    four times in five. Until session 16 the hardest set was under 0.89; after its merges it is
    about 0.92, so the floor is checked against it, not against a constant."""
    model = load_model()
    cv = model.report["cv"]
    hardest = min(cv["sets"][name]["all"]["precision"] for name in cv["calibrated_on"])
    assert hardest - 0.06 < model.floor < hardest
    assert model.caps["parent/resolved/prose"] < model.floor
    resolved = {"relation_parent": 1.0, "not_named": 1.0}
    assert model.capped(0.999, group(resolved)) <= model.floor


def test_a_child_by_the_age_the_text_gives_is_no_one_of_a_couple_nor_a_parent() -> None:
    """'daughter Lina, 6': Lina married to her father, or the parent of her brother, is a name
    read as the wrong person; only those facts count the conflict, the right ones do not."""
    doc, people = parse("Tessa Lorne and Ivo Brandt, who married in 2009, are the parents of "
                        "daughter Lina, 6, and son Milo, 4.")
    tessa, ivo, lina, milo = (person(people, n) for n in ("Tessa Lorne", "Ivo Brandt", "Lina",
                                                          "Milo"))
    sent = next(iter(doc.sents))
    raws = [RawFact("spouse", tessa, ivo, sent, 0.8), RawFact("spouse", ivo, lina, sent, 0.8),
            RawFact("parent", ivo, lina, sent, 0.8), RawFact("parent", lina, milo, sent, 0.8)]
    found = {(c.fact.relation, c.fact.subject, c.fact.object): c.features["conflicts"]
             for c in candidates(raws, people, "t", set(), stated_ages(doc, people))}
    assert found == {("spouse", "Tessa Lorne", "Ivo Brandt"): 0,
                     ("spouse", "Ivo Brandt", "Lina"): 1,
                     ("parent", "Ivo Brandt", "Lina"): 0,
                     ("parent", "Lina", "Milo"): 1}


@pytest.mark.parametrize(("ages", "clash"), [("43", 0), ("31", 1), ("12", 1)])
def test_a_parent_too_few_years_older_than_the_child_conflicts(ages: str, clash: int) -> None:
    doc, people = parse(f"Corin Vale, {ages}, watched his son Dario Vale, 24, play in Leeds.")
    corin, dario = person(people, "Corin Vale"), person(people, "Dario Vale")
    raw = RawFact("parent", corin, dario, next(iter(doc.sents)), 0.8)
    [fact] = candidates([raw], people, "t", set(), stated_ages(doc, people))
    assert fact.features["conflicts"] == clash
