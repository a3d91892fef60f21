"""Helpers shared by the CLI commands: clean one-line errors, JSON output, the store options."""

from __future__ import annotations

import json
import os
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
    typer.echo(f"Error: {' '.join(message.split())}", err=True)
    raise typer.Exit(code)


EXIT_ERROR = 1
"""Exit status of every error: bad input, a store that cannot be used, a failed query, a bug."""
EXIT_INTERRUPTED = 130

USER_ERRORS = {"LoaderError", "GraphError", "QueryError", "KgError", "AskError", "OSError", "ValueError"}


@contextmanager
def user_errors() -> Iterator[None]:
    """The CLI's error boundary: any exception becomes one line on stderr and exit status 1.

    The library's own errors (and OSError, ValueError) are shown as they are; anything else is a
    bug and is shown as one line naming its type (``KG_DEBUG=1`` shows the traceback instead).
    """
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as e:  # noqa: BLE001 - the CLI boundary: every error becomes one line
        if os.environ.get("KG_DEBUG"):
            raise
        if _is_user_error(e):
            fail(one_line(e))
        fail(f"unexpected {type(e).__name__}: {one_line(e)} (a bug; KG_DEBUG=1 shows the traceback)")


def one_line(e: BaseException) -> str:
    """The first non-blank line of an exception's message (its type's name when it has none)."""
    for line in str(e).splitlines():
        if line.strip():
            return line.strip()
    return type(e).__name__


def _is_user_error(e: BaseException) -> bool:
    names = {c.__name__ for c in type(e).__mro__}
    return bool(names & USER_ERRORS)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
