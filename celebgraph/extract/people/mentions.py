"""Where a document names a person: candidate name spans, cleaned and extended.

Mentions come from the NER's PERSON spans, from other proper-noun spans the NER mislabels
when they stand in a name slot ("son Milo", "children Cleo, Milo and Juno"), and from
titles around a name ("Grand Duke Otto of Arland"). "Jane and John Doe" → "Jane Doe".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    KIN_NOUNS,
    NAME_TITLES,
    NOT_NAMES,
    SURNAME_PARTICLES,
)
from celebgraph.extract.patterns.names import (
    CORPORATE_NOUNS,
    HEADLINE_VERBS,
    HONORIFICS,
    NUMBERED_NOUNS,
    OCCUPATIONS,
    PEER_RANKS,
    ROMANIZED_GIVEN_NAME,
    WORK_NOUNS,
    given_names,
)
from celebgraph.extract.people.chains import (
    affiliation_word,
    clean_runs,
    conferred_title,
    descriptor_before,
    extend_name,
    generation_marker,
    is_name_token,
    maiden_name,
    name_forms,
    name_token_at,
    regnal_first,
    style_end,
)
from celebgraph.extract.people.given import (
    given_name_spans,
    honorific_name_spans,
    job_name_spans,
    nicknamed_spans,
    styled_name_spans,
)
from celebgraph.extract.people.headings import caps_forms, heading_name_spans
from celebgraph.extract.people.lists import lead_in_name_spans, list_name_spans
from celebgraph.extract.people.peerages import apposed_peerages, peerage_spans
from celebgraph.extract.people.slots import before_kin_of, slot_word
from celebgraph.extract.tokens import Tokens, entities, tokens_of

__all__ = ["Mention", "collect_mentions", "is_name_token", "names_a_seat", "titles_a_work"]

_OTHER_NAME_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}


_LIST_GLUE = {",", "and", "&"}
_ARTICLES = frozenset({"the", "a", "an"})


_JOB_WORDS = (DESCRIPTOR_WORDS | EPITHET_ROLES) - NAME_TITLES - {"the", "and"}


_OFFICE_WORDS = _JOB_WORDS | OCCUPATIONS


_ROLE_WORDS = DESCRIPTOR_WORDS | EPITHET_ROLES | NAME_TITLES | frozenset(KIN_NOUNS)


@dataclass(slots=True)
class Mention:
    """A person mention: tokens ``start:end`` of the doc, the written form, the person index."""

    start: int
    end: int
    form: str
    person: int = -1
    aliases: tuple[str, ...] = ()  # other forms written inside this one: a nickname
    descriptor: str | None = None  # an occupation written before it: 'novelist'


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Extend a name over titles before it, its joined parts, a numeral, 'of Place' and a
    style after a comma ('Prince Anselm, Duke of Vorland')."""
    start, titled = _with_titles(doc, start)
    start, end = extend_name(doc, start, end, titled)
    return start, style_end(doc, end)


def _with_titles(doc: Doc, start: int) -> tuple[int, bool]:
    """Extend a name over the titles before it; whether it has one."""
    t = tokens_of(doc)
    titled = t.lower[start] in NAME_TITLES
    while start > 0 and t.lower[start - 1] in NAME_TITLES and t.text[start - 1][:1].isupper():
        start -= 1
        titled = True
    return start, titled


def _kin_slot(doc: Doc, i: int) -> bool:
    """True when token i follows a kin noun, possibly across modifiers and a list of names."""
    t = tokens_of(doc)
    j = i - 1
    while j >= 0 and i - j <= 12:
        text, lower = t.text[j], t.lower[j]
        if t.lemma_lower[j] in KIN_NOUNS or lower in KIN_NOUNS:
            return True
        if lower in _DURATION_UNITS and j >= 2 and t.like_num[j - 1] and t.lower[j - 2] == "of":
            j -= 3  # 'his wife of 35 years, Noreen'
            continue
        if not (
            text in _LIST_GLUE
            or lower in CHILD_MODIFIERS
            or text[:1].isupper()
            or lower in DESCRIPTOR_WORDS
            or text in {":", "-", "–"}
            or t.like_num[j]
        ):
            return False
        j -= 1
    return False


