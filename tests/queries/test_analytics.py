"""Graph analytics on small graphs whose answers are known by hand (no store needed)."""

from __future__ import annotations

import doctest
import importlib
from datetime import date

import networkx as nx
import pytest

from kg.queries.analytics import (
    GraphTooLarge,
    UnknownName,
    as_of,
    centrality,
    communities,
    resolve_relations,
    resolve_types,
    timeline,
)
from kg.queries.analytics.centrality import simple_graph
from kg.queries.analytics.projection import add_edge_row, add_node_row, estimate_size, new_graph
from kg.queries.analytics.timeline import periods

ID = "https://w3id.org/kg-news/id/"
LABELS = {
    "Company": ["Entity", "Organization", "Company"],
    "AIModel": ["Entity", "Product", "AIModel"],
    "Person": ["Entity", "Person"],
}


def iri(name: str) -> str:
    return ID + name.lower()


def build(nodes: dict[str, str], edges: list[tuple[str, str, str]] | list[tuple], docs: dict[str, date] | None = None,
          node_sources: dict[str, list[str]] | None = None) -> nx.MultiDiGraph:
    """``nodes``: name -> type; ``edges``: (start, TYPE, end[, [document IRIs]])."""
    g = new_graph()
    docs = docs or {}
    for name, type_ in nodes.items():
        add_node_row(g, {"iri": iri(name), "name": name, "type": type_, "labels": LABELS[type_],
                         "sources": (node_sources or {}).get(name, [])}, docs)
    for e in edges:
        s, t, o = e[:3]
        sources = e[3] if len(e) > 3 else []
        add_edge_row(g, {"start": iri(s), "end": iri(o), "type": t, "predicate": t.lower(), "sources": sources,
                         "evidence": [f"{s} {t} {o}"] * len(sources), "evidenceSources": sources}, docs)
    return g


def star(leaves: int = 4, rel: str = "COMPETES_WITH") -> nx.MultiDiGraph:
    names = {"Hub": "Company", **{f"Leaf{i}": "Company" for i in range(leaves)}}
    return build(names, [("Hub", rel, f"Leaf{i}") for i in range(leaves)])


def two_cliques() -> nx.MultiDiGraph:
    """Two K4 (A1..A4, B1..B4) joined by one edge A1-B1."""
    names = {f"{c}{i}": "Company" for c in "AB" for i in range(1, 5)}
    edges = [(f"{c}{i}", "COMPETES_WITH", f"{c}{j}") for c in "AB" for i in range(1, 5) for j in range(i + 1, 5)]
    edges.append(("A1", "PARTNERS_WITH", "B1"))
    return build(names, edges)


# ----------------------------------------------------------------------------- centrality
@pytest.mark.parametrize("measure", ["pagerank", "degree", "betweenness"])
def test_star_centre_ranks_first_and_leaves_tie(measure):
    result = centrality(star(4), measure)
    first, *rest = result.scores
    assert first.name == "Hub" and first.rank == 1 and first.iri == iri("Hub")
    assert {s.rank for s in rest} == {2}  # the four leaves share second place
    assert all(first.score > s.score for s in rest)
    assert result.nodes == 5 and result.edges == 4


def test_star_exact_values():
    assert centrality(star(4), "degree").scores[0].score == pytest.approx(1.0)
    bet = {s.name: s.score for s in centrality(star(4), "betweenness").scores}
    assert bet["Hub"] == pytest.approx(1.0) and bet["Leaf0"] == 0.0
    pr = centrality(star(4), "pagerank").scores
    assert sum(s.score for s in pr) == pytest.approx(1.0)


def test_path_betweenness_by_hand():
    # a - b - c - d - e: c is on 4 of the 6 pairs' paths it could be on, b on 3 of 6
    g = build({n: "Company" for n in "abcde"}, [(x, "COMPETES_WITH", y) for x, y in zip("abcd", "bcde")])
    bet = {s.name: s.score for s in centrality(g, "betweenness").scores}
    assert bet == pytest.approx({"c": 4 / 6, "b": 3 / 6, "d": 3 / 6, "a": 0.0, "e": 0.0})
    assert [s.name for s in centrality(g, "betweenness", top=1).scores] == ["c"]


