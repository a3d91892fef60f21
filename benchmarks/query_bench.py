"""Query-layer benchmark (not a test): a synthetic graph of up to 1M relationships in the embedded store.

Measures
  1. one-hop and path ("how is X connected to Y": allShortestPaths) question latency as a library
     call with the store open (``KnowledgeGraph.ask``),
  2. ``kg ask`` from a cold start (a new process: JVM, open, question, answer),
  3. HTML pages of 500 and 5,000 nodes (twice as many edges): building them, their size, and loading
     them in headless chromium until drawn, plus a redraw (physics off, precomputed layout); and a
     picture read from the store.

Usage:
  .venv/bin/python benchmarks/query_bench.py                       # 1M relationships in a temp dir
  .venv/bin/python benchmarks/query_bench.py --relationships 100000 --data-dir /tmp/kg-bench
  .venv/bin/python benchmarks/query_bench.py --relationships 2000 --runs 20 --cold-runs 1   # small
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


def bench_library(data_dir: Path, n_comp: int, runs: int = 60, path_runs: int = 20) -> dict:
    from kg.graph.embedded import EmbeddedStore
    from kg.queries.api import KnowledgeGraph

    rnd = random.Random(7)
    out: dict = {}
    t = time.perf_counter()
    g = KnowledgeGraph(EmbeddedStore(data_dir))
    out["open_s"] = round(time.perf_counter() - t, 2)

    def pair() -> tuple[int, int]:
        a = rnd.randrange(n_comp)
        return a, (a + 1 + rnd.randrange(n_comp - 1)) % n_comp

    try:
        for label, make, n in [
            ("one_hop_founder", lambda i: f"who founded Company {i:06d}", runs),
            ("one_hop_releases", lambda i: f"what did Company {i:06d} release", runs),
            ("lifted_competitors", lambda i: f"who competes with Company {i:06d}", runs),
            ("one_hop_german", lambda i: f"wer hat Company {i:06d} gegründet?", runs),
            # two companies: via their released models that compete, or via a shared place
            ("path", lambda ab: "how is Company {:06d} connected to Company {:06d}".format(*ab), path_runs),
        ]:
            pick = pair if label == "path" else (lambda: rnd.randrange(n_comp))
            g.ask(make((0, 1) if label == "path" else 0))  # warm the query plans
            times, lengths = [], []
            for _ in range(n):
                q = make(pick())
                t = time.perf_counter()
                a = g.ask(q)
                times.append((time.perf_counter() - t) * 1000)
                assert a.items, q
                if label == "path":
                    lengths.append(min(i.details.get("length", 0) for i in a.items))
            out[label] = _stats(times) | {"items_last": len(a.items)}
            if lengths:
                out[label]["hops_median"] = statistics.median(lengths)
        t = time.perf_counter()
        a = g.ask(f"who founded Compny {1:06d}")  # a typo: loads the name index once (all entities)
        out["fuzzy_first_ms"] = round((time.perf_counter() - t) * 1000, 1)
        times = []
        for _ in range(max(5, runs // 3)):
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
    return {"median_ms": round(statistics.median(ms), 1), "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 1),
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


def _picture(n: int, seed: int = 5):
    from kg.queries.viz import Picture

    rnd = random.Random(seed)
    pic = Picture(title=f"{n:,} nodes, {2 * n:,} edges")
    types = ["Company", "AIModel", "Person", "Product", "Place", "Benchmark"]
    for i in range(n):
        pic.add_node(f"urn:n{i}", f"Node {i}", types[i % len(types)])
    while len(pic.edges) < 2 * n:
        a, b = rnd.randrange(n), rnd.randrange(n)
        if a != b:
            pic.add_edge(f"urn:n{a}", "competesWith", f"urn:n{b}", symmetric=True)
    return pic


def bench_page(data_dir: Path, sizes: tuple[int, ...] = (500, 5000), store_limit: int = 5000) -> dict:
    """For each size: build the page (``build_html_s``), its size, and in headless chromium the time
    from navigation until the page says it is drawn (``page_ready_s``) and a redraw. One browser."""
    out: dict = {"sizes": {}}
    tmp = Path(tempfile.mkdtemp())
    paths: dict[int, Path] = {0: _picture(10).save(tmp / "warm-up.html")}  # untimed: templates, first page
    for n in sizes:
        t = time.perf_counter()
        path = _picture(n).save(tmp / f"page-{n}.html")
        paths[n] = path
        out["sizes"][str(n)] = {"nodes": n, "edges": 2 * n, "build_html_s": round(time.perf_counter() - t, 3),
                                "html_mb": round(path.stat().st_size / 1e6, 3)}

    from kg.graph.embedded import EmbeddedStore
    from kg.queries.api import picture

    if store_limit:
        store = EmbeddedStore(data_dir)
        try:
            t = time.perf_counter()
            p2 = picture(store, limit=store_limit)
            p2.save(tmp / "store.html")
            out["store_picture_s"] = round(time.perf_counter() - t, 2)
            out["store_picture_limit"] = store_limit
            out["store_picture_size"] = [len(p2.nodes), len(p2.edges)]
        finally:
            store.close()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        out["browser"] = "playwright missing"
        return out
    if not Path("/usr/bin/chromium").exists():
        out["browser"] = "/usr/bin/chromium missing"
        return out
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium",
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            for n, path in paths.items():
                ctx = b.new_context(viewport={"width": 1280, "height": 720})
                page = ctx.new_page()
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                t = time.perf_counter()
                page.goto(path.resolve().as_uri())
                page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=120_000)
                if not n:
                    ctx.close()
                    continue
                rec = out["sizes"][str(n)]
                rec["page_ready_s"] = round(time.perf_counter() - t, 3)
                rec["redraw_fit_ms"] = round(page.evaluate(
                    "(() => { const t = performance.now(); window.kgNetwork.redraw(); return performance.now() - t; })()"), 1)
                rec["js_heap_mib"] = round(page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
                                           / 2**20, 1)
                ctx.close()
        finally:
            b.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--runs", type=int, default=60, help="questions of each one-hop kind (default 60)")
    ap.add_argument("--path-runs", type=int, default=20, help="path questions (default 20)")
    ap.add_argument("--cold-runs", type=int, default=3, help="cold `kg ask` processes (default 3)")
    ap.add_argument("--skip-page", action="store_true")
    ap.add_argument("--skip-questions", action="store_true",
                    help="only the pages (its own process, so its own peak memory; the graph is reused)")
    ap.add_argument("--page-sizes", default="500,5000", help="nodes of the HTML pages (default 500,5000)")
    ap.add_argument("--store-picture-limit", type=int, default=5000, help="0: no picture from the store")
    args = ap.parse_args(argv)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "kg"
    report: dict = {"graph": build(data_dir, args.relationships)}
    print(json.dumps(report), flush=True)
    if not args.skip_questions:
        report["library"] = bench_library(data_dir, max(10, args.relationships // 20), runs=args.runs,
                                          path_runs=args.path_runs)
        print(json.dumps(report["library"]), flush=True)
    if args.cold_runs and not args.skip_questions:
        report["cold_start"] = bench_cold(data_dir, runs=args.cold_runs)
        print(json.dumps(report["cold_start"]), flush=True)
    if not args.skip_page:
        sizes = tuple(int(x) for x in args.page_sizes.split(",") if x.strip())
        report["page"] = bench_page(data_dir, sizes, store_limit=args.store_picture_limit)
    print(json.dumps(report, indent=2))
    if args.data_dir is None:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
