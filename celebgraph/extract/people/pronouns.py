"""Who 'he', 'she', 'his', 'her' and 'him' mean.

The person of the right gender who is most in focus: the subject of the pronoun's own clause
('Nora Hale leaves behind two grandsons, Leo and Sam, and her brother' → Nora), else the nearest
person named before it in the sentence, else the subject of the previous sentences, else the
latest person of that gender named in the scope. Never someone named as a child in a kin list
('shares son Leo with her ex': not Leo), and not, by default, a person who only reports the
story (a spokesman, 'her lawyer, X, declined to comment').
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.lexicons import KIN_NOUNS
from celebgraph.extract.people.gender import noun_gender, pronoun_gender
from celebgraph.extract.tokens import parsed, reading_cache, sentence_at, tokens_of

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse
    from celebgraph.extract.people.mentions import Mention

__all__ = [
    "before_aside",
    "before_parenthesis",
    "clause_subject",
    "coordinated_with_stranger",
    "means_unnamed_kin",
    "mourned_possessor",
    "resolve_singular",
    "subject_around",
]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MOURNING_VERBS = frozenset({"survive", "predecease", "precede"})
_FRONTED = frozenset({"prep", "advcl", "npadvmod"})  # a phrase before the subject
_OBJECTS = frozenset({"pobj"})  # not "Born X, he ...": the name he was born with
Fits = Callable[[int | None], bool]
_LOOK_BACK = 60  # tokens before the sentence searched for a person of the right gender


def clause_subject(disc: Discourse, token: Token, sent: Span) -> int | None:
    """The person who is the subject of the nearest clause around ``token`` (not containing it);
    after the token too when the token's phrase is fronted ('On his wedding day, Tom was ...')."""
    if not parsed(disc.doc) or (found := subject_around(token, sent)) is None:
        return None
    persons = disc.refer(found[1], sent) or _beside_singular(disc, found[1], token)
    return persons[0] if persons else None


def subject_around(token: Token, sent: Span) -> tuple[Token, Token] | None:
    """The head of the nearest clause around ``token`` with a subject that does not contain
    the token ('his wife' in 'X and his wife' is inside its own), and that subject."""
    doc, t = token.doc, tokens_of(token.doc)
    by_head = _subjects_by_head(doc)
    node = token.i
    for _ in range(10):
        if t.head[node] == node or not sent.start <= t.head[node] < sent.end:
            return None
        node = t.head[node]
        for c in by_head.get(node, ()):  # the subjects among its children, in order
            subject = doc[c]
            if not subject.left_edge.i <= token.i <= subject.right_edge.i:
                return doc[node], subject
    return None


def _subjects_by_head(doc: Doc) -> dict[int, list[int]]:
    """Token → its children labelled subjects, in text order (once per document read)."""
    cache = reading_cache(doc)
    found: dict[int, list[int]] | None = cache.get("subjects_by_head")
    if found is None:
        t = tokens_of(doc)
        found = cache["subjects_by_head"] = {}
        for i, (dep, head) in enumerate(zip(t.dep, t.head, strict=True)):
            if dep in _SUBJECTS and head != i:
                found.setdefault(head, []).append(i)
    return found


def resolve_singular(disc: Discourse, token: Token, sent: Span) -> list[int]:
    """The person a singular third-person pronoun means, or nobody; the subject of 'is
    survived by' / 'was predeceased by' is someone the text told died, the first of them
    ('Her son's wife, Y, looked after her. She was predeceased by ...': not Y)."""
    found = _resolve_singular(disc, token, sent)
    if not disc.dead or (found and found[0] in disc.dead) or not _mourned(token):
        return found
    gender = pronoun_gender(token)
    dead = [p for p in disc.dead if p not in disc.excluded and disc.genders.compatible(p, gender)]
    known = [p for p in dead if gender is not None and disc.genders.of(p) == gender]
    return (known or dead)[:1] or found  # the death an obituary tells first is its subject's


def _mourned(token: Token) -> bool:
    """The pronoun is the subject of 'survive' or 'predecease' / 'precede' with a 'by'."""
    verb = token.head
    return (token.dep_ in _SUBJECTS and verb.lemma_.lower() in _MOURNING_VERBS
            and any(c.dep_ == "agent" for c in verb.children))


