"""Numbers, percentages, money and parameter counts in German and English formats.

The digits are parsed with babel in the locale whose conventions the number follows
("8,6" German, "3.5" English, "1.500" German thousands, "1,500" English thousands).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

__all__ = ["Quantity", "parse_number", "find_percents", "find_money", "find_parameter_counts"]

NUM_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "fünfzig": 50,
    "hundert": 100, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}
_WORDS = "|".join(sorted(NUM_WORDS, key=len, reverse=True))
# a number written as a word counts only before a scale word ("sechs Milliarden", "one trillion")
NUM_WORD = (rf"(?i:\b(?:{_WORDS}))(?=\s(?:Milliarden|Milliarde|Millionen|Million|Billionen|billion|million|trillion)\b)")
NUM = rf"\d{{1,3}}(?:[.,’' ]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|{NUM_WORD}"
SCALE_WORDS = [
    (r"Billionen|Billion(?=\s+(?:Euro|US-Dollar|Dollar|Yuan))", 1e12),  # German Billion = 10^12
    (r"trillion|tn|Trillion", 1e12),
    (r"Milliarden|Milliarde|Mrd\.?|billion|bn|B(?![\w-])|b(?![\w-])|Billion|Bio\.?", 1e9),
    (r"Millionen|Million|Mio\.?|million|mn|mln|M(?![\w-])|m(?![\w-])", 1e6),
    (r"Tausend|thousand|k(?![\w-])|K(?![\w-])", 1e3),
]
SCALE = "(?:" + "|".join(p for p, _ in SCALE_WORDS) + ")"
CURRENCY_WORDS = [
    (r"US-Dollar|US-Dollars|USD|US\$|U\.S\. dollars?|Dollar|dollars?|\$", "USD"),
    (r"Euro|EUR|euros?|€", "EUR"),
    (r"Yuan|Renminbi|CNY|RMB|yuan", "CNY"),
    (r"Hongkong-Dollar|HK\$|HKD|Hong Kong dollars?", "HKD"),
    (r"britische Pfund|Pfund|GBP|pounds?|£", "GBP"),
    (r"Yen|JPY|yen", "JPY"),
    (r"Schweizer Franken|Franken|CHF", "CHF"),
    (r"Won|KRW", "KRW"),
]
CUR_WORD = "(?:" + "|".join(p for p, _ in CURRENCY_WORDS[::-1]) + ")"
PREFIX_CUR = r"(?:US\$|HK\$|\$|€|£|USD|EUR|CNY|RMB|GBP|CHF)"

MONEY_SUFFIX = re.compile(rf"(?<![\w.,])(?P<num>{NUM})\s?(?P<scale>{SCALE})?\s?(?P<cur>{CUR_WORD})(?![\w])")
MONEY_PREFIX = re.compile(rf"(?P<cur>{PREFIX_CUR})\s?(?P<num>{NUM})(?:\s?(?P<scale>{SCALE}))?(?![\w])")
PERCENT = re.compile(
    rf"(?P<sign>[+\-−–]\s?)?(?<![\w.,])(?P<num>{NUM})\s?(?:%|Prozent\b|percent\b|per cent\b|pct\b)"
)
PARAMS = re.compile(
    rf"(?P<num>{NUM})(?:\s?|-)(?P<scale>{SCALE})?(?:\s|-)?(?:Parameter\w*|parameters?)\b", re.I
)
PARAMS_COMPACT = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)(?P<scale>[BMT])(?:\s|-)(?:Parameter\w*|parameters?)\b")


@dataclass(frozen=True)
class Quantity:
    value: float
    start: int  # offsets inside the searched text
    end: int
    text: str
    currency: str | None = None


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """``"8,6"`` -> 8.6, ``"3.5"`` -> 3.5, ``"1.500"`` -> 1500, ``"1,500.5"`` -> 1500.5 (None if not a number)."""
    t = text.strip().replace("’", "").replace("'", "").replace(" ", "")
    if not t:
        return None
    if t.casefold() in NUM_WORDS:
        return float(NUM_WORDS[t.casefold()])
    locale = "en_US"
    dots, commas = t.count("."), t.count(",")
    if dots and commas:
        locale = "de_DE" if t.rfind(",") > t.rfind(".") else "en_US"
    elif commas:
        # "8,6" is a German decimal; "1,500" English thousands (three digits after one comma)
        tail = t.rsplit(",", 1)[1]
        locale = "en_US" if (len(tail) == 3 and commas >= 1 and not t.startswith("0,")) else "de_DE"
    elif dots > 1 or (dots == 1 and len(t.rsplit(".", 1)[1]) == 3 and not t.startswith("0.")):
        locale = "de_DE"  # "1.500" or "1.500.000": German thousands
    try:
        return float(parse_decimal(t, locale=locale, strict=False))
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    for pattern, factor in SCALE_WORDS:
        if re.fullmatch(pattern, word):
            return factor
    return 1.0


def _currency(word: str) -> str | None:
    for pattern, code in CURRENCY_WORDS:
        if re.fullmatch(pattern, word):
            return code
    return None


def find_percents(text: str) -> list[Quantity]:
    out = []
    for m in PERCENT.finditer(text):
        v = parse_number(m.group("num"))
        if v is None:
            continue
        if m.group("sign") and m.group("sign").strip() in "-−–" and m.group("sign").strip():
            # a minus directly before the number (not a dash between clauses: "– der")
            if m.group("sign").strip() != "–" or m.start("num") - m.start() == 1:
                v = -v
        out.append(Quantity(v, m.start("num"), m.end(), m.group()))
    return out


def find_money(text: str) -> list[Quantity]:
    return list(_find_money(text))


@lru_cache(maxsize=1024)
def _find_money(text: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    for rx in (MONEY_PREFIX, MONEY_SUFFIX):
        for m in rx.finditer(text):
            if any(q.start <= m.start() < q.end or m.start() <= q.start < m.end() for q in found):
                continue
            v = parse_number(m.group("num"))
            cur = _currency(m.group("cur"))
            if v is None or cur is None:
                continue
            scale = m.group("scale")
            if scale in ("B", "b", "M", "m", "k", "K") and rx is MONEY_SUFFIX:
                scale = None if scale in ("b", "m", "k") else scale
            found.append(Quantity(v * _scale(scale), m.start(), m.end(), m.group(), cur))
    return tuple(sorted(found, key=lambda q: q.start))


def find_parameter_counts(text: str) -> list[Quantity]:
    out = []
    for rx in (PARAMS, PARAMS_COMPACT):
        for m in rx.finditer(text):
            v = parse_number(m.group("num"))
            if v is None or any(q.start == m.start() for q in out):
                continue
            scale = m.group("scale")
            factor = {"B": 1e9, "M": 1e6, "T": 1e12}.get(scale or "", None) or _scale(scale)
            out.append(Quantity(v * factor, m.start(), m.end(), m.group()))
    return out
