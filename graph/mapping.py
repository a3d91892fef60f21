"""RDF under the kg ontology -> property graph (see docs/mapping.md for the contract).

The mapping is a pure function of an rdflib graph: no store, no I/O. ``kg.graph.export`` holds the
inverse. Every label and relationship type it produces comes from the ontology.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.graph.model import Node, PropertyGraph, Relationship
from kg.graph.store import GraphError
from kg.ontology import KG, PROV, load, rel_type

__all__ = [
    "MappingError",
    "DOCUMENT",
    "ENTITY",
    "EVENT",
    "MENTIONS",
    "EVENT_PREDICATES",
    "DOCUMENT_PROPS",
    "REL_PROVENANCE_LISTS",
    "ATTR_PROVENANCE_LISTS",
    "UNION_LISTS",
    "rdf_to_property_graph",
    "to_python",
    "provenance_key",
]

DOCUMENT = "Document"
ENTITY = "Entity"
EVENT = "Event"
MENTIONS = "MENTIONS"

# Object properties whose subject is an event: they become EVENT_SUBJECT, EVENT_OBJECT, ...
EVENT_PREDICATES = ("eventSubject", "eventObject", "investor", "market")

# Document predicate -> property name.
DOCUMENT_PROPS: dict[URIRef, str] = {
    KG.contentHash: "contentHash",
    DCTERMS.source: "source",
    DCTERMS.title: "title",
    KG.language: "language",
    DCTERMS.issued: "published",
}

# Entity list properties (kg predicate -> property); values are merged as sets.
ENTITY_LISTS: dict[URIRef, str] = {KG.alias: "aliases", KG.mentionText: "mentions"}

# Parallel lists on a relationship, one entry per assertion (the same index in each list).
REL_PROVENANCE_LISTS = ("provenanceKeys", "evidence", "evidenceSources", "charStarts", "charEnds",
                        "confidences", "assertions")
# Parallel lists on an entity node, one entry per attribute assertion.
ATTR_PROVENANCE_LISTS = ("attrKeys", "attrPredicates", "attrSources", "attrEvidence", "attrCharStarts",
                         "attrCharEnds", "attrConfidences", "attrAssertions")
# Lists merged as sets when a node or relationship is written again.
UNION_LISTS = ("sources", "aliases", "mentions")

# Assertion fields: predicate -> key in the provenance record.
_ASSERTION_FIELDS = {
    PROV.wasDerivedFrom: "source",
    KG.evidence: "evidence",
    KG.charStart: "start",
    KG.charEnd: "end",
    KG.confidence: "confidence",
}


class MappingError(GraphError):
    """The RDF does not follow the kg ontology in a way the mapping needs."""


@dataclass(frozen=True)
class _Prov:
    """One assertion's provenance."""

    source: str
    evidence: str
    start: int
    end: int
    confidence: float
    assertion: str  # IRI of the assertion, or "" when it was a blank node

    @property
    def key(self) -> str:
        return provenance_key(self.source, self.start, self.end, self.evidence, self.assertion)


def provenance_key(source: str, start: int, end: int, evidence: str, assertion: str = "") -> str:
    """A stable key of one assertion, used to merge provenance lists without duplicates."""
    if assertion:
        return assertion
    digest = hashlib.sha1(evidence.encode("utf-8")).hexdigest()[:12]
    return f"{source}|{start}|{end}|{digest}"


def to_python(lit: Literal) -> Any:
    """A literal as a value Neo4j can store: int, float, bool, str or datetime.date."""
    dt = lit.datatype
    if dt == XSD.gYear:
        return int(str(lit)[:4]) if str(lit)[:4].isdigit() else str(lit)
    value = lit.toPython()
    if dt == XSD.decimal and isinstance(value, Decimal) and value.is_finite():
        text = str(lit)
        # a decimal written without a fraction or exponent stays whole: "380000000000" -> int
        return int(value) if "." not in text and "e" not in text.lower() else float(value)
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float | Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.date() if dt == XSD.date else value
    if isinstance(value, date):
        return value
    return str(lit)


def rdf_to_property_graph(g: Graph) -> PropertyGraph:
    """Map RDF that follows docs/mapping.md to a property graph.

    Entities and events become nodes labelled with their class and its kg superclasses, documents
    become ``Document`` nodes with ``MENTIONS`` relationships, facts between entities become
    relationships whose provenance (sources, evidence, confidence) comes from their kg:Assertion
    reifications. Idempotent in its input: the same triples give the same graph.
    """
    return _Mapper(g).run()


