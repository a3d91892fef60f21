"""The entity lexicon: known names with their type, aliases, Wikidata id and maker.

Kept as data in ``kg/loaders/data/lexicon.tsv`` (columns: type, name, aliases separated by ``|``,
wikidata, maker). Users add their own file in the same TSV format or as JSON (a list of objects with
the keys ``type``, ``name``, ``aliases``, ``wikidata``, ``maker``).
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from kg.ontology.vocab import ENTITY_TYPES

__all__ = ["LexiconEntry", "Lexicon", "LexiconError", "load_lexicon", "norm_key", "pieces"]

# Pieces of a name: runs of letters/digits, with decimal parts kept ("3.7", "Qwen2.5").
PIECE = re.compile(r"[^\W_]+(?:\.\d+)*")


class LexiconError(ValueError):
    """A lexicon file cannot be read."""


@lru_cache(maxsize=1 << 16)  # the same words recur in every article: folding is the same work each time
def fold(text: str) -> str:
    """Casefolded ASCII: ``"Privée"`` -> ``"privee"``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def pieces(text: str) -> list[str]:
    return [fold(m.group()) for m in PIECE.finditer(text)]


@lru_cache(maxsize=1 << 16)
def norm_key(text: str) -> str:
    """The look-up key of a name: folded pieces joined by one space (``"QwQ-32B"`` -> ``"qwq 32b"``)."""
    return " ".join(p for p in pieces(text) if p)


# a German adjective in a name, declined in the text: "der Europäischen Kommission", "beim Deutschen Zentrum für
# Luft- und Raumfahrt", "des Europäischen Rats"
_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w*(?:isch|sch|ch)(?:e|er|es|en)$")


def _declined(form: str, key: str) -> list[str]:
    """Look-up keys of a name with its leading German adjective declined (only names of two or more words)."""
    words = form.split()
    if len(words) < 2 or not _ADJECTIVE.match(words[0]):
        return []
    first = key.split()[0]
    stem = re.sub(r"(?:e|er|es|en)$", "", first)
    rest = key[len(first):]
    return [stem + ending + rest for ending in ("e", "er", "es", "en", "em") if stem + ending != first]


@dataclass
class LexiconEntry:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    maker: str | None = None  # canonical name of the maker (models, products) or parent company
    source: str = "lexicon"

    @property
    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


