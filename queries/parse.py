"""Question → :class:`Intent`, in English and German, by patterns tried in order.

The patterns only find the kind of question and the names in it; the names are matched against
the graph later (tolerantly, see :mod:`kg.queries.resolve`). Periods ("March 2025", "im März
2025", "2024", "between 1 March and 10 March 2025") are read with dateparser.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from kg.queries.errors import NotUnderstood
from kg.queries.intent import Intent, Kind, Period, help_text

__all__ = ["parse", "parse_period", "PATTERNS"]

_X = r"(?P<x>.+?)"
_Y = r"(?P<y>.+?)"
_W = r"(?P<when>.+?)"
_POSS = r"(?:'s|’s|'|’)"
_ORG = r"(?:companies|company|firms?|organi[sz]ations?|businesses|start-?ups|corporations|entities)"
_DE_ORG = r"(?:unternehmen|firmen|firma|konzerne|organisationen|start-?ups|gesellschaften)"
_ART_DE = r"(?:von|der|des|bei|vom)"

# (kind, language, pattern); the first that matches the whole (normalised) question wins.
PATTERNS: list[tuple[Kind, str, str]] = [
    # ---------------------------------------------------------------- connection (two names)
    (Kind.CONNECTION, "en", rf"how (?:is|are|was|were) {_X} (?:connected|related|linked) (?:to|with) {_Y}"),
    (Kind.CONNECTION, "en", rf"how (?:are|were) {_X} and {_Y} (?:connected|related|linked)"),
    (Kind.CONNECTION, "en", rf"(?:what is |what's )?(?:the )?(?:connection|relation(?:ship)?|link|path) between {_X} and {_Y}"),
    (Kind.CONNECTION, "en", rf"what (?:connects|links) {_X} (?:and|to|with) {_Y}"),
    (Kind.CONNECTION, "de", rf"wie (?:ist|sind|war|hängt|hängen) {_X} mit {_Y} (?:verbunden|verknüpft|verwandt|zusammen)"),
    (Kind.CONNECTION, "de", rf"wie hängen {_X} und {_Y} zusammen"),
    (Kind.CONNECTION, "de", rf"(?:was ist die |welche )?(?:verbindung|beziehung|zusammenhang|verknüpfung) (?:gibt es )?zwischen {_X} und {_Y}"),
    (Kind.CONNECTION, "de", rf"was verbindet {_X} (?:und|mit) {_Y}"),
    # ---------------------------------------------------------------- events in a period
    (Kind.EVENTS, "en", rf"what happened (?:to|with) {_X} (?:in|during|on|between|from|since) {_W}"),
    (Kind.EVENTS, "en", rf"what (?:happened|occurred|was going on|went on) (?:in|during|on|between|from|since) {_W}"),
    (Kind.EVENTS, "en", rf"(?:what|which) (?:events|news) (?:happened |occurred |took place |were there )?(?:in|during|on|from|between) {_W}"),
    (Kind.EVENTS, "en", rf"(?:events|news) (?:in|during|of|on|from|between) {_W}"),
    (Kind.EVENTS, "de", rf"was (?:geschah|passierte|ist) mit {_X} (?:im|in|am|zwischen|seit|vom) {_W}(?: passiert| geschehen)?"),
    (Kind.EVENTS, "de", rf"was (?:geschah|passierte|ist|war los|gab es) (?:im|in|am|während|zwischen|seit|vom) {_W}(?: passiert| geschehen| los)?"),
    (Kind.EVENTS, "de", rf"(?:welche )?(?:ereignisse|nachrichten) (?:gab es )?(?:im|in|am|während|zwischen|vom) {_W}"),
    # ---------------------------------------------------------------- stock
    (Kind.STOCK, "en", rf"what happened to (?:the )?(?:stock|shares?|share price|stock price) of {_X}"),
    (Kind.STOCK, "en", rf"what happened to {_X}{_POSS}? (?:stock|shares?|share price|stock price)"),
    (Kind.STOCK, "en", rf"how (?:did|does|do|is|are|were|was) {_X}{_POSS}? (?:stock|shares?|share price|stock price)(?: do| doing| move| moving| perform| performing| trade| trading| change)?"),
    (Kind.STOCK, "en", rf"(?:how did |what did )?(?:the )?(?:stock|shares?|share price|stock price)s? (?:of|for) {_X}(?: do| move| perform)?"),
    (Kind.STOCK, "en", rf"(?:show )?{_X}{_POSS}? (?:stock|shares?|share price|stock price)(?: moves?| changes?| performance)?"),
    (Kind.STOCK, "de", rf"was (?:passierte|geschah|ist|war) mit (?:der|den) (?:aktien?|papieren|börsenkurs|aktienkurs) {_ART_DE} {_X}(?: passiert| geschehen| los)?"),
    (Kind.STOCK, "de", rf"was (?:passierte|geschah|ist|war) mit (?:der|den) {_X}-aktien?(?: passiert| geschehen| los)?"),
    (Kind.STOCK, "de", rf"wie (?:hat|haben) sich (?:die )?(?:aktien?|papiere|aktienkurs) {_ART_DE} {_X} (?:entwickelt|bewegt)"),
    (Kind.STOCK, "de", rf"wie (?:hat|haben) sich (?:die )?{_X}-aktien? (?:entwickelt|bewegt)"),
    (Kind.STOCK, "de", rf"wie (?:entwickelte|entwickelten|bewegte|bewegten|entwickelt|entwickeln|lief|liefen) sich (?:die |der )?(?:aktien?|papiere|aktienkurs|kurs) {_ART_DE} {_X}"),
    (Kind.STOCK, "de", rf"wie (?:entwickelte|entwickelt|bewegte|bewegt|lief|läuft) (?:sich )?die {_X}-aktie"),
    (Kind.STOCK, "de", rf"(?:aktien?kurs|aktien?|kurs) {_ART_DE} {_X}"),
    (Kind.STOCK, "de", rf"(?:die )?{_X}-aktien?"),
    # ---------------------------------------------------------------- competitors
    (Kind.COMPETITORS, "en", rf"(?:who|what|which \w+(?: \w+)?) (?:competes?|is competing|are competing|rivals?) (?:with |against )?{_X}"),
    (Kind.COMPETITORS, "en", rf"(?:who|what) (?:are|is) (?:the )?(?:main )?(?:competitors?|rivals?|competition) (?:of|to|for) {_X}"),
    (Kind.COMPETITORS, "en", rf"(?:who|what) (?:are|is) {_X}{_POSS} (?:main )?(?:competitors?|rivals?|competition)"),
    (Kind.COMPETITORS, "en", rf"(?:who|what) does {_X} compete (?:with|against)"),
    (Kind.COMPETITORS, "en", rf"(?:list |show )?(?:the )?(?:competitors?|rivals?|competition) (?:of|to|for) {_X}"),
    (Kind.COMPETITORS, "en", rf"{_X}{_POSS} (?:competitors?|rivals?|competition)"),
    (Kind.COMPETITORS, "de", rf"(?:wer|was|welche \w+) (?:konkurriert|konkurrieren|steht|stehen) mit {_X}(?: im wettbewerb| in konkurrenz)?"),
    (Kind.COMPETITORS, "de", rf"(?:mit wem|womit) (?:konkurriert|konkurrieren|steht|stehen) {_X}(?: im wettbewerb| in konkurrenz)?"),
    (Kind.COMPETITORS, "de", rf"(?:wer|was) (?:sind|ist) (?:die )?(?:konkurrenten|wettbewerber|rivalen|konkurrenz|mitbewerber) {_ART_DE} {_X}"),
    (Kind.COMPETITORS, "de", rf"(?:wer|was) (?:sind|ist) {_X}s? (?:konkurrenten|wettbewerber|rivalen|konkurrenz)"),
    (Kind.COMPETITORS, "de", rf"(?:die )?(?:konkurrenten|wettbewerber|rivalen|konkurrenz|mitbewerber) {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- founders / founded
    (Kind.FOUNDED, "en", rf"(?:what|which \w+) (?:did|has|have) {_X} (?:found|founded|co-?found|co-?founded|start|started|establish|established)"),
    (Kind.FOUNDERS, "en", rf"who (?:founded|co-?founded|started|established|created) {_X}"),
    (Kind.FOUNDERS, "en", rf"who (?:is|are|was|were) (?:the )?(?:co-?)?founders? of {_X}"),
    (Kind.FOUNDERS, "en", rf"who (?:is|are|was|were) {_X}{_POSS} (?:co-?)?founders?"),
    (Kind.FOUNDERS, "en", rf"by whom was {_X} founded"),
    (Kind.FOUNDERS, "en", rf"who was {_X} founded by"),
    (Kind.FOUNDERS, "en", rf"(?:the )?(?:co-?)?founders? of {_X}"),
    (Kind.FOUNDERS, "en", rf"{_X}{_POSS} (?:co-?)?founders?"),
    (Kind.FOUNDED, "de", rf"(?:was|welche \w+) (?:hat|haben) {_X} gegründet"),
    (Kind.FOUNDERS, "de", rf"wer (?:hat|haben) {_X} (?:gegründet|ins leben gerufen|mitgegründet)"),
    (Kind.FOUNDERS, "de", rf"wer gründete {_X}"),
    (Kind.FOUNDERS, "de", rf"von wem wurde {_X} gegründet"),
    (Kind.FOUNDERS, "de", rf"wer (?:ist|sind|war|waren) (?:der |die )?(?:mit)?gründer(?:in|innen)? {_ART_DE} {_X}"),
    (Kind.FOUNDERS, "de", rf"(?:die |der )?(?:mit)?gründer(?:in|innen)? {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- CEO
    (Kind.CEO, "en", rf"who (?:is|was) (?:the )?(?:current )?(?:ceo|chief executive(?: officer)?|boss|head|chief|leader|chair(?:man|woman|person)?) (?:of|at) {_X}"),
    (Kind.CEO, "en", rf"who (?:is|was) {_X}{_POSS} (?:ceo|chief executive(?: officer)?|boss|head|leader)"),
    (Kind.CEO, "en", rf"who (?:runs|leads|heads|manages|ran|led|headed) {_X}"),
    (Kind.CEO, "en", rf"(?:the )?(?:ceo|chief executive(?: officer)?|boss) of {_X}"),
    (Kind.CEO, "en", rf"{_X}{_POSS} (?:ceo|chief executive|boss)"),
    (Kind.CEO, "de", rf"wer (?:ist|war) (?:der |die )?(?:ceo|chef|chefin|vorstandschef(?:in)?|vorstandsvorsitzender?|geschäftsführer(?:in)?|leiter(?:in)?) {_ART_DE} {_X}"),
    (Kind.CEO, "de", rf"wer (?:leitet|führt|lenkt|leitete|führte) {_X}"),
    (Kind.CEO, "de", rf"(?:der |die )?(?:ceo|chef|chefin|vorstandschef(?:in)?|geschäftsführer(?:in)?) {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- investments by X
    (Kind.INVESTMENTS, "en", rf"(?:what|where|which \w+) (?:did|does|has|have|will) {_X} (?:invest|invested|fund|funded|back|backed)(?: in)?"),
    (Kind.INVESTMENTS, "en", rf"how much (?:money )?(?:did|does|has|have|will|is) {_X} (?:invest|invested|investing|spend|spent|spending|commit|committed)(?: in| on| to)?(?: .*)?"),
    (Kind.INVESTMENTS, "en", rf"(?:the )?investments (?:of|by|made by) {_X}"),
    (Kind.INVESTMENTS, "de", rf"(?:worin|wo|wohin|in was|in welche \w+) (?:hat|haben|investiert|investieren|investierte) {_X}(?: investiert)?"),
    (Kind.INVESTMENTS, "de", rf"wie ?viel (?:geld )?(?:hat|haben|investiert|investieren|investierte|will|wird) {_X}(?: .*)? (?:investiert|investieren|ausgegeben|ausgeben)"),
    (Kind.INVESTMENTS, "de", rf"wie ?viel (?:geld )?(?:investiert|investieren|investierte) {_X}(?: .*)?"),
    (Kind.INVESTMENTS, "de", rf"(?:die )?investitionen {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- investors in X
    (Kind.INVESTORS, "en", rf"who (?:has |have )?(?:invested|invests|is investing|put money) in {_X}"),
    (Kind.INVESTORS, "en", rf"who (?:funds|funded|financed|finances|backs|backed|has funded|has backed) {_X}"),
    (Kind.INVESTORS, "en", rf"(?:who|what) (?:are|is|were|was) (?:the )?(?:investors?|backers?|funders?) (?:in|of|behind) {_X}"),
    (Kind.INVESTORS, "en", rf"(?:who|what) (?:are|is|were) {_X}{_POSS} (?:investors?|backers?|funders?)"),
    (Kind.INVESTORS, "en", rf"how much (?:money )?(?:was|has been|is|were) (?:invested in|raised by|put into) {_X}"),
    (Kind.INVESTORS, "en", rf"how much (?:money |funding )?(?:did|has|have) {_X} (?:raise|raised|get|got|receive|received)"),
    (Kind.INVESTORS, "en", rf"(?:the )?(?:investors?|backers?|funding|funders?) (?:in|of|for|behind) {_X}"),
    (Kind.INVESTORS, "de", rf"wer (?:hat|haben) (?:in|bei) {_X} (?:investiert|eingestiegen)"),
    (Kind.INVESTORS, "de", rf"wer (?:investiert|investierte|investieren) in {_X}"),
    (Kind.INVESTORS, "de", rf"wer (?:finanziert|finanzierte|unterstützt|unterstützte) {_X}"),
    (Kind.INVESTORS, "de", rf"wer (?:hat|haben) {_X} (?:finanziert|unterstützt)"),
    (Kind.INVESTORS, "de", rf"(?:wer|was) (?:sind|ist|waren) (?:die )?(?:investoren|geldgeber|anleger|kapitalgeber) {_ART_DE} {_X}"),
    (Kind.INVESTORS, "de", rf"wie ?viel (?:geld )?(?:wurde|ist) in {_X} (?:investiert|geflossen|gesteckt)"),
    (Kind.INVESTORS, "de", rf"wie ?viel (?:geld )?(?:hat|haben) {_X} (?:eingesammelt|erhalten|bekommen)"),
    (Kind.INVESTORS, "de", rf"(?:die )?(?:investoren|geldgeber|finanzierung) {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- benchmarks / outperforms
    (Kind.BENCHMARKS, "en", rf"(?:which|what) benchmarks? (?:was|were|is|are|has|have) {_X} (?:been )?(?:evaluated|tested|measured|benchmarked|assessed|scored|run)(?: on| with| against| in)?"),
    (Kind.BENCHMARKS, "en", rf"(?:which|what) benchmarks? (?:did|does|do) {_X} (?:use|run|take|score on)"),
    (Kind.BENCHMARKS, "en", rf"(?:on which|on what) benchmarks? (?:was|were|is|has) {_X} (?:been )?(?:evaluated|tested|measured|benchmarked)"),
    (Kind.BENCHMARKS, "en", rf"(?:where|how) (?:was|were|is|has) {_X} (?:been )?(?:evaluated|benchmarked|tested)"),
    (Kind.BENCHMARKS, "en", rf"(?:what|which \w+) (?:was|were|is|are|has been|have been) (?:evaluated|tested|benchmarked) on {_X}"),
    (Kind.BENCHMARKS, "en", rf"(?:the )?benchmarks? (?:of|for|results of) {_X}"),
    (Kind.BENCHMARKS, "de", rf"(?:auf|mit|an|in) welche[mnr]? benchmarks? (?:wurde|wurden|ist|sind) {_X} (?:getestet|bewertet|evaluiert|gemessen|geprüft)(?: worden)?"),
    (Kind.BENCHMARKS, "de", rf"welche[nrs]? benchmarks? (?:hat|haben|nutzte|nutzt|verwendete|verwendet) {_X}(?: genutzt| verwendet| absolviert| bestanden)?"),
    (Kind.BENCHMARKS, "de", rf"wie (?:wurde|wurden|ist) {_X} (?:getestet|bewertet|evaluiert)(?: worden)?"),
    (Kind.BENCHMARKS, "de", rf"(?:was|wer|welche \w+) (?:wurde|wurden) (?:mit|auf|an) {_X} (?:getestet|bewertet|evaluiert)"),
    (Kind.BENCHMARKS, "de", rf"(?:die )?benchmarks? {_ART_DE} {_X}"),
    (Kind.OUTPERFORMED, "en", rf"(?:what|who|which \w+) (?:does|did|has|have) {_X} (?:outperform|outperformed|beat|beaten|surpass|surpassed|outdo|outdone)"),
    (Kind.OUTPERFORMERS, "en", rf"(?:what|who|which \w+) (?:outperforms?|outperformed|beats?|beat|surpass(?:es)?|surpassed|outdoes|is better than|are better than|was better than) {_X}"),
    (Kind.OUTPERFORMERS, "en", rf"(?:what|who|which \w+) (?:is|are|was|were) better than {_X}"),
    (Kind.OUTPERFORMED, "de", rf"(?:wen|welche \w+) (?:übertrifft|schlägt|übertraf|schlug|übertreffen|schlagen) {_X}"),
    (Kind.OUTPERFORMED, "de", rf"(?:was|wen) (?:hat|haben) {_X} (?:übertroffen|geschlagen)"),
    (Kind.OUTPERFORMERS, "de", rf"(?:was|wer|welche \w+) (?:ist|sind|war|waren) besser als {_X}"),
    (Kind.OUTPERFORMERS, "de", rf"(?:was|wer) (?:übertrifft|schlägt|übertraf|schlug) {_X}"),
    # ---------------------------------------------------------------- releases / maker
    (Kind.RELEASES, "en", rf"(?:what|which \w+(?: \w+)?) (?:did|has|have|does|do) {_X} (?:released?|launch(?:ed)?|develop(?:ed)?|make|made|build|built|ship(?:ped)?|publish(?:ed)?|create[d]?|introduce[d]?|unveil(?:ed)?|announce[d]?|produce[d]?|have|own)"),
    (Kind.RELEASES, "en", rf"(?:what|which \w+(?: \w+)?) (?:are|were|is|was|have been) (?:released|made|developed|built|launched|created|produced) by {_X}"),
    (Kind.RELEASES, "en", rf"(?:what|which) (?:are|were) {_X}{_POSS} (?:models?|products?|releases?)"),
    (Kind.RELEASES, "en", rf"(?:the |list |show )?(?:ai )?(?:models?|products?|releases?) (?:of|from|by) {_X}"),
    (Kind.RELEASES, "en", rf"{_X}{_POSS} (?:ai )?(?:models?|products?|releases?)"),
    (Kind.MAKER, "en", rf"who (?:released|makes|made|developed|develops|built|builds|created|creates|launched|owns|is behind|was behind|produced|produces) {_X}"),
    (Kind.MAKER, "en", rf"(?:by whom|by which company|by which \w+) (?:was|is|were) {_X} (?:released|made|developed|built|created|launched)"),
    (Kind.MAKER, "en", rf"who (?:is|was) {_X} (?:released|made|developed|built|created|launched) by"),
    (Kind.MAKER, "en", rf"(?:who is the )?(?:maker|developer|creator|manufacturer) of {_X}"),
    (Kind.RELEASES, "de", rf"was (?:hat|haben) {_X} (?:veröffentlicht|herausgebracht|vorgestellt|entwickelt|gebaut|lanciert|auf den markt gebracht|präsentiert|angekündigt)"),
    (Kind.RELEASES, "de", rf"was (?:veröffentlichte|entwickelte|baute|präsentierte) {_X}"),
    (Kind.RELEASES, "de", rf"welche (?:ki-)?(?:modelle|produkte|modell|produkt) (?:hat|haben) {_X}(?: veröffentlicht| entwickelt| herausgebracht| vorgestellt| gebaut| im angebot)?"),
    (Kind.RELEASES, "de", rf"welche (?:ki-)?(?:modelle|produkte) (?:macht|machen|entwickelt|entwickeln|baut|bauen|veröffentlicht|veröffentlichte|stellt|bietet) {_X}(?: her| an)?"),
    (Kind.RELEASES, "de", rf"welche (?:ki-)?(?:modelle|produkte) (?:stammen|kommen) (?:von|aus dem hause) {_X}"),
    (Kind.RELEASES, "de", rf"(?:die )?(?:ki-)?(?:modelle|produkte) {_ART_DE} {_X}"),
    (Kind.MAKER, "de", rf"wer (?:hat|haben) {_X} (?:veröffentlicht|entwickelt|gebaut|herausgebracht|vorgestellt|gemacht|erschaffen|lanciert)"),
    (Kind.MAKER, "de", rf"wer (?:entwickelt|entwickelte|macht|baut|baute|steckt hinter|veröffentlichte) {_X}"),
    (Kind.MAKER, "de", rf"von wem (?:ist|stammt|kommt) {_X}"),
    (Kind.MAKER, "de", rf"(?:wer ist )?(?:der )?(?:hersteller|entwickler) {_ART_DE} {_X}"),
    # ---------------------------------------------------------------- based in a place
    (Kind.BASED_IN, "en", rf"(?:which|what) {_ORG} (?:are|were|is|was) (?:based|headquartered|located|situated|registered) in {_X}"),
    (Kind.BASED_IN, "en", rf"(?:which|what) {_ORG} (?:have|has) (?:their|its) (?:headquarters|hq|head office|seat) in {_X}"),
    (Kind.BASED_IN, "en", rf"(?:which|what) {_ORG} (?:are |come )?(?:from|in) {_X}"),
    (Kind.BASED_IN, "en", rf"who is (?:based|headquartered) in {_X}"),
    (Kind.BASED_IN, "en", rf"(?:list |show )?{_ORG} (?:based |headquartered |located )?in {_X}"),
    (Kind.BASED_IN, "de", rf"welche {_DE_ORG} (?:sitzen|haben (?:ihren|den|seinen) sitz|sind|befinden sich|gibt es) in {_X}(?: ansässig| beheimatet| zuhause| zu hause)?"),
    (Kind.BASED_IN, "de", rf"welche {_DE_ORG} (?:kommen |stammen )?aus {_X}(?: kommen| stammen)?"),
    (Kind.BASED_IN, "de", rf"{_DE_ORG} (?:mit sitz )?in {_X}"),
    # ---------------------------------------------------------------- what happened to X (no period)
    (Kind.EVENTS, "en", rf"what happened (?:to|with) {_X}"),
    (Kind.EVENTS, "en", rf"what happened (?:in|at|on) {_X}"),
    (Kind.EVENTS, "en", rf"(?:what are the )?(?:events|news) (?:about|of|for|involving|in|at) {_X}"),
    (Kind.EVENTS, "de", rf"was (?:geschah|passierte|ist) (?:mit|bei) {_X}(?: passiert| geschehen| los)?"),
    (Kind.EVENTS, "de", rf"was (?:geschah|passierte|ist) (?:in|an|auf) {_X}(?: passiert| geschehen| los)?"),
    (Kind.EVENTS, "de", rf"(?:welche )?(?:ereignisse|nachrichten) (?:gibt es )?(?:zu|über|von|um|in) {_X}"),
    # ---------------------------------------------------------------- tell me about X (last)
    (Kind.ABOUT, "en", rf"(?:please )?(?:tell me|what do you know|what can you tell me|what do we know|give me (?:an )?(?:overview|summary)|show me (?:everything|what you know)|everything) (?:about|on|of) {_X}"),
    (Kind.ABOUT, "en", rf"(?:describe|summari[sz]e|explain|about|overview of|info on|information about) {_X}"),
    (Kind.ABOUT, "en", rf"(?:who|what) (?:is|are|was|were) {_X}"),
    (Kind.ABOUT, "de", rf"(?:bitte )?(?:erzähl(?:e)?|erzählen sie|sag|sage) (?:mir |uns )?(?:etwas |alles |mehr )?(?:über|von|zu) {_X}"),
    (Kind.ABOUT, "de", rf"was (?:weißt du|wissen wir|ist bekannt|weiß man|gibt es) (?:über|zu|von) {_X}"),
    (Kind.ABOUT, "de", rf"(?:beschreibe|informationen (?:über|zu)|infos? (?:über|zu)|überblick über) {_X}"),
    (Kind.ABOUT, "de", rf"(?:wer|was) (?:ist|sind|war|waren) {_X}"),
]

_COMPILED = [(k, lang, re.compile(p, re.IGNORECASE)) for k, lang, p in PATTERNS]

_LEADING = re.compile(r"^(?:(?:the|a|an|der|die|das|den|dem|des|ein|eine|einem|einen)\s+)+",
                      re.IGNORECASE)
_QUOTES = "\"'“”„‚‘’«»"


_TAIL = re.compile(r",?\s+(?:and|und)\s+(?:how much|for how much|wie ?viel|mit wie ?viel)(?:\s.*)?$", re.IGNORECASE)


def _normalise(question: str) -> str:
    q = " ".join(question.strip().split())
    q = q.strip().rstrip("?!.;:").strip()
    q = _TAIL.sub("", q)
    for lead in ("please ", "bitte ", "and ", "und ", "so ", "also "):
        if q.lower().startswith(lead):
            q = q[len(lead):]
    return q


def _clean_name(text: str) -> str:
    """The name as written, without surrounding quotes, articles and a trailing possessive."""
    t = text.strip().strip(_QUOTES).strip()
    t = _LEADING.sub("", t).strip()
    t = re.sub(r"(?:'s|’s|'|’)$", "", t).strip()
    return t.strip(_QUOTES + " ,")


def parse(question: str) -> Intent:
    """The intent of ``question``; raises :class:`NotUnderstood` (listing what is understood)."""
    q = _normalise(question)
    if q:
        for kind, lang, rx in _COMPILED:
            m = rx.fullmatch(q)
            if not m:
                continue
            groups = m.groupdict()
            period = None
            if groups.get("when"):
                period = parse_period(groups["when"], lang)
                if period is None:
                    continue  # "what happened in Hongkong": not a period; later patterns may fit
            names = tuple(_clean_name(groups[g]) for g in ("x", "y") if groups.get(g))
            if any(not n for n in names):
                continue
            if kind == Kind.ABOUT and names and names[0].lower() in _NOT_NAMES:
                continue
            return Intent(kind=kind, entities=names, lang=lang, period=period, question=question)
    raise NotUnderstood(question, help_text())


_NOT_NAMES = {"this", "that", "it", "up", "new", "das", "dies", "es", "los", "the answer", "you", "du"}

# ---------------------------------------------------------------------------------------- periods

_RANGE = re.compile(r"^(?:(?:between|from|zwischen|vom|von)\s+)?(?P<a>.+?)\s+(?:and|to|until|till|und|bis(?: zum)?)\s+(?P<b>.+)$",
                    re.IGNORECASE)
_YEAR = re.compile(r"^(?:the year |dem jahr |das jahr )?((?:19|20)\d\d)$", re.IGNORECASE)
_QUARTER = re.compile(r"^(?:q([1-4])|([1-4])\.? ?(?:quarter|quartal))\s*((?:19|20)\d\d)$", re.IGNORECASE)


def parse_period(text: str, lang: str = "en") -> Period | None:
    """A period from text like "March 2025", "im März 2025", "2025", "Q1 2025", "5 March 2025",
    "between 1 March and 10 March 2025"; None when the text is not a date."""
    t = " ".join(text.strip().split())
    t = re.sub(r"^(?:im|in|am|the|dem|den|der)\s+", "", t, flags=re.IGNORECASE)
    m = _RANGE.match(t)
    if m:
        a, b = m.group("a"), m.group("b")
        pb = _single(b, lang)
        if pb is None:
            return None
        # "between 1 and 10 March 2025" / "zwischen März und April 2025": borrow what the first lacks
        pa = _single(a, lang) or _single(f"{a} {pb.start.year}", lang) or _single(f"{a} {b.split(' ', 1)[-1]}", lang)
        if pa is None:
            return None
        if pa.start > pb.end:
            pa = _single(f"{a} {pb.start.year}", lang) or pa
        return Period(min(pa.start, pb.start), max(pa.end, pb.end), text.strip())
    p = _single(t, lang)
    return Period(p.start, p.end, text.strip()) if p else None


def _single(t: str, lang: str) -> Period | None:
    t = t.strip().strip(",")
    m = _YEAR.match(t)
    if m:
        y = int(m.group(1))
        return Period(date(y, 1, 1), date(y, 12, 31))
    m = _QUARTER.match(t)
    if m:
        qn, y = int(m.group(1) or m.group(2)), int(m.group(3))
        start = date(y, 3 * qn - 2, 1)
        end_month = 3 * qn
        return Period(start, date(y, end_month, calendar.monthrange(y, end_month)[1]))
    if not re.search(r"\d|[a-zäöü]{3,}", t, re.IGNORECASE):
        return None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    languages = [lang, "de" if lang == "en" else "en"]
    parser = DateDataParser(languages=languages, settings={"PREFER_DATES_FROM": "past",
                                                           "RETURN_AS_TIMEZONE_AWARE": False})
    try:
        data = parser.get_date_data(t)
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; it is then not a date
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return Period(date(d.year, 1, 1), date(d.year, 12, 31))
    if data.period == "month":
        return Period(date(d.year, d.month, 1), date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]))
    if data.period == "week":
        return Period(d, d.fromordinal(d.toordinal() + 6))
    return Period(d, d)
