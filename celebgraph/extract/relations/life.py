"""Facts about lives: births and the children's parents, deaths, ages and birthdays."""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.dates.find import shift
from celebgraph.extract.dates.news import news_date
from celebgraph.extract.dates.relative import find_offsets
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import CHILD_NOUNS
from celebgraph.extract.people.discourse import Discourse, PendingBirth
from celebgraph.extract.people.gender import noun_gender
from celebgraph.extract.people.slots import welcomes_a_guest
from celebgraph.extract.relations.clauses import (
    SentenceDates,
    event_date,
    later_date,
    left_of,
    main_verb_of_opening,
    name_before_verb,
    number_word,
    object_of_preposition,
    offset_date,
    right_of,
    subject_left,
    token_at,
)
from celebgraph.extract.relations.coparents import governing_verb
from celebgraph.extract.relations.kin_targets import targets_after
from celebgraph.extract.relations.kinship import kin_of
from celebgraph.extract.relations.predeceased import in_predeceased_lead
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed

__all__ = ["LIFE_KINDS", "life_facts", "pending_birth_facts"]

LIFE_KINDS = frozenset({"born", "birth", "birth_noun", "death", "death_noun", "age", "birthday"})


def life_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> list[RawFact]:
    """The facts one birth, death or age word states."""
    if t.kind == "born":
        return _born_facts(disc, sent, t, dates)
    if t.kind in {"birth", "birth_noun"}:
        return _birth_facts(disc, sent, t, dates, published)
    if t.kind in {"death", "death_noun"}:
        return _death_facts(disc, sent, t, dates, published)
    if t.kind == "age":
        near = [m.value for m in dates.between(t.end, t.end + 5) if m.value]
        return _age_facts(disc, sent, t, _birthday_ahead(sent, t, near, published))
    return _birthday_facts(disc, sent, t, dates, published)


def _born_facts(disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates) -> list[RawFact]:
    doc = sent.doc
    if t.start > sent.start and doc[t.start - 1].lower_ in {"first", "new", "-"}:
        return []
    if (parents := disc.unnamed_child(doc[t.start], sent)) is not None:
        known = _only_child_told(disc, sent, doc[t.start], parents)
        if known is not None:  # 'They share one son, Milo. Their baby boy was born on ...'
            date = dates.first(t)
            return [RawFact("born", known, None, sent, 0.75, date=date)] if date else []
        # 'The couple's little one was born on Friday': the child's name comes later
        disc.pending_birth = PendingBirth(parents, dates.first(t), sent.end)
        return []
    child = left_of(disc, sent, t.start, limit=6) if t.start - sent.start > 1 else []
    child = _past_co_parent(disc, sent, t.start, child)
    child = _passive_subject(disc, doc[t.start]) or child
    opening = not child and t.start == sent.start
    subject = _main_subject(disc, sent, doc[t.start]) if opening else None
    if subject is not None:
        child = subject  # 'Born in X to A and B, Y was ...': Y, or no one the parse can tell
    elif not child:
        child = _born_subject_after(disc, sent, t)
    # 'Their son was born two years later and ...; he has run it since 1994': the offset
    # right after the word dates the birth, not a later clause's year
    date = ((later_date(sent, t, dates) if _offset_right_after(sent, t) else None)
            or dates.first(t) or dates.same_year_back(t) or offset_date(sent, t, dates)
            or later_date(sent, t, dates))  # 'Their son was born two years later.'
    if t.start == sent.start and (comma := _clause_end(disc, sent, t, subject)) is not None:
        # 'Born in Lublin in 1950, X came to Leeds in 1951': only the opening clause dates it
        date = next((m.value for m in dates.between(t.end, comma) if m.value), None)
    if (close := _closing_bracket(sent, t)) is not None:
        # 'Ivo (born 2010) and Bo (2012)': only the bracket's own date; its year may have been
        # taken as notation already, and the next item's is not this one's
        date = next((m.value for m in dates.between(t.end, close) if m.value), None)
    to = _born_to(sent, t)
    if t.start == sent.start and date is None and to is not None:
        # 'Born in Lafayette, La., on March 3, 1937, to ...': the date before the parents
        date = next((m.value for m in dates.between(t.end, to) if m.value), None)
    borrowed = any(m.kind == "month_day" and m.value == date for m in dates.of(t))
    facts = [RawFact("born", c, None, sent, 0.85, date=date, year_of_publication=borrowed)
             for c in child[:1] if date]
    if to is not None:
        parents = right_of(disc, sent, to, limit=3)
        if opening and child:  # the list reader runs on into the main clause's subject
            parents = parents[: parents.index(child[0])] if child[0] in parents else parents
        if not set(parents) & set(child[:1]):  # the child among the parents: a misread name
            facts += [RawFact("parent", p, c, sent, 0.8) for p in parents for c in child[:1]]
    return facts


