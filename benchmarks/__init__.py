"""Benchmarks for kg: speed, memory and scale, each against its alternative where there is one.

Run them with ``python -m benchmarks`` (``--quick`` for a run under a minute, ``--json`` for
machine-readable output). Never part of the test suite; no test asserts a time.

Every benchmark module exposes ``run(quick: bool) -> list[Row]``. A measure whose code does not
exist yet returns ``Row.unavailable(...)`` instead of failing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Row", "fmt_value"]


@dataclass
class Row:
    """One line of the benchmark table.

    ``measure``: what was measured ("extract: words/s per core");
    ``value``: the number (None when not available);
    ``unit``: "words/s", "ms", "MiB", ...;
    ``ratio``: value against ``baseline`` measured in the same run (e.g. batched / per-row = 25.0),
      None when there is no alternative;
    ``baseline``: what the ratio compares against ("one query per row");
    ``peak_mib``: whole-process peak in MiB (ru_maxrss of the child process the measure ran in);
    ``py_peak_mib``: Python-side peak in MiB (tracemalloc, a separate untimed pass), when measured;
    ``goal``: the target, as text ("<= 100 ms");
    ``note``: anything else ("not available: kg.graph missing", "10k rels", ...);
    ``group``: the section of the table ("extract", "rdf", "sync", "query", "html", "analytics").
    """

    measure: str
    value: float | None = None
    unit: str = ""
    ratio: float | None = None
    baseline: str = ""
    peak_mib: float | None = None
    py_peak_mib: float | None = None
    goal: str = ""
    note: str = ""
    group: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def unavailable(cls, measure: str, why: str, *, group: str = "") -> "Row":
        return cls(measure=measure, note=f"not available: {why}", group=group)

    @property
    def available(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Row":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})


def fmt_value(v: float | None) -> str:
    """A number short enough for a table: 3 significant digits, thousands separated."""
    if v is None:
        return "-"
    a = abs(v)
    if a >= 1000:
        return f"{v:,.0f}"
    if a >= 100:
        return f"{v:.0f}"
    if a >= 10:
        return f"{v:.1f}"
    if a >= 1:
        return f"{v:.2f}"
    if a == 0:
        return "0"
    return f"{v:.3g}"
