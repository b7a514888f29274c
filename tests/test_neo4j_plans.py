"""Neo4j's plans for our statements: every lookup of a node by its key seeks the key's index.

Neo4j plans a statement when it first runs and keeps the plan until the statistics drift, so a
plan made on an empty store is the one a big batch may run with next.
"""

from __future__ import annotations

import re
from typing import Any

import neo4j
import pytest

from celebgraph.graph.cypher_neo4j import DIALECT
from celebgraph.graph.neo4j_store import Neo4jStore
from celebgraph.settings import Settings

_KEYED_MATCH = re.compile(r"MATCH \(\w*:(Person|Article|Name) \{(id|key):")
STATEMENTS = {
    **{name: text for name, text in DIALECT.texts.items()
       if _KEYED_MATCH.search(text) and "%(type)s" not in text},  # templates of rel_* below
    **{f"rel_upsert {t}": text for t, text in DIALECT.rel_upsert.items()},
    **{f"rel_state {t}": text for t, text in DIALECT.rel_state.items()},
    **{f"rel_delete {t}": text for t, text in DIALECT.rel_delete.items()},
}


def _operators(plan: dict[str, Any]) -> list[str]:
    ops = [plan["operatorType"].split("@")[0]]
    for child in plan.get("children", []):
        ops += _operators(child)
    return ops


def test_the_keyed_statements_are_many() -> None:
    assert {"NAME_LINKS", "DROP_NAME_LINKS", "LINK_NAMES", "UPSERT_MENTIONS",
            "NEIGHBORHOOD"} <= set(STATEMENTS)
    assert len(STATEMENTS) > 30


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_every_key_lookup_carries_an_index_hint(name: str) -> None:
    text = STATEMENTS[name]
    keyed = re.findall(r"\((\w*):(Person|Article|Name) \{(id|key):", text.split("MERGE")[0])
    assert keyed
    for var, label, prop in keyed:
        assert var, f"{name}: an anonymous {label} lookup cannot be hinted"
        assert f"USING INDEX SEEK {var}:{label}({prop})" in text


@pytest.fixture(scope="module")
def people_without_names(neo4j_settings: Settings, neo4j_driver: neo4j.Driver) -> Settings:
    """A store as the first batch of a bulk load leaves it midway: people, but no names yet."""
    db = neo4j_settings.neo4j_database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    Neo4jStore.from_settings(neo4j_settings).close()  # the schema: constraints and indexes
    neo4j_driver.execute_query("UNWIND range(1, 5000) AS i CREATE (:Person {id: 'p' + i}), "
                               "(:Article {id: 'a' + i})", database_=db)
    return neo4j_settings


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_a_store_without_names_plans_index_seeks_not_scans(
    name: str, people_without_names: Settings, neo4j_driver: neo4j.Driver
) -> None:
    text = STATEMENTS[name].replace("%(radius)d", "2")
    summary = neo4j_driver.execute_query("EXPLAIN " + text,
                                         database_=people_without_names.neo4j_database).summary
    assert summary.plan is not None
    ops = _operators(summary.plan)
    assert any("IndexSeek" in op for op in ops), ops
    assert not any(op in ("NodeByLabelScan", "AllNodesScan") for op in ops), ops
