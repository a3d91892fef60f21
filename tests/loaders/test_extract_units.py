"""Unit tests of the extractor's parts and patterns, German and English."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg.loaders.extract import LexiconError, extract, load_lexicon
from kg.loaders.extract.dates import find_dates, resolve_date
from kg.loaders.extract.numbers import find_money, find_parameter_counts, find_percents, parse_number
from kg.loaders.extract.sentences import split_sentences
from kg.loaders.reader import document_from_text
from kg.ontology import entity_iri

from .extract_helpers import rels, run


def entity(ex, name):
    return next(e for e in ex.entities if e.name == name)


# ---------------------------------------------------------------- numbers, dates, sentences

@pytest.mark.parametrize("text,value", [("8,6", 8.6), ("3.5", 3.5), ("1.500", 1500), ("1,500", 1500),
                                        ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("32", 32)])
def test_parse_number_both_conventions(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,amount,currency", [
    ("135 Milliarden US-Dollar", 135e9, "USD"), ("380 Milliarden Yuan", 380e9, "CNY"), ("$3.5 billion", 3.5e9, "USD"),
    ("€600m", 600e6, "EUR"), ("20 Mio. Euro", 20e6, "EUR"), ("HK$90 billion", 90e9, "HKD"),
    ("2,6 Billionen US-Dollar", 2.6e12, "USD"), ("£1.2bn", 1.2e9, "GBP"),
])
def test_money(text, amount, currency):
    (q,) = find_money(text)
    assert q.value == pytest.approx(amount) and q.currency == currency


def test_money_with_dollar_equivalent_in_brackets():
    qs = find_money("mehr als 380 Milliarden Yuan (52 Milliarden US-Dollar) investieren")
    assert [(q.value, q.currency) for q in qs] == [(380e9, "CNY"), (52e9, "USD")]


def test_percents_and_parameters():
    assert [q.value for q in find_percents("stiegen um 8,6 % und fielen um -2,5 Prozent")] == [8.6, -2.5]
    assert find_percents("rose 4.2% on Friday")[0].value == 4.2
    assert find_parameter_counts("mit 32 Milliarden Parametern")[0].value == 32e9
    assert find_parameter_counts("a 70B parameter model")[0].value == 70e9
    assert find_parameter_counts("671 billion parameters")[0].value == 671e9


def test_dates_resolved_against_publication():
    pub = date(2025, 3, 6)  # a Thursday
    assert resolve_date("am Mittwoch", pub, "de") == date(2025, 3, 5)
    assert resolve_date("Donnerstag", pub, "de") == pub
    assert resolve_date("on Tuesday", pub, "en") == date(2025, 3, 4)
    assert resolve_date("last week", pub, "en") == date(2025, 2, 24)
    assert resolve_date("5. März 2025", None, "de") == date(2025, 3, 5)
    assert resolve_date("am Mittwoch", None, "de") is None
    assert [d.text for d in find_dates("Am Montag und am 5. März 2025 sowie last week")] == [
        "Am Montag", "5. März 2025", "last week"] or len(find_dates("am Montag")) == 1


def test_sentences_keep_offsets_and_abbreviations():
    text = "Die Focus Technology Co. AG stieg am 5. März stark. Das ist z. B. gut! Next one."
    sents = split_sentences(text)
    assert [s.text for s in sents][-1] == "Next one."
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert len(sents) == 3


# ---------------------------------------------------------------- names and resolution

def test_typos_and_inflections_resolve_with_an_audit_trail():
    ex = run("DeepSeaks R1 ist günstig. Das Modell DeepSeak R1 gilt als effizient. Alibabas Aktie stieg, "
             "Nvidias Aktie fiel.", "de")
    names = {e.name for e in ex.entities}
    assert {"DeepSeek R1", "Alibaba", "Nvidia"} <= names
    r1 = entity(ex, "DeepSeek R1")
    assert {"DeepSeaks R1", "DeepSeak R1"} <= set(r1.mentions)
    assert all({"mention", "method", "score", "reason"} <= set(x) for x in r1.resolutions)
    assert any(x["method"] == "fuzzy" for x in r1.resolutions)
    assert ("DeepSeek", "released", "DeepSeek R1") in rels(ex)


def test_distinct_entities_are_not_merged():
    ex = run("OpenAI released GPT-4 and later GPT-5. Meta and Metall are different; so are o1 and o3-mini.", "en")
    names = {e.name for e in ex.entities}
    assert {"GPT-4", "GPT-5", "Meta", "OpenAI o1", "o3-mini"} <= names
    assert "Metall" not in {m for e in ex.entities for m in e.mentions}


def test_unknown_names_from_context():
    de = run("Das Start-up Quantora Labs stellte sein Modell Orion-X2 vor. CEO Mira Sandberg sagte, "
             "die Aktien von Helix Robotics AG seien gestiegen. Auch Hunyuan-T1 und ERNIE X1 wurden getestet.", "de")
    types = {e.name: e.type for e in de.entities}
    assert types.get("Quantora Labs") == "Company"
    assert types.get("Orion-X2") == "AIModel"
    assert types.get("Mira Sandberg") == "Person"
    assert types.get("Helix Robotics AG") == "Company"
    assert types.get("Hunyuan-T1") == "AIModel" and types.get("ERNIE X1") == "AIModel"
    en = run("The startup Veltrix unveiled Claude 3.7 Sonnet rival Nimbus 2.5 Pro, its new AI model.", "en")
    types = {e.name: e.type for e in en.entities}
    assert types.get("Veltrix") == "Company" and types.get("Claude 3.7 Sonnet") == "AIModel"
    assert types.get("Nimbus 2.5 Pro") == "AIModel"


def test_user_lexicon_tsv_and_json(tmp_path):
    tsv = tmp_path / "extra.tsv"
    tsv.write_text("Company\tZyphra Dynamics\tZyphra\tQ999\t\nAIModel\tZeta-9\t\t\tZyphra Dynamics\n", encoding="utf-8")
    js = tmp_path / "extra.json"
    js.write_text(json.dumps([{"type": "Person", "name": "Ana Ruiz", "aliases": ["Ruiz"]}]), encoding="utf-8")
    ex = run("Zyphra released Zeta-9 yesterday, Ruiz said.", "en", lexicons=[tsv, js])
    z = entity(ex, "Zyphra Dynamics")
    assert z.wikidata == "Q999" and "Zyphra" in z.mentions
    assert ("Zyphra Dynamics", "released", "Zeta-9") in rels(ex)
    assert "Ana Ruiz" in {e.name for e in ex.entities}
    bad = tmp_path / "bad.tsv"
    bad.write_text("Spaceship\tX\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon([bad])


def test_builtin_lexicon_has_aliases_and_wikidata():
    lex = load_lexicon()
    assert lex.get("Alibaba").wikidata == "Q1359568"
    assert lex.lookup("openai").name == "OpenAI"
    assert {e.type for e in lex.entries} >= {"Company", "AIModel", "Product", "Person", "Benchmark", "Place",
                                              "StockIndex", "Organization"}


# ---------------------------------------------------------------- relations, per language and pattern

GERMAN = [
    ("Die Anleger mögen das von Jack Ma gegründete Unternehmen Alibaba.", ("Alibaba", "foundedBy", "Jack Ma")),
    ("Vey-Sern Ling, CEO der Union Bancaire Privée, kommentiert die Lage.",
     ("Vey-Sern Ling", "ceoOf", "Union Bancaire Privée")),
    ("Nvidia-Chef Jensen Huang reiste nach Peking.", ("Jensen Huang", "ceoOf", "Nvidia")),
    ("Alibaba-Gründer Jack Ma meldete sich zu Wort.", ("Alibaba", "foundedBy", "Jack Ma")),
    ("Das neue Modell QwQ-32B soll mit DeepSeek R1 konkurrieren.", ("QwQ-32B", "competesWith", "DeepSeek R1")),
    ("Microsoft investiert 10 Milliarden Dollar in OpenAI.", ("Microsoft", "investsIn", "OpenAI")),
    ("Nvidia übernimmt das Start-up Run:ai für 700 Millionen Dollar.", ("Nvidia", "acquired", "Run:ai")),
    ("SAP und Aleph Alpha kooperieren bei KI-Anwendungen.", ("SAP", "partnersWith", "Aleph Alpha")),
    ("Das Start-up Aleph Alpha mit Sitz in Heidelberg wächst.", ("Aleph Alpha", "headquarteredIn", "Heidelberg")),
    ("Die an der Nasdaq notierten Aktien von Nvidia stiegen.", ("Nvidia", "listedOn", "Nasdaq")),
    ("Das Modell ERNIE 4.5 basiert auf ERNIE 4.0.", ("ERNIE 4.5", "basedOn", "ERNIE 4.0")),
    ("In Tests übertraf ERNIE 4.5 das Modell GPT-4.5 von OpenAI.", ("ERNIE 4.5", "outperforms", "GPT-4.5")),
    ("Auf dem MMLU-Benchmark erzielte ERNIE 4.5 86,5 Prozent.", ("ERNIE 4.5", "evaluatedOn", "MMLU")),
    ("Baidu konkurriert mit der ByteDance-Tochter Volcano Engine.", ("Volcano Engine", "subsidiaryOf", "ByteDance")),
    ("Baidu stellte am Sonntag sein neues Modell ERNIE X1 vor.", ("Baidu", "released", "ERNIE X1")),
    ("Besser als DeepResearch von OpenAI sei das Produkt.", ("OpenAI", "released", "DeepResearch")),
    ("Colette Kress, Finanzchefin von Nvidia, sprach von Belastungen.", ("Colette Kress", "worksFor", "Nvidia")),
    ("Mistral AI sammelte 600 Millionen Euro in einer Finanzierungsrunde angeführt von General Catalyst ein.",
     ("Mistral AI", "fundedBy", "General Catalyst")),
]
ENGLISH = [
    ("OpenAI's chief executive Sam Altman spoke on Monday.", ("Sam Altman", "ceoOf", "OpenAI")),
    ("Dario Amodei, Anthropic's chief executive, said so.", ("Dario Amodei", "ceoOf", "Anthropic")),
    ("Anthropic was founded in 2021 by Dario Amodei and Daniela Amodei.", ("Anthropic", "foundedBy", "Daniela Amodei")),
    ("Anthropic has raised $3.5 billion in a round led by Lightspeed Venture Partners.",
     ("Anthropic", "fundedBy", "Lightspeed Venture Partners")),
    ("Amazon has invested $8 billion in Anthropic.", ("Amazon", "investsIn", "Anthropic")),
    ("Claude 3.7 Sonnet beats OpenAI's o3-mini on SWE-bench Verified.", ("Claude 3.7 Sonnet", "outperforms", "o3-mini")),
    ("Claude 3.7 Sonnet beats OpenAI's o3-mini on SWE-bench Verified.",
     ("Claude 3.7 Sonnet", "evaluatedOn", "SWE-bench Verified")),
    ("The model competes directly with GPT-4.5 and Google's Gemini 2.0 Flash.", ("Google", "released", "Gemini 2.0 Flash")),
    ("Tencent agreed to acquire Finnish game developer Northwind Studios for $1.2 billion.",
     ("Tencent", "acquired", "Northwind Studios")),
    ("Lumora, a Berlin-based startup, builds agents.", ("Lumora", "headquarteredIn", "Berlin")),
    ("SAP's venture arm, Sapphire Ventures, is an existing investor in Lumora.", ("Sapphire Ventures", "subsidiaryOf", "SAP")),
    ("SAP's venture arm, Sapphire Ventures, is an existing investor in Anthropic.",
     ("Sapphire Ventures", "investsIn", "Anthropic")),
    ("Aleph Alpha has signed a partnership with SAP to sell its agents.", ("Aleph Alpha", "partnersWith", "SAP")),
    ("Tencent said Hunyuan-T1 is built on its TurboS base model.", ("Hunyuan-T1", "basedOn", "TurboS")),
    ("Shares of Nvidia, which is listed on the Nasdaq, fell.", ("Nvidia", "listedOn", "Nasdaq")),
    ("Jared Kaplan, chief scientist at Anthropic, spoke.", ("Jared Kaplan", "worksFor", "Anthropic")),
    ("Last week Alibaba released QwQ-32B, its new reasoning model.", ("Alibaba", "released", "QwQ-32B")),
    ("Mistral AI competes with OpenAI in Europe.", ("Mistral AI", "competesWith", "OpenAI")),
]


@pytest.mark.parametrize("text,triple", GERMAN, ids=[t[1][1] + "-de-" + str(i) for i, t in enumerate(GERMAN)])
def test_german_relation_patterns(text, triple):
    assert triple in rels(run(text, "de")), rels(run(text, "de"))


@pytest.mark.parametrize("text,triple", ENGLISH, ids=[t[1][1] + "-en-" + str(i) for i, t in enumerate(ENGLISH)])
def test_english_relation_patterns(text, triple):
    assert triple in rels(run(text, "en")), rels(run(text, "en"))


def test_no_relation_from_mere_co_occurrence():
    ex = run("Alibaba, Tencent und Baidu berichten am Donnerstag. Microsoft und Google auch.", "de")
    assert ex.relations == []
    ex = run("Analysts compared Nvidia, AMD and Intel on Tuesday.", "en")
    assert ex.relations == []


# ---------------------------------------------------------------- coreference, events, attributes

def test_coreference_of_descriptions():
    ex = run("Alibaba legte Zahlen vor. Das Unternehmen stellte sein Modell QwQ-32B vor.", "de")
    assert ("Alibaba", "released", "QwQ-32B") in rels(ex)
    ex = run("Anthropic raised money. Google also holds a stake in the startup.", "en")
    assert ("Google", "investsIn", "Anthropic") in rels(ex)


def test_stock_moves_are_signed_with_market_and_date():
    ex = run("Die Aktie von Nvidia ist am Montag an der Nasdaq um 6,9 Prozent gefallen. "
             "Die Alibaba-Aktie legte in Hongkong um 7,6 % zu.", "de", published=date(2024, 4, 16))
    moves = {(e.subject, e.percent, e.market, e.date) for e in ex.events if e.type == "StockMove"}
    assert (str(entity_iri("Nvidia")), -6.9, str(entity_iri("Nasdaq")), date(2024, 4, 15)) in moves
    assert (str(entity_iri("Alibaba")), 7.6, str(entity_iri("Hongkong")), None) in moves
    ex = run("Shares of Tencent Holdings fell 4.2% in Hong Kong on Friday. The Hang Seng Index dropped 2.5%.", "en")
    assert {e.percent for e in ex.events if e.type == "StockMove"} == {-4.2, -2.5}


def test_money_events_and_attributes():
    ex = run("Alibaba will in den nächsten drei Jahren 380 Milliarden Yuan (52 Milliarden US-Dollar) in KI "
             "investieren. Das Modell QwQ-32B hat 32 Milliarden Parameter. Alibaba erreichte einen Marktwert von "
             "135 Milliarden US-Dollar.", "de")
    inv = next(e for e in ex.events if e.type == "Investment")
    assert (inv.amount, inv.currency, inv.amount_usd) == (380e9, "CNY", 52e9)
    attrs = {(a.predicate, a.value) for a in ex.attributes}
    assert ("parameterCount", 32_000_000_000) in attrs and ("marketValueUSD", 135_000_000_000) in attrs
    ex = run("Anthropic has raised $3.5 billion in a Series E round led by Lightspeed Venture Partners.", "en")
    fund = next(e for e in ex.events if e.type == "Funding")
    assert fund.amount == 3.5e9 and fund.currency == "USD" and str(entity_iri("Lightspeed Venture Partners")) in fund.investors


def test_every_fact_has_evidence_inside_the_text_and_stable_event_iris():
    text = open_seed()
    doc = document_from_text(text, "seed", language="de", published=date(2025, 3, 6))
    a, b = extract(doc), extract(doc)
    for fact in [*a.relations, *a.attributes, *a.events]:
        assert doc.text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence
        assert 0 < fact.confidence <= 1
    assert [e.iri for e in a.events] == [e.iri for e in b.events]
    assert len({e.iri for e in a.events}) == len(a.events)


def open_seed() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "examples" / "alibaba-qwq-32b.de.txt").read_text(encoding="utf-8")