_ANOTHER_CHILD = frozenset({"new", "second", "third", "another", "younger", "youngest", "latest",
                            "brother", "sister", "sibling"})


def _only_child_told(disc: Discourse, sent: Span, born: Token, parents: list[int]) -> int | None:
    """'X and Y share one son, Milo. Their baby boy was born on April 12, 2021.': the one child
    of these parents the text has named, when the subject's noun fits it ('boy' a son, not a
    daughter) and tells no other child ('their second son', 'a baby sister for Milo')."""
    subject = next((c for c in born.children if c.dep_ == "nsubjpass"), None)
    if subject is None or any(t.lower_ in _ANOTHER_CHILD for t in sent):
        return None
    kin = disc.kin.children
    common = set(kin.get(parents[0], []))
    for p in parents[1:]:
        common &= set(kin.get(p, []))
    if len(common) != 1:
        return None
    child = next(iter(common))
    wanted = noun_gender(subject)
    told = disc.genders.of(child)
    return child if wanted is None or told is None or wanted == told else None


def _passive_subject(disc: Discourse, born: Token) -> list[int]:
    """Who 'was born', by the parse, past an aside naming others: 'X, son of A by his second
    wife B, was born in 1941' → X; 'Their son, Y, who married in 2011, was born' → Y."""
    subjects = [c for c in born.children if c.dep_ == "nsubjpass" and c.i < born.i]
    if not subjects:
        return []
    subject = subjects[0]
    if len(subjects) > 1 and (last := disc.people.at(subjects[-1].i)) is not None \
            and subject.lemma_.lower() in CHILD_NOUNS:
        return [last.person]  # 'The first child of A and B, C was born': two subjects, C named
    if (named := disc.people.at(subject.i)) is not None:
        # 'A and B's eldest, C, was born': a possessor the parse made the subject; one inside
        # an aside after the subject ('C, the third of A's children, was born') is not
        return [] if any(t.tag_ == "POS" for t in _core(subject)) else [named.person]
    if kin_of(subject) is None:
        return []
    appos = next((c for c in subject.children if c.dep_ == "appos"), None)
    named = disc.people.at(appos.i) if appos is not None else None
    return [named.person] if named is not None else []


def _core(subject: Token) -> list[Token]:
    """The subject's tokens without its asides (appositions, relative clauses)."""
    asides = [c for c in subject.children if c.dep_ in {"appos", "relcl", "acl"}]
    inside = {t.i for aside in asides for t in aside.subtree}
    return [t for t in subject.subtree if t.i not in inside]


def _past_co_parent(disc: Discourse, sent: Span, i: int, named: list[int]) -> list[int]:
    """"X's first child with Y, Z, was born': the name after 'with' is the other parent, the
    one after its comma the child."""
    groups = disc.groups(sent, sent.start, i)
    if len(named) > 1 and groups and groups[-1].persons == named:
        start = groups[-1].start
        if start > sent.start and sent.doc[start - 1].lower_ == "with":
            return named[1:]
    return named


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "on"})


