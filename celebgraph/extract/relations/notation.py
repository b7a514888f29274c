"""Genealogical notation read from the characters: value items, parentheses, names by shape.

Records ("Parents: X, 5th Count Y and Z") and dictionary entries ("m. X, 1952 (div.)") are line
structure, not syntax, and the small model's NER often misses the names in them: here names
are found by position and shape. Spans are ``(start, end)`` character offsets into the text
given; dates come from ``dates.find``.

>>> text = "Georg Aurand, 5th Count Aurand and Hedda Lowe (1931–2004)"
>>> [text[s:e] for s, e in split_items(text, 0, len(text))]
['Georg Aurand, 5th Count Aurand', 'Hedda Lowe (1931–2004)']
>>> paren = read_paren("x (m. 1988; div. 2001)", 3, 21)
>>> paren.married, paren.ended, paren.divorced
('1988', '2001', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TypeVar

from celebgraph.extract.dates.find import DateMention, find_dates
from celebgraph.extract.patterns.lexicons import NAME_PARTICLES, NAME_TITLES
from celebgraph.extract.patterns.records import (
    ITEM_PREFIX_WORDS,
    NEE_WORDS,
    NOT_ITEM_NAMES,
    ORDINALS,
    RECORD_KIN,
)

__all__ = [
    "CharSpan",
    "Claim",
    "Item",
    "Paren",
    "kin_claim",
    "kin_relation",
    "maiden_form",
    "name_span",
    "read_item",
    "read_paren",
    "split_items",
]

CharSpan = tuple[int, int]
T = TypeVar("T")

_WORD = re.compile(r"[^\s,;:()]+")
_NAME_WORD = re.compile(r"^[\"“‘']?[A-ZÀ-ÖØ-Þ][\w'’.\-]*[\"”’']?$")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})
_SEPARATOR = re.compile(r",|;|\n|\s+and\s+|\s*&\s*|\s+/\s+|[•·▪]")
_MAX_NAME_WORDS = 7
# Words an item may carry after its name outside parentheses ('Lena Ott since 2010').
_ITEM_TAIL_WORDS = frozenset(
    {"since", "from", "in", "until", "to", "m", "b", "d", "div", "née", "nee", "born", "died"}
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A fact as the text states it, its people given by the character spans of their names."""

    relation: str
    subject: CharSpan
    object: CharSpan | None
    evidence: CharSpan
    date: str | None = None
    start: str | None = None
    end: str | None = None
    confidence: float = 0.85


def kin_relation(kin: str, anchor: T, named: T) -> tuple[str, T, T] | None:
    """(relation, subject, object) of a kin word: ``named`` is ``anchor``'s ``kin`` ('Parents:
    X': X is the record person's parent; 'Y (Son of X)': Y is X's son)."""
    found = RECORD_KIN.get(kin)
    if found is None:
        return None
    relation, direction = found
    if relation == "parent" and direction == "reverse":
        return "parent", named, anchor
    return relation, anchor, named


def kin_claim(
    kin: str, anchor: CharSpan, named: CharSpan, evidence: CharSpan, confidence: float = 0.85
) -> Claim | None:
    """The claim of a kin word (see ``kin_relation``)."""
    found = kin_relation(kin, anchor, named)
    return Claim(*found, evidence, confidence=confidence) if found else None


def maiden_form(name: str, birth_name: str) -> str:
    """'Lotte Brink' (née 'Visser') → 'Lotte Visser'; a full birth name stays as written."""
    given = name.split()[:-1]
    return " ".join([*given, birth_name]) if len(birth_name.split()) == 1 and given else birth_name


def _is_ordinal(word: str) -> bool:
    return word.lower() in ORDINALS or bool(_ORDINAL.match(word))


