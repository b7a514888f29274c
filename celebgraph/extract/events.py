"""Facts read from event words: who married, divorced, split, was born or died, and when."""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.context import Discourse, PendingBirth
from celebgraph.extract.dates import DateMention, find_offsets, shift
from celebgraph.extract.kinship import kin_of, targets_after
from celebgraph.extract.lexicons import (
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    ENDED_WORDS,
    MARRIAGE_NOUNS,
    SIBLING_TOPIC_WORDS,
)
from celebgraph.extract.rawfacts import RawFact
from celebgraph.extract.triggers import Trigger

__all__ = ["SentenceDates", "event_facts", "marriage_end_facts", "note_meeting", "pending_birth_facts", "sibling_word_facts"]

_VAGUE = frozenset({"by", "before", "after", "approx", "until"})
_PAIR_RELATION = {"marry": "spouse", "wedding": "spouse", "separate": "separated",
                  "engage": "engaged", "partner": "partner"}
_NOT_REAL = frozenset({"play", "portray", "deny", "dismiss", "rumor", "rumour", "speculate"})
_HYPOTHETICAL = frozenset({"plan", "want", "hope", "will", "would", "could", "might", "never",
                           "not", "rumor", "rumour", "reportedly", "if"})


class SentenceDates:
    """The sentence's dates, each bound to the event word it belongs to."""

    def __init__(self, sent: Span, mentions: list[DateMention], triggers: list[Trigger]) -> None:
        self.sent = sent
        self.mentions = mentions
        self.token_of = {id(m): _token_at(sent, m.start) for m in mentions}
        self.owner = {id(m): _owner(self.token_of[id(m)], triggers) for m in mentions}

    def of(self, trigger: Trigger) -> list[DateMention]:
        return [m for m in self.mentions if self.owner[id(m)] == trigger.start]

    def first(self, trigger: Trigger, exact: bool = True) -> str | None:
        """The trigger's own date: the nearest after it, else the nearest before it."""
        own = self.of(trigger)
        after = [m for m in own if self.token_of[id(m)] >= trigger.start]
        before = [m for m in own if self.token_of[id(m)] < trigger.start][::-1]
        for m in after + before:
            if m.value and (not exact or m.qualifier not in _VAGUE):
                return m.value
        return None

    def between(self, start: int, end: int) -> list[DateMention]:
        return [m for m in self.mentions if start <= self.token_of[id(m)] < end]

    def same_year_back(self, trigger: Trigger) -> str | None:
        """'in the same year' → the year of the date before it in the sentence."""
        text = self.sent.text.lower()
        if "same year" not in text:
            return None
        earlier = [m for m in self.mentions if m.value and self.token_of[id(m)] < trigger.start]
        return earlier[-1].value[:4] if earlier and earlier[-1].value else None


def _token_at(sent: Span, char: int) -> int:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) + 1:
            return tok.i
    return sent.end - 1


def _owner(i: int, triggers: list[Trigger]) -> int | None:
    """A date belongs to the event word right after it ('the 2019 birth'), else the nearest before."""
    for t in triggers:
        if 0 < t.start - i <= 1 and t.kind in {"birth_noun", "wedding", "death_noun"}:
            return t.start
    before = [t for t in triggers if t.start < i and t.kind not in {"age", "birthday"}]
    if before:
        return before[-1].start
    after = [t for t in triggers if t.start > i and t.kind not in {"age", "birthday"}]
    return after[0].start if after else None


def _left(disc: Discourse, sent: Span, i: int, limit: int = 18) -> list[int]:
    groups = disc.groups(sent, sent.start, i)
    return groups[-1].persons if groups and groups[-1].end >= i - limit else []


def _subject_left(disc: Discourse, sent: Span, i: int, limit: int = 8) -> list[int]:
    """The people before token i; 'X, father of Y, died': X, past the aside between commas."""
    groups = disc.groups(sent, sent.start, i)
    doc = sent.doc
    if len(groups) >= 2 and i - 1 > sent.start and doc[i - 1].text == "," and doc[groups[0].end].text == ",":
        return groups[0].persons
    return groups[-1].persons if groups and groups[-1].end >= i - limit else []


