"""Sync one store into another (the embedded store into Neo4j over Bolt), document by document.

Idempotent and incremental: a document whose content hash the target already holds is skipped
(no writes); a document the target lacks, or holds only partly (a killed sync: its hash is written
last), is written again with MERGE; a changed article (same source, new content) replaces its older
version there. ``prune`` also removes from the target the documents the source no longer has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.graph.ops import UnknownDocument, forget_document
from kg.graph.combine import for_documents
from kg.graph.read import document_hashes, read_documents, read_graph

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = ["SyncReport", "sync"]


@dataclass
class SyncReport:
    documents: int = 0
    synced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0
    batches: int = 0


def sync(
    source: "GraphStore",
    target: "GraphStore",
    documents: list[str] | None = None,
    *,
    batch_size: int = 1000,
    documents_per_write: int = 50,
    prune: bool = False,
    whole_graph_from: int = 200,
    on_progress: Callable[[int, int], None] | None = None,
) -> SyncReport:
    """Copy the documents of ``source`` (all, or the IRIs in ``documents``) with what they support
    into ``target``. ``on_progress(done, total)`` is called after each group of documents.

    When at least ``whole_graph_from`` documents (and half of them) need syncing, the source is read
    once as a whole rather than document by document (hub entities are then read once, not once
    per document that mentions them)."""
    src = document_hashes(source, documents)
    if documents:
        missing = [d for d in documents if d not in src]
        if missing:
            raise UnknownDocument(f"no document {missing[0]} in the source graph")
    complete = {iri: r for iri, r in src.items() if r.get("contentHash")}
    report = SyncReport(documents=len(complete))
    have = document_hashes(target, list(complete)) if complete else {}
    todo = []
    for iri, r in sorted(complete.items()):
        if have.get(iri, {}).get("contentHash") == r["contentHash"]:
            report.skipped.append(iri)
        else:
            todo.append(iri)
    if todo and len(todo) >= max(whole_graph_from, len(complete) // 2):
        # Most of the graph goes: read it once and keep what the documents to sync support.
        pg = for_documents(read_graph(source), set(todo))
        stats = target.write(pg, batch_size=batch_size)
        report.synced += todo
        report.replaced += stats.replaced
        report.nodes += stats.nodes
        report.relationships += stats.relationships
        report.batches += stats.batches
        if on_progress:
            on_progress(len(todo), len(todo))
        todo = []
    done = 0
    for i in range(0, len(todo), documents_per_write):
        group = todo[i : i + documents_per_write]
        stats = target.write(read_documents(source, group), batch_size=batch_size)
        report.synced += group
        report.replaced += stats.replaced
        report.nodes += stats.nodes
        report.relationships += stats.relationships
        report.batches += stats.batches
        done += len(group)
        if on_progress:
            on_progress(done, len(todo))
    if prune and not documents:
        for iri in sorted(set(document_hashes(target)) - set(src)):
            forget_document(target, iri)
            report.pruned.append(iri)
    return report
