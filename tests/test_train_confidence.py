"""Training the confidence model (scikit-learn, a dev dependency): data, fit, CV, threshold."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from pathlib import Path

import pytest

from celebgraph.extract.facts import train
from celebgraph.extract.facts.features import FEATURES
from celebgraph.models import Fact

pytest.importorskip("sklearn")
DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent


def example(doc: str, right: bool, **values: float) -> train.Example:
    fact = Fact(doc=doc, relation="spouse", subject="A", object="B", evidence="")
    return train.Example("toy", fact, tuple(values.get(f, 0.0) for f in FEATURES), right)


def toy(n: int = 400) -> list[train.Example]:
    """Headline facts are right one time in five, others four times in five."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        headline = i % 2 == 0
        right = rng.random() < (0.2 if headline else 0.8)
        out.append(example(f"d{i % 20}", right, headline=float(headline), rule_confidence=0.8))
    return out


def test_fit_is_calibrated_on_what_it_can_see() -> None:
    examples = toy()
    model = train.fit(examples)
    assert list(model.weights) == list(FEATURES)
    for headline in (0.0, 1.0):
        same = [e.right for e in examples if e.values[FEATURES.index("headline")] == headline]
        rate = sum(same) / len(same)
        estimate = model.probability({"headline": headline, "rule_confidence": 0.8})
        assert estimate == pytest.approx(rate, abs=0.05)


def test_negation_and_future_cues_weigh_against_a_fact_without_examples_of_them() -> None:
    model = train.fit(toy())
    assert model.weights["negated"] < -2 and model.weights["future"] < -2
    plain = model.probability({"rule_confidence": 0.8})
    assert model.probability({"rule_confidence": 0.8, "future": 1.0}) < plain / 2


def test_out_of_fold_scores_come_from_models_without_the_article() -> None:
    examples = toy(200)
    # One article whose facts are all right, though headlines: a model that saw it would
    # raise its headline score; one that did not gives it the others' rate.
    examples += [example("alone", True, headline=1.0, rule_confidence=0.8) for _ in range(30)]
    scores = train.out_of_fold(examples)
    alone = [p for e, p in zip(examples, scores, strict=True) if e.fact.doc == "alone"]
    assert max(alone) < 0.35


def test_collect_labels_each_fact_as_the_scorer_does() -> None:
    data = train.DataSet("tiny", str(DATA / "gold"), (str(DATA / "wedding.txt"),))
    corpus = train.collect([data])
    assert corpus.read == {"tiny": ["wedding.txt"]}
    assert len(corpus.examples) >= 3
    assert all(e.right for e in corpus.examples)
    assert all(len(e.values) == len(FEATURES) for e in corpus.examples)


def test_training_sets_never_include_the_blind_check_set() -> None:
    sets = train.data_sets(REPO.parent / "shared", REPO / "tests")
    assert [s.name for s in sets][:3] == ["dev", "dev2", "resolve-dev"]
    assert {"articles", "articles2", "articles3", "calibration"} <= {s.name for s in sets}
    assert {s.name for s in sets} >= train.CALIBRATION_SETS
    check = (REPO.parent / "shared" / "eval" / "check").resolve()
    assert not any(Path(p).resolve().is_relative_to(check) for s in sets for p in s.paths)


