"""Graph analytics at scale: projection into networkx and PageRank at 100k and 1M relationships.

Measures (each size in its own process, so each peak is its own):

- ``projection``: rows as a store returns them (entities; relationships with sources, one evidence
  sentence each, document dates) added to the networkx projection (``add_node_row``/``add_edge_row``,
  what :func:`kg.queries.analytics.project` does per page). Also the bytes per node and per
  relationship that :mod:`kg.queries.analytics.projection` uses to refuse graphs too big for memory.
- ``pagerank``: collapsing the projection to a weighted simple graph and PageRank on it (scipy).
- ``store projection``: the whole streaming projection from the embedded ArcadeDB store
  (keyset pages of 2,000 by IRI, relationships per page), against one query that returns every
  relationship at once; the ratio is paged / all at once, and the growth of resident size during each (sampled;
  tracemalloc crashes with the JVM open, see memory.py) shows what paging saves, as far as memory
  freed after the timed runs before them is not simply reused.
  Writing the store is not timed. 100k relationships (2k with ``--quick``); 1M when
  ``KG_BENCH_STORE_1M=1`` (writing 1M relationships into ArcadeDB takes several minutes).

The graph: entities = relationships / 5, ends drawn with a skew (a few hubs), relationship types
from the ontology, 1–3 documents per relationship out of relationships / 20, dated over two years.
"""

from __future__ import annotations

import gc
import os
import random
import tempfile
import time
from datetime import date, timedelta
from typing import Any

from benchmarks import Row
from benchmarks.memory import python_peak, rss_growth

__all__ = ["run", "scale_100k", "scale_1m", "scale_quick", "store_projection", "synthetic_rows"]

GROUP = "analytics"
SEED = 8
TYPES = [("Company", ["Entity", "Organization", "Company"]), ("AIModel", ["Entity", "Product", "AIModel"]),
         ("Person", ["Entity", "Person"]), ("Place", ["Entity", "Place"])]
RELS = ["COMPETES_WITH", "RELEASED", "PARTNERS_WITH", "INVESTS_IN", "DEVELOPED_BY", "WORKS_FOR", "OUTPERFORMS"]
ID = "https://w3id.org/kg-news/id/"
QUICK_STORE_SIZE = 2_000  # the store write (untimed) dominates the quick run: keep it small


