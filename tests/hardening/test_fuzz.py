"""Property-based tests (hypothesis), bounded for CI: the question parser and ``kg extract`` on
random text never crash; what they return is well formed."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.queries.errors import NotUnderstood
from kg.queries.parse import parse

PIECES = ["who", "competes", "with", "wer", "konkurriert", "mit", "tell", "me", "about", "what", "happened", "in",
          "March", "2025", "März", "founded", "gegründet", "hat", "DeepSeek", "OpenAI", "Alibaba's", "?", "'", "\"",
          "`", "{", "}", "<script>", "$x", "//", "DETACH", "DELETE", "n", "between", "and", "Q1", "\x00", "…", "„",
          "how", "is", "connected", "to", "wie", "ist", "verbunden"]
questions = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join))

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])


@FUZZ
@given(q=questions)
def test_parser_never_crashes(q):
    try:
        intent = parse(q)
    except NotUnderstood as e:
        assert e.question == q and e.help_text
        return
    assert intent.question == q
    for name in intent.entities:
        assert name and name.strip() == name
        assert name in " ".join(q.split())  # a piece of the question, as written


WORDS = ["Alibaba", "OpenAI", "DeepSeek", "stieg", "um", "8,6", "Prozent", "$3.5", "billion", "competes", "with",
         "invested", "in", "released", "the", "model", "R1", "am", "Mittwoch", ".", ",", "\n", "'", "\"", "`", "{",
         "}", "<script>", "Ü", "ß", "\t", "\r\n", "\u200b", "\ufeff"]
texts = st.one_of(st.text(min_size=1, max_size=300), st.lists(st.sampled_from(WORDS), min_size=1, max_size=60)
                  .map(" ".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, fmt=st.sampled_from(["json", "nt"]))
def test_kg_extract_on_random_text(text, fmt):
    """``kg extract -`` on random text: exit 0 with well-formed output, or one Error line (empty,
    binary...) with exit 1; never a traceback."""
    res = CliRunner().invoke(app, ["extract", "-", "--format", fmt], input=text.encode("utf-8", "surrogatepass"))
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    assert "Traceback" not in res.stderr
    if res.exit_code == 0:
        if fmt == "json":
            data = json.loads(res.stdout)
            iris = {e["iri"] for e in data["entities"]}
            assert all(r["subject"] in iris and r["object"] in iris for r in data["relations"])
        return
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: <stdin>: "), res.stderr
