"""``kg sync``, ``kg export``, ``kg forget``: move the graph to a Bolt server, out as RDF, or drop a document."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.commands._common import DataDirOption, UriOption, fail, print_json, user_errors

UserOption = Annotated[
    str | None,
    typer.Option("--username", "-u", envvar="NEO4J_USERNAME", help="Bolt user (env NEO4J_USERNAME; default neo4j).",
                 show_default=False),
]
PasswordOption = Annotated[
    str | None,
    typer.Option("--password", envvar="NEO4J_PASSWORD", show_envvar=False, show_default=False,
                 help="Bolt password (better: env NEO4J_PASSWORD). Never printed."),
]
DatabaseOption = Annotated[
    str | None,
    typer.Option("--database", "-d", envvar="NEO4J_DATABASE", help="Database on the server (env NEO4J_DATABASE).",
                 show_default=False),
]
BatchOption = Annotated[int, typer.Option("--batch-size", min=1, help="Rows per UNWIND batch.")]


class RdfFormat(str, Enum):
    turtle = "turtle"
    jsonld = "jsonld"
    nt = "nt"


def sync(
    documents: Annotated[
        list[str] | None,
        typer.Argument(help="Documents to sync (IRI or source path); all when none are given.", show_default=False),
    ] = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    username: UserOption = None,
    password: PasswordOption = None,
    database: DatabaseOption = None,
    batch_size: BatchOption = 1000,
    prune: Annotated[bool, typer.Option("--prune", help="Also remove documents the embedded store no longer has.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Push the embedded graph to a Neo4j (Bolt) server. Unchanged documents are skipped.

    Examples:
      NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=... kg sync
      kg sync examples/alibaba-qwq-32b.de.txt --uri neo4j+s://xxxx.databases.neo4j.io
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from kg.graph.bolt import BoltStore
    from kg.graph.config import resolve
    from kg.graph.embedded import EmbeddedStore
    from kg.graph.read import find_documents
    from kg.graph.sync import sync as run_sync

    with user_errors():
        cfg = resolve(data_dir, uri, username, password, database)
        if not cfg.uri:
            fail("kg sync needs a Bolt server: give --uri or set NEO4J_URI")
        if not (cfg.data_dir / "db").exists():
            fail(f"no embedded graph in {cfg.data_dir}; run kg ingest first (or give --data-dir)")
        with EmbeddedStore(cfg.data_dir) as source:
            docs = find_documents(source, documents) if documents else None
            with BoltStore(cfg.uri, username=cfg.username, password=cfg.password, database=cfg.database,
                           batch_size=batch_size) as target, Progress(
                TextColumn("Syncing"), BarColumn(), MofNCompleteColumn(), disable=quiet or json_out, transient=True
            ) as progress:
                task = progress.add_task("sync", total=None)
                report = run_sync(source, target, docs, batch_size=batch_size, prune=prune,
                                  on_progress=lambda done, total: progress.update(task, completed=done, total=total))
        if json_out:
            print_json(report.__dict__)
            return
        typer.echo(
            f"Synced {len(report.synced)} document(s) to {cfg.uri}, {len(report.skipped)} unchanged: "
            f"{report.nodes} nodes, {report.relationships} relationships in {report.batches} batches."
        )
        if report.replaced:
            typer.echo(f"Replaced {len(report.replaced)} older version(s).")
        if report.pruned:
            typer.echo(f"Removed {len(report.pruned)} document(s) no longer in {cfg.data_dir}.")


def export(
    format: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF format.")] = RdfFormat.turtle,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).",
                                                show_default=False)] = None,
    document: Annotated[list[str] | None, typer.Option("--document", help="Only what this document supports (IRI or "
                                                       "source path); repeatable.", show_default=False)] = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    username: UserOption = None,
    password: PasswordOption = None,
    database: DatabaseOption = None,
) -> None:
    """Write the graph back out as RDF (Turtle, JSON-LD or N-Triples), with every fact's provenance.

    Examples:
      kg export --format turtle > graph.ttl
      kg export --format jsonld --document examples/alibaba-qwq-32b.de.txt -o qwq.jsonld
    """
    from kg.graph import open_store
    from kg.graph.export import export_graph, serialize
    from kg.graph.read import find_documents

    with user_errors():
        with open_store(data_dir=data_dir, uri=uri, username=username, password=password, database=database) as store:
            docs = find_documents(store, document) if document else None
            text = serialize(export_graph(store, docs), format.value)
        if output is None:
            typer.echo(text, nl=False)
        else:
            output.write_text(text, encoding="utf-8")
            typer.echo(f"Wrote {output}", err=True)


def forget(
    documents: Annotated[list[str], typer.Argument(help="Documents to remove (IRI or source path).",
                                                   show_default=False)],
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    username: UserOption = None,
    password: PasswordOption = None,
    database: DatabaseOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
) -> None:
    """Remove documents and what only they support; facts other documents also support stay.

    Examples:
      kg forget examples/alibaba-qwq-32b.de.txt
      kg forget https://w3id.org/kg-news/id/doc/0123456789abcdef --uri bolt://localhost:7687
    """
    from kg.graph import open_store
    from kg.graph.ops import forget_document
    from kg.graph.read import find_documents

    with user_errors():
        with open_store(data_dir=data_dir, uri=uri, username=username, password=password, database=database) as store:
            reports = [forget_document(store, d) for d in find_documents(store, documents)]
        if json_out:
            print_json([r.__dict__ for r in reports])
            return
        for r in reports:
            typer.echo(
                f"Removed {r.document}: {r.nodes_deleted} entities/events and {r.relationships_deleted} facts "
                f"only it supported; {r.relationships_updated} shared facts kept."
            )


def register(app: typer.Typer) -> None:
    app.command("sync")(sync)
    app.command("export")(export)
    app.command("forget")(forget)