def _main_subject(disc: Discourse, sent: Span, word: Token) -> list[int] | None:
    """The subject of the main clause an opening participle ('Born ..., she was') belongs
    to, by the parse; None when the participle is no adverbial clause with a subject. A
    pronoun never means the parents the participle names ('born ... to A and B, she')."""
    verb = main_verb_of_opening(word)
    if verb is None:
        return None
    if (named := name_before_verb(disc, verb)) is not None:
        return [named.person]
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass"} or child.i < word.i:
            continue
        if child.pos_ == "PRON":
            to = next((t.i for t in sent.doc[word.i : child.i] if t.lower_ == "to"), child.i)
            parents = {m.person for m in disc.people.within(to, child.i)}
            return [p for p in disc.refer(child, sent)[:1] if p not in parents]
        mention = disc.people.at(child.i)
        return [mention.person] if mention is not None else []
    return None



def _born_subject_after(disc: Discourse, sent: Span, t: Trigger) -> list[int]:
    """The first people after 'born' that are not the place of the birth ('Born in Kraków,
    Stan came ...': Kraków is where, Stan who), nor the parents of 'born ... to A and B'."""
    doc = sent.doc
    to = _born_to(sent, t)
    for group in disc.groups(sent, t.end, min(sent.end, t.end + 15)):
        if to is not None and group.start > to:
            return []  # 'Lio was born in Oslo to A and B' with 'Lio' no name we know
        if doc[group.start - 1].lower_ not in _PLACE_PREPOSITIONS:
            return group.persons
    return []


def _closing_bracket(sent: Span, t: Trigger) -> int | None:
    """The ')' closing a bracket the trigger stands in ('Ivo (born 2010)'), else None."""
    doc = sent.doc
    opening = next((k for k in range(t.start - 1, max(sent.start, t.start - 4) - 1, -1)
                    if doc[k].text in {"(", "["}), None)
    if opening is None:
        return None
    return next((k for k in range(t.end, sent.end) if doc[k].text in {")", "]"}), None)


def _clause_end(
    disc: Discourse, sent: Span, t: Trigger, subject: list[int] | None
) -> int | None:
    """Where a sentence-opening participle clause ends: at the main clause's subject the
    parse found ('Born in Tulsa, Oklahoma, on May 2, 1961, X was raised': past the place's
    commas), else at its first comma."""
    if subject:
        named = [m.start for m in disc.people.within(t.end + 1, sent.end)
                 if m.person == subject[0]]  # not 'Born Ada Moss on ...': her birth name
        if named:
            return named[0]
    return _clause_comma(disc, sent, t)


def _clause_comma(disc: Discourse, sent: Span, t: Trigger) -> int | None:
    """The comma that closes a sentence-opening participle clause ('Born in X, ...'); not one
    inside a name ('Born X, 4th Baron Y on 12 June 1958, he ...')."""
    return next(
        (
            tok.i
            for tok in sent.doc[t.end : sent.end]
            if tok.text == "," and disc.people.at(tok.i) is None
        ),
        None,
    )


def _passive(word: Token) -> bool:
    """'X was welcomed in 2018', 'X, welcomed in 2018': the event word's subject is the child.
    'have welcomed' (a perfect, also tagged VBN) is active."""
    if word.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in word.children) or word.dep_ in {"acl", "amod"}


def _born_to(sent: Span, t: Trigger) -> int | None:
    """'born (in Columbus, Ohio, in 1980) to X and Y': the index of 'to', else None."""
    for tok in sent.doc[t.end : min(sent.end, t.end + 15)]:  # 'in Lafayette, La., on ... to'
        if tok.lower_ == "to":
            return tok.i
        if tok.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _birth_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> list[RawFact]:
    if t.kind == "birth_noun":
        return _birth_noun_facts(disc, sent, t, dates)
    doc = sent.doc
    word = doc[t.start]
    guest = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in word.children)
    if guest and welcomes_a_guest(word):
        return []
    parents = left_of(disc, sent, t.start, limit=14)
    if word.lemma_ == "arrive":
        return _arrival_facts(disc, sent, t, dates, parents)
    nxt = doc[t.end].lower_ if t.end < sent.end else "."
    passive = _passive(word) or object_of_preposition(disc, sent, t.start)
    if passive and parents and nxt in {"in", "on", "at", ",", ".", "last", "this"}:
        children, parents = parents, list(disc.last_couple or [])  # 'X (was) welcomed in 2018'
        return _births(disc, sent, t, dates, parents, children)
    children, _end = targets_after(disc, sent, t.start)
    if children:
        parents = parents + _with_parent(disc, sent, _end, parents + children)
    for tok in sent.doc[t.end : sent.end]:  # '..., followed by twins X and Y in 2017'
        if tok.lemma_.lower() in CHILD_NOUNS and not _other_clause(tok, word):
            children += [c for c in targets_after(disc, sent, tok.i)[0] if c not in children]
    if not children and doc[t.end].tag_ != "PRP$":  # 'welcomed their ...': no child named
        children = [p for p in right_of(disc, sent, t.end, limit=8) if p not in parents]
        if children and _after_with(disc, sent, t):
            parents, children = parents + children, []  # 'a son with his wife, Y': Y co-parents
    if not children and parents and _passive(word):
        children, parents = parents, list(disc.last_couple or [])
    if not children and parents and _child_noun_follows(sent, t):
        disc.pending_birth = PendingBirth(list(parents), dates.first(t), sent.end)
    news = news_date(word, bool(dates.mentions), published)  # 'have welcomed a son, X'
    return _births(disc, sent, t, dates, parents, children, news)


