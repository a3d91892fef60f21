"""RDF -> property graph, on in-memory data."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import RDF, Graph, Literal

from kg.graph.mapping import MappingError, rdf_to_property_graph
from kg.ontology import KG, entity_iri

from graph.samples import second_doc, seed_doc, to_rdf


def _pg(*graphs: Graph):
    g = Graph()
    for x in graphs:
        g += x
    pg = rdf_to_property_graph(g)
    return {n.iri: n for n in pg.nodes}, {(r.start, r.type, r.end): r for r in pg.relationships}


def test_entity_labels_types_and_literals():
    nodes, _ = _pg(to_rdf(seed_doc()))
    alibaba = nodes[str(entity_iri("Alibaba"))]
    assert alibaba.labels == ["Entity", "Organization", "Company"]
    assert alibaba.props["type"] == "Company"
    assert alibaba.props["aliases"] == ["Alibaba Group"]
    assert alibaba.props["mentions"] == ["Alibaba", "Alibabas"]
    qwq = nodes[str(entity_iri("QwQ-32B"))]
    assert qwq.labels == ["Entity", "Product", "AIModel"]
    assert qwq.props["parameterCount"] == 32_000_000_000 and type(qwq.props["parameterCount"]) is int
    assert qwq.props["openSource"] is True
    assert qwq.props["attrPredicates"] == ["openSource", "parameterCount"] or sorted(qwq.props["attrPredicates"]) == [
        "openSource", "parameterCount"]


def test_events_are_nodes_with_typed_values_and_links():
    doc = seed_doc()
    nodes, rels = _pg(to_rdf(doc))
    events = [n for n in nodes.values() if n.labels[0] == "Event"]
    assert len(events) == 1
    ev = events[0]
    assert ev.labels == ["Event", "StockMove"]
    assert ev.props["percent"] == pytest.approx(8.6) and isinstance(ev.props["percent"], float)
    assert ev.props["date"] == date(2025, 3, 5)
    assert ev.props["sources"] == [str(doc.iri)]
    assert (ev.iri, "EVENT_SUBJECT", str(entity_iri("Alibaba"))) in rels


def test_documents_and_mentions():
    doc = seed_doc()
    nodes, rels = _pg(to_rdf(doc))
    d = nodes[str(doc.iri)]
    assert d.labels == ["Document"]
    assert d.props["contentHash"] == doc.hash and d.props["published"] == date(2025, 3, 6)
    assert d.props["source"] == "a.txt"
    assert (str(doc.iri), "MENTIONS", str(entity_iri("Alibaba"))) in rels


def test_reified_assertions_become_relationship_provenance():
    a, b = seed_doc(), second_doc()
    _, rels = _pg(to_rdf(a), to_rdf(b))
    key = (str(entity_iri("QwQ-32B")), "COMPETES_WITH", str(entity_iri("DeepSeek R1")))
    r = rels[key]
    assert r.props["predicate"] == "competesWith"
    assert r.props["ontologyIri"] == str(KG.competesWith)
    assert r.props["sources"] == sorted([str(a.iri), str(b.iri)])
    assert len(r.props["evidence"]) == 2
    # evidence and evidenceSources are parallel lists
    pairs = dict(zip(r.props["evidenceSources"], r.props["evidence"]))
    assert pairs[str(a.iri)] == "QwQ-32B konkurriert mit DeepSeek R1."
    assert r.props["confidence"] == pytest.approx(0.95)


def test_mapping_is_deterministic():
    g = to_rdf(seed_doc()) + to_rdf(second_doc())
    assert rdf_to_property_graph(g) == rdf_to_property_graph(g)


def test_unknown_class_is_refused():
    g = Graph()
    g.add((entity_iri("x"), RDF.type, KG.NoSuchClass))
    with pytest.raises(MappingError, match="NoSuchClass"):
        rdf_to_property_graph(g)


def test_unknown_property_is_refused():
    g = Graph()
    g.add((entity_iri("x"), RDF.type, KG.Company))
    g.add((entity_iri("x"), KG.madeUp, Literal(1)))
    with pytest.raises(MappingError, match="madeUp"):
        rdf_to_property_graph(g)
