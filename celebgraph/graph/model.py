"""The graph model: the whitelisted labels and relationship types, and how claims become properties.

Every article's claim is a node, ``(:Article)-[:CLAIMS]->(:Claim)-[:SUBJECT]->(:Person)``, and
``(:Claim)-[:OBJECT]->(:Person)`` for a relationship, so that plain Cypher can read them and the
visible properties (``start``, ``end``, ``date``, ``sources``, ``evidence``, ``confidence``)
can be recomputed exactly when an article is removed or changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from celebgraph.models import STATED

__all__ = [
    "CLAIM_PROPS",
    "DATE_PROPS",
    "FAMILY_TYPES",
    "RELATIONS",
    "REL_TYPES",
    "SYMMETRIC_TYPES",
    "USER_DOC",
    "ArticleRow",
    "ClaimRow",
    "PersonRow",
    "RelRow",
    "WriteBatch",
    "agrees",
    "best_date",
    "canonical_pair",
    "claim_row",
    "derive_rel",
    "fact_id",
    "first_and_last",
    "fold",
    "name_keys",
    "row_dict",
    "shown_date",
    "slugify",
    "stated_modality",
    "supporting",
    "unstated",
    "user_seq",
]

# Fact relation -> relationship type. The only relationship types ever written or queried.
REL_TYPES: dict[str, str] = {
    "spouse": "SPOUSE_OF",
    "parent": "PARENT_OF",
    "sibling": "SIBLING_OF",
    "engaged": "ENGAGED_TO",
    "partner": "PARTNER_OF",
    "divorce_filed": "FILED_FOR_DIVORCE",
    "separated": "SEPARATED_FROM",
}
FAMILY_TYPES: tuple[str, ...] = tuple(REL_TYPES.values())
RELATIONS = {rtype: relation for relation, rtype in REL_TYPES.items()}
SYMMETRIC_TYPES = frozenset(FAMILY_TYPES) - {"PARENT_OF"}
DATE_PROPS = ("start", "end", "date")
# The ``doc`` of a claim the user gave (``celebgraph assert``/``correct``): "curation:<seq>".
USER_DOC = "curation:"
_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1 << 16)  # resolving a batch folds the same few names many times
def fold(name: str) -> str:
    """Case- and accent-folded name with normalized spaces: the lookup key of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2019']s$", "", text.strip())
    text = re.sub(r"[^\w\s'-]", " ", text.casefold())
    return " ".join(text.split())


def slugify(name: str) -> str:
    """A stable, readable id: ``Kim Kardashian`` → ``kim-kardashian``."""
    return "-".join(re.findall(r"\w+", fold(name))) or "person"


def name_keys(name: str, aliases: Iterable[str]) -> list[dict[str, str]]:
    """The Name index entries of a person: full name, aliases, the short style of a peerage
    the name gives ('lord thornbury'), and two-plus-word prefixes.

    A prefix entry (``ada moss`` for ``Ada Moss Pike``, and ``dora vane``, the name without
    its middle one, for ``Dora Ilse Vane``) lets a shorter full name in
    another article find this person; so does the name before a generational suffix (Jr.,
    III), which ``resolve`` joins only with a relative in common. A spelling entry (``natalia
    rusev`` for ``Natalija Rusev``: ``names.spelling_key``) lets another spelling of the name
    find them, which ``resolve`` joins only by context.
    """
    from celebgraph.graph.names import peerage_forms, spelling_key

    keys: dict[str, str] = {fold(name): "name"}
    for alias in [*aliases, *_nickname_forms(name), *_untitled_forms(name, aliases)]:
        keys.setdefault(fold(alias), "alias")
    for title in (t for n in (name, *aliases) for t in peerage_forms(n)):
        keys.setdefault(title, "title")  # 'lord thornbury' of '..., 7th Baron Thornbury'
    tokens = fold(name).split()
    for n in range(2, len(tokens)):
        keys.setdefault(" ".join(tokens[:n]), "prefix")
        if tokens[n].rstrip(".") in _GENERATION:
            break  # 'walter moss' of 'Walter Moss III' (resolve asks for a relative in common)
    if len(tokens) == 3 and not {t.rstrip(".") for t in tokens} & _GENERATION:
        keys.setdefault(f"{tokens[0]} {tokens[2]}", "prefix")  # without the middle name
    for short in (first_and_last(n) for n in (name, *aliases)):
        if short:
            keys.setdefault(short, "prefix")  # without the middle names, of any length
    for spelled in (spelling_key(n) for n in (name, *aliases) if len(fold(n).split()) > 1):
        keys.setdefault(spelled, "spelling")  # 'natalia rusev' of 'Natalija Rusev'
    return [{"key": k, "kind": v} for k, v in sorted(keys.items()) if k]


