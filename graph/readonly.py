"""A parser-free check that a Cypher text has no clause that writes.

Strings, comments and backticked names are blanked out first, so a value like ``'DELETE'`` or a
name like ```SET``` never counts; a keyword right after ``.``, ``:`` or ``$`` is a property, label or
parameter, not a clause. Procedure calls (``CALL name.space(...)``) are refused too, since a
procedure may write; ``CALL { ... }`` subqueries are checked like the rest of the text.
"""

from __future__ import annotations

import re

__all__ = ["WRITE_CLAUSES", "blank_literals", "write_clause"]

WRITE_CLAUSES = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD")

_LITERALS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|//[^\n]*|/\*.*?\*/""",
    re.DOTALL,
)
_WORD = re.compile(r"(?<![\w.:$])([A-Za-z_]+)\b")


def blank_literals(cypher: str) -> str:
    """The text with strings, comments and backticked names replaced by spaces."""
    return _LITERALS.sub(lambda m: " " * len(m.group(0)), cypher)


def write_clause(cypher: str) -> str | None:
    """The first write clause (upper case) in ``cypher``, or None if it only reads."""
    text = blank_literals(cypher)
    for m in _WORD.finditer(text):
        word = m.group(1).upper()
        if word in WRITE_CLAUSES:
            return word
        if word == "CALL":
            rest = text[m.end():].lstrip()
            if not rest.startswith("{"):
                return "CALL"
    return None
