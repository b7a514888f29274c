"""Where a new topic starts: a heading, or an item of a numbered or bulleted list.

In a listicle each item is about its own people: the couple of item 3 is not "the couple" of
item 4. A scope opens at a numbered item ("3.", "3)"), at a bulleted entry with no verb ("• Ada
and Ben Roe"; a bulleted summary sentence continues the story), at a line of prose that opens
with names and a colon ("ADA MOSS: She ...", about the people its names are) and at a heading:
a short line with no closing punctuation, after a blank line or at the top. A dated heading of
a timeline ("April 2020: Son Milo is born") is the next step of the same story, not a new topic.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from celebgraph.extract.people.headings import name_headings
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import span_text, tokens_of

__all__ = ["ScopeLine", "heading_people", "scope_line"]

_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)]\s*")
_BULLET = re.compile(r"^\s*[•·▪◦●*–—-]\s*")
_CLOSING = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")")
_HEADING_WORDS = 14
# 'The Marlowes', 'The Lachlan Brothers', 'The Aune Family': a family's name as an item's heading
_FAMILY = re.compile(r"The(?: [A-Z][\w'’-]+){0,2} (?:[A-Z][\w'’-]*s|Family|Clan)")
_SIBLING_FAMILY = re.compile(r"The ([A-Z][\w'’-]+) (?:Brothers|Sisters|Siblings|Twins)")
# 'MATT ROE: He is stepdad to ...': a name in capitals before a colon opens an item even when
# its prose never writes the name (then the item's people are not known from its heading)
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
        self.family = False  # '7. The Marlowes': a family the item names before its people
        self.siblings_named: str | None = None  # 'The Moss Sisters': the siblings' surname


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


def _inline_heading(doc: Doc, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The names that open a line of prose before a colon (``headings``), if any."""
    return next(((h.start, h.end) for h in name_headings(doc)
                 if line_start <= h.start < line_end and h.end < line_end
                 and doc[h.end].text == ":"), None)


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
    inline = _inline_heading(doc, line_start, line_end)
    if not (numbered or entry or heading or inline) or _TIMELINE.match(text):
        return None
    if inline is not None:  # 'ADA MOSS: She ...', '2. Ada and Eva Moss: These sisters ...'
        persons = list(dict.fromkeys(m.person for m in people.within(*inline)))
        return ScopeLine(line_start, line_end, persons, len(persons) == 2, True)
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
    line = ScopeLine(line_start, line_end, persons, only_names, numbered)
    line.family = not persons and _FAMILY.fullmatch(_NUMBERED.sub("", text)) is not None
    siblings = _SIBLING_FAMILY.fullmatch(_NUMBERED.sub("", text)) if line.family else None
    line.siblings_named = siblings.group(1) if siblings else None
    return line


def heading_people(doc: Doc, people: People, scope_start: int, at: int) -> list[int]:
    """The people the name heading of the scope that token ``at`` is in names, in order ('2.
    Ada and Eva Moss: These sisters ...'); [] when that scope opened with no name heading."""
    heading = next((h for h in reversed(name_headings(doc)) if h.start <= at), None)
    if heading is None or heading.start < scope_start:
        return []
    persons = [m.person for s, _ in heading.runs if (m := people.at(s)) is not None]
    return persons if len(set(persons)) == len(heading.runs) else []
