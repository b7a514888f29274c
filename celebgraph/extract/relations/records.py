"""Person records: a heading that is a name, and the "Label: value" lines under it.

    Count Felix Aurand
    Parents: Georg Aurand, 5th Count Aurand and Hedda Lowe
    Siblings: Lady Ottilie Brandt, Max Aurand
    Relationship to Ada Lowe: Brother

Each value item is related to the heading person by the label; items keep "Name, Title"
whole. A heading may carry a parenthesis, "Paul Mercer (Son of Ruth Mercer, husband of Ines
Vidal)" or "Anton Reyes (1899–1970)": its phrases belong to the heading name. This is line
structure, not syntax: the lines are read from the characters, the names by position (the
NER misses many of them; ``record_names`` adds them as mentions before people are grouped),
and the lines read here are skipped by the prose rules (``Records.owns``). Dictionary entries
("Born X ...; dau. of ...; m. ...") are read by ``entries``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from celebgraph.extract.dates.find import find_dates
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import NAME_TITLES
from celebgraph.extract.patterns.records import (
    IGNORED_LABELS,
    ITEM_PREFIX_WORDS,
    LABEL_ALIASES,
    LIFE_LABELS,
    NAME_LABELS,
    NOT_HEADING_WORDS,
    RECORD_KIN,
    RELATIONSHIP_LABEL,
)
from celebgraph.extract.people.known_names import doc_text
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.people.persons import People
from celebgraph.extract.relations.entries import find_entries
from celebgraph.extract.relations.notation import (
    CharSpan,
    Claim,
    Paren,
    kin_claim,
    maiden_form,
    name_span,
    read_item,
    read_paren,
    split_items,
)
from celebgraph.extract.relations.notices import find_notices
from celebgraph.extract.relations.sibling_sets import find_sibling_sets

__all__ = ["Records", "find_records", "record_facts", "record_names"]

_LABEL = re.compile(
    r"[ \t]*(?:[•·▪\-–—][ \t]*)?\**(?P<label>[A-Za-z][A-Za-z’' -]{0,30}?)[ \t]*"
    r"(?:\((?:e?s|ren)\))?\**[ \t]*(?::|\t)\**[ \t]*(?P<value>.*)"
)
_DASH_LABEL = re.compile(
    r"[ \t]*\**(?P<label>[A-Za-z][A-Za-z’'()]*(?: [A-Za-z’'()]+)?)\**"
    r"[ \t]+[—–-][ \t]+(?P<value>\S.*)"
)
_LABEL_MODIFIERS = ("ex-", "former ", "late ", "current ", "first ", "second ", "third ")
_RELATIONSHIP = re.compile(
    r"[ \t]*(?:[•*·▪\-–—][ \t]*)?relationship to (?P<who>[^:\n]+?)[ \t]*:[ \t]*(?P<value>.*)",
    re.IGNORECASE,
)
_HEADING_MARKER = re.compile(r"[ \t]*(?:(?:#+|\d{1,3}[.)]|[•*·▪_]+)[ \t]*)+")
_BULLET = re.compile(r"[ \t]*[•*·▪\-–—][ \t]*\S")


@dataclass(slots=True)
class Records:
    """What the records of a document state, and which of its lines they are."""

    claims: list[Claim] = field(default_factory=list)
    names: list[CharSpan] = field(default_factory=list)  # each name a claim needs as a mention
    not_names: list[CharSpan] = field(default_factory=list)  # '(née Visser)': no one else
    owned: list[CharSpan] = field(default_factory=list)  # the lines read here, in text order
    groups: list[int] = field(default_factory=list)  # per claim: its record's number
    birth_names: list[tuple[CharSpan, str]] = field(default_factory=list)  # 'X (née Y)'
    forms: dict[CharSpan, str] = field(default_factory=dict)  # 'Mara' → 'Mara Kovac'

    def owns(self, sent: Span) -> bool:
        """True when the sentence (without its surrounding blanks) lies inside record lines."""
        if not self.owned:
            return False
        words = [t for t in sent if not t.is_space] or [sent[0]]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        i = bisect.bisect_right(self.owned, (start, end)) - 1
        return i >= 0 and self.owned[i][0] <= start and end <= self.owned[i][1]

    def add(self, claim: Claim | None, group: int) -> None:
        if claim is not None:
            self.claims.append(claim)
            self.groups.append(group)
            self.names += [s for s in (claim.subject, claim.object) if s is not None]


def find_records(doc: Doc) -> Records:
    """The records of ``doc`` (read once per document)."""
    found = doc.user_data.get("celebgraph_records")
    if isinstance(found, Records):
        return found
    records = _read(doc)
    doc.user_data["celebgraph_records"] = records
    return records


def _read(doc: Doc) -> Records:
    # zero-width spaces around infobox '(m. 1988)'; the cell bars of a table row read as tabs,
    # so 'Parents: | A, B |' and '| Spouse | C (m. 1990) |' are label lines like any other
    text = doc_text(doc).replace("\u200b", " ").replace("|", "\t")
    records = Records()
    lines, start = [], 0
    for line in text.split("\n"):
        lines += _cells(text, start, start + len(line))
        start += len(line) + 1
    title = _title_person(doc, text, lines)
    for number, (head, block) in enumerate(_blocks(doc, text, lines)):
        _read_record(text, head, block, records, number, title)
    entry_claims, entry_owned = find_entries(text)
    for claim in entry_claims:
        records.add(claim, -1)
    set_claims, set_owned, records.forms = find_sibling_sets(text)
    for claim in set_claims:
        records.add(claim, -1)
    notices = find_notices(text, lines)
    for claim in notices.claims:
        records.add(claim, -1)
    records.forms.update(notices.forms)
    records.owned = sorted(records.owned + entry_owned + set_owned + notices.owned)
    records.not_names = [
        (m.start(), m.end()) for m in re.finditer(r"\((?:née|nee) [^()\n]{1,60}\)", text)
    ]
    return records


def _label(text: str, line: CharSpan) -> tuple[str, CharSpan | None, CharSpan] | None:
    """(label key, 'Relationship to X' person, value) of a 'Label: value' line, else None.
    A field this reader has no use for ('Age: 45', 'Occupation: Actor') has the key ''."""
    s, e = line
    rel = _RELATIONSHIP.fullmatch(text, s, e)
    if rel:
        return RELATIONSHIP_LABEL, rel.span("who"), rel.span("value")
    m = _LABEL.fullmatch(text, s, e)
    if not m:
        dash = _DASH_LABEL.fullmatch(text, s, e)  # 'Spouse — X (m. 2006)': a known label only
        key = _label_key(dash.group("label")) if dash else ""
        if dash and (key in RECORD_KIN or key in LIFE_LABELS):
            return key, None, dash.span("value")
        return None
    key = _label_key(m.group("label"))
    if key in RECORD_KIN or key in LIFE_LABELS or key in NAME_LABELS or key in IGNORED_LABELS:
        return key, None, m.span("value")
    value = m.group("value").strip()
    field = m.group("label")[:1].isupper() and len(value.split()) <= 10 and len(m["label"]) < 25
    return ("", None, m.span("value")) if field and not value.endswith(".") else None


def _label_key(label: str) -> str:
    """'Spouse(s)' → 'spouse', "Mother's name" → 'mother', 'Former partner' → 'partner'."""
    key = " ".join(label.lower().replace("’", "'").split())
    key = LABEL_ALIASES.get(key, key)
    for ending in ("'s name", " name"):
        if key.endswith(ending) and key[: -len(ending)] in RECORD_KIN:
            return key[: -len(ending)]
    for modifier in _LABEL_MODIFIERS:
        if (
            key not in RECORD_KIN
            and key.startswith(modifier)
            and key[len(modifier) :] in RECORD_KIN
        ):
            return key[len(modifier) :]
    return key


def _heading(doc: Doc, text: str, line: CharSpan) -> tuple[CharSpan, Paren | None] | None:
    """A line that is a person's name, with an optional title after a comma and a closing
    parenthesis: 'Earl Lund, 9th Earl Lund', 'Paul Mercer (Son of Ruth Mercer)'."""
    s, e = line
    marker = _HEADING_MARKER.match(text, s, e)  # '## Ada Lund', '3. Ada Lund', '**Ada Lund**'
    s = marker.end() if marker else s
    while e > s and text[e - 1] in " \t\r*_#":
        e -= 1
    if e <= s or text[e - 1] in ".!?:;,":
        return None
    paren = None
    name_end = e
    if text[e - 1] == ")":
        opening = text.find("(", s, e)
        if opening <= s:
            return None
        paren, name_end = read_paren(text, opening + 1, e - 1), opening
    span = name_span(text, s, name_end)
    if span is None or text[s : span[0]].strip() or not _person_like(doc, text, span):
        return None
    rest = text[span[1] : name_end].strip()
    if rest and not _title_rest(rest):
        return None
    return span, paren


def _relation_span(relation: str, paren: Paren) -> bool:
    if not (paren.born and paren.died):
        return False
    years = int(paren.died[:4]) - int(paren.born[:4])
    return relation == "partner" or (relation == "spouse" and years <= _LONGEST_MARRIAGE_SPAN)


_LONGEST_MARRIAGE_SPAN = 40  # a longer bare range by a spouse's name is the spouse's life


def _cells(text: str, s: int, e: int) -> list[CharSpan]:
    """A line, or its cells when more than one holds a known label ('Father: A | Mother: B')."""
    tabs = [s + m.start() + 1 for m in re.finditer("\t", text[s:e])]
    cuts = [s] + [t for t in tabs if _known_cell(text, t, e)]
    if len(cuts) == 1 or _LABEL.fullmatch(text, s, cuts[1]) is None:
        return [(s, e)]
    return [(a, b - 1 if b < e else b) for a, b in zip(cuts, [*cuts[1:], e], strict=True)]


def _known_cell(text: str, s: int, e: int) -> bool:
    m = _LABEL.match(text, s, e)
    return m is not None and _label_key(m.group("label")) in RECORD_KIN | LIFE_LABELS.keys()


def _title_rest(rest: str) -> bool:
    """', 9th Earl Lund' / '9th Earl Lund' / ', Princess of Arland' after a heading name."""
    words = rest.lstrip(", ").split()
    if words and words[0][:1].isdigit():
        words = words[1:]
    return bool(words) and words[0].lower() in NAME_TITLES


def _person_like(doc: Doc, text: str, span: CharSpan) -> bool:
    """A heading name is a person: the NER says so, or its words are proper nouns and none
    is a section word ('Quick Facts')."""
    words = text[span[0] : span[1]].lower().split()
    if any(w in NOT_HEADING_WORDS or w in ITEM_PREFIX_WORDS or w in LIFE_LABELS for w in words):
        return False
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in tokens) or (
        len(words) >= 2 and all(t.pos_ == "PROPN" for t in tokens)
    )


def _blocks(
    doc: Doc, text: str, lines: list[CharSpan]
) -> Iterator[tuple[tuple[CharSpan, CharSpan, Paren | None] | None, list[CharSpan]]]:
    """(heading line and name and parenthesis, the label lines under it) per record."""
    n = 0
    while n < len(lines):
        if _label(text, lines[n]) is None:
            s, e = lines[n]
            closed = e - s < 200 and text[s:e].rstrip().endswith(")")
            heading = _heading(doc, text, lines[n]) if closed else None
            if heading and heading[1] is not None and heading[1].says_anything():
                yield (lines[n], *heading), []  # a heading line with its parenthesis
            n += 1
            continue
        first, block = n, []
        while n < len(lines) and (
            _label(text, lines[n]) is not None
            or _continues(text, lines, n)
            or _more_items(doc, text, lines, n)
        ):
            block.append(lines[n])
            n += 1
        if any((label := _label(text, line)) and label[0] for line in block):
            yield _head_above(doc, text, lines, first), block


def _continues(text: str, lines: list[CharSpan], n: int) -> bool:
    """A line that goes on with the record: a bullet item, or a blank line before a label."""
    s, e = lines[n]
    if not text[s:e].strip():
        return n + 1 < len(lines) and _label(text, lines[n + 1]) is not None
    return bool(_BULLET.match(text, s, e))


def _more_items(doc: Doc, text: str, lines: list[CharSpan], n: int) -> bool:
    """A line that is one more item of the label above ('Parent(s): Ada Lind (mother)' then
    'Ivo Lind (father)'), not the heading of the next record (a name a label line follows,
    without a kin word of its own)."""
    s, e = lines[n]
    if not 0 < len(text[s:e].split()) <= 8 or text[s:e].rstrip().endswith("."):
        return False
    item = read_item(text, s, e)
    if item is None:
        return False
    heads_next = n + 1 < len(lines) and _label(text, lines[n + 1]) is not None
    return item.paren.word is not None or not (heads_next and _heading(doc, text, lines[n]))


def _head_above(
    doc: Doc, text: str, lines: list[CharSpan], first: int
) -> tuple[CharSpan, CharSpan, Paren | None] | None:
    """The heading a record's label lines hang under: the nearest name line above them, past
    blank lines and at most one short subtitle ('Danish actress')."""
    subtitles = 0
    for n in range(first - 1, max(-1, first - 6), -1):
        line = text[lines[n][0] : lines[n][1]].strip()
        if not line:
            continue
        heading = _heading(doc, text, lines[n])
        if heading:
            return (lines[n], *heading)
        if subtitles or len(line.split()) > 6 or line.endswith("."):
            return None
        subtitles += 1
    return None


def _read_record(
    text: str,
    head: tuple[CharSpan, CharSpan, Paren | None] | None,
    block: list[CharSpan],
    records: Records,
    number: int,
    title: CharSpan | None,
) -> None:
    person = head[1] if head else _named_by_label(text, block) or title
    if person is None:
        return
    top = head[0][0] if head else block[0][0]
    if head:
        records.owned.append(head[0])
        _read_heading_paren(text, person, head[2], head[0], records, number)
    records.owned += block
    for n, line in enumerate(block):
        label = _label(text, line)
        if label is None:
            continue
        key, who, value = label
        if not key:
            continue  # 'Age: 45'
        values = [value]
        for below in block[n + 1 :]:  # the bullet lines under the label
            if _label(text, below) is not None:
                break
            values.append(below)
        evidence = (top, values[-1][1] if len(values) > 1 else line[1])
        _read_line(text, person, key, who, values, evidence, records, number)
    if head is None and person == title:  # less sure: the page title, far above the lines
        records.claims = [
            replace(c, confidence=0.7) if g == number else c
            for c, g in zip(records.claims, records.groups, strict=True)
        ]


def _title_person(doc: Doc, text: str, lines: list[CharSpan]) -> CharSpan | None:
    """The person a page's title opens with ('Tom Hale: Everything to know'), the subject
    of label lines that no heading or 'Name:' introduces."""
    for s, e in lines:
        line = text[s:e].strip()
        if not line or line.startswith("date "):
            continue
        span = name_span(text, s, e)
        ok = span is not None and len(text[slice(*span)].split()) >= 2
        return span if ok and span and _person_like(doc, text, span) else None
    return None


def _named_by_label(text: str, block: list[CharSpan]) -> CharSpan | None:
    """'Full name: Hanna Sorel' in a record without a heading."""
    for line in block:
        label = _label(text, line)
        if label and label[0] in NAME_LABELS:
            return name_span(text, *label[2])
    return None


def _read_heading_paren(
    text: str, person: CharSpan, paren: Paren | None, line: CharSpan, records: Records, n: int
) -> None:
    if paren is None:
        return
    if paren.birth_name:
        records.birth_names.append((person, text[slice(*paren.birth_name)]))
    for relation, date in (("born", paren.born), ("died", paren.died)):
        if date:
            records.add(Claim(relation, person, None, line, date=date), n)
    for kin, names in paren.kin:
        for name in names:
            records.add(kin_claim(kin, name, person, line), n)


def _read_line(
    text: str,
    person: CharSpan,
    key: str,
    who: CharSpan | None,
    values: list[CharSpan],
    evidence: CharSpan,
    records: Records,
    n: int,
) -> None:
    """The facts of one label line (its value and the bullet lines under it)."""
    if key in LIFE_LABELS:
        dates = [d for d in find_dates(text[values[0][0] : values[0][1]]) if d.value]
        if dates:
            records.add(Claim(LIFE_LABELS[key], person, None, evidence, date=dates[0].value), n)
        return
    if key == RELATIONSHIP_LABEL and who is not None:
        other = name_span(text, *who)
        word = text[values[0][0] : values[0][1]].strip().lower()
        if other is not None:
            records.add(kin_claim(word, other, person, evidence), n)
        return
    for value in values:
        for s, e in split_items(text, *value):
            item = read_item(text, s, e)
            if item is None:
                continue
            kin = key if key in RECORD_KIN else item.paren.word
            claim = kin_claim(kin, person, item.name, evidence) if kin else None
            paren = item.paren
            if claim and claim.relation in {"spouse", "partner"}:
                start = paren.married or item.date  # '(m. 1988)', 'since 2010'
                end = paren.ended
                if not start and _relation_span(claim.relation, paren):
                    # 'Partner(s): X (2005–2007)': a bare range in a partner field is the
                    # relationship's span; in a spouse field too when shorter than a life
                    # ('Spouses: X (1999–2008)'; a wiki writes '(m. 1995; div. 2001)')
                    start, end, paren = paren.born, paren.died, Paren()
                claim = Claim(claim.relation, person, item.name, evidence, start=start, end=end)
            records.add(claim, n)
            for relation, date in (("born", paren.born), ("died", paren.died)):
                if date:
                    records.add(Claim(relation, item.name, None, evidence, date=date), n)


def record_names(doc: Doc, mentions: list[Mention]) -> None:
    """Hook for ``find_people``: every name a record or entry relates is one mention, written
    whole ('Eir Lund' where the NER found 'Lund'; 'Georg Aurand, 5th Count Aurand'; names
    it missed, 'mother of Rahul and Priyanka'); a maiden name '(née X)' is nobody else."""
    records = find_records(doc)
    if not records.names and not records.not_names:
        return
    over: dict[int, list[Mention]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            over.setdefault(i, []).append(m)
    dropped: set[int] = set()
    for s, e in records.not_names:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            dropped.update(id(m) for i in range(span.start, span.end) for m in over.get(i, []))
    added: list[Mention] = []
    for s, e in sorted(set(records.names)):
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None or not len(span):
            continue
        inside = [m for i in range(span.start, span.end) for m in over.get(i, [])]
        same = [m for m in inside if m.start == span.start and m.end == span.end]
        if same:
            same[0].form = records.forms.get((s, e), same[0].form)  # 'Ana' → 'Ana van Dijk'
            continue
        dropped.update(id(m) for m in inside)
        form = " ".join(word.rstrip(",") for word in span.text.split())  # titles without commas
        form = records.forms.get((s, e), form)
        mention = Mention(span.start, span.end, form)
        added.append(mention)
        for i in range(span.start, span.end):
            over.setdefault(i, []).append(mention)
    mentions[:] = sorted(
        [m for m in mentions + added if id(m) not in dropped], key=lambda m: m.start
    )


def record_facts(doc: Doc, people: People) -> list[RawFact]:
    """The raw facts of the document's records and entries. In one record a person holds one
    relation to another: 'Siblings: John Lund' read as the 'Parents: Edward John Lund' of
    the line above (one person to the name grouping) gives no second fact."""
    records = find_records(doc)
    facts: list[RawFact] = []
    held: dict[tuple[int, frozenset[int]], tuple[str, int]] = {}
    for claim, group in zip(records.claims, records.groups, strict=True):
        subject = _person(doc, people, claim.subject)
        obj = _person(doc, people, claim.object) if claim.object else None
        evidence = doc.char_span(*claim.evidence, alignment_mode="expand")
        if subject is None or evidence is None or subject == obj:
            continue
        if claim.object is not None:
            if obj is None:
                continue
            relation = (claim.relation, subject if claim.relation == "parent" else -1)
            if held.setdefault((group, frozenset((subject, obj))), relation) != relation:
                continue
        facts.append(
            RawFact(
                claim.relation,
                subject,
                obj,
                evidence,
                claim.confidence,
                date=claim.date,
                start=claim.start,
                end=claim.end,
            )
        )
    for span, birth_name in records.birth_names:
        person = _person(doc, people, span)
        if person is not None:
            entry = people.persons[person]
            entry.forms.add(maiden_form(entry.name, birth_name))
    return facts


def _person(doc: Doc, people: People, span: CharSpan) -> int | None:
    """The person of the first mention inside a name's span."""
    tokens = doc.char_span(*span, alignment_mode="contract")
    if tokens is None:
        return None
    found = people.within(tokens.start, tokens.end)
    return found[0].person if found else None
