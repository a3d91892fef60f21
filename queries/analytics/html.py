"""A picture of an analysis: node size shows centrality, colour shows community.

One self-contained HTML file: vis-network's script and style are inlined from the pyvis package (no
request leaves the page), the graph travels as JSON inside a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` escaped, and every text (names, evidence) is set as text, never as
markup (vis-network 9 shows string tooltips as text). Only the ``max_nodes`` most central entities
are drawn; the page says how many were left out.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["PALETTE", "graph_data", "render_html", "write_analysis_html", "write_html"]

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf")
OTHER = "#cccccc"
MIN_SIZE, MAX_SIZE = 8.0, 48.0


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    return (lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
            lib.joinpath("vis-network.css").read_text(encoding="utf-8"))


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def graph_data(
    g: nx.MultiDiGraph,
    scores: dict[str, float],
    membership: dict[str, int] | None = None,
    *,
    community_names: dict[int, str] | None = None,
    max_nodes: int = 300,
) -> dict[str, Any]:
    """The nodes and edges to draw: the ``max_nodes`` best-scored nodes and the links among them."""
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
        frac = (scores[n] - lo) / (hi - lo) if hi > lo else 0.5
        cid = membership.get(n)
        colour = PALETTE[(cid - 1) % len(PALETTE)] if cid else OTHER
        group = f"{cid}: {community_names.get(cid, '')}" if cid else "none"
        nodes.append({
            "id": n, "label": str(a.get("name") or n), "value": scores[n],
            "size": round(MIN_SIZE + frac * (MAX_SIZE - MIN_SIZE), 2), "color": colour,
            "title": f"{a.get('name') or n} ({a.get('type') or ''})\nscore {scores[n]:.4g}\ncommunity {group}\n{n}",
        })
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, k, a in g.edges(keys=True, data=True):
        if u not in keep or v not in keep or u == v:
            continue
        e = pairs.setdefault((u, v), {"from": u, "to": v, "relations": [], "evidence": ""})
        e["relations"].append(a.get("predicate") or k)
        if not e["evidence"] and a.get("evidence"):
            e["evidence"] = str(a["evidence"][0])
    edges = [{"from": e["from"], "to": e["to"], "arrows": "to",
              "title": ", ".join(e["relations"]) + (f"\n{e['evidence']}" if e["evidence"] else "")}
             for e in pairs.values()]
    return {"nodes": nodes, "edges": edges, "left_out": max(0, len(ranked) - len(chosen))}


def render_html(data: dict[str, Any], title: str, *, legend: list[tuple[str, str]] | None = None) -> str:
    """A complete HTML page for ``graph_data``'s output."""
    js, css = _vis_assets()
    legend_html = "".join(
        f'<li><span class="swatch" style="background:{html.escape(colour)}"></span>{html.escape(name)}</li>'
        for name, colour in (legend or []))
    caption = f"{len(data['nodes'])} entities, {len(data['edges'])} links; node size: centrality, colour: community"
    if data.get("left_out"):
        caption += f"; {data['left_out']} less central entities left out"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{html.escape(title)}</title>
<style>{css}</style>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; }}
header {{ padding: .6em 1em; border-bottom: 1px solid #ddd; }}
h1 {{ font-size: 1.15em; margin: 0 0 .2em 0; }}
#graph {{ width: 100%; height: calc(100vh - 7em); }}
ul.legend {{ list-style: none; margin: .3em 0 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .9em; font-size: .9em; }}
.swatch {{ display: inline-block; width: .9em; height: .9em; border-radius: 50%; margin-right: .3em; vertical-align: middle; }}
</style>
</head>
<body>
<header><h1>{html.escape(title)}</h1><div class="caption">{html.escape(caption)}</div>
<ul class="legend">{legend_html}</ul></header>
<div id="graph"></div>
<script type="application/json" id="kg-data">{_json_for_script({"nodes": data["nodes"], "edges": data["edges"]})}</script>
<script>{js}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var options = {{
    nodes: {{ shape: "dot", font: {{ size: 14 }} }},
    edges: {{ color: {{ color: "#aaaaaa" }}, smooth: false }},
    physics: {{ solver: "forceAtlas2Based", stabilization: {{ iterations: 200 }} }},
    interaction: {{ hover: true }}
  }};
  window.kgNetwork = new vis.Network(document.getElementById("graph"), {{ nodes: nodes, edges: edges }}, options);
  window.kgNetwork.once("stabilizationIterationsDone", function () {{ window.kgNetwork.setOptions({{ physics: false }}); }});
}})();
</script>
</body>
</html>
"""


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
    legend = [(f"{community_names.get(i, i) if community_names else i}", PALETTE[(i - 1) % len(PALETTE)])
              for i in ids[: len(PALETTE)]]
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
