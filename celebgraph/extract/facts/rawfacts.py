"""A fact as the rules read it: person indices of the document, not yet names."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from spacy.tokens import Span

__all__ = ["RawFact"]


def _reading_module() -> str:
    """The last part of the name of the module whose code made the fact ('kinship',
    'records'): the caller of ``__init__``, two frames up from this default factory. The rule
    family is tagged here rather than at each of the rules' call sites, so a new rule module
    gets its own family without a change here; ``dataclasses.replace`` copies it."""
    return str(sys._getframe(2).f_globals.get("__name__", "")).rpartition(".")[2]


@dataclass(slots=True)
class RawFact:
    relation: str
    subject: int
    object: int | None
    sent: Span
    confidence: float
    date: str | None = None
    start: str | None = None
    end: str | None = None
    ended_by_death: bool = False  # 'his late wife': the marriage ends with a death date
    survivor: int | None = None  # 'X, the widow of Y': the other one's death ended it
    # 'born on Oct. 16' with no year: the year is the publication's, right only for a newborn
    year_of_publication: bool = False
    # Another sentence the fact was read from: where its date or a person came from.
    also: Span | None = None
    # The family of the rule that read it (its module): notation (records, genealogy, lead-in
    # lines) is read more reliably than prose; the confidence groups facts by it.
    rule: str = field(default_factory=_reading_module)
