"""The extraction pipeline: sentences -> names -> coreference -> relations, events, attributes."""

from __future__ import annotations

import hashlib
from functools import lru_cache
import re
import os
import sys
from pathlib import Path
from typing import Sequence

from kg.loaders.extract.coref import MODEL_ACT, MODEL_PRONOUN, Salience, find_descriptions
from kg.loaders.extract.dates import resolve_date
from kg.loaders.extract.events import (
    AttributeDraft, EventDraft, attributes, in_spans, launch_events, money_events, relative_clause_spans, round_investors,
    stock_moves,
)
from kg.loaders.extract.lexicon import Lexicon, LexiconEntry, load_lexicon, norm_key
from kg.loaders.extract.compare import comparisons
from kg.loaders.extract.fallback import guesses
from kg.loaders.extract.learned import learned_guesses
from kg.loaders.extract.mentions import (Mention, discover, expand_doc_aliases, find_mentions, fuzzy_mentions, sentence_pieces,
                                         shared_surnames)
from kg.loaders.extract.patterns import STOP_CAPS, VARIANT, VERSION
from kg.loaders.extract.relations import CEO_T, FOUNDER_T, RELEASE_WORDS, TITLES, apply_rules, title_predicates
from kg.loaders.extract.sentences import Sentence, split_sentences
from kg.loaders.extract.template import compile_pattern, ids_in, make_view
from kg.loaders.models import Attribute, Document, Entity, Event, Evidence, Extraction, Relation
from kg.ontology import entity_iri as _entity_iri

__all__ = ["extract"]


@lru_cache(maxsize=8192)
def entity_iri(name: str) -> str:
    return str(_entity_iri(name))

ORG = ("Company", "Organization")
MP = ("AIModel", "Product")
X = ("Company", "Organization", "AIModel", "Product")
# predicate -> (subject types, object types)
SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "released": (ORG, MP),
    "competesWith": (X, X),
    "foundedBy": (ORG, ("Person",)),
    "ceoOf": (("Person",), ORG),
    "worksFor": (("Person",), ORG),
    "investsIn": (ORG + ("Person",), ORG),
    "fundedBy": (ORG, ORG + ("Person",)),
    "acquired": (ORG, ORG + MP),
    "partnersWith": (X, X),
    "headquarteredIn": (ORG, ("Place",)),
    "listedOn": (("Company",), ("Place", "Organization", "StockIndex")),
    "basedOn": (MP, MP),
    "outperforms": (X, X),  # at least one a model or product, see add_rel
    "evaluatedOn": (X, ("Benchmark",)),
    "subsidiaryOf": (ORG, ORG),
}
SYMMETRIC = {"competesWith", "partnersWith"}
_CEO_OR_FOUNDER = re.compile(CEO_T + "|" + FOUNDER_T)
POSSESSIVE_MODEL = re.compile(
    r"(?<![\w-])(?:[Ss]ein|[Ss]eine|[Ss]einen|[Ss]einem|[Ss]eines|[Ss]einer|[Ii]hr|[Ii]hre|[Ii]hren|[Ii]hrem|[Ii]hrer|[Ii]hres|[Ii]ts|[Tt]heir|"
    r"[Tt]he (?:company|startup|start-up|firm|group)(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]*[Mm]odell|[\w-]*[Mm]odel|Chatbot|chatbot|[\w-]*Agent(?:en)?|agent|App|app|Assistent(?:en)?|"
    r"assistant|Software|Produkt|product|Chip|chip|Plattform|platform|KI|AI|LLM)?,?\s*$")
EXCHANGE = re.compile(r"(?i)börse|exchange|nasdaq|nyse|hkex|xetra|\blse\b|euronext|stock market")
CITY_ADJECTIVE = re.compile(r"(?<![\w-])(?P<adj>(?:New\s)?[A-ZÄÖÜ][\wäöü]+?)(?:er)\s+(?:[\w-]+\s+){0,2}?$")
ADJ_EXCEPTIONS = {"Münchn": "München", "Zürch": "Zürich", "Pekings": "Peking", "Kölns": "Köln"}
OWN = re.compile(r"(?:hauseigene[nmrs]?|firmeneigene[nmrs]?|eigene[nmrs]?|in-house|own|proprietary)\s+(?:[\w-]+\s+){0,2}?$")
PRONOUN_EVAL = re.compile(
    r"(?:On|Auf|Im|In|Beim|Bei|im|auf|beim|on)\s+(?:(?:dem|the|der)\s+)?(?:[\w-]+\s+)?⟨(\d+):Benchmark⟩[^⟨⟩]{0,30}?"
    r"\b(?:erreichte|erzielte|kam|kommt|erreicht|erzielt|scored|scores|achieved|reached)\s+(?:es|it|er|sie|⟨\d+:AIModel⟩)(?![\w-])")
POSSESSIVE_TITLE = re.compile(r"^[„\"]?(?:Dessen|Deren|Its|Their|Sein|Ihr)\s+(" + TITLES + r")\s+⟨(\d+):Person⟩")
INNER_POSSESSIVE_TITLE = re.compile(r"(?<=[\s,;])(?:its|their|seine?[mnrs]?|ihre?[mnrs]?)\s+(" + TITLES + r")s?,?\s+⟨(\d+):Person⟩")
# "... as chief executive Mark Zuckerberg tries to", "während Konzernchef X": the chief of the sentence's company
CLAUSE_TITLE = re.compile(r"\b(?:as|while|when|after|because|als|während|wie|nachdem|weil|since|da|under|unter)\s+(" + CEO_T + r")\s+⟨(\d+):Person⟩")
PREDICATE_TITLE = re.compile(r"⟨(\d+):Person⟩(?:,\s+\d{2},)?,?\s+(?:(?:who|der|die)\s+)?(?:is|was|serves as|served as|ist als|war als|ist|war|"
                             r"fungiert als|bleibt|remains)\s+"
                             r"(?:the\s+|its\s+|der\s+|die\s+)?(?:new\s+|neue[rn]?\s+)?(" + TITLES + r")(?=\s*(?:[,.;]|$)|\s+(?:while|whereas|and|und|während|"
                             r"für|for|in charge)\b)")
BARE_TITLE = re.compile(r"(?:^[„\"“]?(?:(?:But|And|Aber|Und|Meanwhile|Dagegen|Auch|Also)\s+)?|[.;:]\s+|[,”“\"—–]\s+|(?<=[⟩,])\s*(?:und|and)\s+|"
                        r"\b(?:nachdem|after|als|when|während|while|weil|because|da|wie|as|before|bevor)\s+|"
                        r"\b(?:sagte|sagt|erklärte|betonte|so|said|says|told|added|report(?:s|ed)? (?:directly )?to|replacing|succeeding|"
                        r"ersetzt|löst)\s+)(" + TITLES
                        + r")\s+⟨(\d+):Person⟩")
OFFICER_TITLE = re.compile(r"(?:CFO|COO|CTO|CPO|[Cc]hief [\w ]{2,20}? [Oo]fficer|Finanzchef(?:in)?|Finanzvorstand|Technikchef(?:in)?|"
                           r"Technologiechef(?:in)?|[Pp]resident|Präsident(?:in)?|[A-ZÄÖÜ][a-zäöü]+präsident(?:in)?|"
                           r"[Cc]hair(?:man|woman|person)?|Vorsitzende[rn]?|Aufsichtsratschef(?:in)?|Cheftechnolog(?:e|in)|"
                           r"Chefwissenschaftler(?:in)?|[Cc]hief [Ss]cientist|(?:[Ee]xecutive |[Ss]enior )?[Vv]ice[- ][Pp]resident)")
APPOSITION_TITLE = re.compile(r"⟨(\d+):Person⟩,\s+(?:(?:now|nun|jetzt|heute|inzwischen|mittlerweile|currently)\s+(?:(?:the|its|their|sein\w*|ihr\w*|"
                              r"der|die)\s+)?|(?:the|its|their|sein\w*|ihr\w*|der|die)\s+)"
                              r"(?:new\s+|neue[rn]?\s+|current\s+)?(?:co-founder and\s+|Mitgründer und\s+|Mitgründerin und\s+)?(" + TITLES + r")"
                              r"(?=\s*[,.;]|\s+(?:who|and|und|der|die|since|seit|said|sagte)\b)")
PARTICIPLE_RELEASE = re.compile(
    r"(?:vorgestellte|veröffentlichte|präsentierte|lancierte|enthüllte|neu(?:e|es|en)|recently released|newly released|"
    r"released|launched|unveiled|introduced)\w*\s+(?:[\w-]+\s+){0,2}?⟨(\d+):(?:AIModel|Product)⟩")
RELEASE_NOUN = re.compile(
    r"\b(?:release|launch|debut|unveiling|rollout|Veröffentlichung|Vorstellung|Markteinführung|Einführung)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|von|des|der)\s+(?:(?:the|its|their|a|seines|ihres|eines|des|der|dem)\s+)?(?:[\w-]+\s+){0,2}?⟨(\d+):(?:AIModel|Product)⟩")
UNIT_APPOSITION = re.compile(
    r"(?:its|their|sein\w*|ihr\w*|die|der|the)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:unit|subsidiary|division|arm|Tochter\w*|Sparte|"
    r"Einheit|Tochtergesellschaft),?\s+⟨(\d+):(?:Company|Organization)⟩")
JOINT = re.compile(
    r"(?:joint venture|Joint Venture|Gemeinschaftsunternehmen|partnership|collaboration|alliance|Partnerschaft|Kooperation|"
    r"Allianz)\s+(?:between|zwischen|of|von)\s+((?:⟨\d+:(?:Company|Organization)⟩(?:\s*,\s*|\s+(?:and|und)\s+)?){2,})")
AMONG_INVESTORS = re.compile(
    r"((?:(?:(?:the|der|die|das)\s+(?:[\w-]+\s+){1,2}?)?⟨\d+:(?:Company|Organization|Person)⟩(?:\s*,\s*|\s+(?:and|und)\s+)?)+)"
    r"(?:,\s+[^,⟨]{3,60},)?\s+(?:are|is|were|was|sind|ist|zählen|gehören)\s+"
    r"(?:also\s+|auch\s+)?(?:(?:among|unter|zu)\s+(?:its|their|den|seinen|ihren)\s+(?:[\w-]+\s+)?|(?:early|existing|major|"
    r"frühe|bisherige|große)\s+)(?:investors|backers|shareholders|Investoren|Geldgebern?|Anteilseignern?)")
FOUNDED_BY_PRONOUN = re.compile(
    r"⟨(\d+):(?:Company|Organization)⟩,\s+(?:(?:the|a|an|das|die|der|den|which|that)\s+(?:[\w-]+\s+|⟨\d+:Place⟩-based\s+){0,3}?|"
    r"(?:the\s+|das\s+|die\s+)?⟨\d+:(?:Company|Organization)⟩\s+)(?:he|she|er|sie)\s+"
    r"(?:also\s+|auch\s+|had\s+|has\s+)?(?:co-founded|founded|cofounded|started|set up|mitgegründet|gegründet|mitbegründet)\b")
_SCORE = r"[\d.,]+\s*(?:%|Prozent|percent|points|Punkte|Punkten)"
SCORE_AFTER = re.compile(rf"^(?:(?:'s|’s)\s+|(?:'s|’s)?\s*(?:\(|,?\s+(?:at|mit|with|bei|on|auf|:|scored|scores|reached|erreichte|erzielte|"
                         rf"kam auf|kommt auf)\s+(?:(?:about|rund|etwa|nur|only|just)\s+)?)){_SCORE}")
SCORE_BEFORE = re.compile(rf"{_SCORE}\s+(?:for|für|von|by)\s+(?:[\w'’-]+\s+)?$")
SCORE_ANY = re.compile(rf"{_SCORE}")
COMPARED_BEFORE = re.compile(r"(?i)\b(?:vor|hinter|unter|über|than|ahead of|behind|trailing|trails|below|above|compared with|"
                             r"gegenüber|von|of|by|wie|like|as|als)\s+(?:(?:den|dem|der|die|the|jenen)\s+)?(?:[\w,.%-]+\s+){0,4}?$")
INVEST_NO_TARGET = re.compile(r"⟨(\d+):(?:Company|Organization)⟩\s+(?:will|has|have|had|is|also|would|agreed to|plans to|wird|hat|will)?\s*"
                              r"(?:invest|committed|commit|put|putting in|pour|contributes|contributed|investieren|investiert|steckt|"
                              r"stecken|zugesagt)\s+"
                              r"(?:an additional|a further|another|up to|more than|about|roughly|weitere|bis zu|rund|etwa)?\s*[$€£\d]")
CUSTOMERS = re.compile(
    r"(?:(?:Zu|Unter)\s+den\s+(?:[\w-]+\s+){0,2}?(?:Kunden|Abnehmern|Großkunden|Partnern|Auftraggebern)\s+(?:[\w-]+\s+)?"
    r"(?:zählen|gehören|sind)\s+(?:auch\s+|unter anderem\s+)?|(?:customers|clients|buyers)\s+(?:include|including|such as|like)\s+"
    r"|(?:[\w-]*[Kk]unden|Abnehmer|[Aa]uftraggeber|customers|clients|buyers)\s*,\s+(?:darunter|wie|unter anderem|such as|including|like|"
    r"among them)\s+)"
    r"((?:(?:der|die|das|the)?\s*(?:[\w-]+\s+)?⟨\d+:(?:Company|Organization)⟩(?:\s*,\s*|\s+(?:und|and|sowie)\s+)?)+)")


USES_MODEL = compile_pattern(
    r"{CO}{G60}\b(?:licen[sc]\w*|lizenzier\w*|integrat\w*|integrier\w*|preinstall\w*|vorinstallier\w*|bundl\w*|"
    r"began offering|begun offering|started offering|now offers|bietet\s+(?:[\w-]+\s+){0,3}?an|relies on|relied on|runs on|"
    r"setzt\s+(?:[\w-]+\s+){0,6}?(?=[\w-]*\s*⟨)|setzte\s+(?:[\w-]+\s+){0,6}?(?=[\w-]*\s*⟨)|nutzt|nutzte|uses|used|"
    r"is using)\b{G60}{MPS}"
    r"|(?:lizenziert|lizenzierte|integriert|integrierte|nutzt|nutzte|verwendet|verwendete)\s+(?:[\w-]+\s+){0,2}?{CO}{G60}{MPS}")
# "Zu den Großaktionären zählen die Internetkonzerne Alibaba und Tencent", "Its backers include A and B", "counts Microsoft and
# ASML among its investors": investors of the company named before, or else of the company in focus
_INVESTOR_N = (r"(?:[Ii]nvestors|[Bb]ackers|[Ss]hareholders|[Ss]takeholders|[Ff]unders|Investoren|Geldgebern|Kapitalgebern|"
               r"Anteilseignern|Gesellschaftern|Aktionären|Großaktionären|Teilhabern|Eigentümern)")
_MEMBERS = r"((?:(?:der|die|das|the|its|seine\w*|ihre\w*)?\s*(?:[\w-]+\s+){0,4}?⟨\d+:(?:Company|Organization|Person)⟩(?:\s*,\s*|\s+(?:und|and|sowie)\s+)?)+)"
INVESTOR_LIST = re.compile(
    r"(?:(?:Zu|Unter)\s+(?:den|seinen|ihren)\s+(?:[\w-]+\s+){0,2}?" + _INVESTOR_N + r"\s+(?:[\w-]+\s+)?(?:zählen|zählt|gehören|gehört|"
    r"sind)\s+(?:auch\s+|unter anderem\s+|bereits\s+|bislang\s+)?"
    r"|" + _INVESTOR_N + r"\s+(?:include|included|including|such as|like)\s+"
    r"|" + _INVESTOR_N + r"\s*,\s+(?:darunter|wie|unter anderem|such as|including|like|among them)\s+)" + _MEMBERS)
