"""An ``Extraction`` as RDF under the kg ontology (the contract in docs/mapping.md), and its checks.

- :func:`to_rdf` builds the graph: the document node, entities, each fact as a plain triple plus one
  ``kg:Assertion`` (a reified statement with its provenance), attributes as typed literals plus their
  Assertion, and events as nodes.
- :func:`serialize` writes Turtle, JSON-LD or N-Triples.
- :func:`validate` checks a graph against the SHACL shapes in ``ontology/shapes.ttl``.

Names (types, predicates) come only from the ontology: an extraction that uses a name the ontology
does not define raises :class:`~kg.loaders.errors.MappingError` rather than minting a new IRI.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL

from kg.loaders.errors import MappingError, SerializationError
from kg.loaders.models import Attribute, Entity, Event, Evidence, Extraction, Relation
from kg.ontology import ENTITY_TYPES, EVENT_TYPES, ID, KG, PROV, SCHEMA, entity_iri, load, shapes_path

__all__ = ["FORMATS", "assertion_iri", "serialize", "to_rdf", "validate"]

# Format names accepted by :func:`serialize` -> rdflib plugin names.
FORMATS: dict[str, str] = {
    "turtle": "turtle",
    "ttl": "turtle",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
}

_PREFIXES: dict[str, Namespace | str] = {
    "kg": KG,
    "id": ID,
    "prov": PROV,
    "dct": DCTERMS,
    "schema": SCHEMA,
    "xsd": XSD,
    "rdf": RDF,
}


def to_rdf(extraction: Extraction) -> Graph:
    """The RDF a document yields: see the RDF section of docs/mapping.md.

    Deterministic: the same extraction gives the same triples (assertion IRIs are the document IRI
    plus a hash of subject, predicate and object). When the same fact is extracted twice from one
    document, its one Assertion keeps the evidence with the highest confidence (the first on a tie).
    A market given as text rather than an IRI becomes an entity ``entity_iri(text)``, typed
    ``kg:Place`` unless the extraction lists that entity itself.
    """
    g = Graph()
    _bind(g)
    doc = extraction.document
    doc_node = URIRef(doc.iri)
    _add_document(g, extraction)

    entity_iris = {e.iri for e in extraction.entities}
    for entity in extraction.entities:
        _add_entity(g, entity)
        g.add((doc_node, KG.mentions, URIRef(entity.iri)))

    facts: dict[URIRef, tuple[URIRef, URIRef, Any, Evidence, float]] = {}
    for rel in extraction.relations:
        _remember(facts, doc.iri, *_relation_triple(rel), rel.evidence, rel.confidence)
    for attr in extraction.attributes:
        _remember(facts, doc.iri, *_attribute_triple(attr), attr.evidence, attr.confidence)
    for node, (s, p, o, ev, conf) in facts.items():
        g.add((s, p, o))
        g.add((node, RDF.type, KG.Assertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        _add_provenance(g, node, doc_node, ev, conf)

    for event in extraction.events:
        _add_event(g, event, doc_node, entity_iris)
        g.add((doc_node, KG.mentions, URIRef(event.iri)))
    return g


def assertion_iri(document_iri: str, s: URIRef, p: URIRef, o: URIRef | Literal) -> URIRef:
    """The IRI of the Assertion of ``(s, p, o)`` in a document: stable across runs."""
    if isinstance(o, Literal):
        obj = f"{o}^^{o.datatype or ''}@{o.language or ''}"
    else:
        obj = str(o)
    digest = hashlib.sha256("\x1f".join((str(s), str(p), obj)).encode("utf-8")).hexdigest()
    return URIRef(f"{document_iri}/assertion/{digest[:16]}")


def serialize(graph: Graph, format: str = "turtle") -> str:
    """The graph as text in ``turtle``, ``json-ld`` (or ``jsonld``) or ``nt``."""
    fmt = FORMATS.get(format.lower())
    if fmt is None:
        raise SerializationError(
            f"unknown RDF format {format!r}; use one of {', '.join(sorted(set(FORMATS.values())))}"
        )
    if fmt == "json-ld":
        context = {p: str(ns) for p, ns in _PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, indent=2, ensure_ascii=False)
    return graph.serialize(format=fmt)


def validate(graph: Graph) -> tuple[bool, str]:
    """Check the graph against the SHACL shapes of the ontology: ``(conforms, report text)``."""
    from pyshacl import validate as shacl_validate

    conforms, _report_graph, report_text = shacl_validate(
        graph, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=False
    )
    return bool(conforms), str(report_text)


# ---------------------------------------------------------------------------- building blocks


def _bind(g: Graph) -> None:
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _add_document(g: Graph, extraction: Extraction) -> None:
    doc = extraction.document
    node = URIRef(doc.iri)
    g.add((node, RDF.type, KG.Document))
    g.add((node, KG.contentHash, Literal(doc.content_hash)))
    if doc.source:
        g.add((node, DCTERMS.source, Literal(doc.source)))
    if doc.title:
        g.add((node, DCTERMS.title, Literal(doc.title)))
    if doc.language:
        g.add((node, KG.language, Literal(doc.language)))
    if doc.published is not None:
        g.add((node, DCTERMS.issued, Literal(doc.published.isoformat(), datatype=XSD.date)))


def _add_entity(g: Graph, entity: Entity) -> None:
    if entity.type not in ENTITY_TYPES:
        raise MappingError(
            f"entity {entity.name!r} has type {entity.type!r}, which is not an ontology entity type"
        )
    if not entity.name.strip():
        raise MappingError(f"entity {entity.iri!r} has an empty name")
    node = URIRef(entity.iri)
    g.add((node, RDF.type, KG[entity.type]))
    g.add((node, KG.name, Literal(entity.name)))
    for alias in entity.aliases:
        if alias and alias != entity.name:
            g.add((node, KG.alias, Literal(alias)))
    if entity.wikidata:
        g.add((node, KG.wikidata, Literal(entity.wikidata)))
    for mention in entity.mentions:
        if mention:
            g.add((node, KG.mentionText, Literal(mention)))


def _relation_triple(rel: Relation) -> tuple[URIRef, URIRef, URIRef]:
    if _range(rel.predicate) != "object":
        raise MappingError(f"relation predicate {rel.predicate!r} is not an object property of the ontology")
    return URIRef(rel.subject), KG[rel.predicate], URIRef(rel.object)


def _attribute_triple(attr: Attribute) -> tuple[URIRef, URIRef, Literal]:
    kind = _range(attr.predicate)
    if kind in (None, "object"):
        raise MappingError(f"attribute {attr.predicate!r} is not a datatype property of the ontology")
    return URIRef(attr.subject), KG[attr.predicate], _typed_literal(attr.predicate, attr.value, kind)


def _typed_literal(predicate: str, value: int | float | bool | str, datatype: str) -> Literal:
    """``value`` as a literal of the property's declared range (integer, decimal, boolean, gYear)."""
    try:
        if datatype == str(XSD.integer):
            if isinstance(value, float) and not value.is_integer():
                raise ValueError("not a whole number")
            return Literal(int(value), datatype=XSD.integer)
        if datatype == str(XSD.decimal):
            return Literal(_decimal(value), datatype=XSD.decimal)
        if datatype == str(XSD.boolean):
            if isinstance(value, str):
                if value.strip().lower() not in ("true", "false", "1", "0"):
                    raise ValueError("not a boolean")
                value = value.strip().lower() in ("true", "1")
            return Literal(bool(value), datatype=XSD.boolean)
        if datatype == str(XSD.gYear):
            year = int(str(value).strip()[:4]) if isinstance(value, str) else int(value)
            return Literal(f"{year:04d}", datatype=XSD.gYear)
    except (TypeError, ValueError, ArithmeticError) as e:
        raise MappingError(f"attribute {predicate!r}: value {value!r} does not fit {datatype}") from e
    return Literal(str(value))


