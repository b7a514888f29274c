"""Bad input for the reader tests: empty, binary, non-UTF-8, huge, looping and unreadable files,
and FIFOs.

Shared by ``test_sources.py`` (the library) and ``test_cli_extract.py`` (the commands), which
must report the same problems with the same messages.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = [
    "BAD_FILES",
    "NOBODY",
    "shared_tmp_dir",
    "unblocked_after",
    "unprivileged",
    "write",
    "write_fifo",
    "write_huge",
    "write_loop",
    "write_mixed_dir",
    "write_unreadable",
]

NOBODY = 65534
HUGE_BYTES = 50 * 1024 * 1024
LATIN1_ADVICE = "convert it to UTF-8, e.g. iconv -f cp1252 -t utf-8"
# file name → (content, the problem the reader reports after "PATH: ")
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                   "binary file (contains NUL bytes), not text"),
    "empty.txt": (b"", "empty file"),
    "latin1.md": (b"Jane Doe \xe9pouse John Roe.",
                  f"not valid UTF-8 (byte 0xe9 at offset 9); {LATIN1_ADVICE}"),
}


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``path``, making its directory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def write_mixed_dir(folder: Path, good: str | bytes) -> list[str]:
    """``folder`` with ``good.txt``, a ``photo.jpg`` (skipped) and one file of each bad kind.

    The bad kinds are those of ``BAD_FILES``, a sparse 50 MB ``huge.txt`` and a ``loop.html``
    that links to itself. Returns the problems the reader reports, ``"PATH: problem"``, in
    the order it reads the files (sorted by name).
    """
    write(folder / "good.txt", good)
    write(folder / "photo.jpg", b"\xff\xd8\xff\xe0")
    problems: dict[str, str] = {}
    for name, (content, problem) in BAD_FILES.items():
        write(folder / name, content)
        problems[name] = problem
    write_huge(folder / "huge.txt")
    problems["huge.txt"] = "50 MB, larger than the 10 MB limit"
    write_loop(folder / "loop.html")
    problems["loop.html"] = "cannot read: too many levels of symbolic links"
    return [f"{folder / name}: {problems[name]}" for name in sorted(problems)]


def write_huge(path: Path, size: int = HUGE_BYTES) -> Path:
    """A sparse file of ``size`` bytes (50 MB): big on paper, nothing on disk."""
    with path.open("wb") as out:
        out.truncate(size)
    return path


def write_loop(path: Path) -> Path:
    """A symbolic link to itself: unreadable even for root."""
    path.symlink_to(path)
    return path


def write_unreadable(path: Path, content: str) -> Path:
    """A file nobody but root may read (mode 000)."""
    write(path, content).chmod(0o000)
    return path


@contextmanager
def shared_tmp_dir() -> Iterator[Path]:
    """A temporary directory ``nobody`` can enter (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="celebgraph-"))
    try:
        path.chmod(0o755)
        yield path
    finally:
        shutil.rmtree(path)


@contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as ``nobody`` when we are root, so file permissions apply to us."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def write_fifo(path: Path) -> Path:
    """A named pipe: opening it for reading waits until someone opens it for writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


@contextmanager
def unblocked_after(fifo: Path, seconds: float = 5.0) -> Iterator[None]:
    """Every ``seconds``, open ``fifo`` for writing and close it: a reader stuck opening it
    then reads an empty file instead of hanging the test, so a regression fails, not hangs."""
    done = threading.Event()

    def writer() -> None:
        while not done.wait(seconds):
            with contextlib.suppress(OSError):  # ENXIO: nobody is reading, nothing to unblock
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
