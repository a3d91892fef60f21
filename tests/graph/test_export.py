"""Round trip: RDF -> property graph -> store -> RDF gives back an isomorphic graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.graph.export import ExportError, export_graph, property_graph_to_rdf, serialize
from kg.graph.mapping import rdf_to_property_graph

from graph.samples import second_doc, seed_doc, to_rdf

SEED = Path(__file__).resolve().parents[2] / "examples" / "alibaba-qwq-32b.de.txt"


def _explain(a: Graph, b: Graph) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return "only in input:\n" + only_a.serialize(format="nt") + "\nonly in export:\n" + only_b.serialize(format="nt")


@pytest.mark.parametrize("assertion_iris", [False, True])
def test_in_memory_round_trip(assertion_iris):
    g = to_rdf(seed_doc(), assertion_iris=assertion_iris) + to_rdf(second_doc(), assertion_iris=assertion_iris)
    back = property_graph_to_rdf(rdf_to_property_graph(g))
    assert isomorphic(g, back), _explain(g, back)


def test_store_round_trip(store):
    g = to_rdf(seed_doc(), assertion_iris=True) + to_rdf(second_doc(), assertion_iris=True)
    store.write(rdf_to_property_graph(g))
    back = export_graph(store)
    assert isomorphic(g, back), _explain(g, back)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "nt"])
def test_serialisations_parse_back(fmt):
    g = to_rdf(seed_doc(), assertion_iris=True)
    text = serialize(property_graph_to_rdf(rdf_to_property_graph(g)), fmt)
    parsed = Graph().parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))
    assert isomorphic(g, parsed)


def test_unknown_format():
    with pytest.raises(ExportError, match="unknown RDF format"):
        serialize(Graph(), "xml")


def test_export_of_one_document(embedded_store):
    a, b = seed_doc(), second_doc()
    ga, gb = to_rdf(a, assertion_iris=True), to_rdf(b, assertion_iris=True)
    embedded_store.write(rdf_to_property_graph(ga + gb))
    back = export_graph(embedded_store, [str(b.iri)])
    # b's own RDF, except for surface forms that another document contributed
    from rdflib import Literal
    from kg.ontology import KG

    expected = Graph()
    for t in gb:
        expected.add(t)
    extra = {t for t in back if t not in gb}
    assert all(t[1] == KG.mentionText and isinstance(t[2], Literal) for t in extra), extra
    assert all(t in back for t in expected)


@pytest.mark.skipif(not SEED.exists(), reason="example article missing")
def test_loaders_rdf_round_trips_through_the_store(embedded_store):
    pytest.importorskip("kg.loaders.extract")
    from kg import api
    from kg.loaders.rdf import to_rdf as loaders_to_rdf

    ex = api.extract_file(SEED)
    g = loaders_to_rdf(ex)
    embedded_store.write(rdf_to_property_graph(g))
    back = export_graph(embedded_store)
    assert isomorphic(g, back), _explain(g, back)


def test_hostile_names_round_trip_through_the_store(embedded_store):
    from graph.samples import Fact

    doc = seed_doc(text="Hostile names.", source="x.txt")
    names = ["O'Reilly \"Media\"", "Back`tick`} DETACH DELETE n //", "<script>alert(1)</script>"]
    doc.entities = {n: "Company" for n in names}
    doc.facts = [Fact(names[0], "competesWith", names[1], "<b>'\"`</b>", 1, 5, 0.5),
                 Fact(names[2], "partnersWith", names[0], "x'); DROP", 6, 9, 0.7)]
    doc.attributes, doc.events, doc.mentions, doc.aliases = [], [], {}, {}
    g = to_rdf(doc, assertion_iris=True)
    embedded_store.write(rdf_to_property_graph(g))
    back = export_graph(embedded_store)
    assert isomorphic(g, back), _explain(g, back)