_DURATION_UNITS = frozenset({"years", "year", "decades", "months"})


def _given_in_duration(t: Tokens, i: int) -> bool:
    """'wife of 35 years Noreen': a given name the NER took into the duration before it."""
    unit = t.lower[i - 1] in _DURATION_UNITS
    return unit and t.ent_type[i] == "DATE" and t.lower[i] in given_names()


def _person_words(doc: Doc) -> set[str]:
    t = tokens_of(doc)
    return {
        t.text[i]
        for e in entities(doc)
        if e.label_ == "PERSON" and not names_a_seat(doc, e.start, e.end)
        for i in range(e.start, e.end)
        if name_token_at(t, i)
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
    if _affiliation_before_name(doc, ent.end - 1):
        return False  # 'Republican Ada Moss': the party describes the name after it
    if ent.end < len(doc) and tokens_of(doc).lower[ent.end] in _OFFICE_WORDS:
        return False  # 'U.S. President X', 'Hollywood star X': the place describes the office
    return (
        _after_job_word(doc, ent)
        or _relation_slot(doc, ent.start)
        or _kin_slot(doc, ent.start)
        or _coordinated_with_person(doc, ent)
        or ent[0].text in person_words
        or ent[-1].text in person_words
        or _owns_gendered(doc, ent)
        or (_after_and(doc, ent) and before_kin_of(ent[-1]))  # '..., and Priya, daughter of'
    )


def _after_and(doc: Doc, ent: Span) -> bool:
    return ent.start > 0 and doc[ent.start - 1].lower_ in {"and", "&", "between"}


def _affiliation_before_name(doc: Doc, i: int) -> bool:
    """Token i is a party or a nationality written right before a name ('Republican Ada')."""
    return _affiliation_in(tokens_of(doc), i)


def _affiliation_in(t: Tokens, i: int) -> bool:
    """``_affiliation_before_name`` of a document whose token table is ``t``."""
    return affiliation_word(t, i) and i + 1 < len(t.text) and name_token_at(t, i + 1)


def _describes_noun(doc: Doc, last: Token) -> bool:
    """True when the name ending at token ``last`` runs into a lower-case noun it modifies."""
    end = last.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower


def _modifies_description(doc: Doc, start: int, end: int) -> bool:
    """'The two-time Grand Slam champion', 'a Sunset Lanes regular': a capitalised span between
    an article and the lower-case noun it modifies names a title or a show, not a person."""
    t = tokens_of(doc)
    if end >= len(doc) or t.pos[end] != "NOUN" or not t.is_lower[end]:
        return False
    if (_after_possessor(t, start) and t.lower[end] not in _ROLE_WORDS
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
        return True  # "the Queen's Golden Jubilee year", "Ada Moss's Silver Lake home"
    for i in reversed(range(max(start - 4, 0), start)):
        if t.lower[i] in _ARTICLES:
            return True
        if not (t.pos[i] in {"ADJ", "NUM"} or t.text[i] == "-" or t.is_lower[i]):
            return False
    return False


def _after_possessor(t: Tokens, start: int) -> bool:
    """A possessive ('s) of a capitalised word right before token ``start``."""
    return start > 1 and t.text[start - 1] in {"'s", "’s"} and t.text[start - 2][:1].isupper()


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


def _candidate_spans(doc: Doc, slots: dict[int, str]) -> list[tuple[int, int]]:
    """Spans that may hold a name."""
    spans: list[tuple[int, int]] = []
    person_words = _person_words(doc)
    for ent in entities(doc):
        if ent.label_ == "PERSON" or _is_other_name(doc, ent, person_words):
            spans.extend(_split_coordination(doc, _untagged_first_name(doc, ent)))
    t = tokens_of(doc)
    for i, lower in enumerate(t.lower):  # "Lil Rook and Jane Doe": an untagged name beside a person
        if lower == "and" and 0 < i < len(doc) - 1 and t.ent_type[i + 1] == "PERSON":
            j = i - 1
            while j >= 0 and t.pos[j] == "PROPN" and not t.ent_type[j] and name_token_at(t, j):
                j -= 1
            if j + 1 < i:
                spans.append((j + 1, i))
    spans = [(s, e) for s, e in spans if not _modifies_description(doc, s, e)]
    taken = {i for s, e in spans for i in range(s, e)}
    spans += heading_name_spans(doc, taken)
    spans += _titled_names(doc, taken)
    spans += _regnal_names(doc, taken)
    spans += peerage_spans(doc, taken)
    spans += honorific_name_spans(doc, taken) + nicknamed_spans(doc, taken)
    spans += given_name_spans(doc, taken) + styled_name_spans(doc, taken)
    spans += job_name_spans(doc, taken)
    spans += _slot_names(doc, {i for s, e in spans for i in range(s, e)}, slots)
    return [(s, e) for s, e in spans if not _modifies_description(doc, s, e)]


def _titled_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Prince Oscar married ...': a capitalised title and the proper name after it."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc) - 1):
        nxt = i + 1
        if (
            t.lower[i] in NAME_TITLES
            and t.text[i][:1].isupper()
            and t.pos[nxt] == "PROPN"
            and (name_token_at(t, nxt) or (t.lower[nxt] in NOT_NAMES and t.text[nxt][:1].isupper()))
            and t.lower[nxt] not in NAME_TITLES
            and not taken.intersection((i, nxt))
        ):
            end = i + 2
            while end < len(doc) and t.pos[end] == "PROPN" and name_token_at(t, end):
                end += 1
            spans.append((i, end))
            taken.update(range(i, end))
    return spans


def _regnal_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Ivo IV married ...', "the crown of Ivo III's wife", 'Ivo I of Arland': one to three
    capitalised words before a regnal numeral are a name with no title, however the NER tagged
    them; not a numbered thing ('World War II', 'Part IV', 'the Ivo II')."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for k in range(1, len(doc)):
        if k in taken or not (
            (generation_marker(t.text[k]) and t.text[k].isupper()) or regnal_first(t, k, len(doc))
        ):
            continue
        start = k
        while (
            start > 0
            and k - start < 3
            and start - 1 not in taken
            and name_token_at(t, start - 1)
            and "\n" not in t.space[start - 1]
        ):
            start -= 1
        if start == k or any(t.lower[i] in NUMBERED_NOUNS for i in range(start, k)):
            continue
        if start > 0 and t.lower[start - 1] in _ARTICLES:
            continue
        spans.append((start, k + 1))
        taken.update(range(start, k + 1))
    return spans


def _slot_names(doc: Doc, taken: set[int], slots: dict[int, str]) -> list[tuple[int, int]]:
    """Names the NER missed or mislabelled, in a name slot of the parse ('son Tony',
    'divorce from Anders Harbor', 'Ilai was born') or after a kin noun ('twins Ola and Tem')."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if i in taken or _affiliation_in(t, i):
            continue
        if i in slots:
            start, end = _slot_run(doc, i, taken)
        elif (
            (t.ent_type[i] in _SLOT_LABELS or _given_in_duration(t, i))
            and name_token_at(t, i)
            and _kin_slot(doc, i)
        ):
            start, end = i, i + 1
            while end < len(doc) and end not in taken and name_token_at(t, end):
                end += 1
        else:
            continue
        if _describes_noun(doc, doc[end - 1]) or doc[start - 1 : start].text.lower() in _ARTICLES:
            continue  # 'her boyfriend, Kansas City quarterback X', 'the Summer at X actress'
        spans.append((start, end))
        taken.update(range(start, end))
    return spans


_SLOT_LABELS = frozenset({"", "PERSON", *_OTHER_NAME_LABELS})


def _slot_run(doc: Doc, i: int, taken: set[int]) -> tuple[int, int]:
    """The proper nouns written together with the slot's word i ('Anders [Harbor]')."""
    start, end = i, i + 1
    while start > 0 and start - 1 not in taken and _chained(doc[start - 1], doc[start - 1]):
        start -= 1
    while end < len(doc) and end not in taken and _chained(doc[end], doc[end - 1]):
        end += 1
    return start, end


def _chained(tok: Token, before_break: Token) -> bool:
    return ((tok.pos_ == "PROPN" and slot_word(tok)) or _joining_hyphen(tok)) and (
        "\n" not in before_break.whitespace_
    )


def _joining_hyphen(tok: Token) -> bool:
    """The hyphen of 'Okonkwo-Hale': written tight between two capitalised words."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not tok.whitespace_
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
    )


def _untagged_first_name(doc: Doc, ent: Span) -> Span:
    """'Marlow [Tobias Doe]': an untagged proper noun right before a person's name is in it;
    at a sentence's start only a given name ('Embattled [Ada Moss]' is a headline's word)."""
    t = tokens_of(doc)
    start = ent.start
    while start > 0 and start > ent.start - 2:
        k = start - 1
        lower = t.lower[k]
        role = any(w in _ROLE_WORDS for w in (t.lemma_lower[k], lower, lower.removesuffix("s")))
        if (
            t.ent_type[k]
            or t.pos[k] != "PROPN"
            or not name_token_at(t, k)
            or role
            or "\n" in t.space[k]
            or (
                doc[k].is_sent_start
                and lower not in given_names()
                and t.text[k] not in _names_in_prose(doc)
                and t.lower[start] not in SURNAME_PARTICLES  # '[Aoife] Ní Mhurchú'
            )
        ):
            break
        start -= 1
    return doc[start : ent.end]


def _names_in_prose(doc: Doc) -> frozenset[str]:
    """Capitalised words the document also writes after a lower-case word ('in love with
    Jade, he ...'): a sentence-initial 'Jade Okoro' is then a name, not a headline word."""
    found = doc.user_data.get("celebgraph_prose_names")
    if not isinstance(found, frozenset):
        t = tokens_of(doc)
        found = frozenset(
            t.text[i]
            for i in range(1, len(doc))
            if t.text[i][:1].isupper() and t.pos[i] == "PROPN" and t.is_lower[i - 1]
        )
        doc.user_data["celebgraph_prose_names"] = found
    return found


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


def collect_mentions(doc: Doc, slots: dict[int, str]) -> list[Mention]:
    """The person mentions of ``doc``; ``slots``: its name slots (``slots.name_slots``)."""
    mentions: list[Mention] = []
    led = lead_in_name_spans(doc)  # whole item names: 'Zuri Vance', not 'Vance' alone
    spans = [(s, e) for s, e in _candidate_spans(doc, slots)
             if not any(ls <= s and e <= le and (s, e) != (ls, le) for ls, le in led)]
    taken = {i for s, e in spans for i in range(s, e)}
    listed = [(s, e) for s, e in list_name_spans(doc) + led if not taken.intersection(range(s, e))]
    lower = tokens_of(doc).lower
    for start, end in spans + listed:
        slotted = (start, end) in listed or any(i in slots for i in range(start, end))
        for run in _before_conferred(doc, clean_runs(doc, start, end, slotted)):
            if (_names_a_work(doc, *run) or names_a_seat(doc, *run) or maiden_name(doc, run[0])
                    or _cited_name(doc, run[0])):
                continue
            if _dynasty(doc, run[1]):
                continue  # 'the House of Arland': a family line
            start, end = _extend(doc, *run)
            if lower[end - 1] in CORPORATE_NOUNS:
                continue  # 'Moss Hotels': a firm, though the NER tags it a person

            form, aliases = name_forms(doc, start, end)
            titles_only = all(lower[i] in NAME_TITLES for i in range(start, end))
            if (
                len(form) > 1
                and not titles_only
                and not any(lower[i] in KIN_NOUNS for i in range(start, end))
            ):
                job = descriptor_before(doc, start)
                mentions.append(Mention(start, end, form, aliases=aliases, descriptor=job))
    held = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [Mention(s, e, form) for (s, e), form in caps_forms(doc).items()
                 if held.isdisjoint(range(s, e))]  # 'MARA OLSEN': a heading in capitals
    mentions = apposed_peerages(doc, _joined(doc, _without_overlaps(mentions)))
    _share_surnames(doc, mentions)
    return _shared_titled_names(doc, mentions)


def _shared_titled_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Lord and Lady Harlow', 'Prince and Princess Ivo of Lenz': a title alone before 'and'
    and a titled name takes that name ('Lord Harlow', 'Prince Ivo of Lenz')."""
    t = tokens_of(doc)
    held = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for m in mentions:
        i = m.start - 2
        if (
            i < 0
            or i in held
            or t.lower[i] not in NAME_TITLES
            or not t.text[i][:1].isupper()
            or t.lower[i + 1] not in {"and", "&"}
            or t.lower[m.start] not in NAME_TITLES
            or (i > 0 and (t.lower[i - 1] in NAME_TITLES or t.lower[i - 1] in _ARTICLES))
        ):
            continue  # not 'the Crown Princess and Prince Ivo': she is someone named before
        words = m.form.split()
        k = 0
        while k < len(words) and words[k].lower() in NAME_TITLES:
            k += 1
        if 0 < k < len(words) and words[k].lower() != "of":
            added.append(Mention(i, i + 1, " ".join([t.text[i], *words[k:]])))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _before_conferred(doc: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each run up to a title conferred on someone ('created his son Ivo Duke of Lenz': 'Ivo';
    'was created Duke of Lenz': nothing): the title is the person's new style, no one else."""
    out = []
    for s, e in runs:
        cut = next((i for i in range(s, e) if conferred_title(doc, i)), e)
        if cut > s:
            out.append((s, cut))
    return out


def _dynasty(doc: Doc, end: int) -> bool:
    """'the House of Arland', 'the former Royal House of Lodi', 'the Vance Dynasty': a run
    ending in a dynasty noun ('House' before 'of') is a family line, no person ('Ada House'
    stays a name)."""
    t = tokens_of(doc)
    last = t.lower[end - 1]
    return last == "dynasty" or (last == "house" and end < len(doc) and t.lower[end] == "of")


def _joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'[Ada] [Cole]' (a given name the NER tagged, a surname it labelled otherwise), '[Champion]
    [Kwame Mensah]' (a first name the NER left out) → one name; not '[Republican] [Ada Moss]'."""
    out: list[Mention] = []
    t = tokens_of(doc)
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and _name_runs_on(doc, last, m):
            last.end, last.form = m.end, doc[last.start : m.end].text
            continue
        if (
            last is not None
            and last.end == m.start
            and last.end - last.start == 1
            and not last.aliases
            and "\n" not in doc[last.start].whitespace_
            and doc[last.start].lower_ not in NAME_TITLES
            and doc[m.start].pos_ == "PROPN"
            and not affiliation_word(t, last.start)
        ):
            last.end, last.form = m.end, doc[last.start : m.end].text
            continue
        out.append(m)
    return out


def _name_runs_on(doc: Doc, last: Mention, m: Mention) -> bool:
    """'Countess Maria Luisa Adelheid Theresia von Arnsberg' read as two names the NER split
    between given names: two mentions of several words each, with nothing but a space between
    them, are one long name (not across a line, a possessive or an all-capital heading)."""
    t = tokens_of(doc)
    return (
        last.end == m.start
        and last.end - last.start > 1
        and m.end - m.start > 1
        and not last.aliases
        and not m.aliases
        and t.space[last.end - 1] == " "
        and t.pos[m.start] == "PROPN"
        and t.lower[m.start] not in NAME_TITLES
        and t.tag[last.end - 1] != "POS"
        and not any(t.text[i].isupper() and len(t.text[i]) > 2 for i in range(last.start, m.end))
        and all(name_token_at(t, i) for i in range(last.end - 1, m.start + 1))
    )


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per token: the longest of those that overlap, in text order."""
    kept: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if not taken.intersection(range(m.start, m.end)):
            kept.append(m)
            taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _names_a_work(doc: Doc, start: int, end: int) -> bool:
    """'the Skyline actor', 'the Comets star': a title before a role noun, not a person; and
    the title a work noun introduces (``titles_a_work``)."""
    lower = tokens_of(doc).lower
    role = lower[end] if end < len(doc) else ""
    return (start > 0 and lower[start - 1] == "the" and role in _WORK_ROLES
            and lower[start] not in PEER_RANKS  # 'the Duke of Ware and his wife'
            ) or titles_a_work(doc, start, end)


_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "``"})


_CLOSE_QUOTES = frozenset({'"', "”", "’", "'", "''"})
_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "its", "'s", "’s"})


def _quoted_modifier(doc: Doc, start: int, end: int) -> bool:
    """'the "Bold for the Night" rapper', 'Ada's "Golden Days in May" co-star': a quoted title
    between a determiner and the lower-case noun it describes; the words inside are no name."""
    t = tokens_of(doc)
    opening = next((k for k in range(start - 1, max(-1, start - 8), -1)
                    if t.text[k] in _OPEN_QUOTES or t.text[k] in _CLOSE_QUOTES), None)
    closing = next((k for k in range(end, min(len(doc), end + 8))
                    if t.text[k] in _CLOSE_QUOTES or t.text[k] in _OPEN_QUOTES), None)
    if opening is None or closing is None or opening == 0 or closing + 1 >= len(doc):
        return False
    if t.text[opening] not in _OPEN_QUOTES or t.text[closing] not in _CLOSE_QUOTES:
        return False
    after = closing + 1
    return (t.lower[opening - 1] in _DETERMINERS and t.pos[after] == "NOUN"
            and t.is_lower[after])


def titles_a_work(doc: Doc, start: int, end: int) -> bool:
    """'named after the song "Ivy Rose"', 'the movie, "Crimson Gate."', 'from the series
    ‘Silent Orchards’': capitalised words quoted right after a work noun are its title; unquoted
    ('her album Rosa Bell', 'the sitcom Ocean Drive') when the parse ties them to the noun."""
    t = tokens_of(doc)
    if _quoted_modifier(doc, start, end):
        return True
    i = start - 1
    quoted = i >= 0 and t.text[i] in _OPEN_QUOTES
    if quoted:
        i -= 1
    if i >= 0 and t.text[i] == ",":
        i -= 1
    if i < 0 or t.lower[i] not in WORK_NOUNS or t.pos[i] != "NOUN":
        return False
    if quoted:
        return True
    noun, last = doc[i], doc[end - 1]
    return (noun.dep_ == "compound" and noun.head.i == last.i) or (
        last.head.i == i and last.dep_ in {"appos", "compound"})


_WORK_ROLES = EPITHET_ROLES | DESCRIPTOR_WORDS


def _cited_name(doc: Doc, start: int) -> bool:
    """'his sons share the same name: Al Bo Cy', 'I named all my sons Al Bo Cy', 'All Named Al
    Bo Cy': a name many people bear, cited as a name, is no one person's mention."""
    t = tokens_of(doc)
    if start > 2 and t.lower[start - 3 : start] == ["same", "name", ":"]:
        return True
    for k in range(max(1, start - 4), start):
        if t.lower[k] != "named":
            continue
        between = range(k + 1, start)
        plural = t.lower[k - 1] == "all" or any(t.lower[j] == "all" or t.tag[j] == "NNS"
                                                for j in between)
        return plural and all(t.lower[j] in _SHARED_NAME_OBJECTS or t.tag[j] == "NNS"
                              for j in between)
    return False


_SHARED_NAME_OBJECTS = frozenset({"all", "both", "my", "his", "her", "their", "our"})


def names_a_seat(doc: Doc, start: int, end: int) -> bool:
    """'Earl of Wexham', 'Duke of Kent': the name after '<title> of' is a place; a word that
    is a title only before another ('Crown Prince') is one only capitalised ('the crown of
    Ivo III' is a crown)."""
    t = tokens_of(doc)
    if start < 2 or t.lower[start - 1] != "of" or t.lower[start - 2] not in NAME_TITLES:
        return False
    return t.lower[start - 2] not in _TITLE_MODIFIERS or t.text[start - 2][:1].isupper()


_TITLE_MODIFIERS = frozenset({"crown", "grand", "hereditary"})


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """'Jane and John Doe' → 'Jane Doe', unless the document names another 'Jane' (Jane Roe);
    'Dr Omar and Mrs Leila Haddad' → 'Dr Omar Haddad'; 'Mr and Mrs Kofi Mensah' → 'Mr Kofi
    Mensah' (an honorific alone takes the whole name)."""
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        words = m.form.split()
        if len(words) > 1:
            surnames.setdefault(words[0], set()).add(words[-1])
    shared: set[int] = set()  # mentions that took the surname of the name after them
    ordered = list(itertools.pairwise(mentions))
    for n in range(len(ordered) - 1, -1, -1):
        a, b = ordered[n]
        words = _without_honorifics(b.form)
        own = _without_honorifics(a.form)
        gap = b.start - a.end  # 'Mr. and Mrs. Ada Moss' may leave 'Mrs.' out of the name
        glue = doc[a.end].lower_
        listed = glue == "," and (  # 'Ivo, Tam(,) and Cy Moss': every given name of the list
            (gap == 1 and b.start in shared)
            or (gap == 2 and doc[a.end + 1].lower_ in {"and", "&"}
                and n > 0 and _listed_before(doc, ordered[n - 1][0], a)
                and not _opens_clause(doc, b.end)))
        if not (
            listed
            or ((gap == 1 or (gap == 2 and doc[a.end + 1].lower_ in HONORIFICS))
                and glue in {"and", "&"})
        ) or any(w.lower() in NAME_TITLES for w in words):
            continue
        if not own and words:
            a.form = f"{a.form} {' '.join(words)}"
            continue
        named = _without_generation(words)  # 'Biff and Carl Jr.': 'Jr.' is Carl's, no surname
        if named and named[-1].lower() in HEADLINE_VERBS:
            continue  # 'Moss and Pike Separate': a headline's verb is no surname
        if named and re.fullmatch(ROMANIZED_GIVEN_NAME, named[-1]):
            continue  # 'Ara and Park Min-jun': a given name written last is no surname
        if (
            len(own) == 1
            and len(named) >= 2
            and surnames.get(own[0], {named[-1]}) == {named[-1]}
            and not (own[0].lower() not in given_names() and named[0].lower() in given_names()
                     and _written_alone(tokens_of(doc), own[0], listed))
        ):  # not 'Holt and Lenny Brandt' where the text writes 'Holt' alone elsewhere: a surname
            a.form = f"{a.form} {named[-1]}"
            if named == words:  # not past 'Ines and Hollis Brandt Jr.': a junior's whole name
                shared.add(a.start)


def _listed_before(doc: Doc, before: Mention, m: Mention) -> bool:
    """A one-word name and a comma right before ``m``: 'Ivo, Tam, and Cy Moss' is a list of
    three given names; 'Milo and Tarik, and Ada Moss agreed' is none."""
    return before.end + 1 == m.start and doc[before.end].text == "," and len(
        before.form.split()) == 1


def _opens_clause(doc: Doc, end: int) -> bool:
    """A verb right after the name: '..., and Ada Moss agreed' starts a clause of its own."""
    return end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}


def _written_alone(t: Tokens, word: str, listed: bool = False) -> bool:
    """The text writes ``word`` outside any 'A and B' (with ``listed``, outside any 'A, B'
    list too) somewhere: 'Holt now stars ...'."""
    last = len(t.text) - 1
    glue = _AND_WORDS | {","} if listed else _AND_WORDS
    return any(
        text == word
        and (i == 0 or t.lower[i - 1] not in glue)
        and (i == last or t.lower[i + 1] not in glue)
        for i, text in enumerate(t.text)
    )


_AND_WORDS = frozenset({"and", "&"})


def _without_generation(words: list[str]) -> list[str]:
    """The words of a name without a generation marker at its end ('Jr.', 'III')."""
    while words and generation_marker(words[-1]):
        words = words[:-1]
    return words


def _without_honorifics(form: str) -> list[str]:
    return [w for w in form.split() if w.lower() not in HONORIFICS]
