"""One call per ``kg analyze`` command: choose the backend, project, measure, and say what was done.

``networkx`` (the default) streams the store into this process (:mod:`.projection`). ``neo4j``
runs the measures inside a Neo4j server with Graph Data Science (:mod:`.gds`) when the store is a
Bolt server that has it; otherwise the result says why (``notes``) and networkx computes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.queries.analytics.centrality import CentralityResult, centrality, check_measure
from kg.queries.analytics.communities import CommunitiesResult, communities
from kg.queries.analytics.errors import UnknownName
from kg.queries.analytics.gds import detect_gds, gds_centrality, gds_communities
from kg.queries.analytics.names import resolve_relations, resolve_types
from kg.queries.analytics.projection import project
from kg.queries.analytics.timeline import Timeline, as_of, timeline

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = ["BACKENDS", "Analysis", "Request", "analyze_centrality", "analyze_communities", "analyze_timeline"]

BACKENDS = ("networkx", "neo4j")


@dataclass
class Request:
    """What the user asked for, with names as typed (checked here against the ontology)."""

    types: Sequence[str] | str | None = None
    relations: Sequence[str] | str | None = None
    events: bool = False
    as_of: date | None = None
    top: int | None = 10
    backend: str = "networkx"
    directed: bool = False
    evidence: bool = True

    def resolved(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if self.backend not in BACKENDS:
            raise UnknownName(f"unknown backend {self.backend!r}; choose one of {', '.join(BACKENDS)}")
        if self.top is not None and self.top < 1:
            raise ValueError("--top must be at least 1")
        return resolve_types(self.types), resolve_relations(self.relations)


@dataclass
class Analysis:
    """A result, the graph it was computed on (None when GDS computed it) and notes for the user."""

    result: CentralityResult | CommunitiesResult | Timeline
    graph: nx.MultiDiGraph | None = None
    notes: list[str] = field(default_factory=list)
    types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = self.result.to_json()
        out["notes"] = list(dict.fromkeys([*out.get("notes", []), *self.notes]))
        out["types"], out["relations"] = list(self.types), list(self.relations)
        return out


def _gds_or_note(store: "GraphStore", req: Request, notes: list[str]) -> bool:
    """True when GDS should compute; otherwise a note says why networkx does."""
    if req.backend != "neo4j":
        return False
    status = detect_gds(store)
    if status.available:
        if req.events or req.directed:
            notes.append("--events/--directed are not supported on the GDS path; computing with networkx")
            return False
        notes.append(f"computed in the database by {status.reason}")
        return True
    notes.append(f"{status.reason}; computing with networkx instead")
    return False


def _project(store: "GraphStore", req: Request, types: tuple[str, ...], rels: tuple[str, ...]) -> nx.MultiDiGraph:
    g = project(store, types=types, relations=rels, events=req.events, evidence=req.evidence)
    return as_of(g, req.as_of) if req.as_of else g


def analyze_centrality(store: "GraphStore", measure: str, req: Request) -> Analysis:
    """Rank the entities by ``measure``, on the store's graph as ``req`` restricts it."""
    check_measure(measure)
    types, rels = req.resolved()
    notes: list[str] = []
    if _gds_or_note(store, req, notes):
        result = gds_centrality(store, measure, types=types, relations=rels, as_of=req.as_of, top=req.top)
        return Analysis(result, None, notes, types, rels)
    g = _project(store, req, types, rels)
    result = centrality(g, measure, directed=req.directed, top=req.top)
    result.as_of = req.as_of.isoformat() if req.as_of else None
    if req.as_of and g.graph.get("undated_edges"):
        notes.append(f"{g.graph['undated_edges']} relationship(s) without a date are left out")
    return Analysis(result, g, notes, types, rels)


def analyze_communities(store: "GraphStore", req: Request, *, measure: str = "pagerank", min_size: int = 2,
                        resolution: float = 1.0) -> Analysis:
    """Louvain communities, each named after its most central member (by ``measure``)."""
    check_measure(measure)
    types, rels = req.resolved()
    notes: list[str] = []
    if _gds_or_note(store, req, notes):
        result = gds_communities(store, types=types, relations=rels, as_of=req.as_of, min_size=min_size)
        return Analysis(result, None, notes, types, rels)
    g = _project(store, req, types, rels)
    res = communities(g, measure=measure, min_size=min_size, resolution=resolution)
    res.as_of = req.as_of.isoformat() if req.as_of else None
    return Analysis(res, g, notes, types, rels)


def analyze_timeline(store: "GraphStore", req: Request, *, period: str = "month", measure: str = "pagerank",
                     cumulative: bool = True) -> Analysis:
    """``measure`` at the end of each period (up to ``req.as_of`` when given)."""
    check_measure(measure)
    types, rels = req.resolved()
    notes: list[str] = []
    if req.backend == "neo4j":
        status = detect_gds(store)
        notes.append(("timelines are computed with networkx (one GDS projection per period is not "
                      "implemented)" if status.available else f"{status.reason}; computing with networkx instead"))
    g = project(store, types=types, relations=rels, events=req.events, evidence=req.evidence)
    result = timeline(g, period, measure, top=req.top, cumulative=cumulative, directed=req.directed,
                      until=req.as_of)
    graph = as_of(g, req.as_of) if req.as_of else g
    return Analysis(result, graph, notes, types, rels)
