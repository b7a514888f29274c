"""Crash and full-disk safety of the embedded store: how it is opened, and room to write.

What LadybugDB does (its C++ source, src/...; the 0.22 wheel behaves alike where checked):

* COMMIT appends the transaction to ``<store>.wal`` and fdatasyncs it before returning
  (``storage/wal/wal.cpp`` ``WAL::logCommittedWAL``), so a batch the ingest counted is on disk.
* A kill while the log is written leaves a torn record at its end, and opening then fails
  ("Checksum verification failed, the WAL file is corrupted"). With
  ``throw_on_wal_replay_failure=False`` it replays every record up to the last complete COMMIT
  and cuts the rest (``storage/wal/wal_replayer.cpp`` ``dryReplay``, ``truncateWALFile``): we
  open strictly, tolerantly only when that fails, and say what was cut.
* A kill during a checkpoint leaves ``<store>.wal.checkpoint``, and a read-only open refuses
  the store until a read-write open has finished that checkpoint (the 0.22 wheel; its error
  says so), so a read-only open finishes it first.
* A log write that fails (full disk) leaves bytes in LadybugDB's buffered writer, which writes
  them again from its destructor when the database closes; failing there aborts the process
  (``common/serializer/buffered_file.cpp`` ``~BufferedFileWriter``). So nothing is written
  without room for it (``Room``), and a commit that fails anyway has its torn tail cut, which
  gives the closing write its space back.
* Checkpoints (folding the log into the store file) run only when celebgraph asks, after a
  space check: ``auto_checkpoint`` is off, and so is ``force_checkpoint_on_close``, which
  ignores a failure. A committed write is safe in the log whether or not it is folded in, so
  an ingest folds it in only when it has grown past ``SETTLED_AT`` (``EmbeddedStore.settle``).
"""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ladybug

from celebgraph.errors import DiskFullError

__all__ = ["CHECKPOINT_AT", "MIN_FREE", "SETTLED_AT", "Room", "log_size", "open_database"]

MB = 1 << 20
MIN_FREE = 16 * MB  # never write with less free space than this
CHECKPOINT_SPACE = 3  # a checkpoint's peak extra space, in log sizes (measured: up to 3.07)
CHECKPOINT_AT = 16 * MB  # fold the log in when it grows past this (LadybugDB's own default)
# What an ingest may leave unfolded: every open replays the log (a read-only one each time, about
# 0.15 s and 45 MB of memory per MB of log at 200k people), while a checkpoint rewrites every
# part of the store a write touched, whatever the size of the log (1.4 s after one article at
# 200k people, 3-5 s after 64): small ingests leave their log to the next one.
SETTLED_AT = 1 * MB


def _log_files(store: Path) -> list[Path]:
    """The store's log: ``.wal``, and ``.wal.checkpoint`` while a checkpoint folds it in."""
    return [f for f in (Path(f"{store}.wal"), Path(f"{store}.wal.checkpoint")) if f.exists()]


def log_size(store: Path) -> int:
    return sum(f.stat().st_size for f in _log_files(store))


def open_database(path: str, read_only: bool, buffer_pool: int = 0) -> tuple[Any, str | None]:
    """A ``ladybug.Database``, and a one-line note when a torn end of its log had to be cut;
    ``buffer_pool``: its page cache in bytes (0: LadybugDB's default, 80% of the memory)."""
    note = None
    if read_only and Path(f"{path}.wal.checkpoint").exists():
        note = _finish_checkpoint(path, buffer_pool)
    try:
        return _database(path, read_only, True, buffer_pool), note
    except RuntimeError as exc:
        before = log_size(Path(path))
        if not before:
            raise
        try:
            db = _database(path, read_only, False, buffer_pool)
        except RuntimeError:
            raise exc from None
    wal = f"{path}.wal"
    if read_only:
        return db, (f"{wal} ends in an unfinished write (cut off by a crash or a full disk), "
                    "left out here; the next ingest removes it and redoes its articles")
    dropped = before - log_size(Path(path))
    return db, (f"{wal} ended in an unfinished write ({dropped:,} bytes, cut off by a crash or "
                "a full disk), which was dropped; its articles are redone by the next ingest")


def _finish_checkpoint(path: str, buffer_pool: int) -> str | None:
    """Complete a checkpoint a crash interrupted, which only a read-write open can do (with the
    caller's page cache: the default one is 80% of the memory)."""
    try:
        db, note = open_database(path, read_only=False, buffer_pool=buffer_pool)
    except RuntimeError as exc:
        if "lock" not in str(exc).lower():
            raise  # its own reason, not the read-only open's "checkpoint pending"
        return None  # another process holds the store: the read-only open will say so
    conn = ladybug.Connection(db)
    conn.execute("CALL force_checkpoint_on_close=false")
    conn.close()
    db.close()
    return note


def _database(path: str, read_only: bool, strict: bool, buffer_pool: int) -> Any:
    return ladybug.Database(path, read_only=read_only, auto_checkpoint=False,
                            throw_on_wal_replay_failure=strict, buffer_pool_size=buffer_pool)


@dataclass
class Room:
    """Free space next to the store, against what the next commit or checkpoint may need."""

    store: Path
    largest_commit: int = 0  # bytes of log, the most one commit of this session wrote

    def free(self) -> int:
        """Bytes that can still be written: free disk space, within a file-size limit if any."""
        stat = os.statvfs(self.store.parent)
        free = stat.f_bavail * stat.f_frsize
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY:  # `ulimit -f`: no file may grow past it
            files = [f for f in (self.store, *_log_files(self.store)) if f.exists()]
            free = min(free, limit - max((f.stat().st_size for f in files), default=0))
        return free

    def for_commit(self) -> int:
        return MIN_FREE + 2 * self.largest_commit

    def for_checkpoint(self) -> int:
        return MIN_FREE + CHECKPOINT_SPACE * log_size(self.store)

    def check(self, need: int, what: str) -> None:
        """Raise ``DiskFullError`` unless ``need`` bytes are free for ``what``."""
        free = self.free()
        if free < need:
            raise self.full(f"{free / MB:.1f} MB free, {what} needs about {need / MB:.1f} MB")

    def full(self, detail: str) -> DiskFullError:
        return DiskFullError(
            f"the disk holding {self.store} is full ({detail}): free space and run the command "
            "again; nothing committed was lost")
