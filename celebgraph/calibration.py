"""How well confidences predict correctness: a reliability table, the Brier score and the AUC.

Each judged prediction is a pair (confidence, right). A bucket holds the predictions whose
confidence falls in ``[low, high)`` (the last bucket includes 1.0); a calibrated model's
precision in a bucket lies within it.

Examples
--------
>>> pairs = [(0.95, True), (0.92, True), (0.3, False), (0.6, True), (0.55, False)]
>>> [(b.low, b.facts, b.precision) for b in reliability(pairs)]
[(0.0, 1, 0.0), (0.5, 2, 0.5), (0.9, 2, 1.0)]
>>> round(brier(pairs), 3)
0.112
>>> round(auc(pairs), 3)
1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = ["EDGES", "Bucket", "auc", "brier", "reliability"]

EDGES: tuple[float, ...] = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0)


@dataclass(frozen=True, slots=True)
class Bucket:
    """Predictions with confidence in ``[low, high)``: how many, how many right, mean conf."""

    low: float
    high: float
    facts: int
    right: int
    mean_confidence: float

    @property
    def precision(self) -> float:
        return self.right / self.facts if self.facts else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"confidence": f"{self.low:.2f}-{self.high:.2f}", "facts": self.facts,
                "right": self.right, "precision": round(self.precision, 4),
                "mean_confidence": round(self.mean_confidence, 4)}


def reliability(
    pairs: Iterable[tuple[float, bool]], edges: Sequence[float] = EDGES
) -> list[Bucket]:
    """The non-empty buckets between consecutive ``edges``, lowest first."""
    pairs = list(pairs)
    out = []
    for n, (low, high) in enumerate(pairwise(edges)):
        last = n == len(edges) - 2
        inside = [(c, r) for c, r in pairs if low <= c < high or (last and c == high)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            out.append(Bucket(low, high, len(inside), sum(r for _, r in inside), mean))
    return out


def brier(pairs: Iterable[tuple[float, bool]]) -> float:
    """Mean squared difference between confidence and correctness (0 is perfect)."""
    pairs = list(pairs)
    return sum((c - r) ** 2 for c, r in pairs) / len(pairs) if pairs else 0.0


def auc(pairs: Iterable[tuple[float, bool]]) -> float:
    """How well confidence ranks right predictions above wrong ones: the chance that a right
    one drawn at random has the higher confidence than a wrong one (ties count half; 0.5 is
    chance, 1 a perfect ranking; 0.5 when either kind is missing)."""
    ranked = sorted(pairs, key=lambda pair: pair[0])
    right = sum(r for _, r in ranked)
    wrong = len(ranked) - right
    if not right or not wrong:
        return 0.5
    rank_sum, n = 0.0, 0
    while n < len(ranked):  # average ranks over ties (Mann-Whitney U)
        end = n
        while end < len(ranked) and ranked[end][0] == ranked[n][0]:
            end += 1
        rank_sum += sum(r for _, r in ranked[n:end]) * (n + 1 + end) / 2
        n = end
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)
