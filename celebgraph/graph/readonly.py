"""What a user's query may do: read the graph, and nothing else.

The decision is made from the database's own plan of the query, never from its text: every
operator of the plan must be a graph read on the lists below, table functions (LadybugDB) and
procedures (Neo4j) must be on their allowlists too. Anything else is refused, with its name.
The stores then run the query read-only as well (LadybugDB's read-only transaction or database,
Neo4j's read transaction), so a gap in these lists still cannot write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from celebgraph.errors import WriteQueryRefusedError

__all__ = [
    "LADYBUG_POLICY",
    "NEO4J_POLICY",
    "PlanPolicy",
    "PlanStep",
    "check_neo4j_summary",
    "neo4j_plan_steps",
]


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One operator of a plan; ``detail`` names the table function or procedure it calls."""

    operator: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PlanPolicy:
    """The operators and calls a read may plan, for one database."""

    database: str
    reads: frozenset[str]
    calls: frozenset[str]  # table functions / procedures that only read the graph or catalog
    call_operator: str  # the operator that calls them
    known: Mapping[str, str]  # operators refused for a reason worth naming

    def check(self, steps: Iterable[PlanStep]) -> None:
        """Raise ``WriteQueryRefusedError`` unless every step is a graph read."""
        steps = list(steps)
        self.check_named(steps)
        self.check_listed(steps)

    def check_named(self, steps: list[PlanStep]) -> None:
        """Refuse calls off the allowlist and operators known to do harm, by name."""
        for step in steps:
            if step.operator == self.call_operator and step.detail.lower() not in self.calls:
                raise _refused(self.database, f"calls {step.detail or 'a function'}, which is "
                               "not one of the catalog or graph reads allowed in queries")
            if step.operator in self.known:
                raise _refused(self.database, f"has the operator {step.operator}, "
                               f"{self.known[step.operator]}")

    def check_listed(self, steps: list[PlanStep]) -> None:
        """Refuse any operator that is not on the list of graph reads."""
        for step in steps:
            if step.operator not in self.reads and step.operator != self.call_operator:
                raise _refused(self.database, f"has the operator {step.operator}, which is not "
                               "a graph read")


def _refused(database: str, what: str) -> WriteQueryRefusedError:
    return WriteQueryRefusedError(
        f"refused: queries are read-only, and {database}'s plan of this one {what}. "
        "Queries may only read the graph; change it with `celebgraph ingest`."
    )


_WRITES = "which writes"
_LADYBUG_KNOWN = {
    **dict.fromkeys(("INSERT", "BATCH_INSERT", "MERGE", "SET_PROPERTY", "DELETE", "COPY_TO",
                     "PARTITIONER", "INDEX_LOOKUP"), _WRITES),
    **dict.fromkeys(("ALTER", "CREATE_TABLE", "CREATE_MACRO", "CREATE_SEQUENCE", "CREATE_TYPE",
                     "DROP"), "which changes the catalog"),
    **dict.fromkeys(("INSTALL_EXTENSION", "LOAD_EXTENSION", "UNINSTALL_EXTENSION",
                     "EXTENSION_CLAUSE"), "which installs or loads extensions"),
    **dict.fromkeys(("ATTACH_DATABASE", "DETACH_DATABASE", "USE_DATABASE", "EXPORT_DATABASE",
                     "IMPORT_DATABASE"), "which reaches other databases or files"),
    "TRANSACTION": "which begins or ends a transaction",
    "STANDALONE_CALL": "which changes a setting",
    "PROFILE": "which runs the query to time it",
}
LADYBUG_POLICY = PlanPolicy(
    database="LadybugDB",
    reads=frozenset({
        "AGGREGATE", "AGGREGATE_FINALIZE", "AGGREGATE_SCAN", "CROSS_PRODUCT", "DUMMY_SINK",
        "DUMMY_SIMPLE_SINK", "EMPTY_RESULT", "FILTER", "FLATTEN", "HASH_JOIN_BUILD",
        "HASH_JOIN_PROBE", "INTERSECT_BUILD", "INTERSECT", "LIMIT", "MULTIPLICITY_REDUCER",
        "PATH_PROPERTY_PROBE", "PRIMARY_KEY_SCAN_NODE_TABLE", "PROJECTION", "RECURSIVE_EXTEND",
        "RESULT_COLLECTOR", "SCAN_NODE_TABLE", "SCAN_REL_TABLE", "SEMI_MASKER", "SKIP", "TOP_K",
        "TOP_K_SCAN", "ORDER_BY", "ORDER_BY_MERGE", "ORDER_BY_SCAN", "UNION_ALL_SCAN", "UNWIND",
    }),
    # READ_FTABLE reads the query's own intermediate results; the others read the catalog.
    calls=frozenset({"read_ftable", "show_tables", "table_info", "show_connection",
                     "db_version"}),
    call_operator="TABLE_FUNCTION_CALL",
    known=_LADYBUG_KNOWN,
)

