"""Typed results of reading and extracting an article (what the loaders hand to other layers)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Document:
    """A source article, read and decoded. ``iri`` is derived from a hash of ``text``."""

    iri: str
    content_hash: str
    text: str
    source: str = ""
    title: str = ""
    language: str = ""
    published: date | None = None
    media_type: str = "text/plain"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact came from and its character span in the document text."""

    sentence: str
    start: int
    end: int


@dataclass
class Entity:
    iri: str
    name: str
    type: str  # ontology local name: Company, AIModel, Person, ...
    mentions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    confidence: float = 1.0
    # How each surface form was resolved to this entity (for auditing merges):
    # {"mention": "DeepSeaks R1", "method": "fuzzy", "score": 91.0, "reason": "..."}
    resolutions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Relation:
    subject: str  # IRI
    predicate: str  # ontology local name
    object: str  # IRI
    evidence: Evidence
    confidence: float = 0.8


@dataclass
class Attribute:
    subject: str  # IRI
    predicate: str  # ontology local name
    value: int | float | bool | str
    evidence: Evidence
    confidence: float = 0.8


@dataclass
class Event:
    iri: str
    type: str  # ontology local name: StockMove, ModelRelease, Investment, Funding, ProductLaunch
    subject: str  # IRI of the entity the event is about
    evidence: Evidence
    object: str | None = None  # IRI: the model released, the company invested in
    percent: float | None = None  # signed, for a StockMove
    market: str | None = None  # market or exchange as written ("Hongkong", "USA")
    amount: float | None = None
    currency: str | None = None  # ISO 4217
    amount_usd: float | None = None
    investors: list[str] = field(default_factory=list)  # IRIs
    date: date | None = None
    date_text: str | None = None
    confidence: float = 0.8


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def at_least(self, confidence: float) -> "Extraction":
        """The facts of this extraction with at least ``confidence``: relations, attributes and events below it are left
        out (the guesses for pairs no pattern states carry 0.4-0.5); entities stay."""
        return replace(self, relations=[r for r in self.relations if r.confidence >= confidence],
                       attributes=[a for a in self.attributes if a.confidence >= confidence],
                       events=[e for e in self.events if e.confidence >= confidence])

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract of ``kg extract --format json``."""
        doc = self.document
        return {
            "document": {
                "iri": doc.iri,
                "source": doc.source,
                "title": doc.title,
                "language": doc.language,
                "published": doc.published.isoformat() if doc.published else None,
                "content_hash": doc.content_hash,
            },
            "entities": [
                {
                    "iri": e.iri,
                    "name": e.name,
                    "type": e.type,
                    "mentions": e.mentions,
                    "aliases": e.aliases,
                    "wikidata": e.wikidata,
                    "confidence": e.confidence,
                    "resolutions": e.resolutions,
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "subject": r.subject,
                    "predicate": r.predicate,
                    "object": r.object,
                    "evidence": r.evidence.sentence,
                    "span": [r.evidence.start, r.evidence.end],
                    "confidence": r.confidence,
                }
                for r in self.relations
            ],
            "attributes": [
                {
                    "subject": a.subject,
                    "predicate": a.predicate,
                    "value": a.value,
                    "evidence": a.evidence.sentence,
                    "span": [a.evidence.start, a.evidence.end],
                    "confidence": a.confidence,
                }
                for a in self.attributes
            ],
            "events": [_event_json(e) for e in self.events],
        }


def _event_json(e: Event) -> dict[str, Any]:
    out = asdict(e)
    out["evidence"] = e.evidence.sentence
    out["span"] = [e.evidence.start, e.evidence.end]
    out["date"] = e.date.isoformat() if e.date else None
    return {k: v for k, v in out.items() if v is not None and v != []}
