"""What a sentence puts in focus once read: its couples and its subject.

Couples: any two-person family fact (spouse, partner, engaged, a filing, a split, two parents
of one child); a romance ("X fell for Y", "X met Y"); two names standing together as the
subject of a clause. Never onlookers: guests, "including/among/such as", well-wishers ("X and
Y wished the couple well"). The subject: the person who is the subject of the main clause (or
of the reported clause: "X has been granted ..., her lawyer said").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.discourse_words import (
    ASSOCIATE_JOBS,
    ASSOCIATE_NOUNS,
    COUPLE_NOUNS,
    GUEST_CUES,
    NOT_COUPLE_VERBS,
    ROMANCE_NOUNS,
    ROMANCE_PHRASES,
    SPEECH_VERBS,
)
from celebgraph.extract.people.groups import Group
from celebgraph.extract.people.kin_memory import FactLike
from celebgraph.extract.tokens import (
    children_of,
    parsed,
    sentence_at,
    sentence_words,
    tokens_of,
)

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse

__all__ = [
    "among_guests",
    "associate",
    "associates",
    "couple_named_before",
    "couples_from_facts",
    "couples_named",
    "main_subject",
    "named_as_ex",
    "onlookers",
]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "attr"})
_AND = frozenset({"and", "&"})
_PAIR_PREPOSITIONS = frozenset({"for", "of", "to", "between"})
_PAIR_FACTS = frozenset({"spouse", "partner", "engaged", "separated", "divorce_filed"})
_ENDED_FACTS = frozenset({"separated", "divorce_filed"})
_EX_BEFORE = frozenset({"ex", "former", "estranged", "late", "first", "previous", "then"})
_PARTNER_WORDS = frozenset(
    {
        "husband",
        "wife",
        "spouse",
        "partner",
        "boyfriend",
        "girlfriend",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "lover",
        "beau",
    }
)


def couples_from_facts(disc: Discourse, sent: Span, facts: Sequence[FactLike]) -> None:
    """Any two-person family relation puts that couple in focus; a split ends it."""
    if not facts:
        return
    parents: dict[int, list[int]] = {}
    co_parents = {f.subject for f in facts if f.relation == "parent"}
    elders = elders_of_couple(disc, facts)
    in_law = _parents_of_a_partner(facts)
    for f in facts:
        if f.object is None:
            continue
        if f.relation in _PAIR_FACTS:
            event = f.relation in _ENDED_FACTS or bool(f.end) or _told_as_past(sent)
            named_ex = named_as_ex(disc, sent, f.object) or f.ended_by_death
            # 'her ex-husband, X, did not attend' is in passing; 'shares two daughters with
            # ex-husband X, whom she married in 2011' tells of that couple
            told_more = bool(f.start or f.end) or {f.subject, f.object} <= co_parents
            pair = (f.subject, f.object)
            at = disc.position(*pair)
            aside = (among_guests(disc, sent, pair) or associates(disc, sent, pair)
                     or {f.subject, f.object} <= elders or not in_law.isdisjoint(pair))
            topic = (not named_ex or told_more) and not aside
            disc.couples.note(pair, disc.reading, at, True, event or named_ex, topic,
                              onlookers=aside)
        elif f.relation == "parent":
            parents.setdefault(f.object, []).append(f.subject)
    focus = disc.couples.focus(disc.counts)
    for child, of_child in parents.items():
        two = list(dict.fromkeys(of_child))
        if len(two) == 2 and not (focus and focus.has(child)):
            at = disc.position(two[0], two[1])
            disc.couples.note((two[0], two[1]), disc.reading, at, True)  # 'X and Y's son'


def elders_of_couple(disc: Discourse, facts: Sequence[FactLike]) -> set[int]:
    """'Her parents, A and B, who divorced when she was nine': the parents of someone in the
    couple in play are told in passing and leave 'the pair' to that couple."""
    in_play = disc.couples.focus(disc.counts)
    if in_play is None:
        return set()
    return {f.subject for f in facts
            if f.relation == "parent" and f.object is not None and in_play.has(f.object)}


def _parents_of_a_partner(facts: Sequence[FactLike]) -> set[int]:
    """'X married Y, daughter of A by his second wife, B': the parents the sentence gives one
    of a couple it tells of; their own marriage is told in passing and leaves 'the couple' to
    X and Y."""
    pairs = [{f.subject, f.object} for f in facts
             if f.relation in _PAIR_FACTS and f.object is not None]
    return {f.subject for f in facts if f.relation == "parent"
            for pair in pairs if f.object in pair and f.subject not in pair}


def among_guests(disc: Discourse, sent: Span, pair: tuple[int, int]) -> bool:
    """'Among the guests were A and his wife, B': a couple of onlookers, told in passing."""
    starts = [m.start for m in disc.people.within(sent.start, sent.end) if m.person in pair]
    if not starts:
        return False
    before = disc.doc[sent.start : min(starts)]
    return any(t.lower_ in GUEST_CUES or t.lemma_.lower() in GUEST_CUES for t in before)


def associates(disc: Discourse, sent: Span, pair: tuple[int, int]) -> bool:
    """'Her co-star X and his girlfriend, Y': a couple one of whom the sentence names by a
    tie of work or friendship to someone else, told in passing."""
    return any(m.person in pair and associate(disc.doc[m.start : m.end])
               for m in disc.people.within(sent.start, sent.end))


def associate(name: Span) -> bool:
    """The name is introduced by a noun of work or friendship: the head of its apposition
    ('his manager, X') or the words the parse hangs on it before it ('co-star X', 'friends
    X'; the small model splits 'co-star' into three compound tokens, so they are joined). A
    job counts only with a possessor ('her stylist, X', "Ada's coach X"; not 'stylist X')."""
    root = name.root
    if root.dep_ == "appos" and _tie(root.head, {root.head.lemma_.lower()}):
        return True
    before = [t for t in root.children if t.i < name.start and t.dep_ in _MODIFIERS]
    words = {t.lemma_.lower() for t in before} | {"".join(t.text for t in before).lower()}
    return _tie(root, words)


def _tie(noun: Token, words: set[str]) -> bool:
    """``words`` (said of ``noun``) name a tie to someone: a tie noun, or a job the noun's
    phrase gives a possessor."""
    if not words.isdisjoint(ASSOCIATE_NOUNS):
        return True
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned and not words.isdisjoint(ASSOCIATE_JOBS)


_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_PAST_ADVERBS = frozenset({"previously", "formerly"})


def _told_as_past(sent: Span) -> bool:
    """'was previously married to Y', 'formerly wed to Y': a marriage of the past, so 'the
    former couple' after it means these two."""
    t = tokens_of(sent.doc)
    return any(t.lower[i] in _PAST_ADVERBS and t.lower[t.head[i]] in {"married", "wed", "wedded"}
               for i in range(sent.start, sent.end))


def named_as_ex(disc: Discourse, sent: Span, person: int) -> bool:
    """'his ex-wife, Y', 'her ex Y', 'her former husband Y', 'his late wife Y' (not 'the
    ex-wunderkind Y': the word after 'ex' or 'former' must be a partner word)."""
    for m in disc.people.within(sent.start, sent.end):
        if m.person != person:
            continue
        words = [t.lower_ for t in disc.doc[max(sent.start, m.start - 5) : m.start]]
        joined = " ".join(words).replace(" - ", "-")
        if words and words[-1] == "ex":
            return True  # 'with her ex Jonas Berg'
        for k, word in enumerate(joined.split()):
            head, _, rest = word.partition("-")
            later = [rest] if rest else joined.split()[k + 1 : k + 3]
            if head in _EX_BEFORE and any(w in _PARTNER_WORDS for w in later):
                return True
    return False


def couples_named(disc: Discourse, sent: Span, elders: Set[int] = frozenset()) -> None:
    """Two names as the joint subject of a clause ('Ada and Ben moved to Rome'), or a
    romance ('X fell for Y'), put a couple in focus; onlookers and ``elders`` (the couple's
    parents, ``elders_of_couple``) never do."""
    for a, b in _romances(disc, sent):
        disc.note_couple(a, b, told=True)
    if not _names_joined(disc, sent):
        return
    for group in disc.groups(sent, sent.start, sent.end):
        named = {m.person for i in range(group.start, group.end) if (m := disc.people.at(i))}
        words = set(tokens_of(disc.doc).lower[group.start : group.end])
        if (
            len(group.persons) == 2
            and "and" in words
            and len(named) == 2
            and _standing_together(disc, group, sent)
            and not onlookers(disc, group, sent)
            and not disc.named_as_child(group.start, sent)
            and not set(group.persons) <= elders
        ):
            disc.note_couple(group.persons[0], group.persons[1], told=False)


def couple_named_before(disc: Discourse, sent: Span, before: int) -> list[int]:
    """'X moved on with Y, and by 1999 the couple married', 'A and B celebrate their
    anniversary; the couple wed in Rome': the couple an earlier clause of the sentence names,
    before token ``before`` (a romance, or two names standing together as a clause's subject),
    which the couples in focus take in only once the sentence is read; else []."""
    named = {m.person for m in disc.people.within(sent.start, before)}
    if len(named) < 2:
        return []
    for a, b in reversed(_romances(disc, sent)):
        if a in named and b in named:
            return [a, b]
    for group in reversed(disc.groups(sent, sent.start, before)):
        if (len(group.persons) == 2 and group.end <= before
                and _standing_together(disc, group, sent)
                and not onlookers(disc, group, sent)
                and not disc.named_as_child(group.start, sent)):
            return list(group.persons)
    return []


def _names_joined(disc: Discourse, sent: Span) -> bool:
    """Two names with 'and' between them, a few words apart (cheap: most sentences have none)."""
    mentions = disc.people.within(sent.start, sent.end)
    lower = tokens_of(disc.doc).lower
    for m, n in itertools.pairwise(mentions):
        between = lower[m.end : n.start]
        if m.person != n.person and len(between) <= 6 and not _AND.isdisjoint(between):
            return True
    return False


def _standing_together(disc: Discourse, group: Group, sent: Span) -> bool:
    """The group is the subject of its clause (by the parse; without one, not after a
    preposition), or, when no couple is in focus, the object of 'for', 'of', 'to',
    'between' ('Congratulations are in order for X and Y', 'the wedding of X and Y')."""
    first = disc.doc[group.start]
    before = disc.doc[group.start - 1] if group.start > sent.start else None
    if before is not None and before.tag_ in {"IN", "TO"}:
        return before.lower_ in _PAIR_PREPOSITIONS and disc.last_couple is None
    if not parsed(disc.doc):
        return True
    mention = disc.people.at(first.i)
    head = disc.doc[mention.end - 1] if mention else first
    if head.dep_ in {"nsubj", "nsubjpass"} or head.head.i == head.i:
        return True
    # 'Ada(compound) Moss(nmod) and Ben(conj) Lind(nsubj) got together': the parse hung the
    # subject on the last name; the group is the subject all the same
    last = disc.doc[group.end - 1]
    inside = range(group.start, group.end)
    subject = last.dep_ in {"nsubj", "nsubjpass"} and last.head.i not in inside
    return subject and head.head.i in inside


def onlookers(disc: Discourse, group: Group, sent: Span) -> bool:
    """Guests and well-wishers: 'guests including X and Y', 'X and Y wished the couple
    well', 'Among the guests were X and Y', 'X and Y, among others, congratulated them'."""
    before = disc.doc[sent.start : group.start]
    if any(t.lower_ in GUEST_CUES or t.lemma_.lower() in GUEST_CUES for t in before):
        return True
    if not parsed(disc.doc):
        return False
    head = disc.doc[group.start]
    mention = disc.people.at(head.i)
    verb = disc.doc[mention.end - 1].head if mention else head.head
    if verb.lemma_.lower() in NOT_COUPLE_VERBS:
        return True
    objects = [t for c in verb.children if c.dep_ in _OBJECT_DEPS for t in c.subtree]
    return any(
        t.lower_ in GUEST_CUES
        or (t.lower_ in COUPLE_NOUNS and disc.after_the(t))
        or t.lower_ == "them"
        for t in objects
    )


def _romances(disc: Discourse, sent: Span) -> list[tuple[int, int]]:
    """'X fell for Y', 'X met Y', 'X romanced Y', 'her affair with Y': the two as a couple."""
    if not parsed(disc.doc) or _ROMANCE_WORDS.isdisjoint(sentence_words(sent)):
        return []
    pairs: list[tuple[int, int]] = []
    t = tokens_of(disc.doc)
    lemmas = t.lemma_lower[sent.start : sent.end]
    for k, lemma in enumerate(lemmas):
        pos = t.pos[sent.start + k]
        if pos == "NOUN" and lemma in ROMANCE_NOUNS:
            pairs += _romance_noun(disc, disc.doc[sent.start + k], sent)
        if pos != "VERB":
            continue
        tok = disc.doc[sent.start + k]
        phrase = next(
            (p for p in ROMANCE_PHRASES if tuple(lemmas[k : k + len(p)]) == p), None
        )
        if phrase is None:
            continue
        subject = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = _romance_objects(tok)
        subject = subject or _controlling_subject(tok)
        left = disc.refer(subject[0], sent) if subject else []
        right = [p for o in objects for p in disc.refer(o, sent)][:1]
        if len(left) == 1 and right and right[0] != left[0]:
            pairs.append((left[0], right[0]))
    return pairs


# A romance noun, or the first lemma of a romance phrase: a sentence with none states none.
_ROMANCE_WORDS = ROMANCE_NOUNS | {phrase[0] for phrase in ROMANCE_PHRASES}


def _controlling_subject(verb: Token) -> list[Token]:
    """The subject a verb without one shares with the clause it hangs on: 'After meeting Y,
    X proposed', 'Having dated Y for years, X proposed', 'X met Y and courted her' → X."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in {"advcl", "conj"}:
        return []
    if head == verb or head.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in head.children if c.dep_ == "nsubj"]


def _romance_noun(disc: Discourse, noun: Token, sent: Span) -> list[tuple[int, int]]:
    """'her affair with Y', "X's romance with Y": the possessor and the object of 'with'."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    objects = [
        g
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    left = disc.refer(owners[0], sent) if owners else []
    right = [p for o in objects for p in disc.refer(o, sent)]  # 'with ex-wunderkind Y': 2 pobj
    if len(left) == 1 and right and right[0] != left[0]:
        return [(left[0], right[0])]
    return []


def main_subject(disc: Discourse, sent: Span) -> int | None:
    """The person who is the subject of the sentence's main clause; without a subject
    (a heading), the first person named. None when the subject is no person, and in a
    verbless line that opens no scope ('Relationship to X and Y: Uncle')."""
    pos = tokens_of(disc.doc).pos[sent.start : sent.end]
    if "VERB" not in pos and "AUX" not in pos and sent.start != disc.scope_start:
        return None
    if parsed(disc.doc):
        root = sent.root
        if _quoted_speech(sent):
            return _quoted_subject(disc, root)
        t, children = tokens_of(disc.doc), children_of(disc.doc)  # Tokens only for subjects
        clauses = [root.i, *(c for c in children.get(root.i, ()) if t.dep[c] == "ccomp")]
        subjects = [disc.doc[c] for v in clauses for c in children.get(v, ())
                    if t.dep[c] in _SUBJECT_DEPS]
        for subject in subjects:  # 'X has been granted ..., her lawyer said': X
            persons = disc.refer(subject, sent)
            if persons:
                return persons[0]
        if subjects:
            return None
    groups = disc.groups(sent, sent.start, sent.end)
    return groups[0].persons[0] if groups else None


def _quoted_speech(sent: Span) -> bool:
    """'"He played like he was talking to one person," X once said': a quote and its speaker."""
    return sent.root.lemma_.lower() in SPEECH_VERBS and any(t.is_quote for t in sent)


def _quoted_subject(disc: Discourse, root: Token) -> int | None:
    """The person the quote names as its subject; a speaker other than the article's main
    person only reports, and 'he' in the next sentence still means whom the story is about."""
    sent = sentence_at(root.doc, root.i)
    speakers = [p for c in root.children if c.dep_ in _SUBJECT_DEPS for p in disc.refer(c, sent)]
    if speakers and speakers[0] == max(disc.counts, key=disc.counts.__getitem__, default=None):
        return speakers[0]
    for clause in (c for c in root.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in _SUBJECT_DEPS):
            person = disc.person_at(subject)
            if person is not None:
                return person
    return None


def _romance_objects(verb: Token) -> list[Token]:
    """'met Y', 'fell for Y', 'fell in love with Y': the verb's own object, through 'for',
    'with' and 'in love with' (never a noun elsewhere in the clause)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb]
    for prep in verb.children:  # 'fell in love with Y', 'found love with Y'
        heads += [g for g in prep.children if prep.lower_ == "in" and g.lemma_ == "love"]
        heads += [prep] if prep.dep_ == "dobj" and prep.lemma_ == "love" else []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "with"}:
                objects += [g for g in prep.children if g.dep_ == "pobj"]
    return objects
