"""Seeded, repeatable synthetic corpora and graphs for the benchmarks.

- :func:`articles` / :func:`documents`: German and English news articles built from sentence templates
  and the entity lexicon (``loaders/data/lexicon.tsv``; a small built-in list when it is missing).
- :func:`world`: a corpus together with its ground truth, as ``Extraction`` objects whose evidence
  spans point into the article texts.
- :func:`rdf_graph`: the RDF those extractions yield (``kg.loaders.rdf.to_rdf``, docs/mapping.md).
- :func:`property_graph`: the property graph of the same corpus, built directly (fast enough for
  1M relationships) and equal to ``rdf_to_property_graph(rdf_graph(...))`` (a smoke test checks it).

Same arguments, same output: every random choice comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "Article",
    "LEXICON_PATH",
    "articles",
    "documents",
    "lexicon_names",
    "property_graph",
    "rdf_graph",
    "world",
]

LEXICON_PATH = Path(__file__).resolve().parent.parent / "loaders" / "data" / "lexicon.tsv"

# Used when the lexicon file is missing: a few names per type.
_BUILTIN: dict[str, list[str]] = {
    "Company": ["OpenAI", "Anthropic", "DeepSeek", "Alibaba", "Google", "Microsoft", "Nvidia", "Meta",
                "Mistral AI", "Aleph Alpha", "Baidu", "Tencent"],
    "AIModel": ["GPT-4o", "Claude 3.7 Sonnet", "DeepSeek-R1", "QwQ-32B", "Llama 3", "Gemini 2.0",
                "Mistral Large", "Qwen2.5-Max"],
    "Person": ["Sam Altman", "Dario Amodei", "Jack Ma", "Jensen Huang", "Demis Hassabis", "Liang Wenfeng"],
    "Place": ["Peking", "Hongkong", "San Francisco", "Berlin", "London", "Shenzhen", "Paris"],
    "Benchmark": ["MMLU", "GAIA", "SWE-bench", "HumanEval", "GPQA"],
    "StockIndex": ["Nasdaq 100", "S&P 500", "DAX", "Hang Seng"],
}

# Syllables for synthetic names beyond the lexicon.
_SYL = ["ka", "lo", "ne", "vi", "ra", "to", "su", "mi", "da", "re", "xo", "li", "ba", "ze", "qu", "no",
        "tha", "ver", "mon", "sel", "gar", "tri", "pol", "den"]
_COMPANY_SUFFIX = ["AI", "Labs", "Technologies", "Systems", "Robotics", "GmbH", "Inc", "Dynamics", "Cloud"]
_FIRST = ["Anna", "Lukas", "Mei", "Wei", "Sarah", "Jonas", "Priya", "David", "Lena", "Hiroshi", "Amara",
          "Paul", "Sofia", "Chen", "Elena", "Marco", "Yuki", "Omar", "Clara", "Felix"]
_LAST = ["Schmidt", "Zhang", "Müller", "Nakamura", "Patel", "Rossi", "Kim", "Weber", "Li", "Fischer",
         "Garcia", "Wagner", "Sato", "Novak", "Becker", "Huang", "Okafor", "Lindqvist"]
_CITY = ["Nordhafen", "Westerbrück", "Lindau-Ost", "Santa Mira", "Port Allen", "Kesselberg", "Rivaldo",
         "Ostfeld", "Bayside", "Greyford"]

# (predicate, subject type, object type): domains and ranges follow ontology/kg.ttl.
_FACTS: list[tuple[str, str, str, int]] = [  # last: weight
    ("released", "Company", "AIModel", 6),
    ("developedBy", "AIModel", "Company", 4),
    ("competesWith", "Company", "Company", 6),
    ("competesWith", "AIModel", "AIModel", 4),
    ("foundedBy", "Company", "Person", 2),
    ("ceoOf", "Person", "Company", 2),
    ("worksFor", "Person", "Company", 2),
    ("investsIn", "Company", "Company", 3),
    ("fundedBy", "Company", "Company", 2),
    ("acquired", "Company", "Company", 1),
    ("partnersWith", "Company", "Company", 3),
    ("headquarteredIn", "Company", "Place", 2),
    ("listedOn", "Company", "StockIndex", 1),
    ("basedOn", "AIModel", "AIModel", 2),
    ("outperforms", "AIModel", "AIModel", 3),
    ("evaluatedOn", "AIModel", "Benchmark", 3),
    ("subsidiaryOf", "Company", "Company", 1),
]

_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "de": {
        "released": ["{s} hat am {day} sein neues Modell {o} vorgestellt.", "{s} veröffentlichte {o} als Open-Source-Software."],
        "developedBy": ["{s} wurde von {o} entwickelt.", "Das Modell {s} stammt von {o}."],
        "competesWith": ["{s} konkurriert mit {o}.", "{s} soll mit {o} konkurrieren."],
        "foundedBy": ["{s} wurde von {o} gegründet.", "Das von {o} gegründete Unternehmen {s} wächst weiter."],
        "ceoOf": ["{s}, CEO von {o}, zeigte sich zuversichtlich.", "{s} ist Chef von {o}."],
        "worksFor": ["{s} arbeitet für {o}.", "{s} ist Forscherin bei {o}."],
        "investsIn": ["{s} investiert in {o}.", "{s} beteiligt sich an {o}."],
        "fundedBy": ["{s} wird von {o} finanziert.", "Zu den Geldgebern von {s} gehört {o}."],
        "acquired": ["{s} hat {o} übernommen.", "{s} kauft {o}."],
        "partnersWith": ["{s} kooperiert mit {o}.", "{s} arbeitet künftig mit {o} zusammen."],
        "headquarteredIn": ["{s} hat seinen Sitz in {o}.", "Das Unternehmen {s} mit Sitz in {o} wächst."],
        "listedOn": ["Die Aktie von {s} ist im {o} notiert.", "{s} wird im {o} gehandelt."],
        "basedOn": ["{s} basiert auf {o}.", "Das Modell {s} baut auf {o} auf."],
        "outperforms": ["{s} schneidet in Tests besser ab als {o}.", "{s} übertrifft {o} in mehreren Disziplinen."],
        "evaluatedOn": ["{s} wurde mit dem Benchmark {o} bewertet.", "Im Benchmark {o} erreichte {s} einen Spitzenwert."],
        "subsidiaryOf": ["{s} ist eine Tochter von {o}.", "{s} gehört zu {o}."],
        "StockMove": ["Die Aktie von {s} stieg am {day} in {m} um {pct} %.", "Die Aktien von {s} fielen am {day} in {m} um {pct} %."],
        "Investment": ["{s} will in den nächsten Jahren {amt} Milliarden {cur} in {o} investieren."],
        "Funding": ["{s} sammelte {amt} Millionen US-Dollar von {o} ein."],
        "parameterCount": ["{s} hat {n} Milliarden Parameter."],
        "foundedYear": ["{s} wurde im Jahr {n} gegründet."],
        "title": ["{s}: Aktienrallye dank KI-Modell", "{s} verschärft den Wettbewerb", "KI sorgt für Aufschwung bei {s}"],
    },
    "en": {
        "released": ["{s} unveiled its new model {o} on {day}.", "{s} released {o} as open-source software."],
        "developedBy": ["{s} was developed by {o}.", "The model {s} comes from {o}."],
        "competesWith": ["{s} competes with {o}.", "{s} is set to compete with {o}."],
        "foundedBy": ["{s} was founded by {o}.", "{s}, the company founded by {o}, keeps growing."],
        "ceoOf": ["{s}, chief executive of {o}, said the company was confident.", "{s} is the CEO of {o}."],
        "worksFor": ["{s} works for {o}.", "{s} is a researcher at {o}."],
        "investsIn": ["{s} invests in {o}.", "{s} took a stake in {o}."],
        "fundedBy": ["{s} is funded by {o}.", "{s} counts {o} among its backers."],
        "acquired": ["{s} acquired {o}.", "{s} has bought {o}."],
        "partnersWith": ["{s} partners with {o}.", "{s} announced a partnership with {o}."],
        "headquarteredIn": ["{s} is headquartered in {o}.", "{s}, based in {o}, is expanding."],
        "listedOn": ["{s} is listed on the {o}.", "Shares of {s} trade on the {o}."],
        "basedOn": ["{s} is based on {o}.", "The model {s} builds on {o}."],
        "outperforms": ["{s} outperforms {o} in tests.", "{s} beats {o} on several tasks."],
        "evaluatedOn": ["{s} was evaluated on the {o} benchmark.", "On {o}, {s} set a new record."],
        "subsidiaryOf": ["{s} is a subsidiary of {o}.", "{s} belongs to {o}."],
        "StockMove": ["Shares of {s} rose {pct}% in {m} on {day}.", "Shares of {s} fell {pct}% in {m} on {day}."],
        "Investment": ["{s} plans to invest {amt} billion {cur} in {o} over the next years."],
        "Funding": ["{s} raised {amt} million US dollars from {o}."],
        "parameterCount": ["{s} has {n} billion parameters."],
        "foundedYear": ["{s} was founded in {n}."],
        "title": ["{s}: shares rally on AI model", "{s} steps up the competition", "AI drives a rebound at {s}"],
    },
}

_FILLER: dict[str, list[str]] = {
    "de": [
        "Analysten begrüßten die positiven Signale aus der Branche.",
        "Die Nachfrage nach Rechenleistung steigt weiter.",
        "Investoren fragen sich, ob die Erwartungen nicht zu hoch sind.",
        "Der Sektor erhielt diese Woche weiteren Auftrieb.",
        "Die Regierung will die Entwicklung künstlicher Intelligenz fördern.",
        "Parameter sind die Teile eines Modells, die aus den Trainingsdaten gelernt werden.",
        "Die Litanei der Markteinführungen hat die Öffentlichkeit in ihren Bann gezogen.",
        "Beobachter rechnen mit weiteren Ankündigungen in den kommenden Wochen.",
        "Die Konkurrenz in der Branche wird immer härter.",
        "Viele Unternehmen setzen inzwischen auf offene Modelle.",
        "Der Markt reagierte zunächst verhalten auf die Nachricht.",
        "Die Kosten für das Training großer Modelle sind zuletzt deutlich gesunken.",
    ],
    "en": [
        "Analysts welcomed the positive signals from the industry.",
        "Demand for computing power keeps rising.",
        "Investors wonder whether expectations have run too high.",
        "The sector got another boost this week.",
        "The government wants to promote the development of artificial intelligence.",
        "Parameters are the parts of a model that are learned from the training data.",
        "The string of product launches has captivated the public.",
        "Observers expect further announcements in the coming weeks.",
        "Competition in the industry is getting tougher.",
        "Many companies now rely on open models.",
        "The market initially reacted cautiously to the news.",
        "The cost of training large models has fallen sharply.",
    ],
}
_DAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
         "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]}
_CURRENCIES = ["USD", "EUR", "CNY"]
_CUR_TEXT = {"de": {"USD": "US-Dollar", "EUR": "Euro", "CNY": "Yuan"},
             "en": {"USD": "US dollars", "EUR": "euros", "CNY": "yuan"}}
_USD = {"USD": 1.0, "EUR": 1.08, "CNY": 0.138}
_BASE_DATE = date(2025, 1, 6)


# ---------------------------------------------------------------------------- names


@lru_cache(maxsize=1)
def lexicon_names() -> dict[str, list[tuple[str, list[str], str | None]]]:
    """``type -> [(name, aliases, wikidata)]`` from the lexicon file, or the built-in list."""
    out: dict[str, list[tuple[str, list[str], str | None]]] = {}
    try:
        lines = LEXICON_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 5
        typ, name, aliases, wikidata = cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()
        if typ in _BUILTIN and name:
            alias_list = [a.strip() for a in aliases.split("|") if a.strip() and a.strip() != name]
            out.setdefault(typ, []).append((name, alias_list, wikidata or None))
    for typ, names in _BUILTIN.items():
        if not out.get(typ):
            out[typ] = [(n, [], None) for n in names]
    return out


@dataclass
class _Ent:
    iri: str
    name: str
    type: str
    aliases: list[str]
    wikidata: str | None


class _Names:
    """Entities per type: lexicon names first, then synthetic ones; unique IRIs."""

    def __init__(self, rng: random.Random, counts: dict[str, int]):
        from kg.ontology import entity_iri

        self.pools: dict[str, list[_Ent]] = {}
        seen: set[str] = set()
        lex = lexicon_names()
        for typ in sorted(counts):
            pool: list[_Ent] = []
            for name, aliases, wd in lex.get(typ, []):
                if len(pool) >= counts[typ]:
                    break
                iri = str(entity_iri(name))
                if iri not in seen:
                    seen.add(iri)
                    pool.append(_Ent(iri, name, typ, list(aliases), wd))
            i = 0
            while len(pool) < counts[typ]:
                i += 1
                name = self._synthetic(rng, typ, i)
                iri = str(entity_iri(name))
                if iri in seen:
                    continue
                seen.add(iri)
                pool.append(_Ent(iri, name, typ, [], None))
            self.pools[typ] = pool

    @staticmethod
    def _synthetic(rng: random.Random, typ: str, i: int) -> str:
        stem = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()
        if typ == "Company":
            return f"{stem} {rng.choice(_COMPANY_SUFFIX)}" + (f" {i}" if i > 400 else "")
        if typ == "AIModel":
            return f"{stem}-{rng.choice([3, 7, 8, 13, 32, 70, 405])}B" + (f"-v{i}" if i > 200 else "")
        if typ == "Person":
            return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" + (f" {stem}" if i > 300 else "")
        if typ == "Place":
            return rng.choice(_CITY) + f" {stem}"
        if typ == "Benchmark":
            return f"{stem.upper()}-Bench"
        if typ == "StockIndex":
            return f"{stem} {rng.choice([20, 30, 50, 100])}"
        return stem

    def pick(self, rng: random.Random, typ: str) -> _Ent:
        """Skewed towards the front of the pool, so some entities are hubs (as in real news)."""
        pool = self.pools[typ]
        return pool[int(len(pool) * rng.random() ** 2.5)]


# ---------------------------------------------------------------------------- articles


@dataclass
class Article:
    """A generated article and the facts it states (as Extraction parts with exact spans)."""

    text: str
    language: str
    title: str
    published: date
    source: str
    entities: list[_Ent] = field(default_factory=list)
    relations: list[tuple[str, str, str, str, int, int, float]] = field(default_factory=list)  # s, p, o, sentence, start, end, conf
    attributes: list[tuple[str, str, int, str, int, int, float]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


class _Writer:
    """Builds one article sentence by sentence, keeping exact character offsets."""

    def __init__(self, lang: str):
        self.lang = lang
        self.parts: list[str] = []
        self.length = 0
        self.in_paragraph = 0

    def add(self, sentence: str, rng: random.Random) -> tuple[int, int]:
        sentence = unicodedata.normalize("NFC", sentence)
        if self.parts:
            sep = "\n" if self.in_paragraph >= rng.randint(3, 6) else " "
            self.in_paragraph = 0 if sep == "\n" else self.in_paragraph + 1
            self.parts.append(sep)
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _weights() -> tuple[list[tuple[str, str, str, int]], list[int]]:
    return _FACTS, [w for *_, w in _FACTS]


def _article(rng: random.Random, names: _Names, n: int, *, lang: str, facts: int, fillers_per_fact: float,
             seen: set[tuple[str, str, str]] | None, attrs_seen: set[tuple[str, str]] | None,
             min_words: int = 0, events: int = 1) -> Article:
    t = _TEMPLATES[lang]
    w = _Writer(lang)
    day = rng.choice(_DAYS[lang])
    published = _BASE_DATE + timedelta(days=rng.randrange(365))
    ents: dict[str, _Ent] = {}
    art = Article(text="", language=lang, title="", published=published, source=f"synthetic:{lang}:{n}")
    table, weights = _weights()

    def filler() -> None:
        if rng.random() < fillers_per_fact - int(fillers_per_fact) or fillers_per_fact >= 1:
            for _ in range(max(1, int(fillers_per_fact))):
                w.add(rng.choice(_FILLER[lang]), rng)

    def fact() -> None:
        for _attempt in range(20):
            pred, st, ot, _ = rng.choices(table, weights)[0]
            s, o = names.pick(rng, st), names.pick(rng, ot)
            key = (s.iri, pred, o.iri)
            if s.iri == o.iri or (seen is not None and key in seen):
                continue
            if seen is not None:
                seen.add(key)
            sentence = rng.choice(t[pred]).format(s=s.name, o=o.name, day=day)
            start, end = w.add(sentence, rng)
            ents.setdefault(s.iri, s)
            ents.setdefault(o.iri, o)
            art.relations.append((s.iri, pred, o.iri, sentence, start, end, rng.choice([0.7, 0.8, 0.9])))
            return

    def attribute() -> None:
        typ, pred = rng.choice([("AIModel", "parameterCount"), ("Company", "foundedYear")])
        e = names.pick(rng, typ)
        if attrs_seen is not None and (e.iri, pred) in attrs_seen:
            return
        if attrs_seen is not None:
            attrs_seen.add((e.iri, pred))
        value = rng.choice([7, 32, 70, 405]) if pred == "parameterCount" else rng.randint(1990, 2024)
        sentence = rng.choice(t[pred]).format(s=e.name, n=value)
        start, end = w.add(sentence, rng)
        ents.setdefault(e.iri, e)
        stored = value * 1_000_000_000 if pred == "parameterCount" else value
        art.attributes.append((e.iri, pred, stored, sentence, start, end, 0.8))

    def event(k: int) -> None:
        kind = rng.choice(["StockMove", "Investment", "Funding"])
        s = names.pick(rng, "Company")
        ev: dict[str, Any] = {"type": kind, "subject": s.iri, "confidence": 0.8,
                              "date": published - timedelta(days=rng.randint(0, 3)), "date_text": day}
        ents.setdefault(s.iri, s)
        if kind == "StockMove":
            m = names.pick(rng, "Place")
            pct = round(rng.uniform(0.5, 12.0), 1)
            sentence = rng.choice(t[kind])
            sign = -1 if ("fielen" in sentence or "fell" in sentence) else 1
            sentence = sentence.format(s=s.name, m=m.name, day=day,
                                       pct=(f"{pct:.1f}".replace(".", ",") if lang == "de" else f"{pct:.1f}"))
            ents.setdefault(m.iri, m)
            ev.update(percent=sign * pct, market=m.iri)
        else:
            o = names.pick(rng, "Company")
            if o.iri == s.iri:
                return
            ents.setdefault(o.iri, o)
            cur = rng.choice(_CURRENCIES) if kind == "Investment" else "USD"
            amt = rng.randint(1, 400)
            factor = 1e9 if kind == "Investment" else 1e6
            sentence = rng.choice(t[kind]).format(s=s.name, o=o.name, amt=amt, cur=_CUR_TEXT[lang][cur])
            ev.update(amount=float(amt * factor), currency=cur, amount_usd=round(amt * factor * _USD[cur], 2))
            if kind == "Investment":
                ev["object"] = o.iri
            else:
                ev["investors"] = [o.iri]
        start, end = w.add(sentence, rng)
        ev.update(sentence=sentence, start=start, end=end, n=k)
        art.events.append(ev)

    lead = names.pick(rng, "Company")
    art.title = rng.choice(t["title"]).format(s=lead.name)
    w.add(rng.choice(_FILLER[lang]), rng)
    for i in range(facts):
        fact()
        filler()
        if i % 5 == 2:
            attribute()
    for k in range(events):
        event(k)
    while len(w.text.split()) < min_words:
        if rng.random() < 0.3:
            fact()
        w.add(rng.choice(_FILLER[lang]), rng)
    art.text = w.text
    art.entities = list(ents.values())
    return art


def _counts(relationships: int) -> dict[str, int]:
    n = max(60, relationships // 10)
    share = {"Company": 0.38, "AIModel": 0.26, "Person": 0.18, "Place": 0.08, "Benchmark": 0.05,
             "StockIndex": 0.05}
    return {t: max(5, int(n * s)) for t, s in share.items()}


def articles(n: int, *, seed: int = 0, words: int = 300, languages: tuple[str, ...] = ("de", "en")) -> list[Article]:
    """``n`` articles of at least ``words`` words, alternating between ``languages``."""
    rng = random.Random(seed)
    names = _Names(rng, _counts(2000))
    facts = max(1, words // 60)
    return [
        _article(rng, names, i, lang=languages[i % len(languages)], facts=facts, fillers_per_fact=2.0,
                 seen=None, attrs_seen=None, min_words=words)
        for i in range(n)
    ]


def documents(n: int, *, seed: int = 0, words: int = 300, languages: tuple[str, ...] = ("de", "en")) -> list[Any]:
    """The articles as ``kg.loaders.models.Document`` (what ``extract`` takes)."""
    return [_document(a) for a in articles(n, seed=seed, words=words, languages=languages)]


def _document(a: Article) -> Any:
    from kg.loaders.reader import document_from_text

    return document_from_text(a.text, a.source, title=a.title, language=a.language, published=a.published)


# ---------------------------------------------------------------------------- graphs


def _iter_world(relationships: int, seed: int) -> Iterator[tuple[Article, Any]]:
    """Articles (with their Document) until their property graph holds ``relationships`` relationships."""
    rng = random.Random(seed)
    names = _Names(rng, _counts(relationships))
    seen: set[tuple[str, str, str]] = set()
    attrs_seen: set[tuple[str, str]] = set()
    total, i = 0, 0
    while total < relationships:
        lang = "de" if i % 2 == 0 else "en"
        art = _article(rng, names, i, lang=lang, facts=12, fillers_per_fact=0.4, seen=seen,
                       attrs_seen=attrs_seen, events=rng.choice([1, 1, 2]))
        doc = _document(art)
        if doc.text != art.text:  # offsets would be wrong; never expected
            raise RuntimeError("generated text changed when normalised")
        total += _rel_count(art)
        i += 1
        yield art, doc


def _rel_count(art: Article) -> int:
    n = len(art.relations) + len(art.entities) + len(art.events)  # facts, MENTIONS of entities and events
    for ev in art.events:
        n += 1 + ("object" in ev) + len(ev.get("investors", ())) + ("market" in ev)
    return n


def _event_iri(doc_iri: str, ev: dict[str, Any]) -> str:
    return f"{doc_iri}/event/{ev['n']}"


def world(relationships: int = 10_000, *, seed: int = 0) -> list[Any]:
    """The corpus as ``Extraction`` objects (the ground truth of each generated article)."""
    from kg.loaders.models import Attribute, Entity, Event, Evidence, Extraction, Relation

    out = []
    for art, doc in _iter_world(relationships, seed):
        ents = [Entity(iri=e.iri, name=e.name, type=e.type, mentions=[e.name], aliases=list(e.aliases),
                       wikidata=e.wikidata) for e in art.entities]
        rels = [Relation(s, p, o, Evidence(sent, a, b), conf) for s, p, o, sent, a, b, conf in art.relations]
        attrs = [Attribute(s, p, v, Evidence(sent, a, b), conf) for s, p, v, sent, a, b, conf in art.attributes]
        evs = [Event(iri=_event_iri(doc.iri, ev), type=ev["type"], subject=ev["subject"],
                     evidence=Evidence(ev["sentence"], ev["start"], ev["end"]), object=ev.get("object"),
                     percent=ev.get("percent"), market=ev.get("market"), amount=ev.get("amount"),
                     currency=ev.get("currency"), amount_usd=ev.get("amount_usd"),
                     investors=list(ev.get("investors", [])), date=ev["date"], date_text=ev["date_text"],
                     confidence=ev["confidence"]) for ev in art.events]
        out.append(Extraction(document=doc, entities=ents, relations=rels, attributes=attrs, events=evs))
    return out


def rdf_graph(relationships: int = 10_000, *, seed: int = 0) -> Any:
    """One rdflib Graph with the RDF of every article of :func:`world` (kg.loaders.rdf.to_rdf)."""
    from rdflib import Graph

    from kg.loaders.rdf import to_rdf

    g = Graph()
    for ex in world(relationships, seed=seed):
        g += to_rdf(ex)
    return g


@lru_cache(maxsize=None)
def _labels(typ: str) -> tuple[str, ...]:
    from kg.ontology import load

    return tuple(reversed(load().superclasses(typ)))


def property_graph(relationships: int = 10_000, *, seed: int = 0) -> Any:
    """The property graph of :func:`world` per docs/mapping.md, built directly (no RDF in between)."""
    from kg.graph.model import Node, PropertyGraph, Relationship
    from kg.loaders.rdf import assertion_iri
    from kg.ontology import KG, rel_type
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    nodes: dict[str, Node] = {}
    sources: dict[str, set[str]] = {}
    rels: list[Relationship] = []

    def src(iri: str, doc: str) -> None:
        sources.setdefault(iri, set()).add(doc)

    for art, doc in _iter_world(relationships, seed):
        d = doc.iri
        nodes[d] = Node(d, ["Document"], {"iri": d, "contentHash": doc.content_hash, "source": doc.source,
                                          "title": doc.title, "language": doc.language,
                                          "published": doc.published})
        for e in art.entities:
            node = nodes.get(e.iri)
            if node is None:
                props: dict[str, Any] = {"iri": e.iri, "type": e.type, "name": e.name, "mentions": [e.name]}
                if e.aliases:
                    props["aliases"] = sorted(set(e.aliases))
                if e.wikidata:
                    props["wikidata"] = e.wikidata
                nodes[e.iri] = Node(e.iri, list(_labels(e.type)), props)
            src(e.iri, d)
            rels.append(Relationship("MENTIONS", d, e.iri, {}))
        for s, p, o, sent, a, b, conf in art.relations:
            airi = str(assertion_iri(d, URIRef(s), KG[p], URIRef(o)))
            rels.append(Relationship(rel_type(p), s, o, {
                "predicate": p, "ontologyIri": str(KG[p]), "sources": [d], "provenanceKeys": [airi],
                "evidence": [sent], "evidenceSources": [d], "charStarts": [a], "charEnds": [b],
                "confidences": [conf], "assertions": [airi], "confidence": conf}))
        for s, p, v, sent, a, b, conf in art.attributes:
            lit = Literal(f"{v:04d}", datatype=XSD.gYear) if p == "foundedYear" else Literal(v, datatype=XSD.integer)
            airi = str(assertion_iri(d, URIRef(s), KG[p], lit))
            props = nodes[s].props
            props[p] = v
            for name, value in (("attrKeys", airi), ("attrPredicates", p), ("attrSources", d),
                                ("attrEvidence", sent), ("attrCharStarts", a), ("attrCharEnds", b),
                                ("attrConfidences", conf), ("attrAssertions", airi)):
                props.setdefault(name, []).append(value)
        for ev in art.events:
            eiri = _event_iri(d, ev)
            props = {"iri": eiri, "type": ev["type"], "evidence": ev["sentence"], "charStart": ev["start"],
                     "charEnd": ev["end"], "confidence": ev["confidence"], "date": ev["date"],
                     "dateText": ev["date_text"], "sources": [d]}
            for key, prop in (("percent", "percent"), ("amount", "amount"), ("currency", "currency"),
                              ("amount_usd", "amountUSD")):
                if key in ev:
                    props[prop] = ev[key]
            nodes[eiri] = Node(eiri, list(_labels(ev["type"])), props)
            rels.append(Relationship("MENTIONS", d, eiri, {}))
            links = [("eventSubject", ev["subject"])]
            if "object" in ev:
                links.append(("eventObject", ev["object"]))
            links += [("investor", x) for x in ev.get("investors", ())]
            if "market" in ev:
                links.append(("market", ev["market"]))
            for p, target in links:
                rels.append(Relationship(rel_type(p), eiri, target, {
                    "predicate": p, "ontologyIri": str(KG[p]), "sources": [d]}))
                src(target, d)
    for iri, node in nodes.items():
        if node.labels[0] != "Document" and "sources" not in node.props:
            node.props["sources"] = sorted(sources.get(iri, ()))
    return PropertyGraph(nodes=list(nodes.values()), relationships=rels)