INVESTOR_LIST_DE = re.compile(r"(?:Zu|Unter)\s+(?:den|seinen|ihren)\s+(?:[\w-]+\s+){0,2}?" + _INVESTOR_N + r"\s+(?:[\w-]+\s+)?(?:zählen|zählt|"
                              r"gehören|gehört|zählten|gehörten)\s+(?:auch\s+|unter anderem\s+|bereits\s+|bislang\s+)?((?:[^.;]|⟨\d+:\w+⟩)+)")
COUNTS_AMONG = re.compile(
    r"(?:counts|count|counted|numbers|lists)\s+" + _MEMBERS + r"\s*(?:,\s+)?among\s+(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(investors|backers|shareholders|customers|clients|partners)"
    # "Figure AI, which also counts BMW as a customer"
    r"|(?:counts|count|counted)\s+" + _MEMBERS + r"\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(investor|backer|shareholder|customer|client|partner)s?\b")
CUSTOMERS_DE = re.compile(r"(?:Zu|Unter)\s+den\s+(?:[\w-]+\s+){0,2}?(?:Kunden|Nutzern|Abnehmern|Großkunden|Anwendern|Auftraggebern)\b"
                          r"((?:[^.;⟨]|⟨\d+:\w+⟩){0,60}?)\b(?:zählen|zählt|zählten|gehören|gehört|gehörten)\b((?:[^.;⟨]|⟨\d+:\w+⟩)*)")
PERSON_PRONOUN = re.compile(r"^[„\"“]?(Er|He|She|Sie(?=\s+(?:soll|sagte|sagt|ist|war|hat|hatte|wird|leitet|führt|kündigte|"
                            r"erklärte|betonte|gründete|arbeitete|arbeitet|kam|kommt|wechselte|übernahm|bleibt)\b))\s")
# "Advanced Micro Devices (NASDAQ: AMD)", "Oracle (NYSE: ORCL)": a listing by its ticker
TICKER = re.compile(r"⟨(\d+):Company⟩\s*\(\s*⟨(\d+):(?:Organization|Place)⟩\s*:\s*(?:[A-Z][A-Z0-9.]{0,6}|⟨\d+:\w+⟩)\s*\)")
LISTED_SHARE = re.compile(r"(?:an der|on the|at the|in|an)\s+⟨(\d+):Organization⟩(?:-|\s+)(?:notierte\w*|gelistete\w*|listed|gehandelte\w*)\s+"
                          r"(?:[\w-]+\s+)?(?:Aktien?|Papiere|Titel|shares|stock)")
ANOTHER_RIVAL = re.compile(r"⟨(\d+):Company⟩,\s+(?:(?:another|also a|a fellow|ein weiterer|ein anderer|ebenfalls ein)\s+(?:[\w-]+\s+)?"
                           r"(?:competitor|rival|Konkurrent|Wettbewerber|Rivale)\b|(?:a|an)\s+(?:rival|competing)\s+[\w-]+\s+"
                           r"(?:provider|company|firm|lab|maker|chipmaker|developer|platform|service))")
# "Im Wettbewerb trifft das Unternehmen vor allem auf US-Rivalen: Midjourney aus San Francisco, OpenAI mit ... sowie Google"
COMPETE_VERB = re.compile(r"\b(?:konkurriert|konkurrieren|konkurrierte|competes|compete|competed|competing)\b")
# "Its five co-founders are CEO Karol Hausman; Sergey Levine, ...", "Hinter dem Unternehmen stehen A, B und C"
FOUNDERS_ARE = re.compile(r"(?:^|[.;:]\s+)(?:Its|Their|Seine|Ihre|Die)\s+(?:\w+\s+)?(?:co-founders|cofounders|founders|Gründer|Mitgründer|"
                          r"Gründerinnen|Mitgründerinnen)\s+(?:are|were|include|sind|waren|heißen)\b(.*)$")
MAKER_NOUN = re.compile(r"(?i)(?:maker|developer|creator|operator|Entwickler|Hersteller|Macher|Betreiber|Anbieter)s?$")
MAKER_OF = re.compile(r"\s+(?:of|von|des|der)\s+(?:(?:the|its|dem|des|der|seines|ihres)\s+)?(?:[\w-]+\s+){0,2}?⟨(\d+):(?:AIModel|Product)⟩")
# "Cognition, which sells the Devin agent", "Mistral, das den Chatbot Le Chat betreibt"
SELLS = re.compile(r"⟨(\d+):Company⟩,\s+(?:which|that)\s+(?:also\s+)?(?:sells|makes|builds|develops|offers|operates|runs|created|"
                   r"designs|markets)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?⟨(\d+):(?:AIModel|Product)⟩")
BUILT_IT = re.compile(r"\b(?:built|based|trained|fine-tuned|developed)\s+it\s+(?:on\s+top\s+of|on|from)\s+(?:(?:the|its|an?)\s+)?"
                      r"(?:[\w-]+\s+){0,2}?⟨(\d+):(?:AIModel|Product)⟩|\b(?:baut|basiert)\s+es\s+(?:[\w-]+\s+){0,2}?auf\s+"
                      r"(?:(?:dem|der|den|des)\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+):(?:AIModel|Product)⟩")
# "Reliance Industries has set up Reliance Intelligence, a joint venture with Meta Platforms"
JOINT_WITH = re.compile(r"⟨(\d+):(?:Company|Organization)⟩,\s+(?:a|an|the|ein|das|sein|its)\s+(?:[\w/-]+\s+)?(?:joint venture|"
                        r"Gemeinschaftsunternehmen|Joint Venture)\s+(?:with|mit)\s+((?:(?:der|dem|den|the)?\s*(?:[\w-]+\s+){0,2}?"
                        r"⟨\d+:(?:Company|Organization)⟩(?:\s*,\s*|\s+(?:and|und|sowie)\s+)?)+)")
# "Perplexity, IBM and the Mayo Clinic are also customers", "Zu seinen Kunden ...": customers of the company in focus
CUSTOMERS_ARE = re.compile(r"((?:(?:the|der|die|das)?\s*⟨\d+:(?:Company|Organization)⟩(?:\s*,\s*|\s+(?:and|und|sowie)\s+)?){1,}"
                           r"(?:(?:the|der|die|das)\s+)?(?:[A-ZÄÖÜ][\w&-]+(?:\s+[A-ZÄÖÜ][\w&-]+){0,2})?)\s+"
                           r"(?:are|were|sind|waren|zählen|gehören)\s+(?:also\s+|auch\s+|ebenfalls\s+)?(?:(?:among|zu)\s+)?"
                           r"(?:its\s+|their\s+|seinen\s+|ihren\s+|den\s+)?(?:[\w-]+\s+)?(?:customers|clients|Kunden)\b")
# "has positioned itself as a privacy-focused alternative to OpenAI and Anthropic"
ALTERNATIVE_TO = compile_pattern(r"{X}{G80}\b(?:alternative|Alternative|answer|Antwort|challenger|Herausforderer)\s+(?:to|zu|auf)\s+"
                                 r"(?:(?:der|dem|den|the)\s+)?(?:[\w-]+\s+){0,2}?{XS}")
# "keeping pace with rivals OpenAI, Google and Anthropic": an English plural noun after a preposition names a list
RIVALS_EN = re.compile(r"\b(?:with|against|than|of|from|to|like|by|including|among|while|as|whereas|and)\s+(?:(?:its|their|the|larger|bigger|smaller|"
                       r"US|American|Chinese|European|[\w-]+-based)\s+)*(?:rivals|competitors)\s+"
                       r"((?:⟨\d+:(?:Company|Organization)⟩(?:\s*,\s*|\s+(?:and|or)\s+)?)+)")
GILT_RIVAL = re.compile(r"⟨(\d+):(?:Company|AIModel|Product)⟩\s+(?:gilt|galt)\s+(?:[\w-]+\s+){0,3}?als\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:Konkurrent|Rivale|Wettbewerber|Herausforderer)(?!\w|\s+(?:von|des|der|für|zu|im|in|auf)\b)"
                        r"|\b(?:gilt|galt)\s+⟨(\d+):(?:Company|AIModel|Product)⟩\s+als\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:Konkurrent|Rivale|Wettbewerber|Herausforderer)(?!\w|\s+(?:von|des|der|für|zu|im|in|auf)\b)")
DEAL_COLON = re.compile(r"(?:[\w-]*(?:[Vv]erträge|[Vv]ertrag|[Pp]artnerschaften|[Aa]bkommen|[Vv]ereinbarungen|[Kk]ooperationen|"
                        r"[Dd]eals|[Aa]greements|[Cc]ontracts|[Pp]artnerships))\b[^.;:⟨]{0,80}:\s+((?:[^.;]|⟨\d+:\w+⟩)+)")
INDEX_MEMBER = re.compile(r"(?:\b(?:Werten|Titeln|Aktien|Gewinnern|Verlierern|Schlusslicht|Spitzenreiter|Favoriten|Spitze|Ende|"
                          r"stieg|stiegen|fiel|fielen|legte|legten|verlor|verloren|gewann|gewannen|sank|sanken|kletterte|kletterten|"
                          r"members|stocks|gainers|losers|performers|top)\s+(?:im|des|in the|of the|on the)\s+(?:[\w-]+\s+)?|"
                          r"(?:\b[Ii]m|\b[Ii]n\s+the|\b[Oo]n\s+the|\bauf\s+dem)\s+(?:(?:Leitindex|Nebenwerteindex|Technologieindex|"
                          r"Index|index|benchmark|Auswahlindex)\s+)?)⟨(\d+):StockIndex⟩|"
                          r"⟨(\d+):StockIndex⟩-(?:Spitze|Schwergewicht\w*|Wert\w*|Titel\w*|Mitglied\w*|Konzern\w*|Unternehmen\w*)")
LISTED_MEMBER = re.compile(
    r"⟨\d+:Company⟩,\s+(?:der|die|das|which|that)\s+(?:[\w-]+\s+){0,2}?(?:im|in the|on the|an der)\s+⟨\d+:(?:StockIndex|Organization)⟩"
    r"(?:\s+(?:und|and|sowie)\s+(?:im|in the|on the|an der)\s+⟨\d+:(?:StockIndex|Organization)⟩)*\s+(?:gelistet|notiert|enthalten|listed|"
    r"included|traded)"
    r"|(?:an die|an der|on the)\s+⟨\d+:(?:StockIndex|Organization)⟩\s+(?:gegangene\w*|gewechselte\w*|notierte\w*|listed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:⟨\d+:Company⟩(?:\s*,\s*|\s+(?:und|and|sowie)\s+)?)+"
    r"|⟨\d+:Company⟩,\s+(?:which|that)\s+(?:trades|is traded|is listed|listed|went public)\s+on\s+(?:the\s+)?⟨\d+:(?:StockIndex|Organization)⟩")
LISTED_STOCK = re.compile(r"\b(?:The|Its|Die|Seine|Ihre)\s+⟨(\d+):(?:Organization|StockIndex)⟩-(?:listed|notierte)\s+(?:stock|shares|Aktie|Papiere)")
# a description after a comma, possibly naming a place or standing for a company: "the Silicon Valley chipmaker", "⟨coref⟩"
DESC = r"(?:(?:the|a|an)\s+(?:[^,⟨;]|⟨\d+:Place⟩){0,60}?\s*)?(?:⟨\d+:Company⟩\s+)?"
STAKE_NO_TARGET = re.compile(r"⟨(\d+):(?:Company|Organization)⟩\s+(?:(?:also|had|has|then|later|auch|ebenfalls)\s+)*(?:took|takes|has taken|"
                             r"had taken|bought|acquired)\s+(?:a|an)\s+(?:[\w-]+\s+)?stake(?!\s+(?:in|of)\s+⟨)\b"
                             r"|⟨(?P<de>\d+):(?:Company|Organization)⟩\s+(?:beteiligt|beteiligte)\s+sich\s+(?:ebenfalls\s+|auch\s+)?mit\s+[\d,.]+")
SHAREHOLDER_CLAUSE = re.compile(r"⟨(\d+):(?:Company|Organization)⟩,\s+" + DESC + r"(?:that|which|who)\s+"
                                r"(?:is|was|has been|remains)\s+(?:also\s+)?(?:one of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
                                r"(?:shareholders?|investors?|backers?|owners?)\b")
FOUNDER_LIST = re.compile(r"^[„\"]?(?:(?:Seine|Ihre|Its|Their)\s+(?:beiden\s+|two\s+|drei\s+|three\s+)?|(?:Zu|Unter)\s+den\s+(?:[\w-]+\s+)?)"
                          r"(?:Mitgründer(?:innen|n)?|Gründer(?:innen|n)?|Mitbegründer(?:n)?|[Cc]o-?founders|[Ff]ounders)\s+"
                          r"(?:(?:zählen|zählt|gehören|gehört|zählten|gehörten)\s+(?:auch\s+)?)?((?:[\w-]+\s+)?⟨\d+:Person⟩"
                          r"(?:(?:\s*,[^,.;⟨]{0,40},)?(?:\s*,\s*|\s+(?:und|and)\s+)(?:[\w-]+\s+)?⟨\d+:Person⟩)*)")
CAME_FROM = re.compile(r"(?:[^.;⟨]{0,30}?)\b(?:kamen|kam|came|wechselten|wechselte|moved)\s+(?:beide\s+|both\s+|alle\s+)?(?:von|vom|from)\s+"
                       r"(?:(?:der|dem|the)\s+)?⟨(\d+):(?:Company|Organization)⟩")
BIGGEST_INVESTOR = re.compile(r"⟨(\d+):(?:Company|Organization)⟩\s+(?:ist|war|bleibt|is|was|remains)\s+(?:[^⟨.;]{0,50}?\s)?(?:der|die|the|its|"
                              r"sein\w*|ihr\w*)\s+(?:größte|wichtigste|largest|biggest|main|major|key)\w*\s+(?:Geldgeber|Investor|Anteilseigner|"
                              r"Aktionär|investor|backer|shareholder)\w*(?!\w|\s+(?:von|des|der|of|in|bei|an)\b)")
POSSESSIVE_PRODUCT = re.compile(r"\b(?:sein|seine|seinem|seinen|seines|seiner|ihr|ihre|ihrem|ihren|ihres|ihrer)\s+"
                                r"(?:(?:eigene\w*|neue\w*|nächste\w*|jüngste\w*|hauseigene\w*|humanoide\w*|[\w-]+(?:en|er|es|em|e))\s+)?"
                                r"[A-ZÄÖÜ][\w-]*\s+⟨(\d+):(?:AIModel|Product)⟩")
FOUNDED_HAVE = re.compile(r"^[„\"]?(?:Gegründet|Mitgegründet)\s+(?:haben|hat|hatten|hatte)\s+⟨(\d+):(?:Company|Organization)⟩(.*)$")
RELATIVE_BETWEEN = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen|who|which)\s[^,]*,")
RIVAL_COLON = re.compile(r"(?:[Rr]ivalen|[Kk]onkurrenten|Wettbewerbern?|[Rr]ivals|[Cc]ompetitors)\s*:\s+(.+)$")
# "DeepL, das mit Google Translate und zunehmend auch mit den Sprachfunktionen von ChatGPT konkurriert"
REL_COMPETE = re.compile(r"⟨(\d+):(?:Company|AIModel|Product)⟩,\s+(?:das|der|die)\s+((?:[^.;⟨]|⟨\d+:\w+⟩){0,160}?)\bkonkurrier\w*")
# "Kern der Offensive ist eine erweiterte Partnerschaft mit Mistral AI": a deal of the company in focus
PARTNER_NOUN = compile_pattern(
    r"(?<![\w-])(?:[\w-]*[Pp]artnerschaft(?:en)?|Kooperation(?:en)?|Zusammenarbeit|[Pp]artnerships?|[Cc]ollaborations?|[Aa]lliances?|Allianz(?:en)?|"
    r"[\w-]*[Ll]iefervertrag|[\w-]*[Vv]ertrag|[\w-]*[Cc]ontract|[Aa]greement)\s+(?:[\w-]+\s+){0,3}?(?:mit|with)\s+"
    r"(?:(?:der|die|das|den|dem|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?{XS}")
