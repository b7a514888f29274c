"""Facts read from couple event words: who married, divorced, filed, split, got engaged or dated.

Births, deaths and ages are read in ``life``; this module hands those event words over.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.dates.find import shift
from celebgraph.extract.dates.news import news_date, news_now
from celebgraph.extract.dates.relative import find_offsets
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import (
    DESCRIPTOR_WORDS,
    ENDED_WORDS,
    MARRIAGE_NOUNS,
    MARRY_VERBS,
    PARTNER_PHRASES_NAMING_AFTER,
    PARTNER_WORDS_NEEDING_PARSE,
    SIBLING_TOPIC_WORDS,
)
from celebgraph.extract.patterns.modality import INTENTION_VERBS
from celebgraph.extract.patterns.romance import ROMANCE_TOLD_VERBS
from celebgraph.extract.people.discourse import Discourse, Group
from celebgraph.extract.people.given import given_name_word
from celebgraph.extract.people.groups import fronted_object_first
from celebgraph.extract.people.pronouns import means_unnamed_kin
from celebgraph.extract.relations.announcements import noun_pair, of_names_a_party
from celebgraph.extract.relations.clauses import (
    VAGUE,
    SentenceDates,
    clause_verb,
    event_date,
    later_date,
    left_of,
    number_word,
    right_of,
    token_at,
)
from celebgraph.extract.relations.coparents import clause_subject, governing_verb
from celebgraph.extract.relations.kin_of import married_kin_of, wed_through_kin
from celebgraph.extract.relations.life import LIFE_KINDS, life_facts
from celebgraph.extract.relations.marriages import married_to, nearest_owner
from celebgraph.extract.relations.roles import (
    NOBODY,
    clause_pair,
    event_head,
    lone_subject,
    own_spouse_pair,
    people_of_phrases,
    subjects_of,
)
from celebgraph.extract.relations.romance import is_romance_noun, lasting, romance_pair
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed, sentence_start, sentence_words, tokens_of

__all__ = ["event_facts", "marriage_end_facts", "note_meeting", "sibling_word_facts",
           "unnamed_split_facts"]

_MEET = frozenset({"meet"})

_PAIR_RELATION = {
    "marry": "spouse",
    "wedding": "spouse",
    "separate": "separated",
    "engage": "engaged",
    "partner": "partner",
}


_NOT_REAL = frozenset(
    {"play", "portray", "deny", "dismiss", "rumor", "rumour", "speculate", "talk", "discuss"}
)


_HYPOTHETICAL = frozenset(
    {
        "due",  # 'are due to tie the knot', 'set to wed', 'expected to marry'
        "set",
        "expected",
        "scheduled",
        "slated",
        "poised",
        "intend",
        "plan",
        "want",
        "hope",
        "will",
        "would",
        "could",
        "might",
        "never",
        "not",
        "rumor",
        "rumour",
        "if",
        "possible",
        "potential",
        "upcoming",
        "future",
        "planned",
    }
)
_WAITING = frozenset({"wait", "plan", "intend", "hope", "want"})
_BETROTHED = frozenset({"engage", "betroth"})  # 'is engaged to marry Y', 'engaged to be married'
# Verbs of waiting, of a will or a vow ('vowed to marry X') or of a betrothal: an infinitive
# event below one is meant, not told. Their written forms too: the lemmatizer misreads some
# ('hopes' → 'hop').
_MEANING_TO = _WAITING | INTENTION_VERBS | _BETROTHED
_MEANING_TO_FORMS = frozenset(
    form
    for verb in _MEANING_TO
    for form in (verb, f"{verb}s", f"{verb}d", f"{verb}ed", f"{verb.removesuffix('e')}ing")
) | {"swore", "sworn"}
# After the event word: 'a summer wedding is in the works', '... wedding plans'.
_PLANNED_AFTER = frozenset({"works", "plans", "planned", "planning", "rumors", "rumours"})


def _pair(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """The couple of an event: from the parse of its clause, else by the order of names."""
    if _of_plural_marriages(disc, sent, t):
        return None  # 'X's marriages to A and B ended in divorce': A and B are no couple
    if _with_unnamed_others(disc, sent, t):
        return None  # 'after each breaking up with their respective partners, they ...'
    if (fathered := _children_from(disc, sent, t)) is not None:
        return fathered
    if (owned_noun := _owned_marriage(disc, sent, t)) is not None:
        return owned_noun  # 'A, B and C, Doe's children from her previous marriage to Y'
    if (possessed := _possessed_noun_pair(disc, sent, t)) is not None:
        return possessed  # "Y's split from her boyfriend of three years, Z"
    if _owned_by_unnamed_kin(disc, sent, t):
        return None  # 'the tiara her mother wore at her own wedding to Y': the mother's
    if (closed := _closed_relative_subject(disc, sent, t)) is not None and (
            after := right_of(disc, sent, t.end, limit=8)) and after[0] != closed:
        return closed, after[0]  # 'X, who shares a son with his ex-wife, Y, married Z'
    parsed = clause_pair(disc, sent, t)
    if parsed == NOBODY:
        return None
    if parsed is not None:
        return parsed
    if t.kind in {"marry", "wedding"} and (owned := own_spouse_pair(disc, sent, t)):
        return owned  # 'After marrying his first wife, Y, in 1978, ...'
    if (alone := lone_subject(disc, sent, t)) is not None:
        couple = disc.last_couple  # 'X proposed during a trip with friends A and B'
        return couple if couple and alone in couple else None
    if (shared := _subject_of_governing_verb(disc, sent, t)) is not None:
        return shared  # 'he divorced A and a year later married B': he and B, never A and B
    left = _adult_left(disc, sent, t.start)
    # 'After marrying in 2008, the couple ...': the clause's subject comes after the comma
    right = right_of(disc, sent, t.end, limit=8 if left else 12)
    if len(left) >= 2 and _partner_slot(disc, sent, t, right) and right[0] != left[-1]:
        return left[-1], right[0]  # 'Before he started dating A, B was engaged to C': B and C
    if len(left) >= 2:
        return left[0], left[1]
    if left and right and left[-1] != right[0]:
        return left[-1], right[0]
    if len(right) >= 2:
        return right[0], right[1]
    couple = disc.last_couple
    doc = sent.doc
    slot = doc[t.end : t.end + 2]
    unnamed = len(slot) == 2 and slot[0].lower_ in {"to", "with"} and slot[1].pos_ != "PRON"
    if unnamed:
        return None  # 'was engaged to <someone we could not name>': not the couple in focus
    if t.kind in {"marry", "wedding", "engage"} and left and couple and left[0] in couple:
        return couple  # 'He proposed (to her) in 2010', with the couple in focus
    return None


# Words that make a partner noun someone other than the couple in the sentence.
_OTHER_PARTNER_WORDS = frozenset({"respective", "previous", "former", "prior", "other", "earlier",
                                  "past"})


def _with_unnamed_others(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """The event's verb has for its object a partner noun that names no one and is someone
    else's than the couple's own ('split from their respective partners', 'divorced their
    previous spouses', 'had split from her former boyfriend'): the event is with people the
    text does not name, never between the sentence's two names."""
    if not parsed(sent.doc):
        return False
    verb = event_head(sent, t)
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"from", "with", "to"}
        for o in p.children if o.dep_ == "pobj"]
    for noun in objects:
        kin = kin_of(noun)
        if kin is None or kin[0] not in {"spouse", "partner", "engaged"}:
            continue
        if disc.person_at(noun) is not None or any(
                disc.person_at(c) is not None for c in noun.subtree):
            continue  # 'his former wife, Y': Y is named
        if any(c.lower_ in _OTHER_PARTNER_WORDS for c in noun.children):
            return True
    return False


