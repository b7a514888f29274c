"""The other parent: "a son, X, with Y", "X was married to Y, with whom he shares son Z",
"a daughter, X, from her marriage to Y".

The child's first parent comes from the kin rules; the second sits in a prepositional phrase
("with", "from ... marriage to") whose attachment the parse gives.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_column, kin_of
from celebgraph.extract.patterns.lexicons import CHILD_NOUNS, CUSTODY_NOUNS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.lists import NameAt, from_marriage_end
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import parsed, sentence_start, sentence_words, tokens_of

__all__ = [
    "after_with",
    "chained_subject",
    "child_with",
    "children_of_marriage",
    "children_with_whom",
    "clause_subject",
    "co_parent_facts",
    "couple_subject_parents",
    "custody_facts",
    "governing_verb",
    "with_before_child",
    "with_co_parents",
]

_WITH = frozenset({"with"})
_WITH_BY = frozenset({"with", "by"})
_FROM = frozenset({"from", "through"})  # 'from his marriage to Y', 'through his marriage to Y'

# Verbs whose 'with' phrase names the child's other parent: 'has a son with Y'.
_CHILD_VERBS = frozenset({"have", "welcome", "share", "raise", "adopt", "expect", "co-parent"})
# ... and whose 'by' phrase does, in the genealogist's style: 'had a son, A, by his first wife Y'.
_BEGETTING_VERBS = frozenset({"have", "father", "sire"})
_COUPLE = frozenset({"spouse", "partner", "engaged"})
# 'were there, along with her boyfriend Y': company, not the other parent.
_ALONG = frozenset({"along", "alongside", "including"})
_MAX_HEAD_STEPS = 6
# how a verb without a subject hangs on the one that has it ('said after marrying and becoming')
_CHAIN_DEPS = frozenset({"conj", "pcomp", "advcl", "xcomp", "prep"})


def children_with_whom(disc: Discourse, sent: Span, facts: list[RawFact]) -> list[RawFact]:
    """'X was married to Y, with whom he shares son Z': Y is Z's other parent."""
    if _WITH.isdisjoint(sentence_words(sent)):
        return []
    doc = sent.doc
    lower = tokens_of(doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] != "with":
            continue
        tok = doc[i]
        verb = doc[tok.i + 3] if tok.i + 3 < sent.end else None
        shares = verb is not None and verb.lemma_.lower() in {"share", "have", "welcome", "raise"}
        # 'with whom he shares', and the common 'with who he shares'
        if doc[tok.i + 1].lower_ in {"whom", "who"} and shares:
            before = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].text == "," else tok.i
            if before - 1 > sent.start and doc[before - 1].text == ")":  # 'Y (m. 1990), with'
                before = next((k for k in range(before - 2, max(sent.start, before - 16), -1)
                               if doc[k].text == "("), before)
            other = disc.person_at(doc[before - 1]) if before > sent.start else None
            if other is None:
                return []
            kids = {f.object for f in facts if f.relation == "parent" and f.subject != other}
            return [RawFact("parent", other, kid, sent, 0.7) for kid in kids if kid != other]
    return []


def children_of_marriage(disc: Discourse, sent: Span, facts: list[RawFact]) -> list[RawFact]:
    """'X has a daughter, Y, from her marriage to Z': Z is Y's other parent."""
    if _FROM.isdisjoint(sentence_words(sent)):
        return []
    lower = tokens_of(sent.doc).lower
    froms = [
        i
        for i in range(sent.start, sent.end)
        if lower[i] in _FROM and {"marriage", "relationship"} & set(lower[i + 1 : i + 4])
    ]
    if not froms:
        return []
    # only the children named right before 'from' ('his son X, from his first marriage to Y'),
    # or right after the phrase ('his son from his first marriage, to Y, X')
    mentions = disc.people.within(sent.start, sent.end)
    near = {m.person for m in mentions if any(0 <= f - m.end <= 4 for f in froms)}
    ends = [e for f in froms if (e := from_marriage_end(sent, f, _name_end(disc))) is not None]
    near |= {m.person for m in mentions if any(0 <= m.start - e <= 6 for e in ends)}
    after_from = {m.person for m in mentions if any(0 < m.start - f <= 8 for f in froms)}
    couples: list[tuple[int, int | None]] = [
        (f.subject, f.object)
        for f in facts
        if f.relation in {"spouse", "partner"} and f.object in after_from
    ]
    parents = [f for f in facts if f.relation == "parent" and f.object in near]
    parents += _listed_with(disc, sent, froms, parents, facts)
    # "A, B and C, Doe's children from her marriage to Y": the possessor's children
    doc = sent.doc
    kin = [f - 1 for f in froms if f > sent.start and (
        doc[f - 1].lemma_.lower() in CHILD_NOUNS or doc[f - 1].lower_ in {"children", "kids"})]
    owners = {m.person for m in mentions if any(0 < k - m.end <= 1 for k in kin)}
    parents += [f for f in facts if f.relation == "parent" and f.subject in owners]
    return co_parent_facts(parents, couples, sent)


