"""Property graph -> RDF: the inverse of ``kg.graph.mapping`` (docs/mapping.md).

Literals are typed by the ontology's ``rdfs:range`` of their property, the way the loaders type
them, so exporting what was ingested gives back RDF isomorphic to the loaders' own.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from kg.graph.mapping import (
    ATTR_PROVENANCE_LISTS,
    DOCUMENT,
    DOCUMENT_PROPS,
    ENTITY,
    EVENT,
    MENTIONS,
    REL_PROVENANCE_LISTS,
    UNION_LISTS,
)
from kg.graph.model import Node, PropertyGraph, Relationship
from kg.graph.store import GraphError
from kg.ontology import ID, KG, PROV, SCHEMA, load

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

__all__ = ["FORMATS", "ExportError", "property_graph_to_rdf", "export_graph", "serialize"]

FORMATS = {"turtle": "turtle", "ttl": "turtle", "jsonld": "json-ld", "json-ld": "json-ld", "nt": "nt"}
_PREFIXES: dict[str, Namespace] = {
    "kg": KG, "id": ID, "prov": PROV, "dct": DCTERMS, "schema": SCHEMA, "xsd": Namespace(str(XSD)),
    "rdf": Namespace(str(RDF)),
}
_SKIP_NODE_PROPS = {"iri", "type", *UNION_LISTS, *ATTR_PROVENANCE_LISTS}
_DOC_PREDICATES = {v: k for k, v in DOCUMENT_PROPS.items()}


class ExportError(GraphError):
    """The graph cannot be written as RDF (unknown format, a value that does not fit its type)."""


@lru_cache(maxsize=None)
def _range(name: str) -> URIRef | None:
    ont = load()
    return ont.graph.value(KG[name], RDFS.range) if ont.is_property(name) else None


def _plain_decimal(value: int | float) -> Decimal:
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(int(value))
    return Decimal(format(d, "f"))


def typed_literal(name: str, value: Any) -> Literal:
    """``value`` of property ``name`` as the loaders would write it (typed by the ontology's range)."""
    rng = _range(name)
    try:
        if isinstance(value, datetime):
            return Literal(value.isoformat(), datatype=XSD.dateTime)
        if isinstance(value, date) or rng == XSD.date:
            return Literal(value.isoformat() if isinstance(value, date) else str(value), datatype=XSD.date)
        if rng == XSD.gYear:
            return Literal(f"{int(value):04d}", datatype=XSD.gYear)
        if rng == XSD.integer:
            return Literal(int(value), datatype=XSD.integer)
        if rng == XSD.decimal:
            return Literal(_plain_decimal(value), datatype=XSD.decimal)
        if rng == XSD.boolean:
            return Literal(bool(value), datatype=XSD.boolean)
    except (TypeError, ValueError, ArithmeticError) as e:
        raise ExportError(f"property {name}: value {value!r} does not fit {rng}") from e
    if isinstance(value, bool | int | float) and rng is None:
        return Literal(value)
    return Literal(str(value))


def property_graph_to_rdf(pg: PropertyGraph) -> Graph:
    """RDF under the kg ontology for a property graph that follows docs/mapping.md."""
    g = Graph()
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    nodes = {n.iri: n for n in pg.nodes}
    for n in pg.nodes:
        kind = n.labels[0] if n.labels else ENTITY
        if kind == DOCUMENT:
            _document(g, n)
        else:
            _node(g, n, kind)
    for r in pg.relationships:
        _relationship(g, r, nodes)
    return g


def _types(n: Node) -> list[str]:
    """The most specific kg classes among the node's labels."""
    ont = load()
    labels = [x for x in n.labels if x not in (ENTITY, EVENT) and ont.is_class(x)]
    general = {c for x in labels for c in ont.superclasses(x)[1:]}
    out = [x for x in labels if x not in general]
    t = n.props.get("type")
    if t and t not in out and ont.is_class(t):
        out.append(t)
    return out


def _document(g: Graph, n: Node) -> None:
    s = URIRef(n.iri)
    g.add((s, RDF.type, KG.Document))
    for k, v in n.props.items():
        if v is None or k == "iri":
            continue
        if k in _DOC_PREDICATES:
            p = _DOC_PREDICATES[k]
            lit = Literal(v.isoformat(), datatype=XSD.date) if isinstance(v, date) else Literal(str(v))
            g.add((s, p, lit))
        elif load().is_property(k):
            g.add((s, KG[k], typed_literal(k, v)))


def _node(g: Graph, n: Node, kind: str) -> None:
    s = URIRef(n.iri)
    for t in _types(n):
        g.add((s, RDF.type, KG[t]))
    ont = load()
    p = n.props
    for a in p.get("aliases") or []:
        g.add((s, KG.alias, Literal(a)))
    for m in p.get("mentions") or []:
        g.add((s, KG.mentionText, Literal(m)))
    for k, v in p.items():
        if v is None or k in _SKIP_NODE_PROPS or isinstance(v, list) or not ont.is_property(k):
            continue
        g.add((s, KG[k], typed_literal(k, v)))
    if kind == EVENT:
        for doc in p.get("sources") or []:
            g.add((s, PROV.wasDerivedFrom, URIRef(doc)))
    keys = p.get("attrKeys") or []
    for i in range(len(keys)):
        pred = p["attrPredicates"][i]
        if p.get(pred) is None:
            continue
        _assertion(g, p["attrAssertions"][i], s, KG[pred], typed_literal(pred, p[pred]), p["attrSources"][i],
                   p["attrEvidence"][i], p["attrCharStarts"][i], p["attrCharEnds"][i], p["attrConfidences"][i])


def _relationship(g: Graph, r: Relationship, nodes: dict[str, Node]) -> None:
    s, o = URIRef(r.start), URIRef(r.end)
    if r.type == MENTIONS:
        g.add((s, KG.mentions, o))
        return
    name = r.props.get("predicate")
    if not name:
        try:
            name = load().relation_by_type(r.type).name
        except KeyError as e:
            raise ExportError(f"relationship type {r.type} has no ontology property") from e
    p = KG[name]
    g.add((s, p, o))
    keys = r.props.get("provenanceKeys") or []
    for i in range(len(keys)):
        lists = {k: r.props.get(k) or [] for k in REL_PROVENANCE_LISTS}
        _assertion(g, lists["assertions"][i], s, p, o, lists["evidenceSources"][i], lists["evidence"][i],
                   lists["charStarts"][i], lists["charEnds"][i], lists["confidences"][i])


def _assertion(g: Graph, iri: str, s: URIRef, p: URIRef, o: Any, source: str, evidence: str,
               start: int, end: int, confidence: float) -> None:
    a: URIRef | BNode = URIRef(iri) if iri else BNode()
    g.add((a, RDF.type, KG.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    if source:
        g.add((a, PROV.wasDerivedFrom, URIRef(source)))
    if evidence:
        g.add((a, KG.evidence, Literal(evidence)))
    if start is not None and start >= 0:
        g.add((a, KG.charStart, typed_literal("charStart", start)))
    if end is not None and end >= 0:
        g.add((a, KG.charEnd, typed_literal("charEnd", end)))
    if confidence is not None and confidence >= 0:
        g.add((a, KG.confidence, typed_literal("confidence", confidence)))


def export_graph(store: "GraphStore", documents: list[str] | None = None) -> Graph:
    """The store (or what the chosen documents support) as RDF."""
    from kg.graph.read import read_documents, read_graph

    pg = read_documents(store, documents) if documents else read_graph(store)
    return property_graph_to_rdf(pg)


def serialize(g: Graph, format: str = "turtle") -> str:
    fmt = FORMATS.get(format.lower())
    if fmt is None:
        raise ExportError(f"unknown RDF format {format!r}; use turtle, jsonld or nt")
    if fmt == "json-ld":
        return g.serialize(format="json-ld", context={k: str(v) for k, v in _PREFIXES.items()}, indent=2,
                           ensure_ascii=False)
    return g.serialize(format=fmt)
