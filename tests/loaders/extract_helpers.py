"""Helpers shared by the extractor tests: run the extractor on a sentence, read its facts by name."""

from __future__ import annotations

from datetime import date

from kg.loaders.extract import extract
from kg.loaders.models import Extraction
from kg.loaders.reader import document_from_text


def run(text: str, lang: str, published: date | None = date(2025, 3, 6), lexicons=()) -> Extraction:
    return extract(document_from_text(text, "test", language=lang, published=published), lexicons=lexicons)


def rels(ex: Extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names; symmetric relations in both directions."""
    name = {e.iri: e.name for e in ex.entities}
    out = set()
    for r in ex.relations:
        s, o = name.get(r.subject, r.subject), name.get(r.object, r.object)
        out.add((s, r.predicate, o))
        if r.predicate in ("competesWith", "partnersWith"):
            out.add((o, r.predicate, s))
    return out
