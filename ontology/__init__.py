"""The kg ontology: the one source of the vocabulary.

The OWL file ``kg.ttl`` beside this module defines every class and property. This module reads it
once and exposes the names as plain Python values so the other layers never spell an IRI by hand.
It depends on no other part of kg.
"""

from kg.ontology.vocab import (
    BASE,
    ENTITY_TYPES,
    EVENT_TYPES,
    ID,
    KG,
    PROV,
    SCHEMA,
    ATTRIBUTES,
    RELATIONS,
    Ontology,
    RelationInfo,
    entity_iri,
    load,
    ontology_path,
    rel_type,
    shapes_path,
    slugify,
)

__all__ = [
    "ATTRIBUTES",
    "BASE",
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "ID",
    "KG",
    "PROV",
    "RELATIONS",
    "SCHEMA",
    "Ontology",
    "RelationInfo",
    "entity_iri",
    "load",
    "ontology_path",
    "rel_type",
    "shapes_path",
    "slugify",
]
