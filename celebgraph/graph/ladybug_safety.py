"""Crash safety of the embedded store: how it is opened after a kill.

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
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug

__all__ = ["log_size", "open_database"]


def _log_files(store: Path) -> list[Path]:
    """The store's log: ``.wal``, and ``.wal.checkpoint`` while a checkpoint folds it in."""
    return [f for f in (Path(f"{store}.wal"), Path(f"{store}.wal.checkpoint")) if f.exists()]


def log_size(store: Path) -> int:
    return sum(f.stat().st_size for f in _log_files(store))


def open_database(path: str, read_only: bool) -> tuple[Any, str | None]:
    """A ``ladybug.Database``, and a one-line note when a torn end of its log had to be cut."""
    note = None
    if read_only and Path(f"{path}.wal.checkpoint").exists():
        note = _finish_checkpoint(path)
    try:
        return _database(path, read_only, strict=True), note
    except RuntimeError as exc:
        before = log_size(Path(path))
        if not before:
            raise
        try:
            db = _database(path, read_only, strict=False)
        except RuntimeError:
            raise exc from None
    wal = f"{path}.wal"
    if read_only:
        return db, (f"{wal} ends in an unfinished write (cut off by a crash or a full disk), "
                    "left out here; the next ingest removes it and redoes its articles")
    dropped = before - log_size(Path(path))
    return db, (f"{wal} ended in an unfinished write ({dropped:,} bytes, cut off by a crash or "
                "a full disk), which was dropped; its articles are redone by the next ingest")


def _finish_checkpoint(path: str) -> str | None:
    """Complete a checkpoint a crash interrupted, which only a read-write open can do."""
    try:
        db, note = open_database(path, read_only=False)
    except RuntimeError:  # another process holds the store: the read-only open will say so
        return None
    conn = ladybug.Connection(db)
    conn.execute("CALL force_checkpoint_on_close=false")
    conn.close()
    db.close()
    return note


def _database(path: str, read_only: bool, strict: bool) -> Any:
    return ladybug.Database(path, read_only=read_only, throw_on_wal_replay_failure=strict)
