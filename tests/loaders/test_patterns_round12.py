"""Patterns added after scoring the round-12 articles (market reports, chip deals): one sentence of our own
per pattern, German and English, and the cases each pattern must leave alone."""

from __future__ import annotations

import pytest

from .extract_helpers import rels, run


def names(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities}


# ---------------------------------------------------------------- model names and their makers

def test_versioned_model_after_possessive_maker_keeps_its_version():
    ex = run("On the coding test it finished just behind Anthropic's Claude Sonnet 4.5.", "en")
    assert ("Anthropic", "released", "Claude Sonnet 4.5") in rels(ex)
    assert "Claude" not in names(ex)


def test_minor_version_of_a_known_model_is_a_new_model_of_the_same_maker():
    ex = run("Googles Gemini 3 Pro schlug im Test OpenAIs GPT-5.4.", "de")
    r = rels(ex)
    assert ("OpenAI", "released", "GPT-5.4") in r
    assert ("Gemini 3 Pro", "outperforms", "GPT-5.4") in r


def test_new_version_of_a_known_family_needs_no_model_word():
    ex = run("Alibaba hat am Montag Qwen3.7 freigegeben.", "de")
    assert names(ex).get("Qwen3.7") == "AIModel"
    assert ("Alibaba", "released", "Qwen3.7") in rels(ex)


def test_a_plain_name_and_number_without_model_context_is_no_model():
    ex = run("Der Flugzeugbauer lieferte 40 Maschinen vom Typ Cessna 172 aus.", "de")
    assert "Cessna 172" not in names(ex)


def test_model_name_glued_to_its_maker_is_released_by_it():
    ex = run("Das KI-Modell M7.5 ist schnell. MiniMax brachte fast zeitgleich MiniMax-M7.5 heraus.", "de")
    assert ("MiniMax", "released", "M7.5") in rels(ex)


def test_lexicon_maker_links_a_model_when_the_maker_is_named_elsewhere():
    ex = run("Anthropic hat neue Kunden gewonnen. Claude Opus 4.5 erreichte im Test 80 Prozent.", "de")
    r = {x for x in rels(ex) if x[1] == "released"}
    assert ("Anthropic", "released", "Claude Opus 4.5") in r


def test_lexicon_maker_is_not_linked_when_the_maker_is_absent():
    ex = run("Claude Opus 4.5 erreichte im Test 80 Prozent.", "de")
    assert not [x for x in rels(ex) if x[1] == "released"]


# ---------------------------------------------------------------- names from context

@pytest.mark.parametrize("text,name,typ", [
    ("„Das ist ein Signal“, sagte Wendy Chen, Analystin bei der Investmentbank Harlow in Hongkong.", "Harlow", "Company"),
    ("„Vorsicht“, so Harlow-Analystin Chen.", "Harlow", "Company"),
    ("Daniel Okoro of Brightline was more cautious.", "Daniel Okoro", "Person"),
    ("Daniel Okoro of Brightline was more cautious.", "Brightline", "Company"),
    ("Der kleinere Konkurrent Hua Hong Semiconductor gewann 3,8 Prozent.", "Hua Hong Semiconductor", "Company"),
])
def test_names_recognised_from_their_context(text, name, typ):
    assert names(run(text, "de" if "„" in text or "Konkurrent" in text else "en")).get(name) == typ


def test_german_compound_before_benchmark_is_no_benchmark():
    ex = run("Das Modell erreicht beim Programmier-Benchmark SWE-bench Verified 70 Prozent.", "de")
    assert "Programmier" not in names(ex)
    assert names(ex).get("SWE-bench Verified") == "Benchmark"


def test_long_name_with_known_abbreviation_is_one_entity():
    ex = run("Die Aktie von Semiconductor Manufacturing International Corp. (SMIC) kletterte um 5 Prozent.", "de")
    smic = [e for e in ex.entities if e.name == "SMIC"]
    assert smic and not any(e.name.startswith("Semiconductor Manufacturing") for e in ex.entities)


def test_new_name_with_abbreviation_gets_it_as_alias():
    ex = run("Die Papiere von Quorvex Data Systems (QDS) legten zu. QDS will expandieren.", "de")
    q = [e for e in ex.entities if e.name == "Quorvex Data Systems"]
    assert q and "QDS" in q[0].mentions


