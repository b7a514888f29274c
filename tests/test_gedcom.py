"""GEDCOM export, read back by a GEDCOM library (ged4py) on both stores, and by Gramps."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ged4py.parser import GedcomReader
from needs import unavailable

from celebgraph.graph import Graph, open_graph
from celebgraph.graph.gedcom import gedcom_date, gedcom_name
from celebgraph.models import Document, Extraction, Fact, Person

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(("iso", "expected"), [
    ("2014-05-12", "12 MAY 2014"), ("2014-05", "MAY 2014"), ("2014", "2014"),
    ("1999-12-01", "1 DEC 1999"), (None, None), ("", None), ("circa", None)])
def test_dates_in_gedcom_form(iso: str | None, expected: str | None) -> None:
    assert gedcom_date(iso) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Ada Moss", "Ada /Moss/"), ("Ada Lena Moss", "Ada Lena /Moss/"),
    ("Frank Moss Jr.", "Frank /Moss/ Jr."), ("Otto Pell III", "Otto /Pell/ III"),
    ("Zendaya", "Zendaya")])
def test_names_mark_the_surname(name: str, expected: str) -> None:
    assert gedcom_name(name) == expected


def fact(relation: str, subject: str, obj: str | None = None, **kw: Any) -> Fact:
    return Fact(doc="moss.txt", relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"Sentence saying {subject} {relation} {obj or ''}.", confidence=0.9,
                **kw)


def family_article() -> Extraction:
    """Two marriages of one man (a divorce, then a death), children of each, an engagement,
    a sibling with no known parents and a Jr."""
    facts = [
        fact("spouse", "Ben Roe", "Ada Moss", start="2001-06-12", end="2010"),
        fact("parent", "Ben Roe", "Cleo Roe"), fact("parent", "Ada Moss", "Cleo Roe"),
        fact("born", "Cleo Roe", date="2003-02"),
        fact("spouse", "Ben Roe", "Dana Lee", start="2012", end="2020"),
        fact("died", "Dana Lee", date="2020-08-01"),
        fact("parent", "Dana Lee", "Eli Roe"), fact("parent", "Ben Roe", "Eli Roe"),
        fact("sibling", "Ben Roe", "Finn Roe"),
        fact("engaged", "Cleo Roe", "Gus Hale Jr.", date="2024"),
        fact("parent", "Gus Hale", "Gus Hale Jr."),
    ]
    names = sorted({n for f in facts for n in (f.subject, f.object) if n})
    doc = Document(id="moss.txt", text="", path="/news/moss.txt", published="2024-05-01",
                   title="The Roes", sha256="moss")
    return Extraction(doc, [Person(n) for n in names], facts)


def read_gedcom(path: Path) -> dict[str, Any]:
    """People by name (birth, death), families as (partners, children, events), citations."""
    out: dict[str, Any] = {"people": {}, "families": set(), "citations": []}
    with GedcomReader(str(path)) as ged:
        for indi in ged.records0("INDI"):
            out["people"][indi.name.format()] = (_date(indi, "BIRT"), _date(indi, "DEAT"))
        for fam in ged.records0("FAM"):
            partners = frozenset(t.name.format() for t in fam.sub_tags("HUSB", "WIFE"))
            children = frozenset(c.name.format() for c in fam.sub_tags("CHIL"))
            events = frozenset((e.tag, _date(fam, e.tag)) for e in fam.sub_records
                               if e.tag in ("MARR", "DIV", "DIVF", "ENGA", "EVEN"))
            out["families"].add((partners, children, events))
            for event in fam.sub_records:
                out["citations"] += [s.sub_tag_value("DATA/TEXT")
                                     for s in event.sub_tags("SOUR", follow=False)]
    return out


def _date(record: Any, tag: str) -> str | None:
    value = record.sub_tag_value(f"{tag}/DATE")
    return None if value is None else str(value)


def test_gedcom_holds_people_families_events_and_sources(graph: Graph, tmp_path: Path) -> None:
    graph.ingest_extractions([family_article()])
    path = tmp_path / "roe.ged"
    path.write_text(graph.export("gedcom"), encoding="utf-8")
    ged = read_gedcom(path)
    assert ged["people"]["Cleo Roe"] == ("FEB 2003", None)
    assert ged["people"]["Dana Lee"] == (None, "1 AUG 2020")
    assert set(ged["people"]) == {"Ada Moss", "Ben Roe", "Cleo Roe", "Dana Lee", "Eli Roe",
                                  "Finn Roe", "Gus Hale", "Gus Hale Jr."}
    pair = frozenset
    assert ged["families"] == {
        (pair({"Ben Roe", "Ada Moss"}), pair({"Cleo Roe"}),
         pair({("MARR", "12 JUN 2001"), ("DIV", "2010")})),
        # the marriage ended in 2020 with Dana's death: no divorce
        (pair({"Ben Roe", "Dana Lee"}), pair({"Eli Roe"}), pair({("MARR", "2012")})),
        (pair({"Cleo Roe", "Gus Hale Jr."}), pair(), pair({("ENGA", "2024")})),
        (pair({"Gus Hale"}), pair({"Gus Hale Jr."}), pair()),
        (pair(), pair({"Ben Roe", "Finn Roe"}), pair()),  # siblings, parents unknown
    }
    assert "Sentence saying Ben Roe spouse Ada Moss." in ged["citations"]


def test_long_evidence_survives_line_limits(graph: Graph, tmp_path: Path) -> None:
    sentence = " ".join(["Ada Moss and Ben Roe, long a favourite couple of the valley,"] * 12)
    extraction = family_article()
    extraction.facts[0] = Fact(doc="moss.txt", relation="spouse", subject="Ben Roe",
                               object="Ada Moss", evidence=sentence, confidence=0.9,
                               start="2001")
    graph.ingest_extractions([extraction])
    text = graph.export("gedcom")
    assert max(len(line) for line in text.splitlines()) <= 255
    path = tmp_path / "long.ged"
    path.write_text(text, encoding="utf-8")
    assert sentence in read_gedcom(path)["citations"]


def gramps(home: Path, *args: str) -> str:
    """Run Gramps' command line (Debian's ``gramps``) in its own settings folder."""
    env = {**os.environ, "GRAMPSHOME": str(home), "LANG": "C.UTF-8"}
    done = subprocess.run(["gramps", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=True)
    return done.stdout + done.stderr


@pytest.fixture(scope="session")
def gramps_installed() -> None:
    if shutil.which("gramps"):
        return
    unavailable("Gramps is not installed: scripts/test installs Debian's gramps package")


def test_gramps_round_trip_keeps_the_bundled_family(gramps_installed: None,
                                                    tmp_path: Path) -> None:
    with open_graph(str(tmp_path / "graph.lbdb")) as graph:
        graph.ingest(sorted(str(p) for p in EXAMPLES.glob("*.txt")))
        exported = tmp_path / "examples.ged"
        exported.write_text(graph.export("gedcom"), encoding="utf-8")
    back = tmp_path / "back.ged"
    log = gramps(tmp_path / "gramps", "-y", "-C", "roundtrip", "-i", str(exported),
                 "-e", str(back))
    assert "GEDCOM import report: No errors detected" in log, log
    ours, theirs = read_gedcom(exported), read_gedcom(back)
    assert len(ours["people"]) >= 6 and any(f[1] for f in ours["families"])
    assert theirs["people"] == ours["people"]
    assert theirs["families"] == ours["families"]


def test_cli_writes_gedcom_and_says_when_it_cannot(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from celebgraph.cli.app import _register_commands, cli

    _register_commands()
    store = str(tmp_path / "cli.lbdb")
    with open_graph(store) as g:
        g.ingest_extractions([family_article()])
    out = tmp_path / "roe.ged"
    runner = CliRunner()
    done = runner.invoke(cli, ["export", "--store", store, "--format", "gedcom", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert "Gus Hale Jr." in read_gedcom(out)["people"]
    printed = runner.invoke(cli, ["export", "--store", store, "--format", "gedcom"])
    assert printed.stdout == out.read_text(encoding="utf-8")
    missing = tmp_path / "no" / "such" / "dir" / "x.ged"
    failed = runner.invoke(cli, ["export", "--store", store, "--format", "gedcom",
                                 "-o", str(missing)])
    assert failed.exit_code == 1
    assert failed.stderr.strip().splitlines() == [
        f"Error: cannot write {missing}: No such file or directory; "
        "check that its folder exists and is writable"]
