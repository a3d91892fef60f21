"""Query-layer benchmark (not a test): a synthetic graph of up to 1M relationships in the embedded store.

Measures
  1. one-hop question latency as a library call with the store open (``KnowledgeGraph.ask``),
  2. ``kg ask`` from a cold start (a new process: JVM, open, question, answer),
  3. the 5,000-node / 10,000-edge HTML page: building it, and loading it in headless chromium
     until drawn, plus a redraw (physics off, precomputed layout).

Usage:
  .venv/bin/python benchmarks/query_bench.py                       # 1M relationships in a temp dir
  .venv/bin/python benchmarks/query_bench.py --relationships 100000 --data-dir /tmp/kg-bench
  (an existing --data-dir with a finished graph of the same size is reused)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.graph.model import Node, PropertyGraph, Relationship
from kg.ontology import ID, entity_iri, load, rel_type

DOC = str(ID["doc/bench000000000000"])


def _labels(t: str) -> list[str]:
    return list(reversed(load().superclasses(t)))


def synthetic(total_rels: int, seed: int = 1) -> PropertyGraph:
    """Companies release models, models compete, people found companies, companies sit in places."""
    rnd = random.Random(seed)
    n_comp = max(10, total_rels // 20)
    n_models = 3 * n_comp
    places = [f"Place {i:03d}" for i in range(200)]
    nodes: list[Node] = []

    def add(name: str, t: str) -> str:
        iri = str(entity_iri(name))
        nodes.append(Node(iri, _labels(t), {"iri": iri, "name": name, "type": t, "sources": [DOC]}))
        return iri

    comps = [add(f"Company {i:06d}", "Company") for i in range(n_comp)]
    models = [add(f"Model {i:06d}", "AIModel") for i in range(n_models)]
    people = [add(f"Person {i:06d}", "Person") for i in range(n_comp)]
    pls = [add(p, "Place") for p in places]
    nodes.append(Node(DOC, ["Document"], {"iri": DOC, "title": "Synthetic", "source": "bench",
                                          "contentHash": "0" * 64}))
    rels: list[Relationship] = []

    def rel(s: str, pred: str, o: str) -> None:
        ev = f"{s.rsplit('/', 1)[-1]} {pred} {o.rsplit('/', 1)[-1]}."
        # what the questions read (the provenance lists the writer keeps are left out: a faster load)
        rels.append(Relationship(rel_type(pred), s, o, {
            "predicate": pred, "sources": [DOC], "evidence": [ev], "evidenceSources": [DOC], "confidence": 0.9}))

    for i, m in enumerate(models):
        rel(comps[i // 3], "released", m)
    for i, c in enumerate(comps):
        rel(c, "foundedBy", people[i])
        rel(c, "headquarteredIn", pls[rnd.randrange(len(pls))])
    seen: set[tuple[int, int]] = set()
    while len(rels) < total_rels:
        a, b = rnd.randrange(n_models), rnd.randrange(n_models)
        if a != b and (a, b) not in seen and (b, a) not in seen:
            seen.add((a, b))
            rel(models[a], "competesWith", models[b])
    return PropertyGraph(nodes=nodes, relationships=rels[:total_rels])


def bulk_nodes(labels: list[str], rows: list[dict]) -> tuple[str, dict]:
    """A bench-only bulk load (CREATE, not MERGE: the graph is new). Labels come from the ontology."""
    from kg.graph.cypher import check_label

    spliced = ":".join(f"`{check_label(x) if x not in ('Entity', 'Event') else x}`" for x in labels)
    return f"UNWIND $rows AS r CREATE (n:{spliced}) SET n = r", {"rows": rows}


def bulk_rels(rtype: str, rows: list[dict]) -> tuple[str, dict]:
    from kg.graph.cypher import check_rel_type

    return (f"UNWIND $rows AS r MATCH (a:`Entity` {{iri: r.s}}) MATCH (b:`Entity` {{iri: r.o}}) "
            f"CREATE (a)-[x:`{check_rel_type(rtype)}`]->(b) SET x = r.p", {"rows": rows})


def bulk_write(store, g: PropertyGraph, batch: int = 5000) -> None:
    from collections import defaultdict

    by_labels: dict[tuple, list[dict]] = defaultdict(list)
    for n in g.nodes:
        by_labels[tuple(n.labels)].append(n.props)
    for labels, rows in by_labels.items():
        for i in range(0, len(rows), batch):
            q = bulk_nodes(list(labels), rows[i:i + batch])
            store.transaction(lambda run, q=q: run(*q))
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in g.relationships:
        by_type[r.type].append({"s": r.start, "o": r.end, "p": r.props})
    for rtype, rows in by_type.items():
        for i in range(0, len(rows), batch):
            q = bulk_rels(rtype, rows[i:i + batch])
            store.transaction(lambda run, q=q: run(*q))


def build(data_dir: Path, total: int) -> dict:
    from kg.graph.embedded import EmbeddedStore

    marker = data_dir / "bench.json"
    if marker.exists() and json.loads(marker.read_text()).get("relationships") == total:
        return json.loads(marker.read_text())
    if data_dir.exists():
        shutil.rmtree(data_dir)
    t = time.perf_counter()
    g = synthetic(total)
    gen = time.perf_counter() - t
    store = EmbeddedStore(data_dir)
    t = time.perf_counter()
    bulk_write(store, g)
    wrote = time.perf_counter() - t
    n_rels = store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    store.close()
    info = {"relationships": total, "nodes": len(g.nodes), "written_relationships": n_rels,
            "generate_s": round(gen, 1), "write_s": round(wrote, 1)}
    marker.write_text(json.dumps(info))
    return info


def bench_library(data_dir: Path, n_comp: int, runs: int = 60) -> dict:
    from kg.graph.embedded import EmbeddedStore
    from kg.queries.api import KnowledgeGraph

    rnd = random.Random(7)
    out: dict = {}
    t = time.perf_counter()
    g = KnowledgeGraph(EmbeddedStore(data_dir))
    out["open_s"] = round(time.perf_counter() - t, 2)
    try:
        for label, make in [
            ("one_hop_founder", lambda i: f"who founded Company {i:06d}"),
            ("one_hop_releases", lambda i: f"what did Company {i:06d} release"),
            ("lifted_competitors", lambda i: f"who competes with Company {i:06d}"),
            ("one_hop_german", lambda i: f"wer hat Company {i:06d} gegründet?"),
        ]:
            g.ask(make(0))  # warm the query plans
            times = []
            for _ in range(runs):
                q = make(rnd.randrange(n_comp))
                t = time.perf_counter()
                a = g.ask(q)
                times.append((time.perf_counter() - t) * 1000)
                assert a.items, q
            out[label] = _stats(times) | {"items_last": len(a.items)}
        t = time.perf_counter()
        a = g.ask(f"who founded Compny {1:06d}")  # a typo: loads the name index once (all entities)
        out["fuzzy_first_ms"] = round((time.perf_counter() - t) * 1000, 1)
        times = []
        for _ in range(20):
            q = f"who founded Compani {rnd.randrange(n_comp):06d}"
            t = time.perf_counter()
            g.ask(q)
            times.append((time.perf_counter() - t) * 1000)
        out["fuzzy_warm"] = _stats(times)
    finally:
        g.close()
    return out


def _stats(ms: list[float]) -> dict:
    ms = sorted(ms)
    return {"median_ms": round(statistics.median(ms), 1), "p95_ms": round(ms[int(len(ms) * 0.95) - 1], 1),
            "max_ms": round(ms[-1], 1), "runs": len(ms)}


def bench_cold(data_dir: Path, runs: int = 3) -> dict:
    kg = Path(sys.executable).parent / "kg"
    times = []
    for i in range(runs):
        t = time.perf_counter()
        r = subprocess.run([str(kg), "ask", f"who founded Company {i * 17:06d}", "--data-dir", str(data_dir)],
                           capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        assert r.returncode == 0, r.stderr
    return {"kg_ask_cold_s": [round(x, 2) for x in times], "median_s": round(statistics.median(times), 2)}


def bench_page(data_dir: Path) -> dict:
    from kg.queries.viz import Picture

    out: dict = {}
    rnd = random.Random(5)
    t = time.perf_counter()
    pic = Picture(title="5,000 nodes, 10,000 edges")
    types = ["Company", "AIModel", "Person", "Product", "Place", "Benchmark"]
    for i in range(5000):
        pic.add_node(f"urn:n{i}", f"Node {i}", types[i % len(types)])
    while len(pic.edges) < 10_000:
        a, b = rnd.randrange(5000), rnd.randrange(5000)
        if a != b:
            pic.add_edge(f"urn:n{a}", "competesWith", f"urn:n{b}", symmetric=True)
    tmp = Path(tempfile.mkdtemp())
    path = pic.save(tmp / "big.html")
    out["build_html_s"] = round(time.perf_counter() - t, 2)
    out["html_mb"] = round(path.stat().st_size / 1e6, 2)

    from kg.graph.embedded import EmbeddedStore
    from kg.queries.api import picture

    store = EmbeddedStore(data_dir)
    try:
        t = time.perf_counter()
        p2 = picture(store, limit=5000)
        p2.save(tmp / "store.html")
        out["store_picture_5000_s"] = round(time.perf_counter() - t, 2)
        out["store_picture_size"] = [len(p2.nodes), len(p2.edges)]
    finally:
        store.close()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        out["browser"] = "playwright missing"
        return out
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium",
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = b.new_page(viewport={"width": 1280, "height": 720})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        t = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=120_000)
        out["page_ready_s"] = round(time.perf_counter() - t, 2)
        out["redraw_fit_ms"] = round(page.evaluate(
            "(() => { const t = performance.now(); window.kgNetwork.redraw(); return performance.now() - t; })()"), 1)
        out["redraw_zoom1_ms"] = round(page.evaluate(
            "(() => { window.kgNetwork.moveTo({scale: 1}); const t = performance.now(); window.kgNetwork.redraw();"
            " return performance.now() - t; })()"), 1)
        b.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--skip-page", action="store_true")
    args = ap.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "kg"
    report: dict = {"graph": build(data_dir, args.relationships)}
    print(json.dumps(report), flush=True)
    report["library"] = bench_library(data_dir, max(10, args.relationships // 20))
    print(json.dumps(report["library"]), flush=True)
    report["cold_start"] = bench_cold(data_dir)
    print(json.dumps(report["cold_start"]), flush=True)
    if not args.skip_page:
        report["page"] = bench_page(data_dir)
    print(json.dumps(report, indent=2))
    if args.data_dir is None:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
