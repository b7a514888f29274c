"""Words of acting: a name or a kin noun in these slots is a role, not a person's family."""

from __future__ import annotations

__all__ = ["AS_ROLE_VERBS", "CHARACTER_NOUNS", "ROLE_MODIFIERS", "ROLE_NOUNS", "ROLE_VERBS"]

# 'X plays Marisol', 'X portrayed the daughter of ...': the object is a character.
ROLE_VERBS = frozenset({"play", "portray", "voice", "depict"})
# 'X stars as the mother of twins', 'cast as Julia': the object of 'as' is a character.
AS_ROLE_VERBS = ROLE_VERBS | frozenset({"star", "cast", "appear", "return", "reprise", "act"})
# 'his onscreen wife', 'her TV daughter'.
ROLE_MODIFIERS = frozenset({"onscreen", "on-screen", "screen", "fictional", "tv", "movie"})
# 'his portrayal of Det. X', 'her role as X': the object of 'of' / 'as' is a character.
ROLE_NOUNS = frozenset({"portrayal", "role", "depiction", "impersonation", "characterization"})
# "X's character marries Y", 'marries Y's character': the event is a story's.
CHARACTER_NOUNS = frozenset({"character"})
