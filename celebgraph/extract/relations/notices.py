"""Death notices: a 'SURNAME, Given Names' heading and the kin phrases under it.

    LINDQVARN, Ida Wenna (née Lis)
    2 February 1928 – 7 March 2019
    Peacefully, at home, aged 91. Beloved wife of the late Jan, who died in 2014. Much loved
    mother of Eva (Tom) Baker and Piotr Lindqvarn, and of the late Ola. Dear sister of Ana Lis.

The heading names the notice's person, given names first ('Ida Wenna Lindqvarn'); a date range
alone on the next line is her birth and death; a sentence that opens with a kin noun and 'of'
('Beloved wife of', 'Much loved mother of', 'Dear sister of') makes her that kin of every
item after it, up to the sentence's end. An item 'Given (Spouse) Surname' also names the
item's spouse; ', who died in YEAR' after an item is that item's death (and ends a marriage to
it). Like ``entries``, this is line and phrase structure read from the characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from celebgraph.extract.dates.find import find_dates
from celebgraph.extract.patterns.records import (
    NOTICE_ABBREVIATIONS,
    NOTICE_AFFECTION,
    NOTICE_DEATH_CLAUSES,
    NOTICE_KIN,
)
from celebgraph.extract.relations.notation import (
    CharSpan,
    Claim,
    kin_claim,
    name_span,
    read_paren,
    split_items,
)

__all__ = ["Notices", "find_notices"]

_SURNAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]+")
_GIVEN_WORD = re.compile(r"[^\W\d_](?:\.|[^\W\d_'’\-]*)")  # 'Ada', 'J.'; not 'Wenna.'
_KIN_PHRASE = re.compile(
    r"(?P<lead>(?:[A-Za-z\-]+\s+){0,3}?)(?P<kin>" + "|".join(NOTICE_KIN) + r")\b"
    r"(?:\s+(?:for|of)\s+\d+\s+years)?\s+(?:of|to)\s+",
    re.IGNORECASE,
)
_DIED = re.compile(r"(?:died|passed away)\b", re.IGNORECASE)
_LATE = re.compile(r"\s*(?:and\s+)?(?:of\s+|to\s+)?(?:the\s+)?(?:late\s+)?", re.IGNORECASE)
_SPOUSE_INSIDE = re.compile(  # 'Eva (Tom) Baker': Eva Baker and her husband Tom Baker
    r"\s*\(\s*(?P<spouse>[^\W\d_][\w'’\-]*)\s*\)\s+(?P<surname>[^\W\d_][\w'’\-]+)"
)


@dataclass(slots=True)
class Notices:
    """The claims of a document's death notices, the spans they own, and the written form of
    the names they need ('LINDQVARN, Ida' → 'Ida Lindqvarn')."""

    claims: list[Claim] = field(default_factory=list)
    owned: list[CharSpan] = field(default_factory=list)
    forms: dict[CharSpan, str] = field(default_factory=dict)


def find_notices(text: str, lines: list[CharSpan]) -> Notices:
    """The death notices of ``text`` (``lines``: its lines' spans)."""
    found = Notices()
    heads = [(n, head) for n, line in enumerate(lines) if (head := _head(text, *line))]
    for n, line in enumerate(lines):
        if _plain_head(text, *line) and (claims := _lifespan(text, line, lines, n)):
            found.claims += claims  # 'Ada "Di" Moss' / '4 May 1931 – 9 July 2020'
            found.owned.append(line)
            found.forms[line] = " ".join(w for w in text[line[0] : line[1]].split()
                                         if w.strip("\"“”'‘’") == w)  # 'Ada Moss'
    for k, (n, (span, form)) in enumerate(heads):
        end = lines[heads[k + 1][0]][0] if k + 1 < len(heads) else len(text)
        claims = _kin_claims(text, span, span[1], end, found)
        claims += _lifespan(text, span, lines, n) + _died(text, span, end, found)
        if claims:
            found.claims += claims
            found.forms[span] = form
            found.owned.append(span)
    found.owned = _merged(text, sorted(found.owned))
    return found


def _merged(text: str, spans: list[CharSpan]) -> list[CharSpan]:
    """Phrases one after the other ('Beloved wife of X; mother of Y and Z.') as one span, so
    that the prose rules skip the sentence they make together."""
    out: list[CharSpan] = []
    for s, e in spans:
        if out and not text[out[-1][1] : s].strip(" \t;."):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _died(text: str, head: CharSpan, end: int, found: Notices) -> list[Claim]:
    """'Died peacefully on May 2, 2023, aged 84.': a sentence of the notice with no subject, or
    the heading's own ('SMITH, Ada, 84, died ...')."""
    first = _sentence_end(text, head[1], end)  # 'SMITH, Ada, 84, of Leeds, died May 2, 2023.'
    for m in _DIED.finditer(text, head[1], end):
        if m.start() < first or _opens_sentence(text, m.start()):
            stop = _sentence_end(text, m.end(), end)
            dates = [d.value for d in find_dates(text[m.start() : stop]) if d.value]
            if dates:
                owned = head[0] if m.start() < first else m.start()
                found.owned.append((owned, _closed(text, stop)))
                return [Claim("died", head, None, (m.start(), stop), date=dates[0])]
    return []


def _head(text: str, start: int, end: int) -> tuple[CharSpan, str] | None:
    """'LINDQVARN, Ida Wenna “Idi”' → (the span from the surname to the last given name, 'Ida
    Wenna Lindqvarn'); not a dateline ('BRAEMORE, Vestland —') nor a shouted sentence."""
    line = text[start:end]
    comma = line.find(",")
    surnames = line[:comma].split() if comma > 0 else []
    if not 1 <= len(surnames) <= 2 or not all(
        _SURNAME_WORD.fullmatch(w) and w.isupper() for w in surnames
    ):
        return None
    given: list[str] = []
    at = comma + 1
    for m in _GIVEN_WORD.finditer(line, at):
        if line[at : m.start()].strip() or not m.group()[0].isupper() or m.group().isupper():
            break
        given.append(m.group())
        at = m.end()
    rest = line[at:].strip()
    if not given or len(given) > 4 or rest[:1] in {"—", "–", "-"} or rest.startswith("(AP"):
        return None
    surname = " ".join(w.title() for w in surnames)
    return (start, start + at), " ".join([*given, surname])


def _plain_head(text: str, start: int, end: int) -> bool:
    """A line that is a name and nothing else: two to five capitalised words, a nickname in
    quotes among them."""
    words = text[start:end].split()
    return 2 <= len(words) <= 5 and all(
        w.strip("\"“”'‘’")[:1].isupper() and w.strip("\"“”'‘’").replace("-", "").isalpha()
        for w in words
    )


def _lifespan(text: str, head: CharSpan, lines: list[CharSpan], n: int) -> list[Claim]:
    """'2 February 1928 – 7 March 2019' alone on the line under the heading."""
    after = [line for line in lines[n + 1 : n + 3] if text[line[0] : line[1]].strip()]
    if not after:
        return []
    paren = read_paren(text, *after[0])
    return [Claim(relation, head, None, after[0], date=date, confidence=0.9)
            for relation, date in (("born", paren.born), ("died", paren.died)) if date]


def _kin_claims(text: str, head: CharSpan, start: int, end: int, found: Notices) -> list[Claim]:
    claims: list[Claim] = []
    phrases: list[re.Match[str]] = []
    for m in _KIN_PHRASE.finditer(text, start, end):
        if _phrase_start(text, m, phrases[-1] if phrases else None, end):
            phrases.append(m)
    for n, m in enumerate(phrases):
        stop = _sentence_end(text, m.end(), end)
        if n + 1 < len(phrases):  # 'wife of the late X, much-loved mother of Y and Z'
            stop = min(stop, phrases[n + 1].start())
        evidence = (m.start(), stop)
        kin = m.group("kin").lower()
        for item, died in _items(text, m.end(), stop, found, evidence, claims):
            claim = kin_claim(kin, item, head, evidence, confidence=0.85)
            if claim is not None and claim.relation == "spouse" and died:
                claim = Claim("spouse", claim.subject, claim.object, evidence, end=died,
                              confidence=0.85)
            claims += [claim] if claim is not None else []
        found.owned.append((evidence[0], _closed(text, stop)))
    return claims


def _phrase_start(text: str, m: re.Match[str], before: re.Match[str] | None, end: int) -> bool:
    """A kin phrase that opens a sentence, or one that a comma joins to the kin phrase before it
    in the same sentence ('Beloved wife of X, much-loved mother of Y'); its lead words all of
    affection. A comma alone is not enough: 'A, the son of B' in prose is no notice's kin."""
    lead = m.group("lead").lower().split()
    if any(w not in NOTICE_AFFECTION for w in lead):
        return False
    if _opens_sentence(text, m.start()):
        return True
    comma = text[max(0, m.start() - 3) : m.start()].rstrip(" \t").endswith(",")
    return comma and before is not None and _sentence_end(text, before.end(), end) >= m.start()


def _closed(text: str, stop: int) -> int:
    """The end of a phrase with the full stop or semicolon that ends it."""
    return stop + 1 if text[stop : stop + 1] in {".", ";"} else stop


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before or before[-1] in ".;\n"


def _sentence_end(text: str, start: int, end: int) -> int:
    """The ';', line break or full stop that ends the phrase (not 'St.' nor an initial)."""
    for m in re.finditer(r"[;\n]|\.(?=\s|$)", text[start:end]):
        at = start + m.start()
        word = re.search(r"(\w+)$", text[start:at])
        if m.group() == "." and word and (
            word.group(1).lower() in NOTICE_ABBREVIATIONS or len(word.group(1)) == 1
        ):
            continue
        return at
    return end


def _items(
    text: str, start: int, end: int, found: Notices, evidence: CharSpan, claims: list[Claim]
) -> list[tuple[CharSpan, str | None]]:
    """The names of a kin phrase, each with the death year a ', who died in YEAR' gives it."""
    items: list[tuple[CharSpan, str | None]] = []
    for a, b in split_items(text, start, end):
        piece = text[a:b].strip().lower()
        if items and piece.startswith(NOTICE_DEATH_CLAUSES):
            dates = [d.value for d in find_dates(text[a:b]) if d.value]
            if dates:
                items[-1] = (items[-1][0], dates[0])
                claims.append(Claim("died", items[-1][0], None, evidence, date=dates[0]))
            continue
        late = _LATE.match(text, a, b)
        a = late.end() if late else a
        span = name_span(text, a, b)
        if span is None or not text[span[0]].isupper():
            continue
        items.append((span, None))
        inside = _SPOUSE_INSIDE.match(text, span[1], b)
        if inside and len(text[span[0] : span[1]].split()) == 1:
            surname = inside.group("surname")
            spouse = (inside.start("spouse"), inside.end("spouse"))
            found.forms[span] = f"{text[span[0] : span[1]]} {surname}"
            found.forms[spouse] = f"{inside.group('spouse')} {surname}"
            claims.append(Claim("spouse", span, spouse, evidence, confidence=0.8))
    return items
