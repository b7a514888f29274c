"""A person's family drawn with matplotlib, for notebooks: a family tree that stays readable at
thirty people and more.

The people and links are ``drawing.family_picture``'s. Generations are rows (parents above
children, partners and siblings on one row), each row ordered so that children sit under their
parents and partners side by side; the figure grows with the widest row instead of shrinking
the names. A child of a couple hangs from the middle of the couple's line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from celebgraph.graph.drawing import FamilyPicture

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["Lineage", "family_figure", "generations", "lineage", "row_order"]

_COUPLES = {"SPOUSE_OF": ("#b03a2e", "-", "m."), "PARTNER_OF": ("#b03a2e", "--", "partners"),
            "ENGAGED_TO": ("#b03a2e", ":", "engaged")}
_CHAR_WIDTH = 0.075  # inches per character of a 9-point label
_ROW_HEIGHT = 1.3  # inches between generations drawn top down
_COLUMN_GAP = 1.4  # inches between generations drawn left to right
_GAP = 0.35  # inches between two people of a row
_MAX_WIDTH = 16.0  # inches: wider than this, the generations run left to right


def _label(text: str) -> str:
    """``Name (b. 1980)`` on two lines, so a box is as wide as the longer of them."""
    name, sep, born = text.partition(" (b. ")
    return f"{name}\n(b. {born}" if sep else name


@dataclass(frozen=True, slots=True)
class Lineage:
    """Who is whose parent in a picture (each list in the order of its links): built once,
    read by the rows, their order, the layout and the arrows."""

    parents: dict[str, list[str]]
    children: dict[str, list[str]]

    def near(self, person: str) -> list[str]:
        """The person's parents and children."""
        return [*self.parents.get(person, ()), *self.children.get(person, ())]


