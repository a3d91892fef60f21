"""Shared fixtures: a fresh embedded store per test, and one real Bolt server per test session.

The Bolt server is ArcadeDB (from the arcadedb-embedded wheel, run with the Java it bundles) on free
loopback ports, started once per session, stopped by its PID. When ``NEO4J_URI`` is set the Bolt
tests run against that server instead (NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE); they
delete everything in that database, so they refuse a non-empty one unless KG_TEST_WIPE=1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _arcadedb_package() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("arcadedb_embedded")
    assert spec and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0])


def _start_arcadedb(folder: Path) -> tuple[subprocess.Popen, BoltServer]:
    pkg = _arcadedb_package()
    password = "kg-test-password"
    http, bolt = _free_port(), _free_port()
    cmd = [
        str(pkg / "jre" / "bin" / "java"), "-Xmx768m", "-cp", str(pkg / "jars") + "/*",
        f"-Darcadedb.server.rootPath={folder}",
        f"-Darcadedb.server.databaseDirectory={folder / 'databases'}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.defaultDatabases=kg[root]",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1", f"-Darcadedb.server.httpIncomingPort={http}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={bolt}", "-Darcadedb.bolt.defaultDatabase=kg",
        "com.arcadedb.server.ArcadeDBServer",
    ]
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(cmd, cwd=folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    log.close()
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"ArcadeDB server exited: {(folder / 'server.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{http}/api/v1/ready", timeout=1) as r:
                if r.status == 204:
                    break
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            _stop(proc)
            raise RuntimeError("ArcadeDB server did not become ready in 60 s")
        time.sleep(0.2)
    return proc, BoltServer(f"bolt://127.0.0.1:{bolt}", "root", password, None, True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """One Bolt server for the whole session: NEO4J_URI's, or an ArcadeDB server this fixture runs."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None, False)
        return
    proc, server = _start_arcadedb(tmp_path_factory.mktemp("arcadedb-server"))
    try:
        yield server
    finally:
        _stop(proc)


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