def _resolve_singular(disc: Discourse, token: Token, sent: Span) -> list[int]:
    gender = pronoun_gender(token)
    genders = disc.genders
    speakers = _speakers_of_quote(disc, token)

    def fits(person: int | None) -> bool:
        return (
            person is not None
            and person not in disc.excluded
            and person not in disc.sources
            and person not in speakers
            and genders.compatible(person, gender)
        )

    partner = _coordinated(disc, token, sent)
    if partner == _UNKNOWN:
        return []  # 'his manager, Ilan Shore, and his wife': a name we do not know as a person
    if partner is not None and partner not in disc.excluded and genders.compatible(partner, gender):
        return [partner]  # 'X and his wife': X, even when X is named only to speak
    owner = _kin_owner_of_relative(disc, token, sent)
    if owner is not None and fits(owner):
        return [owner]  # 'his first wife, Y, whom he married': the kin noun's owner
    parallel = _parallel_possessive(disc, token, sent)
    if parallel is not None and fits(parallel):
        return [parallel]
    if means_unnamed_kin(disc, token, sent):
        return []  # "X's mother married her second husband": the mother, whom no name gives
    subject = clause_subject(disc, token, sent)
    if not fits(subject):
        subject = None
    others = _in_own_fronted_phrase(disc, token, gender)
    left = [p for p in _named_before(disc, token, sent) if fits(p) and p not in others]
    if subject is not None and genders.of(subject) is not None:
        return [subject]
    known = [p for p in left if genders.of(p) is not None]
    if known:
        return known[:1]
    if subject is not None:
        return [subject]
    last = disc.last_subject
    if left and gender is not None and fits(last) and last is not None and genders.of(last):
        return [last]  # 'her' after a name of unknown gender: the subject just told, a woman
    if left:
        return left[:1]
    if (clause := _controlled_clause(token)) and disc.people.within(*clause):
        # only the participle's objects stood before it: the person just told of, or no one
        return [last] if fits(last) and last is not None else []
    return _earlier(disc, sent, fits, _owns_kin(token))


def means_unnamed_kin(disc: Discourse, token: Token, sent: Span) -> bool:
    """The pronoun's clause has for subject a named person's kin noun of the pronoun's gender
    that stands for no one named ("X's mother married her second husband", "X's father, who
    lost his job"): the pronoun is that relative's, never X's."""
    gender = pronoun_gender(token)
    if gender is None or (found := subject_around(token, sent)) is None:
        return False
    node, subject = found
    if subject.lower_ in {"who", "that"} and node.dep_ == "relcl":
        subject = node.head
    named_owner = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or _possessive_pronoun(c, token))
                      for c in subject.children) and not _named_beside(disc, subject)
    return (named_owner and subject.lemma_.lower() in KIN_NOUNS
            and noun_gender(subject) == gender and not disc.refer(subject, sent))


def _named_beside(disc: Discourse, noun: Token) -> bool:
    """'His father, Ernesto Roe, captained ...': the kin noun has a name in apposition."""
    return any(c.dep_ == "appos" and disc.person_at(c) is not None for c in noun.children)


def _beside_singular(disc: Discourse, noun: Token, token: Token) -> list[int]:
    """"Tom's daughter Ivy compared him to ..., and her half-sister": the one person named
    beside a singular kin noun of the pronoun's gender before it (in apposition or run into
    it), whom the noun itself does not resolve to."""
    gender = pronoun_gender(token)
    if noun.i > token.i or noun.tag_ != "NN" or noun.lower_ not in KIN_NOUNS or gender is None:
        return []
    if noun_gender(noun) != gender:
        return []
    beside = {p for c in noun.children if c.dep_ in {"appos", "compound"} and c.i > noun.i
              and (p := disc.person_at(c)) is not None}
    return list(beside) if len(beside) == 1 else []


def _possessive_pronoun(owner: Token, token: Token) -> bool:
    """'Her mother wore it at her own wedding': the subject's possessor is the same possessive
    pronoun as the one read, a later possessive of its clause (an object pronoun, 'her mother
    drove her', never means the subject)."""
    return (owner.tag_ == "PRP$" and owner.i < token.i and token.dep_ == "poss"
            and owner.lower_ == token.lower_)  # 'their mother died in her sleep': not read


def _in_own_fronted_phrase(disc: Discourse, token: Token, gender: str | None) -> set[int]:
    """'Following his split from X, he married Y': the people a fronted phrase names beside a
    possessive of the subject pronoun's gender are the possessor's other party, not him; and
    'Born in 1932 to X and Y, she ...': a fronted phrase's prepositional objects are not she."""
    if gender is None or token.dep_ not in _SUBJECTS or not parsed(disc.doc):
        return set()
    others: set[int] = set()
    for phrase in token.head.children:
        if phrase.i >= token.i or phrase.dep_ not in _FRONTED:
            continue
        words = list(phrase.subtree)
        mentions = disc.people.within(words[0].i, words[-1].i + 1)
        if any(t.tag_ == "PRP$" and pronoun_gender(t) == gender for t in words):
            others |= {m.person for m in mentions}
        others |= {m.person for m in mentions if _an_object(disc.doc[m.start : m.end].root)}
    return others


