"""Fixtures of the hardening tests (helpers in ``helpers.py``)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from hardening.helpers import Run


@pytest.fixture
def cli(monkeypatch):
    """``cli(*args)``: the kg app in this process (the JVM is shared by the whole test session)."""
    from kg.cli import app

    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("KG_DATA_DIR", raising=False)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    runner = CliRunner()

    def run(*args: str | Path, input: bytes | str | None = None, env: dict[str, str] | None = None) -> Run:
        res = runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=True)
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            raise res.exception  # an exception that escaped the CLI boundary: the test fails with it
        return Run(res.exit_code, res.stdout, res.stderr)

    return run


