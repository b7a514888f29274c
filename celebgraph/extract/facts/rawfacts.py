"""A fact as the rules read it: person indices of the document, not yet names."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

__all__ = ["RawFact"]


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
    # Another sentence the fact was read from: where its date or a person came from.
    also: Span | None = None
