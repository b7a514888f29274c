"""Crash and full-disk safety of the embedded store, with real kills, real disks, real LadybugDB.

The campaigns live in ``bench/faults.py`` (which prints the same counts when run on its own);
the counts of this run are printed at the end of the pytest session.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import ladybug
import pytest
from conftest import Summary

from celebgraph.errors import StoreError
from celebgraph.graph import ArticleRow, WriteBatch
from celebgraph.graph.embedded import EmbeddedStore
from celebgraph.graph.ingest import ingest_extractions
from celebgraph.graph.ladybug_safety import SETTLED_AT, log_size
from celebgraph.graph.store import chunks

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import faults  # noqa: E402  (bench/ is not a package)
from synthetic import generate, news  # noqa: E402

FAULTS = "fault campaigns (tried / survived / lost)"


@pytest.fixture
def report(summary: Summary) -> Summary:
    return summary


def _record(report: Summary, counts: faults.Counts) -> None:
    report.add(FAULTS, counts.line())
    print(counts.line())


@pytest.mark.slow
def test_kill_9_during_ingest_loses_no_committed_batch(tmp_path: Path,
                                                        report: Summary) -> None:
    counts = faults.kill_campaign(tmp_path, tries=18)
    _record(report, counts)
    assert counts.lost == 0, counts.line()
    assert counts.survived == counts.tried == 18


@pytest.mark.slow
def test_kill_9_during_the_cli_ingest(tmp_path: Path, report: Summary) -> None:
    counts = faults.cli_kill_campaign(tmp_path, tries=1)
    _record(report, counts)
    assert counts.survived == counts.tried == 1


@pytest.mark.slow
@pytest.mark.parametrize("use_tmpfs", [True, False], ids=["tmpfs", "file-size-limit"])
def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path: Path, report: Summary,
                                                   use_tmpfs: bool) -> None:
    counts = faults.disk_full_campaign(tmp_path, use_tmpfs=use_tmpfs)
    _record(report, counts)
    assert counts.lost == 0, counts.line()
    assert counts.survived == counts.tried == len(faults.DISK_CASES)
    for case, _, _ in faults.DISK_CASES:  # each ended with exit 1 and one "Error:" line
        assert counts.notes.get(f"{case}: one line") == 1, counts.notes


def _wal(store: Path) -> Path:
    return Path(f"{store}.wal")


def test_a_torn_log_keeps_every_commit_before_the_tear(tmp_path: Path) -> None:
    """A kill while a commit is written leaves the log cut at some byte: every batch committed
    before that byte is there after opening, read-only or not, and nothing after it."""
    people = list(generate(400, seed=2).person_rows())
    store = tmp_path / "whole.lbdb"
    with EmbeddedStore(store) as s:
        ends = [_wal(store).stat().st_size]  # the schema's commit
        for k, group in enumerate(chunks(people, 50)):
            s.write_batch(WriteBatch(articles=[ArticleRow(f"a{k}")], people=group,
                                     done=[f"a{k}"]))
            ends.append(_wal(store).stat().st_size)
        data, log = store.read_bytes(), _wal(store).read_bytes()  # as a crash would leave them
    rng = random.Random(3)
    near = {e + d for e in ends[1:] for d in (-1, 0, 1)}
    cuts = near | {rng.randrange(ends[0], ends[-1]) for _ in range(8)}
    for cut in sorted(c for c in cuts if ends[0] <= c <= len(log)):
        committed = [f"a{k}" for k, end in enumerate(ends[1:]) if end <= cut]
        for read_only in (True, False):
            torn = tmp_path / f"cut-{cut}-{read_only}.lbdb"
            torn.write_bytes(data)
            _wal(torn).write_bytes(log[:cut])
            with EmbeddedStore(torn, read_only=read_only) as s:
                states = s.article_states([f"a{k}" for k in range(len(ends) - 1)])
                assert sorted(a for a, st in states.items() if st["done"]) == committed, cut
                # A cut a byte off a commit's end is always noticed; LadybugDB drops a few cuts
                # elsewhere in an unfinished commit silently (2 of 40 random cuts, on main too):
                # nothing committed is lost either way, as asserted above.
                if cut in ends or cut in near:
                    assert (s.recovery is None) == (cut in ends), (cut, s.recovery)


def test_a_small_ingest_leaves_its_log_to_a_later_one(tmp_path: Path) -> None:
    """A checkpoint rewrites every part of the store a write touched, however small the write,
    and a committed batch is safe in the log without it: an ingest folds the log into the store
    file only once it is past ``SETTLED_AT``. What a small one left is there for every open."""
    docs = news(generate(2000, seed=3), 120, seed=5)
    store = tmp_path / "s.lbdb"
    with EmbeddedStore(store) as s:
        ingest_extractions(s, docs[:2])
    assert 0 < log_size(store) < SETTLED_AT
    for read_only in (True, False):
        with EmbeddedStore(store, read_only=read_only) as s:
            states = s.article_states([d.document.id for d in docs[:2]])
            assert [st["done"] for st in states.values()] == [True, True]
    with EmbeddedStore(store) as s:
        ingest_extractions(s, docs[2:])  # past SETTLED_AT: folded in
    assert log_size(store) == 0
    with EmbeddedStore(store, read_only=True) as s:
        states = s.article_states([d.document.id for d in docs])
        assert len(states) == 120 and all(st["done"] for st in states.values())


def test_the_page_cache_is_as_large_as_asked(tmp_path: Path) -> None:
    """``buffer_pool`` reaches LadybugDB: too small a cache fails a bulk load, in one line."""
    g = generate(20000, seed=3)
    store = tmp_path / "small.lbdb"
    with EmbeddedStore(store, buffer_pool=32 << 20) as s, pytest.raises(StoreError) as failed:
        s.bulk_load(g.person_rows(), g.rel_rows(), claims=g.claim_rows())
    assert str(failed.value).startswith(f"bulk load into {store} failed: ")
    assert "buffer pool is full" in str(failed.value) and "\n" not in str(failed.value)
    assert "raise --buffer-pool" in str(failed.value)


def _damaged(tmp_path: Path, kind: str) -> Path:
    """A file that is no store: garbage, text, or a real store cut short or with its header
    zeroed."""
    path = tmp_path / f"{kind}.lbdb"
    if kind == "garbage":
        path.write_bytes(random.Random(1).randbytes(50_000))
    elif kind == "text":
        path.write_text("shopping list\n")
    else:
        with EmbeddedStore(path) as s:
            s.write_batch(WriteBatch(articles=[ArticleRow("a")], done=["a"]))
            s.checkpoint()
        data = path.read_bytes()
        path.write_bytes(data[:6000] if kind == "cut short" else bytes(4096) + data[4096:])
    return path


@pytest.mark.parametrize("kind", ["garbage", "text", "cut short", "zeroed header"])
@pytest.mark.parametrize("command", [("stats",), ("export", "--format", "json"),
                                     ("ingest", str(REPO / "examples"))])
def test_a_damaged_store_file_is_a_one_line_error_naming_it(tmp_path: Path, kind: str,
                                                           command: tuple[str, ...]) -> None:
    path = _damaged(tmp_path, kind)
    before = path.read_bytes()
    cli = str(Path(sys.executable).with_name("celebgraph"))
    result = subprocess.run([cli, *command, "--store", str(path)], capture_output=True,
                            text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith(f"Error: cannot open the embedded store {path}: ")
    assert result.stderr.count("\n") == 1
    assert "it is not a celebgraph store, or it is damaged" in result.stderr
    assert path.read_bytes() == before


def test_a_store_killed_before_its_first_commit_says_so(tmp_path: Path) -> None:
    path = tmp_path / "new.lbdb"
    ladybug.Database(str(path)).close()  # what a kill before the schema's commit leaves
    cli = str(Path(sys.executable).with_name("celebgraph"))
    result = subprocess.run([cli, "stats", "--store", str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"Error: {path} holds no graph yet (its first ingest stopped before "
                             "committing anything): run the ingest again.\n")