def first_and_last(name: str) -> str | None:
    """A name of three words or more without its middle names ('Dora Ilse Vane' → 'dora
    vane', 'Ramón Antonio Gerardo Estévez' → 'ramon estevez'); None for a name with a title,
    a generation marker or a territory ('Prince Eli of Ware'), which say more than a name."""
    from celebgraph.graph.names import untitled

    tokens = fold(name).split()
    if not 3 <= len(tokens) <= 6 or untitled(name) is not None or "of" in tokens:
        return None
    if {t.rstrip(".") for t in tokens} & _GENERATION or not all(
            t.replace("-", "").replace("'", "").isalpha() for t in tokens):
        return None
    return f"{tokens[0]} {tokens[-1]}"


_QUOTED = re.compile(r"\s[\"“‘']([^\"”’']+)[\"”’']\s")


def _nickname_forms(name: str) -> list[str]:
    """``Edward "Ned" Moss`` is also "Edward Moss" and "Ned Moss"."""
    m = _QUOTED.search(name)
    if not m:
        return []
    last = name[m.end():].strip()
    return [f"{name[:m.start()].strip()} {last}", f"{m.group(1)} {last}"]


def _untitled_forms(name: str, aliases: Iterable[str]) -> list[str]:
    """Titled names of two or more words without their titles ("Dame Ada Moss")."""
    from celebgraph.graph.names import untitled

    forms = (untitled(n) for n in (name, *aliases))
    return [f for f in forms if f and len(f.split()) > 1]


def canonical_pair(rel_type: str, a: str, b: str) -> tuple[str, str]:
    """Symmetric relationships are stored once, from the smaller id to the larger."""
    if rel_type in SYMMETRIC_TYPES and b < a:
        return b, a
    return a, b


def fact_id(rtype: str, a: str, b: str) -> str:
    """The id users see of the relationship ``(a)-[rtype]->(b)`` (``graph.curated_facts``):
    ``spouse:kanye-west:kim-kardashian``, ``parent:kim-kardashian:north``."""
    a, b = canonical_pair(rtype, a, b)
    return f"{RELATIONS[rtype]}:{a}:{b}"


def agrees(a: str, b: str) -> bool:
    """Whether two ISO dates can both be right: one is the other at a coarser precision."""
    return a.startswith(b) or b.startswith(a)


def best_date(claims: Sequence[dict[str, Any]], prop: str) -> str | None:
    """The value shown when articles give a date: the one most articles agree with (a claim of
    "2014" agrees with "2014-05-12"), then the most precise, then the most confident, then the
    earliest. So two articles saying 2014 outweigh one saying 2015-06-01."""
    values = [(str(c[prop]), c.get("confidence") or 0.0) for c in claims if c.get(prop)]
    if not values:
        return None
    docs = [(str(c[prop]), c.get("doc")) for c in claims if c.get(prop)]

    def rank(value: tuple[str, float]) -> tuple[int, int, float, list[int]]:
        support = len({doc for other, doc in docs if agrees(value[0], other)})
        return support, len(value[0]), value[1], [-ord(ch) for ch in value[0]]

    return max(values, key=rank)[0]


