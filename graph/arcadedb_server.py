"""Run ArcadeDB as a local Bolt server from the arcadedb-embedded wheel (its bundled Java).

For tests and benchmarks: a real Bolt server on free loopback ports, no install. Stop it with
:func:`stop` (by its PID; the JVM is the child process itself, never a wrapper shell).
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.graph.store import StoreUnavailable

__all__ = ["LocalServer", "start", "stop"]


@dataclass
class LocalServer:
    process: subprocess.Popen
    uri: str
    username: str
    password: str
    http_port: int
    folder: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _package() -> Path:
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise StoreUnavailable("arcadedb-embedded is not installed")
    return Path(list(spec.submodule_search_locations)[0])


def start(folder: Path, *, password: str = "kg-test-password", heap: str = "768m", database: str = "kg",
          timeout: float = 60.0) -> LocalServer:
    """Start a server with its files in ``folder`` and wait until it is ready."""
    pkg = _package()
    folder.mkdir(parents=True, exist_ok=True)
    http, bolt = _free_port(), _free_port()
    cmd = [
        str(pkg / "jre" / "bin" / "java"), f"-Xmx{heap}", "-cp", str(pkg / "jars") + "/*",
        f"-Darcadedb.server.rootPath={folder}",
        f"-Darcadedb.server.databaseDirectory={folder / 'databases'}",
        f"-Darcadedb.server.rootPassword={password}",
        f"-Darcadedb.server.defaultDatabases={database}[root]",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1", f"-Darcadedb.server.httpIncomingPort={http}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={bolt}", f"-Darcadedb.bolt.defaultDatabase={database}",
        "com.arcadedb.server.ArcadeDBServer",
    ]
    with open(folder / "server.log", "wb") as log:
        proc = subprocess.Popen(cmd, cwd=folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = LocalServer(proc, f"bolt://127.0.0.1:{bolt}", "root", password, http, folder)
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            tail = (folder / "server.log").read_text(errors="replace")[-2000:]
            raise StoreUnavailable(f"the ArcadeDB server exited: {tail}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{http}/api/v1/ready", timeout=1) as r:
                if r.status == 204:
                    return server
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            stop(server)
            raise StoreUnavailable(f"the ArcadeDB server was not ready within {timeout:.0f} s")
        time.sleep(0.2)


def stop(server: LocalServer) -> None:
    """Stop the server by its PID and wait for it to exit."""
    proc = server.process
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
