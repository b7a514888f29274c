"""The measures of how well confidences predict correctness (celebgraph.calibration)."""

from __future__ import annotations

import doctest

import pytest

import celebgraph.calibration
from celebgraph.calibration import auc, brier


def test_the_module_examples_run() -> None:
    assert doctest.testmod(celebgraph.calibration).failed == 0


@pytest.mark.parametrize(("pairs", "expected"), [
    ([(0.9, True), (0.8, True), (0.3, False)], 1.0),   # every right fact ranked higher
    ([(0.2, True), (0.7, False)], 0.0),                 # every wrong fact ranked higher
    ([(0.5, True), (0.5, False)], 0.5),                 # a tie counts half
    ([(0.9, True), (0.4, True), (0.6, False), (0.1, False)], 0.75),
    ([(0.9, True)], 0.5),                               # no wrong fact: nothing to rank
])
def test_auc_is_the_chance_a_right_fact_outranks_a_wrong_one(
    pairs: list[tuple[float, bool]], expected: float
) -> None:
    assert auc(pairs) == pytest.approx(expected)


def test_brier_is_the_mean_squared_gap() -> None:
    assert brier([(1.0, True), (0.5, False)]) == pytest.approx(0.125)
