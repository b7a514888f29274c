"""A relationship timeline: a line that opens with a date and a colon heads a paragraph whose
first sentence tells the heading's event without a date. Text and people invented for these
tests."""

from __future__ import annotations

from test_relations import key, read

TIMELINE = """Tobias Wren and Mara Quint are going their separate ways.

2009: They meet on a film set
Wren and Quint first crossed paths while filming a thriller in Oslo.

2012: Wedding bells
Three years later, the two were married in a small ceremony in Bergen.

December 2017: Wren proposes again
Wren popped the question during a hiking trip in the Alps. Quint said yes at once.

2020: A party on hold
The couple postponed their planned summer wedding twice.

September 18, 2021: Nadia Brooks and Leon Voss tie the knot
The pair married at a palace in Sintra. Brooks's sister, Ada Brooks, was maid of honor.
"""


def test_a_dated_heading_dates_the_event_below_it() -> None:
    facts = read(TIMELINE, published="2025-03-03", only=("engaged", "spouse"))
    assert key("engaged", "Tobias Wren", "Mara Quint", "2017-12") in facts
    assert key("spouse", "Nadia Brooks", "Leon Voss", "2021-09-18") in facts


def test_later_under_a_heading_counts_from_the_date_before_it() -> None:
    facts = read(TIMELINE, published="2025-03-03", only=("spouse",))
    assert key("spouse", "Tobias Wren", "Mara Quint", "2012") in facts


def test_a_heading_gives_no_date_to_another_relation() -> None:
    facts = read(TIMELINE, published="2025-03-03", only=("sibling",))
    assert facts == {key("sibling", "Nadia Brooks", "Ada Brooks", None)}
