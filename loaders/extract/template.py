"""A sentence with its mentions replaced by typed placeholders ``⟨3:Company⟩``, so that relation
patterns can be written over entity types instead of names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.extract.mentions import Mention
from kg.loaders.extract.sentences import Sentence

__all__ = ["View", "make_view", "compile_pattern", "ids_in"]

TYPE_SETS = {
    "ORG": "Company|Organization",
    "CO": "Company",
    "PER": "Person",
    "MOD": "AIModel",
    "PROD": "Product",
    "MP": "AIModel|Product",
    "X": "Company|Organization|AIModel|Product",
    "INV": "Company|Organization|Person",
    "BENCH": "Benchmark",
    "PLACE": "Place",
    "EXCH": "Place|Organization|StockIndex",
    "IDX": "StockIndex",
    "ANY": r"\w+",
}
COORD = r"(?:\s*,\s*(?:und\s+|and\s+|sowie\s+|or\s+|oder\s+)?|\s+(?:und|and|sowie|or|oder|als auch|&)\s+)" \
        r"(?:(?:mit|with|von|by|from|auch|dem|der|den|die|das|the)\s+)?" \
        r"(?:(?:his|her|their|seine[rnm]?|ihre[rnm]?)\s+(?:[\w-]+\s+)?(?:sister|brother|wife|husband|son|daughter|Schwester|Bruder|" \
        r"Frau|Mann|Ehefrau|Ehemann|Sohn|Tochter|co-?founder|Mitgründer\w*)\s+(?=⟨\d+:Person⟩))?" \
        r"(?:(?<=the )(?:[a-z][\w-]*\s+){1,2}?(?=⟨)|(?<=(?:der|dem|den|die|das) )(?:[\w-]+\s+){1,2}?(?=⟨))?"


@dataclass
class View:
    sentence: Sentence
    mentions: list[Mention]  # in order, no overlaps
    text: str  # the templated sentence

    def mention(self, i: str | int) -> Mention:
        return self.mentions[int(i)]

    def mentions_before(self, pos: int) -> list[Mention]:
        """The mentions whose placeholders start before ``pos``, an offset in the templated text."""
        return [self.mentions[int(i)] for i in re.findall(r"⟨(\d+):", self.text[:pos])]


ATTRIBUTION = re.compile(r"(?:nach Angaben|laut|[Aa]ccording to|zufolge|einem Bericht|a report by|a report from)\s+"
                         r"(?:(?:von|des|der|dem|den|the|einem Bericht von|einem Bericht (?:der|des))\s+)?"
                         r"(?:[a-zäöü][\w-]*\s+){0,2}?$")


REPORTER_BEFORE = re.compile(r"\b(?:that|which|der|die|das|was)\s+$")
REPORTER_AFTER = re.compile(r"\s+(?:says|said|claims|claimed|sagt|sagte|behauptet|behauptete)\b")


PARENTHETICAL_AFTER = re.compile(r"\s+(?:said|says|added|sagte|sagt|teilte mit|mitteilte|erklärte)\s*[,.;]")


def make_view(sentence: Sentence, mentions: list[Mention]) -> View:
    """Mentions inside attributions ("laut Bloomberg", "according to the company") are left out: they
    name a source, not a participant."""
    parts, pos = [], sentence.start
    text = sentence.text
    ms = [m for m in sorted(mentions, key=lambda m: m.start)
          if not ATTRIBUTION.search(text[max(0, m.start - sentence.start - 60):m.start - sentence.start])
          and not (REPORTER_BEFORE.search(text[:m.start - sentence.start])
                   and REPORTER_AFTER.match(text[m.end - sentence.start:]))
          and not (re.search(r",\s*$", text[:m.start - sentence.start])
                   and PARENTHETICAL_AFTER.match(text[m.end - sentence.start:]))]
    for i, m in enumerate(ms):
        parts.append(sentence.text[pos - sentence.start:m.start - sentence.start])
        parts.append(f"⟨{i}:{m.type}⟩")
        pos = m.end
    parts.append(sentence.text[pos - sentence.start:])
    return View(sentence, ms, "".join(parts))


def _slot(types: str) -> str:
    return rf"(⟨\d+:(?:{types})⟩)"


def _list_slot(types: str) -> str:
    # "der ⟨ByteDance⟩-Tochter ⟨Volcano Engine⟩", "⟨OpenAI⟩'s ⟨ChatGPT⟩": the modifier is not a member
    # "ahead of Claude Opus 4.5 at 80.9% and Gemini 3 Pro at 76.2%": a score after a member keeps the list going
    # "Quantum Systems aus Moosburg und Stark Defence aus Berlin": a member's seat keeps the list going
    one = (rf"(?:⟨\d+:\w+⟩(?:-\w+|'s|’s)\s+)?⟨\d+:(?:{types})⟩(?!-)(?:\s+(?:aus|from)\s+⟨\d+:Place⟩)?"
           rf"(?:\s+(?:at|mit|with|bei)\s+[\d.,]+\s*(?:%|Prozent|percent|points|Punkten?)(?=\s*,|\s+(?:and|und|or|oder)\s))?")
    return rf"({one}(?:{COORD}{one})*)"


def compile_pattern(template: str) -> re.Pattern[str]:
    """``"{PER}, CEO (?:der|of) {ORG}"`` -> a regex with one group per slot (``{ORGS}``: a list)."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.endswith("S") and name[:-1] in TYPE_SETS:
            return _list_slot(TYPE_SETS[name[:-1]])
        if name in TYPE_SETS:
            return _slot(TYPE_SETS[name])
        if name.startswith("G"):  # {G40}: up to 40 characters without a mention
            return rf"[^⟨⟩]{{0,{int(name[1:])}}}?"
        if name.startswith("P"):  # {P60}: up to 60 characters that may name places or benchmarks
            return rf"(?:[^⟨⟩]|⟨\d+:(?:Place|Benchmark|StockIndex)⟩){{0,{int(name[1:])}}}?"
        raise ValueError(f"unknown slot {name!r}")

    return re.compile(re.sub(r"\{([A-Z]+\d*)\}", repl, template))


def ids_in(group: str) -> list[int]:
    """Mention ids in a matched slot, without compound modifiers ("⟨2⟩-Tochter ⟨3⟩" -> 3)."""
    return [int(x) for x in re.findall(r"⟨(\d+):[^⟩]*⟩(?!-|'s\s+⟨|’s\s+⟨)", group)]