# "Kingsoft Cloud, das Moonshot Rechenkapazität liefert", "Broadcom, der Google beim Design der Chips unterstützt"
REL_SUPPLY = compile_pattern(
    r"{X},\s+(?:das|der|die|which|that)\s+{X}\s+(?:[\w-]+\s+){0,8}?(?:liefert|beliefert|lieferte|unterstützt|unterstützte|"
    r"berät|versorgt|supplies|supplied|provides|provided|supports|helps)\b")
# "die Deutsche Telekom betreibt gemeinsam mit Nvidia eine KI-Fabrik", "Meta, which sells glasses together with EssilorLuxottica"
TOGETHER_WITH = compile_pattern(
    r"{X}(?:,\s+(?:which|that|das|der|die))?\s+(?:also\s+|auch\s+)?(?:betreibt|baut|errichtet|entwickelt|plant|bietet|vertreibt|verkauft|"
    r"operates|builds|runs|sells|develops|offers|makes|launched|launches|started|starts|founded|set up|sets up|established|"
    r"created|formed)\w*\s+(?:(?:[\w-]+|⟨\d+:(?:Company|Organization|Place|Product)⟩)\s+){0,6}?(?:gemeinsam|zusammen|together|jointly)\s+(?:mit|with)\s+"
    r"(?:(?:der|die|das|den|dem|the)\s+)?(?:[\w-]+\s+){0,2}?{XS}"
    r"|(?:betreibt|baut|errichtet|entwickelt|bietet|vertreibt|verkauft|plant)\s+(?:der|die|das)?\s*{X}\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gemeinsam|zusammen)\s+mit\s+(?:(?:der|die|das|den|dem)\s+)?(?:[\w-]+\s+){0,2}?{XS}")
COMPETITOR_APPOSITION = re.compile(
    r"(?<!⟩-)(?<![\w-])(?:[A-ZÄÖÜ][\w]*-|(?:Lokal|Haupt|Erz|Dauer|Branchen|Markt)(?=[rk]))?(?:Konkurrenten|Konkurrent|rivalen|rivale|konkurrenten|konkurrent|Rivalen|Rivale|Wettbewerbers|Wettbewerber|Erzrivalen|Erzrivale|"
    r"[Rr]ival|[Cc]ompetitor|[Aa]rch-rival)\s+⟨(\d+):(?:Company|AIModel|Product)⟩")
# "Das Modell könne mit GPT-5 von OpenAI und Gemini 2.5 Pro mithalten", "liege gleichauf mit GPT-5.2", "erreicht nahezu das Niveau von
# Claude Opus 4.5", "Es tritt gegen EXAONE 4.0 ... an", "is on par with", "aimed squarely at Qwen3-Max and at DeepSeek-V3.2": a model
# measured against rival models
MODEL_MATCH = re.compile(
    r"\b(?:gleichauf|gleichziehen|auf Augenhöhe|auf einem Niveau|auf dem Niveau|vergleichbar|konkurrenzfähig|wettbewerbsfähig)\s+mit\s+"
    r"|\b(?:das|dem)\s+(?:[\w-]+\s+)?Niveau\s+(?:von|des|der)\s+"
    r"|\b(?:tritt|treten|trat|traten)\s+(?:[\w-]+\s+){0,3}?gegen\s+"
    r"|\bmit\s+(?=(?:[^.;⟨]{0,30}?⟨\d+:AIModel⟩)(?:[^.;]{0,120}?)\b(?:mithalten|mithält|mithielt|mithalte|gleichziehen|zieht gleich)\b)"
    r"|\b(?:on par with|comparable to|level with|neck and neck with|head-to-head with|competitive with|keeps? pace with|kept pace with|"
    r"keeps? up with|kept up with|goes up against|went up against|take on|takes on|took on|(?:is|was|are)\s+(?:[\w-]+\s+)?aimed\s+"
    r"(?:squarely\s+|directly\s+)?at|rivals|rivalled|rivaled|matches|matched|roughly matched|roughly matches)\s+")
MODEL_MATCH_END = re.compile(r";|\s(?:but|while|whereas|although|though|aber|während|jedoch|doch)\s|,\s+(?:which|that)\s|"
                             r",\s+(?:der|die|das)\s+(?=[a-zäöü])")
RIVAL_LIST = compile_pattern(
    r"(?<![\w-])(?:(?:closest|biggest|largest|main|chief|nearest|fiercest|engsten|größten|wichtigsten|härtesten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rivals?|competitors?|challengers?|Konkurrenten|Rivalen|Wettbewerbern?|Herausforderer)\s*,?\s+"
    r"|(?:[Rr]ivals?|[Cc]ompetitors?|Konkurrenten|Rivalen|Wettbewerbern?|Anbietern?)\s*,?\s+(?:such as|like|including|wie|darunter|namely|"
    r"unter anderem)\s+"
    r"|(?<![Kk]eine )(?:Konkurrenz|Wettbewerb|[Cc]ompetition)\s+(?:von|durch|from|mit|with)\s+(?:(?:der|dem|den|the)\s+)?"
    r"|(?:[Ii]m\s+Wettbewerb|[Ii]n\s+Konkurrenz|[Ii]n\s+competition|[Rr]ivalry|[Rr]ace|[Bb]attle|[Ff]ight|gap)\s+(?:mit|with|gegen|against)\s+"
    r"(?:(?:der|dem|den|the)\s+)?)"
    r"{XS}")
PRODUCT_VARIANT = re.compile(r"^\s(Studio|Pro|Max|Plus|Ultra|Enterprise|Mini|Air|Business|Code|Vision|Agents?|Flash|Small|"
                             r"Med|Fin|Health|Edge|Image|Video|Voice|Audio|Kontext|Realtime|Research|"
                             r"Medium|Large|"
                             r"Lite|Turbo|Nano|Omni|Sonnet|Opus|Haiku|Reasoner|Coder|Instruct|Preview)(?![\w-])")
# "Perplexity Pro", "DeepSeek-App", "DeepL Voice": a product named as its maker plus a product word
COMPANY_PRODUCT = re.compile(r"^(?:\s|-)(Pro|Plus|Max|Premium|Assistant|Voice|App|app|Studio|Browser|Enterprise)(?![\w-])")
# "GPT-5.1" after the known "GPT-5": a minor version written without a space
MINOR_VERSION = re.compile(r"\.\d{1,2}(?![\d,])(?!\.\d)")
VERSION_AFTER = re.compile(rf"^(?:'s|’s)?[\s-]({VERSION}(?:[-\s]{VARIANT})*)(?![\w-])")


class _Registry:
    """The document's entities, keyed by canonical name."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def add(self, m: Mention, entry: LexiconEntry | None) -> Entity:
        e = self.entities.get(m.name)
        if e is None:
            e = Entity(iri=str(entity_iri(m.name)), name=m.name, type=m.type,
                       aliases=[a for a in (entry.aliases if entry else []) if a != m.name],
                       wikidata=entry.wikidata if entry else None,
                       confidence=1.0 if (entry is not None and entry.source != "context") else 0.7)
            self.entities[m.name] = e
        if m.method != "coref" and m.text not in e.mentions:
            e.mentions.append(m.text)
        if m.method != "lexicon" or m.text != m.name:
            res = {"mention": m.text, "method": m.method, "score": m.score, "reason": m.reason}
            if res not in e.resolutions and (m.method != "lexicon" or m.reason):
                e.resolutions.append(res)
        return e


def _merge_maker_mentions(mentions: list[Mention], lex: Lexicon, text: str, sentences: list[Sentence]) -> list[Mention]:
    """A company directly followed by one of its models or a version ("DeepSeaks R1", "OpenAI o1") is one
    mention of the model, made by that company."""
    out: list[Mention] = []
    ms = sorted(mentions, key=lambda m: m.start)
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        entry = m.extra.get("entry")
        for _ in range(2):
            m, entry = _extend_model(m, entry, nxt, lex, text)
        if m.type == "AIModel" or m.type == "Product":
            # a model whose written name starts with its maker: "OpenAI o1"
            if entry is not None and entry.maker:
                maker = lex.get(entry.maker)
                forms = [norm_key(f) for f in (maker.surface_forms if maker else [entry.maker])]
                k = norm_key(m.text)
                if any(k.startswith(f + " ") or k.startswith(f + "s ") for f in forms if f):
                    m.maker = entry.maker
        if m.type == "Company":
            gap_next = text[m.end:nxt.start] if nxt is not None else None
            if nxt is not None and nxt.type in ("AIModel", "Product") and gap_next in (" ", "'s ", "’s ", "-"):
                nentry = nxt.extra.get("entry")
                after_next = ms[i + 2] if i + 2 < len(ms) else None
                for _ in range(2):  # "Anthropic's Claude Sonnet 4.5": the model's own version first
                    nxt, nentry = _extend_model(nxt, nentry, after_next, lex, text)
                if nentry is not None and nentry.maker == m.name:
                    out.append(_with_maker(m, nxt.end, nxt.name, nxt.type, nentry, text,
                                           (m.reason + "; " if m.reason else "") + f"model {nxt.text!r} named with its maker"))
                    i += 2
                    continue
            if nxt is not None and nxt.type == "AIModel" and gap_next in ("-", " ") and nxt.method == "context" and \
                    getattr(nxt.extra.get("entry"), "maker", None) in (None, m.name):
                # "MiniMax-M2.5" where "M2.5" was recognised as a model name of its own
                out.append(_with_maker(m, nxt.end, nxt.name, nxt.type, nxt.extra.get("entry"), text,
                                       f"model {nxt.text!r} named with its maker", method="maker", score=nxt.score))
                i += 2
                continue
            va = VERSION_AFTER.match(text[m.end:m.end + 40])
            if va and (nxt is None or nxt.start >= m.end + va.end()) and re.search(r"[A-Za-z]", va.group(1)) \
                    and not re.fullmatch(r"(?:19|20)\d\d", va.group(1)):
                token = va.group(1)
                found = lex.lookup(norm_key(f"{m.name} {token}"))
                written = re.sub(r"(?:'s|’s|s)$", "", m.text) if m.method == "lexicon" else m.name
                if m.method == "lexicon" and lex.lookup(norm_key(written)) is None:
                    written = m.name
                name = found.name if found is not None else f"{written} {token}"
                typ = found.type if found is not None else "AIModel"
                out.append(_with_maker(m, m.end + va.end(), name, typ, found, text,
                                       (m.reason + "; " if m.reason else "") + f"version {token!r} after its maker"))
                i += 1
                continue
            cp = COMPANY_PRODUCT.match(text[m.end:m.end + 20])
            if cp and (nxt is None or nxt.start >= m.end + cp.end()) and m.text == m.name:
                name = m.name + cp.group(0)
                found = lex.lookup(norm_key(name))
                if found is None or found.type in MP:
                    out.append(_with_maker(m, m.end + cp.end(), found.name if found else name, "Product", found, text,
                                           f"product {cp.group(1)!r} named with its maker"))
                    i += 1
                    continue
        out.append(m)
        i += 1
    return out


def _abbreviation(entry: LexiconEntry, text: str) -> str | None:
    """The short form a new organisation's name is introduced with: "China Galaxy Securities (CGS)"."""
    if entry.type not in ORG or len(entry.name.split()) < 2:
        return None
    m = re.search(re.escape(entry.name) + r"\.?\s*\(([A-Z][A-Za-z&]{1,7})\)", text)
    if m is None or re.fullmatch(r"(?:NASDAQ|NYSE|Nasdaq|XETRA|Xetra|HKEX|LSE|SIX|TSE|KRX|SSE|SZSE|ETR|FRA)", m.group(1)):
        return None
    initials = "".join(w[0] for w in entry.name.split() if w[:1].isupper())
    return m.group(1) if m.group(1)[0] == initials[:1] or m.group(1).upper() in entry.name.upper().replace(" ", "") else None


def _with_maker(m: Mention, end: int, name: str, typ: str, entry: LexiconEntry | None, text: str, reason: str,
                method: str | None = None, score: float | None = None) -> Mention:
    """One mention of a model written with its maker ``m`` in front ("OpenAI o1", "MiniMax-M2.5")."""
    merged = Mention(m.start, end, text[m.start:end], name, typ, m.sentence,
                     method or ("maker" if m.method == "lexicon" else m.method), m.score if score is None else score,
                     reason, maker=m.name)
    merged.extra["entry"] = entry
    merged.extra["maker_mention"] = m
    return merged


def _extend_model(m: Mention, entry: LexiconEntry | None, nxt: Mention | None, lex: Lexicon, text: str
                  ) -> tuple[Mention, LexiconEntry | None]:
    """A known model or product followed by a version or variant it does not list ("Mistral Large 2",
    "Claude Opus 4.1", "Copilot Studio") is a new, distinct entity of the same maker."""
    if m.type not in ("AIModel", "Product") or entry is None:
        return m, entry
    after = text[m.end:m.end + 40]
    app = re.match(r"(?:\s|-)(?:App|app)(?![\w-])", after)
    if app is not None and (nxt is None or nxt.start >= m.end + app.end()) and m.text == m.name:
        # "Gemini app", "Qwen-App": the app that serves a model is a product of the same maker
        name = m.name + app.group(0)
        found = lex.lookup(norm_key(name))
        ext = Mention(m.start, m.end + app.end(), text[m.start:m.end + app.end()], found.name if found else name,
                      "Product", m.sentence, m.method if found else "context", m.score if found else 80.0,
                      m.reason if found else f"the app of {m.name!r}", maker=None)
        ext.extra["entry"] = found or LexiconEntry(name, "Product", [], None, entry.maker, "context")
        return ext, ext.extra["entry"]
    va = VERSION_AFTER.match(after) if m.type == "AIModel" else None
    if va is not None:
        token = va.group(1)
        rest = text[m.end + va.end():m.end + va.end() + 25]
        plausible = re.search(r"[A-Za-z]", token) or (re.fullmatch(r"\d{1,2}(?:\.\d+)?", token)
                                                     and not va.group(0).startswith(("'", "’")))  # "Gemini 3 Pro's 91.9%"
        if not plausible or re.match(r"[\d.,]*\s*(?:%|Prozent|percent|Milliarden|Millionen|billion|million|Parameter|"
                                     r"parameters|Punkte|points|Euro|Dollar|US-Dollar)", rest, re.I):
            va = None
    vw = PRODUCT_VARIANT.match(after)
    minor = MINOR_VERSION.match(after) if m.type == "AIModel" and re.search(r"\d$", m.text) else None
    match, word = (va, va.group(1)) if va is not None else ((vw, vw.group(1)) if vw is not None else (None, ""))
    if minor is not None:
        match, word = minor, minor.group(0)
    if match is None or (nxt is not None and nxt.start < m.end + match.end()):
        return m, entry
    name = f"{m.name}{word}" if minor is not None else f"{m.name} {word}"
    found = lex.lookup(norm_key(name))
    if found is not None and found.type not in ("AIModel", "Product"):
        return m, entry
    end = m.end + match.end()
    ext = Mention(m.start, end, text[m.start:end], found.name if found else name, m.type, m.sentence,
                  m.method if found else "context", m.score if found else 80.0,
                  m.reason if found else f"{word!r} after the known {m.type} {m.name!r}", maker=None)
    ext.extra["entry"] = found or LexiconEntry(name, m.type, [], None, entry.maker, "context")
    return ext, ext.extra["entry"]


# "München (dpa-AFX) –", "SAN FRANCISCO, March 3 (Reuters) -": the agency credited in a dateline is no party to the news
DATELINE = re.compile(r"^\s*(?:[A-ZÄÖÜ][\w.'’/-]*(?:[ /-][A-ZÄÖÜ][\w.'’-]*){0,3}\s*,?\s*)?(?:[\w.]+\s+\d{1,2}\.?,?\s*(?:\d{4}\s*)?|"
                      r"\d{1,2}\.\s*\w+\s*(?:\d{4}\s*)?)?\(([^()]{2,40})\)\s*[-–—:]"
                      # "MENLO PARK, California, April 29, 2026 (Reuters) -": a longer place and date before the agency
                      r"|^\s*[^()\n.;]{0,70}?\(([A-Za-zÄÖÜäöüß&. -]{2,40})\)\s*[-–—]")


