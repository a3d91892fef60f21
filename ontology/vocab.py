"""Names of the kg ontology, read from ``kg.ttl``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

BASE = "https://w3id.org/kg-news/"
KG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

# Stable local names (the extraction JSON uses them). The ontology test checks each is declared.
ENTITY_TYPES: tuple[str, ...] = (
    "Company", "Organization", "Person", "AIModel", "Product", "Benchmark", "Place", "StockIndex",
)
EVENT_TYPES: tuple[str, ...] = (
    "StockMove", "ModelRelease", "Investment", "Funding", "ProductLaunch", "Acquisition",
)
RELATIONS: tuple[str, ...] = (
    "released", "developedBy", "competesWith", "foundedBy", "ceoOf", "worksFor", "investsIn",
    "fundedBy", "acquired", "partnersWith", "headquarteredIn", "listedOn", "basedOn",
    "outperforms", "evaluatedOn", "subsidiaryOf",
)
ATTRIBUTES: tuple[str, ...] = (
    "parameterCount", "marketValueUSD", "openSource", "foundedYear", "employeeCount",
)


def ontology_path() -> Path:
    """Path of the OWL ontology in Turtle."""
    return Path(str(resources.files("kg.ontology").joinpath("kg.ttl")))


def shapes_path() -> Path:
    """Path of the SHACL shapes that a document's RDF must satisfy."""
    return Path(str(resources.files("kg.ontology").joinpath("shapes.ttl")))


def rel_type(local_name: str) -> str:
    """Neo4j relationship type for an ontology property: ``competesWith`` -> ``COMPETES_WITH``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", local_name).upper()


def slugify(text: str) -> str:
    """A stable IRI-safe slug: ``"QwQ-32B"`` -> ``"qwq-32b"``, ``"Union Bancaire Privée"`` -> ``"union-bancaire-privee"``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug or "x"


def entity_iri(name: str) -> URIRef:
    """The IRI of an entity from its canonical name."""
    return ID[slugify(name)]


@dataclass(frozen=True)
class RelationInfo:
    """What the ontology says about one object property."""

    name: str
    iri: str
    label_en: str
    label_de: str
    symmetric: bool
    inverse: str | None

    @property
    def rel_type(self) -> str:
        return rel_type(self.name)


class Ontology:
    """The parsed ontology with look-ups the other layers need."""

    def __init__(self, graph: Graph):
        self.graph = graph

    def local(self, iri: str | URIRef) -> str:
        return str(iri).rsplit("#", 1)[-1]

    def is_class(self, name: str) -> bool:
        return (KG[name], RDF.type, OWL.Class) in self.graph

    def is_property(self, name: str) -> bool:
        return any(
            (KG[name], RDF.type, t) in self.graph for t in (OWL.ObjectProperty, OWL.DatatypeProperty)
        )

    def superclasses(self, name: str) -> list[str]:
        """The class and its ancestors inside the kg namespace, nearest first."""
        out, todo = [], [KG[name]]
        while todo:
            c = todo.pop(0)
            if str(c).startswith(str(KG)) and self.local(c) not in out:
                out.append(self.local(c))
                todo.extend(self.graph.objects(c, RDFS.subClassOf))
        return out

    def label(self, name: str, lang: str = "en") -> str:
        for lit in self.graph.objects(KG[name], RDFS.label):
            if getattr(lit, "language", None) == lang:
                return str(lit)
        return name

    def relation(self, name: str) -> RelationInfo:
        iri = KG[name]
        if (iri, RDF.type, OWL.ObjectProperty) not in self.graph:
            raise KeyError(f"not an object property of the ontology: {name!r}")
        inv = next(self.graph.objects(iri, OWL.inverseOf), None) or next(
            self.graph.subjects(OWL.inverseOf, iri), None
        )
        return RelationInfo(
            name=name,
            iri=str(iri),
            label_en=self.label(name, "en"),
            label_de=self.label(name, "de"),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in self.graph,
            inverse=self.local(inv) if inv is not None else None,
        )

    def object_properties(self) -> list[str]:
        return sorted(
            self.local(s) for s in self.graph.subjects(RDF.type, OWL.ObjectProperty)
            if str(s).startswith(str(KG))
        )

    def relation_by_type(self, rel_type_name: str) -> RelationInfo:
        for name in self.object_properties():
            if rel_type(name) == rel_type_name:
                return self.relation(name)
        raise KeyError(f"no ontology property for relationship type {rel_type_name!r}")


@lru_cache(maxsize=1)
def load() -> Ontology:
    """Parse the ontology once per process."""
    g = Graph()
    g.parse(ontology_path(), format="turtle")
    return Ontology(g)
