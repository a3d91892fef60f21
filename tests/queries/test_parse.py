"""The question parser: kinds, names and periods, in English and German."""

from __future__ import annotations

from datetime import date

import pytest

from kg.queries.errors import NotUnderstood
from kg.queries.intent import Kind
from kg.queries.parse import parse, parse_period

CASES = [
    # (question, kind, names, language)
    ("who competes with DeepSeek", Kind.COMPETITORS, ("DeepSeek",), "en"),
    ("Who competes with DeepSeek?", Kind.COMPETITORS, ("DeepSeek",), "en"),
    ("what does QwQ-32B compete with", Kind.COMPETITORS, ("QwQ-32B",), "en"),
    ("who are DeepSeek's competitors", Kind.COMPETITORS, ("DeepSeek",), "en"),
    ("wer konkurriert mit DeepSeek?", Kind.COMPETITORS, ("DeepSeek",), "de"),
    ("mit wem konkurriert QwQ-32B?", Kind.COMPETITORS, ("QwQ-32B",), "de"),
    ("Konkurrenten von DeepSeek", Kind.COMPETITORS, ("DeepSeek",), "de"),
    ("what did Alibaba release", Kind.RELEASES, ("Alibaba",), "en"),
    ("which models does Alibaba make", Kind.RELEASES, ("Alibaba",), "en"),
    ("was hat OpenAI veröffentlicht?", Kind.RELEASES, ("OpenAI",), "de"),
    ("welche Modelle hat Alibaba entwickelt?", Kind.RELEASES, ("Alibaba",), "de"),
    ("who released QwQ-32B", Kind.MAKER, ("QwQ-32B",), "en"),
    ("wer hat QwQ-32B entwickelt?", Kind.MAKER, ("QwQ-32B",), "de"),
    ("who founded Alibaba", Kind.FOUNDERS, ("Alibaba",), "en"),
    ("wer hat Alibaba gegründet", Kind.FOUNDERS, ("Alibaba",), "de"),
    ("wer ist der Gründer von Alibaba?", Kind.FOUNDERS, ("Alibaba",), "de"),
    ("what did Jack Ma found", Kind.FOUNDED, ("Jack Ma",), "en"),
    ("who is the CEO of Union Bancaire Privée", Kind.CEO, ("Union Bancaire Privée",), "en"),
    ("who runs OpenAI", Kind.CEO, ("OpenAI",), "en"),
    ("wer leitet die Union Bancaire Privée?", Kind.CEO, ("Union Bancaire Privée",), "de"),
    ("wer ist CEO von OpenAI", Kind.CEO, ("OpenAI",), "de"),
    ("who invested in OpenAI, and how much", Kind.INVESTORS, ("OpenAI",), "en"),
    ("wer hat in OpenAI investiert?", Kind.INVESTORS, ("OpenAI",), "de"),
    ("how much did Alibaba invest", Kind.INVESTMENTS, ("Alibaba",), "en"),
    ("wie viel investiert Alibaba?", Kind.INVESTMENTS, ("Alibaba",), "de"),
    ("what happened to Alibaba's stock", Kind.STOCK, ("Alibaba",), "en"),
    ("wie entwickelte sich die Alibaba-Aktie?", Kind.STOCK, ("Alibaba",), "de"),
    ("which benchmark was Manus evaluated on", Kind.BENCHMARKS, ("Manus",), "en"),
    ("auf welchem Benchmark wurde Manus getestet?", Kind.BENCHMARKS, ("Manus",), "de"),
    ("what outperforms DeepResearch", Kind.OUTPERFORMERS, ("DeepResearch",), "en"),
    ("what does Manus outperform", Kind.OUTPERFORMED, ("Manus",), "en"),
    ("wen übertrifft Manus?", Kind.OUTPERFORMED, ("Manus",), "de"),
    ("how is Alibaba connected to DeepSeek", Kind.CONNECTION, ("Alibaba", "DeepSeek"), "en"),
    ("wie ist Alibaba mit DeepSeek verbunden?", Kind.CONNECTION, ("Alibaba", "DeepSeek"), "de"),
    ("tell me about Alibaba", Kind.ABOUT, ("Alibaba",), "en"),
    ("erzähl mir etwas über Alibaba", Kind.ABOUT, ("Alibaba",), "de"),
    ("which companies are based in Hangzhou", Kind.BASED_IN, ("Hangzhou",), "en"),
    ("welche Unternehmen sitzen in Hangzhou?", Kind.BASED_IN, ("Hangzhou",), "de"),
    ("what happened to Alibaba", Kind.EVENTS, ("Alibaba",), "en"),
]


@pytest.mark.parametrize("question,kind,names,lang", CASES)
def test_kinds_names_and_language(question, kind, names, lang):
    intent = parse(question)
    assert (intent.kind, intent.entities, intent.lang) == (kind, names, lang)
    assert intent.question == question


@pytest.mark.parametrize("question,start,end", [
    ("what happened in March 2025", date(2025, 3, 1), date(2025, 3, 31)),
    ("was geschah im März 2025?", date(2025, 3, 1), date(2025, 3, 31)),
    ("what happened in 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("was ist im Q1 2025 passiert", date(2025, 1, 1), date(2025, 3, 31)),
    ("what happened between 1 March and 10 March 2025", date(2025, 3, 1), date(2025, 3, 10)),
    ("what happened on 5 March 2025", date(2025, 3, 5), date(2025, 3, 5)),
    ("Ereignisse im Februar 2024", date(2024, 2, 1), date(2024, 2, 29)),
])
def test_periods(question, start, end):
    intent = parse(question)
    assert intent.kind == Kind.EVENTS
    assert intent.period is not None
    assert (intent.period.start, intent.period.end) == (start, end)


def test_a_place_is_not_a_period():
    intent = parse("what happened in Hongkong")
    assert intent.kind == Kind.EVENTS and intent.period is None and intent.entities == ("Hongkong",)
    assert parse_period("Hongkong") is None


@pytest.mark.parametrize("question", ["", "   ", "hello", "asdf qwer", "42", "competes"])
def test_not_understood_lists_the_kinds(question):
    with pytest.raises(NotUnderstood) as e:
        parse(question)
    text = str(e.value)
    assert "who competes with DeepSeek" in text and "wer hat Alibaba gegründet?" in text
    assert "what happened in March 2025" in text


def test_names_lose_articles_quotes_and_possessives():
    assert parse('who competes with "DeepSeek"').entities == ("DeepSeek",)
    assert parse("who founded the Alibaba Group").entities == ("Alibaba Group",)
    assert parse("who are OpenAI’s investors").entities == ("OpenAI",)