class _Mapper:
    def __init__(self, g: Graph):
        self.g = g
        self.ont = load()
        self.kinds: dict[URIRef, str] = {}  # iri -> Document / Entity / Event / Assertion
        self.types: dict[URIRef, str] = {}  # iri -> most specific class
        self.labels: dict[URIRef, list[str]] = {}

    # ------------------------------------------------------------------ classification
    def _classify(self) -> None:
        by_subject: dict[URIRef | BNode, list[str]] = defaultdict(list)
        for s, o in self.g.subject_objects(RDF.type):
            if isinstance(o, URIRef) and str(o).startswith(str(KG)):
                by_subject[s].append(self.ont.local(o))
        for s, classes in by_subject.items():
            if "Assertion" in classes:
                self.kinds[s] = "Assertion"
                continue
            for c in classes:
                if not self.ont.is_class(c):
                    raise MappingError(f"{s} has type kg:{c}, which the ontology does not define")
            if "Document" in classes:
                if not isinstance(s, URIRef):
                    raise MappingError("a kg:Document must have an IRI, not a blank node")
                self.kinds[s] = DOCUMENT
                self.labels[s] = [DOCUMENT]
                continue
            chains = [self.ont.superclasses(c) for c in classes]
            chains.sort(key=len, reverse=True)
            roots = {chain[-1] for chain in chains}
            if EVENT in roots:
                kind = EVENT
            elif ENTITY in roots:
                kind = ENTITY
            else:
                raise MappingError(f"{s} has type kg:{classes[0]}, which is neither an Entity nor an Event")
            if not isinstance(s, URIRef):
                raise MappingError(f"an {kind} must have an IRI, not a blank node (type kg:{classes[0]})")
            self.kinds[s] = kind
            self.types[s] = chains[0][0]
            labels: list[str] = []
            for chain in chains:
                for c in reversed(chain):
                    if c not in labels:
                        labels.append(c)
            self.labels[s] = labels

    # ------------------------------------------------------------------ assertions
    def _assertions(self) -> tuple[dict[tuple, list[_Prov]], set[tuple]]:
        """Provenance per reified (subject, predicate, object) and the set of asserted triples."""
        out: dict[tuple, list[_Prov]] = defaultdict(list)
        for a, kind in self.kinds.items():
            if kind != "Assertion":
                continue
            s = self.g.value(a, RDF.subject)
            p = self.g.value(a, RDF.predicate)
            o = self.g.value(a, RDF.object)
            if s is None or p is None or o is None:
                raise MappingError(f"assertion {a} lacks rdf:subject, rdf:predicate or rdf:object")
            fields: dict[str, Any] = {}
            for pred, key in _ASSERTION_FIELDS.items():
                v = self.g.value(a, pred)
                if v is not None:
                    fields[key] = str(v) if key == "source" else to_python(v)
            out[(s, p, o)].append(
                _Prov(
                    source=fields.get("source", ""),
                    evidence=str(fields.get("evidence", "")),
                    start=int(fields.get("start", -1)),
                    end=int(fields.get("end", -1)),
                    confidence=float(fields.get("confidence", -1.0)),
                    assertion=str(a) if isinstance(a, URIRef) else "",
                )
            )
        for provs in out.values():
            provs.sort(key=lambda p: (p.source, p.start, p.end, p.evidence, p.assertion))
        return out, set(out)

    # ------------------------------------------------------------------ main
    def run(self) -> PropertyGraph:
        self._classify()
        assertions, asserted = self._assertions()
        nodes: dict[URIRef, Node] = {}
        sources: dict[URIRef, set[str]] = defaultdict(set)
        rels: dict[tuple[str, str, str], Relationship] = {}
        rel_provs: dict[tuple[str, str, str], list[_Prov]] = {}

        for s, kind in self.kinds.items():
            if kind in (DOCUMENT, ENTITY, EVENT):
                props: dict[str, Any] = {"iri": str(s)}
                if kind != DOCUMENT:
                    props["type"] = self.types[s]
                nodes[s] = Node(iri=str(s), labels=list(self.labels[s]), props=props)

        # Triples, plus facts known only from an assertion.
        triples = set(self.g.triples((None, None, None)))
        for (s, p, o) in asserted:
            triples.add((s, p, o))

        for s, p, o in sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
            kind = self.kinds.get(s)
            if kind not in (DOCUMENT, ENTITY, EVENT) or p == RDF.type:
                continue
            node = nodes[s]
            if kind == DOCUMENT:
                if p == KG.mentions:
                    if isinstance(o, URIRef):
                        self._ensure_node(nodes, o)
                        sources[o].add(str(s))
                        key = (str(s), MENTIONS, str(o))
                        rels.setdefault(key, Relationship(MENTIONS, str(s), str(o), {}))
                elif p in DOCUMENT_PROPS and isinstance(o, Literal):
                    node.props[DOCUMENT_PROPS[p]] = to_python(o)
                elif isinstance(o, Literal) and self._kg_local(p) and self.ont.is_property(self._kg_local(p)):
                    node.props[self._kg_local(p)] = to_python(o)
                continue
            if p == PROV.wasDerivedFrom and kind == EVENT:
                sources[s].add(str(o))
                continue
            local = self._kg_local(p)
            if local is None:
                continue  # predicates outside the kg namespace are not mapped
            if isinstance(o, Literal):
                if p in ENTITY_LISTS:
                    node.props.setdefault(ENTITY_LISTS[p], []).append(str(o))
                elif not self.ont.is_property(local):
                    raise MappingError(f"kg:{local} is not a property of the ontology")
                else:
                    value = to_python(o)
                    old = node.props.get(local)
                    if old is None or _sort_key(value) < _sort_key(old):
                        node.props[local] = value  # one value per property: the smallest, deterministic
                    for prov in assertions.get((s, p, o), []):
                        self._add_attr_prov(node, local, prov)
                        sources[s].add(prov.source)
                continue
            if not isinstance(o, URIRef):
                continue
            try:
                self.ont.relation(local)
            except KeyError as e:
                raise MappingError(f"kg:{local} is not an object property of the ontology") from e
            self._ensure_node(nodes, o)
            rtype = rel_type(local)
            key = (str(s), rtype, str(o))
            rel = rels.get(key)
            if rel is None:
                rel = Relationship(rtype, str(s), str(o), {"predicate": local, "ontologyIri": str(p)})
                rels[key] = rel
                rel_provs[key] = []
            if kind == EVENT and local in EVENT_PREDICATES:
                continue  # event links take the event's sources below
            for prov in assertions.get((s, p, o), []):
                rel_provs[key].append(prov)
                if prov.source:
                    sources[s].add(prov.source)
                    sources[o].add(prov.source)

        for (start, rtype, end), rel in rels.items():
            # An entity that an event links to is supported by the event's documents.
            if self.kinds.get(URIRef(start)) == EVENT and rel.props.get("predicate") in EVENT_PREDICATES:
                sources[URIRef(end)] |= sources.get(URIRef(start), set())
        for s, node in nodes.items():
            for lst in ("aliases", "mentions"):
                if lst in node.props:
                    node.props[lst] = sorted(set(node.props[lst]))
            if node.labels[0] != DOCUMENT:
                node.props["sources"] = sorted(x for x in sources.get(s, ()) if x)
        for key, rel in rels.items():
            if rel.type == MENTIONS:
                continue
            start_kind = self.kinds.get(URIRef(rel.start))
            if start_kind == EVENT and rel.props["predicate"] in EVENT_PREDICATES:
                rel.props["sources"] = list(nodes[URIRef(rel.start)].props.get("sources", []))
                continue
            _set_rel_provenance(rel, rel_provs.get(key, []))
        return PropertyGraph(nodes=list(nodes.values()), relationships=list(rels.values()))

    def _kg_local(self, p: URIRef) -> str | None:
        return str(p)[len(str(KG)):] if str(p).startswith(str(KG)) else None

    def _ensure_node(self, nodes: dict[URIRef, Node], iri: URIRef) -> None:
        """A node that is referred to but has no kg type gets a bare ``Entity`` node."""
        if iri not in nodes:
            if self.kinds.get(iri) == "Assertion":
                raise MappingError(f"{iri} is an assertion, not an entity")
            nodes[iri] = Node(iri=str(iri), labels=[ENTITY], props={"iri": str(iri)})
            self.kinds[iri] = ENTITY

    @staticmethod
    def _add_attr_prov(node: Node, predicate: str, prov: _Prov) -> None:
        p = node.props
        for name in ATTR_PROVENANCE_LISTS:
            p.setdefault(name, [])
        if prov.key in p["attrKeys"]:
            return
        p["attrKeys"].append(prov.key)
        p["attrPredicates"].append(predicate)
        p["attrSources"].append(prov.source)
        p["attrEvidence"].append(prov.evidence)
        p["attrCharStarts"].append(prov.start)
        p["attrCharEnds"].append(prov.end)
        p["attrConfidences"].append(prov.confidence)
        p["attrAssertions"].append(prov.assertion)


def _set_rel_provenance(rel: Relationship, provs: list[_Prov]) -> None:
    seen: set[str] = set()
    uniq = []
    for p in provs:
        if p.key not in seen:
            seen.add(p.key)
            uniq.append(p)
    rel.props["sources"] = sorted({p.source for p in uniq if p.source})
    rel.props["provenanceKeys"] = [p.key for p in uniq]
    rel.props["evidence"] = [p.evidence for p in uniq]
    rel.props["evidenceSources"] = [p.source for p in uniq]
    rel.props["charStarts"] = [p.start for p in uniq]
    rel.props["charEnds"] = [p.end for p in uniq]
    rel.props["confidences"] = [p.confidence for p in uniq]
    rel.props["assertions"] = [p.assertion for p in uniq]
    if uniq:
        rel.props["confidence"] = max(p.confidence for p in uniq)


def _sort_key(value: Any) -> tuple[str, str]:
    return (type(value).__name__, str(value))
