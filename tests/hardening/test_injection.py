"""Hostile text end to end: an article whose title, URL and sentences hold quotes, backticks,
braces, Cypher and ``<script>`` goes through ingest -> graph -> ask -> HTML intact and inert;
hostile questions and Cypher change nothing; ``kg cypher`` is read-only unless ``--write``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hardening.helpers import assert_one_line_error, counts, jsonl

HOSTILE = "x'}) DETACH DELETE n // `t` {b} \"q\" <script>alert('kg')</script>"
URL = "https://example.org/a?x=<script>alert(1)</script>&y='}) MATCH (m) DELETE m //"
ARTICLE = {
    "title": HOSTILE,
    "url": URL,
    "text": "OpenAI competes with DeepSeek (x'}) DETACH DELETE n // `t` {b} <script>alert('kg')</script>). "
            "Alibaba released the model QwQ-32B on March 5, 2025. DeepSeek competes with Alibaba.",
}
QUESTIONS = [
    "", "   ", "?", "\x00", "who competes with \x00DeepSeek", "a" * 10_000, "who competes with " + "D" * 10_000,
    "who competes with x'}) DETACH DELETE n //", "tell me about `DeepSeek` {x: 1}",
    "who founded <script>alert(1)</script>", "wer konkurriert mit \"DeepSeek\"'); MATCH (n) DETACH DELETE n; //",
    "MATCH (n) DETACH DELETE n", "tell me about }]){{$x}}", "what happened in March 2025 ' OR 1=1 --",
]


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    """A store holding the hostile article (ingested through the CLI), shared by this module."""
    from kg.cli import app

    d = tmp_path_factory.mktemp("hostile")
    feed = jsonl(d / "feed.jsonl", [ARTICLE])
    res = CliRunner().invoke(app, ["ingest", str(feed), "--data-dir", str(d / "kg"), "-q"], env={"NEO4J_URI": None})
    assert res.exit_code == 0, res.stderr
    return d / "kg"


def test_hostile_article_is_stored_intact(cli, graph_dir):
    r = cli("cypher", "MATCH (d:Document) RETURN d.title AS title, d.source AS source", "--json",
            "--data-dir", graph_dir)
    assert r.code == 0, r.stderr
    assert json.loads(r.stdout) == [{"title": HOSTILE, "source": URL}]
    n, rels = counts(graph_dir)
    assert n >= 5 and rels >= 3  # the DETACH DELETE in the text deleted nothing
    r = cli("cypher", "MATCH (d:Document {title: $t}) RETURN count(d) AS n", "-p", f"t={HOSTILE}", "--json",
            "--data-dir", graph_dir)
    assert json.loads(r.stdout) == [{"n": 1}]


def test_answer_shows_the_hostile_text_as_text(cli, graph_dir, tmp_path):
    out = tmp_path / "answer.html"
    r = cli("ask", "who competes with DeepSeek", "--data-dir", graph_dir, "--html", out)
    assert r.code == 0, r.stderr
    assert "OpenAI" in r.stdout and HOSTILE in r.stdout and "<script>alert('kg')</script>)" in r.stdout
    r = cli("ask", "who competes with DeepSeek", "--json", "--data-dir", graph_dir)
    assert HOSTILE in r.stdout.encode().decode("unicode_escape", "ignore") or HOSTILE in json.dumps(
        json.loads(r.stdout), ensure_ascii=False)
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(" not in page  # every label and tooltip escaped inside the page's data
    assert "alert('kg')" in page  # ...but there, as text


@pytest.mark.parametrize("question", QUESTIONS, ids=range(len(QUESTIONS)))
def test_hostile_questions_change_nothing(cli, graph_dir, question):
    before = counts(graph_dir)
    r = cli("ask", question, "--data-dir", graph_dir)
    assert r.code in (0, 1, 2), r
    assert "Traceback" not in r.all
    if r.code != 0:
        assert r.stderr.startswith("Error: "), r.stderr
    if r.code == 1:
        assert_one_line_error(r)
    assert counts(graph_dir) == before


@pytest.mark.parametrize("question", QUESTIONS[:6], ids=range(6))
def test_hostile_questions_json(cli, graph_dir, question):
    r = cli("ask", question, "--json", "--data-dir", graph_dir)
    assert r.code in (0, 1, 2) and "Traceback" not in r.all
    json.loads(r.stdout)  # always a JSON document, even for a question not understood


def test_cypher_errors_and_read_only(cli, graph_dir):
    before = counts(graph_dir)
    for bad in ["MATCH (n RETURN n", "RETURN }", "MATCH (n) RETURN n.`", "\x00", "", "CALL no.such.proc()"]:
        assert_one_line_error(cli("cypher", bad, "--data-dir", graph_dir), code=1)
    for write in ["MATCH (n) DETACH DELETE n", "CREATE (x:Company {name: 'evil'})",
                  "MATCH (n) SET n.name = 'x'", "MERGE (x:Thing {iri: 'y'}) RETURN x",
                  "MATCH (n) WITH n LIMIT 1 REMOVE n.name RETURN 1",
                  "match (n) detach\ndelete n", "UNWIND [1] AS i CREATE (:X)"]:
        line = assert_one_line_error(cli("cypher", write, "--data-dir", graph_dir), code=1)
        assert "changes the graph" in line
    assert counts(graph_dir) == before
    r = cli("cypher", "RETURN $x AS x", "-p", "x=" + HOSTILE, "--json", "--data-dir", graph_dir)
    assert json.loads(r.stdout) == [{"x": HOSTILE}]


def test_cypher_write_allowed_with_flag(cli, tmp_path):
    d = tmp_path / "kg"
    r = cli("cypher", "CREATE (x:Scratch {name: $n}) RETURN x.name AS name", "-p", "n=" + HOSTILE, "--write",
            "--json", "--data-dir", d)
    assert r.code == 0, r.stderr
    assert json.loads(r.stdout) == [{"name": HOSTILE}]
    assert counts(d)[0] == 1


def test_picture_of_hostile_graph_with_viz(cli, graph_dir, tmp_path):
    out = tmp_path / "viz.html"
    r = cli("viz", "--out", out, "--data-dir", graph_dir)
    assert r.code == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(" not in page and "alert('kg')" in page


@pytest.mark.browser
def test_hostile_page_runs_no_script_in_chromium(cli, graph_dir, tmp_path):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    out = tmp_path / "answer.html"
    assert cli("ask", "who competes with DeepSeek", "--data-dir", graph_dir, "--html", out).code == 0
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = b.new_page()
            dialogs: list[str] = []
            requests: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            url = out.resolve().as_uri()
            page.route("**/*", lambda route: route.continue_() if route.request.url == url
                       else (requests.append(route.request.url), route.abort()))
            page.goto(url)
            page.wait_for_timeout(1500)
            text = page.evaluate("document.documentElement.outerHTML")
        finally:
            b.close()
    assert dialogs == [] and requests == []
    assert "alert('kg')" in text


def test_hostile_entity_names_from_the_api(cli, tmp_path):
    """Entity names from text never hold these characters (the extractor cleans names), but the
    Python API accepts any: an entity named with Cypher, quotes, backticks, braces and <script> is
    stored, found, answered and drawn intact and inert."""
    import dataclasses

    from kg import api
    from kg.graph.embedded import EmbeddedStore
    from kg.loaders.reader import document_from_text

    evil = "x'}) DETACH DELETE n // `Open` {AI} \"<script>alert('name')</script>"
    ex = api.extract_document(document_from_text("OpenAI competes with DeepSeek. DeepSeek competes with Alibaba.",
                                                 "api", language="en"))
    ex.entities = [dataclasses.replace(e, name=evil, mentions=[evil]) if e.name == "OpenAI" else e
                   for e in ex.entities]
    data = tmp_path / "kg"
    with EmbeddedStore(data) as store:
        api.ingest_extractions(store, [ex])
    before = counts(data)
    r = cli("cypher", "MATCH (e:Entity {name: $n}) RETURN e.name AS name", "-p", "n=" + evil, "--json",
            "--data-dir", data)
    assert json.loads(r.stdout) == [{"name": evil}]
    out = tmp_path / "a.html"
    r = cli("ask", "who competes with DeepSeek", "--data-dir", data, "--html", out)
    assert r.code == 0 and evil in r.stdout, r.all
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(" not in page and "alert('name')" in page
    r = cli("viz", "--out", tmp_path / "v.html", "--data-dir", data)
    assert r.code == 0 and "<script>alert(" not in (tmp_path / "v.html").read_text(encoding="utf-8")
    assert counts(data) == before


@pytest.mark.parametrize("args", [
    ["forget", "https://w3id.org/kg-news/id/doc/nope"],
    ["forget", HOSTILE],
    ["export", "-o", "/proc/kg-nope/out.ttl"],
    ["export", "--document", "<script>"],
    ["viz", "--out", "/proc/kg-nope.html"],
    ["viz", "x'}) DETACH DELETE n //", "--out", "{tmp}/v.html"],
    ["ask", "who competes with DeepSeek", "--html", "/proc/kg-nope.html"],
    ["analyze", "centrality", "--html", "/proc/kg-nope.html"],
], ids=["forget-unknown", "forget-hostile", "export-bad-path", "export-unknown-doc", "viz-bad-path",
        "viz-hostile-entity", "ask-html-bad-path", "analyze-html-bad-path"])
def test_other_commands_bad_input(cli, graph_dir, tmp_path, args):
    """The other entry points: a bad output path or an unknown document/entity is one line, exit 1,
    and the graph is unchanged."""
    before = counts(graph_dir)
    r = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--data-dir", graph_dir)
    assert r.code == 1 and "Traceback" not in r.all
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(errors) == 1 and r.stderr.splitlines()[-1] == errors[0], r.stderr  # notes may come before
    assert counts(graph_dir) == before
