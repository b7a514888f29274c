"""A wife written by her husband's full name: "Mrs. Tom Pike" is Tom Pike's wife, not Tom Pike.

Society pages and older news name a married woman by her husband's name after "Mrs." The
mention keeps the style ("Mrs. Tom Pike"), so that it is never read as the husband; she is
his wife. Her own name, when the text gives it ("Mrs. Tom Pike, the former Ada Moss"; "Ada
Moss, now Mrs. Tom Pike"), is another form of the same person (``stated_names``). A wife the
text names only through her husband gets no facts, as a child with no name gets none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.patterns.discourse_words import first_name_gender
from celebgraph.extract.patterns.names import HUSBAND_NAME_STYLES, STYLE_GENDERS
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import tokens_of

__all__ = ["husband_in", "mark_wives", "styled_surname"]


def husband_in(form: str) -> str | None:
    """'Mrs. Tom Pike' → 'Tom Pike': the husband a wife's style names (a man's given name and
    a surname after 'Mrs.'), else None ('Mrs. Ada Pike' is her own name)."""
    words = form.split()
    if len(words) < 3 or words[0].lower() not in HUSBAND_NAME_STYLES:
        return None
    return " ".join(words[1:]) if first_name_gender().get(words[1].lower()) == "M" else None


def mark_wives(doc: Doc, mentions: list[Mention]) -> None:
    """Take the 'Mrs.' written right before a husband's full name into the mention."""
    t = tokens_of(doc)
    for m in mentions:
        before = m.start - 1
        if before < 0 or t.lower[before] not in HUSBAND_NAME_STYLES or not t.text[before].istitle():
            continue
        form = f"{t.text[before]} {m.form}"
        if husband_in(form) is not None:
            m.start, m.form = before, form


def styled_surname(doc: Doc, mention: Mention, full: str, fulls: set[str]) -> str:
    """Who a bare surname after a style means, given ``full``, the person it was resolved to:
    'Mrs. Pike' beside only a 'Tom Pike' is not he but his wife (written 'Mrs. Tom Pike' in
    ``fulls``) or else a person of her own, 'Mrs. Pike'; so is 'Mr. Pike' beside an 'Ada Pike'."""
    t = tokens_of(doc)
    before = mention.start - 1
    style = STYLE_GENDERS.get(t.lower[before]) if before >= 0 else None
    if style is None or full == mention.form or len(mention.form.split()) != 1:
        return full
    gender = "F" if husband_in(full) else first_name_gender().get(full.split()[0].lower())
    if gender is None or gender == style:
        return full
    wives = sorted(f for f in fulls if husband_in(f) == full)
    return wives[0] if style == "F" and wives else f"{t.text[before]} {mention.form}"
