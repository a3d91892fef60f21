"""Literal words a regular expression cannot match without: a cheap test that skips a costly pattern.

Many extraction patterns start with a name ("a capitalised word or three") and only then ask for their
key word ("named", "-based", "who"). Python's engine tries the name at every capitalised word of an article,
which is where the time goes. ``required_literals`` reads the pattern's syntax tree once and returns
strings of which any match must contain at least one; a text that has none of them cannot match, so the
search is skipped. The test is exact in one direction only: a text with the word may still not match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # the parser behind re.compile (Python 3.11+); without it no pattern gets a pre-check
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _C = _P = None

__all__ = ["required_literals", "WordIndex"]

_REPEATS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))


def _best(cands: list[list[str] | None]) -> list[str] | None:
    """The most selective of several sets: the longest shortest member, then the fewest members."""
    usable = [c for c in cands if c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(x) for x in c), -len(c)))


def _required(seq: Sequence, skip: str, ignore: frozenset[str]) -> list[str] | None:
    cands: list[list[str] | None] = []
    run: list[str] = []

    def close() -> None:
        word = "".join(run)
        run.clear()
        if word and word not in ignore and not any(c in word for c in skip):
            cands.append([word])

    for op, av in seq:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        close()  # anything else ends a run of literal characters
        if op is _C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:  # "(?i:...)" matches other cases than it spells
                cands.append(_required(sub, skip, ignore))
        elif op is _C.BRANCH:
            alts = [_required(branch, skip, ignore) for branch in av[1]]
            if all(alts):  # every alternative needs one of its words
                cands.append(sorted({w for alt in alts for w in alt}))  # type: ignore[union-attr]
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                cands.append(_required(sub, skip, ignore))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            cands.append(_required(av, skip, ignore))
        # IN, ANY, AT, CATEGORY, assertions, back references: nothing required of them here
    close()
    return _best(cands)


def required_literals(rx: re.Pattern[str], *, skip: str = "", ignore: frozenset[str] = frozenset(),
                      min_len: int = 2) -> tuple[str, ...] | None:
    """Strings of which every match of ``rx`` contains one, or None when the pattern gives none (then it
    must always be tried). Words with a character of ``skip`` ("⟨": in every sentence view) and the words
    of ``ignore`` (the type names of the views' placeholders) are not used, as they tell nothing.
    A case-insensitive pattern gives none."""
    if _P is None or rx.flags & re.IGNORECASE:
        return None
    try:
        tree = _P.parse(rx.pattern, rx.flags)
    except Exception:  # a pattern this parser reads differently: no pre-check, never a wrong one
        return None
    words = _required(list(tree), skip, ignore)
    if not words or min(len(w) for w in words) < min_len:
        return None
    return tuple(words)


class WordIndex:
    """Which of many patterns may match a text. All required words are found in one pass: a regular expression
    built as a trie of the words reports, at each position of the text, the longest word starting there, and
    every word that is a prefix of it occurs there too."""

    def __init__(self, words_per_pattern: Sequence[tuple[str, ...] | None]):
        self.always = frozenset(i for i, ws in enumerate(words_per_pattern) if ws is None)
        self.by_word: dict[str, list[int]] = {}
        for i, ws in enumerate(words_per_pattern):
            for w in ws or ():
                self.by_word.setdefault(w, []).append(i)
        words = sorted(self.by_word)
        # the patterns a longest word stands for: its own and those of the words that are its prefixes
        self._hits: dict[str, frozenset[int]] = {
            w: frozenset(i for v in words if w.startswith(v) for i in self.by_word[v]) for w in words}
        self._finder = re.compile("(?=(" + _trie_pattern(words) + "))") if words else None

    def candidates(self, text: str) -> set[int]:
        """The indices of the patterns worth trying on ``text``."""
        out = set(self.always)
        if self._finder is not None:
            hits = self._hits
            for longest in {m.group(1) for m in self._finder.finditer(text)}:
                out.update(hits[longest])
        return out


def _trie_pattern(words: Sequence[str]) -> str:
    """A pattern matching exactly the given words, written as a trie ("co(?:mpany|unt)") so the engine compares
    one character per branch, preferring the longest word at each place."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # the end of a word

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are optional, tried first
            return "(?:" + body + ")?"
        return body

    return emit(trie)
