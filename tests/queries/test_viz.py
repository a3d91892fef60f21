"""HTML pictures without a browser: self-contained, escaped, styled by type, laid out when large."""

from __future__ import annotations

import json
import re

from kg.queries.api import ask, picture
from kg.queries.viz import PHYSICS_THRESHOLD, Picture

HOSTILE = "<img src=x onerror=alert(1)>"


def page_data(html: str) -> dict:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def test_page_is_self_contained(seed_store):
    html = ask(seed_store, "who competes with DeepSeek").picture().html()
    assert "vis.Network" in html and "vis-network" in html  # the library is inlined
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)  # nothing to fetch
    assert "cdnjs.cloudflare" not in html and "jsdelivr" not in html  # pyvis's CDN template is not used
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_answer_subgraph_nodes_edges_and_legend(seed_store):
    pic = ask(seed_store, "who competes with DeepSeek").picture()
    data = page_data(pic.html())
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {"DeepSeek", "DeepSeek R1", "QwQ-32B", "Alibaba"}
    shapes = {n["label"]: (n["shape"], n["color"]) for n in data["nodes"]}
    assert shapes["DeepSeek"] == shapes["Alibaba"] != shapes["QwQ-32B"] == shapes["DeepSeek R1"]
    edge_labels = sorted(e["label"] for e in data["edges"])
    assert edge_labels == ["competes with", "released", "released"]
    tips = "\n".join(e["title"] for e in data["edges"])
    assert "konkurrieren" in tips and "Alibaba: Aktienrallye dank KI-Modell" in tips  # evidence and source
    assert "AI model (2)" in pic.html() and "Company (2)" in pic.html()  # legend
    assert data["options"]["physics"]["enabled"] is True


def test_neighbourhood_and_whole_graph(seed_store):
    one = picture(seed_store, "Alibaba", depth=1)
    names = {n["label"] for n in one.nodes.values()}
    assert {"Alibaba", "QwQ-32B", "Jack Ma", "Hangzhou"} <= names and "DeepSeek R1" not in names
    assert any(n["group"] == "StockMove" for n in one.nodes.values())
    two = picture(seed_store, "Alibaba", depth=2)
    assert "DeepSeek R1" in {n["label"] for n in two.nodes.values()}
    whole = picture(seed_store)
    assert len(whole.nodes) == 26 and not any(n["group"] == "Document" for n in whole.nodes.values())
    de = picture(seed_store, "Alibaba", lang="de")
    assert "veröffentlichte" in {e["label"] for e in de.edges.values()}


def test_article_text_is_escaped():
    pic = Picture(title=f"title {HOSTILE}", subtitle="</script><script>alert(2)</script>")
    pic.add_node("urn:x", HOSTILE, "Company", tooltip="</script><b>bold</b>")
    pic.add_node("urn:y", "Y", "Person")
    pic.add_edge("urn:x", "foundedBy", "urn:y")
    html = pic.html()
    assert HOSTILE not in html and "<b>bold</b>" not in html
    assert "</script><script>alert(2)" not in html and "</script><b>" not in html  # no early end of a script
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the heading shows it as text
    assert page_data(html)["nodes"][0]["label"] == HOSTILE  # the data keeps it as text


def test_large_pictures_are_laid_out_here_with_physics_off():
    pic = Picture(title="big")
    n = PHYSICS_THRESHOLD + 50
    for i in range(n):
        pic.add_node(f"urn:{i}", f"N{i}", "Company" if i % 2 else "AIModel")
    for i in range(n):
        pic.add_edge(f"urn:{i}", "competesWith", f"urn:{(i * 7 + 1) % n}", symmetric=True)
    data = page_data(pic.html())
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(nd["x"], float) and isinstance(nd["y"], float) for nd in data["nodes"])
    assert len({(nd["x"], nd["y"]) for nd in data["nodes"]}) > n * 0.9  # spread out, not piled up


def test_repr_html_for_jupyter(seed_store):
    answer = ask(seed_store, "who founded Alibaba")
    frag = answer.picture()._repr_html_()
    assert frag.startswith("<iframe srcdoc=") and "&lt;script" in frag and "<script" not in frag
    page = answer._repr_html_()
    assert page.startswith("<p><b>Alibaba was founded by: Jack Ma.</b></p>") and "<iframe" in page
