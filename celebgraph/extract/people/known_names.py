"""A second pass over the mentions: names the document already gave, wherever they recur.

A name found once in a name slot is a name everywhere else; members of a list of names are
names; a headline's stray words are trimmed; a known name takes the surname written after it.
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Doc, Span

from celebgraph.extract.patterns.lexicons import CHILD_MODIFIERS, NAME_TITLES
from celebgraph.extract.patterns.names import (
    CORPORATE_NOUNS,
    HEADLINE_VERBS,
    ROMANIZED_GIVEN_NAME,
    TITLE_CASE_SMALL_WORDS,
    given_names,
)
from celebgraph.extract.people.chains import (
    JOB_WORDS,
    conferred_title,
    kin_word,
    maiden_name,
    name_token_at,
    name_words,
)
from celebgraph.extract.people.headings import name_headings
from celebgraph.extract.people.lists import lead_in_name_spans
from celebgraph.extract.people.mentions import Mention, is_name_token, names_a_seat
from celebgraph.extract.tokens import Tokens, doc_text, entities, tokens_of

__all__ = [
    "add_known_forms",
    "couple_lines",
    "doc_text",
    "drop_headline_junk",
    "extend_known",
    "line_span",
    "link_line",
]


def line_span(doc: Doc, first: int, last: int | None = None) -> tuple[int, int]:
    """Character span of the text's lines from the one holding character ``first`` to the one
    holding ``last`` (default: the same line), without their line breaks."""
    starts = doc.user_data.get("celebgraph_line_starts")
    if starts is None:  # where each line starts, found once per document
        text = doc_text(doc)
        starts = [0, *(found.end() for found in re.finditer("\n", text))]
        doc.user_data["celebgraph_line_starts"] = starts
    end = bisect.bisect_right(starts, first if last is None else last)
    stop = starts[end] - 1 if end < len(starts) else len(doc_text(doc))
    return starts[bisect.bisect_right(starts, first) - 1], stop


def link_line(doc: Doc, sent: Span) -> bool:
    """True for a sentence on a line below the title whose three or more words are all
    capitalised but the small ones ('X Breaks Silence On Y Divorce'): a related-article link
    or a subheading, not prose ('January 2022: They separate' is prose; so is a listicle's
    '5. Ada and Cleo Moss')."""
    return _line_kind(doc, sent.start, sent.end)[1] and sent.start_char > _title_end(doc)


def _line_kind(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    idx = tokens_of(doc).idx
    span = line_span(doc, idx[start], idx[end - 1])
    known: dict[tuple[int, int], tuple[bool, bool]] = doc.user_data.setdefault(
        "celebgraph_headlines", {}
    )
    if span not in known:
        line = doc_text(doc)[span[0] : span[1]].strip()
        known[span] = _headline(line), _title_case(line)
    return known[span]


def _title_case(line: str) -> bool:
    if line.endswith((".", '"', "”")) or re.match(r"\d+[.)]", line):
        return False  # closed like a sentence; '5. Ada and Cleo Moss': a listicle's item
    words = _words(line)  # split only now: most lines are paragraphs closed by a full stop
    return len(words) >= 3 and all(
        w[:1].isupper() or w.lower() in TITLE_CASE_SMALL_WORDS for w in words
    )


def _title_end(doc: Doc) -> int:
    """Where the text's first line with words on it ends (its title, when it has one)."""
    text = doc_text(doc)
    found = re.search(r"\S[^\n]*", text)
    return found.end() if found else 0


def _in_headline(doc: Doc, m: Mention) -> bool:
    """True inside a mostly capitalised line with no closing punctuation (a headline, a
    related-article link or a caption)."""
    return _line_kind(doc, m.start, m.end)[0]


def _words(line: str) -> list[str]:
    """The words of a line, without the brackets and quotes before them."""
    return [w for w in (w.lstrip("([\"'“‘") for w in line.split()) if w[:1].isalpha()]