def _an_object(head: Token) -> bool:
    """A name that is the object of a preposition, or an item of such a list."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in _OBJECTS


def _speakers_of_quote(disc: Discourse, token: Token) -> list[int]:
    """'"He brought his son to the set," Hartman said': inside a quotation the speaker is 'I',
    so 'he' and 'his' mean someone else."""
    quote = disc.quotes.around(token.i)
    if quote is None or quote.speaker is None or quote.speaker == token.i:
        return []
    return disc.refer(disc.doc[quote.speaker], sentence_at(disc.doc, quote.speaker))


def _parallel_possessive(disc: Discourse, token: Token, sent: Span) -> int | None:
    """'His parents, A and B, ran a bakery; his brothers, C and D, ...': a possessive repeated
    in one sentence means the same person as the first, when everyone named between them is
    the first one's kin (not the kin themselves, though nearer and of the same gender)."""
    if token.dep_ != "poss":
        return None
    t = tokens_of(sent.doc)
    first_at = next((i for i in range(sent.start, min(token.i, sent.end))
                     if t.lower[i] == token.lower_ and t.dep[i] == "poss"), None)
    first = None if first_at is None else sent.doc[first_at]
    if first is None or first.head.lemma_.lower() not in KIN_NOUNS:
        return None
    kin = first.head
    between = disc.people.within(first.i + 1, token.i)
    outside = any(not kin.left_edge.i <= m.start <= kin.right_edge.i for m in between)
    if not between or (outside and not _next_entry(disc.doc, token)
                       and not _one_mourning_list(first, token)):
        return None
    persons = disc.refer(first, sent)
    return persons[0] if len(persons) == 1 else None


def mourned_possessor(disc: Discourse, token: Token, sent: Span) -> int | None:
    """'survived by his wife, A, their children B and C, and his brother, D': a possessive
    that repeats the one opening the list of mourners is the deceased's, not the nearest
    name's (C's); None when the token is no such possessive."""
    if token.dep_ != "poss":
        return None
    t = tokens_of(sent.doc)
    first_at = next((i for i in range(sent.start, min(token.i, sent.end))
                     if t.lower[i] == token.lower_ and t.dep[i] == "poss"), None)
    if first_at is None or not _one_mourning_list(sent.doc[first_at], token):
        return None
    persons = disc.refer(sent.doc[first_at], sent)
    return persons[0] if len(persons) == 1 else None


def _one_mourning_list(first: Token, token: Token) -> bool:
    """Both possessives open entries of one 'survived by' / 'predeceased by' list ('survived
    by his wife, A, their children B and C, and his brother, D'): each is the deceased's."""
    verbs = [_mourning_verb(t) for t in (first, token)]
    return verbs[0] is not None and verbs[0] == verbs[1]


def _mourning_verb(token: Token) -> int | None:
    """The 'survive'/'predecease'/'precede' whose 'by' phrase holds the possessive's noun."""
    node = token.head
    while node.dep_ in _MOURNED_PATH and node.head.i != node.i:
        node = node.head
    return node.i if node.lemma_.lower() in _MOURNING_VERBS else None


_MOURNED_PATH = frozenset({"conj", "appos", "pobj", "prep", "agent", "cc"})
_MOURNING_VERBS = frozenset({"survive", "predecease", "precede"})


def _next_entry(doc: Doc, token: Token) -> bool:
    """'survived by her daughters, A (B) and C; her son, D; her sister, E': after a semicolon
    (and an 'and'), the possessive opens the next entry of the same person's kin."""
    j = token.i - 1
    if j >= 0 and doc[j].lower_ in {"and", "&"}:
        j -= 1
    return j >= 0 and doc[j].text == ";" and token.head.lemma_.lower() in KIN_NOUNS


_UNKNOWN = -1  # the pronoun's phrase is coordinated with a name that is nobody we know


def coordinated_with_stranger(disc: Discourse, token: Token, sent: Span) -> bool:
    """'The drummer of Velvet Harbor and his wife': the pronoun means the bearer of a name
    that is not a person we know, so it resolves to nobody, not to someone named earlier."""
    return _coordinated(disc, token, sent) == _UNKNOWN


