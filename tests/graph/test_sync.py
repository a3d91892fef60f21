"""Sync the embedded store into a real Bolt server: complete, incremental, safe to interrupt."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from kg.graph.export import export_graph
from kg.graph.mapping import rdf_to_property_graph
from kg.graph.ops import UnknownDocument, forget_document, write_graph
from kg.graph.store import GraphStore
from kg.graph.sync import sync

from graph.samples import Fact, second_doc, seed_doc, to_rdf

pytestmark = pytest.mark.server


def _fill(store, *docs):
    for d in docs:
        store.write(rdf_to_property_graph(to_rdf(d, assertion_iris=True)))


@pytest.mark.parametrize("whole_graph_from", [1, 1000], ids=["whole-graph", "per-document"])
def test_sync_all_then_nothing_to_do(embedded_store, bolt_store, whole_graph_from):
    _fill(embedded_store, seed_doc(), second_doc())
    first = sync(embedded_store, bolt_store, batch_size=3, whole_graph_from=whole_graph_from)
    assert len(first.synced) == 2 and first.batches > 0
    assert isomorphic(export_graph(embedded_store), export_graph(bolt_store))
    again = sync(embedded_store, bolt_store)
    assert again.synced == [] and len(again.skipped) == 2 and again.batches == 0
    names = {r["name"] for r in bolt_store.query("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"kg_entity_iri", "kg_event_iri", "kg_document_iri"} <= names, names


def test_sync_chosen_documents(embedded_store, bolt_store):
    a, b = seed_doc(), second_doc()
    _fill(embedded_store, a, b)
    report = sync(embedded_store, bolt_store, [str(b.iri)])
    assert report.synced == [str(b.iri)]
    assert isomorphic(export_graph(embedded_store, [str(b.iri)]), export_graph(bolt_store))
    sync(embedded_store, bolt_store)
    assert isomorphic(export_graph(embedded_store), export_graph(bolt_store))
    with pytest.raises(UnknownDocument):
        sync(embedded_store, bolt_store, ["https://w3id.org/kg-news/id/doc/none"])


class _Dies(GraphStore):
    """A target that fails after ``n`` transactions, like a sync killed half-way."""

    def __init__(self, inner, n):
        self.inner, self.left = inner, n

    def transaction(self, work):
        if self.left <= 0:
            raise KeyboardInterrupt
        self.left -= 1
        return self.inner.transaction(work)

    def query(self, cypher, params=None, *, write=False):
        return self.inner.query(cypher, params, write=write)

    def write(self, graph, *, batch_size=1000):
        return write_graph(self, graph, batch_size=batch_size)

    def close(self):
        pass


@pytest.mark.parametrize("after", [1, 4, 9])
def test_killed_sync_run_again_gives_the_same_graph(embedded_store, bolt_store, after):
    _fill(embedded_store, seed_doc(), second_doc())
    bolt_store.ensure_constraints()
    with pytest.raises(KeyboardInterrupt):
        sync(embedded_store, _Dies(bolt_store, after), batch_size=2, documents_per_write=1)
    sync(embedded_store, bolt_store, batch_size=2, whole_graph_from=1 if after == 4 else 1000)
    assert isomorphic(export_graph(embedded_store), export_graph(bolt_store))


def test_changed_and_removed_documents_follow(embedded_store, bolt_store):
    a, b = seed_doc(), second_doc()
    _fill(embedded_store, a, b)
    sync(embedded_store, bolt_store)
    new = seed_doc(text="Alibaba stellte QwQ-32B vor, sagt eine neue Fassung.")
    new.facts = [Fact("Alibaba", "competesWith", "OpenAI", "Alibaba konkurriert mit OpenAI.", 29, 60, 0.8)]
    new.entities = {"Alibaba": "Company", "OpenAI": "Company"}
    new.attributes, new.events = [], []
    _fill(embedded_store, new)  # replaces a (same source) in the embedded store
    report = sync(embedded_store, bolt_store)
    assert report.synced == [str(new.iri)] and report.replaced == [str(a.iri)]
    assert isomorphic(export_graph(embedded_store), export_graph(bolt_store))
    forget_document(embedded_store, str(b.iri))
    pruned = sync(embedded_store, bolt_store, prune=True)
    assert pruned.pruned == [str(b.iri)]
    assert isomorphic(export_graph(embedded_store), export_graph(bolt_store))
