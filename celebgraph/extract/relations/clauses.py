"""Around an event word: the people on its left and right, and which dates are its own.

Every rule module reads a sentence through these helpers, so "who" and "when" are decided the
same way for marriages, births and deaths.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from celebgraph.extract.dates.find import MONTHS, DateMention, find_offsets, shift
from celebgraph.extract.dates.relative import SMALL_NUMBER_WORDS
from celebgraph.extract.patterns.lexicons import DATED_EVENT_NOUNS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.groups import fronted_object_first
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed, sentence_start, tokens_of

__all__ = [
    "VAGUE",
    "SentenceDates",
    "clause_verb",
    "event_date",
    "later_date",
    "left_of",
    "main_verb_of_opening",
    "name_before_verb",
    "number_word",
    "object_of_preposition",
    "offset_date",
    "right_of",
    "subject_left",
    "token_at",
]

VAGUE = frozenset({"by", "before", "after", "approx", "until"})
# events of one couple's story: a year told for one of them carries to a bare month after it
# ('in 2018 he proposed, and they wed in October'); a birth's or a death's year does not
_COUPLE_STORY = frozenset({"marry", "wedding", "engage", "partner", "separate", "divorce", "file"})


class SentenceDates:
    """The sentence's dates, each bound to the event word it belongs to."""

    def __init__(self, sent: Span, mentions: list[DateMention], triggers: list[Trigger],
                 previous: str | None = None) -> None:
        self.sent = sent
        self.mentions = mentions
        self.previous = previous  # the last date told before this sentence ('a year later')
        self.token_of = {id(m): token_at(sent, m.start) for m in mentions}
        owners = _dating_triggers(sent, triggers)
        starts = {t.start for t in triggers}
        self.owner = {
            id(m): None
            if _names_a_thing(sent, self.token_of[id(m)], token_at(sent, m.end - 1), starts)
            else _owner(self.token_of[id(m)], owners)
            for m in mentions
        }
        self.kind_at = {t.start: t.kind for t in triggers}

    def of(self, trigger: Trigger) -> list[DateMention]:
        return [m for m in self.mentions if self.owner[id(m)] == trigger.start]

    def first(self, trigger: Trigger, exact: bool = True, before: bool = True) -> str | None:
        """The trigger's own date: the nearest after it, else (``before``) the nearest before
        it."""
        own = self.of(trigger)
        after = [m for m in own if self.token_of[id(m)] >= trigger.start]
        earlier = [m for m in own if self.token_of[id(m)] < trigger.start][::-1]
        for m in after + (earlier if before else []):
            if m.value and (not exact or m.qualifier not in VAGUE):
                return m.value
        return self._month_of_told_year(own) if before else None

    def _month_of_told_year(self, own: list[DateMention]) -> str | None:
        """A bare month ('wed in October') in the year an earlier date of the sentence gives
        to an event of the same couple's story ('It was in 2018 that he proposed')."""
        month = next((m for m in own if m.kind == "month" and m.value is None), None)
        if month is None or not self._in_couple_story(month):
            return None
        told = [m.value for m in self.mentions if m.start < month.start and m.value
                and m.kind == "absolute" and self._in_couple_story(m)]
        number = MONTHS.get(month.text.lower().rstrip("."))
        return f"{told[-1][:4]}-{number:02d}" if told and number else None

    def _in_couple_story(self, m: DateMention) -> bool:
        owner = self.owner[id(m)]
        return owner is not None and self.kind_at.get(owner) in _COUPLE_STORY

    def between(self, start: int, end: int) -> list[DateMention]:
        return [m for m in self.mentions if start <= self.token_of[id(m)] < end]

    def same_year_back(self, trigger: Trigger) -> str | None:
        """'in the same year' → the year of the date before it in the sentence; 'later that
        year', 'before the end of the year', 'that summer' → that year, or the year of the
        date told last before the sentence."""
        text = self.sent.text.lower()
        that_year = _THAT_YEAR.search(text) is not None
        if "same year" not in text and not that_year:
            return None
        earlier = [m for m in self.mentions if m.value and self.token_of[id(m)] < trigger.start]
        if earlier and earlier[-1].value:
            return earlier[-1].value[:4]
        return self.previous[:4] if that_year and self.previous and not self.mentions else None