def test_restrict_by_type_and_relation():
    g = build(
        {"Alibaba": "Company", "DeepSeek": "Company", "OpenAI": "Company", "QwQ": "AIModel", "R1": "AIModel",
         "o1": "AIModel", "Ma": "Person"},
        [("Alibaba", "RELEASED", "QwQ"), ("DeepSeek", "RELEASED", "R1"), ("OpenAI", "RELEASED", "o1"),
         ("QwQ", "COMPETES_WITH", "R1"), ("QwQ", "COMPETES_WITH", "o1"), ("Alibaba", "FOUNDED_BY", "Ma"),
         ("Alibaba", "COMPETES_WITH", "DeepSeek")],
    )
    # models only: QwQ competes with both others
    models = centrality(g, "degree", types=["AIModel"])
    assert models.nodes == 3 and models.scores[0].name == "QwQ"
    assert {s.type for s in models.scores} == {"AIModel"}
    # a superclass takes its subclasses: Organization = the three companies
    assert {s.name for s in centrality(g, "degree", types=["Organization"]).scores} == {"Alibaba", "DeepSeek", "OpenAI"}
    # only RELEASED and FOUNDED_BY: Alibaba has two links, everyone else one
    rel = centrality(g, "degree", relations=["RELEASED", "FOUNDED_BY"])
    assert rel.edges == 4 and rel.scores[0].name == "Alibaba" and rel.scores[1].rank == 2
    # both at once: companies linked by competition only
    both = centrality(g, "degree", types=["Company"], relations=["COMPETES_WITH"])
    assert both.edges == 1 and {s.name for s in both.scores if s.score > 0} == {"Alibaba", "DeepSeek"}


def test_directed_keeps_directions_and_symmetric_relations_count_both_ways():
    # x released m; m competes with n. Directed PageRank: m receives from x and n (symmetric), ...
    g = build({"x": "Company", "m": "AIModel", "n": "AIModel"},
              [("x", "RELEASED", "m"), ("m", "COMPETES_WITH", "n")])
    h = simple_graph(g, directed=True)
    assert h.has_edge("https://w3id.org/kg-news/id/m", iri("n")) and h.has_edge(iri("n"), iri("m"))
    assert h.has_edge(iri("x"), iri("m")) and not h.has_edge(iri("m"), iri("x"))
    ranked = centrality(g, "pagerank", directed=True).scores
    assert ranked[0].name == "m" and ranked[-1].name == "x"  # nobody points at x


def test_weight_is_number_of_documents():
    d1, d2, d3 = (ID + f"doc/{i}" for i in range(3))
    # a-b reported by three documents, a-c and a-d by one: b outranks c and d in PageRank
    g = build({n: "Company" for n in "abcd"},
              [("a", "COMPETES_WITH", "b", [d1, d2, d3]), ("a", "COMPETES_WITH", "c", [d1]),
               ("a", "PARTNERS_WITH", "d", [d2])])
    h = simple_graph(g)
    assert h[iri("a")][iri("b")]["weight"] == 3 and h[iri("a")][iri("c")]["weight"] == 1
    names = [s.name for s in centrality(g, "pagerank").scores]
    assert names[:2] == ["a", "b"]
    unweighted = centrality(g, "pagerank", weighted=False).scores
    assert unweighted[1].rank == 2 and unweighted[2].rank == 2  # b, c, d tie without weights


def test_parallel_relations_keep_their_attributes():
    d1 = ID + "doc/1"
    g = build({"a": "Company", "b": "Company"},
              [("a", "COMPETES_WITH", "b", [d1]), ("a", "PARTNERS_WITH", "b", [d1])], {d1: date(2025, 3, 6)})
    assert g.number_of_edges() == 2
    attrs = g.edges[iri("a"), iri("b"), "COMPETES_WITH"]
    assert attrs["sources"] == (d1,) and attrs["evidence"] == ("a COMPETES_WITH b",)
    assert attrs["first_seen"] == date(2025, 3, 6) and attrs["type"] == "COMPETES_WITH"
    assert g.nodes[iri("a")]["labels"] == frozenset({"Entity", "Organization", "Company"})
    assert simple_graph(g)[iri("a")][iri("b")]["relations"] == {"COMPETES_WITH", "PARTNERS_WITH"}


