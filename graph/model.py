"""Typed property-graph models that pass between the graph layer and its users."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Node:
    iri: str
    labels: list[str]  # e.g. ["Entity", "Organization", "Company"]
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relationship:
    type: str  # Neo4j style: COMPETES_WITH
    start: str  # IRI of the start node
    end: str  # IRI of the end node
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class PropertyGraph:
    nodes: list[Node] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)


@dataclass
class WriteStats:
    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    skipped: bool = False  # True when nothing had to be written (already up to date)
    replaced: list[str] = field(default_factory=list)  # IRIs of older versions of a document, removed first