def _after_with(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """'welcomed a son with his second wife, Y', 'welcomes baby boy with Y': the first name
    after the birth word is the object of 'with', the other parent."""
    groups = disc.groups(sent, t.end, sent.end)
    return bool(groups) and any(tok.lower_ == "with" for tok in sent.doc[t.end : groups[0].start])


def _with_parent(disc: Discourse, sent: Span, end: int, taken: list[int]) -> list[int]:
    """'welcomed a daughter, Sofia, with Y in 2020': the person of a 'with' phrase right after
    the children is their other parent."""
    groups = disc.groups(sent, end, sent.end)
    if not groups:
        return []
    between = sent.doc[end : groups[0].start]
    if len(between) > 4 or not between or between[0].lower_ not in {"with", ","}:
        return []
    if not any(tok.lower_ == "with" for tok in between) or any(t.pos_ == "VERB" for t in between):
        return []
    return [p for p in groups[0].persons if p not in taken]


def _other_clause(tok: Token, verb: Token) -> bool:
    """'welcomed two sons, while Y was also a father to three other children': the child noun
    belongs to a clause of its own (its nearest verb has its own subject), not the birth's."""
    if not parsed(tok.doc):
        return False
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node.i != verb.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    return False


def _child_noun_follows(sent: Span, t: Trigger) -> bool:
    """'welcomed their first child', 'welcomed a baby boy': a birth whose name comes later."""
    return any(
        tok.lemma_.lower() in CHILD_NOUNS for tok in sent.doc[t.end : min(sent.end, t.end + 5)]
    )


# Words that place a child named in the sentence before a birth told earlier.
_OLDER_CHILD_WORDS = frozenset({"already", "previous", "former", "earlier", "older", "eldest"})


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
    """A person first named in this sentence who carries a parent's surname or is 'named';
    nobody when the sentence tells of an older child ('She already had a son named X from a
    previous relationship'): that child was born before the birth awaiting its name."""
    if any(tok.lower_ in _OLDER_CHILD_WORDS for tok in sent):
        return None
    naming = any(tok.lemma_.lower() in {"name", "call"} for tok in sent)
    surnames = {
        disc.people.name(p).split()[-1] for p in parents if len(disc.people.name(p).split()) > 1
    }
    for m in disc.people.within(sent.start, sent.end):
        if m.person in parents or m.person in disc.excluded:
            continue
        if disc.first_mention(m.person) != m.start:
            continue
        words = disc.people.name(m.person).split()
        if naming or (len(words) > 1 and words[-1] in surnames) or _apposed_newborn(sent, m.start):
            return m.person
    return None


_NEWBORN_WORDS = frozenset({"boy", "girl", "baby", "newborn", "infant", "child", "son",
                            "daughter", "tot"})


def _apposed_newborn(sent: Span, start: int) -> bool:
    """'The boy, Prince Ivo, ...', 'The baby girl, Ada, ...': a name set after a comma beside
    'the' and a newborn noun names the baby the birth told of."""
    doc = sent.doc
    if start - 3 < sent.start or doc[start - 1].text != ",":
        return False
    k = start - 2
    if doc[k].lemma_.lower() not in _NEWBORN_WORDS:
        return False
    while k > sent.start and doc[k - 1].lower_ in {"baby", "little", "new", "newborn"}:
        k -= 1
    return doc[k - 1].lower_ == "the"


_RANGE_ENDS = frozenset({"from", "to"})


def _births(
    disc: Discourse,
    sent: Span,
    t: Trigger,
    dates: SentenceDates,
    parents: list[int],
    children: list[int],
    news: str | None = None,
) -> list[RawFact]:
    date = (event_date(sent, t, dates) or dates.same_year_back(t)
            or offset_date(sent, t, dates) or news)
    if any(m.qualifier in _RANGE_ENDS for m in dates.of(t)):
        date = None  # 'between 2009 and 2014 they had three children': no child's birth date
    facts: list[RawFact] = []
    for child in children:
        if child in parents:
            continue
        child_date = _date_after(disc, sent, child, dates) or date
        if child_date:
            facts.append(RawFact("born", child, None, sent, 0.8, date=child_date))
        facts += [RawFact("parent", p, child, sent, 0.7) for p in parents if p != child]
    return facts


def _arrival_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, children: list[int]
) -> list[RawFact]:
    """'son X arrived in 2015': a birth, and nobody else in the clause is a parent."""
    date = dates.first(t, before=False) or later_date(sent, t, dates)  # '... arrived a year later'
    date = date or dates.first(t)
    if not date or not children or t.start - sent.start < 1:
        return []
    groups = disc.groups(sent, sent.start, t.start)
    subject = groups[-1] if groups else None
    between = {tok.lower_ for tok in sent.doc[subject.end : t.start]} if subject else set()
    adjacent = subject is not None and between <= {",", "who"}  # 'X arrived', 'X, who arrived'
    if subject is None or not adjacent or sent.doc[subject.end - 1].tag_ == "POS":
        return []  # "X's new album arrives Friday": X is no newborn
    return [RawFact("born", children[-1], None, sent, 0.75, date=date)]


