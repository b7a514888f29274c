"""A person's family as a picture: Graphviz DOT, Mermaid, or SVG drawn by Graphviz.

The people are those ``family`` finds within ``depth`` links; the links drawn are every
relationship among them: parent → child arrows (generations top to bottom), marriages as
bold lines with their years, partners, engagements and siblings as dashed lines. Each person
shows their birth year when known; the person asked about is highlighted.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from celebgraph.errors import CelebgraphError
from celebgraph.graph import queries as q
from celebgraph.graph.store import GraphStore, Row

__all__ = ["DRAWING_FORMATS", "FamilyPicture", "draw", "family_picture"]

DRAWING_FORMATS = ("dot", "mermaid", "svg")
_STYLE = {  # relationship type → (DOT attributes, Mermaid arrow, label word)
    "PARENT_OF": ("", "-->", ""),
    "SPOUSE_OF": ('dir=none, penwidth=2.5, color="#b03a2e"', "===", "married"),
    "PARTNER_OF": ('dir=none, style=dashed, color="#b03a2e"', "-.-", "partners"),
    "ENGAGED_TO": ('dir=none, style=dotted, color="#b03a2e"', "-.-", "engaged"),
    "SIBLING_OF": ('dir=none, style=dashed, color="#777777"', "-.-", "siblings"),
}

_COUPLES = frozenset({"SPOUSE_OF", "PARTNER_OF", "ENGAGED_TO"})


@dataclass(frozen=True, slots=True)
class FamilyPicture:
    """The people (id → label) and links (type, from id, to id, label) of a family."""

    root: str
    people: dict[str, str]
    links: list[tuple[str, str, str, str]]


def family_picture(store: GraphStore, name: str, depth: int = 2) -> FamilyPicture:
    """The family of ``name`` within ``depth`` links, ready to draw."""
    root = q.find_person(store, name)
    members = {root["id"]: root["name"]}
    members |= {r["id"]: r["name"] for r in q.family(store, name, depth)}
    born: dict[str, str] = {root["id"]: str(root.get("birth_date") or "")}
    links: dict[tuple[str, str, str], str] = {}
    for r in store.neighbors(list(members)):
        if r["other"] not in members or r["type"] not in _STYLE:
            continue
        born[r["other"]] = str(r.get("birth_date") or "")
        a, b = (r["id"], r["other"]) if r["out"] else (r["other"], r["id"])
        if r["type"] != "PARENT_OF":
            a, b = sorted((a, b))
        links[(r["type"], a, b)] = _years(r)
    people = {pid: f"{n} (b. {born[pid][:4]})" if born.get(pid) else n
              for pid, n in members.items()}
    return FamilyPicture(root["id"], people,
                         [(t, a, b, label) for (t, a, b), label in sorted(links.items())])


def _years(r: Row) -> str:
    start, end, date = (str(r.get(k) or "")[:4] for k in ("start", "end", "date"))
    if start or end:
        return f"{start}–{end}" if end else start
    return date


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(picture: FamilyPicture) -> str:
    lines = ["digraph family {", "  rankdir=TB;",
             '  node [shape=box, style="rounded,filled", fillcolor="#f4f6f7", '
             'fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];']
    for pid, label in picture.people.items():
        extra = ', fillcolor="#f9e79f", penwidth=2' if pid == picture.root else ""
        lines.append(f"  {_quote(pid)} [label={_quote(label)}{extra}];")
    for kind, a, b, years in picture.links:
        style, _, word = _STYLE[kind]
        label = " ".join(x for x in (word, years) if x)
        attrs = ", ".join(x for x in (style, f"label={_quote(label)}" if label else "") if x)
        lines.append(f"  {_quote(a)} -> {_quote(b)}" + (f" [{attrs}];" if attrs else ";"))
        if kind in _COUPLES:  # partners side by side, their children below them
            lines.append(f"  {{rank=same; {_quote(a)}; {_quote(b)}}}")
    return "\n".join([*lines, "}"]) + "\n"


def to_mermaid(picture: FamilyPicture) -> str:
    ids = {pid: f"p{i}" for i, pid in enumerate(picture.people)}
    lines = ["graph TD"]
    for pid, label in picture.people.items():
        lines.append(f'  {ids[pid]}["{label.replace(chr(34), "#quot;")}"]')
    for kind, a, b, years in picture.links:
        _, arrow, word = _STYLE[kind]
        label = " ".join(x for x in (word, years) if x)
        lines.append(f"  {ids[a]} {arrow}|{label}| {ids[b]}" if label
                     else f"  {ids[a]} {arrow} {ids[b]}")
    lines.append(f"  style {ids[picture.root]} fill:#f9e79f,stroke-width:2px")
    return "\n".join(lines) + "\n"


def to_svg(dot: str) -> str:
    """The DOT text drawn by Graphviz's ``dot``."""
    binary = shutil.which("dot")
    if binary is None:
        raise CelebgraphError("drawing SVG needs Graphviz: install it (apt-get install "
                              "graphviz, brew install graphviz), or use --format dot")
    done = subprocess.run([binary, "-Tsvg"], input=dot, capture_output=True, text=True,
                          timeout=120, check=False)
    if done.returncode != 0:
        raise CelebgraphError(f"Graphviz could not draw the family: {done.stderr.strip()}")
    return done.stdout


def draw(store: GraphStore, name: str, depth: int = 2, fmt: str = "dot") -> str:
    """The family of ``name`` as ``dot``, ``mermaid`` or ``svg`` text."""
    if fmt not in DRAWING_FORMATS:
        raise CelebgraphError(f"unknown drawing format '{fmt}': use {', '.join(DRAWING_FORMATS)}")
    picture = family_picture(store, name, depth)
    if fmt == "mermaid":
        return to_mermaid(picture)
    dot = to_dot(picture)
    return to_svg(dot) if fmt == "svg" else dot
