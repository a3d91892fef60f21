"""Helpers shared by the extractor tests: run the extractor on a sentence, read its facts by name."""

from __future__ import annotations

from datetime import date

from kg.loaders.extract import extract
from kg.loaders.extract.fallback import guesses
from kg.loaders.extract.mentions import Mention
from kg.loaders.extract.sentences import Sentence
from kg.loaders.extract.template import View
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


def view(text: str, mentions: list[tuple[str, str]]) -> View:
    """A templated sentence ("⟨0:Person⟩ bei ⟨1:Company⟩") with the given (name, type) mentions, for testing the
    guessers on their own."""
    ms = [Mention(i, i + 1, name, name, typ, 0) for i, (name, typ) in enumerate(mentions)]
    return View(Sentence(text, 0, len(text), 0), ms, text)


def guessed(v: View, topic: int | None) -> set[tuple[str, str, str]]:
    """The worded guesses for a templated sentence ``v`` whose company in focus is mention ``topic``, as
    (subject, predicate, object) names; nothing is related or linked yet."""
    from kg.loaders.extract.fallback import guesses

    return {(v.mention(g.subject).name, g.predicate, v.mention(g.object).name) for g in guesses(v, set(), set(), topic)}
