"""What answers say, in English and German: summaries, relation and type names, numbers."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from kg.queries.intent import Kind

__all__ = ["summary", "nothing", "rel_label", "type_label", "money", "percent", "day"]

# kind -> (en, de) with {x} the subject, {y} a second subject, {names} the answers, {n} their number
_FOUND: dict[Kind, tuple[str, str]] = {
    Kind.COMPETITORS: ("Competitors of {x}: {names}.", "Konkurrenten von {x}: {names}."),
    Kind.RELEASES: ("{x} released: {names}.", "{x} hat veröffentlicht: {names}."),
    Kind.MAKER: ("{x} was released by: {names}.", "{x} stammt von: {names}."),
    Kind.FOUNDERS: ("{x} was founded by: {names}.", "{x} wurde gegründet von: {names}."),
    Kind.FOUNDED: ("{x} founded: {names}.", "{x} hat gegründet: {names}."),
    Kind.CEO: ("CEO of {x}: {names}.", "CEO von {x}: {names}."),
    Kind.INVESTORS: ("Investors in {x}: {names}.", "Investoren von {x}: {names}."),
    Kind.INVESTMENTS: ("Investments by {x}: {names}.", "Investitionen von {x}: {names}."),
    Kind.STOCK: ("{n} stock move(s) of {x}: {names}.", "{n} Kursbewegung(en) von {x}: {names}."),
    Kind.BENCHMARKS: ("Benchmarks of {x}: {names}.", "Benchmarks von {x}: {names}."),
    Kind.OUTPERFORMERS: ("Better than {x}: {names}.", "Besser als {x}: {names}."),
    Kind.OUTPERFORMED: ("{x} outperforms: {names}.", "{x} übertrifft: {names}."),
    Kind.CONNECTION: ("{x} and {y} are connected by {n} path(s); the shortest has {k} step(s).",
                      "{x} und {y} sind über {n} Pfad(e) verbunden; der kürzeste hat {k} Schritt(e)."),
    Kind.ABOUT: ("{x}: {n} fact(s) and event(s) in the graph, mentioned in {d} document(s).",
                 "{x}: {n} Fakt(en) und Ereignis(se) im Graphen, erwähnt in {d} Dokument(en)."),
    Kind.BASED_IN: ("Based in {x}: {names}.", "Mit Sitz in {x}: {names}."),
    Kind.EVENTS: ("{n} event(s) {scope}: {names}.", "{n} Ereignis(se) {scope}: {names}."),
}
_NONE: dict[Kind, tuple[str, str]] = {
    Kind.COMPETITORS: ("No competitors of {x} in the graph.", "Keine Konkurrenten von {x} im Graphen."),
    Kind.RELEASES: ("Nothing released by {x} in the graph.", "Nichts von {x} Veröffentlichtes im Graphen."),
    Kind.MAKER: ("No maker of {x} in the graph.", "Kein Hersteller von {x} im Graphen."),
    Kind.FOUNDERS: ("No founder of {x} in the graph.", "Kein Gründer von {x} im Graphen."),
    Kind.FOUNDED: ("Nothing founded by {x} in the graph.", "Nichts von {x} Gegründetes im Graphen."),
    Kind.CEO: ("No CEO of {x} in the graph.", "Kein CEO von {x} im Graphen."),
    Kind.INVESTORS: ("No investors in {x} in the graph.", "Keine Investoren von {x} im Graphen."),
    Kind.INVESTMENTS: ("No investments by {x} in the graph.", "Keine Investitionen von {x} im Graphen."),
    Kind.STOCK: ("No stock moves of {x} in the graph.", "Keine Kursbewegungen von {x} im Graphen."),
    Kind.BENCHMARKS: ("No benchmarks of {x} in the graph.", "Keine Benchmarks von {x} im Graphen."),
    Kind.OUTPERFORMERS: ("Nothing in the graph outperforms {x}.", "Nichts im Graphen übertrifft {x}."),
    Kind.OUTPERFORMED: ("{x} outperforms nothing in the graph.", "{x} übertrifft nichts im Graphen."),
    Kind.CONNECTION: ("{x} and {y} are not connected in the graph.", "{x} und {y} sind im Graphen nicht verbunden."),
    Kind.ABOUT: ("Nothing is known about {x} beyond its name.", "Über {x} ist außer dem Namen nichts bekannt."),
    Kind.BASED_IN: ("No company based in {x} in the graph.", "Kein Unternehmen mit Sitz in {x} im Graphen."),
    Kind.EVENTS: ("No events {scope} in the graph.", "Keine Ereignisse {scope} im Graphen."),
}


def _pick(table: dict[Kind, tuple[str, str]], kind: Kind, lang: str) -> str:
    en, de = table[kind]
    return de if lang == "de" else en


def summary(kind: Kind, lang: str, **values: Any) -> str:
    return _pick(_FOUND, kind, lang).format(**values)


def nothing(kind: Kind, lang: str, **values: Any) -> str:
    return _pick(_NONE, kind, lang).format(**values)


@lru_cache(maxsize=256)
def rel_label(predicate: str, lang: str = "en") -> str:
    """``competesWith`` -> "competes with" / "konkurriert mit"; event links by their role."""
    roles = {"eventSubject": ("subject", "Subjekt"), "eventObject": ("object", "Objekt"),
             "investor": ("investor", "Investor"), "market": ("market", "Markt"), "mentions": ("mentions", "erwähnt")}
    if predicate in roles:
        return roles[predicate][1 if lang == "de" else 0]
    from kg.ontology import load

    try:
        return load().label(predicate, lang)
    except Exception:  # noqa: BLE001 - an unknown predicate is shown as it is
        return predicate


@lru_cache(maxsize=256)
def type_label(type_: str, lang: str = "en") -> str:
    if not type_:
        return ""
    from kg.ontology import load

    label = load().label(type_, lang)
    if label == type_ and lang == "de":
        label = load().label(type_, "en")
    return label


def money(amount: Any, currency: str | None, lang: str) -> str:
    from babel.numbers import format_compact_currency, format_compact_decimal

    locale = "de_DE" if lang == "de" else "en_US"
    try:
        value = float(amount)
        if currency:
            text = format_compact_currency(value, currency, locale=locale, fraction_digits=1)
        else:
            text = format_compact_decimal(value, locale=locale, fraction_digits=1)
        return text.replace("\xa0", " ").replace("\u202f", " ")
    except Exception:  # noqa: BLE001 - odd currency codes: show the raw values
        return f"{amount} {currency or ''}".strip()


def percent(value: Any, lang: str) -> str:
    from babel.numbers import format_decimal

    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    text = format_decimal(abs(v), format="#,##0.0#", locale="de_DE" if lang == "de" else "en_US")
    return f"{'+' if v >= 0 else '−'}{text} %"


def day(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "")
