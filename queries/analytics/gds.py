"""The path that scales: the same measures inside Neo4j with the Graph Data Science library (GDS).

networkx holds the whole projection in this process's memory; GDS holds it in the database
server's, in compact arrays, and runs the algorithms in parallel there. Only the top rows travel
back. ``kg analyze ... --backend neo4j`` uses this module when the Bolt server has GDS
(:func:`detect_gds`: ``CALL gds.version()``, guarded); otherwise it says why and computes with
networkx. ArcadeDB (the embedded store, and the Bolt server the tests run) has no GDS, so there
this module only detects and declines.

The equivalent calls, as this module sends them (every value a parameter; GDS 2.4+, Neo4j 5):

1. Project (a Cypher projection: one undirected, weighted edge per pair of entities, the weight
   being the number of documents behind their relationships, as in the networkx path)::

       MATCH (a:Entity)-[r]->(b:Entity)
       WHERE a <> b AND (size($labels) = 0 OR (any(l IN labels(a) WHERE l IN $labels)
                                            AND any(l IN labels(b) WHERE l IN $labels)))
         AND (size($types) = 0 OR type(r) IN $types)
         AND ($asOf IS NULL OR any(s IN coalesce(r.sources, []) WHERE
              EXISTS { MATCH (d:Document {iri: s}) WHERE d.published <= $asOf }))
       WITH CASE WHEN a.iri < b.iri THEN a ELSE b END AS x, CASE WHEN a.iri < b.iri THEN b ELSE a END AS y,
            CASE WHEN size(coalesce(r.sources, [])) = 0 THEN 1 ELSE size(r.sources) END AS w
       WITH x, y, sum(w) AS weight
       WITH gds.graph.project($graph, x, y, {relationshipProperties: {weight: toFloat(weight)}},
                              {undirectedRelationshipTypes: ['*']}) AS g
       RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships

2. Measure (``stream`` mode: nothing is written to the database)::

       CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', scaler: 'L1Norm'})
       CALL gds.degree.stream($graph)                 // divided by (n - 1) here, as networkx does
       CALL gds.betweenness.stream($graph)            // raw counts, as GDS gives them
       CALL gds.louvain.stream($graph, {relationshipWeightProperty: 'weight'})
       YIELD nodeId, score | communityId
       RETURN gds.util.asNode(nodeId).iri AS iri, ...

3. Drop: ``CALL gds.graph.drop($graph, false)`` (always, in ``finally``).

Before projecting a large graph, ``CALL gds.graph.project.estimate(...)`` / the ``*.estimate``
procedures tell how much heap the server needs. Differences from the networkx path: GDS's
PageRank, degree and Louvain agree with networkx on these projections up to the tolerance of the
iterations and Louvain's random order; betweenness is reported unnormalised; event nodes
(``--events``) and timelines per period stay on the networkx path.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kg.graph.mapping import DOCUMENT, ENTITY
from kg.graph.store import GraphError
from kg.queries.analytics.centrality import CentralityResult, Score, check_measure
from kg.queries.analytics.communities import CommunitiesResult, Community, Member
from kg.queries.analytics.errors import GdsUnavailable

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = [
    "GdsStatus",
    "PROCEDURES",
    "detect_gds",
    "drop_query",
    "gds_centrality",
    "gds_communities",
    "louvain_query",
    "measure_query",
    "projection_query",
    "version_query",
]

Query = tuple[str, dict[str, Any]]

PROCEDURES = {
    "pagerank": "gds.pageRank.stream",
    "degree": "gds.degree.stream",
    "betweenness": "gds.betweenness.stream",
    "louvain": "gds.louvain.stream",
}


@dataclass(frozen=True)
class GdsStatus:
    available: bool
    version: str | None
    reason: str  # why not (or which version), one line for the user


def version_query() -> Query:
    return "CALL gds.version() YIELD gdsVersion RETURN gdsVersion AS version", {}


def procedures_query() -> Query:
    return ("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(name) AS n", {})


def detect_gds(store: "GraphStore") -> GdsStatus:
    """Whether the store is a Bolt server with GDS installed; never raises for a missing GDS."""
    from kg.graph.bolt import BoltStore

    if not isinstance(store, BoltStore):
        return GdsStatus(False, None, "the embedded store (ArcadeDB) has no Graph Data Science library; "
                                      "--backend neo4j needs a Neo4j server with GDS (--uri)")
    where = store.uri
    try:
        rows = store.query(*procedures_query())
        if not rows or not rows[0].get("n"):
            return GdsStatus(False, None, f"the server at {where} lists no Graph Data Science procedures "
                                          "(gds.*); install the GDS plugin to run the measures in the database")
    except GraphError:
        pass  # SHOW PROCEDURES is not everywhere (ArcadeDB); the version call below decides
    try:
        rows = store.query(*version_query(), write=True)  # a procedure call: refused on a read-only call
    except GraphError as e:
        return GdsStatus(False, None, f"the server at {where} has no Graph Data Science library "
                                      f"(CALL gds.version() failed: {str(e).splitlines()[0]})")
    version = str(rows[0].get("version")) if rows else None
    return GdsStatus(bool(version), version, f"Graph Data Science {version} on {where}" if version
                     else f"the server at {where} has no Graph Data Science library")


def projection_query(graph: str, *, types: Sequence[str] | None = None, relations: Sequence[str] | None = None,
                     as_of: date | None = None) -> Query:
    """A GDS Cypher projection of the entities and their relationships (see the module's text)."""
    return (
        f"MATCH (a:`{ENTITY}`)-[r]->(b:`{ENTITY}`)\n"
        "WHERE a <> b AND (size($labels) = 0 OR (any(l IN labels(a) WHERE l IN $labels)\n"
        "                                     AND any(l IN labels(b) WHERE l IN $labels)))\n"
        "  AND (size($types) = 0 OR type(r) IN $types)\n"
        "  AND ($asOf IS NULL OR any(s IN coalesce(r.sources, []) WHERE\n"
        f"       EXISTS {{ MATCH (d:`{DOCUMENT}` {{iri: s}}) WHERE d.published <= $asOf }}))\n"
        "WITH CASE WHEN a.iri < b.iri THEN a ELSE b END AS x, CASE WHEN a.iri < b.iri THEN b ELSE a END AS y,\n"
        "     CASE WHEN size(coalesce(r.sources, [])) = 0 THEN 1 ELSE size(r.sources) END AS w\n"
        "WITH x, y, sum(w) AS weight\n"
        "WITH gds.graph.project($graph, x, y, {relationshipProperties: {weight: toFloat(weight)}},\n"
        "                       {undirectedRelationshipTypes: ['*']}) AS g\n"
        "RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships",
        {"graph": graph, "labels": list(types or []), "types": list(relations or []), "asOf": as_of},
    )


def measure_query(graph: str, measure: str, top: int | None = None) -> Query:
    """Stream one centrality measure, best first."""
    check_measure(measure)
    config = {"pagerank": "{relationshipWeightProperty: 'weight', scaler: 'L1Norm'}"}.get(measure, "{}")
    return (
        f"CALL {PROCEDURES[measure]}($graph, {config}) YIELD nodeId, score\n"
        "WITH gds.util.asNode(nodeId) AS n, score\n"
        "RETURN n.iri AS iri, n.name AS name, n.type AS type, score\n"
        "ORDER BY score DESC, name" + ("\nLIMIT $top" if top is not None else ""),
        {"graph": graph, "top": top},
    )


def louvain_query(graph: str) -> Query:
    return (
        f"CALL {PROCEDURES['louvain']}($graph, {{relationshipWeightProperty: 'weight'}}) YIELD nodeId, communityId\n"
        "WITH gds.util.asNode(nodeId) AS n, communityId\n"
        "RETURN n.iri AS iri, n.name AS name, n.type AS type, communityId AS community",
        {"graph": graph},
    )


def drop_query(graph: str) -> Query:
    return "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", {"graph": graph}


def _require(store: "GraphStore") -> None:
    status = detect_gds(store)
    if not status.available:
        raise GdsUnavailable(status.reason)


def _with_graph(store: "GraphStore", work: Any, **projection: Any) -> Any:
    name = f"kg-analytics-{uuid.uuid4().hex[:12]}"
    rows = store.query(*projection_query(name, **projection), write=True)
    counts = rows[0] if rows else {"nodes": 0, "relationships": 0}
    try:
        return work(name, int(counts.get("nodes") or 0), int(counts.get("relationships") or 0))
    finally:
        try:
            store.query(*drop_query(name), write=True)
        except GraphError:
            pass


def gds_centrality(store: "GraphStore", measure: str = "pagerank", *, types: Sequence[str] | None = None,
                   relations: Sequence[str] | None = None, as_of: date | None = None,
                   top: int | None = None) -> CentralityResult:
    """The measure computed by GDS on the server; raises :class:`GdsUnavailable` without GDS."""
    check_measure(measure)
    _require(store)

    def work(name: str, nodes: int, rels: int) -> CentralityResult:
        rows = store.query(*measure_query(name, measure, top), write=True)
        out: list[Score] = []
        for i, row in enumerate(rows):
            score = float(row["score"])
            if measure == "degree" and nodes > 1:
                score /= nodes - 1
            same = out and abs(out[-1].score - score) <= 1e-12 * max(1.0, abs(score))
            out.append(Score(out[-1].rank if same else i + 1, str(row["iri"]), str(row.get("name") or row["iri"]),
                             str(row.get("type") or ""), score))
        notes = ["betweenness as GDS reports it (not normalised)"] if measure == "betweenness" else []
        return CentralityResult(measure, out, nodes, rels // 2 or rels, backend="gds",
                                as_of=as_of.isoformat() if as_of else None, notes=notes)

    return _with_graph(store, work, types=types, relations=relations, as_of=as_of)


def gds_communities(store: "GraphStore", *, types: Sequence[str] | None = None,
                    relations: Sequence[str] | None = None, as_of: date | None = None,
                    min_size: int = 1) -> CommunitiesResult:
    """Louvain computed by GDS, each community named after its member with the highest PageRank."""
    _require(store)

    def work(name: str, nodes: int, rels: int) -> CommunitiesResult:
        pr = {r["iri"]: float(r["score"]) for r in store.query(*measure_query(name, "pagerank"), write=True)}
        groups: dict[Any, list[Member]] = {}
        for row in store.query(*louvain_query(name), write=True):
            groups.setdefault(row["community"], []).append(
                Member(str(row["iri"]), str(row.get("name") or row["iri"]), str(row.get("type") or ""),
                       pr.get(row["iri"], 0.0)))
        found = []
        for members in groups.values():
            if len(members) < min_size:
                continue
            members.sort(key=lambda m: (-m.score, m.name, m.iri))
            found.append(Community(0, members[0].name, members[0].iri, members))
        found.sort(key=lambda c: (-c.size, -c.members[0].score, c.name))
        for i, c in enumerate(found, start=1):
            c.id = i
        return CommunitiesResult(found, nodes, rels // 2 or rels, backend="gds",
                                 as_of=as_of.isoformat() if as_of else None)

    return _with_graph(store, work, types=types, relations=relations, as_of=as_of)
