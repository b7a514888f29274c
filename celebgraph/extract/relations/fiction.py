"""Roles in films and shows: 'X plays Marisol, whose son Teo ...', 'X played the daughter
of characters portrayed by A and B'. Characters and kin nouns that name a role state no family
fact of anyone real.

Read from the parse: the object of 'play'/'portray', or of 'as' after 'star'/'cast'/'play'
('stars as the mother of twins'), and an apposition of either ('cast as Julia, the mother').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.fiction import AS_ROLE_VERBS, ROLE_MODIFIERS, ROLE_VERBS
from celebgraph.extract.people.persons import People

__all__ = ["characters", "names_a_role"]


def names_a_role(tok: Token) -> bool:
    """The noun phrase of ``tok`` is a role an actor plays ('plays his onscreen wife')."""
    if any(c.lower_ in ROLE_MODIFIERS for c in tok.children):
        return True
    if tok.dep_ == "appos":
        tok = tok.head  # 'cast as Julia, the mother of twins'
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in ROLE_VERBS
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        # 'stars as X' (the tagger may call 'stars' a noun); 'acts such as X' gives examples
        such = tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "such"
        return not such and tok.head.head.lemma_.lower() in AS_ROLE_VERBS
    return False


def characters(doc: Doc, people: People) -> set[int]:
    """People the text introduces as a role ('Lund plays Marisol, ...'; later 'Marisol
    tries ...' is the same character): their first mention is a role."""
    first: dict[int, bool] = {}
    for m in people.mentions:  # in text order
        if m.person not in first:
            first[m.person] = names_a_role(doc[m.start : m.end].root)
    return {p for p, role in first.items() if role}
