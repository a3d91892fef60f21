"""The extractor on the seed article, scored with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from kg.loaders.extract import extract
from kg.loaders.reader import document_from_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "alibaba-qwq-32b.de.txt"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "seed" / "alibaba-qwq-32b.gold.json"
SCORER = SHARED / "eval" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()), reason="shared seed data not present")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_seed_scores():
    doc = document_from_text(SEED.read_text(encoding="utf-8"), str(SEED), published=date(2025, 3, 6))
    pred = json.loads(json.dumps(extract(doc).to_json()))
    result = _scorer().score(json.loads(GOLD.read_text(encoding="utf-8")), pred)
    assert result["relations"]["f1"] >= 0.95, result["relations"]
    # every required relation of the seed has been found for many rounds; losing one (as a stricter type check on
    # "outperforms" once did) is a regression even while F1 stays above the goal
    assert result["relations"]["recall"] == 1.0, result["relations"]["missed"]
    assert result["events"]["recall"] == 1.0
    assert result["attributes"]["recall"] == 1.0
    assert result["entities"]["recall"] >= 0.95
