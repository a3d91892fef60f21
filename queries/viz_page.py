"""The HTML page of a picture: one self-contained file (vis-network inlined from pyvis's copy)."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["render_page", "vis_assets"]


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network JS, CSS) from the copy that the pyvis package ships; no CDN, no network."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folders = sorted(p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists())
    if not folders:
        raise FileNotFoundError(f"vis-network is missing from pyvis ({lib})")
    folder = folders[-1]
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside <script>: no "</script>", no HTML comment or entity tricks."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
<style>
html, body {{ margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }}
#kg-header {{ padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }}
#kg-header h1 {{ font-size: 16px; margin: 0 0 4px 0; }}
#kg-header p {{ margin: 0; font-size: 13px; color: #444; }}
#kg-legend {{ position: absolute; right: 10px; top: 70px; z-index: 5; background: rgba(255,255,255,.92);
  border: 1px solid #ccc; border-radius: 6px; padding: 6px 10px; font-size: 12px; }}
#kg-legend div {{ margin: 2px 0; white-space: nowrap; }}
#kg-legend span.sym {{ display: inline-block; width: 1.4em; text-align: center; font-size: 14px; }}
#kg-graph {{ position: absolute; top: 62px; bottom: 0; left: 0; right: 0; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 520px; font-size: 12px; line-height: 1.35; }}
</style>
</head>
<body>
<div id="kg-header"><h1>{title}</h1><p>{subtitle}</p></div>
<div id="kg-legend">{legend}</div>
<div id="kg-graph"></div>
<script>{js}</script>
<script id="kg-data" type="application/json">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  function tip(text) {{  // tooltips as text nodes: article text is never parsed as HTML
    var el = document.createElement("div");
    el.textContent = text;
    return el;
  }}
  data.nodes.forEach(function (n) {{ if (n.title) n.title = tip(n.title); }});
  data.edges.forEach(function (e) {{ if (e.title) e.title = tip(e.title); }});
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-graph"), {{nodes: nodes, edges: edges}}, data.options);
  if (data.options.physics && data.options.physics.enabled) {{
    network.once("stabilizationIterationsDone", function () {{ network.setOptions({{physics: false}}); }});
  }}
  if (data.nodes.length > {threshold}) {{  // large: label only the edges of the selected node
    var shown = [];
    function label(ids, size) {{ edges.update(ids.map(function (id) {{ return {{id: id, font: {{size: size}}}}; }})); }}
    network.on("selectNode", function (p) {{ label(shown, 0); shown = network.getConnectedEdges(p.nodes[0]); label(shown, 12); }});
    network.on("deselectNode", function () {{ label(shown, 0); shown = []; }});
  }}
  window.kgNodes = nodes; window.kgEdges = edges; window.kgNetwork = network;
  network.once("afterDrawing", function () {{ document.body.setAttribute("data-kg-ready", "1"); }});
}})();
</script>
</body>
</html>
"""


def render_page(*, title: str, subtitle: str, legend: list[tuple[str, str, str]], nodes: list[dict[str, Any]],
                edges: list[dict[str, Any]], options: dict[str, Any], lang: str = "en") -> str:
    """The page. ``legend`` rows are (symbol, colour, label); every text is escaped."""
    js, css = vis_assets()
    rows = "".join(
        f'<div><span class="sym" style="color:{html.escape(color)}">{html.escape(sym)}</span> {html.escape(label)}</div>'
        for sym, color, label in legend
    )
    from kg.queries.viz import PHYSICS_THRESHOLD

    return _PAGE.format(threshold=int(PHYSICS_THRESHOLD), lang=html.escape(lang), title=html.escape(title), subtitle=html.escape(subtitle),
                        legend=rows, css=css, js=js,
                        data=_json_for_script({"nodes": nodes, "edges": edges, "options": options}))