class Lexicon:
    """Entries indexed by the normalised key of each surface form."""

    def __init__(self, entries: Iterable[LexiconEntry] = ()):
        self.entries: list[LexiconEntry] = []
        self.by_key: dict[str, list[int]] = {}
        self.by_name: dict[str, LexiconEntry] = {}
        self.pos: dict[str, int] = {}  # name -> index in entries
        self.firsts: set[str] = set()  # first pieces of all keys (a quick pre-check when matching)
        self.prefixes: set[str] = set()  # every leading run of pieces of every key ("deutsche", "deutsche bank")
        self.max_len = 1
        # values derived from the non-context entries (model families), shared with copies until one of them
        # adds such an entry
        self.cache: dict[str, object] = {}
        # forms added to entries the cache was derived from (a document's surnames and short forms): the
        # users of the cache look at these too, so adding a form does not cost deriving everything again
        self.added_forms: list[tuple[str, LexiconEntry]] = []
        for e in entries:
            self.add(e)

    def add(self, entry: LexiconEntry) -> None:
        existing = self.by_name.get(entry.name)
        only_forms = existing is not None and not (entry.maker and entry.maker != existing.maker) and \
            not (entry.wikidata and entry.wikidata != existing.wikidata)
        if entry.source != "context" and self.cache and not only_forms:
            self.cache = {}  # a user's file extends a copy of the built-in lexicon: derive again
        if existing is not None:  # a later file extends an entry (copied: entries may be shared)
            pos = self.pos[entry.name]
            existing = replace(existing, aliases=list(existing.aliases))
            self.entries[pos] = existing
            self.by_name[entry.name] = existing
            for a in entry.aliases:
                if a not in existing.aliases:
                    existing.aliases.append(a)
                    self._index(a, pos)
                    if existing.source != "context":
                        self.added_forms.append((a, existing))
            existing.wikidata = entry.wikidata or existing.wikidata
            existing.maker = entry.maker or existing.maker
            return
        idx = len(self.entries)
        self.entries.append(entry)
        self.by_name[entry.name] = entry
        self.pos[entry.name] = idx
        for form in entry.surface_forms:
            self._index(form, idx)

    def _index(self, form: str, idx: int) -> None:
        key = norm_key(form)
        if not key:
            return
        for variant in _declined(form, key):
            self._put(variant, idx)
        self._put(key, idx)

    def _put(self, key: str, idx: int) -> None:
        bucket = self.by_key.get(key, [])
        if idx not in bucket:
            # a new list: copies share the old ones; a name from the user's own file wins over a built-in one
            mine = self.entries[idx].source not in ("builtin", "context")
            self.by_key[key] = [idx, *bucket] if mine else [*bucket, idx]
        parts = key.split()
        self.max_len = max(self.max_len, len(parts))
        self.firsts.add(parts[0])
        for n in range(1, len(parts) + 1):
            self.prefixes.add(" ".join(parts[:n]))

    def lookup(self, key: str) -> LexiconEntry | None:
        idx = self.by_key.get(key)
        return self.entries[idx[0]] if idx else None

    def get(self, name: str) -> LexiconEntry | None:
        return self.by_name.get(name)

    def copy(self) -> "Lexicon":
        lex = Lexicon()
        lex.entries = list(self.entries)
        lex.by_key = dict(self.by_key)
        lex.by_name = dict(self.by_name)
        lex.pos = dict(self.pos)
        lex.firsts = set(self.firsts)
        lex.prefixes = set(self.prefixes)
        lex.max_len = self.max_len
        lex.cache = self.cache
        lex.added_forms = list(self.added_forms)
        return lex


def _parse_tsv(text: str, source: str) -> list[LexiconEntry]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        typ, name, aliases, wikidata, maker = (c.strip() for c in cols)
        if typ not in ENTITY_TYPES or not name:
            raise LexiconError(f"{source}:{n}: expected 'TYPE<TAB>NAME...' with a known type, got {line!r}")
        out.append(LexiconEntry(name, typ, [a for a in aliases.split("|") if a], wikidata or None,
                                maker or None, source))
    return out


def _parse_json(text: str, source: str) -> list[LexiconEntry]:
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("entries", [])
    out = []
    for item in data:
        if item.get("type") not in ENTITY_TYPES or not item.get("name"):
            raise LexiconError(f"{source}: entry without a known type or a name: {item!r}")
        out.append(LexiconEntry(item["name"], item["type"], list(item.get("aliases", [])),
                                item.get("wikidata"), item.get("maker"), source))
    return out


def read_entries(path: Path) -> list[LexiconEntry]:
    """Entries of one lexicon file (``.tsv`` or ``.json``)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        if str(path).endswith(".json"):
            return _parse_json(text, str(path))
        return _parse_tsv(text, str(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as e:
        raise LexiconError(f"cannot read lexicon {path}: {e}") from e


@lru_cache(maxsize=1)
def _builtin() -> Lexicon:
    data = resources.files("kg.loaders").joinpath("data/lexicon.tsv")
    lex = Lexicon(_parse_tsv(data.read_text(encoding="utf-8"), "builtin"))
    # the built-in lexicon (about 200,000 objects) lives as long as the process: moved out of the cyclic garbage
    # collector's sight, a full collection no longer walks it (it cost up to 100 ms of a 1,000-word article)
    gc.freeze()
    return lex


@lru_cache(maxsize=16)
def _load(paths: tuple[str, ...]) -> Lexicon:
    lex = _builtin().copy()
    for p in paths:
        for e in read_entries(Path(p)):
            lex.add(e)
    return lex


def load_lexicon(extra: Sequence[Path] = ()) -> Lexicon:
    """The built-in lexicon extended by the user's files (cached; do not mutate the result)."""
    return _load(tuple(str(p) for p in extra))
