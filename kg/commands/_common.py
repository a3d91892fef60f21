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


# System errors worth naming when they hide deep in a chain of (Java) causes.
_OS_REASONS = ("No space left on device", "Read-only file system", "Disk quota exceeded", "Permission denied",
               "Too many open files")


def one_line(e: BaseException) -> str:
    """The first non-blank line of an exception's message (its type's name when it has none), plus
    the system reason (a full disk...) when one of its causes, Python's or Java's, names it."""
    text = next((ln.strip() for ln in str(e).splitlines() if ln.strip()), type(e).__name__)
    reason = _os_reason(e)
    if reason and reason not in text:
        text += f" ({reason})"
    return text


def _os_reason(e: BaseException) -> str | None:
    seen: set[int] = set()
    todo: list[object] = [e]
    while todo and len(seen) < 50:
        x = todo.pop()
        if x is None or id(x) in seen:
            continue
        seen.add(id(x))
        try:
            msg = str(x)
        except Exception:  # noqa: BLE001 - a Java object that cannot print itself
            msg = ""
        for reason in _OS_REASONS:
            if reason in msg:
                return reason
        todo += [getattr(x, "__cause__", None), getattr(x, "__context__", None)]
        get_cause = getattr(x, "getCause", None)
        if callable(get_cause):
            try:
                todo.append(get_cause())
            except Exception:  # noqa: BLE001
                pass
    return None


def _is_user_error(e: BaseException) -> bool:
    names = {c.__name__ for c in type(e).__mro__}
    return bool(names & USER_ERRORS)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
