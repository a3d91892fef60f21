"""Shared fixtures: a fresh embedded store per test, and one real Bolt server per test session."""

from __future__ import annotations

import pytest


@pytest.fixture
def embedded_store(tmp_path):
    """A fresh embedded ArcadeDB store in ``tmp_path``, closed after the test."""
    from kg.graph.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "kg-store")
    try:
        yield store
    finally:
        store.close()
