"""``kg analyze`` end to end on a real embedded store: tables, JSON, HTML, errors."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.model import Node, PropertyGraph, Relationship
from kg.ontology import ID, KG, load, rel_type, slugify

runner = CliRunner()
DOC_MAR, DOC_APR = str(ID["doc/cli-mar"]), str(ID["doc/cli-apr"])
EVIL = 'Evil <script>alert("x")</script> & Co'


def _node(name: str, type_: str, doc: str) -> Node:
    return Node(str(ID["cli-" + slugify(name)]),
                list(reversed(load().superclasses(type_))), {"name": name, "type": type_, "sources": [doc]})


def _rel(a: Node, predicate: str, b: Node, doc: str) -> Relationship:
    ev = f"{a.props['name']} {predicate} {b.props['name']}."
    return Relationship(rel_type(predicate), a.iri, b.iri, {
        "predicate": predicate, "ontologyIri": str(KG[predicate]), "sources": [doc], "provenanceKeys": [f"{doc}|{ev}"],
        "evidence": [ev], "evidenceSources": [doc], "charStarts": [0], "charEnds": [len(ev)], "confidences": [0.8],
        "assertions": [""]})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """Two triangles of companies joined by Hub; Hub's links arrive in April; one entity with a hostile name."""
    from kg.graph.embedded import EmbeddedStore

    folder = tmp_path_factory.mktemp("analyze-cli")
    n = {name: _node(name, "Company", DOC_MAR) for name in ["A1", "A2", "A3", "B1", "B2", "B3"]}
    n["Hub"] = _node("Hub", "Company", DOC_APR)
    n["Evil"] = _node(EVIL, "Company", DOC_MAR)
    n["M"] = _node("Model M", "AIModel", DOC_MAR)
    rels = [_rel(n[a], "competesWith", n[b], DOC_MAR) for a, b in
            [("A1", "A2"), ("A2", "A3"), ("A1", "A3"), ("B1", "B2"), ("B2", "B3"), ("B1", "B3")]]
    rels += [_rel(n["Hub"], "partnersWith", n[x], DOC_APR) for x in ("A1", "B1", "A2", "B2")]
    rels += [_rel(n["Evil"], "competesWith", n["A3"], DOC_MAR), _rel(n["A1"], "released", n["M"], DOC_MAR)]
    docs = [Node(DOC_MAR, ["Document"], {"title": "m", "published": date(2025, 3, 10), "contentHash": "x1"}),
            Node(DOC_APR, ["Document"], {"title": "a", "published": date(2025, 4, 15), "contentHash": "x2"})]
    with EmbeddedStore(folder) as store:
        store.write(PropertyGraph(list(n.values()) + docs, rels))
    return folder


def run(data_dir, *args: str):
    result = runner.invoke(app, ["analyze", *args, "--data-dir", str(data_dir)])
    return result


def test_centrality_table_and_json(data_dir):
    table = run(data_dir, "centrality", "--measure", "degree", "--top", "3")
    assert table.exit_code == 0, table.output
    lines = [line for line in table.stdout.splitlines() if re.match(r"^│\s+\d", line)]
    # A1 and Hub have four links each and share first place (ties listed by name); A2 has three
    assert len(lines) == 3 and "A1" in lines[0] and "Hub" in lines[1] and "A2" in lines[2]
    assert lines[0].startswith("│ 1 ") and lines[1].startswith("│ 1 ") and lines[2].startswith("│ 3 ")
    out = json.loads(run(data_dir, "centrality", "--measure", "betweenness", "--json").stdout)
    assert out["measure"] == "betweenness" and out["scores"][0]["name"] == "Hub"
    assert out["nodes"] == 9 and out["edges"] == 12 and len(out["scores"]) == 9


def test_centrality_as_of_and_filters(data_dir):
    march = json.loads(run(data_dir, "centrality", "--as-of", "2025-03-31", "--json", "--top", "20").stdout)
    assert "Hub" not in {s["name"] for s in march["scores"]} and march["as_of"] == "2025-03-31"
    models = json.loads(run(data_dir, "centrality", "--types", "AIModel,company", "--relations", "released",
                            "--json").stdout)
    assert models["types"] == ["AIModel", "Company"] and models["relations"] == ["RELEASED"]
    assert models["edges"] == 1 and {s["name"] for s in models["scores"][:2]} == {"A1", "Model M"}


def test_communities_named_after_their_centre(data_dir):
    out = json.loads(run(data_dir, "communities", "--relations", "competesWith", "--json").stdout)
    groups = {c["name"]: {m["name"] for m in c["members"]} for c in out["communities"]}
    assert groups == {"A3": {"A1", "A2", "A3", EVIL}, "B1": {"B1", "B2", "B3"}}


def test_timeline_by_month(data_dir):
    out = json.loads(run(data_dir, "timeline", "--period", "month", "--measure", "degree", "--top", "1",
                         "--json").stdout)
    assert [p["label"] for p in out["periods"]] == ["2025-03", "2025-04"]
    hub = next(r for r in out["rows"] if r["name"] == "Hub")
    assert hub["ranks"] == [None, 1]
    table = run(data_dir, "timeline", "--period", "quarter")
    assert table.exit_code == 0 and "2025-Q1" in table.stdout and "2025-Q2" in table.stdout


def test_html_picture_is_self_contained_and_escaped(data_dir, tmp_path):
    page = tmp_path / "c.html"
    result = run(data_dir, "communities", "--html", str(page))
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "vis.Network" in text and "Hub" in text
    assert "<script>alert" not in text  # the hostile name travels escaped
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", text)  # no request leaves the page
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S).group(1))
    names = {n["label"]: n for n in data["nodes"]}
    assert EVIL in names and names["Hub"]["size"] > names["B3"]["size"]  # size follows centrality
    assert names["A1"]["color"] == names["A2"]["color"] != names["B1"]["color"]  # colour follows community
    assert names["Model M"]["shape"] != names["A1"]["shape"]  # shape follows type, as in the other pictures
    assert "Content-Security-Policy" in text
    legend = re.findall(r"</span> ([^<]+) \((\d+)\)</div>", text)  # communities by name and size
    assert len(legend) >= 2 and all(name in names for name, _ in legend)
    assert sum(int(n) for _, n in legend) <= len(names)


def test_errors_are_one_line(data_dir, tmp_path):
    bad = run(data_dir, "centrality", "--types", "Compnay")
    assert bad.exit_code == 1 and "unknown entity type 'Compnay'" in bad.output and "Traceback" not in bad.output
    bad = run(data_dir, "centrality", "--relations", "likes")
    assert bad.exit_code == 1 and "unknown relation 'likes'" in bad.output
    bad = run(data_dir, "timeline", "--as-of", "31.03.2025")
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output
    empty = runner.invoke(app, ["analyze", "centrality", "--data-dir", str(tmp_path / "nothing")])
    assert empty.exit_code == 1 and "no graph in" in empty.output and not (tmp_path / "nothing").exists()


def test_neo4j_backend_without_gds_falls_back_with_a_note(data_dir):
    result = run(data_dir, "centrality", "--backend", "neo4j", "--top", "1")
    assert result.exit_code == 0
    assert "no Graph Data Science" in result.stderr and "computing with networkx" in result.stderr
    assert "│ 1 │ A1 " in result.stdout  # A1 also holds the model's only link


@pytest.mark.browser
def test_picture_draws_in_chromium(data_dir, tmp_path):
    page = tmp_path / "p.html"
    assert run(data_dir, "centrality", "--html", str(page)).exit_code == 0
    proc = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
                           "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert "<canvas" in proc.stdout, proc.stderr[-2000:]
