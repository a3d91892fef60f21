"""Who clusters together: Louvain communities of a projection, each named after its most central member.

Louvain (``networkx.community.louvain_communities``) runs on the undirected simple graph (parallel
relationships summed into a ``weight``, see :mod:`.centrality`) with a fixed seed, so the same graph
gives the same groups. A community's name is that of its member with the highest centrality
(``measure``, PageRank by default) in the whole restricted graph; ties go to the name first in
alphabetical order. Communities come largest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from kg.queries.analytics.centrality import check_measure, restrict, scores, simple_graph

__all__ = ["Community", "CommunitiesResult", "Member", "communities"]


@dataclass
class Member:
    iri: str
    name: str
    type: str
    score: float


@dataclass
class Community:
    id: int
    name: str  # the name of its most central member
    leader: str  # that member's IRI
    members: list[Member]
    internal_edges: int = 0

    @property
    def size(self) -> int:
        return len(self.members)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["size"] = self.size
        return out


@dataclass
class CommunitiesResult:
    communities: list[Community]
    nodes: int
    edges: int
    measure: str = "pagerank"
    modularity: float | None = None
    backend: str = "networkx"
    as_of: str | None = None
    notes: list[str] = field(default_factory=list)

    def membership(self) -> dict[str, int]:
        """IRI -> community id."""
        return {m.iri: c.id for c in self.communities for m in c.members}

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["communities"] = [c.to_json() for c in self.communities]
        return out


def communities(
    g: nx.MultiDiGraph,
    *,
    types: Sequence[str] | None = None,
    relations: Sequence[str] | None = None,
    measure: str = "pagerank",
    resolution: float = 1.0,
    weighted: bool = True,
    min_size: int = 1,
    seed: int = 0,
    entities_only: bool = True,
) -> CommunitiesResult:
    """Louvain communities of the (restricted) projection.

    ``min_size`` drops smaller groups (isolated entities form groups of one). With
    ``entities_only`` event nodes help form the groups but are not listed as members.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]:
    ...     _ = g.add_edge(a, b, key="COMPETES_WITH")
    >>> sorted(c.name for c in communities(g).communities)
    ['c', 'x']
    """
    check_measure(measure)
    h = simple_graph(restrict(g, types=types, relations=relations), directed=False, weighted=weighted)
    if h.number_of_nodes() == 0:
        return CommunitiesResult([], 0, 0, measure=measure)
    values, _ = scores(h, measure, seed=seed)
    groups = nx.community.louvain_communities(h, weight="weight" if weighted else None,
                                              resolution=resolution, seed=seed)
    modularity = nx.community.modularity(h, groups, weight="weight" if weighted else None) \
        if h.number_of_edges() else None

    def name_of(n: str) -> str:
        return str(h.nodes[n].get("name") or n)

    found: list[Community] = []
    for nodes in groups:
        listed = [n for n in nodes if not (entities_only and h.nodes[n].get("kind") == "event")]
        if len(listed) < min_size or not listed:
            continue
        ordered = sorted(listed, key=lambda n: (-values.get(n, 0.0), name_of(n), n))
        leader = ordered[0]
        found.append(Community(
            id=0, name=name_of(leader), leader=str(h.nodes[leader].get("iri") or leader),
            members=[Member(str(h.nodes[n].get("iri") or n), name_of(n), str(h.nodes[n].get("type") or ""),
                            float(values.get(n, 0.0))) for n in ordered],
            internal_edges=h.subgraph(nodes).number_of_edges(),
        ))
    found.sort(key=lambda c: (-c.size, -c.members[0].score, c.name))
    for i, c in enumerate(found, start=1):
        c.id = i
    return CommunitiesResult(found, h.number_of_nodes(), h.number_of_edges(), measure=measure,
                             modularity=modularity)
