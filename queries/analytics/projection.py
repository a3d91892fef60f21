"""Project the property graph of any :class:`~kg.graph.GraphStore` into a networkx graph.

The projection streams: entity (and, on request, event) nodes are read in batches ordered by
``iri`` (keyset paging: each batch starts after the last IRI of the one before, so every batch is
one index range and nothing is read twice), and the relationships of each batch are read with the
batch, by the IRIs of their start nodes. Documents are read first, the same way, for their dates.

The result is a :class:`networkx.MultiDiGraph` keyed by relationship type, whose nodes are the
IRIs. Node attributes: ``iri``, ``name``, ``type``, ``labels`` (frozenset), ``kind`` ("entity" or
"event"), ``sources`` (document IRIs), ``first_seen`` (a date or None) and, for events, ``date``.
Edge attributes: ``type`` (``COMPETES_WITH``), ``predicate`` (``competesWith``), ``ontologyIri``,
``sources``, ``confidence``, ``first_seen`` and, unless ``evidence=False``, ``evidence`` and
``evidenceSources`` (the sentences and the document of each). ``G.graph`` records what was
projected (types, relations, counts, undated relationships).

Dates: a fact is known from the earliest publication date of the documents that report it; an
event's links from the event's date (else its documents' dates); an entity from its documents.

Before reading, the size of the projection is estimated from counts and a sample of the evidence;
when it would not fit in the memory available, :class:`GraphTooLarge` says so with the numbers and
points to the Graph Data Science path (``kg.queries.analytics.gds``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.graph.mapping import DOCUMENT, ENTITY, EVENT
from kg.queries.analytics.errors import GraphTooLarge
from kg.queries.analytics.names import EVENT_ROLE_TYPES, entity_labels, event_labels

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = [
    "BYTES_PER_EDGE",
    "BYTES_PER_NODE",
    "Query",
    "SizeEstimate",
    "add_edge_row",
    "add_node_row",
    "available_memory",
    "count_query",
    "document_dates_query",
    "edges_query",
    "estimate_size",
    "evidence_sample_query",
    "new_graph",
    "nodes_query",
    "paused_gc",
    "project",
    "to_date",
]

Query = tuple[str, dict[str, Any]]

# Measured with tracemalloc on a projection of 20k nodes and 100k relationships
# (benchmarks/analytics_bench.py: ~730 B per node and ~680 B per relationship besides the strings
# the rows bring, ~840 B per relationship for the simple graph and PageRank's arrays), rounded up
# for the IRI and name strings. Evidence text is estimated apart, from a sample.
BYTES_PER_NODE = 1_000
BYTES_PER_EDGE = 700
WORKING_BYTES_PER_NODE = 300
WORKING_BYTES_PER_EDGE = 850
# Fraction of the available memory a projection may take (the JVM of the embedded store, the
# interpreter and the results need the rest).
MEMORY_SHARE = 0.6


# ----------------------------------------------------------------------------- Cypher builders
def _label_filter(var: str, labels: Sequence[str] | None) -> str:
    return f" AND any(l IN labels({var}) WHERE l IN $labels)" if labels else ""


def document_dates_query(after: str, limit: int) -> Query:
    """One page of Documents with their publication date, ordered by ``iri``."""
    return (
        f"MATCH (d:`{DOCUMENT}`) WHERE d.iri > $after\n"
        "RETURN d.iri AS iri, d.published AS published ORDER BY d.iri LIMIT $limit",
        {"after": after, "limit": limit},
    )


def nodes_query(base: str, after: str, limit: int, labels: Sequence[str] | None = None) -> Query:
    """One page of nodes under ``base`` (``Entity`` or ``Event``), after the IRI ``after``."""
    base = _base(base)
    return (
        f"MATCH (n:`{base}`) WHERE n.iri > $after{_label_filter('n', labels)}\n"
        "RETURN n.iri AS iri, n.name AS name, n.type AS type, labels(n) AS labels, n.sources AS sources"
        + (", n.date AS date" if base == EVENT else "")
        + "\nORDER BY n.iri LIMIT $limit",
        {"after": after, "limit": limit, "labels": list(labels or [])},
    )


def edges_query(
    base: str,
    iris: Sequence[str],
    *,
    labels: Sequence[str] | None = None,
    rel_types: Sequence[str] | None = None,
    evidence: bool = True,
) -> Query:
    """The relationships from the nodes ``iris`` (under ``base``) to entities, filtered by the end
    node's labels and the relationship types; all values are parameters."""
    base = _base(base)
    where = ["true"]
    if labels:
        where.append("any(l IN labels(b) WHERE l IN $labels)")
    if rel_types:
        where.append("type(r) IN $types")
    ret = [
        "a.iri AS start", "b.iri AS end", "type(r) AS type", "r.predicate AS predicate",
        "r.ontologyIri AS ontologyIri", "r.sources AS sources", "r.confidence AS confidence",
    ]
    if evidence:
        ret += ["r.evidence AS evidence", "r.evidenceSources AS evidenceSources"]
    return (
        f"UNWIND $iris AS i\nMATCH (a:`{base}` {{iri: i}})-[r]->(b:`{ENTITY}`)\n"
        f"WHERE {' AND '.join(where)}\nRETURN " + ", ".join(ret),
        {"iris": list(iris), "labels": list(labels or []), "types": list(rel_types or [])},
    )