def _headline(line: str) -> bool:
    """Mostly capitalised, not closed like a sentence; or Title Case ending in '!' or '?'."""
    if not line.endswith((".", "!", "?", '"', "”")):
        words = _words(line)
        if words and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
            return True
    return _title_case(line)


def drop_headline_junk(doc: Doc, mentions: list[Mention]) -> None:
    """In a Title-Case headline or link line every word is capitalised, so only what the body
    also names is a person there: 'Rolf Voss Speaks Out' → 'Rolf Voss' when the body names
    Rolf Voss; 'Warm Wishes Pour In' is no one. A text that is all headlines is left as is."""
    couples = couple_lines(doc, mentions)
    items = {start for start, _ in lead_in_name_spans(doc)}  # '- Wrenna' under 'daughters:'
    heads = [_in_headline(doc, m) and id(m) not in couples and m.start not in items
             for m in mentions]
    body = [m.form for m, head in zip(mentions, heads, strict=True) if not head]
    if not body:
        return
    forms = set(body)
    plain = [parts for form in body if (parts := name_words(form)) and "of" not in parts]
    surnames = {parts[-1] for parts in plain}
    words = surnames | {parts[0] for parts in plain}
    kept: list[Mention] = []
    for m, head in zip(mentions, heads, strict=True):
        at, n = _named_in_body(doc, m, forms, words, surnames) if head else (0, m.end - m.start)
        if n:
            if n < m.end - m.start:
                if at and m.descriptor is None and _glued_descriptor(
                        doc[m.start : m.start + at + n], forms) == (at, n):
                    m.descriptor = doc[m.start : m.start + at].text.lower()  # 'olympic rower'
                m.start, m.end = m.start + at, m.start + at + n
                m.form = doc[m.start : m.end].text
            kept.append(m)
    mentions[:] = kept


_LIST_MARK = re.compile(r"^(?:#?\d{1,2}[.):]?|[-*•])\s*")