def _decimal(value: int | float | str | bool) -> Decimal:
    """A plain (non-exponent) decimal of ``value``: ``3.8e11`` -> ``380000000000``."""
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    if not d.is_finite():
        raise ValueError("not a finite number")
    return Decimal(format(d, "f"))


def _remember(
    facts: dict[URIRef, tuple[URIRef, URIRef, Any, Evidence, float]],
    document_iri: str,
    s: URIRef,
    p: URIRef,
    o: Any,
    evidence: Evidence,
    confidence: float,
) -> None:
    node = assertion_iri(document_iri, s, p, o)
    old = facts.get(node)
    if old is None or confidence > old[4]:
        facts[node] = (s, p, o, evidence, confidence)


def _add_provenance(g: Graph, node: URIRef, doc_node: URIRef, ev: Evidence, confidence: float) -> None:
    g.add((node, PROV.wasDerivedFrom, doc_node))
    g.add((node, KG.evidence, Literal(ev.sentence)))
    g.add((node, KG.charStart, Literal(int(ev.start), datatype=XSD.integer)))
    g.add((node, KG.charEnd, Literal(int(ev.end), datatype=XSD.integer)))
    g.add((node, KG.confidence, Literal(_decimal(round(float(confidence), 4)), datatype=XSD.decimal)))


def _add_event(g: Graph, event: Event, doc_node: URIRef, entity_iris: set[str]) -> None:
    if event.type not in EVENT_TYPES:
        raise MappingError(
            f"event {event.iri!r} has type {event.type!r}, which is not an ontology event type"
        )
    node = URIRef(event.iri)
    g.add((node, RDF.type, KG[event.type]))
    g.add((node, KG.eventSubject, URIRef(event.subject)))
    if event.object:
        g.add((node, KG.eventObject, URIRef(event.object)))
    for investor in event.investors:
        g.add((node, KG.investor, URIRef(investor)))
    if event.market:
        g.add((node, KG.market, _market(g, event.market, entity_iris)))
    money = (("percent", event.percent), ("amount", event.amount), ("amountUSD", event.amount_usd))
    for prop, value in money:
        if value is not None:
            g.add((node, KG[prop], _typed_literal(prop, value, str(XSD.decimal))))
    if event.currency:
        g.add((node, KG.currency, Literal(event.currency)))
    if event.date is not None:
        g.add((node, KG.date, Literal(event.date.isoformat(), datatype=XSD.date)))
    if event.date_text:
        g.add((node, KG.dateText, Literal(event.date_text)))
    _add_provenance(g, node, doc_node, event.evidence, event.confidence)


def _market(g: Graph, market: str, entity_iris: set[str]) -> URIRef:
    if market.startswith(("http://", "https://")):
        return URIRef(market)
    node = entity_iri(market)
    if str(node) not in entity_iris:
        g.add((node, RDF.type, KG.Place))
        g.add((node, KG.name, Literal(market)))
    return node


@lru_cache(maxsize=None)
def _range(predicate: str) -> str | None:
    """``"object"`` for an object property, the range datatype IRI for a datatype property, else None."""
    onto = load().graph
    iri = KG[predicate]
    if (iri, RDF.type, OWL.ObjectProperty) in onto:
        return "object"
    if (iri, RDF.type, OWL.DatatypeProperty) in onto:
        rng = onto.value(iri, RDFS.range)
        return str(rng) if rng is not None else str(XSD.string)
    return None


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    g = Graph()
    g.parse(shapes_path(), format="turtle")
    return g