def _all_mentions(sentences: list[Sentence], lex: Lexicon, text: str,
                  pieces: list[list[tuple[int, int, str]]] | None = None) -> list[Mention]:
    ms = find_mentions(sentences, lex, text, pieces)
    ms += fuzzy_mentions(sentences, lex, text, ms)
    return _merge_maker_mentions(ms, lex, text, sentences)


LIST_TAIL = re.compile(r"^\s+(?:und|and|sowie|or|oder)\s+([A-ZÄÖÜ][\w&.-]+(?:\s[A-ZÄÖÜ][\w&.-]+)?)(?=[\s,.;:!?)]|$)")


def _listed_companies(mentions: list[Mention], text: str, registry: "_Registry") -> list[Mention]:
    """An unknown name closing a list of companies is a company ("mit Google, ElevenLabs und Picsart")."""
    out: list[Mention] = []
    ms = sorted(mentions, key=lambda m: m.start)
    starts = {m.start for m in ms}
    for i, m in enumerate(ms):
        if m.type != "Company" or i == 0 or ms[i - 1].type != "Company":
            continue
        if not re.fullmatch(r"\s*,\s*", text[ms[i - 1].end:m.start]):
            continue
        tail = LIST_TAIL.match(text[m.end:m.end + 60])
        if tail is None:
            continue
        name = tail.group(1).rstrip(".")
        a = m.end + tail.start(1)
        if a in starts or name.split()[0] in STOP_CAPS or len(name) < 3:
            continue
        new = Mention(a, a + len(name), name, name, "Company", m.sentence, "context", 60.0, "listed with companies")
        new.extra["entry"] = LexiconEntry(name, "Company", [], None, None, "context")
        registry.add(new, new.extra["entry"])
        out.append(new)
    return out


# "Aleph Alpha in Heidelberg", "des Softwareriesen aus Redmond", "Google DeepMind's London headquarters": a company
# and its city, side by side
ORG_IN_CITY = re.compile(r"⟨(\d+):(?:Company|Organization)⟩(?:\s+(?:in|aus)\s+⟨(\d+):Place⟩(?=\s*[,.;)]|\s+(?:und|and|sowie|or|oder)\s)"
                         r"|(?:'s|’s)\s+⟨(\d+):Place⟩\s+(?:headquarters|head office|campus|Zentrale|Hauptsitz))")
# "Polarise, ein Start-up mit Sitz in München", "Google DeepMind, the London-based AI unit of Alphabet"
SEAT_APPOSITION = re.compile(r"⟨(\d+):(?:Company|Organization)⟩,\s+(?:a|an|the|ein|eine|einem|einer|der|die|das)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:mit (?:Haupt)?[Ss]itz in|based in|headquartered in|ansässig in|aus)\s+⟨(\d+):Place⟩(?=\s*[,.;)]|\s+(?:und|and)\s)"
                             r"|⟨(\d+):(?:Company|Organization)⟩,\s+(?:a|an|the)\s+⟨(\d+):Place⟩-based\b"
                             # "..., the San Francisco-based AI startup said": the subject of "said", no apposition
                             r"(?!\s+(?:[\w-]+\s+){0,3}?(?:said|says|announced|told|reported)\b)")
REGIONS = {"Texas", "Kalifornien", "California", "Bayern", "Bavaria", "Baden-Württemberg", "Nordrhein-Westfalen", "Hessen",
           "Sachsen", "New York State", "Silicon Valley", "Europa", "Europe", "Asien", "Asia", "Afrika", "Africa", "Ontario",
           "Quebec", "Guangdong", "Zhejiang", "Jiangsu", "Florida", "Washington State", "Arizona", "Ohio", "Virginia", "Oregon",
           "Massachusetts", "Georgia", "Nevada", "Utah", "Wisconsin", "Louisiana", "Tennessee", "North Carolina", "Indiana"}


def _persons_company(named: list[Mention], s: Sentence, a0: int, desc: str, relations: dict) -> str | None:
    """The company a generic description ("das Unternehmen", "the company") stands for when the sentence's subject is a
    person already known as its chief or founder."""
    if not re.fullmatch(r"(?i)(?:das|dem|des|the|die)\s+(?:Unternehmen|company|Firma|firm|Start-?up|startup)s?", desc.strip()):
        return None
    first = min(named, key=lambda m: m.start, default=None)
    if first is None or first.type != "Person" or first.end > a0 or not re.fullmatch(r"[\s„\"“]*", s.text[:first.start - s.start]):
        return None
    for (a, p, b) in relations:
        if p == "ceoOf" and a == first.name:
            return b
    for (a, p, b) in relations:
        if p == "foundedBy" and b == first.name:
            return a
    return None


