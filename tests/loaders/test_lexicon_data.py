"""The built-in lexicon is data that grows by hand: no name twice, and no alias that hides another entry."""

from __future__ import annotations

from importlib import resources

from kg.loaders.extract.lexicon import _parse_tsv, norm_key


def _entries():
    text = resources.files("kg.loaders").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    return _parse_tsv(text, "builtin")


def test_every_name_once():
    seen: dict[str, str] = {}
    for e in _entries():
        k = norm_key(e.name)
        assert k not in seen, f"{e.name!r} is listed twice (also as {seen[k]!r})"
        seen[k] = e.name


def test_no_alias_shadows_another_entry():
    names = {norm_key(e.name): e.name for e in _entries()}
    for e in _entries():
        for a in e.aliases:
            other = names.get(norm_key(a))
            assert other in (None, e.name), f"alias {a!r} of {e.name!r} hides the entry {other!r}"


def test_makers_and_parents_are_entries():
    names = {e.name for e in _entries()}
    missing = sorted({e.maker for e in _entries() if e.maker and e.maker not in names})
    assert not missing, f"makers/parents without an entry: {missing}"
