"""Dictionary entries: one run-on line of ';' fields about the person named after 'Born'.

    Born Ottilie Anne Brandt in Graz, May 2, 1931; died Jan. 9, 2004, in Vienna; dau. of
    Hedwig Brandt (1905–1988) and Karl Brandt; m. Felix Moser, 1955 (div.); m. Ivo Lang,
    1960 (died 1999); children: Eva Moser (b. 1957); Paul Moser (b. 1960).

Fields: 'died DATE', 'dau./s./daughter/son of A and B', 'm. X, YEAR (div.)' (one spouse per
'm.'; '(died DATE)' is that spouse's death), 'children: A; B' (the items run to the end of the
entry). A marriage not marked '(div.)' that comes last ends with the first death.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from celebgraph.extract.dates.find import find_dates
from celebgraph.extract.patterns.records import (
    ENTRY_CHILDREN,
    ENTRY_DIED,
    ENTRY_MARRIED,
    ENTRY_PARENTS,
)
from celebgraph.extract.relations.notation import (
    CharSpan,
    Claim,
    Paren,
    name_span,
    read_item,
    split_items,
)

__all__ = ["find_entries"]

_BORN = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))Born\s+", re.MULTILINE)


def find_entries(text: str) -> tuple[list[Claim], list[CharSpan]]:
    """The claims of the dictionary entries in ``text`` and the spans they cover."""
    claims: list[Claim] = []
    owned: list[CharSpan] = []
    for m in _BORN.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        head = name_span(text, m.end(), line_end)
        segments = _segments(text, m.start(), line_end)
        if head is None or len(segments) < 2:
            continue
        entry = _Entry(text, head, m.start())
        if sum(entry.read(*segment) for segment in segments[1:]) == 0:
            continue
        entry.read_born(*segments[0])
        claims += entry.finish()
        owned.append((m.start(), line_end))
    return claims, owned


def _segments(text: str, start: int, end: int) -> list[CharSpan]:
    """The ';'-separated fields of ``text[start:end]``, parentheses kept whole."""
    segments, depth, seg_start = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            segments.append((seg_start, i))
            seg_start = i + 1
    segments.append((seg_start, end))
    out = []
    for s, e in segments:
        while s < e and text[s].isspace():
            s += 1
        out.append((s, e))
    return [(s, e) for s, e in out if e > s]


@dataclass(slots=True)
class _Entry:
    text: str
    head: CharSpan
    start: int
    claims: list[Claim] = field(default_factory=list)
    died: str | None = None
    marriages: list[tuple[Claim, Paren]] = field(default_factory=list)
    in_children: bool = False

    def read_born(self, s: int, e: int) -> None:
        dates = [d for d in find_dates(self.text[s:e]) if d.value]
        if dates:
            self.claims.append(Claim("born", self.head, None, (self.start, e), date=dates[0].value))

    def read(self, s: int, e: int) -> bool:
        """Read one field; False when it is none the entry grammar knows."""
        low = self.text[s:e].lower()
        evidence = (self.start, e)
        if low.startswith(ENTRY_DIED) and not self.in_children:
            dates = [d for d in find_dates(self.text[s:e]) if d.value]
            self.died = dates[0].value if dates else None
            if self.died:
                self.claims.append(Claim("died", self.head, None, evidence, date=self.died))
            return True
        for prefix in ENTRY_PARENTS:
            if low.startswith(prefix):
                for item in self._items(s + len(prefix), e):
                    self.claims.append(Claim("parent", item, self.head, evidence))
                self.in_children = False
                return True
        for prefix in ENTRY_MARRIED:
            if low.startswith(prefix):
                self._married(s + len(prefix), e, evidence)
                self.in_children = False
                return True
        for prefix in ENTRY_CHILDREN:
            if low.startswith(prefix):
                self.in_children = True
                s += len(prefix)
                break
        if not self.in_children:
            return False
        for item in self._items(s, e):
            self.claims.append(Claim("parent", self.head, item, evidence))
        return True

    def _items(self, s: int, e: int) -> list[CharSpan]:
        """The names of a list field, with the births and deaths in their parentheses."""
        names = []
        for a, b in split_items(self.text, s, e):
            item = read_item(self.text, a, b)
            if item is None:
                continue
            names.append(item.name)
            for relation, date in (("born", item.paren.born), ("died", item.paren.died)):
                if date:
                    self.claims.append(Claim(relation, item.name, None, (a, b), date=date))
        return names

    def _married(self, s: int, e: int, evidence: CharSpan) -> None:
        """'m. Felix Moser, 1955 (div.)', 'm. Ivo Lang, 1960 (died 1999)', 'm. 1975, Ann Roe'."""
        first = re.match(r"\s*(\d{4}),\s*", self.text[s:e])
        year = first.group(1) if first else None
        item = read_item(self.text, s + first.end() if first else s, e)
        if item is None:
            return
        paren_at = self.text.find("(", item.name[1], e)
        outside = self.text[item.name[1] : paren_at if paren_at >= 0 else e]
        dates = [d.value for d in find_dates(year or outside) if d.value]
        paren = item.paren
        start = paren.married or (dates[0] if dates else None)
        claim = Claim("spouse", self.head, item.name, evidence, start=start, end=paren.ended)
        self.marriages.append((claim, paren))
        if paren.died:
            self.claims.append(Claim("died", item.name, None, evidence, date=paren.died))

    def finish(self) -> list[Claim]:
        """The claims, the last marriage not ended by a divorce ended by the first death."""
        for n, (claim, paren) in enumerate(self.marriages):
            deaths = [d for d in (paren.died, self.died) if d]
            last = n == len(self.marriages) - 1
            if not claim.end and not paren.divorced and deaths and (last or paren.died):
                claim = Claim(
                    claim.relation,
                    claim.subject,
                    claim.object,
                    claim.evidence,
                    start=claim.start,
                    end=min(deaths, key=lambda d: (d[:4], len(d) < 10, d)),
                )
            self.claims.append(claim)
        return self.claims
