"""Every Cypher query the query layer sends, as pure functions returning ``(query, params)``.

User text only ever travels as a parameter. Labels and relationship types are spliced into the
text, so they come from the ontology and are checked by the graph layer's ``check_label`` /
``check_rel_type`` first. The Cypher stays in what both ArcadeDB and Neo4j 5 accept (ArcadeDB
wants date comparisons after a ``WITH``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from kg.graph.cypher import check_label, check_rel_type
from kg.graph.mapping import DOCUMENT, ENTITY, EVENT, MENTIONS

__all__ = [
    "Query", "entity_by_iris", "entity_index", "hop", "events_of", "events_between", "undated_events_published",
    "event_links", "documents", "shortest_paths", "mention_count", "all_nodes", "all_relationships",
    "run_cypher", "NODE_FIELDS",
]

Query = tuple[str, dict[str, Any]]

# What every node row carries (``n`` is the node): enough to name it, type it and show its evidence.
NODE_FIELDS = "{iri: %(n)s.iri, name: %(n)s.name, type: %(n)s.type, labels: labels(%(n)s)}"
_REL_FIELDS = ("type(r) AS rel, r.predicate AS predicate, startNode(r).iri AS start, endNode(r).iri AS end, "
               "r.evidence AS evidence, r.evidenceSources AS evidenceSources, r.sources AS sources, "
               "r.confidence AS confidence")


def _types(rel_types: Iterable[str]) -> str:
    types = [check_rel_type(t) for t in rel_types]
    if not types:
        raise ValueError("at least one relationship type is needed")
    return "|".join(f"`{t}`" for t in types)


def _label(label: str) -> str:
    if label in (ENTITY, EVENT):
        return f"`{label}`"
    return f"`{check_label(label)}`"


def entity_by_iris(iris: Sequence[str]) -> Query:
    """Entities by IRI (the unique index), with all their properties."""
    return (f"MATCH (n:`{ENTITY}`) WHERE n.iri IN $iris RETURN properties(n) AS props, labels(n) AS labels",
            {"iris": list(iris)})


def entity_index() -> Query:
    """Every entity's names, for matching names in questions."""
    return (f"MATCH (n:`{ENTITY}`) RETURN n.iri AS iri, n.name AS name, n.type AS type, "
            "n.aliases AS aliases, n.mentions AS mentions", {})


def hop(iris: Sequence[str], rel_types: Iterable[str], *, label: str = ENTITY, other: str = ENTITY,
        limit: int = 1000) -> Query:
    """One step from the nodes ``iris`` over ``rel_types`` in either direction.

    Rows: ``from`` (the IRI we started at), ``node`` (the other end) and the relationship's type,
    direction (``start``/``end``), predicate and evidence. The caller keeps the direction it needs.
    """
    q = (f"MATCH (x:{_label(label)}) WHERE x.iri IN $iris "
         f"MATCH (x)-[r:{_types(rel_types)}]-(y:{_label(other)}) "
         f"RETURN x.iri AS `from`, {NODE_FIELDS % {'n': 'y'}} AS node, {_REL_FIELDS} "
         "LIMIT $limit")
    return q, {"iris": list(iris), "limit": int(limit)}


_EVENT_ROWS = ("RETURN DISTINCT e.iri AS iri, e.type AS type, properties(e) AS props ")


def events_of(iri: str, roles: Iterable[str], types: Sequence[str] | None = None, *, limit: int = 500) -> Query:
    """Events linked to the entity ``iri`` by one of ``roles`` (EVENT_SUBJECT, INVESTOR, ...),
    optionally only of ``types`` (StockMove, Funding, ...), newest first."""
    where = "WHERE e.type IN $types " if types else ""
    q = (f"MATCH (x:`{ENTITY}` {{iri: $iri}})<-[l:{_types(roles)}]-(e:`{EVENT}`) {where}"
         "WITH DISTINCT e ORDER BY e.date DESC LIMIT $limit " + _EVENT_ROWS)
    params: dict[str, Any] = {"iri": iri, "limit": int(limit)}
    if types:
        params["types"] = [check_label(t) for t in types]
    return q, params


