"""The store interface. One class per backend: embedded (ArcadeDB in-process) and Bolt (Neo4j)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, TypeVar

from kg.graph.model import PropertyGraph, WriteStats

T = TypeVar("T")
Run = Callable[..., list[dict[str, Any]]]  # run(cypher, params) inside a transaction


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

    def transaction(self, work: Callable[[Run], T]) -> T:
        """Run ``work(run)`` in one write transaction (retried as a whole on transient errors where the
        backend retries): ``run(cypher, params)`` executes a query inside it and returns plain rows."""
        raise NotImplementedError(f"{type(self).__name__} has no transactions")

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
