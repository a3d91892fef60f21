"""The learned guesses (kg.loaders.extract.learned) and the script that trains them (scripts/train_pairs.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import shutil
from pathlib import Path

import pytest

from kg.loaders.extract import learned
from kg.loaders.extract.learned import PairModel, features, learned_guesses

from .extract_helpers import view

ROOT = Path(__file__).resolve().parents[2]


# a model of our own: "bei" between a person and a company says worksFor, "released" between a company and a model
# says the company released it; everything else is NONE
TOY = PairModel({"classes": ["NONE", "released>", "worksFor>", "worksFor<"], "intercept": [2.0, 0.0, 0.0, 0.0],
                 "weights": {"b=bei": {"2": 5.0}, "b=released": {"1": 5.0}, "T=Company_Person": {"3": 1.0}},
                 "pairs": ["Person|Company", "Company|AIModel", "Company|Person"]})


def test_features_name_types_words_between_and_around():
    f = features("Laut ⟨0:Person⟩ bei der ⟨1:Company⟩ heute.", 0, 1, "Person", "Company", "de")
    assert {"T=Person_Company", "b=bei", "b=der", "bb=bei_der", "bf=bei", "bl=der", "l0=laut", "r0=heute", "lang=de"} <= set(f)
    # the order of the two mentions in the text, not of the arguments, decides what is between
    assert set(features("⟨0:Person⟩ bei ⟨1:Company⟩", 1, 0, "Company", "Person", "de")) >= {"b=bei"}
    assert features("no placeholders", 0, 1, "Person", "Company", "en") == []


def test_predict_is_a_softmax_over_summed_weights():
    label, p = TOY.predict(["b=bei", "b=unknown"])
    assert label == "worksFor>"
    assert p == pytest.approx(math.exp(5) / (math.exp(5) + math.exp(2) + 2))
    assert TOY.predict([])[0] == "NONE"


def test_guesses_need_a_sure_model_an_unrelated_pair_and_a_known_type_pair():
    v = view("⟨0:Person⟩ bei ⟨1:Company⟩ sagte.", [("Lena Vogt", "Person"), ("Commerzbank", "Company")])
    found = learned_guesses(v, set(), "de", pair_model=TOY)
    assert [(v.mention(g.subject).name, g.predicate, v.mention(g.object).name, g.confidence) for g in found] == [
        ("Lena Vogt", "worksFor", "Commerzbank", learned.CONFIDENCE)]
    # a pair some rule already related, or another guess holds, is left alone
    assert learned_guesses(v, {frozenset(("Lena Vogt", "Commerzbank"))}, "de", pair_model=TOY) == []
    assert learned_guesses(v, set(), "de", {frozenset(("Lena Vogt", "Commerzbank"))}, pair_model=TOY) == []
    # a pair of types no relation joined in training is not scored at all
    v2 = view("⟨0:Person⟩ bei ⟨1:Place⟩ sagte.", [("Lena Vogt", "Person"), ("Berlin", "Place")])
    assert learned_guesses(v2, set(), "de", pair_model=TOY) == []


def test_an_arrow_to_the_left_makes_the_later_mention_the_subject():
    v = view("⟨0:Company⟩ mit ⟨1:Person⟩", [("Commerzbank", "Company"), ("Lena Vogt", "Person")])
    model = PairModel({**{"classes": TOY.classes, "intercept": [0.0, 0.0, 0.0, 0.0]}, "weights": {"b=mit": {"3": 6.0}}})
    found = learned_guesses(v, set(), "de", pair_model=model)
    assert [(v.mention(g.subject).name, g.predicate) for g in found] == [("Lena Vogt", "worksFor")]


def test_a_model_below_the_threshold_guesses_nothing():
    v = view("⟨0:Person⟩ bei ⟨1:Company⟩", [("Lena Vogt", "Person"), ("Commerzbank", "Company")])
    weak = PairModel({"classes": TOY.classes, "intercept": [0.0, 0.0, 0.0, 0.0], "weights": {"b=bei": {"2": 1.0}}})
    assert weak.predict(["b=bei"])[1] < learned.THRESHOLD
    assert learned_guesses(v, set(), "de", pair_model=weak) == []


def test_the_packaged_model_loads_and_knows_the_ontology_predicates():
    model = learned.model()
    assert model is not None
    assert "NONE" in model.classes
    preds = {c.rstrip("<>") for c in model.classes} - {"NONE"}
    assert {"released", "worksFor", "investsIn", "foundedBy", "headquarteredIn", "partnersWith"} <= preds
    assert model.pairs and ("Person", "Company") in model.pairs


def _train_script():
    spec = importlib.util.spec_from_file_location("train_pairs", ROOT / "scripts" / "train_pairs.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


needs_sklearn = pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                                   reason="scikit-learn (the train extra) is not installed")


@needs_sklearn
def test_the_training_script_writes_a_model_the_extractor_can_load(tmp_path):
    train = _train_script()
    data = tmp_path / "articles"
    data.mkdir()
    for p in sorted((ROOT / "tests" / "data" / "articles" / "round9").glob("*"))[:6]:
        shutil.copy(p, data / p.name)
    out = tmp_path / "model.json.gz"
    assert train.main([str(data), "--out", str(out)]) == 0
    raw = json.loads(gzip.decompress(out.read_bytes()))
    assert raw["trained_on"] == 3 and raw["examples"] > 10
    model = PairModel(raw)
    assert "NONE" in model.classes and model.weights.shape == (len(model.row), len(model.classes)) and model.row


@needs_sklearn
def test_the_training_script_rejects_a_broken_annotation_in_one_line(tmp_path, capsys):
    (tmp_path / "x.gold.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Alibaba released Qwen3.", encoding="utf-8")
    out = tmp_path / "model.json.gz"
    assert _train_script().main([str(tmp_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "x.gold.json: not an annotation" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert _train_script().main([str(tmp_path / "none"), "--out", str(out)]) == 1


def test_a_sentence_scored_at_once_gives_what_each_pair_scored_alone_gives():
    pm = learned.model()
    assert pm is not None
    text = ("Laut ⟨0:Person⟩, Chefin von ⟨1:Company⟩, hat ⟨2:Company⟩ das Modell ⟨3:AIModel⟩ vorgestellt, das "
            "⟨4:AIModel⟩ übertrifft und von ⟨5:Company⟩ finanziert wurde.")
    names = [("Ada Roth", "Person"), ("Quantoria", "Company"), ("Veltrix", "Company"), ("Vel-1", "AIModel"),
             ("GPT-4o", "AIModel"), ("Northwind Capital", "Company")]
    v = view(text, names)
    batch, one_by_one = [], []
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            f = features(text, i, j, names[i][1], names[j][1], "de")
            batch.append(f)
            one_by_one.append(pm.predict(f))
    assert pm.predict_many(batch) == one_by_one
    assert pm.predict_many([]) == []
    # the guesses of the sentence are those of the pairs scored one by one above the threshold
    expected = {(i, j) for (i, j), (label, p) in zip(
        [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))], one_by_one)
        if label != "NONE" and p >= learned.THRESHOLD and label.rstrip("<>") not in learned.SKIP}
    found = {tuple(sorted((g.subject, g.object))) for g in learned_guesses(v, set(), "de", pair_model=pm)}
    assert found == expected
