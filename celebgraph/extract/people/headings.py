"""Lines that are a name and nothing else: a listicle item's heading ('4. Ada Moss and Teo Pike',
'Ada Moss'), which carries the person or couple for the prose under it.

The small model rarely tags a name in such a line (no sentence around it, every word
capitalised), and the given-name rule skips Title-Case lines (headlines). A line is a name
heading when, past a list mark, it is one or two runs of two or three capitalised words joined
by 'and' or '&', at least one run starts with a known given name or is tagged PERSON, and the
next line with words is prose (closed like a sentence). Each run is then a name. One unnumbered
name alone counts only in a text with other name headings (a listicle): alone, it may be the
author's byline.

The names may open a line of prose, before a colon ('1. Ada and Eva Moss: These sisters ...').
A heading in capitals ('MARA OLSEN', 'ADA MOSS & TEO PIKE') is a name heading when the prose
under it writes a run's last word in mixed case ('Olsen, the daughter of ...'): the surname
the item goes on with. Its name is written as the prose writes those words (``caps_forms``).
Where two lines 'ADA MOSS: She ...' are confirmed so, the text's other lines of that layout are
name headings too ('TEO PIKE: He ...').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from celebgraph.extract.patterns.names import given_names
from celebgraph.extract.people.chains import name_token_at
from celebgraph.extract.tokens import Tokens, doc_text, tokens_of

__all__ = ["NameHeading", "caps_forms", "heading_name_spans", "name_headings"]

_MARK = re.compile(r"^\s*(?:#?\d{1,3}\s*[.):]|[-*•·▪◦●–—])\s*")
_JOINS = frozenset({"and", "&"})
_PROSE_END = (".", "!", "?", '"', "”")
_RUN = (2, 3)  # words in a name run: 'Ada Moss', 'Ada Lene Moss'
_MOST_TOKENS = 16  # 'Ada Moss, 41, and Teo Pike, 45 (2009–present)'
_OPEN, _CLOSE = frozenset("(["), frozenset(")]")
_TITLE_DASHES = frozenset({"—", "–"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})  # a nickname: 'Ada "Dee" Moss'
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]*[A-Z]|[A-Z]\.")  # 'OLSEN', "O'NEAL", 'J.'
_PROSE_LINES = 4  # lines under a capitals heading where its surnames are looked for
_SAME_LAYOUT = 2  # 'ADA MOSS: ...' lines confirmed by their prose, for the others to count


class NameHeading:
    """A name heading: its token span, the name runs in it, and whether it is numbered."""

    def __init__(self, start: int, end: int, runs: list[tuple[int, int]], numbered: bool) -> None:
        self.start = start
        self.end = end
        self.runs = runs
        self.numbered = numbered


def name_headings(doc: Doc) -> list[NameHeading]:
    """The name headings of ``doc``, found once per document."""
    found: list[NameHeading] | None = doc.user_data.get("celebgraph_name_headings")
    if found is None:
        found = _find(doc)
        if len(found) < 2:  # one unnumbered name above prose may be a byline, not an item
            found = [h for h in found if h.numbered or len(h.runs) == 2]
        doc.user_data["celebgraph_name_headings"] = found
    return found


def heading_name_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """The name runs of the name headings that no other span holds (adds them to ``taken``)."""
    spans: list[tuple[int, int]] = []
    for heading in name_headings(doc):
        for start, end in heading.runs:
            if not taken.intersection(range(start, end)):
                spans.append((start, end))
                taken.update(range(start, end))
    return spans


def _find(doc: Doc) -> list[NameHeading]:
    text = doc_text(doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found: list[NameHeading] = []
    unsure: list[NameHeading] = []  # 'MATT ROE: He ...': capitals whose words the prose skips
    caps_lines = 0
    t = tokens_of(doc)
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        mark = _MARK.match(line)
        body_start = start + (mark.end() if mark else len(line) - len(line.lstrip()))
        span = doc.char_span(body_start, start + len(line.rstrip()), alignment_mode="expand")
        if span is not None and len(span) > 2 and span[-1].text == ":":
            span = span[:-1]  # '1. Ada Moss & Teo Pike:' introduces the item's prose
        inline = span is not None and _inline(t, span.start, span.end)
        if inline is not None and span is not None:
            span = doc[span.start : inline]  # '1. Ada and Eva Moss: These sisters ...'
        if span is None or not 2 <= len(span) <= _MOST_TOKENS:
            continue
        runs = _runs(t, span.start, span.end)
        dash = _title_dash(t, span.start, span.end)
        if runs is None and dash is not None:
            runs = _runs(t, dash + 1, span.end)  # 'Film Title — Ada Moss and Teo Pike'
        named = runs is not None and any(_named(t, s) for s, _ in runs)
        caps = runs is None and (runs := _caps_runs(t, span.start, span.end)) is not None
        if caps and runs:
            line_rest = text[t.idx[span.end - 1] : end]
            named = _caps_named(t, runs, line_rest + _prose_below(text, lines, n + 1)) or (
                inline is not None and _caps_named(t, runs, line_rest, given=False))
        if runs and (inline is not None or _prose_after(text, lines, n + 1)):
            numbered = mark is not None and mark[0].strip()[:1] in "#0123456789"
            heading = NameHeading(span.start, span.end, runs, numbered)
            if named:
                found.append(heading)
                caps_lines += caps and inline is not None
            elif caps and inline is not None:
                unsure.append(heading)
    if caps_lines >= _SAME_LAYOUT:  # the text's other lines of that layout are names
        found = sorted(found + unsure, key=lambda h: h.start)
    return found


def _inline(t: Tokens, start: int, end: int) -> int | None:
    """The colon after the names when a line goes on with its prose ('1. Ada and Eva Moss: These
    sisters ...', 'ADA MOSS: She ...'); None when there is none or nothing after it."""
    for i in range(start + 1, min(end - 1, start + _MOST_TOKENS + 1)):
        if t.text[i] == ":":
            return i
    return None


def _runs(t: Tokens, start: int, end: int) -> list[tuple[int, int]] | None:
    """The name runs of tokens start:end, or None when the line is not one name or two joined
    by 'and'/'&'. Ages and a parenthesis may stand beside the names ('Ada Moss, 41, and Teo
    Pike, 45', 'Ada Moss and Teo Pike (2009–present)'); a lone given name before 'and' shares
    the second run's surname ('Ada and Teo Pike'); a quoted nickname is part of its name."""
    runs: list[tuple[int, int]] = []
    first, joins = start, 0
    aside = _asides(t, start, end)
    for i in range(start, end + 1):
        if i == end or i in aside or t.lower[i] in _JOINS:
            if i > first:
                runs.append((first, i))
            joins += i < end and t.lower[i] in _JOINS
            first = i + 1
        elif not ((name_token_at(t, i) and t.pos[i] == "PROPN") or _given(t, i)) and (
                t.text[i] not in _QUOTES):
            return None
    if not 1 <= len(runs) <= 3 or joins != min(len(runs) - 1, 1):
        return None
    sizes = [sum(t.text[i] not in _QUOTES for i in range(s, e)) for s, e in runs]
    if sizes[-1] not in _RUN or (len(runs) == 2 and not 1 <= sizes[0] <= _RUN[1]):
        return None
    if len(runs) == 3 and sizes[:2] != [1, 1]:
        return None  # 'Ada, Eva, and Mia Moss': two given names, then the full name
    return runs


def _caps_runs(t: Tokens, start: int, end: int) -> list[tuple[int, int]] | None:
    """The name runs of a line in capitals ('MARA OLSEN', 'ADA AND TEO PIKE'), or None."""
    runs: list[tuple[int, int]] = []
    first = start
    for i in range(start, end + 1):
        if i == end or t.lower[i] in _JOINS:
            if i == first:
                return None
            runs.append((first, i))
            first = i + 1
        elif not _CAPS_WORD.fullmatch(t.text[i]) or t.is_stop[i]:
            return None
    sizes = [e - s for s, e in runs]
    if len(runs) > 2 or sizes[-1] not in _RUN or not 1 <= sizes[0] <= _RUN[1]:
        return None
    return runs


def _caps_named(t: Tokens, runs: list[tuple[int, int]], prose: str, given: bool = True) -> bool:
    """The prose under the heading writes a run's last word in mixed case (its surname), or its
    first word when that is a known given name ('BRAD HOLM: Brad and his wife ...'); with
    ``given`` False (the prose of the heading's own line) any first word."""
    words = set(re.findall(r"[\w'’-]+", prose))
    return any(_mixed_case(t.text[e - 1]) in words or _spelled(t.text[e - 1], words)
               or ((not given or t.lower[s] in given_names()) and _mixed_case(t.text[s]) in words)
               for s, e in runs)


def _mixed_case(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _spelled(word: str, words: set[str]) -> str | None:
    """How the prose spells a word of a capitals heading ('MCCREERY' → 'McCreery'), if it does."""
    return next((w for w in words if w.upper() == word and not w.isupper()), None)


def caps_forms(doc: Doc) -> dict[tuple[int, int], str]:
    """The names of the capitals headings' runs, as the prose writes them: {(start, end): form}."""
    found: dict[tuple[int, int], str] | None = doc.user_data.get("celebgraph_caps_forms")
    if found is not None:
        return found
    found = {}
    t = tokens_of(doc)
    text = doc_text(doc)
    for heading in name_headings(doc):
        for start, end in heading.runs:
            if not all(_CAPS_WORD.fullmatch(t.text[i]) for i in range(start, end)):
                continue
            after = t.idx[end - 1] + len(t.text[end - 1])
            words = set(re.findall(r"[\w'’-]+", text[after : after + 3000]))
            found[(start, end)] = " ".join(
                _spelled(t.text[i], words) or _mixed_case(t.text[i]) for i in range(start, end))
    doc.user_data["celebgraph_caps_forms"] = found
    return found


def _title_dash(t: Tokens, start: int, end: int) -> int | None:
    """The dash that ends a title before the names: 'Blue Harbor — Ada Moss and Teo Pike'
    (a film or a show the item is about, then the couple); None when there is none."""
    for i in range(end - 3, start, -1):
        if t.text[i] in _TITLE_DASHES:
            return i
    return None


def _asides(t: Tokens, start: int, end: int) -> set[int]:
    """Tokens beside the names: commas, numbers (ages) and whatever is in brackets."""
    aside: set[int] = set()
    depth = 0
    for i in range(start, end):
        depth += t.text[i] in _OPEN
        if depth or t.text[i] == "," or t.like_num[i]:
            aside.add(i)
        depth -= depth > 0 and t.text[i] in _CLOSE
    return aside


def _given(t: Tokens, i: int) -> bool:
    """A known given name the tagger took for a common noun ('Pia, Ulla, and Vera Moss')."""
    return t.text[i].istitle() and t.is_alpha[i] and t.lower[i] in given_names()


def _named(t: Tokens, start: int) -> bool:
    return t.lower[start] in given_names() or t.ent_type[start] == "PERSON"


def _prose_below(text: str, lines: list[tuple[int, int]], n: int) -> str:
    """The text of the few lines from ``lines[n]`` on."""
    below = lines[n : n + _PROSE_LINES]
    return text[below[0][0] : below[-1][1]] if below else ""


def _prose_after(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """The next line with words (from ``lines[n]``) is a sentence, not another heading."""
    for start, end in lines[n : n + 3]:
        line = text[start:end].strip()
        if line:
            return line.endswith(_PROSE_END) or len(line.split()) >= 12
    return False