def count_query(base: str, labels: Sequence[str] | None = None, rel_types: Sequence[str] | None = None,
                *, edges: bool = False, end_labels: Sequence[str] | None = None) -> Query:
    """How many nodes (or, with ``edges=True``, relationships from them to entities carrying one of
    ``end_labels``) would be projected."""
    base = _base(base)
    if not edges:
        return (f"MATCH (n:`{base}`) WHERE true{_label_filter('n', labels)} RETURN count(n) AS n",
                {"labels": list(labels or [])})
    where = "true" + _label_filter("a", labels)
    if end_labels:
        where += " AND any(l IN labels(b) WHERE l IN $endLabels)"
    if rel_types:
        where += " AND type(r) IN $types"
    return (f"MATCH (a:`{base}`)-[r]->(b:`{ENTITY}`) WHERE {where} RETURN count(r) AS n",
            {"labels": list(labels or []), "endLabels": list(end_labels or []), "types": list(rel_types or [])})


def evidence_sample_query(limit: int = 200) -> Query:
    """A sample of relationships' evidence, to estimate how much text a projection carries."""
    return (f"MATCH (:`{ENTITY}`)-[r]->(:`{ENTITY}`) RETURN r.evidence AS evidence LIMIT $limit",
            {"limit": limit})


def _base(base: str) -> str:
    if base not in (ENTITY, EVENT):
        raise ValueError(f"projection base must be {ENTITY} or {EVENT}, not {base!r}")
    return base


