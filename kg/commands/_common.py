"""Helpers shared by the CLI commands: clean one-line errors, JSON output, the store options."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="KG_DATA_DIR",
        help="Folder of the embedded store (default ./.kg; env KG_DATA_DIR).",
        show_default=False,
    ),
]
UriOption = Annotated[
    str | None,
    typer.Option(
        "--uri",
        envvar="NEO4J_URI",
        help="Bolt URI of a Neo4j server to use instead of the embedded store (env NEO4J_URI).",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error to stderr and exit with ``code``."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the library's exceptions into one-line errors (no traceback) with exit code 1."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        raise typer.Exit(130) from None
    except Exception as e:  # noqa: BLE001 - the CLI boundary: every library error becomes one line
        if _is_user_error(e):
            fail(str(e).splitlines()[0] if str(e) else type(e).__name__)
        raise


def _is_user_error(e: BaseException) -> bool:
    names = {c.__name__ for c in type(e).__mro__}
    return bool(names & {"LoaderError", "GraphError", "QueryError", "KgError", "OSError", "ValueError"})


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