# ---------------------------------------------------------------- titles

def test_bare_title_after_a_quote_belongs_to_the_company_before():
    ex = run('Vantex shares jumped 9%. "This is a big day," chief executive Lisa Brandt told analysts.', "en")
    assert ("Lisa Brandt", "ceoOf", "Vantex") in rels(ex)


def test_founder_and_ceo_title_at_sentence_start_refers_to_the_previous_subject():
    ex = run("Die Baidu-Aktie verlor 3 Prozent. Mitgründer und Konzernchef Robin Li räumte Fehler ein.", "de")
    r = rels(ex)
    assert ("Robin Li", "ceoOf", "Baidu") in r and ("Baidu", "foundedBy", "Robin Li") in r


def test_bare_title_with_own_employer_before_is_not_taken():
    ex = run("Vantex wächst. Bei Brightline sagte Chefin Maria Holm, man sei skeptisch.", "de")
    assert ("Maria Holm", "ceoOf", "Vantex") not in rels(ex)


def test_led_by_chief_executive_gives_ceo():
    ex = run("CoreWeave rose 6.9%. The cloud provider, led by chief executive Michael Intrator, said more.", "en")
    assert ("Michael Intrator", "ceoOf", "CoreWeave") in rels(ex)


def test_person_of_employer_works_for_it():
    ex = run("Daniel Okoro of Bernstein was more cautious.", "en")
    assert ("Daniel Okoro", "worksFor", "Bernstein") in rels(ex)


# ---------------------------------------------------------------- competition, releases, listings

def test_sentence_initial_rival_competes_with_the_previous_subject():
    ex = run("SMIC kletterte um 5 Prozent. Der kleinere Konkurrent Hua Hong Semiconductor gewann 3,8 Prozent.", "de")
    assert ("Hua Hong Semiconductor", "competesWith", "SMIC") in rels(ex)


def test_prefixed_rival_word():
    ex = run("Zhipu AI sieht sich nahe an Claude Opus 4.5, dem Spitzenmodell des US-Konkurrenten Anthropic.", "de")
    assert ("Anthropic", "competesWith", "Zhipu AI") in rels(ex)


@pytest.mark.parametrize("text,a,b", [
    ("Cambricon, der mit Huawei um Aufträge chinesischer Labore ringt, fiel.", "Cambricon", "Huawei"),
    ("Der Generator Kling 2.6 tritt damit direkt gegen Sora 2 an.", "Kling 2.6", "Sora 2"),
    ("GLM-5 erreicht nahezu das Niveau von Claude Opus 4.5.", "GLM-5", "Claude Opus 4.5"),
])
def test_german_competition_phrasings(text, a, b):
    assert (a, "competesWith", b) in rels(run(text, "de"))


def test_konjunktiv_outperforms():
    ex = run("Der Chef erklärte, GLM-5 schlage DeepSeek-V3.2 in mehreren Tests.", "de")
    assert ("GLM-5", "outperforms", "DeepSeek V3.2") in rels(ex)


@pytest.mark.parametrize("text,maker,model", [
    ("MiniMax brachte am Dienstag MiniMax-M2 heraus.", "MiniMax", "MiniMax-M2"),
    ("Baidu schaltete am Abend ERNIE 5 frei.", "Baidu", "ERNIE 5"),
    ("Die Shanghaier Firma ist vor allem mit ihrer Companion-App Talkie bekannt. MiniMax wächst.", None, "Talkie"),
])
def test_german_separable_release_verbs(text, maker, model):
    r = rels(run(text, "de"))
    if maker:
        assert (maker, "released", model) in r


def test_ticker_in_parentheses_gives_the_listing():
    ex = run("Advanced Micro Devices (NASDAQ: AMD) shares surged 14.6% and Oracle (NYSE: ORCL) dropped 2.4%.", "en")
    r = rels(ex)
    assert ("AMD", "listedOn", "Nasdaq") in r
    assert ("Oracle", "listedOn", "New York Stock Exchange") in r


def test_investor_list_with_a_described_member():
    ex = run("Vantex AI is growing. Nvidia, Microsoft and the venture firm General Catalyst are also among its investors.", "en")
    r = rels(ex)
    assert {("Nvidia", "investsIn", "Vantex AI"), ("Microsoft", "investsIn", "Vantex AI"),
            ("General Catalyst", "investsIn", "Vantex AI")} <= r


