"""Patterns added in the recall pass over rounds 18-23 (investor and customer lists, benchmark comparisons clause by
clause, founders in German word orders, past posts, index membership, joint ventures, datelines): one sentence of our own
per pattern, and the cases each must leave alone."""

from __future__ import annotations

from kg.loaders.extract.compare import Comparison, comparisons

from .extract_helpers import rels, run


def names(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities}


def moves(ex) -> dict[str, float]:
    name = {e.iri: e.name for e in ex.entities}
    return {name[ev.subject]: ev.percent for ev in ex.events if ev.type == "StockMove"}


def attrs(ex) -> set[tuple[str, str, object]]:
    name = {e.iri: e.name for e in ex.entities}
    return {(name[a.subject], a.predicate, a.value) for a in ex.attributes}


# ---------------------------------------------------------------- investors

def test_german_list_of_major_shareholders_invests_in_the_company_named_before():
    ex = run("Die Aktie von MiniMax stieg. Zu den Großaktionären zählen die Internetkonzerne Alibaba und Tencent.", "de")
    r = rels(ex)
    assert ("Alibaba", "investsIn", "MiniMax") in r and ("Tencent", "investsIn", "MiniMax") in r
    assert ("Alibaba", "investsIn", "Tencent") not in r


def test_counts_among_its_investors_and_counts_as_a_customer():
    r = rels(run("Mistral AI counts Microsoft and the Dutch chip equipment maker ASML among its investors.", "en"))
    assert ("Microsoft", "investsIn", "Mistral AI") in r and ("ASML", "investsIn", "Mistral AI") in r
    r = rels(run("Figure AI, which also counts BMW as a customer, was valued at $39 billion.", "en"))
    assert ("BMW", "partnersWith", "Figure AI") in r
    assert ("BMW", "investsIn", "Figure AI") not in r


def test_investors_include_names_unknown_investors():
    ex = run("Cerebras plans an IPO. Earlier investors include Benchmark, Foundation Capital, Alpha Wave Global and "
             "Altimeter Capital.", "en")
    r = rels(ex)
    for inv in ("Benchmark", "Foundation Capital", "Alpha Wave Global", "Altimeter Capital"):
        assert (inv, "investsIn", "Cerebras") in r
    assert names(ex)["Alpha Wave Global"] == "Company"  # a firm word, no given name: no person


def test_every_investor_of_a_coordinated_subject():
    r = rels(run("Microsoft and Nvidia agreed to invest as much as $15 billion in Anthropic.", "en"))
    assert ("Microsoft", "investsIn", "Anthropic") in r and ("Nvidia", "investsIn", "Anthropic") in r


def test_the_object_of_a_subjects_own_verb_is_not_that_subject():
    r = rels(run("Microsoft and Nvidia agreed in November to invest up to $5 billion and $10 billion respectively in the "
                 "startup.", "en"))
    assert ("Nvidia", "investsIn", "Microsoft") not in r and ("Microsoft", "investsIn", "Nvidia") not in r
    r = rels(run("Anthropic raised $13 billion in September. Microsoft and Nvidia agreed in November to invest up to $5 "
                 "billion and $10 billion respectively in the startup.", "en"))
    assert ("Nvidia", "investsIn", "Anthropic") in r


def test_a_stake_paid_for_is_an_investment_not_a_takeover():
    ex = run("Meta Platforms paid $14.3 billion for a 49% stake in Scale AI last year.", "en")
    assert ("Meta", "investsIn", "Scale AI") in rels(ex)
    assert ("Meta", "acquired", "Scale AI") not in rels(ex)
    assert any(ev.type == "Investment" for ev in ex.events)


def test_in_which_x_is_an_investor_and_one_of_its_largest_shareholders():
    r = rels(run("The chip is made by Cerebras Systems, the Silicon Valley chipmaker in which G42 is a major investor.", "en"))
    assert ("G42", "investsIn", "Cerebras") in r
    r = rels(run("Nvidia fell. Baker Hughes, the oilfield services company that is also one of its largest shareholders, "
                 "said.", "en"))
    assert ("Baker Hughes", "investsIn", "Nvidia") in r


