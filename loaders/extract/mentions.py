"""Finding names in text: lexicon look-up, names recognised from context, fuzzy matches of typos.

Works in two passes over a document: ``discover`` finds names that are not in the lexicon from the
words around them ("das Start-up X", "CEO Y", "sein Modell Z", versioned model names) and adds them
to a per-document copy of the lexicon; ``find_mentions`` then finds every surface form of every
known name, inflected forms ("Alibabas") and typos ("DeepSeak") included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kg.loaders.extract.lexicon import PIECE, Lexicon, LexiconEntry, fold, norm_key
from kg.loaders.extract.prefilter import WordIndex, required_literals
from kg.loaders.extract.patterns import (
    CAP, GENERIC_SUFFIX_WORDS, LEGAL_SUFFIX, MODEL_NAME, NAMESEQ, PNAME, PWORD, STOP_CAPS, UP, VERSION,
)
from kg.loaders.extract.sentences import Sentence

__all__ = ["Mention", "discover", "find_mentions", "expand_doc_aliases", "shared_surnames"]


@dataclass
class Mention:
    start: int  # offsets into the document text
    end: int
    text: str
    name: str  # canonical name of the entity
    type: str
    sentence: int
    method: str = "lexicon"  # lexicon | inflection | context | fuzzy | maker | coref
    score: float = 100.0
    reason: str = ""
    maker: str | None = None  # the maker named inside the mention ("OpenAI o1" -> "OpenAI")
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- discovery of unknown names

PERSON_CUES = (
    # German compounds of a job title: "Finanzvorstand", "Aufsichtsratschef", "KI-Analyst", "Forschungsvizepräsidentin"
    r"[A-ZÄÖÜ][\wäöü-]*(?:chef|chefin|vorstand|vorständin|gründer|gründerin|analyst|analystin|managerin|direktor|direktorin|"
    r"präsident|präsidentin|sprecher|sprecherin|leiter|leiterin|wissenschaftler|wissenschaftlerin|forscher|forscherin|"
    r"experte|expertin|ökonom|ökonomin|stratege|strategin|minister|ministerin)|"
    r"CEO|Chef|Chefin|Vorstandschef(?:in)?|Konzernchef(?:in)?|Firmenchef(?:in)?|Unternehmenschef(?:in)?|"
    r"Gründer(?:in)?|Mitgründer(?:in)?|Mitbegründer(?:in)?|Co-Gründer(?:in)?|Firmengründer(?:in)?|"
    r"[Ff]ounder|[Cc]o-founder|[Cc]ofounder|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Pp]resident|[Pp]räsident(?:in)?|"
    r"Analyst(?:in)?|analyst|Forscher(?:in)?|[Rr]esearcher|[Ss]cientist|Wissenschaftler(?:in)?|"
    r"Professor(?:in)?|professor|Milliardär(?:in)?|billionaire|[Cc]hairman|[Cc]hairwoman|Vorsitzende[rn]?|"
    r"CFO|CTO|COO|Finanzchef(?:in)?|Technikchef(?:in)?|Technologiechef(?:in)?|KI-Chef(?:in)?|"
    r"[Cc]hief [Ss]cientist|Direktor(?:in)?|[Dd]irector|Manager(?:in)?|Sprecher(?:in)?|[Ss]pokes(?:person|man|woman)|"
    r"Herr|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Chefökonom(?:in)?|Strateg(?:e|in)|[Ss]trategist|[Ee]conomist|"
    r"Ökonom(?:in)?|Portfoliomanager(?:in)?|[Hh]ead of [\w ]{2,20}?|Leiter(?:in)?|[Ee]xecutive|Minister(?:in)?|"
    r"Senator(?:in)?|Investor(?:in)?|[Ii]nvestor|Entwickler(?:in)?|[Ee]ngineer|Ingenieur(?:in)?|Prinz|Prince|"
    r"Scheich|Sheikh|Chefin|Managerin|(?<=[a-z] )(?:chief|head|boss)|(?<=\w-)Partner(?:in)?|(?<=[a-z] )partner"
)
SAY_VERBS = r"sagte|sagt|erklärte|erklärt|betonte|kommentiert|kommentierte|schrieb|said|says|told|wrote|added|fügte"
COMPANY_CUES = (
    r"Start-?ups?|Startups?|[Ss]tart-?ups?|Unternehmens?|Firma|Konzerns?|\w*[Kk]onzerns?|\w*[Hh]ersteller[s]?|"
    r"\w*[Aa]nbieter[s]?|\w*[Ee]ntwickler[s]?|\w*[Rr]iesen?|Rivalen?|Konkurrent(?:en)?|Wettbewerbers?|[A-ZÄÖÜ]\w*bauers?|"
    r"[\w-]*Tochter(?:firma|gesellschaft|unternehmen)?|Risikokapitalgeber[s]?|Wagniskapitalgeber[s]?|"
    r"Finanzinvestors?|Vermögensverwalters?|Investmentfirma|Beteiligungsgesellschaft|Fonds|\w*[Bb]ank|"
    r"(?:Beratungs|Analyse|Software|Investment|Research|Bank)haus|[Cc]onsultancy|[Rr]esearch firm|"
    r"(?:Unternehmens|Strategie|Management)beratung|Beratungsfirma|Beratungsgesellschaft|Wirtschaftsprüfungsgesellschaft|"
    r"consulting firm|accounting firm|law firm|Kanzlei|Anwaltskanzlei|"
    r"[Cc]ompany|[Ff]irm|rival|\w*maker|developer|giant|lab|fund|backer|subsidiary|unit|"
    r"venture capital firm|VC firm|investment firm|asset manager|provider|supplier|Zulieferer[s]?"
)
MODEL_CUES = (
    r"[Mm]odells?|KI-Modells?|AI-Modells?|Sprachmodells?|Reasoning-Modells?|Argumentationsmodells?|"
    r"Open-Source-Modells?|Basismodells?|[Mm]odels?|AI model|language model|reasoning model|LLM|"
    r"Modellfamilie|Modellreihe|model family|Bildgenerator|Videogenerator|video generator|image generator"
)
# a word or number that continues a product's name: "Amelia 8", "Veyra Werk"
NEXT_NAME_WORD = rf"(?:\s(?:{CAP}|\d[\w.]*))"
PRODUCT_CUES = (
    r"App|app|KI-Agenten?|AI agent|Agenten?|agent|Assistenten?|[Aa]ssistant|Suchmaschine|search engine|"
    r"Plattform|platform|Dienst(?:es)?|service|KI-Chips?|AI chips?|Chips?|chips?|Chatbots?|chatbot|"
    r"Tool|tool|Produkts?|product|Software|Programmierassistenten?|coding assistant|Brille|headset|Roboter|robot|"
    r"Assistentin|Supercomputer|supercomputer|Rechenzentrum|data-center project|Projekt|project"
)
BENCH_CUES = r"[Bb]enchmarks?|Benchmark-Tests?|Test|Leistungstest"

PLURAL_PERSON_CUES = (r"[Rr]esearchers|Forscher(?:innen|n)?|[Ff]ounders|[Cc]o-?founders|Gründer(?:innen|n)?|"
                      r"Mitgründer(?:innen|n)?|[Ee]xecutives|Manager(?:innen|n)?|[Ee]ngineers|Ingenieure[n]?|"
                      r"Mitarbeiter(?:innen|n)?|[Ee]mployees|Analysten|[Aa]nalysts|[Ss]cientists|"
                      r"Wissenschaftler(?:innen|n)?|[Ii]nvestors|Investoren|Brüder[n]?|Geschwister[n]?|siblings|brothers")
# a list of people; its first member may be a surname named before ("von Mensch, Guillaume Lample und ...")
PLIST = (rf"(?:{PNAME}|{PWORD}(?=,\s|\s+(?:und|and)\s))(?:(?:,\s+|\s+(?:und|and|sowie)\s+"
         rf"(?:(?:dem|der|den|the)\s+(?:[\w-]+\s+){{1,2}}?(?={PNAME}))?){PNAME})*")
NLIST = rf"{NAMESEQ}(?:(?:,\s+|,?\s+(?:und|and|sowie)\s+){NAMESEQ})*"
INVESTOR_LIST_CUES = (r"led by|co-led by|angeführt von|unter (?:der )?Führung von|participation from|Beteiligung von|"
                      r"investors including|investors such as|Investoren wie|Geldgebern wie|Geldgeber wie|backed by|"
                      r"unterstützt von|darunter|including|(?:investors|backers|shareholders)\s+(?:include|included|are|were)|"
                      r"(?:Investoren|Geldgebern|Anteilseignern|Aktionären)\s+(?:zählen|gehören)(?:\s+(?:auch|bereits|unter anderem))?")

CONTEXT_RULES: list[tuple[re.Pattern[str], str, str]] = [
    # (pattern with a group "n", type, reason)
    (re.compile(rf"(?<!\w)(?:{PERSON_CUES})\s+(?P<n>{PNAME})"), "Person", "title before the name"),
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME}),\s+(?:(?:der|die|the|a|an|ein|eine)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_CUES})\b"),
     "Person", "title after the name"),
    (re.compile(rf"(?<!\w)(?:{PLURAL_PERSON_CUES})\s+(?P<n>{PLIST})"), "Person", "plural title before names"),
    (re.compile(rf"(?:von|by)\s+(?P<n>{PLIST})\s*,?\s+(?:[\w-]+\s+){{0,6}}?(?:mit)?gegründet"), "Person", "founders"),
    (re.compile(rf"(?:Gegründet|Mitgegründet)\s+(?:wurde|wurden)\s+{NAMESEQ}\s+(?:(?:im\s+Jahr\s+)?\d{{4}}\s+)?(?:von|durch)\s+(?:(?:der|dem|den|die)\s+)?"
                rf"(?:[\w-]+\s+){{0,2}}?(?P<n>{PLIST})"), "Person", "founders"),
    (re.compile(rf"(?:founded|co-founded|cofounded|gegründet|started|established|set up|launched)\s+(?:in\s+\d{{4}}\s+)?(?:by|von)\s+(?:(?:former|ehemalige\w*|the|den|die|der|dem)\s+)?"
                rf"(?:[\w-]+\s+){{0,3}}?(?P<n>{PLIST})"), "Person", "founders"),
    (re.compile(rf"(?:{SAY_VERBS})\s+(?P<n>{PNAME})"), "Person", "speaker"),
    # "co-founded in 2022 by Srinivas ... together with Denis Yarats, Johnny Ho and Andy Konwinski",
    # "Mensch started the company in 2023 with Guillaume Lample and Timothée Lacroix"
    (re.compile(rf"(?:founded|co-founded|cofounded|started|gegründet|gründete|mitgegründet)\b[^.]{{0,120}}?\b(?:together with|along with|"
                rf"alongside|zusammen mit|gemeinsam mit|with|mit)\s+(?:(?:his|her|their|seinen|ihren|den|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
                rf"(?P<n>{PLIST})"), "Person", "co-founders"),
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME})\s+(?:{SAY_VERBS})\b"), "Person", "speaker"),
    (re.compile(rf"von\s+(?P<n>{PNAME})\s+(?:mit)?(?:gegründet|geführt|geleitet)"), "Person", "founder or leader"),
    (re.compile(rf"(?:founded|co-founded|led|run)\s+by\s+(?P<n>{PNAME})"), "Person", "founder or leader"),
    (re.compile(rf"(?<!\w)(?:{COMPANY_CUES})\s+(?P<n>{NAMESEQ})"), "Company", "company word before the name"),
    # "Gegründet wurde Kodaro im Mai 2024 von ...", "Kodaro wurde 2024 gegründet", "Quillmark's three co-founders"
    (re.compile(rf"(?:Gegründet|Mitgegründet)\s+(?:wurde|wurden)\s+(?P<n>{NAMESEQ})\s+(?:im|in|von|durch|\d{{4}})\b"), "Company",
     "founded"),
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ})\s+(?:wurde|was)\s+(?:(?:im\s+(?:Jahr\s+)?|in\s+)?(?:\w+\s+)?\d{{4}}\s+)?(?:gegründet|founded)\b"),
     "Company", "founded"),
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ})(?:'s|’s)\s+(?:(?:two|three|four|five|[\w-]+)\s+)?(?:co-?founders?|founders?|chief executive|"
                rf"CEO|investors|backers|valuation)\b"), "Company", "its founders or chief"),
    (re.compile(rf"(?:{INVESTOR_LIST_CUES})\s+(?:(?:the|den|dem|der)\s+)?(?:(?:investors?|Investoren|Geldgebern?)\s+)?(?P<n>{NLIST})"),
     "Company", "investor list"),
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ}),\s+(?:{CAP}(?:'s|’s)\s+)(?:[\w-]+\s+){{0,2}}?(?:shareholder|investor|backer)"), "Company",
     "shareholder"),
    (re.compile(rf"(?P<n>{CAP})(?:'s|’s)\s+{CAP}\s+(?:assistant|app|chatbot|model|agent|platform|tool|software|service|"
                rf"chip|search engine|browser)\b"), "Company", "owner of a product"),
    (re.compile(rf"{CAP}(?:'s|’s)\s+(?P<n>{CAP})\s+(?:assistant|app|chatbot|agent|platform|tool|software|service|chip|"
                rf"search engine|browser)\b"), "Product", "product of a company"),
    (re.compile(rf"(?:its|their|the|sein\w*|ihr\w*)\s+(?P<n>{CAP})\s+(?:base |foundation |language |reasoning |AI |flagship )?"
                rf"(?:model|Modell)\b"), "AIModel", "model word after the name"),
    (re.compile(rf"(?:its|their|sein\w*|ihr\w*)\s+(?:new\s+|neue\w*\s+)?(?P<n>{CAP})\s+(?:memory |AI |KI-)?(?:chips?|Chips?|processors?|"
                rf"Prozessoren|smartphones?|Smartphones?|phones?|glasses|Brille|app|App|devices?|Geräte?)\b"), "Product",
     "product word after the name"),
    (re.compile(rf"(?:the|its|their)\s+(?P<n>{CAP})\s+(?:coding\s+|AI\s+|customer-service\s+)?(?:agent|chatbot|assistant|code editor|"
                rf"browser|app)\b(?!\s+(?:of|for)\b)"), "Product", "product word after the name"),
    (re.compile(rf"(?:purchase|acquisition|takeover|Übernahme|Kauf)\s+(?:of|von|des|der)\s+(?P<n>{NAMESEQ})"), "Company",
     "acquisition target"),
    (re.compile(rf"(?:[Ii]ts|[Tt]heir|[Ss]ein\w*|[Ii]hr\w*|[Tt]he company's)\s+(?:[\w-]+\s+)?(?:product|Produkt|app|App|chatbot|"
                rf"Chatbot|agent|Agent|platform|Plattform|tool|assistant|Assistent\w*),\s+(?P<n>{CAP}(?:\s{CAP})?),"), "Product",
     "product in apposition"),
    (re.compile(rf"(?<![\w-])(?=[{UP}])(?P<n>{CAP}{NEXT_NAME_WORD}?),\s+(?:the company's|its|sein\w*|ihr\w*|die|das|der|the|a|an|ein|eine)\s+"
                rf"(?:[\w-]+\s+){{0,6}}?(?:platform|product|chatbot|app|assistant|tool|service|browser|agent|marketplace|accelerator|"
                rf"Plattform|Produkt|Dienst|Chatbot|Browser|Agent|Assistent\w*|Beschleuniger)(?=[\s,.;:)]|$)(?!\s+(?:maker|company|startup|"
                rf"firm|developer|Hersteller|Anbieter|Entwickler)\b)"), "Product", "product word after the name"),
    # "die Agentenplattform Veyra Werk", "seinen Agenten „Kaskad Copilot Shopfloor“", "mit „Kaskad Forge“ ein Foundation Model"
    (re.compile(rf"(?<![\w-])[\w-]*(?:[Pp]lattform|[Aa]genten?|[Pp]rodukt|[Cc]hatbot|[Aa]ssistent\w*|[Ss]oftware|[Ww]erkzeug|[Dd]ienst|"
                rf"[Bb]rowser|[Cc]hip)\s+(?:„|\")?(?P<n>{CAP}{NEXT_NAME_WORD}{{0,3}})(?:“|\")?(?=[\s,.;:)]|$)"), "Product",
     "product word before the name"),
    (re.compile(rf"(?<![\w-])[\w-]*(?:[Mm]odell|[Ss]prachmodell)\s+(?:„|\")(?P<n>{CAP}{NEXT_NAME_WORD}{{0,3}})(?:“|\")"),
     "AIModel", "model word with the name"),
    (re.compile(rf"\bmit\s+„(?P<n>{CAP}{NEXT_NAME_WORD}{{0,3}})“\s+(?:ein|einem|eine)\s+(?:[\w-]+\s+){{0,2}}?(?:[Mm]odell|Model)\b"),
     "AIModel", "model word with the name"),
    (re.compile(rf"(?<![\w-])(?=[{UP}])(?P<n>{CAP}{NEXT_NAME_WORD}?),\s+(?:the company's|its|sein\w*|ihr\w*|das|the|a|an|ein)\s+"
                rf"(?:[\w-]+\s+){{0,3}}?(?:model|Modell|Sprachmodell|reasoning model|language model)(?=[\s,.;:)]|$)"), "AIModel",
     "model word after the name"),
    (re.compile(rf"(?:mit (?:Haupt)?[Ss]itz in|headquartered in|based in|ansässig in|Hauptsitz in|Firmensitz in)\s+"
                rf"(?P<n>[{UP}][\w-]+(?:\s[{UP}][\w-]+)?)"), "Place", "seat of a company"),
    # "der US-Konzern Micron Technology aus Boise", "das Start-up Vantex aus Leipzig"
    (re.compile(rf"(?:[Kk]onzern\w*|Start-?up\w*|Unternehmen\w*|Firma|[Aa]nbieter\w*|[Hh]ersteller\w*|Rivalen?|Konkurrent\w*|"
                rf"Entwickler\w*|Labor\w*|Spezialist\w*)\s+{NAMESEQ}\s+aus\s+(?P<n>[{UP}][\w]+(?:\s[{UP}][\w]+)?)(?=[\s,.;:]|$)"),
     "Place", "seat of a company"),
    (re.compile(rf"(?<![\w-])(?P<n>[{UP}][\w]+(?:\s[{UP}][\w]+)?)-(?:based|ansässige\w*|basierte\w*)\s"), "Place",
     "X-based company"),
    (re.compile(rf"(?<![\w-])(?P<n>[{UP}][\w]+),\s[{UP}][\w]+(?:\s[{UP}][\w]+)?-based\s"), "Place", "City, State-based"),
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ}),\s+(?:einem|einer|eines|ein|eine|der|die|das|dem|a|an|the)\s+"
                rf"(?!(?:der|die|das|den|dem|des|er|sie|es|sich|ihr|sein|seine|ihre|the|a|an|bis|seit|nach|mit|von|vom|in|im|bei|"
                rf"beim|laut|für|über|unter|auf|an|zu|zum|zur|aus|wie|als|auch|noch|schon|bereits|jetzt|nun)\s)(?:[\w-]+\s+){{0,3}}?"
                rf"(?:{COMPANY_CUES})\b(?!['’])"), "Company", "company word after the name"),
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ}\s{LEGAL_SUFFIX})\.?(?![\w-])(?!\s[{UP}])"), "Company", "legal suffix"),
    (re.compile(rf"(?:Aktien?|Anteile|Papiere|Titel|[Ss]hares|[Ss]tock)\s+(?:von|der|des|of)\s+"
                rf"(?:[A-ZÄÖÜ][a-zäöü]+(?:bauers|herstellers|konzerns|anbieters|entwicklers|spezialisten|zulieferers|ausrüsters|"
                rf"riesen|unternehmens|versorgers|betreibers|fertigers)\s+)?(?P<n>{NAMESEQ})"),
     "Company", "shares of"),
    (re.compile(rf"(?<![\w-])(?!(?:Cloud|KI|AI|Software|Chip|Auto|Internet|Tech|Finanz|Medien|Online|Handels|US|EU|China|"
                rf"Europa|Deutschland|Konzern|Bank|Fonds|Energie|Rüstungs|Robotik|Halbleiter|Speicher|Daten|Co|Ko|Vize|Ex|Interims)-)"
                rf"(?P<n>{CAP})-(?:Aktien?|Papiere|Chef(?:in)?|Gründer(?:in)?|Mitgründer(?:in)?|CEO|Konzern|"
                rf"Tochter|Rivale|Konkurrent|Analyst(?:in|en)?|Strateg(?:e|in|en)|Ökonom(?:in)?|Sprecher(?:in)?|"
                rf"Experte|Expertin|Manager(?:in)?)\b"), "Company", "compound with a company word"),
    (re.compile(rf"(?<![\w-])(?:{MODEL_CUES})\s+(?P<n>(?:{MODEL_NAME}|{CAP})(?:\s(?:{CAP}|{VERSION})){{0,2}})(?=[\s,.;:!?)]|$)"),
     "AIModel", "model word before the name"),
    (re.compile(rf"(?<![\w])(?<![Cc]hief )(?:{PRODUCT_CUES})\s+(?P<n>{CAP}(?:\s{CAP})?)(?=[\s,.;:!?)]|$)"), "Product",
     "product word before the name"),
    (re.compile(rf"(?<![\w-])(?P<n>{CAP}(?:\s{VERSION})?),\s+(?:a|an|its|their|the|ein|eine|sein\w*|ihr\w*|{CAP}(?:'s|’s))\s+(?:new\s+|first\s+|latest\s+|"
                rf"neue\w*\s+|erste\w*\s+)?(?:family of\s+|Familie von\s+)?(?:[\w-]+\s+){{0,2}}?(?:models?|Modell\w*|LLMs?|"
                rf"Sprachmodell\w*|Reasoning-Modell\w*)\b"), "AIModel", "model in apposition"),
    # "Analysts at RBC Capital Markets said", "a former lawyer at Clifford Chance": the employer of a job title
    (re.compile(rf"(?<![\w-])(?:[Aa]nalysts?|[Ee]conomists?|[Ll]awyers?|[Ee]ngineers?|[Rr]esearchers?|[Ss]trategists?|[Bb]ankers?|"
                rf"Analysten|Analystin|Strateg(?:e|en|in)|Ökonom(?:en|in)?|Anwält\w*|Anwalt|Ingenieur\w*)\s+(?:at|bei|von|der)\s+"
                rf"(?:the\s+|der\s+|dem\s+)?(?:[\w-]*(?:[Bb]ank|[Ff]irm|[Hh]aus|[Bb]roker)\s+)?(?P<n>{NAMESEQ})"
                rf"(?=\s*[,.;]|\s+(?:said|say|says|sagte|sagten|sagt|expect|erwarten|and|und|who|der|die)\b|\s+in\s+[{UP}])"),
     "Company", "employer of a job title"),
    # "Vantex shares jumped 9%", "Hensoldt-Papiere", "Kuaishou legten um 6,3 Prozent zu": a listed company
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ})(?:'s|’s)?\s+(?:shares|stock|ADRs)\s+(?:rose|fell|jumped|climbed|gained|dropped|slipped|"
                rf"slid|surged|soared|tumbled|sank|plunged|rallied|edged|added|lost|declined|were|was|closed|ended|traded)\b"),
     "Company", "shares of"),
    (re.compile(rf"(?:^|(?<=[.;:]\s))(?!(?:Der|Die|Das|Den|The)\s)(?P<n>{NAMESEQ})(?<!Aktie)(?<!Aktien)(?<!Papiere)\s+(?:legten|legte|gaben|gab|verloren|verlor|gewannen|gewann|stiegen|stieg|"
                rf"fielen|fiel|sanken|sank|kletterten|kletterte|rutschten|rutschte|sackten|sackte)\s+(?:[\w-]+\s+){{0,3}}?(?:um\s+)?"
                rf"\d+(?:,\d+)?\s*(?:Prozent|%)"), "Company", "stock move"),
    # "a pebble-shaped assistant called io One", "ein Reasoning-Modell namens Tessera-1", "a startup called Halcyon"
    (re.compile(rf"(?:{PRODUCT_CUES}|device|gadget|Gerät|[Bb]rowser|handset|glasses|Plattform|platform)\s+(?:called|named|dubbed|namens|"
                rf"genannt)\s+(?P<n>[\w][\w.-]*(?:\s[A-Z0-9][\w.-]*){{0,2}})"), "Product", "named product"),
    (re.compile(rf"(?:{MODEL_CUES})\s+(?:called|named|dubbed|namens|genannt|mit dem Namen)\s+(?P<n>[\w][\w.-]*(?:\s[A-Z0-9][\w.-]*){{0,2}})"),
     "AIModel", "named model"),
    # "a partner at executive-search firm Heidrick & Struggles", "Partnerin der Kanzlei Gleiss Lutz", "a portfolio manager at
    # Aberdeen": the employer named after a job title
    (re.compile(rf"(?:\b(?:a|an|the)\s+(?:senior\s+|managing\s+|general\s+)?(?:partner|analyst|portfolio manager|fund manager|strategist|"
                rf"economist|director|researcher|professor)|\b(?:Partner(?:in)?|[\w-]*[Aa]nalyst(?:in)?|Portfoliomanager(?:in)?|"
                rf"Fondsmanager(?:in)?|Strateg(?:e|in)|Ökonom(?:in)?|Direktor(?:in)?))\s+(?:at|with|of|bei|von|vom|der|des)\s+"
                rf"(?:(?:the|der|dem|die)\s+)?(?:[a-z][\w-]*\s+(?:firm|company|bank|house|fund)\s+|(?:Kanzlei|Investmentbank|"
                rf"Vermögensverwalter[s]?|Fondsgesellschaft|Beratungsfirma|Unternehmensberatung|Bank|Marktforscher[s]?)\s+)?"
                rf"(?P<n>{NAMESEQ}(?:\s&\s{CAP})?)"), "Company", "employer after a job title"),
    # "Landesbank Baden-Württemberg (LBBW)", "General Services Administration (GSA)": a name with its abbreviation
    (re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[\s-]){{1,4}}{CAP})\s+\((?=[A-Z]{{2,6}}\))"), "Organization", "a name before its abbreviation"),
    # "FLUX.2 [pro]", "FLUX.1 [dev]": a model variant named in brackets
    (re.compile(r"(?<![\w-])(?P<n>[A-Z][\w.-]*\d[\w.]*\s?\[(?:pro|dev|max|klein|flex|schnell|mini|lite|kontext)\])"), "AIModel",
     "a model variant in brackets"),
    # "C3.ai", "Character.AI", "Airkit.ai": a name with a web suffix is a company's
    (re.compile(r"(?<![\w.@/-])(?P<n>[A-Z][\w-]*\.(?:ai|AI|io|com))(?![\w.-]|\.\w)"), "Company", "a name with a web suffix"),
    # "the Mayo Clinic", "the Allen Institute": a name that ends in a word for an institution
    (re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}\s+){{1,3}}(?:Clinic|Institute|Foundation|Hospital|Council|Agency|Authority|Commission|"
                rf"Ministry|Institut|Stiftung|Klinikum|Behörde))\b"), "Organization", "a name of an institution"),
    # "Das hauseigene Modell heißt „Allianz Lumen“", "the model, called "Tessera""
    (re.compile(r"(?:[Mm]odell|[Mm]odel|LLM|Sprachmodell)\w*\s*,?\s+(?:heißt|hieß|trägt den Namen|is called|was called|called|named|dubbed)\s+"
                r"[„\"“](?P<n>[A-Z][^“”\"„]{1,40}?)[“\"”]"), "AIModel", "quoted model name"),
    # "DeepL hat am Dienstag „DeepL Voice for Calls“ vorgestellt": a product name in quotes after a launch
    (re.compile(r"(?:hat|hatte|haben|has|have|had)\s+(?:am\s+\w+\s+|on\s+\w+\s+|nun\s+|now\s+|jetzt\s+)?[„\"“](?P<n>[A-Z][^“”\"„]{1,40}?)[“\"”]"
                r"\s+(?:vorgestellt|veröffentlicht|präsentiert|gestartet|lanciert|angekündigt|launched|released|unveiled|introduced)"),
     "Product", "quoted product name"),
    (re.compile(rf"(?:{COMPANY_CUES}|studio|Studio|[\w-]*[Ll]abor|[\w-]*[Ll]ab)\s+(?:called|named|dubbed|namens|genannt)\s+(?P<n>{NAMESEQ})"), "Company",
     "named company"),
    (re.compile(rf"(?:design|Design|animation|Animations|game|Spiele)[\w-]*\s*studio\s+(?P<n>{NAMESEQ})"), "Company", "studio"),
    # "Rohan Mehta and Clara Voss returned to OpenAI", "Daniel Okafor left to join Thinking Machines Lab"
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME}(?:\s+(?:and|und)\s+{PNAME})?)\s+(?:returned to|left to join|left for|went back to|"
                rf"quit|resigned|stepped down|wechselte|wechselten|kehrte|kehrten|verließ|verließen)\b"), "Person", "career move"),
    # "counts Vanguard, Intuit and L'Oréal among its customers", "zählt X und Y zu seinen Kunden"
    (re.compile(rf"(?:counts|count|counted|zählt|zählte)\s+(?P<n>{NLIST})\s+(?:among|zu)\s+(?:its|their|seinen|ihren)\s+"
                rf"(?:[\w-]+\s+)?(?:customers|clients|investors|backers|shareholders|Kunden|Investoren|Geldgebern)"), "Company",
     "customers or investors"),
    # "der das Unternehmen 2019 gemeinsam mit Samuel Weinbach aufgebaut hatte"
    (re.compile(rf"(?:gemeinsam mit|zusammen mit|together with|along with)\s+(?P<n>{PLIST})\s+(?:[\w-]+\s+){{0,2}}?(?:gegründet|"
                rf"aufgebaut|mitgegründet|ins Leben gerufen|founded|co-founded|started|built)"), "Person", "co-founders"),
    # "Daniel Okafor of Bernstein was more cautious", "said Priya Raman of Morgan Stanley."
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME})\s+(?:of|from)\s+{NAMESEQ}(?=\s*[,.;]|\s+(?:said|says|was|is|wrote|writes|added|told|"
                rf"expects|thinks|noted)\b)"), "Person", "person of an employer"),
    (re.compile(rf"(?<![\w-]){PNAME}\s+(?:of|from)\s+(?P<n>{NAMESEQ})(?=\s*[,.;]|\s+(?:said|says|was|is|wrote|writes|added|told|"
                rf"expects|thinks|noted)\b)"), "Company", "employer of a person"),
    # "agrees to buy Informatica for $8 billion": a takeover target with its price
    (re.compile(rf"(?:to buy|to acquire|acquires|acquired|bought|buys|übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb)\s+"
                rf"(?:(?:the|das|den|die)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<n>{NAMESEQ})\s+(?:for|für)\s+(?:about\s+|rund\s+|etwa\s+)?[$€£\d]"),
     "Company", "takeover target with a price"),
    # "Snowflake acquired Crunchy Data last year", "Databricks übernahm 2023 MosaicML": a takeover target with a time
    (re.compile(rf"(?:acquired|bought|übernahm|kaufte|erwarb)\s+(?:(?:the|das|den|die)\s+)?(?:(?:start-?up|Start-up|company|Firma|"
                rf"Unternehmen)\s+)?(?P<n>{NAMESEQ})(?=\s+(?:in\s+\d{{4}}|last|earlier|this|im\s+(?:Jahr|Januar|Februar|März|April|Mai|"
                rf"Juni|Juli|August|September|Oktober|November|Dezember)|vor\s+\w+\s+Jahren)\b)"),
     "Company", "takeover target with a time"),
    # "Aidan Gomez führt das Unternehmen als Vorstandschef"
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME})\s+(?:führt|leitet|führte|leitete|runs|leads)\s+[^.]{{0,60}}?\b(?:als|as)\s+(?:{PERSON_CUES})"),
     "Person", "leads as"),
    # "Harvey, the San Francisco-based market leader": an X-based apposition names an organisation
    (re.compile(rf"(?<![\w-])(?P<n>{NAMESEQ}),\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[{UP}][\w]+(?:\s[{UP}][\w]+)?-based\s"), "Company",
     "X-based apposition"),
    # "startups such as Vantor and Legora", "Konkurrenten wie X und Y"
    (re.compile(rf"(?:[Ss]tart-?ups|[Cc]ompanies|[Ff]irms|[Rr]ivals|[Cc]ompetitors|Start-ups|Konkurrenten|Wettbewerber|Anbieter)\s+"
                rf"(?:such as|like|including|wie|darunter)\s+(?P<n>{NLIST})"), "Company", "companies such as"),
    # "mit seinen MI350-Beschleunigern", "den H20-Chip": a product compound with a hardware word
    (re.compile(rf"(?<![\w-])(?P<n>[{UP}]{{1,4}}\d{{2,4}}[A-Za-z]?)-(?:Beschleuniger\w*|Chips?|Prozessor\w*|Grafikprozessor\w*|GPUs?|"
                rf"accelerators?|chips?|processors?)\b"), "Product", "hardware compound"),
    (re.compile(rf"(?:[Tt]he (?:startup|start-up|firm|group)'s|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:product|app|chatbot|agent|platform|tool|assistant),\s+"
                rf"(?P<n>{CAP}(?:\s{CAP})?),"), "Product", "product in apposition"),
    (re.compile(rf"(?:its|their|sein\w*|ihr\w*)\s+(?:new\s+|neue\w*\s+)?(?P<n>{CAP})\s+(?:assistant|agent|platform|tool|service|"
                rf"Assistent\w*|Agent\w*|Plattform|Dienst)\b"), "Product", "product word after the name"),
    # "its NEO home robot", "whose Digit robot", "the Apollo humanoid robot", "seinen Roboter Optimus" (before: named product)
    (re.compile(rf"(?:its|their|whose|the|sein\w*|ihr\w*|dessen|deren)\s+(?:new\s+|neue\w*\s+)?(?P<n>{CAP})\s+(?:home\s+|humanoid\s+|"
                rf"general-purpose\s+|bipedal\s+|warehouse\s+)?(?:robots?|humanoids?|Roboter|Humanoide[nr]?)\b"), "Product",
     "robot word after the name"),
    # "its flagship model, Helix-VLA 2, has", "its own open model, DBRX, which": a model name in apposition
    (re.compile(rf"(?<![\w-])(?:[Mm]odel|[Mm]odell|KI-Modell|Sprachmodell|language model|AI model|reasoning model),\s+"
                rf"(?P<n>(?:{MODEL_NAME}|[{UP}][{UP}\d]{{2,}}[\w-]*))(?=,)"), "AIModel", "model name in apposition"),
    # "Daniel Okafor, who previously led": a relative pronoun for people
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME}),\s+who\s+(?:previously|formerly|once|also|until|had|has|was|is|led|ran|"
                rf"founded|co-founded|joined|worked|served)\b"), "Person", "who-clause"),
    (re.compile(rf"(?<![\w-])(?P<n>{PNAME}),\s+(?:der|die)\s+(?:zuletzt|bislang|bisher|früher|zuvor|lange|jahrelang|seit)\b"),
     "Person", "who-clause"),
    # "GAIA-Benchmarks", "MMLU-Test"; not a German compound ("Programmier-Benchmark", "Agenten-Tests")
    (re.compile(rf"(?P<n>(?:[{UP}][\w]*[A-Z\d][\w-]*|[{UP}]{{2,}}))-(?:Benchmarks?|Tests?)\b"), "Benchmark", "benchmark compound"),
    (re.compile(rf"(?:{BENCH_CUES})\s+(?P<n>{CAP})"), "Benchmark", "benchmark word before the name"),
    (re.compile(rf"(?<![\w-])(?P<n>{CAP})\s+(?:benchmark|test suite)\b"), "Benchmark", "benchmark word after the name"),
]
# the words each rule cannot match without: a paragraph without them skips the rule
CONTEXT_RULE_WORDS = WordIndex([required_literals(rx) for rx, _typ, _reason in CONTEXT_RULES])
VERSIONED = re.compile(rf"(?<![\w./@#-])(?P<n>{MODEL_NAME})(?![\w/-])")
MODEL_CONTEXT = re.compile(
    r"(?i)modell|model|\bKI\b|\bAI\b|LLM|reasoning|chatbot|open[- ]source|parameter|benchmark|"
    r"sprachmodell|künstliche|artificial")
NOT_MODEL_BASES = {
    "covid", "windows", "iphone", "series", "serie", "q", "h", "nr", "top", "boeing", "airbus", "stufe",
    "level", "phase", "teil", "artikel", "klasse", "g", "kapitel", "version", "paragraf", "paragraph", "tier",
    "ki", "ai", "us", "eu", "mp", "ps", "kw", "cw", "fy", "gj", "seite", "page", "jahr", "year", "platz", "rang",
    "runde", "round", "b", "c", "a", "e", "s", "t", "x", "model", "modell",
}


_CUE_WORD = re.compile(rf"(?:{COMPANY_CUES}|{PERSON_CUES}|{PLURAL_PERSON_CUES}|KI|AI|Tech|US|EU)")


def _clean_name(name: str, typ: str = "Company") -> str:
    toks = name.split()
    # cut descriptive words before the name: "Pariser KI-Start-up Mistral", "Konkurrenten AMD"
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if i == len(toks) - 1 and i > 0 and t in ("AI", "KI", "Tech"):
            continue  # "Vantex AI": the last word is part of the name, not a description before it
        if typ == "Person" and i == len(toks) - 1:
            continue  # "Lena Hofbauer": a surname that ends like "Autobauer" is still the surname
        if (typ != "Person" and re.search(r"-[a-zäöü]", t)) or _CUE_WORD.fullmatch(t.split("-")[-1]):
            toks = toks[i + 1:]
            break
    while toks and (_stop_start(toks, typ) or toks[0].lower() in {"de", "of", "and", "&", "für", "du", "des"}):
        toks.pop(0)
    if typ == "Person" and len(toks) == 3 and german_job_word(toks[0]):
        toks = toks[1:]  # "Informatikerin Katrin Lehmbruck": a job before the name
    elif typ == "Person" and len(toks) == 3 and "-" in toks[0] and (
            german_job_word(tail := toks[0].rsplit("-", 1)[1]) or re.fullmatch(r"Vorstand|Vorständin|Chef|Chefin|Partner", tail)):
        toks = toks[1:]  # "Lightspeed-Partnerin Rebecca Lindqvist", "Software-Vorstand Magnus Östberg"
    while toks and len(toks) > 1 and typ in ("AIModel", "Product") and re.fullmatch(r"[A-Z]", toks[-1]):
        break  # "Command A": a one-letter version
    while toks and ((toks[-1] in STOP_CAPS and toks[-1].casefold() not in GENERIC_SUFFIX_WORDS
                     and not (typ in ("AIModel", "Product") and len(toks) > 1 and re.fullmatch(r"[A-Z]", toks[-1])))
                    or toks[-1] in {"de", "of", "and", "&", "für", "du", "des"}):
        toks.pop()
    out = " ".join(toks).strip(" .,;:-")
    return out


def _genitive_base(name: str, lex: Lexicon) -> str:
    """'Alibabas' -> 'Alibaba' when the base is known; 'Manus' stays."""
    if name.endswith("s") and len(name) > 3 and lex.lookup(norm_key(name[:-1])):
        return name[:-1]
    return name


def _paragraphs(sentences: list[Sentence], doc_text: str | None) -> list[str]:
    """Sentences joined back into their lines."""
    if doc_text is None:
        return [s.text for s in sentences]
    out: list[list[Sentence]] = []
    for s in sentences:
        if out and "\n" not in doc_text[out[-1][-1].end:s.start]:
            out[-1].append(s)
        else:
            out.append([s])
    return [doc_text[g[0].start:g[-1].end] for g in out]


def discover(sentences: list[Sentence], lex: Lexicon, doc_text: str | None = None) -> list[tuple[LexiconEntry, str]]:
    """Names recognised from context that the lexicon does not know: (entry, reason)."""
    found: dict[str, tuple[LexiconEntry, str]] = {}

    def add(name: str, typ: str, reason: str, maker: str | None = None) -> None:
        name = _clean_name(name, typ)
        if len(name) < 2 or not any(c.isupper() for c in name[:1] + name):
            return
        name = _genitive_base(name, lex)
        while typ == "Person" and name.count(" ") >= 2 and name.split()[0] in TITLE_HEAD_WORDS:
            name = name.split(" ", 1)[1]  # "Officer Kirsten Spears" after "Chief Financial": the title's last word
        if typ == "Person" and " " not in name:
            return  # a surname alone is never a new person: known people get theirs as aliases
        if typ in ("Company", "Organization") and re.fullmatch(NATIONALITY + r"(?:\s+(?:AI|KI|Tech|Startup|Start-up|tech|chip))?", name):
            return  # "a Japanese AI bank": a nationality is no name
        while typ == "Company" and " " in name and name.split()[0] in COMPANY_HEAD_WORDS:
            name = name.split(" ", 1)[1]  # "der Holding LG Corp": the word before the name is no part of it
        if typ == "Person" and ORG_LAST_WORD.search(name):
            return  # "unveiled by Volcano Engine": an organisation's name, not a person's
        key = norm_key(name)
        if not key or key in found or lex.lookup(key) is not None:
            return
        words = key.split()
        for i in range(1, len(words) if reason != "a name before its abbreviation" else 1):
            # "Shares of Tencent Holdings", "Mistral-Chef Arthur Mensch": the known name is the mention
            if lex.lookup(" ".join(words[i:])) is not None:
                return
        core = [w for w in words if w not in GENERIC_SUFFIX_WORDS]
        if typ == "Company" and core and core != words:
            known = lex.lookup(" ".join(core))
            if known is not None and known.type in ("Place", "Person"):
                return  # "Berlin AI"
        if typ == "Company" and len(words) > 1 and lex.lookup(words[0]) is not None and \
                lex.lookup(words[0]).type == "Place" and words[-1] in GENERIC_SUFFIX_WORDS:
            return
        if _stop_start(name.split(), typ) or name in STOP_CAPS:
            return
        if " " not in name and typ not in ("Person", "Place") and name.isalpha() and \
                reason != "compound with a company word" and common_german_noun(name):
            return  # "das Unternehmen Erlöse", "Agenten-Tests": German capitalises its nouns
        # a longer name that starts with a known name plus a generic word is that name ("Alibaba Group")
        found[key] = (LexiconEntry(name, typ, [], None, maker, "context"), reason)

    # the rules run per paragraph (fewer, longer strings); names never span a line break
    paragraphs = _paragraphs(sentences, doc_text)
    # an article about models: "Kling 2.6", "GLM-5" need no model word in their own paragraph
    doc_context = sum(1 for t in paragraphs if MODEL_CONTEXT.search(t)) >= 2
    for text in paragraphs:
        for i in sorted(CONTEXT_RULE_WORDS.candidates(text)):  # the others lack a word they need: they cannot match
            rx, typ, reason = CONTEXT_RULES[i]
            for m in rx.finditer(text):
                for name in re.split(r",\s+(?:und\s+|and\s+|sowie\s+)?|\s+(?:und|and|sowie)\s+", m.group("n")):
                    if typ == "AIModel" and not re.search(r"\d|[a-z][A-Z]", name) and name.split()[0] in STOP_CAPS:
                        continue
                    if typ == "Company" and reason == "investor list" and re.fullmatch(PNAME, name) and not re.search(
                            rf"\b{LEGAL_SUFFIX}$|\b(?:Fund|Fonds|Authority|Equity|Investments?|Group|Trust|Global|Capital|Partners|"
                            rf"Ventures|Management|Advisors|Growth|Asset)\b", name) and given_name(name.split()[0]):
                        typ2 = "Person"
                    else:
                        typ2 = typ
                    add(name, typ2, reason)
        # "Sein Nachfolger wird Stephen Ehikian", "Ihr Kollege Daniel Ortega": a known given name and a surname
        for m in GIVEN_NAME_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            if first in STOP_CAPS and first not in FIRST_NAME_MONTHS or not given_name(first):
                continue
            surname = last.split()[-1]
            f_de, f_en = _zipf_de_en(first.lower())
            l_de, l_en = _zipf_de_en(surname.lower())
            if max(l_de, l_en) >= (3.0 if max(f_de, f_en) >= 5.5 else 5.0) or SURNAME_NOT.search(last):
                continue  # "Vice President", "Christian Democrats", "Frank Media": ordinary words, not a surname
            if lex.lookup(norm_key(surname)) is not None and lex.lookup(norm_key(surname)).type != "Person":
                continue  # "Martin Nvidia"
            add(f"{first} {last}", "Person", "a given name and a surname")
        # "Lee Hae-jin", "Kwak Noh-jung": a Korean surname and a hyphenated given name
        for m in KOREAN_NAME.finditer(text):
            add(m.group(0), "Person", "a Korean surname and given name")
        context = MODEL_CONTEXT.search(text) is not None
        for m in VERSIONED.finditer(text):
            name = m.group("n")
            if re.match(r"(?:[.,]\d+)?\s*(?:%|Prozent|percent|Punkte|points|Milliarden|Millionen|billion|million)",
                        text[m.end():], re.I) and " " in name:
                name = name.rsplit(" ", 1)[0]  # "ERNIE 4.5 86,5 Prozent": the score is no version
            base = re.split(r"[-\s\d]", name, maxsplit=1)[0]
            if base.casefold() in NOT_MODEL_BASES or base in STOP_CAPS or not base:
                continue
            if re.fullmatch(r"\d+(?:[.,]\d+)*[A-Za-z]?", name.split()[-1]) and len(name.split()) > 1 and \
                    lex.lookup(norm_key(base)) is not None and lex.lookup(norm_key(base)).type in (
                        "Place", "Person", "StockIndex", "Organization"):
                continue
            entry = lex.lookup(norm_key(base))
            family = _family(base, lex)
            version = name[len(base):]
            if re.fullmatch(r"\s(?:19|20)\d\d", version) and not (entry is not None and entry.type == "Benchmark"):
                continue  # "hatte Neura 2019 gegründet": a year is no version
            if not context and family is None and not (doc_context and re.search(r"\d\.\d|^-", version)):
                continue  # a name and a number, with no word about models near: "Windows 11", "Airbus A350"
            namelike = bool(re.search(r"[a-z][A-Z]|^[A-Z0-9]{2,}$|\d", base))
            if not (namelike or re.search(r"[A-Za-z]|\d\.\d", version) or entry is not None or family is not None):
                continue  # "Firmenangaben 92": an ordinary noun and a number
            if near_known(base, lex, ("Company",)) is not None:
                continue  # "DeepSeek V4", "DeepSeaks R1": the maker and its version, see pipeline
            typ = "Product" if entry is not None and entry.type == "Product" else "AIModel"
            if family is not None and family.type == "Product":
                typ = "Product"
            if entry is not None and entry.type == "Benchmark":
                typ = "Benchmark"  # "AIME 2026": a new year of a known benchmark
            add(name, typ, "versioned model name" if family is None else f"a new version of the {family.name} family",
                maker=family.maker if family is not None else None)
    # "Monolith was founded in 2016" after "Monolith AI": the short form is the longer name's, not a company of its own
    longer = {k for k, (e, _r) in found.items() if e.type in ("Company", "Organization")}
    for k in [k for k, (e, r) in found.items() if r == "founded" and e.type == "Company"]:
        if any(o.startswith(k + " ") and o[len(k) + 1:] in GENERIC_SUFFIX_WORDS for o in longer):
            del found[k]
    return list(found.values())


NATIONALITY = (r"(?:Japanese|Chinese|German|French|American|Korean|South Korean|European|Indian|British|Canadian|Israeli|Swiss|Dutch|"
               r"Taiwanese|Italian|Spanish|Swedish|Emirati|Saudi|Russian|Austrian|Japanische|Chinesische|Deutsche|Französische|"
               r"Amerikanische|Koreanische|Europäische)")
COMPANY_HEAD_WORDS = {"Holding", "Holdinggesellschaft", "Konzern", "Tochter", "Muttergesellschaft", "Firma", "Startup", "Start-up",
                      "Unternehmen", "Chipkonzern", "Softwarekonzern", "Internetkonzern"}
TITLE_HEAD_WORDS = {"Officer", "Executive", "Director", "President", "Chairman", "Chairwoman", "Chief", "Manager", "Analyst",
                    "Scientist", "Engineer", "Founder", "Partner", "Head", "Lead", "Strategist", "Economist", "Secretary"}
FIRST_NAME_MONTHS = {"May", "April", "June", "August", "Julia", "Juli"}
SURNAME_NOT = re.compile(r"^(?:University|Universität|College|School|President|Präsident|Democrats|Republicans|Party|Partei|Union|"
                         r"Street|Valley|Square|Award|Prize|Preis|Hall|Center|Centre|Index|Exchange|Airport|Bay|Island|Islands|"
                         r"County|City|Stadt|River|Lake|Mountains?|Church|Cathedral|Hospital|Klinik|Museum|Stadium|Bridge|Tower|"
                         r"Prime|Chairman|Minister|Ministerin|General|Senator|Governor|Mayor|Clinic|Institute|Institut|Foundation|"
                         r"Stiftung|Labs?|Society|Council|Agency|Bank|Capital|Partners|Ventures|Group|Gruppe|Systems|Technologies|"
                         r"Semiconductor|Robotics|Health|Research|Studios?|Motors|Airlines?|Energy|Electric|Holdings?|Insurance|"
                         r"Versicherung|Solutions|Networks|Software|Media|Pharma|Therapeutics|Biosciences|Dynamics|Industries|"
                         r"Intelligence|Cloud|Computing|Data|Analytics|Security|Robotik|Corporation|Inc|AG|GmbH|SE|Ltd)$")
GIVEN_NAME_PAIR = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüéèáíóúçñß]{1,14})\s+((?:(?:van|von|de|da|del|der|di|du|le|la|bin)\s+)?"
                             r"[A-ZÄÖÜ][a-zäöüéèáíóúçñß'’]*(?:[A-Z][a-zäöüéèáíóúçñß]+)?(?:-[A-ZÄÖÜ][a-zäöüéèáíóúçñß]+)?)(?![\w-]|\s+[A-ZÄÖÜ]\w)")


EAST_ASIAN_SURNAMES = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin",
    "Luo", "Gao", "Liang", "Zheng", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
    "Yuan", "Pan", "Yu", "Jiang", "Cai", "Wei", "Lei", "Lu", "Ding", "Fan", "Yan", "Ren", "Shen", "Qian", "Kong", "Mao",
    "Kim", "Lee", "Park", "Choi", "Chung", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwak", "Koo", "Hwang",
    "Ahn", "Jeon", "Hong", "Moon", "Bae", "Baek", "Noh", "Kwon", "Ryu"}
KOREAN_NAME = re.compile(r"(?<![\w-])(?:Kim|Lee|Park|Choi|Chung|Jung|Kang|Cho|Yoon|Yun|Jang|Chang|Lim|Han|Oh|Seo|Shin|Kwak|Koo|Ku|"
                         r"Hwang|Ahn|Song|Jeon|Hong|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwon|Yoo|Ryu|Woo|Chae|Byun|Min)"
                         r"\s+[A-Z][a-z]{1,5}-[a-z]{2,5}(?![\w-])")
SHARED_SURNAME = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüéèáíóúçñß]{1,14})\s+(?:and|und|&)\s+([A-ZÄÖÜ][a-zäöüéèáíóúçñß]{1,14})\s+"
                            r"([A-ZÄÖÜ][a-zäöüéèáíóúçñß'’]+(?:-[A-ZÄÖÜ][a-zäöüéèáíóúçñß]+)?)(?![\w-])")


@lru_cache(maxsize=8192)
def given_name(word: str) -> bool:
    """Is the word a first name in gender-guesser's international name list ("Stephen", "Miriam", "Tomasz")?"""
    return _name_detector().get_gender(word) != "unknown"


