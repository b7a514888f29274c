"""What a LadybugDB checkpoint costs after a write to one table, on a bench/graph.py store.

Run from the repository root (a 1M-people store takes minutes to build; ``--store`` reuses one,
which is changed: pass a copy)::

    .venv/bin/python bench/checkpoint.py --people 1000000 --rows 3000 [--store COPY.lbdb]

Each experiment writes ``--rows`` rows (about what 1,000 synthetic articles write) to one table
in one transaction, commits, and times the ``CHECKPOINT`` that folds the log into the store
file. Experiments run one after another on the same store. A checkpoint rewrites, in every
node group a write touched, every column it touched (``README.md``, Speed), so the cost follows
the groups and columns touched more than the rows.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

import ladybug  # noqa: E402
from synthetic import generate  # noqa: E402

from celebgraph.graph.embedded import EmbeddedStore  # noqa: E402
from celebgraph.settings import DEFAULT_BUFFER_POOL  # noqa: E402

Run = Callable[[str, dict[str, Any]], None]


def experiments(ids: list[str], n: int) -> dict[str, Callable[[Run], None]]:
    pairs = [{"a": a, "b": b} for a, b in itertools.pairwise(ids)]
    links = [{"c": f"cs-{k}", "p": p} for k, p in enumerate(ids)]
    return {
        "Person.mentions of random people": lambda run: run(
            "UNWIND $ids AS i MATCH (p:Person {id: i}) "
            "SET p.mentions = list_concat(p.mentions, ['news-x: Some Body'])", {"ids": ids}),
        "new Person nodes (a third as many)": lambda run: run(
            "UNWIND range(1, $n) AS k CREATE (:Person {id: 'new-' + string(k), "
            "name: 'New Body', mentions: ['news-x: New Body']})", {"n": n // 3}),
        "new Claim nodes (twice as many)": lambda run: run(
            "UNWIND range(1, $n) AS k CREATE (:Claim {id: 'cl-' + string(k), doc: 'news-x', "
            "relation: 'parent', evidence: 'Somebody welcomed someone.', confidence: 0.9})",
            {"n": 2 * n}),
        "SUBJECT links to random people": lambda run: (
            run("UNWIND $rows AS row CREATE (:Claim {id: row.c, doc: 'news-x'})", {"rows": links}),
            run("UNWIND $rows AS row MATCH (c:Claim {id: row.c}) MATCH (p:Person {id: row.p}) "
                "CREATE (c)-[:SUBJECT]->(p)", {"rows": links})),
        "MENTIONS links to random people": lambda run: (
            run("CREATE (:Article {id: 'news-y'})", {}),
            run("MATCH (a:Article {id: 'news-y'}) UNWIND $ids AS i MATCH (p:Person {id: i}) "
                "MERGE (a)-[:MENTIONS]->(p)", {"ids": ids})),
        "NAMES.kind of random people, set again": lambda run: run(
            "UNWIND $ids AS i MATCH (n:Name)-[r:NAMES]->(p:Person {id: i}) SET r.kind = r.kind",
            {"ids": ids}),
        # Links keep only their modality (the rest is derived from claims: graph.rel_props);
        # with start, sources, evidence and confidence too, 3,000 cost a 13.9 s checkpoint.
        "new SPOUSE_OF links between random people": lambda run: run(
            "UNWIND $rows AS row MATCH (a:Person {id: row.a}) MATCH (b:Person {id: row.b}) "
            "CREATE (a)-[:SPOUSE_OF {modality: 'asserted'}]->(b)", {"rows": pairs}),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--store", help="an existing bench store of --people people (changed)")
    args = ap.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    scratch = tempfile.TemporaryDirectory(prefix="celebgraph-ckpt-")
    path = args.store or os.path.join(scratch.name, "s.lbdb")
    if not args.store:
        g = generate(args.people, 7)
        with EmbeddedStore(path) as store:
            store.bulk_load(g.person_rows(), g.rel_rows(), articles=g.articles(),
                            claims=g.claim_rows(), batch_size=20_000)
    db = ladybug.Database(path, auto_checkpoint=False, buffer_pool_size=DEFAULT_BUFFER_POOL << 20)
    conn = ladybug.Connection(db)
    rng = random.Random(1)
    ids = [f"syn-{rng.randrange(args.people)}" for _ in range(args.rows)]
    wal = Path(f"{path}.wal")
    for name, work in experiments(ids, args.rows).items():
        start = time.perf_counter()
        conn.execute("BEGIN TRANSACTION")
        work(lambda q, p: conn.execute(q, p))
        conn.execute("COMMIT")
        written, log = time.perf_counter() - start, wal.stat().st_size if wal.exists() else 0
        start = time.perf_counter()
        conn.execute("CHECKPOINT")
        print(f"{args.rows:,} rows, {name:44s} write {written:6.2f} s, log {log / 1e6:5.2f} MB, "
              f"checkpoint {time.perf_counter() - start:6.2f} s", flush=True)
    conn.close()
    db.close()
    scratch.cleanup()
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
