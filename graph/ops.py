"""Operations both stores share, written once over ``store.transaction``: write and forget."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.graph import cypher
from kg.graph.mapping import ATTR_PROVENANCE_LISTS, DOCUMENT, REL_PROVENANCE_LISTS
from kg.graph.model import PropertyGraph, WriteStats
from kg.graph.store import GraphError
from kg.graph.writer import plan

if TYPE_CHECKING:
    from kg.graph.store import GraphStore, Run

__all__ = ["ForgetStats", "UnknownDocument", "write_graph", "forget_document", "complete_documents"]


class UnknownDocument(GraphError):
    """The document to remove is not in the graph."""


@dataclass
class ForgetStats:
    document: str
    nodes_deleted: int = 0
    nodes_updated: int = 0
    relationships_deleted: int = 0
    relationships_updated: int = 0
    removed: list[str] = field(default_factory=list)  # IRIs of the entities and events deleted


def complete_documents(store: "GraphStore", graph: PropertyGraph) -> set[str]:
    """IRIs of the graph's documents that the store already holds completely (same content hash)."""
    docs = {n.iri: n.props.get("contentHash") for n in graph.nodes if n.labels and n.labels[0] == DOCUMENT}
    if not docs:
        return set()
    have = store.query(*cypher.document_hashes(list(docs)))
    return {r["iri"] for r in have if r.get("contentHash") and r["contentHash"] == docs.get(r["iri"])}


def write_graph(store: "GraphStore", graph: PropertyGraph, *, batch_size: int = 1000,
                replace: bool = True) -> WriteStats:
    """MERGE ``graph`` into ``store``: one transaction per batch, every batch safe to repeat.

    Nothing is written when every document of the graph is already completely in the store
    (``stats.skipped``). With ``replace``, a document whose ``source`` matches a stored document
    with another IRI (the article changed) first removes that older version's facts.
    """
    stats = WriteStats()
    docs = [n for n in graph.nodes if n.labels and n.labels[0] == DOCUMENT]
    if docs and len(complete_documents(store, graph)) == len(docs):
        stats.skipped = True
        return stats
    if replace:
        rows = [{"iri": n.iri, "source": n.props["source"]} for n in docs if _replaceable(n.props.get("source"))]
        if rows:
            for r in store.query(*cypher.documents_by_source(rows)):
                forget_document(store, r["iri"])
                stats.replaced.append(r["iri"])
    for batch in plan(graph, batch_size):
        store.transaction(lambda run, b=batch: [run(q, p) for q, p in b.queries])
        stats.batches += 1
        if batch.kind == "nodes":
            stats.nodes += batch.size
        elif batch.kind == "relationships":
            stats.relationships += batch.size
    return stats


def _replaceable(source: Any) -> bool:
    return isinstance(source, str) and bool(source) and not source.startswith("<")


def forget_document(store: "GraphStore", doc: str) -> ForgetStats:
    """Remove a document and what it alone supported, in one transaction.

    Facts and attributes other documents also support stay (only this document's evidence is taken
    off them); entities and events no other document supports are deleted.
    """
    if not store.query(*cypher.documents_by_iri([doc])):
        raise UnknownDocument(f"no document {doc} in the graph")
    return store.transaction(lambda run: _forget(run, doc))


def _forget(run: "Run", doc: str) -> ForgetStats:
    stats = ForgetStats(doc)
    # Relationships first (their start nodes carry the document in `sources`).
    rel_updates: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    rel_deletes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for base in (cypher.ENTITY, cypher.EVENT):
        for r in run(*cypher.relationships_supported_by(base, doc)):
            key = (r["type"], base, _base(r["endLabels"]))
            row = {"start": r["start"], "end": r["end"]}
            props = r["props"]
            sources = [s for s in props.get("sources") or [] if s != doc]
            if not sources:
                rel_deletes[key].append(row)
                continue
            new: dict[str, Any] = {"sources": sources}
            if props.get("provenanceKeys") is not None:
                keep = [i for i, s in enumerate(props.get("evidenceSources") or []) if s != doc]
                for name in REL_PROVENANCE_LISTS:
                    new[name] = [props[name][i] for i in keep] if name in props else []
                new["confidence"] = max(new["confidences"]) if new["confidences"] else None
            row["props"] = new
            rel_updates[key].append(row)
    for (rtype, s, e), rows in rel_deletes.items():
        run(*cypher.delete_relationships(rtype, s, e, rows))
        stats.relationships_deleted += len(rows)
    for (rtype, s, e), rows in rel_updates.items():
        run(*cypher.set_relationship_props(rtype, s, e, rows))
        stats.relationships_updated += len(rows)

    for base in (cypher.ENTITY, cypher.EVENT):
        deletes: list[str] = []
        updates: list[dict[str, Any]] = []
        removals: dict[str, list[str]] = defaultdict(list)
        for r in run(*cypher.nodes_supported_by(base, doc)):
            props = r["props"]
            sources = [s for s in props.get("sources") or [] if s != doc]
            if not sources:
                deletes.append(r["iri"])
                continue
            new: dict[str, Any] = {"sources": sources}
            if props.get("attrKeys"):
                keep = [i for i, s in enumerate(props.get("attrSources") or []) if s != doc]
                before = set(props.get("attrPredicates") or [])
                after = {props["attrPredicates"][i] for i in keep}
                for name in before - after:
                    removals[name].append(r["iri"])  # no other document supports this attribute
                if keep:
                    for name in ATTR_PROVENANCE_LISTS:
                        new[name] = [props[name][i] for i in keep]
                else:
                    for name in ATTR_PROVENANCE_LISTS:
                        removals[name].append(r["iri"])
            updates.append({"iri": r["iri"], "props": new})
        if deletes:
            run(*cypher.delete_nodes(base, deletes))
            stats.nodes_deleted += len(deletes)
            stats.removed += deletes
        if updates:
            run(*cypher.set_node_props(base, updates))
            stats.nodes_updated += len(updates)
        for name, iris in removals.items():
            run(*cypher.remove_node_property(base, name, iris))
    run(*cypher.delete_nodes(DOCUMENT, [doc]))
    return stats


def _base(labels: list[str]) -> str:
    for x in labels:
        if x in cypher.BASE_LABELS:
            return x
    return cypher.ENTITY