def events_between(start: date, end: date, *, limit: int = 500) -> Query:
    """Events dated within [start, end], in date order."""
    q = (f"MATCH (e:`{EVENT}`) WITH e, e.date AS d WHERE d >= $start AND d <= $end "
         "WITH e, d ORDER BY d LIMIT $limit " + _EVENT_ROWS)
    return q, {"start": start, "end": end, "limit": int(limit)}


def undated_events_published(start: date, end: date, *, limit: int = 500) -> Query:
    """Events without a date whose article was published within [start, end]."""
    q = (f"MATCH (d:`{DOCUMENT}`)-[:`{MENTIONS}`]->(e:`{EVENT}`) WITH d, e, d.published AS p "
         "WHERE e.date IS NULL AND p >= $start AND p <= $end "
         "WITH e, p ORDER BY p LIMIT $limit RETURN DISTINCT e.iri AS iri, e.type AS type, properties(e) AS props, "
         "p AS published")
    return q, {"start": start, "end": end, "limit": int(limit)}


def event_links(iris: Sequence[str]) -> Query:
    """The entities that the events ``iris`` link to (subject, object, investors, market)."""
    q = (f"MATCH (e:`{EVENT}`)-[l]->(y:`{ENTITY}`) WHERE e.iri IN $iris "
         f"RETURN e.iri AS event, type(l) AS rel, {NODE_FIELDS % {'n': 'y'}} AS node")
    return q, {"iris": list(iris)}


def documents(iris: Sequence[str]) -> Query:
    """Title, source and date of the documents ``iris``."""
    return (f"MATCH (d:`{DOCUMENT}`) WHERE d.iri IN $iris RETURN d.iri AS iri, d.title AS title, "
            "d.source AS source, d.published AS published, d.language AS language", {"iris": list(iris)})


def mention_count(iri: str) -> Query:
    """How many documents mention the entity."""
    return (f"MATCH (d:`{DOCUMENT}`)-[:`{MENTIONS}`]->(x:`{ENTITY}` {{iri: $iri}}) RETURN count(d) AS n",
            {"iri": iri})


def shortest_paths(a: str, b: str, rel_types: Iterable[str], *, max_hops: int = 6, limit: int = 10) -> Query:
    """All shortest paths between two entities over ``rel_types`` (any direction)."""
    hops = int(max_hops)
    if not 1 <= hops <= 15:
        raise ValueError("max_hops must be between 1 and 15")
    q = (f"MATCH (a:`{ENTITY}` {{iri: $a}}), (b:`{ENTITY}` {{iri: $b}}) "
         f"MATCH p = allShortestPaths((a)-[:{_types(rel_types)}*..{hops}]-(b)) "
         f"RETURN [n IN nodes(p) | {NODE_FIELDS % {'n': 'n'}}] AS nodes, "
         "[r IN relationships(p) | {rel: type(r), predicate: r.predicate, start: startNode(r).iri, "
         "end: endNode(r).iri, evidence: r.evidence, evidenceSources: r.evidenceSources, sources: r.sources}] AS rels "
         "LIMIT $limit")
    return q, {"a": a, "b": b, "limit": int(limit)}


def all_nodes(*, limit: int = 5000) -> Query:
    """Entities and events (no documents), the most connected first is left to the caller."""
    return (f"MATCH (n) WHERE n:`{ENTITY}` OR n:`{EVENT}` RETURN {NODE_FIELDS % {'n': 'n'}} AS node LIMIT $limit",
            {"limit": int(limit)})


def all_relationships(rel_types: Iterable[str], *, limit: int = 20000) -> Query:
    """Relationships of ``rel_types`` between entities and events, with both ends."""
    q = (f"MATCH (x)-[r:{_types(rel_types)}]->(y) RETURN {NODE_FIELDS % {'n': 'x'}} AS a, "
         f"{NODE_FIELDS % {'n': 'y'}} AS b, {_REL_FIELDS} LIMIT $limit")
    return q, {"limit": int(limit)}


def run_cypher(text: str, params: dict[str, Any] | None = None) -> Query:
    """A user's own Cypher (``kg cypher``): passed as is; the store refuses writes unless asked."""
    return text, dict(params or {})
