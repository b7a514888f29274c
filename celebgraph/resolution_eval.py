"""Score cross-document person resolution against the gold entities' ``global`` keys.

The definitions of the shared reference scorer (``eval/tools/resolution.py``), which this
module must agree with:

- Each ``"DOC: NAME"`` mention of an exported person is mapped to a gold entity of DOC (DOC's
  file name) by the name rule of ``tools/score.py``: the folded name equals an entity's name or
  alias (the first entity listing it wins), else its first word is a one-word name or alias of
  exactly one entity. A *unit* is (person node, DOC, gold entity).
- Pairwise, over pairs of units in different documents: precision = pairs in one node that
  share a global key / pairs in one node; recall = pairs sharing a key that are in one node /
  pairs sharing a key.
- B-cubed over all units: P(u) = units of u's node with u's key / units of u's node,
  R(u) = units of u's node with u's key / units with u's key, averaged; "non-trivial" leaves
  out units alone both in their node and in their key.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ResolutionScore", "load_global_gold", "score_resolution"]

Unit = tuple[str, str, str]  # (node id, doc, gold entity id)


@dataclass
class ResolutionScore:
    """Pairwise (cross-document) and B-cubed precision, recall and F1 of one export."""

    units: int = 0
    nodes: int = 0
    keys: int = 0
    pairwise: dict[str, float] = field(default_factory=dict)
    bcubed: dict[str, float] = field(default_factory=dict)
    bcubed_nontrivial: dict[str, float] = field(default_factory=dict)
    mapped: int = 0
    unmapped: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"units": self.units, "nodes": self.nodes, "keys": self.keys,
                "mapped": self.mapped, "unmapped": self.unmapped, "pairwise": self.pairwise,
                "bcubed": self.bcubed, "bcubed_nontrivial": self.bcubed_nontrivial}


def _norm(name: str) -> str:
    """``tools/score.py``'s ``norm``."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"['’]s\b", "", s.casefold())
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(s.split())


@dataclass
class _Doc:
    names: dict[str, str]
    keys: dict[str, str]


def load_global_gold(gold_dirs: Sequence[str | Path]) -> dict[str, _Doc]:
    """Per gold document: its name → entity rule and entity → global key (the first dir wins)."""
    out: dict[str, _Doc] = {}
    for folder in gold_dirs:
        for path in sorted(Path(folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data["doc"] in out:
                continue
            names: dict[str, str] = {}
            firsts: dict[str, set[str]] = defaultdict(set)
            keys: dict[str, str] = {}
            for e in data["entities"]:
                keys[e["id"]] = e.get("global") or f"{data['doc']}#{e['id']}"
                for n in [e["name"], *e.get("aliases", [])]:
                    names.setdefault(_norm(n), e["id"])
                    if len(_norm(n).split()) == 1:
                        firsts[_norm(n)].add(e["id"])
            for first, ids in firsts.items():
                if len(ids) == 1:
                    names.setdefault("first:" + first, next(iter(ids)))
            out[data["doc"]] = _Doc(names, keys)
    return out


def _map(doc: _Doc, name: str) -> str | None:
    n = _norm(name)
    if not n:
        return None
    return doc.names.get(n) or doc.names.get("first:" + n.split(" ")[0])


def _units(nodes: Iterable[Mapping[str, Any]], golds: Mapping[str, _Doc],
           score: ResolutionScore) -> set[Unit]:
    units: set[Unit] = set()
    for node in nodes:
        for mention in node.get("mentions") or []:
            doc, sep, name = str(mention).partition(": ")
            doc = Path(doc.strip()).name
            if not sep or doc not in golds:
                continue
            eid = _map(golds[doc], name)
            if eid is None:
                score.unmapped += 1
                continue
            score.mapped += 1
            units.add((str(node.get("id")), doc, eid))
    return units


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _cross(units: Sequence[Unit]) -> int:
    """Pairs of these units in different documents."""
    return _pairs(len(units)) - sum(_pairs(c) for c in Counter(u[1] for u in units).values())


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score_resolution(nodes: Iterable[Mapping[str, Any]],
                     golds: Mapping[str, _Doc]) -> ResolutionScore:
    """Score exported people (``export(..., "json")["nodes"]``) against ``load_global_gold``."""
    out = ResolutionScore()
    units = _units(nodes, golds, out)
    key_of = {u: golds[u[1]].keys[u[2]] for u in units}
    by_node: dict[str, list[Unit]] = defaultdict(list)
    by_key: dict[str, list[Unit]] = defaultdict(list)
    for u in sorted(units):
        by_node[u[0]].append(u)
        by_key[key_of[u]].append(u)
    merged = correct = 0
    for us in by_node.values():
        merged += _cross(us)
        correct += sum(_cross([u for u in us if key_of[u] == k]) for k in {key_of[u] for u in us})
    same_key = sum(_cross(us) for us in by_key.values())
    out.pairwise = _prf(correct, merged - correct, same_key - correct)
    sums = {"all": [0.0, 0.0, 0], "nontrivial": [0.0, 0.0, 0]}
    for us in by_node.values():
        keys = Counter(key_of[u] for u in us)
        for u in us:
            same, size = keys[key_of[u]], len(by_key[key_of[u]])
            for name in ("all", "nontrivial"):
                if name == "nontrivial" and len(us) == 1 and size == 1:
                    continue
                sums[name][0] += same / len(us)
                sums[name][1] += same / size
                sums[name][2] += 1
    for name, (sp, sr, count) in sums.items():
        bp, br = (sp / count, sr / count) if count else (0.0, 0.0)
        bf = 2 * bp * br / (bp + br) if bp + br else 0.0
        values = {"p": round(bp, 4), "r": round(br, 4), "f1": round(bf, 4)}
        if name == "all":
            out.bcubed = values
        else:
            out.bcubed_nontrivial = {**values, "units": int(count)}
    out.units, out.nodes, out.keys = len(units), len(by_node), len(by_key)
    return out