def _coordinated(disc: Discourse, token: Token, sent: Span) -> int | None:
    """'Jean Roe and his wife': the person the pronoun's phrase is coordinated with;
    ``_UNKNOWN`` when that is a proper name the people finder did not take for a person (the
    pronoun means that name's bearer, never someone named earlier)."""
    j = token.i - 1
    if j > sent.start and disc.doc[j].lower_ == "and":
        j -= 1
        if j > sent.start and disc.doc[j].text == ",":
            j -= 1
        j = before_aside(disc, j, sent)
        mention = disc.people.at(j) or _relative_clause_owner(disc, j, sent)
        if mention is None:
            return _UNKNOWN if _a_name(disc.doc, j) else None
        if not disc.named_as_child(mention.start, sent) or _owns_a_partner(token):
            return mention.person  # 'her children, A and his wife, B; ...': A's wife
    return None


def before_aside(disc: Discourse, j: int, sent: Span) -> int:
    """A parenthesis or ", Y's son," (a named person's kin noun set between commas) ending at
    token ``j`` is an aside on the name before it: the token before the aside, else ``j``."""
    doc = disc.doc
    j = _before_maiden_name(doc, before_parenthesis(doc, j, sent), sent)
    if j - 3 <= sent.start or doc[j].lemma_.lower() not in KIN_NOUNS:
        return j
    k = j - 1
    while k > sent.start and (doc[k].pos_ == "ADJ" or doc[k].like_num):
        k -= 1  # ", Y's eldest son,"
    if doc[k].tag_ != "POS" or (mention := disc.people.at(k - 1)) is None:
        return j
    comma = mention.start - 1
    return comma - 1 if comma > sent.start and doc[comma].text == "," else j


def _before_maiden_name(doc: Doc, j: int, sent: Span) -> int:
    """'X, née Lund, and her husband': a maiden name set off by commas, ending at token ``j``,
    is an aside on the name before it: the token before its comma, else ``j``."""
    for k in range(j - 1, max(sent.start, j - 4), -1):
        if doc[k].lower_ in {"née", "nee"}:
            named = all(w.text[:1].isupper() for w in doc[k + 1 : j + 1])
            return k - 2 if named and k - 2 >= sent.start and doc[k - 1].text == "," else j
    return j


def before_parenthesis(doc: Doc, j: int, sent: Span) -> int:
    """'Jon Roe (Carl Roe's son) and his wife': a parenthesis ending at token ``j`` is an aside
    on the name before it; the token before its '(' (``j`` itself when no parenthesis ends
    there)."""
    if doc[j].text != ")":
        return j
    for k in range(j - 1, max(sent.start, j - 12), -1):
        if doc[k].text == "(":
            return k - 1 if k > sent.start else j
        if doc[k].text == ")":
            return j
    return j


def _owns_a_partner(token: Token) -> bool:
    """The pronoun is the possessor of a spouse or partner noun ('his wife')."""
    kin = KIN_NOUNS.get(token.head.lower_) if token.dep_ == "poss" else None
    return kin is not None and kin[0] in {"spouse", "partner", "engaged"}


def _kin_owner_of_relative(disc: Discourse, token: Token, sent: Span) -> int | None:
    """'his first wife, Y, whom he married in 1955': a pronoun subject of a relative clause on a
    possessed kin noun (or on the name in apposition to it) means that noun's possessor."""
    verb = token.head
    if token.dep_ not in _SUBJECTS or verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.dep_ == "appos" and disc.person_at(noun) is not None:
        noun = noun.head
    if noun.lower_ not in KIN_NOUNS and noun.lemma_.lower() not in KIN_NOUNS:
        return None
    possessive = next((c for c in noun.children if c.dep_ == "poss" and c.i != token.i), None)
    if possessive is None:
        return None
    found = disc.refer(possessive, sent)
    return found[0] if len(found) == 1 else None


def _relative_clause_owner(disc: Discourse, j: int, sent: Span) -> Mention | None:
    """'son of X (1931–2004), who reigned for 42 years, and his wife': a relative clause that
    ends at token j describes the name before its 'who'; the pronoun after it means that name."""
    doc = disc.doc
    for k in range(j, max(sent.start + 1, j - _RELATIVE_REACH), -1):
        if doc[k].lower_ in {"who", "whom", "whose"} and doc[k - 1].text == ",":
            m = k - 2
            if m > sent.start and doc[m].text == ")":
                m = next((x - 1 for x in range(m, max(sent.start, m - 8), -1)
                          if doc[x].text == "("), m)
            return disc.people.at(m)
        if doc[k].lower_ in {"and", ";"}:
            return None
    return None


_RELATIVE_REACH = 15


