"""Patterns added in round 9 (German and English), each on sentences of its own, not taken from the articles."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_helpers import rels as facts_by_name
from .extract_helpers import run


def rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return facts_by_name(run(text, lang, published=date(2025, 6, 2)))


@pytest.mark.parametrize("text,lang,fact", [
    # listedOn from a stock move on a named exchange
    ("Oracle shares climbed 3.4% on the New York Stock Exchange on Friday.", "en",
     ("Oracle", "listedOn", "New York Stock Exchange")),
    ("Die SAP-Aktie gewann im Xetra-Handel 1,7 Prozent.", "de", ("SAP", "listedOn", "Frankfurter Wertpapierbörse")),
    # competition with adverbs and second objects
    ("Cohere konkurriert vor allem mit OpenAI, aber auch mit Anthropic.", "de", ("Cohere", "competesWith", "Anthropic")),
    ("Cohere konkurriert vor allem mit OpenAI, aber auch mit Anthropic.", "de", ("Cohere", "competesWith", "OpenAI")),
    ("The deal deepens Microsoft's rivalry with Google.", "en", ("Microsoft", "competesWith", "Google")),
    # takeovers
    ("Nvidia hatte im Frühjahr das Start-up Run:ai übernommen.", "de", ("Nvidia", "acquired", "Run:ai")),
    ("Salesforce agrees to buy Informatica for $8 billion.", "en", ("Salesforce", "acquired", "Informatica")),
    # partnerships in German verb-second order
    ("Im Herbst schloss Aleph Alpha eine Partnerschaft mit dem Softwarekonzern SAP.", "de",
     ("Aleph Alpha", "partnersWith", "SAP")),
    ("Gemeinsam mit Nvidia baut die Deutsche Telekom ein Rechenzentrum in München.", "de",
     ("Deutsche Telekom", "partnersWith", "Nvidia")),
    # investors
    ("Zu den Investoren von Mistral AI zählen Nvidia und Microsoft.", "de", ("Nvidia", "investsIn", "Mistral AI")),
    ("Zu den Investoren von Mistral AI zählen Nvidia und Microsoft.", "de", ("Mistral AI", "fundedBy", "Microsoft")),
    # titles
    ("Aidan Gomez führt Cohere als Vorstandschef.", "de", ("Aidan Gomez", "ceoOf", "Cohere")),
    ("Geführt wird Mistral AI von Arthur Mensch.", "de", ("Arthur Mensch", "ceoOf", "Mistral AI")),
    ("\"We are hiring,\" said Ali Ghodsi, Databricks' chief executive.", "en", ("Ali Ghodsi", "ceoOf", "Databricks")),
    ("Hugging Face will host the models, its chief executive Clement Delangue said.", "en",
     ("Clem Delangue", "ceoOf", "Hugging Face")),
    # coordinated seat
    ("Moonshot AI wurde 2023 von Yang Zhilin gegründet und hat seinen Sitz in Peking.", "de",
     ("Moonshot AI", "headquarteredIn", "Peking")),
    # models named by a pronoun
    ("Alibaba stellte Qwen3 vor. Im Test LiveCodeBench übertreffe es DeepSeek-V3, teilte Alibaba mit.", "de",
     ("Qwen3", "outperforms", "DeepSeek V3")),
    # subsidiaries in apposition
    ("Google released Gemma 3. Google DeepMind, the search giant's research unit, built the model.", "en",
     ("Google DeepMind", "subsidiaryOf", "Google")),
])
def test_round9_pattern(text, lang, fact):
    assert fact in rels(text, lang)


def test_description_resolves_by_the_head_that_named_a_company():
    text = ("Infineon kauft das Münchner Start-up Neuralwerk. Der Chiphersteller zahlt 180 Millionen Euro. "
            "Zu den Geldgebern des Start-ups gehören Earlybird und UVC Partners.")
    facts = rels(text, "de")
    assert ("Earlybird", "investsIn", "Neuralwerk") in facts
    assert ("Earlybird", "investsIn", "Infineon") not in facts


def test_list_ends_before_and_with():
    facts = rels("Helix competes with Figure AI, which is backed by Microsoft and OpenAI, and with Apptronik.", "en")
    assert ("OpenAI", "investsIn", "Figure AI") in facts
    assert ("Apptronik", "investsIn", "Figure AI") not in facts


def test_possessive_owner_is_not_a_prepositional_object():
    facts = rels("Microsoft, größter Geldgeber von OpenAI, will das Modell in seinen Copilot integrieren.", "de")
    assert ("OpenAI", "released", "Copilot") not in facts
