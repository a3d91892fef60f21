"""How it changed: the measures on the graph as of a date, or at the end of each period.

A projection's relationships carry ``first_seen`` (the earliest publication date of the documents
behind a fact, or an event's date for its links; see :mod:`.projection`). The graph *as of* a day
holds the relationships first seen on or before it and the entities they join, plus entities
whose own documents are that old. Relationships without any date are left out of every dated view
(their number is reported). :func:`timeline` computes a measure as of the end of each month,
quarter or year (``cumulative``), or on each period's own relationships only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

import networkx as nx

from kg.queries.analytics.centrality import check_measure, rank, restrict, scores, simple_graph
from kg.queries.analytics.errors import UnknownName

__all__ = ["PERIODS", "Period", "Timeline", "TimelineRow", "as_of", "between", "periods", "timeline"]

PeriodName = Literal["month", "quarter", "year"]
PERIODS: tuple[str, ...] = ("month", "quarter", "year")


@dataclass(frozen=True)
class Period:
    label: str  # "2025-03", "2025-Q1", "2025"
    start: date
    end: date  # inclusive


@dataclass
class TimelineRow:
    iri: str
    name: str
    type: str
    scores: list[float | None]  # one per period; None when the entity is not in the graph yet
    ranks: list[int | None]


@dataclass
class Timeline:
    measure: str
    period: str
    cumulative: bool
    periods: list[Period]
    rows: list[TimelineRow]
    undated_edges: int = 0
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["periods"] = [{"label": p.label, "start": p.start.isoformat(), "end": p.end.isoformat()}
                          for p in self.periods]
        return out


def _dated(g: nx.MultiDiGraph, keep_edge: Any, keep_node: Any) -> nx.MultiDiGraph:
    edges = [(u, v, k) for u, v, k, d in g.edges(keys=True, data="first_seen") if d is not None and keep_edge(d)]
    nodes = {n for n, d in g.nodes(data="first_seen") if d is not None and keep_node(d)}
    nodes.update(x for u, v, _ in edges for x in (u, v))
    return _subgraph(g, nodes, edges)


def _subgraph(g: nx.MultiDiGraph, nodes: set[str], edges: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.add_nodes_from((n, g.nodes[n]) for n in nodes)
    out.add_edges_from((u, v, k, g.edges[u, v, k]) for u, v, k in edges)
    return out


def as_of(g: nx.MultiDiGraph, day: date) -> nx.MultiDiGraph:
    """The projection as it was known on ``day`` (inclusive)."""
    return _dated(g, lambda d: d <= day, lambda d: d <= day)


def between(g: nx.MultiDiGraph, start: date, end: date) -> nx.MultiDiGraph:
    """Only what was first seen from ``start`` to ``end`` (both inclusive)."""
    return _dated(g, lambda d: start <= d <= end, lambda d: start <= d <= end)


def _period_of(day: date, period: str) -> Period:
    if period == "month":
        start = day.replace(day=1)
        nxt = (start + timedelta(days=32)).replace(day=1)
        return Period(f"{day.year}-{day.month:02d}", start, nxt - timedelta(days=1))
    if period == "quarter":
        q = (day.month - 1) // 3
        start = date(day.year, 3 * q + 1, 1)
        nxt = date(day.year + 1, 1, 1) if q == 3 else date(day.year, 3 * q + 4, 1)
        return Period(f"{day.year}-Q{q + 1}", start, nxt - timedelta(days=1))
    if period == "year":
        return Period(str(day.year), date(day.year, 1, 1), date(day.year, 12, 31))
    raise UnknownName(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")


def periods(first: date, last: date, period: str = "month") -> list[Period]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    out = [_period_of(first, period)]
    while out[-1].end < last:
        out.append(_period_of(out[-1].end + timedelta(days=1), period))
    return out


def timeline(
    g: nx.MultiDiGraph,
    period: str = "month",
    measure: str = "pagerank",
    *,
    types: Sequence[str] | None = None,
    relations: Sequence[str] | None = None,
    top: int | None = 10,
    cumulative: bool = True,
    directed: bool = False,
    until: date | None = None,
    seed: int = 0,
) -> Timeline:
    """``measure`` per period. Rows: the entities in the ``top`` of any period, ordered by their rank
    in the last period (then by their best rank)."""
    check_measure(measure)
    _period_of(date(2000, 1, 1), period)  # validates the name
    part = restrict(g, types=types, relations=relations)
    dates = [d for *_, d in part.edges(data="first_seen") if d is not None]
    dates += [d for _, d in part.nodes(data="first_seen") if d is not None]
    undated = sum(1 for *_, d in part.edges(data="first_seen") if d is None)
    notes = [f"{undated} relationship(s) have no date and are left out"] if undated else []
    if until is not None:
        dates = [d for d in dates if d <= until]
    if not dates:
        return Timeline(measure, period, cumulative, [], [], undated, notes + ["nothing dated to show"])
    spans = periods(min(dates), until or max(dates), period)
    per: list[dict[str, tuple[int, float]]] = []
    info: dict[str, tuple[str, str]] = {}
    for p in spans:
        view = as_of(part, p.end) if cumulative else between(part, p.start, p.end)
        h = simple_graph(view, directed=directed)
        values, _ = scores(h, measure, seed=seed)
        values = {n: v for n, v in values.items() if h.nodes[n].get("kind") != "event"}
        ranked = rank(h, values)
        per.append({s.iri: (s.rank, s.score) for s in ranked})
        for s in ranked:
            info[s.iri] = (s.name, s.type)
    chosen = {iri for ranks in per for iri, (r, _) in ranks.items() if top is None or r <= top}
    last = per[-1]
    big = 10**9

    def order(iri: str) -> tuple[int, int, str]:
        best = min((ranks[iri][0] for ranks in per if iri in ranks), default=big)
        return (last[iri][0] if iri in last else big, best, info[iri][0])

    rows = [
        TimelineRow(iri, info[iri][0], info[iri][1],
                    [ranks[iri][1] if iri in ranks else None for ranks in per],
                    [ranks[iri][0] if iri in ranks else None for ranks in per])
        for iri in sorted(chosen, key=order)
    ]
    return Timeline(measure, period, cumulative, spans, rows, undated, notes)
