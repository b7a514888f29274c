"""How much one input may be: the size limit and its wording in messages."""

from __future__ import annotations

__all__ = ["MAX_BYTES", "size_text"]

MAX_BYTES = 10 * 1024 * 1024


def size_text(n: int) -> str:
    """``10485760`` → ``"10 MB"``; under a megabyte, in bytes."""
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n} bytes"