def supporting(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims that state their fact: asserted and reported ones (``models.STATED``; the
    user's claims are asserted). An article's denial ("they never married") or rumour stays a
    claim, shown when asked for, but never makes a relationship, a birth date or any value
    of one."""
    return [c for c in claims if (c.get("modality") or "asserted") in STATED]


def unstated(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims ``supporting`` leaves out: the rumored and denied ones."""
    return [c for c in claims if (c.get("modality") or "asserted") not in STATED]


def user_seq(claim: dict[str, Any]) -> int | None:
    """The curation record a claim the user gave comes from; None for an article's claim."""
    doc = str(claim.get("doc") or "")
    return int(doc[len(USER_DOC):]) if doc.startswith(USER_DOC) else None


def shown_date(claims: Sequence[dict[str, Any]], prop: str) -> str | None:
    """``best_date``, unless the user gave this date (``celebgraph correct``/``assert``): then
    the user's latest word on it."""
    given = [(seq, c) for c in claims if c.get(prop) and (seq := user_seq(c)) is not None]
    if given:
        return str(max(given, key=lambda sc: sc[0])[1][prop])
    return best_date(claims, prop)


def derive_rel(claims: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Visible relationship properties from the claims that state it (ordered by article id)."""
    ordered = sorted(supporting(claims), key=lambda c: c["doc"])
    confidences = [c["confidence"] for c in ordered if c.get("confidence") is not None]
    evidence: list[str] = []
    for c in ordered:
        if c.get("evidence") and c["evidence"] not in evidence:
            evidence.append(c["evidence"])
    out: dict[str, Any] = {prop: shown_date(ordered, prop) for prop in DATE_PROPS}
    out["sources"] = sorted({c["doc"] for c in ordered})
    out["evidence"] = evidence
    out["confidence"] = max(confidences) if confidences else None
    out["modality"] = stated_modality(ordered)
    return out


def stated_modality(claims: Sequence[dict[str, Any]]) -> str | None:
    """How the claims that state a fact state it: "asserted" when one asserts it (the user's
    claims do), "reported" when every one only reports it; None with no such claim."""
    said = {c.get("modality") or "asserted" for c in supporting(claims)}
    if not said:
        return None
    return "asserted" if "asserted" in said else "reported"


@dataclass(slots=True)
class ArticleRow:
    """An ``(:Article)`` node."""

    id: str
    path: str | None = None
    sha256: str = ""
    published: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    site: str | None = None


# The properties of a ``(:Claim)`` node besides its id: what one article says.
CLAIM_PROPS = ("relation", "start", "end", "date", "evidence", "span", "confidence", "modality",
               "curation")


@dataclass(slots=True)
class ClaimRow:
    """A ``(:Claim)`` node: one article's (``doc``) claim about ``subject`` (and ``object``).

    A relationship's claim has the relationship's own ends (``canonical_pair``): ``subject`` is
    the parent of a PARENT_OF, the smaller id of a symmetric one."""

    id: str
    doc: str
    relation: str
    subject: str
    object: str | None = None
    start: str | None = None
    end: str | None = None
    date: str | None = None
    evidence: str | None = None
    span: list[int] | None = None
    confidence: float | None = None
    modality: str = "asserted"
    curation: str | None = None  # a claim the user gave: "asserted" or "corrected"


def claim_row(claim: dict[str, Any], id: str, subject: str, object: str | None = None
              ) -> ClaimRow:
    """The node of a claim dict (``doc``, ``relation`` and the ``CLAIM_PROPS`` it has)."""
    span = claim.get("span")
    return ClaimRow(id=id, doc=claim["doc"], relation=claim["relation"], subject=subject,
                    object=object, start=claim.get("start"), end=claim.get("end"),
                    date=claim.get("date"), evidence=claim.get("evidence"),
                    span=list(span) if span else None, confidence=claim.get("confidence"),
                    modality=claim.get("modality") or "asserted", curation=claim.get("curation"))


@dataclass(slots=True)
class PersonRow:
    """A ``(:Person)`` node with its final properties (the writer computes them from claims)."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    birth_date: str | None = None
    death_date: str | None = None
    birth_sources: list[str] = field(default_factory=list)
    death_sources: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    alias_mentions: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)  # 'actor', most articles' first
    descriptor_mentions: list[str] = field(default_factory=list)  # "article: actor"
    age_mentions: list[str] = field(default_factory=list)  # "article: 1995", by a stated age


@dataclass(slots=True)
class RelRow:
    """One family relationship with its final properties; ``a``/``b`` are person ids."""

    type: str
    a: str
    b: str
    start: str | None = None
    end: str | None = None
    date: str | None = None
    sources: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    confidence: float | None = None
    modality: str | None = None  # "reported" when no claim asserts it (``stated_modality``)

    def __post_init__(self) -> None:
        if self.type not in FAMILY_TYPES:
            raise ValueError(f"unknown relationship type {self.type!r}")
        self.a, self.b = canonical_pair(self.type, self.a, self.b)


def row_dict(row: ArticleRow | PersonRow | RelRow | ClaimRow) -> dict[str, Any]:
    """A row's fields as a dict; shallow (``asdict`` deep-copies every list, 10x slower)."""
    return {name: getattr(row, name) for name in row.__slots__}


@dataclass(slots=True)
class WriteBatch:
    """Everything one transaction writes: rows with final values, plus article bookkeeping.

    ``dropped_claims``: articles whose claims go first; ``claims``: new claims, made last."""

    articles: list[ArticleRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    relationships: list[RelRow] = field(default_factory=list)
    deleted_rels: list[RelRow] = field(default_factory=list)
    deleted_people: list[str] = field(default_factory=list)
    mentions: list[dict[str, str]] = field(default_factory=list)
    dropped_claims: list[str] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
