"""The HTML pictures in a real headless browser (Debian's chromium), with every network request
blocked and recorded: no console errors, no request, the expected nodes, no script from labels.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.queries.api import ask, picture
from kg.queries.viz import Picture

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
HOSTILE = "<img src=x onerror=alert(1)>"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        try:
            yield b
        finally:
            b.close()


class Visit:
    """One page load: requests other than the page itself are blocked and recorded."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 720):
        self.page_url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: r.url != self.page_url and self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.context.route("**/*", lambda route: route.continue_() if route.request.url == self.page_url
                           else route.abort())
        self.page.goto(self.page_url)
        self.page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=60_000)

    def labels(self) -> list[str]:
        return self.page.evaluate("window.kgNodes.get().map(n => n.label)")

    def hover(self, node_id: str) -> str:
        """Move the mouse onto a node and return the tooltip's text."""
        pos = self.page.evaluate(
            """(id) => { const p = window.kgNetwork.getPosition(id); const d = window.kgNetwork.canvasToDOM(p);
                         const r = document.getElementById('kg-graph').getBoundingClientRect();
                         return {x: d.x + r.left, y: d.y + r.top}; }""", node_id)
        self.page.mouse.move(pos["x"], pos["y"])
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
        return self.page.inner_text("div.vis-tooltip")

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        out = ARTIFACTS / name
        self.page.screenshot(path=str(out))
        return out

    def close(self) -> None:
        self.context.close()


def test_answer_page_loads_offline(browser, seed_store, tmp_path):
    path = ask(seed_store, "who competes with DeepSeek").picture().save(tmp_path / "answer.html")
    v = Visit(browser, path)
    try:
        assert sorted(v.labels()) == ["Alibaba", "DeepSeek", "DeepSeek R1", "QwQ-32B"]
        assert v.page.evaluate("window.kgEdges.length") == 3
        assert "Company (2)" in v.page.inner_text("#kg-legend")
        tip = v.hover("https://w3id.org/kg-news/id/qwq-32b")
        assert "QwQ-32B" in tip
        assert v.shot("answer-competitors.png").stat().st_size > 5000
        assert v.requests == [] and v.errors == []
    finally:
        v.close()


def test_neighbourhood_page_with_evidence_tooltips(browser, seed_store, tmp_path):
    path = picture(seed_store, "Alibaba", depth=2).save(tmp_path / "alibaba.html")
    v = Visit(browser, path)
    try:
        labels = v.labels()
        assert {"Alibaba", "QwQ-32B", "Jack Ma", "DeepSeek R1", "OpenAI o1"} <= set(labels)
        v.page.wait_for_timeout(300)
        v.shot("neighbourhood-alibaba.png")
        assert v.requests == [] and v.errors == []
    finally:
        v.close()


def test_hostile_label_runs_no_script(browser, tmp_path):
    pic = Picture(title=HOSTILE, subtitle="<script>window.pwned = 1</script>")
    pic.add_node("urn:evil", HOSTILE, "Company", tooltip="</script><img src=y onerror=alert(2)>")
    pic.add_node("urn:ok", "Fine", "Person")
    pic.add_edge("urn:evil", "foundedBy", "urn:ok")
    v = Visit(browser, pic.save(tmp_path / "hostile.html"))
    try:
        assert HOSTILE in v.labels()
        assert HOSTILE in v.page.inner_text("#kg-header h1")  # shown as text
        tip = v.hover("urn:evil")
        assert HOSTILE in tip and "onerror=alert(2)" in tip  # the tooltip shows the text too
        assert v.page.evaluate("document.querySelectorAll('img').length") == 0
        assert v.page.evaluate("typeof window.pwned") == "undefined"
        v.page.wait_for_timeout(300)
        assert v.dialogs == [] and v.requests == [] and v.errors == []
        v.shot("hostile-label.png")
    finally:
        v.close()


def test_five_thousand_nodes_page(browser, tmp_path):
    import random

    rnd = random.Random(5)
    pic = Picture(title="5,000 nodes, 10,000 edges")
    types = ["Company", "AIModel", "Person", "Product", "Place", "Benchmark"]
    for i in range(5000):
        pic.add_node(f"urn:n{i}", f"Node {i}", types[i % len(types)])
    while len(pic.edges) < 10_000:
        a, b = rnd.randrange(5000), rnd.randrange(5000)
        if a != b:
            pic.add_edge(f"urn:n{a}", "competesWith", f"urn:n{b}", symmetric=True)
    v = Visit(browser, pic.save(tmp_path / "big.html"))
    try:
        assert v.page.evaluate("window.kgNodes.length") == 5000
        assert v.page.evaluate("window.kgEdges.length") == 10_000
        # interactive: a zoom answers (physics is off, positions were computed beforehand)
        v.page.evaluate("window.kgNetwork.moveTo({scale: 0.5})")
        assert abs(v.page.evaluate("window.kgNetwork.getScale()") - 0.5) < 1e-6
        assert v.page.evaluate("window.kgNetwork.physics.options.enabled") is False
        # edge labels of a clicked node appear (all 10,000 at once would make every redraw slow)
        v.page.evaluate("window.kgNetwork.focus('urn:n0', {scale: 1.0, animation: false})")
        pos = v.page.evaluate("""() => { const d = window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition('urn:n0'));
                                        const r = document.getElementById('kg-graph').getBoundingClientRect();
                                        return {x: d.x + r.left, y: d.y + r.top}; }""")
        v.page.mouse.click(pos["x"], pos["y"])  # selects urn:n0 or a node drawn over it
        sizes = v.page.evaluate("""() => window.kgNetwork.getConnectedEdges(window.kgNetwork.getSelectedNodes()[0])
                                         .map(id => (window.kgEdges.get(id).font || {}).size)""")
        assert sizes and all(s == 12 for s in sizes)
        v.shot("five-thousand-nodes.png")
        assert v.requests == [] and v.errors == []
    finally:
        v.close()
