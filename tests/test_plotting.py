"""``Graph.plot_family``: the notebook's family tree stays readable at thirty people — every
person drawn once, no two name boxes overlapping, names at a readable size, parents above
their children and partners on one row."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from celebgraph.graph import Graph, open_graph
from celebgraph.graph.drawing import family_picture
from celebgraph.graph.plotting import generations
from celebgraph.models import Document, Extraction, Fact, Person

SURNAMES = ["Arden", "Brill", "Caskey", "Dunmore"]
IN_LAWS = ["Elsa Fairweather", "Gregor Holloway", "Ines Ketterley", "Jasper Lindqvist-Moreau"]


def fact(relation: str, subject: str, obj: str | None = None, **kw: Any) -> Fact:
    return Fact(doc="clan.txt", relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"{subject} {relation} {obj or ''}.", confidence=0.9, **kw)


def clan() -> list[Fact]:
    """Thirty people: a couple, their four children with spouses, five grandchildren each."""
    facts = [fact("spouse", "Ottilie Quarrington", "Bertram Quarrington", start="1955")]
    for i, (surname, in_law) in enumerate(zip(SURNAMES, IN_LAWS, strict=True)):
        child = f"Rosamund Quarrington-{surname}"
        facts += [fact("parent", p, child) for p in ("Ottilie Quarrington", "Bertram Quarrington")]
        facts += [fact("born", child, date=str(1957 + i)),
                  fact("spouse", child, in_law, start=str(1980 + i))]
        for k in range(5):
            grandchild = f"{['Ada', 'Basil', 'Cosima', 'Dorian', 'Evander'][k]} {surname}"
            facts += [fact("parent", p, grandchild) for p in (child, in_law)]
    return facts


@pytest.fixture
def big_family(tmp_path: Path) -> Graph:
    facts = clan()
    names = sorted({n for f in facts for n in (f.subject, f.object) if n})
    doc = Document(id="clan.txt", text="", path="/news/clan.txt", published="2024-01-01",
                   title="clan", sha256="clan")
    g = open_graph(str(tmp_path / "clan.lbdb"))
    g.ingest_extractions([Extraction(doc, [Person(n) for n in names], facts)])
    return g


def boxes(fig: Any) -> dict[str, Any]:
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    return {t.get_gid(): t.get_bbox_patch().get_window_extent(renderer)
            for t in fig.axes[0].texts if t.get_gid()}


def test_thirty_people_are_drawn_without_overlap(big_family: Graph) -> None:
    with big_family as g:
        fig = g.plot_family("Ottilie Quarrington", depth=2)
    drawn = boxes(fig)
    assert len(drawn) == 30
    overlapping = [(a, b) for (a, ea), (b, eb) in itertools.combinations(drawn.items(), 2)
                   if ea.overlaps(eb)]
    assert overlapping == []
    assert min(t.get_fontsize() for t in fig.axes[0].texts if t.get_gid()) >= 9
    width, height = fig.get_size_inches()
    assert width <= 16 and height < 16  # fits a notebook's width: 20 grandchildren run down


def test_a_small_family_is_drawn_top_down(tmp_path: Path) -> None:
    g = open_graph(str(tmp_path / "ex.lbdb"))
    with g:
        g.ingest([str(Path(__file__).resolve().parents[1] / "examples")])
        fig = g.plot_family("Kim Kardashian")
        picture = family_picture(g.store, "Kim Kardashian", 2)
    drawn = boxes(fig)
    assert len(drawn) == len(picture.people) == 6  # Kim, Kanye and their four children
    middle = {pid: (e.y0 + e.y1) / 2 for pid, e in drawn.items()}
    assert middle["kim-kardashian"] > middle["north"]  # parents above their children
    bold = [t.get_text() for t in fig.axes[0].texts if t.get_fontweight() == "bold"]
    assert [b.split("\n")[0] for b in bold] == ["Kim Kardashian"]


def test_generations_are_rows_and_partners_share_one(big_family: Graph) -> None:
    with big_family as g:
        picture = family_picture(g.store, "Ottilie Quarrington", 2)
    rows = generations(picture)
    by_name = {picture.people[p].split(" (b.")[0]: r for p, r in rows.items()}
    assert by_name["Ottilie Quarrington"] == by_name["Bertram Quarrington"] == 0
    assert by_name["Rosamund Quarrington-Arden"] == by_name["Elsa Fairweather"] == 1
    assert by_name["Ada Arden"] == by_name["Evander Dunmore"] == 2


def test_children_are_drawn_beside_their_parents(big_family: Graph) -> None:
    """Whichever way the generations run, each family's children are together, next to their
    parent, and nobody of another family sits among them."""
    with big_family as g:
        fig = g.plot_family("Ottilie Quarrington", depth=2)
        picture = family_picture(g.store, "Ottilie Quarrington", 2)
    drawn = {picture.people[p].split(" (b.")[0]: e for p, e in boxes(fig).items()}
    kids = [n for n in drawn if n.split()[0] in ("Ada", "Basil", "Cosima", "Dorian", "Evander")]
    sideways = len({drawn[n].y0 for n in kids}) > 1
    along = {n: (e.y0 + e.y1) / 2 if sideways else (e.x0 + e.x1) / 2 for n, e in drawn.items()}
    for surname in SURNAMES:
        own = sorted(along[n] for n in kids if n.endswith(f" {surname}"))
        assert own[0] < along[f"Rosamund Quarrington-{surname}"] < own[-1]
        assert not any(own[0] < along[n] < own[-1] for n in kids if not n.endswith(surname))
