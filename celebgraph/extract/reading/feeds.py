"""RSS and Atom feeds (feedparser): each item is an article.

An item's text is its full content when the feed carries it (``content:encoded``, Atom
``content``); otherwise the page it links to is fetched (feeds often carry only a teaser).
Its title, link (the article's URL), author and date come from the item. An item whose page
cannot be fetched is one ``InputError``; the other items are still read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import feedparser

from celebgraph.errors import InputError
from celebgraph.extract.reading.html import read_html
from celebgraph.models import Document

__all__ = ["FEED_SUFFIXES", "looks_like_feed", "read_feed"]

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml",
                        "text/xml", "application/feed+json"})

Fetch = Callable[[str], Document]


def looks_like_feed(raw: bytes) -> bool:
    head = raw[:2048].lower()
    return b"<rss" in head or (b"<feed" in head and b"atom" in head) or b"<rdf:rdf" in head


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _item(name: str, number: int, entry: Any, fetch: Fetch, site: str | None = None
          ) -> Document:
    from celebgraph.extract.reading.sources import document_from_text  # sources reads us

    link = entry.get("link") or None
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else ""
    when = _date(entry)
    if body:
        text = read_html(body).text if "<" in body else body.strip()
        doc = document_from_text(text, link or f"{name}#{number}", published=when,
                                 path=f"{name}#{number}", title=entry.get("title"))
    elif link:
        page = fetch(link)
        doc = replace(page, title=entry.get("title") or page.title,
                      published=page.published or when)
    else:
        raise InputError(f"{name} item {number}: no content and no link to read")
    return replace(doc, url=link or doc.url, author=entry.get("author") or doc.author,
                   site=doc.site or site)


def read_feed(name: str, raw: bytes, fetch: Fetch) -> Iterator[Document | InputError]:
    """The items of a feed read from ``name`` (a file or URL), in feed order."""
    feed = feedparser.parse(raw)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield InputError(f"{name}: a feed with no items{problem}")
        return
    for number, entry in enumerate(feed.entries, 1):
        try:
            yield _item(name, number, entry, fetch, feed.feed.get("title") or None)
        except InputError as exc:
            yield exc
