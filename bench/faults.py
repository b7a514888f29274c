"""Fault campaigns for the embedded store: kill -9 an ingest at many points, and fill its disk.

Run from the repository root (as root, a small tmpfs is mounted for the full disk; elsewhere a
file-size limit, RLIMIT_FSIZE, stands in for it)::

    .venv/bin/python bench/faults.py [--tries 18] [--articles 160] [--batch-size 32]

The campaigns ingest synthetic articles (``bench/synthetic.py``: extracted already, no spaCy)
in a child process that prints ``acked N`` after each batch the ingest counted as committed.

* kill: the child gets SIGKILL at the first growth of the ``.wal`` after a random moment (a
  commit being written: often, not always, the kill tears the log's last record), during the
  final checkpoint (``.wal.checkpoint`` exists), or at a random moment. Then the store must
  open read-only (as ``celebgraph export`` does) and hold every acknowledged article, and a
  re-run must end with exactly the graph of a clean ingest (the JSON export, sorted).
* kill the CLI: the same, once, for ``celebgraph ingest`` of the test articles (spaCy).
* disk full: the disk has room for a part of the commits, or for every commit but not the
  final checkpoint, or for nothing. The child must end with one ``Error: the disk holding ...
  is full`` line (exit 1, no abort), the store must still hold every acknowledged article,
  and once there is room, a re-run must end with the clean graph.

Each campaign prints tried / survived / lost: ``lost`` counts acknowledged articles missing
after the fault, ``survived`` the tries that lost nothing and re-ran to the clean graph.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from synthetic import generate, news  # noqa: E402

from celebgraph.errors import CelebgraphError  # noqa: E402
from celebgraph.graph import open_graph  # noqa: E402
from celebgraph.graph.ladybug_safety import MIN_FREE  # noqa: E402
from celebgraph.models import Extraction  # noqa: E402
from celebgraph.settings import DEFAULT_BUFFER_POOL  # noqa: E402

MB = 1 << 20
KILL_POINTS = ("commit", "commit", "checkpoint", "commit", "commit", "time")  # one try each
FULL = "Error: the disk holding "


@dataclass
class Counts:
    """What one campaign did; ``notes`` says what each try hit."""

    name: str
    tried: int = 0
    survived: int = 0
    lost: int = 0
    notes: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        seen = ", ".join(f"{k} {v}" for k, v in sorted(self.notes.items()))
        return (f"{self.name}: {self.tried} tried, {self.survived} survived, {self.lost} lost"
                f" ({seen})")

    def note(self, what: str) -> None:
        self.notes[what] = self.notes.get(what, 0) + 1


def articles(n: int) -> list[Extraction]:
    return news(generate(2000, seed=3), n, seed=5)


def ingest(store: Path, n: int, batch_size: int, pool: int = DEFAULT_BUFFER_POOL) -> None:
    """The child: ingest ``n`` synthetic articles, ``acked N`` after each committed batch;
    a library error ends it with one ``Error:`` line and exit status 1, as the CLI does.
    ``pool``: the store's page cache in MiB."""
    try:
        with open_graph(store, buffer_pool=pool) as g:
            g.ingest_extractions(articles(n), batch_size=batch_size,
                                 progress=lambda p: print(f"acked {p.documents}", flush=True))
    except CelebgraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)


def _child(store: Path, n: int, batch_size: int, setup: Callable[[], None] | None = None,
           pool: int = DEFAULT_BUFFER_POOL) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "child", str(store), str(n), str(batch_size), str(pool)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=setup)


def _acked(stdout: str) -> int:
    lines = [line for line in stdout.splitlines() if line.startswith("acked ")]
    return int(lines[-1].split()[1]) if lines else 0


def normal_export(store: Path, pool: int = DEFAULT_BUFFER_POOL) -> list[str]:
    """The store's JSON export as sorted lines: equal for equal graphs."""
    with open_graph(store, read_only=True, buffer_pool=pool) as g:
        graph = json.loads(g.export("json"))
    return sorted(json.dumps(x, sort_keys=True) for x in graph["nodes"] + graph["edges"])


