"""Helpers of the hardening tests: the real ``kg`` CLI in-process (typer's CliRunner) and as a
subprocess, counts of the embedded store, small articles that extract quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
KG = Path(sys.executable).with_name("kg")

ARTICLE_EN = (
    "OpenAI competes with DeepSeek. Alibaba released the model QwQ-32B on March 5, 2025. "
    "The Alibaba shares rose by 8.6 percent in Hong Kong."
)
ARTICLE_DE = (
    "Die Aktie von Baidu stieg am Mittwoch um 4,2 Prozent. Baidu konkurriert mit Alibaba. "
    "Der Münchner Konzern Siemens investiert 5 Millionen Euro in Aleph Alpha."
)
MORE = [
    "Anthropic competes with OpenAI. Amazon invested $4 billion in Anthropic.",
    "Mistral AI released the model Mistral Large. Mistral AI competes with OpenAI.",
    "Nvidia shares fell by 3.1 percent. Microsoft invested $10 billion in OpenAI.",
    "DeepSeek released the model R1. DeepSeek competes with Alibaba.",
    "Google DeepMind released the model Gemini 2.0. Google DeepMind competes with OpenAI.",
]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def all(self) -> str:
        return self.stdout + self.stderr


def assert_one_line_error(r: Run, *, code: int | None = None) -> str:
    """Non-zero exit, exactly one line on stderr starting with ``Error:``, no traceback anywhere."""
    assert r.code != 0, r
    if code is not None:
        assert r.code == code, r
    assert "Traceback" not in r.all and "Exception in thread" not in r.all, r.all
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


def kg_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    env.update(extra)
    return env


def run_kg(*args: str | Path, env: dict[str, str] | None = None, input: bytes | None = None,
           timeout: float = 180) -> Run:
    """The installed ``kg`` command as a subprocess."""
    p = subprocess.run([str(KG), *map(str, args)], capture_output=True, input=input, timeout=timeout,
                       env=env or kg_env(), cwd=ROOT)
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def counts(data_dir: Path) -> tuple[int, int]:
    """(nodes, relationships) of the embedded store in ``data_dir``; opened and closed again."""
    from kg.graph.embedded import EmbeddedStore

    store = EmbeddedStore(data_dir)
    try:
        n = store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
        r = store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        return int(n), int(r)
    finally:
        store.close()


def write_articles(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, t in enumerate(texts):
        p = folder / f"a{i:02d}.txt"
        p.write_text(t, encoding="utf-8")
        out.append(p)
    return out


def jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
                    + "\n", encoding="utf-8")
    return path
