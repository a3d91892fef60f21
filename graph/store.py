"""The store interface. One class per backend: embedded (ArcadeDB in-process) and Bolt (Neo4j)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from kg.graph.model import PropertyGraph, WriteStats


class GraphError(Exception):
    """Base of every error the graph layer raises; messages are fit to show a user."""


class StoreUnavailable(GraphError):
    """The store cannot be opened or reached (server down, wrong password, locked directory...)."""


class QueryError(GraphError):
    """A Cypher query failed (syntax, or a write attempted on a read-only call)."""


class GraphStore(ABC):
    """A property graph that speaks Cypher."""

    @abstractmethod
    def write(self, graph: PropertyGraph, *, batch_size: int = 1000) -> WriteStats:
        """MERGE the nodes and relationships (idempotent: writing the same graph twice changes nothing)."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        """Run Cypher with parameters and return the rows as plain Python dicts.

        With ``write=False`` the query must not change the graph (enforced where the backend can).
        """

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
