"""``python -m benchmarks [--quick] [--json] [--only GROUP ...]``: run every benchmark, print one table.

Each measure runs in its own Python process, so its peak memory (``ru_maxrss``) is its own. A measure
whose code does not exist yet shows as a 'not available' row rather than failing the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import Row, fmt_value

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

# (group, module, per-measure functions or None for the module's run(quick)).
# Our own modules list their measures so each gets its own process; the others expose run(quick).
PLAN: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("extract", "extract_bench", ("words_per_core", "article_1000_words", "workers_2")),
    ("rdf", "rdf_bench", ("formats", "build_and_map")),
    ("sync", "sync_bench", None),
    ("query", "query_bench", None),
    ("analytics", "analytics_bench", None),
]

COLUMNS = ("group", "measure", "value", "unit", "vs alternative", "goal", "peak MiB (process / Python)", "note")


def machine() -> dict[str, Any]:
    """The machine the run happened on: cores, memory, CPU model, Python, commit."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": cores,
        "memory": mem,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "commit": commit,
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "",
    }


def _ratio(r: Row) -> str:
    if r.ratio is None:
        return ""
    text = f"{fmt_value(r.ratio)}×"
    return f"{text} vs {r.baseline}" if r.baseline else text


def _peak(r: Row) -> str:
    if r.peak_mib is None and r.py_peak_mib is None:
        return ""
    proc = fmt_value(r.peak_mib) if r.peak_mib is not None else "-"
    return proc if r.py_peak_mib is None else f"{proc} / {fmt_value(r.py_peak_mib)}"


def _cells(r: Row) -> list[str]:
    return [r.group, r.measure, fmt_value(r.value) if r.available else "—", r.unit, _ratio(r), r.goal,
            _peak(r), r.note]


def format_table(rows: list[Row]) -> str:
    """The rows as one Markdown table (readable as plain text too)."""
    cells = [list(COLUMNS)] + [[c.replace("|", "\\|") for c in _cells(r)] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def format_machine(m: dict[str, Any]) -> str:
    return (f"{m['date']} · {m['cpu']} · {m['cores']} cores · {m['memory']} RAM · Python {m['python']} · "
            f"{m['os']} · commit {m['commit']} · load average at start {m['load']}")


def _has_run(path: Path) -> bool:
    try:
        return "def run(" in path.read_text(encoding="utf-8")
    except OSError:
        return False


def collect(quick: bool, only: set[str] | None = None, *, progress: bool = True) -> list[Row]:
    """Run the plan: each measure in a child process; missing modules give 'not available' rows."""
    from benchmarks.memory import run_in_child

    timeout = 240.0 if quick else 1800.0
    rows: list[Row] = []
    for group, module, measures in PLAN:
        if only and group not in only:
            continue
        path = HERE / f"{module}.py"
        if not path.exists():
            rows.append(Row.unavailable(group, f"benchmarks/{module}.py not written yet", group=group))
            continue
        targets = [f"benchmarks.{module}:{m}" for m in measures] if measures else []
        if not measures:
            if not _has_run(path):
                rows.append(Row.unavailable(group, f"benchmarks/{module}.py has no run(quick)", group=group))
                continue
            targets = [f"benchmarks.{module}:run"]
        for target in targets:
            t0 = time.perf_counter()
            if progress:
                print(f"… {target}", file=sys.stderr, flush=True)
            got = run_in_child(target, quick, timeout=timeout, group=group)
            if progress:
                print(f"  {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
            rows.extend(got)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs: the whole run takes under a minute")
    ap.add_argument("--json", action="store_true", help="print JSON (machine and rows) instead of the table")
    ap.add_argument("--only", nargs="+", metavar="GROUP", help=f"only these groups: {', '.join(g for g, *_ in PLAN)}")
    args = ap.parse_args(argv)
    m = machine()
    t0 = time.perf_counter()
    rows = collect(args.quick, set(args.only) if args.only else None, progress=not args.json)
    m["seconds"] = round(time.perf_counter() - t0, 1)
    m["mode"] = "quick" if args.quick else "full"
    if args.json:
        print(json.dumps({"machine": m, "rows": [r.to_dict() for r in rows]}, indent=2, default=str))
    else:
        print(f"{format_machine(m)} · {m['mode']} run, {m['seconds']} s\n")
        print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
