"""Where a document names a person: candidate name spans, cleaned and extended.

Mentions come from the NER's PERSON spans, from other proper-noun spans the NER mislabels
when they stand in a name slot ("son Milo", "children Cleo, Milo and Juno"), and from
titles around a name ("Grand Duke Otto of Arland"). "Jane and John Doe" → "Jane Doe".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    KIN_NOUNS,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAMES,
)
from celebgraph.extract.people.lists import list_name_spans

__all__ = ["Mention", "collect_mentions", "is_name_token", "names_a_seat"]

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


def is_name_token(token: Token) -> bool:
    text = token.text
    if (
        not text[:1].isupper()
        or token.lower_ in NOT_NAMES
        or token.is_stop
        or (len(text) > 1 and text.isupper())
    ):
        return False
    return (token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"} and token.is_alpha) or "-" in text


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate span to the name inside it: no line breaks, no possessive, no 'the'."""
    segments = _line_segments(doc, start, end)
    if not segments:
        return None
    start, end = segments[-1]  # the last line's part of a span that runs across lines
    while start < end and (
        doc[start].lower_ in {"the", "a"}
        or not doc[start].text[:1].isupper()
        or (doc[start].lower_ in _JOB_WORDS and end - start > 1)
    ):
        start += 1  # 'Model Jane Doe' → 'Jane Doe'
    for i in range(start + 1, end):
        if doc[i].tag_ == "POS" or doc[i].text in {"'s", "’s"}:
            end = i  # "Travis Cole's Growing Family" → 'Travis Cole'
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if any(_kin_word(doc[i]) for i in range(start, end)):
        return None  # a headline's 'Wife and Kids' are no names
    if start >= end or any(
        (doc[i].lower_ in NOT_NAMES and not _after_title(doc, i))
        or (len(doc[i].text) > 2 and doc[i].text.isupper())
        for i in range(start, end)
    ):
        return None
    if not all(doc[i].text[:1].isupper() or doc[i].text in {"-", "of"} for i in range(start, end)):
        return None
    return start, end


def _kin_word(tok: Token) -> bool:
    words = {tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("s")}
    return bool(words & (KIN_NOUNS.keys() | CHILD_NOUNS | {"kids", "children", "family"}))


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
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in NAME_PARTICLES
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].pos_ == "PROPN"
    ):
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
    if (
        titled
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].ent_type_ == "GPE"
    ):
        end += 2
    return start, end


def _kin_slot(doc: Doc, i: int) -> bool:
    """True when token i follows a kin noun, possibly across modifiers and a list of names."""
    j = i - 1
    while j >= 0 and i - j <= 12:
        tok = doc[j]
        if tok.lemma_.lower() in KIN_NOUNS or tok.lower_ in KIN_NOUNS:
            return True
        if not (
            tok.text in _LIST_GLUE
            or tok.lower_ in CHILD_MODIFIERS
            or tok.text[:1].isupper()
            or tok.lower_ in DESCRIPTOR_WORDS
            or tok.text in {":", "-", "–"}
            or tok.like_num
        ):
            return False
        j -= 1
    return False


def _person_words(doc: Doc) -> set[str]:
    return {
        t.text
        for e in doc.ents
        if e.label_ == "PERSON" and not names_a_seat(doc, e.start, e.end)
        for t in e
        if is_name_token(t)
    }


def _coordinated_with_person(doc: Doc, span: Span) -> bool:
    before = span.start - 1
    after = span.end
    if span.start > 0 and doc[span.start - 1].lower_ in {"of", "in", "at", "from", "to"}:
        return False
    return (
        before > 0 and doc[before].lower_ == "and" and doc[before - 1].ent_type_ == "PERSON"
    ) or (
        after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].ent_type_ == "PERSON"
    )


def _is_other_name(doc: Doc, ent: Span, person_words: set[str]) -> bool:
    if ent.label_ not in _OTHER_NAME_LABELS or not all(
        t.pos_ == "PROPN" or t.text == "-" for t in ent
    ):
        return False
    if _describes_noun(doc, ent[-1]):
        return False  # 'Kansas City quarterback X': the place describes the noun after it
    return (
        _after_job_word(doc, ent)
        or _relation_slot(doc, ent.start)
        or _kin_slot(doc, ent.start)
        or _coordinated_with_person(doc, ent)
        or ent[0].text in person_words
        or ent[-1].text in person_words
        or _owns_gendered(doc, ent)
    )


def _describes_noun(doc: Doc, last: Token) -> bool:
    """True when the name ending at token ``last`` runs into a lower-case noun it modifies."""
    end = last.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower


_RELATION_WORDS = frozenset(
    {"married", "wed", "engaged", "dating", "dated", "divorced", "divorcing", "marry", "marrying"}
)


