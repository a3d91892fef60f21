"""kg ask on a real embedded store holding the seed graph (and the same code over Bolt)."""

from __future__ import annotations

import pytest

from kg.queries.api import KnowledgeGraph, ask
from kg.queries.errors import EntityNotFound, NotUnderstood
from kg.queries.intent import Kind
from queries.samples import DOC, seed_graph


def names(answer):
    return [i.node.name for i in answer.items]


@pytest.mark.parametrize("question", ["who competes with DeepSeek", "wer konkurriert mit DeepSeek?",
                                      "who competes with Deepseek", "Konkurrenten von deep seek"])
def test_competition_lifts_from_models_to_makers(seed_store, question):
    a = ask(seed_store, question)
    assert a.intent.kind == Kind.COMPETITORS
    assert set(names(a)) == {"QwQ-32B", "Alibaba"}
    by = {i.node.name: i for i in a.items}
    # QwQ-32B competes with DeepSeek R1, which DeepSeek released
    assert [(s.start.name, s.predicate, s.end.name) for s in by["QwQ-32B"].path] == [
        ("DeepSeek", "released", "DeepSeek R1"), ("QwQ-32B", "competesWith", "DeepSeek R1")]
    # ... and Alibaba released QwQ-32B
    assert by["Alibaba"].path[-1].predicate == "released" and by["Alibaba"].path[-1].start.name == "Alibaba"
    assert "QwQ-32B" in by["Alibaba"].text and "DeepSeek R1" in by["Alibaba"].text
    for item in a.items:
        assert item.evidence and all(e.sentence and e.document == DOC for e in item.evidence)
        assert all(e.title == "Alibaba: Aktienrallye dank KI-Modell" for e in item.evidence)
        assert any("konkurrieren" in e.sentence for e in item.evidence)
    if a.intent.lang == "de":
        assert a.summary.startswith("Konkurrenten von DeepSeek")


def test_competition_is_symmetric(seed_store):
    a = ask(seed_store, "what does QwQ-32B compete with")
    assert names(a)[:2] == ["DeepSeek R1", "OpenAI o1"]  # direct first
    assert {"DeepSeek", "OpenAI"} <= set(names(a))  # then their makers
    a = ask(seed_store, "who competes with DeepSeek R1")
    assert "QwQ-32B" in names(a) and "Alibaba" in names(a)


@pytest.mark.parametrize("question,expected", [
    ("what did Alibaba release", {"QwQ-32B"}),
    ("what did Alibaba Group release", {"QwQ-32B"}),
    ("which models does OpenAI make", {"OpenAI o1", "ChatGPT", "DeepResearch"}),  # incl. developedBy
    ("was hat OpenAI veröffentlicht?", {"OpenAI o1", "ChatGPT", "DeepResearch"}),
    ("who released QwQ-32B", {"Alibaba"}),
    ("who founded Alibaba", {"Jack Ma"}),
    ("wer hat Alibabba gegründet", {"Jack Ma"}),
    ("what did Jack Ma found", {"Alibaba"}),
    ("who is the CEO of Union Bancaire Privee", {"Vey-Sern Ling"}),
    ("wer leitet die Union Bancaire Privée?", {"Vey-Sern Ling"}),
    ("which benchmark was Manus evaluated on", {"GAIA"}),
    ("what was evaluated on GAIA", {"Manus AI"}),
    ("what outperforms DeepResearch", {"Manus AI"}),
    ("what does Manus outperform", {"DeepResearch"}),
    ("which companies are based in Hangzhou", {"Alibaba", "DeepSeek"}),
    ("welche Unternehmen sitzen in Hangzhou?", {"Alibaba", "DeepSeek"}),
])
def test_one_relation_questions(seed_store, question, expected):
    a = ask(seed_store, question)
    assert set(names(a)) == expected, a
    for item in a.items:
        assert item.evidence and item.evidence[0].sentence and item.evidence[0].document


def test_release_dates_come_from_release_events(seed_store):
    a = ask(seed_store, "what did Alibaba release")
    assert str(a.items[0].details["date"]) == "2025-03-06"


def test_investors_with_amounts(seed_store):
    a = ask(seed_store, "who invested in OpenAI, and how much")
    assert names(a) == ["SoftBank"]
    item = a.items[0]
    assert item.details["amount"] == 40_000_000_000 and item.details["currency"] == "USD"
    assert "$40B" in item.text
    sentences = {e.sentence for e in item.evidence}
    assert "OpenAI sammelt 40 Milliarden Dollar bei SoftBank ein." in sentences
    de = ask(seed_store, "wer hat in OpenAI investiert?")
    assert "40 Mrd." in de.items[0].text


def test_investments_by(seed_store):
    a = ask(seed_store, "how much did Alibaba invest")
    assert len(a.items) == 1 and a.items[0].details["amount"] == 380_000_000_000
    assert "CN¥380B" in a.items[0].text and "$52B" in a.items[0].text
    assert "380 Milliarden Yuan" in a.items[0].evidence[0].sentence


