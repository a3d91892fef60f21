"""The Cypher builders: parameters for every value, labels and types only from the ontology."""

from __future__ import annotations

import pytest

from kg.graph import cypher
from kg.graph.model import Node, PropertyGraph, Relationship
from kg.graph.store import QueryError
from kg.graph.writer import plan

EVIL = "x`}) DETACH DELETE n //"


def test_labels_and_types_are_validated():
    with pytest.raises(QueryError):
        cypher.merge_nodes(["Entity", EVIL], [])
    with pytest.raises(QueryError):
        cypher.merge_relationships(EVIL, "Entity", "Entity", [])
    with pytest.raises(QueryError):
        cypher.create_constraint("Robot")
    with pytest.raises(QueryError):
        cypher.merge_nodes(["Company"], [])  # the base label must come first


def test_values_travel_as_parameters():
    rows = [{"iri": "i", "props": {"name": EVIL}}]
    q, p = cypher.merge_nodes(["Entity", "Organization", "Company"], rows)
    assert EVIL not in q and p["rows"] == rows
    q2, _ = cypher.create_missing_nodes(["Entity", "Organization", "Company"], rows)
    assert EVIL not in q2 and "CREATE (m:`Entity`:`Organization`:`Company` {iri: iri})" in q2
    assert q.startswith("UNWIND $rows AS r\nMATCH (n:`Entity` {iri: r.iri})")


def test_plan_batches_one_query_per_relationship_type():
    nodes = [Node(f"e{i}", ["Entity", "Organization", "Company"], {"iri": f"e{i}"}) for i in range(5)]
    rels = [Relationship("COMPETES_WITH", "e0", f"e{i}") for i in range(1, 5)]
    rels += [Relationship("PARTNERS_WITH", "e1", "e2")]
    batches = plan(PropertyGraph(nodes, rels), batch_size=2)
    kinds = [b.kind for b in batches]
    assert kinds == ["nodes"] * 3 + ["relationships"] * 3
    assert sum("COMPETES_WITH" in b.queries[0][0] for b in batches) == 2
    assert sum(b.size for b in batches if b.kind == "nodes") == 5


def test_plan_refuses_dangling_relationships():
    with pytest.raises(QueryError, match="not in the graph"):
        plan(PropertyGraph([], [Relationship("COMPETES_WITH", "a", "b")]))
