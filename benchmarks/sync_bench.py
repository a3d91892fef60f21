"""Sync throughput: the embedded store into a real Bolt server (ArcadeDB, started here), batched
against one query per row, measured in the same run on the same server; and a re-sync with nothing
to do. Also the embedded store's own batched write.

``python -m benchmarks.sync_bench [--triples N]`` runs it alone (default 1,000,000 triples;
``--quick`` for 5,000). ``python -m benchmarks --only sync`` runs it in the shared table
(``KG_BENCH_SYNC_TRIPLES=100000`` for a smaller full run).
The one-query-per-row run syncs a sample of the documents (it is too slow for all of them: it grows
until its time budget is spent); the ratio compares it with a batched sync of exactly the same
sample into the same (emptied) server, in the same run. The batched sync of the whole graph is that
sample plus the rest. All rates are triples per second of the RDF the synced documents stand for.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Row, fmt_value

__all__ = ["run", "count_triples", "measure"]

GROUP = "sync"
SEED = 5
_PER_ROW_SECONDS = 40.0  # time budget of the one-query-per-row sample
_PER_ROW_SECONDS_QUICK = 3.0
QUICK_TRIPLES = 5_000


def count_triples(pg: Any) -> int:
    """How many RDF triples ``kg export`` writes for a property graph (docs/mapping.md), without
    building them."""
    from kg.graph.export import _SKIP_NODE_PROPS, _types
    from kg.ontology import load

    ont = load()
    n = 0
    for node in pg.nodes:
        p = node.props
        if node.labels[0] == "Document":
            n += 1 + sum(1 for k, v in p.items() if k != "iri" and v is not None)
            continue
        n += len(_types(node)) + len(p.get("aliases") or []) + len(p.get("mentions") or [])
        n += sum(1 for k, v in p.items() if v is not None and k not in _SKIP_NODE_PROPS
                 and not isinstance(v, list) and ont.is_property(k))
        if node.labels[0] == "Event":
            n += len(p.get("sources") or [])
        n += 9 * len(p.get("attrKeys") or [])
    for r in pg.relationships:
        n += 1 + 9 * len(r.props.get("provenanceKeys") or [])
    return n


def _graph_for(triples: int) -> tuple[Any, int]:
    """A synthetic property graph of about ``triples`` triples (the benchmark generator's corpus)."""
    from benchmarks.generate import property_graph

    probe = property_graph(2_000, seed=SEED)
    per_rel = count_triples(probe) / max(1, len(probe.relationships))
    rels = max(200, int(triples / per_rel))
    pg = property_graph(rels, seed=SEED)
    total = count_triples(pg)
    if total < 0.98 * triples:  # the probe's ratio drifts with size: correct once
        pg = property_graph(int(rels * triples / total * 1.01), seed=SEED)
        total = count_triples(pg)
    return pg, total


def _wipe(store: Any) -> None:
    while store.query("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c", write=True)[0]["c"]:
        pass


def measure(triples: int, *, batch_size: int = 1000, per_row_seconds: float = _PER_ROW_SECONDS,
            log=print) -> dict[str, Any]:
    from kg.graph import arcadedb_server
    from kg.graph.bolt import BoltStore
    from kg.graph.embedded import EmbeddedStore
    from kg.graph.read import document_hashes, read_documents
    from kg.graph.sync import sync

    out: dict[str, Any] = {}
    pg, total = _graph_for(triples)
    docs_total = sum(1 for n in pg.nodes if n.labels[0] == "Document")
    out.update(triples=total, nodes=len(pg.nodes), relationships=len(pg.relationships), documents=docs_total)
    log(f"graph: {total:,} triples, {len(pg.nodes):,} nodes, {len(pg.relationships):,} relationships, "
        f"{docs_total:,} documents")
    with tempfile.TemporaryDirectory(prefix="kg-sync-bench-") as tmp:
        source = EmbeddedStore(Path(tmp) / "embedded")
        t0 = time.perf_counter()
        source.write(pg, batch_size=batch_size)
        out["embedded_write_s"] = time.perf_counter() - t0
        log(f"embedded write: {out['embedded_write_s']:.1f} s ({total / out['embedded_write_s']:,.0f} triples/s)")
        del pg
        server = arcadedb_server.start(Path(tmp) / "server", heap="2g")
        try:
            target = BoltStore(server.uri, username=server.username, password=server.password,
                               batch_size=batch_size)
            docs = sorted(document_hashes(source))
            # Untimed warm-up (the server's first queries compile plans), then one query per row on a
            # growing sample of the other documents until the time budget is spent.
            sync(source, target, docs[-1:], batch_size=1, documents_per_write=1)
            docs = docs[:-1] or docs
            sample: list[str] = []
            per_row_s = 0.0
            step = max(1, len(docs) // 200)
            while per_row_s < per_row_seconds and len(sample) < len(docs):
                chunk = docs[len(sample) : len(sample) + step]
                sample += chunk
                t0 = time.perf_counter()
                sync(source, target, chunk, batch_size=1, documents_per_write=1)
                per_row_s += time.perf_counter() - t0
            per_row_triples = count_triples(read_documents(source, sample))
            out.update(per_row_s=per_row_s, per_row_triples=per_row_triples, per_row_documents=len(sample))
            out["per_row_rate"] = per_row_triples / per_row_s
            log(f"one query per row: {len(sample)} documents, {per_row_triples:,} triples in {per_row_s:.1f} s "
                f"({out['per_row_rate']:,.0f} triples/s)")
            _wipe(target)
            # the same sample, batched: the two sides of the ratio have the same size
            t0 = time.perf_counter()
            first = sync(source, target, sample, batch_size=batch_size)
            out["batched_sample_s"] = time.perf_counter() - t0
            out["batched_sample_rate"] = per_row_triples / out["batched_sample_s"]
            # the rest: sync skips the sample's documents, which the target already holds
            t0 = time.perf_counter()
            report = sync(source, target, batch_size=batch_size)
            out["batched_s"] = out["batched_sample_s"] + time.perf_counter() - t0
            out["batched_rate"] = total / out["batched_s"]
            out["batches"] = first.batches + report.batches
            log(f"batched ({batch_size} rows): sample {out['batched_sample_s']:.2f} s "
                f"({out['batched_sample_rate']:,.0f} triples/s); whole graph {out['batched_s']:.1f} s "
                f"({out['batched_rate']:,.0f} triples/s), {out['batches']} batches")
            t0 = time.perf_counter()
            again = sync(source, target, batch_size=batch_size)
            out["resync_s"] = time.perf_counter() - t0
            out["resync_writes"] = again.batches
            log(f"re-sync, nothing changed: {out['resync_s']:.2f} s, {again.batches} batches written")
            out["ratio"] = out["batched_sample_rate"] / out["per_row_rate"]
            log(f"batched / one query per row: {out['ratio']:.1f}x")
            target.close()
        finally:
            arcadedb_server.stop(server)
            source.close()
    return out


def run(quick: bool) -> list[Row]:
    full = int(os.environ.get("KG_BENCH_SYNC_TRIPLES") or 1_000_000)  # e.g. 100000 on a slow machine
    m = measure(QUICK_TRIPLES if quick else full, log=lambda *_: None,
                per_row_seconds=_PER_ROW_SECONDS_QUICK if quick else _PER_ROW_SECONDS)
    size = f"{m['triples']:,} triples, {m['documents']:,} documents"
    sample = f"{m['per_row_documents']} documents, {m['per_row_triples']:,} triples"
    return [
        Row("sync embedded → Bolt, batched (same sample)", m["batched_sample_rate"], "triples/s",
            ratio=m["ratio"], baseline="one query per row", goal="≥ 20× per row", note=sample, group=GROUP,
            extra=m),
        Row("sync, one query per row (sample)", m["per_row_rate"], "triples/s", note=sample, group=GROUP),
        Row("sync embedded → Bolt, batched, whole graph", m["batched_rate"], "triples/s", note=size, group=GROUP),
        Row("re-sync, nothing changed", m["resync_s"] * 1000, "ms", note=f"{m['resync_writes']} batches written",
            group=GROUP),
        Row("embedded store write, batched", m["triples"] / m["embedded_write_s"], "triples/s", note=size,
            group=GROUP),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.sync_bench", description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph (default 1M)")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_TRIPLES:,} triples, a 3 s per-row budget")
    ap.add_argument("--batch-size", type=int, default=1000)
    args = ap.parse_args(argv)
    m = measure(QUICK_TRIPLES if args.quick else args.triples, batch_size=args.batch_size,
                per_row_seconds=_PER_ROW_SECONDS_QUICK if args.quick else _PER_ROW_SECONDS, log=lambda s: print(s, file=sys.stderr, flush=True))
    print(f"batched {fmt_value(m['batched_rate'])} triples/s, one query per row {fmt_value(m['per_row_rate'])} "
          f"triples/s: {m['ratio']:.1f}x; re-sync with no changes {m['resync_s']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