def check(store: Path, docs: list[Extraction], acked: int, batch_size: int,
          clean: list[str], counts: Counts, pool: int = DEFAULT_BUFFER_POOL) -> None:
    """After a fault: acknowledged articles still there, and a re-run ends at the clean graph
    (every open with a page cache of ``pool`` MiB)."""
    counts.tried += 1
    present = 0
    try:
        with open_graph(store, read_only=True, buffer_pool=pool) as g:
            if g.store.recovery:
                counts.note("torn log cut")
            states = g.store.article_states([d.document.id for d in docs[:acked]])
            present = sum(1 for s in states.values() if s["done"])
    except CelebgraphError as exc:
        if acked:
            counts.note(f"unopenable: {exc}")
    counts.lost += acked - present
    try:
        with open_graph(store, buffer_pool=pool) as g:
            g.ingest_extractions(docs, batch_size=batch_size)
    except CelebgraphError as exc:
        counts.note(f"re-run failed: {exc}")
        return
    if present == acked and normal_export(store, pool) == clean:
        counts.survived += 1


def _timed(proc: subprocess.Popen[str], store: Path) -> tuple[float, float]:
    """Seconds until the child's first write (its start-up), and until it ended."""
    started, first = time.monotonic(), 0.0
    while proc.poll() is None:
        if not first and Path(f"{store}.wal").exists():
            first = time.monotonic() - started
        time.sleep(0.001)
    return first, time.monotonic() - started


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return -1


def _kill(proc: subprocess.Popen[str], store: Path, point: str, rng: random.Random,
          window: tuple[float, float]) -> str:
    """SIGKILL the child at ``point``: at a random time of its writing ``window`` (seconds
    after start), or at the first growth of the log after such a time (a commit being
    written), or during the final checkpoint. Says where it landed."""
    wal, frozen = f"{store}.wal", f"{store}.wal.checkpoint"
    if point == "checkpoint":
        while proc.poll() is None and not os.path.exists(frozen):
            time.sleep(0.0001)
        time.sleep(rng.uniform(0, 0.03))
    else:
        armed = time.monotonic() + window[0] + rng.uniform(0, 0.9) * (window[1] - window[0])
        while proc.poll() is None and time.monotonic() < armed:
            time.sleep(0.0001)
        last = _size(wal)
        while point == "commit" and _size(wal) in (last, -1) and proc.poll() is None:
            pass  # as often as possible: a commit writes its bytes in about a millisecond
    if proc.poll() is not None:
        return "finished first"
    proc.send_signal(signal.SIGKILL)
    return f"killed at {point}"


def clean_export(workdir: Path, docs: list[Extraction], batch_size: int) -> list[str]:
    """The graph of an ingest with no fault."""
    store = workdir / f"clean-{len(docs)}-{batch_size}.lbdb"
    if not store.exists():
        with open_graph(store, buffer_pool=0) as g:
            g.ingest_extractions(docs, batch_size=batch_size)
    return normal_export(store, 0)


def kill_campaign(workdir: Path, tries: int = 18, n: int = 160, batch_size: int = 32,
                  seed: int = 11, pool: int = DEFAULT_BUFFER_POOL) -> Counts:
    """``pool``: the page cache of the killed ingest and of every open after it, in MiB (the
    clean graph is built uncapped)."""
    counts, rng, docs = Counts("kill -9"), random.Random(seed), articles(n)
    clean = clean_export(workdir, docs, batch_size)
    timed = workdir / f"timed-{pool}.lbdb"
    window = _timed(_child(timed, n, batch_size, pool=pool), timed)
    for i in range(tries):
        store = workdir / f"kill-{pool}-{i}.lbdb"
        proc = _child(store, n, batch_size, pool=pool)
        counts.note(_kill(proc, store, KILL_POINTS[i % len(KILL_POINTS)], rng, window))
        out, _ = proc.communicate()
        check(store, docs, _acked(out), batch_size, clean, counts, pool)
    return counts


CLI_INPUTS = [str(REPO / "tests" / d) for d in ("articles", "articles2", "articles3")]


def _cli(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("celebgraph")), *args]


def _cli_export(store: Path) -> list[str]:
    out = subprocess.run(_cli("export", "--format", "json", "--store", str(store)),
                         capture_output=True, text=True, check=True).stdout
    graph = json.loads(out)
    return sorted(json.dumps(x, sort_keys=True) for x in graph["nodes"] + graph["edges"])