def _listed_with(
    disc: Discourse, sent: Span, froms: list[int], near: list[RawFact], facts: list[RawFact]
) -> list[RawFact]:
    """'X is father to A, 16, B, 14, and C, 11, through his marriage to Y': the ages keep the
    first children far from 'through'; the other children of the same parent named in the
    same list (no kin noun, 'from' or 'marriage' between them and the phrase) are Y's too."""
    lower, kin = tokens_of(sent.doc).lower, kin_column(sent.doc)
    owners = {f.subject for f in near}
    listed: set[int] = set()
    for f in froms:
        start = f - 1
        while start > sent.start and kin[start] is None and lower[start] not in {
                "from", "through", "marriage", ";"}:
            start -= 1
        listed |= {m.person for m in disc.people.within(start + 1, f)}
    return [p for p in facts if p.relation == "parent" and p.subject in owners
            and p.object in listed and p not in near]


def couple_subject_parents(disc: Discourse, sent: Span, facts: list[RawFact]) -> list[RawFact]:
    """'X and her husband, Y, have two children, A and B' / 'X and his wife Y welcomed a son':
    the spouse named in apposition to a kin noun conjoined with the having verb's subject is
    the children's other parent. The parse hangs the kin noun on X as a conjunct and Y on the
    kin noun as an appositive (or a compound before it, 'husband Rob Pryce')."""
    if not parsed(sent.doc):
        return []
    extra: list[RawFact] = []
    have = {(f.subject, f.object) for f in facts if f.relation == "parent"}
    for parent, child in list(have):
        for other in _subject_spouses(disc, sent, parent):
            if other != child and (other, child) not in have:
                extra.append(RawFact("parent", other, child, sent, 0.7))
                have.add((other, child))
    return extra


def _subject_spouses(disc: Discourse, sent: Span, person: int) -> list[int]:
    """The spouses a having verb's subject names beside ``person``: 'X and his wife, Y', 'She
    and her husband, Y' (the subject a pronoun or a description of X)."""
    found: list[int] = []
    t = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        if t.dep[i] not in {"nsubj", "nsubjpass"} or t.lemma_lower[t.head[i]] not in _CHILD_VERBS:
            continue  # most words: no Token made
        head = sent.doc[i]
        if person not in _referents(disc, sent, head):
            continue
        for conj in head.conjuncts:
            kin = kin_of(conj)
            if kin is not None and kin[0] in _COUPLE - {"engaged"}:
                spouse = _named_by(disc, sent, conj)
                if spouse is not None and spouse != person:
                    found.append(spouse)
    return found


def _referents(disc: Discourse, sent: Span, head: Token) -> list[int]:
    """Who a subject's head stands for: the person it names, else the referent of a pronoun
    or a description ('the actress')."""
    person = disc.person_at(head)
    if person is not None:
        return [person]
    return disc.refer(head, sent) if head.pos_ in {"PRON", "NOUN"} else []


def _named_by(disc: Discourse, sent: Span, kin: Token) -> int | None:
    """The person a kin noun names: its appositive, or the name right after it ('wife Ada')."""
    for child in kin.children:
        if child.dep_ == "appos" and (person := disc.person_at(child)) is not None:
            return person
    after = kin.i + 2 if kin.i + 1 < sent.end and sent.doc[kin.i + 1].text == "," else kin.i + 1
    mention = disc.people.at(after) if after < sent.end else None
    return mention.person if mention is not None and mention.start == after else None


def _name_end(disc: Discourse) -> NameAt:
    def name_at(j: int) -> int | None:
        mention = disc.people.at(j)
        return mention.end if mention is not None and mention.start == j else None

    return name_at


def after_with(tok: Token) -> bool:
    """'... with her ex-husband, Y', 'with boyfriend Y'."""
    return any(t.lower_ == "with" for t in tok.doc[max(sentence_start(tok), tok.i - 4) : tok.i])