def _object_of_preposition(disc: Discourse, sent: Span, i: int) -> bool:
    """'with X welcomed in 2018': the people before token i follow a preposition, so X is no subject."""
    groups = disc.groups(sent, sent.start, i)
    start = groups[-1].start if groups else sent.start
    return start > sent.start and sent.doc[start - 1].tag_ == "IN"


def _right(disc: Discourse, sent: Span, i: int, limit: int = 8) -> list[int]:
    groups = disc.groups(sent, i, sent.end)
    return groups[0].persons if groups and groups[0].start <= i + limit else []


def _pair(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    left = _left(disc, sent, t.start)
    # 'After marrying in 2008, the couple ...': the clause's subject comes after the comma
    right = _right(disc, sent, t.end, limit=8 if left else 12)
    if len(left) >= 2:
        return left[0], left[1]
    if left and right and left[-1] != right[0]:
        return left[-1], right[0]
    if len(right) >= 2:
        return right[0], right[1]
    couple = disc.last_couple
    if t.kind in {"marry", "wedding", "engage"} and left and couple and left[0] in couple:
        return couple  # 'He proposed (to her) in 2010', with the couple in focus
    return None


def _modifier_noun(sent: Span, t: Trigger) -> bool:
    """'the wedding party', 'wedding photos': the event word only describes another noun."""
    nxt = sent.doc[t.end] if t.end < sent.end else None
    return (t.kind == "wedding" and nxt is not None and nxt.pos_ == "NOUN"
            and nxt.lower_ not in {"ceremony", "day"})


def _hypothetical(sent: Span, t: Trigger) -> bool:
    """'plan to marry', 'never married', 'play a married couple', 'denied that they are dating'."""
    near = sent.doc[max(sent.start, t.start - 3):t.start]
    wider = sent.doc[max(sent.start, t.start - 6):t.start]
    return any(tok.lemma_.lower() in _HYPOTHETICAL or tok.lower_ in _HYPOTHETICAL for tok in near) or any(
        tok.lemma_.lower() in _NOT_REAL for tok in wider)


def _pair_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    relation = _PAIR_RELATION[t.kind]
    if _hypothetical(sent, t) or (t.kind == "partner" and sent.doc[t.start].lower_ == "dated"
                                  and not _right(disc, sent, t.end, 2)) or _modifier_noun(sent, t):
        return []
    pair = _pair(disc, sent, t)
    if pair is None:
        return []
    fact = RawFact(relation, pair[0], pair[1], sent, 0.8)
    own = [m for m in dates.of(t) if m.value]
    spans = [m for m in own if m.qualifier in {"from", "to", "since", "until"}]
    if relation in {"spouse", "partner"}:
        fact.start = next((m.value for m in spans if m.qualifier in {"from", "since"}), None)
        fact.end = next((m.value for m in spans if m.qualifier in {"to", "until"}), None)
        noun = sent.doc[t.start].lower_ == "marriage"  # 'her marriage to X ended in 2010': no start
        if fact.start is None and not spans and not noun:
            fact.start = dates.first(t) or _later_date(sent, t, dates)
    else:
        fact.date = dates.first(t) or _later_date(sent, t, dates)
    disc.note_couple(*pair)
    facts = [fact] + _years_before(sent, t, pair, fact.date or fact.start)
    later = _later_partner(disc, sent, t, pair)
    if later is None:
        return facts
    return facts + [RawFact(relation, pair[0], later, sent, 0.7)]


_DURATION_OF = {"dating": "partner", "together": "partner", "marriage": "spouse"}


def _years_before(sent: Span, t: Trigger, pair: tuple[int, int], date: str | None) -> list[RawFact]:
    """'wed in 2017 after two years of dating' → partners since 2015; '... of marriage' → wed then."""
    doc = sent.doc
    if not date:
        return []
    for tok in doc[t.end:sent.end]:
        words = [w.lower_ for w in doc[tok.i:tok.i + 5]]
        if len(words) == 5 and words[0] == "after" and words[2] in {"years", "year"} and words[3] == "of":
            relation = _DURATION_OF.get(words[4])
            years = _number(doc[tok.i + 1])
            if relation and years:
                return [RawFact(relation, pair[0], pair[1], sent, 0.6, start=shift(date[:4], years=-years))]
    return []


def _number(tok: Token) -> int | None:
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "a": 1}
    return int(tok.text) if tok.text.isdigit() else words.get(tok.lower_)


