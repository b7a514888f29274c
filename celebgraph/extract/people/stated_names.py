"""Names an article states are one person's ("Ada Moss, who records as Addie"; "Lio (born
Lionel Kray)"; "Mae Ruiz (née Ortega)"; "Ada Wren married ... . She was born Ada Pell."): the
later name becomes an alias of the earlier mention, so that both are one person of the
document and the graph knows both names."""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.patterns.discourse_words import first_name_gender
from celebgraph.extract.patterns.lexicons import NAME_TITLES
from celebgraph.extract.patterns.stated_names import (
    MAIDEN_CUES,
    MARRIED_NAME_CUES,
    STATED_NAME_CUES,
    STATED_NAME_GLUE,
)
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.people.wives import husband_in, men_of
from celebgraph.extract.relations.notation import maiden_form
from celebgraph.extract.tokens import sentence_at, sentence_start, tokens_of

__all__ = ["add_maiden_names", "add_stated_names"]

_MAX_GAP = 8  # tokens between the person and the cue: 'the country singer who'
# The cues by their last word, longest first: a mention's cue is found from the word before it.
_CUES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _cue in sorted(STATED_NAME_CUES, key=len, reverse=True):
    _CUES_BY_LAST.setdefault(_cue[-1], []).append(_cue)


def add_stated_names(doc: Doc, mentions: list[Mention]) -> None:
    """Give each mention the names the text states it also goes by, right after a cue."""
    starts = {m.start: m for m in mentions}
    for i, before in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is None or nxt.form == before.form:
            continue
        cue_end = _cue_before(doc, nxt.start)
        if cue_end is None and husband_in(nxt.form, men_of(doc)) is not None:
            cue_end = _married_cue_before(doc, nxt.start)
        if cue_end is None:
            continue
        owner = (before if _glued(doc, before.end, cue_end, starts)
                 else _pronoun_owner(doc, cue_end, mentions)
                 or _description_owner(doc, cue_end, mentions))
        if owner is None or owner.form == nxt.form:
            continue
        if nxt.form not in owner.aliases:
            owner.aliases = (*owner.aliases, nxt.form)


def add_maiden_names(doc: Doc, mentions: list[Mention]) -> None:
    """'Ada Pike, née Moss, ...': the maiden surname (or name) right after a full name and 'née'
    is the person's name before marriage, 'Ada Moss' (the name there is no mention of its own:
    ``chains.maiden_name``). '(née X)' is read with the other bracketed notes
    (``relations.records``)."""
    t = tokens_of(doc)
    for m in mentions:
        i = m.end + (1 if m.end < len(doc) and t.text[m.end] == "," else 0)
        if i >= len(doc) - 1 or t.lower[i] not in MAIDEN_CUES or len(m.form.split()) < 2:
            continue
        end = i + 1
        while end < len(doc) and t.text[end][:1].isupper() and t.is_alpha[end]:
            end += 1
        if end == i + 1:
            continue
        maiden = maiden_form(m.form, " ".join(t.text[i + 1:end]))
        if maiden != m.form and maiden not in m.aliases:
            m.aliases = (*m.aliases, maiden)


def _cue_before(doc: Doc, start: int) -> int | None:
    """Where the cue ending right before token ``start`` begins, if there is one."""
    if start == 0:
        return None
    lower = tokens_of(doc).lower
    for cue in _CUES_BY_LAST.get(lower[start - 1], ()):
        first = start - len(cue)
        if first >= 0 and tuple(lower[first:start]) == cue:
            return first
    return None


def _married_cue_before(doc: Doc, start: int) -> int | None:
    """'now' right before a wife's style: where it is."""
    lower = tokens_of(doc).lower
    return start - 1 if start > 0 and lower[start - 1] in MARRIED_NAME_CUES else None


def _glued(doc: Doc, end: int, cue: int, starts: dict[int, Mention]) -> bool:
    """Whether only punctuation, 'who', 'was' and a short description stand between the
    person (ending at ``end``) and the cue, all in one sentence, with no other name."""
    if cue - end > _MAX_GAP or sentence_start(doc[end]) != sentence_start(doc[cue]):
        return False
    between = doc[end:cue]
    if any(t.i in starts or t.pos_ == "VERB" for t in between):
        return False  # another name, or another verb: 'Ada, who met a man known as Rex
    # A description ('the country singer') needs a comma or a parenthesis to be apposed.
    return not len(between) or between[0].text in {",", "("} or all(
        t.lower_ in STATED_NAME_GLUE for t in between)


_PRONOUNS = {"she": "F", "he": "M", "her": "F", "his": "M"}  # 'His full name was ...'
_SUBJECT = frozenset({"nsubj", "nsubjpass"})


def _pronoun_owner(doc: Doc, cue: int, mentions: list[Mention]) -> Mention | None:
    """'She was born Ada Pell', the sentence after one whose subject is Ada Wren: the pronoun
    that alone opens the sentence before the cue is that subject, when the subject's first
    name is of the pronoun's gender (a common first name; else nobody)."""
    sent = sentence_at(doc, cue)
    gender = _PRONOUNS.get(doc[sent.start].lower_)
    # 'He legally changed his name to ...': an adverb may stand between.
    adverbs = all(t.lower_ in STATED_NAME_GLUE for t in doc[sent.start + 1:cue])
    if gender is None or cue > sent.start + 2 or not adverbs or sent.start == 0:
        return None
    before = sentence_at(doc, sent.start - 1)
    subjects = [m for m in mentions if before.start <= m.start < before.end
                and any(doc[i].dep_ in _SUBJECT for i in range(m.start, m.end))]
    if len(subjects) != 1 or not subjects[0].form.split():
        return None
    words = [w.lower() for w in subjects[0].form.split()]
    # 'King Ivo', 'Kaiser Ivo II': the first name is the first word past the titles
    first = next((w for w in words if w not in NAME_TITLES and w not in _RULER_TITLES), words[0])
    return subjects[0] if first_name_gender().get(first) == gender else None


_RULER_TITLES = frozenset({"kaiser", "emperor", "empress", "tsar", "czar", "tsarina"})


_DEFINITE = frozenset({"the", "this", "that"})


def _description_owner(doc: Doc, cue: int, mentions: list[Mention]) -> Mention | None:
    """'Rapper Ivo Kask reveals a softer side. The Tallinn star, whose real name is Ivo Saar,
    ...': a definite description opening the sentence, set off by a comma right before the
    cue, is the one subject of the sentence before (the name after the cue is that person's)."""
    sent = sentence_at(doc, cue)
    if sent.start == 0 or doc[sent.start].lower_ not in _DEFINITE:
        return None
    comma = next((t.i for t in doc[sent.start:cue] if t.text == ","), None)
    if comma is None or comma < sent.start + 2 or any(
            t.lower_ not in STATED_NAME_GLUE for t in doc[comma:cue]):
        return None
    if any(sent.start <= m.start < comma for m in mentions) or any(
            t.pos_ not in {"ADJ", "NOUN", "PROPN", "NUM"} for t in doc[sent.start + 1:comma]):
        return None  # 'The Dal family, whose ...' holds a name: not a bare description
    before = sentence_at(doc, sent.start - 1)
    subjects = [m for m in mentions if before.start <= m.start < before.end
                and any(doc[i].dep_ in _SUBJECT for i in range(m.start, m.end))]
    return subjects[0] if len(subjects) == 1 else None