def _pairs(name: str, rate_high: float, rate_low: float, n: int = 200
           ) -> list[tuple[train.Example, float]]:
    """``n`` facts of set ``name`` scored 0.9 or 0.5 out of fold, right at the given rates."""
    out = []
    for i in range(n):
        high = i % 2 == 0
        rate = rate_high if high else rate_low
        base = example(f"{name}{i % 10}", (i // 2) % 10 < rate * 10)
        out.append((train.Example(name, base.fact, base.values, base.right), 0.9 if high else 0.5))
    return out


def test_recalibration_learns_only_from_the_sets_no_rule_was_written_on() -> None:
    """dev2's facts are all right (the rules were written on it): a scaling that learnt from
    them would put a 0.9 near 0.75; learnt from the calibration sets only, it is near 0.6."""
    pairs = _pairs("dev2", 1.0, 1.0) + _pairs("calibration", 0.6, 0.2) + _pairs(
        "resolve-dev", 0.6, 0.2)
    examples, scores = [e for e, _ in pairs], [p for _, p in pairs]
    (scale, _), calibrated = train.recalibrated(examples, scores)
    dev2_high = [p for e, p, s in zip(examples, calibrated, scores, strict=True)
                 if e.set == "dev2" and s == 0.9]
    assert dev2_high[0] == pytest.approx(0.6, abs=0.03)
    assert scale > 0


def test_each_calibration_set_is_scaled_without_itself() -> None:
    """The report's figures for a calibration set come from a scaling it did not shape: here
    the two sets disagree, so each one's facts get the other's rate."""
    pairs = _pairs("calibration", 0.9, 0.5) + _pairs("resolve-dev", 0.5, 0.1)
    examples, scores = [e for e, _ in pairs], [p for _, p in pairs]
    _, calibrated = train.recalibrated(examples, scores)

    def at_high(name: str) -> float:
        return next(p for e, p, s in zip(examples, calibrated, scores, strict=True)
                    if e.set == name and s == 0.9)

    assert at_high("calibration") == pytest.approx(0.5, abs=0.03)
    assert at_high("resolve-dev") == pytest.approx(0.9, abs=0.03)


def test_a_fixed_weight_keeps_its_whole_log_odds_after_recalibration() -> None:
    """The scaling shrinks learned log-odds, not the hand-set weight of a negation."""
    pairs = _pairs("calibration", 0.6, 0.2) + _pairs("resolve-dev", 0.6, 0.2)
    examples, scores = [e for e, _ in pairs], [p for _, p in pairs]
    plain = examples[0]
    negated = train.Example("dev2", plain.fact, tuple(
        1.0 if name == "negated" else v for name, v in zip(FEATURES, plain.values, strict=True)),
        False)
    p_negated = 1 / (1 + 2.3333 * math.exp(4.0))  # out of fold: log-odds log(0.3/0.7) - 4
    (scale, shift), calibrated = train.recalibrated([*examples, negated], [*scores, p_negated])
    z = scale * math.log(0.3 / 0.7) + shift - 4.0
    assert calibrated[-1] == pytest.approx(1 / (1 + math.exp(-z)), rel=1e-3)


def test_group_caps_need_many_right_facts_to_reach_the_top() -> None:
    """A group's cap is the precision it has with 90% confidence: 60 right of 60 reach 0.9,
    8 of 8 do not, and neither does a group right four times in five however large."""
    examples = [example("d", True, relation_born=1.0) for _ in range(60)]
    examples += [example("d", True, relation_spouse=1.0, named_in_full=1.0) for _ in range(8)]
    examples += [example("d", n % 5 != 0, relation_parent=1.0) for n in range(200)]
    caps, everything = train.group_caps(examples)
    assert caps["life/written/prose"] > 0.95
    assert 0.75 < caps["spouse/full/prose"] < 0.9
    assert 0.7 < caps["parent/short/prose"] < 0.8
    assert 0.8 < everything < 0.9


def test_calibration_set_facts_are_capped_without_their_set() -> None:
    """A calibration set's facts are capped by the other calibration sets' facts of their
    group: a set whose births are all right does not lift its own cap."""
    right = [replace(example(f"d{n}", True, relation_born=1.0), set="resolve-dev")
             for n in range(40)]
    wrong = [replace(example(f"e{n}", False, relation_born=1.0), set="calibration")
             for n in range(40)]
    caps, probability = train.capped(right + wrong, [0.99] * 80)
    assert caps.caps["life/written/prose"] < 0.6  # the shipped cap: both sets
    assert max(probability[:40]) < 0.9  # capped by the wrong births of the other set
    assert min(probability[40:]) > 0.9  # capped by the right births of the other set


def _set(name: str, right: int, wrong: int) -> list[train.Example]:
    """Births of set ``name``: ``right`` right and ``wrong`` wrong (one group, 'life')."""
    return [replace(example(f"{name}{n}", n < right, relation_born=1.0), set=name)
            for n in range(right + wrong)]


def test_the_floor_is_the_precision_of_the_hardest_set() -> None:
    """Facts of a group with a low cap are held under what the hardest calibration set is
    worth as a whole (with 90% confidence), not under a constant: the rules were tuned on the
    calibration sets too, and unseen text is at least as hard as the hardest of them."""
    easy, hard = _set("calibration", 98, 2), _set("articles7", 70, 30)
    assert train.hardest_set(easy + hard) == pytest.approx(train.hardest_set(hard))
    assert 0.6 < train.hardest_set(hard) < 0.7 < 0.9 < train.hardest_set(easy)
    assert train.hardest_set([]) == 0.0


def test_each_calibration_set_gets_the_floor_of_the_others() -> None:
    """A set is floored by the other sets, as an unseen set would be: here the easy set's
    sparse group (cap under both floors) is held under the hard set's floor, the hard set's
    under the easy one's, and the shipped floor is the hard set's."""
    easy, hard = _set("calibration", 98, 2), _set("articles7", 70, 30)
    # one spouse each: a group too small for its cap to matter, so the floor decides
    lone = [replace(example(f"s{name}", True, relation_spouse=1.0), set=name)
            for name in ("calibration", "articles7")]
    examples = easy + hard + lone
    easy, hard = easy + lone[:1], hard + lone[1:]
    caps, probability = train.capped(examples, [0.999] * len(examples))
    assert caps.floor == pytest.approx(train.hardest_set(hard))
    in_easy, in_hard = probability[-2], probability[-1]
    assert in_easy == pytest.approx(train.hardest_set(hard), abs=1e-3)
    assert in_hard == pytest.approx(train.hardest_set(easy), abs=1e-3)
    # births in the hard set: the easy set shows the group reliable, so its cap, over the floor
    assert min(probability[100:200]) > 0.9