def _later_partner(disc: Discourse, sent: Span, t: Trigger, pair: tuple[int, int]) -> int | None:
    """'married to X from 1994 to 1996, and to Y': Y, a second partner of the same subject."""
    doc = sent.doc
    if doc[t.end:t.end + 1].text != "to":
        return None
    for i in range(t.end + 1, sent.end - 2):
        if doc[i].lower_ == "and" and doc[i + 1].lower_ == "to":
            j = i + 2
            while j < sent.end and (doc[j].lower_ in DESCRIPTOR_WORDS or doc[j].lower_ in {"a", "an"}):
                j += 1
            person = disc.person_at(doc[j]) if j < sent.end else None
            return person if person not in pair else None
    return None


def _divorce_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates,
                   triggers: list[Trigger]) -> list[RawFact]:
    doc = sent.doc
    window = {tok.lemma_.lower() for tok in doc[max(sent.start, t.start - 4):min(sent.end, t.end + 3)]}
    if any(x.kind == "file" for x in triggers):
        return []  # the filing rule reads it
    if window & {"papers", "petition", "paper"}:
        return _filing_facts(disc, sent, t, dates, divorce_doc=True)
    pair = _pair(disc, sent, t)
    word = doc[t.start].lower_
    if pair is None:
        if word == "divorce" and disc.last_couple and _refers_to_couple(disc, sent, t):
            pair = disc.last_couple
        else:
            return []
    fact = RawFact("spouse", pair[0], pair[1], sent, 0.75)
    if word == "divorced" or window & {"finalize", "final", "finalise", "official"}:
        fact.end = dates.first(t)
    return [fact]


def _refers_to_couple(disc: Discourse, sent: Span, t: Trigger) -> bool:
    before = sent.doc[max(sent.start, t.start - 2):t.start]
    return any(tok.lower_ == "their" for tok in before)


def _filing_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates,
                  divorce_doc: bool) -> list[RawFact]:
    doc = sent.doc
    after = doc[t.end:min(sent.end, t.end + 3)]
    about_divorce = any(tok.lemma_.lower() in {"divorce", "separation"} for tok in doc[t.start:min(sent.end, t.end + 4)])
    if t.kind == "divorce":
        about_divorce = True
    if not about_divorce and not (divorce_doc and (not len(after) or not after[0].pos_ in {"DET", "NOUN"})):
        return []
    subject = _left(disc, sent, t.start, limit=12)
    if not subject:
        return []
    others = [p for p in _right(disc, sent, t.end, limit=6) if p != subject[-1]]
    between = [p for g in disc.groups(sent, t.start - 12 if t.start - 12 > sent.start else sent.start, t.start)
               for p in g.persons if p != subject[-1]]
    obj = others[0] if others else (between[-1] if between and between[-1] != subject[0] else None)
    date = dates.first(t)
    return [RawFact("divorce_filed", subject[-1], obj, sent, 0.75, date=date)]


def _offset_date(sent: Span, t: Trigger, dates: SentenceDates) -> str | None:
    """'X in 2018, one year before Y was born' → 2019; 'born one year before the 2014 wedding' → 2013."""
    for off in find_offsets(sent.text):
        off_tok = _token_at(sent, sent.start_char + off.start)
        if off.amount is None or off.unit != "year":
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


def _later_date(sent: Span, t: Trigger, dates: SentenceDates) -> str | None:
    """'engaged in 2010 and married a year later' → 2011."""
    for off in find_offsets(sent.text):
        off_tok = _token_at(sent, sent.start_char + off.start)
        if off.amount is None or off.unit != "year" or not off.text.lower().endswith("later"):
            continue
        if 0 < off_tok - t.start <= 4:
            earlier = [m for m in dates.between(sent.start, t.start) if m.value]
            return shift(earlier[-1].value[:4], years=off.amount) if earlier and earlier[-1].value else None
    return None