@lru_cache(maxsize=1)
def _name_detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=True)
ORG_LAST_WORD = re.compile(
    r"\s(?:Engine|Cloud|Labs?|Systems|Technologies|Technology|Partners|Capital|Ventures|Group|Gruppe|Bank|Research|Robotics|"
    r"Motors|Energy|Health|Media|Studios?|Games|Foundation|Stiftung|Institute?|Fund|Holdings?|Networks|Semiconductor|Software|"
    r"Analytics|Intelligence|Security|Securities|Dynamics|Computing|Data|Digital|Mobile|Solutions|Services|Industries|"
    r"Electronics|Aerospace|Automotive|Pharma|Therapeutics|Investments?|Management|Platforms|Microsystems|Instruments|"
    r"Insurance|Airlines|Logistics|Consulting|Consultants|Advisors|Associates)$")


def _stop_start(toks: list[str], typ: str) -> bool:
    """Does a name candidate start with a word that starts no name? A month is a first name before a surname
    ("May Habib")."""
    return bool(toks) and toks[0] in STOP_CAPS and not (typ == "Person" and toks[0] in FIRST_NAME_MONTHS and len(toks) > 1)


@lru_cache(maxsize=8192)
def _zipf_de_en(word: str) -> tuple[float, float]:
    """How common a word is in German and in English text (wordfreq's Zipf scale, 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "de"), zipf_frequency(word, "en")


def common_german_noun(word: str) -> bool:
    """A word German text uses far more than English and often ("Erlöse", "Aussicht", "Limousine"): a capitalised
    noun, not a name. Names seen in both languages ("Harvey", "Sierra", "Quantum") or rare ones pass."""
    de, en = _zipf_de_en(word)
    return de >= 3.3 and de - en >= 0.4


def german_job_word(word: str) -> bool:
    """A German job or role noun before a name ("Informatikerin", "Ingenieur"): German, not English, and no first name."""
    if not re.search(r"(?:in|er|or|ent|ist|eur|ant|at)$", word):
        return False
    de, en = _zipf_de_en(word)
    return de >= 1.5 and de - en >= 1.5


def _family(base: str, lex: Lexicon) -> LexiconEntry | None:
    """The known model family a versioned name belongs to ("GPT" for "GPT-5.1": the lexicon knows GPT-5,
    GPT-4o ...), when all its known members have one maker."""
    key = norm_key(base)
    if not key or len(key) < 3:
        return None
    cache = lex.cache.setdefault("families", {})
    if key in cache:
        return cache[key]
    models = lex.cache.get("models with makers")
    if models is None:
        models = [(norm_key(e.name), e) for e in lex.entries
                  if e.type in ("AIModel", "Product") and e.maker and e.source != "context"]
        lex.cache["models with makers"] = models
    makers: dict[str, LexiconEntry] = {}  # the family's first member of each maker
    count: dict[str, int] = {}
    for k, e in models:
        if k == key or (k.startswith(key) and (k[len(key):len(key) + 1] in (" ",) or k[len(key):len(key) + 1].isdigit())):
            # "Google DeepMind" makes Gemini models as Google does: a maker counts as its parent
            parent = getattr(lex.get(e.maker), "maker", None) or e.maker
            count[parent] = count.get(parent, 0) + 1
            makers.setdefault(parent, e)
    out = next(iter(makers.values())) if len(count) == 1 else None
    if out is None and makers:
        # "GPT-NL" of TNO among forty GPT models of OpenAI: a family with one maker of nine in ten members or more
        best = max(count, key=lambda m: count[m])
        if count[best] >= 5 and count[best] >= 0.9 * sum(count.values()):
            out = makers[best]
    cache[key] = out
    return out


def near_known(word: str, lex: Lexicon, types: tuple[str, ...]) -> LexiconEntry | None:
    """The known entry ``word`` names exactly, inflected (-s) or with a small typo."""
    for w in (word, word[:-1] if word.endswith("s") and len(word) > 3 else None):
        if not w:
            continue
        e = lex.lookup(norm_key(w))
        if e is not None and e.type in types:
            return e
        if len(w) >= 6:
            initial = w[:1].casefold()
            for f, e in [*_forms_by_initial(lex, types).get(initial, ()),
                         *((f, e) for f, e in lex.added_forms if e.type in types),
                         *((f, e) for e in _context_entries(lex) if e.type in types for f in e.surface_forms)]:
                if f[:1].casefold() == initial and abs(len(f) - len(w)) <= 1 and \
                        Levenshtein.distance(f.casefold(), w.casefold(), score_cutoff=1) <= 1:
                    return lex.get(e.name) or e  # the document's copy of the entry, with its added forms
    return None


def _context_entries(lex: Lexicon) -> list[LexiconEntry]:
    """The entries this document's names added (they come last: after the built-in and the user's entries)."""
    out = []
    for e in reversed(lex.entries):
        if e.source != "context":
            break
        out.append(e)
    return out[::-1]


def _forms_by_initial(lex: Lexicon, types: tuple[str, ...]) -> dict[str, list[tuple[str, LexiconEntry]]]:
    """The written forms of the lexicon's own entries of ``types``, by their first letter (in lexicon order);
    computed once per lexicon, not per document."""
    key = f"forms by initial {types}"
    idx = lex.cache.get(key)
    if idx is None:
        idx = {}
        for e in lex.entries:
            if e.source != "context" and e.type in types:
                for f in e.surface_forms:
                    idx.setdefault(f[:1].casefold(), []).append((f, e))
        lex.cache[key] = idx
    return idx  # type: ignore[return-value]


# ---------------------------------------------------------------- matching known names

ALLOWED_GAPS = {"", " ", "-", "\u00a0", ":", "'", "’", " & "}
DOT_GAPS = {".", ". "}
BRACKET_GAPS = {" [", "["}
PLACE_COMPOUND_OK = re.compile(r"-(?:based|ansässig\w*|basiert\w*|headquartered|listed|notiert\w*|gelistet\w*)\b")


def _case_ok(surface: str, entry: LexiconEntry) -> bool:
    forms = entry.surface_forms
    if surface.islower() and not any(f.islower() for f in forms):
        return False
    if len(surface) <= 4 or surface.isupper():
        # short names and acronyms must match one written form exactly (US vs. "us"), genitive aside
        s = surface[:-1] if surface.endswith(("s", "'s", "’s")) and surface[:-1] in forms else surface
        if s in forms or surface.rstrip("s") in forms:
            return True
        # "Cuda", "Basf": German papers write some acronyms of four letters or more as words, unless a word is meant
        return (len(s) >= 4 and s[0].isupper() and s[1:].islower() and any(f.isupper() and f.capitalize() == s for f in forms)
                and max(_zipf_de_en(s.lower())) < 3.0)
    return True


def sentence_pieces(sentences: list[Sentence]) -> list[list[tuple[int, int, str]]]:
    """The pieces of each sentence (start and end in the document, folded text): what names are matched on."""
    return [[(m.start() + s.start, m.end() + s.start, fold(m.group())) for m in PIECE.finditer(s.text)] for s in sentences]


def find_mentions(sentences: list[Sentence], lex: Lexicon, text: str,
                  pieces: list[list[tuple[int, int, str]]] | None = None) -> list[Mention]:
    """Every occurrence of a known (or discovered) name, longest match first. ``pieces``: the sentences'
    ``sentence_pieces``, when the caller matches the same sentences more than once."""
    out: list[Mention] = []
    for s, toks in zip(sentences, pieces if pieces is not None else sentence_pieces(sentences)):
        i = 0
        while i < len(toks):
            hit = None
            first = toks[i][2]
            if first not in lex.firsts and not (first.endswith("s") and first[:-1] in lex.firsts):
                i += 1
                continue
            # the lengths worth a look-up: walk on while the pieces so far begin a known name
            lengths, key, j = [1], first, i
            while j + 1 < len(toks) and j + 1 - i < lex.max_len:
                g = text[toks[j][1]:toks[j + 1][0]]
                if g not in ALLOWED_GAPS and g not in DOT_GAPS and g not in BRACKET_GAPS:
                    break
                key = key + " " + toks[j + 1][2]
                j += 1
                if key in lex.prefixes:
                    lengths.append(j - i + 1)
                elif key.endswith("s") and key[:-1] in lex.prefixes:
                    lengths.append(j - i + 1)  # "Deutschen Telekoms": a genitive ends the name
                    break
                else:
                    break
            for n in reversed(lengths):
                if n > 1:
                    gaps = [text[toks[j][1]:toks[j + 1][0]] for j in range(i, i + n - 1)]
                    dotted = any(g in DOT_GAPS for g in gaps)
                    bracketed = any(g in BRACKET_GAPS for g in gaps)
                    key = " ".join(t[2] for t in toks[i:i + n])
                else:
                    dotted = bracketed = False  # one piece: no gaps
                    key = first
                entry = lex.lookup(key)
                method = "lexicon"
                if entry is None and key.endswith("s") and len(toks[i + n - 1][2]) > 3:
                    entry = lex.lookup(key[:-1])
                    method = "inflection"
                    if entry is not None and entry.type not in ("Company", "Organization", "Person", "Place",
                                                                "AIModel", "Product"):
                        entry = None
                if entry is None:
                    continue
                if dotted and not any("." in f for f in entry.surface_forms):
                    continue  # "Character.AI", "D.A. Davidson": dots only where the name has them
                if bracketed and not (any("[" in f for f in entry.surface_forms) and text[toks[i + n - 1][1]:][:1] == "]"):
                    continue  # "FLUX.2 [pro]": brackets only where the name has them
                a, b = toks[i][0], toks[i + n - 1][1] + (1 if bracketed else 0)
                surface = text[a:b]
                if not _case_ok(surface, entry):
                    continue
                # "US-Dollar", "China-Geschäft": a place as the first part of a compound is no mention
                if entry.type == "Place" and text[b:b + 1] == "-" and not PLACE_COMPOUND_OK.match(text[b:b + 16]):
                    continue
                hit = Mention(a, b, surface, entry.name, entry.type, s.index, method if entry.source != "context"
                              else "context", 100.0, "" if method == "lexicon" else "genitive/plural -s",
                              maker=None)
                hit.extra["entry"] = entry
                i += n
                break
            if hit is None:
                i += 1
            else:
                out.append(hit)
    return out


def shared_surnames(sentences: list[Sentence], lex: Lexicon) -> None:
    """"siblings Dario and Daniela Amodei", "Lena und Max Weber": the first given name, which shares the next one's surname,
    names a person of its own (known or new), and the given name alone is that person's mention here."""
    for s in sentences:
        for m in SHARED_SURNAME.finditer(s.text):
            first, second, surname = m.group(1), m.group(2), m.group(3)
            if first in STOP_CAPS or SURNAME_NOT.search(surname) or not (given_name(first) and given_name(second)):
                continue
            if max(_zipf_de_en(surname.lower())) >= 4.0 or lex.lookup(norm_key(first)) is not None:
                continue
            known = lex.lookup(norm_key(f"{first} {surname}"))
            if known is not None and known.type != "Person":
                continue
            name = known.name if known is not None else f"{first} {surname}"
            lex.add(LexiconEntry(name, "Person", [first], None, None, known.source if known is not None else "context"))