def test_events_link_entities_but_are_not_ranked():
    g = build({"SoftBank": "Company", "OpenAI": "Company", "Other": "Company"}, [])
    add_node_row(g, {"iri": ID + "event/f", "type": "Funding", "labels": ["Event", "Funding"],
                     "date": date(2025, 3, 31), "sources": []})
    for role, who in [("EVENT_SUBJECT", "OpenAI"), ("INVESTOR", "SoftBank")]:
        add_edge_row(g, {"start": ID + "event/f", "end": iri(who), "type": role, "sources": []})
    assert g.edges[ID + "event/f", iri("OpenAI"), "EVENT_SUBJECT"]["first_seen"] == date(2025, 3, 31)
    assert g.nodes[ID + "event/f"]["name"] == "Funding 2025-03-31"
    result = centrality(g, "degree")
    assert ID + "event/f" not in {s.iri for s in result.scores}
    assert {s.name for s in result.scores if s.score > 0} == {"SoftBank", "OpenAI"}
    assert [c.name for c in communities(g, min_size=2).communities] == ["OpenAI"]


# ----------------------------------------------------------------------------- communities
def test_two_cliques_joined_by_one_edge_make_two_communities():
    result = communities(two_cliques())
    assert len(result.communities) == 2
    groups = {c.name: {m.name for m in c.members} for c in result.communities}
    # each group is named after its bridge node, the member with the most links
    assert groups == {"A1": {"A1", "A2", "A3", "A4"}, "B1": {"B1", "B2", "B3", "B4"}}
    assert all(c.size == 4 and c.internal_edges == 6 for c in result.communities)
    assert result.modularity == pytest.approx(0.4230769, abs=1e-6)  # 2 * (6/13 - (13/26)**2)
    assert set(result.membership().values()) == {1, 2}


def test_communities_are_reproducible_and_respect_filters():
    a = communities(two_cliques()).to_json()
    assert a == communities(two_cliques()).to_json()
    # without the bridge relation the two groups are not even connected
    only = communities(two_cliques(), relations=["COMPETES_WITH"])
    assert [c.size for c in only.communities] == [4, 4]
    # singletons are dropped with min_size
    g = two_cliques()
    add_node_row(g, {"iri": iri("Lonely"), "name": "Lonely", "type": "Company", "labels": LABELS["Company"]})
    assert len(communities(g).communities) == 3
    assert len(communities(g, min_size=2).communities) == 2


def test_empty_graph_is_fine():
    assert centrality(new_graph()).scores == []
    assert communities(new_graph()).communities == []
    assert timeline(new_graph()).rows == []


# ----------------------------------------------------------------------------- over time
DOCS = {ID + "doc/jan": date(2025, 1, 10), ID + "doc/feb": date(2025, 2, 20), ID + "doc/mar": date(2025, 3, 5)}
JAN, FEB, MAR = DOCS


def moving() -> nx.MultiDiGraph:
    """January: A is the hub of A-B, A-C. February: D arrives and links B, C, E, F, G; March: undated."""
    return build(
        {n: "Company" for n in "ABCDEFGH"},
        [("A", "COMPETES_WITH", "B", [JAN]), ("A", "COMPETES_WITH", "C", [JAN]),
         ("D", "COMPETES_WITH", "B", [FEB]), ("D", "COMPETES_WITH", "C", [FEB]), ("D", "COMPETES_WITH", "E", [FEB]),
         ("D", "COMPETES_WITH", "F", [FEB]), ("D", "PARTNERS_WITH", "G", [FEB, MAR]),
         ("G", "COMPETES_WITH", "H", [])],
        DOCS,
        node_sources={"A": [JAN], "D": [FEB]},
    )