def _born_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    doc = sent.doc
    if t.start > sent.start and doc[t.start - 1].lower_ in {"first", "new", "-"}:
        return []
    child = _left(disc, sent, t.start, limit=6) if t.start - sent.start > 1 else []
    if not child:
        child = _right(disc, sent, t.end, limit=14)
    date = dates.first(t) or dates.same_year_back(t) or _offset_date(sent, t, dates)
    facts = [RawFact("born", c, None, sent, 0.85, date=date) for c in child[:1] if date]
    to = _born_to(sent, t)
    if to is not None:
        parents = _right(disc, sent, to, limit=3)
        if not set(parents) & set(child[:1]):  # the child among the parents: a misread name
            facts += [RawFact("parent", p, c, sent, 0.8) for p in parents for c in child[:1]]
    return facts


def _born_to(sent: Span, t: Trigger) -> int | None:
    """'born (in Columbus, Ohio, in 1980) to X and Y': the index of 'to', else None."""
    for tok in sent.doc[t.end:min(sent.end, t.end + 10)]:
        if tok.lower_ == "to":
            return tok.i
        if tok.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _birth_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    if t.kind == "birth_noun":
        return _birth_noun_facts(disc, sent, t, dates)
    doc = sent.doc
    word = doc[t.start]
    parents = _left(disc, sent, t.start, limit=14)
    if word.lemma_ == "arrive":
        return _arrival_facts(disc, sent, t, dates, parents)
    nxt = doc[t.end].lower_ if t.end < sent.end else "."
    passive = word.tag_ == "VBN" or _object_of_preposition(disc, sent, t.start)
    if passive and parents and nxt in {"in", "on", "at", ",", ".", "last", "this"}:
        children, parents = parents, list(disc.last_couple or [])  # 'X (was) welcomed in 2018'
        return _births(disc, sent, t, dates, parents, children)
    children, _end = targets_after(disc, sent, t.start)
    for tok in sent.doc[t.end:sent.end]:  # '..., followed by twins X and Y in 2017'
        if tok.lemma_.lower() in CHILD_NOUNS:
            children += [c for c in targets_after(disc, sent, tok.i)[0] if c not in children]
    if not children:
        children = [p for p in _right(disc, sent, t.end, limit=8) if p not in parents]
    if not children and parents and word.tag_ == "VBN":
        children, parents = parents, list(disc.last_couple or [])
    if not children and parents and _child_noun_follows(sent, t):
        disc.pending_birth = PendingBirth(list(parents), dates.first(t), sent.end)
    return _births(disc, sent, t, dates, parents, children)


def _child_noun_follows(sent: Span, t: Trigger) -> bool:
    """'welcomed their first child', 'welcomed a baby boy': a birth whose name comes later."""
    return any(tok.lemma_.lower() in CHILD_NOUNS for tok in sent.doc[t.end:min(sent.end, t.end + 5)])


def pending_birth_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """The child of an unnamed birth, named in a later sentence: 'Jane Doe is named after ...'."""
    pending = disc.pending_birth
    if pending is None:
        return []
    if sent.start - pending.after > 120:
        disc.pending_birth = None
        return []
    child = _newly_named_child(disc, sent, pending.parents)
    if child is None:
        return []
    disc.pending_birth = None
    facts = [RawFact("parent", p, child, sent, 0.65) for p in pending.parents]
    if pending.date:
        facts.append(RawFact("born", child, None, sent, 0.65, date=pending.date))
    return facts


def _newly_named_child(disc: Discourse, sent: Span, parents: list[int]) -> int | None:
    """A person first named in this sentence who carries a parent's surname or is 'named'."""
    naming = any(tok.lemma_.lower() in {"name", "call"} for tok in sent)
    surnames = {disc.people.name(p).split()[-1] for p in parents if len(disc.people.name(p).split()) > 1}
    for m in disc.people.mentions:
        if not sent.start <= m.start < sent.end or m.person in parents or m.person in disc.excluded:
            continue
        if disc.first_mention(m.person) != m.start:
            continue
        words = disc.people.name(m.person).split()
        if naming or (len(words) > 1 and words[-1] in surnames):
            return m.person
    return None


