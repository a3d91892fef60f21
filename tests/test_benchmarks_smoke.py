"""The benchmark tooling works: the generator is repeatable and faithful, the table formats. No timing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not an installed package

from benchmarks import Row, fmt_value  # noqa: E402
from benchmarks import generate as gen  # noqa: E402
from benchmarks.__main__ import format_table  # noqa: E402


def test_articles_are_repeatable_and_seed_dependent() -> None:
    a = [x.text for x in gen.articles(3, seed=5, words=200)]
    b = [x.text for x in gen.articles(3, seed=5, words=200)]
    c = [x.text for x in gen.articles(3, seed=6, words=200)]
    assert a == b
    assert a != c


def test_articles_reach_the_length_and_alternate_languages() -> None:
    arts = gen.articles(4, seed=1, words=1000)
    assert all(x.words >= 1000 for x in arts)
    assert [x.language for x in arts] == ["de", "en", "de", "en"]
    assert "Aktie" in arts[0].text or " mit " in arts[0].text


def test_evidence_spans_point_into_the_document_text() -> None:
    for ex in gen.world(600, seed=2):
        for rel in ex.relations:
            assert ex.document.text[rel.evidence.start:rel.evidence.end] == rel.evidence.sentence
        for ev in ex.events:
            assert ex.document.text[ev.evidence.start:ev.evidence.end] == ev.evidence.sentence


def test_property_graph_is_repeatable_and_sized() -> None:
    one = gen.property_graph(1500, seed=9)
    two = gen.property_graph(1500, seed=9)
    assert [(r.start, r.type, r.end) for r in one.relationships] == [(r.start, r.type, r.end) for r in two.relationships]
    assert [n.props for n in one.nodes] == [n.props for n in two.nodes]
    assert 1500 <= len(one.relationships) < 1500 + 200  # stops after the article that reaches the size


def test_property_graph_equals_the_mapping_of_its_rdf() -> None:
    """The direct generator and docs/mapping.md's mapping of the same corpus agree exactly."""
    from kg.graph.mapping import rdf_to_property_graph

    direct = gen.property_graph(800, seed=4)
    mapped = rdf_to_property_graph(gen.rdf_graph(800, seed=4))
    assert {n.iri: (n.labels, n.props) for n in direct.nodes} == {n.iri: (n.labels, n.props) for n in mapped.nodes}
    assert {(r.start, r.type, r.end): r.props for r in direct.relationships} == {
        (r.start, r.type, r.end): r.props for r in mapped.relationships
    }


def test_table_formats_fake_rows() -> None:
    rows = [
        Row("words/s per core", 24302.4, "words/s", group="extract", peak_mib=50.2, py_peak_mib=0.19),
        Row("batched sync", 51234.0, "triples/s", ratio=23.456, baseline="one query per row", goal=">= 20×",
            group="sync", note="a | b"),
        Row.unavailable("query", "benchmarks/query_bench.py not written yet", group="query"),
    ]
    table = format_table(rows).splitlines()
    assert len(table) == 2 + len(rows)
    assert len({len(line) for line in table}) == 1  # aligned columns
    assert "24,302" in table[2] and "50.2 / 0.19" in table[2]
    assert "23.5× vs one query per row" in table[3] and "a \\| b" in table[3]
    assert "—" in table[4] and "not available: benchmarks/query_bench.py" in table[4]


def test_fmt_value_and_row_round_trip() -> None:
    assert [fmt_value(v) for v in (None, 0, 0.01234, 3.14159, 42.42, 420.4, 123456.7)] == [
        "-", "0", "0.0123", "3.14", "42.4", "420", "123,457"]
    r = Row("m", 1.0, "ms", extra={"k": 1})
    assert Row.from_dict({**r.to_dict(), "unknown": 1}) == r
