"""Publication dates: a date line or front matter in a text, a date in page metadata."""

from __future__ import annotations

import re
from datetime import date

from celebgraph.errors import InputError

__all__ = ["lenient_date", "normalize_published", "text_date_line"]

_DATE_LINE = re.compile(r"\s*date:?\s+(\d{4}-\d{2}-\d{2})(?![\d-])", re.IGNORECASE)
_FRONT_MATTER_DATE = re.compile(r"^date:\s*[\"']?(\d{4}-\d{2}-\d{2})", re.IGNORECASE | re.MULTILINE)


def normalize_published(value: str) -> str:
    """An ISO date or date-time as ``YYYY-MM-DD``; raises ``InputError`` otherwise."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    raise InputError(f"invalid publication date {value!r}: expected YYYY-MM-DD, e.g. 2021-06-09")


def lenient_date(value: str | None) -> str | None:
    """A metadata date as ``YYYY-MM-DD``, or None when it is missing or not a date."""
    if not value:
        return None
    try:
        return normalize_published(value)
    except InputError:
        return None


def text_date_line(text: str) -> str | None:
    """The date of a ``date YYYY-MM-DD`` first line (or Markdown front matter), if any."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            found = _FRONT_MATTER_DATE.search(text, 3, end)
            return lenient_date(found.group(1)) if found else None
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _DATE_LINE.match(first)
    return lenient_date(found.group(1)) if found else None