def couple_lines(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The mentions of lines that are two names and nothing else, a listicle's item heading
    ('3. Ada Moss and Teo Pike'): the couple the item is about, not a headline's words."""
    text, t = doc_text(doc), tokens_of(doc)
    by_line: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_line.setdefault(line_span(doc, t.idx[m.start]), []).append(m)
    kept: set[int] = set()
    runs = {run for h in name_headings(doc) for run in h.runs}
    for (start, end), ms in by_line.items():
        if all((m.start, m.end) in runs for m in ms):
            kept.update(id(m) for m in ms)  # 'Ada Moss, 41, and Teo Pike, 45 (2009-present)'
            continue
        if len(ms) == 1 and _item_heading(doc, text, start, end, ms[0]):
            kept.add(id(ms[0]))  # '1. Ada Moss': the one person the item is about
        if len(ms) != 2:
            continue
        first, second = sorted(ms, key=lambda m: m.start)
        before = text[start : doc[first.start].idx].strip()
        between = doc[first.end : second.start].text.strip().lower()
        after = text[doc[second.end - 1].idx + len(doc[second.end - 1].text) : end].strip()
        if (between in {"and", "&"} and not after and not _LIST_MARK.sub("", before)
                and doc[second.end - 1].lower_ not in HEADLINE_VERBS):  # '... Teo Pike Divorce'
            kept.update((id(first), id(second)))
    return kept


def _item_heading(doc: Doc, text: str, start: int, end: int, m: Mention) -> bool:
    """A numbered line that is one name and nothing else: '1. Ada Moss'."""
    before = text[start : doc[m.start].idx].strip()
    last = doc[m.end - 1]
    after = text[last.idx + len(last.text) : end].strip()
    return bool(before) and not after and not _LIST_MARK.sub("", before) and before[0].isdigit()


def _named_in_body(
    doc: Doc, m: Mention, forms: set[str], words: set[str], surnames: set[str]
) -> tuple[int, int]:
    """Where in a headline mention the name the body gives is: (first token, token count);
    (0, 0) for none. A run of words ending in a body surname is a name unless a headline verb
    is among them; then a form the body writes later in the span is meant: the NER's 'Lark
    Marries Ada Moss' is the body's 'Ada Moss'."""
    size = m.end - m.start
    if m.form in forms:
        return 0, size
    for n in range(size, 0, -1):
        tokens = doc[m.start : m.start + n]
        if tokens.text in forms or (n == 1 and tokens.text in words):
            return 0, n
        # 'Ada Moss' in the headline, 'Moss' in the body; not 'Lark Weds Designer Ada Moss'
        # nor 'After Divorcing Ada Moss', nor 'Pop Star Zerina' (the body's 'pop star Zerina')
        if n > 1 and tokens[-1].text in surnames and not any(
                t.lower_ in HEADLINE_VERBS or t.lower_ in JOB_WORDS
                or (_headline_gerund(t.lower_) and t.text not in words) for t in tokens):
            return _glued_descriptor(tokens, forms) or (0, n)
    for at in range(1, size):
        for n in range(size - at, 0, -1):
            if doc[m.start + at : m.start + at + n].text in forms:
                return at, n
    return 0, 0


def _glued_descriptor(tokens: Span, forms: set[str]) -> tuple[int, int] | None:
    """'Olympic Rower Ada Moss' in a headline, 'Ada Moss' in the body: the words before the
    body's full name are a descriptor the lexicons lack, unless one is a title or a given
    name ('Dame Ada Moss', 'Ada Jane Moss' / 'Jane Moss'). (first token, token count)."""
    for at in range(1, len(tokens) - 1):
        rest = tokens[at:]
        if rest.text in forms and len(rest) > 1 and not any(
                t.lower_ in NAME_TITLES or t.lower_ in given_names() or t.is_punct
                for t in tokens[:at]):
            return at, len(rest)
    return None


def _headline_gerund(word: str) -> bool:
    """A capitalised '-ing' verb of a headline ('Divorcing', 'Dating'), not a given name
    ('Sterling', 'Channing')."""
    return len(word) > 5 and word.endswith("ing") and word not in given_names()


def extend_known(doc: Doc, mentions: list[Mention]) -> None:
    """'Rose Nia' known, 'Rose Nia Doe' written: the untagged surname joins the mention."""
    forms = {m.form for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        end = m.end
        while (
            end < len(doc)
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and is_name_token(doc[end])
            and doc[end].ent_type_ not in {"GPE", "DATE"}
            and not kin_word(doc[end])  # 'the Lund Sisters' is a group, not a name
            and not conferred_title(doc, end)  # 'created his son Ivo Duke of Lenz'
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
        if end > m.end and m.form in forms and not _in_headline(doc, m):
            m.end = end
            m.form = doc[m.start : end].text
    # 'Moss' known, 'Moss Hotels' written: a firm named after the family, no mention of anyone
    mentions[:] = [m for m in mentions if doc[m.end - 1].lower_ not in CORPORATE_NOUNS]


def add_known_forms(doc: Doc, mentions: list[Mention]) -> None:
    """A name found once in a name slot ('son Milo') is a name wherever else it is written."""
    forms = _known_forms(doc, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    cover = _Cover(mentions)
    written = _Occurrences(doc)
    in_other_names = _in_other_names(doc)
    t = tokens_of(doc)
    for words, form in sorted(forms.items(), key=lambda f: -len(f[0])):
        n = len(words)
        for i in written.at(words):
            if n > 1 and cover.only_parts(i, i + n):
                cover.drop_within(i, i + n)  # '[Travis] [Cole]' → 'Travis Cole'
                taken.difference_update(range(i, i + n))
            if (
                not taken.intersection(range(i, i + n))
                and (name_token_at(t, i) or _proper_stop_word(t, i))
                and (n > 1 or _surname_slot(doc, i))
                and not (n == 1 and i in in_other_names)  # a full name stays a name
                and not (n == 1 and i > 0 and t.lower[i - 1] == "the")  # 'the Lund Sisters'
                and not (n == 1 and _a_place_named(doc, i))  # 'filed in Georgia' (son Georgia)
                and not names_a_seat(doc, i, i + n)
                and not maiden_name(doc, i)
            ):
                cover.add(Mention(i, i + n, form))
                taken.update(range(i, i + n))
    for given, i in _given_name_subjects(doc, forms, taken, written):
        cover.add(Mention(i, i + 1, given))  # 'Tarek Lind ... Tarek became a singer.'
        taken.add(i)
    mentions[:] = cover.current()
    _add_list_members(doc, mentions, taken)
    mentions.sort(key=lambda m: m.start)


def _given_name_subjects(
    doc: Doc, forms: dict[tuple[str, ...], str], taken: set[int], written: _Occurrences
) -> list[tuple[str, int]]:
    """The given name of a known full name, alone, opening a sentence as its subject ('Tarek
    became a singer in the 70s', the NER having missed it): that person, when no other known
    name starts with the same given name."""
    owners: dict[str, set[str]] = {}
    for words, form in forms.items():
        if len(words) >= 2 and words[0][:1].isupper() and not any(
            w.lower() in NAME_TITLES or w.lower() == "of" for w in words
        ):
            owners.setdefault(words[0], set()).add(" ".join(name_words(form)))
    found: list[tuple[str, int]] = []
    t = tokens_of(doc)
    for given, fulls in owners.items():
        if len(fulls) != 1 or (given,) in forms:
            continue
        for i in written.at((given,)):
            tok = doc[i]
            if (
                i not in taken
                and tok.is_sent_start is True
                and tok.dep_ in {"nsubj", "nsubjpass"}
                and name_token_at(t, i)
                and not (i + 1 < len(doc) and name_token_at(t, i + 1))
            ):
                found.append((given, i))
    return found


def _known_forms(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], str]:
    """The words of each mention → its form; also a two-word name's surname alone."""
    text = tokens_of(doc).text
    forms = {tuple(text[m.start : m.end]): m.form for m in mentions}
    for m in mentions:  # 'Cross shares ...' after 'Ethan Cross': the surname alone
        parts = name_words(m.form)
        plain = not any(w.lower() in NAME_TITLES or w == "of" for w in parts)
        if len(parts) >= 2 and plain and (parts[-1],) not in forms:
            forms[(parts[-1],)] = parts[-1]
        for alias in m.aliases:  # 'Margo' after 'Marguerite "Margo" Ellery'
            forms.setdefault(tuple(alias.split()), alias)
    return forms


class _Occurrences:
    """Where a run of words is written in the document, found by its first two words."""

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = tokens_of(doc).text  # no Token object made
        self.by_word: dict[str, list[int]] = {}
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        for i, text in enumerate(self.texts):
            self.by_word.setdefault(text, []).append(i)
        for i, pair in enumerate(itertools.pairwise(self.texts)):
            self.by_pair.setdefault(pair, []).append(i)

    def at(self, words: tuple[str, ...]) -> list[int]:
        """Token indices where ``words`` begin, in text order."""
        if len(words) == 1:
            return self.by_word.get(words[0], [])
        n = len(words)
        pairs = self.by_pair.get((words[0], words[1]), [])
        return [i for i in pairs if tuple(self.texts[i : i + n]) == words]


class _Cover:
    """The mentions over each token, kept up to date as mentions are added and dropped."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = list(mentions)
        self.dropped: set[int] = set()
        self.over: dict[int, list[Mention]] = {}
        for m in mentions:
            self._index(m)

    def _index(self, m: Mention) -> None:
        for i in range(m.start, m.end):
            self.over.setdefault(i, []).append(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._index(m)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        found = {
            id(m): m
            for i in range(start, end)
            for m in self.over.get(i, [])
            if id(m) not in self.dropped
        }
        return list(found.values())

    def only_parts(self, start: int, end: int) -> bool:
        """True when some mention lies in ``start:end`` and none runs outside it."""
        inside = self.overlapping(start, end)
        return bool(inside) and all(
            start <= m.start and m.end <= end and m.end - m.start < end - start for m in inside
        )

    def drop_within(self, start: int, end: int) -> None:
        """Drop the mentions inside ``start:end`` (after ``only_parts``: all that overlap it)."""
        self.dropped.update(id(m) for m in self.overlapping(start, end))

    def current(self) -> list[Mention]:
        """The mentions not dropped: the original ones first, then those added, in order."""
        return [m for m in self.mentions if id(m) not in self.dropped]


def _proper_stop_word(t: Tokens, i: int) -> bool:
    """'Yul and May have four children' after 'his wife, May': a known name that is also a
    stop word ('May', 'Will') is a name where the tagger reads a proper noun coordinated with
    another name."""
    if not (t.pos[i] == "PROPN" and t.is_stop[i] and t.text[i].istitle() and t.is_alpha[i]):
        return False
    def named(k: int) -> bool:  # a name, not another month ('between May and June')
        return name_token_at(t, k) and t.ent_type[k] != "DATE"

    before = i > 1 and t.lower[i - 1] in {"and", "&"} and named(i - 2)
    after = i + 2 < len(t.text) and t.lower[i + 1] in {"and", "&"} and named(i + 2)
    return before or after


def _surname_slot(doc: Doc, i: int) -> bool:
    """A lone known word as a name: a proper noun, or a sentence's first word before its verb
    ('Cross shares ...'); not 'Bright fans ...' for a Dana Bright."""
    if doc[i].pos_ == "PROPN":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].is_sent_start is True and nxt is not None and nxt.pos_ in {"VERB", "AUX"}


_LOCATIVES = frozenset({"in", "at", "near", "outside", "across", "throughout"})


def _a_place_named(doc: Doc, i: int) -> bool:
    """A known one-word name written as a place after a locative preposition: 'filed for
    divorce in Georgia' where a daughter is named Georgia."""
    return (i > 0 and doc[i - 1].lower_ in _LOCATIVES
            and doc[i].ent_type_ in {"GPE", "LOC", "FAC"})


def _in_other_names(doc: Doc) -> set[int]:
    """Tokens of organisations' (and works', events') names of more than one word: a known
    single word there is no person ('the Wexham Rural Trust')."""
    labels = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"}
    return {i for e in entities(doc) if e.label_ in labels and len(e) > 1
            for i in range(e.start, e.end)}


def _add_list_members(doc: Doc, mentions: list[Mention], taken: set[int]) -> None:
    """'Cleo, Milo, and a baby Juno': capitalised words listed before a person are names."""
    lower = tokens_of(doc).lower
    for m in list(mentions):
        j = m.start - 1
        while j >= 0 and (lower[j] in CHILD_MODIFIERS or lower[j] in {"a", "the"}):
            j -= 1
        if j < 1 or lower[j] != "and":
            continue  # a list ends in 'and'; 'In Toronto, Jane Doe ...' is no list
        while j >= 1 and doc[j].lower_ in {",", "and"}:
            k = j - 1 if doc[j - 1].lower_ != "," else j - 2
            if k < 0 or k in taken or not is_name_token(doc[k]) or doc[k].pos_ != "PROPN":
                break
            if doc[k].lower_ in NAME_TITLES or kin_word(doc[k]):
                break  # 'the Crown Princess and Prince Erik', 'Wife and Kids': no names
            if k > 0 and doc[k - 1].tag_ == "IN":
                break  # 'a concert in Nashville, and Kerr ...': a place, not a list of names
            mentions.append(Mention(k, k + 1, _with_shared_surname(doc, mentions, k, m)))
            taken.add(k)
            j = k - 1


def _with_shared_surname(doc: Doc, mentions: list[Mention], k: int, after: Mention) -> str:
    """'Emil and Ines Farrow': the given name right before 'and <full name>' takes its surname,
    unless the text names someone else with that given name."""
    given, words = doc[k].text, after.form.split()
    if after.start != k + 2 or len(words) < 2 or words[0] in NAME_TITLES:
        return given
    if any(m.form.split()[0] == given for m in mentions):
        return given
    if re.fullmatch(ROMANIZED_GIVEN_NAME, words[-1]):
        return given  # 'Ara and Park Min-jun': a given name written last is no surname
    return f"{given} {words[-1]}"
