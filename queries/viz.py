"""Interactive HTML pictures of the graph (pyvis data model, vis-network inlined: works offline).

``answer_picture(answer)`` draws an answer's subgraph, ``neighbourhood_picture(store, name, depth)``
an entity's neighbourhood, ``graph_picture(store)`` the whole graph. A :class:`Picture` saves to a
file and shows inline in Jupyter. Past ``PHYSICS_THRESHOLD`` nodes the layout is computed here
(igraph) and physics is off, so 5,000 nodes and 10,000 edges stay usable.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.queries.texts import rel_label, type_label

if TYPE_CHECKING:
    from kg.graph.store import GraphStore
    from kg.queries.answer import Answer, Evidence, Step

__all__ = ["Picture", "answer_picture", "neighbourhood_picture", "graph_picture", "PHYSICS_THRESHOLD", "STYLES"]

PHYSICS_THRESHOLD = 300
# type -> (colour, vis shape, legend symbol); the most specific type of a node picks its style
STYLES: dict[str, tuple[str, str, str]] = {
    "Company": ("#4e79a7", "dot", "●"),
    "Organization": ("#76b7b2", "dot", "●"),
    "Person": ("#f28e2b", "hexagon", "⬢"),
    "AIModel": ("#e15759", "triangle", "▲"),
    "Product": ("#ff9da7", "triangleDown", "▼"),
    "Benchmark": ("#59a14f", "square", "■"),  # StockIndex shares the shape, not the colour
    "Place": ("#edc948", "star", "★"),
    "StockIndex": ("#b07aa1", "square", "■"),
    "Event": ("#9c755f", "diamond", "◆"),
    "Entity": ("#bab0ac", "dot", "●"),
}
_EVENT_TYPES = {"StockMove", "ModelRelease", "Investment", "Funding", "ProductLaunch", "Acquisition", "Event"}


def _style(type_: str) -> tuple[str, str, str]:
    if type_ in _EVENT_TYPES:
        return STYLES["Event"]
    return STYLES.get(type_) or STYLES["Entity"]


@dataclass
class Picture:
    """A graph picture: pyvis-style node and edge dicts plus the page around them."""

    title: str
    subtitle: str = ""
    lang: str = "en"
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    focus: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ building
    def add_node(self, iri: str, name: str, type_: str, tooltip: str = "") -> None:
        if iri in self.nodes:
            if tooltip and tooltip not in self.nodes[iri]["title"]:
                self.nodes[iri]["title"] += "\n\n" + tooltip
            return
        color, shape, _ = _style(type_)
        tl = type_label(type_, self.lang) or type_
        label = name if len(name) <= 40 else name[:39] + "…"
        head = f"{name}\n{tl}" if tl and tl != name else name
        self.nodes[iri] = {"id": iri, "label": label, "group": type_ or "Entity", "shape": shape,
                           "color": color, "title": head + (f"\n\n{tooltip}" if tooltip else ""), "kgType": type_}

    def add_edge(self, start: str, predicate: str, end: str, evidence: list["Evidence"] = (),  # type: ignore[assignment]
                 symmetric: bool = False) -> None:
        key = (start, predicate, end)
        label = rel_label(predicate, self.lang)
        lines = [f"{self._name(start)} —{label}→ {self._name(end)}"]
        for ev in evidence:
            src = ev.title or ev.source or ev.document
            if ev.source and ev.title:
                src = f"{ev.title} ({ev.source})"
            lines.append(f"“{ev.sentence}”\n   — {src}" if ev.sentence else f"source: {src}")
        if key in self.edges:
            old = self.edges[key]
            extra = [ln for ln in lines[1:] if ln not in old["title"]]
            if extra:
                old["title"] += "\n" + "\n".join(extra)
            return
        edge = {"from": start, "to": end, "label": label, "title": "\n".join(lines), "predicate": predicate}
        if not symmetric:
            edge["arrows"] = "to"
        self.edges[key] = edge

    def _name(self, iri: str) -> str:
        n = self.nodes.get(iri)
        return n["title"].split("\n", 1)[0] if n else iri.rsplit("/", 1)[-1]

    def add_step(self, step: "Step") -> None:
        from kg.queries.ask import _symmetric

        for ref in (step.start, step.end):
            self.add_node(ref.iri, ref.name, ref.type)
        self.add_edge(step.start.iri, step.predicate, step.end.iri, step.evidence,
                      symmetric=step.predicate in _symmetric())

    # ------------------------------------------------------------------ output
    def _layout(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        nodes = [dict(n) for n in self.nodes.values()]
        for n in nodes:
            n.pop("kgType", None)
            if n["id"] in self.focus:
                n["size"] = 28
                n["borderWidth"] = 3
                n["font"] = {"size": 18, "strokeWidth": 3}
        big = len(nodes) > PHYSICS_THRESHOLD
        options: dict[str, Any] = {
            "nodes": {"size": 16, "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
            "edges": {"font": {"size": 11, "align": "middle", "strokeWidth": 3}, "color": {"color": "#999",
                      "highlight": "#333"}, "smooth": False if big else {"type": "dynamic"}},
            "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                            "navigationButtons": False, "keyboard": False},
            "layout": {"improvedLayout": not big, "randomSeed": 7},
        }
        if big:  # drawing 10,000 edge labels takes seconds: they show for the selected node's edges
            options["edges"]["font"]["size"] = 0
            options["physics"] = {"enabled": False}
            positions = self._positions()
            for n in nodes:
                n["x"], n["y"] = positions[n["id"]]
                n["physics"] = False
        else:
            options["physics"] = {"enabled": True, "solver": "barnesHut",
                                  "barnesHut": {"gravitationalConstant": -6000, "springLength": 160,
                                                "avoidOverlap": 0.3},
                                  "stabilization": {"enabled": True, "iterations": 300, "fit": True}}
        return nodes, options

    def _positions(self) -> dict[str, tuple[float, float]]:
        """A force-directed layout computed once (igraph, C): no physics in the browser."""
        import igraph

        ids = list(self.nodes)
        index = {iri: i for i, iri in enumerate(ids)}
        g = igraph.Graph(n=len(ids), edges=[(index[a], index[b]) for (a, _p, b) in self.edges
                                             if a in index and b in index])
        layout = g.layout_fruchterman_reingold(niter=300, grid=len(ids) > 1000, seed=None)
        coords = layout.coords  # a copy on every access: take it once
        scale = 45.0 * math.sqrt(len(ids)) / max(1.0, max((abs(c) for xy in coords for c in xy), default=1.0))
        return {iri: (round(coords[i][0] * scale, 1), round(coords[i][1] * scale, 1)) for iri, i in index.items()}

    def html(self) -> str:
        """The page as one self-contained HTML string."""
        from kg.queries.viz_page import render_page

        nodes, options = self._layout()
        counts = Counter(n["group"] for n in self.nodes.values())
        legend, seen = [], set()
        for type_, _n in counts.most_common():
            color, _shape, sym = _style(type_)
            label = type_label(type_, self.lang) or type_
            if (sym, color, label) not in seen:
                seen.add((sym, color, label))
                legend.append((sym, color, f"{label} ({counts[type_]})"))
        edges = [dict(e, id=f"e{i}") for i, e in enumerate(self.edges.values())]
        return render_page(title=self.title, subtitle=self.subtitle or self._stats(), legend=legend, nodes=nodes,
                           edges=edges, options=options, lang=self.lang)

    def _stats(self) -> str:
        if self.lang == "de":
            return f"{len(self.nodes)} Knoten, {len(self.edges)} Kanten. Fahren Sie über Knoten und Kanten für Belege."
        return f"{len(self.nodes)} nodes, {len(self.edges)} edges. Hover over nodes and edges for evidence."

    def save(self, path: str | Path) -> Path:
        p = Path(path)
        if p.parent and not p.parent.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.html(), encoding="utf-8")
        return p

    def _repr_html_(self) -> str:
        """Inline in Jupyter: the page in a sandboxed iframe (its scripts run, the notebook's are safe)."""
        return (f'<iframe srcdoc="{html.escape(self.html(), quote=True)}" sandbox="allow-scripts" '
                'style="width:100%;height:620px;border:1px solid #ddd"></iframe>')


# ---------------------------------------------------------------------------------------- builders

def answer_picture(answer: "Answer") -> Picture:
    """The subgraph of an answer: its subjects, the items and every step of their support."""
    pic = Picture(title=answer.question, subtitle=answer.summary, lang=answer.intent.lang)
    for s in answer.subjects:
        pic.add_node(s.iri, s.name, s.type)
        pic.focus.add(s.iri)
    for item in answer.items:
        tip = item.text
        if item.node.kind == "event" or not item.path:
            tip += "".join(f"\n“{e.sentence}”\n   — {e.title or e.source or e.document}" for e in item.evidence
                           if e.sentence)
        pic.add_node(item.node.iri, item.node.name if item.node.kind != "event" else _event_label(item), item.node.type,
                     tip)
        for st in item.path:
            pic.add_step(st)
    return pic


def _event_label(item: Any) -> str:
    text = item.text.split(" — ")[0]
    return text if len(text) <= 40 else text[:39] + "…"


def neighbourhood_picture(store: "GraphStore", entity: str, *, depth: int = 1, limit: int = 2000,
                          lang: str = "en", resolver: Any = None) -> Picture:
    """An entity and everything within ``depth`` steps (facts and events), up to ``limit`` nodes."""
    from kg.queries.ask import EVENT_ROLES, _fact_types
    from kg.queries.context import Context
    from kg.queries.resolve import Resolver

    ctx = Context(store=store, resolver=resolver or Resolver(), lang=lang)
    m = ctx.resolver.resolve(entity, ctx.run)
    pic = Picture(title=m.node.name, lang=lang)
    pic.focus.add(m.node.iri)
    pic.add_node(m.node.iri, m.node.name, m.node.type)
    frontier_entities, frontier_events = [m.node.iri], []
    steps: list[Step] = []
    seen = {m.node.iri}
    for _level in range(max(0, depth)):
        new_entities: list[str] = []
        new_events: list[str] = []
        hops = (ctx.hop(frontier_entities, list(_fact_types()), limit=limit * 4)
                + ctx.hop(frontier_entities, EVENT_ROLES, other="Event", limit=limit * 4)
                + ctx.hop(frontier_events, EVENT_ROLES, label="Event", limit=limit * 4))
        for h in hops:
            if h.node.iri not in seen:
                if len(seen) >= limit:
                    continue
                seen.add(h.node.iri)
                (new_events if h.node.kind == "event" else new_entities).append(h.node.iri)
            steps.append(h.step)
        frontier_entities, frontier_events = new_entities, new_events
        if not new_entities and not new_events:
            break
    _event_tooltips(ctx, pic, [iri for iri, n in ctx.nodes.items() if n.kind == "event" and iri in seen])
    ctx.fill_documents([st.evidence for st in steps])
    for st in steps:
        if st.start.iri in seen and st.end.iri in seen:
            pic.add_step(st)
    return pic


def _event_tooltips(ctx: Any, pic: Picture, iris: list[str]) -> None:
    from kg.queries.ask import _event_infos, _event_text
    from kg.queries.builders import _EVENT_ROWS

    if not iris:
        return
    rows = ctx.run((f"MATCH (e:`Event`) WHERE e.iri IN $iris {_EVENT_ROWS}", {"iris": iris}))
    infos = _event_infos(ctx, rows)
    ctx.fill_documents([i["evidence"] for i in infos])
    for info in infos:
        text = _event_text(ctx, info)
        ev = info["evidence"][0] if info["evidence"] else None
        tip = text + (f"\n“{ev.sentence}”\n   — {ev.title or ev.source or ev.document}" if ev and ev.sentence else "")
        short = text.split(" — ")[0]
        pic.add_node(info["node"].iri, short if len(short) <= 40 else short[:39] + "…", info["node"].type, tip)


def graph_picture(store: "GraphStore", *, limit: int = 5000, lang: str = "en") -> Picture:
    """The whole graph (entities and events, no documents), up to ``limit`` nodes."""
    from kg.queries import builders
    from kg.queries.ask import EVENT_ROLES, _fact_types, _symmetric
    from kg.queries.answer import NodeRef
    from kg.queries.context import Context, evidence_of

    ctx = Context(store=store, resolver=None, lang=lang)  # type: ignore[arg-type]
    pic = Picture(title="Knowledge graph" if lang != "de" else "Wissensgraph", lang=lang)
    # nodes that take part in facts first (a picture of 5,000 unconnected nodes says nothing) ...
    rows = ctx.run(builders.all_relationships(list(_fact_types()) + EVENT_ROLES, limit=limit * 4))
    kept = []
    for r in rows:
        for end in (r["a"], r["b"]):
            if end["iri"] not in pic.nodes and len(pic.nodes) < limit:
                ref = NodeRef.from_row(end)
                pic.add_node(ref.iri, ref.name, ref.type)
        if r["start"] in pic.nodes and r["end"] in pic.nodes:
            kept.append(r)
    # ... then the others, while there is room
    if len(pic.nodes) < limit:
        for row in ctx.run(builders.all_nodes(limit=limit)):
            if len(pic.nodes) >= limit:
                break
            ref = NodeRef.from_row(row["node"])
            pic.add_node(ref.iri, ref.name, ref.type)
    evidence = [evidence_of(r) for r in kept]
    ctx.fill_documents(evidence)
    for r, ev in zip(kept, evidence):
        pred = r.get("predicate") or r["rel"]
        pic.add_edge(r["start"], pred, r["end"], ev, symmetric=pred in _symmetric())
    return pic
