"""Entity types and relation names as users type them, checked against the ontology.

``--types company,AIModel`` and ``--relations competesWith,RELEASED,partners_with`` are all accepted;
what comes back are the graph's own labels (``Company``) and relationship types (``COMPETES_WITH``).
Nothing here is ever formatted into Cypher: the projection passes them as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.graph.cypher import allowed_labels, allowed_rel_types
from kg.graph.mapping import DOCUMENT, ENTITY, EVENT, EVENT_PREDICATES, MENTIONS
from kg.ontology import load, rel_type

from kg.queries.analytics.errors import UnknownName

__all__ = [
    "EVENT_ROLE_TYPES",
    "entity_labels",
    "event_labels",
    "resolve_relations",
    "resolve_types",
    "split_names",
    "symmetric_rel_types",
]

EVENT_ROLE_TYPES: frozenset[str] = frozenset(rel_type(p) for p in EVENT_PREDICATES)


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").replace(" ", "").casefold()


@lru_cache(maxsize=1)
def _labels_by_kind() -> tuple[frozenset[str], frozenset[str]]:
    ont = load()
    entities, events = set(), set()
    for label in allowed_labels() - {DOCUMENT}:
        chain = ont.superclasses(label)
        (events if chain and chain[-1] == EVENT else entities).add(label)
    return frozenset(entities), frozenset(events)


def entity_labels() -> frozenset[str]:
    """Every label an entity node may carry (``Entity``, ``Organization``, ``Company``...)."""
    return _labels_by_kind()[0]


def event_labels() -> frozenset[str]:
    """Every label an event node may carry (``Event``, ``StockMove``...)."""
    return _labels_by_kind()[1]


def split_names(values: Iterable[str] | str | None) -> list[str]:
    """``["Company,AIModel", "Person"]`` -> ``["Company", "AIModel", "Person"]`` (blanks dropped)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def resolve_types(names: Iterable[str] | str | None) -> tuple[str, ...]:
    """Ontology classes of entities or events, as node labels; an unknown name is refused."""
    known = {_key(x): x for x in entity_labels() | event_labels()}
    out: list[str] = []
    for name in split_names(names):
        label = known.get(_key(name))
        if label is None:
            raise UnknownName(
                f"unknown entity type {name!r}; known types: {', '.join(sorted(entity_labels() - {ENTITY}))}"
            )
        if label not in out:
            out.append(label)
    return tuple(out)


def resolve_relations(names: Iterable[str] | str | None) -> tuple[str, ...]:
    """Ontology relations (``competesWith``) as relationship types (``COMPETES_WITH``)."""
    usable = allowed_rel_types() - {MENTIONS}
    known = {_key(t): t for t in usable}
    out: list[str] = []
    for name in split_names(names):
        rtype = known.get(_key(name))
        if rtype is None:
            names_ = sorted(p for p in load().object_properties() if rel_type(p) in usable)
            raise UnknownName(f"unknown relation {name!r}; known relations: {', '.join(names_)}")
        if rtype not in out:
            out.append(rtype)
    return tuple(out)


@lru_cache(maxsize=1)
def symmetric_rel_types() -> frozenset[str]:
    """Relationship types of symmetric properties (``COMPETES_WITH``, ``PARTNERS_WITH``)."""
    ont = load()
    return frozenset(rel_type(p) for p in ont.object_properties() if ont.relation(p).symmetric)