def cli_kill_campaign(workdir: Path, tries: int = 1, seed: int = 5) -> Counts:
    """``celebgraph ingest`` of the test articles (real extraction), killed while a commit is
    written; then ``celebgraph stats`` must open the store and a re-run end at the clean graph
    (the CLI does not say which batches it committed, so ``lost`` stays 0 here)."""
    counts, rng = Counts("kill -9 celebgraph ingest"), random.Random(seed)
    ingest = _cli("ingest", *CLI_INPUTS, "--batch-size", "4", "--store")
    clean_store = workdir / "cli-clean.lbdb"
    window = _timed(subprocess.Popen([*ingest, str(clean_store)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, text=True), clean_store)
    clean = _cli_export(clean_store)
    for i in range(tries):
        store = workdir / f"cli-kill-{i}.lbdb"
        proc = subprocess.Popen([*ingest, str(store)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        counts.note(_kill(proc, store, "commit", rng, window))
        proc.communicate()
        counts.tried += 1
        stats = subprocess.run(_cli("stats", "--store", str(store)), capture_output=True,
                               text=True)
        if stats.stderr.startswith("warning: "):
            counts.note("torn log cut")
        rerun = subprocess.run([*ingest, str(store)], capture_output=True, text=True)
        if stats.returncode == rerun.returncode == 0 and _cli_export(store) == clean:
            counts.survived += 1
    return counts


def _run_ok(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True).returncode == 0
    except OSError:  # no such program
        return False


@contextmanager
def small_disk(workdir: Path, use_tmpfs: bool = True) -> Iterator[Path | None]:
    """A 64 MB tmpfs at ``workdir/disk`` (yields it), or None when it cannot be mounted."""
    disk = workdir / "disk"
    disk.mkdir()
    mounted = use_tmpfs and _run_ok("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(disk))
    try:
        yield disk if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)], check=True)


def _leave_room(disk: Path, room: int) -> Path:
    """Fill ``disk`` until ``room`` bytes are free; returns the filler file."""
    stat = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(bytes(max(0, stat.f_bavail * stat.f_frsize - room)))
    return filler


def _file_limit(limit: int) -> Callable[[], None]:
    def setup() -> None:  # in the child: writes past ``limit`` fail with EFBIG, not SIGXFSZ
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return setup


# (what runs out, articles, bytes of room above MIN_FREE): commits fill the room; every commit
# fits but the final checkpoint (3x the log) does not; 1 MB, too little to begin (the log of
# these articles alone takes 2 MB)
DISK_CASES = (("commits", 120, MB), ("checkpoint", 120, 4 * MB), ("open", 120, MB - MIN_FREE))


def disk_full_campaign(workdir: Path, batch_size: int = 8, use_tmpfs: bool = True) -> Counts:
    counts = Counts("disk full")
    with small_disk(workdir, use_tmpfs) as disk:
        counts.note("tmpfs" if disk else "RLIMIT_FSIZE")
        for case, n, extra in DISK_CASES:
            docs = articles(n)
            clean = clean_export(workdir, docs, batch_size)
            store = (disk or workdir) / f"full-{case}.lbdb"
            filler = _leave_room(disk, MIN_FREE + extra) if disk else None
            setup = None if disk else _file_limit(MIN_FREE + extra)
            proc = _child(store, n, batch_size, setup)
            out, err = proc.communicate()
            lines = err.splitlines()
            counts.note(f"{case}: {_acked(out)} of {n} articles acknowledged")
            if proc.returncode == 1 and len(lines) == 1 and lines[0].startswith(FULL):
                counts.note(f"{case}: one line")
            else:
                counts.note(f"{case}: exit {proc.returncode}, stderr {err[-300:]!r}")
            if filler:
                filler.unlink()
            check(store, docs, _acked(out), batch_size, clean, counts)
    return counts


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["child"]:
        ingest(Path(args[1]), int(args[2]), int(args[3]), int(args[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tries", type=int, default=18)
    ap.add_argument("--articles", type=int, default=160)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-tmpfs", action="store_true", help="use RLIMIT_FSIZE for a full disk")
    opts = ap.parse_args(args)
    with tempfile.TemporaryDirectory(prefix="celebgraph-faults-") as tmp:
        print(kill_campaign(Path(tmp), opts.tries, opts.articles, opts.batch_size).line())
        print(cli_kill_campaign(Path(tmp)).line())
        print(disk_full_campaign(Path(tmp), opts.batch_size, not opts.no_tmpfs).line())


if __name__ == "__main__":
    main()
