"""Faults a user meets at the terminal, through real processes: Ctrl-C during a command, and a
Neo4j server that goes away in the middle of one."""

from __future__ import annotations

import signal
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import neo4j
import pytest
from clients import CuttingProxy, blocked, celebgraph, wait_until_blocked
from test_concurrent_ingest import marriage

from celebgraph.graph import open_graph
from celebgraph.settings import Settings


def _interrupt(process: subprocess.Popen[str]) -> tuple[int | None, str, str]:
    """Send SIGINT; the status and output if it ends within 20 s (else it is killed: None)."""
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        return None, out, err
    return process.returncode, out, err


def test_ctrl_c_during_a_neo4j_write_is_one_line_and_leaves_nothing(
        neo4j_clean: Settings, neo4j_driver: neo4j.Driver, tmp_path: Path) -> None:
    """``celebgraph ingest`` is interrupted in the middle of its write, which waits for Jane
    Roe's node (another client has changed it and not committed yet). It ends at once, with
    one line and status 130; its transaction is gone from the server, nothing of it stays,
    and the ingest lock is free."""
    with open_graph(neo4j_clean) as graph:
        graph.ingest_extractions([marriage("p", "Jane Roe", "John Doe")])
    article = tmp_path / "divorce.txt"
    article.write_text("date 2021-06-10\nJane Roe filed for divorce from John Doe in 2020.\n")
    with neo4j_driver.session(database=neo4j_clean.neo4j_database) as session, \
            session.begin_transaction() as hold:
        hold.run("MATCH (p:Person {id: 'jane-roe'}) SET p.held = true").consume()
        ingest = celebgraph(["ingest", str(article)], neo4j_clean)
        wait_until_blocked(neo4j_driver)  # it has taken the ingest lock and written its article
        code, out, err = _interrupt(ingest)
        left = blocked(neo4j_driver)
        hold.rollback()

    assert (code, out, err) == (130, "", "Interrupted.\n")
    assert left == []
    with open_graph(neo4j_clean) as graph:
        assert graph.stats()["articles"] == 1
        assert graph.store.claims_version() == 1
        graph.ingest_extractions([marriage("q", "Mary Major", "Richard Roe")])  # lock is free
        assert graph.stats()["articles"] == 2


def test_ctrl_c_ends_any_command_with_one_line() -> None:
    """``celebgraph extract -`` waits for standard input; Ctrl-C ends it the same way (in its
    imports or in its read: either way, one line)."""
    extract = celebgraph(["extract", "-"], Settings())
    time.sleep(2)  # past the interpreter's start, before which SIGINT just kills a process
    assert _interrupt(extract) == (130, "", "Interrupted.\n")


@pytest.mark.parametrize("log_file", [False, True])
def test_a_server_gone_mid_command_is_one_line_and_the_driver_warnings_go_to_the_log(
        neo4j_clean: Settings, tmp_path: Path, log_file: bool) -> None:
    """The server goes away once ``stats`` has asked its second count: a proxy drops every
    connection and refuses new ones. The driver retries for a few seconds, warning at each
    try; the terminal shows only the one error line, and the warnings are in ``--log-file``
    when one is given."""
    open_graph(neo4j_clean).close()  # the schema is in place: opening only reads
    proxy = CuttingProxy(neo4j_clean.neo4j_uri or "", marker=b"count(a) AS n")
    log = tmp_path / "celebgraph.log"
    stats = celebgraph([*(["--log-file", str(log)] if log_file else []), "stats"],
                       replace(neo4j_clean, neo4j_uri=proxy.uri))
    out, err = stats.communicate(timeout=120)
    proxy.close()

    assert (stats.returncode, out) == (1, ""), err
    assert err.startswith(f"Error: cannot reach Neo4j at {proxy.uri}: ")
    assert len(err.splitlines()) == 1, err
    assert proxy.cut.is_set()
    if log_file:
        assert "Transaction failed and will be retried" in log.read_text()
    else:
        assert not log.exists()