_THAT_YEAR = re.compile(r"\b(?:later|earlier) (?:that|the same) year\b|\bthat same year\b"
                        r"|\b(?:by|before|at|until|towards?) the end of (?:the|that) year\b"
                        r"|\b(?:that|the same) (?:spring|summer|autumn|fall|winter)\b")


def token_at(sent: Span, char: int) -> int:
    """The sentence's token at character ``char`` (or the space after it), else its last."""
    t = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        if t.idx[i] <= char < t.idx[i] + len(t.text[i]) + 1:
            return i
    return sent.end - 1


def _dating_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers a date may belong to: not an event noun that is the object of another
    event word ('broke off their engagement in 2017': the date is the ending's)."""
    doc = sent.doc
    if not parsed(doc) or len(triggers) < 2:
        return triggers
    verbs = {t.start for t in triggers}
    return [
        t for t in triggers
        if not (doc[t.start].dep_ == "dobj" and doc[t.start].head.i in verbs
                and doc[t.start].pos_ == "NOUN")
    ]


def _names_a_thing(sent: Span, first: int, last: int, triggers: set[int]) -> bool:
    """A date written before a noun that is no family event names that thing, and dates no
    event word of the sentence: 'nominated for the 1966 drama', 'wrote in his 2005 memoir'
    (not 'a 2013 ceremony', 'their 2016 split', 'the 2019 birth', 'married last summer')."""
    doc = sent.doc
    root = next((t for t in doc[first : last + 1] if not first <= t.head.i <= last), None)
    if root is None:
        return False
    head = root.head
    between = doc[last + 1 : head.i + 1]  # 'their 1983 wedding day': the event is named
    return (
        root.dep_ in {"nummod", "compound", "nmod", "amod"}
        and head.pos_ == "NOUN"
        and head.i > last
        and not any(t.i in triggers or t.lemma_.lower() in DATED_EVENT_NOUNS for t in between)
    )


def _owner(i: int, triggers: list[Trigger]) -> int | None:
    """A date belongs to the event word right after it ('the 2019 birth'), else the one before."""
    for t in triggers:
        if 0 < t.start - i <= 1 and t.kind in {"birth_noun", "wedding", "death_noun"}:
            return t.start
    before = [t for t in triggers if t.start < i and t.kind not in {"age", "birthday"}]
    if before:
        return before[-1].start
    after = [t for t in triggers if t.start > i and t.kind not in {"age", "birthday"}]
    return after[0].start if after else None


def left_of(disc: Discourse, sent: Span, i: int, limit: int = 18) -> list[int]:
    """The people of the last group before token i, within ``limit`` tokens of it ('after his
    divorce from A, B and C married': B and C)."""
    groups = disc.groups(sent, sent.start, i)
    if not groups or groups[-1].end < i - limit:
        return []
    last = groups[-1]
    return last.persons[1:] if fronted_object_first(sent, last) else last.persons


def subject_left(disc: Discourse, sent: Span, i: int, limit: int = 8) -> list[int]:
    """The people before token i; 'X, father of Y, died': X, past the aside between commas."""
    groups = disc.groups(sent, sent.start, i)
    doc = sent.doc
    if (
        groups
        and groups[0].start <= sent.start + 1
        and i - 1 > sent.start
        and doc[i - 1].text == ","
        and doc[groups[0].end].text == ","
    ):
        return groups[0].persons
    return groups[-1].persons if groups and groups[-1].end >= i - limit else []


def object_of_preposition(disc: Discourse, sent: Span, i: int) -> bool:
    """'with X welcomed in 2018': the people before token i follow a preposition (no subject)."""
    groups = disc.groups(sent, sent.start, i)
    start = groups[-1].start if groups else sent.start
    return start > sent.start and sent.doc[start - 1].tag_ == "IN"


def right_of(disc: Discourse, sent: Span, i: int, limit: int = 8) -> list[int]:
    groups = disc.groups(sent, i, sent.end)
    return groups[0].persons if groups and groups[0].start <= i + limit else []


def number_word(tok: Token) -> int | None:
    """A count written in digits, "a", or "one" to "ten"."""
    if tok.text.isdigit():
        return int(tok.text)
    return 1 if tok.lower_ == "a" else SMALL_NUMBER_WORDS.get(tok.lower_)


def offset_date(sent: Span, t: Trigger, dates: SentenceDates) -> str | None:
    """'X in 2018, one year before Y was born' → 2019; 'one year before the 2014 wedding' → 2013."""
    for off in find_offsets(sent.text):
        off_tok = token_at(sent, sent.start_char + off.start)
        if off.amount is None or off.unit != "year" or off.direction == "following":
            continue
        if off_tok > t.start:
            later = [m for m in dates.between(off_tok + 1, off_tok + 8) if m.value]
            sign = -1 if off.direction == "before" else 1
            if later and later[0].value:
                return shift(later[0].value[:4], years=sign * off.amount)
            continue
        earlier = [m for m in dates.between(sent.start, off_tok) if m.value]
        if earlier and "before" in off.text.lower():
            return shift(earlier[-1].value[:4], years=off.amount)  # type: ignore[index]
        if earlier and "after" in off.text.lower():
            return shift(earlier[-1].value[:4], years=-off.amount)  # type: ignore[index]
    return None


def later_date(sent: Span, t: Trigger, dates: SentenceDates, leading: bool = False) -> str | None:
    """'engaged in 2010 and married a year later' → 2011; 'They met in 2009. Three years
    later, the two were married.' → 2012 (the last date told before the sentence); 'met in
    2005, and four years later they wed' → 2009; 'in June 2012 ... Nine months later' → 2013-03
    (months only from a date with its month). ``leading``: only an offset before the event
    word, which outranks a date told before the offset."""
    for off in find_offsets(sent.text):
        off_tok = token_at(sent, sent.start_char + off.start)
        later = off.text.lower().endswith(("later", " on")) or off.direction == "following"
        if off.amount is None or off.unit not in {"year", "month"} or not later:
            continue
        # 'Three years later, ...' opening the sentence, or right before the event's clause
        lead = off_tok < t.start and (off_tok - sent.start <= 1 or (
            t.start - off_tok <= 4 and not _joined_between(sent, off_tok, t.start)))
        if lead or (not leading and 0 <= off_tok - t.end <= 3):  # from the event phrase's end
            earlier = [m.value for m in dates.between(sent.start, min(t.start, off_tok))
                       if m.value]
            anchor = earlier[-1] if earlier else dates.previous
            if off.unit == "month":  # 'in June 2012 ... nine months later' → 2013-03; from
                # a year alone the months give no year
                return shift(anchor[:7], months=off.amount) if anchor and len(anchor) >= 7 else None
            return shift(anchor[:4], years=off.amount) if anchor else None
    return None


def _joined_between(sent: Span, start: int, end: int) -> bool:
    """'started dating the following year but split in 2004': a conjunction between an offset
    and the event word; the offset dates the clause before it, not the event."""
    return any(tok.lower_ in {"but", "and", ";"} for tok in sent.doc[start:end])


def name_before_verb(disc: Discourse, verb: Token) -> Mention | None:
    """The name right before a clause's verb (adverbs between): its subject, whatever the
    parse made of it ('Born ... to a baker, A, and a nurse, B, C learned ...': C, not A)."""
    j = verb.i - 1
    while j > 0 and verb.doc[j].pos_ in {"ADV", "AUX", "PART"}:
        j -= 1
    mention = disc.people.at(j)
    return mention if mention is not None and mention.end == j + 1 else None


def clause_verb(tok: Token) -> Token:
    """The verb or auxiliary a token hangs under, however far up; the root when none is."""
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def main_verb_of_opening(word: Token) -> Token | None:
    """The main clause's verb after an opening participle ('Born in X to A and B, C studied
    ...'): the participle's head, or the verb the parse coordinated with it as ROOT."""
    if word.dep_ == "advcl" and word.head.i > word.i:
        return word.head
    if word.dep_ == "ROOT" and word.i == sentence_start(word):
        return next((c for c in word.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    return None


def event_date(sent: Span, t: Trigger, dates: SentenceDates) -> str | None:
    """An event's date: an offset leading to it ('Three years later, they wed'), its own date
    after it, an offset right after it counted from the date before it ('met in 2008 and got
    engaged two years later' → 2010), else its own date before it, else the year before it
    that 'later that year' / 'before the end of the year' points back to."""
    return (later_date(sent, t, dates, leading=True) or dates.first(t, before=False)
            or later_date(sent, t, dates) or dates.first(t) or dates.same_year_back(t))