def _births(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates,
            parents: list[int], children: list[int]) -> list[RawFact]:
    date = dates.first(t) or dates.same_year_back(t) or _offset_date(sent, t, dates)
    facts: list[RawFact] = []
    for child in children:
        if child in parents:
            continue
        child_date = _date_after(disc, sent, child, dates) or date
        if child_date:
            facts.append(RawFact("born", child, None, sent, 0.8, date=child_date))
        facts += [RawFact("parent", p, child, sent, 0.7) for p in parents if p != child]
    return facts


def _arrival_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates,
                   children: list[int]) -> list[RawFact]:
    """'son X arrived in 2015': a birth, and nobody else in the clause is a parent."""
    date = dates.first(t)
    if not date or not children or t.start - sent.start < 1:
        return []
    groups = disc.groups(sent, sent.start, t.start)
    subject = groups[-1] if groups else None
    if subject is None or subject.end < t.start - 1 or sent.doc[subject.end - 1].tag_ == "POS":
        return []  # "X's new album arrives Friday": X is no newborn
    return [RawFact("born", children[-1], None, sent, 0.75, date=date)]


def _date_after(disc: Discourse, sent: Span, person: int, dates: SentenceDates) -> str | None:
    """'Blue in 2012, followed by twins X and Y in 2017': the date right after a child's name."""
    for m in disc.people.mentions:
        if m.person == person and sent.start <= m.start < sent.end:
            j = m.end
            while j < sent.end and (disc.person_at(sent.doc[j]) is not None or sent.doc[j].lower_ in {"and", ","}):
                j += 1
            near = [d for d in dates.between(j, j + 3) if d.value]
            if near:
                return near[0].value
    return None


def _born_children(disc: Discourse, sent: Span, i: int) -> list[int]:
    """'gave birth to a daughter, Lily' / 'to their son Leo' / 'to Leo': the named children."""
    for tok in sent.doc[i:min(sent.end, i + 5)]:
        if tok.lemma_.lower() in CHILD_NOUNS:
            return targets_after(disc, sent, tok.i)[0]
    return [p for g in disc.groups(sent, i, min(sent.end, i + 4))
            if disc.people.at(g.start) for p in g.persons]


def _birth_noun_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    doc = sent.doc
    if t.start > sent.start and doc[t.start - 1].lemma_ in {"give", "gave"}:
        mother = _subject_left(disc, sent, t.start, limit=8)
        children = _born_children(disc, sent, t.end)
        date = dates.first(t)
        facts = [RawFact("parent", m, c, sent, 0.8) for m in mother[:1] for c in children]
        return facts + [RawFact("born", c, None, sent, 0.8, date=date) for c in children if date]
    if doc[t.end:t.end + 1].text != "of":
        return []
    children = [p for g in disc.groups(sent, t.end + 1, min(sent.end, t.end + 12))
                if not (g.end < len(doc) and doc[g.end - 1].tag_ == "POS") for p in g.persons]
    date = dates.first(t)
    return [RawFact("born", c, None, sent, 0.8, date=date) for c in children[:1] if date]


def _death_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    doc = sent.doc
    if doc[t.start].lemma_ == "pass" and doc[t.end:t.end + 1].text not in {"away", "in", "on"}:
        return []
    date = dates.first(t)
    if not date:
        return []
    if t.kind == "death_noun":
        person = _right(disc, sent, t.end, limit=3) or _left(disc, sent, t.start, limit=2)
    elif t.start > sent.start and kin_of(doc[t.start - 1]) is not None:
        return []  # "X's father died": someone unnamed
    else:
        person = _subject_left(disc, sent, t.start, limit=8)
    return [RawFact("died", p, None, sent, 0.8, date=date) for p in person[:1]]


def _age_facts(disc: Discourse, sent: Span, t: Trigger, published: str | None) -> list[RawFact]:
    doc = sent.doc
    nxt = doc[t.end:t.end + 1]
    if not published or not len(nxt) or not nxt[0].like_num or not nxt[0].text.isdigit():
        return []
    person = _left(disc, sent, t.start, limit=3)
    year = int(published[:4]) - int(nxt[0].text)
    return [RawFact("born", p, None, sent, 0.6, date=str(year)) for p in person[-1:]]


