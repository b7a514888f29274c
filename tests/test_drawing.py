"""Family pictures: DOT, Mermaid and SVG (drawn by Graphviz) from both stores and the CLI."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from needs import unavailable

from celebgraph.cli.app import _register_commands, cli
from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person

_register_commands()


def fact(relation: str, subject: str, obj: str | None = None, **kw: Any) -> Fact:
    return Fact(doc="f.txt", relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=".", confidence=0.9, **kw)


def article() -> Extraction:
    facts = [fact("spouse", "Ada Moss", "Ben Roe", start="2001", end="2010"),
             fact("parent", "Ada Moss", "Cleo Roe"), fact("parent", "Ben Roe", "Cleo Roe"),
             fact("born", "Cleo Roe", date="2003"), fact("sibling", "Cleo Roe", "Dan Roe"),
             fact("partner", "Ben Roe", 'Eve "Evie" Fox', start="2012"),
             fact("parent", "Gil Moss", "Ada Moss")]
    names = sorted({n for f in facts for n in (f.subject, f.object) if n})
    doc = Document(id="f.txt", text="", path="/f.txt", sha256="f")
    return Extraction(doc, [Person(n) for n in names], facts)


@pytest.fixture
def graph(graph: Graph) -> Graph:
    """The shared ``graph`` (each store in turn) with this module's articles."""
    graph.ingest_extractions([article()])
    return graph


def test_dot_has_every_person_and_link_of_the_family(graph: Graph) -> None:
    dot = graph.draw_family("Cleo Roe", depth=2, fmt="dot")
    assert '"cleo-roe" [label="Cleo Roe (b. 2003)", fillcolor="#f9e79f"' in dot
    assert '"ada-moss" -> "cleo-roe";' in dot and '"ben-roe" -> "cleo-roe";' in dot
    assert 'label="married 2001–2010"' in dot and "{rank=same; " in dot
    assert 'label="Eve \\"Evie\\" Fox"' in dot  # quotes in a name are escaped
    assert '"gil-moss"' in dot  # a grandparent, two links away
    assert '"gil-moss"' not in graph.draw_family("Cleo Roe", depth=1, fmt="dot")


def test_mermaid_names_nodes_and_labels_links(graph: Graph) -> None:
    text = graph.draw_family("Ada Moss", depth=1, fmt="mermaid")
    lines = text.splitlines()
    assert lines[0] == "graph TD"
    ids = {line.split("[")[0].strip(): line.split('"')[1] for line in lines if '["' in line}
    assert set(ids.values()) == {"Ada Moss", "Ben Roe", "Cleo Roe (b. 2003)", "Gil Moss"}
    ada, ben = (k for name in ("Ada Moss", "Ben Roe") for k, v in ids.items() if v == name)
    assert f"  {ben} ===|married 2001–2010| {ada}" in lines or \
        f"  {ada} ===|married 2001–2010| {ben}" in lines


@pytest.fixture(scope="session")
def graphviz() -> None:
    if shutil.which("dot"):
        return
    unavailable("Graphviz is not installed: scripts/test installs it")


def test_svg_is_drawn_by_graphviz(graph: Graph, graphviz: None) -> None:
    svg = graph.draw_family("Cleo Roe", fmt="svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    texts = {t.text for t in root.iter() if t.tag.endswith("text")}
    assert {"Cleo Roe (b. 2003)", "Ada Moss", "married 2001–2010"} <= texts


def test_cli_family_formats(tmp_path: Path, graphviz: None) -> None:
    store = str(tmp_path / "d.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([article()])
    runner = CliRunner()
    for fmt, start in (("dot", "digraph family {"), ("mermaid", "graph TD"), ("svg", "<?xml")):
        done = runner.invoke(cli, ["family", "Cleo Roe", "--store", store, "--format", fmt])
        assert done.exit_code == 0, done.output
        assert done.stdout.startswith(start)
