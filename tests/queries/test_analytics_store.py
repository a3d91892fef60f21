"""The projection from real stores: the embedded ArcadeDB store, and a Bolt server (marked ``server``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kg.graph.model import Node, PropertyGraph, Relationship
from kg.ontology import ID, KG, load, rel_type, slugify
from kg.queries.analytics import GraphTooLarge, centrality, communities, project, timeline
from kg.queries.analytics.gds import detect_gds

D1, D2 = str(ID["doc/analytics-1"]), str(ID["doc/analytics-2"])


def _iri(name: str) -> str:
    return str(ID["analytics-" + slugify(name)])


def _entity(name: str, type_: str, sources: list[str]) -> Node:
    labels = list(reversed(load().superclasses(type_)))
    return Node(_iri(name), labels, {"name": name, "type": type_, "sources": sources})


def _fact(s: str, predicate: str, o: str, doc: str, evidence: str) -> Relationship:
    props: dict[str, Any] = {
        "predicate": predicate, "ontologyIri": str(KG[predicate]), "sources": [doc],
        "provenanceKeys": [f"{doc}|0|{len(evidence)}|{abs(hash(evidence)) % 10**12}"], "evidence": [evidence],
        "evidenceSources": [doc], "charStarts": [0], "charEnds": [len(evidence)], "confidences": [0.9],
        "assertions": [""],
    }
    return Relationship(rel_type(predicate), _iri(s), _iri(o), props)


def sample_graph() -> PropertyGraph:
    """Two groups: Alibaba's (with its model and rivals) and a funding pair joined by an event.

    March (D1): Alibaba released QwQ, QwQ competes with R1 and o1, DeepSeek released R1, OpenAI released o1.
    April (D2): SoftBank invests in OpenAI and a Funding event names both; OpenAI competes with DeepSeek.
    """
    ents = [("Alibaba", "Company", [D1]), ("DeepSeek", "Company", [D1]), ("OpenAI", "Company", [D1, D2]),
            ("SoftBank", "Company", [D2]), ("QwQ", "AIModel", [D1]), ("R1", "AIModel", [D1]),
            ("o1", "AIModel", [D1]), ("Jack Ma", "Person", [D1])]
    nodes = [_entity(*e) for e in ents]
    nodes += [
        Node(D1, ["Document"], {"title": "March", "published": date(2025, 3, 6), "contentHash": "h1"}),
        Node(D2, ["Document"], {"title": "April", "published": date(2025, 4, 2), "contentHash": "h2"}),
        Node(str(ID["event/analytics-funding"]), ["Event", "Funding"],
             {"type": "Funding", "date": date(2025, 3, 31), "sources": [D2]}),
    ]
    rels = [
        _fact("Alibaba", "released", "QwQ", D1, "Alibaba stellte QwQ vor."),
        _fact("QwQ", "competesWith", "R1", D1, "QwQ konkurriert mit R1."),
        _fact("QwQ", "competesWith", "o1", D1, "QwQ konkurriert mit o1."),
        _fact("DeepSeek", "released", "R1", D1, "DeepSeeks R1."),
        _fact("OpenAI", "released", "o1", D1, "OpenAIs o1."),
        _fact("Alibaba", "foundedBy", "Jack Ma", D1, "von Jack Ma gegründet"),
        _fact("SoftBank", "investsIn", "OpenAI", D2, "SoftBank investiert in OpenAI."),
        _fact("OpenAI", "competesWith", "DeepSeek", D2, "OpenAI and DeepSeek compete."),
    ]
    ev = str(ID["event/analytics-funding"])
    for role, who in [("eventSubject", "OpenAI"), ("investor", "SoftBank")]:
        rels.append(Relationship(rel_type(role), ev, _iri(who), {"predicate": role, "sources": [D2]}))
    for n in nodes:
        for src in n.props.get("sources", []):
            rels.append(Relationship("MENTIONS", src, n.iri, {}))
    return PropertyGraph(nodes, rels)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.graph.embedded import EmbeddedStore

    s = EmbeddedStore(tmp_path_factory.mktemp("analytics-store"))
    s.write(sample_graph())
    try:
        yield s
    finally:
        s.close()


def check_projection(store) -> None:
    g = project(store, batch_size=3)  # pages of three: several pages, relationships ahead of their ends
    assert g.number_of_nodes() == 8 and g.number_of_edges() == 8  # MENTIONS and events are left out
    alibaba = g.nodes[_iri("Alibaba")]
    assert alibaba["name"] == "Alibaba" and alibaba["type"] == "Company" and alibaba["kind"] == "entity"
    assert {"Entity", "Organization", "Company"} <= alibaba["labels"]
    assert alibaba["sources"] == (D1,) and alibaba["first_seen"] == date(2025, 3, 6)
    e = g.edges[_iri("QwQ"), _iri("R1"), "COMPETES_WITH"]
    assert e["evidence"] == ("QwQ konkurriert mit R1.",) and e["evidenceSources"] == (D1,)
    assert e["ontologyIri"] == str(KG.competesWith) and e["predicate"] == "competesWith"
    assert e["first_seen"] == date(2025, 3, 6) and e["confidence"] == pytest.approx(0.9)
    assert g.edges[_iri("SoftBank"), _iri("OpenAI"), "INVESTS_IN"]["first_seen"] == date(2025, 4, 2)
    assert g.graph["documents"] == 2 and g.graph["undated_edges"] == 0

    # filters go into the query: only companies and competition
    only = project(store, types=["Company"], relations=["COMPETES_WITH"], evidence=False, batch_size=2)
    assert set(only) == {_iri(n) for n in ("Alibaba", "DeepSeek", "OpenAI", "SoftBank")}
    assert list(only.edges(keys=True)) == [(_iri("OpenAI"), _iri("DeepSeek"), "COMPETES_WITH")]
    assert "evidence" not in only.edges[_iri("OpenAI"), _iri("DeepSeek"), "COMPETES_WITH"]

    # events: the funding links SoftBank and OpenAI through the event node, dated by the event
    with_events = project(store, events=True, batch_size=4)
    ev = str(ID["event/analytics-funding"])
    assert with_events.nodes[ev]["kind"] == "event" and with_events.nodes[ev]["date"] == date(2025, 3, 31)
    assert with_events.edges[ev, _iri("SoftBank"), "INVESTOR"]["first_seen"] == date(2025, 3, 31)
    models_and_events = project(store, types=["AIModel", "Funding"], events=True)
    assert ev in models_and_events and _iri("R1") in models_and_events and _iri("Alibaba") not in models_and_events


def check_measures(store) -> None:
    g = project(store)
    top = centrality(g, "degree", top=2).scores
    assert [s.name for s in top] == ["OpenAI", "QwQ"]  # three links each; OpenAI first by name
    assert top[0].rank == top[1].rank == 1
    groups = communities(g, min_size=2)
    assert {m.name for c in groups.communities for m in c.members} == {
        "Alibaba", "DeepSeek", "OpenAI", "SoftBank", "QwQ", "R1", "o1", "Jack Ma"}
    march = timeline(g, "month", "degree", top=1)
    assert [p.label for p in march.periods] == ["2025-03", "2025-04"]
    rows = {r.name: r.ranks for r in march.rows}
    assert rows["QwQ"][0] == 1 and rows["OpenAI"][1] == 1


def test_projection_from_the_embedded_store(store):
    check_projection(store)


def test_measures_on_the_embedded_store(store):
    check_measures(store)


def test_too_big_for_memory_is_said_with_numbers(store):
    with pytest.raises(GraphTooLarge) as info:
        project(store, available_bytes=10_000)
    msg = str(info.value)
    assert "8 nodes and 8 relationships" in msg and "MiB" in msg and "Graph Data Science" in msg
    assert info.value.available_bytes == 10_000 and info.value.needed_bytes > 10_000


def test_embedded_store_has_no_gds(store):
    found = detect_gds(store)
    assert not found.available and "embedded" in found.reason


@pytest.mark.server
def test_projection_and_gds_detection_over_bolt(bolt_store):
    bolt_store.write(sample_graph())
    check_projection(bolt_store)
    check_measures(bolt_store)
    found = detect_gds(bolt_store)
    assert not found.available and "Graph Data Science" in found.reason and bolt_store.uri in found.reason


def test_gds_queries_keep_values_in_parameters():
    from kg.queries.analytics.gds import drop_query, louvain_query, measure_query, projection_query

    q, p = projection_query("g1", types=["Company"], relations=["COMPETES_WITH"], as_of=date(2025, 3, 31))
    assert "gds.graph.project($graph" in q and "Company" not in q and "COMPETES_WITH" not in q
    assert p == {"graph": "g1", "labels": ["Company"], "types": ["COMPETES_WITH"], "asOf": date(2025, 3, 31)}
    for measure, proc in [("pagerank", "gds.pageRank.stream"), ("degree", "gds.degree.stream"),
                          ("betweenness", "gds.betweenness.stream")]:
        q, p = measure_query("g1", measure, top=5)
        assert q.startswith(f"CALL {proc}($graph") and "LIMIT $top" in q and p["top"] == 5
    assert "gds.louvain.stream" in louvain_query("g1")[0]
    assert drop_query("g1") == ("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", {"graph": "g1"})


def test_size_check_counts_what_the_projection_reads(store):
    from kg.queries.analytics.projection import _store_estimate

    est = _store_estimate(store, ["Entity", "Event"], {"Entity": ["Company"], "Event": ["Funding"]},
                          None, True, 10**12)
    # four companies and the funding; two facts among companies (investsIn, competesWith) and two roles
    assert (est.nodes, est.edges) == (5, 4)
    g = project(store, types=["Company", "Funding"])
    assert (g.number_of_nodes(), g.number_of_edges()) == (5, 4)
    assert est.evidence_bytes_per_edge > 0
