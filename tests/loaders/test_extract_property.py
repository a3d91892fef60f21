"""Property: no text crashes the extractor, and what it returns is well formed."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.loaders.extract import extract
from kg.loaders.reader import document_from_text

WORDS = ["Alibaba", "OpenAI", "DeepSeek", "R1", "stieg", "fiel", "um", "8,6", "%", "Prozent", "$3.5", "billion",
         "Milliarden", "US-Dollar", "Das", "Unternehmen", "the", "company", "CEO", "von", "gegründete", "founded",
         "by", "Jack", "Ma", "Modell", "QwQ-32B", "Parametern", "am", "Mittwoch", "last", "week", ",", ".", ":",
         "„", "“", "(", ")", "–", "\n", "Nvidia-Aktie", "Sam", "Altman", "invests", "in", "acquired", "ERNIE", "X1",
         "mit", "konkurrieren", "besser", "als", "GAIA", "Benchmark", "Hongkong", "’s", "sein", "its", "model"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["de", "en", ""]), published=st.one_of(st.none(), st.dates()))
def test_no_text_crashes_the_extractor(text, lang, published: date | None):
    doc = document_from_text(text, "prop", language=lang, published=published)
    ex = extract(doc)
    data = ex.to_json()
    iris = {e["iri"] for e in data["entities"]}
    for r in data["relations"]:
        assert r["subject"] in iris and r["object"] in iris
        a, b = r["span"]
        assert doc.text[a:b] == r["evidence"]
    for e in ex.events:
        assert e.subject in iris
        assert all(x in iris for x in [e.object, e.market, *e.investors] if x)
        assert 0 < e.confidence <= 1