# ----------------------------------------------------------------------------- rows -> networkx
@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while millions of dicts are built (they hold no cycles to free);
    without this, Python's full collections make building a 1M-relationship graph several times slower."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def to_date(value: Any) -> date | None:
    """A stored date as :class:`datetime.date` (dates, datetimes and ISO strings), else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def new_graph() -> nx.MultiDiGraph:
    """An empty projection graph."""
    g = nx.MultiDiGraph()
    g.graph.update(undated_edges=0)
    return g


def _min_date(sources: Iterable[str], doc_dates: dict[str, date]) -> date | None:
    found = [d for s in sources if (d := doc_dates.get(s)) is not None]
    return min(found) if found else None


def add_node_row(g: nx.MultiDiGraph, row: dict[str, Any], doc_dates: dict[str, date] | None = None) -> None:
    """Add one node row (``iri``, ``name``, ``type``, ``labels``, ``sources``[, ``date``])."""
    iri = row["iri"]
    labels = frozenset(row.get("labels") or ())
    kind = "event" if EVENT in labels or "date" in row else "entity"
    sources = tuple(row.get("sources") or ())
    when = to_date(row.get("date"))
    first = when or _min_date(sources, doc_dates or {})
    attrs: dict[str, Any] = {
        "iri": iri, "name": row.get("name") or _fallback_name(iri, row.get("type"), when),
        "type": row.get("type") or _most_specific(labels), "labels": labels, "kind": kind,
        "sources": sources, "first_seen": first,
    }
    if kind == "event":
        attrs["date"] = when
    g.add_node(iri, **attrs)


def add_edge_row(g: nx.MultiDiGraph, row: dict[str, Any], doc_dates: dict[str, date] | None = None) -> None:
    """Add one relationship row. An end that is not a node yet is added bare and gets its attributes
    when its own row comes (rows come by IRI, so a relationship often precedes its end)."""
    start, end, rtype = row["start"], row["end"], row["type"]
    sources = tuple(row.get("sources") or ())
    first = _min_date(sources, doc_dates or {})
    if rtype in EVENT_ROLE_TYPES:
        first = g.nodes[start].get("date") or first
    if first is None:
        g.graph["undated_edges"] = g.graph.get("undated_edges", 0) + 1
    attrs: dict[str, Any] = {
        "type": rtype, "predicate": row.get("predicate"), "ontologyIri": row.get("ontologyIri"),
        "sources": sources, "confidence": row.get("confidence"), "first_seen": first,
    }
    if "evidence" in row:
        attrs["evidence"] = tuple(row.get("evidence") or ())
        attrs["evidenceSources"] = tuple(row.get("evidenceSources") or ())
    g.add_edge(start, end, key=rtype, **attrs)


def _fallback_name(iri: str, type_: str | None, when: date | None) -> str:
    if type_ and when:
        return f"{type_} {when.isoformat()}"
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _most_specific(labels: frozenset[str]) -> str:
    rest = sorted(labels - {ENTITY, EVENT, "Organization", "Product"})
    return rest[0] if rest else (sorted(labels)[0] if labels else ENTITY)


# ----------------------------------------------------------------------------- size estimate
@dataclass(frozen=True)
class SizeEstimate:
    nodes: int
    edges: int
    evidence_bytes_per_edge: int
    needed_bytes: int
    available_bytes: int

    @property
    def fits(self) -> bool:
        return self.needed_bytes <= self.available_bytes * MEMORY_SHARE

    def message(self) -> str:
        return (
            f"the projection of {self.nodes:,} nodes and {self.edges:,} relationships needs about "
            f"{_mib(self.needed_bytes)} ({BYTES_PER_NODE + WORKING_BYTES_PER_NODE:,} B per node, "
            f"{BYTES_PER_EDGE + WORKING_BYTES_PER_EDGE + self.evidence_bytes_per_edge:,} B per relationship "
            f"with its evidence{self._without_evidence()}) but this machine has {_mib(self.available_bytes)} "
            f"available (at most {MEMORY_SHARE:.0%} of it is used); restrict it with "
            f"--types/--relations, or run the measures inside Neo4j with Graph Data Science "
            f"(--backend neo4j, see docs/analytics.md)"
        )

    def _without_evidence(self) -> str:
        if not self.evidence_bytes_per_edge:
            return ""
        return f"; {_mib(self.needed_bytes - self.edges * self.evidence_bytes_per_edge)} without the evidence sentences"


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def available_memory() -> int:
    """Bytes of memory this process may still use: the system's available memory, capped by the
    cgroup limit when there is one."""
    import psutil

    avail = int(psutil.virtual_memory().available)
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as f:
            limit = f.read().strip()
        if limit.isdigit():
            with open("/sys/fs/cgroup/memory.current", encoding="ascii") as f:
                used = int(f.read().strip())
            avail = min(avail, max(0, int(limit) - used))
    except OSError:
        pass
    return avail


def estimate_size(
    nodes: int, edges: int, *, evidence_bytes_per_edge: int = 0, available_bytes: int | None = None
) -> SizeEstimate:
    """The memory a projection of ``nodes`` and ``edges`` and its measures would take."""
    needed = nodes * (BYTES_PER_NODE + WORKING_BYTES_PER_NODE) + edges * (
        BYTES_PER_EDGE + WORKING_BYTES_PER_EDGE + evidence_bytes_per_edge
    )
    avail = available_memory() if available_bytes is None else available_bytes
    return SizeEstimate(nodes, edges, evidence_bytes_per_edge, needed, avail)


def _count(store: "GraphStore", q: Query) -> int:
    rows = store.query(*q)
    return int(rows[0]["n"]) if rows else 0


def _store_estimate(store: "GraphStore", bases: Sequence[str], labels_for: dict[str, list[str]],
                    rel_types: Sequence[str] | None, evidence: bool,
                    available_bytes: int | None) -> SizeEstimate:
    nodes = sum(_count(store, count_query(b, labels_for[b])) for b in bases)
    edges = sum(_count(store, count_query(b, labels_for[b], rel_types, edges=True, end_labels=labels_for[ENTITY]))
                for b in bases)
    ev = 0
    if evidence and edges:
        sample = store.query(*evidence_sample_query())
        texts = [t for row in sample for t in (row.get("evidence") or ())]
        if sample:
            # a str object costs ~50 B plus its characters; the sources beside it about as much again
            ev = int(sum(49 + len(t.encode("utf-8")) for t in texts) / len(sample) * 2)
    return estimate_size(nodes, edges, evidence_bytes_per_edge=ev, available_bytes=available_bytes)


# ----------------------------------------------------------------------------- the projection
def _pages(store: "GraphStore", make: Any, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    after = ""
    while True:
        rows = store.query(*make(after, batch_size))
        if not rows:
            return
        yield rows
        if len(rows) < batch_size:
            return
        after = rows[-1]["iri"]


def project(
    store: "GraphStore",
    *,
    types: Sequence[str] | None = None,
    relations: Sequence[str] | None = None,
    events: bool = False,
    evidence: bool = True,
    batch_size: int = 2000,
    check_memory: bool = True,
    available_bytes: int | None = None,
) -> nx.MultiDiGraph:
    """Stream the store's entities (and events, with ``events=True``) and the relationships between
    them into a :class:`networkx.MultiDiGraph`.

    ``types`` are node labels (``Company``; a superclass such as ``Organization`` takes its
    subclasses) and ``relations`` relationship types (``COMPETES_WITH``), as returned by
    :func:`~kg.queries.analytics.names.resolve_types` / ``resolve_relations``; None takes all.
    Event nodes are kept when ``events`` is set and ``types`` names no type or an event type (naming
    an event type sets ``events``); an event's links (``EVENT_SUBJECT``...) then join the entities
    that share an event.

    Raises :class:`GraphTooLarge` (before reading anything big) when the estimate does not fit in
    ``available_bytes`` (default: the machine's available memory).
    """
    types = list(types or [])
    ent_types = [t for t in types if t in entity_labels()]
    evt_types = [t for t in types if t in event_labels()]
    bases = [ENTITY]
    if evt_types:  # naming an event type asks for events
        events = True
    if events and (not types or evt_types):
        bases.append(EVENT)
    # None: no filter; a filter on entities when types are given only for events keeps every entity
    labels_for = {ENTITY: ent_types if ent_types else [], EVENT: evt_types}
    end_labels = ent_types or None
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")

    if check_memory:
        est = _store_estimate(store, bases, labels_for, relations, evidence, available_bytes)
        if not est.fits:
            raise GraphTooLarge(est.message(), needed_bytes=est.needed_bytes,
                                available_bytes=est.available_bytes)

    doc_dates: dict[str, date] = {}
    for rows in _pages(store, document_dates_query, batch_size):
        for row in rows:
            if (d := to_date(row.get("published"))) is not None:
                doc_dates[row["iri"]] = d

    g = new_graph()
    g.graph.update(types=tuple(types), relations=tuple(relations or ()), events=EVENT in bases,
                   evidence=evidence, documents=len(doc_dates))
    with paused_gc():
        _stream(store, g, bases, labels_for, end_labels, relations, evidence, doc_dates, batch_size)
    return g


def _stream(store: "GraphStore", g: nx.MultiDiGraph, bases: list[str], labels_for: dict[str, list[str]],
            end_labels: list[str] | None, relations: Sequence[str] | None, evidence: bool,
            doc_dates: dict[str, date], batch_size: int) -> None:
    for base in bases:
        for rows in _pages(store, lambda after, n, b=base: nodes_query(b, after, n, labels_for[b]), batch_size):
            for row in rows:
                add_node_row(g, row, doc_dates)
            q = edges_query(base, [r["iri"] for r in rows], labels=end_labels, rel_types=relations,
                            evidence=evidence)
            for edge in store.query(*q):
                add_edge_row(g, edge, doc_dates)
    for iri, attrs in g.nodes(data=True):
        if "iri" not in attrs:  # an end the pages did not return (written between two pages)
            add_node_row(g, {"iri": iri}, doc_dates)
