"""Resolution scoring (``celebgraph.resolution_eval``) agrees with the reference scorer
``eval/tools/resolution.py``: on hand-checked invented cases, and with the tool itself when
the shared folder is beside the repository."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from celebgraph.evaluation import evaluate
from celebgraph.resolution_eval import load_global_gold, score_resolution

TOOL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "tools" / "resolution.py"

# Three documents: A {Ada Lind, Otto (Otto Berg's son), Sam Reed the actor}, B {Ada Lind,
# Otto Vale, Sam Reed the DJ}, C {Ada (= Ada Lind), Sam Reed the DJ}.
GOLD = {
    "A.txt": [("Ada Lind", [], "ada-lind"), ("Otto", [], "otto-berg-son"),
              ("Sam Reed", [], "sam-reed-actor")],
    "B.txt": [("Ada Lind", [], "ada-lind"), ("Otto Vale", [], "otto-vale"),
              ("Sam Reed", [], "sam-reed-dj")],
    "C.txt": [("Ada", [], "ada-lind"), ("Sam Reed", ["Reed"], "sam-reed-dj")],
}
EXPORT: dict[str, Any] = {"nodes": [
    {"id": "ada-lind", "name": "Ada Lind", "mentions": ["A.txt: Ada Lind", "B.txt: Ada Lind"]},
    {"id": "ada", "name": "Ada", "mentions": ["C.txt: Ada"]},
    {"id": "otto", "name": "Otto", "mentions": ["A.txt: Otto Berg", "/x/B.txt: Otto Vale"]},
    {"id": "sam-reed", "name": "Sam Reed",
     "mentions": ["A.txt: Sam Reed", "B.txt: Sam Reed", "C.txt: Sam Reed"]},
    {"id": "noise", "name": "Noise", "mentions": ["A.txt: Looks Angelic", "Z.txt: Nobody"]},
]}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for doc, entities in GOLD.items():
        data = {"doc": doc, "entities": [{"id": f"e{i}", "name": n, "aliases": a, "global": g}
                                         for i, (n, a, g) in enumerate(entities)], "facts": []}
        (folder / f"{Path(doc).stem}.json").write_text(json.dumps(data))
    return folder


def test_hand_checked_scores(gold_dir: Path) -> None:
    s = score_resolution(EXPORT["nodes"], load_global_gold([gold_dir]))
    assert (s.units, s.mapped, s.unmapped) == (8, 8, 1)
    assert s.pairwise == {"p": 0.4, "r": 0.5, "f1": 0.4444}  # merged 5, correct 2, same-key 4
    assert s.bcubed == {"p": 0.7083, "r": 0.8333, "f1": 0.7658}


@pytest.mark.skipif(not TOOL.exists(), reason="the shared reference scorer is not beside the repo")
def test_agrees_with_the_reference_scorer(gold_dir: Path, tmp_path: Path) -> None:
    extra = {"id": "ada-2", "name": "Ada", "mentions": ["A.txt: Ada"]}  # split within A
    split = {"nodes": [*EXPORT["nodes"], extra]}
    for export in (EXPORT, split):
        path = tmp_path / "export.json"
        path.write_text(json.dumps(export))
        ref = json.loads(subprocess.run([sys.executable, str(TOOL), str(path), str(gold_dir),
                                         "--json"], check=True, capture_output=True,
                                        text=True).stdout)
        ours = score_resolution(export["nodes"], load_global_gold([gold_dir])).to_dict()
        for key in ("units", "mapped", "unmapped", "bcubed"):
            assert ours[key] == ref[key], key
        assert {k: ref["pairwise"][k] for k in ["p", "r", "f1"]} == ours["pairwise"]
        nontrivial = ref["bcubed_nontrivial"]
        assert ours["bcubed_nontrivial"] == nontrivial


def test_evaluate_scores_resolution_of_several_documents(tmp_path: Path) -> None:
    texts = {"one.txt": "Mara Quill married Ben Quill in 2001.\n",
             "two.txt": "Mara Quill and Ben Quill welcomed a son, Otto Quill, in 2005.\n"}
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc, text in texts.items():
        (tmp_path / doc).write_text(text)
        names = [("Mara Quill", "mara"), ("Ben Quill", "ben")] + (
            [("Otto Quill", "otto")] if "Otto" in text else [])
        (gold / f"{Path(doc).stem}.json").write_text(json.dumps({
            "doc": doc, "facts": [],
            "entities": [{"id": i, "name": n, "global": i} for n, i in names]}))
    report = evaluate(gold, [tmp_path / "one.txt", tmp_path / "two.txt"], min_confidence=0.0)
    assert report.resolution is not None
    assert report.resolution.pairwise == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert report.to_dict()["resolution"]["bcubed"]["f1"] == 1.0
    single = evaluate(gold, [tmp_path / "one.txt"], min_confidence=0.0)
    assert single.resolution is None
