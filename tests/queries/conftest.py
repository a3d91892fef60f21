"""Fixtures of the query tests: one embedded store holding the seed graph, shared by the session."""

from __future__ import annotations

import pytest

from queries.samples import seed_graph


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """An embedded store with :func:`seed_graph` written once (the tests only read it)."""
    from kg.graph.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("seed") / "kg")
    store.write(seed_graph())
    try:
        yield store
    finally:
        store.close()
