"""Peak memory of a measure, and running each heavy measure in its own process so peaks don't mix.

- :func:`python_peak`: the Python-side peak of one call (tracemalloc; slows the call, so never timed).
  Not with the embedded (JVM) store open: JPype's reference-queue thread allocates without the GIL
  and tracemalloc then crashes the process (SIGSEGV in ``traceback_new``, seen at 100k relationships).
- :func:`rss_growth`: the peak growth of resident memory during one call, sampled (safe with a JVM).
- :func:`process_peak_mib`: this process's whole peak so far (``ru_maxrss``), with its children's.
- :func:`run_in_child`: run ``module:function(quick) -> list[Row]`` in a fresh interpreter and return its
  rows, each with ``peak_mib`` = that interpreter's ``ru_maxrss`` (the rows' own value is kept).

``python -m benchmarks.memory module:function [--quick]`` is the child's entry point.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from benchmarks import Row

__all__ = ["python_peak", "process_peak_mib", "rss_growth", "run_command", "run_in_child"]

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
_MARK = "@@BENCH-ROWS@@"


def python_peak(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    """``fn(*args, **kwargs)`` and the peak of Python allocations during the call, in MiB."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        result = fn(*args, **kwargs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return result, peak / 2**20


def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_growth(fn: Callable[..., T], *args: Any, interval: float = 0.01, **kwargs: Any) -> tuple[T, float]:
    """``fn(*args, **kwargs)`` and how far the resident size rose above its start during the call,
    in MiB (sampled every ``interval`` s by a thread; Python and JVM alike; 0 where /proc is missing)."""
    import threading

    try:
        start = _rss_bytes()
    except OSError:
        return fn(*args, **kwargs), 0.0
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(interval):
            peak[0] = max(peak[0], _rss_bytes())

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        result = fn(*args, **kwargs)
    finally:
        done.set()
        t.join()
        peak[0] = max(peak[0], _rss_bytes())
    return result, (peak[0] - start) / 2**20


def process_peak_mib() -> float:
    """Peak resident memory of this process or of its largest finished child, in MiB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024
    return max(own, kids) * scale / 2**20


def run_command(cmd: list[str], *, timeout: float, cwd: Path = ROOT) -> tuple[int, str, str, float]:
    """Run ``cmd``; (exit code, stdout, stderr, its peak resident MiB). Exit code -9 after a timeout."""
    import tempfile
    import time

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = -9
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status) if status != -9 else -9
        out.seek(0)
        err.seek(0)
        scale = 1 if sys.platform == "darwin" else 1024
        return proc.returncode, out.read(), err.read(), usage.ru_maxrss * scale / 2**20


def run_in_child(target: str, quick: bool, *, timeout: float = 600.0, group: str = "") -> list[Row]:
    """Run ``target`` (``"benchmarks.rdf_bench:run"``) in a new interpreter; its rows, or one error row."""
    cmd = [sys.executable, "-m", "benchmarks.memory", target] + (["--quick"] if quick else [])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [Row.unavailable(target, f"timed out after {timeout:.0f} s", group=group)]
    out = proc.stdout
    if _MARK not in out:
        last = (proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
        return [Row.unavailable(target, f"crashed: {last[:160]}", group=group)]
    payload = json.loads(out.split(_MARK, 1)[1])
    rows = [Row.from_dict(d) for d in payload["rows"]]
    for r in rows:
        if r.peak_mib is None and r.available:
            r.peak_mib = payload["peak_mib"]
        if not r.group:
            r.group = group
    return rows


def _child(target: str, quick: bool) -> None:
    module, _, func = target.partition(":")
    fn = getattr(importlib.import_module(module), func or "run")
    rows = fn(quick)
    payload = {"rows": [r.to_dict() for r in rows], "peak_mib": round(process_peak_mib(), 1)}
    sys.stdout.write("\n" + _MARK + json.dumps(payload, default=str) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    _child(sys.argv[1], "--quick" in sys.argv[2:])
