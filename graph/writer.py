"""Plan the writes of a property graph: ordered, batched, parameterised queries (no I/O here).

Order: entity and event nodes, Document nodes (without their hash), relationships (one query per
type and endpoint labels), and last the Documents' ``contentHash``. A Document that has its hash is
therefore completely written; a write killed half-way leaves documents without a hash, and running
it again (every batch is a MERGE, safe to repeat) completes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.graph import cypher
from kg.graph.mapping import ATTR_PROVENANCE_LISTS, DOCUMENT, REL_PROVENANCE_LISTS, UNION_LISTS
from kg.graph.model import PropertyGraph
from kg.graph.store import QueryError

__all__ = ["Batch", "plan", "node_row", "rel_row"]

_NODE_LISTS = set(UNION_LISTS) | set(ATTR_PROVENANCE_LISTS)
_REL_LISTS = {"sources"} | set(REL_PROVENANCE_LISTS)


@dataclass
class Batch:
    """Queries that run together in one transaction."""

    queries: list[tuple[str, dict[str, Any]]]
    kind: str  # "nodes", "relationships" or "documents"
    size: int


def node_row(iri: str, props: dict[str, Any], *, drop_hash: bool = False) -> dict[str, Any]:
    row: dict[str, Any] = {"iri": iri, "props": {}}
    for k, v in props.items():
        if v is None or (drop_hash and k == "contentHash"):
            continue
        if k in _NODE_LISTS:
            if v:
                row[k] = list(v)
        else:
            row["props"][k] = v
    row["props"]["iri"] = iri
    return row


def rel_row(start: str, end: str, props: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"start": start, "end": end, "props": {}}
    for k, v in props.items():
        if v is None or k == "confidence":
            continue  # confidence is computed from the provenance lists
        if k in _REL_LISTS:
            if v:
                row[k] = list(v)
        else:
            row["props"][k] = v
    if "confidence" in props and not props.get("confidences"):
        row["props"]["confidence"] = props["confidence"]
    return row


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def plan(graph: PropertyGraph, batch_size: int = 1000, *, known: dict[str, str] | None = None) -> list[Batch]:
    """The batches that write ``graph``, in order.

    ``known`` maps IRIs of nodes that are not in ``graph`` but already in the store to their base
    label, so relationships may point at them.
    """
    if batch_size < 1:
        raise QueryError("batch size must be at least 1")
    base: dict[str, str] = dict(known or {})
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    hashes: list[dict[str, Any]] = []
    for n in graph.nodes:
        if not n.labels:
            raise QueryError(f"node {n.iri} has no label")
        base[n.iri] = n.labels[0]
        is_doc = n.labels[0] == DOCUMENT
        by_labels[tuple(n.labels)].append(node_row(n.iri, n.props, drop_hash=is_doc))
        if is_doc and n.props.get("contentHash"):
            hashes.append({"iri": n.iri, "contentHash": n.props["contentHash"]})
    by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in graph.relationships:
        try:
            key = (r.type, base[r.start], base[r.end])
        except KeyError as e:
            raise QueryError(f"relationship {r.type} refers to a node not in the graph: {e.args[0]}") from e
        by_type[key].append(rel_row(r.start, r.end, r.props))

    out: list[Batch] = []
    # Documents after the other nodes: their hash comes last anyway, but this keeps MENTIONS targets ready.
    for labels in sorted(by_labels, key=lambda ls: (ls[0] == DOCUMENT, ls)):
        for chunk in _chunks(by_labels[labels], batch_size):
            out.append(Batch([cypher.create_missing_nodes(labels, chunk), cypher.merge_nodes(labels, chunk)],
                             "nodes", len(chunk)))
    for (rtype, start, end) in sorted(by_type):
        for chunk in _chunks(by_type[(rtype, start, end)], batch_size):
            prov = any(row.get(REL_PROVENANCE_LISTS[0]) for row in chunk)
            out.append(Batch([cypher.merge_relationships(rtype, start, end, chunk, provenance=prov)],
                             "relationships", len(chunk)))
    for chunk in _chunks(hashes, batch_size):
        out.append(Batch([cypher.finish_documents(chunk)], "documents", len(chunk)))
    return out
