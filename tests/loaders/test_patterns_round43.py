"""Patterns added in the pass over rounds 37-48: backers in participle clauses and German passives, stakes with their
share, lists interrupted by a seat, fronted founders, people of an organisation without a title, people who moved,
rivals challenged or attacked, posts named without the company, and the checks that keep wrong facts out (a model's
known maker, a city adjective that contradicts a seat, an agency in a dateline). One sentence of our own per case, and
the cases each must leave alone. Facts are read at rule strength (confidence 0.6 or more), so the learned guesses of
kg.loaders.extract.learned cannot make these tests pass."""

from __future__ import annotations

import pytest

from kg.loaders.extract.fallback import guesses

from .extract_helpers import guessed, run, view


def strong(text: str, lang: str, floor: float = 0.6) -> set[tuple[str, str, str]]:
    ex = run(text, lang)
    name = {e.iri: e.name for e in ex.entities}
    out = set()
    for r in ex.relations:
        if r.confidence >= floor:
            s, o = name[r.subject], name[r.object]
            out.add((s, r.predicate, o))
            if r.predicate in ("competesWith", "partnersWith"):
                out.add((o, r.predicate, s))
    return out


def every(text: str, lang: str) -> set[tuple[str, str, str]]:
    return strong(text, lang, 0.0)


@pytest.mark.parametrize("text,lang,fact", [
    # investors
    ("Moonshot AI, also backed by Alibaba and Tencent, rose.", "en", ("Tencent", "investsIn", "Moonshot AI")),
    ("Figure AI, das von Investoren wie Nvidia, Microsoft und Jeff Bezos unterstützt wird, wächst.", "de",
     ("Jeff Bezos", "investsIn", "Figure AI")),
    ("It dwarfs Microsoft's roughly 27% stake in OpenAI.", "en", ("Microsoft", "investsIn", "OpenAI")),
    ("Meta took a 49% non-voting stake in Scale AI in June.", "en", ("Meta", "investsIn", "Scale AI")),
    ("Ebenfalls an Parloa beteiligt sind Altimeter Capital, General Catalyst und EQT Ventures.", "de",
     ("EQT Ventures", "investsIn", "Parloa")),
    ("SAP ist bereits am Heidelberger Sprachmodell-Entwickler Aleph Alpha beteiligt.", "de", ("SAP", "investsIn", "Aleph Alpha")),
    # a list whose members are described: "und die französische Staatsbank Bpifrance"
    ("Auch Nvidia, General Catalyst und die französische Staatsbank Bpifrance sind an Mistral beteiligt.", "de",
     ("General Catalyst", "investsIn", "Mistral AI")),
    # founders
    ("Founded in 2022 by Aravind Srinivas and Denis Yarats, San Francisco-based Perplexity has grown fast.", "en",
     ("Perplexity", "foundedBy", "Denis Yarats")),
    ("Dario Amodei sprach. Der 43-Jährige hatte Anthropic 2021 gemeinsam mit seiner Schwester Daniela Amodei gegründet.", "de",
     ("Anthropic", "foundedBy", "Dario Amodei")),
    # people and their organisations
    ("Skeptischer äußerte sich Carolin Brandauer von der DZ Bank.", "de", ("Carolin Brandauer", "worksFor", "DZ Bank")),
    ("Skeptischer äußerte sich Stacy Rasgon vom Analysehaus Bernstein.", "de", ("Stacy Rasgon", "worksFor", "Bernstein")),
    ("Stanford's Chelsea Finn said the results were strong.", "en", ("Chelsea Finn", "worksFor", "Stanford University")),
    ("Mistral has hired Rohan Mehta, a specialist in reinforcement learning.", "en", ("Rohan Mehta", "worksFor", "Mistral AI")),
    ("From Anthropic came Tomasz Wrona, who worked on interpretability.", "en", ("Tomasz Wrona", "worksFor", "Anthropic")),
    ("Kenji Watanabe joins from Elon Musk's xAI.", "en", ("Kenji Watanabe", "worksFor", "xAI")),
    ("Microsoft followed with a superintelligence team led by Mustafa Suleyman.", "en",
     ("Mustafa Suleyman", "worksFor", "Microsoft")),
    ("Robin Rombach, Andreas Blattmann und Patrick Esser wechselten danach zu Stability AI.", "de",
     ("Andreas Blattmann", "worksFor", "Stability AI")),
    ("said Claire Dubois, a managing director at Wedbush Securities.", "en", ("Claire Dubois", "worksFor", "Wedbush")),
    # rivals and partners
    ("Moonshot AI fordert OpenAI und Google heraus.", "de", ("Moonshot AI", "competesWith", "Google")),
    ("Anthropic greift Gemini 3 Pro und GPT-5.2 mit einem neuen Spitzenmodell an.", "de",
     ("Anthropic", "competesWith", "GPT-5.2")),
    ("Huawei, Nvidia's main rival in China, said it would ship more chips.", "en", ("Huawei", "competesWith", "Nvidia")),
    ("Hierzulande konkurrieren zudem Quantum Systems aus München und Stark Defence aus Berlin mit Helsing um Aufträge.", "de",
     ("Stark Defence", "competesWith", "Helsing")),
    ("Im Wettbewerb um Bild-KI tritt Black Forest Labs gegen Midjourney und OpenAI an.", "de",
     ("Black Forest Labs", "competesWith", "Midjourney")),
    ("Cohere goes head to head with Mistral AI in Europe.", "en", ("Cohere", "competesWith", "Mistral AI")),
    ("Mercedes-Benz und das französische KI-Unternehmen Mistral AI haben eine mehrjährige Partnerschaft vereinbart.", "de",
     ("Mercedes-Benz", "partnersWith", "Mistral AI")),
    ("OpenAI, together with Oracle and SoftBank, has pledged $500 billion for Stargate.", "en", ("OpenAI", "partnersWith", "SoftBank")),
    ("OpenAI signed letters of intent with Samsung Electronics and SK Hynix.", "en", ("OpenAI", "partnersWith", "SK Hynix")),
])
def test_round43_pattern(text, lang, fact):
    assert fact in strong(text, lang)


