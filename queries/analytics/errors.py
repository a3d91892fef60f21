"""The errors of the analytics package; every message is one line fit to show a user."""

from __future__ import annotations

__all__ = ["AnalyticsError", "GraphTooLarge", "GdsUnavailable", "UnknownName"]


class AnalyticsError(Exception):
    """Base of every error ``kg.queries.analytics`` raises."""


class UnknownName(AnalyticsError, ValueError):
    """An entity type, relation or measure that the ontology (or this package) does not know."""


class GraphTooLarge(AnalyticsError):
    """The projection would not fit in this machine's memory; the message gives the numbers."""

    def __init__(self, message: str, *, needed_bytes: int, available_bytes: int):
        super().__init__(message)
        self.needed_bytes = needed_bytes
        self.available_bytes = available_bytes


class GdsUnavailable(AnalyticsError):
    """Neo4j Graph Data Science is not installed on the server (or the store is not a Bolt server)."""