def expand_doc_aliases(lex: Lexicon, names: list[str]) -> None:
    """Short and squashed forms of multi-word names found in the document ("Manus AI" -> "Manus",
    "ManusAI"; "Lena Hoffmann" -> "Hoffmann"), so later mentions of the short form resolve to the same
    entity. A surname shared by two people of the document is left alone."""
    surnames: dict[str, list[str]] = {}
    for name in names:
        entry = lex.get(name)
        if entry is not None and entry.type == "Person" and len(name.split()) >= 2:
            surnames.setdefault(name.split()[-1], []).append(name)
            first, rest = name.split()[0], name.split()[1:]
            # "Yan Junjie", "Kwak Noh-jung": East Asian names put the family name first
            if len(rest) == 1 and first in EAST_ASIAN_SURNAMES and ("-" in rest[0] or not given_name(rest[0])):
                surnames.setdefault(first, []).append(name)
    for surname, people in surnames.items():
        # a surname shared by two people ("Dario Amodei", "Daniela Amodei") goes to the one named first
        if lex.lookup(norm_key(surname)) is None and len(surname) > 2:
            entry = lex.get(people[0])
            lex.add(LexiconEntry(entry.name, entry.type, [surname], None, None, entry.source))
    for name in names:
        entry = lex.get(name)
        # "Claude Opus 5" -> "Opus 5": a model named without its family word
        words = name.split()
        if entry is not None and entry.type == "AIModel" and len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]+", words[1]) and \
                re.search(r"\d", words[-1]) and (fam := lex.lookup(norm_key(words[0]))) is not None and fam.type == "AIModel":
            short = " ".join(words[1:])
            if lex.lookup(norm_key(short)) is None:
                lex.add(LexiconEntry(entry.name, entry.type, [short], None, None, entry.source))
        # "MiniMax-M3" -> "M3": a model named without its maker's prefix
        pre = re.fullmatch(r"([A-Za-z][\w]+)-([A-Z][A-Za-z]?\d[\w.]*)", name)
        if entry is not None and entry.type == "AIModel" and pre is not None and (mk := lex.lookup(norm_key(pre.group(1)))) is not None \
                and mk.type in ("Company", "Organization") and lex.lookup(norm_key(pre.group(2))) is None:
            lex.add(LexiconEntry(entry.name, entry.type, [pre.group(2)], None, None, entry.source))
        if entry is None or entry.type not in ("Company", "Organization"):
            continue
        words = name.split()
        if len(words) < 2:
            continue
        new = ["".join(words)]
        if words[-1].casefold() in GENERIC_SUFFIX_WORDS:
            short = " ".join(words[:-1])
            if lex.lookup(norm_key(short)) is None and short not in STOP_CAPS:
                new.append(short)
        for form in new:
            if lex.lookup(norm_key(form)) is None:
                lex.add(LexiconEntry(entry.name, entry.type, [form], None, None, entry.source))