def _date_after(disc: Discourse, sent: Span, person: int, dates: SentenceDates) -> str | None:
    """'Nia in 2012, followed by twins X and Y in 2017': the date right after a child's name."""
    for m in disc.people.within(sent.start, sent.end):
        if m.person == person:
            j = m.end
            while j < sent.end and (
                disc.person_at(sent.doc[j]) is not None or sent.doc[j].lower_ in {"and", ","}
            ):
                j += 1
            near = [d for d in dates.between(j, j + 3) if d.value]
            if near:
                return near[0].value
    return None


def _born_children(disc: Discourse, sent: Span, i: int) -> list[int]:
    """'gave birth to a daughter, Lily' / 'to their son Leo' / 'to Leo': the named children."""
    for tok in sent.doc[i : min(sent.end, i + 5)]:
        if tok.lemma_.lower() in CHILD_NOUNS:
            return targets_after(disc, sent, tok.i)[0]
    return [
        p
        for g in disc.groups(sent, i, min(sent.end, i + 4))
        if disc.people.at(g.start)
        for p in g.persons
    ]


def _birth_noun_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates
) -> list[RawFact]:
    doc = sent.doc
    if t.start > sent.start and doc[t.start - 1].lemma_ in {"give", "gave"}:
        mother = subject_left(disc, sent, t.start, limit=8)
        children = _born_children(disc, sent, t.end)
        date = event_date(sent, t, dates) or dates.same_year_back(t)  # '... later that year'
        facts = [RawFact("parent", m, c, sent, 0.8) for m in mother[:1] for c in children]
        return facts + [RawFact("born", c, None, sent, 0.8, date=date) for c in children if date]
    if doc[t.end : t.end + 1].text != "of":
        return []
    children = [
        p
        for g in disc.groups(sent, t.end + 1, min(sent.end, t.end + 12))
        if not (g.end < len(doc) and doc[g.end - 1].tag_ == "POS") and doc[g.start].tag_ != "PRP$"
        for p in g.persons
    ]
    date = dates.first(t)
    return [RawFact("born", c, None, sent, 0.8, date=date) for c in children[:1] if date]


