"""Graph analytics with networkx: who matters, who clusters together, how it changed.

    from kg.graph import open_store
    from kg.queries.analytics import project, centrality, communities, timeline

    with open_store() as store:
        g = project(store, types=["Company"], relations=["COMPETES_WITH", "RELEASED"])
    print(centrality(g, "pagerank", top=10).scores)

``project`` streams a store into a networkx graph (:mod:`.projection`); the measures work on that
graph (:mod:`.centrality`, :mod:`.communities`, :mod:`.timeline`); :mod:`.gds` runs the same
measures inside Neo4j with Graph Data Science when a server has it. See docs/analytics.md.
"""

from __future__ import annotations

from kg.queries.analytics.centrality import MEASURES, CentralityResult, Score, centrality
from kg.queries.analytics.communities import CommunitiesResult, Community, communities
from kg.queries.analytics.errors import AnalyticsError, GdsUnavailable, GraphTooLarge, UnknownName
from kg.queries.analytics.names import resolve_relations, resolve_types
from kg.queries.analytics.projection import project
from kg.queries.analytics.timeline import PERIODS, Timeline, as_of, timeline

__all__ = [
    "MEASURES",
    "PERIODS",
    "AnalyticsError",
    "CentralityResult",
    "CommunitiesResult",
    "Community",
    "GdsUnavailable",
    "GraphTooLarge",
    "Score",
    "Timeline",
    "UnknownName",
    "as_of",
    "centrality",
    "communities",
    "project",
    "resolve_relations",
    "resolve_types",
    "timeline",
]