def test_round_led_in_a_fronted_participle_clause():
    ex = run("Anthropic wächst. Bei seiner jüngsten Finanzierungsrunde im Februar, angeführt vom Staatsfonds GIC aus "
             "Singapur und dem Investor Coatue, hatte das Unternehmen 30 Milliarden Dollar eingesammelt.", "de")
    r = rels(ex)
    assert ("GIC", "investsIn", "Anthropic") in r and ("Coatue", "investsIn", "Anthropic") in r
    name = {e.iri: e.name for e in ex.entities}
    assert [name[ev.subject] for ev in ex.events if ev.type == "Funding"] == ["Anthropic"]


def test_round_in_a_relative_clause_belongs_to_its_antecedent():
    r = rels(run("Parmenides konkurriert nicht nur mit Mistral AI, das im Herbst bei einer Finanzierungsrunde unter Führung "
                 "des Chipausrüsters ASML mit 11,7 Milliarden Euro bewertet wurde, sondern auch mit Aleph Alpha.", "de"))
    assert ("ASML", "investsIn", "Mistral AI") in r
    assert ("ASML", "investsIn", "Parmenides") not in r and ("Aleph Alpha", "investsIn", "Parmenides") not in r


# ---------------------------------------------------------------- people: founders, past posts, titles

def test_shared_surname_makes_two_founders():
    ex = run("Anthropic, which was founded in 2021 by siblings Dario and Daniela Amodei, said on Monday it raised money.", "en")
    r = rels(ex)
    assert ("Anthropic", "foundedBy", "Dario Amodei") in r and ("Anthropic", "foundedBy", "Daniela Amodei") in r


