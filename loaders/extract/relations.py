"""Relations between entities from clear patterns over typed placeholders, German and English.

Each rule is ``(template, predicate, subject group, object group, confidence)``; groups are the
slots of the template in order, and a plural slot (``{ORGS}``) yields one fact per member.
Conservative by design: a relation needs a pattern that states it, not mere co-occurrence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.extract.prefilter import WordIndex, required_literals
from kg.ontology.vocab import ENTITY_TYPES
from kg.loaders.extract.template import View, compile_pattern, ids_in

__all__ = ["Found", "RULES", "apply_rules", "TITLE_RULES", "LAUNCH_VERBS"]


@dataclass(frozen=True)
class Found:
    subject: int  # index into view.mentions
    predicate: str
    object: int
    confidence: float
    rule: str


CEO_T = (r"(?:[Cc]o-CEO|Co-Chef(?:in)?|CEO|Chef|Chefin|Vorstandschef(?:in)?|Konzernchef(?:in)?|Firmenchef(?:in)?|Unternehmenschef(?:in)?|"
         r"Vorstandsvorsitzende[rn]?|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|Geschäftsführer(?:in)?|boss)")
FOUNDER_T = (r"(?:[Gg]ründer(?:in)?|Mitgründer(?:in)?|Mitbegründer(?:in)?|Co-Gründer(?:in)?|Firmengründer(?:in)?|"
             r"[Ff]ounder|[Cc]o-?founder)")
WORK_T = (r"(?:Forscher(?:in)?|[Rr]esearcher|[Cc]hief [Ss]cientist|(?:[Ss]enior\s+|[Ll]ead\s+|[Pp]rincipal\s+|[Ss]taff\s+)?[Rr]esearch [Ss]cientist|"
          r"[Pp]rofessor|Professorin|[Ee]arly employee|[Ss]oftware engineer|[Vv]ice-[Pp]resident|[Ee]xecutive [Vv]ice[- ][Pp]resident|"
          r"Chefwissenschaftler(?:in)?|Cheftechnolog(?:e|in)|CTO|CFO|COO|CPO|"
          r"Präsident(?:in)?|[Pp]resident|Finanzchef(?:in)?|Technikchef(?:in)?|Technologiechef(?:in)?|KI-Chef(?:in)?|"
          r"Sprecher(?:in)?|[Ss]pokes(?:person|man|woman)|Manager(?:in)?|Direktor(?:in)?|[Dd]irector|"
          r"Analyst(?:in)?|[Aa]nalyst|Stratege|Strategin|[Ss]trategist|Chefökonom(?:in)?|[Ee]conomist|"
          r"[Hh]ead of [\w ]{2,25}?|Leiter(?:in)? (?:der|des) [\w-]+|Leiter(?:in)?(?=\s+(?:von|bei|im|beim)\b)|Entwickler(?:in)?|[Ee]ngineer|Ingenieur(?:in)?|"
          r"Mitarbeiter(?:in)?|[Ee]mployee|[Mm]ember of (?:the\s+)?(?:technical\s+)?staff|[Ee]xecutive|Vorstand|Vorstandsmitglied|[Vv]ice [Pp]resident|"
          r"Portfoliomanager(?:in)?|[Pp]ortfolio [Mm]anager|[Mm]anaging [Dd]irector|[Gg]eneral [Mm]anager|[Cc]hair(?:man|woman|person)?|Aufsichtsratschef(?:in)?|"
          r"[A-ZÄÖÜ][a-zäöü]+(?:analyst|analystin|stratege|strategin|experte|expertin|ökonom|ökonomin|managerin|forscher|"
          r"forscherin|sprecher|sprecherin|direktor|direktorin|leiter|leiterin|vorstand|chef|chefin|präsident|präsidentin|"
          r"manager|partner|partnerin|berater|beraterin)|"
          r"[Cc]hief [\w ]{2,20}? [Oo]fficer|[Cc]hief (?:[\w-]+ )?[Ss]cientist|[Cc]hief [\w]+ [Aa]rchitect|[a-z]+ (?:chief|head|boss)|(?<=[\w⟩]-)Partner(?:in)?|"
          r"(?<=[a-z⟩] )partner|[Gg]eneral [Pp]artner|[Mm]anaging [Pp]artner)")
TITLE = rf"(?:(?:frühere[rn]?|ehemalige[rn]?|former|langjährige[rn]?|neue[rn]?|new|interim)\s+)?(?:[A-ZÄÖÜ][\w]*-)?(?:{CEO_T}|{FOUNDER_T}|{WORK_T}|(?<=⟩, )Partner(?:in)?)"
TITLES = rf"{TITLE}(?:\s*(?:,|und|and|&)\s*-?{TITLE})*"
OF = (r"(?:von|der|des|bei|beim|of|at|from|für|for)\s+(?:(?:der|dem|the)\s+)?(?:[\w-]+\s+){0,2}?(?:⟨\d+:Person⟩(?:'s|’s)\s+)?"
      r"(?:⟨\d+:Place⟩-(?:based|ansässige\w*)\s+)?")  # "co-founder of the London-based lab"
ADJ = r"(?:[\w-]+\s+){0,2}?"
POSS = r"(?:⟨\d+:(?:Company|Organization)⟩(?:'s|’s|s)\s+)?"  # "Alibaba's open-weight Qwen3": the maker before the model
DET = (r"(?:(?:der|die|das|den|dem|des|the|a|an|ein|eine|einem|einen|einer)\s+)?"
       r"(?:⟨\d+:Place⟩(?:,\s+⟨\d+:Place⟩)?-(?:based|ansässige\w*)\s+)?")  # "with Toronto-based Cohere"
ADJ3 = r"(?:[\w-]+\s+){0,3}?"
# modifiers that may name an entity: "former ⟨Google⟩ researchers", "former ⟨OpenAI⟩ chief technology officer"
ADJX = r"(?:(?:[\w-]+|⟨\d+:\w+⟩[\w-]*)\s+){0,5}?"
V2_LAUNCH = (r"(?:veröffentlichte|veröffentlicht|stellte|stellt|präsentierte|präsentiert|lancierte|lanciert|enthüllte|"
             r"enthüllt|brachte|bringt|startete|startet|zeigte|zeigt|kündigte|kündigt)")
V2_ACQ = r"(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|schluckt|schluckte)"
V2_OUT = r"(?:übertraf|übertrafen|übertrifft|übertreffe|übertreffen|schlug|schlägt|überholte|überholt|überflügelte|überflügelt)"
INVESTOR_N = (r"(?:[Ii]nvestor|[Bb]acker|[Ss]hareholder|[Gg]eldgeber|Anteilseigner|Aktionär|Großaktionär|Hauptaktionär|"
              r"[Ss]takeholder)\w*")

LAUNCH_VERBS = (
    r"veröffentlicht\w*|stellte?n?\b(?:[^⟨.]|\.(?=\w)){0,140}?\b(?:vor|zur Verfügung)\b|vorgestellt|präsentiert\w*|lanciert\w*|"
    r"brachte?n?\b(?:[^⟨.]|\.(?=\w)){0,60}?\bauf den Markt|auf den Markt gebracht|enthüllt\w*|startet\w*|gestartet|"
    r"released?|releases|releasing|launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|"
    r"rolled out|rolls out|roll out|rolling out|debut(?:ed|s)|open-sourced|took the wraps off|takes the wraps off|pulled the wraps off|kündigte\b(?:[^⟨.]|\.(?=\w)){0,40}?\ban|angekündigt|"
    r"announced|announces|bringt\b(?:[^⟨.]|\.(?=\w)){0,60}?\bauf den Markt|freigegeben|zugänglich gemacht|shipped|ships|"
    r"herausgebracht|freigeschaltet|vorgelegt|brachte?n?\b(?:[^⟨.]|\.(?=\w)){0,80}?\bheraus\b|schaltete?n?\b(?:[^⟨.]|\.(?=\w)){0,60}?\bfrei\b|"
    r"kam\b(?:[^⟨.]|\.(?=\w)){0,40}?\bauf den Markt|gezeigt"
)
RELEASE_WORDS = re.compile(rf"(?:{LAUNCH_VERBS})", re.I)
COMPETE_V = (r"(?:konkurrier\w*|wetteifer\w*|in Konkurrenz\s+(?:treten|stehen|steht|tritt)|im Wettbewerb\s+stehen|"
             r"messen)")
OUTPERF = (r"(?:übertrifft|übertreffen?|übertrafen?|übertroffen|überträfe|schlägt|schlug|schlugen|geschlagen|schlage|schlagen|überholt\w*|hängt\b[^⟨.]{0,20}?ab|"
           r"outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|outscor(?:es|ed|ing)|tops|topped|edged out|edges out|edged past|edges past|outdid|"
           r"exceed(?:s|ed)|outpac(?:es|ed))")
EVAL_V = (r"(?:erreicht\w*|erzielt\w*|schneidet|schnitt|abgeschnitten|kommt|kam|Punkte|Prozent|%|score[sd]?|scoring|"
          r"resolved|solved|löste|posted|came out on top|came first|landete|belegte|eroberte|"
          r"achiev(?:ed|es)|reach(?:ed|es)|state-of-the-art|SOTA|evaluated|getestet|tested|bewertet|gemessen|"
          r"führt|leads|ranks?|ranked|Spitzenplatz|Bestwert|record|Rekord)")

RAW_RULES: list[tuple[str, str, int, int, float]] = [
    # ---- released
    (r"{CO}(?:'s|’s)\s+" + ADJ + r"{MPS}", "released", 1, 2, 0.85),
    (r"{MP}(?:-[A-Za-zÄÖÜäöü]+)?\s+(?:von|des\s+Unternehmens|der\s+Firma|of|from|by)\s+" + DET + r"(?:[\w-]+\s+){0,2}?{CO}(?!-)", "released", 2, 1, 0.8),
    (r"{MP}[-\s](?:Entwickler|Hersteller|Macher|Anbieter|Erfinder|Betreiber|developer|maker|creator|owner|operator)(?:s|en)?\s+{CO}",
     "released", 2, 1, 0.9),
    (r"{CO}(?:\s+[a-zäöü]\w*){0,2}\s*,\s*(?:dessen|deren|whose)\s+" + ADJ + r"{MP}", "released", 1, 2, 0.85),
    (r"{CO}-(?:Modell|KI-Modell|Sprachmodell|Chatbot|Software|App|Assistent|Agent|Chip|Suchmaschine|Plattform|"
     r"Bildgenerator|Videogenerator|Reasoning-Modell)\w*\s+{MP}", "released", 1, 2, 0.9),
    (r"{CO}{G60}\b(?:" + LAUNCH_VERBS + r"){G50}{MPS}", "released", 1, 2, 0.85),
    # "OpenAI took the wraps off its first piece of hardware, a pebble-shaped assistant called io One"
    (r"{CO}{G60}\b(?:" + LAUNCH_VERBS + r")[^⟨.]{0,100}?\b(?:called|named|dubbed|namens|genannt)\s+{MP}", "released", 1, 2, 0.85),
    (r"{MPS}{G60}\b(?:wurde|wird|was|were|is|are|has been|have been)\s+" + r"{G30}(?:von|by)\s+" + DET + ADJ +
     r"{CO}\s+(?:veröffentlicht|vorgestellt|entwickelt|präsentiert|trainiert|released|launched|developed|built|"
     r"created|trained|unveiled|introduced)", "released", 2, 1, 0.85),
    (r"{MPS}{G40}\b(?:entwickelt|developed|built|created|trained|made|released|launched|unveiled|"
     r"veröffentlicht|vorgestellt)\s+(?:von|by)\s+" + DET + ADJ + r"{CO}", "released", 2, 1, 0.85),
    (r"{MPS}{G40}\b(?:von|by)\s+" + DET + r"{CO}\s+(?:entwickelt|trainiert|veröffentlicht|vorgestellt|gebaut|"
     r"geschaffen|erstellt)\w*", "released", 2, 1, 0.85),
    (r"(?:von|by)\s+{CO}\s+(?:entwickelte|trainierte|veröffentlichte|vorgestellte|gebaute|developed|built|"
     r"trained|created|made)\w*\s+" + ADJ + r"{MP}", "released", 1, 2, 0.85),
    (r"{CO}-(?:entwickelte|developed|built|made|trainierte)\w*\s+" + ADJ + r"{MP}", "released", 1, 2, 0.85),
    (V2_LAUNCH + r"\s+{CO}\s+(?:[\w-]+\s+){0,7}?{MPS}", "released", 1, 2, 0.85),
    (r"{CO}{P80}{MPS}[“\"”]?\s+(?:[\w-]+\s+){0,3}?(?:veröffentlicht|vorgestellt|präsentiert|lanciert|auf den Markt gebracht|"
     r"enthüllt|gestartet|angekündigt|freigegeben)\b", "released", 1, 2, 0.8),
    (r"{MP},\s+(?:den|das|die|which|that)\s+{CO}{G60}\b(?:entwickelt|vorgestellt|veröffentlicht|gebaut|trainiert|"
     r"developed|built|launched|released|trained|designed|created)", "released", 2, 1, 0.85),
    (r"{MP},\s+{CO}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:platform|product|model|chatbot|app|assistant|tool|service|"
     r"agent|chip)\b", "released", 2, 1, 0.8),
    # ---- competesWith
    # "erreicht das Modell nahezu das Niveau von Claude Opus 4.5", "matches the level of GPT-5"
    (r"{X}{G80}\b(?:das\s+|the\s+)?(?:Niveau|Leistungsniveau|level|performance)\s+(?:von|des|der|of)\s+" + DET + r"{XS}",
     "competesWith", 1, 2, 0.7),
    # "Cambricon, der mit Huawei um Aufträge ringt", "buhlt mit X um Kunden"
    (r"{X}{G60}\bmit\s+" + DET + ADJ + r"{XS}\s+um\s+[^⟨.]{0,60}?\b(?:ringt|ringen|rang|rangen|kämpft|kämpfen|kämpfte|buhlt|"
     r"buhlen|buhlte|wetteifert|wetteifern|streitet|streiten|konkurriert|konkurrieren)\b", "competesWith", 1, 2, 0.8),
    (r"{X}{G40}\b(?:ringt|ringen|kämpft|kämpfen|buhlt|buhlen|wetteifert|konkurriert|konkurrieren)\s+(?:[\w-]+\s+)?mit\s+" + DET + ADJ
     + r"{XS}\s+um\b", "competesWith", 1, 2, 0.8),
    # "der ... direkt gegen Sora 2 von OpenAI antritt", "tritt gegen X an"
    (r"{X}{G160}\bgegen\s+" + DET + ADJ + r"{XS}(?:\s+(?:von|des|der)\s+⟨\d+:\w+⟩)?\s+(?:[\w-]+\s+)?(?:antritt|antreten|antrat|"
     r"antraten|ins Rennen geht|ins Rennen gehen|ins Rennen schickt)\b", "competesWith", 1, 2, 0.75),
    (r"{X}{G60}\b(?:tritt|treten|trat|traten)\s+(?:[\w-]+\s+){0,2}?gegen\s+" + DET + ADJ + r"{XS}\s+an\b", "competesWith", 1, 2, 0.8),
    (r"{MP},\s+[^,]{0,80},\s+(?:which|that|das|der|die)\s+(?:\w+\s+)?(?:competes|konkurriert|rivals)\s+(?:directly\s+)?"
     r"(?:with|mit)\s+" + DET + r"{XS}", "competesWith", 1, 2, 0.75),
    (r"{X}{G80}\b(?:sowohl\s+)?mit\s+{XS}{G40}\b" + COMPETE_V, "competesWith", 1, 2, 0.85),
    (r"{X}{G60}\b(?:konkurriert|konkurrieren|konkurrierte|wetteifert|competes?|competing|competed|rivals|"
     r"rivaling|rivalling|vies|vying|takes on|going head-to-head)\s+(?:direkt\s+|directly\s+|head-on\s+|"
     r"nun\s+|now\s+|auch\s+|also\s+)?(?:mit\s+|with\s+|against\s+|gegen\s+)" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.85),
    (r"{X}{G40}\b(?:rivals|rivaled|challenges)\s+" + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.75),
    # "⟨Baidu⟩ greift mit ⟨ERNIE 5.5⟩ ⟨DeepSeek⟩ und ⟨Qwen⟩ an", "⟨Google⟩ will mit neuem Modell ⟨OpenAI⟩ und ⟨Anthropic⟩ abhängen"
    (r"{X}\s+(?:greift|griff|greifen|griffen)\s+(?:mit\s+(?:[\w-]+\s+){0,3}?(?:⟨\d+:(?:AIModel|Product)⟩\s+)?)?(?:nun\s+|jetzt\s+|auch\s+)?"
     + DET + r"{XS}\s+an\b", "competesWith", 1, 2, 0.75),
    (r"{X}\s+(?:will|wollen|möchte|dürfte|könnte)\s+(?:mit\s+(?:[\w-]+\s+){0,3}?(?:⟨\d+:(?:AIModel|Product)⟩\s+)?)?" + DET
     + r"{XS}\s+(?:abhängen|überholen|ausstechen|Paroli bieten|herausfordern|angreifen)\b", "competesWith", 1, 2, 0.75),
    # "⟨Anthropic⟩, a direct ⟨OpenAI⟩ rival", "⟨Anthropic⟩, ein ⟨OpenAI⟩-Rivale"
    (r"{X},\s+(?:a|an|the|ein|eine|der|die|das)\s+(?:[\w-]+\s+)?{X}(?:\s+|-)(?:rival|competitor|challenger|Rivale|Konkurrent|"
     r"Herausforderer|Wettbewerber)\b", "competesWith", 1, 2, 0.8),
    # "Mit ⟨LG⟩, ⟨SK Telecom⟩ und ⟨Naver⟩ konkurriert ⟨Upstage⟩ um Aufträge": the rivals fronted
    (r"\bMit\s+" + DET + ADJ + r"{XS}\s+(?:konkurriert|konkurrieren|konkurrierte|ringt|ringen|buhlt|buhlen|kämpft|kämpfen|wetteifert|"
     r"streitet)\s+(?:(?:nun|jetzt|auch|vor allem|direkt)\s+)?{X}", "competesWith", 2, 1, 0.8),
    # "puts ⟨Airtel⟩ squarely in the race with ⟨Reliance⟩ and ⟨Adani⟩"
    (r"{X}{G40}\bin\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:race|battle|fight|contest)\s+(?:with|against)\s+" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.75),
    (r"{X},\s+" + DET + ADJ + r"(?:Konkurrent|Rivale|Wettbewerber|Herausforderer|rival|competitor|challenger)\w*\s+"
     r"(?:von|des|der|zu|für|of|to)\s+" + DET + r"{XS}", "competesWith", 1, 2, 0.85),
    (r"{X}-(?:Konkurrent|Rivale|Herausforderer|Wettbewerber)\w*\s+{XS}", "competesWith", 1, 2, 0.9),
    (r"{X}(?:'s|’s)\s+(?:\w+\s+)?(?:rival|competitor|challenger)s?\s+{XS}", "competesWith", 1, 2, 0.85),
    (r"(?:Konkurrenten?|Rivalen?|Wettbewerber|[Rr]ivals?|[Cc]ompetitors?)\s+(?:von|des|der|zu|of|to)\s+{X}\s*,\s*{XS}",
     "competesWith", 1, 2, 0.75),
    (r"(?:Konkurrenz|Wettbewerb|Rivalität|competition|rivalry)\s+(?:zwischen|between)\s+{X}\s+(?:und|and)\s+{X}",
     "competesWith", 1, 2, 0.8),
    (r"{X}{G60}\b(?:im Wettbewerb|in Konkurrenz|in competition|in (?:direct|direkte\w*|head-to-head) (?:competition|Konkurrenz))\s+"
     r"(?:mit|zu|with)\s+" + DET + r"{XS}",
     "competesWith", 1, 2, 0.8),
    (r"{X}{G40}\b(?:Konkurrenz|Konkurrent|Rivale|rival|competitor)\s+(?:für|zu|to|for)\s+" + DET + r"{XS}",
     "competesWith", 1, 2, 0.75),
    (r"{X}{P60}\b(?:gilt als|ist|is|als|as|seen as|considered)\s+(?:[\w-]+\s+){0,3}?(?:Konkurrent|Rivale|"
     r"Herausforderer|Wettbewerber|rival|competitor|challenger)\w*\s+(?:von|des|der|zu|für|of|to)\s+" + DET + r"{XS}",
     "competesWith", 1, 2, 0.8),
    (r"{X}{G60}\bmit\s+" + DET + r"{XS}\s+(?:[\w-]+\s+){0,2}?(?:mithalten|gleichziehen|mitzuhalten|gleichzuziehen)",
     "competesWith", 1, 2, 0.8),
    (r"{X}{G60}\b(?:matches|match|rivals|is on par with|on par with|is on a par with|ebenbürtig|auf Augenhöhe mit|"
     r"vergleichbar mit|gleichauf mit)\s+" + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.75),
    # "LG und Naver konkurrieren um Großkunden": rivals of each other
    (r"{X}\s+(?:und|and)\s+{X}\s+(?:konkurrieren|konkurrierten|compete|competed|are competing|are rivals|sind Rivalen|sind Konkurrenten)\b",
     "competesWith", 1, 2, 0.75),
    # "Mit dem Modell tritt das Unternehmen gegen die chinesischen Anbieter Deepseek, Alibaba und Moonshot AI an"
    (r"(?:tritt|treten|trat|traten)\s+(?:(?:das|der|die)\s+(?:[\w-]+\s+|⟨\d+:Place⟩\s+){0,4}?)?{X}\s+(?:[\w-]+\s+){0,3}?gegen\s+"
     + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.7),
    (r"{X}\s+(?:tritt|treten|trat|traten)\s+(?:[\w-]+\s+){0,3}?gegen\s+" + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.7),
    # ---- outperforms
    (r"{X}{P100}\bbesser{G40}\bals\s+" + DET + r"{XS}", "outperforms", 1, 2, 0.75),
    # "Maverick trailed DeepSeek's V3 and Google's Gemini 2.5 Pro", "lag hinter X zurück"
    (r"{X}{P60}\b(?:trailed|trails|trailing|lagged behind|lags behind|fell behind|falls behind|landed behind|came in behind|"
     r"liegt hinter|lag hinter|blieb hinter|bleibt hinter|landete hinter)\s+" + DET + ADJ + r"{XS}", "outperforms", 2, 1, 0.75),
    # "Beim Wissenstest GPQA Diamond liegt V4 dagegen knapp hinter Googles Gemini 2.5 Pro"
    (r"(?:liegt|lag|landet|landete|bleibt|blieb|rangiert|rangierte)\s+{X}\s+(?:[\w-]+\s+){0,3}?hinter\s+" + DET + ADJ + r"{XS}",
     "outperforms", 2, 1, 0.75),
    (r"{X}{G60}\b(?:better than|stronger than|leistungsfähiger als|stärker als)\s+" + DET + r"{XS}",
     "outperforms", 1, 2, 0.75),
    (r"{X}{P100}\b" + OUTPERF + r"\s+" + DET + ADJ + r"{XS}", "outperforms", 1, 2, 0.75),
    (r"{X}{P100}\b(?:ahead of|noch vor|vor Konkurrent\w*)\s+" + DET + ADJ + r"{XS}", "outperforms", 1, 2, 0.7),
    (V2_OUT + r"\s+{X}\s+" + DET + ADJ + r"(?:Modell\s+|model\s+)?{XS}", "outperforms", 1, 2, 0.75),
    # ---- evaluatedOn
    (r"(?:On|Auf|Im|In|Beim|Bei)\s+" + DET + r"(?:[\w-]+\s+){0,5}?{BENCH}(?:-[\w-]+)?{G30}\b" + EVAL_V + r"\s+{X}",
     "evaluatedOn", 2, 1, 0.8),
    (r"{X}{G100}\b(?:" + OUTPERF[3:-1] + r"|besser als|better than|ahead of|vor)\s+" + DET + ADJ + r"{X}\s+(?:on|auf|in|im|bei|beim)\s+"
     + DET + ADJ + r"{BENCHS}", "evaluatedOn", 1, 3, 0.75),
    # "X edged out Y on the GPQA Diamond science exam": both were measured on it
    (r"{X}{G100}\b(?:" + OUTPERF[3:-1] + r"|besser als|better than|ahead of|vor)\s+" + DET + ADJ + r"{X}\s+(?:on|auf|in|im|bei|beim)\s+"
     + DET + ADJ + r"{BENCHS}", "evaluatedOn", 2, 3, 0.6),
    # "reported a score of 44% on Humanity's Last Exam for GPT-5"
    (r"(?:score|result|Wert|Ergebnis)\s+(?:of|von)\s+[\d.,]+\s*(?:%|percent|Prozent|points|Punkten?)\s+(?:on|in|auf|im|beim)\s+" + DET + ADJ
     + r"{BENCH}\s+(?:for|für)\s+" + DET + r"{X}", "evaluatedOn", 2, 1, 0.75),
    (r"(?:On|Auf|Im|In|Beim|Bei)\s+" + DET + r"(?:[\w-]+\s+){0,5}?{BENCH}{G120}{X}\s+(?:has\s+|have\s+|hat\s+)?(?:still\s+|also\s+|even\s+)?(?:" + EVAL_V + "|" + OUTPERF + ")",
     "evaluatedOn", 2, 1, 0.8),
    (r"{X}{G80}\b" + EVAL_V + r"{G60}\b(?:auf|im|in|beim|bei|on|in)\s+" + DET + ADJ + r"{BENCHS}",
     "evaluatedOn", 1, 2, 0.75),
    (r"{X}{G60}\b(?:auf|im|beim|on)\s+" + DET + r"{BENCHS}{G40}" + EVAL_V, "evaluatedOn", 1, 2, 0.75),
    (r"{X}.{0,160}?\b(?:unter Verwendung|anhand|mithilfe|mit Hilfe|using|evaluated on|tested on|getestet auf|"
     r"gemessen am|gemessen an)\s+(?:des|der|dem|den|the)?\s*" + ADJ + r"{BENCHS}", "evaluatedOn", 1, 2, 0.7),
    # ---- ceoOf, foundedBy, worksFor through titles: handled by TITLE_RULES below
    # ---- foundedBy
    (r"von\s+{PERS}\s+(?:mit)?gegründete\w*\s+" + ADJ + r"{ORG}", "foundedBy", 2, 1, 0.9),
    # "das von ⟨Sam Altman⟩ geführte ⟨Unternehmen⟩", "the ⟨Microsoft AI⟩ division headed by ⟨Mustafa Suleyman⟩"
    (r"von\s+{PER}\s+(?:geführte|geleitete)\w*\s+" + ADJ + r"{ORG}", "ceoOf", 1, 2, 0.75),
    (r"{ORG}{G60}\b(?:wurde|war|ist)?{G30}(?:\d{4}\s+)?(?:von|durch)\s+" + DET + ADJX + r"{PERS}\s+(?:mit)?gegründet",
     "foundedBy", 1, 2, 0.9),
    (r"{PER}[^.]{0,150}?{ORG},\s+(?:das|die|den|der|which|that)\s+(?:er|sie|he|she)\s+(?:\w+\s+){0,2}?(?:mitgegründet|"
     r"gegründet|co-founded|founded|cofounded|mitbegründet)", "foundedBy", 2, 1, 0.8),
    (r"{ORG}{G60}\b(?:founded|co-founded|cofounded|started|set up|established|gegründet|mitgegründet)\s+(?:in\s+\d{4}\s+)?"
     r"(?:by|von|durch)\s+" + DET + ADJX + r"{PERS}(?!\s+[a-z][\w-]*\s+⟨\d+:Person⟩)", "foundedBy", 1, 2, 0.9),
    (r"{PERS}{G20}\b(?:gründete|gründeten|founded|co-founded|cofounded|mitgegründet|gegründet hat|gegründet haben)\s+"
     + DET + ADJ + r"{ORG}", "foundedBy", 2, 1, 0.85),
    (r"{PERS}{G30}\b(?:hat|haben|hatte|hatten)\s+" + DET + ADJ + r"{ORG}{G30}\b(?:mit)?gegründet", "foundedBy", 2, 1, 0.85),
    # "Mensch hatte das Unternehmen 2023 gemeinsam mit Guillaume Lample und Timothée Lacroix gegründet": the partners are founders too
    (r"{PER}\s+(?:hat|hatte|haben|hatten)\s+" + DET + ADJ + r"{ORG}\s+(?:[\w-]+\s+){0,4}?(?:gemeinsam|zusammen)\s+mit\s+"
     + DET + ADJ + r"{PERS}\s+(?:[\w-]+\s+){0,2}?(?:mit)?(?:gegründet|aufgebaut|ins Leben gerufen)", "foundedBy", 2, 3, 0.8),
    (r"{PER}\s+(?:gründete|gründeten)\s+" + DET + ADJ + r"{ORG}\s+(?:[\w-]+\s+){0,4}?(?:gemeinsam|zusammen)\s+mit\s+"
     + DET + ADJ + r"{PERS}", "foundedBy", 2, 3, 0.8),
    (r"{PER}\s+(?:co-founded|cofounded|founded|started)\s+" + DET + ADJ + r"{ORG}\s+(?:in\s+\d{4}\s+)?(?:together\s+)?with\s+"
     + DET + ADJ + r"{PERS}", "foundedBy", 2, 3, 0.8),
    # "Gegründet wurde Reflection AI im März 2024 von Misha Laskin und Ioannis Antonoglou"
    (r"(?:^|[.;:]\s+)[„\"]?(?:Gegründet|Mitgegründet|Ins Leben gerufen)\s+(?:wurde|wurden|worden war|hat|haben|hatten|hatte)\s+{ORG}\s+"
     r"(?:[^⟨.;]{0,40}?\s)?(?:von|durch)\s+" + DET + ADJX + r"{PERS}", "foundedBy", 1, 2, 0.85),
    # "Sakana AI, das der frühere Google-Forscher David Ha mitgegründet hat", "Naver, den Lee Hae-jin 1999 gegründet hat"
    (r"{ORG},\s+(?:den|das|die)\s+" + DET + ADJX + r"{PERS}\s+(?:[^⟨.;,]{0,40}?\s)?(?:mit)?gegründet\s+(?:hat|hatte|haben|hatten)\b",
     "foundedBy", 1, 2, 0.8),
    # "Founded in 2023 by former DeepMind researcher Arthur Mensch and ex-Meta scientists A and B, Mistral has ...":
    # every person of the opening participle clause founded the main clause's subject
    (r"(?:^|[.;:]\s+)[„\"]?(?:Co-founded|Cofounded|Founded|Started|Gegründet|Mitgegründet)\s+(?:(?:in\s+)?(?:\w+\s+)?\d{4}\s+)?(?:by|von)\s+"
     r"((?:[^⟨;.,]|⟨\d+:\w+⟩)*?⟨\d+:Person⟩(?:[^⟨;.,]|⟨\d+:\w+⟩)*?),\s+(?:(?:the|der|die|das)\s+(?:[\w-]+\s+){0,3}?)?{ORG}",
     "foundedBy", 2, 1, 0.85),
    # "Konwinski had previously co-founded data and AI company Databricks", "der 2019 das Softwarehaus X gegründet hatte"
    (r"{PER}\s+(?:had|has|have)\s+(?:previously\s+|also\s+|earlier\s+|once\s+)?(?:co-founded|cofounded|founded|started|set up)\s+"
     r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?{ORG}", "foundedBy", 2, 1, 0.8),
    (r"{PER}{G40}\b(?:after|before|nach|vor)\s+(?:co-founding|cofounding|founding|starting|der Gründung von)\s+(?:(?:the|a|an)\s+)?"
     r"(?:[\w-]+\s+){0,4}?{ORG}", "foundedBy", 2, 1, 0.8),
    # "der von Ma Huateng gegründete und geführte Konzern Tencent"
    (r"von\s+{PERS}\s+(?:mit)?gegründete\w*\s+(?:und|sowie)\s+[\w-]+\s+" + ADJ + r"{ORG}", "foundedBy", 2, 1, 0.85),
    # "who had left OpenAI in 2024 to co-found Thinking Machines Lab with Mira Murati", "departed to start Babuschkin Ventures"
    (r"{PERS}(?:[^⟨⟩.;]|⟨\d+:(?:Company|Organization|Place)⟩){0,100}?\bto\s+(?:co-found|cofound|found|start|launch|set up)\s+"
     + DET + ADJ + r"{ORG}", "foundedBy", 2, 1, 0.75),
    (r"\bto\s+(?:co-found|cofound|found|start|launch|set up)\s+" + DET + ADJ + r"{ORG}\s+(?:in\s+\d{4}\s+)?(?:together\s+)?with\s+"
     + DET + ADJX + r"{PERS}", "foundedBy", 1, 2, 0.75),
    # "Quillmark's three co-founders — chief executive A, chief technology officer B and C"
    (r"{ORG}(?:'s|’s|s)?\s+(?:(?:two|three|four|five|zwei|drei|vier|fünf)\s+)?(?:co-?founders|cofounders|founders|Gründer|Mitgründer)"
     r"\s*(?:—|–|:|,)\s*((?:[^⟨.;—–]{0,40}?⟨\d+:Person⟩\s*(?:,|and|und)?\s*){1,5})", "foundedBy", 1, 2, 0.8),
    # "DeepSeek, das vom Hedgefonds-Manager Liang Wenfeng gegründet wurde", "das von den Geschwistern Dario und Daniela Amodei gegründet wurde"
    (r"{ORG},\s+(?:das|der|die|which|that)\s+(?:[\w-]+\s+){0,3}?(?:vom|von|by)\s+" + DET + ADJX + r"{PERS}\s+(?:[\w-]+\s+){0,3}?"
     r"(?:mit)?gegründet\s+(?:wurde|worden|war)", "foundedBy", 1, 2, 0.85),
    # "Character.AI und dessen Gründer Noam Shazeer und Daniel De Freitas", "Groq ... hiring its founder, Jonathan Ross"
    (r"{ORG}{G40}\b(?:dessen|deren|its|their|seine[nm]?|ihre[nm]?)\s+(?:co-?founders?|cofounders?|founders?|Gründer\w*|Mitgründer\w*)"
     r"\s*,?\s+{PERS}", "foundedBy", 1, 2, 0.8),
    (r"{ORG}\s+(?:und|and)\s+(?:dessen|deren|its|their)\s+(?:co-?founders?|cofounders?|founders?|Gründer\w*|Mitgründer\w*)"
     r"\s*,?\s+{PERS}", "foundedBy", 1, 2, 0.85),
    # "Marimo co-founders Akshay Agrawal and Myles Scolnick will join CoreWeave"
    (r"{ORG}(?:'s|’s|s)?\s+(?:co-?founders|cofounders|founders|Gründer|Mitgründer)\s+{PERS}", "foundedBy", 1, 2, 0.8),
    # "Monolith was founded in 2016 as a spinout from Imperial College London by Richard Ahlfeld"
    (r"{ORG}\s+(?:was|wurde)\s+(?:co-)?(?:founded|gegründet)\s+(?:in\s+\d{4}\s+)?(?:as|als)\s+(?:[^,⟨.;]|⟨\d+:\w+⟩){0,60}?\s(?:by|von)\s+"
     + DET + ADJX + r"{PERS}", "foundedBy", 1, 2, 0.8),
    # "Black Forest Labs, 2024 von Rombach gemeinsam mit Andreas Blattmann und Patrick Esser gegründet"
    (r"{ORG},\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+)?(?:von|by)\s+{PERS}\s+(?:gemeinsam mit|zusammen mit|together with|with)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:⟨\d+:Person⟩(?:\s*,\s*|\s+(?:und|and)\s+)?)+\s*(?:mit)?(?:gegründet|founded)", "foundedBy", 1, 2, 0.8),
    (r"{ORG},\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+)?(?:von|by)\s+⟨\d+:Person⟩\s+(?:gemeinsam mit|zusammen mit|together with|with)\s+"
     r"(?:[\w-]+\s+){0,2}?{PERS}\s*(?:mit)?(?:gegründet|founded)", "foundedBy", 1, 2, 0.8),
    # "Der Technologieinvestor, einer der größten Geldgeber von OpenAI", "X, one of the largest backers of Y"
    (r"{ORG},\s+(?:einer|eine|eines|one)\s+(?:der|of the|of its)\s+(?:[\w-]+\s+)?" + INVESTOR_N + r"\s+(?:von|des|der|of|in)\s+"
     + DET + r"{CO}", "investsIn", 1, 2, 0.8),
    # ---- investsIn
    (r"{ORGS}{G60}\b(?:investiert\w*|investierte\w*|invests|invested|investing|invest\b|"
     r"beteiligt sich|beteiligte sich|beteiligen sich|steigt\s+bei|stieg\s+bei|pumpt|pumpte|steckt|steckte|"
     r"took a stake|takes a stake|bought a stake|erwarb eine Beteiligung|acquired a stake)"
     r"{G60}\b(?:in|an|am|bei|beim|into)\s+" + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{CO}-(?:Investor|Investoren|Geldgeber|Anteilseigner|Großaktionär|Hauptaktionär)\s+{ORGS}", "investsIn", 2, 1, 0.85),
    # "OpenAI, in which Microsoft holds a 27% stake", "Anthropic, an dem Amazon mit acht Milliarden Dollar beteiligt ist"
    (r"{CO},\s+(?:in which|in whom|an dem|an der|an denen|bei dem|bei der)\s+(?:(?:der|die|das|the)\s+(?:[\w-]+\s+){0,2}?)?{ORGS}"
     r"\s+(?:[^⟨.;,]{0,60}?\s)?(?:stakes?|interest|Anteile?\w*|beteiligt|Beteiligung\w*|invested|investiert|hält|halten|holds|hold|owns)\b",
     "investsIn", 2, 1, 0.8),
    # "Nebius, which also holds a stake in ClickHouse", "Applied Materials hält gut neun Prozent an BESI",
    # "die große Anteile am britischen Chipdesigner Arm hält"
    (r"{ORG},?\s+(?:(?:which|that|der|die|das)\s+)?(?:also\s+|auch\s+|still\s+|noch\s+)?(?:holds|owns|hält|besitzt|halten)\s+"
     r"(?:[^⟨.;]{0,50}?\s)?(?:stakes?|interest|Anteile?\w*|Beteiligung\w*|Prozent|percent|%)\s+(?:in|an|am|at|of)\s+" + DET + ADJ
     + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{ORG},\s+(?:der|die|das)\s+(?:[^⟨.;]{0,40}?\s)?(?:Anteile?\w*|Beteiligung\w*|Prozent)\s+(?:an|am)\s+" + DET + ADJ
     + r"{CO}\s+(?:hält|hielt|besitzt)\b", "investsIn", 1, 2, 0.8),
    # "SpaceX put $2 billion into xAI", "eine Milliarde Dollar in den Netzwerkausrüster Nokia gesteckt"
    (r"{ORG}{G50}\b(?:put|puts|putting|pumped|poured|pours|ploughed|plowed)\s+(?:[^⟨.;]{0,40}?\s)?(?:into|in)\s+" + DET + ADJ + r"{CO}",
     "investsIn", 1, 2, 0.8),
    (r"{ORG}{G60}\b(?:in|into)\s+" + DET + ADJ + r"{CO}\s+(?:gesteckt|investiert|gepumpt|injiziert)\b", "investsIn", 1, 2, 0.8),
    # "stockt die Schwarz Gruppe ihre Beteiligung an Aleph Alpha auf", "Microsoft raised its stake in X"
    (r"{ORG}\s+(?:[\w-]+\s+){0,3}?(?:seine|ihre|its|their)\s+(?:[\w-]+\s+)?(?:Beteiligung|Anteil\w*|stake|holding)\s+(?:an|am|in)\s+"
     + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{ORGS},\s+" + DET + r"(?:[\w-]+\s+){0,6}?(?:Investor|Geldgeber|Großaktionär|Hauptaktionär|Anteilseigner|"
     r"investor|backer|shareholder)\w*\s+(?:von|bei|des|der|in|of)\s+" + DET + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{CO}(?:'s|’s)\s+(?:\w+\s+)?(?:investors?|backers?|shareholders?)\s+(?:include\s+|such as\s+|like\s+|is\s+|are\s+|was\s+|were\s+)?{ORGS}",
     "investsIn", 2, 1, 0.8),
    (r"{ORGS}{G20}\b(?:invests?|invested|investiert\w*)\s+(?:\w+\s+){0,2}?in\s+" + DET + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"(?:investiert|investierte|steckt|steckte|pumpt|pumpte)\s+{ORGS}{G60}\bin\s+" + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{ORGS}{G40}\b(?:is|ist|are|sind|was|war|remains|bleibt)\s+(?:an?\s+|ein\w*\s+|the\s+|der\s+|die\s+)?"
     r"(?:[\w-]+\s+){0,2}?" + INVESTOR_N + r"\s+(?:in|of|at|bei|von|an)\s+" + DET + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{ORGS},\s+{CO}(?:'s|’s|s)\s+" + ADJ + INVESTOR_N, "investsIn", 1, 2, 0.8),
    (r"{CO},\s+(?:which|that)\s+counts\s+{ORGS}\s+among\s+its\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders)",
     "investsIn", 2, 1, 0.8),
    (r"{CO},\s+zu\s+(?:dessen|deren)\s+(?:[\w-]+\s+)?(?:Geldgebern|Investoren|Anteilseignern|Aktionären)\s+(?:auch\s+)?" + DET + r"{ORGS}\s+"
     r"(?:zählen|gehören)", "investsIn", 2, 1, 0.8),
    (r"{ORGS}{G30}\b(?:holds|held|hält|hielt|owns|owned|besitzt|besaß|acquired|took|takes|erwarb)\s+(?:(?:a|an|eine[n]?)\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:stake|Beteiligung|Anteil\w*|shares?)(?:\s+(?:of|von)\s+[^⟨]{0,25}?)?\s+(?:in|an|at)\s+" + DET + r"{CO}",
     "investsIn", 1, 2, 0.8),
    (r"{ORGS}{G60}\b(?:an|in|bei)\s+" + DET + r"{CO}\s+(?:beteiligt|eingestiegen)", "investsIn", 1, 2, 0.8),
    (r"{ORG}-(?:backed|gestützte\w*|finanzierte\w*|unterstützte\w*)\s+" + ADJ3 + r"{CO}", "investsIn", 1, 2, 0.8),
    (r"{CO}(?:,[^,.]{0,100},)?\s+(?:is|are|was|were|wird|ist|wurde|has been)\s+(?:\w+\s+)?(?:backed|funded|financed|"
     r"unterstützt|finanziert)\s+(?:by|von)\s+" + DET + ADJ + r"{ORGS}", "investsIn", 2, 1, 0.8),
    (r"{CO},\s+(?:which|that|das|der|die)\s+(?:is|was|has been|wird|ist|wurde)\s+(?:\w+\s+)?(?:backed|funded|financed|"
     r"unterstützt|finanziert)\s+(?:by|von)\s+" + DET + ADJ + r"{ORGS}", "investsIn", 2, 1, 0.8),
    # "Cerebras Systems, the Silicon Valley chipmaker in which G42 is a major investor"
    (r"{CO},\s+(?:(?:the|a|an)\s+(?:[^,⟨;]|⟨\d+:Place⟩){0,60}?\s*)?(?:⟨\d+:Company⟩\s+)?(?:in which|an dem|an der|in das|bei dem|bei der)\s+"
     + DET + r"{ORGS}\s+"
     r"(?:is|was|has been|ist|war|are|sind)\s+(?:also\s+|auch\s+)?(?:a|an|ein\w*|the|der|die)?\s*(?:[\w-]+\s+)?" + INVESTOR_N,
     "investsIn", 2, 1, 0.8),
    # ---- acquired
    (r"{ORG}{G40}\b(?:kündigte|gab|announced|completed|schloss|vollzog|bestätigte|confirmed|agreed)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:die|the|its|seine|ihre)\s+"
     r"(?:[\w$€.,-]+\s+){0,3}?(?:Übernahme|acquisition|Kauf|purchase|takeover)\s+(?:von|des|der|of)\s+" + DET + ADJ3 + r"{CO}",
     "acquired", 1, 2, 0.8),
    (r"{CO},?\s+(?:which is\s+|that is\s+|der\s+|die\s+|das\s+)?(?:owned|controlled|majority-owned|wholly owned)\s+by\s+"
     + DET + r"{ORG}", "subsidiaryOf", 1, 2, 0.8),
    (r"{CO},\s+(?:the|a|an|der|die|das)?\s*[^,]{0,60}?\b(?:that|which|den|das|die)\s+{ORG}\s+(?:acquired|bought|"
     r"purchased|took over|übernommen|gekauft|übernahm|kaufte|erworben|erwarb)", "acquired", 2, 1, 0.8),
    (V2_ACQ + r"\s+{ORG}\s+" + DET + ADJ3 + r"{CO}(?!\s*-?(?:Aktien|Anteile|shares|Chips))", "acquired", 1, 2, 0.85),
    (r"{ORG}{G30}\b(?:übernimmt|übernahm|übernommen hat|kauft|kaufte|gekauft hat|erwirbt|erwarb|erworben hat|"
     r"schluckt|schluckte|acquires|acquired|buys|bought|will acquire|would acquire|to acquire|agreed to buy|agreed to acquire|"
     r"snapped up|snaps up|scooped up|picked up|"
     r"takes over|took over)\s+" + DET + ADJ3 + r"{CO}(?!\s*-?(?:Aktien|Anteile|shares|Chips))", "acquired", 1, 2, 0.85),
    (r"(?:Übernahme|Kauf|Akquisition)\s+(?:von|des|der)\s+" + DET + ADJ + r"{CO}\s+durch\s+" + DET + r"{ORG}",
     "acquired", 2, 1, 0.85),
    (r"{CO}-Übernahme\s+durch\s+" + DET + r"{ORG}", "acquired", 2, 1, 0.85),
    (r"{ORG}(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,3}?(?:acquisition|takeover|purchase)\s+of\s+" + DET + r"{CO}",
     "acquired", 1, 2, 0.85),
    (r"(?:acquisition|takeover|purchase)\s+of\s+" + DET + r"{CO}\s+by\s+" + DET + r"{ORG}", "acquired", 2, 1, 0.85),
    # "Snowflake closed its roughly $1 billion acquisition of Observe", "after closing its purchase of OpenPipe"
    (r"{ORG}(?:,\s+[\w-]+,)?\s+(?:[\w-]+\s+){0,2}?(?:closed|completed|finalized|finalised|announced|made|abgeschlossen|vollzog|vollzieht|schloss)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:its|their|seine[rnms]?|ihre[rnms]?)\s+(?:[\w$€.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout|"
     r"Übernahme|Kauf|Akquisition)\s+(?:of|von|des|der)\s+" + DET + ADJ3 + r"{CO}", "acquired", 1, 2, 0.8),
    (r"^[^⟨]{0,60}?{ORG}[^.;⟨]*(?:⟨\d+:\w+⟩[^.;⟨]*)*?\b(?:after|before|following)\s+(?:closing|completing|finalizing)\s+"
     r"(?:its|their)\s+(?:[\w$€.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout)\s+of\s+" + DET + ADJ3 + r"{CO}",
     "acquired", 1, 2, 0.8),
    # "Lin sold his company Helia to Scale AI", "verkaufte sein Start-up X an Y"
    (r"(?:sold|sells|selling|verkaufte|verkauft|verkauften)\s+(?:his|her|their|its|seine\w*|ihre\w*|the|das|die|den)?\s*"
     r"(?:[\w-]+\s+){0,3}?{CO}\s+(?:[^⟨.;]{0,30}?\s)?(?:to|an)\s+" + DET + ADJ + r"{ORG}", "acquired", 2, 1, 0.8),
    # "Databricks hatte 2023 für 1,3 Milliarden Dollar das KI-Start-up MosaicML übernommen"
    (r"{ORG}\s+(?:hatte|hat|haben|hatten)\b[^⟨.;]{0,60}?\s" + DET + ADJ3 + r"{CO}\s+(?:[^⟨.;,]{0,30}?\s)?"
     r"(?:übernommen|gekauft|erworben|geschluckt)\b", "acquired", 1, 2, 0.8),
    (r"{ORG},\s+(?:der|die|das)\s+[^⟨.;]{0,60}?\s" + DET + ADJ3 + r"{CO}\s+(?:[^⟨.;,]{0,40}?\s)?"
     r"(?:übernommen|gekauft|erworben|geschluckt)\s+(?:hat|hatte|haben|hatten)\b", "acquired", 1, 2, 0.8),
    (r"{CO}{G40}\b(?:wurde|wird|was|is|has been)\s+(?:\w+\s+)?(?:von|vom|von der|by|durch)\s+" + DET + ADJ + r"{ORG}\s+"
     r"(?:übernommen|gekauft|erworben|geschluckt)", "acquired", 2, 1, 0.85),
    (r"{CO}{G40}\b(?:was|is|has been|were)\s+(?:\w+\s+)?(?:acquired|bought|purchased|taken over)\s+by\s+" + DET
     + ADJ + r"{ORG}", "acquired", 2, 1, 0.85),
    # ---- partnersWith
    (r"{X}\s+(?:und|and)\s+" + DET + ADJ + r"{X}{G60}\b(?:kooperieren|arbeiten\s+(?:\w+\s+){0,3}?zusammen|partner\w*|"
     r"schließen sich\s+(?:\w+\s+)?zusammen|haben eine\s+(?:\w+\s+)?Partnerschaft|gehen eine\s+(?:\w+\s+)?Partnerschaft|"
     r"announced a\s+(?:\w+\s+)?partnership|team(?:ed)? up|join(?:ed)? forces|vereinbart\w*\s+eine\s+(?:\w+\s+)?"
     r"(?:Partnerschaft|Kooperation|Zusammenarbeit)|collaborat\w+)", "partnersWith", 1, 2, 0.8),
    (r"{X}{G40}\b(?:kooperiert|kooperierte|arbeitet|arbeitete|partners|partnered|is partnering|has partnered|"
     r"teams up|teamed up|tut sich|tat sich|schließt sich|spannt|collaborates|collaborated)\s+(?:\w+\s+){0,2}?"
     r"(?:mit|with)\s+" + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.8),
    (r"{X}{G60}\b(?:Partnerschaft|Kooperation|Zusammenarbeit|partnership|collaboration|alliance|Allianz|"
     r"Vereinbarung|agreement|deal)\s+(?:mit|with)\s+" + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.75),
    (r"(?:Partnerschaft|Kooperation|Zusammenarbeit|partnership|collaboration|alliance)\s+(?:zwischen|between)\s+"
     r"{X}\s+(?:und|and)\s+{X}", "partnersWith", 1, 2, 0.8),
    (r"{X}-(?:Partner|partner)\s+{XS}", "partnersWith", 1, 2, 0.8),
    (r"{X}{P120}\b(?:gemeinsam|zusammen|jointly|together)\s+(?:mit|with)\s+" + DET + ADJ + r"{XS}\s+(?:[\w-]+\s+)?(?:entwickelt|"
     r"entwickeln|gebaut|vorgestellt|developed|built|created|designed)", "partnersWith", 1, 2, 0.75),
    (r"{X}{G40}\b(?:developed|built|created|launched)\s+(?:[\w-]+\s+){0,3}?(?:together with|jointly with|in partnership with)\s+"
     + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.75),
    (r"(?:arbeitet|arbeiten|kooperiert|kooperieren)\s+" + DET + r"{X}\s+(?:[\w-]+\s+){0,5}?mit\s+" + DET + ADJ + r"{XS}\s+(?:[\w-]+\s+)?zusammen",
     "partnersWith", 1, 2, 0.75),
    (r"{X}{G40}\b(?:agreed to supply|will supply|to supply|supplies|beliefert|beliefern|liefert|liefern)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:to|an)\s+" + DET + r"{XS}", "partnersWith", 1, 2, 0.6),
    (r"{X}{G40}\b(?:signed|signs|unterzeichnete|unterzeichnet|schloss|schließt|struck|strikes|inked|agreed)\s+(?:a|an|einen|eine)\s+"
     r"(?:[\w$€.,-]+\s+){0,6}?(?:contract|deal|agreement|partnership|Vertrag|Vereinbarung|Abkommen|Partnerschaft|"
     r"Liefervertrag|Kooperation)\s+(?:[\w$€.,-]+\s+){0,4}?(?:with|mit)\s+" + DET + r"{XS}", "partnersWith", 1, 2, 0.75),
    (r"{X}(?:,\s+(?:which|that|der|die|das)\b[^,.]{0,80},)?\s+(?:is|are|was|has been|)\s*(?:also\s+|now\s+)?(?:working|works|"
     r"worked|teaming up|partnering|collaborating)\s+(?:closely\s+)?(?:together\s+)?with\s+" + DET + ADJ + r"{XS}",
     "partnersWith", 1, 2, 0.75),
    (r"{X}[^.⟨]{0,40}?(?:⟨\d+:\w+⟩[^.⟨]{0,60}?){0,2}\b(?:said|says|sagte|sagt|announced|kündigte an)?,?\s*(?:it|es|sie|dass es|dass sie)\s+"
     r"(?:is|was|has|had|will|would|werde|wolle)?\s*(?:be\s+)?(?:partnering|partnered|teaming up|kooperiere|kooperiert|zusammenarbeiten)\s+"
     r"(?:\w+\s+){0,2}?(?:with|mit)\s+" + DET + r"{XS}", "partnersWith", 1, 2, 0.75),
    # ---- headquarteredIn
    (r"{ORG},\s+(?:a|an|the|ein|eine|das|der|die)\s+{PLACE}(?:-based|er|-ansässige\w*)\s(?!(?:[\w-]+\s+){0,3}⟨\d+:Company⟩)",
     "headquarteredIn", 1, 2, 0.8),
    (r"{ORG}\s*,?\s*(?:mit\s+(?:Haupt)?[Ss]itz\s+in|mit\s+Hauptquartier\s+in|headquartered in|based in|"
     r"ansässig in|aus)\s+(?:dem\s+|der\s+)?(?:[\w-]+\s+)?{PLACE}(?!-)", "headquarteredIn", 1, 2, 0.8),
    (r"{ORG}{G40}\b(?<!\bund )(?<!\band )(?:hat seinen Sitz in|hat ihren Sitz in|sitzt in|is headquartered in|is based in|"
     r"has its headquarters in|hat seinen Hauptsitz in|hat ihren Hauptsitz in)\s+{PLACE}", "headquarteredIn", 1, 2, 0.85),
    (r"(?:in\s+)?{PLACE}(?:,\s+⟨\d+:Place⟩)?(?:-based|\s+based|-ansässige\w*|\s+ansässige\w*|er)\s+" + ADJ + r"{ORG}",
     "headquarteredIn", 2, 1, 0.8),
    # "Toronto venture firm Radical Ventures", "Hong Kong brokerage Tiger Hill Securities"
    (r"(?<![\w⟩-])(?<!of\s)(?<!in\s){PLACE}\s+(?:[a-z][\w-]*\s+){0,2}?(?:firm|startup|start-up|company|brokerage|lab|bank|fund|investor|"
     r"chipmaker|developer|group|giant|operator|provider|insurer|carmaker|automaker)\s+{ORG}", "headquarteredIn", 2, 1, 0.75),
    # "Abu Dhabi's MGX", "Japan's SoftBank Group", "San Francisco's Hex"
    (r"(?<![\w⟩-])(?<!of\s)(?<!von\s){PLACE}(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}?{ORG}(?!'s|’s)", "headquarteredIn", 2, 1, 0.7),
    # ---- listedOn
    (r"{CO}{G60}\b(?:an der|auf der|at the|on the|in|an)\s+" + DET + r"{EXCH}\s+(?:notiert|gelistet|gehandelt|"
     r"an die Börse)", "listedOn", 1, 2, 0.8),
    (r"(?:in|an der|on the|in the)\s+" + DET + r"{EXCH}\s+(?:notierte\w*|gelistete\w*|gehandelte\w*|listed)\s+"
     r"(?:Aktien|Papiere|Titel|ADRs?|shares)\s+(?:von|des|der|of)\s+{CO}", "listedOn", 2, 1, 0.8),
    (r"{CO}{G40}\b(?:is|are|ist|sind|wird|werden)\s+(?:\w+\s+)?(?:listed|traded|notiert|gelistet|gehandelt)\s+"
     r"(?:on|at|in|an der)\s+" + DET + r"{EXCH}", "listedOn", 1, 2, 0.8),
    (r"{EXCH}[-\s](?:listed|notierte\w*|gelistete\w*)\s+" + ADJ + r"{CO}", "listedOn", 2, 1, 0.8),
    (r"{CO}(?:'s|’s|s)?[-\s](?:shares|stock|Aktien?|Papiere|ADRs?)\b{G80}\b(?:trading|debut|gehandelt|Handel|Börsengang|"
     r"Börsendebüt|IPO|listing)\w*\s+(?:on|an der|at the|in)\s+" + DET + r"{EXCH}", "listedOn", 1, 2, 0.75),
    (r"{CO}{G30}\b(?:debut|Debüt|Börsengang|IPO|listing)\s+(?:on|an der|at|auf)\s+" + DET + r"{EXCH}", "listedOn", 1, 2, 0.75),
    # "MiniMax, das erst im Januar an der Hongkonger Börse debütiert hatte", "sind seit Januar an der Börse notiert"
    (r"{CO}{G60}\b(?:an der|auf der|at the|on the)\s+" + DET + r"{EXCH}\s+(?:debütiert\w*|debuted|debuts|gestartet|"
     r"erstnotiert|notiert|gelistet|listed)", "listedOn", 1, 2, 0.75),
    (r"{COS}\s+(?:sind|are|waren|were)\s+(?:[\w-]+\s+){0,3}?(?:an der|auf der|at the|on the)\s+" + DET + r"{EXCH}\s+"
     r"(?:notiert|gelistet|listed)", "listedOn", 1, 2, 0.75),
    (r"{CO}\s+(?:slumps|soars|jumps|falls|rises|climbs|tumbles)\s+in\s+{EXCH}\s+(?:debut|Debüt)", "listedOn", 1, 2, 0.75),
    (r"{CO}{G40}\b(?:an die Börse|IPO|Börsengang|going public|went public|goes public)\b{G40}\b(?:an der|in|on the|at the|auf)\s+"
     + DET + r"{EXCH}", "listedOn", 1, 2, 0.7),
    # ---- basedOn
    (r"{MP}{G40}\b(?:basiert auf|basierte auf|beruht auf|baut auf|is based on|was based on|is built on|built on|"
     r"based on|auf Basis von|auf Basis des|auf Grundlage von|fine-tuned from|a fine-tuned version of|"
     r"eine Weiterentwicklung von|derived from|distilled from|starts from|started from|built on top of|"
     r"(?:post-)?trained on top of|a post-trained version of|post-trained from|a distilled version of)\s+" + DET + POSS + ADJ + r"{MP}",
     "basedOn", 1, 2, 0.85),
    # "FLUX.2 [klein], ein kompaktes Modell, das aus FLUX.2 [dev] destilliert wurde"
    (r"{MP}{G60}\b(?:das|der|die|which|that)\s+aus\s+" + DET + POSS + ADJ + r"{MP}\s+(?:destilliert|abgeleitet|hervorgegangen)",
     "basedOn", 1, 2, 0.8),
    (r"{MP}(?:-basierte\w*|\s+basierende\w*|-based)\s+" + ADJ + r"{MP}", "basedOn", 2, 1, 0.8),
    (r"{MP},\s+(?:das|der|die|which|that)\s+(?:auf|on)\s+" + DET + ADJ + r"{MP}\s+(?:basiert|beruht|aufbaut|aufsetzt)",
     "basedOn", 1, 2, 0.85),
    (r"{MP},\s+(?:which|that)\s+(?:is|was)\s+(?:based|built)\s+on\s+" + DET + ADJ + r"{MP}", "basedOn", 1, 2, 0.85),
    (r"{MP}{G40}\b(?:built on top of|runs on|läuft auf|setzt auf|nutzt|uses|powered by|angetrieben von)\s+" + DET + ADJ
     + r"{MPS}", "basedOn", 1, 2, 0.7),
    # ---- subsidiaryOf
    (r"{ORG}-(?:Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Einheit)\s+{ORG}", "subsidiaryOf", 2, 1, 0.9),
    (r"{ORG},\s+" + DET + ADJ + r"(?:Tochter|Tochterfirma|Tochtergesellschaft|Tochterunternehmen|subsidiary|unit|"
     r"division|Sparte|Konzerntochter)\s+(?:von|des|der|of)\s+" + DET + r"{ORG}(?!-)", "subsidiaryOf", 1, 2, 0.9),
    (r"{ORG}(?:'s|’s)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm)\s*,?\s+{ORG}", "subsidiaryOf", 2, 1, 0.85),
    (r"{ORG}(?:-|\s)(?:Mutterkonzern|Muttergesellschaft|Mutter|parent|parent company)\s+{ORG}", "subsidiaryOf", 1, 2, 0.9),
    (r"{ORG}-(?:owned|controlled|eigene\w*|kontrollierte\w*)\s+" + ADJ + r"{ORG}", "subsidiaryOf", 2, 1, 0.8),
    (r"{ORG},\s+zu\s+(?:der|dem|denen)\s+(?:unter anderem\s+|auch\s+)?{ORGS}\s+gehör", "subsidiaryOf", 2, 1, 0.8),
    (r"{ORG},\s+(?:which|that)\s+(?:also\s+)?owns\s+{ORGS}", "subsidiaryOf", 2, 1, 0.75),
    (r"{ORG}{G20}\b(?:gehört zu|gehört zum|belongs to|is owned by|is a subsidiary of|ist eine Tochter von|"
     r"ist eine Tochter des|gehört dem|is a unit of)\s+" + DET + ADJ + r"{ORG}", "subsidiaryOf", 1, 2, 0.85),
]

STOCK_VERB = (r"(?:rose|fell|climbed|jumped|gained|added|dropped|slipped|slid|lost|declined|rallied|surged|soared|tumbled|"
              r"sank|plunged|edged|advanced|retreated|stieg\w*|fiel\w*|legte\w*|verlor\w*|sank\w*|gab\w*|rutschte\w*|"
              r"kletterte\w*|zog\w*|sprang\w*|brach\w*)")
RAW_RULES += [
    # ---- listedOn from a stock move on a named exchange: "Alphabet shares rose 2.3% on the Nasdaq",
    # "Die Infineon-Aktie legte im Xetra-Handel um 2,4 Prozent zu"
    (r"{CO}(?:'s|’s|'|s)?[-\s](?:shares|stock|Aktien?|Papiere|Titel|ADRs?)\b{G30}\b" + STOCK_VERB + r"\b[^⟨;]{0,50}?"
     r"\b(?:on|at|in|an der|auf)\s+" + DET + r"{ORG}(?![-\w])", "listedOn", 1, 2, 0.7),
    (r"{CO}-(?:Aktien?|Papiere)\b{G40}\b(?:im|auf dem)\s+{ORG}-Handel", "listedOn", 1, 2, 0.7),
    (r"(?:[Ss]hares|Aktien?|Papiere)\s+(?:of|von|der|des)\s+{CO}\s+" + STOCK_VERB + r"\b[^⟨;]{0,50}?"
     r"\b(?:on|at|in|an der|auf)\s+" + DET + r"{ORG}(?![-\w])", "listedOn", 1, 2, 0.7),
    # ---- competesWith: adverbs, "but also with", rivalries
    (r"{X}{G60}\b(?:konkurriert|konkurrieren|konkurrierte|competes?|competing|competed)\s+(?:vor allem|hauptsächlich|"
     r"insbesondere|unter anderem|mainly|primarily|chiefly|mostly|largely|above all)\s+(?:mit|with)\s+" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.8),
    (r"{X}{G60}\b(?:konkurriert|konkurrieren|konkurrierte|competes?|competing|competed)\b[^.;⟨]{0,40}?(?:⟨\d+:\w+⟩[^.;⟨]{0,20}?)?"
     r"\b(?:aber auch|sondern auch|but also|and also|as well as)\s+(?:mit|with)\s+" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.75),
    (r"{X}(?:'s|’s|')\s+(?:[\w-]+\s+)?(?:rivalry|competition)\s+with\s+" + DET + r"{XS}", "competesWith", 1, 2, 0.8),
    (r"{X}{G30}\b(?:steht|stehen|stand|standen)\s+(?:[\w-]+\s+){0,2}?im Wettbewerb\s+mit\s+" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.8),
    # ---- acquired: German perfect with the participle at the end, "agrees to buy"
    (r"{ORG}\s+(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,5}?" + DET + ADJ3 + r"{CO}\s+(?:[\w-]+\s+){0,3}?"
     r"(?:übernommen|gekauft|erworben|geschluckt)\b", "acquired", 1, 2, 0.8),
    (r"{ORG}{G30}\b(?:agrees|agreed|has agreed|plans|planned|is set|offered|offers)\s+(?:[\w-]+\s+){0,3}?to\s+(?:buy|acquire|purchase|"
     r"take over)\s+" + DET + r"(?:[\w-]+\s+){0,5}?{CO}(?!\s*-?(?:shares|stock))", "acquired", 1, 2, 0.85),
    # "Cognition, which sells the Devin agent and acquired rival Windsurf last year"
    (r"{ORG},\s+(?:which|that)\s+(?:[^.;,⟨]|⟨\d+:(?:AIModel|Product)⟩){0,80}?\band\s+(?:also\s+|later\s+)?(?:acquired|bought|took over)\s+"
     + DET + ADJ3 + r"{CO}(?!\s*-?(?:shares|stock))", "acquired", 1, 2, 0.8),
    # "Splunk, the data analytics firm Cisco bought for $28 billion", "SeaMicro, the server maker he sold to AMD"
    (r"{CO},\s+(?:(?:the|a|an)\s+[^,⟨;]{0,60}?|⟨\d+:Company⟩)\s{ORG}\s+(?:acquired|bought|purchased|took over)\b", "acquired", 2, 1, 0.8),
    (r"{CO},\s+(?:(?:the|a|an)\s+[^,⟨;]{0,60}?\b|⟨\d+:Company⟩\s+)(?:he|she|they|it|we)\s+(?:later\s+)?sold\s+to\s+" + DET + r"{ORG}",
     "acquired", 2, 1, 0.8),
    # "selling Siebel Systems, the first company he founded, to Oracle", "verkaufte X an Y"
    (r"\b(?:selling|sold|sell|sells|verkaufte|verkauft|verkaufen)\s+" + DET + ADJ + r"{CO}(?:,[^,.;]{0,80},)?\s+(?:to|an)\s+" + DET + ADJ
     + r"{ORG}(?!\s*-?(?:shares|stock|Aktien|chips|Chips))", "acquired", 2, 1, 0.75),
    # "Meta Platforms paid $14.3 billion for a 49% stake in Scale AI"
    (r"{ORG}{G30}\b(?:paid|pays|spent|zahlte|zahlt|bezahlte)\s+(?:[^⟨.;]|\.(?=\d)){0,40}?\b(?:for|für)\s+(?:a|an|eine[n]?)\s+(?:[\d.,]+\s*(?:%|percent|"
     r"Prozent)\s+|[\w-]+\s+)?(?:stake|Beteiligung|Anteil|share)\s+(?:in|an|at)\s+" + DET + r"{CO}", "investsIn", 1, 2, 0.8),
    # "Salesforce struck a roughly $8 billion deal for Informatica", "in 2023 it paid $1.3 billion for MosaicML"
    (r"{ORG}{G30}\b(?:struck|strikes|signed|signs|agreed|inked|sealed)\s+(?:a|an)\s+[^⟨.;]{0,40}?\b(?:deal|agreement)\s+(?:for|to buy|"
     r"to acquire)\s+" + DET + ADJ3 + r"{CO}(?!\s*-?(?:shares|stock))", "acquired", 1, 2, 0.8),
    (r"{ORG}{G30}\b(?:paid|pays|zahlte|zahlt|bezahlte)\s+(?:[\w$€£.,-]+\s+){1,5}?(?:for|für)\s+" + DET + ADJ3
     + r"{CO}(?!\s*-?(?:shares|stock|Aktien|chips|Chips))", "acquired", 1, 2, 0.7),
    # ---- partnersWith: German verb-second after an adverbial, "said it is working with"
    (r"(?:schloss|schließt|unterzeichnete|unterzeichnet|vereinbarte|vereinbart|besiegelte|verkündete)\s+{X}\s+"
     r"(?:[\w-]+\s+){0,3}?(?:eine|einen|ein)\s+(?:[\w-]+\s+){0,2}?(?:Partnerschaft|Kooperation|Zusammenarbeit|"
     r"Vertrag|Liefervertrag|Vereinbarung|Abkommen|Allianz)\s+(?:[\w-]+\s+){0,2}?mit\s+" + DET + ADJ + r"{XS}",
     "partnersWith", 1, 2, 0.75),
    (r"{X}\s+(?:said|says|announced|sagte|teilte mit)\s*,?\s*(?:that\s+)?(?:it|they)\s+(?:is|are|was|were|has been|will be)\s+"
     r"(?:now\s+|also\s+)?working\s+(?:closely\s+)?with\s+" + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.75),
    # ---- investsIn: "Zu den Investoren von X zählen A und B", "X counts A among its investors"
    (r"(?:Zu|Unter)\s+den\s+(?:[\w-]+\s+)?(?:Investoren|Geldgebern|Anteilseignern|Aktionären|Kapitalgebern|Unterstützern)\s+"
     r"(?:(?:von|des|der|bei)\s+)?" + DET + ADJ + r"{CO}\s+(?:zählen|zählten|gehören|gehörten|gehört|zählt)\s+(?:unter anderem\s+|auch\s+)?"
     + DET + ADJ + r"{ORGS}", "investsIn", 2, 1, 0.8),
    (r"(?:Zu|Unter)\s+den\s+(?:[\w-]+\s+)?(?:Investoren|Geldgebern|Anteilseignern|Kapitalgebern)\s+(?:von|des|der)\s+" + DET
     + ADJ + r"{CO}\s+(?:zählen|zählten|gehören|gehörten|gehört|zählt)\s+" + DET + ADJ + r"⟨\d+:\w+⟩(?:[^.⟨]{0,10}?⟨\d+:\w+⟩)*"
     r"\s+sowie\s+" + DET + ADJ + r"{ORGS}", "investsIn", 2, 1, 0.75),
    (r"{CO}(?:'s|’s|')\s+(?:[\w-]+\s+)?(?:investors|backers|shareholders)\s+(?:include|included|are|were)\s+{ORGS}",
     "investsIn", 2, 1, 0.8),
    # ---- released: "Claude models from Anthropic", "Modelle von X"
    (r"{MP}\s+(?:models?|Modelle?n?|chatbots?|chips?)\s+(?:from|by|of|von)\s+" + DET + r"{CO}(?!-)", "released", 2, 1, 0.8),
    # ---- evaluatedOn with the benchmarks first: "In den Tests A und B übertreffe es X", "On MMLU-Pro it beat X"
    (r"(?:On|In|Im|Auf|Bei|Beim)\s+" + DET + r"(?:[\w-]+\s+)?{BENCHS}\s*,?\s+(?:" + V2_OUT[3:-1] + r"|schlägt|schlug|"
     r"liegt|lag|beats|beat|outperforms|outperformed|surpasses|surpassed)\s+{X}", "evaluatedOn", 2, 1, 0.75),
    (r"(?:On|In|Im|Auf|Bei|Beim)\s+" + DET + r"(?:[\w-]+\s+)?⟨\d+:Benchmark⟩(?:[^⟨.]{0,12}⟨\d+:Benchmark⟩)*\s*,?\s+(?:"
     + V2_OUT[3:-1] + r"|schlägt|schlug)\s+{X}\s+" + DET + ADJ + r"{XS}", "outperforms", 1, 2, 0.75),
    # ---- released: "Das wichtigste Produkt des Start-ups ist das Sprachmodell X", "Its flagship product is X"
    (r"(?:Produkt|Modell|Flaggschiff|product|model|offering)\s+(?:(?:von|des|der|of)\s+)?" + DET + ADJ + r"{CO}\s+(?:ist|war|is|was)\s+"
     + DET + ADJ + r"{MP}", "released", 1, 2, 0.75),
    # ---- outperforms: "liegt es vor dem Modell X", "X liegt im Test vor Y"
    (r"{X}{G40}\b(?:liegt|lag|landet|landete)\b[^⟨.]{0,40}?\bvor\s+" + DET + r"(?:[\w-]+\s+)?(?:Modell\s+)?{XS}",
     "outperforms", 1, 2, 0.7),
    (r"(?:liegt|lag|landet|landete)\s+{X}\s+[^⟨.]{0,40}?\bvor\s+" + DET + r"(?:[\w-]+\s+)?(?:Modell\s+)?{XS}",
     "outperforms", 1, 2, 0.7),
    # ---- foundedBy with appositions between the founders: "founded in 2023 by A, a former X engineer, and B, who ..."
    (r"{ORG}{G60}\b(?:founded|co-founded|cofounded|started|established|set up|gegründet)\s+(?:in\s+\d{4}\s+)?(?:by|von)\s+" + DET + ADJX + r"{PER},\s+[^,;.]{0,60}?"
     r"(?:⟨\d+:\w+⟩[^,;.]{0,30}?)?,\s+(?:and|und)\s+{PER}", "foundedBy", 1, 3, 0.8),
    # ---- acquired inside a relative clause: "Snowflake, which ... last year bought the search startup Neeva"
    (r"{ORG},\s+(?:which|that|das|der|die)\s+[^,.⟨]{0,80}?\b(?:bought|acquired|took over|übernahm|kaufte|erwarb)\s+"
     + DET + ADJ3 + r"{CO}(?!\s*-?(?:shares|stock|Aktien))", "acquired", 1, 2, 0.8),
    # ---- fundedBy: "X, which ..., was valued at $62 billion in a funding round ... led by Y"
    (r"^{CO}[^.⟨]{0,120}?\b(?:funding round|financing round|Finanzierungsrunde|Series [A-H] round)\b[^.⟨]{0,40}?\b(?:led by|angeführt von)\s+"
     + DET + r"{ORGS}", "fundedBy", 1, 2, 0.75),
    # ---- subsidiaryOf: "Google DeepMind, the search giant's AI research unit"
    (r"{ORG},\s+{ORG}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:unit|division|arm|subsidiary|research lab)\b", "subsidiaryOf", 1, 2, 0.8),
    # ---- partnersWith: "Gemeinsam mit der Deutschen Telekom errichtet der Konzern ...", "Together with X, Y built"
    (r"(?:^|[.;:]\s+)(?:Gemeinsam|Zusammen|Together)\s+(?:mit|with)\s+" + DET + ADJ + r"{XS}\s*,?\s+(?:[a-zäöü]\w+\s+){1,2}?{X}",
     "partnersWith", 2, 1, 0.7),
    # ---- investsIn, German verb-second: "So beteiligte sich der Konzern an der Finanzierungsrunde des X und am Start-up Y"
    (r"(?:beteiligte|beteiligt|beteiligten)\s+sich\s+{ORG}[^⟨.]{0,30}?\ban\s+(?:der\s+(?:[\w-]+\s+)?(?:Finanzierungsrunde|Runde|"
     r"Kapitalerhöhung)\s+(?:des|der|von)\s+)?" + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.75),
    (r"(?:beteiligte|beteiligt|beteiligten)\s+sich\s+{ORG}[^⟨.]{0,30}?\ban\s+[^⟨.]{0,80}?⟨\d+:Company⟩\s+(?:und|sowie)\s+"
     r"(?:am|an der|an dem|beim|bei)\s+" + ADJ3 + r"{CO}", "investsIn", 1, 2, 0.7),
    # ---- released, German fronted object: "Mit Nemotron bietet Nvidia außerdem eigene Modelle an"
    (r"(?:^|[.;:]\s+)Mit\s+(?:[\w-]+\s+)?{MP}\s+(?:bietet|bot|hat|hatte|bringt|brachte|liefert|stellt|stellte|will|präsentiert|"
     r"präsentierte)\s+{CO}", "released", 2, 1, 0.7),
    # ---- released, German separable verbs around the name: "MiniMax brachte fast zeitgleich MiniMax-M2.5 heraus",
    # "Baidu schaltete Ernie 5.0 frei", "Die Videoplattform hatte mit Kling 2.6 eine neue Version gezeigt"
    (r"{CO}\s+(?:brachte|brachten|bringt|bringen|schaltete|schalteten|schaltet|legte|legten|legt|stellte|stellten|stellt)\b"
     r"{G60}{MPS}[^⟨.]{0,60}?\b(?:heraus|frei|vor|zur Verfügung|auf den Markt)\b", "released", 1, 2, 0.85),
    (r"{CO}\s+(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,3}?mit\s+{MP}\s+[^⟨.]{0,80}?\b(?:gezeigt|vorgestellt|präsentiert|"
     r"veröffentlicht|herausgebracht|lanciert|enthüllt)\b", "released", 1, 2, 0.8),
    # ---- released: "The company also sells versions such as Palmyra Med and Palmyra Fin"
    (r"{CO}\s+(?:also\s+|auch\s+)?(?:sells|offers|makes|builds|markets|verkauft|bietet|vertreibt|entwickelt)\s+[^⟨.]{0,60}?"
     r"\b(?:such as|like|including|wie|darunter)\s+{MPS}", "released", 1, 2, 0.75),
    # ---- foundedBy, German perfect: "Ilya Sutskever hat Safe Superintelligence gegründet",
    # "Mira Murati hat mit Thinking Machines Lab ein eigenes Unternehmen aufgebaut"
    (r"{PER}\s+(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,2}?(?:mit\s+)?{ORG}\s+(?:[\w-]+\s+){0,4}?(?:gegründet|mitgegründet|"
     r"aufgebaut|ins Leben gerufen)\b", "foundedBy", 2, 1, 0.8),
    # ---- competesWith, German verb-second: "In Europa konkurriert Tessera vor allem mit Mistral AI"
    (r"(?:konkurriert|konkurrieren|konkurrierte|konkurrierten)\s+{X}\s+(?:[\w-]+\s+){0,3}?mit\s+" + DET + ADJ + r"{XS}",
     "competesWith", 1, 2, 0.8),
    # ---- subsidiaryOf: "Stackit, der Cloud-Tochter der Schwarz Gruppe", "X, a unit of Y"
    (r"{ORG},\s+(?:der|die|dem|the|a|an|einer?)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:Tochter\w*|[Ss]ubsidiary|unit|division|[Aa]rm|"
     r"Beteiligungsgesellschaft|Investmentgesellschaft|Sparte|Einheit|Ableger)\s+"
     r"(?:der|des|von|of)\s+" + DET + r"(?:⟨\d+:Place⟩(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?{ORG}", "subsidiaryOf", 1, 2, 0.8),
    # "X, the company's corporate venture arm", "NVentures, Nvidias Risikokapitalarm"
    (r"{ORG},\s+(?:the\s+)?{ORG}(?:'s|’s|s)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:[Aa]rm|unit|division|subsidiary|Tochter\w*|Sparte)\b",
     "subsidiaryOf", 1, 2, 0.8),
    # "Google has also backed the startup", "backs X"
    (r"{ORGS}\s+(?:has|have|had)\s+(?:also\s+)?(?:backed|funded|invested in)\s+" + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.8),
    # "Amazon ... der wichtigste Infrastrukturpartner von Anthropic", "X is the primary cloud partner of Y"
    (r"{ORG}{G80}\b(?:der|die|the|a|an|ein|eine|its|seine?r?|ihre?r?)\s+(?:[\w-]+\s+){0,2}?[\w-]*[Pp]artner(?:in)?\s+(?:von|des|der|of|for|für)\s+"
     + DET + ADJ + r"{ORG}", "partnersWith", 1, 2, 0.75),
    # ---- investsIn, German perfect: "Nvidia hatte sich an einer Finanzierungsrunde beteiligt, in der xAI ...",
    # "Nvidia hat sich an xAI beteiligt"
    (r"{ORG}\s+(?:hat|hatte|hatten|haben)\s+sich\s+[^⟨.]{0,40}?\ban\s+(?:einer|der)\s+(?:[\w-]+\s+)?(?:Finanzierungsrunde|Runde|"
     r"Kapitalerhöhung)\s+beteiligt[^⟨.]{0,20}?,\s+(?:in|bei|mit)\s+der\s+{CO}", "investsIn", 1, 2, 0.75),
    (r"{ORG}\s+(?:hat|hatte|hatten|haben)\s+sich\s+(?:[\w-]+\s+){0,4}?an\s+" + DET + ADJ + r"{CO}\s+(?:[\w-]+\s+)?beteiligt",
     "investsIn", 1, 2, 0.75),
    # ---- investsIn: "Nuvion, an dem unter anderem Bosch und die Deutsche Telekom beteiligt sind"
    (r"{ORG},\s+an\s+(?:dem|der|denen)\s+(?:[\w-]+\s+){0,3}?{ORGS}\s+(?:[\w-]+\s+)?beteiligt\s+(?:sind|ist|waren|war)\b",
     "investsIn", 2, 1, 0.8),
    # ---- foundedBy with the co-founders after "together with": "Perplexity was co-founded in 2022 by Srinivas, a former
    # research scientist at OpenAI, together with Denis Yarats, Johnny Ho and Andy Konwinski"
    (r"{ORG}\s+(?:was|wurde|is|ist)\s+(?:[\w-]+\s+)?(?:co-founded|cofounded|founded|gegründet|mitgegründet|set up|started|established)\b[^.]{0,160}?\b(?:together with|"
     r"along with|alongside|zusammen mit|gemeinsam mit)\s+(?:(?:his|her|their|seinen|ihren|den|the)\s+)?(?:[\w-]+\s+){0,2}?{PERS}",
     "foundedBy", 1, 2, 0.8),
    (r"(?:co-founded|founded|cofounded|started|gründete|mitgegründet)\s+{ORG}\s+(?:in\s+\d{4}\s+)?(?:with|mit|together with|along with|"
     r"zusammen mit|gemeinsam mit)\s+(?:(?:his|her|their|seine\w*|ihre\w*)\s+)?(?:[\w-]+\s+){0,3}?{PERS}", "foundedBy", 1, 2, 0.8),
    # ---- investsIn: "Google owns roughly 14% of the company", "Tesla hält gut ein Prozent an xAI"
    (r"{ORG}\s+(?:owns|holds|has|hält|besitzt|kontrolliert)\s+(?:a\s+)?(?:roughly|about|around|nearly|almost|some|rund|etwa|gut|knapp|fast)?\s*"
     r"[\d.,]+\s*(?:%|Prozent|percent)\s+(?:stake\s+)?(?:of|in|an|der|des)\s+" + DET + r"{CO}", "investsIn", 1, 2, 0.75),
    # ---- subsidiaryOf: "Die Schwarz Gruppe, zu der die Handelsketten Lidl und Kaufland gehören"
    (r"{ORG},\s+zu\s+(?:der|dem|denen)\s+(?:auch\s+)?" + DET + r"(?:[\w-]+\s+)?{ORGS}\s+(?:gehören|gehört|gehörten|gehörte)\b",
     "subsidiaryOf", 2, 1, 0.8),
    # "der das Unternehmen 2019 gemeinsam mit Samuel Weinbach aufgebaut hatte": the clause's person and the partner
    (r"{ORG}\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+)?(?:gemeinsam mit|zusammen mit)\s+{PERS}\s+(?:[\w-]+\s+){0,2}?(?:gegründet|aufgebaut|"
     r"mitgegründet|ins Leben gerufen)", "foundedBy", 1, 2, 0.8),
    # "Mensch started the company in 2023 with Guillaume Lample and Timothée Lacroix": the founder and his partners
    (r"{PER}\s+(?:co-founded|founded|started|gründete|startete)\s+{ORG}\s+(?:[\w-]+\s+){0,3}?(?:with|mit|together with|along with|"
     r"zusammen mit|gemeinsam mit)\s+(?:[\w-]+\s+){0,2}?{PERS}", "foundedBy", 2, 3, 0.8),
    (r"{PER}\s+(?:co-founded|founded|started|gründete|startete)\s+{ORG}\s+(?:[\w-]+\s+){0,3}?(?:with|mit|together with|along with|"
     r"zusammen mit|gemeinsam mit)\s", "foundedBy", 2, 1, 0.8),
    # ---- subsidiaryOf: "Dow Jones, the News Corp unit that publishes ...", "X, die Alphabet-Tochter"
    (r"{ORG},\s+(?:the|a|an|die|der|eine)\s+{ORG}(?:-|\s+)(?:unit|subsidiary|division|arm|Tochter\w*|Sparte)\b", "subsidiaryOf",
     1, 2, 0.8),
    # ---- headquarteredIn: "der US-Konzern Micron Technology aus Boise", "das Start-up X aus München"
    (r"(?:[Kk]onzern\w*|Start-?up\w*|Unternehmen\w*|Firma|[Aa]nbieter\w*|[Hh]ersteller\w*|Rivalen?|Konkurrent\w*|Entwickler\w*|"
     r"Labor\w*|Spezialist\w*|Chipdesigner\w*)\s+{ORG}\s+aus\s+{PLACE}", "headquarteredIn", 1, 2, 0.75),
    # ---- partnersWith: "Ive's design studio LoveFrom continues to work with OpenAI"
    (r"{X}{G40}\b(?:works|worked|continues to work|continued to work|will work|arbeitet|arbeiten|arbeitete)\s+(?:closely\s+|eng\s+|weiter\s+)?"
     r"(?:with|mit)\s+" + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.7),
    # ---- foundedBy, German fronted participle: "Gegründet wurde Voltmind von der Informatikerin A und dem B"
    (r"(?:Gegründet|Mitgegründet)\s+(?:wurde|wurden)\s+{ORG}\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+)?(?:von|durch)\s+" + DET + ADJX + r"{PERS}",
     "foundedBy", 1, 2, 0.85),
    # ---- investsIn: "ASML, which became Mistral's largest outside shareholder last year"
    (r"{ORG},\s+(?:which|that|das|der|die)\s+(?:became|is|was|has been|had become|wurde|ist|war)\s+{CO}(?:'s|’s|s)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:shareholder|investor|backer|Anteilseigner|Investor|Geldgeber|Aktionär)", "investsIn", 1, 2, 0.8),
    # "Technisch baut das Modell auf seinem Vorgänger Kimi K2 auf" (verb second)
    (r"(?:baut|basiert|beruht|setzt)\s+{MP}\s+(?:[\w-]+\s+){0,2}?auf\s+(?:[\w-]+\s+){0,7}?{MP}", "basedOn", 1, 2, 0.75),
    # "Qwen4-32B mit 32 Milliarden Parametern, das auf dem im Vorjahr erschienenen Qwen3-32B aufbaut"
    (r"{MP}(?:\s+(?:vor|an|aus))?(?:\s+(?:mit|with)\s+[^,⟨;]{0,50})?,\s+(?:das|der|die|which|that)\s+(?:auf|on)\s+" + DET + r"(?:[\w-]+\s+){0,4}?{MP}\s+"
     r"(?:basiert|beruht|aufbaut|aufsetzt)", "basedOn", 1, 2, 0.8),
    # "„Allianz Lumen“ ... und basiert auf Mistral Small 3.2"
    (r"{MP}[“\"”]?\s+(?:und|and)\s+(?:basiert|beruht|baut|is based|is built|builds)\s+(?:auf|on)\s+" + DET + ADJ + r"{MP}", "basedOn", 1, 2, 0.75),
    # "MedGemma 2, a version of Gemma 4 31B fine-tuned on medical text"
    (r"{MP},\s+(?:a|an|eine|ein)\s+(?:[\w-]+\s+){0,2}?(?:version|variant|Version|Variante|fine-tune|derivative|Ableger)\s+(?:of|von|des)\s+"
     + DET + ADJ + r"{MP}", "basedOn", 1, 2, 0.8),
    # ---- basedOn: "Kimi K3 baut auf der Architektur des Vorgängers Kimi K2 auf"
    (r"{MP}{G40}\b(?:baut|basiert|beruht|builds)\s+(?:auf|on)\s+(?:[\w-]+\s+){0,4}?{MP}", "basedOn", 1, 2, 0.75),
    # ---- outperforms, German: "liegt damit vor GPT-5", "muss sich X dem Modell Y geschlagen geben"
    (r"{X}{P100}\b(?:liegt|lag|liege|lägen|liegen|lagen|landet|landete|rangiert|rangierte)\s+(?:damit\s+|deutlich\s+|knapp\s+|klar\s+|"
     r"auch\s+){0,2}vor\s+" + DET + ADJ + r"{XS}", "outperforms", 1, 2, 0.75),
    # "Auch GPT-5.2 von OpenAI und Claude Opus 4.5 von Anthropic lasse Gemini 3.5 Pro hinter sich"
    (r"{MODS}\s+(?:lasse|lässt|ließ|ließe|ließen|lassen)\s+{MOD}{G60}\bhinter\s+sich", "outperforms", 2, 1, 0.75),
    # "kommt Kimi K3 auf 79,3 Prozent – knapp hinter Claude Opus 4.5 von Anthropic", "just behind X"
    (r"{MOD}{P100}(?:\s+–|\s+-|,)\s+(?:und\s+|and\s+)?(?:damit\s+|thus\s+)?(?:knapp|klar|deutlich|weit|just|narrowly|well|far)?\s*"
     r"(?:hinter|behind)\s+" + DET + ADJ + r"{MODS}", "outperforms", 2, 1, 0.7),
    # "Hinter Spitzenmodellen wie Claude Sonnet 4.5 von Anthropic bleibt Reflection-1 zurück"
    (r"(?:^|[.;:]\s+)Hinter\s+(?:[\w-]+\s+){0,4}?{MODS}\s+(?:bleibt|blieb|bleiben|liegt|lag|rangiert)\s+{MOD}", "outperforms", 1, 2, 0.75),
    (r"(?:muss|musste|müssen|mussten)\s+sich\s+{X}\s+(?:[\w-]+\s+){0,2}?{X}\s+(?:[\w-]+\s+)?geschlagen\s+geben", "outperforms", 2, 1, 0.75),
    # ---- released: "X, which owns the legal research service Westlaw"
    (r"{CO}{G40}\b(?:owns|owned|betreibt|betrieb|operates)\s+" + DET + ADJ3 + r"(?:service|platform|app|Dienst|Plattform|"
     r"product|tool|software|Software)?\s*{MP}", "released", 1, 2, 0.7),
    # ---- investsIn: "Microsoft, dem größten Geldgeber des ChatGPT-Entwicklers", "SoftBank, its second-largest backer"
    (r"{ORG},\s+(?:dem|der|des|the|a|an|einem|einer)\s+(?:[\w-]+\s+){0,2}?" + INVESTOR_N + r"\s+(?:(?:des|der|von|vom|of|in)\s+)?" + DET
     + ADJ + r"(?:⟨\d+:(?:AIModel|Product)⟩-)?{CO}", "investsIn", 1, 2, 0.75),
    # ---- investsIn: "Anthropic has raised tens of billions of dollars from Amazon and Google"
    (r"{CO}{G40}\b(?:raised|has raised|had raised|raises|secured|received|took|sammelte|erhielt|bekam|bekommen)\b[^⟨.;]{0,60}?"
     r"\b(?:from|von)\s+" + DET + ADJ + r"{ORGS}(?!\s*-)", "investsIn", 2, 1, 0.7),
    # ---- foundedBy in a relative clause: "Cohere, which Gomez co-founded in 2019 with Nick Frosst and Ivan Zhang",
    # "Tang Tan, who co-founded io with Jony Ive", "Liang Wenfeng, der zuvor den Hedgefonds High-Flyer mitgegründet hatte"
    (r"{ORG},\s+(?:which|that|das|die|den)\s+{PER}\s+(?:also\s+|einst\s+|\d{4}\s+)?(?:co-founded|cofounded|founded|started|set up|"
     r"gegründet|mitgegründet|gründete|mitbegründet)\b", "foundedBy", 1, 2, 0.8),
    (r"{ORG},\s+(?:which|that)\s+{PER}\s+(?:co-founded|cofounded|founded|started|set up)\s+(?:in\s+\d{4}\s+)?(?:with|together with|alongside|"
     r"along with)\s+(?:[\w-]+\s+){0,3}?{PERS}", "foundedBy", 1, 3, 0.8),
    (r"{PER},(?:[^⟨;]|⟨\d+:(?:Company|Organization)⟩(?:'s|’s)){0,60}?\bwho\s+(?:also\s+|had\s+|has\s+)?(?:co-founded|cofounded|"
     r"founded|started|set up)\s+{ORG}\s+(?:in\s+\d{4}\s+)?"
     r"(?:with|together with|alongside|along with)\s+(?:[\w-]+\s+){0,3}?{PERS}", "foundedBy", 2, 3, 0.8),
    # "Aidan Gomez, ⟨Cohere⟩'s chief executive, who co-founded ⟨the company⟩": the apposition may name the company
    (r"{PER},(?:[^⟨;]|⟨\d+:(?:Company|Organization)⟩(?:'s|’s)){0,60}?\bwho\s+(?:also\s+|had\s+|has\s+)?(?:co-founded|cofounded|"
     r"founded|started|set up)\s+{ORG}", "foundedBy", 2, 1, 0.8),
    # "Arthur Mensch, der ⟨das Unternehmen⟩ 2023 mit ⟨Guillaume Lample⟩ und ⟨Timothée Lacroix⟩ gegründet hat"
    (r"{PER},\s+(?:der|die)\s+(?:[\w-]+\s+){0,6}?{ORG}\s+(?:[\w-]+\s+|⟨\d+:Person⟩\s+){0,6}?(?:mitgegründet|gegründet|mitbegründet|"
     r"aufgebaut)\s+(?:und\s+(?:[\w-]+\s+){0,2}?(?:geführt|geleitet|aufgebaut)\s+)?"
     r"(?:hat|hatte|haben|hatten)\b", "foundedBy", 2, 1, 0.8),
    # "Geführt wird ⟨Helsing⟩ von den Mitgründern ⟨Torsten Reil⟩ und ⟨Gundbert Scherf⟩", "run by its co-founders ⟨A⟩ and ⟨B⟩"
    (r"{ORG}[^⟨.;]{0,40}?\b(?:von|by)\s+(?:den|its|their|the)\s+(?:beiden\s+|two\s+|three\s+|drei\s+)?(?:Mitgründern|Gründern|"
     r"Mitbegründern|co-founders|cofounders|founders)\s+{PERS}", "foundedBy", 1, 2, 0.8),
    # ---- headquarteredIn from a bare city before the description: "Carbon, a Seattle startup", "will buy Berlin startup Parsewell"
    (r"{ORG},\s+(?:a|an)\s+(?:\d+-person\s+|small\s+|young\s+)?{PLACE}\s+(?:[\w-]+\s+)?(?:start-?up|company|firm|lab|developer|maker|"
     r"chipmaker|group|provider|specialist)\b", "headquarteredIn", 1, 2, 0.75),
    (r"(?<![\w-])(?:the\s+)?{PLACE}\s+(?:start-?up|company|firm|lab|chipmaker|developer)\s+{ORG}", "headquarteredIn", 2, 1, 0.7),
    # ---- subsidiaryOf: "Google's parent Alphabet", "Google, whose parent Alphabet", "BCE, the parent of Bell Canada",
    # "des Google-Mutterkonzerns Alphabet"
    (r"{ORG}(?:'s|’s)\s+(?:corporate\s+)?(?:parent|parent company|owner)\s*,?\s+{ORG}", "subsidiaryOf", 1, 2, 0.85),
    (r"{ORG},\s+(?:whose|dessen|deren)\s+(?:parent|parent company|owner|Mutterkonzern|Muttergesellschaft)\s+{ORG}", "subsidiaryOf", 1, 2, 0.85),
    (r"{ORG},\s+(?:the|der|die)\s+(?:parent|parent company|owner|Mutterkonzern|Muttergesellschaft)\s+(?:of|von|des|der)\s+{ORG}",
     "subsidiaryOf", 2, 1, 0.85),
    (r"{ORG}-(?:Mutterkonzerns?|Muttergesellschaft|Mutter)\s+{ORG}", "subsidiaryOf", 1, 2, 0.85),
    # ---- listedOn: "Salesforce shares, which trade on the New York Stock Exchange", "Alibaba's Hong Kong-listed shares",
    # "Zhipu, which listed in Hong Kong in January", "Alphabet's Class A shares rose 3.8% on the Nasdaq"
    (r"{CO}(?:'s|’s)?\s+(?:[Ss]hares|stock|ADRs)?,?\s+(?:which|that)\s+(?:trades?|is traded|are traded|is listed|are listed)\s+(?:on|in)\s+"
     + DET + r"{EXCH}", "listedOn", 1, 2, 0.8),
    (r"{CO}(?:'s|’s)\s+{EXCH}-listed\s+(?:shares|stock|ADRs)", "listedOn", 1, 2, 0.8),
    (r"{CO},\s+(?:which|that)\s+(?:listed|went public|debuted|floated)\s+(?:its shares\s+)?(?:in|on)\s+" + DET + r"{EXCH}",
     "listedOn", 1, 2, 0.75),
    (r"{CO}(?:'s|’s)\s+Class\s+[A-C]\s+shares\b{G30}\b" + STOCK_VERB + r"\b[^⟨;]{0,50}?\b(?:on|at|in)\s+" + DET + r"{ORG}(?![-\w])",
     "listedOn", 1, 2, 0.7),
    # ---- basedOn with an apposition: "Sonar, Perplexity's in-house model built on Meta's Llama 3.3 70B",
    # "Copilot still runs largely on OpenAI's GPT-5"
    (r"{MP},\s+(?:⟨\d+:Company⟩(?:'s|’s)\s+)?(?:[\w-]+\s+){0,4}?(?:built on|based on|fine-tuned from|trained on top of)\s+" + DET + ADJ
     + r"{MPS}", "basedOn", 1, 2, 0.8),
    (r"{MP}\s+(?:still\s+|now\s+|also\s+)?(?:runs|ran|run)\s+(?:largely\s+|mostly\s+|mainly\s+|partly\s+)?on\s+" + DET
     + r"(?:combination of\s+|mix of\s+)?" + ADJ + r"{MPS}", "basedOn", 1, 2, 0.75),
    # ---- subsidiaryOf: "die Beteiligungsgesellschaft der Deutschen Telekom, T.Capital", "the venture arm of Samsung, Samsung Next"
    (r"(?:Beteiligungsgesellschaft|[\w-]*[Aa]rm|Tochter\w*|Tochtergesellschaft|[Ss]ubsidiary|unit|division)\s+(?:der|des|von|of)\s+"
     r"(?:der|dem|the)?\s*(?:[\w-]+\s+)?{ORG},\s+{ORG}", "subsidiaryOf", 2, 1, 0.8),
    # ---- foundedBy: "Hinter dem 2024 gegründeten Unternehmen stehen Miriam Kessler, Jonas Albrecht und Tomasz Nowak"
    (r"Hinter\s+(?:(?:dem|der)\s+(?:[\w-]+\s+){0,3}?)?{ORG}\s+(?:stehen|steht|standen|stand)\s+(?:[\w-]+\s+){0,2}?{PERS}", "foundedBy", 1, 2, 0.75),
    # ---- subsidiaryOf: "Alphabet's Google", "SoftBank's Vision Fund 2", "M12, Microsoft's venture fund"
    (r"(?<![\w-])(?<!⟩ )(?<!⟩, ){ORG}(?:'s|’s)\s+{ORG}(?!\s+(?:[A-Z]\s+)?(?:shares|stock|ADRs|Aktien?))", "subsidiaryOf", 2, 1, 0.6),
    (r"{ORG},\s+{ORG}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:fund|venture arm|investment arm|growth fund|venture fund|venture capital arm|"
     r"corporate venture arm)\b", "subsidiaryOf", 1, 2, 0.75),
    # ---- acquired, German passive relative clause: "RelateIQ und Airkit.ai, die beide vom Cloud-Konzern Salesforce übernommen wurden"
    (r"{COS},\s+(?:die|der|das)\s+(?:beide\s+|später\s+|inzwischen\s+)?(?:[\w-]+\s+){0,3}?(?:von|vom|von der)\s+" + DET + ADJ
     + r"{ORG}\s+(?:übernommen|gekauft|erworben)\s+(?:wurden|wurde|worden)", "acquired", 2, 1, 0.8),
    # ---- listedOn: "Broadcom, which is headquartered in Palo Alto, California, and listed on the Nasdaq",
    # "MiniMax war an die Hongkonger Börse gegangen"
    (r"{CO},\s+which\s+(?:[^.;⟨]|⟨\d+:Place⟩){0,80}?\band\s+(?:is\s+)?listed\s+(?:on|in)\s+" + DET + r"{EXCH}", "listedOn", 1, 2, 0.75),
    (r"{CO}{G60}\b(?:an die|an der)\s+{EXCH}\s+(?:gegangen|gewechselt)", "listedOn", 1, 2, 0.75),
    (r"{CO}\s+(?:ging|geht|gingen)\s+(?:[\w-]+\s+){0,3}?an die\s+{EXCH}", "listedOn", 1, 2, 0.75),
    # ---- partnersWith, German fronted partner: "Mit Bosch hat Parmenides im Januar eine Partnerschaft vereinbart",
    # "Ähnliche Vereinbarungen hatte der Konzern bereits mit dem Pariser Start-up Mistral AI geschlossen"
    (r"(?:^|[.;:]\s+)Mit\s+" + DET + ADJ + r"{X}\s+(?:hat|hatte|haben|hatten|arbeitet|arbeitete|kooperiert|kooperierte|schloss|schließt|"
     r"unterzeichnete|vereinbarte|besiegelte)\s+{X}\s+"
     r"(?:[\w-]+\s+){0,5}?(?:(?:eine|einen|ein)\s+(?:[\w-]+\s+)?[\w-]*(?:Partnerschaft|Kooperation|Vereinbarung|[Vv]ertrag|Abkommen|Deal)|zusammen)",
     "partnersWith", 2, 1, 0.75),
    # "Mistral AI, mit dem SAP seit 2024 zusammenarbeitet"
    (r"{X},?\s+mit\s+(?:dem|der|denen)\s+{X}\s+(?:[\w-]+\s+){0,4}?(?:zusammenarbeitet|zusammenarbeiten|kooperiert|kooperieren|"
     r"zusammengearbeitet)", "partnersWith", 1, 2, 0.75),
    # "Mistral AI aus Paris, der eng mit Microsoft kooperiert", "Nvidia, mit dem Schwarz Digits eine engere Zusammenarbeit vereinbart hat"
    (r"{X}(?:\s+aus\s+⟨\d+:Place⟩)?,\s+(?:der|die|das|which|that)\s+(?:[\w-]+\s+){0,3}?(?:mit|with)\s+" + DET + ADJ + r"{XS}\s+"
     r"(?:kooperiert|zusammenarbeitet|zusammenarbeiten|kooperieren|partners|works)\b", "partnersWith", 1, 2, 0.7),
    (r"{X},\s+mit\s+(?:dem|der|denen)\s+{X}\s+[^.;⟨]{0,40}?(?:Zusammenarbeit|Partnerschaft|Kooperation|[Vv]ertrag|Vereinbarung|Abkommen)\s+"
     r"(?:vereinbart|geschlossen|unterzeichnet|abgeschlossen|besiegelt)", "partnersWith", 1, 2, 0.7),
    # "Schwarz Digits will gemeinsam mit Aleph Alpha eine Plattform aufbauen", "Die Telekom hat mit Nvidia eine Cloud angekündigt"
    (r"{ORG}\s+(?:will|wollen|soll|sollen|plant|planen|möchte)\s+(?:[\w-]+\s+)?(?:gemeinsam|zusammen)\s+mit\s+" + DET + ADJ + r"{ORGS}", "partnersWith",
     1, 2, 0.7),
    (r"{ORG}\s+(?:hat|hatte|haben|hatten)\s+(?:gemeinsam\s+|zusammen\s+)?mit\s+" + DET + ADJ + r"{ORGS}\s+(?:(?:[\w-]+|⟨\d+:(?:Place|Product|AIModel)⟩)\s+){1,6}?(?:angekündigt|"
     r"vorgestellt|gestartet|aufgebaut|entwickelt|vereinbart|gegründet|eröffnet|errichtet)", "partnersWith", 1, 2, 0.7),
    # "OpenAI, an dem der Softwarekonzern rund 27 Prozent hält"
    (r"{CO},\s+an\s+(?:dem|der|denen)\s+" + DET + ADJ + r"{ORGS}\s+(?:[\w-]+\s+){0,3}?(?:[\d,.]+\s+Prozent\s+)?(?:hält|hielt|"
     r"beteiligt ist|beteiligt sind|beteiligt war)", "investsIn", 2, 1, 0.75),
    # "as the Facebook owner races to catch up with OpenAI and Google"
    (r"{X}{G40}\b(?:catch up with|keep up with|keep pace with|close the gap (?:with|to)|aufzuholen gegenüber|aufschließen zu)\s+" + DET + r"{XS}",
     "competesWith", 1, 2, 0.7),
    # "OpenAI, which remains Anthropic's fiercest rival", "Micron, der größte Rivale von SK Hynix"
    (r"{X},\s+(?:which|that|who|der|die|das)\s+(?:is|remains|was|has become|ist|bleibt|war|gilt als)\s+{X}(?:'s|’s|s)\s+(?:[\w-]+\s+)?"
     r"(?:rival|competitor|challenger|Rivale|Konkurrent|Herausforderer)\b", "competesWith", 1, 2, 0.75),
    # "as the retailer races Google and Apple to put conversational AI into homes"
    (r"{X}\s+(?:races|raced|is racing|are racing|racing)\s+(?:against\s+)?{XS}\s+(?:to|for|in)\b", "competesWith", 1, 2, 0.7),
    # "is now the second-largest company on the KOSPI"
    (r"{CO}\s+(?:[\w-]+\s+){0,2}?(?:is|was|ist|war|remains|bleibt)\s+(?:now\s+|nun\s+|jetzt\s+)?(?:(?:the|das|der|die)\s+(?:[\w-]+\s+){0,2}?(?:company|stock|"
     r"member|constituent|Unternehmen|Wert|Titel|Mitglied|Schwergewicht)|⟨\d+:Company⟩)\s+(?:on|in|im|of|des)\s+(?:the\s+)?{IDX}", "listedOn", 1, 2, 0.7),
    (r"(?:Vereinbarung|Partnerschaft|Kooperation|Vertr[äa]g)\w*\s+(?:hat|hatte|haben|hatten)\s+{X}\s+(?:[\w-]+\s+){0,2}?mit\s+" + DET + ADJ
     + r"{XS}", "partnersWith", 1, 2, 0.7),
    # "Nebius agreed to supply Anthropic with computing capacity", "beliefert Samsung neben Nvidia auch AMD und Broadcom"
    (r"{X}{G40}\b(?:agreed to supply|to supply|supplies|will supply|supplied|agreed to provide|will provide|to provide|provides)\s+"
     + DET + r"{XS}\s+with\b", "partnersWith", 1, 2, 0.7),
    (r"(?:beliefert|belieferte|beliefern)\s+{X}\s+(?:[\w-]+\s+){0,2}?(?:neben\s+" + DET + r"{X}\s+)?(?:auch\s+)?" + DET + ADJ + r"{XS}",
     "partnersWith", 1, 3, 0.7),
    (r"(?:beliefert|belieferte|beliefern)\s+{X}\s+(?:[\w-]+\s+){0,2}?neben\s+" + DET + r"{X}", "partnersWith", 1, 2, 0.7),
    # "lizenzieren ihre Modelle unter anderem an Adobe und den Facebook-Konzern Meta", "licenses its models to Adobe"
    (r"{X}{G40}\b(?:lizenziert|lizenzierte|lizenzieren|licenses|licensed|license)\s+(?:[\w-]+\s+){0,4}?(?:an|to)\s+" + DET + ADJ
     + r"{XS}", "partnersWith", 1, 2, 0.7),
    # "counts Booking.com, Condé Nast and Siemens among its customers"
    (r"{X}{G40}\b(?:counts|count|counted|zählt|zählte)\s+{XS}\s+(?:among|zu)\s+(?:its|their|seinen|ihren|den)\s+(?:[\w-]+\s+)?"
     r"(?:customers|clients|Kunden|partners|Partnern)", "partnersWith", 1, 2, 0.75),
    # ---- partnersWith from supply: "SK Hynix ist der wichtigste Lieferant von Nvidia", "Dell, another server supplier to
    # xAI", "Zulieferer für die Chipfabriken von TSMC, Samsung und Intel"
    (r"{CO}{G80}\b[\w-]*(?:[Ll]ieferanten|[Ll]ieferant|[Zz]ulieferer|[Ss]uppliers?|[Aa]usrüster|[Aa]uftragsfertiger|"
     r"[Cc]hip ?[Pp]artner|[Ff]oundry partner)s?\s+(?:to|for|of|von|für|des|der|bei)\s+(?:(?:der|die|den|dem|the)\s+)?"
     r"(?:[\w-]+\s+(?:von|of|des|der)\s+)?{COS}", "partnersWith", 1, 2, 0.65),
    # ---- partnersWith from a contract noun: "signed a five-year computing contract worth roughly $300 billion with
    # Oracle", "einen Cloud-Vertrag mit OpenAI über 300 Milliarden Dollar", "added a deal with India's Bharti Airtel"
    (r"{X}{G80}\b[\w-]*(?:[Vv]ertrag|[Cc]ontract|deal|[Aa]greement|Abkommen|Vereinbarung|[Pp]artnerschaft|[Pp]artnership|"
     r"Kooperation|Zusammenarbeit|[Cc]ollaboration|[Aa]lliance|Allianz)(?:s|en|e)?\b[^⟨.;]{0,60}?\b(?:with|mit)\s+" + DET + ADJ + r"{XS}",
     "partnersWith", 1, 2, 0.65),
    # ---- investsIn: backers in a participle clause, German passive, a stake with its share
    # "Moonshot AI, also backed by Alibaba and Tencent", "Lila Sciences, a Boston company backed by Flagship Pioneering"
    (r"{CO},\s+(?:(?:also|auch|ebenfalls|likewise)\s+)?(?:backed|funded|financed|bankrolled)\s+by\s+" + DET + ADJ + r"{INVS}(?!'s|’s)",
     "investsIn", 2, 1, 0.8),
    (r"{CO},\s+(?:a|an|the)\s+(?:[^⟨;.]|⟨\d+:Place⟩){0,70}?\s(?:backed|funded|financed|bankrolled)\s+by\s+" + DET + ADJ + r"{INVS}(?!'s|’s)",
     "investsIn", 2, 1, 0.75),
    # "Figure AI, das von Investoren wie Nvidia, Microsoft und Jeff Bezos unterstützt wird", "wird von Alibaba und Tencent finanziert"
    (r"{CO}{G60}\b(?:von|vom)\s+(?:(?:[\w-]+\s+){0,2}?(?:Investoren|Geldgebern|Konzernen|Firmen|Unternehmen|Größen)\s+wie\s+)?" + DET + ADJ
     + r"{INVS}\s+(?:[\w-]+\s+){0,2}?(?:finanziert|unterstützt|gestützt|mitfinanziert|getragen)\w*", "investsIn", 2, 1, 0.75),
    # "Microsoft's roughly 27% stake in OpenAI"
    (r"{ORG}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:[\d.,]+\s*(?:%|percent|per cent)\s+)?(?:[\w-]+\s+)?(?:stake|shareholding|holding)\s+in\s+"
     + DET + ADJ + r"{CO}", "investsIn", 1, 2, 0.8),
    # "Meta took a 49% non-voting stake in Scale AI"
    (r"{ORGS}{G30}\b(?:holds|held|owns|owned|took|takes|acquired|bought|hält|hielt|erwarb|übernahm)\s+(?:a|an|eine[n]?)\s+(?:[\w-]+\s+){0,2}?"
     r"[\d.,]+\s*(?:%|percent|Prozent)[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:stake|Beteiligung|Anteil|interest)\s+(?:in|an|at|am)\s+" + DET + ADJ
     + r"{CO}", "investsIn", 1, 2, 0.8),
    # "MiniMax counts gaming company miHoYo, HongShan and Hillhouse among its backers"
    (r"{CO}\s+(?:also\s+)?counts\s+(?:[\w-]+\s+){0,3}?{INVS}\s+among\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders)",
     "investsIn", 2, 1, 0.8),
    # ---- competesWith: "fordert X und Y heraus", "greift X an", "battles X", "X, Nvidia's main rival"
    (r"{X}{G40}\b(?:fordert|forderte|fordern|forderten)\s+" + DET + ADJ + r"{XS}\s+(?:[\w-]+\s+){0,3}?heraus\b", "competesWith", 1, 2, 0.75),
    (r"{X}{G40}\b(?:greift|greifen|griff|griffen)\s+(?!auf\b|zu\b|in\b|nach\b|um\b|durch\b)" + DET + ADJ + r"{XS}\s+(?:[^⟨.;]{0,60}?\s)?an\b",
     "competesWith", 1, 2, 0.7),
    (r"{X}{G60}\b(?:battles|battling|battled|fights|fighting|squares off against|go(?:es|ing)? head[- ]to[- ]head (?:with|against)|"
     r"takes aim at|took aim at|taking aim at)\s+"
     + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.75),
    (r"{X},\s+{X}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:rival|competitor|challenger|arch-rival|nemesis)\b", "competesWith", 1, 2, 0.85),
    (r"{X}{G40}\b(?:is competing|are competing|competes|compete|competing)\s+for\s+[^⟨.;]{0,60}?\s(?:as|with|against)\s+" + DET + ADJ
     + r"{XS}", "competesWith", 1, 2, 0.75),
    (r"{ORG}{G80}\b(?:its|their|seine|ihre)\s+(?:[\w-]+\s+)?(?:challenge|Angriff)\s+(?:to|on|auf)\s+(?:[\w-]+\s+){0,2}?{ORGS}",
     "competesWith", 1, 2, 0.7),
    # "Hierzulande konkurrieren zudem A aus München und B aus Berlin mit Helsing um Aufträge": the verb before its subjects
    (r"(?:konkurrieren|konkurriert|konkurrierten|wetteifern)\s+(?:(?:zudem|auch|außerdem|dabei|vor allem|unter anderem)\s+)?" + DET + ADJ
     + r"{XS}\s+mit\s+" + DET + ADJ + r"{X}\s+um\b", "competesWith", 1, 2, 0.8),
    # "tritt gegen heimische Konkurrenten wie DeepSeek an", "Im Wettbewerb um Bild-KI tritt Black Forest Labs gegen Midjourney an"
    (r"{X}{G60}\b(?:tritt|treten|trat|traten)\s+(?:[\w-]+\s+){0,2}?gegen\s+(?:[\w-]+\s+){0,3}?(?:wie|such as)\s+{XS}", "competesWith", 1, 2, 0.75),
    (r"(?:tritt|treten|trat|traten)\s+{X}\s+(?:[\w-]+\s+){0,2}?gegen\s+" + DET + ADJ + r"{XS}", "competesWith", 1, 2, 0.75),
    # ---- partnersWith: "OpenAI, together with Oracle and SoftBank, has pledged", letters of intent, "to build X with A and B"
    (r"{X},\s+(?:together with|along with|jointly with|gemeinsam mit|zusammen mit)\s+(?!(?:(?:the|its|den|die|seinen|ihren)\s+)?"
     r"(?:existing|other|fellow|new|earlier|bisherigen|anderen|weiteren)?\s*(?:investors|backers|shareholders|Investoren|Geldgebern|"
     r"Altinvestoren|Anteilseignern)\b)" + DET + ADJ + r"{XS},", "partnersWith", 1, 2, 0.7),
    (r"{X}{G40}\b(?:signed|signs|struck|inked|unterzeichnete|unterzeichnet)\s+(?:[\w-]+\s+){0,2}?(?:letters? of intent|memorand(?:um|a) of "
     r"understanding|MoUs?|deals|agreements|contracts|Absichtserklärungen|Absichtserklärung|Verträge|Vereinbarungen)\s+(?:with|mit)\s+"
     + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.75),
    (r"{CO}{G60}\b(?:to build|to develop|to create|will build|plans to build|is building|are building|builds)\b{P80}\b(?:with|together with)\s+"
     + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.65),
    # ---- foundedBy: the lead founder of "X hatte Y gemeinsam mit A und B gegründet"; a fronted participle "Founded in
    # 2022 by A, B and C, San Francisco-based Perplexity ..."
    (r"{PER}\s+(?:hat|hatte|haben|hatten)\s+" + DET + ADJ + r"{ORG}\s+(?:[\w-]+\s+){0,4}?(?:gemeinsam|zusammen)\s+mit\s+[^.;]{0,140}?\s"
     r"(?:mit)?(?:gegründet|aufgebaut|ins Leben gerufen)\b", "foundedBy", 2, 1, 0.8),
    (r"(?:^|[.;:]\s+)[„\"]?(?:Founded|Co-founded|Cofounded|Started|Gegründet|Mitgegründet)\s+(?:(?:in\s+|im\s+Jahr\s+)?\d{4}\s+)?(?:by|von)\s+"
     + DET + ADJX + r"{PERS},\s+" + DET + ADJ + r"{ORG}", "foundedBy", 2, 1, 0.85),
    # ---- investsIn: "Ebenfalls an Parloa beteiligt sind A, B und C", "SAP ist am Heidelberger Entwickler Aleph Alpha beteiligt"
    (r"(?:^|[.;:]\s+)(?:(?:Ebenfalls|Auch|Zudem|Außerdem|Bereits)\s+)?(?:an|am|bei|beim)\s+" + DET + ADJ + r"{CO}\s+(?:[\w-]+\s+)?beteiligt\s+"
     r"(?:sind|ist|waren|war)\s+(?:(?:auch|zudem|außerdem|ebenfalls|unter anderem|bereits)\s+)?" + DET + ADJ + r"{INVS}", "investsIn", 2, 1, 0.8),
    (r"{ORGS}{G60}\b(?:am|beim)\s+" + ADJ + r"{CO}\s+(?:[\w-]+\s+)?(?:beteiligt|eingestiegen)\b", "investsIn", 1, 2, 0.8),
    # ---- worksFor, people listed: "Rombach, Blattmann und Esser wechselten danach zu Stability AI"
    (r"{PERS}{G60}\b(?:wechselten|gingen|kamen|zogen|moved|went)\b{G40}\b(?:zu|zur|zum|to)\s+" + DET + ADJ + r"{ORG}(?!'s|’s)",
     "worksFor", 1, 2, 0.75),
    (r"{PERS}{G80}\b(?:followed\s+(?:him|her|them)\s+to|departed\s+for|defected\s+to|left\s+for)\s+" + DET + ADJ + r"{ORG}(?!'s|’s)",
     "worksFor", 1, 2, 0.75),
    # ---- subsidiaryOf: "Alphabet, Google's parent company", "Alibaba owns the South China Morning Post"
    (r"{ORG},\s+{ORG}(?:'s|’s)\s+(?:[\w-]+\s+)?parent(?:\s+company|\s+group)?\b", "subsidiaryOf", 2, 1, 0.85),
    (r"{ORG}\s+(?:also\s+|auch\s+)?(?:owns|besitzt)\s+" + DET + r"(?:(?!(?:stakes?|shares?|Beteiligung\w*|Anteile?\w*|interest|part|"
     r"percent|Prozent|Aktien|of|in|an|am|at)\b)[\w-]+\s+){0,2}?{ORG}(?!\s*(?:'s|’s|-))", "subsidiaryOf", 2, 1, 0.7),
    # ---- partnersWith: "Mit Rheinmetall entwickelt das Start-up KI-Software", "kooperiert mit mehreren Konzernen, darunter Airbus",
    # "ging Black Forest Labs eine Partnerschaft mit Elon Musks xAI ein", "Broadcom, das für Google und OpenAI Chips entwickelt",
    # "OpenAI ist zugleich Microsofts wichtigster KI-Partner"
    (r"(?:^|[.;:]\s+)Mit\s+" + DET + ADJ + r"{X}\s+(?:entwickelt|entwickeln|entwickelte|baut|bauen|baute|forscht|forschen|testet|testen|"
     r"erprobt|erproben)\s+" + DET + ADJ + r"{X}", "partnersWith", 2, 1, 0.7),
    (r"{X}{G40}\b(?:kooperiert|kooperieren|arbeitet|arbeiten|partners|works|cooperates)\b[^⟨.;]{0,60}?(?:darunter|including|such as|"
     r"unter anderem)\s+" + DET + ADJ + r"{XS}", "partnersWith", 1, 2, 0.7),
    (r"(?:ging|geht|gingen|gehen)\s+{X}\s+(?:[\w-]+\s+){0,3}?(?:Partnerschaft|Kooperation|Allianz|Zusammenarbeit)\s+mit\s+" + DET
     + r"(?:⟨\d+:Person⟩s?\s+)?" + ADJ + r"{XS}", "partnersWith", 1, 2, 0.75),
    (r"{CO},\s+(?:das|der|die|which|that)\s+(?:[\w-]+\s+)?(?:für|for)\s+{XS}\s+(?:[\w-]+\s+){0,3}?(?:entwickelt|baut|fertigt|liefert|"
     r"designs|builds|makes|supplies)\b", "partnersWith", 1, 2, 0.65),
    (r"{X}\s+(?:ist|is|war|was|bleibt|remains|gilt als)\s+(?:[\w-]+\s+){0,3}?{X}(?:'s|’s)?\s+(?:[\w-]+\s+)?[\w-]*[Pp]artner\b",
     "partnersWith", 1, 2, 0.75),
    # ---- headquarteredIn: a coordinated verb keeps the sentence's subject
    (r"^{ORG}[^.;⟨]{0,80}?(?:⟨\d+:\w+⟩[^.;⟨]{0,60}?)?\b(?:und|and)\s+(?:hat\s+(?:seinen|ihren)\s+(?:Haupt)?[Ss]itz\s+in|"
     r"sitzt\s+in|is\s+(?:headquartered|based)\s+in|has\s+its\s+headquarters\s+in)\s+{PLACE}", "headquarteredIn", 1, 2, 0.8),
]

def _needs(template: str) -> frozenset[str]:
    """Entity types a rule cannot match without (one per slot; slots accepting several types are skipped)."""
    from kg.loaders.extract.template import TYPE_SETS

    out = set()
    for slot in re.findall(r"\{([A-Z]+)\}", template):
        types = TYPE_SETS.get(slot[:-1] if slot.endswith("S") and slot[:-1] in TYPE_SETS else slot, "")
        if "|" not in types and types and slot not in ("ANY",):
            out.add(types)
    return frozenset(out)


RULES = [(compile_pattern(t), p, s, o, c, f"{p}#{i}", _needs(t)) for i, (t, p, s, o, c) in enumerate(RAW_RULES)]
# the words each rule cannot match without ("gegründet", "founded by"): a sentence without them skips the rule
PLACEHOLDER_TYPES = frozenset(ENTITY_TYPES)
RULE_WORDS = WordIndex([required_literals(r[0], skip="⟨⟩", ignore=PLACEHOLDER_TYPES) for r in RULES])

# Titles: "Vey-Sern Ling, CEO der Union Bancaire Privée", "Nvidia CEO Jensen Huang", "OpenAI's chief executive
# Sam Altman", "Alibaba-Gründer Jack Ma", "X, Forscherin bei Y"
TITLE_RULES = [
    (compile_pattern(r"{PER},\s+" + DET + r"(?:[\w.-]+\s+){0,3}?(" + TITLES + r")\s+" + OF + r"{ORG}"), 1, 2, 3),
    (compile_pattern(r"{ORG}(?:-|\s|'s\s|’s\s|s\s)(" + TITLES + r")\s*,?\s+{PER}"), 3, 2, 1),
    (compile_pattern(r"(?<![\w-])(" + TITLES + r")\s+" + OF + r"{ORG},?\s+{PER}"), 3, 1, 2),
    (compile_pattern(r"{PER},\s+(?:the\s+|der\s+|die\s+|(?:a|an|ein|eine)\s+(?=(?:former|ehemalige\w*|frühere\w*)\s))?"
                     r"(?:(?:former|ehemalige[rn]?|frühere[rn]?)\s+)?{ORG}(?:'s|’s|s)?\s+(?:[\w-]+\s+)??(" + TITLES + r")\b"), 1, 3, 2),
    (compile_pattern(r"{PER},?\s+(?:who|der|die|which)\s+(?:\w+\s+)?(?:serves|served|is|was|ist|war|fungiert|amtiert)\s+(?:as|als)\s+"
                     r"(?:the\s+|der\s+|die\s+)?{ORG}(?:'s|’s|s)\s+(" + TITLES + r")\b"), 1, 3, 2),
    (compile_pattern(r"{PER},?\s+(?:who|der|die|which)\s+(?:\w+\s+)?(?:serves|served|is|was|ist|war|fungiert|amtiert)\s+(?:as|als)\s+"
                     r"(?:the\s+|der\s+|die\s+)?(" + TITLES + r")\s+" + OF + r"{ORG}"), 1, 2, 3),
    (compile_pattern(r"{PER},?\s+(?:der|die|who|which)\s+(?:\w+\s+){0,2}?{ORG}-(" + TITLES + r")\s+(?:ist|war|is|was|bleibt)"),
     1, 3, 2),
    (compile_pattern(r"{ORG},?\s+(?:which is|that is|which was|der|die|das)?\s*(?:led|run|headed|geführt|geleitet)\s+"
                     r"(?:by|von)\s+{PER}(?!\s*-)"), 2, -1, 1),
    # "The Livingston-based cloud provider, led by chief executive Michael Intrator", "co-founded in 1993 by chief
    # executive Jensen Huang", "geführt von Vorstandschef X"
    (compile_pattern(r"{ORG}(?:,|\s)[^⟨;]{0,60}?\b(?:led|run|headed|founded|co-founded|cofounded|started|geführt|geleitet|gegründet|"
                     r"mitgegründet)\s+(?:in\s+\d{4}\s+)?(?:by|von)\s+(?:(?:its|their|the|seine\w*|ihre\w*|dem|der)\s+)?("
                     + CEO_T + r"(?:\s+(?:und|and)\s+" + FOUNDER_T + r")?)\s+{PER}(?!\s*-)"), 3, 2, 1),
    (compile_pattern(r"{ORG}{G30}\b(?:has\s+)?(?:appointed|named|hired|ernannt|ernennt|holt|beruft|berief|holte)\s+{PER}\s+"
                     r"(?:as|als|zum|zur|to be)\s+(?:its\s+|seine\w*\s+|ihre\w*\s+|the\s+)?(?:neue[nr]?\s+|new\s+)?("
                     + TITLES + r"|[\w-]+(?:\s[\w-]+){0,3})"), 2, 3, 1),
    (compile_pattern(r"{PER}\s+(?:now\s+|also\s+|nun\s+)?(?:runs|leads|heads|leitet|führt)\s+{ORG}(?:'s|’s|s)\s"), 1, 0, 2),
    (compile_pattern(r"{PER},\s+(?:who|der|die)\s+(?:now\s+|also\s+|nun\s+)?(?:runs|leads|heads|oversees|leitet|führt|verantwortet)\s+"
                     r"{ORG}(?:'s|’s|s)\s"), 1, 0, 2),
    (compile_pattern(r"{PER}\s+(?:now\s+|also\s+|nun\s+)?(?:runs|leads|heads|leitet|führt)\s+{ORG}(?!'s|’s|s\s)"), 1, -1, 2),
    (compile_pattern(r"{PER},\s+(?:who|der|die)\s+(?:\w+\s+)?(?:runs|leads|heads|leitet|führt)\s+{ORG}(?!'s|’s|s\s)"), 1, -1, 2),
    (compile_pattern(r"{ORG},\s+(?:dessen|deren|whose)\s+(" + TITLES + r")\s+{PER}"), 3, 2, 1),
    (compile_pattern(r"{PER}{G60}\b(?:wechselt|wechselte|geht|ging|kommt|kam)\b{G60}\bzu\s+" + DET + r"{ORG}"), 1, 0, 2),
    (compile_pattern(r"{PER}{G40}\b(?:joins|joined|is joining|will join|has joined|moves to|moved to|left to join|returned to|"
                     r"returns to|went back to|to join|departed for|defected to|left for)\s+" + DET + r"{ORG}"), 1, 0, 2),
    (compile_pattern(r"{PER}{G60}\b(?:von|bei|der|des)\s+{ORG}\s+(?:leiten|führen|leitet|führt|übernehmen|verantworten)"), 1, 0, 2),
    (compile_pattern(r"{PER}{G30}\b(?:will|to|would|is set to)\s+(?:lead|run|head|oversee)\s+{ORG}(?:'s|’s)"), 1, 0, 2),
    (compile_pattern(r"{PER}{G10}\b(?:ist|is|wurde|was|became|wird|bleibt|remains|war)\s+(?:\w+\s+){0,2}?(" + TITLES
                     + r")\s+" + OF + r"{ORG}"), 1, 2, 3),
    (compile_pattern(r"(" + TITLES + r")\s+{PER}\s+(?:von|vom|der|des|bei|beim|at|from|of)\s+" + DET + ADJ + r"{ORG}"), 2, 1, 3),
    (compile_pattern(r"{PER}{G20}\b(?:arbeitet|arbeitete|works|worked|forscht|forschte|teaches|taught|lehrt|lehrte)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:bei|beim|für|for|at|an der|am|im|in der)\s+" + DET + r"(?:[\w-]+\s+){0,3}?{ORG}"), 1, 0, 2),
    # "Yan hatte vor der Gründung von MiniMax als Vizepräsident beim Spezialisten SenseTime gearbeitet"
    (compile_pattern(r"{PER}\s+(?:hatte|hat)\b[^⟨.;]{0,60}?(?:⟨\d+:\w+⟩[^⟨.;]{0,40}?)?\bals\s+[\w-]+\s+(?:bei|beim|für)\s+" + DET + ADJ
                     + r"{ORG}\s+(?:gearbeitet|geforscht|gedient)"), 1, 0, 2),
    # "Demis Hassabis, who co-founded DeepMind and now runs Google DeepMind"
    (compile_pattern(r"{PER},\s+who\s+[^.;]{0,20}?(?:⟨\d+:\w+⟩[^.;⟨]{0,30}?)?\band\s+(?:now\s+|also\s+)?(?:runs|leads|heads)\s+{ORG}"
                     r"(?!'s|’s)"), 1, -1, 2),
    # "Brandt führt das Unternehmen als Geschäftsführerin", "Kutylowski, der das Unternehmen als Vorstandschef führt"
    (compile_pattern(r"{PER}\s+(?:[\w-]+\s+)?(?:führt|führte|leitet|leitete|runs|ran|leads|led)\s+{ORG}\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:als|as)\s+(?:its\s+|the\s+)?(" + TITLES + r")\b"), 1, 3, 2),
    (compile_pattern(r"{PER},\s+(?:der|die|who)\s+{ORG}\s+(?:[\w-]+\s+){0,4}?(?:als|as)\s+(" + TITLES + r")\s+"
                     r"(?:führt|führte|leitet|leitete|lenkt)\b"), 1, 3, 2),
    # "Daniel Okafor of Bernstein was more cautious", "said Priya Raman of Morgan Stanley."
    (compile_pattern(r"{PER}\s+(?:of|from)\s+{ORG}(?=\s*[,.;]|\s+(?:said|says|was|is|wrote|writes|added|told|expects|thinks|noted)\b)"),
     1, 0, 2),
    (compile_pattern(r"(?:sagte|sagt|so|meint|meinte|erklärte|schreibt|schrieb|äußerte sich|zeigte sich|warnte|kommentierte)\s+{PER}\s+"
                     r"(?:von|vom)\s+{ORG}(?=\s*[,.;:])"), 1, 0, 2),
    # "Bei Nuvion übernimmt Finanzvorstand Thomas Brenner die Führung", "X übernimmt die Leitung von Y"
    (compile_pattern(r"(?:Bei|At)\s+{ORG}\s+(?:übernimmt|übernahm|übernehmen)\s+(?:[\w-]+\s+){0,2}?{PER}\s+(?:die Führung|die Leitung|"
                     r"den Chefposten|den Vorstandsvorsitz|das Ruder|das Kommando|the helm)"), 2, -1, 1),
    (compile_pattern(r"{PER}\s+(?:übernimmt|übernahm|takes|took)\s+(?:die Führung|die Leitung|den Chefposten|den Vorstandsvorsitz|"
                     r"das Ruder|the helm|over as (?:chief executive|CEO))\s+(?:von|bei|des|der|at|of)\s+" + DET + r"{ORG}"), 1, -1, 2),
    # "Aditi Raman, die zuletzt bei Anthropic an Sicherheitsforschung arbeitete"
    (compile_pattern(r"{PER},?\s+(?:die|der|who)?\s*(?:[\w-]+\s+){0,3}?(?:bei|beim|für)\s+" + DET + r"{ORG}\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:arbeitete|arbeitet|forschte|forscht|tätig war|tätig ist|angestellt war|beschäftigt war)\b"), 1, 0, 2),
    # "Lena Hofstetter, who leads model testing at the ARC Prize Foundation", "who runs production planning for BMW's plants"
    (compile_pattern(r"{PER},\s+(?:who|der|die)\s+(?:now\s+|also\s+|currently\s+)?(?:heads|leads|runs|covers|oversees|manages|directs|"
                     r"handles|works on|is responsible for)\s+(?:[\w&-]+\s+){1,5}?(?:at|for|of|in)\s+" + DET + r"{ORG}"), 1, 0, 2),
    # "Okafor spent eight years at Boston Dynamics", "Natarajan previously led the manipulation team at Tesla"
    (compile_pattern(r"{PER}{G30}\b(?:spent|worked|served|(?:previously|formerly|earlier|once)\s+(?:led|ran|headed|managed|built|"
                     r"oversaw|worked|was))\b[^⟨.;]{0,50}?\b(?:at|for|with)\s+" + DET + r"{ORG}(?!'s|’s)"), 1, 0, 2),
    (compile_pattern(r"{PER}{G30}\b(?:previously|formerly|earlier|once)\s+worked\s+(?:at|for)\s+⟨\d+:(?:Company|Organization)⟩\s+(?:and|und)\s+"
                     + DET + r"{ORG}(?!'s|’s)"), 1, 0, 2),
    # "Technikchef Tobias Reinhold war zuvor bei Apple", "She was previously at Google"
    (compile_pattern(r"{PER}\s+(?:war|ist|arbeitete|was|had been)\s+(?:[\w-]+\s+){0,3}?(?:zuvor|vorher|früher|davor|lange|jahrelang|"
                     r"zuletzt|previously|formerly|earlier)\s+(?:[\w-]+\s+){0,3}?(?:bei|beim|für|at|with)\s+" + DET + ADJ + r"{ORG}"
                     r"(?!'s|’s)"), 1, 0, 2),
    (compile_pattern(r"{PER}{G30}\b(?:zuvor|vorher|früher|davor|bislang|zuletzt)\s+(?:[\w-]+\s+){0,4}?(?:bei|für)\s+" + DET + r"{ORG}"
                     r"\s+(?:(?:[\w-]+|⟨\d+:Place⟩)\s+){0,4}?(?:gearbeitet|geforscht|tätig|beschäftigt|angestellt|verantwortlich)"), 1, 0, 2),
    (compile_pattern(r"{PER},\s+(?:der|die)\s+(?:(?:[\w-]+|⟨\d+:Place⟩)\s+){0,8}?(?:bei|für)\s+" + DET + r"{ORG}\s+(?:tätig|beschäftigt|angestellt)\s+"
                     r"(?:war|ist|gewesen)\b"), 1, 0, 2),
    # "Finance chief Brian Robins, who joined from GitLab last year", "Andy Jassy, who ran AWS for more than a decade"
    (compile_pattern(r"{PER},?\s+(?:who|der|die)\s+(?:\w+\s+)?(?:joined|came|kam|wechselte|moved)\s+(?:over\s+)?(?:from|von|vom)\s+" + DET
                     + r"{ORG}"), 1, 0, 2),
    (compile_pattern(r"{PER},?\s+(?:who|der|die)\s+(?:previously\s+|once\s+|formerly\s+)?(?:ran|led|headed|managed)\s+{ORG}(?:'s|’s)?"), 1, 0, 2),
    # "James Anderson, der bei Lingotto die Innovationsstrategie verantwortet"
    (compile_pattern(r"{PER},\s+(?:der|die|who)\s+(?:bei|beim|für|at)\s+" + DET + r"{ORG}\s+(?:[\w-]+\s+){1,5}?(?:verantwortet|verantwortete|"
                     r"leitet|leitete|betreut|betreute|führt|führte|koordiniert|oversees|leads|runs|heads)\b"), 1, 0, 2),
    # "Vorstandschef Reto Spörri, der Aleph Alpha seither führt", German verb-final
    (compile_pattern(r"{PER},\s+(?:der|die)\s+{ORG}\s+(?:[\w-]+\s+){0,3}?(?:führt|leitet|führte|leitete|lenkt)\b"), 1, -1, 2),
    # "Geführt wird das Unternehmen von Zhang Peng"
    (compile_pattern(r"(?:Geführt|Geleitet)\s+(?:wird|werden|wurde)\s+{ORG}\s+(?:[\w-]+\s+){0,3}?von\s+{PER}"), 2, -1, 1),
    # "Chief executive Pony Ma, who co-founded Tencent in 1998", "CEO X, der Y leitet"
    (compile_pattern(r"(?<![\w-])(" + TITLES + r")\s+{PER},\s+(?:who|der|die)\s+(?:also\s+|auch\s+)?(?:co-founded|cofounded|founded|started|"
                     r"leads|runs|heads|gründete|mitgründete|leitet|führt)\s+{ORG}"), 2, 1, 3),
    # "Microsoft AI, the consumer division run by Mustafa Suleyman"
    (compile_pattern(r"{ORG},\s+(?:the|a|an|die|der|das)\s+(?:[\w-]+\s+){0,3}?(?:led|run|headed|geführt|geleitet)\s+(?:by|von)\s+"
                     r"{PER}(?!\s*-)"), 2, -1, 1),
    # "LeCun stepped down as Meta's chief AI scientist", "Huang, who serves as Nvidia's CEO"
    (compile_pattern(r"{PER}{G40}\b(?:as|als)\s+{ORG}(?:'s|’s|s)\s+(?:[\w-]+\s+)??(" + TITLES + r")\b"), 1, 3, 2),
    # "Dario Amodei is the company's chief executive", "Grinberg remains Factory's CEO"
    (compile_pattern(r"{PER},?\s+(?:(?:who|der|die)\s+)?(?:is|was|remains|became|ist|war|bleibt|wurde)\s+(?:also\s+|still\s+|now\s+)?"
                     r"{ORG}(?:'s|’s)\s+(?:[\w-]+\s+)??(" + TITLES + r")\b"), 1, 3, 2),
    # "Humain, its national AI champion led by Tareq Amin", "Google DeepMind, die von Demis Hassabis geführt wird"
    (compile_pattern(r"{ORG},\s+(?:its|the|a|an|der|die|das|seine?|ihre?)\s+[^,⟨;.]{0,50}?\s(?:led|run|headed)\s+by\s+{PER}(?!\s*-)"), 2, -1, 1),
    (compile_pattern(r"{ORG},\s+(?:die|der|das)\s+(?:[\w-]+\s+){0,2}?(?:vom|von)\s+(?:[\w-]+\s+){0,2}?{PER}\s+(?:geführt|geleitet)\s+"
                     r"(?:wird|wurde)"), 2, -1, 1),
    # "Stanford's Chelsea Finn", "Nvidia's Jensen Huang"
    (compile_pattern(r"(?<![\w-])(?<!of\s)(?<!von\s){ORG}(?:'s|’s)\s+{PER}(?!\s*(?:'s|’s|-))"), 2, 0, 1),
    # "John Giannandrea, the senior vice president for AI who joined from Google in 2018", "Bill Hilf, who chairs Ai2's board"
    (compile_pattern(r"{PER},\s+(?:the|a|an)\s+[^⟨,;.]{0,80}?\s+who\s+(?:\w+\s+)?(?:joined|came|moved)\s+(?:over\s+)?from\s+" + DET + r"{ORG}"),
     1, 0, 2),
    (compile_pattern(r"{PER},?\s+(?:who|der|die)\s+(?:also\s+|now\s+)?(?:chairs|chaired|leitet den Aufsichtsrat)\s+(?:the\s+)?{ORG}"), 1, 0, 2),
    # "Ali Ghodsi, Databricks' co-founder and CEO"
    (compile_pattern(r"{PER},\s+(?:the\s+)?{ORG}'\s+(?:[\w-]+\s+)??(" + TITLES + r")\b"), 1, 3, 2),
    # "Skeptischer äußerte sich Carolin Brandauer von der DZ Bank", "Stacy Rasgon vom Analysehaus Bernstein", "Daniel Okafor of
    # Bernstein", "Vivian Lau at Hong Kong brokerage Tiger Hill"
    (compile_pattern(r"{PER}\s+(?:von der|von den|vom|von|bei der|beim|bei)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?{ORG}(?!-)"), 1, 0, 2),
    (compile_pattern(r"{PER}\s+(?:of|from|at)\s+(?:the\s+)?(?:⟨\d+:Place⟩(?:'s|’s)?\s+)?(?:[a-z][\w-]*\s+){0,2}?{ORG}(?!-)"), 1, 0, 2),
    # "Mistral has hired Rohan Mehta", "OpenAI poached X", "Meta holte X"
    (compile_pattern(r"{ORG}{G30}\b(?:has\s+|have\s+|had\s+)?(?:hired|hires|poached|poaches|recruited|recruits|lured|snapped up|brought in|"
                     r"holt|holte|verpflichtet|verpflichtete|warb|wirbt)\s+(?:[^⟨.;]{0,40}?\s)?{PER}(?!\s*(?:,\s+)?(?:von|vom|from|of|bei)\s)"), 2, 0, 1),
    # "From Anthropic came Tomasz Wrona", "Kenji Watanabe joins from Elon Musk's xAI"
    (compile_pattern(r"(?:^|[.;:]\s+)(?:From|Von)\s+" + DET + ADJ + r"{ORG}\s+(?:came|comes|kam|kommt|kamen|kommen)\s+(?:[\w-]+\s+){0,2}?{PER}"),
     2, 0, 1),
    (compile_pattern(r"{PER}\s+(?:joins|joined|came|comes|arrives|arrived|moves|moved|kommt|kam|wechselt|wechselte)\s+(?:over\s+)?(?:from|von|vom)\s+"
                     + DET + r"(?:⟨\d+:Person⟩(?:'s|’s)\s+)?" + ADJ + r"{ORG}"), 1, 0, 2),
    # "Meta Superintelligence Labs, the unit led by Chief AI Officer Alexandr Wang", "a superintelligence team led by Mustafa Suleyman"
    (compile_pattern(r"{ORG}{G60}\b(?:team|unit|division|lab|group|arm|Sparte|Abteilung|Team|Einheit|Labor|Forschungsabteilung)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:led by|run by|headed by|under|geleitet von|geführt von|unter der Leitung von|unter)\s+"
                     r"(?:(" + TITLES + r")\s+)?{PER}(?!\s*-)"), 3, 0, 1),
    # "Gail Slater, the assistant attorney general who heads the DOJ's antitrust division"
    (compile_pattern(r"{PER},\s+(?:the|a|an)\s+[^⟨,;.]{0,60}?\s+who\s+(?:now\s+|also\s+)?(?:heads|leads|runs|oversees|chairs)\s+(?:the\s+)?{ORG}"),
     1, 0, 2),
]
_CEO = re.compile(CEO_T + r"(?![a-zäöü])")  # "Konzernchef" is a chief, "Chefmarktanalyst" and "Chefökonom" are not
_FOUNDER = re.compile(FOUNDER_T)


# "former Scale AI chief executive Alexandr Wang", "stepped down as Meta's chief AI scientist": a past post is no chief's post now
PAST_POST = re.compile(r"(?i)\b(?:former|formerly|ex|ehemalige\w*|frühere\w*|einstige\w*|previously|zuvor|(?<=, )bislang|(?<=, )bisher|"
                       r"until recently|stepped down|stepping down|"
                       r"resigned|left|quit|departed|retired|trat\w*\s+[^.]{0,40}?\bzurück)\b")


def title_predicates(title: str, past: bool = False) -> list[str]:
    if past:
        return ["foundedBy"] if _FOUNDER.search(title) else ["worksFor"]
    preds = []
    # "Deutschland-Chefin", "Cloud-Chef": the head of a part, not of the company
    if _CEO.search(title) and not re.match(r"(?:(?:frühere[rn]?|ehemalige[rn]?|former|langjährige[rn]?|neue[rn]?|new|interim)\s+)?"
                                           r"(?!Co-)[A-ZÄÖÜ][\w]*-", title):
        preds.append("ceoOf")
    if _FOUNDER.search(title):
        preds.append("foundedBy")
        # "co-founder and chief science officer": a founder who also holds another post works there
        if "ceoOf" not in preds and re.search(r"(?:,|\bund\b|\band\b|&)\s*\S", _FOUNDER.sub("", title)):
            preds.append("worksFor")
    if not preds:
        preds.append("worksFor")
    return preds


# "⟨Salesforce⟩'s platform for agents, which competes with": the possessor is not the clause's subject
RELATIVE_AFTER = re.compile(r"^(?:'s|’s)[^,]+,\s+(?:which|that|who|der|die|das)\b")
ANTECEDENT = re.compile(r"⟨(\d+):\w+⟩\s*,\s+(?:which|that|who|der|die|das)\s+"
                        # not an apposition: "⟨A⟩, der US-Konzern ⟨B⟩" names B, it is no relative clause about A
                        r"(?!(?:(?!sein|ihr|dess|dere)[a-zäöü]+e[rns]?\s+)?[A-ZÄÖÜ][\w-]*\s+$)[^,⟨]+$")
# an apposition or relative clause between commas: "⟨DeepMind⟩, the research lab that ⟨Google⟩ acquired, was ..."
CLOSED_RELATIVE = re.compile(r",\s+[^,.]*?\b(?:that|which|who|whom|whose|der|die|das|den|dem|deren|dessen)\b[^,.]*,")
# a participle clause naming people: ", founded in 2022 by ⟨A⟩, ⟨B⟩ and ⟨C⟩, competes with"
PARTICIPLE_CLAUSE = re.compile(r",\s+(?:founded|co-founded|started|backed|owned|led|created|gegründet|geführt)\b[^.]*?⟨\d+:\w+⟩,(?=\s+[a-zäöü])")


COMPOUND_MODIFIER = re.compile(r"-(?!(?:" + CEO_T + "|" + FOUNDER_T + r")\b)[A-ZÄÖÜ]\w*")
LIST_BREAK = re.compile(r",\s+(?:and|und)\s+(?:with|mit)\s")
COORDINATED_VERB = re.compile(r"\s+(?:und|and)\s+(?:(?:nun|now|also|auch|jetzt|sich)\s+)*(?!(?:der|die|das|the|a|an|dessen|deren|its|their)\b)[a-zäöü]")


def _type_of(text: str, i: int) -> str | None:
    m = re.search(rf"⟨{i}:(\w+)⟩", text)
    return None if m is None else ("ORG" if m.group(1) in ("Company", "Organization") else m.group(1))


# an apposition after a name: "⟨Cognition⟩, the maker of the ⟨Devin⟩ coding agent, acquired"
APPOSITION = re.compile(r"(?<=⟩),\s+(?:(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer)\s+[^,.;]{0,80}?|"
                        r"⟨\d+:\w+⟩\s+(?:of|von|des|der)\s+[^,.;]{0,60}?),(?=\s+[a-zäöü])")


# a model's maker after it: "⟨GPT-5.2⟩ von ⟨OpenAI⟩ und ⟨Claude Opus 4.5⟩ von ⟨Anthropic⟩ lasse ..." reads as a list of models
MAKER_AFTER = re.compile(r"(?<=:AIModel⟩)\s+(?:von|from|by)\s+⟨\d+:Company⟩(?=\s*(?:,|und\b|and\b|sowie\b|lasse|lässt|ließ|bleibt|"
                         r"liegt|[.;]|\s+(?:at|mit|with|bei)\s+\d))")


# a second participle after the founding one: "founded and run by", "gegründet und seitdem geführt hat"
COORDINATED_FOUNDING = re.compile(r"\b(founded|co-founded|cofounded|started|gegründet|mitgegründet)\s+(?:und|and)\s+"
                                  r"(?:(?:seitdem|seither|bis heute|since|still)\s+)?(?:run|led|managed|headed|geführt|geleitet)\b")


def _reduced(text: str) -> str:
    text = COORDINATED_FOUNDING.sub(r"\1", text)
    return MAKER_AFTER.sub("", APPOSITION.sub(" ", PARTICIPLE_CLAUSE.sub(" ", CLOSED_RELATIVE.sub(" ", text))))


def apply_rules(view: View) -> list[Found]:
    """All facts the rules state in a sentence. A subject inside a relative clause is replaced by the
    clause's antecedent ("⟨Gemini⟩, which leads the ⟨LMArena⟩ leaderboard ahead of ⟨GPT-4.5⟩")."""
    out: list[Found] = []
    if len(view.mentions) < 2:
        return out
    present = {m.type for m in view.mentions}
    reduced = _reduced(view.text)
    main: dict[tuple[str, int], int] = {}  # (predicate, object) -> subject found in the main clause
    if reduced != view.text:
        for f in _apply(reduced, present):
            main.setdefault((f.predicate, f.object), f.subject)
            out.append(f)
    for f in _apply(view.text, present):
        if main.get((f.predicate, f.object), f.subject) != f.subject:
            continue
        out.append(f)
    return out


