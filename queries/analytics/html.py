"""A picture of an analysis: node size shows centrality, colour shows community.

Drawn with the query layer's picture code (:func:`kg.queries.viz_page.render_page`): one
self-contained HTML file with vis-network inlined from the pyvis package (no request leaves the
page), the data as escaped JSON and every tooltip set as text. Shapes follow the entity type as in
the other pictures (:data:`kg.queries.viz.STYLES`); colours here are the communities, sizes the
centrality. Only the ``max_nodes`` most central entities are drawn; the subtitle says how many
were left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["PALETTE", "graph_data", "render_html", "write_analysis_html", "write_html"]

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf", "#bcbd22")
OTHER = "#bab0ac"
MIN_SIZE, MAX_SIZE = 8.0, 48.0


def _colour(cid: int | None) -> str:
    return PALETTE[(cid - 1) % len(PALETTE)] if cid else OTHER


def graph_data(
    g: nx.MultiDiGraph,
    scores: dict[str, float],
    membership: dict[str, int] | None = None,
    *,
    community_names: dict[int, str] | None = None,
    max_nodes: int = 300,
) -> dict[str, Any]:
    """The nodes and edges to draw: the ``max_nodes`` best-scored nodes and the links among them."""
    from kg.queries.viz import STYLES

    membership = membership or {}
    community_names = community_names or {}
    ranked = sorted((n for n in g if n in scores), key=lambda n: (-scores[n], str(g.nodes[n].get("name") or n)))
    chosen = ranked[:max_nodes]
    keep = set(chosen)
    values = [scores[n] for n in chosen]
    lo, hi = (min(values), max(values)) if values else (0.0, 0.0)
    nodes = []
    for n in chosen:
        a = g.nodes[n]
        name = str(a.get("name") or n)
        type_ = str(a.get("type") or "Entity")
        frac = (scores[n] - lo) / (hi - lo) if hi > lo else 0.5
        cid = membership.get(n)
        group = f"{cid}: {community_names.get(cid, '')}" if cid else "none"
        nodes.append({
            "id": n, "label": name if len(name) <= 40 else name[:39] + "…",
            "shape": STYLES.get(type_, STYLES["Entity"])[1], "color": _colour(cid),
            "size": round(MIN_SIZE + frac * (MAX_SIZE - MIN_SIZE), 2), "value": scores[n],
            "title": f"{name} ({type_})\nscore {scores[n]:.4g}\ncommunity {group}\n{n}",
        })
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, k, a in g.edges(keys=True, data=True):
        if u not in keep or v not in keep or u == v:
            continue
        e = pairs.setdefault((u, v), {"from": u, "to": v, "relations": [], "evidence": []})
        e["relations"].append(str(a.get("predicate") or k))
        e["evidence"] += [str(t) for t in (a.get("evidence") or ())[:2]]
    edges = [{"from": e["from"], "to": e["to"], "arrows": "to", "label": ", ".join(e["relations"]),
              "title": "\n".join([", ".join(e["relations"])] + [f"“{t}”" for t in e["evidence"][:3]])}
             for e in pairs.values()]
    return {"nodes": nodes, "edges": edges, "left_out": max(0, len(ranked) - len(chosen))}


def render_html(data: dict[str, Any], title: str, *, legend: list[tuple[str, str]] | None = None) -> str:
    """A complete HTML page for ``graph_data``'s output; ``legend``: (community name, colour)."""
    from kg.queries.viz_page import render_page

    subtitle = (f"{len(data['nodes'])} entities, {len(data['edges'])} links. "
                "Node size: centrality; colour: community; shape: type.")
    if data.get("left_out"):
        subtitle += f" {data['left_out']} less central entities left out."
    options = {
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"font": {"size": 10, "align": "middle", "strokeWidth": 3}, "smooth": False,
                  "color": {"color": "#aaaaaa", "highlight": "#333333"}},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "layout": {"randomSeed": 7},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 250, "fit": True}},
    }
    return render_page(title=title, subtitle=subtitle, legend=[("●", c, name) for name, c in (legend or [])],
                       nodes=data["nodes"], edges=data["edges"], options=options)


def write_html(
    path: str | Path,
    g: nx.MultiDiGraph,
    scores: dict[str, float],
    membership: dict[str, int] | None = None,
    *,
    title: str,
    community_names: dict[int, str] | None = None,
    max_nodes: int = 300,
) -> Path:
    """Draw ``g`` to ``path``: node size from ``scores``, colour from ``membership`` (IRI -> community)."""
    data = graph_data(g, scores, membership, community_names=community_names, max_nodes=max_nodes)
    ids = sorted({membership[n["id"]] for n in data["nodes"] if membership and n["id"] in membership})
    sizes = {i: sum(1 for n in data["nodes"] if membership and membership.get(n["id"]) == i) for i in ids}
    legend = [(f"{(community_names or {}).get(i, i)} ({sizes[i]})", _colour(i)) for i in ids[: len(PALETTE)]]
    out = Path(path)
    out.write_text(render_html(data, title, legend=legend), encoding="utf-8")
    return out


def write_analysis_html(path: str | Path, g: nx.MultiDiGraph, *, measure: str = "pagerank", title: str,
                        max_nodes: int = 300) -> Path:
    """Measure and group ``g`` (the whole projection, not only the top rows) and draw it."""
    from kg.queries.analytics.centrality import centrality
    from kg.queries.analytics.communities import communities

    ranked = centrality(g, measure)
    groups = communities(g, measure=measure)
    scores = {s.iri: s.score for s in ranked.scores}
    names = {c.id: c.name for c in groups.communities if c.size > 1}
    membership = {iri: cid for iri, cid in groups.membership().items() if cid in names}
    return write_html(path, g, scores, membership, title=title, community_names=names, max_nodes=max_nodes)