def test_co_founders_named_with_gemeinsam_mit_and_with():
    r = rels(run("Arthur Mensch gründete Mistral AI 2023 gemeinsam mit Guillaume Lample.", "de"))
    assert ("Mistral AI", "foundedBy", "Arthur Mensch") in r and ("Mistral AI", "foundedBy", "Guillaume Lample") in r
    r = rels(run("Arthur Mensch co-founded Mistral AI in 2023 with Guillaume Lample and Timothée Lacroix.", "en"))
    assert {("Mistral AI", "foundedBy", p) for p in ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix")} <= r


def test_german_founders_in_fronted_participle_and_relative_clauses():
    r = rels(run("Gegründet wurde Reflection AI im März 2024 von Misha Laskin und Ioannis Antonoglou.", "de"))
    assert ("Reflection AI", "foundedBy", "Misha Laskin") in r and ("Reflection AI", "foundedBy", "Ioannis Antonoglou") in r
    r = rels(run("Das Tokioter Start-up Sakana AI, das der frühere Google-Forscher David Ha mitgegründet hat, wächst.", "de"))
    assert ("Sakana AI", "foundedBy", "David Ha") in r and ("Sakana AI", "headquarteredIn", "Tokio") in r
    r = rels(run("Naver fiel. Der Suchmaschinenbetreiber, den Lee Hae-jin 1999 gegründet hat, stellte aus.", "de"))
    assert ("Naver", "foundedBy", "Lee Hae-jin") in r


def test_a_description_stands_for_the_company_of_the_person_who_is_the_subject():
    ex = run("Mistral-Chef Arthur Mensch sprach in Paris. Capgemini meldete Zahlen. Mensch hatte das Unternehmen 2023 gemeinsam "
             "mit Guillaume Lample und Timothée Lacroix gegründet.", "de")
    r = rels(ex)
    assert ("Mistral AI", "foundedBy", "Guillaume Lample") in r
    assert ("Capgemini", "foundedBy", "Guillaume Lample") not in r


def test_past_posts_are_jobs_not_chief_posts():
    r = rels(run("Meta is recruiting for a unit led by former Scale AI chief executive Alexandr Wang.", "en"))
    assert ("Alexandr Wang", "worksFor", "Scale AI") in r and ("Alexandr Wang", "ceoOf", "Scale AI") not in r
    r = rels(run("Yann LeCun stepped down as Meta's chief AI scientist in December.", "en"))
    assert ("Yann LeCun", "worksFor", "Meta") in r
    r = rels(run("Jensen Huang, who serves as Nvidia's CEO, said.", "en"))
    assert ("Jensen Huang", "ceoOf", "Nvidia") in r


def test_titles_without_a_company_after_under_but_and_replacing():
    r = rels(run("The strategy at Meta has leaned on such models under Chief Executive Mark Zuckerberg.", "en"))
    assert ("Mark Zuckerberg", "ceoOf", "Meta") in r
    r = rels(run("Meta grew. But Chief Financial Officer Susan Li said capital expenditures would rise.", "en"))
    assert ("Susan Li", "worksFor", "Meta") in r
    r = rels(run("Nvidia appointed Stephen Ehikian, replacing founder Tobias Sieber.", "en"))
    assert ("Nvidia", "foundedBy", "Tobias Sieber") in r and ("Tobias Sieber", "ceoOf", "Nvidia") not in r


def test_a_quoted_chief_speaks_for_the_company_the_article_is_about():
    r = rels(run("MiniMax stellte ein Modell vor. MiniMax liegt vorn. Hinter Claude Opus 4.6 von Anthropic liege das Modell nur "
                 "knapp zurück. „Wir sind bereit“, sagte Gründer und Vorstandschef Yan Junjie.", "de"))
    assert ("Yan Junjie", "ceoOf", "MiniMax") in r and ("Yan Junjie", "ceoOf", "Anthropic") not in r


def test_korean_and_chinese_names_and_their_short_forms():
    ex = run("Kwak Noh-jung leitet SK Hynix. Kwak sagte, die Nachfrage bleibe hoch.", "de")
    assert names(ex).get("Kwak Noh-jung") == "Person"
    r = rels(run("Yan Junjie gründete MiniMax. Yan hatte zuvor als Vizepräsident beim Spezialisten SenseTime gearbeitet.", "de"))
    assert ("Yan Junjie", "worksFor", "SenseTime") in r


# ---------------------------------------------------------------- competition

def test_plural_rival_nouns_name_lists():
    r = rels(run("Moonshot AI plant einen Börsengang. Damit würde Moonshot den Rivalen Zhipu AI und MiniMax folgen.", "de"))
    assert ("Moonshot AI", "competesWith", "Zhipu AI") in r and ("Moonshot AI", "competesWith", "MiniMax") in r
    r = rels(run("Meta is spending more. The spending is aimed at keeping pace with rivals OpenAI, Google and Anthropic.", "en"))
    assert {("Meta", "competesWith", x) for x in ("OpenAI", "Google", "Anthropic")} <= r
    # "rivals" as a verb names no rival of a company
    r = rels(run("Tencent released Hunyuan-T1. The model rivals OpenAI's o1, according to the company.", "en"))
    assert ("OpenAI o1", "competesWith", "Tencent") not in r


def test_german_mutual_and_fronted_competition():
    assert ("LG", "competesWith", "Naver") in rels(run("LG und Naver konkurrieren nicht nur um staatliche Fördergelder.", "de"))
    r = rels(run("Reflection AI wächst. Mit dem Modell tritt das in New York ansässige Unternehmen gegen die chinesischen "
                 "Anbieter Deepseek, Alibaba und Moonshot AI an.", "de"))
    assert {("Reflection AI", "competesWith", x) for x in ("DeepSeek", "Alibaba", "Moonshot AI")} <= r
    r = rels(run("Reflection AI wächst. In Europa gilt Mistral AI als wichtigster Konkurrent.", "de"))
    assert ("Mistral AI", "competesWith", "Reflection AI") in r


def test_alternative_to_names_rivals():
    r = rels(run("Cohere has positioned itself as a privacy-focused alternative to OpenAI and Anthropic.", "en"))
    assert ("Cohere", "competesWith", "OpenAI") in r and ("Cohere", "competesWith", "Anthropic") in r


def test_models_measured_against_rival_models():
    r = rels(run("Amazon stellt Nova 2 Pro vor. Das Modell könne nach Darstellung des Unternehmens mit GPT-5 von OpenAI und "
                 "Gemini 2.5 Pro von Google mithalten.", "de"))
    assert ("Nova 2 Pro", "competesWith", "GPT-5") in r and ("Nova 2 Pro", "competesWith", "Gemini 2.5 Pro") in r
    assert ("Amazon", "competesWith", "OpenAI") not in r


# ---------------------------------------------------------------- benchmark comparisons, clause by clause

def test_comparisons_read_each_clause_with_its_own_direction():
    facts = comparisons("Auf der Vergleichsplattform ⟨0:Benchmark⟩ liegt ⟨1:AIModel⟩ im Ranking derzeit knapp hinter Googles "
                        "⟨2:AIModel⟩, aber vor ⟨3:AIModel⟩.")
    assert Comparison(2, "outperforms", 1) in facts and Comparison(1, "outperforms", 3) in facts
    assert Comparison(1, "evaluatedOn", 0) in facts


def test_comparisons_of_a_verb_second_clause_and_a_pronoun():
    facts = comparisons("Im Mathematiktest ⟨0:Benchmark⟩ übertrifft ⟨1:AIModel⟩ laut ⟨2:Company⟩ auch ⟨3:AIModel⟩.")
    assert Comparison(1, "outperforms", 3) in facts
    facts = comparisons("On the ⟨0:Benchmark⟩ maths competition it beat ⟨1:AIModel⟩.")
    assert Comparison(None, "outperforms", 1) in facts  # the model in focus


def test_comparisons_leave_time_and_team_phrases_alone():
    assert comparisons("Zwei Wochen vor ⟨0:AIModel⟩ kam ⟨1:AIModel⟩") == []
    assert comparisons("the lab behind ⟨0:AIModel⟩ said") == []
    assert comparisons("Hier schlägt ⟨0:AIModel⟩ beide Konkurrenten") == []  # no rival named


def test_outperforms_only_between_models_and_products():
    r = rels(run("Cisco will buy Cohere for $11 billion, beating Salesforce and ServiceNow to the AI startup.", "en"))
    assert not any(p == "outperforms" for _s, p, _o in r)


def test_based_on_in_german_word_orders_and_appositions():
    r = rels(run("Moonshot stellt Kimi K3 vor. Technisch baut das Modell auf seinem Vorgänger Kimi K2 auf.", "de"))
    assert ("Kimi K3", "basedOn", "Kimi K2") in r
    r = rels(run("Das hauseigene Modell heißt „Allianz Lumen“ und basiert auf Mistral Small 3.2.", "de"))
    assert ("Allianz Lumen", "basedOn", "Mistral Small 3.2") in r
    r = rels(run("Alibaba stellte Qwen4-32B mit 32 Milliarden Parametern vor, das auf dem im Vorjahr erschienenen Qwen3-32B "
                 "aufbaut.", "de"))
    assert ("Qwen4-32B", "basedOn", "Qwen3-32B") in r


# ---------------------------------------------------------------- partnerships and takeovers

def test_joint_venture_with_makes_partners_and_a_subsidiary():
    r = rels(run("Reliance Industries has set up Reliance Intelligence, a joint venture with Meta Platforms.", "en"))
    assert ("Reliance Industries", "partnersWith", "Meta") in r
    assert ("Reliance Intelligence", "subsidiaryOf", "Reliance Industries") in r


def test_customers_listed_as_a_subject_and_launched_together_with():
    ex = run("Cerebras sells chips. Perplexity, IBM and the Mayo Clinic are also customers.", "en")
    r = rels(ex)
    assert {("Cerebras", "partnersWith", x) for x in ("Perplexity", "IBM", "Mayo Clinic")} <= r
    assert names(ex)["Mayo Clinic"] == "Organization"
    r = rels(run("G42 launched Stargate UAE in May last year together with OpenAI, Oracle and Nvidia.", "en"))
    assert {("G42", "partnersWith", x) for x in ("OpenAI", "Oracle", "Nvidia")} <= r


def test_deal_nouns_with_a_colon_list_and_working_together():
    r = rels(run("Allianz hat Rahmenverträge mit gleich vier KI-Anbietern geschlossen: dem französischen Start-up Mistral AI, "
                 "dem Heidelberger Unternehmen Aleph Alpha sowie Google Cloud.", "de"))
    assert {("Allianz", "partnersWith", x) for x in ("Mistral AI", "Aleph Alpha", "Google Cloud")} <= r
    r = rels(run("Bislang arbeitet SAP bei Sprachmodellen unter anderem mit OpenAI, Anthropic und dem französischen Anbieter "
                 "Mistral AI zusammen.", "de"))
    assert {("SAP", "partnersWith", x) for x in ("OpenAI", "Anthropic", "Mistral AI")} <= r


def test_takeovers_from_long_descriptions_and_sales():
    assert ("Cisco", "acquired", "Cohere") in rels(run(
        "Cisco Systems has agreed to buy Canadian artificial intelligence company Cohere for about $11 billion.", "en"))
    assert ("Cisco", "acquired", "Splunk") in rels(run("Splunk, the data analytics firm Cisco bought for $28 billion, is big.", "en"))
    assert ("Oracle", "acquired", "Siebel Systems") in rels(run(
        "He made his fortune selling Siebel Systems, the first company he founded, to Oracle for $5.8 billion.", "en"))


def test_maker_descriptions_and_sellers_release_products():
    assert ("Cognition", "released", "Devin") in rels(run("Cognition, which sells the Devin agent, raised money.", "en"))
    r = rels(run("Der 43-Jährige, der Anthropic gemeinsam mit früheren OpenAI-Forschern gegründet hatte, kündigte an, das Modell "
                 "Claude werde ab sofort angeboten.", "de"))
    assert ("OpenAI", "released", "Claude") not in r  # a company inside a compound noun releases nothing


# ---------------------------------------------------------------- listings, seats, datelines, names

def test_index_membership_of_movers_and_listing_phrases():
    r = rels(run("In Frankfurt rutschte SAP um bis zu 3,8 Prozent ab und war damit Schlusslicht im Dax.", "de"))
    assert ("SAP", "listedOn", "DAX") in r
    r = rels(run("Die Aktien des Anlagenbauers Aixtron, der im TecDax und im MDax gelistet ist, stiegen um 3 Prozent.", "de"))
    assert ("Aixtron", "listedOn", "TecDAX") in r and ("Aixtron", "listedOn", "MDAX") in r
    r = rels(run("Der Dax stieg um 1 Prozent, SAP um 2 Prozent.", "de"))
    assert ("SAP", "listedOn", "DAX") not in r  # the index moved itself


def test_city_adjectives_of_towns():
    r = rels(run("Der Ditzinger Maschinenbauer Trumpf AG hatte eine Kooperation mit Aleph Alpha bekanntgegeben.", "de"))
    assert ("Trumpf", "headquarteredIn", "Ditzingen") in r or ("Trumpf AG", "headquarteredIn", "Ditzingen") in r


def test_the_agency_of_a_dateline_takes_part_in_no_fact():
    ex = run("München (dpa-AFX) – Das Münchner Chip-Start-up Kaskade Semiconductors hat 310 Millionen Euro eingesammelt. "
             "Angeführt wird die Runde vom Wagniskapitalgeber Lightspeed Venture Partners.", "de")
    name = {e.iri: e.name for e in ex.entities}
    assert [name[ev.subject] for ev in ex.events if ev.type == "Funding"] == ["Kaskade Semiconductors"]
    assert not any("dpa" in s or "dpa" in o for s, _p, o in rels(ex))


def test_web_suffix_names_and_institutions():
    ex = run("C3.ai said on Wednesday it had appointed a new chief. He co-founded Airkit.ai, which Salesforce bought.", "en")
    assert names(ex).get("C3.ai") == "Company" and names(ex).get("Airkit.ai") == "Company"
    assert ("Salesforce", "acquired", "Airkit.ai") in rels(ex)
    assert names(run("Der Markt wächst. Die Nachricht kam per E-Mail an info@example.com.", "de")).get("example.com") is None


# ---------------------------------------------------------------- stock moves

def test_moves_stated_respectively():
    m = moves(run("Im Dax ging es aufwärts. Die Aktien von Nvidia und Microsoft, die im vergangenen Herbst zusammen bis zu 15 "
                  "Milliarden Dollar zugesagt hatten, rückten um 1,8 beziehungsweise 0,6 Prozent vor.", "de"))
    assert m.get("Nvidia") == 1.8 and m.get("Microsoft") == 0.6
    m = moves(run("Shares of Nvidia and AMD fell 1.8% and 0.6%, respectively, on Monday.", "en"))
    assert m.get("Nvidia") == -1.8 and m.get("AMD") == -0.6


def test_elliptic_moves_and_a_verb_after_the_percent():
    m = moves(run("SAP legte 2,7 Prozent zu, Infineon dagegen nur 0,5 Prozent.", "de"))
    assert m == {"SAP": 2.7, "Infineon": 0.5}
    m = moves(run("In Seoul zog die Aktie von LG um bis zu 6,2 Prozent an, während Papiere des Internetkonzerns Naver 3,1 "
                  "Prozent nachgaben.", "de"))
    assert m.get("Naver") == -3.1
    m = moves(run("Der Auftragsfertiger SMIC gewann in Hongkong 4,6 Prozent, der kleinere Rivale Hua Hong Semiconductor 3,9 "
                  "Prozent.", "de"))
    assert m.get("Hua Hong Semiconductor") == 3.9


# ---------------------------------------------------------------- attributes

def test_founding_years_head_counts_and_closed_models():
    a = attrs(run("Black Forest Labs wurde im Sommer 2024 gegründet.", "de"))
    assert ("Black Forest Labs", "foundedYear", 2024) in a
    a = attrs(run("Zhipu, 2019 als Ausgründung der Tsinghua-Universität entstanden, wächst.", "de"))
    assert ("Zhipu AI", "foundedYear", 2019) in a and not any(p == "foundedYear" and s != "Zhipu AI" for s, p, _v in a)
    assert ("Parsewell", "employeeCount", 45) in attrs(run("The 45-person firm Parsewell had raised money.", "en"))
    assert ("DeepL", "employeeCount", 1100) in attrs(run("DeepL beschäftigt rund 1.100 Mitarbeiter.", "de"))
    assert ("Gemini 3.5 Pro", "openSource", False) in attrs(run("Gemini 3.5 Pro, which will remain proprietary, is good.", "en"))
    assert ("Llama 4", "openSource", True) not in attrs(run("Llama 4 is not open source, critics say.", "en"))


def test_model_variants_named_in_brackets():
    ex = run("Black Forest Labs stellt FLUX.2 vor. Die Version FLUX.2 [pro] wird nur über die Schnittstelle angeboten, während "
             "FLUX.2 [dev] mit 32 Milliarden Parametern frei ist.", "de")
    assert names(ex).get("FLUX.2 [pro]") == "AIModel" and names(ex).get("FLUX.2 [dev]") == "AIModel"
    assert ("FLUX.2 [dev]", "parameterCount", 32_000_000_000) in attrs(ex)
    # brackets elsewhere stay out of names
    assert "FLUX.2 [Anm" not in " ".join(names(run("FLUX.2 [Anm. d. Red.] ist neu.", "de")))


def test_german_investor_list_with_a_relative_clause_and_a_compound():
    ex = run("Mistral AI wächst. Zu den frühen Geldgebern gehören Andreessen Horowitz, der die erste Finanzierungsrunde über 31 "
             "Millionen Dollar angeführt hatte, sowie General Catalyst und der frühere Google-Chef Eric Schmidt.", "de")
    r = rels(ex)
    assert {(x, "investsIn", "Mistral AI") for x in ("Andreessen Horowitz", "General Catalyst", "Eric Schmidt")} <= r
    assert ("Google", "investsIn", "Mistral AI") not in r
    name = {e.iri: e.name for e in ex.entities}
    assert "Andreessen Horowitz" not in [name[ev.subject] for ev in ex.events if ev.type == "Funding"]


def test_biggest_investor_without_an_object_and_founders_who_came_from():
    r = rels(run("Anthropic wächst. Der Onlinehändler Amazon ist mit insgesamt acht Milliarden Dollar der größte Geldgeber.", "de"))
    assert ("Amazon", "investsIn", "Anthropic") in r
    r = rels(run("Mistral AI wächst. Seine Mitgründer Guillaume Lample, heute Chefwissenschaftler, und Cheftechnologe Timothée "
                 "Lacroix kamen von Meta.", "de"))
    assert ("Mistral AI", "foundedBy", "Guillaume Lample") in r and ("Timothée Lacroix", "worksFor", "Meta") in r
    r = rels(run("Meta kauft einen Anteil an Scale AI. Dessen Gründer und Chef Alexandr Wang wechselt zu Meta.", "de"))
    assert ("Meta", "foundedBy", "Alexandr Wang") not in r and ("Scale AI", "foundedBy", "Alexandr Wang") in r


def test_founders_after_a_company_and_as_a_spinout():
    r = rels(run("CoreWeave buys Marimo Inc. Marimo co-founders Akshay Agrawal and Myles Scolnick will join CoreWeave.", "en"))
    assert ("Marimo", "foundedBy", "Akshay Agrawal") in r or ("Marimo Inc", "foundedBy", "Akshay Agrawal") in r
    r = rels(run("Black Forest Labs, 2024 von Robin Rombach gemeinsam mit Andreas Blattmann und Patrick Esser gegründet, wächst.", "de"))
    assert {("Black Forest Labs", "foundedBy", p) for p in ("Robin Rombach", "Andreas Blattmann", "Patrick Esser")} <= r


def test_employers_after_job_titles_and_past_employers():
    r = rels(run("\"Good,\" said Dana Whitfield, a partner at executive-search firm Heidrick & Struggles.", "en"))
    assert ("Dana Whitfield", "worksFor", "Heidrick & Struggles") in r
    r = rels(run("„Gut“, sagte Katharina Vogelsang, Partnerin der Kanzlei Gleiss Lutz in Düsseldorf.", "de"))
    assert ("Katharina Vogelsang", "worksFor", "Gleiss Lutz") in r
    r = rels(run("Yang Zhilin, who previously worked at Google Brain and Microsoft Research, said.", "en"))
    assert ("Yang Zhilin", "worksFor", "Google Brain") in r and ("Yang Zhilin", "worksFor", "Microsoft Research") in r
    r = rels(run("SoftBank, one of the largest backers of OpenAI, said.", "en"))
    assert ("SoftBank", "investsIn", "OpenAI") in r


def test_the_lexicon_knows_whose_chief_a_titled_person_is():
    # an SAP article that also names Deutsche Telekom: the CEO quoted is SAP's, as the lexicon says
    r = rels(run("SAP und die Deutsche Telekom bauen ein Rechenzentrum. Die Telekom investiert eine Milliarde Euro. „Unsere "
                 "Kunden wollen KI nutzen“, sagte Vorstandschef Christian Klein.", "de"))
    assert ("Christian Klein", "ceoOf", "SAP") in r and ("Christian Klein", "ceoOf", "Deutsche Telekom") not in r


def test_chief_analysts_and_economists_are_no_chief_executives():
    r = rels(run("„Gut“, sagte Jochen Stanzl, Chefmarktanalyst bei CMC Markets.", "de"))
    assert ("Jochen Stanzl", "worksFor", "CMC Markets") in r and ("Jochen Stanzl", "ceoOf", "CMC Markets") not in r
    r = rels(run("„Gut“, sagte James Anderson, der bei Lingotto die Innovationsstrategie verantwortet.", "de"))
    assert any(p == "worksFor" and s == "James Anderson" and o.startswith("Lingotto") for s, p, o in r)


def test_names_before_an_abbreviation_and_nationalities():
    ex = run("He ran the General Services Administration (GSA) in Washington.", "en")
    assert names(ex).get("General Services Administration") == "Organization"
    ex = run("We need a model that understands a Japanese AI bank's manual, Sakana AI said.", "en")
    assert "Japanese AI" not in names(ex)


def test_seats_in_appositions_and_listings_on_an_index():
    r = rels(run("Polarise, ein Start-up mit Sitz in München, wächst.", "de"))
    assert ("Polarise", "headquarteredIn", "München") in r
    r = rels(run("Google DeepMind, the London-based AI unit of Alphabet, said.", "en"))
    assert ("Google DeepMind", "headquarteredIn", "London") in r
    r = rels(run("Anthropic has raised money in a round led by Lightspeed, the San Francisco-based AI startup said.", "en"))
    assert ("Lightspeed", "headquarteredIn", "San Francisco") not in r
    r = rels(run("SK Hynix is now the second-largest company on the KOSPI after Samsung Electronics.", "en"))
    assert ("SK Hynix", "listedOn", "Kospi") in r


def test_more_rival_and_partner_phrasings():
    r = rels(run("CoreWeave grew. Rivals such as Nebius and Lambda are making the same bet.", "en"))
    assert ("CoreWeave", "competesWith", "Nebius") in r and ("CoreWeave", "competesWith", "Lambda") in r
    r = rels(run("Anthropic grew. OpenAI, which remains Anthropic's fiercest rival, said.", "en"))
    assert ("OpenAI", "competesWith", "Anthropic") in r
    r = rels(run("Black Forest Labs wächst. Mit Meta schloss Black Forest Labs im vergangenen Jahr einen mehrjährigen "
                 "Lizenzvertrag.", "de"))
    assert ("Black Forest Labs", "partnersWith", "Meta") in r
    r = rels(run("Google wächst. Mit seinem Modell Gemini konkurriert der Konzern mit OpenAI.", "de"))
    assert ("Google", "released", "Gemini") in r


def test_age_descriptions_stand_for_the_person_named_last():
    r = rels(run("StepFun wurde von Jiang Daxin gegründet. Der 52-Jährige war zuvor fast 16 Jahre lang bei Microsoft tätig.", "de"))
    assert ("Jiang Daxin", "worksFor", "Microsoft") in r
    r = rels(run("Der 52-Jährige war zuvor bei Microsoft tätig.", "de"))
    assert not any(p == "worksFor" for _s, p, _o in r)  # nobody named before


def test_founders_with_other_posts_and_founder_lists():
    r = rels(run("Anthropic grew. Jared Kaplan, Anthropic's co-founder and chief science officer, said.", "en"))
    assert ("Anthropic", "foundedBy", "Jared Kaplan") in r and ("Jared Kaplan", "worksFor", "Anthropic") in r
    r = rels(run("StepFun wächst. Zu den Gründern zählt Zhang Xiangyu, heute Chefwissenschaftler, und Technikchef Zhu Yibo.", "de"))
    assert ("StepFun", "foundedBy", "Zhang Xiangyu") in r and ("StepFun", "foundedBy", "Zhu Yibo") in r
    assert ("Zhang Xiangyu", "worksFor", "StepFun") in r
    r = rels(run("Scale AI wächst. Dessen Gründer und Chef Alexandr Wang wechselt zu Meta.", "de"))
    assert ("Alexandr Wang", "ceoOf", "Meta") not in r


def test_stakes_without_a_target_and_past_posts_in_relative_clauses():
    r = rels(run("Mistral grew. Microsoft took a small stake in 2024.", "en"))
    assert ("Microsoft", "investsIn", "Mistral AI") in r
    r = rels(run("Mistral grew. Mistral's largest shareholder is ASML, the Dutch chip-equipment maker.", "en"))
    assert ("ASML", "investsIn", "Mistral AI") in r
    r = rels(run("Andy Jassy, who ran AWS for more than a decade, spoke.", "en"))
    assert ("Andy Jassy", "worksFor", "Amazon Web Services") in r and ("Andy Jassy", "ceoOf", "Amazon Web Services") not in r


def test_german_cooperation_in_relative_clauses_and_with_modals():
    r = rels(run("Auch Konkurrent Mistral AI aus Paris, der eng mit Microsoft kooperiert, wächst.", "de"))
    assert ("Mistral AI", "partnersWith", "Microsoft") in r
    r = rels(run("Die GPUs liefert Nvidia, mit dem Schwarz Digits eine engere Zusammenarbeit vereinbart hat.", "de"))
    assert ("Nvidia", "partnersWith", "Schwarz Digits") in r
    r = rels(run("Die Deutsche Telekom hat mit Nvidia eine Industrial AI Cloud in München angekündigt.", "de"))
    assert ("Deutsche Telekom", "partnersWith", "Nvidia") in r
    r = rels(run("Google hat mit Nano Banana Pro ein Bildmodell vorgestellt.", "de"))
    assert not any(p == "partnersWith" for _s, p, _o in r)  # a model presented is no partner


def test_the_subject_of_a_relative_clause_is_not_its_antecedent():
    r = rels(run("Microsoft reserviert viel für OpenAI, an dem der Softwarekonzern rund 27 Prozent hält.", "de"))
    assert ("Microsoft", "investsIn", "OpenAI") in r


def test_english_rivals_after_while_and_catching_up():
    r = rels(run("Anysphere raised money, while rivals Cognition, Replit and Lovable chase the same developers.", "en"))
    assert {("Anysphere", "competesWith", x) for x in ("Cognition", "Replit", "Lovable")} <= r
    r = rels(run("Meta spends, as the Facebook owner races to catch up with OpenAI and Google.", "en"))
    assert ("Meta", "competesWith", "OpenAI") in r and ("Meta", "competesWith", "Google") in r