def _city_of(lex: Lexicon, stem: str) -> LexiconEntry | None:
    """The place a German city adjective names, from its stem without "-er": "Walldorf", "Ditzing" (Ditzingen),
    "Tokiot" (Tokio), "Münchn" (München)."""
    for cand in (ADJ_EXCEPTIONS.get(stem, stem), stem + "en", stem[:-1] if stem.endswith("t") else None):
        place = lex.lookup(norm_key(cand)) if cand else None
        if place is not None and place.type == "Place":
            return place
    return None


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Country and region names in German and English (Babel's CLDR data): "in Deutschland" is no seat."""
    from babel import Locale

    names = set()
    for lang in ("de", "en"):
        names |= {n for n in Locale(lang).territories.values()}
    return frozenset(names | {"USA", "US", "U.S.", "UK", "EU", "China", "Hongkong", "Hong Kong"} | REGIONS)


def _add_investment(drafts: list[EventDraft], investor: Mention, company: Mention, date_text: str | None = None) -> None:
    """An Investment of ``investor`` in ``company``, unless the sentence already has one by that investor."""
    if not any(d.type == "Investment" and d.subject.name == investor.name for d in drafts):
        drafts.append(EventDraft("Investment", investor, company, date_text=date_text, confidence=0.6))


def _kind(m: Mention) -> str:
    """What a mention can compete with: organisations with organisations, models and products with each other."""
    return "Company" if m.type in ORG else "AIModel"


def _launch_near(text: str, s: Sentence, a: Mention, b: Mention) -> bool:
    """Is a launch verb stated between maker and product, or just after them (German verb-final)?"""
    lo = max(s.start, min(a.start, b.start) - 10)
    hi = min(s.end, max(a.end, b.end) + 60)
    return RELEASE_WORDS.search(text[lo:hi]) is not None


def _event_iri(doc: Document, typ: str, subject: str, ev: Evidence, extra: str = "") -> str:
    h = hashlib.sha256(f"{typ}|{subject}|{ev.start}|{ev.end}|{extra}".encode()).hexdigest()[:16]
    return f"{doc.iri}/event/{h}"


INVERSE_FUNDING = True


class _Relations(dict):
    """The document's relations by (subject, predicate, object) name, with two indexes kept up to date as facts are
    added, replaced and dropped: the pairs of names any fact joins, and the facts by the start of their evidence
    sentence. Each sentence asks both; recomputing them from all facts made long articles quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self._pairs: dict[frozenset[str], int] = {}
        self._by_start: dict[int, dict[tuple[str, str, str], Relation]] = {}

    def __setitem__(self, key: tuple[str, str, str], rel: Relation) -> None:
        old = self.get(key)
        if old is None:
            pair = frozenset((key[0], key[2]))
            self._pairs[pair] = self._pairs.get(pair, 0) + 1
        else:
            self._by_start[old.evidence.start].pop(key, None)
        super().__setitem__(key, rel)
        self._by_start.setdefault(rel.evidence.start, {})[key] = rel

    def __delitem__(self, key: tuple[str, str, str]) -> None:
        rel = self[key]
        super().__delitem__(key)
        self._by_start[rel.evidence.start].pop(key, None)
        pair = frozenset((key[0], key[2]))
        self._pairs[pair] -= 1
        if not self._pairs[pair]:
            del self._pairs[pair]

    def related(self) -> set[frozenset[str]]:
        """The pairs of names some fact joins (in either direction)."""
        return set(self._pairs)

    def of_sentence(self, start: int) -> list[tuple[tuple[str, str, str], Relation]]:
        """The facts whose evidence is the sentence starting at ``start``, in the order they were added."""
        return list(self._by_start.get(start, {}).items())


def extract(doc: Document, *, lexicons: Sequence[Path] = ()) -> Extraction:
    """Entities, relations, attributes and events of one document, each with its evidence."""
    text = doc.text
    lang = doc.language or "de"
    sentences = split_sentences(text)
    lex = load_lexicon(lexicons).copy()
    for entry, reason in discover(sentences, lex, text):
        entry.aliases = []
        abbr = _abbreviation(entry, text)
        if abbr is not None:
            known = lex.lookup(norm_key(abbr))
            if known is not None and known.type in ORG:
                # "Semiconductor Manufacturing International Corp. (SMIC)": the long form of a known name
                lex.add(LexiconEntry(known.name, known.type, [entry.name], None, None, known.source))
                continue
            if known is None:
                entry.aliases = [abbr]
        lex.add(entry)
        entry.extra_reason = reason  # type: ignore[attr-defined]
    shared_surnames(sentences, lex)
    pieces = sentence_pieces(sentences)
    mentions = _all_mentions(sentences, lex, text, pieces)
    # names in the order the article first mentions them: a shared surname goes to the person named first
    expand_doc_aliases(lex, list(dict.fromkeys(m.name for m in sorted(mentions, key=lambda m: m.start))))
    mentions = _all_mentions(sentences, lex, text, pieces)

    registry = _Registry()
    for m in mentions:
        entry = m.extra.get("entry")
        if entry is not None and entry.source == "context" and m.method == "context":
            m.reason = getattr(entry, "extra_reason", "") or "recognised from context"
            m.score = 70.0
        registry.add(m, entry)
        mm = m.extra.get("maker_mention")
        if mm is not None:
            registry.add(mm, mm.extra.get("entry"))

    mentions += _listed_companies(mentions, text, registry)
    place_mentions = [m for m in mentions if m.type == "Place"]
    by_sentence: dict[int, list[Mention]] = {}
    # the agency of a dateline is an entity of the article but takes part in none of its facts
    credits = [(s.start + d.start(g), s.start + d.end(g)) for s in sentences if (d := DATELINE.match(s.text))
               for g in (1, 2) if d.group(g)]
    for m in mentions:
        if not any(a <= m.start and m.end <= b for a, b in credits):
            by_sentence.setdefault(m.sentence, []).append(m)

    out = Extraction(document=doc)
    relations = _Relations()
    guessing = not os.environ.get("KG_NO_GUESS")  # KG_NO_GUESS=1: rules only, no worded or learned guesses
    events: list[Event] = []
    attrs: dict[tuple[str, str], Attribute] = {}
    salience = Salience()
    released_by: dict[str, list[str]] = {}  # maker name -> model names, as found so far
    last_funding: tuple[int, Event, Mention] | None = None  # sentence index, event, funded company
    last_move: int | None = None  # the last sentence with a stock move

    def add_rel(s: Mention, p: str, o: Mention, ev: Evidence, conf: float) -> bool:
        if s.name == o.name:
            return False
        sig = SIGNATURES.get(p)
        if sig is None or s.type not in sig[0] or o.type not in sig[1]:
            return False
        if p == "listedOn" and o.type == "Organization" and not EXCHANGE.search(o.name + " " + o.text):
            return False
        if p == "outperforms" and (s.type in ORG or o.type in ORG) and "Product" not in (s.type, o.type):
            return False  # results compare models: "beating Salesforce to the startup" is none, and a company said to
            # beat a model stands for its model ("Sarvam beats Gemma 3"); a company's service against a product may stand
        if p == "headquarteredIn" and o.start > 2 and re.fullmatch(r",\s?", text[o.start - 2:o.start].lstrip()) and any(
                m.type == "Place" and o.start - 3 <= m.end <= o.start - 1 for m in place_mentions):
            return False  # "Menlo Park, California-based": the seat is the city, the state after it only locates the city
        if p == "released" and o.type in MP and not _maker_fits(s.name, o, lex):
            return False  # "CoreWeave released Claude": the lexicon knows Claude's maker, and it is another company
        if p == "competesWith" and s.type in MP and o.type in MP and s.name.split()[0] == o.name.split()[0]:
            return False  # "Gemma 4 2B and Gemma 4 12B": sizes of one family, not rivals
        a, b = s.name, o.name
        if p in SYMMETRIC and a > b:
            a, b = b, a
        key = (a, p, b)
        if key not in relations or relations[key].confidence < conf:
            relations[key] = Relation(str(entity_iri(a)), p, str(entity_iri(b)), ev, conf)
            registry.add(s, s.extra.get("entry")) if s.name not in registry.entities else None
            registry.add(o, o.extra.get("entry")) if o.name not in registry.entities else None
        if INVERSE_FUNDING and p in ("investsIn", "fundedBy"):
            inv = "fundedBy" if p == "investsIn" else "investsIn"
            ikey = (b, inv, a) if p in SYMMETRIC else (o.name, inv, s.name)
            if ikey not in relations:
                relations[ikey] = Relation(str(entity_iri(o.name)), inv, str(entity_iri(s.name)), ev, conf * 0.9)
        if p == "released":
            released_by.setdefault(s.name, [])
            if o.name not in released_by[s.name]:
                released_by[s.name].append(o.name)
        return True

    def add_title(person: Mention, title: str, org: Mention, ev: Evidence, conf: float,
                  works_conf: float | None = None) -> None:
        """The facts a job title states: founder (org foundedBy person), chief (ceoOf) or staff (worksFor)."""
        for pred in title_predicates(title):
            if pred == "foundedBy":
                add_rel(org, pred, person, ev, conf)
            else:
                add_rel(person, pred, org, ev, works_conf if pred == "worksFor" and works_conf is not None else conf)

    def maker_of(m: Mention) -> str | None:
        """The organisation of this article that made model or product ``m``: as a relation found so far says, else
        as the lexicon says."""
        name = next((k for k, made in released_by.items() if m.name in made), None) or \
            getattr(lex.get(m.name) or m.extra.get("entry"), "maker", None)
        return name if name and name in registry.entities and registry.entities[name].type in ORG else None

    def maker_mention(name: str, at: int, sentence: int) -> Mention:
        """An empty mention of a known organisation at offset ``at``, for facts whose maker the sentence does not name."""
        mk = Mention(at, at, name, name, registry.entities[name].type, sentence)
        mk.extra["entry"] = lex.get(name)
        return mk

    def known_employer(person: Mention, at: int, sentence: int) -> Mention | None:
        """The organisation the lexicon names as a person's employer, when this article names it too."""
        org = getattr(person.extra.get("entry") or lex.get(person.name), "maker", None)
        if org and org in registry.entities and registry.entities[org].type in ORG:
            return maker_mention(org, at, sentence)
        return None

    debug_view = bool(os.environ.get("KG_DEBUG_VIEW"))
    seen_with: dict[str, dict[str, float]] = {}  # model or product -> the companies of its sentences, weighted
    for s in sentences:
        named = sorted(by_sentence.get(s.index, []), key=lambda m: m.start)
        ev = Evidence(s.text, s.start, s.end)
        salience.learn_heads(text, named)
        # ---- descriptions -> coreference
        resolved: list[Mention] = []
        for a, b, typ, _of, _desc in find_descriptions(s, lang, named):
            a0 = a  # where the description starts, before it is narrowed to its head noun
            inner = [m for m in named if a <= m.start and m.end <= b]
            overlapping = [m for m in named if m.start < b and a < m.end and m not in inner]
            if overlapping:
                continue
            if not inner and re.search(r"(?i)(?:rival\w*|konkurrent\w*|competitor|wettbewerber\w*)$", text[a0:b]) and any(
                    m.type in ORG and re.fullmatch(r"\s+(?:von|des|der|of|to|zu)\s+(?:(?:the|dem|der)\s+)?", text[b:m.start])
                    for m in named):
                continue  # "Anthropic, der Rivale von OpenAI": the rival of a company named right after stands for none
            if inner and typ == "Company":
                # "das von Jack Ma gegründete Unternehmen": keep the name, the head noun is the mention
                last = max(m.end for m in inner)
                a = last + len(text[last:b]) - len(text[last:b].lstrip())
                a = b - len(text[a:b].split()[-1]) if text[a:b].split() else b
                a += 1 if text[a:a + 1] == "-" else 0
            antecedent = None
            inner_mp = [m for m in inner if m.type in MP and getattr(m.extra.get("entry"), "maker", None)]
            if typ == "Company" and inner_mp and re.search(r"(?i)(?:maker|developer|Entwickler\w*|Hersteller\w*|Macher\w*|"
                                                           r"Erfinder\w*|creator|owner|Konzern\w*|Riese\w*|giant)$", text[a0:b]):
                maker_name = inner_mp[0].extra["entry"].maker
                known = registry.entities.get(maker_name)
                if known is not None and known.type in ORG:
                    antecedent = Mention(a0, b, text[a0:b], maker_name, known.type, s.index)
                    antecedent.extra["entry"] = lex.get(maker_name)
            if antecedent is not None:
                pass
            elif typ == "Person":
                # "Der 52-Jährige war zuvor bei Microsoft tätig": the person named last, unless the sentence names one first
                if any(m.type == "Person" and m.end <= a0 for m in named):
                    continue
                antecedent = salience.recent(("Person",), back=2, last=True)
                if antecedent is None:
                    continue
            elif typ == "StockIndex":
                if inner or any(m.type == "StockIndex" for m in named):
                    continue  # "der Index Hang Seng", or the sentence names its index itself
                antecedent = salience.recent(("StockIndex",), back=3, last=True)
                if antecedent is None:
                    continue
            elif typ == "AIModel":
                maker = next((m for m in inner if m.type in ORG), None)
                owner = next((m for m in sorted(named + resolved, key=lambda m: m.start) if m.type in ORG and m.end <= a), None)
                if maker is not None and released_by.get(maker.name):
                    name = released_by[maker.name][-1]
                    antecedent = Mention(a, b, text[a:b], name, "AIModel", s.index)
                elif owner is not None and released_by.get(owner.name):
                    # "Neuralwerk hat das Modell auf Basis von X entwickelt": the model of the company named before
                    antecedent = Mention(a, b, text[a:b], released_by[owner.name][-1], "AIModel", s.index)
                else:
                    antecedent = salience.recent(("AIModel",))
            elif re.search(r"(?i)(?:rival\w*|konkurrent\w*|competitor)$", text[a0:b]) and not inner:
                # "Der Druck kommt von Anthropic. Der Rivale, an dem ...": the rival is the company named last that is
                # not the one the article is about
                topic = salience.topic() or salience.main()
                before = [m for m in sorted(named + resolved, key=lambda m: m.start) if m.type == "Company" and m.end <= a0]
                cands = [m for m in reversed(before + [m for sent in salience.history[-2:] for m in sent])
                         if m.type == "Company" and (topic is None or m.name != topic.name)]
                antecedent = cands[0] if cands else None
            elif (own := _persons_company(named, s, a0, text[a0:b], relations)) is not None:
                # "Mensch hatte das Unternehmen 2023 gegründet": the company of the person who is the sentence's subject
                antecedent = Mention(a0, b, text[a0:b], own, registry.entities[own].type if own in registry.entities else "Company",
                                     s.index)
                antecedent.extra["entry"] = lex.get(own)
            elif text[a0:b].strip() == "it" and any(m.type == "Company" and m.end <= a0 and m.start - s.start < 40 for m in named):
                # "Databricks has been busy: ..., and in 2023 it paid": the pronoun is the sentence's subject company
                antecedent = next(m for m in sorted(named, key=lambda m: m.start) if m.type == "Company" and m.end <= a0)
            else:
                antecedent = salience.company_for(s, a0, sorted(named + resolved, key=lambda m: m.start))
                # "Der Konzern" is not the company introduced as "das Start-up"
                if antecedent is not None and not salience.compatible(antecedent.name, text[a0:b]):
                    antecedent = salience.recent_compatible(text[a0:b])
                    if antecedent is None:
                        continue
                # "Google DeepMind, the search giant's research unit": a possessive description is another company
                if antecedent is not None and re.match(r"(?:'s|’s)\s", text[b:b + 3]):
                    before = [m for m in named if m.end <= a0 and re.fullmatch(r"\s*,\s*", text[m.end:a0])]
                    if before and before[-1].name == antecedent.name:
                        alt = salience.topic() or salience.recent(("Company",))
                        antecedent = alt if alt is not None and alt.name != antecedent.name else None
                        if antecedent is None:
                            continue
                # "des Start-ups" after "das Münchner Start-up Neuralwerk": the company that head described
                same_head = salience.by_head(text[a0:b])
                if same_head is not None and not re.search(r",\s*$", text[max(s.start, a0 - 3):a0]):
                    antecedent = same_head
            if antecedent is not None and typ == "Company" and (place := _place_in_description(text[a0:b], lex)) is not None:
                # "der Münchner Technologiekonzern" is not SAP, whose seat this article gives as Walldorf: the company
                # named lately whose seat is Munich, else none
                seats = _seats(relations, antecedent.name)
                if seats and place.name not in seats:
                    antecedent = next((m for m in salience.latest(("Company",)) if place.name in _seats(relations, m.name)),
                                      None)
            if antecedent is None or any(r.start < b and a < r.end for r in resolved):
                continue
            cm = Mention(a, b, text[a:b], antecedent.name, antecedent.type, s.index, "coref", 60.0,
                         f"description resolved to the salient {antecedent.type}")
            cm.extra["desc_start"] = a0
            cm.extra["entry"] = antecedent.extra.get("entry")
            resolved.append(cm)
            registry.entities[antecedent.name].resolutions.append(
                {"mention": cm.text, "method": "coref", "score": 60.0, "reason": cm.reason}) \
                if antecedent.name in registry.entities else None
            if inner and typ == "AIModel":
                named = [m for m in named if m not in inner]
        # ---- "Er kündigte an", "She will lead": a sentence-initial personal pronoun is the person named last
        pp = PERSON_PRONOUN.match(s.text)
        if pp is not None and not any(x.start < s.start + pp.end(1) for x in named + resolved):
            person = salience.recent(("Person",), back=2, last=True)
            if person is not None:
                a, b = s.start + pp.start(1), s.start + pp.end(1)
                cm = Mention(a, b, text[a:b], person.name, "Person", s.index, "coref", 55.0, "pronoun resolved to the person named last")
                cm.extra["entry"] = person.extra.get("entry")
                resolved.append(cm)
        # ---- "übertreffe es DeepSeek-V3", "it outperformed Llama 4": the pronoun is the model in focus
        if not any(m.type == "AIModel" for m in resolved):
            for pm in MODEL_PRONOUN.finditer(s.text):
                a, b = s.start + pm.start(), s.start + pm.end()
                before = [m for m in named if m.type == "AIModel" and m.end <= a]
                focus = before[0] if before else salience.recent(("AIModel",), back=2)
                near = s.text[max(0, pm.start() - 25):pm.end() + 25]
                if focus is None or not MODEL_ACT.search(near) or any(x.start < b and a < x.end for x in named + resolved):
                    continue
                cm = Mention(a, b, text[a:b], focus.name, "AIModel", s.index, "coref", 55.0, "pronoun resolved to the model in focus")
                cm.extra["entry"] = focus.extra.get("entry")
                resolved.append(cm)
                break
        sent_mentions = sorted(named + resolved, key=lambda m: m.start)
        # "knapp unter den 85,7 Prozent von GPT-5": models named as a comparison's yardstick, not as the sentence's own
        yardsticks = {id(m) for m in sent_mentions
                      if m.type == "AIModel" and COMPARED_BEFORE.search(text[max(s.start, m.start - 40):m.start])}
        view = make_view(s, sent_mentions)
        if debug_view:
            print(view.text, [(m.name, m.type, m.method) for m in view.mentions], file=sys.stderr)
        subject = next((m for m in sent_mentions if m.type in ORG), None)
        prev_company = salience.recent(("Company",))
        found_rel: list[tuple[Mention, str, Mention]] = []

        # ---- pattern rules
        for f in apply_rules(view):
            sm, om = view.mention(f.subject), view.mention(f.object)
            if add_rel(sm, f.predicate, om, ev, f.confidence):
                found_rel.append((sm, f.predicate, om))
        # ---- a model named with its maker ("OpenAI o1", "DeepSeaks R1")
        for m in sent_mentions:
            if m.maker and m.type in MP:
                maker_entry = lex.get(m.maker)
                mk = Mention(m.start, m.start, m.maker, m.maker, maker_entry.type if maker_entry else "Company",
                             s.index)
                mk.extra["entry"] = maker_entry
                if m.maker not in registry.entities:
                    registry.add(Mention(m.start, m.end, m.maker, m.maker, mk.type, s.index), maker_entry)
                if add_rel(mk, "released", m, ev, 0.8):
                    found_rel.append((mk, "released", m))
        # ---- possessives: "sein Modell QwQ-32B", "its model X", "Alibabas Modell Qwen"
        rel_spans = relative_clause_spans(s)
        for m in sent_mentions:
            if m.type not in MP or m.method == "coref":
                continue
            head = text[s.start:m.start]
            pm = POSSESSIVE_MODEL.search(head)
            owner = None
            if pm is not None:
                owners = [x for x in sent_mentions if x.type == "Company" and x.end <= s.start + pm.start()]
                # the nearest possible subject: "Neben DeepSeek buhlen auch Moonshot AI mit seinem Modell Kimi K2";
                # not a possessor or a prepositional object ("passed Nvidia's tests for its HBM3E", "Geldgeber von OpenAI")
                # not inside a relative clause ("Der Rivale, an dem Amazon und Google beteiligt sind, gewinnt mit seinen ...")
                before = salience.recent(("Company",), back=1)
                owners = [x for x in owners if not in_spans(x, rel_spans)] or ([before] if before else [])
                free = [x for x in owners if not re.match(r"(?:'s|’s|')", text[x.end:x.end + 3]) and not re.search(
                    r"\b(?:von|of|des|der|bei|beim|for|from|mit|with|neben|besides|like|wie|to|zu|an|in|über|than|als)\s+$",
                    text[max(s.start, x.start - 12):x.start])]
                owner = (free or owners)[-1] if owners else prev_company
            else:
                prevs = [x for x in sent_mentions if x.end <= m.start]
                if prevs and prevs[-1].type == "Company" and prevs[-1].method != "coref" and \
                        re.search(r"s$", prevs[-1].text) and prevs[-1].text != prevs[-1].name and \
                        re.fullmatch(r"\s+(?:(?:neues|neue|jüngstes|neuestes|KI-)?\s*[\w-]*(?:[Mm]odell|Chatbot)\s+)?",
                                     text[prevs[-1].end:m.start]):
                    owner = prevs[-1]  # German genitive: "Alibabas Modell QwQ"
            if owner is not None and owner.name != m.name:
                if add_rel(owner, "released", m, ev, 0.8):
                    found_rel.append((owner, "released", m))

        # ---- "Konkurrent AMD", "rival Google": a competitor of the sentence's subject or the article's topic
        for cm in COMPETITOR_APPOSITION.finditer(view.text):
            rival = view.mention(cm.group(1))
            poss = re.search(r"⟨(\d+):(\w+)⟩(?:'s|’s|s)\s+(?:\w+\s+)?$", view.text[:cm.start() + len(cm.group(0).split("⟨")[0])])
            if poss is not None:
                owner = view.mention(poss.group(1))
                if owner.type != "Company":
                    continue  # "Musk's rival OpenAI": a rival of a person
                other = owner
            elif re.fullmatch(r"[„\"“]?(?:(?:Der|Die|Den|The|Its|Sein|Ihr|Dessen|Deren)\s+)?(?:[\w-]+\s+){0,2}?",
                              view.text[:cm.start()]):
                # "Der kleinere Konkurrent Hua Hong gewann": a rival of the company the sentence before was about
                last = [m for m in (salience.history[-1] if salience.history else []) if m.type == "Company"]
                other = salience.prev_subject or (last[0] if last else None) or salience.topic() or salience.main()
            else:
                other = next((m for m in sent_mentions if m.type == "Company" and m.name != rival.name
                              and m.start < rival.start), None) or salience.topic() or salience.main() or prev_company
            if other is not None and other.name != rival.name:
                add_rel(rival, "competesWith", other, ev, 0.7)
                # "den Rivalen Zhipu AI und MiniMax", "rivals Microsoft and Google": the plural noun names a list
                if re.search(r"(?i)(?:rivalen|konkurrenten|wettbewerbern|rivals|competitors)\s+⟨", cm.group(0)):
                    tail = re.match(r"(?:\s*,\s*|\s+(?:und|and|sowie)\s+)⟨(\d+):(?:Company|AIModel|Product)⟩"
                                    r"(?:(?:\s*,\s*|\s+(?:und|and|sowie)\s+)⟨(\d+):(?:Company|AIModel|Product)⟩)*",
                                    view.text[cm.end():])
                    for i in re.findall(r"⟨(\d+):", tail.group(0)) if tail else []:
                        more = view.mention(i)
                        if more.name != other.name and _kind(more) == _kind(rival):
                            add_rel(more, "competesWith", other, ev, 0.65)
        for mm in MODEL_MATCH.finditer(view.text):
            stop = MODEL_MATCH_END.search(view.text, mm.end())
            window = view.text[mm.end():stop.start() if stop else len(view.text)]
            rivals = [view.mention(i) for i in re.findall(r"⟨(\d+):AIModel⟩", window)]
            before = [m for m in view.mentions_before(mm.start()) if m.type == "AIModel"]
            own = before[0] if before else None
            if own is None and not any(m.type in ORG for m in view.mentions_before(mm.start())):
                own = salience.recent(("AIModel",), back=2)  # "This round is aimed squarely at ...": the model in focus
            for r in rivals:
                if own is not None and r.name != own.name:
                    add_rel(own, "competesWith", r, ev, 0.6)
        for rc in RIVAL_COLON.finditer(view.text):
            members = [view.mention(i) for i in re.findall(r"⟨(\d+):Company⟩", rc.group(1))]
            before = [m for m in view.mentions_before(rc.start()) if m.type in ORG]
            owner = before[0] if before else (salience.topic() or prev_company)
            for m in members:
                if owner is not None:
                    add_rel(owner, "competesWith", m, ev, 0.6)
        for rc in REL_COMPETE.finditer(view.text):
            owner = view.mention(rc.group(1))
            for i in re.findall(r"⟨(\d+):(?:Company|Organization|AIModel|Product)⟩", rc.group(2)):
                add_rel(owner, "competesWith", view.mention(i), ev, 0.7)
        for pn in PARTNER_NOUN.finditer(view.text):
            if any(m.type in ORG for m in view.mentions_before(pn.start())):
                continue  # the sentence names the partner before the deal; the rules take it from there
            owner = salience.prev_subject or salience.topic() or prev_company
            for i in ids_in(pn.group(1)):
                if owner is not None:
                    add_rel(owner, "partnersWith", view.mention(i), ev, 0.6)
        for rx in (REL_SUPPLY, TOGETHER_WITH):
            for rs in rx.finditer(view.text):
                first, rest = [g for g in rs.groups() if g]  # each alternative has one subject and one list
                a = view.mention(ids_in(first)[0])
                for i in ids_in(rest):
                    add_rel(a, "partnersWith", view.mention(i), ev, 0.65)
        # ---- "In der Bildgenerierung konkurriert das Start-up mit Googles Modell Nano Banana Pro, mit Midjourney und auch mit
        # OpenAI", "C3.ai konkurriert mit X sowie mit Angeboten von A, B und C": every rival named after the verb
        cv = COMPETE_VERB.search(view.text)
        if cv is not None:
            after = view.text[cv.end():]
            stop = re.search(r"\s(?:um|for|over)\s|;|:\s|,\s+(?:die|der|das|which|who|while|während)\s", after)
            after = after[:stop.start()] if stop else after
            ids = [int(i) for i in re.findall(r"⟨(\d+):(?:Company|Organization|AIModel|Product)⟩(?!(?:'s|’s|s)\s+[\w⟨])", after)]
            head = [m for m in view.mentions_before(cv.start()) if m.type in X]
            v2 = re.match(r"\s*⟨(\d+):(?:Company|Organization|AIModel|Product)⟩", after)
            owner = view.mention(v2.group(1)) if v2 is not None and re.search(r"(?:^|\s)[a-zäöü]\w*\s*$|^\S*$",
                                                                              view.text[:cv.start()]) and head == [] or \
                (v2 is not None and not head) else (head[0] if head else None)
            if owner is not None and re.search(r"\bmit\b|\bwith\b", after):
                for i in ids:
                    rival = view.mention(i)
                    if _kind(rival) == _kind(owner) and rival.name != owner.name:
                        add_rel(owner, "competesWith", rival, ev, 0.65)
        # ---- "Konkurrenten wie OpenAI und Google DeepMind", "Konkurrenz von Google, OpenAI und ElevenLabs",
        # "rivals including Figure AI and Apptronik",
        # "Google's two closest rivals, OpenAI and Anthropic", "im Wettbewerb mit OpenAI und Anthropic"
        for rl in RIVAL_LIST.finditer(view.text):
            members = [view.mention(i) for i in ids_in(rl.group(1))]
            kinds = {_kind(m) for m in members}
            names = {m.name for m in members}
            poss = re.search(r"⟨(\d+):(\w+)⟩(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$", view.text[:rl.start()])
            if poss is not None:
                owner = view.mention(poss.group(1))
            else:
                # the sentence's first fitting actor before the list, else after it ("Trotz der Konkurrenz von X
                # wächst DeepL"), else the company (or model) the text is about
                at = [m for m in view.mentions if m.name not in names and m.type in X and not in_spans(m, rel_spans)
                      and _kind(m) in kinds]
                first = [m for m in at if m.start < members[0].start]
                later = [m for m in at if m.start > members[-1].end]
                owner = (first or later or [None])[0] or \
                    (salience.topic() if "Company" in kinds else salience.recent(("AIModel",)))
            if owner is None or owner.name in names or owner.type not in X:
                continue
            for m in members:
                if _kind(m) == _kind(owner):
                    add_rel(owner, "competesWith", m, ev, 0.65)
        # "Anysphere, the maker of the Cursor code editor", "OpenAI, der Entwickler des Chatbots ChatGPT": a description
        # that stands for a company and names what it makes
        for i, m in enumerate(view.mentions):
            if m.method != "coref" or m.type not in ORG or not MAKER_NOUN.search(m.text):
                continue
            mo = MAKER_OF.match(view.text, view.text.index(f"⟨{i}:") + len(f"⟨{i}:{m.type}⟩"))
            if mo is not None:
                thing = view.mention(mo.group(1))
                maker = maker_of(thing)
                if maker is None or maker == m.name:
                    add_rel(m, "released", thing, ev, 0.7)
        for sm in SELLS.finditer(view.text):
            thing = view.mention(sm.group(2))
            if not maker_of(thing) or maker_of(thing) == view.mention(sm.group(1)).name:
                add_rel(view.mention(sm.group(1)), "released", thing, ev, 0.65)
        for jw in JOINT_WITH.finditer(view.text):
            jv = view.mention(jw.group(1))
            owners = [m for m in view.mentions_before(jw.start()) if m.type in ORG and m.name != jv.name]
            for i in ids_in(jw.group(2)):
                other = view.mention(i)
                if owners:
                    add_rel(owners[-1], "partnersWith", other, ev, 0.7)
            if owners:
                add_rel(jv, "subsidiaryOf", owners[-1], ev, 0.65)
        # "Microsoft took a small stake in 2024", "Die Förderbank aws beteiligt sich mit 10 Millionen Euro": of the company in focus
        for st in STAKE_NO_TARGET.finditer(view.text):
            inv = view.mention(st.group(1) or st.group("de"))
            target = salience.topic() or salience.prev_subject
            if target is not None and target.name != inv.name and not any(
                    m.type in ORG and m.start > inv.end and m.name != inv.name for m in sent_mentions):
                add_rel(inv, "investsIn", target, ev, 0.6)
        # "Baker Hughes, the oilfield services company that is also one of its largest shareholders", "Der Onlinehändler
        # Amazon ist mit acht Milliarden Dollar der größte Geldgeber": an investor of the company in focus
        for sh in (m for rx in (SHAREHOLDER_CLAUSE, BIGGEST_INVESTOR) for m in rx.finditer(view.text)):
            inv = view.mention(sh.group(1))
            target = salience.topic() or salience.prev_subject
            if target is not None and target.name != inv.name:
                add_rel(inv, "investsIn", target, ev, 0.65)
        for ca in CUSTOMERS_ARE.finditer(view.text):
            owner = salience.topic() or salience.prev_subject
            for i in ids_in(ca.group(1)):
                member = view.mention(i)
                if owner is not None and member.name != owner.name:
                    add_rel(member, "partnersWith", owner, ev, 0.6)
        for at in ALTERNATIVE_TO.finditer(view.text):
            own = view.mention(ids_in(at.group(1))[0])
            for i in ids_in(at.group(2)):
                other = view.mention(i)
                if _kind(other) == _kind(own):
                    add_rel(own, "competesWith", other, ev, 0.65)
        # "In Europa gilt Mistral AI als wichtigster Konkurrent": a rival of the company in focus
        for gr in GILT_RIVAL.finditer(view.text):
            rival = view.mention(gr.group(1) or gr.group(2))
            own = salience.topic() or salience.prev_subject
            if own is not None and own.name != rival.name and _kind(own) == _kind(rival):
                add_rel(rival, "competesWith", own, ev, 0.6)
        # "hat Rahmenverträge mit vier KI-Anbietern geschlossen: dem Start-up Mistral AI, ... sowie Google Cloud"
        for dc in DEAL_COLON.finditer(view.text):
            before = [m for m in view.mentions_before(dc.start()) if m.type in ORG]
            own = before[0] if before else (salience.topic() or salience.prev_subject)
            for i in re.findall(r"⟨(\d+):(?:Company|Organization)⟩", dc.group(1)):
                other = view.mention(i)
                if own is not None and other.name != own.name:
                    add_rel(own, "partnersWith", other, ev, 0.65)
        for rv in RIVALS_EN.finditer(view.text):
            before = [m for m in view.mentions_before(rv.start()) if m.type in ORG]
            own = before[0] if before else (salience.prev_subject or salience.topic())
            for i in ids_in(rv.group(1)):
                other = view.mention(i)
                if own is not None and other.name != own.name:
                    add_rel(own, "competesWith", other, ev, 0.65)
        # "Gegründet haben DeepL der Informatiker Gereon Frahling, der zuvor ..., und Jaroslaw Kutylowski": every person named
        for fh in FOUNDED_HAVE.finditer(view.text):
            org = view.mention(fh.group(1))
            rest = RELATIVE_BETWEEN.sub(",", fh.group(2))
            for i in re.findall(r"⟨(\d+):Person⟩", rest):
                add_rel(org, "foundedBy", view.mention(i), ev, 0.75)
        # "Seine Mitgründer Guillaume Lample, heute Chefwissenschaftler, und Cheftechnologe Timothée Lacroix kamen von Meta"
        for fl in FOUNDER_LIST.finditer(view.text):
            org = salience.prev_subject or salience.topic()
            people = [view.mention(i) for i in re.findall(r"⟨(\d+):Person⟩", fl.group(1))]
            came = CAME_FROM.match(view.text, fl.end(1))
            for p in people:
                if org is not None:
                    add_rel(org, "foundedBy", p, ev, 0.7)
                if came is not None:
                    add_rel(p, "worksFor", view.mention(came.group(1)), ev, 0.65)
        for fa in FOUNDERS_ARE.finditer(view.text):
            org = salience.prev_subject or salience.topic()
            for i in re.findall(r"⟨(\d+):Person⟩", fa.group(1)):
                if org is not None:
                    add_rel(org, "foundedBy", view.mention(i), ev, 0.7)
        for sa in SEAT_APPOSITION.finditer(view.text):
            org, city = view.mention(sa.group(1) or sa.group(3)), view.mention(sa.group(2) or sa.group(4))
            if city.name not in _country_names() and city.text not in _country_names():
                add_rel(org, "headquarteredIn", city, ev, 0.7)
        for oc in ORG_IN_CITY.finditer(view.text):
            org = view.mention(oc.group(1))
            city = view.mention(oc.group(2) or oc.group(3))
            if city.name not in _country_names() and city.text not in _country_names() and not any(
                    k[0] == org.name and k[1] == "headquarteredIn" for k in relations):
                add_rel(org, "headquarteredIn", city, ev, 0.6)
        # ---- "Dessen Gründer und Chef Alexandr Wang": the title belongs to the company just named
        for pt in POSSESSIVE_TITLE.finditer(view.text):
            org = next((m for m in reversed(salience.history[-1] if salience.history else []) if m.type in ORG), None)
            person = view.mention(pt.group(2))
            if org is not None:
                add_title(person, pt.group(1), org, ev, 0.75)
        # ---- "..., its chief executive Clement Delangue said": the title belongs to the sentence's first company
        for pt in INNER_POSSESSIVE_TITLE.finditer(view.text):
            person = view.mention(pt.group(2))
            if any(person.name in (a.name, o.name) and p in ("foundedBy", "ceoOf", "worksFor") for a, p, o in found_rel):
                continue  # a rule of the sentence placed the title already ("Groq, hiring its founder, Jonathan Ross")
            org = next((m for m in sent_mentions if m.type in ORG and m.end <= person.start), None)
            if org is not None:
                add_title(person, pt.group(1), org, ev, 0.7)
        # ---- "Raman is the chief executive, while Okafor serves as CTO": titles of the company in focus
        if not any(m.type in ORG and m.method != "coref" for m in sent_mentions):
            for pt in PREDICATE_TITLE.finditer(view.text):
                coref_org = next((m for m in sent_mentions if m.type in ORG and m.method == "coref"), None)
                person = view.mention(pt.group(1))
                org = known_employer(person, person.start, s.index) or \
                    coref_org or salience.prev_subject or salience.topic(back=3)
                if org is None:
                    continue
                add_title(person, pt.group(2), org, ev, 0.65)
        # ---- "Jared Kaplan, the chief science officer, ...", "Daniela Amodei, now its president": a title of the company the
        # sentence (or else the article) is about
        for at in APPOSITION_TITLE.finditer(view.text):
            person = view.mention(at.group(1))
            if any(a.name == person.name for a, _p, _o in found_rel):
                continue
            orgs = [m for m in sent_mentions if m.type in ORG and m.start < person.start]
            org = known_employer(person, person.start, s.index) or \
                (orgs[0] if orgs else (salience.prev_subject or salience.topic(back=3)))
            if org is not None:
                add_title(person, at.group(2), org, ev, 0.6)
        # ---- "Chief executive Eddie Wu said": the chief of the company the article is about
        for bt in BARE_TITLE.finditer(view.text):
            if not _CEO_OR_FOUNDER.search(bt.group(1)) and not re.search(r"(?:[a-zäöü]|-)(?:[Cc]hef|[Cc]hefin|[Vv]orstand|[Vv]orständin)$",
                                                                         bt.group(1)) \
                    and not OFFICER_TITLE.fullmatch(bt.group(1)):
                continue
            person = view.mention(bt.group(2))
            if re.match(r"(?:replacing|succeeding|ersetzt|löst)\b", bt.group(0)):
                # "C3.ai ... appointed X, replacing founder Thomas Siebel": the predecessor's post at the sentence's company
                subj = next((m for m in sent_mentions if m.type in ORG), None) or salience.topic()
                if subj is not None:
                    for p in title_predicates(bt.group(1), past=True):
                        if p == "foundedBy":
                            add_rel(subj, p, person, ev, 0.6)
                        else:
                            add_rel(person, p, subj, ev, 0.55)
                continue
            if any(a.name == person.name and p == "ceoOf" for a, p, _o in found_rel):
                continue  # "Chief executive Pony Ma, who co-founded Tencent": the sentence names the company
            # the company of the sentence before ("... ob der Konzern mithalten kann. Konzernchef Robin Li"),
            # else the article's topic
            last = {m.name: m for m in (salience.history[-1] if salience.history else []) if m.type == "Company"}
            org = salience.prev_subject or (next(iter(last.values())) if len(last) == 1 else None) or salience.topic(back=2)
            topic = salience.topic(back=3)
            if topic is not None and org is not None and org.name != topic.name and _CEO_OR_FOUNDER.search(bt.group(1)) and \
                    re.search(r"\b(?:sagte|sagt|erklärte|betonte|so|said|says|told|added)\s+$", view.text[:bt.start(1)]):
                org = topic  # a chief quoted speaks for the company the article is about
            # another organisation named before the person, or as "von/of X" right after, is the person's own
            others = [m for m in sent_mentions if m.type in ORG and (org is None or m.name != org.name) and
                      (m.start < person.start or re.match(r"\s*(?:,\s*)?(?:von|of|bei|at|der|des)\s+$",
                                                         text[person.end:m.start]))]
            employer = known_employer(person, person.start, s.index)
            if employer is not None:
                org, others = employer, []  # the lexicon knows whose chief "Vorstandschef Christian Klein" is
            if org is not None and not others:
                add_title(person, bt.group(1), org, ev, 0.6, works_conf=0.55)
        for ct in CLAUSE_TITLE.finditer(view.text):
            person = view.mention(ct.group(2))
            orgs = [m for m in sent_mentions if m.type == "Company" and m.end <= person.start]
            opens = bool(orgs) and re.fullmatch(r"\s*(?:(?:The|Der|Die|Das)\s+)?", text[s.start:orgs[0].start]) is not None
            if len(orgs) == 1 or (orgs and (opens or all(o.name == orgs[0].name for o in orgs))):
                add_rel(person, "ceoOf", orgs[0], ev, 0.6)
        # ---- "das im April vorgestellte Modell Llama 4 Behemoth": released by the company in focus
        for pr in PARTICIPLE_RELEASE.finditer(view.text):
            thing = view.mention(pr.group(1))
            owner = subject if subject is not None and subject.start < thing.start else (salience.topic() or prev_company)
            known_maker = getattr(thing.extra.get("entry"), "maker", None)
            explicit = re.match(r"\s+(?:von|of|by|from)\s+⟨", view.text[pr.end():])
            if owner is not None and not thing.maker and not explicit and known_maker in (None, owner.name):
                if add_rel(owner, "released", thing, ev, 0.65):
                    found_rel.append((owner, "released", thing))
        # ---- "the release last month of Mistral Large 3", "die Vorstellung seines Modells X": its maker released it
        for rn in RELEASE_NOUN.finditer(view.text):
            thing = view.mention(rn.group(1))
            entry = thing.extra.get("entry")
            maker = getattr(entry, "maker", None) or getattr(lex.get(thing.name), "maker", None)
            owner = None
            if maker and maker in registry.entities and registry.entities[maker].type in ORG:
                noun_at = s.start + max(0, s.text.find(rn.group(0).split()[0]))  # the release word, for the event
                owner = maker_mention(maker, noun_at, s.index)
            elif not maker:
                owner = subject if subject is not None and subject.start < thing.start else salience.topic()
            if owner is not None and add_rel(owner, "released", thing, ev, 0.65):
                found_rel.append((owner, "released", thing))
        # ---- "its cloud computing unit, Alibaba Cloud"
        for ua in UNIT_APPOSITION.finditer(view.text):
            unit = view.mention(ua.group(1))
            parent = next((m for m in sent_mentions if m.type in ORG and m.start < unit.start and m.name != unit.name), None) \
                or salience.topic() or prev_company
            if parent is not None and parent.name == unit.name:
                parent = None
            if parent is not None:
                add_rel(unit, "subsidiaryOf", parent, ev, 0.75)
        # ---- "a joint venture between OpenAI, SoftBank and Oracle": every pair
        for jv in JOINT.finditer(view.text):
            members = [view.mention(i) for i in ids_in(jv.group(1))]
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    add_rel(a, "partnersWith", b, ev, 0.7)
        # ---- "shares of Oracle, another competitor, ...": a rival of the company the article is about
        for ac in ANOTHER_RIVAL.finditer(view.text):
            rival = view.mention(ac.group(1))
            other = salience.topic() or salience.main() or prev_company
            if other is not None and other.name != rival.name:
                add_rel(rival, "competesWith", other, ev, 0.65)
        # ---- the model a benchmark result belongs to is the sentence's main model
        for key, rel in relations.of_sentence(s.start):
            if rel.predicate == "evaluatedOn":
                models = [m for m in sent_mentions if m.type == "AIModel" and m.method != "coref" or
                          m.type == "AIModel" and (m.start == s.start or m.reason.startswith("pronoun"))]
                if models and key[0] != models[0].name and key[0] in {m.name for m in models}:
                    del relations[key]
                    add_rel(models[0], "evaluatedOn", next(m for m in sent_mentions if m.name == key[2]), ev,
                            rel.confidence)
        # ---- "Der Walldorfer Softwarekonzern SAP", "das Berliner Start-up Tavilo": a seat named by its adjective
        for m in sent_mentions:
            if m.type not in ORG:
                continue
            ca = CITY_ADJECTIVE.search(text[max(s.start, m.start - 60):m.start])
            if ca is None and m.method == "coref":  # "der Münchner Konzern"
                inner = re.match(r"\S+\s+(?:(?:[\w-]+)\s+)??((?:New\s)?[A-ZÄÖÜ][\wäöü]+?)er\s", m.text)
                if inner is not None:
                    ca = re.match(r"(?P<adj>.+)", inner.group(1))
                    stem = ca.group("adj")
                    place = _city_of(lex, stem)
                    if place is not None:
                        pm = Mention(m.start, m.start, stem + "er", place.name, "Place", s.index, "inflection", 90.0,
                                     "city adjective")
                        pm.extra["entry"] = place
                        registry.add(pm, place)
                        add_rel(m, "headquarteredIn", pm, ev, 0.75)
                    continue
            if ca is None:
                continue
            stem = ca.group("adj")
            place = _city_of(lex, stem)
            if place is None or any(
                    x.start < m.start and x.end > m.start - len(ca.group(0)) and x is not m for x in sent_mentions):
                continue
            pm = Mention(m.start - len(ca.group(0)), m.start - len(ca.group(0)) + len(stem) + 2, stem + "er",
                         place.name, "Place", s.index, "inflection", 90.0, "city adjective")
            pm.extra["entry"] = place
            registry.add(pm, place)
            add_rel(m, "headquarteredIn", pm, ev, 0.75)
        # ---- descriptions naming a place ("The Hangzhou company") or a parent ("die Alphabet-Tochter")
        for m in resolved:
            inner_place = [x for x in by_sentence.get(s.index, []) if x.type == "Place" and x.start < m.start
                           and x.start >= m.extra.get("desc_start", m.start) and m.type in ORG]
            if inner_place and not re.search(r"\b(?:in|aus|from|of|nach)\s+$", text[m.extra.get("desc_start", m.start):inner_place[0].start]):
                add_rel(m, "headquarteredIn", inner_place[0], ev, 0.7)
            parent = re.search(r"⟨(\d+):(?:Company|Organization)⟩-$", view.text[:view.text.find(f"⟨{view.mentions.index(m)}:")]) \
                if m in view.mentions and re.fullmatch(r"(?:[Tt]ochter\w*|[Ss]ubsidiary|[Uu]nit)", m.text) else None
            if parent is None and m in view.mentions and re.search(r"Tochter\w*$", m.text):
                # "Die Tochter der SK Group will ...": the parent named right after
                i = view.mentions.index(m)
                parent = re.match(rf"⟨{i}:\w+⟩\s+(?:der|des|von)\s+⟨(\d+):(?:Company|Organization)⟩", view.text[view.text.find(f"⟨{i}:"):])
            if parent is not None:
                add_rel(m, "subsidiaryOf", view.mention(parent.group(1)), ev, 0.8)
        # ---- "der Konzern aus Neckarsulm": a description followed by its town
        for m in resolved:
            if m.type not in ORG:
                continue
            after = [x for x in by_sentence.get(s.index, []) if x.type == "Place" and x.start > m.end
                     and re.fullmatch(r"\s+aus\s+(?:dem\s+)?", text[m.end:x.start])]
            if after:
                add_rel(m, "headquarteredIn", after[0], ev, 0.7)
        # ---- "The iPhone maker", "der ChatGPT-Entwickler": the product named inside a description
        for m in resolved:
            if m.type in ORG and re.search(r"(?i)(?:maker|developer|Entwickler|Hersteller|Macher|Erfinder|creator|owner)$", m.text):
                inner = [x for x in by_sentence.get(s.index, []) if x.type in MP
                         and m.extra.get("desc_start", m.start) <= x.start < m.start]
                for x in inner:
                    add_rel(m, "released", x, ev, 0.7)
        # ---- "OpenAI, the lab he co-founded in 2015", "SpaceX, which he founded in 2002": the person in focus founded it
        for fp in FOUNDED_BY_PRONOUN.finditer(view.text):
            org = view.mention(fp.group(1))
            people = [m for m in sent_mentions if m.type == "Person" and m.start < org.start]
            person = people[-1] if people else salience.recent(("Person",), back=2, last=True)
            if person is not None:
                add_rel(org, "foundedBy", person, ev, 0.7)
        # ---- "Zu den größten Abnehmern zählen Microsoft und Meta", "Its customers include X and Y": partners of the
        # sentence's company or the article's
        # "Zu den ersten Kunden der gemeinsamen Plattform zählen nach Angaben der Münchner bereits X, Y und Z"
        for cu in CUSTOMERS_DE.finditer(view.text):
            own = re.findall(r"⟨(\d+):Company⟩", cu.group(1)) or re.findall(r"⟨(\d+):Company⟩", view.text[:cu.start()])
            other = view.mention(own[0]) if own else (salience.prev_subject or salience.topic() or salience.main())
            tail = re.split(r",\s+(?:die|der|das|which|who)\s", cu.group(2))[0]
            for i in re.findall(r"⟨(\d+):(?:Company|Organization)⟩", tail):
                member = view.mention(i)
                if other is not None and other.name != member.name:
                    add_rel(member, "partnersWith", other, ev, 0.65)
        for cu in CUSTOMERS.finditer(view.text):
            own = re.findall(r"⟨(\d+):Company⟩", view.text[:cu.start()])
            other = view.mention(own[0]) if own else (salience.topic() or salience.main())
            for i in ids_in(cu.group(1)):
                member = view.mention(i)
                if other is not None and other.name != member.name:
                    add_rel(member, "partnersWith", other, ev, 0.65)
        # ---- "Apple has agreed to license a custom version of Google's Gemini", "SAP lizenziert das Sprachmodell
        # Mistral Large", "Microsoft has begun offering Anthropic's Claude models": a deal with the model's maker
        for um in USES_MODEL.finditer(view.text):
            user = view.mention(ids_in(um.group(1) or um.group(3))[0])
            for i in ids_in(um.group(2) or um.group(4)):
                model = view.mention(i)
                maker = model.maker or maker_of(model)
                if maker and maker != user.name and maker in registry.entities and registry.entities[maker].type in ORG:
                    mk = next((m for m in sent_mentions if m.name == maker), None) or maker_mention(maker, model.start, s.index)
                    add_rel(user, "partnersWith", mk, ev, 0.6)
        # ---- "Nvidia and Jeff Bezos are among its investors"
        for ia in AMONG_INVESTORS.finditer(view.text):
            target = salience.recent(("Company",), back=2)
            if target is not None and any(k[0] == target.name and k[1] == "investsIn" for k in relations):
                target = salience.topic() or salience.main()  # the company named before is an investor itself
            for i in ids_in(ia.group(1)):
                inv = view.mention(i)
                if target is not None and target.name != inv.name:
                    add_rel(inv, "investsIn", target, ev, 0.7)
        def company_before(pos: int) -> Mention | None:
            """The last company named before ``pos`` in the templated sentence."""
            return next((m for m in reversed(view.mentions_before(pos)) if m.type == "Company"), None)

        def investee(m: Mention | None) -> Mention | None:
            """The company ``m`` invested in lately, when the article is about an investor ("Microsoft steigt bei Black
            Forest Labs ein. Zu den bisherigen Geldgebern zählen ...": Black Forest Labs' backers), else ``m``."""
            if m is None:
                return None
            return next((x for x in salience.latest(("Company",)) if (m.name, "investsIn", x.name) in relations), m)

        for il in INVESTOR_LIST_DE.finditer(view.text):
            target = company_before(il.start()) or investee(salience.topic(back=8) or salience.main() or salience.prev_subject)
            tail = RELATIVE_BETWEEN.sub(",", il.group(1) + ",")
            # "der frühere ⟨Google⟩-Chef Eric Schmidt": a company in a compound names no investor
            for i in re.findall(r"⟨(\d+):(?:Company|Organization|Person)⟩(?!-[A-ZÄÖÜ])", tail):
                inv = view.mention(i)
                if target is not None and target.name != inv.name:
                    add_rel(inv, "investsIn", target, ev, 0.65)
        for il in INVESTOR_LIST.finditer(view.text):
            target = company_before(il.start()) or investee(salience.prev_subject or salience.topic() or salience.main())
            for i in ids_in(il.group(1)):
                inv = view.mention(i)
                if target is not None and target.name != inv.name:
                    add_rel(inv, "investsIn", target, ev, 0.65)
        for ca in COUNTS_AMONG.finditer(view.text):
            target = company_before(ca.start()) or salience.prev_subject or salience.topic()
            for i in ids_in(ca.group(1) or ca.group(3)):
                member = view.mention(i)
                if target is None or target.name == member.name:
                    continue
                if re.match(r"investor|backer|shareholder", ca.group(2) or ca.group(4)):
                    add_rel(member, "investsIn", target, ev, 0.65)
                else:
                    add_rel(member, "partnersWith", target, ev, 0.6)
        # ---- "On SWE-bench, X scored 82.4%, ahead of Y at 80.9%", "38% for Gemini 3 Pro": every model given a score on
        # the sentence's one benchmark was evaluated on it
        benches = {m.name: m for m in sent_mentions if m.type == "Benchmark"}
        if len(benches) == 1:
            bench = next(iter(benches.values()))
            for m in sent_mentions:
                if m.type != "AIModel" or m.method == "coref":
                    continue
                after, before = text[m.end:m.end + 40], text[max(s.start, m.start - 30):m.start]
                if SCORE_AFTER.match(after) or SCORE_BEFORE.search(before):
                    add_rel(m, "evaluatedOn", bench, ev, 0.65)
        # ---- "The company built it on top of GLM-4.5-Air": the pronoun is the model in focus
        for bi in BUILT_IT.finditer(view.text):
            focus = salience.recent(("AIModel",), back=2)
            base = view.mention(bi.group(1) or bi.group(2))
            if focus is not None:
                add_rel(focus, "basedOn", base, ev, 0.65)
        # ---- "mit seinem Modell Gemini", "seines humanoiden Roboters 4NE1": the possessor's product
        for pp in POSSESSIVE_PRODUCT.finditer(view.text):
            thing = view.mention(pp.group(1))
            before = [m for m in view.mentions_before(pp.start()) if m.type in ORG or m.type == "Person"]
            owner = before[-1] if before else None
            if owner is not None and owner.type == "Person":
                owner = known_employer(owner, owner.start, s.index) or salience.topic()
            maker = maker_of(thing) or thing.maker
            if owner is not None and owner.type in ORG and (not maker or maker == owner.name):
                add_rel(owner, "released", thing, ev, 0.6)
        # ---- benchmark comparisons clause by clause ("it trailed X on GPQA", "liegt X vor Y und hinter Z")
        facts = comparisons(view.text)
        if facts:
            focus = None
            if any(f.subject is None or f.obj is None for f in facts):
                focus = salience.recent(("AIModel",), back=2)
            for f in facts:
                a = view.mention(f.subject) if f.subject is not None else focus
                b = view.mention(f.obj) if f.obj is not None else focus
                if a is not None and b is not None and a.name != b.name:
                    add_rel(a, f.predicate, b, ev, 0.65)
        # ---- "im Test ⟨SWE-bench⟩ erreichte es 74,9 Prozent": the pronoun is the sentence's model
        for pm in PRONOUN_EVAL.finditer(view.text):
            models = [m for m in sent_mentions if m.type == "AIModel"]
            if models:
                add_rel(models[0], "evaluatedOn", view.mention(pm.group(1)), ev, 0.7)
        # ---- "erreicht Hunyuan-T2 im Mathematiktest ⟨AIME 2025⟩ 92,4 Prozent", "Beim Test ⟨GPQA⟩ meldet Tencent 81 Prozent":
        # a benchmark with a score and no model yet belongs to the sentence's model that is not a comparison's object,
        # else to the model in focus
        if SCORE_ANY.search(s.text):
            own = [m for m in sent_mentions if m.type == "AIModel" and id(m) not in yardsticks]
            compared = {m.name for m in sent_mentions if m.type == "AIModel"} - {m.name for m in own}
            done = {k[2] for k, _r in relations.of_sentence(s.start) if k[1] == "evaluatedOn"
                    and (k[0] in {m.name for m in own} or not own and k[0] not in compared)}
            for b in [m for m in sent_mentions if m.type == "Benchmark" and m.name not in done]:
                model = own[0] if own else salience.recent(("AIModel",), back=3)
                if model is not None:
                    add_rel(model, "evaluatedOn", b, ev, 0.5)
        # ---- "die hauseigene KI-Assistentin Joule", "its own chip X": made by the sentence's company
        for m in sent_mentions:
            if m.type in MP and OWN.search(text[max(s.start, m.start - 60):m.start]) and not re.match(
                    r"(?:-\w+)?\s+(?:von|of|by|from)\s", text[m.end:m.end + 20]):
                nearest = [x for x in sent_mentions if x.type in ORG and x.end <= m.start]
                owner = nearest[-1] if nearest else (salience.topic() or prev_company)
                if owner is not None:
                    add_rel(owner, "released", m, ev, 0.7)
        # ---- events
        released_pairs = [(a, b) for a, p, b in found_rel if p == "released" and
                          not (b.maker and not RELEASE_WORDS.search(s.text))]
        drafts: list[EventDraft] = []
        stock_owner = subject if subject is not None and subject.type == "Company" else \
            next((m for m in sent_mentions if m.type == "Company"), None) or prev_company  # not the exchange
        moves = stock_moves(view, stock_owner, stock_context=last_move is not None and s.index - last_move <= 2)
        drafts += moves
        for tk in TICKER.finditer(view.text):
            add_rel(view.mention(tk.group(1)), "listedOn", view.mention(tk.group(2)), ev, 0.85)
        # ---- "die an der Nasdaq notierte Aktie verlor 3,1 Prozent": the mover is listed there
        for lx in LISTED_SHARE.finditer(view.text):
            exch = view.mention(lx.group(1))
            for d in moves:
                if d.subject.type == "Company" and EXCHANGE.search(exch.name + " " + exch.text):
                    add_rel(d.subject, "listedOn", exch, ev, 0.7)
        # ---- "zählte zu den stärksten Werten im Leitindex Dax", "Schlusslicht im Dax": a mover is a member of the index
        movers = {d.subject.name for d in moves}
        for im in INDEX_MEMBER.finditer(view.text):
            idx = view.mention(im.group(1) or im.group(2))
            if idx.type != "StockIndex" or idx.name in movers:
                continue
            for d in moves:
                if d.subject.type == "Company":
                    add_rel(d.subject, "listedOn", idx, ev, 0.65)
        # ---- "Aixtron, der im TecDax und im MDax gelistet ist", "die an die Hongkonger Börse gegangenen Start-ups A und B"
        for lm in LISTED_MEMBER.finditer(view.text):
            ids = ids_in(lm.group(0))
            cos = [view.mention(i) for i in ids if view.mention(i).type == "Company"]
            places = [view.mention(i) for i in ids if view.mention(i).type in ("StockIndex", "Organization")]
            for c in cos:
                for p in places:
                    if p.type == "StockIndex" or EXCHANGE.search(p.name + " " + p.text):
                        add_rel(c, "listedOn", p, ev, 0.7)
        for nl in LISTED_STOCK.finditer(view.text):
            exch = view.mention(nl.group(1))
            owner = salience.prev_subject or salience.topic()
            if owner is not None and EXCHANGE.search(exch.name + " " + exch.text):
                add_rel(owner, "listedOn", exch, ev, 0.65)
        drafts += launch_events(view, [(a, b) for a, b in released_pairs if _launch_near(text, s, a, b)],
                                subject or (prev_company if re.match(r"(?i)(?:das|der|die|the)\s", s.text) else None))
        # ---- "Das aktuelle Flaggschiff FLUX.2 kam im November auf den Markt": a launch of a model whose maker is known
        if not any(d.type in ("ModelRelease", "ProductLaunch") for d in drafts) and RELEASE_WORDS.search(s.text):
            for m in sent_mentions:
                if m.type not in MP or m.method == "coref" or not _launch_near(text, s, m, m):
                    continue
                maker = maker_of(m)
                if maker:
                    drafts.append(EventDraft("ModelRelease" if m.type == "AIModel" else "ProductLaunch",
                                             maker_mention(maker, m.start, s.index), m, confidence=0.6))
                    break
        drafts += money_events(view, subject or prev_company, found_rel, topic=salience.topic() or salience.main())
        # ---- "Separately, Amazon will invest an additional $4 billion": an investor of the round just described
        if last_funding is not None and s.index - last_funding[0] <= 3:
            for iv in INVEST_NO_TARGET.finditer(view.text):
                inv = view.mention(iv.group(1))
                if inv.name != last_funding[2].name and not re.search(r"⟨\d+:Company⟩", view.text[iv.end():iv.end() + 40]):
                    add_rel(inv, "investsIn", last_funding[2], ev, 0.65)
                    _add_investment(drafts, inv, last_funding[2])
        window = 5 if re.search(r"(?i)\b(?:die|der|the|this)\s+(?:Runde|Finanzierungsrunde|round)\b", s.text) else 3
        if last_funding is not None and s.index - last_funding[0] <= window and not any(d.type == "Funding" for d in drafts):
            for inv in round_investors(view, last_funding[2].name):
                if add_rel(last_funding[2], "fundedBy", inv, ev, 0.7):
                    iri = str(entity_iri(inv.name))
                    if iri not in last_funding[1].investors:
                        last_funding[1].investors.append(iri)
                        _add_investment(drafts, inv, last_funding[2])
                    # a list of the round's investors keeps the round in focus for the next sentences
                    last_funding = (s.index, last_funding[1], last_funding[2])
        # every investor of a round invests in the company: one Investment per investor
        for d in [d for d in drafts if d.type == "Funding"]:
            for inv in d.investors:
                _add_investment(drafts, inv, d.subject, d.date_text)
        for d in drafts:
            for mm in [d.subject, d.object, d.market, *d.investors]:
                if mm is not None and mm.name not in registry.entities:
                    registry.add(mm, mm.extra.get("entry"))
            if d.type == "Funding":
                for inv in d.investors:
                    add_rel(d.subject, "fundedBy", inv, ev, 0.75)
            if d.type == "Investment" and d.object is not None:
                add_rel(d.subject, "investsIn", d.object, ev, 0.75)
            dt = resolve_date(d.date_text, doc.published, lang) if d.date_text else None
            events.append(Event(
                iri=_event_iri(doc, d.type, d.subject.name, ev, f"{d.percent}|{d.object.name if d.object else ''}"),
                type=d.type, subject=str(entity_iri(d.subject.name)), evidence=ev,
                object=str(entity_iri(d.object.name)) if d.object else None, percent=d.percent,
                market=str(entity_iri(d.market.name)) if d.market else None, amount=d.amount,
                currency=d.currency, amount_usd=d.amount_usd,
                investors=[str(entity_iri(i.name)) for i in d.investors], date=dt, date_text=d.date_text,
                confidence=d.confidence))
            if d.type == "Funding":
                last_funding = (s.index, events[-1], d.subject)
            if d.type == "StockMove":
                last_move = s.index
        # ---- attributes
        recent_model = next((m for m in sent_mentions if m.type == "AIModel"), None) or salience.recent(("AIModel",))
        for a in attributes(view, recent_model, subject or prev_company):
            _add_attr(attrs, a, ev, registry)
        # ---- guesses for the pairs no rule related: lower confidence
        related = relations.related()
        linked = {k[0] if k[1] != "foundedBy" else k[2] for k, _r in relations.of_sentence(s.start)
                  if k[1] in ("worksFor", "ceoOf", "foundedBy")}
        # the company in focus (recently and most often named) and the article's lead company (named first among the
        # most named), appended after the sentence's own mentions for the guesses that need them
        gview = make_view(s, view.mentions)

        def slot(extra: Mention | None) -> int | None:
            if extra is None or extra.type != "Company":
                return None
            for i in range(len(view.mentions), len(gview.mentions)):
                if gview.mentions[i].name == extra.name:
                    return i
            gview.mentions.append(extra)
            return len(gview.mentions) - 1

        focus_i, lead_i = slot(salience.topic() or salience.main()), slot(salience.lead())
        funded_i = slot(investee(salience.topic() or salience.main()))
        worded = guesses(gview, related, linked, focus_i, lead_i, funded_i) if guessing else []
        # then the learned model, for the pairs neither the rules nor the worded guesses relate
        learned = learned_guesses(view, related, lang, {frozenset((gview.mention(g.subject).name, gview.mention(g.object).name))
                                                        for g in worded}) if guessing else []
        for g in worded:
            add_rel(gview.mention(g.subject), g.predicate, gview.mention(g.object), ev, g.confidence)
        for g in learned:
            add_rel(view.mention(g.subject), g.predicate, view.mention(g.object), ev, g.confidence)
        for m in sent_mentions:
            if m.type in MP:
                for c in sent_mentions:
                    if c.type != "Company" or c.name == m.name:
                        continue
                    # a company before the product with no other product between, or right after it as "von/by/from X"
                    lo, hi = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
                    if any(x.type in MP and lo <= x.start and x.end <= hi for x in sent_mentions):
                        continue
                    if c.start >= m.end and not re.fullmatch(r"\s+(?:von|by|from|des|der)\s+(?:[\w-]+\s+){0,2}", text[m.end:c.start]):
                        continue
                    w = 2.0 if c.end <= m.start and m.start - c.end <= 60 or c.start >= m.end else 1.0
                    counts = seen_with.setdefault(m.name, {})
                    counts[c.name] = counts.get(c.name, 0.0) + w
        for m in sent_mentions:
            if id(m) in yardsticks and m.method != "coref":
                m.extra["compared"] = True
        salience.push(sent_mentions, s.text, s.start)

    events += _events_of_relations(doc, relations, events, registry, lang)
    _known_makers(mentions, registry, relations, lex, sentences)
    if guessing:
        _likely_makers(mentions, registry, relations, sentences, seen_with, lex)
    _known_parents(mentions, registry, relations, lex, sentences)
    out.entities = list(registry.entities.values())
    out.relations = list(relations.values())
    out.attributes = list(attrs.values())
    out.events = _dedupe_events(events)
    return out


def _seats(relations: dict, name: str) -> set[str]:
    """The places the facts found so far give as the seat of ``name``."""
    return {k[2] for k in relations if k[0] == name and k[1] == "headquarteredIn"}


def _place_in_description(desc: str, lex: Lexicon) -> LexiconEntry | None:
    """The seat a company description names: "der Münchner Technologiekonzern" (Munich), "the San Diego-based company"."""
    ca = re.search(r"(?<![\w-])((?:New\s)?[A-ZÄÖÜ][\wäöü]+?)er\s+(?:[\w-]+\s+)?\S+$", desc)
    if ca is not None:
        return _city_of(lex, ca.group(1))
    based = re.search(r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})-based\b", desc)
    if based is not None:
        entry = lex.lookup(norm_key(based.group(1)))
        return entry if entry is not None and entry.type == "Place" else None
    return None


