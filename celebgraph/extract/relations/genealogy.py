"""Genealogical notation inside prose sentences, read over the person mentions.

- a parenthesis after a name: "Imre Kovacs (1899 – 3 March 1970)", "(b. 1960)", "(d. 2004)",
  "(née Visser)", "(son of Ruth Vidal)";
- "born to a coal miner, Emrys Rees, and a nurse, Gwen Pryce": parents past descriptions;
- "the daughter of X by his second wife Y" / "of X and his first wife, Y": both parents, and
  X and Y spouses; "was born NAME ... as the daughter of X and Y": NAME is the child;
- a question heading and its answer: "Who are Selma Rudd's parents? / ... Aldo Rudd and Clara
  Fenn ...".

The small model's parse of these is unsteady (the second wife hangs as ``conj`` of "daughter",
"by" as ``prep`` of the copula; "Emrys Rees" as ``appos`` of "miner" and "nurse" as ``conj`` of
the name), so the second parent and the parents after "born to" are found on the token
sequence; the parse only names the child (the subject of "born" or of the copula, the noun a
kin phrase is in apposition to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from celebgraph.extract.dates.find import DateMention
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import CHILD_NOUNS, MARRY_VERBS
from celebgraph.extract.patterns.records import (
    ABBREVIATED_CHILD,
    CHILD_OF_WORDS,
    DENIAL_WORDS,
    MARRIAGE_WORDS,
    NEE_WORDS,
    ORDINALS,
    RECORD_KIN,
    SPOUSE_WORDS,
    TERM_WORDS,
)
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.known_names import doc_text
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.relations.clauses import main_verb_of_opening, name_before_verb
from celebgraph.extract.relations.kin_of import born_subject, chained_kin, placed_name
from celebgraph.extract.relations.notation import Paren, kin_relation, maiden_form, read_paren
from celebgraph.extract.tokens import sentence_at, sentence_start, sentence_words, tokens_of

__all__ = ["Notation"]

_LIFELONG_YEARS = 80  # a range this long is a life: no marriage in the news lasts so long

_LIST_END = frozenset({";", ":", ".", "who", "which", "whose", "where", "while", "but"})
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_STYLE_WORDS = frozenset({"the", "hon", "hon.", ".", "lady", "dame"})  # before a wife's name
_QUESTION_BE = frozenset({"is", "are", "was", "were"})
_ITEMS_BACK = 30  # tokens back from a list item to its child noun
_DESCRIPTION_WORDS = 5  # lowercase words between "daughter of" and a name: "the shipping magnate"


@dataclass(slots=True)
class _Question:
    """'Who are X's parents?': the person asked about and the kin word, for the answer."""

    person: int
    kin: str
    start: int  # the question's first token


# words before 'wife' in 'by his late wife Y', 'by his former second wife, Y'
_PAST_WIFE = frozenset({"late", "then", "former"})
# how far 'to' may stand after 'born': 'born in Lafayette, La., on March 3, 1937, to ...'
_BORN_TO_REACH = 16