def lineage(picture: FamilyPicture) -> Lineage:
    """The picture's ``PARENT_OF`` links, both ways."""
    parents: dict[str, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = defaultdict(list)
    for kind, a, b, _ in picture.links:
        if kind == "PARENT_OF":
            parents[b].append(a)
            children[a].append(b)
    return Lineage(dict(parents), dict(children))


def generations(picture: FamilyPicture, tree: Lineage | None = None) -> dict[str, int]:
    """Row of each person: one below their lowest parent, partners and siblings on the lower of
    their two rows. A cycle of parents (a data error ``check`` reports) stops after one pass per
    person instead of looping."""
    tree = tree or lineage(picture)
    row = dict.fromkeys(picture.people, 0)
    same_row = [(a, b) for kind, a, b, _ in picture.links if kind != "PARENT_OF"]
    below = [(parent, child) for child, ps in tree.parents.items() for parent in ps]
    for _ in range(len(row)):
        changed = False
        for parent, child in below:
            if row[child] < row[parent] + 1:
                row[child], changed = row[parent] + 1, True
        for a, b in same_row:
            if row[a] != row[b]:
                row[a] = row[b] = max(row[a], row[b])
                changed = True
        if not changed:
            break
    return row


def row_order(picture: FamilyPicture, rows: dict[str, int],
              tree: Lineage | None = None) -> list[list[str]]:
    """The people of each row, left to right: partners next to each other, and each row sorted
    by where the people it hangs from sit (parents above, children below), swept down, up and
    down again (the barycentre heuristic of layered graph drawing)."""
    tree = tree or lineage(picture)
    layers = [sorted((p for p in rows if rows[p] == r), key=lambda p: picture.people[p])
              for r in range(max(rows.values(), default=0) + 1)]
    partner = _partners(picture)
    for sweep, neighbours in enumerate((tree.parents, tree.children, tree.parents)):
        indices = range(len(layers)) if sweep != 1 else range(len(layers) - 1, -1, -1)
        for i in indices:
            x = {p: j for layer in layers for j, p in enumerate(layer)}
            layers[i] = _by_barycentre(layers[i], neighbours, x, partner)
    return layers


def _partners(picture: FamilyPicture) -> dict[str, list[str]]:
    partner: dict[str, list[str]] = defaultdict(list)
    for kind, a, b, _ in picture.links:
        if kind in _COUPLES:
            partner[a].append(b)
            partner[b].append(a)
    return partner


def _by_barycentre(layer: list[str], neighbours: dict[str, list[str]], x: dict[str, int],
                   partner: dict[str, list[str]]) -> list[str]:
    """``layer`` grouped into couples (a chain of partners is one group) and sorted by the
    mean position of the group's neighbours; groups without any keep their place."""
    in_layer, seen, groups = set(layer), set(), []
    for person in layer:
        if person in seen:
            continue
        group, todo = [], [person]
        while todo:
            p = todo.pop()
            if p in seen or p not in in_layer:
                continue
            seen.add(p)
            group.append(p)
            todo.extend(partner[p])
        groups.append(_chain(group, partner))
    def key(item: tuple[int, list[str]]) -> float:
        place, group = item
        near = [x[n] for p in group for n in neighbours.get(p, ()) if n in x]
        return sum(near) / len(near) if near else float(place)
    ordered = sorted(enumerate(groups), key=key)
    return [p for _, group in ordered for p in group]


def _chain(group: list[str], partner: dict[str, list[str]]) -> list[str]:
    """A group of partners in an order where partners are neighbours when that is possible
    (someone married twice sits between the two spouses)."""
    if len(group) <= 2:
        return group
    start = min(group, key=lambda p: (len([q for q in partner[p] if q in group]), p))
    order, todo = [start], set(group) - {start}
    while todo:
        nxt = [q for q in partner[order[-1]] if q in todo] or sorted(todo)
        order.append(nxt[0])
        todo.discard(nxt[0])
    return order


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where each box is: its centre and half its width and height (inches), whether the
    generations run left to right (a wide family) instead of top down, and the figure size."""

    pos: dict[str, tuple[float, float]]
    half: dict[str, tuple[float, float]]
    sideways: bool
    size: tuple[float, float]


def _layout(picture: FamilyPicture, layers: list[list[str]], tree: Lineage) -> _Layout:
    """Generations as rows top down; when the widest row would be wider than a notebook
    (``_MAX_WIDTH``), as columns left to right instead, where a long row becomes a tall column
    the notebook scrolls through."""
    half = {p: (max(map(len, lines)) * _CHAR_WIDTH / 2 + 0.12, len(lines) * 0.085 + 0.1)
            for p, lines in ((p, _label(t).split("\n")) for p, t in picture.people.items())}
    along = _along(tree, layers, {p: w for p, (w, _) in half.items()}, _GAP)
    width = max((x + half[p][0] for p, x in along.items()), default=1.0) + 0.3
    if width <= _MAX_WIDTH:
        rows = len(layers)
        pos = {p: (along[p] + 0.3, (rows - 1 - r) * _ROW_HEIGHT + 0.6)
               for r, layer in enumerate(layers) for p in layer}
        return _Layout(pos, half, False, (width, rows * _ROW_HEIGHT + 0.4))
    along = _along(tree, layers, {p: h for p, (_, h) in half.items()}, 0.12)
    height = max((y + half[p][1] for p, y in along.items()), default=1.0) + 0.3
    pos, x = {}, 0.3
    for layer in layers:
        column = max(half[p][0] for p in layer)
        pos |= {p: (x + column, height - 0.15 - along[p]) for p in layer}
        x += 2 * column + _COLUMN_GAP
    return _Layout(pos, half, True, (x - _COLUMN_GAP + 0.3, height))


def _along(tree: Lineage, layers: list[list[str]], half: dict[str, float],
           gap: float) -> dict[str, float]:
    """Each person's place along their row, from 0. The widest row is packed first; every
    other row, working outwards from it, puts each person beside the people it hangs from,
    pushed on only as far as the boxes before it need."""
    widest = max(range(len(layers)), key=lambda r: sum(half[p] for p in layers[r]))
    x: dict[str, float] = {}
    for r in [widest, *range(widest - 1, -1, -1), *range(widest + 1, len(layers))]:
        wanted = {p: _mean([x[n] for n in tree.near(p) if n in x]) for p in layers[r]}
        x |= _pack(layers[r], wanted, half, gap)
    start = min((x[p] - half[p] for p in x), default=0.0)
    return {p: v - start for p, v in x.items()}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _pack(layer: list[str], wanted: dict[str, float | None], half: dict[str, float],
          gap: float) -> dict[str, float]:
    """Each person of a row at their wanted place (after the previous one when they have
    none), never overlapping the box before, then the row shifted to sit on the wanted places
    on average."""
    x: dict[str, float] = {}
    edge = float("-inf")
    for p in layer:
        least = edge + gap + half[p] if edge > float("-inf") else half[p]
        want = wanted[p]
        x[p] = max(want, least) if want is not None else least
        edge = x[p] + half[p]
    shifts = [w - x[p] for p, w in wanted.items() if w is not None]
    shift = sum(shifts) / len(shifts) if shifts else 0.0
    return {p: v + shift for p, v in x.items()}


def family_figure(picture: FamilyPicture) -> Figure:
    """The family as a matplotlib figure (``pip install celebgraph[notebook]`` brings
    matplotlib)."""
    from matplotlib.figure import Figure

    tree = lineage(picture)
    layout = _layout(picture, row_order(picture, generations(picture, tree), tree), tree)
    fig = Figure(figsize=layout.size)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, layout.size[0])
    ax.set_ylim(0, layout.size[1])
    ax.set_axis_off()
    couples = _draw_couples(ax, picture, layout)
    _draw_children(ax, tree, layout, couples)
    _draw_siblings(ax, picture, tree, layout)
    for p, (x, y) in layout.pos.items():
        root = p == picture.root
        ax.text(x, y, _label(picture.people[p]), ha="center", va="center", fontsize=9,
                fontweight="bold" if root else "normal", gid=p, zorder=3,
                bbox={"boxstyle": "round,pad=0.3", "linewidth": 2 if root else 0.8,
                      "facecolor": "#f9e79f" if root else "#f4f6f7", "edgecolor": "#555555"})
    return fig


def _draw_couples(ax: Any, picture: FamilyPicture, layout: _Layout
                  ) -> dict[frozenset[str], tuple[float, float]]:
    """Lines between partners, labelled with the years; where each couple's children hang
    from (the middle of its line, or its right end when generations run sideways)."""
    pos, hangs = layout.pos, {}
    for kind, a, b, years in picture.links:
        if kind not in _COUPLES:
            continue
        color, style, word = _COUPLES[kind]
        (xa, ya), (xb, yb) = sorted((pos[a], pos[b]))
        between = [p for p, (x, y) in pos.items()
                   if (x == xa and ya < y < yb if layout.sideways else y == ya and xa < x < xb)]
        rad = -0.25 if between or (xa != xb and ya != yb) else 0.0  # arc over who sits between
        ax.annotate("", xy=(xb, yb), xytext=(xa, ya), zorder=1,
                    arrowprops={"arrowstyle": "-", "color": color, "linestyle": style,
                                "linewidth": 2 if kind == "SPOUSE_OF" else 1.2,
                                "connectionstyle": f"arc3,rad={rad}"})
        mx, my = (xa + xb) / 2, (ya + yb) / 2
        text = f"{word} {years}".strip() if kind == "SPOUSE_OF" and years else word
        if layout.sideways:
            right = max(xa + layout.half[a][0], xb + layout.half[b][0])
            hangs[frozenset((a, b))] = (right, my)
            label_at, align = (right + 0.08, my + 0.05), {"ha": "left", "va": "bottom"}
        else:
            hangs[frozenset((a, b))] = (mx, my - 0.05)
            label_at, align = (mx, my + 0.3), {"ha": "center", "va": "bottom"}
        if kind != "SPOUSE_OF" or years:
            ax.text(*label_at, text, fontsize=7, color=color, zorder=2, **align)
    return hangs


def _draw_children(ax: Any, tree: Lineage, layout: _Layout,
                   couples: dict[frozenset[str], tuple[float, float]]) -> None:
    """An arrow to each child from its parents' couple, or from each parent alone."""
    pos, half = layout.pos, layout.half
    for child, ps in tree.parents.items():
        pair = frozenset(ps)
        if len(ps) == 2 and pair in couples:
            starts = [couples[pair]]
        elif layout.sideways:
            starts = [(pos[p][0] + half[p][0], pos[p][1]) for p in ps]
        else:
            starts = [(pos[p][0], pos[p][1] - half[p][1]) for p in ps]
        cx, cy = pos[child]
        end = ((cx - half[child][0] - 0.05, cy) if layout.sideways
               else (cx, cy + half[child][1] + 0.05))
        for start in starts:
            ax.annotate("", xy=end, xytext=start, zorder=1,
                        arrowprops={"arrowstyle": "-|>", "color": "#444444", "linewidth": 1,
                                    "shrinkA": 0, "shrinkB": 0})


def _draw_siblings(ax: Any, picture: FamilyPicture, tree: Lineage, layout: _Layout) -> None:
    """Siblings without a parent in the picture, joined by a dashed grey arc."""
    with_parents = set(tree.parents)
    for kind, a, b, _ in picture.links:
        if kind == "SIBLING_OF" and not {a, b} <= with_parents:
            (xa, ya), (xb, yb) = sorted((layout.pos[a], layout.pos[b]))
            ax.annotate("", xy=(xb, yb), xytext=(xa, ya), zorder=1,
                        arrowprops={"arrowstyle": "-", "color": "#777777", "linestyle": "--",
                                    "connectionstyle": "arc3,rad=-0.3"})
