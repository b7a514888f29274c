"""Person mentions in one document and who each one is (in-document name resolution).

Mentions come from the NER's PERSON spans, from other proper-noun spans the NER mislabels
when they stand in a name slot ("son Saint", "children North, Saint and Psalm"), and from
titles around a name ("Grand Duke Jean of Luxembourg"). Short forms are then resolved to the
fullest form the document gives ("Kim" → "Kim Kardashian", "Jane and John Doe" → "Jane Doe").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.lexicons import (
    CHILD_MODIFIERS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    KIN_NOUNS,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAMES,
)

__all__ = ["Mention", "People", "find_people"]

_OTHER_NAME_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
_LIST_GLUE = {",", "and", "&"}
_JOB_WORDS = (DESCRIPTOR_WORDS | EPITHET_ROLES) - NAME_TITLES - {"the", "and"}
_ROLE_WORDS = DESCRIPTOR_WORDS | EPITHET_ROLES | NAME_TITLES | frozenset(KIN_NOUNS)


@dataclass(slots=True)
class Mention:
    """A person mention: tokens ``start:end`` of the doc, the written form, the person index."""

    start: int
    end: int
    form: str
    person: int = -1


@dataclass(slots=True)
class PersonEntry:
    name: str
    forms: set[str] = field(default_factory=set)
    count: int = 0


@dataclass(slots=True)
class People:
    """The persons of one document and their mentions, in text order."""

    persons: list[PersonEntry]
    mentions: list[Mention]
    by_token: dict[int, Mention]

    def name(self, person: int) -> str:
        return self.persons[person].name

    def at(self, token_i: int) -> Mention | None:
        return self.by_token.get(token_i)

    def salience(self) -> list[int]:
        """Person indices, most mentioned first."""
        return sorted(range(len(self.persons)), key=lambda p: -self.persons[p].count)


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or token.lower_ in NOT_NAMES or token.is_stop or (
            len(text) > 1 and text.isupper()):
        return False
    return token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"} and token.is_alpha or "-" in text


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate span to the name inside it: no line breaks, no possessive, no 'the'."""
    segments = _line_segments(doc, start, end)
    if not segments:
        return None
    start, end = segments[-1]  # the last line's part of a span that runs across lines
    while start < end and (doc[start].lower_ in {"the", "a"} or not doc[start].text[:1].isupper()
                           or doc[start].lower_ in _JOB_WORDS and end - start > 1):
        start += 1  # 'Model Jane Doe' → 'Jane Doe'

    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start >= end or any(doc[i].lower_ in NOT_NAMES or (len(doc[i].text) > 2 and doc[i].text.isupper())
                           for i in range(start, end)):
        return None
    if not all(doc[i].text[:1].isupper() or doc[i].text in {"-", "of"} for i in range(start, end)):
        return None
    return start, end


def _line_segments(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    segments: list[tuple[int, int]] = []
    seg_start = start
    for i in range(start, end):
        if "\n" in doc[i].text:
            if i > seg_start:
                segments.append((seg_start, i))
            seg_start = i + 1
    if seg_start < end:
        segments.append((seg_start, end))
    return segments


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Extend a name over titles before it, 'of Place' after a title, and name particles."""
    start, end = _with_titles(doc, start, end)
    while (end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper()
           and doc[end + 1].pos_ == "PROPN"):
        end += 2
        while end < len(doc) and doc[end].text == "-" and end + 1 < len(doc):
            end += 2
    return start, end


def _with_titles(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Extend a name over the titles before it and an 'of Place' after a title."""
    titled = doc[start].lower_ in NAME_TITLES
    while start > 0 and doc[start - 1].lower_ in NAME_TITLES and doc[start - 1].text[:1].isupper():
        start -= 1
        titled = True
    if titled and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        end += 2
    return start, end


def _kin_slot(doc: Doc, i: int) -> bool:
    """True when token i follows a kin noun, possibly across modifiers and a list of names."""
    j = i - 1
    while j >= 0 and i - j <= 12:
        tok = doc[j]
        if tok.lemma_.lower() in KIN_NOUNS or tok.lower_ in KIN_NOUNS:
            return True
        if not (tok.text in _LIST_GLUE or tok.lower_ in CHILD_MODIFIERS or tok.text[:1].isupper()
                or tok.lower_ in DESCRIPTOR_WORDS
                or tok.text in {":", "-", "–"} or tok.like_num):
            return False
        j -= 1
    return False


def _person_words(doc: Doc) -> set[str]:
    return {t.text for e in doc.ents if e.label_ == "PERSON" and not _names_a_seat(doc, e.start, e.end)
            for t in e if _is_name_token(t)}


def _coordinated_with_person(doc: Doc, span: Span) -> bool:
    before = span.start - 1
    after = span.end
    if span.start > 0 and doc[span.start - 1].lower_ in {"of", "in", "at", "from", "to"}:
        return False
    return (before > 0 and doc[before].lower_ == "and" and doc[before - 1].ent_type_ == "PERSON") or (
        after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].ent_type_ == "PERSON")


