"""The graph commands in-process: kg export, kg forget, kg sync."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.embedded import EmbeddedStore
from kg.graph.mapping import rdf_to_property_graph

from graph.samples import second_doc, seed_doc, to_rdf

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "kg"
    with EmbeddedStore(folder) as store:
        g = to_rdf(seed_doc(), assertion_iris=True) + to_rdf(second_doc(), assertion_iris=True)
        store.write(rdf_to_property_graph(g))
    return folder


def run(*args, env=None):
    # Without a given env the commands must use the embedded store even when NEO4J_URI is set.
    return runner.invoke(app, list(args), env=env or {"NEO4J_URI": None}, catch_exceptions=False)


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_export(data_dir, fmt, parser):
    result = run("export", "--format", fmt, "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.stdout, format=parser)
    expected = to_rdf(seed_doc(), assertion_iris=True) + to_rdf(second_doc(), assertion_iris=True)
    assert isomorphic(g, expected)


def test_export_to_file_and_one_document(data_dir, tmp_path):
    out = tmp_path / "b.ttl"
    result = run("export", "--document", "b.txt", "-o", str(out), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    g = Graph().parse(out)
    assert all(t in g for t in to_rdf(second_doc(), assertion_iris=True))


def test_forget_by_source_and_unknown(data_dir):
    result = run("forget", "b.txt", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    assert "Removed" in result.stdout
    again = run("forget", "b.txt", "--data-dir", str(data_dir))
    assert again.exit_code == 1 and "no document 'b.txt'" in again.output


def test_sync_needs_a_uri(data_dir):
    result = run("sync", "--data-dir", str(data_dir))
    assert result.exit_code == 1 and "NEO4J_URI" in result.output


@pytest.mark.server
def test_sync_with_env_settings(data_dir, bolt_server, bolt_store):
    env = bolt_server.env()
    result = run("sync", "--data-dir", str(data_dir), "--json", env=env)
    assert result.exit_code == 0, result.output
    assert '"synced"' in result.stdout and bolt_server.password not in result.output
    again = run("sync", "--data-dir", str(data_dir), env=env)
    assert "Synced 0 document(s)" in again.stdout and "2 unchanged" in again.stdout
    exported = run("export", "-f", "nt", env=env)  # NEO4J_URI set: export reads the server
    assert isomorphic(Graph().parse(data=exported.stdout, format="nt"),
                      to_rdf(seed_doc(), assertion_iris=True) + to_rdf(second_doc(), assertion_iris=True))


@pytest.mark.server
def test_wrong_password_is_one_line_without_the_password(data_dir, bolt_server):
    env = {**bolt_server.env(), "NEO4J_PASSWORD": "hunter2-wrong"}
    result = run("sync", "--data-dir", str(data_dir), env=env)
    assert result.exit_code == 1
    assert "hunter2-wrong" not in result.output
    assert bolt_server.uri in result.output and "Traceback" not in result.output
