"""Words of a romance told as a noun: "A and B began an affair", "rekindled their romance".

Everything is lower case (lemmas for the verbs).
"""

from __future__ import annotations

from typing import Any

__all__ = ["DATING_PATTERNS", "ROMANCE_EVENT_NOUNS", "ROMANCE_START_VERBS", "ROMANCE_TOLD_VERBS"]

# 'A and B announced their relationship in April', 'confirmed their romance': the two are a
# couple, since a time the sentence does not tell (its date is the announcement's).
ROMANCE_TOLD_VERBS = frozenset({"announce", "confirm", "reveal", "acknowledge"})
# A romance noun that is the object of one of these verbs tells that two people were a couple.
ROMANCE_EVENT_NOUNS = frozenset({"affair", "romance", "relationship", "fling"})
ROMANCE_START_VERBS = frozenset(
    {"begin", "start", "have", "rekindle", "reignite", "resume", "revive", "spark", "strike",
     "carry", "conduct", "launch", "go"}
    | ROMANCE_TOLD_VERBS
)

# Dating told by a verb phrase whose words have other senses ('dates back', 'seeing a doctor',
# 'going out with friends', 'an item on the agenda'): spaCy ``Matcher`` patterns, each read as
# a partner event only when the parse names two people (``relations.roles.clause_pair``).
DATING_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # 'went on to date Y', 'she now dates Y' ('dated' and 'dating' are PARTNER_PHRASES)
    "date-verb": [[{"LOWER": {"IN": ["date", "dates"]}, "POS": "VERB"}]],
    # 'began seeing Y', 'has been seeing Y', 'is seeing Y'
    "seeing": [[{"LEMMA": {"IN": ["begin", "start", "keep", "be"]}}, {"LOWER": "seeing"}]],
    # 'has been going out with Y', 'was stepping out with Y'
    "going-out": [[{"LOWER": {"IN": ["going", "stepping"]}}, {"LOWER": "out"},
                   {"LOWER": "with"}]],
    # 'A and B were together for a year', 'were together from 2005 to 2009' (not 'were
    # together at the gala': a span or a time must follow)
    "together": [[{"LOWER": {"IN": ["were", "was"]}}, {"LOWER": "together"},
                  {"LOWER": {"IN": ["for", "from", "since", "until", "till", "before"]}}]],
    # 'A and B were an item', 'A became an item with B'
    "item": [[{"LEMMA": {"IN": ["be", "become"]}}, {"LOWER": "an"}, {"LOWER": "item"}]],
}
