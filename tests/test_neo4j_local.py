"""The local Neo4j server of scripts/neo4j-local, as the test session's fixture starts it."""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from pathlib import Path

import neo4j
import neo4j_local
import pytest

from celebgraph.settings import Settings

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "neo4j-local"

pytestmark = pytest.mark.neo4j

Server = tuple[neo4j_local.LocalConfig, neo4j_local.ServerInfo]


def _script(command: str, state_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CELEBGRAPH_NEO4J_STATE": str(state_dir)}
    return subprocess.run([str(SCRIPT), command], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def _own_server(neo4j_local_server: Server | None) -> Server:
    if neo4j_local_server is None:
        pytest.skip("NEO4J_URI is set: the session uses that server, not scripts/neo4j-local")
    return neo4j_local_server


def test_server_answers_return_1(neo4j_settings: Settings, neo4j_driver: neo4j.Driver) -> None:
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one",
                                               database_=neo4j_settings.neo4j_database)
    assert [record["one"] for record in records] == [1]


def test_server_keeps_data_and_neo4j_clean_wipes_it(
    neo4j_clean: Settings, neo4j_driver: neo4j.Driver
) -> None:
    db = neo4j_clean.neo4j_database
    neo4j_driver.execute_query("CREATE (:Probe {n: $n})", n=7, database_=db)
    records, _, _ = neo4j_driver.execute_query("MATCH (p:Probe) RETURN p.n AS n", database_=db)
    assert [record["n"] for record in records] == [7]
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)


def test_status_reports_the_running_server(neo4j_local_server: Server | None) -> None:
    config, info = _own_server(neo4j_local_server)
    assert neo4j_local.status(config) == info
    done = _script("status", config.state_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"running: {info.uri} (pid {info.pid})"


def test_start_when_running_prints_the_same_exports(neo4j_local_server: Server | None) -> None:
    config, info = _own_server(neo4j_local_server)
    done = _script("start", config.state_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout == info.exports()
    printed = subprocess.run(["bash", "-c", f'{done.stdout}\necho "$NEO4J_URI $NEO4J_PASSWORD"'],
                             capture_output=True, text=True, check=True).stdout
    assert printed.split() == [info.uri, info.password]


def test_wrong_password_is_refused(neo4j_local_server: Server | None) -> None:
    _, info = _own_server(neo4j_local_server)
    with neo4j.GraphDatabase.driver(info.uri, auth=(info.username, "wrong-password")) as driver, \
            pytest.raises(neo4j.exceptions.AuthError):
        driver.verify_connectivity()


def test_status_and_stop_without_a_server(tmp_path: Path) -> None:
    done = _script("status", tmp_path)
    assert (done.returncode, done.stdout.strip()) == (3, "not running")
    done = _script("stop", tmp_path)
    assert done.returncode == 0
    assert "not running" in done.stderr


def test_start_failure_reports_the_log_and_leaves_no_process(tmp_path: Path) -> None:
    config = neo4j_local.LocalConfig.from_env()
    broken = replace(config, state_dir=tmp_path / "state", heap="1k")  # the JVM refuses it
    with pytest.raises(neo4j_local.Neo4jLocalError, match="exited with status") as caught:
        neo4j_local.start(broken, log=lambda _: None)
    assert "Too small maximum heap" in str(caught.value)
    assert neo4j_local.status(broken) is None
    assert (broken.state_dir / "password").exists()  # set before the JVM was started