def test_stock_moves(seed_store):
    a = ask(seed_store, "what happened to Alibaba's stock")
    assert [i.details["percent"] for i in a.items] == [8.6, 7.6]
    assert [i.details["links"]["MARKET"] for i in a.items] == [["USA"], ["Hongkong"]]
    de = ask(seed_store, "wie entwickelte sich die Alibaba-Aktie?")
    assert "+8,6 %" in de.summary


def test_connection_by_shortest_paths(seed_store):
    a = ask(seed_store, "how is Alibaba connected to DeepSeek")
    first = a.items[0].path
    assert [(s.start.name, s.predicate, s.end.name) for s in first] == [
        ("Alibaba", "released", "QwQ-32B"), ("QwQ-32B", "competesWith", "DeepSeek R1"),
        ("DeepSeek", "released", "DeepSeek R1")]
    assert "Alibaba —released→ QwQ-32B —competes with— DeepSeek R1 ←released— DeepSeek" == a.items[0].text
    assert any(len(i.path) == 2 and i.path[0].end.name == "Hangzhou" for i in a.items)  # the shortest overall
    assert "2 step(s)" in a.summary
    de = ask(seed_store, "wie ist Alibaba mit DeepSeek verbunden?")
    assert "veröffentlichte" in de.items[0].text


def test_tell_me_about(seed_store):
    a = ask(seed_store, "tell me about Alibaba")
    rels = {i.relation for i in a.items}
    assert {"attributes", "released", "foundedBy", "headquarteredIn", "StockMove", "Investment"} <= rels
    assert "mentioned in 1 document" in a.summary
    assert a.items[0].details["marketValueUSD"] == 135_000_000_000


def test_events_in_a_period_in_date_order(seed_store):
    a = ask(seed_store, "what happened in March 2025")
    dates = [str(i.details.get("date") or i.details["published"]) for i in a.items]
    assert dates == sorted(dates) and dates[0] == "2025-03-05" and dates[-1] == "2025-03-31"
    assert len(a.items) == 5  # the February investment is out
    focus = [i for i in a.items if "Focus Technology Co" in i.text]
    assert len(focus) == 1 and "date" not in focus[0].details  # undated: placed by its article's date
    assert "published 2025-03-06" in focus[0].text
    de = ask(seed_store, "was geschah im Februar 2025?")
    assert [i.relation for i in de.items] == ["Investment"]
    assert ask(seed_store, "what happened in 2023").items == []


def test_events_of_an_entity_and_of_a_place(seed_store):
    a = ask(seed_store, "what happened to Focus Technology")
    assert [i.relation for i in a.items] == ["StockMove"]
    a = ask(seed_store, "what happened in Shenzhen")
    assert [i.relation for i in a.items] == ["StockMove"]


def test_unknown_entity_and_nonsense(seed_store):
    with pytest.raises(EntityNotFound):
        ask(seed_store, "who competes with Microsoft")
    with pytest.raises(NotUnderstood):
        ask(seed_store, "what is the weather like")
    with pytest.raises(NotUnderstood):
        ask(seed_store, "hello")


def test_nothing_found_is_not_success(seed_store):
    a = ask(seed_store, "who founded DeepSeek")
    assert a.items == [] and not a.ok and "No founder of DeepSeek" in a.summary


def test_answer_json_and_cypher(seed_store):
    a = ask(seed_store, "who competes with DeepSeek")
    data = a.to_json()
    assert data["kind"] == "competitors" and data["language"] == "en"
    assert [i["node"]["name"] for i in data["items"]] == ["QwQ-32B", "Alibaba"]
    assert data["items"][0]["evidence"][0]["source"] == "examples/alibaba-qwq-32b.de.txt"
    assert all("$" in c["query"] for c in data["cypher"])  # every query has parameters
    assert data["matches"][0]["iri"].endswith("/deepseek")


def test_knowledge_graph_caches_names(seed_store):
    g = KnowledgeGraph(seed_store)
    assert names(g.ask("who competes with Deepsek")) == ["QwQ-32B", "Alibaba"]
    assert g.resolver._keys is not None  # loaded once for the fuzzy match
    assert g.cypher("MATCH (n:Company {name: $n}) RETURN n.iri AS iri", {"n": "Alibaba"})[0]["iri"].endswith("alibaba")


@pytest.mark.server
def test_same_answers_over_bolt(bolt_store):
    bolt_store.write(seed_graph())
    a = ask(bolt_store, "who competes with DeepSeek")
    assert names(a) == ["QwQ-32B", "Alibaba"] and a.items[0].evidence[0].title
    assert names(ask(bolt_store, "wer hat Alibaba gegründet")) == ["Jack Ma"]
    assert len(ask(bolt_store, "what happened in March 2025").items) == 5
    assert ask(bolt_store, "how is Alibaba connected to DeepSeek").items[0].path[0].predicate == "released"
    from kg.queries.api import picture

    pic = picture(bolt_store, "Alibaba", depth=2)
    assert {"Alibaba", "QwQ-32B", "DeepSeek R1"} <= {n["label"] for n in pic.nodes.values()}
