"""Every Cypher query the graph layer sends, as pure builder functions returning ``(query, params)``.

User values only ever travel as parameters. Labels and relationship types are spliced into the
query text, so they are validated against the ontology first (``check_label``/``check_rel_type``)
and backticked. The queries stay in the Cypher that both ArcadeDB and Neo4j 5 accept: UNWIND,
MERGE, ``SET n += map``, list comprehensions, ``reduce``, one query per relationship type (no APOC,
no dynamic labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from kg.graph.mapping import (
    ATTR_PROVENANCE_LISTS,
    DOCUMENT,
    ENTITY,
    EVENT,
    MENTIONS,
    REL_PROVENANCE_LISTS,
    UNION_LISTS,
)
from kg.graph.store import QueryError
from rdflib import OWL, RDF

from kg.ontology import KG, load, rel_type

__all__ = [
    "BASE_LABELS",
    "Query",
    "check_label",
    "check_rel_type",
    "allowed_labels",
    "allowed_rel_types",
    "create_missing_nodes",
    "merge_nodes",
    "merge_relationships",
    "finish_documents",
    "create_constraint",
    "document_hashes",
    "node_props_by_iri",
    "count_all",
]

Query = tuple[str, dict[str, Any]]
BASE_LABELS = (ENTITY, EVENT, DOCUMENT)


@lru_cache(maxsize=1)
def allowed_labels() -> frozenset[str]:
    """Every label the graph may use: the ontology's entity/event classes and ``Document``."""
    ont = load()
    out = {DOCUMENT}
    for s in ont.graph.subjects(RDF.type, OWL.Class):
        if str(s).startswith(str(KG)):
            chain = ont.superclasses(ont.local(s))
            if chain and chain[-1] in (ENTITY, EVENT):
                out.add(chain[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def allowed_rel_types() -> frozenset[str]:
    """Every relationship type: one per object property of the ontology, and ``MENTIONS``."""
    ont = load()
    return frozenset({rel_type(p) for p in ont.object_properties() if p != "mentions"} | {MENTIONS})


def check_label(label: str) -> str:
    if label not in allowed_labels():
        raise QueryError(f"not a label of the kg ontology: {label!r}")
    return label


def check_rel_type(rtype: str) -> str:
    if rtype not in allowed_rel_types():
        raise QueryError(f"not a relationship type of the kg ontology: {rtype!r}")
    return rtype


def _bt(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _union(var: str, name: str) -> str:
    """Append the row's values that the element does not hold yet (a set union; no-op without them)."""
    return (
        f"{var}.{name} = CASE WHEN r.{name} IS NULL THEN {var}.{name} ELSE coalesce({var}.{name}, []) + "
        f"[x IN r.{name} WHERE NOT x IN coalesce({var}.{name}, [])] END"
    )


def _parallel(var: str, names: Sequence[str]) -> list[str]:
    """SET items that append the entries (indexes in ``new``) of parallel lists."""
    return [
        f"{var}.{n} = CASE WHEN size(new) = 0 THEN {var}.{n} ELSE coalesce({var}.{n}, []) + [i IN new | r.{n}[i]] END"
        for n in names
    ]


def _node_labels(labels: Sequence[str]) -> tuple[str, list[str]]:
    labels = [check_label(x) for x in labels]
    base, extra = labels[0], labels[1:]
    if base not in BASE_LABELS:
        raise QueryError(f"the first label must be one of {BASE_LABELS}, not {base!r}")
    return base, extra


def create_missing_nodes(labels: Sequence[str], rows: list[dict[str, Any]]) -> Query:
    """CREATE the nodes of ``rows`` whose ``iri`` is not in the graph yet, with all their labels at once.

    Run before :func:`merge_nodes` in the same transaction. (ArcadeDB cannot add a label to a node
    created in the same transaction under a uniqueness constraint, so new nodes get every label here.)
    """
    base, extra = _node_labels(labels)
    all_labels = "".join(":" + _bt(x) for x in [base, *extra])
    return (
        "UNWIND $rows AS r\nWITH DISTINCT r.iri AS iri\n"
        f"OPTIONAL MATCH (n:{_bt(base)} {{iri: iri}})\nWITH iri, n WHERE n IS NULL\n"
        f"CREATE (m{all_labels} {{iri: iri}})\nRETURN count(*) AS created",
        {"rows": rows},
    )


def merge_nodes(labels: Sequence[str], rows: list[dict[str, Any]]) -> Query:
    """Update nodes found by ``iri`` under their base label (after :func:`create_missing_nodes`).

    Each row: ``{"iri", "props": {scalars}, "sources", "aliases", "mentions", attr... lists}``.
    Missing labels are added (an entity typed differently by another document keeps both types),
    scalar properties overwritten, ``sources``/``aliases``/``mentions`` merged as sets and the
    attribute provenance lists merged per assertion key, so writing a row twice changes nothing.
    """
    base, extra = _node_labels(labels)
    lines = ["UNWIND $rows AS r", f"MATCH (n:{_bt(base)} {{iri: r.iri}})"]
    if extra:
        has_all = " AND ".join(f"n:{_bt(x)}" for x in extra)
        lines.append(
            f"FOREACH (_ IN CASE WHEN {has_all} THEN [] ELSE [1] END | SET n"
            + "".join(":" + _bt(x) for x in extra) + ")"
        )
    lines.append("SET n += r.props")
    unions = [name for name in UNION_LISTS if any(row.get(name) for row in rows)]
    if unions:  # only the lists some row carries: each SET item costs time on every row
        lines.append("SET " + ", ".join(_union("n", name) for name in unions))
    if base == ENTITY and any(row.get(ATTR_PROVENANCE_LISTS[0]) for row in rows):
        key = ATTR_PROVENANCE_LISTS[0]
        lines.append(
            f"WITH n, r, [i IN range(0, size(coalesce(r.{key}, [])) - 1) "
            f"WHERE NOT r.{key}[i] IN coalesce(n.{key}, [])] AS new"
        )
        lines.append("SET " + ", ".join(_parallel("n", ATTR_PROVENANCE_LISTS)))
    lines.append("RETURN count(*) AS written")
    return "\n".join(lines), {"rows": rows}


def merge_relationships(
    rtype: str, start_label: str, end_label: str, rows: list[dict[str, Any]], *, provenance: bool = True
) -> Query:
    """MERGE relationships of one type between nodes found by ``iri``.

    Each row: ``{"start", "end", "props": {scalars}, "sources", provenance lists}``. Provenance
    entries are appended per key (no duplicates) and ``confidence`` is the highest of them. With
    ``provenance=False`` (no row has provenance lists) the query only merges props and sources.
    """
    rtype = check_rel_type(rtype)
    start_label, end_label = check_label(start_label), check_label(end_label)
    key = REL_PROVENANCE_LISTS[0]
    if not provenance:  # MENTIONS and event links: no assertion lists to merge
        lines = [
            "UNWIND $rows AS r",
            f"MATCH (a:{_bt(start_label)} {{iri: r.start}})",
            f"MATCH (b:{_bt(end_label)} {{iri: r.end}})",
            f"MERGE (a)-[rel:{_bt(rtype)}]->(b)",
        ]
        if any(row.get("props") for row in rows):
            lines.append("SET rel += r.props")
        if any(row.get("sources") for row in rows):
            lines.append("SET " + _union("rel", "sources"))
        lines.append("RETURN count(*) AS written")
        return "\n".join(lines), {"rows": rows}
    lines = [
        "UNWIND $rows AS r",
        f"MATCH (a:{_bt(start_label)} {{iri: r.start}})",
        f"MATCH (b:{_bt(end_label)} {{iri: r.end}})",
        f"MERGE (a)-[rel:{_bt(rtype)}]->(b)",
        "SET rel += r.props",
        "SET " + _union("rel", "sources"),
        f"WITH rel, r, [i IN range(0, size(coalesce(r.{key}, [])) - 1) "
        f"WHERE NOT r.{key}[i] IN coalesce(rel.{key}, [])] AS new",
        "SET " + ", ".join(_parallel("rel", REL_PROVENANCE_LISTS)),
        "WITH rel",
        "SET rel.confidence = reduce(m = null, c IN coalesce(rel.confidences, []) | "
        "CASE WHEN m IS NULL OR c > m THEN c ELSE m END)",
        "RETURN count(*) AS written",
    ]
    return "\n".join(lines), {"rows": rows}


def finish_documents(rows: list[dict[str, Any]]) -> Query:
    """Set each Document's ``contentHash`` last: a document with its hash is completely written."""
    return (
        "UNWIND $rows AS r\nMATCH (d:`Document` {iri: r.iri})\nSET d.contentHash = r.contentHash\n"
        "RETURN count(*) AS written",
        {"rows": rows},
    )


def create_constraint(label: str) -> Query:
    """A uniqueness constraint on ``iri`` for one label (Neo4j 5 syntax, which ArcadeDB accepts)."""
    label = check_label(label)
    name = f"kg_{label.lower()}_iri"
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{_bt(label)}) REQUIRE n.iri IS UNIQUE", {}


def document_hashes(iris: list[str] | None = None) -> Query:
    """IRIs and content hashes of the (completely written) documents, all or some."""
    if iris is None:
        return "MATCH (d:`Document`) RETURN d.iri AS iri, d.contentHash AS contentHash, d.source AS source", {}
    return (
        "UNWIND $iris AS i MATCH (d:`Document` {iri: i}) "
        "RETURN d.iri AS iri, d.contentHash AS contentHash, d.source AS source",
        {"iris": iris},
    )


def node_props_by_iri(label: str, iris: list[str]) -> Query:
    label = check_label(label)
    return (
        f"UNWIND $iris AS i MATCH (n:{_bt(label)} {{iri: i}}) RETURN labels(n) AS labels, properties(n) AS props",
        {"iris": iris},
    )


def count_all() -> Query:
    return "MATCH (n) RETURN count(n) AS n", {}


# ---------------------------------------------------------------------- reading back


def all_nodes() -> Query:
    return "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", {}


def all_relationships() -> Query:
    return (
        "MATCH (a)-[r]->(b) RETURN a.iri AS start, labels(a) AS startLabels, type(r) AS type, "
        "b.iri AS end, labels(b) AS endLabels, properties(r) AS props",
        {},
    )


def documents_by_iri(docs: list[str]) -> Query:
    return (
        "UNWIND $docs AS doc MATCH (d:`Document` {iri: doc}) RETURN labels(d) AS labels, properties(d) AS props",
        {"docs": docs},
    )


def documents_by_source(rows: list[dict[str, str]]) -> Query:
    """Documents with the same ``source`` as a row but another ``iri``: older versions of it."""
    return (
        "UNWIND $rows AS r MATCH (d:`Document` {source: r.source}) WHERE d.iri <> r.iri "
        "RETURN DISTINCT d.iri AS iri",
        {"rows": rows},
    )


def mentioned_nodes(docs: list[str]) -> Query:
    return (
        "UNWIND $docs AS doc MATCH (d:`Document` {iri: doc})-[:`MENTIONS`]->(n) "
        "RETURN d.iri AS start, n.iri AS end, labels(n) AS labels, properties(n) AS props",
        {"docs": docs},
    )


def supported_relationships(docs: list[str]) -> Query:
    """Relationships (other than MENTIONS) that start at a node the documents mention and that
    they support, with their end nodes."""
    return (
        "UNWIND $docs AS doc MATCH (:`Document` {iri: doc})-[:`MENTIONS`]->(n)-[r]->(m) "
        "WHERE doc IN coalesce(r.sources, []) "
        "RETURN n.iri AS start, labels(n) AS startLabels, type(r) AS type, m.iri AS end, "
        "labels(m) AS endLabels, properties(r) AS props, properties(m) AS endProps",
        {"docs": docs},
    )


def nodes_supported_by(base: str, doc: str) -> Query:
    base = check_label(base)
    return (
        f"MATCH (n:{_bt(base)}) WHERE $doc IN coalesce(n.sources, []) "
        "RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS props",
        {"doc": doc},
    )


def relationships_supported_by(base: str, doc: str) -> Query:
    base = check_label(base)
    return (
        f"MATCH (n:{_bt(base)})-[r]->(m) WHERE $doc IN coalesce(n.sources, []) AND $doc IN coalesce(r.sources, []) "
        "RETURN n.iri AS start, labels(n) AS startLabels, type(r) AS type, m.iri AS end, "
        "labels(m) AS endLabels, properties(r) AS props",
        {"doc": doc},
    )


# ---------------------------------------------------------------------- removing a document


def _check_property(name: str) -> str:
    from kg.graph.mapping import ATTR_PROVENANCE_LISTS as ATTR

    ont = load()
    if name in ATTR or name in REL_PROVENANCE_LISTS or (ont.is_property(name) and name.isidentifier()):
        return name
    raise QueryError(f"not a property the graph layer may remove: {name!r}")


def set_node_props(base: str, rows: list[dict[str, Any]]) -> Query:
    base = check_label(base)
    return (
        f"UNWIND $rows AS r MATCH (n:{_bt(base)} {{iri: r.iri}}) SET n += r.props RETURN count(*) AS written",
        {"rows": rows},
    )


def remove_node_property(base: str, name: str, iris: list[str]) -> Query:
    """Remove a property (``SET ... = null``: ArcadeDB 26.10 does not persist ``REMOVE n.prop``)."""
    base, name = check_label(base), _check_property(name)
    return (
        f"UNWIND $iris AS i MATCH (n:{_bt(base)} {{iri: i}}) SET n.{_bt(name)} = null RETURN count(*) AS written",
        {"iris": iris},
    )


def delete_nodes(base: str, iris: list[str]) -> Query:
    base = check_label(base)
    return (
        f"UNWIND $iris AS i MATCH (n:{_bt(base)} {{iri: i}}) DETACH DELETE n RETURN count(*) AS deleted",
        {"iris": iris},
    )


def set_relationship_props(rtype: str, start: str, end: str, rows: list[dict[str, Any]]) -> Query:
    rtype, start, end = check_rel_type(rtype), check_label(start), check_label(end)
    return (
        f"UNWIND $rows AS r MATCH (a:{_bt(start)} {{iri: r.start}})-[rel:{_bt(rtype)}]->(b:{_bt(end)} {{iri: r.end}}) "
        "SET rel += r.props RETURN count(*) AS written",
        {"rows": rows},
    )


def delete_relationships(rtype: str, start: str, end: str, rows: list[dict[str, Any]]) -> Query:
    rtype, start, end = check_rel_type(rtype), check_label(start), check_label(end)
    return (
        f"UNWIND $rows AS r MATCH (a:{_bt(start)} {{iri: r.start}})-[rel:{_bt(rtype)}]->(b:{_bt(end)} {{iri: r.end}}) "
        "DELETE rel RETURN count(*) AS deleted",
        {"rows": rows},
    )