def synthetic_rows(relationships: int, seed: int = SEED) -> tuple[dict[str, date], list[dict[str, Any]], list[dict[str, Any]]]:
    """Document dates, node rows and relationship rows, as the store's projection queries return them."""
    rng = random.Random(seed)
    n_nodes = max(10, relationships // 5)
    n_docs = max(5, relationships // 20)
    start = date(2024, 1, 1)
    docs = {f"{ID}doc/{i:08x}": start + timedelta(days=rng.randrange(730)) for i in range(n_docs)}
    doc_iris = list(docs)
    nodes = []
    for i in range(n_nodes):
        t, labels = TYPES[i % len(TYPES)]
        nodes.append({"iri": f"{ID}e{i:08d}", "name": f"{t} {i}", "type": t, "labels": labels,
                      "sources": rng.sample(doc_iris, 2)})
    edges = []
    seen: set[tuple[int, int, str]] = set()
    while len(edges) < relationships:
        a = int(n_nodes * rng.random() ** 2)  # skewed: low indices are hubs
        b = rng.randrange(n_nodes)
        t = RELS[rng.randrange(len(RELS))]
        if a == b or (a, b, t) in seen:
            continue
        seen.add((a, b, t))
        src = rng.sample(doc_iris, rng.choice((1, 1, 2, 3)))
        ev = [f"{nodes[a]['name']} and {nodes[b]['name']} ({t.lower()}) according to a report seen {k}." for k in range(len(src))]
        edges.append({"start": nodes[a]["iri"], "end": nodes[b]["iri"], "type": t, "predicate": t.lower(),
                      "ontologyIri": "", "sources": src, "confidence": 0.9, "evidence": ev,
                      "evidenceSources": src})
    return docs, nodes, edges


def _build(docs: dict[str, date], nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> Any:
    from kg.queries.analytics.projection import add_edge_row, add_node_row, new_graph, paused_gc

    g = new_graph()
    with paused_gc():  # as project() does
        for row in nodes:
            add_node_row(g, row, docs)
        for row in edges:
            add_edge_row(g, row, docs)
    return g


def _pagerank(g: Any) -> dict[str, float]:
    import networkx as nx

    from kg.queries.analytics.centrality import simple_graph

    return nx.pagerank(simple_graph(g), weight="weight")


def _scale(relationships: int, label: str) -> list[Row]:
    docs, nodes, edges = synthetic_rows(relationships)
    evidence_bytes = sum(len(t.encode()) + 49 for e in edges for t in e["evidence"]) / len(edges)
    gc.collect()
    t0 = time.perf_counter()
    g = _build(docs, nodes, edges)
    t_proj = time.perf_counter() - t0
    t0 = time.perf_counter()
    pr = _pagerank(g)
    t_pr = time.perf_counter() - t0
    assert len(pr) == g.number_of_nodes()
    n, m = g.number_of_nodes(), g.number_of_edges()
    del g, pr
    gc.collect()
    # untimed pass under tracemalloc: what the projection itself holds, and PageRank's working peak
    _, py_nodes = python_peak(_build, docs, nodes, [])
    g, py_proj = python_peak(_build, docs, nodes, edges)
    _, py_pr = python_peak(_pagerank, g)
    per_node = py_nodes * 2**20 / n
    per_edge = (py_proj - py_nodes) * 2**20 / m
    work_edge = py_pr * 2**20 / m
    note = f"{n:,} nodes, {m:,} relationships, synthetic rows (no store)"
    return [
        Row(f"projection, {label} relationships", round(m / t_proj), "rels/s", py_peak_mib=round(py_proj, 1),
            note=(f"{t_proj:.2f} s; {note}; ~{per_node:,.0f} B per node, ~{per_edge:,.0f} B per relationship "
                  f"incl. ~{evidence_bytes:,.0f} B evidence"),
            group=GROUP, extra={"seconds": round(t_proj, 3), "nodes": n, "relationships": m,
                                "bytes_per_node": round(per_node), "bytes_per_relationship": round(per_edge),
                                "evidence_bytes_per_relationship": round(evidence_bytes)}),
        Row(f"PageRank, {label} relationships", round(t_pr * 1000), "ms", py_peak_mib=round(py_pr, 1),
            goal="seconds, not minutes",
            note=f"weighted, undirected, scipy; working memory ~{work_edge:,.0f} B per relationship; {note}",
            group=GROUP, extra={"seconds": round(t_pr, 3), "working_bytes_per_relationship": round(work_edge)}),
    ]


def _write_store(store: Any, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], docs: dict[str, date]) -> None:
    from kg.graph.model import Node, PropertyGraph, Relationship

    pg = PropertyGraph()
    pg.nodes += [Node(iri, ["Document"], {"published": d, "contentHash": iri[-8:]}) for iri, d in docs.items()]
    pg.nodes += [Node(r["iri"], list(r["labels"]), {"name": r["name"], "type": r["type"], "sources": r["sources"]})
                 for r in nodes]
    for e in edges:
        k = len(e["sources"])
        pg.relationships.append(Relationship(e["type"], e["start"], e["end"], {
            "predicate": e["predicate"], "sources": e["sources"], "evidence": e["evidence"],
            "evidenceSources": e["evidenceSources"], "provenanceKeys": [f"{s}|{i}" for i, s in enumerate(e["sources"])],
            "charStarts": [0] * k, "charEnds": [10] * k, "confidences": [0.9] * k, "assertions": [""] * k}))
    store.write(pg, batch_size=5000)


def store_projection(quick: bool) -> list[Row]:
    """Stream the projection from the embedded store, against one query for everything."""
    from kg.graph.embedded import EmbeddedStore
    from kg.queries.analytics.projection import _store_estimate, project

    size = QUICK_STORE_SIZE if quick else (1_000_000 if os.environ.get("KG_BENCH_STORE_1M") == "1" else 100_000)
    label = f"{size / 1000:g}k" if size < 1_000_000 else "1M"
    docs, nodes, edges = synthetic_rows(size)
    with tempfile.TemporaryDirectory(prefix="kg-analytics-bench-") as folder:
        store = EmbeddedStore(folder)
        try:
            t0 = time.perf_counter()
            _write_store(store, nodes, edges, docs)
            t_write = time.perf_counter() - t0
            del nodes, edges
            gc.collect()
            t0 = time.perf_counter()
            g = project(store, check_memory=False)
            t_paged = time.perf_counter() - t0
            t0 = time.perf_counter()
            est = _store_estimate(store, ["Entity"], {"Entity": []}, None, True, None)
            t_est = time.perf_counter() - t0
            m = g.number_of_edges()
            del g
            gc.collect()
            t0 = time.perf_counter()
            rows = store.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.iri AS start, b.iri AS end, type(r) AS type, "
                               "r.sources AS sources, r.evidence AS evidence")
            t_all = time.perf_counter() - t0
            del rows
            gc.collect()
            # resident growth, not tracemalloc: tracemalloc with the JVM store open crashes (memory.py)
            g, rss_paged = rss_growth(project, store, check_memory=False)
            del g
            gc.collect()
            rows, rss_all = rss_growth(store.query, "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.iri AS start, "
                                       "b.iri AS end, type(r) AS type, r.sources AS sources, r.evidence AS evidence")
            del rows
        finally:
            store.close()
    return [Row(
        f"store projection (embedded, paged), {label} relationships", round(m / t_paged), "rels/s",
        ratio=round(t_paged / t_all, 2), baseline="one query returning all relationships (rows only)",
        note=(f"{t_paged:.1f} s for {m:,} relationships into networkx, resident size +{rss_paged:,.0f} MiB "
              f"during it; the single query alone: {t_all:.1f} s and +{rss_all:,.0f} MiB for its rows; the size check before it: {t_est:.1f} s "
              f"(estimate {est.needed_bytes / 2**20:,.0f} MiB); store written in {t_write:.0f} s (untimed)"),
        group=GROUP, extra={"seconds": round(t_paged, 2), "single_query_seconds": round(t_all, 2),
                            "rss_growth_mib": round(rss_paged, 1), "single_query_rss_growth_mib": round(rss_all, 1), "write_seconds": round(t_write, 1),
                            "size_check_seconds": round(t_est, 2), "estimate_mib": round(est.needed_bytes / 2**20)},
    )]


def scale_quick(quick: bool = True) -> list[Row]:
    return _scale(10_000, "10k")


def scale_100k(quick: bool = False) -> list[Row]:
    return _scale(100_000, "100k")


def scale_1m(quick: bool = False) -> list[Row]:
    return _scale(1_000_000, "1M")


def run(quick: bool) -> list[Row]:
    """Every measure, each in its own process (``python -m benchmarks --only analytics``)."""
    from benchmarks.memory import run_in_child

    targets = ["scale_quick", "store_projection"] if quick else ["scale_100k", "scale_1m", "store_projection"]
    rows: list[Row] = []
    for t in targets:
        rows += run_in_child(f"benchmarks.analytics_bench:{t}", quick, timeout=240 if quick else 1800, group=GROUP)
    return rows


if __name__ == "__main__":
    import sys

    from benchmarks.__main__ import format_table

    print(format_table(run("--quick" in sys.argv[1:])))
