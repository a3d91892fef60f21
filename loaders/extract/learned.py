"""A learned guess for pairs no rule relates: a logistic-regression model over the words between two mentions
of a sentence and around them, trained on our own annotated articles (``scripts/train_pairs.py``).

The model is data (``loaders/data/pair_model.json.gz``: classes, intercepts and the weights of the features
it kept); predicting is a sum of weights and a softmax (numpy), so no machine-learning library is needed at run time.
Its guesses are made only where the model is sure (probability at least ``THRESHOLD``) and carry a confidence
under every pattern rule's. A label ``"released>"`` means the earlier mention is the subject, ``"released<"``
the later one; the symmetric relations have no arrow. Investments are learned as ``investsIn``."""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from kg.loaders.extract.relations import Found
from kg.loaders.extract.template import View

__all__ = ["features", "PairModel", "model", "learned_guesses", "THRESHOLD", "CONFIDENCE"]

THRESHOLD = 0.8  # chosen on held-out rounds: lower adds recall but costs more precision than it gains
CONFIDENCE = 0.44  # under the rules' (0.6-0.9) and the worded guesses' (0.4-0.5 by how often each held)
# predicates the model guessed too poorly on articles it was not trained on (precision under 0.35 in cross-validation)
SKIP = frozenset({"uses", "competesWith"})
_TOKEN = re.compile(r"⟨(?P<i>\d+):(?P<t>\w+)⟩|[\w$€£%'’-]+(?:[.,]\d+)*|[^\s\w]")  # "8,6" is one token, "heute." two


def _token(m: re.Match[str]) -> str:
    if m.group("t"):
        return f"<{m.group('t')}>"
    w = m.group(0).lower()
    return "<num>" if re.fullmatch(r"[\d.,]+", w) else w


def _tokens(text: str) -> list[str]:
    return [_token(m) for m in _TOKEN.finditer(text)]


def features(text: str, i: int, j: int, type_i: str, type_j: str, lang: str) -> list[str]:
    """The features of the pair of mentions ``i`` and ``j`` in a templated sentence (``⟨3:Company⟩``): their
    types, the words between them (single, pairs, first and last), three words before and after, the distance."""
    a = re.search(rf"⟨{i}:\w+⟩", text)
    b = re.search(rf"⟨{j}:\w+⟩", text)
    if a is None or b is None:
        return []
    if a.start() > b.start():
        a, b = b, a
    return _features(_tokens(text[a.end():b.start()]), _tokens(text[:a.start()])[-3:], _tokens(text[b.end():])[:3],
                     type_i, type_j, lang)


def _features(between: list[str], left: list[str], right: list[str], type_i: str, type_j: str, lang: str) -> list[str]:
    n = len(between)
    f = [f"T={type_i}_{type_j}", f"ta={type_i}", f"tb={type_j}", f"lang={lang}",
         f"d={n if n < 10 else (15 if n < 20 else 30)}", f"T={type_i}_{type_j}_d{min(n, 6)}",
         f"ne={min(sum(1 for t in between if t.startswith('<') and t != '<num>'), 3)}"]
    for t in set(between):
        f.append("b=" + t)
        f.append(f"bT={type_i}_{type_j}_{t}")
        if len(t) > 5 and not t.startswith("<"):
            f.append("b5=" + t[:5])  # "gegründet", "gegründete", "gegründeten": one stem
    for x, y in zip(between, between[1:]):
        f.append(f"bb={x}_{y}")
    if between:
        f += ["bf=" + between[0], "bl=" + between[-1]]
        if n > 1:
            f += [f"bf2={between[0]}_{between[1]}", f"bl2={between[-2]}_{between[-1]}"]
    else:
        f.append("adjacent")
    f += [f"l{k}={t}" for k, t in enumerate(reversed(left))] + ["l=" + t for t in left]
    f += [f"r{k}={t}" for k, t in enumerate(right)] + ["r=" + t for t in right]
    return f


