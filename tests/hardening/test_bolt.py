"""Bolt faults through the CLI: a server that is down, a wrong password, a wrong database. One line
that names the URI and never the password; nothing is written anywhere."""

from __future__ import annotations

import json
import socket

import pytest

from hardening.helpers import ARTICLE_EN, assert_one_line_error, jsonl, kg_env, run_kg, write_articles

SECRET = "s3cret-Pa55word-never-shown"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the with block ends: nothing listens there


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """An embedded store with one article, for kg sync."""
    from typer.testing import CliRunner

    from kg.cli import app

    d = tmp_path_factory.mktemp("sync-source")
    art = write_articles(d / "in", [ARTICLE_EN])[0]
    res = CliRunner().invoke(app, ["ingest", str(art), "--data-dir", str(d / "kg"), "-q"], env={"NEO4J_URI": None})
    assert res.exit_code == 0, res.stderr
    return art, d / "kg"


@pytest.fixture
def commands(source):
    art, data = source
    return [["ingest", str(art), "-q"], ["ask", "who competes with DeepSeek"], ["cypher", "RETURN 1 AS x"],
            ["sync", "--data-dir", str(data), "-q"]]


def test_server_down_subprocess(tmp_path):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    r = run_kg("cypher", "RETURN 1", env=kg_env(NEO4J_URI=uri, NEO4J_PASSWORD=SECRET))
    line = assert_one_line_error(r, code=1)
    assert uri in line and SECRET not in r.all


def test_server_down_every_command(cli, tmp_path, commands):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    for args in commands:
        r = cli(*args, "--uri", uri, env={"NEO4J_PASSWORD": SECRET})
        line = assert_one_line_error(r, code=1)
        assert uri in line and SECRET not in r.all, (args, line)
    assert not (tmp_path / ".kg").exists()


@pytest.mark.parametrize("uri", ["bolt://", "http://127.0.0.1:1", "bolt://no such host:7687", "bolt://[::1"])
def test_bad_uri(cli, uri):
    r = cli("cypher", "RETURN 1", "--uri", uri, env={"NEO4J_PASSWORD": SECRET})
    assert_one_line_error(r, code=1)
    assert SECRET not in r.all


@pytest.mark.server
def test_wrong_password(cli, tmp_path, bolt_server, commands):
    if not bolt_server.arcadedb:
        pytest.skip("only against the fixture's own server (a real Neo4j may lock the account)")
    env = {**bolt_server.env(), "NEO4J_PASSWORD": SECRET}
    for args in commands:
        r = cli(*args, env=env)
        line = assert_one_line_error(r, code=1)
        assert bolt_server.uri in line and SECRET not in r.all and bolt_server.password not in r.all, (args, line)
        assert "password" in line


@pytest.mark.server
def test_wrong_database(cli, tmp_path, bolt_server, commands):
    env = {**bolt_server.env(), "NEO4J_DATABASE": "no_such_database_kg"}
    for args in commands:
        r = cli(*args, env=env)
        line = assert_one_line_error(r, code=1)
        assert bolt_server.uri in line and "no_such_database_kg" in line, (args, line)
        assert bolt_server.password not in r.all


@pytest.mark.server
def test_hostile_article_over_bolt(cli, tmp_path, bolt_store, bolt_server):
    """The same hostile article over Bolt: stored intact, the DETACH DELETE in it does nothing."""
    from hardening.test_injection import ARTICLE, HOSTILE

    feed = jsonl(tmp_path / "feed.jsonl", [ARTICLE])
    env = bolt_server.env()
    r = cli("ingest", feed, "-q", env=env)
    assert r.code == 0, r.stderr
    r = cli("cypher", "MATCH (d:Document) RETURN d.title AS t", "--json", env=env)
    assert json.loads(r.stdout) == [{"t": HOSTILE}]
    n = bolt_store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
    r = cli("ask", "who competes with x'}) DETACH DELETE n //", env=env)
    assert r.code in (1, 2) and "Traceback" not in r.all
    line = assert_one_line_error(cli("cypher", "MATCH (n) DETACH DELETE n", env=env), code=1)
    assert "changes the graph" in line
    assert bolt_store.query("MATCH (n) RETURN count(n) AS n")[0]["n"] == n
    assert bolt_server.password not in r.all


@pytest.mark.server
@pytest.mark.slow
def test_sync_killed_then_again(cli, tmp_path, bolt_store, bolt_server):
    """SIGKILL a ``kg sync`` process once the server holds part of the graph, sync again: the server
    holds the same counts as the embedded store (and as an undisturbed sync)."""
    import signal
    import subprocess
    import time

    from hardening.helpers import ARTICLE_DE, KG, MORE, ROOT, counts

    data = tmp_path / "kg"
    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE, *MORE])[0].parent
    assert cli("ingest", folder, "--data-dir", data, "-q").code == 0
    want = counts(data)

    def on_server() -> tuple[int, int]:
        n = bolt_store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
        r = bolt_store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        return n, r

    proc = subprocess.Popen([str(KG), "sync", "--data-dir", str(data), "-q", "--batch-size", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                            env=kg_env(**bolt_server.env()))
    try:
        end = time.monotonic() + 120
        while proc.poll() is None and on_server()[0] == 0 and time.monotonic() < end:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        err = proc.stderr.read().decode()
        proc.stderr.close()
    assert "Traceback" not in err and bolt_server.password not in err
    print("on the server after the kill:", on_server(), "wanted:", want)
    r = cli("sync", "--data-dir", data, "-q", env=bolt_server.env())
    assert r.code == 0, r.stderr
    assert bolt_server.password not in r.all
    assert on_server() == want
