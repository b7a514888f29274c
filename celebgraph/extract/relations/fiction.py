"""Roles in films and shows: 'X plays Marisol, whose son Teo ...', 'X played the daughter
of characters portrayed by A and B'. Characters and kin nouns that name a role state no family
fact of anyone real.

Read from the parse: the object of 'play'/'portray', or of 'as' after 'star'/'cast'/'play'
('stars as the mother of twins'), and an apposition of either ('cast as Julia, the mother').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.fiction import (
    AS_ROLE_VERBS,
    CHARACTER_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_VERBS,
)
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import tokens_of

__all__ = ["acted_event", "characters", "names_a_role"]


def names_a_role(tok: Token) -> bool:
    """The noun phrase of ``tok`` is a role an actor plays ('plays his onscreen wife')."""
    if any(c.lower_ in ROLE_MODIFIERS for c in tok.children):
        return True
    if tok.dep_ == "appos":
        tok = tok.head  # 'cast as Julia, the mother of twins'
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in ROLE_VERBS
    if (tok.dep_ == "pobj" and tok.head.lower_ in {"of", "as"}
            and tok.head.head.lemma_.lower() in ROLE_NOUNS):
        return True  # 'his portrayal of Det. X', 'her role as X'
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        # 'stars as X' (the tagger may call 'stars' a noun); 'acts such as X' gives examples
        such = tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "such"
        return not such and tok.head.head.lemma_.lower() in AS_ROLE_VERBS
    return _in_a_played_clause(tok)


def _in_a_played_clause(tok: Token) -> bool:
    """A word inside a relative clause on a played role: 'He played a salesman who strays
    from his new wife (Y)': the wife is the salesman's, a character too."""
    t = tokens_of(tok.doc)  # the first eight of ``tok.ancestors``, read from the table
    word = tok.i
    for _ in range(8):
        if t.head[word] == word:
            break
        word = t.head[word]
        role = t.head[word]
        if (t.dep[word] == "relcl" and t.dep[role] == "dobj"
                and t.lemma_lower[t.head[role]] in ROLE_VERBS):
            return True
    return False


def acted_event(word: Token) -> bool:
    """An event word of a story's plot: "X's character marries Y", 'marries a soldier played
    by Y', 'X and Y star as a married couple', 'X plays a widow who marries Y'."""
    if _in_a_played_clause(word) or _as_a_role(word):
        return True
    parties = [c for c in word.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(
        c.lemma_.lower() in CHARACTER_NOUNS
        or any(a.dep_ == "acl" and a.lemma_.lower() in ROLE_VERBS for a in c.children)
        for c in parties
    )


def _as_a_role(word: Token) -> bool:
    """The word sits in the 'as' phrase of 'star as', 'cast as' (the parse may hang the 'as'
    on the subject, so the word before it counts too)."""
    for n, above in enumerate(word.ancestors):
        if n >= 4:
            return False
        before = word.doc[above.i - 1] if above.i > 0 else above
        if above.lower_ == "as" and AS_ROLE_VERBS & {above.head.lemma_.lower(),
                                                     before.lemma_.lower()}:
            return True
    return False


def characters(doc: Doc, people: People) -> set[int]:
    """People the text introduces as a role ('Lund plays Marisol, ...'; later 'Marisol
    tries ...' is the same character): their first mention is a role."""
    first: dict[int, bool] = {}
    for m in people.mentions:  # in text order
        if m.person not in first:
            first[m.person] = names_a_role(doc[m.start : m.end].root) or _after_role_noun(
                doc, m.start, m.end
            )
    return {p for p, role in first.items() if role}


def _after_role_noun(doc: Doc, start: int, end: int) -> bool:
    """A name right after 'portrayal of' / 'role as', past an article, adjectives and a
    title ('his portrayal of the grumpy Det. X', where the parse breaks at the title's
    full stop); not a possessor ('her role as Y's wife': Y is real)."""
    if end < len(doc) and doc[end].tag_ == "POS":
        return False
    i = start - 1
    while i >= 0 and start - i <= 5 and (
        doc[i].pos_ in {"DET", "ADJ", "PROPN", "PUNCT"} and doc[i].text not in {",", ";", "("}
    ):
        i -= 1
    return (
        i >= 1 and doc[i].lower_ in {"of", "as"} and doc[i - 1].lemma_.lower() in ROLE_NOUNS
    )
