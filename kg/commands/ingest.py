"""``kg ingest``: articles into the graph (the embedded store by default)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.commands._common import DataDirOption, UriOption, fail, one_line, print_json, user_errors
from kg.commands.extract import _parse_date


def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Article files, folders of them, or JSON Lines files.", show_default=False),
    ],
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    published: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles that lack one.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per UNWIND batch.")] = 1000,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra lexicon file(s).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
    max_mb: Annotated[int, typer.Option("--max-mb", min=1, help="Refuse articles larger than this many MiB (default 20).")] = 20,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract their facts and write them to the graph. Re-ingesting changes nothing.

    Bad items in a folder or JSON Lines file (empty, binary, not JSON...) are skipped with one
    "Skipped:" line each on stderr; the exit status is 0 when at least one article was written,
    1 when none could be read or the write failed, 130 when interrupted (Ctrl-C). A write that fails
    or is interrupted is taken back (the graph is as it was); one that could not be taken back, or a
    process killed half-way, is completed by running the same command again.

    Examples:
      kg ingest examples/alibaba-qwq-32b.de.txt
      kg ingest articles/ --workers 2
      kg ingest feed.jsonl --uri bolt://localhost:7687
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg import api
    from kg.graph import open_store
    from kg.loaders.reader import iter_documents

    with user_errors():
        when = _parse_date(published)
        docs, errors = [], []
        for p in paths:
            if not p.exists():
                fail(f"no such file or folder: {p}")
            docs.extend(iter_documents(p, date=when, max_bytes=max_mb * 2**20, on_error=lambda err: errors.append(str(err))))
        if not docs:
            fail("no readable article in " + ", ".join(map(str, paths)) + (f" ({errors[0]})" if errors else ""))
        show = not quiet and not json_out and sys.stderr.isatty()  # never a stray line in a pipe or log
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            disable=not show, transient=True, console=Console(stderr=True),
        ) as progress:
            task = progress.add_task("Extracting", total=len(docs))
            extractions = api.extract_many(
                docs, lexicons=lexicon or (), workers=workers, on_done=lambda _ex: progress.advance(task)
            )
            progress.update(task, description="Writing")
            with open_store(data_dir=data_dir, uri=uri) as store:
                iris = list(dict.fromkeys(ex.document.iri for ex in extractions))
                new = [i for i in iris if i not in _complete_documents(store, iris)]
                try:
                    report = api.ingest_extractions(store, extractions, batch_size=batch_size)
                except typer.Exit:
                    raise
                except KeyboardInterrupt:
                    kept = "nothing of this ingest was kept" if _roll_back(store, new) else \
                        "run the same kg ingest again to complete it"
                    typer.echo(f"Interrupted; {kept}.", err=True)
                    raise typer.Exit(130) from None
                except Exception as e:  # noqa: BLE001 - said in one line below, with what to do
                    if os.environ.get("KG_DEBUG"):
                        raise
                    if _roll_back(store, new):
                        fail(f"writing to the graph failed: {one_line(e)}; nothing of this ingest was kept "
                             "(the graph is as it was)")
                    fail(f"writing to the graph failed: {one_line(e)}; run the same kg ingest again "
                         "to complete it (every write is safe to repeat)")
        report.errors = errors
        if json_out:
            print_json(report.__dict__)
        else:
            skipped = f" Skipped {len(errors)} bad item(s)." if errors else ""
            typer.echo(
                f"Ingested {report.documents} document(s): {report.entities} entities, "
                f"{report.relations} relations, {report.events} events.{skipped}"
            )
            for e in errors:
                typer.echo(f"Skipped: {e}", err=True)


def _complete_documents(store, iris: list[str]) -> set[str]:
    """The documents among ``iris`` that the store holds completely (their hash is written last)."""
    from kg.graph import cypher

    return {r["iri"] for r in store.query(*cypher.document_hashes(iris)) if r.get("contentHash")}


def _roll_back(store, iris: list[str]) -> bool:
    """Take the facts of the documents ``iris`` (which were not in the store before a failed write)
    out again, each in one transaction. False when that fails too (a dead store, a full disk)."""
    from kg.graph.ops import _forget

    try:
        for doc in iris:
            store.transaction(lambda run, d=doc: _forget(run, d))
    except Exception:  # noqa: BLE001 - the caller says to run the ingest again instead
        return False
    return True


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
