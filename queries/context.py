"""The state of answering one question: the store, the Cypher that ran, nodes and documents seen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.graph.store import GraphStore
from kg.queries import builders
from kg.queries.answer import Evidence, NodeRef, Step
from kg.queries.resolve import Resolver

__all__ = ["Context", "Hop"]


@dataclass
class Hop:
    """One row of :func:`builders.hop`: the step and the node at its far end."""

    origin: str  # the IRI the hop started from
    node: NodeRef
    step: Step
    rel: str  # relationship type (COMPETES_WITH)

    @property
    def outgoing(self) -> bool:
        """True when the relationship points away from ``origin``."""
        return self.step.start.iri == self.origin


@dataclass
class Context:
    store: GraphStore
    resolver: Resolver
    lang: str = "en"
    log: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nodes: dict[str, NodeRef] = field(default_factory=dict)

    def run(self, query: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
        cypher, params = query
        self.log.append((cypher, params))
        return self.store.query(cypher, params)

    def node(self, row: dict[str, Any]) -> NodeRef:
        ref = NodeRef.from_row(row)
        self.nodes.setdefault(ref.iri, ref)
        return self.nodes[ref.iri]

    def ref(self, iri: str) -> NodeRef:
        return self.nodes.get(iri) or NodeRef(iri=iri, name=iri.rsplit("/", 1)[-1])

    def hop(self, iris: list[str], rel_types: list[str], **kw: Any) -> list[Hop]:
        if not iris:
            return []
        out = []
        for row in self.run(builders.hop(iris, rel_types, **kw)):
            other = self.node(row["node"])
            origin = self.ref(row["from"])
            start, end = (origin, other) if row["start"] == origin.iri else (other, origin)
            if row["start"] == row["end"]:
                start = end = origin
            step = Step(start, row.get("predicate") or row["rel"], end, evidence_of(row))
            out.append(Hop(origin.iri, other, step, row["rel"]))
        return out

    def fill_documents(self, evidence_lists: list[list[Evidence]]) -> None:
        """Give every evidence its document's title, source and date (one query)."""
        iris = sorted({e.document for lst in evidence_lists for e in lst if e.document})
        if not iris:
            return
        docs = {r["iri"]: r for r in self.run(builders.documents(iris))}
        for lst in evidence_lists:
            for i, e in enumerate(lst):
                d = docs.get(e.document)
                if d:
                    lst[i] = Evidence(e.sentence, e.document, d.get("title") or "", d.get("source") or "",
                                      str(d.get("published") or ""))


def evidence_of(row: dict[str, Any]) -> list[Evidence]:
    """A relationship row's evidence sentences, each with its document."""
    sentences = list(row.get("evidence") or [])
    docs = list(row.get("evidenceSources") or [])
    out = []
    for i, s in enumerate(sentences):
        if s:
            out.append(Evidence(sentence=s, document=docs[i] if i < len(docs) else ""))
    if not out:
        for d in row.get("sources") or []:
            out.append(Evidence(sentence="", document=d))
    seen, uniq = set(), []
    for e in out:
        if (e.sentence, e.document) not in seen:
            seen.add((e.sentence, e.document))
            uniq.append(e)
    return uniq