def _partner_slot(disc: Discourse, sent: Span, t: Trigger, right: list[int]) -> bool:
    """The event word takes its other party right after it: 'engaged to C', 'married to C'
    (the first person on the right is named in the 'to' phrase that follows; not 'confirmed
    the split to a magazine')."""
    doc = sent.doc
    if t.kind not in {"engage", "marry"} or not right or t.end + 1 >= sent.end or (
            doc[t.end].lower_ != "to"):
        return False
    first = next(iter(disc.people.within(t.end + 1, min(t.end + 4, sent.end))), None)
    return first is not None and first.person == right[0]


def _closed_relative_subject(disc: Discourse, sent: Span, t: Trigger) -> int | None:
    """'X, who shares two sons with his ex-wife, Y, married Z': a relative clause opened by
    ', who' right after the sentence's first name and closed by the comma right before the
    event word; the name it describes is the event's subject (the parse often loses it)."""
    doc = sent.doc
    if t.start - 1 <= sent.start or doc[t.start - 1].text != ",":
        return None
    first = next(iter(disc.people.within(sent.start, t.start)), None)
    if first is None or first.end + 1 >= t.start - 1 or doc[first.end].text != ",":
        return None
    if doc[first.end + 1].lower_ not in {"who", "whose"}:
        return None
    return first.person


def _subject_of_governing_verb(
    disc: Discourse, sent: Span, t: Trigger
) -> tuple[int, int] | None:
    """'In 1996, he divorced A and a year later married B': an event verb with no subject of
    its own, hung on a verb that has a subject and a person for its object, shares that
    subject; the object is the other verb's, not one of the couple."""
    word = sent.doc[t.start]
    verb = word.head
    if word.pos_ != "VERB" or word.dep_ not in {"ccomp", "conj"} or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children):
        return None
    subjects = [p for c in verb.children if c.dep_ == "nsubj" for p in disc.refer(c, sent)]
    objects = [p for c in verb.children if c.dep_ == "dobj" for p in disc.refer(c, sent)]
    right = right_of(disc, sent, t.end, limit=8)
    if len(subjects) != 1 or not objects or not right or subjects[0] in {*objects, right[0]}:
        return None
    return subjects[0], right[0]


def _of_plural_marriages(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """The event's clause has 'marriages to A and B' for its subject (the marriage-noun rule
    reads each marriage)."""
    verb = governing_verb(sent.doc[t.start])
    return verb is not None and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "marriages"
        and len(married_to(disc, c)) > 1 for c in verb.children)


def _possessed_noun_pair(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """"X's split from her boyfriend of three years, banker Y", "X's engagement to Y": an event
    noun's possessor and the person of its 'from'/'to'/'with' phrase, however far the name."""
    noun = sent.doc[t.start]
    if t.end - t.start != 1 or noun.pos_ != "NOUN":
        return None
    owners = [p for c in noun.children if c.dep_ == "poss" for p in disc.refer(c, sent)]
    objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "to", "with"}
               for o in c.children if o.dep_ == "pobj"]
    others = [p for p in people_of_phrases(disc, sent, objects) if p not in owners]
    if not objects and (pair := _joint_possessors(disc, sent, noun)) is not None:
        return pair  # "A and B's romance began in 2016"
    return (owners[0], others[0]) if len(owners) == 1 and others else None


def _romance_couple(disc: Discourse, sent: Span, noun: Token) -> tuple[int, int] | None:
    """The couple of a romance noun: 'A and B began an affair', or "A and B's romance"."""
    return romance_pair(disc, sent, noun) or _joint_possessors(disc, sent, noun)


def _joint_possessors(disc: Discourse, sent: Span, noun: Token) -> tuple[int, int] | None:
    """"A and B's relationship": the two names of a coordinated possessor, each a person."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and len(poss.conjuncts) == 1:  # the parse joined them: 'A' poss, 'B' conj
        persons = [disc.person_at(h) for h in (poss, poss.conjuncts[0])]
        a, b = persons
        return (a, b) if a is not None and b is not None and a != b else None
    second = disc.people.at(poss.i) if poss is not None else None
    if second is None or second.start - 2 < sent.start:
        return None
    if sent.doc[second.start - 1].lower_ not in {"and", "&"}:
        return None  # the parse seldom joins the two names: their order tells
    first = disc.people.at(second.start - 2)
    if first is None or first.end != second.start - 1 or first.person == second.person:
        return None
    return first.person, second.person


def _owned_by_unnamed_kin(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """The event noun's possessive pronoun means a relative no name gives ('her mother wore it
    at her own wedding to Y'): the event is that relative's, no couple named around it."""
    noun = sent.doc[t.start]
    return t.end - t.start == 1 and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" and means_unnamed_kin(disc, c, sent)
        for c in noun.children)


def _children_from(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """'X has three children from his marriage to A, and two from a relationship with B': the
    relationship is the clause subject's (X), not the name before it (A)."""
    doc = sent.doc
    before = {w.lower_ for w in doc[max(sent.start, t.start - 3) : t.start]}
    if t.kind != "partner" or "from" not in before:
        return None
    # 'including three from ..., and two from a relationship with B': the sentence's subject
    owner = clause_subject(disc, sent, doc[t.start]) or clause_subject(disc, sent, sent.root)
    other = right_of(disc, sent, t.end, limit=8)
    if owner and other and owner[0] != other[0]:
        return owner[0], other[0]
    return None


