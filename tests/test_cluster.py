"""Extraction on a Dask LocalCluster gives what one process gives, in the same order, and an
ingest through it builds the same graph."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import CelebgraphError
from celebgraph.extract import extract_documents
from celebgraph.extract.cluster import open_client, tail_chunks
from celebgraph.extract.reading.sources import iter_documents
from celebgraph.graph import open_graph
from celebgraph.models import Document

pytest.importorskip("distributed")
REPO = Path(__file__).resolve().parent.parent
ARTICLES = [REPO / "examples", REPO / "tests" / "articles"]
_register_commands()


def documents() -> list[Document]:
    return [d for d in iter_documents([str(p) for p in ARTICLES]) if isinstance(d, Document)]


@pytest.mark.slow
def test_cluster_extraction_equals_one_process_in_order() -> None:
    docs = documents()
    alone = [(e.document.id, [f.to_dict() for f in e.facts])
             for e in extract_documents(docs, min_confidence=0.0)]
    spread = [(e.document.id, [f.to_dict() for f in e.facts])
              for e in extract_documents(docs, min_confidence=0.0, cluster="local:2",
                                         batch_size=3)]
    assert len(alone) == len(docs) > 10
    assert spread == alone


@pytest.mark.slow
def test_ingest_on_a_cluster_builds_the_graph_one_process_builds(tmp_path: Path) -> None:
    runner = CliRunner()
    graphs = []
    for name, extra in (("one", []), ("cluster", ["--cluster", "local:2"])):
        store = str(tmp_path / f"{name}.lbdb")
        done = runner.invoke(cli, ["ingest", *map(str, ARTICLES), "--store", store, *extra])
        assert done.exit_code == 0, done.output
        with open_graph(store) as graph:
            graphs.append(json.loads(graph.export("json")))
    assert graphs[0] == graphs[1] and graphs[0]["edges"]


@pytest.mark.parametrize(("n", "size", "workers"), [(0, 4, 2), (5, 4, 2), (12, 4, 2),
                                                    (500, 32, 2), (101, 8, 3), (7, 1, 1)])
def test_chunks_cover_the_documents_in_order_and_end_small(n: int, size: int,
                                                           workers: int) -> None:
    docs = [Document(id=str(i), text="x") for i in range(n)]
    chunks = list(tail_chunks(iter(docs), size, workers))
    assert [d for chunk in chunks for d in chunk] == docs
    assert all(0 < len(chunk) <= size for chunk in chunks)
    small = -(-size // 4)
    tail = [len(c) for c in chunks if len(c) <= small]
    # the last workers * size documents (or all, when fewer) go out in the small chunks
    assert sum(tail) >= min(n, workers * size) or size == small


def _pipelines_built() -> int:
    from celebgraph.extract.pipeline import load_pipeline

    return load_pipeline.cache_info().currsize


def _sampling(dask_worker: Any) -> tuple[bool, float]:
    """Whether the worker profiles its threads, and its event loop's check interval (s)."""
    return "profile" in dask_worker.periodic_callbacks, dask_worker._tick_interval


@pytest.mark.slow
def test_local_workers_have_the_pipeline_before_any_task_and_glibc_malloc() -> None:
    with open_client("local:2") as client:
        assert list(client.run(_pipelines_built).values()) == [1, 1]
        trims = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        assert list(trims.values()) == [None, None]


@pytest.mark.slow
def test_local_workers_spend_no_cpu_on_diagnostics_no_one_reads() -> None:
    with open_client("local:2") as client:
        assert list(client.run(_sampling).values()) == [(False, 0.5), (False, 0.5)]


def test_a_bad_cluster_address_is_one_clear_error() -> None:
    with pytest.raises(CelebgraphError, match="use local:N with N workers"):
        list(extract_documents(documents()[:1], cluster="local:zero"))
    with pytest.raises(CelebgraphError, match="cannot reach the Dask scheduler"):
        list(extract_documents(documents()[:1], cluster="tcp://127.0.0.1:1"))


def _flat(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        flat.update(_flat(value, f"{name}.") if isinstance(value, dict) else {name: value})
    return flat


def test_the_readme_gives_other_clusters_the_local_clusters_settings() -> None:
    import yaml

    from celebgraph.extract.cluster import _LOCAL_SETTINGS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Many machines", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert _flat(yaml.safe_load(block)) == _LOCAL_SETTINGS
