"""A relationship timeline's dated headings: a line 'December 2017: X proposes' over a
paragraph whose first sentence tells that event without its date ('X popped the question
during a hiking trip in the Alps.'). The heading's date is the event's, for the relation the
heading's own event word names (a proposal → ``engaged``, 'They tie the knot' → ``spouse``
start); a fact of another relation, or one the sentence dates itself, keeps its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from celebgraph.extract.dates.match import DateMention
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.known_names import line_span
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import doc_text

__all__ = ["DatedHeading", "dated_heading"]

# the relation and date field each event word of a heading dates
_FIELDS = {
    "engage": ("engaged", "date"),
    "marry": ("spouse", "start"),
    "wedding": ("spouse", "start"),
    "partner": ("partner", "start"),
    "file": ("divorce_filed", "date"),
    "born": ("born", "date"),
    "birth": ("born", "date"),
    "birth_noun": ("born", "date"),
}


@dataclass(frozen=True, slots=True)
class DatedHeading:
    """A heading line's date and the (relation, field) pairs its event words date."""

    date: str
    fields: frozenset[tuple[str, str]]

    def fill(self, facts: list[RawFact], triggers: list[Trigger]) -> None:
        """Give the heading's date to the facts that have none of the relations both the
        heading and an event word of the sentence (``triggers``) name; a wedding noun there
        ('postponed their planned wedding') tells no wedding done."""
        told = self.fields & {_FIELDS[t.kind] for t in triggers
                              if t.kind in _FIELDS and t.kind != "wedding"}
        for raw in facts:
            for relation, name in told:
                if raw.relation == relation and getattr(raw, name) is None:
                    setattr(raw, name, self.date)


def dated_heading(
    sent: Span, mentions: list[DateMention], triggers: list[Trigger]
) -> DatedHeading | None:
    """The sentence is a line of its own that opens with a full date and a colon ('2015: They
    start dating', 'September 18, 2021: They tie the knot'), with an event word after it."""
    text = doc_text(sent.doc)  # spaCy's doc.text joins every token on each access
    start = sent.start_char
    end = start + len(text[start : sent.end_char].rstrip())  # sent.text, without joining it
    line_start, line_end = line_span(sent.doc, start)
    if text[line_start:start].strip() or text[end:line_end].strip() or "\n" in text[start:end]:
        return None
    first = next((m for m in mentions if m.value), None)
    if first is None or first.value is None or text[line_start:first.start].strip():
        return None
    if not text[first.end : end].lstrip().startswith(":"):
        return None
    fields = {_FIELDS[t.kind] for t in triggers if t.kind in _FIELDS}
    fields |= {_HEADING_WORDS[w.lemma_.lower()] for w in sent
               if w.lemma_.lower() in _HEADING_WORDS and w.idx > first.end}
    return DatedHeading(first.value, frozenset(fields)) if fields else None


# a heading's short words for an event ('X proposes', 'They start dating'); not a split, whose
# paragraph often tells a rumour ('2022: Split rumors swirl')
_HEADING_WORDS = {
    "propose": _FIELDS["engage"],
    "proposal": _FIELDS["engage"],
    "engagement": _FIELDS["engage"],
    "yes": _FIELDS["engage"],  # 'December 31, 2019: She says yes' over 'He proposed ...'
    "dating": _FIELDS["partner"],
}
