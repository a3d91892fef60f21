"""Operations both stores share, written once over ``store.transaction``: write, forget, read back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.graph.model import PropertyGraph, WriteStats
from kg.graph.writer import plan

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = ["write_graph"]


def write_graph(store: "GraphStore", graph: PropertyGraph, *, batch_size: int = 1000) -> WriteStats:
    """MERGE ``graph`` into ``store``: one transaction per batch, every batch safe to repeat."""
    stats = WriteStats()
    for batch in plan(graph, batch_size):
        store.transaction(lambda run, b=batch: [run(q, p) for q, p in b.queries])
        stats.batches += 1
        if batch.kind == "nodes":
            stats.nodes += batch.size
        elif batch.kind == "relationships":
            stats.relationships += batch.size
    return stats