def _maker_fits(company: str, product: Mention, lex: Lexicon) -> bool:
    """Whether ``company`` may have released ``product``: yes unless the lexicon names the product's maker and
    that is neither the company, its parent, nor a company of the same parent."""
    entry = product.extra.get("entry") or lex.get(product.name)
    maker = getattr(entry, "maker", None)
    if not maker or getattr(entry, "source", "") == "context":
        return True  # no maker known, or only guessed from this article's own wording

    def family(name: str) -> set[str]:
        parent = getattr(lex.get(name), "maker", None)
        return {name, parent} if parent else {name}

    return bool(family(company) & family(maker))


def _known_makers(mentions: list[Mention], registry: _Registry, relations: dict, lex: Lexicon,
                  sentences: list[Sentence]) -> None:
    """A model or product the lexicon knows the maker of, in an article that names that maker too, was
    released by it ("Anthropic ... Claude Opus 4.5 scored"), unless the article names another maker.
    Lower confidence: the article need not say so in one sentence."""
    has_maker = {o for (_s, p, o) in relations if p == "released"}
    # the maker this article names for a model family ("Google DeepMind released Gemini 3.5") makes its other
    # members too ("Gemini 3.5 Pro"), before the lexicon's maker of the family (Google)
    family_maker: dict[str, str] = {}
    for (s_, p, o) in relations:
        if p == "released" and norm_key(o):
            family_maker.setdefault(norm_key(o).split()[0], s_)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in MP or m.name in has_maker or m.name not in registry.entities:
            continue
        entry = lex.get(m.name) or m.extra.get("entry")
        maker = getattr(entry, "maker", None)
        doc_maker = family_maker.get(norm_key(m.name).split()[0]) if norm_key(m.name) else None
        if doc_maker is not None and doc_maker in registry.entities and (
                maker is None or getattr(entry, "source", "") == "context" or
                (lex.get(doc_maker) is not None and lex.get(doc_maker).maker == maker)):
            maker = doc_maker
        if not maker or maker not in registry.entities or registry.entities[maker].type not in ORG:
            maker = _named_maker(m.name, registry, lex)
        if not maker:
            continue
        _doc_relation(relations, maker, "released", m.name, sentences[m.sentence])
        has_maker.add(m.name)


