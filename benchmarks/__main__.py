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

# Modules without run(quick) that the runner drives through their command line instead.
ADAPTERS = {"query_bench": "benchmarks.__main__:query_rows"}

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
            if _has_run(path):
                targets = [f"benchmarks.{module}:run"]
            elif module in ADAPTERS:
                targets = [ADAPTERS[module]]
            else:
                rows.append(Row.unavailable(group, f"benchmarks/{module}.py has no run(quick)", group=group))
                continue
        for target in targets:
            t0 = time.perf_counter()
            if progress:
                print(f"… {target}", file=sys.stderr, flush=True)
            got = run_in_child(target, quick, timeout=timeout, group=group)
            if progress:
                print(f"  {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
            rows.extend(got)
    return rows


def _query_size(n: int, data_dir: Path, *, page: bool, timeout: float) -> tuple[dict[str, Any] | None, float, str]:
    """One run of ``benchmarks/query_bench.py`` at ``n`` relationships: its report, peak MiB, or why not."""
    from benchmarks.memory import run_command

    cmd = [sys.executable, str(HERE / "query_bench.py"), "--relationships", str(n), "--data-dir", str(data_dir)]
    code, out, err, peak = run_command(cmd + ([] if page else ["--skip-page"]), timeout=timeout)
    if code != 0:
        why = f"timed out after {timeout:.0f} s" if code == -9 else (err.strip().splitlines() or [f"exit {code}"])[-1]
        return None, peak, why[:160]
    start = out.rfind("\n{\n")
    try:
        return json.loads(out[start + 1 if start >= 0 else 0:]), peak, ""
    except ValueError:
        return None, peak, "unreadable output of query_bench.py"


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


def query_rows(quick: bool) -> list[Row]:
    """Adapter for ``benchmarks/query_bench.py`` (a command line, no run(quick)): questions on graphs of
    10k, 100k and 1M relationships (10k with --quick; KG_BENCH_QUERY_SIZES="10000,100000" to choose),
    each size in its own process; the HTML page once.
    Ratios compare each size's latency with the 10k graph's, so the growth of cost with size shows."""
    import tempfile

    sizes = [10_000] if quick else [10_000, 100_000, 1_000_000]
    if os.environ.get("KG_BENCH_QUERY_SIZES"):  # e.g. "10000,100000"
        sizes = [int(x) for x in os.environ["KG_BENCH_QUERY_SIZES"].split(",") if x.strip()]
    rows: list[Row] = []
    base: dict[str, float] = {}
    for i, n in enumerate(sizes):
        label = _label(n)
        first = len(rows)
        with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as tmp:
            rep, peak, why = _query_size(n, Path(tmp) / "kg", page=(i == 0), timeout=300 if quick else 1500)
        if rep is None:
            rows.append(Row.unavailable(f"questions, {label} relationships", why, group="query"))
            continue
        lib, graph = rep.get("library", {}), rep.get("graph", {})
        for key, what in (("one_hop_founder", "one-hop question (founder)"),
                          ("one_hop_german", "one-hop question, German"),
                          ("lifted_competitors", "competitors (via released models)"),
                          ("fuzzy_warm", "question with a misspelt name")):
            st = lib.get(key)
            if not st:
                continue
            v = st["median_ms"]
            ratio = v / base[key] if key in base else None
            base.setdefault(key, v)
            rows.append(Row(f"{what}, {label}", v, "ms (median)", ratio=ratio if n != sizes[0] else None,
                            baseline=f"{_label(sizes[0])} graph" if n != sizes[0] else "", peak_mib=peak,
                            group="query", note=f"p95 {st['p95_ms']} ms, {st['runs']} questions, library call"))
        if not any(k.startswith("path") for k in lib):
            rows.append(Row.unavailable(f"path question, {label}", "query_bench.py asks no path questions yet",
                                        group="query"))
        cold = rep.get("cold_start", {})
        if cold:
            v = cold["median_s"] * 1000
            ratio = v / base["cold"] if "cold" in base else None
            base.setdefault("cold", v)
            rows.append(Row(f"kg ask, cold process, {label}", v, "ms (median)", ratio=ratio,
                            baseline=f"{_label(sizes[0])} graph" if ratio else "", group="query",
                            note="new process: JVM start, open, answer"))
        if graph.get("write_s"):
            rows.append(Row(f"store bulk load, {label}", graph["relationships"] / max(graph["write_s"], 1e-9),
                            "rels/s", group="query",
                            note=f"{graph.get('nodes', 0):,} nodes; query_bench's CREATE bulk load, not kg ingest"))
        page = rep.get("page") or {}
        if page:
            rows.append(Row("HTML 5,000 nodes / 10,000 edges: file size", page.get("html_mb"), "MB", group="html"))
            rows.append(Row("HTML 5,000 nodes: build", page.get("build_html_s", 0) * 1000, "ms", group="html"))
            if "page_ready_s" in page:
                rows.append(Row("HTML 5,000 nodes: time to interactive", page["page_ready_s"] * 1000, "ms",
                                group="html", note=f"headless chromium; redraw {page.get('redraw_fit_ms')} ms"))
            else:
                rows.append(Row.unavailable("HTML 5,000 nodes: time to interactive", str(page.get("browser")),
                                            group="html"))
            if "store_picture_5000_s" in page:
                rows.append(Row("picture of 5,000 nodes from the store", page["store_picture_5000_s"] * 1000, "ms",
                                group="html", note=f"{label} graph, nodes/edges {page.get('store_picture_size')}"))
            rows.append(Row.unavailable("HTML 500 nodes", "query_bench.py measures 5,000 nodes only", group="html"))
        for r in rows[first:]:
            if r.available and r.peak_mib is None:
                r.peak_mib = peak  # the query_bench.py process of this size
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
