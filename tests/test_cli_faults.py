"""Faults a user meets at the terminal, through real processes: Ctrl-C during a command."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import neo4j
from clients import blocked, celebgraph, wait_until_blocked
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