def _events_of_relations(doc: Document, relations: dict, events: list[Event], registry: _Registry, lang: str) -> list[Event]:
    """The events a sentence's relations state where no event was drawn from it: an investment for "X holds a stake
    in Y" or "backed by X", an acquisition for "X acquired Y", a release for "X released Y" where a launch word
    stands in the sentence."""
    in_sentence = {(e.type, e.subject, e.evidence.start) for e in events}  # an event of that kind drawn from the sentence
    of_object = {(e.type, e.subject, e.object) for e in events}  # or about the same object anywhere
    out: list[Event] = []
    for (a, p, b), r in relations.items():
        if r.confidence <= 0.55 and p != "investsIn":
            continue  # facts of the article as a whole carry no sentence of their own
        if p == "investsIn":
            typ, subj, obj = "Investment", r.subject, r.object
        elif p == "acquired":
            typ, subj, obj = "Acquisition", r.subject, r.object
        elif p == "released" and RELEASE_WORDS.search(r.evidence.sentence):
            kind = registry.entities.get(b)
            typ = "ModelRelease" if kind is not None and kind.type == "AIModel" else "ProductLaunch"
            subj, obj = r.subject, r.object
        else:
            continue
        if (typ, subj, r.evidence.start) in in_sentence or (typ, subj, obj) in of_object:
            continue
        in_sentence.add((typ, subj, r.evidence.start))
        out.append(Event(iri=_event_iri(doc, typ, subj, r.evidence, obj or ""), type=typ, subject=subj, evidence=r.evidence,
                         object=obj, confidence=round(r.confidence * 0.9, 2)))
    return out