_NEO4J_READS = frozenset({
    # leaves: scans and seeks
    "AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
    "SubtractionNodeByLabelsScan", "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek",
    "NodeUniqueIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange",
    "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "MultiNodeIndexSeek",
    "AssertingMultiNodeIndexSeek", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
    *(f"{d}{op}" for d in ("Directed", "Undirected") for op in (
        "RelationshipTypeScan", "AllRelationshipsScan", "UnionRelationshipTypesScan",
        "RelationshipByIdSeek", "RelationshipByElementIdSeek", "RelationshipIndexSeek",
        "RelationshipUniqueIndexSeek", "RelationshipIndexSeekByRange",
        "RelationshipUniqueIndexSeekByRange", "RelationshipIndexScan",
        "RelationshipIndexContainsScan", "RelationshipIndexEndsWithScan")),
    "Argument", "ArgumentTracker", "Input",
    # expanding and matching patterns
    "Expand", "OptionalExpand", "VarLengthExpand", "BFSPruningVarLengthExpand", "ShortestPath",
    "StatefulShortestPath", "Trail", "Repeat", "NullifyMetadata", "ProjectEndpoints",
    "TriadicSelection", "TriadicBuild", "TriadicFilter", "AssertSameNode",
    "AssertSameRelationship",
    # joins and subqueries
    "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply",
    "SelectOrSemiApply", "SelectOrAntiSemiApply", "LetSelectOrSemiApply",
    "LetSelectOrAntiSemiApply", "ConditionalApply", "AntiConditionalApply", "RollUpApply",
    "CartesianProduct", "NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin",
    "NodeRightOuterHashJoin", "Optional", "Union", "OrderedUnion",
    # shaping rows
    "ProduceResults", "Projection", "Filter", "Limit", "ExhaustiveLimit", "Skip", "Sort",
    "PartialSort", "Top", "PartialTop", "Distinct", "OrderedDistinct", "EagerAggregation",
    "OrderedAggregation", "Unwind", "Eager", "CacheProperties", "EmptyRow",
})
NEO4J_POLICY = PlanPolicy(
    database="Neo4j",
    reads=_NEO4J_READS,
    calls=frozenset(p.lower() for p in (
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties", "db.schema.visualization", "db.ping")),
    call_operator="ProcedureCall",
    known={
        "LoadCSV": "which reads files or URLs",
        "AdministrationCommand": "which is an administration command",
        "SystemProcedureCall": "which is an administration command",
        "ShowTransactions": "which shows other clients' queries",
        "TerminateTransactions": "which ends other clients' transactions",
        "ShowSettings": "which shows the server's settings",
        "TransactionApply": "which commits in batches",
        "TransactionForeach": "which commits in batches",
        "RunQueryAt": "which runs on another database",
    },
)


def neo4j_plan_steps(plan: Mapping[str, Any]) -> list[PlanStep]:
    """The steps of a Neo4j plan (``ResultSummary.plan``): ``Expand(All)@neo4j`` becomes
    ``Expand``; a procedure call carries the procedure's name."""
    name = str(plan.get("operatorType", "")).split("@")[0].split("(")[0]
    name = name.removeprefix("Partitioned")  # the parallel runtime's twins of the same reads
    details = str(plan.get("args", {}).get("Details", ""))
    steps = [PlanStep(name, details.split("(")[0].strip() if name == "ProcedureCall" else "")]
    for child in plan.get("children", []):
        steps += neo4j_plan_steps(child)
    return steps


def check_neo4j_summary(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    """Refuse a Neo4j query unless its EXPLAIN says it only reads: query type ``r`` and every
    operator and procedure on the allowlists."""
    steps = neo4j_plan_steps(plan) if plan else []
    if not steps:
        raise _refused("Neo4j", "is empty (an administration or schema command?)")
    NEO4J_POLICY.check_named(steps)
    if query_type != "r":
        kind = {"w": "writes", "rw": "writes", "s": "changes the schema or the server"}
        raise _refused("Neo4j", kind.get(query_type or "", f"has query type {query_type}"))
    NEO4J_POLICY.check_listed(steps)
