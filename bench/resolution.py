"""Cross-document resolution on the shared articles, scored by the reference scorer.

Run from the repository root::

    .venv/bin/python bench/resolution.py [--min-confidence P] [--no-cache] [--top N]
    .venv/bin/python bench/resolution.py --articles tests/resolution_set   # the invented set

End to end, as a user would (the same as ``celebgraph ingest`` of the five folders into one
fresh embedded store, then ``celebgraph export --format json``, then
``../shared/eval/tools/resolution.py EXPORT ../shared/eval/gold``):

1. read the articles of ``seeds``, ``dev``, ``dev2``, ``check`` and ``resolve-dev`` the way
   ``ingest`` reads them (``graph.ingest.read_articles``: article identity included);
2. extract them (cached in ``.cache/resolution/``, keyed by the extractor's source and the
   texts, so that work on resolution re-runs in seconds; ``--no-cache`` extracts again);
3. keep facts of confidence ≥ ``--min-confidence`` (default: the CLI's threshold);
4. ``ingest_extractions`` into a fresh embedded store, export JSON, score it;
5. print pairwise and B-cubed P/R/F1 against the targets of issue #13 (pairwise P ≥ 0.98,
   R ≥ 0.95) with MET / NOT MET, and the worst wrong merges and splits, leaving out every one
   that touches a ``check/`` article (the blind set: its errors are not for reading).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from celebgraph.extract import extract_documents  # noqa: E402
from celebgraph.graph import open_graph  # noqa: E402
from celebgraph.graph.ingest import ingest_extractions, read_articles  # noqa: E402
from celebgraph.models import Document, Extraction  # noqa: E402

FOLDERS = ("seeds", "eval/dev", "eval/dev2", "eval/check", "eval/resolve-dev")
BLIND = SHARED / "eval" / "check"
TARGETS = {"p": 0.98, "r": 0.95}
CACHE = REPO / ".cache" / "resolution"


def _extractor_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted((REPO / "celebgraph" / "extract").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(REPO).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _extract(docs: list[Document], use_cache: bool) -> list[Extraction]:
    key = hashlib.sha256((_extractor_hash() + "".join(
        d.id + d.sha256 for d in docs)).encode()).hexdigest()[:16]
    cached = CACHE / f"{key}.pickle"
    if use_cache and cached.exists():
        with cached.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    started = time.monotonic()
    out = list(extract_documents(docs))
    print(f"extracted {len(docs)} articles in {time.monotonic() - started:.0f}s", file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    with cached.open("wb") as f:
        pickle.dump(out, f)
    return out


def _threshold(extractions: list[Extraction], p: float) -> list[Extraction]:
    return [replace(e, facts=[f for f in e.facts if (f.confidence or 0.0) >= p])
            for e in extractions]


def _blind(docs: list[str]) -> bool:
    blind = {p.name for p in BLIND.glob("*.txt")}
    return any(Path(d).name in blind for d in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--export", default=None, help="also keep the export JSON here")
    parser.add_argument("--articles", default=None, metavar="DIR",
                        help="score this folder of articles with their gold beside them "
                        "(e.g. tests/resolution_set) instead of the shared articles")
    args = parser.parse_args()
    if args.min_confidence is None:
        from celebgraph.extract.facts.confidence import default_min_confidence

        args.min_confidence = default_min_confidence()
    paths = [args.articles] if args.articles else [str(SHARED / f) for f in FOLDERS]
    docs = list(read_articles(paths))
    extractions = _threshold(_extract(docs, not args.no_cache), args.min_confidence)
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(args.export or Path(tmp) / "export.json")
        started = time.monotonic()
        with open_graph(Path(tmp) / "graph.lbdb") as graph:
            summary = ingest_extractions(graph.store, extractions)
            export.write_text(graph.export("json"), encoding="utf-8")
        took = time.monotonic() - started
        scorer = SHARED / "eval" / "tools" / "resolution.py"
        gold = args.articles or SHARED / "eval" / "gold"
        out = subprocess.run([sys.executable, str(scorer), str(export), str(gold), "--json",
                              "--top", "1000"], check=True, capture_output=True, text=True).stdout
    res = json.loads(out)
    print(f"{len(docs)} articles, min confidence {args.min_confidence:.2f}; ingest {took:.1f}s; "
          f"{summary.people} people")
    print(f"units {res['units']}  mapped mentions {res['mapped']}  unmapped {res['unmapped']}  "
          f"split within a doc {res['items_split_within_doc']}")
    pw, b3, nt = res["pairwise"], res["bcubed"], res["bcubed_nontrivial"]
    met = all(pw[k] >= t for k, t in TARGETS.items())
    print(f"pairwise (cross-doc)  P {pw['p']:.3f} R {pw['r']:.3f} F1 {pw['f1']:.3f}   "
          f"merged {pw['merged_pairs']} correct {pw['correct_pairs']} "
          f"same-key {pw['same_key_pairs']}")
    print(f"B-cubed               P {b3['p']:.3f} R {b3['r']:.3f} F1 {b3['f1']:.3f}")
    print(f"B-cubed non-trivial   P {nt['p']:.3f} R {nt['r']:.3f} F1 {nt['f1']:.3f}")
    print(f"target pairwise P >= {TARGETS['p']}, R >= {TARGETS['r']}: "
          f"{'MET' if met else 'NOT MET'}")
    wrong = [w for w in res["wrong_merges"] if not _blind(w["docs"])]
    split = [s for s in res["splits"] if not _blind(s["docs"])]
    hidden = len(res["wrong_merges"]) - len(wrong), len(res["splits"]) - len(split)
    print(f"wrong merges ({len(wrong)} shown; {hidden[0]} touching check/ not shown):")
    for w in wrong[:args.top]:
        print(f"  {w['name']!s:28s} wrong pairs {w['wrong_pairs']:3d}  {w['keys']}  {w['docs']}")
    print(f"splits ({len(split)} shown; {hidden[1]} touching check/ not shown):")
    for s in split[:args.top]:
        print(f"  {s['key']:28s} missed pairs {s['missed_pairs']:3d}  {s['nodes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
