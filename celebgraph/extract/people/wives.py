"""A wife written by her husband's full name: "Mrs. Tom Pike" is Tom Pike's wife, not Tom Pike.

Society pages and older news name a married woman by her husband's name after "Mrs." The
mention keeps the style ("Mrs. Tom Pike"), so that it is never read as the husband; she is
his wife. Her own name, when the text gives it ("Mrs. Tom Pike, the former Ada Moss"; "Ada
Moss, now Mrs. Tom Pike"), is another form of the same person (``stated_names``). A wife the
text names only through her husband is a person of that name, with her facts; resolution joins
her to his one wife of other articles (``graph.spouse_rules``). A given name of unknown gender
after "Mrs." is the husband's only when the text calls that full name a husband or "Mr."
("Mrs Anjali Rao" alone is her own name).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from celebgraph.extract.patterns.discourse_words import first_name_gender
from celebgraph.extract.patterns.names import HUSBAND_NAME_STYLES, STYLE_GENDERS
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import sentence_start, tokens_of

__all__ = ["husband_in", "mark_wives", "men_of", "styled_surname"]

# Words right before a full name that make it a man's: 'her husband, the chef Teo Pike', 'Mr.
# Teo Pike'.
_MAN_WORDS = frozenset({"husband", "groom", "mr", "mr."})
_WIFE_WORDS = frozenset({"wife", "widow"})  # 'the wife of Teo Pike'; also 'Teo Pike's wife'
_NEAR = 4  # tokens looked at before the name, within the sentence


def husband_in(form: str, men: AbstractSet[str] = frozenset()) -> str | None:
    """'Mrs. Tom Pike' → 'Tom Pike': the husband a wife's style names (a man's given name and
    a surname after 'Mrs.', or a full name ``men`` holds: one the text calls a husband or
    'Mr.'), else None ('Mrs. Ada Pike' is her own name)."""
    words = form.split()
    if len(words) < 3 or words[0].lower() not in HUSBAND_NAME_STYLES:
        return None
    name, gender = " ".join(words[1:]), first_name_gender().get(words[1].lower())
    return name if gender == "M" or (gender is None and name in men) else None


def men_of(doc: Doc) -> frozenset[str]:
    """The full names ``mark_wives`` found the text calling a man."""
    men: frozenset[str] = doc.user_data.get("celebgraph_men", frozenset())
    return men


def mark_wives(doc: Doc, mentions: list[Mention]) -> None:
    """Take the 'Mrs.' written right before a husband's full name into the mention: a man's
    given name, or a name of unknown gender the text also writes as a husband's ('Mrs. Teo
    Pike ... her husband, the chef Teo Pike')."""
    t = tokens_of(doc)
    men = frozenset(m.form for m in mentions if len(m.form.split()) > 1 and _called_a_man(doc, m))
    doc.user_data["celebgraph_men"] = men
    for m in mentions:
        before = m.start - 1
        if before < 0 or t.lower[before] not in HUSBAND_NAME_STYLES or not t.text[before].istitle():
            continue
        form = f"{t.text[before]} {m.form}"
        if husband_in(form, men) is not None:
            m.start, m.form = before, form


def _called_a_man(doc: Doc, m: Mention) -> bool:
    """A 'husband', 'groom', 'Mr.' or 'wife of' in the few words before the mention, in its
    sentence ('her husband, the chef Teo Pike', 'the wife of Teo Pike'), or 'her husband' or
    "'s wife" right after it ('Teo Pike, her husband'); never a mention right after 'Mrs.'."""
    t = tokens_of(doc)
    if m.start > 0 and t.lower[m.start - 1] in HUSBAND_NAME_STYLES:
        return False
    first = max(sentence_start(doc[m.start]), m.start - _NEAR)
    after = [t.lower[i] for i in range(m.end, min(len(doc), m.end + 3))]
    return (any(t.lower[i] in _MAN_WORDS or (t.lower[i] in _WIFE_WORDS and t.lower[i + 1] == "of")
                for i in range(first, m.start))
            or (after[:1] == [","] and after[2:] == ["husband"])
            or (after[:1] in (["'s"], ["’s"]) and after[1:2] in (["wife"], ["widow"])))


def styled_surname(doc: Doc, mention: Mention, full: str, fulls: set[str]) -> str:
    """Who a bare surname after a style means, given ``full``, the person it was resolved to:
    'Mrs. Pike' beside only a 'Tom Pike' is not he but his wife (written 'Mrs. Tom Pike' in
    ``fulls``) or else a person of her own, 'Mrs. Pike'; so is 'Mr. Pike' beside an 'Ada Pike'."""
    t = tokens_of(doc)
    before = mention.start - 1
    style = STYLE_GENDERS.get(t.lower[before]) if before >= 0 else None
    if style is None or full == mention.form or len(mention.form.split()) != 1:
        return full
    men = men_of(doc)
    gender = "F" if husband_in(full, men) else first_name_gender().get(full.split()[0].lower())
    if gender is None or gender == style:
        return full
    wives = sorted(f for f in fulls if husband_in(f, men) == full)
    return wives[0] if style == "F" and wives else f"{t.text[before]} {mention.form}"
