"""Relations a sentence denies or only rumours: "they never married", "a rep denied that she
wed him", "her publicist denies the couple split", "she is rumored to be dating him".

The event rules drop an event word that is negated, under a denial or a rumour ("states no
event"); the article still said something about the couple, which the graph keeps as a
``denied`` or ``rumored`` claim that never becomes a relationship. These facts are read
apart from the stated ones and assembled apart (``facts.assemble.assemble_reading``), so that
a denial or rumour changes nothing the stated facts of the document are read from: the couple
in focus, the features, the confidence.
The couple is the one the clause of the event word names (the parse's subject and object),
else the only two people the sentence names, else the couple in focus when the sentence says
"the couple" or "they" just before the event word. A denial of what will or would happen,
or of what someone vows ("she will never marry again", "vowed never to marry him"), is no
claim about a couple (``facts.modality.about_the_future``).
"""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.modality import about_the_future, modality
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.modality import COUPLE_REFERENCES
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.roles import NOBODY, clause_pair, event_head
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed

__all__ = ["DENIABLE", "unstated_facts"]

# Event words whose relation a denial can take back, by trigger kind.
DENIABLE = {"marry": "spouse", "wedding": "spouse", "separate": "separated",
            "engage": "engaged", "partner": "partner"}
# The modalities read here: what the article says without stating it.
_UNSTATED = frozenset({"denied", "rumored"})
# The confidence a rule gives a denied couple read from the clause (as the event rules do).
_RULE_CONFIDENCE = 0.8


def unstated_facts(disc: Discourse, sent: Span, triggers: list[Trigger],
                   stated: list[RawFact]) -> list[RawFact]:
    """The couples of ``sent`` whose relation it denies or rumours, once each; not those the
    stated rules read from this sentence already (``stated``: their modality says so)."""
    if not parsed(sent.doc):
        return []
    seen = {(f.relation, frozenset((f.subject, f.object))) for f in stated if f.sent == sent}
    out: list[RawFact] = []
    for t in triggers:
        relation = DENIABLE.get(t.kind)
        if relation is None or modality(sent, relation) not in _UNSTATED:
            continue
        pair = _couple(disc, sent, t)
        if pair is None:
            continue
        key = (relation, frozenset(pair))
        if key not in seen:
            seen.add(key)
            out.append(RawFact(relation, pair[0], pair[1], sent, _RULE_CONFIDENCE))
    return out


def _couple(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """Whom the denied event word is about (see the module's docstring), or None."""
    head = event_head(sent, t)
    if about_the_future(head):
        return None
    pair = clause_pair(disc, sent, t)
    if pair == NOBODY:
        return None
    if pair is not None:
        return pair
    named = list(dict.fromkeys(p for tok in sent if (p := disc.person_at(tok)) is not None))
    if len(named) == 2:
        return named[0], named[1]
    before = sent.doc[max(sent.start, t.start - 3) : t.start]
    return disc.last_couple if any(tok.lower_ in COUPLE_REFERENCES for tok in before) else None