def _a_name(doc: Doc, j: int) -> bool:
    """Token ``j`` ends a proper name: a run of proper nouns after no determiner (not 'the
    Tonywinner', a description the tagger calls a proper noun)."""
    k = j
    while k >= 0 and doc[k].pos_ == "PROPN":
        k -= 1
    return k < j and (k < 0 or doc[k].tag_ != "DT")


def _named_before(disc: Discourse, token: Token, sent: Span) -> list[int]:
    """Persons named in the sentence before the token, nearest first, children of a kin list
    left out, and for a pronoun outside quotation marks, people named only inside them."""
    persons: list[int] = []
    own_quote = disc.quotes.around(token.i)
    controlled = _controlled_clause(token)
    for m in reversed(disc.people.within(sent.start, token.i)):
        if m.person in persons or (disc.named_as_child(m.start, sent)
                                   and not disc.subject_child(m.start, token)):
            continue
        if controlled is not None and controlled[0] <= m.start < controlled[1]:
            continue  # 'Born in Leeds to Ada Finch, she ...': she is not Ada
        if own_quote is None and disc.quotes.around(m.start) is not None:
            continue  # '"My mother, Ada, fed the street," she says': she is not Ada
        persons.append(m.person)
    return persons


def _controlled_clause(token: Token) -> tuple[int, int] | None:
    """The tokens of a fronted participle clause without a subject of its own whose subject the
    pronoun is ('Born to A and B, she ...', 'After marrying C, he ...'): a name inside it is
    that clause's object, never the pronoun (it would need 'herself')."""
    if token.dep_ not in _SUBJECTS:
        return None
    for child in token.head.children:
        if child.i > token.i:
            break
        # 'Born to A, she' (advcl) or 'After leaving B, she' (a preposition's -ing clause)
        verbs = [child] if child.dep_ == "advcl" else [
            c for c in child.children if child.dep_ == "prep" and c.dep_ in {"pcomp", "pobj"}]
        verb = next((verb for verb in verbs if _participle(verb)), None)
        if verb is None:
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if verb.lemma_ in _NAMING_PARTICIPLES:  # 'Born Ada Finch in Leeds, she': her own name
            start = next((t.i for t in verb.doc[verb.i : end] if t.pos_ == "ADP"), end)
        return start, end
    return None


_NAMING_PARTICIPLES = frozenset({"bear", "name", "christen", "call"})


def _participle(verb: Token) -> bool:
    """A participle with no subject of its own: 'born', 'leaving' (the small model also tags a
    gerund after 'after' a noun: 'splitting' with no determiner is still the -ing verb)."""
    gerund = verb.lower_.endswith("ing") and verb.pos_ == "NOUN" and not any(
        c.dep_ in {"det", "poss"} for c in verb.children)
    return (verb.tag_ in {"VBN", "VBG"} or gerund) and not any(
        c.dep_ in _SUBJECTS for c in verb.children)


def _rivalled(disc: Discourse, last: int, fits: Fits) -> bool:
    """A rival named beside the last subject (``Discourse.rivals``) has its gender."""
    gender = disc.genders.of(last)
    return gender is not None and any(fits(r) and disc.genders.of(r) == gender
                                      for r in disc.rivals)


def _owns_kin(token: Token) -> bool:
    """'his sons', 'her husband': a possessive pronoun of a kin noun."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in KIN_NOUNS


def _earlier(disc: Discourse, sent: Span, fits: Fits, kin_owner: bool = False) -> list[int]:
    """Before the sentence: the last subject, unless the pronoun owns a kin noun and the last
    subject's sentence set a rival of the same gender beside it ('A and B met. His sons ...':
    nobody); else the latest earlier subject that fits; else the one of a couple just in focus
    who fits ('The couple welcomed a son. She filed for divorce from him'); else the most
    named fitting person of the last sentences."""
    last = disc.last_subject
    if last is not None and fits(last):
        return [] if kin_owner and _rivalled(disc, last, fits) else [last]
    for subject in reversed(disc.subjects):
        if fits(subject) and disc.genders.of(subject) is not None:
            return [subject]
    couple = [p for p in disc.last_couple or () if fits(p)] if disc.recent_couple(sent) else []
    if len(couple) == 1:
        return couple
    start = max(disc.scope_start, sent.start - _LOOK_BACK)
    recent = {m.person for m in disc.people.within(start, sent.start)}
    fitting = sorted((p for p in recent if fits(p)), key=lambda p: -disc.people.persons[p].count)
    known = [p for p in fitting if disc.genders.of(p) is not None]
    return (known or fitting)[:1]
