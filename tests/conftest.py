"""Shared fixtures: a fresh embedded store per test, and one real Bolt server per test session.

The Bolt server is ArcadeDB (from the arcadedb-embedded wheel, run with the Java it bundles) on free
loopback ports, started once per session, stopped by its PID. When ``NEO4J_URI`` is set the Bolt
tests run against that server instead (NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE); they
delete everything in that database, so they refuse a non-empty one unless KG_TEST_WIPE=1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

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


@dataclass(frozen=True)
class BoltServer:
    uri: str
    username: str
    password: str
    database: str | None
    arcadedb: bool  # True for the fixture's own ArcadeDB server

    def env(self) -> dict[str, str]:
        out = {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.username, "NEO4J_PASSWORD": self.password}
        if self.database:
            out["NEO4J_DATABASE"] = self.database
        return out


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """One Bolt server for the whole session: NEO4J_URI's, or an ArcadeDB server this fixture runs."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None, False)
        return
    from kg.graph import arcadedb_server

    local = arcadedb_server.start(tmp_path_factory.mktemp("arcadedb-server"))
    try:
        yield BoltServer(local.uri, local.username, local.password, None, True)
    finally:
        arcadedb_server.stop(local)


@pytest.fixture
def bolt_store(bolt_server):
    """A BoltStore on the session's server, with the database emptied before the test."""
    from kg.graph.bolt import BoltStore

    store = BoltStore(bolt_server.uri, username=bolt_server.username, password=bolt_server.password,
                      database=bolt_server.database)
    try:
        if not bolt_server.arcadedb and os.environ.get("KG_TEST_WIPE") != "1":
            if store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]:
                pytest.skip("NEO4J_URI's database is not empty; set KG_TEST_WIPE=1 to let the tests empty it")
        store.query("MATCH (n) DETACH DELETE n", write=True)
        yield store
    finally:
        store.close()
