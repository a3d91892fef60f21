"""``kg ask``, ``kg cypher`` and ``kg viz``: questions, raw Cypher and HTML pictures of the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kg.commands._common import DataDirOption, UriOption, fail, print_json, user_errors

EXIT_NOTHING = 1
EXIT_NOT_UNDERSTOOD = 2


def ask(
    question: Annotated[list[str], typer.Argument(help="The question, in English or German (quotes optional).",
                                                  show_default=False)],
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    show_cypher: Annotated[bool, typer.Option("--show-cypher", help="Print the Cypher that ran (--json always "
                                                                   "carries it).")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Write the answer's subgraph as HTML to FILE.",
                                                 metavar="FILE", show_default=False)] = None,
) -> None:
    """Ask the graph a question; every answer comes with its evidence sentence and source.

    Exit status: 0 answered, 1 nothing found (or an error), 2 the question was not understood.

    Examples:
      kg ask "who competes with DeepSeek"
      kg ask "wer hat Alibaba gegründet?" --json
      kg ask "how is Alibaba connected to DeepSeek" --html answer.html --show-cypher
    """
    from kg.graph import open_store
    from kg.queries.api import ask as ask_
    from kg.queries.errors import EntityNotFound, NotUnderstood
    from kg.queries.parse import parse

    text = " ".join(question).strip()
    try:
        parse(text)  # before opening the store: a question we cannot read needs no graph
    except NotUnderstood as e:
        _not_understood(e, json_out)
    with user_errors():
        with open_store(data_dir=data_dir, uri=uri, fast_start=True) as store:
            try:
                answer = ask_(store, text)
            except NotUnderstood as e:
                _not_understood(e, json_out)
            except EntityNotFound as e:
                if json_out:
                    print_json({"question": text, "error": str(e), "suggestions": e.suggestions, "items": []})
                    raise typer.Exit(EXIT_NOTHING) from None
                fail(str(e))
            if html is not None:
                path = answer.picture().save(html)
                typer.echo(f"Wrote {path}", err=True)
    if json_out:
        print_json(answer.to_json())
    else:
        _print_answer(answer, show_cypher)
    if not answer.ok:
        raise typer.Exit(EXIT_NOTHING)


def _not_understood(e: Any, json_out: bool) -> None:
    if json_out:
        print_json({"question": e.question, "error": "not understood", "help": e.help_text, "items": []})
    else:
        typer.echo(f"Error: {e}", err=True)
    raise typer.Exit(EXIT_NOT_UNDERSTOOD)


def _print_answer(answer: Any, show_cypher: bool) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(soft_wrap=True, highlight=False)
    console.print(Text(answer.summary, style="bold"))
    for i, item in enumerate(answer.items, 1):
        console.print(Text(f"{i}. {item.text}"))
        for ev in item.evidence:
            if not ev.sentence:
                continue
            src = ev.title or ev.source or ev.document
            if ev.title and ev.source:
                src = f"{ev.title} ({ev.source})"
            line = Text("     “", style="dim")
            line.append(ev.sentence, style="italic")
            line.append(f"” — {src}", style="dim")
            console.print(line)
    if show_cypher:
        console.print(Text("\nCypher:", style="bold"))
        for q, p in answer.cypher:
            console.print(Text(q))
            console.print(Text("  params: " + json.dumps(p, ensure_ascii=False, default=str), style="dim"))


def cypher(
    query: Annotated[str, typer.Argument(help="A Cypher query.", show_default=False)],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter NAME=VALUE (VALUE as "
                                                      "JSON when it parses, else text); repeatable.")] = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
) -> None:
    """Run a Cypher query and print the rows as a table. Read-only unless --write.

    Examples:
      kg cypher "MATCH (c:Company) RETURN c.name AS name ORDER BY name"
      kg cypher "MATCH (a)-[r:COMPETES_WITH]-(b) RETURN a.name, b.name" --json
      kg cypher "MATCH (n:Entity {name: \\$n}) RETURN n.iri" -p n=Alibaba
    """
    from kg.graph import open_store
    from kg.queries.api import cypher as cypher_

    params: dict[str, Any] = {}
    for item in param or []:
        if "=" not in item:
            fail(f"--param needs NAME=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        try:
            params[k] = json.loads(v)
        except ValueError:
            params[k] = v
    with user_errors():
        with open_store(data_dir=data_dir, uri=uri, fast_start=True) as store:
            rows = cypher_(store, query, params, write=write)
    if json_out:
        print_json(rows)
        return
    _print_table(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if not rows:
        console.print("(no rows)")
        return
    columns: list[str] = []
    for r in rows:
        for k in r:
            if k not in columns:
                columns.append(k)
    table = Table(*columns, show_lines=False)
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in columns])
    console.print(table)
    console.print(f"{len(rows)} row(s)")


def _cell(value: Any) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, str):
        return escape(value)
    return escape(json.dumps(value, ensure_ascii=False, default=str))


def viz(
    entity: Annotated[Optional[str], typer.Argument(help="Entity to centre on; the whole graph when left out.",
                                                    show_default=False)] = None,
    depth: Annotated[int, typer.Option("--depth", "-d", min=0, max=6, help="Steps around the entity.")] = 1,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("kg-graph.html"),
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many nodes.")] = 5000,
    lang: Annotated[str, typer.Option("--lang", help="Language of the labels: en or de.")] = "en",
    data_dir: DataDirOption = None,
    uri: UriOption = None,
) -> None:
    """Write an interactive HTML picture of the graph (works offline: no network request).

    Examples:
      kg viz                               # the whole graph -> kg-graph.html
      kg viz Alibaba --depth 2 --out alibaba.html
    """
    from kg.graph import open_store
    from kg.queries.api import picture
    from kg.queries.errors import EntityNotFound

    if lang not in ("en", "de"):
        fail("--lang must be en or de")
    with user_errors():
        with open_store(data_dir=data_dir, uri=uri, fast_start=True) as store:
            try:
                pic = picture(store, entity, depth=depth, limit=limit, lang=lang)
            except EntityNotFound as e:
                fail(str(e))
            path = pic.save(out)
    typer.echo(f"Wrote {path} ({len(pic.nodes)} nodes, {len(pic.edges)} edges)")


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
    app.command("cypher")(cypher)
    app.command("viz")(viz)