def _is_other_name(doc: Doc, ent: Span, person_words: set[str]) -> bool:
    if ent.label_ not in _OTHER_NAME_LABELS or not all(t.pos_ == "PROPN" or t.text == "-" for t in ent):
        return False
    return (_kin_slot(doc, ent.start) or _coordinated_with_person(doc, ent)
            or ent[0].text in person_words or ent[-1].text in person_words or _owns_gendered(doc, ent))


def _owns_gendered(doc: Doc, ent: Span) -> bool:
    """'Jane Doe announced her engagement': a two-word name whose verb is followed by his/her."""
    after = doc[ent.end:ent.end + 2]
    return (len(ent) == 2 and len(after) == 2 and after[0].pos_ == "VERB"
            and after[1].tag_ == "PRP$" and after[1].lower_ in {"his", "her"})


def _propn_run(doc: Doc, start: int) -> tuple[int, int]:
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and _is_name_token(doc[end]):
        end += 1
    return start, end


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    person_words = _person_words(doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            spans.extend(_split_coordination(doc, _untagged_first_name(doc, ent)))
        elif _is_other_name(doc, ent, person_words):
            spans.extend(_split_coordination(doc, ent))
    for i, tok in enumerate(doc):  # "Big Sean and Jane Doe": an untagged name beside a person
        if tok.lower_ == "and" and i > 0 and doc[i + 1:i + 2].text and doc[i + 1].ent_type_ == "PERSON":
            j = i - 1
            while j >= 0 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and _is_name_token(doc[j]):
                j -= 1
            if j + 1 < i:
                spans.append((j + 1, i))
    taken = {i for s, e in spans for i in range(s, e)}
    for tok in doc:  # names the NER missed, in a kin slot ("twins Rumi and Sir")
        if tok.i not in taken and _is_name_token(tok) and _kin_slot(doc, tok.i):
            if tok.ent_type_ in {"", "PERSON", *_OTHER_NAME_LABELS} and tok.ent_type_ != "DATE":
                end = tok.i + 1
                while end < len(doc) and end not in taken and _is_name_token(doc[end]):
                    end += 1
                spans.append((tok.i, end))
                taken.update(range(tok.i, end))
    return spans


def _untagged_first_name(doc: Doc, ent: Span) -> Span:
    """'Jackson [Anthony Doe]': an untagged proper noun right before a person's name is part of it."""
    start = ent.start
    while start > 0 and start > ent.start - 2:
        tok = doc[start - 1]
        role = any(w in _ROLE_WORDS for w in (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")))
        if tok.ent_type_ or tok.pos_ != "PROPN" or not _is_name_token(tok) or role or "\n" in tok.whitespace_:
            break
        start -= 1
    return doc[start:ent.end]


def _split_coordination(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """'Harper and Finley Lockwood' as one entity → two spans."""
    parts: list[tuple[int, int]] = []
    start = ent.start
    for tok in ent:
        if tok.text in _LIST_GLUE:
            if tok.i > start:
                parts.append((start, tok.i))
            start = tok.i + 1
    if start < ent.end:
        parts.append((start, ent.end))
    return parts


def _collect_mentions(doc: Doc) -> list[Mention]:
    mentions: list[Mention] = []
    for start, end in _candidate_spans(doc):
        cleaned = _clean(doc, start, end)
        if cleaned is None:
            continue
        if _names_a_work(doc, *cleaned) or _names_a_seat(doc, *cleaned):
            continue
        start, end = _extend(doc, *cleaned)
        form = doc[start:end].text.replace("’s", "").strip()
        titles_only = all(doc[i].lower_ in NAME_TITLES for i in range(start, end))
        if len(form) > 1 and not titles_only and not any(doc[i].lower_ in KIN_NOUNS for i in range(start, end)):
            mentions.append(Mention(start, end, form))
    mentions.sort(key=lambda m: m.start)
    _share_surnames(doc, mentions)
    return mentions


def _names_a_work(doc: Doc, start: int, end: int) -> bool:
    """'the Zodiac actor', 'the Titanic star': a title before a role noun, not a person."""
    role = doc[end].lower_ if end < len(doc) else ""
    return start > 0 and doc[start - 1].lower_ == "the" and role in EPITHET_ROLES | DESCRIPTOR_WORDS


def _names_a_seat(doc: Doc, start: int, end: int) -> bool:
    """'Earl of Wexham', 'Duke of Kent': the name after '<title> of' is a place."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in NAME_TITLES


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """'Jane and John Doe' → 'Jane Doe', unless the document names another 'Jane' (Jane Roe)."""
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        words = m.form.split()
        if len(words) > 1:
            surnames.setdefault(words[0], set()).add(words[-1])
    for a, b in zip(mentions, mentions[1:], strict=False):
        words = b.form.split()
        if (len(a.form.split()) == 1 and len(words) >= 2 and b.start == a.end + 1
                and doc[a.end].lower_ in {"and", "&"}
                and surnames.get(a.form, {words[-1]}) == {words[-1]}
                and not any(w.lower() in NAME_TITLES for w in words)):
            a.form = f"{a.form} {words[-1]}"


def _group(forms: Counter[str]) -> dict[str, str]:
    """Map every form to the fullest form it stands for."""
    multi = sorted((f for f in forms if len(f.split()) > 1), key=lambda f: -len(f.split()))
    target: dict[str, str] = {}
    for form in multi:
        words = form.split()
        longer = [m for m in multi if len(m.split()) > len(words) and _contains(m.split(), words)]
        target[form] = longer[0] if len(longer) == 1 else form
    for form in forms:
        if len(form.split()) == 1:
            target[form] = _resolve_single(form, multi, forms, target)
    return target


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _resolve_single(form: str, multi: list[str], counts: Counter[str], target: dict[str, str]) -> str:
    def untitled(name: str) -> list[str]:
        return [w for w in name.split() if w.lower() not in NAME_TITLES]

    plain = [m for m in multi if len(untitled(m)) == len(m.split())]
    by_first = {target[m] for m in plain if m.split()[0] == form}
    if len(by_first) == 1:
        return by_first.pop()
    by_last = {target[m] for m in plain if m.split()[-1] == form}
    if len(by_last) == 1:
        return by_last.pop()
    if len(by_last) > 1:  # a bare surname means the person the article introduced first
        order = {f: n for n, f in enumerate(counts)}
        return min(by_last, key=lambda full: min(order[f] for f in counts if target.get(f) == full))
    return form


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("celebgraph_text")
    if cached is None:
        cached = doc.user_data["celebgraph_text"] = doc.text
    return str(cached)


def _in_headline(doc: Doc, m: Mention) -> bool:
    """True inside a title-case line with no closing punctuation (a headline or caption)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[m.start].idx) + 1
    end = text.find("\n", doc[m.end - 1].idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalized = sum(w[:1].isupper() for w in words)
    return bool(words) and not line.endswith((".", "!", "?", '"', "”")) and capitalized >= 0.6 * len(words)


def _drop_headline_junk(doc: Doc, mentions: list[Mention]) -> None:
    """'Kim Doe Pressured' (a headline) → 'Kim Doe' when that shorter name is used elsewhere."""
    forms = Counter(m.form for m in mentions)
    for m in mentions:
        words = m.form.split()
        shortest = 1 if _in_headline(doc, m) else 2
        if len(words) > shortest and forms[m.form] == 1:
            for n in range(len(words) - 1, shortest - 1, -1):
                prefix = " ".join(words[:n])
                if forms[prefix] > 0:
                    m.form = prefix
                    m.end = m.start + n
                    break


def _extend_known(doc: Doc, mentions: list[Mention]) -> None:
    """'Blue Ivy' known, 'Blue Ivy Carter' written: the untagged surname joins the mention."""
    forms = {m.form for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        end = m.end
        while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN"
               and _is_name_token(doc[end]) and not doc[end].ent_type_ in {"GPE", "DATE"}
               and "\n" not in doc[end - 1].whitespace_):
            end += 1
        if end > m.end and m.form in forms and not _in_headline(doc, m):
            m.end = end
            m.form = doc[m.start:end].text


def _add_known_forms(doc: Doc, mentions: list[Mention]) -> None:
    """A name found once in a name slot ('son Saint') is a name wherever else it is written."""
    forms = {tuple(t.text for t in doc[m.start:m.end]): m.form for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    at: dict[str, list[int]] = {}
    for tok in doc:
        at.setdefault(tok.text, []).append(tok.i)
    for words, form in sorted(forms.items(), key=lambda f: -len(f[0])):
        n = len(words)
        for i in at.get(words[0], []):
            if (i + n <= len(doc) and not taken.intersection(range(i, i + n)) and _is_name_token(doc[i])
                    and tuple(t.text for t in doc[i:i + n]) == words and not _inside_other_name(doc, i, n)
                    and not _names_a_seat(doc, i, i + n)):
                mentions.append(Mention(i, i + n, form))
                taken.update(range(i, i + n))
    _add_list_members(doc, mentions, taken)
    mentions.sort(key=lambda m: m.start)


def _inside_other_name(doc: Doc, i: int, n: int) -> bool:
    """'the Wexham Rural Trust': a known single word inside a longer organisation's name."""
    if n > 1:
        return False  # a full name stays a name even where the NER mislabels a headline
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent.label_ in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"} and len(ent) > n
    return False


def _add_list_members(doc: Doc, mentions: list[Mention], taken: set[int]) -> None:
    """'North, Saint, and a baby Chicago': capitalised words listed before a person are names."""
    for m in list(mentions):
        j = m.start - 1
        while j >= 0 and (doc[j].lower_ in CHILD_MODIFIERS or doc[j].lower_ in {"a", "the"}):
            j -= 1
        if j < 1 or doc[j].lower_ != "and":
            continue  # a list ends in 'and'; 'In Toronto, Jane Doe ...' is no list
        while j >= 1 and doc[j].lower_ in {",", "and"}:
            k = j - 1 if doc[j - 1].lower_ != "," else j - 2
            if k < 0 or k in taken or not _is_name_token(doc[k]) or doc[k].pos_ != "PROPN":
                break
            mentions.append(Mention(k, k + 1, doc[k].text))
            taken.add(k)
            j = k - 1


def find_people(doc: Doc) -> People:
    """All person mentions of ``doc``, each resolved to a person of the document."""
    mentions = _collect_mentions(doc)
    _add_known_forms(doc, mentions)
    _drop_headline_junk(doc, mentions)
    _extend_known(doc, mentions)
    counts = Counter(m.form for m in mentions)
    target = _group(counts)
    index: dict[str, int] = {}
    persons: list[PersonEntry] = []
    for m in mentions:
        full = target[m.form]
        if full not in index:
            index[full] = len(persons)
            persons.append(PersonEntry(full))
        m.person = index[full]
        persons[m.person].forms.add(m.form)
        persons[m.person].count += 1
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    return People(persons, mentions, by_token)
