"""Publication dates: a date line or front matter in a text, a date in page metadata; and the
other article fields a Markdown front matter gives (title, author, URL, site)."""

from __future__ import annotations

import re
from datetime import date

from celebgraph.errors import InputError

__all__ = ["front_matter", "lenient_date", "normalize_published", "text_date_line"]

_DATE_LINE = re.compile(r"\s*date:?\s+(\d{4}-\d{2}-\d{2})(?![\d-])", re.IGNORECASE)
_FRONT_MATTER_DATE = re.compile(r"^date:\s*[\"']?(\d{4}-\d{2}-\d{2})", re.IGNORECASE | re.MULTILINE)
# Front matter keys (one ``key: value`` line each) and the Document field each fills.
FRONT_MATTER_KEYS = {"title": "title", "author": "author", "url": "url", "link": "url",
                     "canonical_url": "url", "site": "site", "sitename": "site",
                     "site_name": "site"}
_FRONT_MATTER_LINE = re.compile(r"^(\w+):[ \t]*(.+?)[ \t]*$", re.MULTILINE)


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


def _front_matter_block(text: str) -> str | None:
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            return text[3:end]
    return None


def front_matter(text: str) -> dict[str, str]:
    """The title, author, url and site a Markdown front matter gives (``title: ...`` lines;
    quotes around a value are dropped); the first line of a key wins."""
    block = _front_matter_block(text)
    fields: dict[str, str] = {}
    for key, value in _FRONT_MATTER_LINE.findall(block or ""):
        field = FRONT_MATTER_KEYS.get(key.lower())
        value = value.strip().strip("\"'").strip()
        if field and value and field not in fields:
            fields[field] = value
    return fields


def text_date_line(text: str) -> str | None:
    """The date of a ``date YYYY-MM-DD`` first line (or Markdown front matter), if any."""
    block = _front_matter_block(text)
    if block is not None:
        found = _FRONT_MATTER_DATE.search(block)
        return lenient_date(found.group(1)) if found else None
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _DATE_LINE.match(first)
    return lenient_date(found.group(1)) if found else None
