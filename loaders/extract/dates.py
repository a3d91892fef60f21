"""Date expressions in a sentence, resolved against the article's publication date (dateparser)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["DateMention", "find_dates", "resolve_date"]

_DE_DAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
_EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DE_MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")

DATE_PATTERNS = [
    # absolute dates first
    rf"\b\d{{1,2}}\.\s?(?:{_DE_MONTHS})(?:\s\d{{4}})?",
    rf"\b(?:{_EN_MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?",
    rf"\b\d{{1,2}}\s(?:{_EN_MONTHS})(?:\s\d{{4}})?",
    rf"\b(?:(?:am|vom|seit|ab|bis)\s)?(?:vergangenen\s|letzten\s|kommenden\s|nächsten\s)?(?:{_DE_DAYS})\b",
    rf"\b(?:(?:on|last|this|next)\s)?(?:{_EN_DAYS})\b",
    r"\b(?:vorgestern|gestern|heute|morgen)\b",
    r"\b(?:yesterday|today|tomorrow)\b",
    r"\b(?:[Dd]iese|[Vv]ergangene|[Ll]etzte|[Vv]orige)\s(?:Woche|Monat|Jahr)\b|\b(?:[Dd]iesen|[Vv]ergangenen|[Ll]etzten)\s(?:Monat|Jahr)\b",
    r"\b(?:[Tt]his|[Ll]ast|[Pp]revious)\s(?:week|month|year)\b",
    r"\b[Ii]m\s(?:" + _DE_MONTHS + r")(?:\s\d{4})?\b",
    r"\b[Ii]n\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?\b",
]
DATE_RX = re.compile("|".join(f"(?:{p})" for p in DATE_PATTERNS))


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int  # offsets in the searched text
    end: int


def find_dates(text: str) -> list[DateMention]:
    return [DateMention(m.group(), m.start(), m.end()) for m in DATE_RX.finditer(text)]


_WEEK_WORDS = re.compile(r"(?i)\b(diese|vergangene|letzte|vorige|this|last|previous)\s+(woche|week)\b")


@lru_cache(maxsize=512)
def resolve_date(text: str, published: date | None, language: str = "") -> date | None:
    """The calendar date of ``text`` ("am Mittwoch", "last week", "5. März 2025"), relative to
    ``published``; None when it cannot be fixed (a relative date without a publication date)."""
    absolute = bool(re.search(r"\d{4}", text))
    if published is None and not absolute:
        return None
    week = _WEEK_WORDS.search(text)
    if week and published is not None:
        # a week: its Monday (this week's, or the previous week's)
        monday = published - timedelta(days=published.weekday())
        return monday if week.group(1).lower() in ("diese", "this") else monday - timedelta(days=7)
    cleaned = re.sub(r"^(?:am|vom|seit|ab|bis|on|im|in)\s+", "", text.strip(), flags=re.I)
    import dateparser  # imported lazily: it is slow to import

    base = datetime(published.year, published.month, published.day, 12) if published else datetime.now()
    langs = [language] if language in ("de", "en") else None
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(cleaned, languages=langs, settings=settings)
        if parsed is None and langs:
            parsed = dateparser.parse(cleaned, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    d = parsed.date()
    if published is not None and not absolute and re.fullmatch(rf"(?:{_DE_DAYS}|{_EN_DAYS})", cleaned):
        # a bare weekday names the publication day itself or the last such day before it
        back = (published.weekday() - d.weekday()) % 7
        return published - timedelta(days=back)
    if re.fullmatch(rf"(?:{_DE_MONTHS}|{_EN_MONTHS})(?:\s\d{{4}})?", cleaned):
        return d.replace(day=1)
    return d
