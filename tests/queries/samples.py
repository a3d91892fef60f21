"""Small property graphs for the query tests, built the way docs/mapping.md describes them.

``seed_graph()`` follows the example article (Alibaba's QwQ-32B) and its hand annotation; names are
kept as the annotation writes them so the tests read like the questions users ask.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kg.graph.model import Node, PropertyGraph, Relationship
from kg.ontology import ID, KG, entity_iri, load, rel_type

DOC = str(ID["doc/0123456789abcdef"])
DOC2 = str(ID["doc/fedcba9876543210"])


def labels_of(type_: str) -> list[str]:
    """``Company`` -> ``["Entity", "Organization", "Company"]`` (general first)."""
    return list(reversed(load().superclasses(type_)))


def entity(name: str, type_: str, *, aliases: tuple[str, ...] = (), mentions: tuple[str, ...] = (),
           sources: tuple[str, ...] = (DOC,), **attrs: Any) -> Node:
    iri = str(entity_iri(name))
    props: dict[str, Any] = {"iri": iri, "name": name, "type": type_, "sources": list(sources)}
    if aliases:
        props["aliases"] = sorted(aliases)
    props["mentions"] = sorted({name, *mentions})
    props.update(attrs)
    return Node(iri=iri, labels=labels_of(type_), props=props)


def fact(subject: str, predicate: str, obj: str, evidence: str, source: str = DOC,
         confidence: float = 0.9, start: int = 0) -> Relationship:
    props: dict[str, Any] = {
        "predicate": predicate, "ontologyIri": str(KG[predicate]), "sources": [source],
        "provenanceKeys": [f"{source}|{start}|{start + len(evidence)}|{abs(hash(evidence)) % 10**12:012d}"],
        "evidence": [evidence], "evidenceSources": [source], "charStarts": [start],
        "charEnds": [start + len(evidence)], "confidences": [confidence], "assertions": [""],
        "confidence": confidence,
    }
    return Relationship(rel_type(predicate), str(entity_iri(subject)), str(entity_iri(obj)), props)


def event(key: str, type_: str, subject: str, evidence: str, *, obj: str | None = None,
          market: str | None = None, investors: tuple[str, ...] = (), source: str = DOC,
          **props: Any) -> tuple[Node, list[Relationship]]:
    iri = str(ID[f"event/{key}"])
    p: dict[str, Any] = {"iri": iri, "type": type_, "evidence": evidence, "sources": [source],
                         "charStart": 0, "charEnd": len(evidence), "confidence": 0.9}
    p.update({k: v for k, v in props.items() if v is not None})
    node = Node(iri=iri, labels=["Event", type_], props=p)
    rels = []

    def link(pred: str, target: str) -> None:
        rels.append(Relationship(rel_type(pred), iri, str(entity_iri(target)),
                                 {"predicate": pred, "ontologyIri": str(KG[pred]), "sources": [source]}))

    link("eventSubject", subject)
    if obj:
        link("eventObject", obj)
    if market:
        link("market", market)
    for i in investors:
        link("investor", i)
    return node, rels


def document(iri: str, title: str, source: str, published: date | None, language: str = "de") -> Node:
    props: dict[str, Any] = {"iri": iri, "title": title, "source": source, "language": language,
                             "contentHash": iri.rsplit("/", 1)[-1] * 4}
    if published:
        props["published"] = published
    return Node(iri=iri, labels=["Document"], props=props)


def seed_graph() -> PropertyGraph:
    E = entity
    nodes = [
        E("Alibaba", "Company", aliases=("Alibaba Group",), mentions=("Online-Riesen Alibaba", "Alibaba-Aktie"),
          marketValueUSD=135_000_000_000, foundedYear=1999),
        E("QwQ-32B", "AIModel", mentions=("Argumentationsmodell",), parameterCount=32_000_000_000, openSource=True),
        E("DeepSeek", "Company", mentions=("des chinesischen Start-ups",)),
        E("DeepSeek R1", "AIModel", mentions=("DeepSeaks R1", "DeepSeak R1")),
        E("OpenAI", "Company"),
        E("OpenAI o1", "AIModel"),
        E("ChatGPT", "Product"),
        E("DeepResearch", "Product"),
        E("Jack Ma", "Person"),
        E("Vey-Sern Ling", "Person"),
        E("Union Bancaire Privée", "Company"),
        E("Manus AI", "Company", aliases=("Manus",), mentions=("ManusAI",)),
        E("GAIA", "Benchmark"),
        E("Focus Technology Co", "Company"),
        E("SoftBank", "Company", sources=(DOC2,)),
        E("China", "Place"),
        E("Hongkong", "Place", aliases=("Hong Kong",)),
        E("Shenzhen", "Place"),
        E("USA", "Place"),
        E("Hangzhou", "Place"),
    ]
    F = fact
    rels = [
        F("Alibaba", "released", "QwQ-32B", "stellte am Donnerstag laut einem Bericht von Bloomberg sein Modell "
          "QwQ-32B als Open-Source-Software zur Verfügung."),
        F("QwQ-32B", "competesWith", "DeepSeek R1", "Das neueste Modell von Alibaba soll sowohl mit DeepSeak R1 "
          "als auch mit OpenAI o1 konkurrieren."),
        F("QwQ-32B", "competesWith", "OpenAI o1", "Das neueste Modell von Alibaba soll sowohl mit DeepSeak R1 "
          "als auch mit OpenAI o1 konkurrieren."),
        F("Alibaba", "foundedBy", "Jack Ma", "Die Anleger haben sich für das von Jack Ma gegründete Unternehmen "
          "erwärmt."),
        F("DeepSeek", "released", "DeepSeek R1", "die von DeepSeaks R1 genutzt werden."),
        F("OpenAI", "released", "OpenAI o1", "sowohl mit DeepSeak R1 als auch mit OpenAI o1 konkurrieren."),
        F("OpenAI", "released", "ChatGPT", "von OpenAI übereinstimmen, dessen ChatGPT als Auslöser des Booms gilt."),
        F("DeepResearch", "developedBy", "OpenAI", "besser sei als DeepResearch von OpenAI"),
        F("Manus AI", "outperforms", "DeepResearch", "Das Unternehmen gab an, dass sein Modell zumindest in "
          "einigen Bereichen besser sei als DeepResearch von OpenAI."),
        F("Manus AI", "evaluatedOn", "GAIA", "unter Verwendung des GAIA-Benchmarks"),
        F("Vey-Sern Ling", "ceoOf", "Union Bancaire Privée", "Vey-Sern Ling, CEO der Union Bancaire Privée, "
          "kommentiert"),
        F("Alibaba", "headquarteredIn", "Hangzhou", "Alibaba mit Sitz in Hangzhou", source=DOC2),
        F("DeepSeek", "headquarteredIn", "Hangzhou", "DeepSeek, ebenfalls aus Hangzhou", source=DOC2),
        F("Focus Technology Co", "listedOn", "Shenzhen", "Die Aktien von Focus Technology Co stiegen in Shenzhen"),
        F("SoftBank", "investsIn", "OpenAI", "SoftBank investiert in OpenAI.", source=DOC2),
    ]
    events = [
        event("alibaba-adr", "StockMove", "Alibaba", "Die in den USA notierten Aktien (ADRs) stiegen am "
              "Mittwoch um 8,6 %", market="USA", percent=8.6, date=date(2025, 3, 5), dateText="am Mittwoch"),
        event("alibaba-hk", "StockMove", "Alibaba", "Die Alibaba-Aktie legte in Hongkong um bis zu 7,6 % zu",
              market="Hongkong", percent=7.6, date=date(2025, 3, 6)),
        event("focus", "StockMove", "Focus Technology Co", "stiegen in Shenzhen um das Tageslimit von 10 %",
              market="Shenzhen", percent=10.0),  # no date: the article's publication date places it
        event("qwq-release", "ModelRelease", "Alibaba", "stellte am Donnerstag sein Modell QwQ-32B als "
              "Open-Source-Software zur Verfügung", obj="QwQ-32B", date=date(2025, 3, 6), dateText="am Donnerstag"),
        event("alibaba-invest", "Investment", "Alibaba", "Alibaba hat sich verpflichtet, in den nächsten drei "
              "Jahren mehr als 380 Milliarden Yuan (52 Milliarden US-Dollar) in KI-Infrastrukturen zu "
              "investieren.", amount=380_000_000_000, currency="CNY", amountUSD=52_000_000_000.0,
              date=date(2025, 2, 24)),
        event("openai-funding", "Funding", "OpenAI", "OpenAI sammelt 40 Milliarden Dollar bei SoftBank ein.",
              investors=("SoftBank",), amount=40_000_000_000, currency="USD", amountUSD=40_000_000_000.0,
              date=date(2025, 3, 31), source=DOC2),
    ]
    docs = [document(DOC, "Alibaba: Aktienrallye dank KI-Modell", "examples/alibaba-qwq-32b.de.txt",
                     date(2025, 3, 6)),
            document(DOC2, "SoftBank and OpenAI", "https://example.org/softbank-openai", date(2025, 3, 31), "en")]
    for n, rs in events:
        nodes.append(n)
        rels.extend(rs)
    for n in nodes:
        if "Document" in n.labels:
            continue
        for src in n.props.get("sources", []):
            rels.append(Relationship("MENTIONS", src, n.iri, {}))
    nodes.extend(docs)
    return PropertyGraph(nodes=nodes, relationships=rels)
