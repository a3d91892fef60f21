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


def _query_size(n: int, data_dir: Path, args: list[str], *, timeout: float) -> tuple[dict[str, Any] | None, float, str]:
    """One run of ``benchmarks/query_bench.py`` at ``n`` relationships: its report, peak MiB, or why not."""
    from benchmarks.memory import run_command

    cmd = [sys.executable, str(HERE / "query_bench.py"), "--relationships", str(n), "--data-dir", str(data_dir)]
    code, out, err, peak = run_command(cmd + args, timeout=timeout)
    if code != 0:
        why = f"timed out after {timeout:.0f} s" if code == -9 else (err.strip().splitlines() or [f"exit {code}"])[-1]
        return None, peak, why[:160]
    start = out.rfind("\n{\n")
    try:
        return json.loads(out[start + 1 if start >= 0 else 0:]), peak, ""
    except ValueError:
        return None, peak, "unreadable output of query_bench.py"


def _label(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g}M"
    return f"{n / 1000:g}k" if n >= 1000 else str(n)


QUICK_QUERY_SIZE = 2_000
QUESTIONS = (("one_hop_founder", "one-hop question (founder)"), ("one_hop_german", "one-hop question, German"),
             ("lifted_competitors", "competitors (via released models)"),
             ("path", "path question (how is X connected to Y)"),
             ("fuzzy_warm", "question with a misspelt name"))


def query_rows(quick: bool) -> list[Row]:
    """Adapter for ``benchmarks/query_bench.py`` (a command line, no run(quick)): questions on graphs of
    10k, 100k and 1M relationships (2k with --quick; KG_BENCH_QUERY_SIZES="10000,100000" to choose),
    each size in its own process; the HTML pages (500 and 5,000 nodes) once, in a process of their own.
    Ratios compare each size's latency with the smallest graph's, so the growth of cost with size shows."""
    import tempfile

    sizes = [QUICK_QUERY_SIZE] if quick else [10_000, 100_000, 1_000_000]
    if os.environ.get("KG_BENCH_QUERY_SIZES"):  # e.g. "10000,100000"
        sizes = [int(x) for x in os.environ["KG_BENCH_QUERY_SIZES"].split(",") if x.strip()]
    q_args = ["--skip-page"] + (["--runs", "20", "--path-runs", "10", "--cold-runs", "1"] if quick else [])
    page_args = ["--skip-questions", "--cold-runs", "0"] + (["--store-picture-limit", "500"] if quick else [])
    timeout = 300 if quick else 1500
    rows: list[Row] = []
    html: list[Row] = []
    base: dict[str, float] = {}
    first_label = _label(sizes[0])
    for i, n in enumerate(sizes):
        label = _label(n)
        with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as tmp:
            rep, peak, why = _query_size(n, Path(tmp) / "kg", q_args, timeout=timeout)
            if i == 0:
                html = _page_rows(n, Path(tmp) / "kg", page_args, timeout=timeout)
        if rep is None:
            rows.append(Row.unavailable(f"questions, {label} relationships", why, group="query"))
            continue
        lib, graph = rep.get("library", {}), rep.get("graph", {})
        one_hop = (lib.get("one_hop_founder") or {}).get("median_ms")
        for key, what in QUESTIONS:
            st = lib.get(key)
            if not st:
                continue
            v = st["median_ms"]
            ratio = v / base[key] if key in base and base[key] else None
            base.setdefault(key, v)
            note = f"p95 {st['p95_ms']} ms, {st['runs']} questions, library call"
            if key == "path":
                note += (f"; shortest path {st.get('hops_median', '?'):g} hops (median); "
                         f"{v / one_hop:.1f}× the one-hop question" if one_hop else "")
            rows.append(Row(f"{what}, {label}", v, "ms (median)", ratio=ratio,
                            baseline=f"{first_label} graph" if ratio is not None else "", peak_mib=peak,
                            group="query", note=note))
        cold = rep.get("cold_start", {})
        if cold:
            v = cold["median_s"] * 1000
            ratio = v / base["cold"] if "cold" in base else None
            base.setdefault("cold", v)
            runs = len(cold.get("kg_ask_cold_s", []))
            rows.append(Row(f"kg ask, cold process, {label}", v, "ms" if runs == 1 else "ms (median)", ratio=ratio,
                            baseline=f"{first_label} graph" if ratio is not None else "", group="query",
                            peak_mib=peak, note=f"new process: JVM start, open, answer; {runs} run(s)"))
        if graph.get("write_s"):
            rows.append(Row(f"store bulk load, {label}", graph["relationships"] / max(graph["write_s"], 1e-9),
                            "rels/s", group="query", peak_mib=peak,
                            note=f"{graph.get('nodes', 0):,} nodes; query_bench's CREATE bulk load, not kg ingest"))
    return rows + html


def _page_rows(n: int, data_dir: Path, args: list[str], *, timeout: float) -> list[Row]:
    """The HTML rows, from a query_bench.py process that only builds and loads the pages."""
    rep, peak, why = _query_size(n, data_dir, args, timeout=timeout)
    if rep is None or "page" not in rep:
        return [Row.unavailable("HTML pages", why or "no page report", group="html")]
    page = rep["page"]
    rows: list[Row] = []
    first: dict[str, float] = {}
    for key, rec in page.get("sizes", {}).items():
        nodes = int(key)
        size = f"{nodes:,} nodes"
        vs = {}
        for k in ("html_mb", "build_html_s", "page_ready_s"):
            if k in rec:
                vs[k] = rec[k] / first[k] if k in first and first[k] else None
                first.setdefault(k, rec[k])
        base = f"{int(next(iter(page['sizes']))):,} nodes"
        rows.append(Row(f"HTML {size} / {rec['edges']:,} edges: file size", rec["html_mb"], "MB",
                        ratio=vs.get("html_mb"), baseline=base if vs.get("html_mb") else "", group="html", peak_mib=peak))
        rows.append(Row(f"HTML {size}: build", rec["build_html_s"] * 1000, "ms", ratio=vs.get("build_html_s"),
                        baseline=base if vs.get("build_html_s") else "", group="html", peak_mib=peak))
        if "page_ready_s" in rec:
            rows.append(Row(f"HTML {size}: time to interactive", rec["page_ready_s"] * 1000, "ms",
                            ratio=vs.get("page_ready_s"), baseline=base if vs.get("page_ready_s") else "",
                            group="html", peak_mib=peak,
                            note=f"headless chromium, navigation until drawn; redraw {rec.get('redraw_fit_ms')} ms; "
                                 f"JS heap {rec.get('js_heap_mib')} MiB"))
        else:
            rows.append(Row.unavailable(f"HTML {size}: time to interactive", str(page.get("browser")), group="html"))
    if "store_picture_s" in page:
        rows.append(Row(f"picture of {page['store_picture_limit']:,} nodes from the store",
                        page["store_picture_s"] * 1000, "ms", group="html", peak_mib=peak,
                        note=f"{_label(n)} graph, nodes/edges {page.get('store_picture_size')}; read, build, save"))
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
