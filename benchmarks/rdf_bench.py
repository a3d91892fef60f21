"""RDF throughput with rdflib: serialise and parse Turtle, N-Triples and JSON-LD (the formats
``kg extract`` writes), building the RDF from extractions, and mapping it to a property graph.

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


def formats(quick: bool) -> list[Row]:
    """Triples per second to serialise and to parse each format; size per triple."""
    g = _graph(quick)
    n = len(g)
    rows: list[Row] = []
    base: dict[str, float] = {}
    for fmt in FORMATS:
        t0 = time.perf_counter()
        text = _serialize(g, fmt)
        ser = n / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        back = _parse(text, fmt)
        par = n / (time.perf_counter() - t0)
        if len(back) != n:
            raise RuntimeError(f"{fmt}: parsed {len(back)} triples of {n}")
        size = len(text.encode("utf-8"))
        _, py_ser = python_peak(_serialize, g, fmt) if fmt != "json-ld" or quick else (None, None)
        if fmt == "nt":
            base = {"ser": ser, "par": par, "size": size}
        is_base = fmt == "nt"
        rows += [
            Row(f"serialise {fmt}", ser, "triples/s", ratio=None if is_base else ser / base["ser"],
                baseline="" if is_base else "N-Triples", py_peak_mib=py_ser, group=GROUP, note=f"{n:,} triples"),
            Row(f"parse {fmt}", par, "triples/s", ratio=None if is_base else par / base["par"],
                baseline="" if is_base else "N-Triples", group=GROUP, note=f"{n:,} triples"),
            Row(f"{fmt} size", size / n, "bytes/triple", ratio=None if is_base else size / base["size"],
                baseline="" if is_base else "N-Triples", group=GROUP, note=f"{size / 2**20:.1f} MiB"),
        ]
    rows.append(Row.unavailable("store: rdflib Memory vs another store", "no other RDF store adopted; "
                                "everything uses rdflib's default Memory store", group=GROUP))
    return rows


def build_and_map(quick: bool) -> list[Row]:
    """Extractions -> RDF (``to_rdf``) and RDF -> property graph (``rdf_to_property_graph``), triples/s."""
    from rdflib import Graph

    from kg.loaders.rdf import to_rdf

    try:
        from kg.graph.mapping import rdf_to_property_graph
    except Exception as e:
        return [Row.unavailable("RDF -> property graph", f"kg.graph.mapping ({type(e).__name__})", group=GROUP)]
    exs = world(_size(quick), seed=SEED)
    t0 = time.perf_counter()
    g = Graph()
    for ex in exs:
        g += to_rdf(ex)
    build = len(g) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    pg = rdf_to_property_graph(g)
    mapped = len(g) / (time.perf_counter() - t0)
    _, py = python_peak(rdf_to_property_graph, g)
    return [
        Row("extractions -> RDF (to_rdf)", build, "triples/s", group=GROUP,
            note=f"{len(exs):,} documents, {len(g):,} triples"),
        Row("RDF -> property graph", mapped, "triples/s", py_peak_mib=py, group=GROUP,
            note=f"{len(pg.nodes):,} nodes, {len(pg.relationships):,} relationships"),
    ]


MEASURES: list[Callable[[bool], list[Row]]] = [formats, build_and_map]


def run(quick: bool) -> list[Row]:
    return [row for m in MEASURES for row in m(quick)]