# ---------------------------------------------------------------- people stories (German)

def test_german_title_compounds_name_people():
    ex = run("Das Start-up Nuvion wächst. Bei Nuvion übernimmt Finanzvorstand Thomas Brenner die Führung.", "de")
    assert names(ex).get("Thomas Brenner") == "Person"
    assert ("Thomas Brenner", "ceoOf", "Nuvion") in rels(ex)


def test_former_title_with_genitive_company():
    ex = run("OpenAIs frühere Technikchefin Mira Murati hat mit Thinking Machines Lab ein eigenes Unternehmen aufgebaut.", "de")
    r = rels(ex)
    assert ("Mira Murati", "worksFor", "OpenAI") in r
    assert ("Thinking Machines Lab", "foundedBy", "Mira Murati") in r


def test_relative_clause_work_place_german():
    ex = run("Aditi Raman, die zuletzt bei Anthropic an Sicherheitsforschung arbeitete, wechselt.", "de")
    assert ("Aditi Raman", "worksFor", "Anthropic") in rels(ex)


def test_partner_title_after_name():
    ex = run("„Wir setzen darauf“, sagte Daniel Kohl, Partner bei Andreessen Horowitz.", "de")
    assert ("Daniel Kohl", "worksFor", "Andreessen Horowitz") in rels(ex)


def test_subsidiary_in_apposition_and_stakeholders():
    r = rels(run("Betrieben wird dieser von Stackit, der Cloud-Tochter der Schwarz Gruppe.", "de"))
    assert ("Stackit", "subsidiaryOf", "Schwarz Gruppe") in r
    r = rels(run("Das Start-up Nuvion wächst. Nuvion, an dem unter anderem Bosch und die Deutsche Telekom beteiligt sind, wächst.", "de"))
    assert ("Bosch", "investsIn", "Nuvion") in r and ("Deutsche Telekom", "investsIn", "Nuvion") in r


def test_german_verb_second_competition():
    ex = run("In Europa konkurriert Tessera Labs vor allem mit Mistral AI und dem Heidelberger Anbieter Aleph Alpha.", "de")
    r = rels(ex)
    assert ("Tessera Labs", "competesWith", "Mistral AI") in r
    assert ("Tessera Labs", "competesWith", "Aleph Alpha") in r


# ---------------------------------------------------------------- model families and launches (English)

def test_family_members_are_released_by_the_maker_the_article_names():
    ex = run("Google DeepMind on Tuesday released Gemini 3.5, a family of models. Google is pleased. "
             "The line-up consists of Gemini 3.5 Pro, the flagship, and Gemini 3.5 Flash.", "en")
    r = rels(ex)
    assert ("Google DeepMind", "released", "Gemini 3.5 Pro") in r
    assert ("Google", "released", "Gemini 3.5 Pro") not in r


def test_title_of_a_place_based_description():
    ex = run("DeepMind grew fast. \"It works,\" said Demis Hassabis, chief executive and co-founder of the "
             "London-based lab.", "en")
    assert ("Demis Hassabis", "ceoOf", "Google DeepMind") in rels(ex)


def test_chair_and_chief_executive():
    ex = run('"Agents," Marc Benioff, Salesforce\'s chair and chief executive, said in a statement.', "en")
    assert ("Marc Benioff", "ceoOf", "Salesforce") in rels(ex)


def test_competes_with_place_based_rival_and_early_shareholders():
    r = rels(run("The startup Writer grew. Writer also competes with Toronto-based Cohere.", "en"))
    assert ("Writer", "competesWith", "Cohere") in r
    r = rels(run("The startup Writer grew. Adobe Ventures and Salesforce Ventures were also early shareholders.", "en"))
    assert ("Adobe Ventures", "investsIn", "Writer") in r


def test_names_with_inner_capitals_are_people():
    ex = run("The startup Writer grew. Writer was founded in 2020 by May Habib and Waseem AlShikh.", "en")
    assert ("Writer", "foundedBy", "Waseem AlShikh") in rels(ex)


# ---------------------------------------------------------------- founders named after "together with" / "with"

