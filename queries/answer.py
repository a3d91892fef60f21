"""Typed results of a question: an :class:`Answer` of :class:`Item` s, each with its support."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kg.queries.intent import Intent

__all__ = ["NodeRef", "Evidence", "Step", "Item", "Answer"]


@dataclass(frozen=True)
class NodeRef:
    """An entity or event node, as much of it as an answer needs."""

    iri: str
    name: str
    type: str = ""
    kind: str = "entity"  # "entity" or "event"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "NodeRef":
        labels = row.get("labels") or []
        kind = "event" if "Event" in labels else "entity"
        name = row.get("name") or row.get("type") or str(row.get("iri", "")).rsplit("/", 1)[-1]
        return cls(iri=str(row.get("iri", "")), name=str(name), type=str(row.get("type") or ""), kind=kind)


@dataclass(frozen=True)
class Evidence:
    """A sentence that supports a fact, and the document it comes from."""

    sentence: str
    document: str = ""  # document IRI
    title: str = ""
    source: str = ""  # path or URL of the article
    published: str = ""


@dataclass
class Step:
    """One relationship on a supporting path, in its stored direction (``start`` -[predicate]-> ``end``)."""

    start: NodeRef
    predicate: str
    end: NodeRef
    evidence: list[Evidence] = field(default_factory=list)

    def touches(self, iri: str) -> bool:
        return iri in (self.start.iri, self.end.iri)


@dataclass
class Item:
    """One answer: an entity (or an event) and why."""

    node: NodeRef
    relation: str  # how it answers the question, e.g. "competesWith", "released", "StockMove"
    text: str  # one line, in the question's language
    path: list[Step] = field(default_factory=list)  # the support, from the question's entity outwards
    evidence: list[Evidence] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # amounts, percent, date, market...


@dataclass
class Answer:
    question: str
    intent: Intent
    subjects: list[NodeRef]  # the entities the question is about, as matched in the graph
    summary: str  # the short answer
    items: list[Item] = field(default_factory=list)
    cypher: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # what ran, in order
    matches: list[dict[str, Any]] = field(default_factory=list)  # how names were matched

    @property
    def ok(self) -> bool:
        return bool(self.items)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the contract of ``kg ask --json``)."""
        return _jsonable({
            "question": self.question,
            "kind": self.intent.kind.value,
            "language": self.intent.lang,
            "period": ({"start": self.intent.period.start, "end": self.intent.period.end}
                       if self.intent.period else None),
            "subjects": [asdict(s) for s in self.subjects],
            "matches": self.matches,
            "summary": self.summary,
            "items": [asdict(i) for i in self.items],
            "cypher": [{"query": q, "params": p} for q, p in self.cypher],
        })

    def picture(self, **options: Any):  # -> kg.queries.viz.Picture
        """The answer's subgraph as an interactive HTML picture (shows inline in Jupyter)."""
        from kg.queries.viz import answer_picture

        return answer_picture(self, **options)

    def _repr_html_(self) -> str:
        """In Jupyter: the short answer, the items with their evidence, and the picture."""
        import html

        rows = []
        for item in self.items:
            ev = "".join(f"<li><i>{html.escape(e.sentence)}</i> — {html.escape(e.title or e.source or e.document)}</li>"
                         for e in item.evidence if e.sentence)
            rows.append(f"<li>{html.escape(item.text)}<ul>{ev}</ul></li>")
        pic = self.picture()._repr_html_() if self.items else ""
        return f"<p><b>{html.escape(self.summary)}</b></p><ol>{''.join(rows)}</ol>{pic}"

    def __str__(self) -> str:
        lines = [self.summary]
        for i, item in enumerate(self.items, 1):
            lines.append(f"{i}. {item.text}")
            for ev in item.evidence:
                lines.append(f"     “{ev.sentence}” — {ev.title or ev.source or ev.document}")
        return "\n".join(lines)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
