"""Cypher builders: parameters carry every user value; labels and types come from the ontology."""

from __future__ import annotations

from datetime import date

import pytest

from kg.graph.store import QueryError
from kg.queries import builders


def test_user_text_travels_as_parameters():
    hostile = "x'}) DETACH DELETE n //"
    q, p = builders.hop([hostile], ["COMPETES_WITH"])
    assert hostile not in q and p["iris"] == [hostile]
    q, p = builders.shortest_paths(hostile, "b", ["RELEASED"])
    assert hostile not in q and p["a"] == hostile
    q, p = builders.events_between(date(2025, 3, 1), date(2025, 3, 31))
    assert "2025" not in q and p["start"] == date(2025, 3, 1)


def test_relationship_types_are_checked_and_backticked():
    q, _ = builders.hop(["i"], ["RELEASED", "DEVELOPED_BY"])
    assert "[r:`RELEASED`|`DEVELOPED_BY`]" in q
    with pytest.raises(QueryError):
        builders.hop(["i"], ["RELEASED]-() DETACH DELETE x //"])
    with pytest.raises(QueryError):
        builders.events_of("i", ["EVENT_SUBJECT"], ["StockMove`) DELETE e //"])


def test_only_reading_clauses():
    from kg.graph.readonly import write_clause

    all_q = [builders.entity_index(), builders.entity_by_iris(["a"]), builders.hop(["a"], ["COMPETES_WITH"]),
             builders.events_of("a", ["EVENT_SUBJECT"], ["StockMove"]), builders.event_links(["e"]),
             builders.events_between(date(2025, 1, 1), date(2025, 2, 1)),
             builders.undated_events_published(date(2025, 1, 1), date(2025, 2, 1)), builders.documents(["d"]),
             builders.shortest_paths("a", "b", ["COMPETES_WITH"]), builders.mention_count("a"),
             builders.all_nodes(), builders.all_relationships(["RELEASED"])]
    for q, _p in all_q:
        assert write_clause(q) is None, q


def test_path_length_is_bounded():
    with pytest.raises(ValueError):
        builders.shortest_paths("a", "b", ["RELEASED"], max_hops=99)
    q, _ = builders.shortest_paths("a", "b", ["RELEASED"], max_hops=4)
    assert "*..4]" in q
