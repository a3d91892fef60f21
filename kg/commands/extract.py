"""``kg extract``: one article to JSON, Turtle or JSON-LD, without touching any store."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.commands._common import print_json, user_errors


class Format(str, Enum):
    json = "json"
    turtle = "turtle"
    jsonld = "jsonld"
    nt = "nt"


def extract(
    file: Annotated[Path, typer.Argument(help="Article: .txt, .html, .md (or - for standard input).", show_default=False)],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    published: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) when the article does not say; resolves 'am Mittwoch'."),
    ] = None,
    lexicon: Annotated[
        list[Path] | None, typer.Option("--lexicon", help="Extra lexicon file(s) of entities and aliases.")
    ] = None,
    max_mb: Annotated[int, typer.Option("--max-mb", min=1, help="Refuse articles larger than this many MiB (default 20).")] = 20,
    min_confidence: Annotated[
        float,
        typer.Option("--min-confidence", min=0.0, max=1.0,
                     help="Leave out relations, attributes and events below this confidence (guesses carry 0.4-0.5)."),
    ] = 0.0,
) -> None:
    """Extract entities, relations, attributes and events from one article and print them.

    Example: kg extract examples/alibaba-qwq-32b.de.txt --format json

    Example: kg extract article.html --min-confidence 0.55   (stated facts only, no guesses)
    """
    from kg import api
    from kg.loaders.rdf import serialize, to_rdf
    from kg.loaders.reader import document_from_bytes

    with user_errors():
        when = _parse_date(published)
        if str(file) == "-":
            import sys

            doc = document_from_bytes(sys.stdin.buffer.read(), "<stdin>", date=when, max_bytes=max_mb * 2**20)
            ex = api.extract_document(doc, lexicons=lexicon or ())
        else:
            ex = api.extract_file(file, date=when, lexicons=lexicon or (), max_bytes=max_mb * 2**20)
        if min_confidence > 0:
            ex = ex.at_least(min_confidence)
        if format is Format.json:
            print_json(ex.to_json())
        else:
            typer.echo(serialize(to_rdf(ex), format.value), nl=False)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--date wants YYYY-MM-DD, got {text!r}") from None


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
