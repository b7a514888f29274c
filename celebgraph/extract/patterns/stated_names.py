"""Words that say the name after them is another name of the person before them: a stage,
legal, birth, maiden or former name ("Ada Moss, who records as Addie", "Lio (born Lionel
Kray)", "Mae Ruiz (née Ortega)"). Each cue is a sequence of lower-case words; the name must
start right after it."""

from __future__ import annotations

__all__ = ["MAIDEN_CUES", "MARRIED_NAME_CUES", "STATED_NAME_CUES", "STATED_NAME_GLUE"]

STATED_NAME_CUES: tuple[tuple[str, ...], ...] = (
    ("records", "as"),
    ("performs", "as"),
    ("performed", "as"),
    ("recorded", "as"),
    ("sings", "as"),
    ("known", "as"),
    ("better", "known", "as"),
    ("known", "professionally", "as"),
    ("goes", "by"),
    ("went", "by"),
    ("was", "born"),
    ("born",),
    ("née",),
    ("nee",),
    ("formerly",),
    ("the", "former"),  # 'Mrs. Tom Pike, the former Ada Moss'
    ("real", "name"),
    ("birth", "name"),
    ("stage", "name"),
    ("real", "name", "is"),  # 'Roxy, whose real name is Margaret Olsen'
    ("birth", "name", "is"),
    ("legal", "name", "is"),
    ("real", "name", "was"),
    ("birth", "name", "was"),
    ("full", "name", "is"),  # 'Prince Ivo, whose full name is Ivo Karl Anton Emil'
    ("full", "name", "was"),
    ("full", "name", ":"),
    ("changed", "his", "name", "to"),  # 'Rudi Amsel legally changed his name to Rolf Amsel'
    ("changed", "her", "name", "to"),
)

# Cues that tell a married name only before a wife's style ("Ada Moss, now Mrs. Tom Pike"):
# 'now' before any other name is no name change ('Ada Moss, now Tom Pike's agent').
MARRIED_NAME_CUES = frozenset({"now"})

# What may stand between the person and the cue: punctuation, 'who', a form of 'be' and an
# appositive description ('Ada Moss, the country singer who records as Addie').
STATED_NAME_GLUE = frozenset({",", "(", "who", "is", "was", "the", "a", "an", "whose", "her",
                              "his", "also", ":", "legally", "officially", "later", "then",
                              "had"})

# Cues after which a lone surname is the maiden name ('Ada Pike, née Moss' → 'Ada Moss').
MAIDEN_CUES = frozenset({"née", "nee"})
