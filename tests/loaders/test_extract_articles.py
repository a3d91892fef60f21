"""Own test articles (German and English, tests/data/articles) scored with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from kg.loaders.extract import extract
from kg.loaders.reader import document_from_text

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"
SCORER = ROOT.parent / "shared" / "eval" / "score_extraction.py"
GOLDS = sorted(ARTICLES.glob("*.gold.json"))

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not present")


def _score(gold_path: Path) -> dict:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    doc = document_from_text(text_path.read_text(encoding="utf-8"), str(text_path), language=gold["language"],
                             published=date.fromisoformat(gold["published"]))
    pred = json.loads(json.dumps(extract(doc).to_json()))
    return mod.score(gold, pred)


def test_there_are_articles_in_both_languages():
    langs = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in GOLDS]
    assert langs.count("de") >= 3 and langs.count("en") >= 3


def test_articles_cover_every_relation_and_event_type():
    from kg.ontology.vocab import EVENT_TYPES, RELATIONS

    rels, evs = set(), set()
    for p in GOLDS:
        g = json.loads(p.read_text(encoding="utf-8"))
        rels |= {r["p"] for r in g["relations"] if r.get("required", True)}
        evs |= {e["type"] for e in g["events"] if e.get("required", True)}
    assert set(RELATIONS) - {"developedBy"} <= rels
    assert set(EVENT_TYPES) <= evs


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".gold")[0])
def test_article_scores(gold_path: Path):
    r = _score(gold_path)
    assert r["relations"]["f1"] >= 0.85, r["relations"]
    assert r["relations"]["precision"] >= 0.9, r["relations"]
    assert r["entities"]["recall"] >= 0.8
    assert r["events"]["recall"] >= 0.6
    assert r["attributes"]["recall"] >= 0.9


def test_mean_scores_over_all_articles():
    results = [_score(p) for p in GOLDS]
    n = len(results)
    assert sum(r["relations"]["f1"] for r in results) / n >= 0.95
    assert sum(r["entities"]["recall"] for r in results) / n >= 0.95
    assert sum(r["events"]["recall"] for r in results) / n >= 0.9


def test_extractions_of_all_articles_are_valid_rdf():
    from kg.loaders.rdf import to_rdf, validate

    for gold_path in GOLDS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        doc = document_from_text(text_path.read_text(encoding="utf-8"), str(text_path), language=gold["language"],
                                 published=date.fromisoformat(gold["published"]))
        ok, report = validate(to_rdf(extract(doc)))
        assert ok, f"{text_path.name}: {report[:500]}"


# Round-9 articles (tests/data/articles/round9) were written and scored before any tuning for them (mean
# relation F1 0.48 then); round-10 articles (round10) were written after the round-9 tuning and scored once
# before tuning for them (0.57). They are kept apart from the per-article 0.85 floor above and measure how
# the rules generalise; the floors sit a little under the tuned means so that a regression shows.
# Round-11 articles were written after all tuning and are held out: no rule was changed after scoring them
# (mean relation F1 0.67, precision 0.83, entity recall 0.80, event recall 0.83 at that first scoring).
# Round-12 articles (6, dense annotations written by helper sessions from a brief, without reading the extractor)
# were scored before tuning for them: mean relation F1 0.56 (P 0.86, R 0.41), entity recall 0.81, event recall 0.71;
# then the rules were tuned on them (F1 0.74). Round-13 articles (6, same way) were written while round 12 was
# being tuned and scored once after it, held out: F1 0.60 (P 0.89, R 0.46), entity recall 0.83, event recall 0.69
# (the code at the start of that session: F1 0.47). A few general rules were added after that scoring (F1 0.63).
# Round-14 articles (6, same way) were written while round 13 was being tuned and scored once after that, held out:
# F1 0.57 (P 0.88, R 0.43), entity recall 0.86, event recall 0.74 (the code at the start of that session: F1 0.41);
# then tuned on.
# Round-15 articles (6, same way), written while round 14 was being tuned, scored once after it, held out: F1 0.59
# (P 0.87, R 0.46), entity recall 0.83, event recall 0.54 (session-start code: F1 0.53); then tuned on.
# Round-16 articles (6, same way), written while round 15 was being tuned, scored once after it, held out: F1 0.61
# (P 0.81, R 0.50), entity recall 0.90, event recall 0.80 (session-start code: F1 0.50, 0.83, 0.70); then a last
# tuning pass (F1 0.64).
# Round-17 articles (6, same way) were written during the last tuning pass and scored once at the end, held out,
# F1 0.66 (P 0.83, R 0.55), entity recall 0.86, event recall 0.61 (session-start code:
# F1 0.55, 0.79, 0.55). A last pass then tuned on them (F1 0.73).
# Rounds 18-20 (6 articles each, same way, written by three helper sessions at the start of the next session while
# rounds 12-17 were tuned on) were scored once, held out, after that tuning: F1 0.54 / 0.46 / 0.50 (all 18: 0.50,
# P 0.82, R 0.39), entity recall 0.90 / 0.90 / 0.88, event recall 0.62 / 0.64 / 0.94 (the code at the start of that
# session: F1 0.44, entity recall 0.85, event recall 0.65 over the 18). Then a last pass tuned on them too.
# Rounds 21-23 (6 articles each, same way, written at the start of the next session while rounds 12-20 were tuned on) were
# scored once, held out: F1 0.589 (P 0.76, R 0.49), entity recall 0.861, event recall 0.639 (the code at the start of that
# session: F1 0.583, 0.861, 0.639). Rounds 24-26 (written while 21-23 were tuned on) were scored once after that, held out:
# F1 0.600 (P 0.82, R 0.48), entity recall 0.890, event recall 0.782 (session-start code: F1 0.587, 0.887, 0.775). Then both
# were tuned on.
# Rounds 27-28 (12 articles, same way) were scored once after the tuning on rounds 21-26, held out: F1 0.571 (P 0.76,
# R 0.47), entity recall 0.850, event recall 0.768 (session-start code: F1 0.566, 0.846, 0.768). Rounds 29-30 (12 articles)
# were scored once at the end, after a lexicon extension as well, held out: F1 0.671 (P 0.84, R 0.56), entity recall 0.864,
# event recall 0.771 (session-start code: F1 0.621, 0.840, 0.729). Rounds 27-28 were tuned on a little; 29-30 were not.
# Rounds 31-32 (12 articles) were written during a second lexicon extension and scored once at the very end, held out and
# never tuned on: F1 0.613 (P 0.84, R 0.49), entity recall 0.887, event recall 0.735 (session-start code: F1 0.580, 0.844,
# 0.729).
# Round 33 (6 articles, same way, written at the start of the next session) was scored once before tuning for it: F1 0.636
# (P 0.86, R 0.51), entity recall 0.861, event recall 0.606 (session-start code 552660e: F1 0.625, 0.861, 0.606); then
# tuned on.
# Rounds 34-36 (18 articles, same way, written at the start of that session) were scored once, held out, after the first
# changes of the session (guesses, lexicon): F1 0.637 (P 0.82, R 0.53), entity recall 0.884, event recall 0.756
# (session-start code 552660e: F1 0.625, 0.884, 0.756); then, once rounds 37-39 had been written, tuned on.
# Rounds 37-42 (36 articles, same way) were never tuned on. Rounds 37-39 were written mid-session and scored once then
# (F1 0.645, entity recall 0.919, event recall 0.689) and once at the end; rounds 40-42 were written near the end and
# scored only at the end. At the end, all 36: F1 0.653 (P 0.81, R 0.56), entity recall 0.923, event recall 0.706
# (session-start code 552660e: F1 0.594, 0.900, 0.696). Their floors sit just under those end scores.
# Rounds 37-42 (36 articles) were tuned on in the session after; rounds 43-48 (36, written at its start) were scored
# once before tuning on them: F1 0.640 with the code from before that session, 0.648 with the first changes of the
# session; then tuned on. Rounds 55-60 (36) were written in that session for training the pair model and were never
# scored before it was trained on them. Rounds 49-54 (36) were that session's held-out set: scored only with a pair
# model not trained on them (see README, "How good the extraction is"), then added here.
#
# Since the pair model of kg.loaders.extract.learned is trained on all of these articles, their scores are in-sample:
# the floors below guard against regressions, they do not measure how the extractor generalises.


def _round(n: int) -> list[Path]:
    return sorted((ARTICLES / f"round{n}").glob("*.gold.json"))


# round -> floors of the mean relation F1, relation precision, entity recall and event recall, a little under the scores
FLOORS: dict[int, tuple[float, float, float, float]] = {
    9: (0.91, 0.94, 0.98, 0.99),
    10: (0.90, 0.90, 0.97, 0.99),
    11: (0.88, 0.93, 0.96, 0.99),
    12: (0.90, 0.93, 0.95, 0.97),
    13: (0.88, 0.95, 0.95, 0.90),
    14: (0.87, 0.90, 0.97, 0.85),
    15: (0.86, 0.89, 0.96, 0.82),
    16: (0.83, 0.88, 0.95, 0.89),
    17: (0.86, 0.86, 0.95, 0.89),
    18: (0.82, 0.85, 0.93, 0.69),
    19: (0.79, 0.87, 0.95, 0.74),
    20: (0.81, 0.89, 0.94, 0.99),
    21: (0.81, 0.84, 0.93, 0.95),
    22: (0.79, 0.82, 0.94, 0.87),
    23: (0.84, 0.92, 0.92, 0.90),
    24: (0.85, 0.90, 0.97, 0.75),
    25: (0.78, 0.84, 0.93, 0.87),
    26: (0.84, 0.93, 0.94, 0.86),
    27: (0.79, 0.85, 0.91, 0.87),
    28: (0.82, 0.88, 0.92, 0.90),
    29: (0.81, 0.87, 0.91, 0.85),
    30: (0.77, 0.86, 0.90, 0.80),
    31: (0.83, 0.86, 0.94, 0.88),
    32: (0.78, 0.91, 0.88, 0.70),
    33: (0.79, 0.88, 0.91, 0.77),
    34: (0.82, 0.87, 0.94, 0.81),
    35: (0.81, 0.86, 0.88, 0.66),
    36: (0.70, 0.84, 0.91, 0.89),
    37: (0.81, 0.83, 0.94, 0.74),
    38: (0.75, 0.89, 0.89, 0.60),
    39: (0.76, 0.89, 0.93, 0.79),
    40: (0.72, 0.77, 0.93, 0.82),
    41: (0.73, 0.80, 0.92, 0.85),
    42: (0.73, 0.85, 0.92, 0.54),
    43: (0.73, 0.80, 0.95, 0.82),
    44: (0.78, 0.84, 0.93, 0.87),
    45: (0.72, 0.78, 0.94, 0.67),
    46: (0.76, 0.84, 0.93, 0.84),
    47: (0.78, 0.84, 0.88, 0.71),
    48: (0.69, 0.85, 0.89, 0.78),
    49: (0.75, 0.82, 0.93, 0.73),
    50: (0.75, 0.79, 0.92, 0.70),
    51: (0.77, 0.87, 0.91, 0.94),
    52: (0.71, 0.79, 0.93, 0.69),
    53: (0.73, 0.83, 0.93, 0.69),
    54: (0.78, 0.87, 0.91, 0.75),
    55: (0.73, 0.72, 0.92, 0.64),
    56: (0.72, 0.73, 0.95, 0.73),
    57: (0.73, 0.82, 0.91, 0.82),
    58: (0.73, 0.83, 0.88, 0.60),
    59: (0.71, 0.80, 0.93, 0.81),
    60: (0.81, 0.84, 0.92, 0.79),
    61: (0.81, 0.85, 0.95, 0.87),
    62: (0.80, 0.90, 0.92, 0.90),
    63: (0.78, 0.88, 0.86, 0.77),
    64: (0.75, 0.83, 0.95, 0.89),
    65: (0.79, 0.85, 0.89, 0.90),
    66: (0.82, 0.89, 0.93, 0.92),
    67: (0.71, 0.82, 0.92, 0.82),
    68: (0.78, 0.89, 0.92, 0.84),
    69: (0.75, 0.84, 0.89, 0.68),
    70: (0.74, 0.87, 0.91, 0.76),
    71: (0.80, 0.84, 0.94, 0.82),
    72: (0.71, 0.78, 0.88, 0.76),
    73: (0.78, 0.89, 0.92, 0.88),
    74: (0.80, 0.86, 0.94, 0.88),
    75: (0.65, 0.82, 0.87, 0.50),
    76: (0.86, 0.92, 0.96, 0.93),
    77: (0.82, 0.86, 0.91, 0.80),
    78: (0.81, 0.86, 0.95, 0.84),
}


@pytest.mark.parametrize("n", sorted(FLOORS), ids=lambda n: f"round{n}")
def test_later_rounds_mean_scores(n):
    f1, precision, entities, events = FLOORS[n]
    results = [_score(p) for p in _round(n)]
    n_articles = len(results)
    assert n_articles >= 2
    assert sum(r["relations"]["f1"] for r in results) / n_articles >= f1
    assert sum(r["relations"]["precision"] for r in results) / n_articles >= precision
    assert sum(r["entities"]["recall"] for r in results) / n_articles >= entities
    assert sum(r["events"]["recall"] for r in results) / n_articles >= events


def test_later_round_articles_are_valid_rdf():
    from kg.loaders.rdf import to_rdf, validate

    for gold_path in (p for n in FLOORS for p in _round(n)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        doc = document_from_text(text_path.read_text(encoding="utf-8"), str(text_path), language=gold["language"],
                                 published=date.fromisoformat(gold["published"]))
        ok, report = validate(to_rdf(extract(doc)))
        assert ok, f"{text_path.name}: {report[:500]}"
