"""Web pages to articles: the main text by trafilatura, the page's own metadata by us.

trafilatura (the maintained library for this) finds the article's text and leaves out
navigation, asides, footers and other boilerplate; it also gives the author, the site name
and the canonical URL. The publication date is read here, strictly, from the page's own
metadata in this order: ``article:published_time``/``og:published_time``, JSON-LD
``datePublished``, a ``<time>`` inside the page's ``<header>``, then other date metas. (The
date htmldate would guess, through trafilatura, may come from any ``<time>`` or text on the
page; a wrong publication date moves every relative date of the article.)
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import trafilatura

from celebgraph.extract.reading.published import lenient_date

__all__ = ["HtmlPage", "html_to_text", "read_html"]

# trafilatura and htmldate log what they cannot parse; a bad page is our one-line error, so
# their records go only where the user's own logging sends them (never to a bare stderr).
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
_DOCUMENT = re.compile(r"<(!doctype|html|head|body)[\s>]", re.IGNORECASE)

_META_DATES = ("article:published_time", "og:published_time", "datepublished", "date",
               "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a page says: its main text and the metadata it carries (None when absent)."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    site: str | None = None


class _Metadata(HTMLParser):
    """The page's meta tags, ``<title>``, JSON-LD blocks and the first ``<time>`` in a header."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.json_ld: list[str] = []
        self.header_time: str | None = None
        self.header_depth = self.svg_depth = 0
        self.in_title = self.in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and "content" in attr:
                self.meta.setdefault(key, attr["content"].strip())
        elif tag == "title" and not self.svg_depth:
            self.in_title = True
        elif tag == "script" and attr.get("type", "").lower() == "application/ld+json":
            self.in_json_ld = True
        elif tag == "time" and self.header_depth and self.header_time is None:
            self.header_time = attr.get("datetime") or None
        self.header_depth += tag == "header"
        self.svg_depth += tag == "svg"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "script":
            self.in_json_ld = False
        if tag == "header" and self.header_depth:
            self.header_depth -= 1
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif self.in_json_ld:
            self.json_ld.append(data)

    def title(self) -> str | None:
        return self.meta.get("og:title") or " ".join("".join(self.title_parts).split()) or None

    def published(self) -> str | None:
        for key in _META_DATES[:2]:
            if found := lenient_date(self.meta.get(key)):
                return found
        candidates = [_json_ld_date(self.json_ld), self.header_time]
        candidates += [self.meta.get(key) for key in _META_DATES[2:]]
        return next((d for c in candidates if (d := lenient_date(c))), None)


def _json_ld_date(blocks: list[str]) -> str | None:
    """The first ``datePublished`` anywhere in the JSON-LD blocks."""

    def find(node: Any) -> str | None:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                return str(node["datePublished"])
            node = list(node.values())
        if isinstance(node, list):
            return next((d for item in node if (d := find(item))), None)
        return None

    for block in blocks:
        try:
            if found := find(json.loads(block)):
                return found
        except ValueError:
            continue
    return None


def _main_text(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """trafilatura's main text and metadata; the whole page's text when it finds no article
    (a very short page). A fragment ("<p>...</p>") is read as the body of a page."""
    if not _DOCUMENT.search(html):
        html = f"<html><body>{html}</body></html>"
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True,
                                        include_comments=False, include_tables=True)
    meta: dict[str, Any] = {}
    if isinstance(found, dict):
        meta = found
    elif found is not None:
        meta = found.as_dict()
    text = meta.get("text") or trafilatura.html2txt(html) or ""
    return re.sub(r"[ \t]+\n", "\n", text).strip(), meta


def read_html(html: str, url: str | None = None) -> HtmlPage:
    """The article of an HTML page, with its title, publication date, author, URL and site."""
    metadata = _Metadata()
    metadata.feed(html)
    metadata.close()
    text, meta = _main_text(html, url)
    return HtmlPage(text=text, title=metadata.title() or meta.get("title"),
                    published=metadata.published(), author=meta.get("author") or None,
                    url=meta.get("url") or url, site=meta.get("sitename") or None)


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """``(text, title, published)`` of an HTML page (see ``read_html``)."""
    page = read_html(html)
    return page.text, page.title, page.published
