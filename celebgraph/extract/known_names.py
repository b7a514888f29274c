"""A second pass over the mentions: names the document already gave, wherever they recur.

A name found once in a name slot is a name everywhere else; members of a list of names are
names; a headline's stray words are trimmed; a known name takes the surname written after it.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from celebgraph.extract.lexicons import CHILD_MODIFIERS, KIN_NOUNS, NAME_TITLES
from celebgraph.extract.mentions import Mention, is_name_token, names_a_seat

__all__ = ["add_known_forms", "doc_text", "drop_headline_junk", "extend_known"]


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("celebgraph_text")
    if cached is None:
        cached = doc.user_data["celebgraph_text"] = doc.text
    return str(cached)


def _in_headline(doc: Doc, m: Mention) -> bool:
    """True inside a title-case line with no closing punctuation (a headline or caption)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[m.start].idx) + 1
    end = text.find("\n", doc[m.end - 1].idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalized = sum(w[:1].isupper() for w in words)
    return (
        bool(words)
        and not line.endswith((".", "!", "?", '"', "”"))
        and capitalized >= 0.6 * len(words)
    )


def drop_headline_junk(doc: Doc, mentions: list[Mention]) -> None:
    """'Kim Doe Pressured' (a headline) → 'Kim Doe' when that shorter name is used elsewhere."""
    forms = Counter(m.form for m in mentions)
    for m in mentions:
        words = m.form.split()
        shortest = 1 if _in_headline(doc, m) else 2
        if len(words) > shortest and forms[m.form] == 1:
            for n in range(len(words) - 1, shortest - 1, -1):
                prefix = " ".join(words[:n])
                if forms[prefix] > 0:
                    m.form = prefix
                    m.end = m.start + n
                    break


def extend_known(doc: Doc, mentions: list[Mention]) -> None:
    """'Rose Nia' known, 'Rose Nia Doe' written: the untagged surname joins the mention."""
    forms = {m.form for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        end = m.end
        while (
            end < len(doc)
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and is_name_token(doc[end])
            and doc[end].ent_type_ not in {"GPE", "DATE"}
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
        if end > m.end and m.form in forms and not _in_headline(doc, m):
            m.end = end
            m.form = doc[m.start : end].text


def add_known_forms(doc: Doc, mentions: list[Mention]) -> None:
    """A name found once in a name slot ('son Milo') is a name wherever else it is written."""
    forms = {tuple(t.text for t in doc[m.start : m.end]): m.form for m in mentions}
    for m in list(mentions):  # 'Cross shares ...' after 'Ethan Cross': the surname alone
        parts = m.form.split()
        plain = not any(w.lower() in NAME_TITLES or w == "of" for w in parts)
        if len(parts) >= 2 and plain and (parts[-1],) not in forms:
            forms[(parts[-1],)] = parts[-1]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    at: dict[str, list[int]] = {}
    for tok in doc:
        at.setdefault(tok.text, []).append(tok.i)
    for words, form in sorted(forms.items(), key=lambda f: -len(f[0])):
        n = len(words)
        for i in at.get(words[0], []):
            same = tuple(t.text for t in doc[i : i + n]) == words
            if same and n > 1 and _covers_only_parts(mentions, i, i + n):
                _drop_within(mentions, taken, i, i + n)  # '[Travis] [Cole]' → 'Travis Cole'
            if (
                i + n <= len(doc)
                and not taken.intersection(range(i, i + n))
                and is_name_token(doc[i])
                and (n > 1 or _surname_slot(doc, i))
                and tuple(t.text for t in doc[i : i + n]) == words
                and not _inside_other_name(doc, i, n)
                and not names_a_seat(doc, i, i + n)
            ):
                mentions.append(Mention(i, i + n, form))
                taken.update(range(i, i + n))
    _add_list_members(doc, mentions, taken)
    mentions.sort(key=lambda m: m.start)


def _covers_only_parts(mentions: list[Mention], start: int, end: int) -> bool:
    """True when some mention lies in ``start:end`` and none runs outside it."""
    inside = [m for m in mentions if m.start < end and m.end > start]
    return bool(inside) and all(
        start <= m.start and m.end <= end and m.end - m.start < end - start for m in inside
    )


def _drop_within(mentions: list[Mention], taken: set[int], start: int, end: int) -> None:
    for m in [m for m in mentions if start <= m.start and m.end <= end]:
        mentions.remove(m)
    taken.difference_update(range(start, end))


def _surname_slot(doc: Doc, i: int) -> bool:
    """A lone known word as a name: a proper noun, or a sentence's first word before its verb
    ('Cross shares ...'); not 'Bright fans ...' for a Dana Bright."""
    if doc[i].pos_ == "PROPN":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].is_sent_start is True and nxt is not None and nxt.pos_ in {"VERB", "AUX"}


def _inside_other_name(doc: Doc, i: int, n: int) -> bool:
    """'the Wexham Rural Trust': a known single word inside a longer organisation's name."""
    if n > 1:
        return False  # a full name stays a name even where the NER mislabels a headline
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent.label_ in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"} and len(ent) > n
    return False


def _add_list_members(doc: Doc, mentions: list[Mention], taken: set[int]) -> None:
    """'Cleo, Milo, and a baby Juno': capitalised words listed before a person are names."""
    for m in list(mentions):
        j = m.start - 1
        while j >= 0 and (doc[j].lower_ in CHILD_MODIFIERS or doc[j].lower_ in {"a", "the"}):
            j -= 1
        if j < 1 or doc[j].lower_ != "and":
            continue  # a list ends in 'and'; 'In Toronto, Jane Doe ...' is no list
        while j >= 1 and doc[j].lower_ in {",", "and"}:
            k = j - 1 if doc[j - 1].lower_ != "," else j - 2
            if k < 0 or k in taken or not is_name_token(doc[k]) or doc[k].pos_ != "PROPN":
                break
            if doc[k].lower_ in NAME_TITLES or doc[k].lower_ in KIN_NOUNS:
                break  # 'the Crown Princess and Prince Erik', 'Wife and Kids': no names
            if k > 0 and doc[k - 1].tag_ == "IN":
                break  # 'a concert in Nashville, and Kerr ...': a place, not a list of names
            mentions.append(Mention(k, k + 1, doc[k].text))
            taken.add(k)
            j = k - 1
