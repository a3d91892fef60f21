"""Speed of the extractor: ``python -m kg.loaders.extract.benchmark [FILE]``.

Builds an article of about 1,000 words (from FILE, or from the test articles when run inside the
repository), extracts it repeatedly and prints the median CPU time per extraction on one core.
Kept out of the test run on purpose: tests assert no times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path


def _article(words: int = 1000) -> str:
    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "tests" / "data" / "articles").glob("*.txt")) + [root / "examples" / "alibaba-qwq-32b.de.txt"]
    paras, n = [], 0
    for p in paths:
        for para in p.read_text(encoding="utf-8").split("\n"):
            paras.append(para)
            n += len(para.split())
            if n >= words:
                return "\n".join(paras)
    return "\n".join(paras)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.loaders.extract.benchmark", description=__doc__.split("\n\n")[1],
                                 epilog="example: python -m kg.loaders.extract.benchmark examples/alibaba-qwq-32b.de.txt")
    ap.add_argument("file", nargs="?", type=Path, help="a UTF-8 text file (default: ~1,000 words of the test articles)")
    args = ap.parse_args(argv)
    from kg.loaders.extract import extract
    from kg.loaders.reader import document_from_text

    try:
        text = args.file.read_text(encoding="utf-8") if args.file else _article()
    except (OSError, UnicodeDecodeError) as e:
        print(f"error: cannot read {args.file}: {e}", file=sys.stderr)
        return 2
    doc = document_from_text(text, "benchmark", published=date(2025, 3, 6))
    extract(doc)  # warm-up: lexicon, regular expressions, dateparser
    times = []
    for _ in range(20):
        t = time.process_time()
        extract(doc)
        times.append((time.process_time() - t) * 1000)
    print(f"{len(text.split())} words: median {statistics.median(times):.1f} ms CPU per extraction "
          f"(min {min(times):.1f}, max {max(times):.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
