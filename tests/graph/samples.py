"""Hand-built RDF that follows docs/mapping.md, as the loaders produce it (used by the graph tests)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.ontology import ID, KG, PROV, entity_iri


@dataclass
class Fact:
    subject: str  # entity name
    predicate: str
    object: str  # entity name
    evidence: str
    start: int = 0
    end: int = 10
    confidence: float = 0.9


@dataclass
class Doc:
    text: str
    source: str
    entities: dict[str, str] = field(default_factory=dict)  # name -> type
    facts: list[Fact] = field(default_factory=list)
    attributes: list[tuple[str, str, object, str]] = field(default_factory=list)  # (name, pred, value, evidence)
    events: list[dict] = field(default_factory=list)
    mentions: dict[str, list[str]] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    published: date | None = date(2025, 3, 6)
    title: str = "A title"

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    @property
    def iri(self) -> URIRef:
        return ID["doc/" + self.hash[:16]]


def lit(value: object, predicate: str) -> Literal:
    """A literal typed by the ontology's range, as docs/mapping.md asks of the loaders."""
    ranges = {"parameterCount": XSD.integer, "employeeCount": XSD.integer, "foundedYear": XSD.gYear,
              "marketValueUSD": XSD.decimal, "openSource": XSD.boolean, "percent": XSD.decimal,
              "amount": XSD.decimal, "amountUSD": XSD.decimal, "confidence": XSD.decimal,
              "charStart": XSD.integer, "charEnd": XSD.integer, "date": XSD.date}
    dt = ranges.get(predicate)
    if dt == XSD.gYear:
        return Literal(str(value), datatype=XSD.gYear)
    if dt == XSD.decimal:
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    if dt is None:
        return Literal(str(value))
    return Literal(value, datatype=dt)


def to_rdf(doc: Doc, *, assertion_iris: bool = False) -> Graph:
    g = Graph()
    d = doc.iri
    g.add((d, RDF.type, KG.Document))
    g.add((d, KG.contentHash, Literal(doc.hash)))
    g.add((d, DCTERMS.source, Literal(doc.source)))
    g.add((d, DCTERMS.title, Literal(doc.title)))
    g.add((d, KG.language, Literal("de")))
    if doc.published:
        g.add((d, DCTERMS.issued, Literal(doc.published, datatype=XSD.date)))
    n = 0

    def assertion(s, p, o, evidence, start, end, conf):
        nonlocal n
        n += 1
        a = ID[f"assertion/{doc.hash[:8]}-{n}"] if assertion_iris else BNode()
        g.add((a, RDF.type, KG.Assertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, d))
        g.add((a, KG.evidence, Literal(evidence)))
        g.add((a, KG.charStart, lit(start, "charStart")))
        g.add((a, KG.charEnd, lit(end, "charEnd")))
        g.add((a, KG.confidence, lit(conf, "confidence")))

    for name, typ in doc.entities.items():
        e = entity_iri(name)
        g.add((d, KG.mentions, e))
        g.add((e, RDF.type, KG[typ]))
        g.add((e, KG.name, Literal(name)))
        for m in doc.mentions.get(name, [name]):
            g.add((e, KG.mentionText, Literal(m)))
        for a in doc.aliases.get(name, []):
            g.add((e, KG.alias, Literal(a)))
    for f in doc.facts:
        s, p, o = entity_iri(f.subject), KG[f.predicate], entity_iri(f.object)
        g.add((s, p, o))
        assertion(s, p, o, f.evidence, f.start, f.end, f.confidence)
    for name, pred, value, evidence in doc.attributes:
        s, p, o = entity_iri(name), KG[pred], lit(value, pred)
        g.add((s, p, o))
        assertion(s, p, o, evidence, 5, 15, 0.8)
    for i, ev in enumerate(doc.events):
        e = ID[f"event/{doc.hash[:8]}-{i}"]
        g.add((d, KG.mentions, e))
        g.add((e, RDF.type, KG[ev["type"]]))
        g.add((e, KG.eventSubject, entity_iri(ev["subject"])))
        if ev.get("object"):
            g.add((e, KG.eventObject, entity_iri(ev["object"])))
        for k in ("percent", "amount", "currency", "date", "dateText"):
            if k in ev:
                g.add((e, KG[k], lit(ev[k], k)))
        g.add((e, KG.evidence, Literal(ev.get("evidence", "sentence"))))
        g.add((e, KG.charStart, lit(0, "charStart")))
        g.add((e, KG.charEnd, lit(20, "charEnd")))
        g.add((e, KG.confidence, lit(0.9, "confidence")))
        g.add((e, PROV.wasDerivedFrom, d))
    return g


def seed_doc(text: str = "Alibaba stellte QwQ-32B vor.", source: str = "a.txt") -> Doc:
    return Doc(
        text=text,
        source=source,
        entities={"Alibaba": "Company", "QwQ-32B": "AIModel", "DeepSeek R1": "AIModel", "DeepSeek": "Company"},
        facts=[
            Fact("Alibaba", "released", "QwQ-32B", "Alibaba stellte QwQ-32B vor.", 0, 28, 0.9),
            Fact("QwQ-32B", "competesWith", "DeepSeek R1", "QwQ-32B konkurriert mit DeepSeek R1.", 30, 66, 0.85),
            Fact("DeepSeek", "released", "DeepSeek R1", "DeepSeek R1 von DeepSeek.", 70, 95, 0.7),
        ],
        attributes=[("QwQ-32B", "parameterCount", 32_000_000_000, "32 Milliarden Parameter"),
                    ("QwQ-32B", "openSource", True, "quelloffen")],
        events=[{"type": "StockMove", "subject": "Alibaba", "percent": 8.6, "date": date(2025, 3, 5),
                 "dateText": "am Mittwoch", "evidence": "Die Aktie stieg um 8,6 %."}],
        mentions={"Alibaba": ["Alibaba", "Alibabas"], "DeepSeek R1": ["DeepSeaks R1"]},
        aliases={"Alibaba": ["Alibaba Group"]},
    )


def second_doc() -> Doc:
    """Another article that supports one fact of the seed (QwQ-32B competes with DeepSeek R1) and adds one."""
    return Doc(
        text="Ein anderer Artikel über QwQ-32B und DeepSeek R1 und OpenAI.",
        source="b.txt",
        entities={"QwQ-32B": "AIModel", "DeepSeek R1": "AIModel", "OpenAI": "Company", "DeepSeek": "Company"},
        facts=[
            Fact("QwQ-32B", "competesWith", "DeepSeek R1", "QwQ-32B tritt gegen DeepSeek R1 an.", 3, 40, 0.95),
            Fact("OpenAI", "competesWith", "DeepSeek", "OpenAI und DeepSeek konkurrieren.", 41, 70, 0.6),
        ],
    )