class PairModel:
    """Classes, intercepts and sparse weights (feature -> {class index: weight}) of a trained model."""

    def __init__(self, data: dict) -> None:
        self.classes: list[str] = list(data["classes"])
        self.intercept: list[float] = list(data["intercept"])
        # one row of weights per feature, one column per class (numpy: a pair is scored in one sum, not a loop), and a
        # last row of zeros that closes every pair's rows in predict_many
        self.row: dict[str, int] = {f: i for i, f in enumerate(data["weights"])}
        self._padded = np.zeros((len(self.row) + 1, len(self.classes)))
        for f, ws in data["weights"].items():
            for k, w in ws.items():
                self._padded[self.row[f], int(k)] = w
        # the (type, type) pairs, in text order, that any relation joined in training: no other pair is worth a guess
        pairs = data.get("pairs")
        self.pairs: frozenset[tuple[str, str]] | None = frozenset(tuple(x.split("|")) for x in pairs) if pairs else None

    @property
    def weights(self) -> np.ndarray:
        """One row per feature, one column per class."""
        return self._padded[:-1]

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        return self.predict_many([feats])[0]

    def predict_many(self, batch: list[list[str]]) -> list[tuple[str, float]]:
        """``predict`` of several pairs in one numpy pass (a sentence's pairs): the same sums, in the same order."""
        if not batch:
            return []
        rows: list[int] = []
        starts: list[int] = []
        zero = len(self.row)  # a row of zeros closes every pair, so none is empty (x + 0.0 is x)
        for feats in batch:
            starts.append(len(rows))
            rows.extend(i for f in feats if (i := self.row.get(f)) is not None)
            rows.append(zero)
        z = np.asarray(self.intercept) + np.add.reduceat(self._padded[rows], starts, axis=0)
        exp = np.exp(z - z.max(axis=1, keepdims=True))
        ks = z.argmax(axis=1)
        probs = exp[np.arange(len(batch)), ks] / exp.sum(axis=1)
        return [(self.classes[int(k)], float(p)) for k, p in zip(ks, probs)]


@lru_cache(maxsize=1)
def model() -> PairModel | None:
    """The packaged model, or None when it is missing (the extractor then makes no learned guesses)."""
    try:
        raw = resources.files("kg.loaders").joinpath("data/pair_model.json.gz").read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return PairModel(json.loads(gzip.decompress(raw)))


def learned_guesses(view: View, related: set[frozenset[str]], lang: str, taken: set[frozenset[str]] | None = None,
                    pair_model: PairModel | None = None) -> list[Found]:
    """Guesses for the pairs of the sentence that neither ``related`` (pairs of names any fact joins) nor
    ``taken`` (pairs other guesses hold) covers."""
    pm = pair_model or model()
    if pm is None:
        return []
    ms = view.mentions
    taken = set(taken or ())
    # the sentence is split into tokens once; a mention's placeholder is one token, so the words between and
    # around two mentions are slices of that list (the same tokens as splitting each stretch on its own)
    toks: list[str] = []
    present: list[int] = []  # the mentions' indices in text order
    at: dict[int, int] = {}  # mention index -> the position of its first placeholder token
    for m in _TOKEN.finditer(view.text):
        if m.group("i"):
            present.append(int(m.group("i")))
            at.setdefault(present[-1], len(toks))
        toks.append(_token(m))
    cands: list[tuple[int, int, frozenset[str]]] = []
    for a, i in enumerate(present):
        for j in present[a + 1:]:
            pair = frozenset((ms[i].name, ms[j].name))
            if ms[i].name == ms[j].name or pair in related or pair in taken or (
                    pm.pairs is not None and (ms[i].type, ms[j].type) not in pm.pairs):
                continue
            cands.append((i, j, pair))
    batch = []
    for i, j, _pair in cands:
        x, y = sorted((at[i], at[j]))
        batch.append(_features(toks[x + 1:y], toks[:x][-3:], toks[y + 1:][:3], ms[i].type, ms[j].type, lang))
    out: list[Found] = []
    for (i, j, pair), (label, p) in zip(cands, pm.predict_many(batch)):
        if label == "NONE" or p < THRESHOLD or pair in taken:
            continue
        pred = label.rstrip("<>")
        if pred in SKIP:
            continue
        s, o = (j, i) if label.endswith("<") else (i, j)
        taken.add(pair)
        out.append(Found(s, pred, o, CONFIDENCE, "learned"))
    return out