def _owned_marriage(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """'her previous marriage to Y': the marriage noun's possessive pronoun names one spouse
    and the name right after 'to' the other, whoever the clause's subject is."""
    noun, doc = sent.doc[t.start], sent.doc
    to = t.end - 1 if doc[t.end - 1].lower_ == "to" else t.end  # the trigger may hold the 'to'
    if noun.lower_ != "marriage" or to >= sent.end or doc[to].lower_ != "to":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    person = nearest_owner(disc, sent, owner) if owner is not None else None
    other = right_of(disc, sent, to + 1, limit=3)
    if person is None or len(other) != 1 or person == other[0]:
        return None
    return person, other[0]


def _adult_left(disc: Discourse, sent: Span, i: int) -> list[int]:
    """The people before token i, past a child just named ('X has a son, Y, from a ... with Z')
    and past an aside of kin ('X, a daughter of Y, married Z': X)."""
    groups = [g for g in disc.groups(sent, sent.start, i) if not disc.named_as_child(g.start, sent)]
    if len(groups) >= 2 and _kin_aside(sent.doc[groups[-2].end : groups[-1].start], i, groups[-1]):
        return groups[-2].persons
    if groups and fronted_object_first(sent, groups[-1]) and i - groups[-1].end <= 2:
        return groups[-1].persons[1:]
    return groups[-1].persons if groups and groups[-1].end >= i - 18 else []


def _kin_aside(between: Span, i: int, last: Group) -> bool:
    """', (a|the) daughter of' between two names, the second closed by a comma at token i."""
    doc = between.doc
    return (
        last.end == i - 1
        and doc[i - 1].text == ","
        and len(between) >= 3
        and between[0].text == ","
        and between[-1].lower_ == "of"
        and kin_of(between[-2]) is not None
        and all(w.pos_ in {"DET", "ADJ", "NUM"} for w in between[1:-2])
    )


_MARRIED_PAIRS = frozenset({"couple", "pair", "duo", "life", "couples", "partners", "spouses"})


def _modifier_noun(sent: Span, t: Trigger) -> bool:
    """'the wedding party', 'wedding photos': the event word only describes another noun; so
    does 'her married lover', 'a married man', 'dated married women' (married to someone
    else; not 'a married couple', nor 'married Norwegian businessman Y' misparsed)."""
    word = sent.doc[t.start]
    before = sent.doc[t.start - 1] if t.start > sent.start else None
    if (t.kind == "marry" and word.lower_ == "married" and word.dep_ == "amod"
            and ((before is not None and before.tag_ in {"DT", "PRP$", "POS"})
                 or word.head.tag_ == "NNS")):
        return word.head.pos_ == "NOUN" and word.head.lower_ not in _MARRIED_PAIRS
    nxt = sent.doc[t.end] if t.end < sent.end else None
    return (
        t.kind == "wedding"
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in {"ceremony", "day"}
    )


def _bare_noun(sent: Span, t: Trigger) -> bool:
    """'the wedding', 'the breakup': an event noun with an article, no possessive or names."""
    doc = sent.doc
    named_after = t.end < sent.end and doc[t.end].lower_ in {"to", "with", "of", "between"}
    return (
        t.end - t.start == 1
        and doc[t.start].pos_ == "NOUN"
        and t.start > sent.start
        and doc[t.start - 1].lower_ in {"the", "a", "an"}
        and not named_after
    )


# Verbs whose subject is at someone's wedding as a guest: 'A attended the wedding',
# 'B sang at the wedding', 'C was invited to the wedding'.
_GUEST_VERBS = frozenset({"attend", "miss", "skip", "crash", "officiate", "boycott"})
_GUEST_AT_VERBS = _GUEST_VERBS | frozenset(
    {"invite", "perform", "sing", "speak", "appear", "arrive", "dance", "toast", "serve"})


def _guests_at(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """A wedding noun without a possessor that a guest's verb governs ('A attended the
    wedding', 'A sang at the wedding with Y'), the verb's subject someone we know: the people
    of the clause are guests, not the couple ('Guests attended the wedding of A and B': A, B)."""
    word = sent.doc[t.start]
    if t.kind != "wedding" or not parsed(sent.doc):
        return False
    if word.dep_ == "compound" and word.head.lower_ in {"ceremony", "reception"}:
        word = word.head  # 'attend the wedding ceremony'
    if any(c.dep_ == "poss" for c in word.children):
        return False  # 'attended their own wedding', "missed X's wedding to Y"
    head = word.head
    if word.dep_ == "dobj" and head.lemma_.lower() in _GUEST_VERBS:
        verb = head
    elif (word.dep_ == "pobj" and head.lower_ in {"at", "to"}
          and head.head.lemma_.lower() in _GUEST_AT_VERBS):
        verb = head.head
    else:
        return False
    return bool(people_of_phrases(disc, sent, subjects_of(verb)))


def _bare_noun_pair(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates
) -> tuple[int, int] | None:
    """'The wedding took place in June 2010': the couple in focus, and only with a date."""
    return disc.last_couple if dates.first(t) and disc.recent_couple(sent) else None


def _hypothetical_word(tok: Token) -> bool:
    """'set to wed', 'due to marry'; not the noun of 'met on a film set and have dated'."""
    if (tok.lower_ == "set" and tok.pos_ == "NOUN") or given_name_word(tok):
        return False  # nor 'Will' of 'Will Baker married ...'
    return tok.lemma_.lower() in _HYPOTHETICAL or tok.lower_ in _HYPOTHETICAL


def _not_real(tok: Token, word: Token) -> bool:
    """'play a married couple', 'denied that they wed': a verb above the event word; not 'who
    plays for Benfica, was previously married to Y' (a verb of another clause)."""
    if tok.lemma_.lower() not in _NOT_REAL:
        return False
    return tok.pos_ != "VERB" or tok in word.ancestors


def _hypothetical(sent: Span, t: Trigger) -> bool:
    """'plan to marry', 'never married', 'play a married couple', 'denied that they are dating'."""
    near = sent.doc[max(sent.start, t.start - 3) : t.start]
    wider = sent.doc[max(sent.start, t.start - 6) : t.start]
    after = sent.doc[t.end : min(sent.end, t.end + 6)]
    return (
        any(_hypothetical_word(tok) for tok in near)
        or any(_not_real(tok, sent.doc[t.start]) for tok in wider)
        or any(tok.lower_ in _PLANNED_AFTER for tok in after)
        or _planned_infinitive(sent.doc[t.start])
        or _future_progressive(sent.doc[t.start])
    )


def _future_progressive(word: Token) -> bool:
    """'thrilled to be marrying you', 'will be marrying in June': an event still to come."""
    auxes = [c for c in word.children if c.dep_ in {"aux", "auxpass"}]
    return (word.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in auxes)
            and any(c.lower_ in {"to", "will", "'ll", "shall"} for c in auxes))


def _planned_infinitive(word: Token) -> bool:
    """'they will wait until the baby arrives to tie the knot', 'he vowed to marry her': an
    infinitive event under a verb in the future, of waiting or of a will, however far the words
    between them."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return False
    for n, head in enumerate(word.ancestors):
        if n >= 2:
            break
        if head.lemma_.lower() in _MEANING_TO or head.lower_ in _MEANING_TO_FORMS or any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in head.children
        ):
            return True
    return False


# What is done to a wedding that has not taken place: set, planned, put off or cancelled.
_ARRANGED = frozenset({"schedule", "reschedule", "slate", "plan", "set", "postpone", "delay",
                       "cancel", "arrange", "expect"})
_PRESENT_BE = frozenset({"is", "are", "'re", "’re", "'s", "’s", "am"})
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall"})


def _told_ahead(word: Token) -> bool:
    """A wedding arranged, not held: the present progressive ('are tying the knot', 'are
    getting married in May', 'is marrying X next month'), the future ('will be holding their
    wedding in October'), a headline's bare infinitive ('X and Y to wed in October') or a
    wedding announced ('announced their wedding')."""
    if word.lower_ in {"wedding", "nuptials"} and word.dep_ == "dobj" and (
        word.head.lemma_.lower() in {"announce", "confirm", "plan", "reveal"}
    ):
        return True  # 'X and Y announced their wedding': a wedding to come
    if word.pos_ == "NOUN" and word.dep_ in {"nsubj", "nsubjpass"} and (
        word.head.lemma_.lower() in _ARRANGED
    ):
        return True  # 'the wedding has been scheduled for 2027', 'was postponed': not held
    verb = word
    for _ in range(3):
        aux = [c for c in verb.children
               if c.dep_ in {"aux", "auxpass"} and not given_name_word(c)]  # not 'Will Pike'
        if verb.tag_ == "VBG" and any(c.lower_ in _PRESENT_BE for c in aux):
            return True
        if _getting_passive(aux):
            return True
        if any(c.lower_ in _FUTURE_AUX for c in aux):
            return True
        if verb.dep_ == "ROOT" or (verb.dep_ in {"relcl", "acl"} and verb.head.pos_ != "VERB"):
            # 'X and Y to wed in October', 'stars X, Y to wed in October' (a headline)
            return any(c.lower_ == "to" for c in aux) and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
            )
        if verb.dep_ not in {"acomp", "dobj", "xcomp", "auxpass", "attr", "compound", "nsubj",
                             "nsubjpass"}:  # '... and their wedding (ceremony) will be held'
            return False
        verb = verb.head
    return False


def _getting_passive(aux: list[Token]) -> bool:
    """'are getting married next year': a present 'be' with the passive 'getting' (the parser
    makes 'getting' an auxiliary of 'married', so the verb itself is no -ing form)."""
    return any(c.lower_ in _PRESENT_BE for c in aux) and any(
        c.tag_ == "VBG" and "get" in {c.lemma_.lower(), c.lower_[:3]} for c in aux)


_SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse"})


def _note_unnamed_split(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> None:
    """'X is splitting from her husband of seven years': the husband is not named here; the
    split is kept for the one spouse the document gives X (``unnamed_split_facts``)."""
    doc = sent.doc
    j = t.end
    if j + 2 >= sent.end or doc[j].lower_ != "from" or doc[j + 1].tag_ != "PRP$":
        return
    if doc[j + 2].lower_ not in _SPOUSE_NOUNS or disc.people.within(j, min(sent.end, j + 8)):
        return
    subject = left_of(disc, sent, t.start, limit=4)
    if len(subject) != 1:
        return
    date = event_date(sent, t, dates) or news_date(event_head(sent, t), bool(dates.mentions),
                                                   published)
    disc.unnamed_splits.append((subject[0], sent, date))


def unnamed_split_facts(disc: Discourse, facts: list[RawFact]) -> list[RawFact]:
    """The splits from an unnamed spouse, each with the one spouse the document gives that
    person; none when it gives two or none, or already tells that split."""
    out: list[RawFact] = []
    for person, sent, date in disc.unnamed_splits:
        spouses = {f.object if f.subject == person else f.subject for f in facts
                   if f.relation == "spouse" and person in (f.subject, f.object)}
        told = {frozenset((f.subject, f.object)) for f in facts if f.relation == "separated"}
        other = spouses.pop() if len(spouses) == 1 else None
        if other is not None and frozenset((person, other)) not in told:
            out.append(RawFact("separated", person, other, sent, 0.7, date=date))
    return out


def _part_of_a_divorce(sent: Span, t: Trigger) -> bool:
    """'they divorced, each going their separate ways', 'divorced and went their separate
    ways': a parting told as the manner of a divorce is that divorce (a spouse end), no
    separation of its own; 'split in 2008 and divorced in 2010' tells both."""
    doc = sent.doc
    for tok in doc[t.start : t.end]:
        for n, head in enumerate(tok.ancestors):
            if n >= 3:
                break
            if head.pos_ == "VERB" and head.lemma_.lower() == "divorce" and not (
                t.start <= head.i < t.end
            ):
                return True
    return False


def _pair_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> list[RawFact]:
    relation = _PAIR_RELATION[t.kind]
    if _other_relationships(sent, t):
        return []
    romance = t.end - t.start == 1 and is_romance_noun(sent.doc[t.start])
    if romance and _romance_couple(disc, sent, sent.doc[t.start]) is None:
        return []  # 'the affair made headlines': a noun alone tells no new couple
    needs_parse = t.kind == "partner" and (
        t.parsed or sent.doc[t.start].lower_ in PARTNER_WORDS_NEEDING_PARSE
    )
    if needs_parse and clause_pair(disc, sent, t) in {None, NOBODY}:
        return []
    if t.kind in {"marry", "wedding"} and _told_ahead(sent.doc[t.start]):
        if not _hypothetical(sent, t) and (ahead := _pair(disc, sent, t)) is not None:
            disc.note_couple(*ahead)  # 'the couple' below are these two, not yet married
        return []
    if (
        _hypothetical(sent, t)
        or (
            t.kind == "partner"
            and tuple(w.lower_ for w in sent.doc[t.start : t.end]) in PARTNER_PHRASES_NAMING_AFTER
            and not right_of(disc, sent, t.end, 2)
            and not _named_daters(disc, sent, t)
            and not _dated_span(dates, t)
        )
        or _modifier_noun(sent, t)
        or (relation == "separated" and _part_of_a_divorce(sent, t))
    ):
        return []
    if t.kind == "marry" and (kin := married_kin_of(sent.doc[t.start])) is not None:
        return _wed_through_kin(disc, sent, t, kin, dates)  # 'X married the daughter of Y'
    named = noun_pair(disc, sent, t.start)  # 'the engagement of X to Y', '... between X and Y'
    if named is None and of_names_a_party(disc, sent, t.start):
        return []
    bare = _bare_noun(sent, t) and not romance and named is None
    if bare and t.start - 2 >= sent.start and sent.doc[t.start - 2].pos_ in {"ADP", "VERB"}:
        return []  # 'weigh in on the breakup', 'postpone the wedding': no new event told
    if named is None and _guests_at(disc, sent, t):
        hosts = right_of(disc, sent, t.end + 1, 2) if sent.doc[t.end].lower_ == "of" else []
        if len(hosts) < 2:  # not 'attended the wedding of A and B'
            if (guests := _pair(disc, sent, t)) is not None:
                disc.note_couple(*guests)  # 'A and B attended the wedding': 'the couple' next
            return []  # is these two; but they were guests: whose wedding it was is not said
        named = hosts[0], hosts[1]
    pair = named
    if pair is None and romance:
        pair = _romance_couple(disc, sent, sent.doc[t.start])
    elif pair is None:
        pair = _bare_noun_pair(disc, sent, t, dates) if bare else _pair(disc, sent, t)
    if pair is None:
        if relation == "separated":
            _note_unnamed_split(disc, sent, t, dates, published)
        return []
    fact = RawFact(relation, pair[0], pair[1], sent, 0.8)
    own = [m for m in dates.of(t) if m.value]
    spans = [m for m in own if m.qualifier in {"from", "to", "since", "until"}
             and not _other_clause(sent, t, dates.token_of[id(m)])]
    if relation in {"spouse", "partner"}:
        fact.start = next((m.value for m in spans if m.qualifier in {"from", "since"}), None)
        fact.end = next((m.value for m in spans if m.qualifier in {"to", "until"}), None)
        noun = sent.doc[t.start].lower_ == "marriage"  # 'her marriage to X ended in 2010': no start
        noun = noun or _duration_of(sent, t)  # 'split after ten years of being married'
        noun = noun or (romance and lasting(sent.doc[t.start]))  # 'a 14-year romance'
        noun = noun or (romance and sent.doc[t.start].head.lemma_.lower() in ROMANCE_TOLD_VERBS)
        if fact.start is None and not spans and not noun:
            fact.start = event_date(sent, t, dates) or _years_before_news(sent, t, dates,
                                                                           published)
    else:
        # 'X and Y, who wed in 2019, have split': the year is the wedding's; the split is news
        fact.date = (event_date(sent, t, dates)
                     or news_date(event_head(sent, t), _dated_here(sent, t, dates), published)
                     or _years_before_news(sent, t, dates, published))
    disc.note_couple(*pair)
    # 'are splitting after 12 years of marriage': the years count back from the news's date
    facts = [fact, *_years_before(sent, t, pair, fact.date or fact.start or news_now(
        event_head(sent, t), bool(dates.mentions), published))]
    facts += _more_partners(disc, sent, t, pair)
    later = _later_partners(disc, sent, t, pair)
    facts += [RawFact(relation, a, b, sent, 0.7) for a, b in _gapped_pairs(disc, sent, t, pair)]
    return [*facts, *(RawFact(relation, pair[0], p, sent, 0.7) for p in later)]


def _gapped_pairs(
    disc: Discourse, sent: Span, t: Trigger, pair: tuple[int, int]
) -> list[tuple[int, int]]:
    """'A tied the knot with B, C with D and E with F': after the event's 'with'/'to' party,
    more 'C with D' items that leave the verb out are couples of the same event."""
    doc = sent.doc
    second = next((m for m in disc.people.within(t.end, sent.end) if m.person == pair[1]), None)
    if second is None or second.start - 1 < t.end or doc[second.start - 1].lower_ not in {
            "with", "to"}:
        return []
    prep, k, found = doc[second.start - 1].lower_, second.end, []
    while k < sent.end:
        j = k
        while j < sent.end and doc[j].lower_ in {",", "and"}:
            j += 1
        if j == k:
            break
        first = disc.people.at(j)
        if first is None or first.start != j or first.end + 1 >= sent.end:
            break
        if doc[first.end].lower_ != prep:
            break
        other = disc.people.at(first.end + 1)
        if other is None or other.start != first.end + 1 or other.person == first.person:
            break
        found.append((first.person, other.person))
        k = other.end
    return found


def _years_before_news(
    sent: Span, t: Trigger, dates: SentenceDates, published: str | None
) -> str | None:
    """'X and Y are back together three years after their split', in a dated article and a
    sentence with no date of its own: the event word right after 'N years after' was N years
    before the news the present tense tells."""
    if published is None or dates.mentions:
        return None
    doc = sent.doc
    for off in find_offsets(sent.text):
        if off.amount is None or off.unit != "year" or not off.text.lower().endswith("after"):
            continue
        after = token_at(sent, sent.start_char + off.end - 1)
        if not 0 < t.start - after <= 3 or any(w.pos_ in {"VERB", "AUX"}
                                               for w in doc[after + 1 : t.start]):
            continue  # 'after their split', 'after the wedding' (not 'after they split')
        verb = doc[after].head
        present = [w for w in (verb, *verb.children) if w.tag_ in {"VBP", "VBZ"}
                   and (w == verb or w.dep_ in {"aux", "auxpass"})]
        if verb.pos_ in {"VERB", "AUX"} and present:
            return shift(published[:4], years=-off.amount)
    return None


def _dated_here(sent: Span, t: Trigger, dates: SentenceDates) -> bool:
    """The sentence has a time expression that may date the event: any but the dates of other
    event words' own clauses ('X and Y, who wed in 2019, have split': 2019 is the wedding's,
    the split is news; '..., a friend confirmed on Monday' may date it)."""
    doc = sent.doc
    if not parsed(doc):
        return bool(dates.mentions)
    for m in dates.mentions:
        verb = clause_verb(doc[dates.token_of[id(m)]])
        if verb.i == t.start or verb.i not in dates.kind_at:
            return True
    return False


def _other_clause(sent: Span, t: Trigger, i: int) -> bool:
    """'The two, who married in 2009, have not been seen together since 2016': the span word
    ('since', 'from', 'until') before the date at token ``i`` hangs on a verb that is neither
    the event word, nor one hanging on it, nor a word of its own clause it hangs on: the span
    is another clause's, not the marriage's ('married since 2009', 'have been together since
    2016' keep theirs)."""
    doc = sent.doc
    if not parsed(doc) or i <= sent.start or doc[i - 1].lower_ not in {"since", "from", "until"}:
        return False
    verb, word = doc[i - 1].head, doc[t.start]
    if verb.pos_ not in {"VERB", "AUX"} or verb == word or verb in word.subtree:
        return False
    head = word  # up the event word's own clause: a relative or adverbial clause ends it
    while head.dep_ not in _CLAUSE_EDGES and head.head != head:
        head = head.head
        if head == verb:
            return False
    return True


_CLAUSE_EDGES = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis"})


def _wed_through_kin(
    disc: Discourse, sent: Span, t: Trigger, kin: Token, dates: SentenceDates
) -> list[RawFact]:
    """'X married the daughter of Y, Z': X and Z, not X and Y; no one named, no fact."""
    spouses = wed_through_kin(disc, sent, kin.i)
    subjects = clause_subject(disc, sent, sent.doc[t.start]) or []
    if len(spouses) != 1 or len(subjects) != 1 or subjects[0] == spouses[0]:
        return []
    fact = RawFact("spouse", subjects[0], spouses[0], sent, 0.8)
    fact.start = event_date(sent, t, dates)
    disc.note_couple(subjects[0], spouses[0])
    return [fact]


_SPANS = frozenset({"years", "year", "months", "decades", "decade"})


def _duration_of(sent: Span, t: Trigger) -> bool:
    """'ten years of (being) married': how long a marriage lasted, not when it began."""
    doc, i = sent.doc, t.start - 1
    if i > sent.start and doc[i].lower_ == "being":
        i -= 1
    return i - 1 >= sent.start and doc[i].lower_ == "of" and doc[i - 1].lower_ in _SPANS


def _dated_span(dates: SentenceDates, t: Trigger) -> bool:
    """'the pair dated from 2012 to 2015': a span of dating told of the couple in play."""
    return any(m.value and m.qualifier in {"from", "until"} for m in dates.of(t))


def _named_daters(disc: Discourse, sent: Span, t: Trigger) -> bool:
    """'A and B have dated since 2019', 'she and B dated': the parse names both (a bare 'they'
    is left to the couple rules: 'married his first wife, May, after they had dated')."""
    subjects = subjects_of(sent.doc[t.start])
    if not subjects or (subjects[0].lower_ == "they" and not subjects[0].conjuncts):
        return False
    return clause_pair(disc, sent, t) not in {None, NOBODY}


_DURATION_OF = {"dating": "partner", "together": "partner", "marriage": "spouse"}


def _years_before(sent: Span, t: Trigger, pair: tuple[int, int], date: str | None) -> list[RawFact]:
    """'wed in 2017 after two years of dating' → partners since 2015; '... of marriage' or
    'after being married for two years' → wed."""
    doc = sent.doc
    if not date:
        return []
    lower = tokens_of(doc).lower
    for i in range(t.end, sent.end):
        if tuple(lower[i : i + 4]) == ("after", "being", "married", "for") and i + 5 < sent.end \
                and lower[i + 5] in {"years", "year"} and (years := number_word(doc[i + 4])):
            # 'have divorced after being married for two years'
            return [RawFact("spouse", pair[0], pair[1], sent, 0.6,
                            start=shift(date[:4], years=-years))]
        words = lower[i : i + 5]
        if (
            len(words) == 5
            and words[0] == "after"
            and words[2] in {"years", "year"}
            and words[3] == "of"
        ):
            tok = doc[i]  # only here: most words are no 'after'
            relation = _DURATION_OF.get(words[4])
            years = number_word(doc[tok.i + 1])
            if relation and years and governing_verb(tok) != governing_verb(event_head(sent, t)):
                continue  # '... engaged in 2019, a year after X announced their split after
                # eight years of marriage': the years are another clause's
            if relation and years:
                return [
                    RawFact(
                        relation, pair[0], pair[1], sent, 0.6, start=shift(date[:4], years=-years)
                    )
                ]
    return []


_ROMANTIC_KINDS = frozenset({"romantic", "past", "previous", "former", "brief", "serious",
                             "public", "several", "other", "many", "famous", "high-profile"})


def _other_relationships(sent: Span, t: Trigger) -> bool:
    """'co-parenting relationships with A and B', 'working relationships with': the plural
    noun with a modifier of another kind of relationship tells no couple."""
    noun = sent.doc[t.start]
    return noun.lower_ == "relationships" and any(
        c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in _ROMANTIC_KINDS
        for c in noun.children)


def _more_partners(disc: Discourse, sent: Span, t: Trigger, pair: tuple[int, int]) -> list[RawFact]:
    """'X has had relationships with A and, most recently, B': every person of the list after
    a plural romance noun's 'with' is one more partner of the same subject (the list ends at a
    verb: '..., and married C' is told by its own verb)."""
    doc = sent.doc
    if t.end - t.start != 2 or doc[t.start].lower_ != "relationships":
        return []

    facts, last, closed = [], t.end, False
    for m in disc.people.within(t.end, sent.end):
        if m.start < last:
            continue
        gap = doc[last : m.start]
        joined = any(w.lower_ in {"and", "&"} for w in gap)
        verb = any(w.pos_ in {"VERB", "AUX"} and w.lower_ not in DESCRIPTOR_WORDS for w in gap)
        if verb or any(w.text in {";", ":", "("} for w in gap) or (
                last > t.end and ((closed and joined) or not (joined or gap.text == ","))):
            break  # a verb, or a second 'and': '..., A and B, and married C'
        if m.person not in pair:
            facts.append(RawFact("partner", pair[0], m.person, sent, 0.7))
        last, closed = m.end, closed or (joined and last > t.end)
    return facts


_BEFORE_FIRST_TO = frozenset({"twice", "three", "four", "times", "once", ",", ":", "first",
                              "firstly"})
_THEN_WORDS = frozenset({"and", "then", "later", "subsequently", "afterwards", "next", "second",
                         "secondly", "finally", ",", ";"})


def _later_partners(
    disc: Discourse, sent: Span, t: Trigger, pair: tuple[int, int]
) -> list[int]:
    """'married to X from 1994 to 1996, and to Y', 'was married twice, first to X and later to
    Y', 'married three times: to X, then to Y; finally to Z': the later partners of the same
    subject, each in a 'to' phrase after words of sequence."""
    doc = sent.doc
    first = t.end
    while first < min(sent.end, t.end + 4) and doc[first].lower_ in _BEFORE_FIRST_TO:
        first += 1
    if first >= sent.end or doc[first].lower_ != "to":
        return []
    found: list[int] = []
    for i in range(first + 2, sent.end - 1):
        if doc[i].lower_ != "to":
            continue
        k = i - 1
        while k > first and doc[k].lower_ in _THEN_WORDS:
            k -= 1
        if not any(w.lower_ in _THEN_WORDS - {",", ";"} for w in doc[k + 1 : i]):
            continue  # 'from 1994 to 1996': no word of sequence before the 'to'
        j = i + 1
        while j < sent.end and (doc[j].lower_ in DESCRIPTOR_WORDS or doc[j].lower_ in {"a", "an"}):
            j += 1
        person = disc.person_at(doc[j]) if j < sent.end else None
        if person is not None and person not in pair and person not in found:
            found.append(person)
    return found


def _divorce_facts(
    disc: Discourse,
    sent: Span,
    t: Trigger,
    dates: SentenceDates,
    triggers: list[Trigger],
    said: list[RawFact],
    published: str | None = None,
) -> list[RawFact]:
    doc = sent.doc
    window = {
        tok.lemma_.lower() for tok in doc[max(sent.start, t.start - 4) : min(sent.end, t.end + 3)]
    }
    word = doc[t.start].lower_
    final = (word == "divorced" or bool(window & _FINAL_WORDS) or _told_final(doc[t.start])
             or _dated_divorce_noun(doc[t.start], dates, t))
    if any(x.kind == "file" for x in triggers) and not (
            final and (_after_filing(t, triggers) or _before_filing(t, triggers))):
        return []  # the filing rule reads it ('filed for divorce'), unless a later clause
    if window & {"papers", "petition", "paper"}:  # tells the divorce final
        return _filing_facts(disc, sent, t, dates, divorce_doc=True)
    filed = [f for f in said if f.relation == "divorce_filed"]
    pair = _filed_pair(filed) if filed else _pair(disc, sent, t)
    end = (dates.first(t) or later_date(sent, t, dates)
           or _news_divorce(doc[t.start], dates, published)) if final else None
    if pair is None and filed and end and len({f.subject for f in filed}) == 1:
        # 'X filed for divorce in 2016; the divorce was finalized in 2017': X's marriage,
        # the other side filled in from the document (facts.assemble)
        return [RawFact("spouse", filed[0].subject, None, sent, 0.75, end=end)]
    if pair is None and word in {"divorce", "divorcing"} and disc.last_couple and not filed:
        # 'their divorce', or 'The divorce was finalized in 2017' just after the couple
        told = _refers_to_couple(disc, sent, t) or (end and disc.recent_couple(sent))
        pair = disc.last_couple if told else None
    if pair is None:
        return []
    # 'have divorced after six years of marriage': wed six years before the end; 'are
    # divorcing after 12 years of marriage': 12 years before the news
    now = end or (None if final else news_now(doc[t.start], bool(dates.mentions), published))
    return [RawFact("spouse", pair[0], pair[1], sent, 0.75, end=end),
            *(_years_before(sent, t, pair, now) if now else [])]


_FINAL_WORDS = frozenset({"finalize", "final", "finalise", "official"})


def _news_divorce(word: Token, dates: SentenceDates, published: str | None) -> str | None:
    """'X and Y have divorced', 'have finalized their divorce', 'are officially divorced' in a
    dated article with no other date in the sentence: news of the publication date."""
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head
    if _officially_now(word) and published and not dates.mentions:
        return published  # 'X and Y are officially divorced': news of the day
    return news_date(verb, bool(dates.mentions), published)


def _officially_now(word: Token) -> bool:
    """'are officially divorced', 'is now officially divorced': a present 'be' whose
    complement is 'divorced', with 'officially' on either word."""
    head = word.head if word.dep_ == "acomp" else None
    if word.lower_ != "divorced" or head is None or head.lemma_ != "be" or head.tag_ not in {
            "VBZ", "VBP"}:
        return False
    return any(c.lower_ == "officially" for c in (*head.children, *word.children))


_TIME_PREPOSITIONS = frozenset({"until", "till", "after", "before", "since", "following"})


def _dated_divorce_noun(noun: Token, dates: SentenceDates, t: Trigger) -> bool:
    """'married from 2009 until their divorce in 2015', 'after their divorce in 1970', 'had
    two sons before divorcing in 2001': a divorce noun or gerund that times another event and
    carries its own date is the divorce done."""
    return (noun.lower_ in {"divorce", "divorcing"} and noun.dep_ in {"pobj", "pcomp"}
            and noun.head.lower_ in _TIME_PREPOSITIONS
            and dates.first(t, before=False) is not None)


def _told_final(noun: Token) -> bool:
    """'X's divorce from Y was finalized in 2022', 'the divorce became official': the verb the
    divorce noun is the subject of says it is final, however long the noun phrase."""
    head = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or head == noun:
        return False
    complements = [c for c in head.children if c.dep_ in {"acomp", "attr", "oprd"}]
    return any(w.lemma_.lower() in _FINAL_WORDS for w in (head, *complements))


def _divorced_after_marrying(
    sent: Span, t: Trigger, dates: SentenceDates, facts: list[RawFact]
) -> list[RawFact]:
    """'X, whom he married in 2010 and divorced in 2016': the divorce verb shares the couple
    of the marriage verb it is coordinated with."""
    word = sent.doc[t.start]
    married = [f for f in facts if f.relation == "spouse"]  # facts: this sentence's so far
    if word.dep_ != "conj" or word.head.lemma_.lower() not in MARRY_VERBS or len(married) != 1:
        return []
    end = dates.first(t)
    return [RawFact("spouse", married[0].subject, married[0].object, sent, 0.75, end=end)]


def _filed_pair(filed: list[RawFact]) -> tuple[int, int] | None:
    """'X filed for divorce from Y in 2019; the divorce was finalized in 2020': X and Y. A
    filing that names no Y names no pair here (its object is filled in from the document)."""
    sides = {(f.subject, f.object) for f in filed}
    (subject, obj), *others = sides
    return None if others or obj is None else (subject, obj)


def _final_after_filing(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, filing: list[RawFact]
) -> list[RawFact]:
    """'X filed for divorce from Y in 1952; it became final in 1953', '..., and it was
    finalized the following year': 'it' after the filing is that divorce, the marriage's end
    the date of its clause (a year after the filing for 'the following year'); a filing that
    names one side leaves the other to be filled in from the document (facts.assemble)."""
    if len(filing) != 1:
        return []
    doc = sent.doc
    final = next((tok for tok in doc[t.end : sent.end] if tok.lemma_.lower() in _FINAL_WORDS
                  and _it_is_subject(tok)), None)
    if final is None:
        return []
    filed = filing[0]
    told = [m.value for m in dates.between(final.i, sent.end) if m.value]
    end = told[0] if told else None
    if end is None and filed.date:
        rest = doc[final.i : sent.end].text
        later = [o for o in find_offsets(rest) if o.unit == "year" and o.amount is not None
                 and o.direction in {"after", "following"}]
        end = shift(filed.date[:4], years=later[0].amount or 0) if later else None
    return [RawFact("spouse", filed.subject, filed.object, sent, 0.75, end=end)] if end else []


def _it_is_subject(word: Token) -> bool:
    """'it was finalized', 'it became final': 'it' is the subject of the verb that says so."""
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it" for c in verb.children)


def _after_filing(t: Trigger, triggers: list[Trigger]) -> bool:
    """'... filed for divorce in 2004; the divorce was finalized in 2006': the final divorce is
    told after the filing and its own words."""
    filings = [x for x in triggers if x.kind == "file"]
    return all(x.end + 3 < t.start for x in filings)


def _before_filing(t: Trigger, triggers: list[Trigger]) -> bool:
    """'X and Y have finalized their divorce a year after she filed to end their marriage':
    the final divorce is told before every filing word."""
    return all(t.end < x.start for x in triggers if x.kind == "file")


def _refers_to_couple(disc: Discourse, sent: Span, t: Trigger) -> bool:
    before = sent.doc[max(sent.start, t.start - 2) : t.start]
    return any(tok.lower_ == "their" for tok in before)


def _from_party(disc: Discourse, sent: Span, t: Trigger) -> list[int]:
    """'filed for divorce from her husband, retired point guard X, on Monday': the person in
    the 'from' phrase, however long the appositive before the name."""
    doc = sent.doc
    for tok in doc[t.end : min(sent.end, t.end + 3)]:
        if tok.lower_ == "from" and tok.dep_ == "prep":
            end = min(sent.end, tok.right_edge.i + 1)
            # 'from her husband, X': 'her' is the filer; the party is every person after it
            return [p for g in disc.groups(sent, tok.i, end) for p in g.persons]
    return []


_ASIDE_CLOSERS = frozenset({"—", "–", ")"})


def _filing_facts(
    disc: Discourse, sent: Span, t: Trigger, dates: SentenceDates, divorce_doc: bool,
    published: str | None = None,
) -> list[RawFact]:
    doc = sent.doc
    after = doc[t.end : min(sent.end, t.end + 3)]
    about_divorce = any(
        tok.lemma_.lower() in {"divorce", "separation"}
        for tok in doc[t.start : min(sent.end, t.end + 4)]
    )
    if t.kind == "divorce":
        about_divorce = True
    if not about_divorce and not (
        divorce_doc and (not len(after) or after[0].pos_ not in {"DET", "NOUN"})
    ):
        return []
    subject = left_of(disc, sent, t.start, limit=12)
    aside = t.start  # where an aside closed right before the verb opens
    if t.start > sent.start and doc[t.start - 1].text in _ASIDE_CLOSERS:
        opener = "(" if doc[t.start - 1].text == ")" else doc[t.start - 1].text
        aside = next((k for k in range(t.start - 2, sent.start - 1, -1)
                      if doc[k].text == opener), t.start)
        # 'X, who shares two children with Y — A and B — filed': the sentence's first name,
        # set off by a comma, is the subject past the aside
        first = disc.groups(sent, sent.start, t.start)[:1]
        if first and first[0].start <= sent.start + 1 and doc[first[0].end].text == ",":
            subject = first[0].persons
    if not subject:
        return []
    others = [p for p in right_of(disc, sent, t.end, limit=6) if p != subject[-1]]
    others = others or [p for p in _from_party(disc, sent, t) if p != subject[-1]]
    between = [
        p
        for g in disc.groups(
            sent, t.start - 12 if t.start - 12 > sent.start else sent.start, t.start
        )
        for p in g.persons
        if p != subject[-1] and g.start < aside  # not the children named in '— A and B —'
    ]
    obj = others[0] if others else (between[-1] if between and between[-1] != subject[0] else None)
    if obj is None and _plain_pair(disc, sent, t.start, subject):
        obj = subject[0]  # 'A and B filed for divorce': a joint filing, the two of them
    date = dates.first(t) or news_date(doc[t.start], _dated_here(sent, t, dates), published)
    filed = RawFact("divorce_filed", subject[-1], obj, sent, 0.75, date=date)
    # 'filed for divorce from Y on Tuesday after 12 years of marriage': wed 12 years before
    return [filed, *(_years_before(sent, t, (subject[-1], obj), date) if date and obj else [])]


def _plain_pair(disc: Discourse, sent: Span, before: int, subject: list[int]) -> bool:
    """The two people before token ``before`` are named 'A and B' with nothing else between
    them (not 'A and her lawyer B')."""
    if len(subject) != 2 or subject[0] == subject[1]:
        return False
    mentions = [m for m in disc.people.within(sent.start, before) if m.person in subject]
    if len(mentions) < 2:
        return False
    first, second = mentions[-2], mentions[-1]
    between = [t.lower_ for t in sent.doc[first.end : second.start]]
    return between in (["and"], ["&"]) and first.person != second.person


def sibling_word_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """'X and Y are siblings', 'X and Y, another sibling pair': the people the sibling word is
    said of in the parse (the copula's subject, or the noun it stands in apposition to)."""
    if _SIBLING_PREDICATES.isdisjoint(sentence_words(sent)):
        return []
    facts: list[RawFact] = []
    t = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        lower = t.lower[i]
        said = (lower in _SIBLING_PREDICATES or lower.split("-")[0] in _SIBLING_PREDICATES
                or t.lemma_lower[i] in _SIBLING_PREDICATES)
        if not said or _names_a_group(tok := sent.doc[i]):
            continue
        persons = _said_of(disc, sent, tok)
        if len(persons) >= 2:
            facts.append(RawFact("sibling", persons[0], persons[1], sent, 0.7))
    return facts


_SIBLING_PREDICATES = SIBLING_TOPIC_WORDS | {"sibling", "brother", "sister", "twin", "twins"}


def _names_a_group(tok: Token) -> bool:
    """'the Pennock Sisters': a capitalised kin word after a proper noun names a band."""
    before = tok.doc[tok.i - 1] if tok.i > sentence_start(tok) else None
    return tok.text[:1].isupper() and before is not None and before.pos_ == "PROPN"


def _said_of(disc: Discourse, sent: Span, word: Token) -> list[int]:
    """The people a predicate noun is said of: 'X and Y are siblings' (attr of a copula whose
    subject is X and Y), 'X and Y, a sibling pair' (apposition)."""
    head = word
    while head.dep_ in {"compound", "amod"} and head.head != head:
        head = head.head  # 'sibling pair', 'sibling duo'
    if head.dep_ in {"attr", "acomp"}:
        phrases = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    elif head.dep_ == "appos":
        phrases = [head.head]
    else:
        return []
    people: list[int] = []
    for phrase in phrases:
        for tok in (phrase, *phrase.conjuncts):
            person = disc.person_at(tok)
            if person is not None and person not in people:
                people.append(person)
    return people


def note_meeting(disc: Discourse, sent: Span) -> None:
    """'X met Y in 2008': no fact, but the two are the couple a later 'they' means."""
    if _MEET.isdisjoint(sentence_words(sent)):
        return
    t = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        if t.lemma[i] == "meet" and t.pos[i] == "VERB":
            tok = sent.doc[i]
            left, right = (
                left_of(disc, sent, tok.i, limit=2),
                right_of(disc, sent, tok.i + 1, limit=2),
            )
            if left and right and left[-1] != right[0]:
                disc.note_couple(left[-1], right[0])
            elif len(left) == 2 and not right and not _has_object(tok):
                disc.note_couple(left[0], left[1])  # 'X and Y met in 2013', no one else met


def _has_object(verb: Token) -> bool:
    """'X and Y met their fans', 'met with the mayor': the meeting was with someone else."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
               for c in verb.children)


def marriage_end_facts(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """'a judge ruled last week that the marriage had ended': the marriage's end date."""
    words = set(tokens_of(sent.doc).lower[sent.start : sent.end])
    if not (words & MARRIAGE_NOUNS and words & ENDED_WORDS):
        return []
    pair = next(
        (g.persons[:2] for g in disc.groups(sent, sent.start, sent.end) if len(g.persons) >= 2),
        None,
    )
    free = [
        m.value
        for m in dates.mentions
        if m.value and dates.owner[id(m)] is None and m.qualifier not in VAGUE
    ]
    if pair is None or not free:
        return []
    return [RawFact("spouse", pair[0], pair[1], sent, 0.7, end=free[0])]


def event_facts(
    disc: Discourse,
    sent: Span,
    triggers: list[Trigger],
    dates: SentenceDates,
    published: str | None,
    divorce_doc: bool,
) -> list[RawFact]:
    """Every fact the event words of one sentence state."""
    facts: list[RawFact] = []
    for t in triggers:
        if t.kind in _PAIR_RELATION:
            facts += _pair_facts(disc, sent, t, dates, published)
        elif t.kind == "divorce":
            facts += (_divorce_facts(disc, sent, t, dates, triggers, facts, published)
                      or _divorced_after_marrying(sent, t, dates, facts))
        elif t.kind == "file":
            filing = _filing_facts(disc, sent, t, dates, divorce_doc, published)
            facts += filing + _final_after_filing(disc, sent, t, dates, filing)
        elif t.kind in LIFE_KINDS:
            facts += life_facts(disc, sent, t, dates, published)
    return facts
