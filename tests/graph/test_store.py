"""Store behaviour both backends share: the embedded store and a real Bolt server (marked ``server``)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.graph.mapping import rdf_to_property_graph
from kg.graph.store import QueryError
from kg.ontology import entity_iri

from graph.samples import second_doc, seed_doc, to_rdf


def _snapshot(store):
    nodes = store.query("MATCH (n) RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS p ORDER BY iri")
    rels = store.query(
        "MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, properties(r) AS p ORDER BY a, t, b"
    )
    for n in nodes:
        n["labels"] = sorted(n["labels"])
    return nodes, rels


def test_write_is_idempotent(store):
    pg = rdf_to_property_graph(to_rdf(seed_doc()))
    store.write(pg)
    first = _snapshot(store)
    store.write(pg, batch_size=2)
    assert _snapshot(store) == first
    assert len(first[0]) == len(pg.nodes) and len(first[1]) == len(pg.relationships)


def test_second_document_merges_provenance_without_duplicates(store):
    a, b = seed_doc(), second_doc()
    store.write(rdf_to_property_graph(to_rdf(a)))
    store.write(rdf_to_property_graph(to_rdf(b)))
    store.write(rdf_to_property_graph(to_rdf(b)))
    rows = store.query(
        "MATCH (:Entity {iri: $s})-[r:COMPETES_WITH]->(:Entity {iri: $o}) RETURN properties(r) AS p",
        {"s": str(entity_iri("QwQ-32B")), "o": str(entity_iri("DeepSeek R1"))},
    )
    assert len(rows) == 1
    p = rows[0]["p"]
    assert sorted(p["sources"]) == sorted([str(a.iri), str(b.iri)])
    assert len(p["evidence"]) == 2 and len(p["evidenceSources"]) == 2
    assert p["confidence"] == pytest.approx(0.95)
    qwq = store.query("MATCH (n:AIModel {iri: $i}) RETURN n.sources AS s", {"i": str(entity_iri("QwQ-32B"))})
    assert sorted(qwq[0]["s"]) == sorted([str(a.iri), str(b.iri)])
    # the same graph written in one go gives the same result
    both = rdf_to_property_graph(to_rdf(a) + to_rdf(b))
    assert {r.type for r in both.relationships} >= {"COMPETES_WITH", "RELEASED", "MENTIONS"}


def test_results_are_plain_python(store):
    store.write(rdf_to_property_graph(to_rdf(seed_doc())))
    rows = store.query("MATCH (e:StockMove) RETURN e.date AS d, e AS node, e.percent AS p")
    assert rows[0]["d"] == date(2025, 3, 5) and type(rows[0]["d"]) is date
    assert isinstance(rows[0]["node"], dict) and rows[0]["node"]["type"] == "StockMove"
    assert isinstance(rows[0]["p"], float)
    rel = store.query("MATCH ()-[r:RELEASED]->() RETURN r LIMIT 1")
    assert isinstance(rel[0]["r"], dict) and rel[0]["r"]["predicate"] == "released"


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Entity {iri: 'x'})",
        "MATCH (n) SET n.name = 'x'",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:Entity {iri: 'y'}) RETURN n",
        "MATCH (n) REMOVE n.name",
    ],
)
def test_read_only_query_refuses_writes(store, cypher):
    store.write(rdf_to_property_graph(to_rdf(seed_doc())))
    before = _snapshot(store)
    with pytest.raises(QueryError, match="read-only"):
        store.query(cypher)
    assert _snapshot(store) == before


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError, match="query failed"):
        store.query("MATCH (n RETURN n")


def test_hostile_names_round_trip(store):
    names = ["O'Reilly \"Media\"", "Back`tick`} DETACH DELETE n //", "<script>alert(1)</script>", "Ümläut & Co."]
    doc = seed_doc()
    doc.entities = {n: "Company" for n in names}
    doc.facts = []
    doc.attributes = []
    doc.events = []
    doc.mentions, doc.aliases = {}, {}
    store.write(rdf_to_property_graph(to_rdf(doc)))
    got = store.query("MATCH (n:Company) RETURN n.name AS name ORDER BY name")
    assert sorted(r["name"] for r in got) == sorted(names)
    assert store.query("MATCH (n:Document) RETURN count(n) AS c")[0]["c"] == 1


