"""The Python API of the query layer, mirroring the CLI.

    >>> from kg.queries.api import open_graph
    >>> with open_graph("./.kg") as g:                      # doctest: +SKIP
    ...     answer = g.ask("who competes with DeepSeek")
    ...     print(answer.summary)
    ...     answer.picture().save("answer.html")            # or just show `answer.picture()` in Jupyter
    ...     rows = g.cypher("MATCH (c:Company) RETURN c.name AS name")

``ask(store, question)``, ``cypher(store, text)`` and ``picture(store, entity, depth)`` work on any
open :class:`kg.graph.GraphStore` (embedded or Bolt).
"""

from __future__ import annotations

import os
from typing import Any

from kg.graph.store import GraphStore
from kg.queries.answer import Answer, Evidence, Item, NodeRef, Step
from kg.queries.errors import AskError, EntityNotFound, NotUnderstood
from kg.queries.intent import Intent, Kind, Period
from kg.queries.parse import parse
from kg.queries.resolve import Resolver
from kg.queries.viz import Picture

__all__ = [
    "KnowledgeGraph", "open_graph", "ask", "cypher", "picture", "parse",
    "Answer", "Item", "Evidence", "NodeRef", "Step", "Intent", "Kind", "Period", "Picture",
    "AskError", "NotUnderstood", "EntityNotFound",
]


def ask(store: GraphStore, question: str, *, resolver: Resolver | None = None) -> Answer:
    """Answer a question (English or German) from the graph in ``store``."""
    from kg.queries.ask import ask as _ask

    return _ask(store, question, resolver=resolver)


def cypher(store: GraphStore, text: str, params: dict[str, Any] | None = None, *, write: bool = False
           ) -> list[dict[str, Any]]:
    """Run Cypher; read-only unless ``write=True`` (the store refuses a write otherwise)."""
    from kg.queries.builders import run_cypher

    q, p = run_cypher(text, params)
    return store.query(q, p, write=write)


def picture(store: GraphStore, entity: str | None = None, *, depth: int = 1, limit: int = 5000,
            lang: str = "en", resolver: Resolver | None = None) -> Picture:
    """An entity's neighbourhood (``depth`` steps), or the whole graph when ``entity`` is None."""
    from kg.queries.viz import graph_picture, neighbourhood_picture

    if entity:
        return neighbourhood_picture(store, entity, depth=depth, limit=limit, lang=lang, resolver=resolver)
    return graph_picture(store, limit=limit, lang=lang)


class KnowledgeGraph:
    """An open graph with the query layer on top; keeps the entity-name index between questions."""

    def __init__(self, store: GraphStore):
        self.store = store
        self.resolver = Resolver()

    def ask(self, question: str) -> Answer:
        return ask(self.store, question, resolver=self.resolver)

    def cypher(self, text: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        rows = cypher(self.store, text, params, write=write)
        if write:
            self.resolver.invalidate()
        return rows

    def picture(self, entity: str | None = None, *, depth: int = 1, limit: int = 5000, lang: str = "en") -> Picture:
        return picture(self.store, entity, depth=depth, limit=limit, lang=lang, resolver=self.resolver)

    def refresh(self) -> None:
        """Forget cached names (after the graph was written by someone else)."""
        self.resolver.invalidate()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_graph(data_dir: str | os.PathLike[str] | None = None, uri: str | None = None, **options: Any
               ) -> KnowledgeGraph:
    """Open the graph (embedded in ``data_dir``, or a Bolt server at ``uri``) for questions."""
    from kg.graph import open_store

    return KnowledgeGraph(open_store(data_dir=data_dir, uri=uri, **options))