def _relation_slot(doc: Doc, start: int) -> bool:
    """'married to Jane Doe', 'engaged to X', 'dating X': the name a relation word asks for."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    before = doc[start - 2].lower_ if start > 1 else ""
    return prev in _RELATION_WORDS or (prev in {"to", "with", "from"} and before in _RELATION_WORDS)


def _after_job_word(doc: Doc, ent: Span) -> bool:
    """'model Brooke Sanders' tagged as an organisation: a two- or three-word name after a job
    word, or with it inside the span ('DJ Colin Price')."""
    if 3 <= len(ent) <= 4 and ent[0].lower_ in _JOB_WORDS:
        return True
    return 2 <= len(ent) <= 3 and ent.start > 0 and doc[ent.start - 1].lower_ in _JOB_WORDS


def _owns_gendered(doc: Doc, ent: Span) -> bool:
    """'Jane Doe announced her engagement': a two-word name whose verb is followed by his/her."""
    after = doc[ent.end : ent.end + 2]
    return (
        len(ent) == 2
        and len(after) == 2
        and after[0].pos_ == "VERB"
        and after[1].tag_ == "PRP$"
        and after[1].lower_ in {"his", "her"}
    )


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    person_words = _person_words(doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            spans.extend(_split_coordination(doc, _untagged_first_name(doc, ent)))
        elif _is_other_name(doc, ent, person_words):
            spans.extend(_split_coordination(doc, ent))
    for i, tok in enumerate(doc):  # "Lil Rook and Jane Doe": an untagged name beside a person
        if (
            tok.lower_ == "and"
            and i > 0
            and doc[i + 1 : i + 2].text
            and doc[i + 1].ent_type_ == "PERSON"
        ):
            j = i - 1
            while (
                j >= 0 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and is_name_token(doc[j])
            ):
                j -= 1
            if j + 1 < i:
                spans.append((j + 1, i))
    taken = {i for s, e in spans for i in range(s, e)}
    spans += _titled_names(doc, taken)
    return spans + _untagged_in_kin_slots(doc, {i for s, e in spans for i in range(s, e)})


def _after_title(doc: Doc, i: int) -> bool:
    """'Prince Oscar': after a title, an award's name is a first name."""
    return i > 0 and doc[i - 1].lower_ in NAME_TITLES


def _titled_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Prince Oscar married ...': a capitalised title and the proper name after it."""
    spans: list[tuple[int, int]] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if (
            tok.lower_ in NAME_TITLES
            and tok.text[:1].isupper()
            and nxt.pos_ == "PROPN"
            and (is_name_token(nxt) or (nxt.lower_ in NOT_NAMES and nxt.text[:1].isupper()))
            and nxt.lower_ not in NAME_TITLES
            and not taken.intersection((tok.i, tok.i + 1))
        ):
            end = tok.i + 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and is_name_token(doc[end]):
                end += 1
            spans.append((tok.i, end))
            taken.update(range(tok.i, end))
    return spans


def _untagged_in_kin_slots(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Names the NER missed, in a kin slot ('twins Ola and Tem')."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.i in taken or tok.ent_type_ not in {"", "PERSON", *_OTHER_NAME_LABELS}:
            continue
        if tok.ent_type_ in _OTHER_NAME_LABELS and _describes_noun(doc, tok):
            continue  # 'her boyfriend, Kansas City quarterback X'

        if is_name_token(tok) and _kin_slot(doc, tok.i):
            end = tok.i + 1
            while end < len(doc) and end not in taken and is_name_token(doc[end]):
                end += 1
            spans.append((tok.i, end))
            taken.update(range(tok.i, end))
    return spans


def _untagged_first_name(doc: Doc, ent: Span) -> Span:
    """'Marlow [Tobias Doe]': an untagged proper noun right before a person's name is in it."""
    start = ent.start
    while start > 0 and start > ent.start - 2:
        tok = doc[start - 1]
        role = any(
            w in _ROLE_WORDS for w in (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s"))
        )
        if (
            tok.ent_type_
            or tok.pos_ != "PROPN"
            or not is_name_token(tok)
            or role
            or "\n" in tok.whitespace_
        ):
            break
        start -= 1
    return doc[start : ent.end]


def _split_coordination(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """'Ola and Tem Marsh' as one entity → two spans."""
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


def collect_mentions(doc: Doc) -> list[Mention]:
    mentions: list[Mention] = []
    spans = _candidate_spans(doc)
    taken = {i for s, e in spans for i in range(s, e)}
    spans += [(s, e) for s, e in list_name_spans(doc) if not taken.intersection(range(s, e))]
    for start, end in spans:
        cleaned = _clean(doc, start, end)
        if cleaned is None:
            continue
        if _names_a_work(doc, *cleaned) or names_a_seat(doc, *cleaned):
            continue
        start, end = _extend(doc, *cleaned)
        form = doc[start:end].text.replace("’s", "").strip()
        titles_only = all(doc[i].lower_ in NAME_TITLES for i in range(start, end))
        if (
            len(form) > 1
            and not titles_only
            and not any(doc[i].lower_ in KIN_NOUNS for i in range(start, end))
        ):
            mentions.append(Mention(start, end, form))
    mentions.sort(key=lambda m: m.start)
    _share_surnames(doc, mentions)
    return mentions


def _names_a_work(doc: Doc, start: int, end: int) -> bool:
    """'the Skyline actor', 'the Comets star': a title before a role noun, not a person."""
    role = doc[end].lower_ if end < len(doc) else ""
    return start > 0 and doc[start - 1].lower_ == "the" and role in EPITHET_ROLES | DESCRIPTOR_WORDS


def names_a_seat(doc: Doc, start: int, end: int) -> bool:
    """'Earl of Wexham', 'Duke of Kent': the name after '<title> of' is a place."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in NAME_TITLES


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """'Jane and John Doe' → 'Jane Doe', unless the document names another 'Jane' (Jane Roe)."""
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        words = m.form.split()
        if len(words) > 1:
            surnames.setdefault(words[0], set()).add(words[-1])
    for a, b in itertools.pairwise(mentions):
        words = b.form.split()
        if (
            len(a.form.split()) == 1
            and len(words) >= 2
            and b.start == a.end + 1
            and doc[a.end].lower_ in {"and", "&"}
            and surnames.get(a.form, {words[-1]}) == {words[-1]}
            and not any(w.lower() in NAME_TITLES for w in words)
        ):
            a.form = f"{a.form} {words[-1]}"