def _death_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> list[RawFact]:
    doc = sent.doc
    if doc[t.start].lemma_ == "pass" and doc[t.end : t.end + 1].text not in {"away", "in", "on"}:
        return []
    date = dates.first(t) if t.kind != "death_noun" else _clause_date(sent, t, dates)
    date = date or news_date(doc[t.start], bool(dates.mentions), published)
    if not date or in_predeceased_lead(sent, t.start):
        return []  # 'preceded in death by X, in 2010': X's death (``predeceased``)
    owner = _death_owner(doc[t.start]) if t.kind == "death_noun" else None
    if owner is not None:  # 'on his grandfather's death', 'the death of his wife'
        # 'the passing of his wife, X, in April', 'the death of his father King X'
        person = ([p] if (p := disc.person_at(owner)) is not None
                  else _named_kin(disc, owner) or disc.refer(owner, sent))
    elif t.kind == "death_noun":
        person = right_of(disc, sent, t.end, limit=3) or left_of(disc, sent, t.start, limit=2)
    elif doc[t.start].lemma_ == "lose":  # 'lost her husband, X': X died
        lost = [disc.person_at(c) for o in doc[t.start].children if o.dep_ == "dobj"
                for c in o.children if c.dep_ == "appos"]
        person = [p for p in lost if p is not None]
    elif t.start > sent.start and kin_of(doc[t.start - 1]) is not None:
        # "X's father died": someone unnamed, unless the text named him before
        person = disc.refer(doc[t.start - 1], sent)
    else:
        # 'X, the widow of Y, has died': the name the parse makes the subject, before the
        # nearest name; 'X, the cellist whose tone filled halls from A to B, has died': a
        # subject too far back for the window, found by the parse
        verb = _verb_of(sent, t)
        if (antecedent := _relative_antecedent(verb)) is not None:
            return [RawFact("died", p, None, sent, 0.8, date=date)
                    for p in _antecedent_person(disc, sent, antecedent)]
        subjects = [p for c in verb.children if c.dep_ == "nsubj"
                    if (p := disc.person_at(c)) is not None]
        person = subjects[:1] or subject_left(disc, sent, t.start, limit=8) or _subject_person(
            disc, sent, verb
        )
    return [RawFact("died", p, None, sent, 0.8, date=date) for p in person[:1]]


def _offset_right_after(sent: Span, t: Trigger) -> bool:
    """An offset ('two years later') is the first thing after the event word."""
    return any(token_at(sent, sent.start_char + off.start) == t.end
               for off in find_offsets(sent.text))


def _named_kin(disc: Discourse, owner: Token) -> list[int]:
    """'the death of his father(,) King X': the name right after the kin noun (past a comma)
    is whose death it is; [] when the kin noun has no name after it."""
    if kin_of(owner) is None:
        return []
    doc = owner.doc
    k = owner.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    mention = disc.people.at(k) if k < len(doc) else None
    return [mention.person] if mention is not None and mention.start == k else []


def _relative_antecedent(verb: Token) -> Token | None:
    """'a daughter who died in 2003': the noun a relative clause's 'who' stands for."""
    if verb.dep_ != "relcl" or verb.head == verb:
        return None
    who = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"}
              for c in verb.children)
    return verb.head if who else None


def _antecedent_person(disc: Discourse, sent: Span, noun: Token) -> list[int]:
    """Who the relative clause's noun is: a name, or the name in its apposition; 'her
    husband' (someone's relative the text may have named); nobody for 'a daughter' the text
    does not name."""
    if (person := disc.person_at(noun)) is not None:
        return [person]
    doc = sent.doc
    beside = noun.i + 2 < sent.end and doc[noun.i + 1].text == ","
    if beside and (named := disc.person_at(doc[noun.i + 2])) is not None:
        return [named]  # 'a daughter, Ada, who died in infancy'
    owned = any(c.dep_ == "poss" for c in noun.children)
    return disc.refer(noun, sent)[:1] if owned and kin_of(noun) is not None else []