def test_a_managing_director_is_no_chief_executive():
    facts = every("said Claire Dubois, a managing director at Wedbush Securities.", "en")
    assert ("Claire Dubois", "ceoOf", "Wedbush") not in facts


def test_a_country_head_is_no_chief_executive():
    facts = every("Microsoft-Deutschland-Chefin Agnes Heftberger ergänzte, das sei wichtig.", "de")
    assert ("Agnes Heftberger", "worksFor", "Microsoft") in facts
    assert ("Agnes Heftberger", "ceoOf", "Microsoft") not in facts


def test_backers_list_stops_at_a_clause_with_another_verb():
    facts = every("Helix competes with Figure AI, which is backed by Microsoft and OpenAI, and with Apptronik.", "en")
    assert ("Apptronik", "investsIn", "Figure AI") not in facts


def test_a_backer_named_by_its_fund_is_no_backer_itself():
    # "backed by OpenAI's startup fund": the fund invests, not OpenAI
    facts = strong("Harvey, the San Francisco-based market leader backed by OpenAI's startup fund, was valued at $5 billion.", "en")
    assert ("OpenAI", "investsIn", "Harvey") not in facts


def test_a_founder_of_a_backer_is_the_backer():
    ex = run("Lumora raised €40m in a round led by Index Ventures, with participation from Creandum and Hugging Face "
             "co-founder Thomas Wolf.", "en")
    name = {e.iri: e.name for e in ex.entities}
    facts = {(name[r.subject], r.predicate, name[r.object]) for r in ex.relations}
    assert ("Hugging Face", "investsIn", "Lumora") not in facts


def test_a_known_maker_is_not_overruled():
    # the lexicon knows Claude's maker: a cloud provider named in the same sentence did not release it
    facts = every("CoreWeave will run Anthropic's Claude models on Nvidia chips.", "en")
    assert ("CoreWeave", "released", "Claude") not in facts
    assert ("Anthropic", "released", "Claude") in facts


def test_a_year_is_no_model_version():
    ex = run("Der 41-Jährige hatte Neura 2019 gegründet.", "de")
    assert not any(e.type in ("AIModel", "Product") for e in ex.entities)


def test_the_agency_of_a_long_dateline_takes_part_in_no_fact():
    facts = every("MENLO PARK, California, April 29, 2026 (Reuters) - Meta Platforms on Wednesday released Llama 5.", "en")
    assert ("Reuters", "released", "Llama 5") not in facts
    assert ("Meta", "released", "Llama 5") in facts


def test_a_city_adjective_that_contradicts_a_known_seat_names_another_company():
    facts = every("SAP hat seinen Sitz in Walldorf. Siemens sitzt in München. Die Titel des Münchner Technologiekonzerns gaben "
                  "um 2,1 Prozent nach.", "de")
    assert ("SAP", "headquarteredIn", "München") not in facts


def test_sizes_of_one_model_family_are_no_rivals():
    facts = every("Gemma 4 2B and Gemma 4 12B are aimed at phones, while Gemma 4 31B runs on a single GPU.", "en")
    assert not any(p == "competesWith" for _s, p, _o in facts)


def test_a_post_named_without_the_company_belongs_to_the_company_in_focus():
    # the company in focus is appended after the sentence's own mentions, as the pipeline does
    v = view("⟨0:Person⟩, who serves as chief executive, said demand was strong.", [("Dani Yogatama", "Person"),
                                                                                       ("Reka AI", "Company")])
    found = {(v.mention(g.subject).name, g.predicate, v.mention(g.object).name): g.confidence for g in guesses(v, set(), set(), 1)}
    assert found == {("Dani Yogatama", "ceoOf", "Reka AI"): 0.45}
    v = view("Sagte Finanzchef ⟨0:Person⟩.", [("Ron Jacobs", "Person"), ("Nebius", "Company")])
    assert [(g.predicate, v.mention(g.object).name) for g in guesses(v, set(), set(), 1)] == [("worksFor", "Nebius")]
    # a sentence that names an organisation leaves the post to the rules
    v = view("Finanzchef ⟨0:Person⟩ von ⟨1:Company⟩ sagte.", [("Ron Jacobs", "Person"), ("Nebius", "Company"), ("Reka AI", "Company")])
    assert not any(v.mention(g.object).name == "Reka AI" for g in guesses(v, set(), set(), 2))


def test_investors_who_took_part_are_investors_of_the_company_in_focus():
    v = view("⟨0:Company⟩ and ⟨1:Company⟩ joined as strategic investors.", [("Nvidia", "Company"), ("Cisco", "Company"),
                                                                              ("xAI", "Company")])
    assert guessed(v, 2) == {("Nvidia", "investsIn", "xAI"), ("Cisco", "investsIn", "xAI")}


def test_a_co_chief_is_no_company():
    ex = run("\"Wir sind bereit\", sagte Co-Chef Dani Yogatama.", "de")
    assert "Co" not in {e.name for e in ex.entities}


def test_owning_a_stake_is_no_parent():
    facts = every("Google owns a stake in Anthropic. Amazon also owns shares of Anthropic.", "en")
    assert ("Anthropic", "subsidiaryOf", "Google") not in facts and ("Anthropic", "subsidiaryOf", "Amazon") not in facts
    assert ("South China Morning Post", "subsidiaryOf", "Alibaba") in every("Alibaba owns the South China Morning Post.", "en")