def child_with(tok: Token) -> bool:
    """The 'with' before a partner noun may name a child's other parent: 'shares a son with
    her ex-husband, Y', not 'the sons attended, along with her boyfriend, Y' (without a parse,
    any 'with')."""
    withs = [t for t in tok.doc[max(sentence_start(tok), tok.i - 4) : tok.i] if t.lower_ == "with"]
    if not withs or not parsed(tok.doc):
        return bool(withs)
    return any(w.head.lower_ not in _ALONG for w in withs)


def co_parent_facts(
    facts: list[RawFact], co_parents: list[tuple[int, int | None]], sent: Span,
    windows: dict[tuple[int, int | None], set[int]] | None = None,
) -> list[RawFact]:
    """'X shares son Y with her ex-husband, Z': Z is Y's other parent (of the children in
    ``windows`` for that pair, when given)."""
    extra: list[RawFact] = []
    for anchor, partner in co_parents:
        for f in facts:
            if (
                f.relation == "parent"
                and f.subject == anchor
                and partner is not None
                and f.object != partner
                and (windows is None or (anchor, partner) not in windows
                     or f.object in windows[(anchor, partner)])
            ):
                extra.append(RawFact("parent", partner, f.object, sent, 0.7))
    return extra




def clause_subject(disc: Discourse, sent: Span, tok: Token) -> list[int] | None:
    """The people of the subject of the clause a token belongs to: 'Ann has daughters A and B
    with husband Y' → Ann (not B, the name nearest 'husband')."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.pos_ == "PRON":
                return disc.refer(child, sent) or None
            groups = disc.groups(sent, child.left_edge.i, child.right_edge.i + 1)
            return groups[0].persons if groups else None
    return None


def chained_subject(disc: Discourse, sent: Span, verb: Token) -> list[int]:
    """The subject of a verb that has none of its own, from the verbs it is chained to: 'X said
    after marrying Y and becoming the stepdad to ...' → X (becoming → marrying → after → said).
    """
    head = verb
    for _ in range(_MAX_HEAD_STEPS):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            return clause_subject(disc, sent, head) or []
        if head.dep_ not in _CHAIN_DEPS or head.head.i == head.i:
            return []
        head = head.head
    return []


def governing_verb(tok: Token) -> Token | None:
    """The verb or auxiliary a token hangs under, a few heads up at most; None at the root."""
    head = tok
    for _ in range(_MAX_HEAD_STEPS):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _child_phrase(with_tok: Token) -> bool:
    """The 'with' attaches to a having verb, 'gave birth', or a child noun: 'has a son, X, with Y',
    'her children with ex-husband Y', 'welcomed X with partner Y'; a 'by' to 'have' or a child
    noun ('had a son, X, by his first wife, Y')."""
    head = with_tok.head
    verbs = _CHILD_VERBS if with_tok.lower_ == "with" else _BEGETTING_VERBS
    for _ in range(_MAX_HEAD_STEPS):
        lemma = head.lemma_.lower()
        if with_tok.lower_ == "by" and any(c.dep_ == "auxpass" for c in head.children):
            return False  # 'a son raised by Y': not the mother
        if lemma in verbs or lemma in CHILD_NOUNS or head.lower_ in {"children", "kids"}:
            return True
        if lemma == "give" and any(c.lower_ == "birth" for c in head.children):
            return True  # 'gave birth to son X with then-husband Y'
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return False
        head = head.head
    return False


def with_co_parents(disc: Discourse, sent: Span, facts: list[RawFact]) -> list[RawFact]:
    """'X has a daughter, A, with his first wife, Y' / 'X welcomed A and B with partner Y' /
    'X has a son, A, with the painter Y': Y is the other parent of the children X got in the
    sentence before the 'with'."""
    if _WITH_BY.isdisjoint(sentence_words(sent)):
        return []
    extra: list[RawFact] = []
    have = {(f.subject, f.object) for f in facts if f.relation == "parent"}
    lower, doc = tokens_of(sent.doc).lower, sent.doc
    withs = (doc[i] for i in range(sent.start, sent.end) if lower[i] in {"with", "by"})
    start, told = sent.start, set[int]()  # children another 'with' of the sentence is about
    for with_tok in (t for t in withs if _child_phrase(t) and not _along(t)):
        before = {m.person for m in disc.people.within(start, with_tok.i)} - told
        before |= _listed_after(disc, sent, with_tok)
        for parent, other in _with_pairs(disc, sent, with_tok, facts):
            for p, child in list(have):
                if p == parent and child in before and child != other:
                    extra.append(RawFact("parent", other, child, sent, 0.7))
                    have.add((other, child))
        start, told = with_tok.i + 1, told | before
    return extra


def _listed_after(disc: Discourse, sent: Span, with_tok: Token) -> set[int]:
    """'had three children with Y, A, B and C', 'two sons with her: A and B': right after a
    plural child noun, the 'with' phrase comes before the list of the children it is about
    (up to the next 'with', which may name another parent)."""
    doc = sent.doc
    noun = doc[with_tok.i - 1] if with_tok.i > sent.start else None
    if noun is None or noun.tag_ != "NNS" or (
        noun.lemma_.lower() not in CHILD_NOUNS and noun.lower_ not in {"children", "kids"}
    ):
        return set()
    end = next((t.i for t in doc[with_tok.i + 1 : sent.end] if t.lower_ == "with"), sent.end)
    other = _with_object(disc, sent, with_tok)
    if other is None:
        return set()  # 'four children by two women: A, mother to B; and C, ...': no one parent
    return {m.person for m in disc.people.within(with_tok.i + 1, end)} - {other}


def _along(with_tok: Token) -> bool:
    """'Ada, 6, along with Emeka, 3': company (or one more item), not the other parent."""
    i = with_tok.i
    return i > sentence_start(with_tok) and with_tok.doc[i - 1].lower_ in _ALONG


def with_before_child(disc: Discourse, sent: Span, facts: list[RawFact]) -> list[RawFact]:
    """"X's first child with Y, Z, was born', "X's two children with Y, A and B": Y, named
    after 'with' between the child noun and the children, is their other parent."""
    if _WITH.isdisjoint(sentence_words(sent)):
        return []
    doc, table = sent.doc, tokens_of(sent.doc)
    extra: list[RawFact] = []
    for i in range(sent.start + 1, sent.end):
        if table.lower[i] != "with" or table.lemma[i - 1] not in CHILD_NOUNS:
            continue
        other = _partner_named_at(disc, sent, i + 1)
        if other is None or other.end >= sent.end or doc[other.end].text != ",":
            continue
        group = next(iter(disc.groups(sent, other.end + 1, sent.end)), None)
        if group is None or group.start != other.end + 1:
            continue
        for child in group.persons:
            parents = {f.subject for f in facts if f.relation == "parent" and f.object == child}
            if parents and other.person not in parents and other.person != child:
                extra.append(RawFact("parent", other.person, child, sent, 0.7))
    return extra


_BEFORE_PARTNER = frozenset({"her", "his", "their", "ex", "-", "former", "then"})


def _partner_named_at(disc: Discourse, sent: Span, i: int) -> Mention | None:
    """The name at token i, past 'her ex-husband', 'his partner' ('children with ex-husband
    Y, A and B')."""
    doc = sent.doc
    while i < sent.end and (doc[i].lower_ in _BEFORE_PARTNER
                            or (kin_of(doc[i]) or ("",))[0] in _COUPLE):
        i += 1
    mention = disc.people.at(i) if i < sent.end else None
    return mention if mention is not None and mention.start == i else None


def _with_pairs(
    disc: Discourse, sent: Span, with_tok: Token, facts: list[RawFact]
) -> list[tuple[int, int]]:
    """(parent, other parent): a couple the sentence names with the other after 'with', else
    the clause's subject and the person the 'with' phrase names."""
    phrase_end = min(sent.end, with_tok.i + 9)
    phrase_end = next((t.i for t in sent.doc[with_tok.i + 1 : phrase_end]
                       if t.lower_ == with_tok.lower_), phrase_end)  # up to the next 'with'
    after = {m.person for m in disc.people.within(with_tok.i + 1, phrase_end)}
    pairs = [
        (parent, other)
        for f in facts
        if f.relation in _COUPLE and f.object is not None
        for parent, other in ((f.subject, f.object), (f.object, f.subject))
        if other in after and parent not in after
    ]
    if pairs:
        return pairs
    other = _with_object(disc, sent, with_tok)
    subjects = clause_subject(disc, sent, with_tok) or []
    if not subjects and other is not None and (verb := governing_verb(with_tok)) is not None:
        subjects = chained_subject(disc, sent, verb)  # 'X married Y and had sons with her, ...'
    if other is None and _unnamed_spouse(sent, with_tok):
        return _spouses_of(subjects, facts)  # 'X, married to Y, has two sons with his wife: ...'
    return [(s, other) for s in subjects if other is not None and s != other]


def _unnamed_spouse(sent: Span, with_tok: Token) -> bool:
    """'with his wife:' / 'with her husband:': a spouse noun the phrase does not name."""
    words = [t for t in sent.doc[with_tok.i + 1 : min(sent.end, with_tok.i + 5)]]
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    if colon is None or colon < 2 or words[0].tag_ != "PRP$":
        return False
    kin = kin_of(words[colon - 1])
    return kin is not None and kin[0] == "spouse"


def _spouses_of(subjects: list[int], facts: list[RawFact]) -> list[tuple[int, int]]:
    """(subject, spouse) for each subject the sentence marries to exactly one person."""
    pairs: list[tuple[int, int]] = []
    for s in subjects:
        spouses = {f.object if f.subject == s else f.subject for f in facts
                   if f.relation == "spouse" and s in (f.subject, f.object)}
        pairs += [(s, o) for o in spouses if o is not None] if len(spouses) == 1 else []
    return pairs


def _with_object(disc: Discourse, sent: Span, with_tok: Token) -> int | None:
    """The person a 'with' phrase names: 'with the painter Y', 'with his ex Y', 'with her' (the
    woman the pronoun stands for)."""
    nxt = sent.doc[with_tok.i + 1] if with_tok.i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ in {"her", "him"} and nxt.dep_ == "pobj":
        people = disc.refer(nxt, sent)
        return people[0] if len(people) == 1 else None
    for tok in sent.doc[with_tok.i + 1 : min(sent.end, with_tok.i + 6)]:
        if (mention := disc.people.at(tok.i)) is not None and mention.start == tok.i:
            return mention.person
        if tok.pos_ in {"VERB", "AUX", "PUNCT", "ADP", "CCONJ"}:
            return None
    return None


def custody_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """'X was granted custody of A and her brother, B, from Y' / 'X shares custody of A with
    Y': A and B are the children of X and of Y."""
    if CUSTODY_NOUNS.isdisjoint(sentence_words(sent)):
        return []
    doc = sent.doc
    facts: list[RawFact] = []
    lower = tokens_of(doc).lower
    for tok in (doc[i] for i in range(sent.start, sent.end) if lower[i] in CUSTODY_NOUNS):
        of = tok.i + 1
        if of >= sent.end or doc[of].lower_ != "of":
            continue
        end = next((t.i for t in doc[of + 1 : min(sent.end, of + 14)]
                    if t.lower_ in {"from", "with", "(", ";"}), None)
        if end is None or doc[end].lower_ not in {"from", "with"}:
            facts += _custody_of_own(disc, sent, tok)
            continue  # the children's list ends at the other parent's preposition
        children = list(dict.fromkeys(m.person for m in disc.people.within(of + 1, end)))
        other = _with_object(disc, sent, doc[end])
        parents = (clause_subject(disc, sent, tok) or []) + ([other] if other is not None else [])
        facts += [RawFact("parent", p, c, sent, 0.7) for p in parents for c in children if p != c]
    return facts


_DASHES = frozenset({"—", "–", "-"})


def _custody_of_own(disc: Discourse, sent: Span, custody: Token) -> list[RawFact]:
    """'X asked for joint custody of their boys A, 10, and B, 7': A and B are children of the
    clause's subject, whose other parent the phrase does not name."""
    doc = sent.doc
    j = custody.i + 2
    if j >= sent.end or doc[j].tag_ != "PRP$":
        return []
    j += 1
    while j < sent.end and (doc[j].like_num or doc[j].pos_ == "ADJ"):
        j += 1  # 'their two young sons'
    if j >= sent.end or kin_of(doc[j]) != ("parent", "forward"):
        return []
    # the list ends at a verb, a bracket or the dash that closes '— A, 8, and B, 3 —'
    dash = j + 1 < sent.end and doc[j + 1].text in _DASHES
    stop = next((t.i for t in doc[j + 1 + dash : sent.end]
                 if t.pos_ in {"VERB", "AUX"} or t.text in {"(", ";", ":"}
                 or (dash and t.text in _DASHES)), sent.end)
    children: list[int] = []
    for m in disc.people.within(j + 1, stop):
        if m.end < sent.end and doc[m.end].pos_ in {"VERB", "AUX"}:
            break  # ', and Y agreed': the subject of the next clause, no child
        children += [m.person] if m.person not in children else []
    verb = governing_verb(custody)
    if not children or verb is None:
        return []
    parents = clause_subject(disc, sent, custody) or chained_subject(disc, sent, verb)
    return [RawFact("parent", p, c, sent, 0.7) for p in parents for c in children if p != c]