def _clause_date(sent: Span, t: Trigger, dates: SentenceDates) -> str | None:
    """A death noun's date from its own clause: 'He sold the yard in 1931, and the title
    became extinct on his death' gives that death no date."""
    verb = governing_verb(sent.doc[t.start])
    own = [m.value for m in dates.of(t)
           if m.value and governing_verb(sent.doc[dates.token_of[id(m)]]) == verb]
    return own[0] if own else None


def _death_owner(noun: Token) -> Token | None:
    """Whose death a death noun names, by the parse: its possessor or its 'of' object (a
    name, a pronoun, or a noun such as 'his grandfather' or 'the actor')."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return next((o for o in owners if o.pos_ in {"PROPN", "PRON", "NOUN"}), None)


def _verb_of(sent: Span, t: Trigger) -> Token:
    """The trigger's verb ('died' of 'has died')."""
    words = sent.doc[t.start : t.end]
    return next((tok for tok in words if tok.pos_ == "VERB"), words[0])


def _birthday_ahead(sent: Span, t: Trigger, near: list[str], published: str | None) -> str | None:
    """When the birthday of an age falls: 'turned two on Monday' → that Monday; 'turns three in
    December' (present or future) → the coming December, not the last one."""
    if not near:
        return published
    word = sent.doc[t.start]
    helpers = {c.lower_ for c in word.children if c.dep_ == "aux"}  # 'will turn', 'is turning'
    ahead = word.tag_ in {"VBZ", "VBP"} or bool(helpers & {"will", "'ll", "is", "'s", "are"})
    if ahead and published and near[0] < published[: len(near[0])]:
        return shift(near[0], years=1)
    return near[0]


def _age_facts(disc: Discourse, sent: Span, t: Trigger, when: str | None) -> list[RawFact]:
    """'X turned 44' (in a dated article), 'her son, who turned two on Monday', 'turned 50 in
    2019': the birth year is the year of the birthday less the age."""
    doc = sent.doc
    age = number_word(doc[t.end]) if t.end < sent.end else None
    if not when or not age or doc[t.end].lower_ == "a":
        return []
    person = _subject_person(disc, sent, doc[t.start]) or left_of(disc, sent, t.start, limit=3)
    year = int(when[:4]) - age
    return [RawFact("born", p, None, sent, 0.6, date=str(year)) for p in person[-1:]]


def _subject_person(disc: Discourse, sent: Span, verb: Token) -> list[int]:
    """The person the parse makes the verb's subject; for 'who', the noun the relative clause
    hangs on, or the name in apposition to it ('her son, Ivo, who turned two')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    if subjects[0].lower_ in {"who", "that"}:
        before = left_of(disc, sent, subjects[0].i, limit=2)  # the name right before 'who'
        if before:
            return before[-1:]
    # the parse may give two subjects ('NEW YORK — X, the cellist, has died'): any that names
    for subject in [verb.head] if verb.dep_ == "relcl" else subjects:
        for tok in (subject, *(c for c in subject.children if c.dep_ in {"appos", "compound"})):
            person = disc.person_at(tok)
            if person is not None:
                return [person]
        if subject.pos_ == "PRON":
            return disc.refer(subject, sent)
    return []


def _birthday_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> list[RawFact]:
    doc = sent.doc
    if t.start - 2 < sent.start:
        return []
    context = {tok.lower_ for tok in doc[max(sent.start, t.start - 6) : t.start]}
    if context & {"until", "till", "til", "by", "next", "upcoming"} or not context & {
        "days",
        "weeks",
        "on",
        "celebrated",
        "celebrates",
        "celebrating",
        "marked",
    }:
        return []
    ordinal, owner = doc[t.start - 1], doc[t.start - 2]
    digits = ordinal.text[:-2]
    if not (digits.isdigit() and ordinal.text[-2:] in {"st", "nd", "rd", "th"}):
        return []
    persons = disc.refer(owner, sent) if owner.tag_ == "PRP$" else []
    years = [m.value[:4] for m in dates.mentions if m.value] or (
        [published[:4]] if published else []
    )
    if not persons or not years:
        return []
    return [RawFact("born", persons[0], None, sent, 0.6, date=str(int(years[0]) - int(digits)))]