class Notation:
    """Reads one document's notation sentence by sentence (a question waits for its answer)."""

    def __init__(self, disc: Discourse) -> None:
        self.disc = disc
        self.doc = disc.doc
        self.question: _Question | None = None

    def facts(self, sent: Span) -> list[RawFact]:
        facts = self._answer(sent)
        self.question = self._question(sent)
        for m in self.disc.people.within(sent.start, sent.end):
            facts += self._paren_facts(sent, m)
        words = sentence_words(sent)
        if "born" not in words and CHILD_OF_WORDS.isdisjoint(words):
            return facts  # neither loop below can start
        t = tokens_of(sent.doc)
        for i in range(sent.start, sent.end):
            if t.lower[i] == "born" and t.tag[i] == "VBN":
                facts += self._born_to(sent, sent.doc[i])
            elif t.lower[i] in CHILD_OF_WORDS and (of := self._of_after(sent, sent.doc[i])):
                facts += self._child_of(sent, sent.doc[i], of)
        return facts

    def _of_after(self, sent: Span, kin: Token) -> int | None:
        """The 'of' after a child word: 'daughter of', 'dau. of' (split 'dau' '.')."""
        i = kin.i + 1
        if i < sent.end and self.doc[i].text == "." and kin.lower_ in ABBREVIATED_CHILD:
            i += 1
        return i if i < sent.end and self.doc[i].lower_ == "of" else None

    def without_lifespans(self, sent: Span, dates: list[DateMention]) -> list[DateMention]:
        """The sentence's dates without those of lifespans after names: '(1899–1970)' dates
        no marriage of the sentence."""
        inside: list[tuple[int, int]] = []
        for m in self.disc.people.within(sent.start, sent.end):
            found = self._paren(sent, m)
            if found and (found[0].born or found[0].died):
                inside.append(found[1])
        return [d for d in dates if not any(a <= d.start < b for a, b in inside)]

    def _paren(self, sent: Span, m: Mention) -> tuple[Paren, tuple[int, int]] | None:
        """The parenthesis right after a mention, read; with its character span."""
        doc = self.doc
        opening = self._past_birth_name(sent, m.end)
        if opening >= sent.end or tokens_of(doc).text[opening] != "(":
            return None  # most names: no Token made
        close = next(
            (t.i for t in doc[opening + 1 : min(sent.end, opening + 30)] if t.text == ")"), None
        )
        if close is None:
            return None
        start, end = doc[opening].idx + 1, doc[close].idx
        paren = read_paren(doc_text(doc), start, end)
        if (paren.born or paren.died) and not self._lifespan_owner(sent, m, paren):
            paren.born = paren.died = None
        return paren, (start, end)

    def _past_birth_name(self, sent: Span, i: int) -> int:
        """'Edda Rowe, née Lund (1902 – 1988)': the token after a birth name that follows the
        name at token i (its lifespan comes after it), else i."""
        t = tokens_of(self.doc)
        k = i + 1 if i < sent.end and t.text[i] == "," else i
        if k >= sent.end or t.lower[k] not in NEE_WORDS or t.lower[k] == "born":
            return i
        k += 1
        while k < sent.end and k - i <= 5 and t.text[k][:1].isupper() and t.is_alpha[k]:
            k += 1
        return k if k < sent.end and t.text[k] == "(" and k > i + 2 else i

    def _lifespan_owner(self, sent: Span, m: Mention, paren: Paren) -> bool:
        """A bare year range belongs to the name before it, unless the sentence is about a
        marriage before that name ('was married to X (1994–2001) and to Y (2003–2010)': the
        ranges are the marriages; 'his wife, X (1905–1990)' is a lifespan), or a reign or a
        term of office ('King Olav (1957–1991)', 'coach Tom Hale (2004–2010)'). One-word names
        ('Moss, Ada Lee (1929–2003)', an inverted heading) are left alone, but for a child
        in a list ('three children: Al (1961–2010), Bo ...')."""
        if not (paren.born and paren.died):
            return True
        if len(self.doc[m.start : m.end]) < 2 and not self._child_item(sent, m):
            return False  # a one-word name is an item of a list of children ('sons: Al (b. ...'
        if self._marriage_of_range(sent, m, paren) is not None:
            return False  # 'was married to X (1994–2001)': the range is the marriage's
        term = self.doc[max(sent.start, m.start - 3) : m.start + 1]
        exact = len(paren.born) == 10  # '(28 April 1442 – 9 April 1483)' is a lifespan anyway
        return exact or not any(t.lower_ in TERM_WORDS for t in term)  # 'King Olav (1957–1991)'

    def _marriage_of_range(self, sent: Span, m: Mention, paren: Paren) -> Token | None:
        """The marriage word a range after a name dates ('was married to X (1994–2001)'),
        or None when the range is a life ('In 1948 X married Y (1906–1990)', 'daughter of X
        (1919–2004)'). A sentence that is only the list of spouses ('Ada Moss (Feb 1997 – Jan
        1998), Ivo Lund (...) and ...') takes the marriage word of the sentence before it when
        that one counts marriages ('She has been married three times.')."""
        assert paren.born and paren.died
        before = self.doc[sent.start : m.start]
        marriage = [t.i for t in before if t.lower_ in MARRIAGE_WORDS or t.lemma_ in MARRY_VERBS]
        if not marriage and self._only_items_before(sent, m):
            marriage = self._counted_marriage(sent)
        if not marriage:
            return None
        named = [n.start for n in self.disc.people.within(marriage[0], m.end)]
        dated = named and any(_YEAR.match(t.text) for t in self.doc[marriage[0] : named[0]])
        dated = dated or _dated_event(self.doc[marriage[0]])
        if dated or _lifelong(paren) or self._parent_of_child(m):
            return None
        return self.doc[marriage[0]]

    def _only_items_before(self, sent: Span, m: Mention) -> bool:
        """Nothing but earlier 'Name (range)' items and separators before the mention."""
        depth = 0
        for tok in self.doc[sent.start : m.start]:
            depth += (tok.text == "(") - (tok.text == ")")
            if not (depth or tok.text in {")", ",", ";"} or tok.lower_ in {"and", "&"}
                    or self.disc.people.at(tok.i)):
                return False
        return True

    def _counted_marriage(self, sent: Span) -> list[int]:
        """The marriage word of the sentence before, when it counts marriages ('has been
        married three times', 'was married twice')."""
        if sent.start == 0:
            return []
        before = sentence_at(self.doc, sent.start - 1)
        for tok in before:
            if tok.lemma_ in MARRY_VERBS and any(
                t.lower_ in {"times", "twice"} for t in self.doc[tok.i + 1 : before.end]
            ):
                return [tok.i]
        return []

    def _marrier(self, word: Token, sent: Span) -> list[int]:
        """Who married, by the parse: the subject of the marriage verb (or of the verb it is
        the participle of, 'has been married')."""
        subject = None
        for verb in (word, word.head):  # 'was married' is also parsed as 'was' + acomp
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None or word.dep_ not in {"acomp", "aux", "auxpass"}:
                break
        if subject is None:
            return []
        return self.disc.refer(subject, sentence_at(word.doc, word.i))[:1]

    def _parent_of_child(self, m: Mention) -> bool:
        """'married Y, daughter of (the magnate) X (1919–2004)': X is told as a parent, not as
        the one married, so the range is X's life."""
        j = m.start - 1
        while j > 0 and m.start - j <= _DESCRIPTION_WORDS and self.doc[j].is_lower:
            if self.doc[j].lower_ == "of":
                return self.doc[j - 1].lemma_.lower() in CHILD_NOUNS
            j -= 1
        return False

    def _child_item(self, sent: Span, m: Mention) -> bool:
        """The mention is an item of a list of children: back past other items, their
        parentheses and separators, a child noun ('three children: Al (1961–2010), Bo')."""
        depth, j = 0, m.start - 1
        while j >= sent.start and m.start - j <= _ITEMS_BACK:
            tok = self.doc[j]
            depth += (tok.text == ")") - (tok.text == "(")
            if depth == 0 and kin_of(tok) == ("parent", "forward"):
                return True
            if not (depth or tok.is_punct or tok.lower_ in {"and", "&"}
                    or self.disc.people.at(j)):
                return False
            j -= 1
        return False

    def _paren_facts(self, sent: Span, m: Mention) -> list[RawFact]:
        found = self._paren(sent, m)
        if found is None or m.person in self.disc.excluded:
            return []
        paren, _span = found
        if paren.birth_name:  # 'Lotte Brink (née Visser)': also known as Lotte Visser
            self._add_birth_name(m.person, doc_text(self.doc)[slice(*paren.birth_name)])
        if not (paren.born or paren.died) and (spans := self._range_marriage(sent, m)):
            return spans  # 'married three times: X (1950–1955), Y (1957–1970) and Z (...)'
        facts = [
            RawFact(relation, m.person, None, sent, 0.8, date=date)
            for relation, date in (("born", paren.born), ("died", paren.died))
            if date
        ]
        for kin, names in paren.kin:  # 'Tom Hale (son of Ruth Hale)'
            for name in names:
                other = self._person_in(*name)
                said = kin_relation(kin, other, m.person) if other is not None else None
                if said and other != m.person:
                    facts.append(RawFact(said[0], said[1], said[2], sent, 0.75))
        return facts

    def _range_marriage(self, sent: Span, m: Mention) -> list[RawFact]:
        """The marriage a range after a spouse's name spans, with whoever married: 'X was
        married to A (1950–1955), B (1957–1970) and C (1972–1990)' gives all three."""
        doc = self.doc
        close = next(
            (t.i for t in doc[m.end + 1 : min(sent.end, m.end + 30)] if t.text == ")"), None
        )
        if close is None:
            return []
        paren = read_paren(doc_text(doc), doc[m.end].idx + 1, doc[close].idx)
        if not (paren.born and paren.died):
            return []
        word = self._marriage_of_range(sent, m, paren)
        who = self._marrier(word, sent) if word is not None else []
        if not who or who[0] == m.person or word is None:
            return []
        relation = "partner" if word.lower_ == "dated" else "spouse"
        return [RawFact(relation, who[0], m.person, sent, 0.8, start=paren.born,
                        end=paren.died)]

    def _add_birth_name(self, person: int, name: str) -> None:
        entry = self.disc.people.persons[person]
        entry.forms.add(maiden_form(entry.name, name))

    def _person_in(self, start: int, end: int) -> int | None:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        found = self.disc.people.within(span.start, span.end) if span is not None else []
        return found[0].person if found else None

    def _person_at(self, i: int) -> Mention | None:
        m = self.disc.people.at(i)
        return m if m is not None and m.person not in self.disc.excluded else None

    def _born_to(self, sent: Span, born: Token) -> list[RawFact]:
        """'born (in Swansea) to a coal miner, X, and a nurse, Y': X and Y are the parents."""
        to = None
        for tok in self.doc[born.i + 1 : min(sent.end, born.i + _BORN_TO_REACH)]:
            if tok.lower_ == "to":
                to = tok
                break
            if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", "."}:
                return []
        child = self._subject_of(sent, born) if to is not None else []
        parents = self._listed_after(sent, to.i + 1) if to is not None else []
        if not child or not parents or set(child) & set(parents):
            return []
        return [RawFact("parent", p, child[0], sent, 0.75) for p in parents]

    def _listed_after(self, sent: Span, i: int) -> list[int]:
        """Up to two people named after token i, each past its description ('a nurse, Y',
        'X (1924–1993), a native of Hendon, and Y'), the second after 'and'."""
        persons: list[int] = []
        joined, j = True, i
        while j < sent.end and len(persons) < 2 and j - i < 30:
            tok = self.doc[j]
            m = self._person_at(j)
            if m is not None:
                if joined and self.doc[m.end : m.end + 1].text not in {"'s", "’s"}:
                    persons.append(m.person)
                joined, j = False, m.end
                continue
            if tok.text == "(":
                j = next((t.i for t in self.doc[j : sent.end] if t.text == ")"), sent.end)
            elif tok.lower_ in {"and", "&"}:
                joined = True
            elif (tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in {"named", "called"}) or (
                tok.lower_ in _LIST_END
            ):
                break  # 'born to X and raised by Y'
            elif not persons and tok.pos_ == "ADP":
                return []  # 'born to a family of farmers in Kent, Ann Roe said': no parent
            j += 1
        return persons

    def _subject_of(self, sent: Span, verb: Token) -> list[int]:
        """Who 'born' (or a copula) is said of: its subject, through 'who' to the noun."""
        subjects = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
        if not subjects and verb.i == sent.start and (named := self._person_at(verb.i + 1)):
            return [named.person]  # 'Born Ada Jane Roe in 1980 to A and his wife, B, she ...'
        if not subjects and (main := main_verb_of_opening(verb)) is not None:
            # 'Born ... to A and B, C studied law': the main clause's subject
            named = name_before_verb(self.disc, main)
            return [named.person] if named is not None else []
        if not subjects and verb.dep_ in {"acl", "relcl"}:
            subjects = [verb.head]
        if not subjects:
            return []
        subject = subjects[0]
        if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subject = verb.head
        return self.disc.refer(subject, sent)[:1]

    def _child_of(self, sent: Span, kin: Token, of: int) -> list[RawFact]:
        """'the daughter of X by his second wife Y', 'of X and his first wife, Y', 'of X and
        Y': both parents of the child the phrase describes, and X and Y spouses when she or he
        is called his wife or her husband."""
        first = next(
            (m for j in range(of + 1, min(sent.end, of + 4)) if (m := self._person_at(j))),
            None,
        )
        if first is None or self.doc[first.end : first.end + 1].text in {"'s", "’s"}:
            return []
        second, spouses = self._second_parent(sent, first.end)
        child = self._kin_child(sent, kin)
        parents = [first.person] + ([second] if second is not None else [])
        if (
            child is None
            or child in parents
            or (second is None and kin.lower_ not in ABBREVIATED_CHILD)
        ):
            return []  # one parent, 'the daughter of X', is the kin rules' reading
        facts = [RawFact("parent", p, child, sent, 0.75) for p in parents]
        if spouses:
            facts.append(RawFact("spouse", first.person, parents[1], sent, 0.75))
        return facts

    def _second_parent(self, sent: Span, j: int) -> tuple[int | None, bool]:
        """After the first parent: 'and Y', 'by Y', 'and/by his (second) wife(,) Y'."""
        doc = self.doc
        if j < sent.end and doc[j].text == "(":
            j = next((t.i + 1 for t in doc[j : sent.end] if t.text == ")"), sent.end)
        if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ == "by":
            j += 1  # 'of X, 3rd Baron Y (1889–1957), by his second wife'
        if j >= sent.end or doc[j].lower_ not in {"and", "by"}:
            return None, False
        k, spouses = j + 1, False
        if k < sent.end and doc[k].tag_ == "PRP$":
            k += 1
            while k < sent.end and (doc[k].lower_ in ORDINALS or doc[k].lower_ in _PAST_WIFE):
                k += 1
            if k >= sent.end or doc[k].lower_ not in SPOUSE_WORDS:
                return None, False
            spouses, k = True, k + 1
            k += k < sent.end and doc[k].text == ","
            while k < sent.end and self._person_at(k) is None and doc[k].lower_ in _STYLE_WORDS:
                k += 1  # 'his wife, the Hon. Y'
        m = self._person_at(k) if k < sent.end else None
        if m is None or doc[m.end : m.end + 1].text in {"'s", "’s"}:
            return None, False
        return m.person, spouses

    def _kin_child(self, sent: Span, kin: Token) -> int | None:
        """The person a 'daughter of' phrase describes: the subject of its copula, the name it
        is in apposition to, or the birth name in 'was born NAME ... as the daughter of'."""
        head = kin.head
        if kin.dep_ == "attr":
            found = self._subject_of(sent, head)
            return found[0] if found else None
        born = next((a for a in head.ancestors if a.lower_ == "born"), None)
        if kin.dep_ == "pobj" and head.lower_ == "as" and born is not None:
            # 'as' hangs on 'born' or on the place before it ('in Hobart as the daughter')
            named = self._person_at(born.i + 1)
            found = [named.person] if named else self._subject_of(sent, born)
            return found[0] if found else None
        if kin.dep_ == "appos":
            named = self._person_at(head.i)
            if named is not None and placed_name(self.disc, sent, named.start):
                # 'X was born in Lyon, France, the eldest son of A and B': not 'France'
                return next(iter(born_subject(self.disc, sent, kin)), None)
            if named is not None and (
                earlier := chained_kin(self.disc, sent, named.start, named.end, kin.i)
            ):
                return self._kin_child(sent, self.doc[earlier])  # 'X, grandson of A, son of C'
            return named.person if named else None
        return None

    def _question(self, sent: Span) -> _Question | None:
        """'Who are Selma Rudd's parents?', 'Who is Tomas Berg's wife' (a heading)."""
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ != "who":
            return None
        words = [t for t in sent if not t.is_space]
        if len(words) < 4 or words[1].lower_ not in _QUESTION_BE:
            return None
        for m in self.disc.people.within(sent.start, sent.end):
            if self.doc[m.end : m.end + 1].text not in {"'s", "’s"}:
                continue
            rest = [t.lower_ for t in self.doc[m.end + 1 : sent.end] if t.is_alpha or t.text == "-"]
            kin = " ".join(w for w in rest if w not in {"current", "new", "real"}).replace(
                " - ", "-"
            )
            if kin in RECORD_KIN:
                return _Question(m.person, kin, sent.start)
        return None

    def _answer(self, sent: Span) -> list[RawFact]:
        """The first people the answer to a question heading names are the kin it asks for."""
        question = self.question
        if question is None:
            return []
        if all(t.is_space for t in sent):
            self.question = question  # a blank line between question and answer
            return []
        if sent.text.strip().endswith("?"):
            return []
        for group in self.disc.groups(sent, sent.start, sent.end):
            named = {m.person for m in self.disc.people.within(group.start, group.end)}
            found = [p for p in group.persons if p in named and p != question.person]
            if not found:
                continue
            if any(
                t.dep_ == "neg" or t.lower_ in DENIAL_WORDS
                for t in self.doc[sent.start : group.start]
            ):
                return []  # 'X is single, but she dated Y': no answer
            if len(found) > 1 and not question.kin.endswith(("s", "children", "issue")):
                return []  # 'Who is X's wife?' answered with two names: not this reading
            evidence = self.doc[question.start : sent.end]
            facts = []
            for p in found:
                relation = kin_relation(question.kin, question.person, p)
                if relation:
                    facts.append(RawFact(relation[0], relation[1], relation[2], evidence, 0.65))
            return facts
        return []


def _lifelong(paren: Paren) -> bool:
    """'married Y (1906–1990)': 84 years is Y's life, not the marriage."""
    assert paren.born and paren.died
    return int(paren.died[:4]) - int(paren.born[:4]) >= _LIFELONG_YEARS


def _in_parenthesis(tok: Token) -> bool:
    """The token stands inside a parenthesis of its sentence."""
    depth = 0
    for t in tok.doc[sentence_start(tok) : tok.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _dated_event(word: Token) -> bool:
    """The marriage verb has its own date ('In 1948 X married Y (…)', 'Four years later he
    married Y (…)'), so a range after the spouse's name is the spouse's life."""
    verb = word.head if word.dep_ in {"aux", "auxpass"} else word
    for child in verb.children:
        if child.dep_ == "prep" and any(
            _YEAR.match(t.text) and not _in_parenthesis(t) for t in child.subtree
        ):
            return True  # 'married in 1948', not 'married to X (1950–1955)'

        if child.dep_ == "advmod" and child.lower_ in {"later", "earlier", "afterwards"}:
            return True
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True
    return False
