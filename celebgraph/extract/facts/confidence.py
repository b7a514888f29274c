"""A fact's confidence: a logistic model over its features (``features.FEATURES``).

The weights ship in ``confidence_model.json`` beside this module, written by
``python -m celebgraph.extract.facts.train`` (which also records the leave-articles-out
cross-validation it measured and the default ``min_confidence`` it chose). Scoring is a dot
product and a sigmoid: nothing beyond the standard library at run time.

The top of the scale is kept for facts of a kind that is right that often on text no rule was
written for: each fact belongs to a ``group`` (born/died with a year its sentence writes or one
computed; parent, sibling, spouse, partner, engaged or split with both people named in full in
its sentence, named shorter, or one resolved from "the couple", a pronoun or a description;
read from notation or from prose), and what the calibration texts show of the group's
precision caps its confidence (the scale from just under the cap to 1 is pressed under it, so
a fact with better evidence still scores above a worse one of its group).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.models import RELATIONS

__all__ = ["MODEL_PATH", "ConfidenceModel", "default_min_confidence", "group", "load_model"]

MODEL_PATH = Path(__file__).with_name("confidence_model.json")
_KINDS = {"born": "life", "died": "life", "separated": "split", "divorce_filed": "split"}


def group(values: Mapping[str, float]) -> str:
    """The kind of evidence a fact rests on, from its features: 'parent/full/prose' is a
    parent fact whose sentence names parent and child in full, read from prose."""
    relation = next((r for r in RELATIONS if values.get(f"relation_{r}")), "")
    kind = _KINDS.get(relation, relation)
    if kind == "life":  # a year its sentence writes, or one counted from an age or a weekday
        named = "computed" if values.get("date_elsewhere") else "written"
    elif values.get("not_named", 0.0) > 0:
        named = "resolved"
    else:
        named = "full" if values.get("named_in_full") else "short"
    return f"{kind}/{named}/{'notation' if values.get('notation') else 'prose'}"


# How far under its cap a fact's probability starts to be pressed. A narrow knee (0.02 until
# session 12) put nearly every fact of a group at its cap, so the group alone ranked facts:
# leave-articles-out AUC 0.755 on the calibration sets pooled, 0.741 on all sets. At 0.1 better
# evidence keeps more of its lead: 0.781 and 0.768 (Brier 0.055 -> 0.057, the top bucket is
# smaller and still right 98% of the time there); on the blind check set 15/19 at >= 0.9 (was
# 19/26) and 25/42 at 0.8-0.9 (was 23/41).
KNEE = 0.1


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Weights by feature name, an intercept, and the default threshold chosen in training;
    ``scale`` and ``shift`` recalibrate the score on articles the rules were not tuned on
    (Platt scaling: the learned weights come from texts the rules fit, where facts are right
    more often than in unseen news). The weights of the ``unscaled`` features are fixed
    log-odds set by hand (a negated or planned event states nothing), added after the
    scaling, which was fitted without them. ``caps`` holds each group's precision on the
    calibration texts, ``default_cap`` that of a group they hold no fact of; a cap under
    ``floor`` counts as ``floor`` (the caps keep a group out of the top of the scale, and
    leave the scaled probability alone below it)."""

    weights: dict[str, float]
    intercept: float
    min_confidence: float
    report: dict[str, Any] = field(default_factory=dict)
    scale: float = 1.0
    shift: float = 0.0
    unscaled: tuple[str, ...] = ()
    caps: dict[str, float] = field(default_factory=dict)
    default_cap: float = 1.0
    floor: float = 0.0

    def score(self, values: Mapping[str, float]) -> float:
        """The learned log-odds, before recalibration."""
        return self.intercept + sum(w * values.get(name, 0.0) for name, w in self.weights.items())

    def probability(self, values: Mapping[str, float]) -> float:
        """The estimated probability that a fact with these feature values is right."""
        fixed = sum(self.weights[name] * values.get(name, 0.0) for name in self.unscaled)
        z = self.scale * (self.score(values) - fixed) + self.shift + fixed
        p = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
        return self.capped(p, group(values)) if self.caps else p

    def capped(self, p: float, kind: str) -> float:
        """``p`` held under the cap of its group ``kind``: from ``KNEE`` below the cap up, the
        rest of the scale is pressed under the cap, so a fact never passes it and better
        evidence still ranks higher inside a group."""
        knee = max(self.caps.get(kind, self.default_cap), self.floor) - KNEE
        return p if p <= knee else knee + KNEE * (p - knee) / (1.0 - knee)

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(self.weights), "weights": list(self.weights.values()),
                "intercept": self.intercept, "min_confidence": self.min_confidence,
                "scale": self.scale, "shift": self.shift, "unscaled": list(self.unscaled),
                "caps": self.caps, "default_cap": self.default_cap, "floor": self.floor,
                "report": self.report}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        names, weights = data["features"], data["weights"]
        if len(names) != len(weights):
            raise CelebgraphError("confidence model: features and weights differ in length")
        return cls(dict(zip(map(str, names), map(float, weights), strict=True)),
                   float(data["intercept"]), float(data["min_confidence"]),
                   dict(data.get("report") or {}), float(data.get("scale", 1.0)),
                   float(data.get("shift", 0.0)), tuple(map(str, data.get("unscaled", ()))),
                   {str(k): float(v) for k, v in (data.get("caps") or {}).items()},
                   float(data.get("default_cap", 1.0)), float(data.get("floor", 0.0)))


@cache
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel:
    """The shipped model, read once."""
    try:
        return ConfidenceModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CelebgraphError(f"cannot read the confidence model {path}: {exc}") from exc


def default_min_confidence() -> float:
    """The threshold below which facts are left out unless the caller asks for them."""
    return load_model().min_confidence
