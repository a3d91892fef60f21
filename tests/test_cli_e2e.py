"""End to end: the CLI on the example article, in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "alibaba-qwq-32b.de.txt"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "seed" / "alibaba-qwq-32b.gold.json"
SCORER = SHARED / "eval" / "score_extraction.py"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_help_has_examples():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "ingest", "ask", "cypher", "viz"):
        assert command in result.output
        sub = run(command, "--help")
        assert sub.exit_code == 0, command
        assert "Example" in sub.output, f"kg {command} --help has no example"


def test_extract_json_contract():
    result = run("extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"entities", "relations", "attributes", "events"} <= set(data)
    names = {e["name"] for e in data["entities"]}
    assert {"Alibaba", "QwQ-32B", "DeepSeek R1"} <= names
    for r in data["relations"]:
        assert r["subject"].startswith("http") and r["object"].startswith("http")
        assert r["evidence"] and 0 < r["confidence"] <= 1
    moves = [e for e in data["events"] if e["type"] == "StockMove"]
    assert any(abs(e["percent"] - 8.6) < 0.01 for e in moves)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
def test_seed_scores_with_the_shared_scorer(tmp_path):
    out = tmp_path / "pred.json"
    out.write_text(run("extract", str(SEED)).stdout, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(out), "--json"], capture_output=True, text=True, check=True
    )
    score = json.loads(proc.stdout)
    assert score["relations"]["f1"] >= 0.9, score["relations"]
    assert score["events"]["recall"] == 1.0
    assert score["attributes"]["recall"] == 1.0


def test_extract_min_confidence_leaves_out_guesses(tmp_path):
    article = tmp_path / "a.en.txt"
    # the role-at guess ("a veteran trader at ...") carries 0.5; a pattern rule's facts carry more
    article.write_text("Maria Rao, a veteran trader at Menlo Ventures, said Anthropic released Claude Opus 4.5.", encoding="utf-8")
    every = json.loads(run("extract", str(article)).stdout)
    stated = json.loads(run("extract", str(article), "--min-confidence", "0.55").stdout)
    assert any(r["confidence"] < 0.55 for r in every["relations"])
    assert stated["relations"] and all(r["confidence"] >= 0.55 for r in stated["relations"])
    assert len(stated["relations"]) < len(every["relations"])
    assert run("extract", str(article), "--min-confidence", "2").exit_code != 0


def test_extract_turtle_parses(tmp_path):
    from rdflib import Graph

    result = run("extract", str(SEED), "--format", "turtle")
    assert result.exit_code == 0
    g = Graph().parse(data=result.stdout, format="turtle")
    assert len(g) > 50


def test_ingest_twice_then_ask(tmp_path):
    data_dir = str(tmp_path / "store")
    first = run("ingest", str(SEED), "--data-dir", data_dir, "--json")
    assert first.exit_code == 0, first.output
    count = run("cypher", "MATCH (n) RETURN count(n) AS n", "--data-dir", data_dir, "--json")
    rels = run("cypher", "MATCH ()-[r]->() RETURN count(r) AS n", "--data-dir", data_dir, "--json")
    again = run("ingest", str(SEED), "--data-dir", data_dir, "--json")
    assert again.exit_code == 0
    # the same article again changes nothing
    assert run("cypher", "MATCH (n) RETURN count(n) AS n", "--data-dir", data_dir, "--json").stdout == count.stdout
    assert run("cypher", "MATCH ()-[r]->() RETURN count(r) AS n", "--data-dir", data_dir, "--json").stdout == rels.stdout

    html = tmp_path / "answer.html"
    answer = run("ask", "who competes with DeepSeek", "--data-dir", data_dir, "--json", "--html", str(html))
    assert answer.exit_code == 0, answer.output
    data = json.loads(answer.stdout)
    names = {item["node"]["name"] for item in data["items"]}
    assert {"QwQ-32B", "Alibaba"} <= names
    assert all(item["evidence"] for item in data["items"])
    page = html.read_text(encoding="utf-8")
    assert "QwQ-32B" in page and "<script src=\"http" not in page


def test_cli_subprocess_error_is_one_line(tmp_path):
    kg = Path(sys.executable).with_name("kg")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    proc = subprocess.run([str(kg), "extract", str(empty)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0, proc.stderr
    assert not (tmp_path / "log").exists()
