"""How answers show the way articles said things: the ``modality`` of each row, and with
``modality="all"`` the rumored and denied claims beside the stated facts.

Only stated claims (``models.STATED``: asserted, reported) make the relationships the queries
walk; a relationship whose claims all only report it has the modality "reported"
(``model.stated_modality``), and every answer row carries it. ``modality="all"`` adds the
rumored and denied claims about the answer's people: one row per other person and modality,
dated by its claims (``model.best_date``) and sourced by their articles, never walked as a
link (a rumored marriage makes no in-laws).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from celebgraph.errors import CelebgraphError
from celebgraph.graph.model import best_date
from celebgraph.graph.store import Row
from celebgraph.models import STATED

__all__ = ["CHOICES", "ROLES", "by_modality", "check", "marked", "unstated_rows"]

CHOICES = ("stated", "all")
# The role of the other person in a claim, by the claim's relation seen from the person.
ROLES = {"spouse of": "spouse", "parent of": "child", "child of": "parent",
         "sibling of": "sibling", "engaged to": "fiancé(e)", "partner of": "partner",
         "filed for divorce with": "divorce filing", "separated from": "separated"}


def check(modality: str) -> bool:
    """Whether ``modality`` asks for everything ("all") rather than the stated facts."""
    if modality not in CHOICES:
        raise CelebgraphError(f"unknown modality '{modality}': use stated or all")
    return modality == "all"


def marked(modality: str | None) -> str:
    """A relationship's modality as answers show it (stores made before it was kept: asserted)."""
    return modality or "asserted"


def by_modality(claims: Iterable[Row], modality: str) -> list[Row]:
    """Claim rows (``provenance.claim_row``) an answer shows: the stated ones and the user's,
    or with "all" every one."""
    everything = check(modality)
    return [c for c in claims if everything or c["modality"] in STATED | {"user"}]


def unstated_rows(claims: Iterable[Row], relations: Iterable[str]) -> list[Row]:
    """The rumored and denied claims of these relations (claim rows as ``provenance``
    gives them), one row per other person, relation and modality: ``other``, ``other_name``,
    ``relation``, ``modality``, ``start``, ``end``, ``date``, ``sources``, ``fact`` and
    ``claims`` (the rows behind it)."""
    wanted = set(relations)
    groups: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for c in claims:
        if c["relation"] in wanted and c["modality"] not in STATED | {"user"}:
            groups[(c["relation"], c.get("other") or "", c["modality"])].append(c)
    rows = []
    for (relation, other, modality), group in sorted(groups.items()):
        dated = [{**c, "doc": c["article"]} for c in group]
        rows.append({"other": other or None, "other_name": group[0].get("other_name"),
                     "relation": relation, "modality": modality,
                     **{k: best_date(dated, k) for k in ("start", "end", "date")},
                     "sources": sorted({c["article"] for c in group}),
                     "fact": group[0]["fact"], "claims": group})
    return rows
