"""notebooks/explore.ipynb runs top to bottom in a fresh kernel and shows what it says it shows.

The notebook is copied into ``tmp_path`` and executed there with nbclient (the ``python3``
kernel, i.e. this interpreter), so it must find ``examples/`` on its own and leaves nothing in
the repository. After the last cell a probe cell reads the notebook's own variables.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import nbclient
import nbformat
import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"
PROBE = """
import json
print(json.dumps({
    "timeline": timeline.to_dict(orient="records"),
    "children": children.to_dict(orient="records"),
    "labels": sorted(t.get_text() for t in fig.axes[0].texts),
    "evidence": evidence.to_dict(orient="records"),
    "closed_workdir_exists": workdir.exists(),
}))
"""


def _read(path: Path) -> Any:
    return nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]


def _tagged(nb: Any, tag: str) -> Any:
    (cell,) = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    return cell


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any]]:
    """The executed notebook and what the probe cell printed."""
    workdir = tmp_path_factory.mktemp("notebook")
    copy = workdir / NOTEBOOK.name
    shutil.copy(NOTEBOOK, copy)
    nb = _read(copy)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(workdir)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)  # a cell error raises CellExecutionError
        probe = nbformat.v4.new_code_cell(PROBE)  # type: ignore[no-untyped-call]
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
    nbformat.write(nb, copy)  # type: ignore[no-untyped-call]  # kept to look at after a failure
    printed = "".join(o.get("text", "") for o in probe.outputs if o.output_type == "stream")
    return nb, json.loads(printed)


def test_notebook_is_stored_without_outputs() -> None:
    nb = _read(NOTEBOOK)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow
def test_every_cell_runs_without_error(executed: tuple[Any, dict[str, Any]]) -> None:
    nb, _ = executed
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert "2 new" in "".join(o.get("text", "") for o in outputs if o.output_type == "stream")


@pytest.mark.slow
def test_timeline_table_has_the_2014_marriage(executed: tuple[Any, dict[str, Any]]) -> None:
    nb, probe = executed
    married = [e for e in probe["timeline"] if e["event"] == "married"]
    assert [(e["date"], e["people"]) for e in married] == [("2014", ["Kim Kardashian",
                                                                     "Kanye West"])]
    dates = [e["date"] for e in probe["timeline"] if e["date"]]
    assert dates == sorted(dates)
    shown = _tagged(nb, "timeline").outputs[0]["data"]
    assert "text/html" in shown and "married" in shown["text/html"]


@pytest.mark.slow
def test_family_drawing_has_names_and_the_wedding_year(
    executed: tuple[Any, dict[str, Any]],
) -> None:
    nb, probe = executed
    outputs = _tagged(nb, "family-graph").outputs
    assert any("image/png" in o.get("data", {}) for o in outputs)
    names = {text.split("\n")[0] for text in probe["labels"]}
    assert {"Kim Kardashian", "Kanye West", "Psalm"} <= names
    assert "m. 2014" in probe["labels"]


@pytest.mark.slow
def test_evidence_table_has_a_sentence_per_relationship(
    executed: tuple[Any, dict[str, Any]],
) -> None:
    _, probe = executed
    rows = {(r["from"], r["relation"], r["to"]): r["evidence"] for r in probe["evidence"]}
    assert "2014" in rows[("Kanye West", "SPOUSE_OF", "Kim Kardashian")]
    assert all(rows.values())


@pytest.mark.slow
def test_cypher_cell_returns_her_children(executed: tuple[Any, dict[str, Any]]) -> None:
    nb, probe = executed
    children = {row["child"]: row["born"] for row in probe["children"]}
    assert children.get("North") == "2013" and children.get("Psalm") == "2019"
    assert "Psalm" in _tagged(nb, "cypher").outputs[0]["data"]["text/plain"]
    assert probe["closed_workdir_exists"] is False
