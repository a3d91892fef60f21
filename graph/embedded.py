"""The embedded store: ArcadeDB in-process (``arcadedb-embedded``), no server.

One JVM per process, started on first use with ArcadeDB's logging sent to a file under the data
directory (nothing on the console, no ``log/`` folder in the working directory). A database
directory is locked by one process at a time: a second process gets :class:`StoreUnavailable`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from kg.graph.model import PropertyGraph, WriteStats
from kg.graph.store import GraphStore, QueryError, StoreUnavailable

__all__ = ["EmbeddedStore", "DB_FOLDER"]

DB_FOLDER = "db"
T = TypeVar("T")
_jvm_lock = threading.Lock()
_LOGGING = """handlers = java.util.logging.FileHandler
.level = WARNING
java.util.logging.FileHandler.pattern = {pattern}
java.util.logging.FileHandler.level = WARNING
java.util.logging.FileHandler.limit = 1000000
java.util.logging.FileHandler.count = 1
java.util.logging.FileHandler.append = true
java.util.logging.FileHandler.formatter = java.util.logging.SimpleFormatter
"""


# JIT settings for a short command (one question): C1 only and the serial collector start about
# 0.5 s sooner on 2 cores; long jobs (ingest, sync, benchmarks) keep the JVM's defaults.
FAST_START_ARGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


def _start_jvm(data_dir: Path, fast_start: bool = False) -> None:
    """Start the JVM once, quietly, with logs and crash files under ``data_dir``."""
    with _jvm_lock:
        import jpype

        if jpype.isJVMStarted():
            return
        from arcadedb_embedded import jvm

        logs = data_dir / "log"
        logs.mkdir(parents=True, exist_ok=True)
        props = logs / "logging.properties"
        pattern = str(logs / "arcadedb.log").replace("\\", "/")
        props.write_text(_LOGGING.format(pattern=pattern), encoding="utf-8")
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(logs / "hs_err_pid%p.log"))
        args = [
            f"-Djava.util.logging.config.file={props}",
            f"-Darcadedb.server.rootPath={data_dir}",
            "-Dpolyglot.engine.WarnInterpreterOnly=false",
            "-Dpolyglot.log.file=" + str(logs / "polyglot.log"),
            *(FAST_START_ARGS if fast_start else ()),
        ]
        with _quiet_stderr():  # the JVM's own "Using incubator modules" line
            jvm.start_jvm(heap_size=os.environ.get("KG_JVM_HEAP", "1g"), jvm_args=args)
        # Java's System.err (e.g. logging's ErrorManager printing a stack trace when the disk is
        # full) goes to a file too: the user sees our one-line errors, never a Java trace.
        from java.io import FileOutputStream, PrintStream
        from java.lang import System

        System.setErr(PrintStream(FileOutputStream(str(logs / "jvm-stderr.log"), True), True))


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null for a moment (what the JVM prints while it starts)."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _plain(value: Any) -> Any:
    """A query result value as plain Python: vertices and edges become their property dicts."""
    if value is None or isinstance(value, bool | int | float | str | date | datetime):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    cls = type(value).__name__
    jname = str(getattr(getattr(value, "getClass", None) and value.getClass(), "getName", lambda: "")())
    if jname.endswith("CypherDate"):
        return date.fromisoformat(str(value))
    if jname.endswith("CypherDateTime") or jname.endswith("CypherLocalDateTime"):
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if hasattr(value, "toMap") and hasattr(value, "getIdentity"):  # vertex or edge
        from arcadedb_embedded.type_conversion import convert_java_to_python

        return _plain(convert_java_to_python(value.toMap(False)))
    try:
        from arcadedb_embedded.type_conversion import convert_java_to_python

        out = convert_java_to_python(value)
        if out is not value and type(out).__module__ in ("builtins", "datetime", "decimal"):
            return _plain(float(out) if type(out).__name__ == "Decimal" else out)
    except Exception:  # noqa: BLE001 - fall back to the text form below
        pass
    return str(value) if cls else value


class EmbeddedStore(GraphStore):
    """ArcadeDB embedded in this process, persisted in ``data_dir``."""

    def __init__(self, data_dir: str | os.PathLike[str], *, fast_start: bool = False):
        """``fast_start`` tunes a JVM that this store starts for short commands (see FAST_START_ARGS)."""
        self.data_dir = Path(data_dir).resolve()
        self._fast_start = fast_start
        self._db: Any = None
        self._open()

    # ------------------------------------------------------------------ lifecycle
    def _open(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # one probe file per process: two kg processes starting at once must not remove each other's
            # probe (that read as "not writable" instead of "in use by another kg process")
            probe = self.data_dir / f".write-test-{os.getpid()}"
            probe.write_text("", encoding="utf-8")
            probe.unlink(missing_ok=True)
        except OSError as e:
            raise StoreUnavailable(f"the data directory {self.data_dir} is not writable ({e.strerror or e})") from e
        _start_jvm(self.data_dir, self._fast_start)
        import arcadedb_embedded as adb

        path = str(self.data_dir / DB_FOLDER)
        try:
            if adb.database_exists(path):
                self._db = adb.open_database(path)
            else:
                try:
                    self._db = adb.create_database(path)
                except Exception as e:  # noqa: BLE001 - another process created it just now: open it
                    if "already exists" not in str(e):
                        raise
                    self._db = adb.open_database(path)
        except Exception as e:  # noqa: BLE001 - ArcadeDB raises its own and Java exceptions
            text = str(e)
            if "lock" in text.lower() or "used by another process" in text.lower():
                raise StoreUnavailable(
                    f"the graph in {self.data_dir} is in use by another kg process; wait for it to finish"
                ) from e
            raise StoreUnavailable(f"cannot open the graph in {self.data_dir}: {text.splitlines()[0]}") from e
        self._ensure_constraints()

    def _ensure_constraints(self) -> None:
        """Uniqueness of ``iri`` per base label (also the index every MERGE and MATCH by iri uses)."""
        from kg.graph import cypher

        for label in cypher.BASE_LABELS:
            q, p = cypher.create_constraint(label)
            self.query(q, p, write=True)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None

    def _check(self) -> Any:
        if self._db is None:
            raise StoreUnavailable("the embedded store is closed")
        return self._db

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.data_dir)!r})"

    # ------------------------------------------------------------------ queries
    def _run(self, cypher: str, params: dict[str, Any] | None, *, write: bool) -> list[dict[str, Any]]:
        db = self._check()
        try:
            if write:
                rs = db.command("opencypher", cypher, params or {})
            else:
                rs = db.query("opencypher", cypher, params or {})
            rows = rs.to_list() if rs is not None else []
        except Exception as e:  # noqa: BLE001
            raise _query_error(e, cypher) from e
        return [_plain(r) for r in rows]

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run Cypher. With ``write=False`` ArcadeDB itself refuses any clause that changes data."""
        if not write:
            return self._run(cypher, params, write=False)
        return self.transaction(lambda run: run(cypher, params))

    def transaction(self, work: Callable[[Callable[..., list[dict[str, Any]]]], T]) -> T:
        """Run ``work(run)`` in one transaction; ``run(cypher, params)`` executes inside it."""
        db = self._check()
        try:
            with db.transaction():
                return work(lambda q, p=None: self._run(q, p, write=True))
        except QueryError:
            raise
        except Exception as e:  # noqa: BLE001
            raise _query_error(e, "") from e

    def write(self, graph: PropertyGraph, *, batch_size: int = 1000) -> WriteStats:
        from kg.graph.ops import write_graph

        return write_graph(self, graph, batch_size=batch_size)


def _query_error(e: BaseException, cypher: str) -> QueryError:
    text = str(e)
    if "QueryNotIdempotentException" in text or "not idempotent" in text:
        return QueryError("this query changes the graph; it is refused on a read-only call")
    first = text.split("Exception: ", 1)[-1].splitlines()[0] if text else type(e).__name__
    return QueryError(f"query failed: {first}")
