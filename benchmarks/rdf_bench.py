"""RDF throughput with rdflib: serialise and parse Turtle, N-Triples and JSON-LD (the formats
``kg extract`` writes), building the RDF from extractions, and mapping it to a property graph.

Rates are per CPU second (the wall-clock rate is in the note): on a shared machine the wall clock
also counts other processes.

Store: rdflib's default in-memory store. No other store is adopted, so there is no store comparison;
formats are compared against N-Triples, measured in the same run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from benchmarks import Row
from benchmarks.generate import world
from benchmarks.memory import python_peak

__all__ = ["MEASURES", "run", "formats", "build_and_map"]

GROUP = "rdf"
SEED = 11
FORMATS = ("nt", "turtle", "json-ld")


def _size(quick: bool) -> int:
    return 2_000 if quick else 20_000  # property-graph relationships of the corpus (~5 triples each)


def _graph(quick: bool) -> Any:
    from rdflib import Graph

    from kg.loaders.rdf import to_rdf

    g = Graph()
    for ex in world(_size(quick), seed=SEED):
        g += to_rdf(ex)
    return g


def _serialize(g: Any, fmt: str) -> str:
    from kg.loaders.rdf import serialize

    return serialize(g, fmt)


def _parse(text: str, fmt: str) -> Any:
    from rdflib import Graph

    g = Graph()
    g.parse(data=text, format=fmt)
    return g


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    """``fn(*args)`` with its wall and CPU seconds."""
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - w, time.process_time() - c


def formats(quick: bool) -> list[Row]:
    """Triples per CPU second to serialise and to parse each format; size per triple."""
    g = _graph(quick)
    n = len(g)
    rows: list[Row] = []
    base: dict[str, float] = {}
    for fmt in FORMATS:
        text, ser_wall, ser_cpu = _timed(_serialize, g, fmt)
        back, par_wall, par_cpu = _timed(_parse, text, fmt)
        if len(back) != n:
            raise RuntimeError(f"{fmt}: parsed {len(back)} triples of {n}")
        del back
        ser, par = n / ser_cpu, n / par_cpu
        size = len(text.encode("utf-8"))
        py_ser = python_peak(_serialize, g, fmt)[1] if quick or fmt != "json-ld" else None
        if fmt == "nt":
            base = {"ser": ser, "par": par, "size": size}
        vs = {} if fmt == "nt" else {"baseline": "N-Triples"}
        rows += [
            Row(f"serialise {fmt}", ser, "triples/CPU-s", ratio=None if not vs else ser / base["ser"], **vs,
                py_peak_mib=py_ser, group=GROUP, note=f"{n:,} triples; wall clock {n / ser_wall:,.0f}/s"),
            Row(f"parse {fmt}", par, "triples/CPU-s", ratio=None if not vs else par / base["par"], **vs,
                group=GROUP, note=f"{n:,} triples; wall clock {n / par_wall:,.0f}/s"),
            Row(f"{fmt} size", size / n, "bytes/triple", ratio=None if not vs else size / base["size"], **vs,
                group=GROUP, note=f"{size / 2**20:.1f} MiB"),
        ]
    rows.append(Row.unavailable("store: rdflib Memory vs another store", "no other RDF store adopted; "
                                "everything uses rdflib's default Memory store", group=GROUP))
    return rows


def build_and_map(quick: bool) -> list[Row]:
    """Extractions -> RDF (``to_rdf``) and RDF -> property graph (``rdf_to_property_graph``), per CPU second."""
    from rdflib import Graph

    from kg.loaders.rdf import to_rdf

    try:
        from kg.graph.mapping import rdf_to_property_graph
    except Exception as e:
        return [Row.unavailable("RDF -> property graph", f"kg.graph.mapping ({type(e).__name__})", group=GROUP)]
    exs = world(_size(quick), seed=SEED)

    def build() -> Any:
        g = Graph()
        for ex in exs:
            g += to_rdf(ex)
        return g

    g, b_wall, b_cpu = _timed(build)
    pg, m_wall, m_cpu = _timed(rdf_to_property_graph, g)
    n = len(g)
    _, py = python_peak(rdf_to_property_graph, g)
    return [
        Row("extractions -> RDF (to_rdf)", n / b_cpu, "triples/CPU-s", group=GROUP,
            note=f"{len(exs):,} documents, {n:,} triples; wall clock {n / b_wall:,.0f}/s"),
        Row("RDF -> property graph", n / m_cpu, "triples/CPU-s", py_peak_mib=py, group=GROUP,
            note=f"{len(pg.nodes):,} nodes, {len(pg.relationships):,} relationships; wall clock {n / m_wall:,.0f}/s"),
    ]


MEASURES: list[Callable[[bool], list[Row]]] = [formats, build_and_map]


def run(quick: bool) -> list[Row]:
    return [row for m in MEASURES for row in m(quick)]
