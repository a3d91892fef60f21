"""kg ask / kg cypher / kg viz, driven in-process on an embedded store holding the seed graph."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from queries.samples import seed_graph


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    from kg.graph.embedded import EmbeddedStore

    d = tmp_path_factory.mktemp("cli") / "kg"
    store = EmbeddedStore(d)
    store.write(seed_graph())
    store.close()  # the commands open it themselves
    return str(d)


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_ask_prints_answer_with_evidence_and_source(data_dir):
    r = run("ask", "who competes with DeepSeek", "--data-dir", data_dir)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == "Competitors of DeepSeek: QwQ-32B, Alibaba."
    assert lines[1].startswith("1. QwQ-32B (AI model): DeepSeek —released→ DeepSeek R1 —competes with— QwQ-32B")
    assert "konkurrieren" in r.output and "examples/alibaba-qwq-32b.de.txt" in r.output
    assert "MATCH" not in r.output


def test_ask_german_json_and_cypher(data_dir):
    r = run("ask", "wer hat Alibaba gegründet?", "--json", "--data-dir", data_dir)
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["language"] == "de" and [i["node"]["name"] for i in data["items"]] == ["Jack Ma"]
    assert data["items"][0]["evidence"][0]["sentence"].startswith("Die Anleger")
    r = run("ask", "was", "hat", "OpenAI", "veröffentlicht", "--show-cypher", "--data-dir", data_dir)
    assert r.exit_code == 0 and "Cypher:" in r.output and "`RELEASED`" in r.output and "params:" in r.output


def test_ask_html(data_dir, tmp_path):
    out = tmp_path / "answer.html"
    r = CliRunner().invoke(app, ["ask", "how is Alibaba connected to DeepSeek", "--html", str(out),
                                 "--data-dir", data_dir])
    assert r.exit_code == 0 and out.exists()
    assert "QwQ-32B" in out.read_text(encoding="utf-8")


def test_not_understood_exits_2_with_the_kinds(data_dir):
    r = CliRunner().invoke(app, ["ask", "what is the meaning of life", "--data-dir", data_dir])
    assert r.exit_code == 2 and "who competes with DeepSeek" in r.output and "was geschah im März 2025?" in r.output
    r = CliRunner().invoke(app, ["ask", "blah", "--json", "--data-dir", data_dir])
    assert r.exit_code == 2 and json.loads(r.output)["error"] == "not understood"


def test_nothing_found_and_unknown_entity_exit_1(data_dir):
    r = CliRunner().invoke(app, ["ask", "who founded DeepSeek", "--data-dir", data_dir])
    assert r.exit_code == 1 and "No founder of DeepSeek" in r.output
    r = CliRunner().invoke(app, ["ask", "who competes with Microsoft", "--data-dir", data_dir])
    assert r.exit_code == 1 and "Microsoft" in r.output


def test_cypher_table_json_and_read_only(data_dir):
    r = run("cypher", "MATCH (c:Company) RETURN c.name AS name ORDER BY name", "--data-dir", data_dir)
    assert r.exit_code == 0 and "Union Bancaire Privée" in r.output and "7 row(s)" in r.output
    r = run("cypher", "MATCH (n:Entity {name: $n}) RETURN n.iri AS iri", "-p", "n=Alibaba", "--json",
            "--data-dir", data_dir)
    assert json.loads(r.output) == [{"iri": "https://w3id.org/kg-news/id/alibaba"}]
    r = CliRunner().invoke(app, ["cypher", "CREATE (n:Entity {iri: 'x'})", "--data-dir", data_dir])
    assert r.exit_code == 1 and "refused" in r.output
    r = run("cypher", "MATCH (n:Entity {iri: 'x'}) RETURN count(n) AS n", "--json", "--data-dir", data_dir)
    assert json.loads(r.output) == [{"n": 0}]
    r = run("cypher", "CREATE (n:Entity {iri: 'urn:tmp'}) RETURN n.iri AS iri", "--write", "--data-dir", data_dir)
    assert r.exit_code == 0 and "urn:tmp" in r.output
    r = run("cypher", "MATCH (n:Entity {iri: 'urn:tmp'}) DELETE n", "--write", "--data-dir", data_dir)
    r = run("cypher", "MATCH (n:Entity {iri: 'urn:tmp'}) RETURN count(n) AS n", "--json", "--data-dir", data_dir)
    assert json.loads(r.output) == [{"n": 0}]


def test_viz_entity_and_whole_graph(data_dir, tmp_path):
    out = tmp_path / "alibaba.html"
    r = run("viz", "alibaba group", "--depth", "2", "--out", str(out), "--data-dir", data_dir)
    assert r.exit_code == 0 and out.exists() and "Wrote" in r.output
    assert "DeepSeek R1" in out.read_text(encoding="utf-8")
    out2 = tmp_path / "all.html"
    r = run("viz", "--out", str(out2), "--data-dir", data_dir)
    assert r.exit_code == 0 and "26 nodes" in r.output
    r = CliRunner().invoke(app, ["viz", "Nonexistent Corp", "--out", str(out2), "--data-dir", data_dir])
    assert r.exit_code == 1


def test_help_has_examples():
    for cmd in ("ask", "cypher", "viz"):
        r = run(cmd, "--help")
        assert r.exit_code == 0 and "Example" in r.output
