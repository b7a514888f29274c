"""Training the confidence model (scikit-learn, a dev dependency): data, fit, CV, threshold."""

from __future__ import annotations

import random
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
    assert {"articles", "articles2", "articles3"} <= {s.name for s in sets}
    check = (REPO.parent / "shared" / "eval" / "check").resolve()
    assert not any(Path(p).resolve().is_relative_to(check) for s in sets for p in s.paths)


def test_recalibration_takes_only_real_news_scored_out_of_fold() -> None:
    """The held-out pairs that join Platt scaling: only the REAL_HELD_OUT sets, each fact's
    out-of-fold probability turned back into log-odds."""
    real = sorted(train.REAL_HELD_OUT)[0]
    examples = [example("d1", True), example("d2", False)]
    examples[1] = train.Example(real, examples[1].fact, examples[1].values, False)
    pairs = train.held_out_scores(examples, [0.9, 0.25])
    assert len(pairs) == 1
    (z, right), = pairs
    assert not right and z == pytest.approx(-1.0986, abs=1e-3)  # log(0.25 / 0.75)
