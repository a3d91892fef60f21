"""Names in questions match entities tolerantly (case, spacing, typos, aliases, suffixes)."""

from __future__ import annotations

import pytest

from kg.queries.errors import EntityNotFound
from kg.queries.resolve import Resolver, normalise


def test_normalise():
    assert normalise("Deep Seek") == normalise("DeepSeek") == "deepseek"
    assert normalise("Alibaba Group") == "alibaba"
    assert normalise("Union Bancaire Privée") == "unionbancaireprivee"
    assert normalise("OpenAI's") == "openai"


@pytest.mark.parametrize("text,name", [
    ("DeepSeek", "DeepSeek"), ("Deepseek", "DeepSeek"), ("deep seek", "DeepSeek"), ("DEEPSEEK", "DeepSeek"),
    ("Alibaba Group", "Alibaba"), ("alibabba", "Alibaba"), ("Alibabas", "Alibaba"), ("Manus", "Manus AI"),
    ("DeepSeak R1", "DeepSeek R1"), ("qwq 32b", "QwQ-32B"), ("Union Bancaire Privee", "Union Bancaire Privée"),
    ("Hong Kong", "Hongkong"), ("open ai", "OpenAI"),
])
def test_tolerant_matching(seed_store, text, name):
    r = Resolver()
    assert r.resolve(text, lambda q: seed_store.query(*q)).node.name == name


def test_unknown_name_suggests(seed_store):
    with pytest.raises(EntityNotFound) as e:
        Resolver().resolve("Alibubu Holdings Foo", lambda q: seed_store.query(*q))
    assert "Alibubu" in str(e.value)
    with pytest.raises(EntityNotFound):
        Resolver().resolve("Microsoft", lambda q: seed_store.query(*q))