def name_span(text: str, start: int, end: int) -> CharSpan | None:
    """The name that opens ``text[start:end]``, past kin words ('Twin sisters Lady Eli Moss');
    it ends at a comma, a parenthesis, a lower-case word or an ordinal title ('9th Earl X')."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    while len(words) > 1 and words[0][2].lower().strip(":") in ITEM_PREFIX_WORDS:
        words = words[1:]
    taken: list[tuple[int, int, str]] = []
    for n, (s, e, word) in enumerate(words):
        if taken and text[taken[-1][1] : s].strip():
            break  # a comma or parenthesis ended the name
        following = words[n + 1][2] if n + 1 < len(words) else ""
        title_before = bool(taken) and taken[-1][2].lower() in NAME_TITLES
        particle = word in NAME_PARTICLES or (word == "of" and title_before)
        if _is_ordinal(word) or not (
            _NAME_WORD.match(word)
            or (taken and _ROMAN.match(word))
            or (taken and word.lower() in _SUFFIXES)
            or (particle and taken and _NAME_WORD.match(following))
        ):
            break
        taken.append((s, e, word))
    if not taken or len(taken) > _MAX_NAME_WORDS:
        return None
    plain = [w for _s, _e, w in taken if w.lower() not in NAME_TITLES and w not in NAME_PARTICLES]
    first = taken[0][2].lower().strip("\"“‘'")
    if not plain or first in NOT_ITEM_NAMES or len(plain[0].strip(".")) < 2:
        return None
    last, end = taken[-1][2], taken[-1][1]
    if last.endswith(".") and last.lower() not in _SUFFIXES and not _INITIALS.fullmatch(last):
        end -= 1  # the full stop after the last name of an entry: 'm. 1990, Per Falk.'
    return taken[0][0], end


def _depths(text: str, start: int, end: int) -> list[int]:
    """The parenthesis depth before each character of ``text[start:end]``."""
    depth, out = 0, []
    for ch in text[start:end]:
        out.append(depth)
        depth += ch == "("
        depth -= ch == ")" and depth > 0
    return out


def split_items(text: str, start: int, end: int) -> list[CharSpan]:
    """The items of a list value: split at commas, semicolons, 'and', '&', line breaks and
    bullets outside parentheses; 'Name, 5th Count X' and 'Name, Princess of Y' stay whole."""
    depth = _depths(text, start, end)
    items: list[CharSpan] = []
    item_start = start
    for m in _SEPARATOR.finditer(text, start, end):
        if depth[m.start() - start]:
            continue
        if m.group() == "," and _title_follows(text, m.end(), end, text[item_start : m.start()]):
            continue
        items.append((item_start, m.start()))
        item_start = m.end()
    items.append((item_start, end))
    return [_trimmed(text, s, e) for s, e in items if text[s:e].strip()]


def _trimmed(text: str, start: int, end: int) -> CharSpan:
    while start < end and text[start] in " \t\r-–—*:.":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    last_word = text[start:end].rsplit(None, 1)[-1].lower() if end > start else ""
    if last_word.endswith(".") and len(last_word) > 3 and last_word not in _SUFFIXES:
        end -= 1  # the full stop that ends a list, not 'Jr.' or an initial
    return start, end


def _title_follows(text: str, at: int, end: int, before: str) -> bool:
    """After 'Name,': a title of that same person ('5th Count Aurand', 'Princess of Wales',
    'now Countess Lund', 'Jr.') rather than the next item ('Princess Ada')."""
    stop = _SEPARATOR.search(text, at, end)
    words = text[at : stop.start() if stop else end].split()
    if words and words[0].lower() in {"now", "later", "the"}:
        words = words[1:]
    if not words:
        return False
    if words[0].lower().strip(",") in _SUFFIXES or _ROMAN.match(words[0]):
        return True
    ordinal = _is_ordinal(words[0])
    rest = words[1:] if ordinal else words
    if not rest or rest[0].lower() not in NAME_TITLES:
        return False
    own_words = set(before.split())
    return ordinal or len(rest) == 1 or rest[1] == "of" or any(w in own_words for w in rest[1:])


@dataclass(slots=True)
class Paren:
    """What a parenthesis after a name says: '(1899–1970)', '(b. 1960)', '(m. 1988; div.
    2001)', '(née Visser)', '(Son of X, husband of Y)', '(sister)'."""

    born: str | None = None
    died: str | None = None
    married: str | None = None  # the wedding of a spouse item ('m. 1988')
    ended: str | None = None  # the end of that marriage ('m. 1988–2001', 'div. 2001')
    divorced: bool = False
    partner_died: str | None = None  # '(m. 1952; died 1980)': the marriage ended by a death
    birth_name: CharSpan | None = None  # '(née Visser)'
    kin: list[tuple[str, list[CharSpan]]] = field(default_factory=list)  # 'son of X and Y'
    word: str | None = None  # '(sister)': the named person's relation to the anchor

    def says_anything(self) -> bool:
        return bool(self.born or self.died or self.married or self.divorced or self.kin) or bool(
            self.birth_name or self.word
        )


def read_paren(text: str, start: int, end: int) -> Paren:
    """Read the inside of a parenthesis, ``text[start:end]``."""
    content = text[start:end]
    dates = find_dates(content)
    out = Paren()
    if _lifespan(content, dates):
        out.born, out.died = dates[0].value, dates[1].value
        return out
    if (open_range := _OPEN_RANGE.fullmatch(content)) is not None:
        out.married = open_range.group("year")  # 'Partner: X (2015–present)': since 2015
        return out
    for s, e in _parts(content, dates):
        own = [d for d in dates if s <= d.start < e]
        if _lifespan(content[s:e], [replace(d, start=d.start - s, end=d.end - s) for d in own]):
            out.born, out.died = own[0].value, own[1].value  # '(born Ada Moss; 1931–2004)'
        else:
            _read_part(text, start, s, e, own, out)
    return out


_OPEN_RANGE = re.compile(r"\s*(?P<year>1[89]\d\d|20\d\d)\s*[-–—]\s*(?:present|now|today)\s*", re.I)


