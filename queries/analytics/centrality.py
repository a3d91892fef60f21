"""Who matters: PageRank, degree and betweenness on a projection, restricted by types and relations.

The projection keeps every relationship in the direction it was extracted, but inverse relations
(``released``/``developedBy``) state the same link in opposite directions, so by default the
measures run on the **undirected** graph; ``directed=True`` keeps the directions (symmetric
relations such as ``competesWith`` then count both ways).

Parallel relationships between two entities become one edge whose ``weight`` is the number of
documents behind them (at least 1 each), so a link many articles report weighs more. PageRank and
Louvain use that weight; degree centrality counts neighbours; betweenness counts shortest paths by
hops (a weight there would be read as a distance). Betweenness on more than
``EXACT_BETWEENNESS_MAX`` nodes is estimated from a seeded sample of ``k`` sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import networkx as nx

from kg.queries.analytics.errors import UnknownName
from kg.queries.analytics.names import symmetric_rel_types

__all__ = [
    "EXACT_BETWEENNESS_MAX",
    "MEASURES",
    "CentralityResult",
    "Measure",
    "Score",
    "centrality",
    "rank",
    "restrict",
    "scores",
    "simple_graph",
]

Measure = Literal["pagerank", "degree", "betweenness"]
MEASURES: tuple[str, ...] = ("pagerank", "degree", "betweenness")
EXACT_BETWEENNESS_MAX = 2000
BETWEENNESS_SAMPLE = 500


@dataclass
class Score:
    """One entity's place in a ranking."""

    rank: int
    iri: str
    name: str
    type: str
    score: float
    degree: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CentralityResult:
    measure: str
    scores: list[Score]
    nodes: int
    edges: int
    directed: bool = False
    approximate: bool = False
    backend: str = "networkx"
    as_of: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["scores"] = [s.to_json() for s in self.scores]
        return out


def check_measure(measure: str) -> str:
    if measure not in MEASURES:
        raise UnknownName(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    return measure


def restrict(
    g: nx.MultiDiGraph, *, types: Sequence[str] | None = None, relations: Sequence[str] | None = None
) -> nx.MultiDiGraph:
    """The part of a projection whose nodes carry one of ``types`` (labels, superclasses included)
    and whose relationships are of ``relations`` (types such as ``COMPETES_WITH``); a view."""
    view = g
    if types:
        wanted = frozenset(types)
        view = nx.subgraph_view(view, filter_node=lambda n: bool(g.nodes[n].get("labels", frozenset()) & wanted))
    if relations:
        rels = frozenset(relations)
        view = nx.subgraph_view(view, filter_edge=lambda u, v, k: k in rels)
    return view


def _weight(attrs: dict[str, Any], weighted: bool) -> int:
    return max(1, len(attrs.get("sources") or ())) if weighted else 1


def simple_graph(g: nx.MultiDiGraph, *, directed: bool = False, weighted: bool = True) -> nx.Graph:
    """Collapse a projection to a simple graph: one edge per pair with a summed ``weight`` and the set
    of ``relations``; self-loops dropped. Directed: symmetric relations count both ways."""
    from kg.queries.analytics.projection import paused_gc

    out: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    with paused_gc():
        _collapse(g, out, directed, weighted)
    return out


def _collapse(g: nx.MultiDiGraph, out: nx.Graph, directed: bool, weighted: bool) -> None:
    out.add_nodes_from(g.nodes(data=True))
    symmetric = symmetric_rel_types()
    for u, v, k, attrs in g.edges(keys=True, data=True):
        if u == v:
            continue
        w = _weight(attrs, weighted)
        pairs = [(u, v), (v, u)] if directed and k in symmetric else [(u, v)]
        for a, b in pairs:
            if out.has_edge(a, b):
                out[a][b]["weight"] += w
                out[a][b]["relations"].add(k)
            else:
                out.add_edge(a, b, weight=w, relations={k})


def scores(h: nx.Graph, measure: str = "pagerank", *, seed: int = 0) -> tuple[dict[str, float], bool]:
    """The measure for every node of a simple graph, and whether it is an estimate."""
    from kg.queries.analytics.projection import paused_gc

    check_measure(measure)
    if h.number_of_nodes() == 0:
        return {}, False
    with paused_gc():
        return _scores(h, measure, seed)


def _scores(h: nx.Graph, measure: str, seed: int) -> tuple[dict[str, float], bool]:
    if measure == "pagerank":
        return nx.pagerank(h, weight="weight"), False
    if measure == "degree":
        if h.number_of_nodes() == 1:
            return {n: 0.0 for n in h}, False
        return nx.degree_centrality(h), False
    n = h.number_of_nodes()
    k = None if n <= EXACT_BETWEENNESS_MAX else min(BETWEENNESS_SAMPLE, n)
    return nx.betweenness_centrality(h, k=k, normalized=True, weight=None, seed=seed), k is not None


def rank(h: nx.Graph, values: dict[str, float], top: int | None = None) -> list[Score]:
    """Scores sorted best first (ties by name); equal scores share a rank (1, 2, 2, 4)."""
    order = sorted(values, key=lambda n: (-values[n], str(h.nodes[n].get("name") or n), n))
    out: list[Score] = []
    for i, n in enumerate(order):
        if top is not None and i >= top:
            break
        same = out and abs(out[-1].score - values[n]) <= 1e-12 * max(1.0, abs(values[n]))
        attrs = h.nodes[n]
        out.append(Score(
            rank=out[-1].rank if same else i + 1, iri=str(attrs.get("iri") or n),
            name=str(attrs.get("name") or n), type=str(attrs.get("type") or ""),
            score=float(values[n]), degree=int(h.degree(n)),
        ))
    return out


def centrality(
    g: nx.MultiDiGraph,
    measure: str = "pagerank",
    *,
    types: Sequence[str] | None = None,
    relations: Sequence[str] | None = None,
    directed: bool = False,
    weighted: bool = True,
    top: int | None = None,
    seed: int = 0,
    entities_only: bool = True,
) -> CentralityResult:
    """Rank the entities of a projection by ``measure`` (``pagerank``, ``degree``, ``betweenness``).

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for leaf in "bcd":
    ...     _ = g.add_edge("a", leaf, key="COMPETES_WITH")
    >>> centrality(g, "degree").scores[0].iri
    'a'
    """
    check_measure(measure)
    h = simple_graph(restrict(g, types=types, relations=relations), directed=directed, weighted=weighted)
    values, approx = scores(h, measure, seed=seed)
    if entities_only:  # event nodes (projected with events=True) link entities but are not ranked
        values = {n: v for n, v in values.items() if h.nodes[n].get("kind") != "event"}
    notes = []
    if approx:
        notes.append(f"betweenness estimated from {BETWEENNESS_SAMPLE} sampled sources "
                     f"({h.number_of_nodes():,} nodes)")
    return CentralityResult(
        measure=measure, scores=rank(h, values, top), nodes=h.number_of_nodes(), edges=h.number_of_edges(),
        directed=directed, approximate=approx, notes=notes,
    )