def test_as_of_keeps_what_was_known_then():
    g = moving()
    jan = as_of(g, date(2025, 1, 31))
    assert {g.nodes[n]["name"] for n in jan} == {"A", "B", "C"}
    assert jan.number_of_edges() == 2
    assert centrality(jan, "degree").scores[0].name == "A"
    feb = as_of(g, date(2025, 2, 28))
    assert feb.number_of_edges() == 7 and centrality(feb, "degree").scores[0].name == "D"
    # a fact reported in February and again in March counts from February
    assert g.edges[iri("D"), iri("G"), "PARTNERS_WITH"]["first_seen"] == date(2025, 2, 20)
    assert as_of(g, date(2024, 12, 31)).number_of_nodes() == 0


def test_timeline_shows_the_position_moving():
    t = timeline(moving(), "month", "degree", top=1)
    assert [p.label for p in t.periods] == ["2025-01", "2025-02"]
    rows = {r.name: r for r in t.rows}
    assert set(rows) == {"A", "D"}  # first in some month
    assert rows["A"].ranks[0] == 1 and rows["A"].ranks[1] > 1
    assert rows["D"].ranks == [None, 1] and rows["D"].scores[0] is None
    assert t.rows[0].name == "D"  # ordered by the last period
    assert t.undated_edges == 1 and "no date" in t.notes[0]


def test_timeline_per_period_only_and_quarters():
    g = moving()
    window = timeline(g, "month", "degree", top=None, cumulative=False)
    rows = {r.name: r for r in window.rows}
    assert rows["A"].ranks == [1, None]  # A has no February relationship of its own
    q = timeline(g, "quarter", "pagerank", top=3)
    assert [p.label for p in q.periods] == ["2025-Q1"] and q.rows[0].name == "D"
    assert [p.label for p in periods(date(2024, 11, 5), date(2025, 2, 1), "month")] == \
        ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert periods(date(2024, 12, 31), date(2024, 12, 31), "quarter")[0].end == date(2024, 12, 31)
    assert [p.label for p in periods(date(2023, 5, 1), date(2025, 1, 1), "year")] == ["2023", "2024", "2025"]


# ----------------------------------------------------------------------------- names, sizes
def test_names_are_checked_against_the_ontology():
    assert resolve_types("company, AIModel") == ("Company", "AIModel")
    assert resolve_relations(["competesWith,RELEASED", "partners_with"]) == ("COMPETES_WITH", "RELEASED", "PARTNERS_WITH")
    with pytest.raises(UnknownName, match="unknown entity type 'Compnay'.*Company"):
        resolve_types("Compnay")
    with pytest.raises(UnknownName, match="unknown relation 'mentions'"):
        resolve_relations("mentions")
    with pytest.raises(UnknownName, match="unknown measure"):
        centrality(star(), "closeness")
    with pytest.raises(UnknownName, match="unknown period"):
        timeline(moving(), "week")


def test_size_estimate_says_when_it_does_not_fit():
    small = estimate_size(1000, 5000, available_bytes=8 * 2**30)
    assert small.fits
    big = estimate_size(50_000_000, 1_000_000_000, evidence_bytes_per_edge=300, available_bytes=8 * 2**30)
    assert not big.fits
    msg = big.message()
    assert "50,000,000 nodes" in msg and "1,000,000,000 relationships" in msg and "8,192 MiB" in msg
    assert "Graph Data Science" in msg and "--backend neo4j" in msg
    # 50M × 1,300 B + 1G × (1,550 + 300) B = 1,915 GB; without the evidence 1,615 GB
    assert f"{big.needed_bytes / 2**20:,.0f} MiB" == "1,826,286 MiB" and "1,540,184 MiB without the evidence" in msg
    assert issubclass(GraphTooLarge, Exception)


@pytest.mark.parametrize("module", ["centrality", "communities"])
def test_docstring_examples(module):
    mod = importlib.import_module(f"kg.queries.analytics.{module}")
    failed, attempted = doctest.testmod(mod)
    assert attempted and not failed
