"""Shared pytest fixtures.

Neo4j: ``neo4j_settings`` (session) points at a real server: ``NEO4J_URI`` (with
``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) when set, else a private server that
``scripts/neo4j_local.py`` starts for this session and stops at its end. Careful: ``neo4j_clean``
wipes the database ``NEO4J_URI`` points at. With no server, Neo4j tests skip, or fail when
``CI=true``. Tests using these fixtures get the ``neo4j`` marker automatically. ``graph`` runs a
test on each store: embedded, then Neo4j.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

from celebgraph.settings import Settings

if TYPE_CHECKING:
    import neo4j

    from celebgraph.graph import Graph

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "scripts"))
import neo4j_local  # noqa: E402  (scripts/ is not a package)
from needs import unavailable  # noqa: E402

NEO4J_FIXTURES = frozenset({"neo4j_settings", "neo4j_local_server", "neo4j_driver", "neo4j_clean"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Neo4j fixture with ``neo4j``, so ``-m 'not neo4j'`` works."""
    for item in items:
        if NEO4J_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


def _no_neo4j(reason: str) -> NoReturn:
    unavailable(f"no Neo4j server: {reason}")


class Summary:
    """Lines printed in pytest's terminal summary, by section (fault and attack campaigns)."""

    def __init__(self) -> None:
        self.sections: dict[str, list[str]] = {}

    def add(self, section: str, line: str) -> None:
        self.sections.setdefault(section, []).append(line)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        for section, lines in self.sections.items():
            terminalreporter.write_sep("-", section)
            for line in lines:
                terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def summary(pytestconfig: pytest.Config) -> Summary:
    """Where campaign tests leave the counts the run prints at its end."""
    plugin = Summary()
    pytestconfig.pluginmanager.register(plugin, "celebgraph-summary")
    return plugin


@pytest.fixture(scope="session")
def neo4j_local_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[neo4j_local.LocalConfig, neo4j_local.ServerInfo] | None]:
    """The server this session started with scripts/neo4j_local.py; None under NEO4J_URI."""
    if os.environ.get("NEO4J_URI"):
        yield None
        return
    # A private state directory: parallel sessions never share (or wipe) each other's data.
    state_dir = tmp_path_factory.mktemp("neo4j-state")
    config = replace(neo4j_local.LocalConfig.from_env(), state_dir=state_dir)
    try:
        info = neo4j_local.start(config, die_with_parent=True)
    except neo4j_local.Neo4jLocalError as exc:
        _no_neo4j(f"scripts/neo4j-local could not start one (or set NEO4J_URI): {exc}")
    try:
        yield config, info
    finally:
        neo4j_local.stop(config)
        shutil.rmtree(state_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def neo4j_settings(
    neo4j_local_server: tuple[neo4j_local.LocalConfig, neo4j_local.ServerInfo] | None,
) -> Settings:
    """Settings of a real Neo4j server that answers (see the module docstring)."""
    if neo4j_local_server is not None:
        _, info = neo4j_local_server
        return Settings(neo4j_uri=info.uri, neo4j_username=info.username,
                        neo4j_password=info.password)
    uri = os.environ["NEO4J_URI"]
    settings = Settings(
        neo4j_uri=uri,
        neo4j_username=os.environ.get("NEO4J_USERNAME", "neo4j"),
        neo4j_password=os.environ.get("NEO4J_PASSWORD"),
        neo4j_database=os.environ.get("NEO4J_DATABASE") or None,
    )
    from neo4j import GraphDatabase

    auth = (settings.neo4j_username, settings.neo4j_password or "")
    try:
        with GraphDatabase.driver(uri, auth=auth) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # unreachable, wrong password, bad URI: all mean "no server"
        _no_neo4j(f"NEO4J_URI={uri} does not answer: {exc}")
    return settings


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Settings) -> Iterator[neo4j.Driver]:
    """One driver for the session, connected to ``neo4j_settings``."""
    from neo4j import GraphDatabase

    assert neo4j_settings.neo4j_uri is not None
    auth = (neo4j_settings.neo4j_username, neo4j_settings.neo4j_password or "")
    with GraphDatabase.driver(neo4j_settings.neo4j_uri, auth=auth) as driver:
        yield driver


@pytest.fixture
def neo4j_clean(neo4j_settings: Settings, neo4j_driver: neo4j.Driver) -> Settings:
    """``neo4j_settings`` after deleting every node and relationship (schema is kept)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n",
                               database_=neo4j_settings.neo4j_database)
    return neo4j_settings


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Graph]:
    """An empty graph on each store in turn: an embedded store in ``tmp_path``, then the real
    Neo4j server, wiped (``neo4j_clean``). A test module overrides it to load its articles."""
    from celebgraph.graph import open_graph

    if request.param == "embedded":
        store = open_graph(str(tmp_path / "graph.lbdb"))
    else:
        store = open_graph(request.getfixturevalue("neo4j_clean"))
    with store:
        yield store