def _lifespan(content: str, dates: list[DateMention]) -> bool:
    """'1899 – 3 March 1970', 'c. 1450–1492': two dates joined by a dash, nothing else."""
    if len(dates) != 2 or not (dates[0].value and dates[1].value):
        return False
    rest = content[: dates[0].start] + "|" + content[dates[0].end : dates[1].start]
    rest += "|" + content[dates[1].end :]
    if not re.fullmatch(r"\s*(?:c\.|ca\.|circa)?\s*\|\s*[-–—]\s*\|\s*", rest):
        return False
    years = int(dates[1].value[:4]) - int(dates[0].value[:4])
    return 0 <= years <= 120


def _parts(content: str, dates: list[DateMention]) -> list[CharSpan]:
    """The parts of a parenthesis between ',' and ';', a comma inside a date kept."""
    inside = {i for d in dates for i in range(d.start, d.end)}
    parts, start = [], 0
    for i, ch in enumerate(content):
        if ch in ",;" and i not in inside:
            parts.append((start, i))
            start = i + 1
    parts.append((start, len(content)))
    return [(s, e) for s, e in parts if content[s:e].strip()]


_KEYWORD = re.compile(
    r"\s*(?P<word>b\.|born|d\.|died|m\.|married|div\.|divorced|née|nee|formerly|since"
    r"|(?-i:[bd])(?=\s+\d))"  # '(b 14 Nov, 1948, d 31 Aug, 1997)': the letter alone before a date
    r"(?:(?=\s|$)|(?<=\.)(?=\d))\s*",  # '(b. 1936)', '(b.1936)'
    re.IGNORECASE,
)
_KIN_OF = re.compile(r"\s*(?P<kin>[A-Za-z][A-Za-z.\- ]*?)\s+of\s+", re.IGNORECASE)


def _read_part(text: str, base: int, s: int, e: int, dates: list[DateMention], out: Paren) -> None:
    """One part of a parenthesis (offsets ``s:e`` in the content, which starts at ``base``)."""
    part = text[base + s : base + e]
    keyword = _KEYWORD.match(part)
    if keyword is None:
        kin = _KIN_OF.match(part)
        if kin and kin.group("kin").lower() in RECORD_KIN:
            names = [
                span
                for a, b in split_items(text, base + s + kin.end(), base + e)
                if (span := name_span(text, a, b))
            ]
            out.kin.append((kin.group("kin").lower(), names))
        elif part.strip().lower() in RECORD_KIN:
            out.word = part.strip().lower()
        return
    word = keyword.group("word").lower()
    after = s + keyword.end()
    date = next((d.value for d in dates if d.start == after), None)
    if word in NEE_WORDS and date is None:
        out.birth_name = name_span(text, base + after, base + e)
    elif word in {"b.", "b", "born"}:
        out.born = date
    elif word in {"m.", "married", "since"}:  # 'Partner: X (since 2022)': the start too
        out.married = date
        out.ended = next((d.value for d in dates if d.qualifier == "to"), None)
    elif word in {"div.", "divorced"}:
        out.divorced = True
        out.ended = date or out.ended
    elif out.married or out.divorced:  # '(m. 1952; died 1980)'
        out.partner_died = out.ended = date
    else:
        out.died = date


@dataclass(slots=True)
class Item:
    """One item of a value: the name it opens with and what its parenthesis says."""

    name: CharSpan
    paren: Paren
    date: str | None = None  # a date after the name outside the parenthesis ('since 2010')


def read_item(text: str, start: int, end: int) -> Item | None:
    """'Mirja Lund (m. 1988)', 'Twin sisters Ada Moss', 'Eva Moser (b. 1957)' → the item; its
    name keeps a title written after it ('Georg Aurand, 5th Count Aurand': one person)."""
    span = name_span(text, start, end)
    if span is None:
        return None
    span = _with_title(text, span, end)
    opening = text.find("(", span[1], end)
    rest = text[span[1] : opening if opening >= 0 else end].lower()
    if any(word not in _ITEM_TAIL_WORDS for word in re.findall(r"[^\W\d_]+", rest)):
        return None  # 'Mother: My son is a hero': prose after a label, no list item
    closing = text.find(")", opening + 1, end) if opening >= 0 else -1
    if opening >= 0 and closing < 0:
        closing = end  # a value cut before its closing parenthesis
    paren = read_paren(text, opening + 1, closing) if opening >= 0 else Paren()
    tail = [d.value for d in find_dates(rest) if d.value]
    return Item(span, paren, tail[0] if tail else None)


def _with_title(text: str, span: CharSpan, end: int) -> CharSpan:
    """A name with the title after it: ', 5th Count Aurand', ', Princess of Wales', ' 9th Earl
    Lund' (up to the next separator or parenthesis)."""
    after = span[1]
    comma = text.startswith(",", after)
    rest = text[after + 1 if comma else after : end]
    words = rest.split()
    ordinal_title = len(words) > 1 and _is_ordinal(words[0]) and words[1].lower() in NAME_TITLES
    if not (comma and _title_follows(text, after + 1, end, text[span[0] : span[1]])) and not (
        not comma and ordinal_title
    ):
        return span
    stop = _SEPARATOR.search(text, after + 1, end)
    paren = text.find("(", after, end)
    title_end = min(x for x in (stop.start() if stop else end, paren if paren >= 0 else end))
    return _trimmed(text, span[0], title_end)
