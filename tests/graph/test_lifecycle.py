"""Incremental writes: skipping unchanged documents, replacing a changed one, forgetting one."""

from __future__ import annotations

import pytest

from kg.graph.mapping import rdf_to_property_graph
from kg.graph.ops import UnknownDocument, forget_document
from kg.graph.read import read_graph
from kg.ontology import entity_iri

from graph.samples import Fact, second_doc, seed_doc, to_rdf
from graph.test_store import _snapshot


def pg(*docs):
    g = to_rdf(docs[0])
    for d in docs[1:]:
        g += to_rdf(d)
    return rdf_to_property_graph(g)


def _without_mentions(snapshot):
    nodes, rels = snapshot
    return [{**n, "p": {k: v for k, v in n["p"].items() if k != "mentions"}} for n in nodes], rels


def test_unchanged_documents_are_skipped(store):
    first = store.write(pg(seed_doc()))
    assert not first.skipped and first.nodes > 0
    again = store.write(pg(seed_doc()))
    assert again.skipped and again.batches == 0


def test_forget_removes_only_what_the_document_alone_supported(store):
    a, b = seed_doc(), second_doc()
    store.write(pg(a))
    alone = _snapshot(store)
    store.write(pg(b))
    stats = forget_document(store, str(b.iri))
    assert str(entity_iri("OpenAI")) in stats.removed
    # back to the graph of the first document, except for surface forms (not kept per document)
    assert _without_mentions(_snapshot(store)) == _without_mentions(alone)


def test_forget_keeps_shared_facts_with_the_other_evidence(store):
    a, b = seed_doc(), second_doc()
    store.write(pg(a, b))
    forget_document(store, str(a.iri))
    rows = store.query(
        "MATCH (s:Entity {iri: $s})-[r:COMPETES_WITH]->(o:Entity {iri: $o}) RETURN properties(r) AS p",
        {"s": str(entity_iri("QwQ-32B")), "o": str(entity_iri("DeepSeek R1"))},
    )
    assert len(rows) == 1
    p = rows[0]["p"]
    assert p["sources"] == [str(b.iri)] and p["evidenceSources"] == [str(b.iri)]
    assert p["confidence"] == pytest.approx(0.95)
    assert not store.query("MATCH ()-[r:RELEASED]->() RETURN r")  # only the seed supported releases
    assert not store.query("MATCH (e:Event) RETURN e")
    qwq = store.query("MATCH (n:Entity {iri: $i}) RETURN properties(n) AS p", {"i": str(entity_iri("QwQ-32B"))})
    assert "parameterCount" not in qwq[0]["p"] and "attrKeys" not in qwq[0]["p"]
    assert not store.query("MATCH (n:Entity {iri: $i}) RETURN n", {"i": str(entity_iri("Alibaba"))})


def test_changed_document_replaces_its_facts(store):
    old = seed_doc()
    store.write(pg(old, second_doc()))
    new = seed_doc(text="Alibaba stellte QwQ-32B vor. Neu: Alibaba konkurriert mit OpenAI.")
    new.facts = [Fact("Alibaba", "competesWith", "OpenAI", "Alibaba konkurriert mit OpenAI.", 29, 60, 0.8)]
    new.entities = {"Alibaba": "Company", "OpenAI": "Company"}
    new.attributes, new.events = [], []
    stats = store.write(pg(new))
    assert stats.replaced == [str(old.iri)]
    docs = store.query("MATCH (d:Document) RETURN d.iri AS iri ORDER BY iri")
    assert sorted(d["iri"] for d in docs) == sorted([str(new.iri), str(second_doc().iri)])
    assert not store.query("MATCH ()-[r:RELEASED]->() RETURN r")
    assert store.query("MATCH (:Entity {iri: $a})-[r:COMPETES_WITH]->(:Entity {iri: $o}) RETURN r",
                       {"a": str(entity_iri("Alibaba")), "o": str(entity_iri("OpenAI"))})
    # the fact the second document also supports stays
    assert store.query("MATCH (:Entity {iri: $a})-[r:COMPETES_WITH]->(:Entity {iri: $o}) RETURN r.sources AS s",
                       {"a": str(entity_iri("QwQ-32B")), "o": str(entity_iri("DeepSeek R1"))})[0]["s"] == [
        str(second_doc().iri)]


def test_forget_unknown_document(store):
    with pytest.raises(UnknownDocument):
        forget_document(store, "https://w3id.org/kg-news/id/doc/nope")


def test_read_graph_gives_back_what_was_written(store):
    g = pg(seed_doc(), second_doc())
    store.write(g)
    back = read_graph(store)
    assert {n.iri for n in back.nodes} == {n.iri for n in g.nodes}
    assert {(r.start, r.type, r.end) for r in back.relationships} == {(r.start, r.type, r.end) for r in g.relationships}
    by_iri = {n.iri: n for n in back.nodes}
    for n in g.nodes:
        assert by_iri[n.iri].labels == n.labels