def _birthday_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates,
                    published: str | None) -> list[RawFact]:
    doc = sent.doc
    if t.start - 2 < sent.start:
        return []
    context = {tok.lower_ for tok in doc[max(sent.start, t.start - 6):t.start]}
    if context & {"until", "till", "til", "by", "next", "upcoming"} or not context & {
            "days", "weeks", "on", "celebrated", "celebrates", "celebrating", "marked"}:
        return []
    ordinal, owner = doc[t.start - 1], doc[t.start - 2]
    digits = ordinal.text[:-2]
    if not (digits.isdigit() and ordinal.text[-2:] in {"st", "nd", "rd", "th"}):
        return []
    persons = disc.refer(owner, sent) if owner.tag_ == "PRP$" else []
    years = [m.value[:4] for m in dates.mentions if m.value] or ([published[:4]] if published else [])
    if not persons or not years:
        return []
    return [RawFact("born", persons[0], None, sent, 0.6, date=str(int(years[0]) - int(digits)))]


def sibling_word_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """'X and Y ... are siblings', 'X and Y, another sibling pair'."""
    words = {tok.lower_ for tok in sent} | {tok.lower_.split("-")[0] for tok in sent}
    if not words & (SIBLING_TOPIC_WORDS | {"sibling"}):
        return []
    facts: list[RawFact] = []
    doc = sent.doc
    for group in disc.groups(sent, sent.start, sent.end):
        before = {tok.lower_ for tok in doc[max(sent.start, group.start - 3):group.start]}
        if before & (SIBLING_TOPIC_WORDS | {"sibling"}):
            continue  # 'three siblings – A, B and C': the kin-noun rule reads it
        if len(group.persons) >= 2 and disc.people.at(group.start):
            a, b = group.persons[:2]
            facts.append(RawFact("sibling", a, b, sent, 0.7))
    return facts


def note_meeting(disc: Discourse, sent: Span) -> None:
    """'X met Y in 2008': no fact, but the two are the couple a later 'they' means."""
    for tok in sent:
        if tok.lemma_ == "meet" and tok.pos_ == "VERB":
            left, right = _left(disc, sent, tok.i, limit=2), _right(disc, sent, tok.i + 1, limit=2)
            if left and right and left[-1] != right[0]:
                disc.note_couple(left[-1], right[0])


def marriage_end_facts(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """'a judge ruled on Tuesday that their marriage was over': the marriage's end date."""
    words = {tok.lower_ for tok in sent}
    if not (words & MARRIAGE_NOUNS and words & ENDED_WORDS):
        return []
    pair = next((g.persons[:2] for g in disc.groups(sent, sent.start, sent.end) if len(g.persons) >= 2), None)
    free = [m.value for m in dates.mentions if m.value and dates.owner[id(m)] is None
            and m.qualifier not in _VAGUE]
    if pair is None or not free:
        return []
    return [RawFact("spouse", pair[0], pair[1], sent, 0.7, end=free[0])]


def event_facts(disc: Discourse, sent: Span, triggers: list[Trigger], dates: SentenceDates,
                published: str | None, divorce_doc: bool) -> list[RawFact]:
    """Every fact the event words of one sentence state."""
    facts: list[RawFact] = []
    for t in triggers:
        if t.kind in _PAIR_RELATION:
            facts += _pair_facts(disc, sent, t, dates)
        elif t.kind == "divorce":
            facts += _divorce_facts(disc, sent, t, dates, triggers)
        elif t.kind == "file":
            facts += _filing_facts(disc, sent, t, dates, divorce_doc)
        elif t.kind == "born":
            facts += _born_facts(disc, sent, t, dates)
        elif t.kind in {"birth", "birth_noun"}:
            facts += _birth_facts(disc, sent, t, dates)
        elif t.kind in {"death", "death_noun"}:
            facts += _death_facts(disc, sent, t, dates)
        elif t.kind == "age":
            facts += _age_facts(disc, sent, t, published)
        elif t.kind == "birthday":
            facts += _birthday_facts(disc, sent, t, dates, published)
    return facts
