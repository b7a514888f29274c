"""Gold files (FACTS.md "Gold files") and the name matching that links predictions to them.

``load_gold`` reads a directory of gold JSON files into ``GoldDocument`` records keyed by their
``doc`` (the input file name); ``NameIndex`` tells which gold entity a predicted name stands for.

Examples
--------
>>> fold_name("Beyoncé Knowles-Carter's")
'beyonce knowles carter'
>>> NameIndex([GoldEntity("jz", "Jay-Z", ("Shawn Carter",))]).match("shawn carter")
'jz'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from celebgraph.errors import InputError
from celebgraph.models import RELATIONS

__all__ = [
    "DATE_KEYS",
    "GoldDocument",
    "GoldEntity",
    "GoldFact",
    "NameIndex",
    "fold_name",
    "load_gold",
]

DATE_KEYS = ("date", "start", "end")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """A person of a gold document: an id, the fullest name and the other forms used."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldFact:
    """A gold fact; ``subject``/``object`` are entity ids."""

    relation: str
    subject: str
    object: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None

    def dates(self) -> dict[str, str]:
        """The date fields the fact has."""
        return {k: v for k in DATE_KEYS if (v := getattr(self, k))}


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """The gold file of one document."""

    doc: str
    entities: tuple[GoldEntity, ...]
    facts: tuple[GoldFact, ...]
    published: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "gold") -> GoldDocument:
        """Build from a gold JSON object; raises ``InputError`` naming ``source`` when invalid."""
        try:
            entities = tuple(
                GoldEntity(str(e["id"]), str(e["name"]), tuple(map(str, e.get("aliases") or ())))
                for e in data["entities"]
            )
            facts = tuple(
                GoldFact(str(f["relation"]), str(f["subject"]), f.get("object"),
                         *(f.get(k) for k in DATE_KEYS))
                for f in data["facts"]
            )
            gold = cls(str(data["doc"]), entities, facts, data.get("published"))
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{source}: not a gold file (missing or malformed {exc})") from None
        gold._check(source)
        return gold

    def _check(self, source: str) -> None:
        ids = {e.id for e in self.entities}
        for fact in self.facts:
            if fact.relation not in RELATIONS:
                raise InputError(f"{source}: unknown relation {fact.relation!r}")
            for ref in (fact.subject, fact.object):
                if ref is not None and ref not in ids:
                    raise InputError(f"{source}: fact refers to unknown entity {ref!r}")


def load_gold(gold_dir: str | Path) -> dict[str, GoldDocument]:
    """Every ``GOLD_DIR/*.json`` by its ``doc``; raises ``InputError`` naming a bad file."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a directory of gold files")
    gold: dict[str, GoldDocument] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read: {exc}") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        doc = GoldDocument.from_dict(data if isinstance(data, dict) else {}, str(path))
        if doc.doc in gold:
            raise InputError(f"{path}: a second gold file for {doc.doc!r}")
        gold[doc.doc] = doc
    if not gold:
        raise InputError(f"{folder}: no gold files (*.json) in this directory")
    return gold


# --- names ------------------------------------------------------------------------------
def fold_name(name: str) -> str:
    """Case-, accent- and punctuation-folded name without a trailing possessive 's."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = re.sub(r"['\u2019]s$", "", text)
    text = re.sub(r"[-_/\u2010-\u2015]", " ", text)
    text = "".join(c for c in text if c.isalnum() or c.isspace())
    return " ".join(text.split())


class NameIndex:
    """Matches predicted names to the entities of one gold document."""

    def __init__(self, entities: Iterable[GoldEntity]) -> None:
        self.exact: dict[str, set[str]] = defaultdict(set)
        self.one_word: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                folded = fold_name(form)
                self.exact[folded].add(entity.id)
                if folded and " " not in folded:
                    self.one_word[folded].add(entity.id)

    def match(self, name: str | None) -> str | None:
        """The entity id ``name`` stands for, or None (no match, or an ambiguous one)."""
        folded = fold_name(name or "")
        if not folded:
            return None
        for ids in (self.exact.get(folded), self.one_word.get(folded.split()[0])):
            if ids:
                return next(iter(ids)) if len(ids) == 1 else None
        return None
