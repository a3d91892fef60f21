"""``kg analyze centrality|communities|timeline``: who matters, who clusters together, how it changed."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.commands._common import DataDirOption, UriOption, fail, print_json, user_errors

if TYPE_CHECKING:
    from kg.queries.analytics.run import Analysis, Request

app = typer.Typer(
    name="analyze",
    help="Graph analytics with networkx (or Neo4j GDS): centrality, communities, change over time.",
    no_args_is_help=True,
)


class Measure(str, Enum):
    pagerank = "pagerank"
    degree = "degree"
    betweenness = "betweenness"


class PeriodName(str, Enum):
    month = "month"
    quarter = "quarter"
    year = "year"


class Backend(str, Enum):
    networkx = "networkx"
    neo4j = "neo4j"


TypesOption = Annotated[
    list[str] | None,
    typer.Option("--types", "-t", help="Entity types to keep, comma-separated (Company,AIModel; a superclass such "
                                       "as Organization takes its subclasses). Default: all.", show_default=False),
]
RelationsOption = Annotated[
    list[str] | None,
    typer.Option("--relations", "-r", help="Relations to keep, comma-separated (competesWith,released). "
                                           "Default: all between entities.", show_default=False),
]
MeasureOption = Annotated[Measure, typer.Option("--measure", "-m", help="Centrality measure.")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Only what was known on this date (YYYY-MM-DD), from document and event dates.",
                 show_default=False),
]
TopOption = Annotated[int, typer.Option("--top", "-n", min=1, help="How many rows to show.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
HtmlOption = Annotated[
    Path | None,
    typer.Option("--html", help="Also write a picture to this HTML file (size: centrality, colour: community).",
                 dir_okay=False, show_default=False),
]
EventsOption = Annotated[bool, typer.Option("--events", help="Project events too: entities sharing an event are linked.")]
BackendOption = Annotated[
    Backend,
    typer.Option("--backend", help="networkx (in this process) or neo4j (Graph Data Science on a Bolt server, "
                                   "when it has GDS; else networkx with a note)."),
]


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"--as-of wants a date as YYYY-MM-DD, got {text!r}")


def _request(types: list[str] | None, relations: list[str] | None, events: bool, as_of: str | None, top: int,
             backend: Backend, directed: bool = False, *, evidence: bool = False) -> "Request":
    """The library's request; evidence sentences are projected only when a picture will show them."""
    from kg.queries.analytics.run import Request

    return Request(types=types, relations=relations, events=events, as_of=_date(as_of), top=top,
                   backend=backend.value, directed=directed, evidence=evidence)


def _run(data_dir: Path | None, uri: str | None, work: Any) -> "Analysis":
    """Open the store, run ``work(store)``, turn the library's errors into one-line messages."""
    from kg.graph import open_store
    from kg.graph.config import resolve
    from kg.queries.analytics.errors import AnalyticsError

    with user_errors():
        cfg = resolve(data_dir, uri, None, None, None)
        if not cfg.is_bolt and not (cfg.data_dir / "db").exists():
            fail(f"no graph in {cfg.data_dir}; run kg ingest first (or give --data-dir / --uri)")
        try:
            with open_store(data_dir=data_dir, uri=uri) as store:
                return work(store)
        except AnalyticsError as e:
            fail(str(e).splitlines()[0])


def _notes(analysis: "Analysis") -> None:
    for note in dict.fromkeys([*getattr(analysis.result, "notes", []), *analysis.notes]):
        typer.echo(f"Note: {note}", err=True)


def _picture(analysis: "Analysis", html: Path | None, measure: str, title: str, data_dir: Path | None,
             uri: str | None, req: "Request") -> None:
    if html is None:
        return
    from kg.queries.analytics.html import write_analysis_html

    g = analysis.graph
    if g is None:  # GDS computed the result: draw from a projection (checked against memory)
        from kg.queries.analytics.projection import project
        from kg.queries.analytics.timeline import as_of

        def load(store: Any) -> Any:
            graph = project(store, types=analysis.types, relations=analysis.relations, events=req.events,
                            evidence=req.evidence)
            return as_of(graph, req.as_of) if req.as_of else graph

        g = _run(data_dir, uri, load)
    with user_errors():
        out = write_analysis_html(html, g, measure=measure, title=title)
    typer.echo(f"Wrote {out}", err=True)


def _table(title: str, columns: list[tuple[str, str]], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for name, justify in columns:
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*row)
    Console(soft_wrap=True).print(table)


def _scope(analysis: "Analysis") -> str:
    parts = []
    if analysis.types:
        parts.append("types " + ",".join(analysis.types))
    if analysis.relations:
        parts.append("relations " + ",".join(analysis.relations))
    as_of = getattr(analysis.result, "as_of", None)
    if as_of:
        parts.append(f"as of {as_of}")
    return f" ({'; '.join(parts)})" if parts else ""


