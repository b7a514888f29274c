"""A capped page cache (LadybugDB's buffer pool): the same answers, and no loss after kill -9.

Every embedded store opens with ``Settings.buffer_pool`` MiB of page cache (``--buffer-pool``,
``CELEBGRAPH_BUFFER_POOL``); reads of the whole store go a page at a time (``graph.export``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import QueryError
from celebgraph.graph.embedded import EmbeddedStore
from celebgraph.graph.export import export
from celebgraph.graph.ingest import ingest_extractions
from celebgraph.settings import DEFAULT_BUFFER_POOL, Settings

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import faults  # noqa: E402  (bench/ is not a package)
from synthetic import generate, news  # noqa: E402

_register_commands()

SMALL = 16  # MiB: too little for one query over all 15,000 claims of the store below
ALL_CLAIMS = ("MATCH (c:Claim)-[:SUBJECT]->(a:Person) OPTIONAL MATCH (c)-[:OBJECT]->(b:Person) "
              "RETURN a.id, b.id, c.id, c.evidence ORDER BY c.id")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pool") / "g.lbdb"
    g = generate(5000, seed=7)
    with EmbeddedStore(path, buffer_pool=0) as s:
        s.bulk_load(g.person_rows(), g.rel_rows(), articles=g.articles(), claims=g.claim_rows())
        ingest_extractions(s, news(g, 100, seed=3))
    return path


def test_a_small_cache_exports_the_same_json_a_page_at_a_time(store: Path) -> None:
    with EmbeddedStore(store, read_only=True, buffer_pool=0) as s:
        whole = export(s, "json")
    with EmbeddedStore(store, read_only=True, buffer_pool=SMALL << 20) as s:
        with pytest.raises(QueryError, match=r"[Bb]uffer"):
            s.read(ALL_CLAIMS)  # the cap bites: the whole table at once does not fit
        assert export(s, "json", page=500) == whole


def test_the_cache_is_a_setting(store: Path) -> None:
    assert Settings().buffer_pool == DEFAULT_BUFFER_POOL
    assert Settings.from_env({"CELEBGRAPH_BUFFER_POOL": "64"}).buffer_pool == 64
    runner = CliRunner()
    for pool in ("0", "64"):
        out = runner.invoke(cli, ["stats", "--store", str(store), "--format", "json",
                                  "--buffer-pool", pool])
        assert out.exit_code == 0, out.output
        assert json.loads(out.output)[0] == {"what": "people", "count": 5188}
    out = runner.invoke(cli, ["stats", "--store", str(store)],
                        env={"CELEBGRAPH_BUFFER_POOL": "1"})  # reaches the store: too small
    assert out.exit_code == 1
    assert out.output.strip().splitlines() == [out.output.strip()]
    assert "page cache is too small: raise --buffer-pool" in out.output


@pytest.mark.slow
def test_kill_9_with_a_small_cache_loses_nothing(tmp_path: Path) -> None:
    counts = faults.kill_campaign(tmp_path, tries=4, pool=64)
    print(counts.line())
    assert counts.lost == 0, counts.line()
    assert counts.survived == counts.tried == 4
