"""Words of a romance told as a noun: "A and B began an affair", "rekindled their romance".

Everything is lower case (lemmas for the verbs).
"""

from __future__ import annotations

__all__ = ["ROMANCE_EVENT_NOUNS", "ROMANCE_START_VERBS"]

# A romance noun that is the object of one of these verbs tells that two people were a couple.
ROMANCE_EVENT_NOUNS = frozenset({"affair", "romance", "relationship", "fling"})
ROMANCE_START_VERBS = frozenset(
    {"begin", "start", "have", "rekindle", "reignite", "resume", "revive", "spark", "strike",
     "carry", "conduct", "launch", "go"}
)