def test_cofounders_after_together_with():
    ex = run("Perplexity was co-founded in 2022 by Srinivas, a former research scientist at OpenAI, together with "
             "Denis Yarats, Johnny Ho and Andy Konwinski.", "en")
    r = rels(ex)
    assert {("Perplexity", "foundedBy", p) for p in ("Denis Yarats", "Johnny Ho", "Andy Konwinski")} <= r
    assert ("Perplexity", "foundedBy", "OpenAI") not in r


def test_founder_started_the_company_with_partners():
    ex = run("Mistral AI is growing, said Arthur Mensch, Mistral's co-founder and chief executive. Mensch started the "
             "company in 2023 with Guillaume Lample and Timothée Lacroix, two former researchers at Meta.", "en")
    r = rels(ex)
    assert {("Mistral AI", "foundedBy", p) for p in ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix")} <= r
    assert ("Mistral AI", "foundedBy", "Meta") not in r


def test_unit_apposition_names_the_parent():
    ex = run("The lawsuit was brought by Vantage Media, the News Corp unit that publishes newspapers.", "en")
    assert ("Vantage Media", "subsidiaryOf", "News Corp") in rels(ex)


# ---------------------------------------------------------------- after round 13

def test_german_compound_analyst_title_and_von_employer():
    r = rels(run("„Das zählt“, sagte Park Sang-wook, Halbleiteranalyst bei Mirae Asset Securities.", "de"))
    assert ("Park Sang-wook", "worksFor", "Mirae Asset Securities") in r
    r = rels(run("„Für den Kurs zählt der Speicher“, sagte Kim Ji-hye von Kiwoom Securities.", "de"))
    assert ("Kim Ji-hye", "worksFor", "Kiwoom Securities") in r


def test_seat_after_aus_with_a_company_word():
    ex = run("Auch der dritte große Anbieter, der US-Konzern Micron Technology aus Boise, meldet Fortschritte.", "de")
    r = rels(ex)
    assert ("Micron", "headquarteredIn", "Boise") in r
    assert not [x for x in r if x[1] == "headquarteredIn" and x[0] != "Micron"]


def test_founders_list_starting_with_a_known_surname():
    ex = run("Mistral-Chef Arthur Mensch sprach von einem Signal. Das 2023 von Mensch, Guillaume Lample und Timothée "
             "Lacroix gegründete Unternehmen war zuletzt hoch bewertet.", "de")
    r = rels(ex)
    assert {("Mistral AI", "foundedBy", p) for p in ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix")} <= r
    assert "Mensch" not in {e.name for e in ex.entities}


def test_shared_description_head_goes_to_the_company_named_last():
    ex = run("SAP verbündet sich mit dem französischen Start-up Mistral AI. Außerdem übernimmt SAP das Start-up "
             "Tessera Analytics. Mit Tessera Analytics holt sich SAP 60 Fachleute. Das Start-up mit Sitz in München "
             "wurde 2021 gegründet.", "de")
    r = rels(ex)
    assert ("Tessera Analytics", "headquarteredIn", "München") in r
    assert ("SAP", "headquarteredIn", "München") not in r


def test_founder_of_an_investor_is_neither_investor_nor_founder_of_the_fundee():
    ex = run("Elon Musk's xAI has raised $20 billion. The round was led by Valor Equity Partners, the Chicago investment "
             "firm founded by longtime Musk associate Antonio Gracias, and drew in the Qatar Investment Authority.", "en")
    r = rels(ex)
    assert ("Valor Equity Partners", "foundedBy", "Antonio Gracias") in r
    assert ("xAI", "fundedBy", "Valor Equity Partners") in r
    assert not {("xAI", "fundedBy", "Elon Musk"), ("xAI", "fundedBy", "Antonio Gracias"),
                ("Valor Equity Partners", "foundedBy", "Elon Musk")} & r
    assert {e.name: e.type for e in ex.entities}["Valor Equity Partners"] == "Company"


def test_founded_with_a_pronoun_in_an_apposition():
    ex = run("Elon Musk's xAI has raised money. Musk founded xAI in 2023 after falling out with OpenAI, the lab he "
             "co-founded in 2015. He is also chief executive of Tesla and of SpaceX, which he founded in 2002.", "en")
    r = rels(ex)
    assert {("xAI", "foundedBy", "Elon Musk"), ("OpenAI", "foundedBy", "Elon Musk"), ("SpaceX", "foundedBy", "Elon Musk"),
            ("Elon Musk", "ceoOf", "Tesla")} <= r
    assert ("Tesla", "foundedBy", "Elon Musk") not in r


def test_scores_in_a_benchmark_sentence_evaluate_every_model_and_keep_the_list():
    ex = run("On SWE-bench Verified, GPT-5.5 scored 82.4%, ahead of Anthropic's Claude Opus 4.5 at 80.9% and Google's "
             "Gemini 3 Pro at 76.2%.", "en")
    r = rels(ex)
    assert {("GPT-5.5", "outperforms", "Claude Opus 4.5"), ("GPT-5.5", "outperforms", "Gemini 3 Pro")} <= r
    assert {(m, "evaluatedOn", "SWE-bench Verified") for m in ("GPT-5.5", "Claude Opus 4.5", "Gemini 3 Pro")} <= r


def test_score_for_a_model_is_an_evaluation_but_a_model_without_score_is_not():
    r = rels(run("The company reported 44% on Humanity's Last Exam, against 38% for Gemini 3 Pro. Llama 4 was not tested.", "en"))
    assert ("Gemini 3 Pro", "evaluatedOn", "Humanity's Last Exam") in r
    assert not [x for x in r if x[0] == "Llama 4"]


def test_called_names_a_new_product_and_its_launch():
    ex = run("OpenAI on Tuesday took the wraps off its first piece of consumer hardware, a pebble-shaped assistant "
             "called io One.", "en")
    assert ("OpenAI", "released", "io One") in rels(ex)


def test_internal_group_is_not_the_company():
    ex = run("OpenAI bought Halcyon. Oduya will join the device group led by Tang Tan, a former Apple executive.", "en")
    assert ("Tang Tan", "ceoOf", "OpenAI") not in rels(ex)


def test_who_runs_a_business_of_a_company_works_for_it():
    r = rels(run("Fidji Simo, who runs OpenAI's applications business, said the model was hard.", "en"))
    assert ("Fidji Simo", "worksFor", "OpenAI") in r


def test_continues_to_work_with_is_a_partnership():
    r = rels(run("Ive's design studio LoveFrom continues to work with OpenAI on the look of its products.", "en"))
    assert ("LoveFrom", "partnersWith", "OpenAI") in r


# ---------------------------------------------------------------- after round 14

def test_shared_surname_goes_to_the_person_named_first():
    ex = run("Dario Amodei, Anthropic's chief executive, spoke. Amodei co-founded the company in 2021 with his sister "
             "Daniela Amodei, now its president.", "en")
    r = rels(ex)
    assert ("Anthropic", "foundedBy", "Daniela Amodei") in r
    assert ("Anthropic", "foundedBy", "Dario Amodei") in r


def test_investor_of_the_round_just_described_and_stakes():
    ex = run("Anthropic said it had agreed to raise $10 billion in a Series G round led by GIC. Separately, Amazon will "
             "invest an additional $4 billion, the company said. Google owns roughly 14% of Anthropic.", "en")
    r = rels(ex)
    assert ("Amazon", "investsIn", "Anthropic") in r
    assert ("Google", "investsIn", "Anthropic") in r


def test_group_with_its_chains():
    r = rels(run("Die Schwarz Gruppe, zu der die Handelsketten Lidl und Kaufland gehören, übernimmt Aleph Alpha.", "de"))
    assert {("Lidl", "subsidiaryOf", "Schwarz Gruppe"), ("Kaufland", "subsidiaryOf", "Schwarz Gruppe")} <= r


def test_trailed_and_edged_out_and_short_model_names():
    r = rels(run("Claude Opus 5 is new. Llama 4 Maverick trailed DeepSeek V3 on coding tasks, and GPT-5.2 edged out Opus 5 "
                 "on the science exam.", "en"))
    assert ("DeepSeek V3", "outperforms", "Llama 4 Maverick") in r
    assert ("GPT-5.2", "outperforms", "Claude Opus 5") in r


def test_lexicon_parent_named_in_the_article():
    r = rels(run("Alibaba reported results. Alibaba Cloud cut its prices by half.", "en"))
    assert ("Alibaba Cloud", "subsidiaryOf", "Alibaba") in r


def test_clause_title_and_possessive_genitive_title():
    r = rels(run("Meta Platforms is reorganising its AI unit as chief executive Mark Zuckerberg tries to catch up.", "en"))
    assert ("Mark Zuckerberg", "ceoOf", "Meta") in r
    r = rels(run("Der Elektroautobauer Tesla investiert in xAI, die KI-Firma seines Chefs Elon Musk.", "de"))
    assert ("Elon Musk", "ceoOf", "Tesla") in r


def test_german_common_noun_after_company_word_is_no_company():
    ex = run("Nvidia hat die Erwartungen übertroffen. Für das laufende Quartal stellt das Unternehmen Erlöse in Aussicht. "
             "Die Aktie verlor dennoch 2,8 Prozent.", "de")
    assert "Erlöse" not in {e.name for e in ex.entities}
    assert [(e.subject.rsplit("/", 1)[-1], e.percent) for e in ex.events if e.type == "StockMove"] == [("nvidia", -2.8)]


def test_customers_are_partners_and_title_after_say_verb():
    ex = run("Nvidia wächst. Zu den größten Abnehmern zählen Microsoft und Meta. „Die Nachfrage ist groß“, sagte "
             "Firmenchef Jensen Huang.", "de")
    r = rels(ex)
    assert {("Microsoft", "partnersWith", "Nvidia"), ("Meta", "partnersWith", "Nvidia")} <= r
    assert ("Jensen Huang", "ceoOf", "Nvidia") in r


def test_hardware_compound_before_a_relative_clause_keeps_its_verb():
    r = rels(run("Der Rivale AMD will seine MI450-Beschleuniger ausliefern, die direkt gegen Rubin antreten sollen.", "de"))
    assert ("MI450", "competesWith", "Rubin") in r or ("Instinct MI450", "competesWith", "Rubin") in r


def test_description_head_matching_the_last_word_of_a_name():
    ex = run("Die Managerin Miriam Sauter gründet mit zwei Kollegen ein Forschungslabor namens Tessera Labs. Aditi Raman, die zuletzt bei "
             "Anthropic arbeitete, kommt mit. Sauter selbst führt das Labor als Vorstandschefin.", "de")
    r = rels(ex)
    assert ("Miriam Sauter", "ceoOf", "Tessera Labs") in r
    assert ("Miriam Sauter", "ceoOf", "Anthropic") not in r


def test_members_of_an_investor_group_are_no_investors():
    ex = run("Das Start-up Tessera sammelte in einer Finanzierungsrunde 600 Millionen US-Dollar ein. Angeführt wird die Runde "
             "von Andreessen Horowitz; daneben beteiligen sich Nvidia sowie die Schwarz Gruppe, zu der Lidl und Kaufland "
             "gehören.", "de")
    r = rels(ex)
    assert ("Nvidia", "investsIn", "Tessera") in r
    assert not {("Lidl", "investsIn", "Tessera"), ("Kaufland", "investsIn", "Tessera")} & r


def test_organisation_names_are_no_people():
    ex = run("The model was unveiled by Vantex Engine, ByteDance's cloud computing unit.", "en")
    assert {e.name: e.type for e in ex.entities}.get("Vantex Engine") != "Person"


def test_round_led_by_an_investor_funds_the_article_company():
    ex = run("The startup Writer builds models. Writer had raised about $326 million before the sale. ICONIQ Growth led "
             "its $200 million Series C round in November 2024, with participation from Premji Invest and Radical Ventures. "
             "Adobe Ventures and Salesforce Ventures, the acquirer's own venture arm, were also early shareholders.", "en")
    r = rels(ex)
    assert {("Iconiq", "investsIn", "Writer"), ("Premji Invest", "investsIn", "Writer"),
            ("Adobe Ventures", "investsIn", "Writer")} <= r
    assert not [x for x in r if x[2] == "Iconiq" and x[1] == "investsIn"]


def test_month_shaped_first_names_and_cofounders_built_with():
    r = rels(run("The startup Writer was founded in 2020 by May Habib and Waseem AlShikh.", "en"))
    assert ("Writer", "foundedBy", "May Habib") in r
    r = rels(run("Jonas Andrulis, der Gründer von Aleph Alpha, zog sich zurück. Der frühere Apple-Manager, der das "
                 "Unternehmen 2019 gemeinsam mit Samuel Weinbach aufgebaut hatte, bleibt Berater.", "de"))
    assert ("Aleph Alpha", "foundedBy", "Samuel Weinbach") in r


def test_german_verb_final_leader_and_deal_object_description():
    r = rels(run("Aleph Alpha wächst. Vorstandschef Reto Spörri, der Aleph Alpha seither führt, bleibt im Amt.", "de"))
    assert ("Reto Spörri", "ceoOf", "Aleph Alpha") in r
    r = rels(run("Aleph Alpha sucht einen Käufer. Die Schwarz Gruppe übernimmt das Heidelberger KI-Unternehmen vollständig.",
                 "de"))
    assert ("Aleph Alpha", "headquarteredIn", "Heidelberg") in r
    assert ("Schwarz Gruppe", "headquarteredIn", "Heidelberg") not in r


# ---------------------------------------------------------------- after round 15

def test_stock_moves_past_relative_clauses_and_places():
    ex = run("An der Börse gab es Kursausschläge. Die Aktie von Kingsoft Cloud, das Moonshot Rechenkapazität liefert, "
             "schoss in Hongkong um 11,4 Prozent nach oben. Der europäische Wettbewerber STMicroelectronics, der schwache "
             "Zahlen vorgelegt hatte, gab in Paris dagegen um 1,2 Prozent nach. Die Aktie des Anlagenbauers Aixtron stieg "
             "um 3,1 Prozent.", "de")
    moves = {(e.subject.rsplit("/", 1)[-1], e.percent) for e in ex.events if e.type == "StockMove"}
    assert {("kingsoft-cloud", 11.4), ("stmicroelectronics", -1.2), ("aixtron", 3.1)} <= moves
    assert not [m for m in moves if m[0] == "moonshot-ai"]


def test_release_noun_and_fronted_founders():
    ex = run("Mistral AI is raising money. The fundraising follows the release last month of Mistral Large 3.", "en")
    assert ("Mistral AI", "released", "Mistral Large 3") in rels(ex)
    assert any(e.type == "ModelRelease" for e in ex.events)
    ex = run("Das Start-up Voltmind AI wächst. Gegründet wurde Voltmind AI von der Informatikerin Katrin Lehmbruck und dem "
             "früheren Bosch-Ingenieur Tobias Renner.", "de")
    r = rels(ex)
    assert {("Voltmind AI", "foundedBy", "Katrin Lehmbruck"), ("Voltmind AI", "foundedBy", "Tobias Renner")} <= r


def test_set_up_by_together_with_and_largest_shareholder():
    ex = run("Mistral AI is raising money. Mistral was set up by Arthur Mensch, a former researcher at Google DeepMind, "
             "together with Guillaume Lample and Timothée Lacroix. Dutch chip-equipment maker ASML, which became Mistral's "
             "largest outside shareholder last year, is putting in a further €600m.", "en")
    r = rels(ex)
    assert {("Mistral AI", "foundedBy", p) for p in ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix")} <= r
    assert ("ASML", "investsIn", "Mistral AI") in r


def test_german_ranking_phrases_and_based_on():
    r = rels(run("Kimi K3 baut auf der Architektur des Vorgängers Kimi K2 auf. Auf SWE-bench Verified liegt Kimi K3 damit vor "
                 "GPT-5 von OpenAI. Bei Humanity's Last Exam muss sich Kimi K3 dagegen Googles Gemini 2.5 Pro knapp "
                 "geschlagen geben.", "de"))
    assert {("Kimi K3", "basedOn", "Kimi K2"), ("Kimi K3", "outperforms", "GPT-5"),
            ("Gemini 2.5 Pro", "outperforms", "Kimi K3")} <= r


def test_quoted_product_launch():
    ex = run("DeepL hat am Dienstag „DeepL Voice for Calls“ vorgestellt, eine Software für Telefonate.", "de")
    assert ("DeepL", "released", "DeepL Voice for Calls") in rels(ex)


# ---------------------------------------------------------------- after round 16

def test_rival_description_is_not_the_topic_and_relative_clause_investors_own_nothing():
    ex = run("OpenAI sammelt Geld ein. OpenAI wächst schnell. Der Druck auf OpenAI kommt vor allem von Anthropic. Der Rivale, "
             "an dem Amazon und Google beteiligt sind, gewinnt mit seinen Claude-Modellen Marktanteile.", "de")
    r = rels(ex)
    assert ("Google", "released", "Claude") not in r and ("Amazon", "released", "Claude") not in r
    assert ("Amazon", "investsIn", "Anthropic") in r


def test_round_investors_a_few_sentences_later_and_joining_verbs():
    ex = run("OpenAI hat sich frisches Kapital gesichert: In einer neuen Finanzierungsrunde fließen 60 Milliarden US-Dollar "
             "zu. Die Investoren bewerten das Unternehmen hoch. Noch im Herbst war es weniger wert. Angeführt wird die Runde "
             "vom japanischen Technologieinvestor SoftBank. Auch der Chipkonzern Nvidia steigt mit rund fünf Milliarden "
             "Dollar ein.", "de")
    r = rels(ex)
    assert ("SoftBank", "investsIn", "OpenAI") in r


def test_downward_move_and_maker_named_description():
    ex = run("Oracle-Papiere gewannen an der Wall Street 3,1 Prozent. Für Microsoft ging es dagegen um 0,9 Prozent abwärts.", "de")
    assert ("microsoft", -0.9) in {(e.subject.rsplit("/", 1)[-1], e.percent) for e in ex.events if e.type == "StockMove"}


def test_description_does_not_run_across_a_clause():
    ex = run("Musk, der auch Tesla-Chef ist, sieht xAI als direkten Konkurrenten von OpenAI.", "de")
    assert ("OpenAI", "competesWith", "xAI") in rels(ex)


# ---------------------------------------------------------------- after round 17

def test_round_that_values_a_company_funds_it_and_apposition_parents_are_no_investors():
    ex = run("Samsung is also taking a stake in the San Francisco-based company. Its venture arm, Samsung Next, is one of the "
             "lead investors in a new $500 million funding round that values Perplexity at $20 billion. Nvidia and "
             "Institutional Venture Partners also took part.", "en")
    r = rels(ex)
    assert {("Samsung Next", "investsIn", "Perplexity"), ("Nvidia", "investsIn", "Perplexity")} <= r
    assert not [x for x in r if x[2] == "Samsung Next" and x[1] == "investsIn"]
    ex = run("Das KI-Start-up Black Forest Labs hat in einer neuen Finanzierungsrunde 300 Millionen US-Dollar eingesammelt. "
             "Angeführt wird die Runde von Salesforce Ventures, dem Wagniskapitalarm des US-Softwarekonzerns Salesforce. "
             "Daneben beteiligen sich Andreessen Horowitz und General Catalyst.", "de")
    r = rels(ex)
    assert {("Salesforce Ventures", "investsIn", "Black Forest Labs"), ("General Catalyst", "investsIn", "Black Forest Labs")} <= r
    assert ("Salesforce", "investsIn", "Black Forest Labs") not in r


def test_founders_im_jahr_and_dotted_versions_and_who_serves_as():
    ex = run("Gegründet wurde Black Forest Labs im Jahr 2024 von Robin Rombach, Andreas Blattmann und Patrick Esser. "
             "Parallel stellte das Unternehmen am Dienstag FLUX.2 vor, die zweite Generation seiner Bildmodelle.", "de")
    r = rels(ex)
    assert ("Black Forest Labs", "foundedBy", "Andreas Blattmann") in r
    assert ("Black Forest Labs", "released", "FLUX.2") in r
    ex = run("The startup Perplexity grew. Perplexity was founded in 2022 by Aravind Srinivas. Srinivas, who serves as chief "
             "executive, has positioned the company as an answer engine.", "en")
    assert ("Aravind Srinivas", "ceoOf", "Perplexity") in rels(ex)


def test_a_users_lexicon_extends_the_model_families(tmp_path):
    run("Alibaba hat Qwen3.7 freigegeben.", "de")  # fills the built-in lexicon's family index first
    user = tmp_path / "mine.tsv"
    user.write_text("Company\tZorvex\t\t\t\nAIModel\tZorblax 2\t\t\tZorvex\n", encoding="utf-8")
    ex = run("Zorvex wächst. Zorblax 3 ist neu.", "de", lexicons=[user])
    assert ("Zorvex", "released", "Zorblax 3") in rels(ex)