def _likely_makers(mentions: list[Mention], registry: _Registry, relations: dict, sentences: list[Sentence],
                   seen_with: dict[str, dict[str, float]], lex: Lexicon) -> None:
    """A guess for a model or product whose maker no sentence states and the lexicon does not know: the company
    named with it most often (closest before it counts double)."""
    has_maker = {o for (_s, p, o) in relations if p == "released"} | {s_ for (s_, p, _o) in relations if p == "developedBy"}
    done = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in MP or m.name in has_maker or m.name in done or m.name not in registry.entities:
            continue
        done.add(m.name)
        counts = seen_with.get(m.name, {})
        if not counts:
            continue
        maker = max(counts, key=lambda c: counts[c])
        if maker not in registry.entities or registry.entities[maker].type != "Company":
            continue
        known = getattr(lex.get(m.name) or m.extra.get("entry"), "maker", None) or m.maker
        if known and known != maker:
            continue  # "Gemini 3.5 Pro" is Google's even where the article names only OpenAI and Anthropic
        _doc_relation(relations, maker, "released", m.name, sentences[m.sentence], 0.45)


def _named_maker(name: str, registry: _Registry, lex: Lexicon) -> str | None:
    """The maker a product's name carries: a company of the article that the name starts with ("Perplexity Pro",
    "DeepSeek-App", "SAP-RPT-2"), else the lexicon maker of its first word's family ("Claude for Chrome", "Gemini app")."""
    key = norm_key(name)
    best = None
    for e in registry.entities.values():
        if e.type not in ORG or e.name == name:
            continue
        for form in {e.name, *e.aliases}:
            k = norm_key(form)
            if k and key.startswith(k + " ") and (best is None or len(k) > best[0]):
                best = (len(k), e.name)
    if best is not None:
        return best[1]
    family = lex.lookup(key.split()[0]) if key else None
    maker = getattr(family, "maker", None)
    if family is not None and family.type in MP and maker in registry.entities and registry.entities[maker].type in ORG:
        return maker
    return None


def _doc_relation(relations: dict, subject: str, predicate: str, obj: str, s: Sentence, confidence: float = 0.55) -> None:
    """A fact the article implies as a whole, with the sentence of the entity's first mention as evidence."""
    relations[(subject, predicate, obj)] = Relation(str(entity_iri(subject)), predicate, str(entity_iri(obj)),
                                                    Evidence(s.text, s.start, s.end), confidence)


def _known_parents(mentions: list[Mention], registry: _Registry, relations: dict, lex: Lexicon,
                   sentences: list[Sentence]) -> None:
    """A company the lexicon knows the parent of ("Alibaba Cloud" of Alibaba), in an article that names the parent
    too, is its subsidiary, unless the article names another parent."""
    has_parent = {s_ for (s_, p, _o) in relations if p == "subsidiaryOf"}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in ORG or m.name in has_parent or m.name not in registry.entities:
            continue
        entry = lex.get(m.name)
        parent = getattr(entry, "maker", None)
        if not parent or parent == m.name or parent not in registry.entities or registry.entities[parent].type not in ORG:
            continue
        if (parent, "acquired", m.name) in relations:
            continue  # "Nvidia übernimmt Run:ai": the article reports the purchase, not a subsidiary
        _doc_relation(relations, m.name, "subsidiaryOf", parent, sentences[m.sentence])
        has_parent.add(m.name)


def _add_attr(attrs: dict, a: AttributeDraft, ev: Evidence, registry: _Registry) -> None:
    key = (a.subject.name, a.predicate)
    if key in attrs:
        return
    if a.subject.name not in registry.entities:
        registry.add(a.subject, a.subject.extra.get("entry"))
    attrs[key] = Attribute(str(entity_iri(a.subject.name)), a.predicate, a.value, ev, a.confidence)


def _dedupe_events(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.type, e.subject, e.object, e.percent, e.market, e.amount)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out
