"""The Bolt store: a Neo4j server (or any Bolt server that speaks Neo4j's Cypher) over the official driver.

Settings come from ``kg.graph.config`` (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
The password is never printed or logged; errors name the URI and the database. Writes go through
managed transactions (``execute_write``), which retry transient errors; every batch is a MERGE and
safe to repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from kg.graph import cypher
from kg.graph.model import PropertyGraph, WriteStats
from kg.graph.store import GraphStore, QueryError, StoreUnavailable

__all__ = ["BoltStore"]

T = TypeVar("T")
_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships become their property dicts."""
    from neo4j.graph import Node, Path, Relationship
    from neo4j.time import Date, DateTime, Duration, Time

    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Node | Relationship):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, Date):
        return value.to_native()
    if isinstance(value, DateTime):
        return value.to_native()
    if isinstance(value, Time | Duration):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value
    return value


class BoltStore(GraphStore):
    """A graph on a Bolt server. ``batch_size`` is the default rows per UNWIND batch."""

    def __init__(
        self,
        uri: str,
        *,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = 1000,
        max_retry_time: float = 30.0,
        connection_timeout: float = 10.0,
    ):
        import neo4j
        from neo4j import exceptions as nx

        self.uri = uri
        self.database = database or None
        self.batch_size = batch_size
        self._constraints_done = False
        where = f"{uri}" + (f" (database {database!r})" if database else "")
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in _SCHEMES:
            raise StoreUnavailable(f"bad Bolt URI {uri!r}: use bolt://, neo4j:// (or their +s/+ssc forms)")
        auth = (username or "neo4j", password) if password is not None else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, max_transaction_retry_time=max_retry_time, connection_timeout=connection_timeout,
                notifications_min_severity="OFF",
            )
        except (ValueError, nx.ConfigurationError) as e:
            raise StoreUnavailable(f"bad Bolt URI {uri!r}: {str(e).splitlines()[0]}") from e
        try:
            self._driver.verify_connectivity()
            self._session_kwargs: dict[str, Any] = {"database": self.database} if self.database else {}
            with self._driver.session(**self._session_kwargs) as s:
                s.run("RETURN 1 AS ok").consume()
        except nx.AuthError as e:
            self._driver.close()
            raise StoreUnavailable(f"{where}: the server refused the user name or password") from e
        except nx.ServiceUnavailable as e:
            self._driver.close()
            raise StoreUnavailable(f"cannot reach a Bolt server at {uri}: is it running?") from e
        except nx.ClientError as e:
            self._driver.close()
            code = (e.code or "").lower()
            if "database" in code or "database" in str(e.message or "").lower():
                raise StoreUnavailable(f"{where}: no such database on the server") from e
            raise StoreUnavailable(f"{where}: {e.message or e.code}") from e
        except Exception as e:  # noqa: BLE001 - anything else while connecting is "unavailable"
            self._driver.close()
            raise StoreUnavailable(f"cannot use the Bolt server at {where}: {str(e).splitlines()[0]}") from e

    def __repr__(self) -> str:
        return f"BoltStore({self.uri!r}, database={self.database!r})"

    def close(self) -> None:
        self._driver.close()

    # ------------------------------------------------------------------ queries
    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run Cypher. ``write=False`` runs it in a read transaction (the server refuses writes there)."""
        from neo4j import exceptions as nx

        from kg.graph.readonly import write_clause

        if not write and (clause := write_clause(cypher)):
            raise QueryError(f"this query changes the graph ({clause}); it is refused on a read-only call")

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            return [{k: _plain(v) for k, v in rec.items()} for rec in result]

        try:
            with self._driver.session(**self._session_kwargs) as s:
                if write:
                    return s.execute_write(work)
                return s.execute_read(work)
        except nx.Neo4jError as e:
            raise _query_error(e, write) from e
        except nx.DriverError as e:
            raise StoreUnavailable(f"lost the Bolt server at {self.uri}: {str(e).splitlines()[0]}") from e

    def transaction(self, work: Callable[[Callable[..., list[dict[str, Any]]]], T]) -> T:
        """``work(run)`` in one managed write transaction, retried as a whole on transient errors."""
        from neo4j import exceptions as nx

        def tx_work(tx: Any) -> T:
            def run(q: str, p: dict[str, Any] | None = None) -> list[dict[str, Any]]:
                result = tx.run(q, p or {})
                return [{k: _plain(v) for k, v in rec.items()} for rec in result]

            return work(run)

        try:
            with self._driver.session(**self._session_kwargs) as s:
                return s.execute_write(tx_work)
        except nx.Neo4jError as e:
            raise _query_error(e, True) from e
        except nx.DriverError as e:
            raise StoreUnavailable(f"lost the Bolt server at {self.uri}: {str(e).splitlines()[0]}") from e

    def ensure_constraints(self, labels: list[str] | None = None) -> None:
        """Uniqueness of ``iri`` for each label that writes MERGE on (``Entity``, ``Event``, ``Document``:
        every node has exactly one of them), created ``IF NOT EXISTS``, once per store object.

        Not on the sub-labels (``Company``...): ArcadeDB re-types a node when a label is added and a
        unique index on the new label then rejects the move; unique per base label implies unique
        per sub-label anyway."""
        labels = labels or list(cypher.BASE_LABELS)
        for label in labels:
            q, p = cypher.create_constraint(label)
            self.query(q, p, write=True)
        self._constraints_done = True

    def write(self, graph: PropertyGraph, *, batch_size: int | None = None) -> WriteStats:
        from kg.graph.ops import write_graph

        if not self._constraints_done:
            self.ensure_constraints()
        return write_graph(self, graph, batch_size=batch_size or self.batch_size)


def _query_error(e: Any, write: bool) -> QueryError:
    code = getattr(e, "code", "") or ""
    msg = (getattr(e, "message", None) or str(e)).splitlines()[0]
    if not write and ("AccessMode" in code or "Forbidden" in code or "read" in msg.lower() and "write" in msg.lower()):
        return QueryError("this query changes the graph; it is refused on a read-only call")
    return QueryError(f"query failed: {msg}")

