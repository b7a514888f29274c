"""Every fact the extractor finds on the shared and test articles, dumped canonically to JSON.

Run from the repository root, before and after a change that must not change any fact::

    .venv/bin/python bench/facts_snapshot.py /tmp/before.json
    ...change...
    .venv/bin/python bench/facts_snapshot.py /tmp/after.json --diff /tmp/before.json

It reads ``../shared/seeds``, ``../shared/eval/{dev,dev2,resolve-dev,check}``,
``tests/articles*`` and, unless ``--no-synthetic``, two inputs of ``bench/long_input.py``
(married sentences and a guest-list article). Each document is keyed by its directory and
file name; its facts keep every field (confidence unrounded) and its people their aliases.
The file is written outside the repository and never printed: ``check`` is a blind set, so
``--diff`` reports only which documents differ and how many facts, never a fact of ``check``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from celebgraph.extract import extract_documents  # noqa: E402
from celebgraph.extract.reading.sources import document_from_text, iter_documents  # noqa: E402
from celebgraph.models import Document, Extraction  # noqa: E402

SHARED = REPO.parent / "shared"
SHARED_DIRS = ("seeds", "eval/dev", "eval/dev2", "eval/resolve-dev", "eval/check")
BLIND = "eval/check"
SYNTHETIC = (("sentences", 300), ("article", 120_000))


def sources(synthetic: bool) -> Iterator[tuple[str, list[Document]]]:
    """(label, documents) per directory; labels are paths relative to the shared dir or repo."""
    dirs = [(name, SHARED / name) for name in SHARED_DIRS]
    dirs += [(p.relative_to(REPO).as_posix(), p) for p in sorted(REPO.glob("tests/articles*"))]
    for label, path in dirs:
        if not path.is_dir():
            print(f"skipped {label}: {path} not found", file=sys.stderr)
            continue
        docs = [d for d in iter_documents([path]) if isinstance(d, Document)]
        yield label, docs
    if synthetic:
        from long_input import case_text

        yield "synthetic", [document_from_text(case_text(case, size), f"{case}-{size}")
                            for case, size in SYNTHETIC]


def record(extraction: Extraction) -> dict[str, Any]:
    return {
        "facts": [dataclasses.asdict(f) for f in extraction.facts],
        "people": [dataclasses.asdict(p) for p in extraction.people],
    }


def snapshot(synthetic: bool) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for label, docs in sources(synthetic):
        for document, extraction in zip(docs, extract_documents(docs), strict=True):
            out[f"{label}/{document.id}"] = record(extraction)
    return out


def diff(new: dict[str, dict[str, Any]], old: dict[str, dict[str, Any]]) -> list[str]:
    """One line per document whose facts or people differ (no fact of the blind set shown)."""
    lines = []
    for key in sorted(set(new) | set(old)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{key}: only in the {'new' if a is None else 'old'} snapshot")
            continue
        gone = [f for f in a["facts"] if f not in b["facts"]]
        added = [f for f in b["facts"] if f not in a["facts"]]
        people = "" if a["people"] == b["people"] else ", people differ"
        order = "" if gone or added else " (same facts, other order)"
        lines.append(f"{key}: {len(gone)} facts gone, {len(added)} new{order}{people}")
        if not key.startswith(BLIND + "/"):
            lines += [f"  - {json.dumps(f, sort_keys=True)}" for f in gone]
            lines += [f"  + {json.dumps(f, sort_keys=True)}" for f in added]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the JSON file to write (outside the repo)")
    parser.add_argument("--diff", type=Path, metavar="OLD", help="compare with an older dump")
    parser.add_argument("--no-synthetic", action="store_true",
                        help="skip the bench/long_input.py inputs")
    args = parser.parse_args(argv)
    if args.out.resolve().is_relative_to(REPO):
        parser.error(f"{args.out}: write the snapshot outside the repository")
    started = time.perf_counter()
    snap = snapshot(not args.no_synthetic)
    args.out.write_text(json.dumps(snap, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    facts = sum(len(v["facts"]) for v in snap.values())
    print(f"{len(snap)} documents, {facts} facts → {args.out} "
          f"({time.perf_counter() - started:.0f} s)")
    if not args.diff:
        return 0
    old = json.loads(args.diff.read_text(encoding="utf-8"))
    lines = diff(json.loads(json.dumps(snap)), old)
    print("\n".join(lines) if lines else f"identical to {args.diff}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