@app.command("centrality")
def centrality_cmd(
    measure: MeasureOption = Measure.pagerank,
    types: TypesOption = None,
    relations: RelationsOption = None,
    as_of: AsOfOption = None,
    top: TopOption = 10,
    directed: Annotated[bool, typer.Option("--directed", help="Keep relation directions (default: undirected).")] = False,
    events: EventsOption = False,
    backend: BackendOption = Backend.networkx,
    json_out: JsonOption = False,
    html: HtmlOption = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
) -> None:
    """Rank entities by PageRank, degree or betweenness.

    Examples:
      kg analyze centrality --top 10
      kg analyze centrality --types Company --relations competesWith,released --measure betweenness
      kg analyze centrality --as-of 2025-03-31 --json
    """
    from kg.queries.analytics.run import analyze_centrality

    req = _request(types, relations, events, as_of, top, backend, directed, evidence=html is not None)
    analysis = _run(data_dir, uri, lambda store: analyze_centrality(store, measure.value, req))
    if json_out:
        print_json(analysis.to_json())
    else:
        r = analysis.result
        _table(f"{measure.value} of {r.nodes:,} entities, {r.edges:,} links{_scope(analysis)}",
               [("#", "right"), ("Entity", "left"), ("Type", "left"), ("Score", "right"), ("Links", "right")],
               [[str(s.rank), s.name, s.type, f"{s.score:.4f}", str(s.degree)] for s in r.scores])
    _notes(analysis)
    _picture(analysis, html, measure.value, f"kg: {measure.value} centrality{_scope(analysis)}", data_dir, uri, req)


@app.command("communities")
def communities_cmd(
    types: TypesOption = None,
    relations: RelationsOption = None,
    as_of: AsOfOption = None,
    top: TopOption = 10,
    measure: Annotated[Measure, typer.Option("--measure", "-m", help="Centrality that names each group.")] = Measure.pagerank,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Smallest group to list.")] = 2,
    resolution: Annotated[float, typer.Option("--resolution", min=0.01, help="Louvain resolution: above 1, smaller groups.")] = 1.0,
    events: EventsOption = False,
    backend: BackendOption = Backend.networkx,
    json_out: JsonOption = False,
    html: HtmlOption = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
) -> None:
    """Groups of entities that compete or partner among themselves (Louvain), named after their most central member.

    Examples:
      kg analyze communities --types Company,AIModel --relations competesWith,partnersWith,released
      kg analyze communities --html communities.html
    """
    from kg.queries.analytics.run import analyze_communities

    req = _request(types, relations, events, as_of, top, backend, evidence=html is not None)
    analysis = _run(data_dir, uri, lambda store: analyze_communities(
        store, req, measure=measure.value, min_size=min_size, resolution=resolution))
    r = analysis.result
    if json_out:
        out = analysis.to_json()
        out["communities"] = out["communities"][:top]
        print_json(out)
    else:
        rows = []
        for c in r.communities[:top]:
            names = [m.name for m in c.members[:8]] + ([f"… +{c.size - 8}"] if c.size > 8 else [])
            rows.append([str(c.id), c.name, str(c.size), ", ".join(names)])
        extra = f", modularity {r.modularity:.3f}" if getattr(r, "modularity", None) is not None else ""
        _table(f"{len(r.communities)} communities of {r.nodes:,} entities{extra}{_scope(analysis)}",
               [("#", "right"), ("Named after", "left"), ("Size", "right"), ("Members (most central first)", "left")],
               rows)
    _notes(analysis)
    _picture(analysis, html, measure.value, f"kg: communities{_scope(analysis)}", data_dir, uri, req)


@app.command("timeline")
def timeline_cmd(
    period: Annotated[PeriodName, typer.Option("--period", "-p", help="Length of each step.")] = PeriodName.month,
    measure: MeasureOption = Measure.pagerank,
    types: TypesOption = None,
    relations: RelationsOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Last day to show (YYYY-MM-DD).", show_default=False)] = None,
    top: TopOption = 10,
    window: Annotated[bool, typer.Option("--window", help="Each period's own links only (default: everything up to its end).")] = False,
    events: EventsOption = False,
    backend: BackendOption = Backend.networkx,
    json_out: JsonOption = False,
    html: HtmlOption = None,
    data_dir: DataDirOption = None,
    uri: UriOption = None,
) -> None:
    """Centrality per month, quarter or year: how each entity's position moved (rank and score).

    Examples:
      kg analyze timeline --period quarter --types Company
      kg analyze timeline --period month --measure degree --as-of 2025-06-30 --json
    """
    from kg.queries.analytics.run import analyze_timeline

    req = _request(types, relations, events, as_of, top, backend, evidence=html is not None)
    analysis = _run(data_dir, uri, lambda store: analyze_timeline(
        store, req, period=period.value, measure=measure.value, cumulative=not window))
    t = analysis.result
    if json_out:
        print_json(analysis.to_json())
    else:
        cols = [("Entity", "left"), ("Type", "left")] + [(p.label, "right") for p in t.periods]
        rows = [[r.name, r.type] + [f"{rank} ({score:.3f})" if rank is not None else "–"
                                     for rank, score in zip(r.ranks, r.scores)] for r in t.rows]
        how = "per period" if window else "up to each period's end"
        _table(f"{measure.value} rank (score) by {period.value}, {how}{_scope(analysis)}", cols, rows)
    _notes(analysis)
    _picture(analysis, html, measure.value, f"kg: {measure.value} as of the last {period.value}{_scope(analysis)}",
             data_dir, uri, req)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="analyze")