# ---------------------------------------------------------------- typos

FUZZY_TOKEN = re.compile(rf"(?<![\w-])[{UP}][\w]*[a-z][\w]*(?![\w])")


def fuzzy_mentions(sentences: list[Sentence], lex: Lexicon, text: str, taken: list[Mention]) -> list[Mention]:
    """Capitalised words that are one or two edits from a known name of a company, model or person
    ("DeepSeak" -> "DeepSeek", "Antrophic" -> "Anthropic"). Digits must agree (GPT-4 is not GPT-5)."""
    covered_chars = bytearray(len(text) + 1)
    for m in taken:
        covered_chars[m.start:m.end] = b"\x01" * (m.end - m.start)
    own = lex.cache.get("fuzzy choices")
    if own is None:  # the lexicon's own single-word names, once per lexicon
        own = {}
        for entry in lex.entries:
            if entry.source != "context" and entry.type in ("Company", "AIModel", "Product", "Person"):
                for form in entry.surface_forms:
                    if len(form) >= 6 and " " not in form:
                        own[form.casefold()] = entry
        lex.cache["fuzzy choices"] = own
    own_initial = lex.cache.get("fuzzy choices by initial")
    if own_initial is None:  # the forms by first letter: a match must begin with the word's letter, so only those are compared
        own_initial = {}
        for k in own:
            own_initial.setdefault(k[:1], []).append(k)
        lex.cache["fuzzy choices by initial"] = own_initial
    choices: dict[str, LexiconEntry] = dict(own)  # type: ignore[arg-type]
    by_initial: dict[str, list[str]] = dict(own_initial)  # type: ignore[arg-type]
    for entry, form in [*((e, f) for f, e in lex.added_forms),
                        *((e, f) for e in _context_entries(lex) for f in e.surface_forms)]:
        if entry.type in ("Company", "AIModel", "Product", "Person"):
            k = form.casefold()
            if len(form) < 6 or " " in form:
                continue
            if k not in choices:
                by_initial[k[:1]] = [*by_initial.get(k[:1], []), k]  # a new list: the lexicon's own ones are shared
            choices[k] = entry
    out: list[Mention] = []
    for s in sentences:
        for m in FUZZY_TOKEN.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            if any(covered_chars[a:b]):
                continue
            word = m.group()
            cand = word[:-1] if word.endswith("s") and len(word) > 6 else word
            if len(cand) < 6 or cand in STOP_CAPS or lex.lookup(norm_key(word)) is not None:
                continue
            camel = bool(re.search(r"[a-z][A-Z]", cand))
            limit = 2 if len(cand) >= 10 and camel else 1
            best = process.extractOne(cand.casefold(), by_initial.get(cand[:1].casefold(), ()), scorer=Levenshtein.distance,
                                      score_cutoff=limit)
            if best is None:
                continue
            form, dist, _ = best
            if dist == 0 or form[0] != cand[0].casefold() or re.sub(r"\D", "", form) != re.sub(r"\D", "", cand):
                continue
            if not camel and dist > 0 and len(cand) < 7:
                continue
            if max(_zipf_de_en(cand.casefold())) >= 3.0:
                continue  # "Officer" is a word, not a misspelt "Office"
            entry = lex.get(choices[form].name) or choices[form]  # the document's copy, with its added forms
            sim = round(100.0 * Levenshtein.normalized_similarity(cand.casefold(), form), 1)
            mention = Mention(a, b if cand == word else b, word, entry.name, entry.type, s.index, "fuzzy", sim,
                              f"{dist} edit(s) from the known name {entry.name!r}")
            mention.extra["entry"] = entry
            out.append(mention)
    return out
