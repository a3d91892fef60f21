"""Names in questions → entities of the graph, tolerant of case, spacing, typos, aliases and
corporate suffixes ("Deepseek", "deep seek", "Alibaba Group", "Alibabba").

First an exact look-up by the IRI the name would have (one indexed query); failing that, rapidfuzz
over every entity's name, aliases and surface forms, fetched once per :class:`Resolver`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from kg.ontology import entity_iri
from kg.queries import builders
from kg.queries.answer import NodeRef
from kg.queries.errors import EntityNotFound

__all__ = ["Match", "Resolver", "normalise"]

_SUFFIXES = {"group", "inc", "ltd", "corp", "corporation", "co", "holding", "holdings", "ag", "gmbh", "se",
             "plc", "llc", "sa", "limited", "company", "aktie", "aktien", "konzern"}
_ARTICLES = {"the", "der", "die", "das"}
# kind of name -> weight: a name or alias beats a surface form seen in one article
_WEIGHT = {"name": 1.0, "alias": 0.99, "mention": 0.95}


def normalise(text: str) -> str:
    """Case, accents, punctuation, spacing and corporate suffixes away: "Deep Seek Inc." -> "deepseek"."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    t = re.sub(r"(?:'s|’s)\b", "", t)
    tokens = re.findall(r"[a-z0-9]+", t)
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return "".join(tokens)


@dataclass(frozen=True)
class Match:
    node: NodeRef
    score: float  # 0..100
    matched: str  # the name/alias/mention that matched
    how: str  # "iri", "exact", "fuzzy"

    def to_json(self) -> dict[str, Any]:
        return {"text": self.matched, "iri": self.node.iri, "name": self.node.name, "type": self.node.type,
                "score": round(self.score, 1), "how": self.how}


Run = Callable[[tuple[str, dict[str, Any]]], list[dict[str, Any]]]


class Resolver:
    """Matches names against one store's entities. Keep one per open store (the index is cached)."""

    def __init__(self) -> None:
        self._keys: list[str] | None = None
        self._entries: list[tuple[NodeRef, str, str]] = []  # (node, surface form, kind of form)

    def invalidate(self) -> None:
        self._keys = None

    def _load(self, run: Run) -> None:
        entries: list[tuple[NodeRef, str, str]] = []
        for row in run(builders.entity_index()):
            if not row.get("name"):
                continue
            node = NodeRef(iri=row["iri"], name=row["name"], type=row.get("type") or "")
            entries.append((node, row["name"], "name"))
            for a in row.get("aliases") or []:
                entries.append((node, a, "alias"))
            for m in row.get("mentions") or []:
                entries.append((node, m, "mention"))
        self._entries = entries
        self._keys = [normalise(form) for _, form, _ in entries]

    def resolve(self, text: str, run: Run, *, prefer: tuple[str, ...] = ()) -> Match:
        """The best entity for ``text``; raises :class:`EntityNotFound` with suggestions."""
        found = self.candidates(text, run, prefer=prefer, limit=1)
        if found and found[0].score >= _cutoff(normalise(text)):
            return found[0]
        raise EntityNotFound(text, [m.node.name for m in self.candidates(text, run, limit=3, cutoff=60)])

    def candidates(self, text: str, run: Run, *, prefer: tuple[str, ...] = (), limit: int = 5,
                   cutoff: float | None = None) -> list[Match]:
        key = normalise(text)
        if not key:
            return []
        if cutoff is None:  # a cheap exact look-up by IRI first: no index to load
            rows = run(builders.entity_by_iris(list(dict.fromkeys([str(entity_iri(text)), str(entity_iri(key))]))))
            if rows:
                props = rows[0]["props"]
                node = NodeRef(iri=props["iri"], name=props.get("name") or text, type=props.get("type") or "")
                if not prefer or node.type in prefer or _has_name(props, key):
                    return [Match(node, 100.0, props.get("name") or text, "iri")]
        if self._keys is None:
            self._load(run)
        assert self._keys is not None
        from rapidfuzz import fuzz, process

        best: dict[str, Match] = {}
        hits = process.extract(key, self._keys, scorer=fuzz.ratio, limit=max(50, limit * 10),
                               score_cutoff=cutoff if cutoff is not None else 70)
        alt = key[:-1] if key.endswith("s") and len(key) > 4 else None  # German genitive: "Alibabas"
        if alt:
            hits += process.extract(alt, self._keys, scorer=fuzz.ratio, limit=20, score_cutoff=90)
        for _form, score, idx in hits:
            node, form, kind = self._entries[idx]
            s = float(score) * _WEIGHT[kind]
            if self._keys[idx] == key:
                s = 100.0 * _WEIGHT[kind]
            if prefer and node.type in prefer:
                s += 0.5
            old = best.get(node.iri)
            if old is None or s > old.score:
                best[node.iri] = Match(node, min(s, 100.0), form, "exact" if self._keys[idx] == key else "fuzzy")
        return sorted(best.values(), key=lambda m: (-m.score, len(m.node.name)))[:limit]


def _has_name(props: dict[str, Any], key: str) -> bool:
    return normalise(props.get("name") or "") == key


def _cutoff(key: str) -> float:
    """Short names must match nearly exactly; longer ones may carry a typo."""
    if len(key) <= 3:
        return 94.0
    if len(key) <= 6:
        return 83.0
    return 80.0
