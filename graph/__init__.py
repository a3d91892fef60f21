"""kg.graph: RDF to property graph, and the stores that hold it (embedded ArcadeDB or Neo4j over Bolt).

``open_store()`` is the entry point: the embedded store in ``./.kg`` by default, a Bolt server when
a URI is given or ``NEO4J_URI`` is set.
"""

from __future__ import annotations

import os
from typing import Any

from kg.graph.model import Node, PropertyGraph, Relationship, WriteStats
from kg.graph.store import GraphError, GraphStore, QueryError, StoreUnavailable

__all__ = [
    "GraphError",
    "GraphStore",
    "Node",
    "PropertyGraph",
    "QueryError",
    "Relationship",
    "StoreUnavailable",
    "WriteStats",
    "open_store",
]


def open_store(
    data_dir: str | os.PathLike[str] | None = None,
    uri: str | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    **options: Any,
) -> GraphStore:
    """Open the graph: Bolt when ``uri`` (or NEO4J_URI) is set, else the embedded store in
    ``data_dir`` (or KG_DATA_DIR, or ``./.kg``)."""
    from kg.graph.config import resolve

    fast_start = bool(options.pop("fast_start", False))  # embedded only: a JVM tuned for short commands
    cfg = resolve(data_dir, uri, username, password, database)
    if cfg.is_bolt:
        from kg.graph.bolt import BoltStore

        return BoltStore(cfg.uri or "", username=cfg.username, password=cfg.password, database=cfg.database,
                         **options)
    from kg.graph.embedded import EmbeddedStore

    return EmbeddedStore(cfg.data_dir, fast_start=fast_start)
