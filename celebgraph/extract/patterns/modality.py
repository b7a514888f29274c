"""Words the confidence features read: the relation words of each relation, and the cues that
make a relation word negated, hedged or not yet real (ConText-style triggers, backward scope).

Relation words are matched on the lower-case lemma's start ("marr" finds married, marriage,
remarried is not needed: the prefix is tested on the lemma). Cues are matched on the lower-case
form or lemma.
"""

from __future__ import annotations

__all__ = [
    "ATTACHED_CUES",
    "COUPLE_REFERENCES",
    "CUE_SCOPE",
    "DENIAL_VERBS",
    "DENYING_PHRASES",
    "FUTURE_CUES",
    "GOVERNING_CUES",
    "HEARSAY_WORDS",
    "HEDGE_CUES",
    "INTENTION_VERBS",
    "NEGATION_CUES",
    "NOT_YET_AUXILIARIES",
    "RELATION_WORDS",
    "SOURCE_NOUNS",
    "SPEECH_VERBS",
]

RELATION_WORDS: dict[str, tuple[str, ...]] = {
    "spouse": ("marr", "wed", "wife", "husband", "spouse", "nuptial", "knot", "widow", "vows"),
    "parent": (
        "son", "daughter", "child", "kid", "mother", "father", "mom", "mum", "dad", "parent",
        "baby", "born", "welcom", "birth", "stepson", "stepdaughter", "stepmother",
        "stepfather", "adopt", "grandson", "granddaughter", "twin",
    ),
    "born": ("born", "birth", "b.", "age", "turn", "aged", "year-old", "old"),
    "died": ("die", "dead", "death", "pass", "late", "kill", "d."),
    "divorce_filed": ("divorc", "file", "filing", "petition"),
    "separated": ("split", "separat", "break", "broke", "breakup", "part", "divorc", "end"),
    "engaged": ("engag", "fianc", "propos", "ring"),
    "partner": (
        "dat", "girlfriend", "boyfriend", "partner", "relationship", "romance", "together",
        "couple", "link", "love", "affair", "beau",
    ),
    "sibling": ("brother", "sister", "sibling", "twin", "sis", "bro"),
}

NEGATION_CUES = frozenset(
    {"not", "n't", "never", "no", "deny", "denied", "denies", "false", "neither", "nor",
     "without", "refute", "dismiss"}
)
HEDGE_CUES = frozenset(
    {"rumor", "rumour", "rumored", "rumoured", "reportedly", "allegedly", "alleged",
     "speculation", "speculate", "apparently", "may", "might", "could", "possibly", "perhaps",
     "supposedly", "claim", "whether", "if", "reported", "report", "gossip", "tabloid",
     "unconfirmed", "believe", "seem", "likely"}
)
FUTURE_CUES = frozenset(
    {"will", "'ll", "plan", "planning", "plans", "hope", "want", "wish", "going", "set",
     "upcoming", "soon", "future", "would", "intend", "expect", "expected", "due", "shall",
     "pregnant", "expecting", "dream", "someday", "one day"}
)
# Auxiliaries of a denied event word that put it in the future or a possible world: 'she will
# never marry again' denies no couple (``relations.denials``).
NOT_YET_AUXILIARIES = frozenset({"will", "would", "could", "might", "may", "shall", "wo", "'ll",
                                 "'d"})
# Verbs (lemmas) of a will or a vow: an event word in the infinitive below one is what someone
# means to do or not to do, no claim about a couple ('vowed never to marry again').
INTENTION_VERBS = frozenset({"vow", "swear", "promise", "pledge", "intend", "plan", "want",
                             "hope", "wish", "decide", "resolve", "refuse", "threaten"})
# Words just before a denied event word that mean the couple in focus: 'denies the couple split'.
COUPLE_REFERENCES = frozenset({"couple", "pair", "duo", "they", "their"})
# Verbs (lemmas) that deny what the clause below them reports: 'denied claims that they wed'.
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "debunk", "rubbish", "disprove"})
# Words (lemmas) that report a claim: the event below them is only as true as the report.
HEARSAY_WORDS = frozenset(
    {"claim", "report", "rumor", "rumour", "allege", "suggest", "speculate", "speculation"}
)
# How many tokens before a relation word a cue may stand ("are planning to marry").
CUE_SCOPE = 4

# How an article asserts a fact (``modality``), ConText-style: a cue and the scope it takes.
# GOVERNING_CUES (lemmas) take the clause they govern: the relation word must be the cue or
# below it in the parse ("denied that they wed", "rumors that she is dating", "is rumored to
# be dating", "fans speculated that they had wed").
GOVERNING_CUES: dict[str, frozenset[str]] = {
    "denied": DENIAL_VERBS,
    "rumored": frozenset({"rumor", "rumour", "rumored", "rumoured", "speculate", "speculation",
                          "gossip", "whisper"}),
}
# Phrasal verbs that deny what they govern ("shot down rumors that ..."): (lemma, particle).
DENYING_PHRASES = frozenset({("shoot", "down"), ("shut", "down"), ("knock", "down")})
# ATTACHED_CUES (lower-case words) take the clause of the word they attach to: the cue's head
# must be the relation word or above it ("reportedly married", "according to X, they wed").
ATTACHED_CUES: dict[str, frozenset[str]] = {
    "reported": frozenset({"reportedly", "allegedly", "purportedly", "supposedly",
                           "according", "apparently"}),
}
# A speech verb whose subject is a source takes the clause it governs as reported ("a source
# told People they are engaged", "insiders say they split"); the people themselves speaking
# ("she told People she married him") assert it.
SPEECH_VERBS = frozenset({"say", "tell", "claim", "report", "reveal", "suggest", "allege",
                          "dish", "spill", "insist"})
SOURCE_NOUNS = frozenset({"source", "insider", "report", "tabloid", "outlet", "pal", "friend",
                          "eyewitness", "onlooker", "witness", "spy", "tipster"})
