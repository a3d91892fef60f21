"""Events as nodes: stock moves, model releases and product launches, investments, funding rounds,
acquisitions; and the numeric attributes stated next to them (parameter counts, market values)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.loaders.extract.dates import find_dates
from kg.loaders.extract.mentions import Mention
from kg.loaders.extract.numbers import Quantity, find_money, find_parameter_counts, find_percents
from kg.loaders.extract.relations import RELEASE_WORDS
from kg.loaders.extract.template import View, compile_pattern, ids_in

_THING = (r"(?P<noun>[\w-]*(?:Modell|model|Agent|agent|App|app|Chatbot|chatbot|Chip|chip|Produkt|product|Tool|tool|"
          r"Assistent|assistant|Plattform|platform|Software|Dienst|service|LLM|Smartphone|smartphone|Handy|Gerät|device|"
          r"phone|Brille|glasses|Roboter|robot)\w*)")
_A = r"(?:ein|einen|eine|a|an|its|sein|seinen|seine|ihr|ihren|ihre|their|the|das|den|die|new)\s+(?:[\w-]+\s+){0,3}?"
_V2 = (r"(?:brachte|bringt|stellte|stellt|präsentierte|präsentiert|veröffentlichte|veröffentlicht|lancierte|"
       r"startete|enthüllte|kündigte|launched|launches|unveiled|unveils|released|releases|introduced|introduces|"
       r"rolled out|rolls out|debuted|announced|announces)")
_VFINAL = r"(?:vorgestellt|veröffentlicht|präsentiert|auf den Markt gebracht|lanciert|enthüllt|angekündigt|gestartet)"
UNNAMED_LAUNCH = [compile_pattern(t) for t in (
    r"{CO}\s+(?:hat\s+|have\s+|has\s+|had\s+|will\s+)?" + _V2 + r"\s+(?:(?:[\w-]+|⟨\d+:Place⟩)\s+){0,4}?" + _A + _THING,
    r"(?<![\w-])" + _V2 + r"\s+(?:[\w-]+\s+){0,2}?{CO}\s+" + _A + _THING,
    r"{CO}\s+(?:(?:hat|haben|hatte|hatten)\s+(?:(?:[\w-]+|⟨\d+:Place⟩)\s+){0,5}?)?" + _A + _THING + r"\s+(?:[\w-]+\s+){0,3}?" + _VFINAL,
)]

__all__ = ["EventDraft", "AttributeDraft", "stock_moves", "money_events", "launch_events", "attributes"]


@dataclass
class EventDraft:
    type: str
    subject: Mention
    object: Mention | None = None
    percent: float | None = None
    market: Mention | None = None
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    investors: list[Mention] = field(default_factory=list)
    date_text: str | None = None
    confidence: float = 0.8


@dataclass
class AttributeDraft:
    subject: Mention
    predicate: str
    value: int | float | bool | str
    confidence: float = 0.8


STOCK_CUE = re.compile(r"(?i)aktie|papiere|\btitel\b|\bADRs?\b|\bkurs|börse|shares|\bstock|notiert|handel|"
                       r"trading|traded|\bclosed\b|schloss|market value|börsenwert")
UP = re.compile(r"(?i)\b(?:stieg\w*|steig\w*|gestiegen|legte\w*|leg\w*\s+zu|zugelegt|zulegen|gewann\w*|gewinn\w*|"
                r"plus|klettert\w*|sprang\w*|springt|gesprungen|schnellt\w*|rose|rises?|rising|jump\w*|gain\w*|"
                r"zulegte\w*|anzog\w*|climb\w*|surg\w*|soar\w*|rall(?:y|ied|ies)|up|höher|aufwärts|Kurssprung|zog\w*\s+an|"
                r"rebound\w*|advanced|erholt\w*|Hoch|Aufschlag|higher|schoss\w*|geschossen|nach oben|in die Höhe|"
                r"Kursplus|Kursgewinn\w*|Anstieg|Zuwachs|verteuert\w*|befestigt\w*|festigte\w*|added|"
                r"spik\w*|popped|avanciert\w*|leap\w*|leapt|zoom\w*|rocket\w*|skyrocket\w*)\b")
DOWN = re.compile(r"(?i)\b(?:fiel\w*|fall\w*|gefallen|sank\w*|sinkt|gesunken|verlor\w*|verlier\w*|rutscht\w*|"
                  r"abgerutscht|brach\w*\s+ein|bricht\s+ein|eingebrochen|gaben\w*\s+nach|gab\s+nach|minus|"
                  r"nachgab\w*|nachgegeben|einbrach\w*|slipp\w*|dipp\w*|eas(?:ed|es)|edg\w*\s+down|tumbl\w*|fell|drop\w*|slid\w*|slump\w*|sank|sink\w*|plung\w*|plummet\w*|lost|los(?:es|ing)|"
                  r"declin\w*|down|tiefer|Einbruch|Verlust\w*|Abschlag|stürzt\w*|abgestürzt|tauchte?\w*\s+ab|abwärts|bergab|"
                  r"sackt\w*|knickt\w*|tanked|crash\w*|retreat\w*|shed|lower|büß\w*|eingebüßt|nach unten|"
                  r"in die Tiefe|Kursminus|Kursverlust\w*|Rückgang|verbillig\w*|ermäßigt\w*|sagged|skidded)\b")
# a verb of movement right after the percent: "während Papiere des Konzerns Naver 3,1 Prozent nachgaben"
VERB_AFTER = re.compile(r"\W{0,3}(?:\w+\s+)?(?:(?P<up>" + UP.pattern[4:] + r")|(?P<down>" + DOWN.pattern[4:] + r"))", re.I)
SEP_UP = re.compile(r"\b(?:legte|legten|legt|zog|zogen|zieht|rückte|rückten|rückt|rücken)\b")
SEP_DOWN = re.compile(r"\b(?:gab|gaben|gibt|geben|brach|brachen|bricht|sackte|sackten|rutschte|rutschten)\b")
NOT_A_MOVE = re.compile(r"(?i)(?:Anteil|Marktanteil|Beteiligung|stake|share of|Prozent der|% der|percent of|"
                        r"Rendite|Zinsen?|Zinssatz|Inflation|Wachstum|Umsatz|revenue|sales|Gewinnmarge|margin|"
                        r"Stimmen|Nutzer|users)\W*$")
MODIFIER_OF_PERSON = re.compile(r"(?:'s|’s)?[-\s](?:co-?founder|founder|CEO|chief|Gründer|Mitgründer|Chef|Chefin|"
                                r"researcher|Forscher|president|Präsident)", re.I)
ROUND_REF = re.compile(r"(?i)\b(?:die|der|an der|the|this|that|in der)\s+(?:[\w-]+\s+|\w+-(?:\w+-)?)?(?:Runde|Finanzierungsrunde|"
                       r"Investitionsrunde|round|funding round|financing|Series [A-H]|Serie [A-H])\b|(?:zu den|unter den|among the)\s+(?:\w+\s+)?"
                       r"(?:Geldgebern|Investoren|investors|backers)|(?:investors|backers|Geldgeber|Investoren)\s+"
                       r"(?:include|included|including|sind|waren|gehören)")
PARTICIPATION = re.compile(r"(?i)angeführt|\bled\b|beteilig\w*|participat\w*|joined|\bdabei\b|schlossen sich|investiert\w*|"
                           r"invested|co-led|backed|unterstützt|mit dabei|teilgenommen|took part|gehör\w*|zählen|"
                           r"include|included|including|Geldgeber|Investoren|investors|\bmit\b|eingestiegen|Bestandsinvestor\w*|"
                           r"Altinvestor\w*|put in|put up|chipped in|pumped")
INDEX_WORD = re.compile(r"(?i)\bIndex\b|\bindices\b|\bIndizes\b|\bLeitindex|\bindex\b")

INVEST_CUE = re.compile(r"(?i)investier\w*|investition\w*|\binvest(?:s|ed|ing|ment)?\b|pumpt|steckt|stecken|beteiligt\w*|\bstake\b|"
                        r"ausgeben|spend\w*|Großinvestition")
# "led by Valor, the firm founded by longtime Musk associate Antonio Gracias": people named in a clause about an
# investor are not investors themselves
FOUNDER_CLAUSE = re.compile(r"(?i)\b(?:founded|co-founded|started|run|headed|led by (?:chief executive|CEO)|gegründet|geführt)"
                            r"\s+(?:in\s+\d{4}\s+)?(?:by|von)\s+(?:[\w'’-]+\s+){0,3}$|(?:'s|’s)\s*$|\b(?:associate|partner)\s+$|"
                            # "die Schwarz Gruppe, zu der Lidl und Kaufland gehören", "SoftBank, which owns Arm"
                            r"\bzu\s+(?:der|dem|denen)\b[^,]*$|\b(?:which|that)\s+owns\b[^,]*$|"
                            # "Salesforce Ventures, dem Wagniskapitalarm des US-Softwarekonzerns Salesforce": the parent
                            r"\b(?:des|der|of the|of)\s+(?:[\w-]+\s+)?[\w-]*(?:[Kk]onzerns|company|group|Gruppe|giant|Riesen)\s+$")
LED_ITS_ROUND = re.compile(r"\s+(?:co-)?(?:led|leads|headed|anchored)\s+(?:its|their|the company's|the startup's|the firm's)\b"
                           r"|\s+(?:führte|führt)\s+(?:seine|ihre|dessen|deren)\s+[^.]{0,60}?\ban\b")
# a relative clause between commas: ", das Moonshot Rechenkapazität liefert,", ", an dem Amazon beteiligt ist,"
RELATIVE_CLAUSE = re.compile(r",\s+(?:(?:an|bei|mit|von|zu|in|for|of|in which|at which)\s+)?(?:der|die|das|dem|den|denen|dessen|deren|"
                             r"which|who|whom|whose|that)\s[^,]*,")


def relative_clause_spans(s) -> list[tuple[int, int]]:
    """Document offsets of the relative clauses between commas in sentence ``s``."""
    return [(s.start + r.start(), s.start + r.end()) for r in RELATIVE_CLAUSE.finditer(s.text)]


def in_spans(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in spans)


INVEST_VERB = re.compile(r"(?i)\b(?:invest|invests|invested|investing|investiert\w*|investieren|steckt|stecken|steckte\w*|"
                         r"pumpt|pumpte\w*|commit\w*|put|puts|putting|pour|pours|poured|pouring|contribut\w*)\b")
FUNDING_CUE = re.compile(r"(?i)finanzierungsrunde|finanzierung|funding|series\s+[a-f]\b|serie[- ][a-f]\b|"
                         r"seed-runde|seed round|kapitalrunde|\braised?\b|\braises\b|\braising\b|sammelt\w*|"
                         r"eingesammelt|einsammeln|frisches kapital|fresh capital|secured\s+\$|\bround\b")
LED_CLAUSE = re.compile(r"(?:^|,)\s*(?:angeführt|led|co-led|unter (?:der )?Führung|geführt)\b[^,;]*(?:,|$)")
INVESTOR_CUE = re.compile(r"(?i)angeführt von|unter (?:der )?Führung von|led by|co-led by|from|von|including|"
                          r"darunter|with participation|mit Beteiligung|beteiligt|investors?|Investoren|Geldgeber|"
                          r"backers?|unter anderem")
ACQ_CUE = re.compile(r"(?i)übernimmt|übernahm|übernommen|übernahme|kauft|kaufte|gekauft|erwirbt|erwarb|erworben|"
                     r"acquir\w*|acquisition|buys|bought|takeover|takes over|took over")
VALUE_CUE = re.compile(r"(?i)marktwert|börsenwert|marktkapitalisierung|market value|market cap\w*|valued at|values|valuing|"
                       r"valuation|bewertung|bewertet")
# a share price or an analyst's target, not money paid: "raised her price target on the stock to $310"
PRICE_CUE = re.compile(r"(?i)(?:price target|target price|Kursziel|Preisziel)\b[^.;]{0,40}$|"
                       r"(?:je|pro|per)\s+(?:Aktie|share)\s*(?:von|of|at|bei|to|auf)?\s*$|"
                       r"\b(?:Aktienkurs|share price|stock price)\s+(?:von|of|at|bei|to|auf)\s*$")
OPEN_CUE = re.compile(r"(?i)open[- ]source|open[- ]weights?|quelloffen|frei verfügbar|open-sourced")
# "will remain proprietary", "closed-source", "keine offenen Gewichte": a model that is not open
CLOSED_CUE = re.compile(r"(?i)\b(?:proprietary|proprietär\w*|closed[- ](?:source|weights?)|geschlossen\w*\s+(?:Modell|System)\w*|"
                        r"not\s+(?:be\s+)?(?:making|make|made|releas\w+|publish\w+|open[- ]sourc\w+)\s+(?:the\s+|its\s+)?(?:full\s+)?"
                        r"(?:weights|model|source)|(?:nicht|keine)\s+(?:offenen\s+)?(?:Gewichte|quelloffen|Open[- ]Source))")
OPEN_NEGATED = re.compile(r"(?i)\b(?:not|nicht|kein\w*|no|never|nie)\s+(?:\w+\s+){0,2}?$")
_YEAR = r"((?:19|20)\d{2})"
_SEASON = r"(?:(?:im|in|the)\s+(?:Jahr|Sommer|Frühjahr|Frühling|Herbst|Winter|spring|summer|autumn|fall|winter|early|late|"
_SEASON += r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|"
_SEASON += r"October|December)\s+(?:of\s+)?)?"
FOUNDED_YEAR = re.compile(r"(?i)(?:gegründet|founded|established|gründete|started|set up|launched in)\D{0,20}?\b" + _YEAR + r"\b"
                          r"|\b" + _YEAR + r"\s+(?:gegründete\w*|founded|mitgegründete\w*)"
                          r"|\b(?:wurde|wurden|ist|war)\s+(?:[^.\d]{0,40}?\s)?" + _SEASON + _YEAR + r"\s+(?:[^.\d]{0,80}?)gegründet\b"
                          r"|\b" + _YEAR + r"\s+(?:von|durch)\s+[^.\d]{0,60}?(?:mit)?gegründete\w*"
                          r"|\bGegründet\s+(?:wurde|hat|haben)\s+[^.\d]{0,40}?" + _SEASON + _YEAR + r"\b"
                          r"|\b(?:hatte|hat|haben|hatten)\s+[^.\d]{0,40}?\s" + _SEASON + _YEAR + r"\s+(?:[^.\d]{0,60}?)(?:mit)?gegründet\b"
                          r"|\b" + _SEASON + _YEAR + r"\s+(?:[^.\d]{0,60}?)(?:gründete|gründeten|mitgründete)\b"
                          r"|\b" + _YEAR + r",?\s+als\s+[\w-]+\s+[^.\d]{0,60}?\bentstanden\b"
                          r"|\bGründung\s+(?:von|des|der)\s+[^.\d]{0,40}?\s" + _SEASON + _YEAR + r"\b")
EMPLOYEES = re.compile(r"(?i)\b(\d[\d.,]*)\s+(?:Mitarbeiter\w*|Beschäftigte\w*|employees|staff|workers)"
                       r"|\b(?:employs|employing|employed|beschäftigt|beschäftigte|beschäftigen|zählt|headcount of)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:around|about|roughly|some|nearly|almost|more than|over|rund|etwa|gut|knapp|mehr als|über|fast)?\s*"
                       r"(\d[\d.,]*)\s+(?:people|Menschen|Leute|Fachleute|Beschäftigte|Mitarbeiter)"
                       r"|\b(\d[\d,.]*)-(?:person|people|strong|employee|köpfige\w*)\s+(?:[\w-]+\s+)?"
                       r"(?:company|firm|start-?up|team|group|lab|Firma|Unternehmen|Start-?up|Team)")

USD_RATES = {"USD": 1.0}


def _in_span(m: Mention, a: int, b: int) -> bool:
    return a <= m.start and m.end <= b


def _nearest_date(view: View, pos: int) -> str | None:
    dates = find_dates(view.sentence.text)
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - pos)).text


CONTRAST = re.compile(r"(?:,|;|–)\s+(?:während|wohingegen|wogegen|whereas|while|but|aber|doch)\s+")
AFTER_UP = re.compile(r"(?i)^\W{0,3}(?:fester|freundlicher|höher|im Plus|higher|in positive territory|mehr als|über dem|über den|above)\b")
AFTER_DOWN = re.compile(r"(?i)^\W{0,3}(?:schwächer|leichter|tiefer|niedriger|im Minus|lower|in negative territory|weniger als|unter dem|"
                        r"unter den|below)\b")
# "led by a 2.9% gain in TSMC", "ein Plus von 3 Prozent bei Infineon": the mover named after its move
MOVE_NOUN_AFTER = re.compile(r"(?i)^\s+(?:(?P<up>gain|rise|jump|increase|advance|rally|surge|Anstieg|Plus|Kursplus)|"
                             r"(?P<down>drop|fall|decline|slide|loss|slump|Rückgang|Minus|Kursminus|Verlust))\s+"
                             r"(?:in|for|at|of|bei|von|für)\s+(?:shares\s+of\s+|(?:den|die)\s+(?:Aktien|Papieren)\s+(?:von|des|der)\s+)?$")
# a percent that says how much of something, not by how much a price moved: "4 Prozent Marktanteil",
# "5 Prozent der Stimmen", "11% of the company" (but "5 Prozent an Wert", "5% of its value" are moves)
NOT_A_MOVE_AFTER = re.compile(r"(?i)^\s*(?:(?:an(?=\s+(?-i:[A-ZÄÖÜ]|der|dem|den|die|das|einem|einer))|of|der|des|seines|seiner|ihres|ihrer|its|"
                              r"their|the)\s+"
                              r"(?!(?:seinem\s+|ihrem\s+|its\s+|their\s+)?(?:Wert|value|Börsenwert|market value)\b)"
                              r"|(?:Marktanteil|market share|Anteil|share\b|stake|Umsatz|revenue|sales|Nutzer|users|"
                              r"Kunden|customers|Stimmen|votes|Punkte|points|Rendite|yield|Zinsen|interest))")
_MOVE_VERB = (r"(?:stieg|stiegen|steigt|steigen|fiel|fielen|fällt|fallen|sank|sanken|sinkt|gewann|gewannen|gewinnt|"
              r"verlor|verloren|verliert|kletterte|kletterten|klettert|legte|legten|legt|gab|gaben|gibt|rutschte|"
              r"rutschten|rutscht|sackte|sackten|zog|zogen|büßte|büßten|brach|brachen|schoss|schossen|sprang|sprangen|"
              r"schnellte|schnellten|verteuerte|verteuerten|verbilligte|verbilligten|ermäßigte|ermäßigten|stürzte|"
              r"stürzten|notierte|notierten|schloss|schlossen|tauchte|tauchten|avancierte|avancierten|rückte|rückten|"
              r"rose|rises|fell|falls|gained|gains|lost|loses|dropped|drops|slipped|slips|climbed|climbs|jumped|jumps|"
              r"surged|surges|soared|soars|tumbled|tumbles|sank|sinks|slid|slides|plunged|plunges|plummeted|edged|"
              r"inched|rallied|advanced|declined|dipped|dips|added|shed|eased|retreated|spiked|popped|slumped|sagged|"
              r"closed|ended|finished|(?:was|were|is|are|closed|ended|finished|traded)\s+(?:up|down|higher|lower))")
_ADV = (r"(?:dagegen|hingegen|indes|zudem|ebenfalls|auch|sogar|zeitweise|zwischenzeitlich|zuletzt|am \w+|kräftig|deutlich|"
        r"leicht|knapp|moderat|also|too|meanwhile|instead|sharply|slightly|nearly|almost|as much as|on \w+|in \w+ trading)")
_PCT = r"(?:[+\-−]\s?)?\d[\d.,]*\s?(?:%|Prozent\b|percent\b|per cent\b|pct\b)"
_APPROX = r"(?:(?:um|by|rund|etwa|knapp|gut|fast|mehr als|über|about|around|nearly|almost|roughly|more than|some)\s+)*"
_SHARE_WORD = r"(?:-?(?:Aktien?|Papiere|Titel|ADRs?)|\s+(?:shares|stock|ADRs?))?"
# "Tencent gaben 1,2 Prozent nach", "Hensoldt, an dem der Staat beteiligt ist, legte um 2,1 Prozent zu",
# "CoreWeave (NASDAQ: CRWV) rose 6.9%": a company directly followed by a stock verb and a percent
DIRECT_MOVE = re.compile(r"(?P<subj>⟨(?P<id>\d+):(?:Company|StockIndex)⟩)" + _SHARE_WORD +
                         r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{3,100}?,)?\s+(?:" + _ADV + r"\s+){0,3}" +
                         _MOVE_VERB + r"(?:\s+sich)?(?:\s+(?:up|down|higher|lower|nach oben|nach unten|ab))?"
                         r"\s+(?:(?:" + _ADV + r"|an der [\w-]+ Börse|in [A-Z][\w-]+|in ⟨\d+:Place⟩|an der ⟨\d+:\w+⟩|(?:on|at) the "
                         r"⟨\d+:\w+⟩)\s+){0,3}" +
                         _APPROX + r"(?P<pct>" + _PCT + r")")
# "Gefragt waren dagegen Xiaomi mit einem Plus von 4,1 Prozent", "Nvidia, with a gain of 3%"
WITH_MOVE = re.compile(r"(?P<subj>⟨(?P<id>\d+):(?:Company|StockIndex)⟩)" + _SHARE_WORD +
                       r",?\s+(?:mit|with)\s+(?:einem|einer|a|an)\s+(?:[\w-]+\s+)?(?:Plus|Minus|Kursplus|Kursminus|"
                       r"Kursgewinn|Kursverlust|Aufschlag|Abschlag|Zuwachs|Verlust|gain|loss|rise|drop|fall|decline|"
                       r"jump)\s+(?:von|of)\s+" + _APPROX + r"(?P<pct>" + _PCT + r")")
# a subject no entity list knows, at the start of a sentence in a market report ("Hensoldt, an dem der Staat
# beteiligt ist, legte dagegen um 2,1 Prozent zu")
UNKNOWN_MOVER = re.compile(r"(?:^|(?<=[,;]\s))(?P<name>[A-ZÄÖÜ][\w&.-]*[\w&](?:\s+[A-ZÄÖÜ][\w&.-]*[\w&]){0,2})" +
                           r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{3,100}?,)?\s+(?:" + _ADV + r"\s+){0,3}" +
                           _MOVE_VERB + r"(?:\s+sich)?(?:\s+(?:up|down|higher|lower|ab))?\s+(?:" + _ADV + r"\s+){0,3}" + _APPROX + r"(?P<pct>" + _PCT + r")")
NOT_A_NAME = re.compile(
    r"(?i)^(?:der|die|das|den|dem|des|ein|eine|einer|er|sie|es|wir|man|dies\w*|jene\w*|auch|zudem|dagegen|damit|"
    r"danach|dann|so|nur|the|a|an|this|that|these|those|it|its|he|she|they|we|also|shares?|stocks?|aktie\w*|"
    r"papiere|titel|kurs\w*|index|indizes|umsatz|umsätze|erlös\w*|gewinn\w*|verlust\w*|absatz|nachfrage|inflation|"
    r"produktion|gold|silber|öl|ölpreis|brent|bitcoin|ether|euro|dollar|yen|yuan|pfund|franken|rendite\w*|zins\w*|"
    r"revenue|sales|profit|profits|income|earnings|margin|oil|silver|bonds?|yields?|futures|treasur\w*|"
    r"analysten|analysts|anleger|investors|händler|traders|markt|märkte|market|markets|börse\w*|wall|"
    r"technologiewerte|chipwerte|werte|tech|chipmakers?|banks?|banken|insgesamt|overall)$")
NOUN_END = re.compile(r"(?i)(?:ung|heit|keit|schaft|tion|sion|tät|nis|preis|preise|kurs|wert|werte|index|satz|"
                      r"markt|zahl|zahlen|quote|rate|anteil|umsatz|gewinn|aktie|aktien|papiere)$")
# what else moves by a percent in a market report: figures of the business, commodities, currencies
OTHER_MOVER = re.compile(r"(?i)\b(?:Umsatz|Umsätze|Umsatzes|Erlöse?|Gewinn|Nettogewinn|Betriebsgewinn|Absatz|Nachfrage|"
                         r"Inflation|Produktion|Auftragseingang|Gold|Goldpreis|Silber|Öl|Ölpreis|Brent|Bitcoin|Ether|"
                         r"Euro|Dollar|Rendite|Zinsen|Wachstum|Marktanteil|Nutzerzahl|revenue|revenues|sales|profit|"
                         r"net income|earnings|margin|orders|gold|silver|oil|crude|bitcoin|ether|yield|yields|growth|"
                         r"market share|bookings|shipments)\b")
# an index the entity lists do not know: "The PHLX Semiconductor Index rose 1.7%"
UNKNOWN_INDEX = re.compile(r"(?<![\w&-])(?:(?!(?:The|Der|Die|Das|Den|Dem|Des|Its|Ihr|Sein)\b)[A-Z][\w&.-]*\s+){1,3}"
                           r"(?:Index|Composite|Average)\b|(?<![\w&-])S&P\s?\d{2,4}\b")
# indices of prices, surveys and countries, not of shares
NOT_A_STOCK_INDEX = re.compile(r"(?i)price|preis|consumer|verbraucher|producer|erzeuger|purchasing|manager|"
                               r"confidence|sentiment|klima|climate|inflation|development|freedom|peace|happiness|"
                               r"perception|innovation|readiness|AI Index")
# "kletterte in Shanghai um 5,5 Prozent, in Hongkong sogar um 7,9 Prozent": a second percent stated without
# its verb moves like the one before it (the same company, or the one named in the gap: ", Y um 3 Prozent")
ELLIPSIS = re.compile(r"^\s*(?:(?:zu|an|nach|ab|ein|vor|nach oben|nach unten|higher|lower)\b)?[\s,;]*(?:(?:in|an der|an|at|on|auf|im|am)\s+(?:[\w.&⟨⟩-]+\s+){0,3}?[\w.&⟨⟩-]+\s*,?\s*)?"
                      r"(?:(?:und|and|sowie|bzw\.?|or|oder|while|während)\s+)?"
                      r"(?:(?:in|an der|an|at|on|auf|im|am)\s+(?:[\w.&⟨⟩-]+\s+){0,3}?[\w.&⟨⟩-]+\s*,?\s*)?"
                      r"(?:(?:der|die|das|the)\s+(?:[\w-]+\s+){0,3}?)?(?:⟨C⟩" + _SHARE_WORD + r"\s+|(?:Titel|Aktien?|Papiere|shares|stock)\s+(?:des|der|von|of)\s+"
                      r"(?:[\w-]+\s+){0,2}?⟨C⟩(?:\s*\(⟨C⟩\))?\s+)?"
                      r"(?:(?:sogar|even|nur|only|zeitweise|zwischenzeitlich|zuletzt|bereits|schon|um|by|as much as|dagegen|hingegen|"
                      r"indes|lediglich|jeweils|ebenfalls|also|"
                      r"bis zu|up to|rund|etwa|about|nearly|almost|fast|knapp)\s+)*$")


def _raw_pos(view: View, pos: int) -> int:
    """Offset in the sentence text of an offset in the templated text (placeholders replaced back)."""
    delta = 0
    for ph in re.finditer(r"⟨(\d+):\w+⟩", view.text):
        if ph.start() >= pos:
            break
        m = view.mention(ph.group(1))
        delta += (m.end - m.start) - (ph.end() - ph.start())
    return pos + delta


def _masked(text: str, s_start: int, mentions: list[Mention], a: int, b: int) -> str:
    """text[a:b] of the sentence with each company mention written ⟨C⟩ and every other one ⟨X⟩."""
    out, pos = [], a
    for m in sorted(mentions, key=lambda m: m.start):
        ms, me = m.start - s_start, m.end - s_start
        if ms < a or me > b:
            continue
        out.append(text[pos:ms])
        out.append("⟨C⟩" if m.type in ("Company", "StockIndex") else "⟨X⟩")
        pos = me
    out.append(text[pos:b])
    return "".join(out)


def _new_mention(view: View, start: int, end: int, typ: str, reason: str) -> Mention:
    s = view.sentence
    text = s.text[start:end]
    return Mention(s.start + start, s.start + end, text, text, typ, s.index, "context", 60.0, reason)


def _direct_moves(view: View, stock_context: bool) -> tuple[set[int], list[Mention]]:
    """Percent offsets (in the sentence) that a company or index moved by, stated without any word about
    shares; and mentions for movers no entity list knows."""
    s = view.sentence
    starts: set[int] = set()
    extra: list[Mention] = []
    for rx in (DIRECT_MOVE, WITH_MOVE):
        for m in rx.finditer(view.text):
            pre = view.text[max(0, m.start() - 40):m.start()]
            if NOT_A_MOVE.search(re.sub(r"\s+(?:von|des|der|bei|of|at|for)\s+(?:[\w-]+\s+){0,2}$", " ", pre)) and \
                    re.search(r"\s+(?:von|des|der|bei|of|at|for)\s+(?:[\w-]+\s+){0,2}$", pre):
                continue  # "Der Umsatz von SAP stieg um 5 Prozent"
            starts.add(_raw_pos(view, m.start("pct")))
    covered = [(m.start - s.start, m.end - s.start) for m in view.mentions]
    cue = stock_context or STOCK_CUE.search(s.text) or any(m.type == "StockIndex" for m in view.mentions)
    if cue:
        for um in UNKNOWN_MOVER.finditer(s.text):
            if any(a < um.end("name") and um.start("name") < b for a, b in covered):
                continue
            words = um.group("name").split()
            if not any(NOT_A_NAME.match(w) for w in words) and not NOUN_END.search(words[-1]):
                extra.append(_new_mention(view, um.start("name"), um.end("name"), "Company", "stock move subject"))
                starts.add(um.start("pct"))
    for ui in UNKNOWN_INDEX.finditer(s.text):
        if NOT_A_STOCK_INDEX.search(ui.group()):
            continue
        if not any(a < ui.end() and ui.start() < b for a, b in covered) and \
                (UP.search(s.text, ui.end(), ui.end() + 60) or DOWN.search(s.text, ui.end(), ui.end() + 60)):
            extra.append(_new_mention(view, ui.start(), ui.end(), "StockIndex", "index named in a market report"))
    return starts, extra


# "Nvidia und Microsoft rückten um 1,8 beziehungsweise 0,6 Prozent vor", "rose 1.8% and 0.6%, respectively"
RESPECTIVELY = re.compile(r"(?P<a>(?:[+\-−]\s?)?\d[\d.,]*)\s?(?:%|Prozent|percent)?\s*,?\s*(?:beziehungsweise|bzw\.|and|und)\s+"
                          r"(?P<b>(?:[+\-−]\s?)?\d[\d.,]*)\s?(?:%|Prozent|percent)(?P<en>\s*,?\s*respectively)?")


def _respective_moves(view: View, cued: bool) -> tuple[list[EventDraft], tuple[int, int] | None]:
    """Two stock moves stated "respectively" for two companies named before them; and the span of the numbers."""
    from kg.loaders.extract.numbers import parse_number

    s = view.sentence
    r = RESPECTIVELY.search(s.text)
    if r is None or not cued or (not r.group("en") and not re.search(r"beziehungsweise|bzw\.", r.group())):
        return [], None
    clause = s.text[:r.start()]
    clause = clause[max(clause.rfind(";"), clause.rfind(". ")) + 1:]
    spans = relative_clause_spans(s)
    cos = [m for m in view.mentions if m.type == "Company" and m.end - s.start <= r.start()
           and m.start - s.start >= r.start() - len(clause) and not in_spans(m, spans)]
    masked = _masked(s.text, s.start, view.mentions, r.start() - len(clause), r.start())
    after = s.text[r.end():r.end() + 20]
    up = UP.search(masked) or (SEP_UP.search(masked) and re.match(r"\W*(?:zu|an|vor)\b", after))
    down = DOWN.search(masked) or (SEP_DOWN.search(masked) and re.match(r"\W*(?:nach|ein|ab)\b", after))
    if len(cos) < 2 or bool(up) == bool(down):
        return [], None
    sign = 1 if up else -1
    out = []
    for m, num in zip(cos[-2:], (r.group("a"), r.group("b"))):
        v = parse_number(num.lstrip("+-−").strip())
        if v is not None:
            out.append(EventDraft("StockMove", m, percent=sign * abs(v), date_text=_nearest_date(view, r.start()), confidence=0.8))
    return out, (r.start(), r.end())


def stock_moves(view: View, fallback: Mention | None, stock_context: bool = False) -> list[EventDraft]:
    """Stock moves in a sentence about shares (or right after one: "Der Konkurrent Oracle verlor 1,1 Prozent"),
    or stated directly of a company ("Tencent gaben 1,2 Prozent nach")."""
    s = view.sentence
    direct, extra = _direct_moves(view, stock_context)
    cued = bool(STOCK_CUE.search(s.text) or any(m.type == "StockIndex" for m in view.mentions) or stock_context
                or any(m.type == "StockIndex" for m in extra))
    if not cued and not direct:
        return []
    mentions = sorted([*view.mentions, *extra], key=lambda m: m.start)
    rel_spans = relative_clause_spans(s)
    out, resp = _respective_moves(view, cued)
    prev_end = 0
    last_subject: Mention | None = None
    last_sign: int | None = None
    for q in find_percents(s.text):
        if resp is not None and resp[0] <= q.start < resp[1]:
            prev_end = q.end
            continue
        clause = s.text[prev_end:q.start]
        a, b = s.start + prev_end, s.start + q.start
        # "Die Aktie von Intel fiel, während Papiere des Rivalen AMD um 2,3 Prozent zulegten": the clause of the percent
        cuts = list(CONTRAST.finditer(clause))
        if cuts:
            clause = clause[cuts[-1].end():]
            a = b - len(clause)
        prev_end = q.end
        prev_sign, last_sign = last_sign, None
        # the clause with its names masked: "Advanced Micro Devices" is no verb of movement
        mclause = _masked(s.text, s.start, mentions, q.start - len(clause), q.start)
        elliptic = prev_sign is not None and ELLIPSIS.match(mclause)
        if not cued and q.start not in direct and not elliptic:
            continue
        if NOT_A_MOVE.search(clause[-30:]) or NOT_A_MOVE_AFTER.match(s.text[q.end:q.end + 30]):
            continue
        ups, downs = list(UP.finditer(mclause)), list(DOWN.finditer(mclause))
        after = s.text[q.end:q.end + 40]
        if AFTER_UP.match(after) or AFTER_DOWN.match(after):
            # "schlossen nach anfänglichen Gewinnen 0,4 Prozent schwächer": the word after the percent decides
            ups, downs = ([AFTER_UP.match(after)], []) if AFTER_UP.match(after) else ([], [AFTER_DOWN.match(after)])
        if not ups and not downs:  # separable verbs: "gaben um 2,1 Prozent nach", "legte um 3 % zu"
            if SEP_DOWN.search(clause) and re.match(r"\W*(?:nach|ein|ab)\b", after):
                downs = [SEP_DOWN.search(clause)]
            elif SEP_UP.search(clause) and re.match(r"\W*(?:zu|an|vor)\b", after):
                ups = [SEP_UP.search(clause)]
        if not ups and not downs:
            verb_after = VERB_AFTER.match(after)
            if AFTER_UP.match(after) or AFTER_DOWN.match(after):  # "schloss 0,9 Prozent fester"
                sign = 1 if AFTER_UP.match(after) else -1
            elif verb_after is not None:  # "während Papiere des Konzerns Naver 3,1 Prozent nachgaben"
                sign = 1 if verb_after.group("up") else -1
            elif elliptic:
                sign = prev_sign  # "in Shanghai um 5,5 Prozent, in Hongkong sogar um 7,9 Prozent"
            else:
                ups, downs = list(UP.finditer(after)), list(DOWN.finditer(after))
                if not ups and not downs:
                    continue
                sign = -1 if (downs and (not ups or downs[0].start() < ups[0].start())) else 1
        else:
            last_up = ups[-1].start() if ups else -1
            last_down = downs[-1].start() if downs else -1
            sign = -1 if last_down > last_up else 1
        noun_after = None
        for m in mentions:
            if m.type == "Company" and 0 < m.start - (s.start + q.end) <= 40:
                noun_after = MOVE_NOUN_AFTER.match(s.text[q.end:m.start - s.start])
                if noun_after is not None:
                    last_subject, last_sign = m, (1 if noun_after.group("up") else -1)
                    out.append(EventDraft("StockMove", m, percent=last_sign * abs(q.value), date_text=_nearest_date(view, q.start),
                                          confidence=0.8))
                break
        if noun_after is not None:
            continue
        in_clause = [m for m in mentions if _in_span(m, a, b)]
        # "Die Aktie von Kingsoft Cloud, das Moonshot Rechenkapazität liefert, schoss um 11,4 Prozent nach oben":
        # a company inside a relative clause is not the mover
        outside = [m for m in in_clause if not in_spans(m, rel_spans)]
        if any(m.type == "Company" for m in outside):
            in_clause = outside
        idx = [m for m in in_clause if m.type == "StockIndex"]
        if INDEX_WORD.search(clause) and not idx:
            continue  # an unnamed index ("ein Index chinesischer Technologieaktien")
        subject = None
        # "Im Dax verloren Infineon 1,7 Prozent": an index after "im/in the" is where the company trades, not the mover
        where = [m for m in idx if re.search(r"(?:\b[Ii]m|\b[Ii]n\s+(?:the|der|dem)|\b[Oo]n\s+the|\bauf\s+dem)\s+(?:[\w-]+\s+)?$",
                                              s.text[:m.start - s.start]) and not re.match(r",\s+(?:der|die|das|which|that)\b",
                                                                                            s.text[m.end - s.start:])
                 or s.text[m.end - s.start:m.end - s.start + 1] == "-"]
        if where and not any(c.type == "Company" for c in in_clause) and len(where) == len(idx) and not elliptic:
            continue  # "Im MDax verloren Scout24 2,9 Prozent" with the mover unknown: no move of the index
        idx = [m for m in idx if m not in where]
        cos_after = [m for m in in_clause if m.type == "Company" and idx and m.start > idx[0].end and
                     "," in s.text[idx[0].end - s.start:m.start - s.start] and not in_spans(m, rel_spans)]
        if cos_after:
            subject = cos_after[0]  # "schloss der Nikkei unverändert, der Hersteller Advantest ... gewann 4,1 Prozent"
        elif idx and (not [m for m in in_clause if m.type == "Company"] or
                      idx[0].start < min(m.start for m in in_clause if m.type == "Company")):
            subject = idx[0]
        if subject is None:
            cos = [m for m in in_clause if m.type == "Company"]
            owners = [m for m in cos if re.match(r"[-\s]?(?:Aktien?|Papiere|shares|stock|ADRs?)",
                                                 s.text[m.end - s.start:m.end - s.start + 8])]
            subject = (owners or cos or [None])[0]
        if subject is None:
            if OTHER_MOVER.search(clause):
                continue  # "Der Umsatz stieg um 5 Prozent", "Gold legte um 1 Prozent zu": not the company's shares
            subject = last_subject or fallback
        if subject is None or OTHER_MOVER.fullmatch(subject.text):
            continue  # "Bitcoin fiel um 3 Prozent", even where a name finder took it for a company
        last_subject = subject
        last_sign = sign
        markets = [m for m in in_clause if m.type in ("Place", "StockIndex", "Organization") and m is not subject
                   and (m.type != "Organization" or re.search(r"(?i)börse|exchange|nasdaq|nyse|hkex|xetra",
                                                             m.name))]
        out.append(EventDraft("StockMove", subject, percent=sign * abs(q.value),
                              market=markets[-1] if markets else None,
                              date_text=_nearest_date(view, q.start), confidence=0.85))
    return out


def _usd(amounts: list[Quantity], i: int) -> float | None:
    q = amounts[i]
    if q.currency == "USD":
        return q.value
    if i + 1 < len(amounts) and amounts[i + 1].currency == "USD" and amounts[i + 1].start - q.end <= 3:
        return amounts[i + 1].value  # "380 Milliarden Yuan (52 Milliarden US-Dollar)"
    return None


def money_events(view: View, fallback: Mention | None, relations: list[tuple[Mention, str, Mention]],
                 topic: Mention | None = None) -> list[EventDraft]:
    s = view.sentence
    money = find_money(s.text)
    out: list[EventDraft] = []
    orgs = [m for m in view.mentions if m.type in ("Company", "Organization")]
    acq = [(a, b) for a, p, b in relations if p == "acquired"]
    if acq:
        i = 0
        for a, b in acq:
            ev = EventDraft("Acquisition", a, b, confidence=0.8, date_text=_nearest_date(view, b.start - s.start))
            if money:
                ev.amount, ev.currency, ev.amount_usd = money[0].value, money[0].currency, _usd(money, 0)
            out.append(ev)
            i += 1
    if not money:
        return out
    # money that is a stated value or a price, not a payment
    q0 = 0
    while q0 < len(money) and (VALUE_CUE.search(s.text[max(0, money[q0].start - 40):money[q0].start]) or
                               PRICE_CUE.search(s.text[max(0, money[q0].start - 50):money[q0].start])):
        q0 += 1
    if q0 >= len(money):
        return out
    q = money[q0]
    funding = FUNDING_CUE.search(s.text)
    invest = INVEST_CUE.search(s.text)
    if funding and not acq:
        inv_cue = INVESTOR_CUE.search(s.text, q.end)
        funded = None
        # ", angeführt vom Staatsfonds GIC und dem Investor Coatue,": the leaders of the round named in a participle clause
        led_spans = [(s.start + c.start(), s.start + c.end()) for c in LED_CLAUSE.finditer(s.text)]
        for m in orgs:
            if m.start < s.start + q.start and not re.search(r"(?i)(?:led by|angeführt vo[nm]|von|vom|from)\s+(?:[\w-]+\s+)?$|"
                                                            r"(?:led by|angeführt von|von|from)\s*$",
                                                            s.text[:m.start - s.start]) and not in_spans(m, led_spans):
                funded = m
                break
        # "Mistral AI, das bei einer Finanzierungsrunde unter Führung von ASML bewertet wurde,": the round of the antecedent
        in_rel = next(((a, b) for a, b in relative_clause_spans(s) if a <= s.start + funding.start() < b), None)
        leader_of_rel = None
        if in_rel is not None:
            ante = [m for m in orgs if m.end <= in_rel[0]]
            rel_text = s.text[in_rel[0] - s.start:in_rel[1] - s.start]
            if ante and re.search(r"(?i)\b(?:angeführt|anführte|led|co-led|leads|führte)\b", rel_text) and \
                    not re.search(r"(?i)\b(?:led by|co-led by|angeführt vo[nm]|unter (?:der )?Führung)\b", rel_text):
                # "Andreessen Horowitz, der die erste Finanzierungsrunde angeführt hatte,": the antecedent led a round of
                # another company (the one named with the round, else the one the text is about)
                leader_of_rel = ante[-1]
                funded = topic if topic is not None and topic.name != leader_of_rel.name else None
            elif ante:
                funded = ante[-1]
        owner = re.search(r"⟨(\d+):Company⟩(?:'s|’s|s)\s+(?:[$€£\w.,-]+\s+){0,5}?(?:funding round|round|"
                          r"Finanzierungsrunde|Series)", view.text)
        if owner is not None:
            funded = view.mention(owner.group(1))
        leader = None
        # "Tencent had led a 1.5 billion yuan funding round in StepFun": the round's company follows the round
        round_of = re.search(r"(?:round|Finanzierungsrunde|Runde)\s+(?:in|for|of|bei|von|des|der|für)\s+(?:the\s+|dem\s+|der\s+)?"
                             r"(?:[\w-]+\s+){0,2}?⟨(\d+):Company⟩", view.text)
        if leader_of_rel is not None:
            leader = leader_of_rel
            if round_of is not None and view.mention(round_of.group(1)).name != leader.name:
                funded = view.mention(round_of.group(1))
        elif round_of is not None and (funded is None or view.mention(round_of.group(1)).name != funded.name):
            target = view.mention(round_of.group(1))
            if funded is not None and funded.start < target.start and re.search(
                    r"(?i)\b(?:led|leads|co-led|anführte|angeführt|führte|headed|anchored)\b", s.text[funded.end - s.start:target.start - s.start]):
                leader = funded
            funded = target
        # "ASML invested €1.3 billion in its latest round": the subject puts money into the company the text is about
        elif funded is not None and not owner and INVEST_VERB.search(s.text[funded.end - s.start:q.start]) and \
                not re.search(r"(?i)\b(?:raised?|raises|raising|sammelt\w*|eingesammelt|erhielt|received|secured)\b",
                              s.text[funded.end - s.start:q.start]) and topic is not None and topic.name != funded.name:
            leader, funded = funded, topic
        valued = re.search(r"(?:values|valued|valuing|bewertet|bewertete)\s+⟨(\d+):Company⟩", view.text)
        if valued is not None and funded is not None and view.mention(valued.group(1)).name != funded.name and \
                view.mention(valued.group(1)).start > s.start + q.start:
            # "Samsung Next is one of the lead investors in a $500 million round that values Perplexity at $20 billion"
            leader, funded = funded, view.mention(valued.group(1))
        elif funded is not None and LED_ITS_ROUND.match(s.text[funded.end - s.start:]):
            # "ICONIQ Growth led its $200 million Series C round": the leader invests in the company the article is about
            leader, funded = funded, (topic if topic is not None and topic.name != funded.name else None)
        # an investor that puts this money in itself ("Nvidia will invest $2 billion in xAI"), not a shareholder
        # named on the side ("Nuvion, an dem Bosch beteiligt ist, hatte 180 Millionen Euro eingesammelt")
        invested = [(a, b) for a, p, b in relations if p == "investsIn" and a.end <= s.start + q.start and
                    INVEST_VERB.search(s.text[a.end - s.start:q.start])]
        if invested:  # "Nvidia will invest $2 billion in xAI as part of a $20 billion round"
            funded = invested[0][1]
            out.append(EventDraft("Investment", invested[0][0], funded, amount=q.value, currency=q.currency,
                                  amount_usd=_usd(money, q0), date_text=_nearest_date(view, q.start), confidence=0.75))
            q_round = next((x for x in money if x is not q), None)
            investors = [invested[0][0]]
            if funded is not None and q_round is not None:
                out.append(EventDraft("Funding", funded, amount=q_round.value, currency=q_round.currency,
                                      investors=investors, date_text=_nearest_date(view, q.start), confidence=0.7))
            return out
        funded = funded or fallback
        investors: list[Mention] = []
        if inv_cue is not None:
            investors = [m for m in view.mentions if m.start >= s.start + inv_cue.start() and m.type in
                         ("Company", "Organization", "Person") and m.name != (funded.name if funded else "")]
        led = re.search(r"(?i)(?:angeführt vo[nm]|unter (?:der )?Führung (?:von|des|der)|led by|co-led by)", s.text)
        if led is not None:
            # the leaders run to the end of their clause: "unter Führung des Chipausrüsters ASML ..., sondern auch mit Aleph Alpha"
            stop = re.search(r",\s+(?:sondern|das|der|die|dem|den|which|that|who|whose|hatte|hat|hatten|haben|wie|während|but|"
                             r"after|bevor|nachdem|doch|aber|wurde|was)\b|;", s.text[led.end():])
            led_end = s.start + led.end() + (stop.start() if stop else len(s.text))
            investors = [m for m in view.mentions if m.type in ("Company", "Organization", "Person")
                         and m is not funded and (funded is None or m.name != funded.name)
                         and s.start + led.start() <= m.start < led_end] or investors
        investors = [m for m in investors if not _named_aside(s, m)]
        if leader is not None:
            investors = [leader] + [m for m in investors if m.name != leader.name]
        if funded is not None:
            out.append(EventDraft("Funding", funded, amount=q.value, currency=q.currency,
                                  amount_usd=_usd(money, q0), investors=investors,
                                  date_text=_nearest_date(view, q.start), confidence=0.8))
    elif invest and not acq:
        investor = None
        for m in orgs:
            if m.start < s.start + max(q.start, invest.start()):
                investor = m
                break
        investor = investor or fallback
        target = None
        for m in view.mentions:
            if m.type == "Company" and m.start > s.start + q.end and m is not investor and \
                    re.search(r"\b(?:in|an|bei|into)\s+(?:\w+\s+){0,2}$", s.text[q.end:m.start - s.start]):
                target = m
                break
        if investor is not None:
            out.append(EventDraft("Investment", investor, target, amount=q.value, currency=q.currency,
                                  amount_usd=_usd(money, q0), date_text=_nearest_date(view, q.start),
                                  confidence=0.8))
    return out


def round_investors(view: View, funded_name: str) -> list[Mention]:
    """Investors named in a sentence about a funding round stated just before ("Die Runde wurde von X
    angeführt, auch Y und Z beteiligten sich"; "X and Y also joined the round")."""
    s = view.sentence
    joined = re.search(r"(?i)\b(?:also\s+|auch\s+|ebenfalls\s+)(?:participated|joined|took part|invested|beteiligt\w*|"
                       r"mit dabei|dabei)\b|\b(?:beteiligten sich auch|were also involved)\b|"
                       r"\b(?:steigt|steigen|stieg|stiegen)\b[^.]{0,60}?\bein\b|\beingestiegen\b|"
                       r"^(?:Daneben|Außerdem|Zudem|Ferner|Additionally|Besides)\b[^.]*\b(?:beteilig\w+\s+sich|participat\w+|took part|"
                       r"joined|invested)\b|"
                       r"^(?:Auch|Also|Ebenfalls)\b[^.]*\b(?:beteiligt\w*\s+sich|participated|took part|joined|invested)\b|"
                       r"\b(?:existing|bisherigen?|previous|früheren?)\s+(?:investors?|backers?|Geldgeber\w*|Investoren)\b[^.]*"
                       r"\b(?:beteiligt\w*|participated|took part|joined|invested|also)\b|"
                       r"^(?:Beteiligt|Mit dabei|Dabei|Neu eingestiegen|Eingestiegen|Ebenfalls beteiligt|Auch beteiligt)\s+"
                       r"(?:sind|waren|ist|war|haben sich|hat sich)\b|"
                       r"\b(?:Bestandsinvestor\w*|Altinvestor\w*|Altgesellschafter\w*|Neuinvestor\w*|Bestandsaktionär\w*)\b|"
                       r"\b(?:zog|zogen|zieht|ziehen)\s+(?:[\w-]+\s+)?mit\b|\bbeteiligen sich\b|\b(?:also|as well)\s+took part\b|"
                       r"\btook part\b[^.]{0,40}\bas did\b", s.text)
    if not ((ROUND_REF.search(s.text) or joined) and PARTICIPATION.search(s.text)) or find_money(s.text) and \
            FUNDING_CUE.search(s.text) and not ROUND_REF.search(s.text):
        return []
    return [m for m in view.mentions if m.type in ("Company", "Organization", "Person") and m.name != funded_name
            and m.method != "coref" and not _named_aside(s, m)]


def _named_aside(s, m: Mention) -> bool:
    """Is ``m`` named in a sentence about a round only as a modifier or a side note of an investor: a person's employer,
    a founder or owner of the investor ("the firm founded by X"), or the parent of an investing unit?"""
    before = s.text[max(0, m.start - s.start - 60):m.start - s.start]
    return bool(MODIFIER_OF_PERSON.match(s.text[m.end - s.start:]) or FOUNDER_CLAUSE.search(before)
                or PARENT_OF_INVESTOR.search(before))


# "die Beteiligungsgesellschaft der Deutschen Telekom, T.Capital": the parent of the investor is no investor itself
PARENT_OF_INVESTOR = re.compile(r"(?:Beteiligungsgesellschaft|[\w-]*[Aa]rm|Tochter\w*|Tochtergesellschaft|[Ss]ubsidiary|unit|division|"
                                r"Fonds|fund)\s+(?:der|des|von|of)\s+(?:der|dem|the)?\s*(?:[\w-]+\s+)?$")


def launch_events(view: View, released: list[tuple[Mention, Mention]], subject: Mention | None) -> list[EventDraft]:
    """A release or launch stated with a launch verb: ModelRelease (a model) or ProductLaunch."""
    s = view.sentence
    verb = RELEASE_WORDS.search(s.text)
    if verb is None:
        return []
    out = []
    for maker, thing in released:
        typ = "ModelRelease" if thing.type == "AIModel" else "ProductLaunch"
        out.append(EventDraft(typ, maker, thing, date_text=_nearest_date(view, verb.start()), confidence=0.8))
    if not released:
        for m in (m for rx in UNNAMED_LAUNCH for m in rx.finditer(view.text)):
            who = view.mention(ids_in(m.group(1))[0])
            noun = m.group("noun")
            typ = "ModelRelease" if re.search(r"(?i)modell|model|LLM", noun) else "ProductLaunch"
            out.append(EventDraft(typ, who, None, date_text=_nearest_date(view, m.start()), confidence=0.6))
            break
    return out


def attributes(view: View, model: Mention | None, company: Mention | None) -> list[AttributeDraft]:
    """Parameter counts, market values, open source, founding year, employees."""
    s = view.sentence
    out: list[AttributeDraft] = []
    for q in find_parameter_counts(s.text):
        models = [m for m in view.mentions if m.type == "AIModel"]
        before = [m for m in models if m.start < s.start + q.start]
        target = (before[-1] if before else (models[0] if models else model))
        if target is not None:
            out.append(AttributeDraft(target, "parameterCount", int(round(q.value)), 0.85))
    money = find_money(s.text)
    for i, q in enumerate(money):
        cue = VALUE_CUE.search(s.text[max(0, q.start - 60):q.start]) or re.match(
            r"\s*(?:\([^)]*\)\s*)?(?:bewertet|wert|valued)\b", s.text[q.end:])
        if not cue:
            continue
        usd = _usd(money, i)
        if usd is None:
            continue
        cos = [m for m in view.mentions if m.type == "Company" and m.start < s.start + q.start]
        target = cos[-1] if cos else company
        if target is not None:
            out.append(AttributeDraft(target, "marketValueUSD", int(round(usd)), 0.8))
    models = [m for m in view.mentions if m.type == "AIModel"]
    for cue_rx, value in ((OPEN_CUE, True), (CLOSED_CUE, False)):
        oc = cue_rx.search(s.text)
        if not oc or (value and OPEN_NEGATED.search(s.text[:oc.start()])):
            continue
        cue = s.start + oc.start()
        near = [m for m in models if 0 <= cue - m.end <= 60] or [m for m in models if 0 <= m.start - oc.end() - s.start <= 30]
        if len({m.name for m in models}) == 1:
            out.append(AttributeDraft(models[0], "openSource", value, 0.7))
        elif near:
            out.append(AttributeDraft(near[-1] if near[-1].end <= cue else near[0], "openSource", value, 0.65))
    cos = [m for m in view.mentions if m.type in ("Company", "Organization")]
    years = set()
    for fy in FOUNDED_YEAR.finditer(s.text):
        a, b = s.start + fy.start(), s.start + fy.end()
        # "Zhipu, 2019 als Ausgründung der Tsinghua-Universität entstanden": the spin-off, not its origin
        inside = [m for m in cos if a <= m.start and m.end <= b] if fy.group(8) is None else []
        before = [m for m in cos if m.end <= a and not re.search(r"[.;]", s.text[m.end - s.start:fy.start()])]
        target = inside[0] if inside else (before[-1] if before else (cos[0] if cos else None))
        if target is not None and target.name not in years:
            years.add(target.name)
            out.append(AttributeDraft(target, "foundedYear", int(next(g for g in fy.groups() if g)), 0.8))
    emp = EMPLOYEES.search(s.text)
    if emp:
        from kg.loaders.extract.numbers import parse_number

        n = parse_number(next(g for g in emp.groups() if g))
        at = s.start + emp.start()
        before = [m for m in cos if m.start < at]
        after = [m for m in cos if m.start >= at]
        target = before[-1] if before else (after[0] if emp.group(3) and after else None)
        if n and target is not None:
            out.append(AttributeDraft(target, "employeeCount", int(n), 0.7))
    return out
