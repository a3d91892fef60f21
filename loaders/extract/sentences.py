"""Splitting a document into sentences with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

ABBREVIATIONS = {
    "z", "b", "bzw", "ca", "co", "inc", "corp", "ltd", "nr", "dr", "prof", "mr", "mrs", "ms", "st", "vs",
    "u", "a", "etc", "mio", "mrd", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "oct", "nov", "dez", "dec", "usw", "ggf", "evtl", "vgl", "inkl", "bspw", "d", "h", "jr", "sr", "no",
    "abs", "tel", "zb", "rd", "approx", "e", "i", "s", "p", "m", "bn", "mn",
}
# A sentence ends at . ! ? … (and closing quotes) followed by space and an upper-case start.
BOUNDARY = re.compile(r"(?<=[.!?…])[\"“”»«'’)]*\s+(?=[\"„“«»(‚']?(?:[A-ZÄÖÜ0-9]|[a-z]+[A-Z]))")
# Real sentences are far shorter; a longer run of text without a boundary (a scraped table, a
# run-on blob) is cut into pieces at a space, so that the per-sentence patterns stay linear overall.
MAX_SENTENCE_CHARS = 1200
MONTHS = re.compile(r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the period at ``dot`` part of an abbreviation, an initial or an ordinal number?"""
    if line[dot] != ".":
        return False
    m = re.search(r"([\w]+)$", line[:dot])
    if not m:
        return False
    word = m.group(1)
    if word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if word.isdigit() and len(word) <= 2 and MONTHS.match(line[dot + 1:].lstrip()):
        return True  # "am 5. März"
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; each line (headline, paragraph) is split on its own."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in BOUNDARY.finditer(line):
            # the punctuation that ended the sentence is just before the match
            p = m.start() - 1
            while p > 0 and line[p] in "\"“”»«'’)":
                p -= 1
            if _is_abbreviation(line, p):
                continue
            _add(out, line, line_start, cut, m.start())
            cut = m.end()
        _add(out, line, line_start, cut, len(line))
    return out


def _add(out: list[Sentence], line: str, offset: int, a: int, b: int) -> None:
    while b - a > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
        cut = cut if cut > a else a + MAX_SENTENCE_CHARS
        _add_one(out, line, offset, a, cut)
        a = cut
    _add_one(out, line, offset, a, b)


def _add_one(out: list[Sentence], line: str, offset: int, a: int, b: int) -> None:
    seg = line[a:b]
    stripped = seg.strip()
    if not stripped:
        return
    a += len(seg) - len(seg.lstrip())
    out.append(Sentence(stripped, offset + a, offset + a + len(stripped), len(out)))
