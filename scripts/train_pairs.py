"""Train the pair model of kg.loaders.extract.learned on annotated articles and write it as package data.

Every article with an annotation (``NAME.gold.json`` beside its text, in the seed's format) is run through the
extractor; each pair of mentions in a sentence becomes one example, labelled with the relation the annotation
gives between the two entities (or NONE). A multinomial logistic regression (scikit-learn) is fitted on them
and its weights are written, small ones dropped, to loaders/data/pair_model.json.gz.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_pairs.py                       # all of tests/data/articles
    .venv/bin/python scripts/train_pairs.py --exclude round40 --out /tmp/model.json.gz   # leave a round out

Scikit-learn is needed only here, not to run the extractor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEGAL = {"inc", "corp", "corporation", "ltd", "llc", "plc", "ag", "se", "gmbh", "sa", "nv", "co", "group", "holding",
         "holdings", "limited", "company"}
SYMMETRIC = {"competesWith", "partnersWith"}


def _norm(text: str) -> str:
    """Names are compared as the shared scorer compares them: ASCII-folded words, legal suffixes dropped."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.casefold())
    while len(words) > 1 and words[-1] in LEGAL:
        words.pop()
    return " ".join(words)


def _index(entities: list[dict]) -> dict[str, str]:
    """Unambiguous name or mention -> entity id."""
    seen: dict[str, set[str]] = {}
    for e in entities:
        for m in {_norm(x) for x in [e["name"], *e.get("mentions", [])]}:
            seen.setdefault(m, set()).add(e["id"])
    return {k: next(iter(v)) for k, v in seen.items() if k and len(v) == 1}


def _labels(gold: dict) -> dict[tuple[str, str], str]:
    """(subject id, object id) -> predicate, with developedBy as released and fundedBy as investsIn."""
    out: dict[tuple[str, str], str] = {}
    for r in gold["relations"]:
        s, p, o = r["s"], r["p"], r["o"]
        if p == "developedBy":
            s, p, o = o, "released", s
        elif p == "fundedBy":
            s, p, o = o, "investsIn", s
        if (s, o) not in out or p < out[(s, o)]:
            out[(s, o)] = p
    return out


class BadAnnotation(Exception):
    """An annotation file that cannot be read as the seed's format."""


def _label(labels: dict[tuple[str, str], str], x: str, y: str) -> str:
    """The class of a pair: "released>" when the first is the subject, "released<" when the second is, "NONE"."""
    if x == y:
        return "NONE"
    found = []
    if (x, y) in labels:
        p = labels[(x, y)]
        found.append(p if p in SYMMETRIC else p + ">")
    if (y, x) in labels:
        p = labels[(y, x)]
        found.append(p if p in SYMMETRIC else p + "<")
    return min(found) if found else "NONE"


def examples(gold_files: list[Path]):
    """(features, label) for every pair of mentions in every sentence the extractor reads."""
    from kg.loaders.extract import learned, pipeline
    from kg.loaders.reader import document_from_text

    seen: list[tuple[str, list, str]] = []

    def capture(view, related, lang, taken=None, pair_model=None):
        seen.append((view.text, [(m.name, m.text, m.type) for m in view.mentions], lang))
        return []

    pipeline.learned_guesses = capture
    for gp in gold_files:
        text_path = gp.with_name(gp.name.replace(".gold.json", ".txt"))
        if not text_path.exists():
            continue
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
            index, labels = _index(gold["entities"]), _labels(gold)
            pub = gold.get("published")
            published = date.fromisoformat(pub[:10]) if pub else None
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise BadAnnotation(f"{gp}: not an annotation in the seed's format ({type(e).__name__}: {e})") from None
        doc = document_from_text(text, str(text_path), language=gold.get("language"), published=published)
        seen.clear()
        pipeline.extract(doc)
        for text, ms, lang in seen:
            ids = [index.get(_norm(name)) or index.get(_norm(surface)) for name, surface, _ in ms]
            present = [int(x) for x in re.findall(r"⟨(\d+):", text)]
            for a, i in enumerate(present):
                for j in present[a + 1:]:
                    x, y = ids[i], ids[j]
                    if not x or not y:
                        continue
                    yield learned.features(text, i, j, ms[i][2], ms[j][2], lang), _label(labels, x, y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="train_pairs.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests/data/articles"],
                    help="folders searched (recursively) for NAME.gold.json beside NAME.txt")
    ap.add_argument("--exclude", action="append", default=[], help="leave out files whose path contains this")
    ap.add_argument("--out", type=Path, default=ROOT / "loaders/data/pair_model.json.gz",
                    help="where the model is written (default: the package data the extractor loads)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--prune", type=float, default=0.05, help="weights smaller than this are dropped")
    args = ap.parse_args(argv)
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("scikit-learn is missing: pip install -e '.[train]'", file=sys.stderr)
        return 2
    files = sorted(p for d in args.dirs for p in d.rglob("*.gold.json")
                   if not any(x in str(p) for x in args.exclude))
    X, y, pairs = [], [], set()
    try:
        for feats, label in examples(files):
            X.append(dict.fromkeys(feats, 1))
            y.append(label)
            if label != "NONE":
                pairs.add(next(f for f in feats if f.startswith("T="))[2:])
    except BadAnnotation as e:
        print(f"train_pairs.py: {e}", file=sys.stderr)
        return 2
    if not y:
        print("train_pairs.py: no annotated articles (NAME.gold.json beside NAME.txt) found", file=sys.stderr)
        return 1
    vec = DictVectorizer()
    clf = LogisticRegression(C=args.C, max_iter=3000).fit(vec.fit_transform(X), y)
    weights = {}
    for k, name in enumerate(vec.get_feature_names_out()):
        row = {str(c): round(float(w), 3) for c, w in enumerate(clf.coef_[:, k]) if abs(w) >= args.prune}
        if row:
            weights[name] = row
    data = {"classes": [str(c) for c in clf.classes_], "intercept": [round(float(x), 3) for x in clf.intercept_],
            "weights": weights, "pairs": sorted(p.replace("_", "|", 1) for p in pairs), "trained_on": len(files),
            "examples": len(y)}
    args.out.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"{len(files)} articles, {len(y)} pairs, {len(weights)} features kept -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
