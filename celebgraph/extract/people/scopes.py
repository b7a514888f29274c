"""Where a new topic starts: a heading, or an item of a numbered or bulleted list.

In a listicle each item is about its own people: the couple of item 3 is not "the couple" of
item 4. A scope opens at a numbered item ("3.", "3)") or one headed by a
name in capitals and a colon ("ADA ROE: She ..."), at a bulleted entry with no verb ("• Ada
and Ben Roe"; a bulleted summary sentence continues the story) and at a heading: a short line
with no closing punctuation, after a blank line or at the top. A dated heading of a timeline
("April 2020: Son Milo is born") is the next step of the same story, not a new topic.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import span_text, tokens_of

__all__ = ["ScopeLine", "scope_line"]

_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)]\s*")
_BULLET = re.compile(r"^\s*[•·▪◦●*–—-]\s*")
_CLOSING = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")")
_HEADING_WORDS = 14
# 'MATT ROE: He is stepdad to ...': a name in capitals before a colon heads a listicle's item
_CAPITALS_HEAD = re.compile(r"^\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}\s*:\s")
_DASHES = frozenset({"—", "–"})
# 'April 2020: Son Milo is born', '2014 – They meet': a timeline step of the same story.
_TIMELINE = re.compile(
    r"^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?:1[89]|20)\d\d\s*[:–—-]"
)


class ScopeLine:
    """The line a scope opens with: its text and the people it names."""

    def __init__(
        self, start: int, end: int, persons: list[int], only_names: bool, numbered: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.persons = persons
        self.only_names = only_names  # 'Ada Doe and Ben Roe', '3. Ada & Ben': a couple's item
        self.numbered = numbered  # '3. Ada Moss': a listicle's item


def _line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    text = tokens_of(doc).text  # a token's trailing white space is one space or none
    start = i
    while start > 0 and "\n" not in text[start - 1]:
        start -= 1
    end = i
    while end < len(doc) and "\n" not in text[end]:
        end += 1
    return start, min(end + 1, len(doc))


def _blank_before(doc: Doc, start: int) -> bool:
    if start == 0:
        return True
    prev = doc[start - 1]
    return (prev.whitespace_ + ("" if prev.text.strip() else prev.text)).count("\n") >= 2


def scope_line(doc: Doc, people: People, sent: Span) -> ScopeLine | None:
    """The heading or list item a sentence opens, else None (the sentence continues a scope)."""
    t = tokens_of(doc)
    start = sent.start
    while start < sent.end and not t.text[start].strip():
        start += 1
    if start >= sent.end or (start > 0 and "\n" not in t.text[start - 1] + t.space[start - 1]):
        return None  # the sentence starts in the middle of a line
    line_start, line_end = _line_bounds(doc, start)
    text = span_text(t, line_start, line_end).strip()
    short = len(text.split()) <= _HEADING_WORDS and not text.endswith(_CLOSING)
    numbered = _NUMBERED.match(text) is not None
    entry = _BULLET.match(text) is not None and not any(  # '• Ada and Ben Roe', not a summary
        pos in {"VERB", "AUX"} for pos in t.pos[line_start:line_end])
    heading = short and _blank_before(doc, line_start)
    numbered = numbered or _CAPITALS_HEAD.match(text) is not None
    if not (numbered or entry or heading) or _TIMELINE.match(text):
        return None
    mentions = people.within(line_start, line_end)
    persons = list(dict.fromkeys(m.person for m in mentions))
    named = {i for m in mentions for i in range(m.start, m.end)}
    # 'Blue Harbor — Ada Moss and Teo Pike': the title before a dash names the item's film
    dashes = [t.i for t in doc[line_start : min(named, default=line_start)] if t.text in _DASHES]
    rest = [
        t
        for t in doc[dashes[-1] + 1 if dashes else line_start : line_end]
        if t.i not in named and not t.is_punct and not t.like_num and t.text.strip()
    ]
    only_names = len(persons) == 2 and all(t.lower_ in {"and", "&"} for t in rest)
    return ScopeLine(line_start, line_end, persons, only_names, numbered)
