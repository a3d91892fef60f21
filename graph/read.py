"""Read a store back into a PropertyGraph: all of it, or what chosen documents support."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.graph import cypher
from kg.graph.combine import for_documents
from kg.graph.model import Node, PropertyGraph, Relationship
from kg.ontology import load

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = ["order_labels", "base_label", "read_graph", "read_documents", "document_hashes"]


def order_labels(labels: list[str]) -> list[str]:
    """Labels as the mapping writes them: the base label first, then general to specific."""
    ont = load()
    base = [x for x in labels if x in cypher.BASE_LABELS]
    rest = [x for x in labels if x not in cypher.BASE_LABELS]
    rest.sort(key=lambda x: (len(ont.superclasses(x)), x))
    return base + rest


def base_label(labels: list[str]) -> str:
    for x in labels:
        if x in cypher.BASE_LABELS:
            return x
    raise ValueError(f"node without a base label: {labels}")


def _node(labels: list[str], props: dict[str, Any]) -> Node:
    return Node(props["iri"], order_labels(labels), dict(props))


def read_graph(store: "GraphStore") -> PropertyGraph:
    """Everything in the store."""
    nodes = [_node(r["labels"], r["props"]) for r in store.query(*cypher.all_nodes())]
    rels = [Relationship(r["type"], r["start"], r["end"], dict(r["props"]))
            for r in store.query(*cypher.all_relationships())]
    return PropertyGraph(nodes, rels)


def document_hashes(store: "GraphStore", iris: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """``{iri: {"contentHash", "source"}}`` of the documents in the store (all, or those of ``iris``)."""
    return {r["iri"]: r for r in store.query(*cypher.document_hashes(iris))}


def read_documents(store: "GraphStore", docs: list[str]) -> PropertyGraph:
    """What the documents ``docs`` support, each with only its own provenance, merged."""
    nodes: dict[str, Node] = {}
    rels: list[Relationship] = []
    for r in store.query(*cypher.documents_by_iri(docs)):
        nodes[r["props"]["iri"]] = _node(r["labels"], r["props"])
    for r in store.query(*cypher.mentioned_nodes(docs)):
        nodes.setdefault(r["end"], _node(r["labels"], r["props"]))
        rels.append(Relationship("MENTIONS", r["start"], r["end"], {}))
    for r in store.query(*cypher.supported_relationships(docs)):
        nodes.setdefault(r["end"], _node(r["endLabels"], r["endProps"]))
        rels.append(Relationship(r["type"], r["start"], r["end"], dict(r["props"])))
    full = PropertyGraph(list(nodes.values()), rels)
    return for_documents(full, set(docs))


def find_documents(store: "GraphStore", refs: list[str]) -> list[str]:
    """Document IRIs for references that are IRIs or sources (the path or URL an article came from).

    A source matches exactly or as the end of a stored source (``a.txt`` finds ``/data/a.txt``).
    """
    from kg.graph.ops import UnknownDocument

    docs = document_hashes(store)
    out: list[str] = []
    for ref in refs:
        if ref in docs:
            out.append(ref)
            continue
        hits = [iri for iri, r in docs.items() if r.get("source") == ref]
        if not hits:
            hits = [iri for iri, r in docs.items()
                    if isinstance(r.get("source"), str) and r["source"].endswith("/" + ref.lstrip("./"))]
        if not hits:
            raise UnknownDocument(f"no document {ref!r} in the graph (give its IRI or its source path)")
        if len(hits) > 1:
            raise UnknownDocument(f"{ref!r} matches {len(hits)} documents; give the IRI")
        out.append(hits[0])
    return out
