"""Combine and filter property graphs in memory, by the same rules the stores' writes follow."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.graph.mapping import ATTR_PROVENANCE_LISTS, DOCUMENT, REL_PROVENANCE_LISTS, UNION_LISTS
from kg.graph.model import Node, PropertyGraph, Relationship

__all__ = ["merge_graphs", "for_document", "for_documents"]


def _merge_props(old: dict[str, Any], new: dict[str, Any], key: str | None, parallel: tuple[str, ...]) -> None:
    for k, v in new.items():
        if k in UNION_LISTS:
            old[k] = list(old.get(k) or []) + [x for x in v if x not in (old.get(k) or [])]
        elif k in parallel:
            continue
        else:
            old[k] = v
    if key and new.get(key):
        have = set(old.get(key) or [])
        for i, k in enumerate(new[key]):
            if k in have:
                continue
            have.add(k)
            for name in parallel:
                old.setdefault(name, []).append(new[name][i])
    if parallel == REL_PROVENANCE_LISTS and old.get("confidences"):
        old["confidence"] = max(old["confidences"])


def merge_graphs(graphs: Iterable[PropertyGraph]) -> PropertyGraph:
    """One graph holding all of ``graphs``: nodes by ``iri`` and relationships by (start, type, end)
    merged as a store would (lists as sets, provenance entries once per key, later scalars win)."""
    nodes: dict[str, Node] = {}
    rels: dict[tuple[str, str, str], Relationship] = {}
    for g in graphs:
        for n in g.nodes:
            have = nodes.get(n.iri)
            if have is None:
                nodes[n.iri] = Node(n.iri, list(n.labels), _copy(n.props))
                continue
            have.labels += [x for x in n.labels if x not in have.labels]
            _merge_props(have.props, n.props, ATTR_PROVENANCE_LISTS[0], ATTR_PROVENANCE_LISTS)
        for r in g.relationships:
            key = (r.start, r.type, r.end)
            have_r = rels.get(key)
            if have_r is None:
                rels[key] = Relationship(r.type, r.start, r.end, _copy(r.props))
                continue
            _merge_props(have_r.props, r.props, REL_PROVENANCE_LISTS[0], REL_PROVENANCE_LISTS)
    return PropertyGraph(list(nodes.values()), list(rels.values()))


def _copy(props: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, list) else v for k, v in props.items()}


def _keep(props: dict[str, Any], names: tuple[str, ...], source_list: str, docs: set[str]) -> list[int]:
    idx = [i for i, s in enumerate(props.get(source_list) or []) if s in docs]
    for name in names:
        if name in props:
            props[name] = [props[name][i] for i in idx]
            if not props[name]:
                del props[name]
    return idx


def for_document(graph: PropertyGraph, doc: str) -> PropertyGraph:
    """The part of ``graph`` that document ``doc`` supports, with only its provenance."""
    return for_documents(graph, {doc})


def for_documents(graph: PropertyGraph, docs: set[str]) -> PropertyGraph:
    """The part of ``graph`` that the documents ``docs`` support, with only their provenance.

    Attribute values that only other documents support are left out; names, aliases and mentions
    (not kept per document) stay.
    """
    nodes, rels = [], []
    for n in graph.nodes:
        props = _copy(n.props)
        if n.labels[0] == DOCUMENT:
            if n.iri in docs:
                nodes.append(Node(n.iri, list(n.labels), props))
            continue
        mine_sources = [s for s in props.get("sources") or [] if s in docs]
        if not mine_sources:
            continue
        props["sources"] = mine_sources
        attrs = set(props.get("attrPredicates") or [])
        _keep(props, ATTR_PROVENANCE_LISTS, "attrSources", docs)
        mine = set(props.get("attrPredicates") or [])
        for a in attrs - mine:
            props.pop(a, None)
        nodes.append(Node(n.iri, list(n.labels), props))
    for r in graph.relationships:
        props = _copy(r.props)
        if r.type == "MENTIONS":
            if r.start in docs:
                rels.append(Relationship(r.type, r.start, r.end, props))
            continue
        mine_sources = [s for s in props.get("sources") or [] if s in docs]
        if not mine_sources:
            continue
        props["sources"] = mine_sources
        if "provenanceKeys" in props:
            _keep(props, REL_PROVENANCE_LISTS, "evidenceSources", docs)
            props.pop("confidence", None)
            if props.get("confidences"):
                props["confidence"] = max(props["confidences"])
        rels.append(Relationship(r.type, r.start, r.end, props))
    return PropertyGraph(nodes, rels)