def _apply(text: str, present: set[str]) -> list[Found]:
    out: list[Found] = []
    for i in sorted(RULE_WORDS.candidates(text)):  # the rules whose words the text has, in their order
        rx, pred, si, oi, conf, name, needs = RULES[i]
        if not needs <= present:
            continue
        for m in rx.finditer(text):
            subs, objs = ids_in(m.group(si)), ids_in(m.group(oi))
            if pred not in ("competesWith", "partnersWith"):
                # "Figure AI, which is backed by A and B, and with C": the list ends before ", and with"
                cut = LIST_BREAK.search(m.group(oi))
                if cut is not None:
                    objs = ids_in(m.group(oi)[:cut.start()]) or objs
                cut = LIST_BREAK.search(m.group(si))
                if cut is not None:
                    subs = ids_in(m.group(si)[:cut.start()]) or subs
            if si < oi:
                if RELATIVE_AFTER.match(text[m.end(si):m.start(oi)]) and not text[m.end(si):].lstrip().startswith(","):
                    continue  # the subject of the verb is the antecedent of a later relative clause
                ante = ANTECEDENT.search(text[:m.start(si)])
                if ante is not None and _type_of(text, int(ante.group(1))) == "Person" != _type_of(text, subs[0] if subs else -1):
                    ante = None  # "Joe Tsai, who co-founded ⟨Alibaba⟩ with Jack Ma": the company is no stand-in for the person
                if ante is not None and len(subs) == 1:
                    subs = [int(ante.group(1))]
                elif len(subs) == 1 and COORDINATED_VERB.match(text[m.end(si):]):
                    first = re.search(r"⟨(\d+):(?:Company|Organization)⟩", text)
                    if first is not None and int(first.group(1)) != subs[0] and m.start(si) > first.start():
                        subs = [int(first.group(1))]
            if pred == "released" and si < oi and COMPOUND_MODIFIER.match(text, m.end(si)):
                continue  # "früheren ⟨OpenAI⟩-Forschern ...": a company in a compound noun is no subject
            for s in subs:
                for o in objs:
                    if s != o:
                        out.append(Found(s, pred, o, conf, name))
    if "Person" not in present:
        return out
    for rx, pi, ti, oi in TITLE_RULES:
        for m in rx.finditer(text):
            # (person group, title group or 0, organisation group)
            person = ids_in(m.group(pi))[0]
            org = ids_in(m.group(oi))[0]
            past = bool(PAST_POST.search(text[max(0, m.start() - 12):m.start(ti) if ti > 0 else m.start()])) or (
                ti > 0 and bool(PAST_POST.search(text[m.start():m.start(ti)])))
            preds = title_predicates(m.group(ti), past) if ti > 0 else (["ceoOf"] if ti == -1 and not past else ["worksFor"])
            for p in preds:
                if p == "foundedBy":
                    out.append(Found(org, p, person, 0.85, "title"))
                else:
                    out.append(Found(person, p, org, 0.85, "title"))
    return out
