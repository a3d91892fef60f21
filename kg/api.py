"""The Python API that the CLI mirrors: read, extract, ingest into a store.

This module is the one place where the layers meet: loaders produce RDF, the graph layer maps RDF
to a property graph and writes it. Neither layer knows the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.loaders.models import Document, Extraction


@dataclass
class IngestReport:
    documents: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    nodes_written: int = 0
    relationships_written: int = 0
    errors: list[str] = field(default_factory=list)


def extract_document(doc: Document, *, lexicons: Sequence[Path] = ()) -> Extraction:
    from kg.loaders.extract import extract

    return extract(doc, lexicons=lexicons)


def extract_file(
    path: Path, *, date: date | None = None, lexicons: Sequence[Path] = (), max_bytes: int | None = None
) -> Extraction:
    """Read one article and extract from it."""
    from kg.loaders.reader import DEFAULT_MAX_BYTES, read_document

    return extract_document(read_document(path, date=date, max_bytes=max_bytes or DEFAULT_MAX_BYTES), lexicons=lexicons)


def _extract_worker(args: tuple[Document, tuple[Path, ...]]) -> Extraction:
    doc, lexicons = args
    return extract_document(doc, lexicons=lexicons)


def extract_many(
    docs: Iterable[Document],
    *,
    lexicons: Sequence[Path] = (),
    workers: int = 1,
    on_done: Callable[[Extraction], None] | None = None,
) -> list[Extraction]:
    """Extract from many documents, in worker processes when ``workers > 1``.

    Workers use the 'spawn' start method: the embedded store's JVM must never be forked.
    """
    docs = list(docs)
    out: list[Extraction] = []
    if workers <= 1 or len(docs) <= 1:
        for d in docs:
            ex = extract_document(d, lexicons=lexicons)
            out.append(ex)
            if on_done:
                on_done(ex)
        return out
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(workers) as pool:
        for ex in pool.imap(_extract_worker, [(d, tuple(lexicons)) for d in docs], chunksize=4):
            out.append(ex)
            if on_done:
                on_done(ex)
    return out


def to_property_graph(extractions: Iterable[Extraction]):  # -> kg.graph.model.PropertyGraph
    """All extractions as one property graph (via their RDF, the layers' common language)."""
    from rdflib import Graph

    from kg.graph.mapping import rdf_to_property_graph
    from kg.loaders.rdf import to_rdf

    g = Graph()
    for ex in extractions:
        g += to_rdf(ex)
    return rdf_to_property_graph(g)


def ingest_extractions(store, extractions: Sequence[Extraction], *, batch_size: int = 1000) -> IngestReport:
    """Write extractions to a store. Idempotent: the same articles again change nothing."""
    report = IngestReport(documents=len(extractions))
    for ex in extractions:
        report.entities += len(ex.entities)
        report.relations += len(ex.relations)
        report.events += len(ex.events)
    pg = to_property_graph(extractions)
    stats = store.write(pg, batch_size=batch_size)
    report.nodes_written = stats.nodes
    report.relationships_written = stats.relationships
    return report
