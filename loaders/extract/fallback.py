"""Facts a sentence suggests without a pattern that states them: two entities of the right types close
together, with a word that names the relation ("a partner at ⟨Menlo Ventures⟩", "⟨Nvidia⟩ and its rival
⟨AMD⟩", "the deal with ⟨Oracle⟩"). These are guesses with a lower confidence than the pattern rules, made
only for pairs the rules left unrelated. Each guess's confidence (0.4-0.5, under every pattern rule's) follows how often
that kind of guess held on our own annotated articles; docs/benchmarks.md reports the counts."""

from __future__ import annotations

import re

from kg.loaders.extract.relations import CEO_T, FOUNDER_T, TITLE, Found, title_predicates
from kg.loaders.extract.template import View

__all__ = ["guesses"]


# job and role words, English and German (compounds: "Fondsmanager", "Autoanalystin", "Lightspeed-Partnerin")
ROLE = re.compile(
    r"(?i)\b(?:[\w-]*(?:analyst|analystin|stratege|strategin|strategist|manager|managerin|partner|partnerin|"
    r"forscher|forscherin|researcher|scientist|wissenschaftler|wissenschaftlerin|engineer|ingenieur|ingenieurin|"
    r"entwickler|entwicklerin|developer|economist|ökonom|ökonomin|director|direktor|direktorin|leiter|leiterin|"
    r"chef|chefin|chief|head|lead|officer|president|präsident|präsidentin|chair|chairman|chairwoman|vorsitzende[rn]?|"
    r"vorstand|adviser|advisor|berater|beraterin|spokes(?:person|man|woman)|sprecher|sprecherin|executive|"
    r"professor|professorin|fellow|principal|associate|investor|gründer|gründerin|founder|cofounder|co-founder|"
    r"expert|experte|expertin|boss|mitarbeiter|mitarbeiterin|employee|staffer|veteran|alumn\w*|vp|cto|cfo|coo|ceo|"
    r"geschäftsführer|geschäftsführerin|kommissar|kommissarin|minister|ministerin|secretary|sekretär|"
    r"representative|abgeordnete[rn]?|trader|händler|händlerin|portfolio))\b")
AFFIL_PREP = r"(?:at|of|bei|beim|von|vom|der|des|for|für|an der|am|from|with)"
# "⟨P⟩, a partner at venture firm ⟨O⟩", "⟨P⟩, Analystin bei der ⟨O⟩", "⟨P⟩, research director at ⟨O⟩"
PER_ROLE_ORG = re.compile(r"⟨(\d+):Person⟩,?\s+(?:(?:a|an|the|der|die|ein|eine)\s+)?([^,;⟨⟩()]{2,60}?)\s+" + AFFIL_PREP
                          + r"\s+(?:(?:the|der|dem|des|die)\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+):(?:Company|Organization)⟩")
# "⟨O⟩-Partnerin ⟨P⟩", "⟨O⟩'s devices chief ⟨P⟩", "⟨O⟩ analyst ⟨P⟩"
ORG_ROLE_PER = re.compile(r"⟨(\d+):(?:Company|Organization)⟩(?:-|'s\s+|’s\s+|s\s+|\s+)((?:[\w-]+\s+){0,3}?[\w-]+)\s+⟨(\d+):Person⟩")
# "⟨P⟩, who previously worked at ⟨A⟩ and ⟨B⟩", "both of whom came from ⟨O⟩": past posts
WORKED_AT = re.compile(r"(?i)\b(?:(?:worked|work|works|working|spent\s+[\w\s]{1,20}?|served|stint|came|comes|gearbeitet|arbeitete|"
                       r"arbeitet|tätig|kam|kommt|wechselte|wechselt|geforscht|forschte)\b[^⟨.;]{0,30}?\b(?:at|for|bei|beim|für|from|"
                       r"von|vom|an der|am|zu|zur|zum|in)\s+(?:[\w-]+\s+){0,3}?|(?:joined|joins|left|quit|verließ|verlässt)\s+"
                       r"(?:the\s+|den\s+|die\s+|das\s+)?(?:[\w-]+\s+){0,2}?)$")
# "⟨OpenAI⟩, which is led by ⟨Sam Altman⟩, is also working with": the verb after the person is not the person's
PASSIVE_AGENT = re.compile(r"\b(?:led|run|headed|founded|co-founded|backed|owned|geführt|geleitet|gegründet|mitgegründet)\s+(?:by|von)\s+$")
# the next organisation of a list: "at ⟨A⟩ and ⟨B⟩", "left ⟨A⟩ for ⟨B⟩"
NEXT_ORG = re.compile(r"(?:\s*,\s*|\s+(?:and|und|sowie|or|oder)\s+|\s+(?:for|für|zu|to)\s+)(?:the\s+|der\s+|die\s+|dem\s+)?"
                      r"⟨(\d+):(?:Company|Organization)⟩")
PARTNER_WITH = re.compile(
    r"(?i)(?:\b(?:partnership|partnered|partnering|partners|Partnerschaft|Kooperation|kooperiert|cooperation|collaboration|"
    r"collaborates|collaborated|alliance|tie-up|agreement|contract|deal|Vertrag|Liefervertrag|Vereinbarung|Abkommen|"
    r"[\w-]*[Vv]ertr[aä]g|"
    r"Zusammenarbeit|gemeinsam|together|zusammen|works|worked|working|teamed up|signed|unterzeichnete)\w*\s+"
    r"(?:[\w$€.,-]+\s+){0,4}?(?:with|mit)\s+(?:(?:the|dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?"
    r"|\b(?:mit|with)\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?(?=⟨\d+:Company⟩[^⟨.]{0,60}?\bzusammen))"
    r"⟨(\d+):Company⟩")
RIVAL_OF = re.compile(
    r"(?i)\b(?:(?:arch-?)?rivals?|competitors?|challengers?\s+(?:to|of)|alternatives?\s+to|compete[sd]?\s+with|competing\s+with|"
    r"(?:KI-)?(?:Wettlauf|Wettrennen)\s+mit|"
    r"goes\s+up\s+against|go\s+up\s+against|going\s+up\s+against|falling\s+behind|"
    r"(?:race|battle|fight|contest|competition)\s+(?:with|against)|fac(?:es|ed|ing)\s+(?:[\w-]+\s+)?competition\s+from|im\s+Wettbewerb\s+mit|"
    r"Konkurrent(?:en|in)?|Rivalen?|Erzrivalen?|Wettbewerber[ns]?|Herausforderer\s+(?:von|des|der)|Alternative\s+zu|"
    r"(?P<verb>konkurrier\w*|tritt|treten|trat)\s+(?:(?:[\w-]+|⟨\d+:\w+⟩)\s+){0,6}?(?:mit|gegen)|(?P<more>sondern\s+auch\s+(?:mit|gegen)))\s+"
    r"(?:(?:such as|like|wie|the|der|dem|den|die|von)\s+)?(?:[\w-]+\s+){0,4}?(?=⟨)")
BACKED_BY = re.compile(
    r"(?i)\b(?:backed\s+by|with\s+participation\s+from|participation\s+from|existing\s+(?:investors|backers)|"
    r"(?:previous|earlier|early|other)\s+(?:investors|backers)(?:\s+include)?|investors\s+include|backers\s+include|"
    r"unterstützt\s+von|finanziert\s+von|Geldgebern?\s+(?:gehören|zählen|sind)|(?:bisherigen|frühen|weiteren)\s+Geldgeber|"
    r"Beteiligung\s+von|unter\s+Beteiligung\s+von|Neu\s+(?:an\s+Bord|dabei)\s+sind|stiegen\s+(?:[\w-]+\s+)?|"
    r"beteiligten\s+sich(?:\s+(?:auch|zudem|außerdem|ebenfalls|erneut))?)"
    r"\s*(?:(?:auch|zudem|also|the|der|die|dem|den|von)\s+)*(?:[\w-]+\s+){0,3}?(?=⟨)")


# "⟨A⟩, ⟨B⟩ and ⟨C⟩ also participated", "⟨A⟩ and ⟨B⟩ joined as strategic investors": investors of the company in focus
PARTICIPATED = re.compile(r"((?:⟨\d+:(?:Company|Organization|Person)⟩(?:\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und|sowie)\s+))*"
                          r"⟨\d+:(?:Company|Organization|Person)⟩)\s+(?:(?:also|auch|too|again|erneut|ebenfalls)\s+)?"
                          r"(?:participated|took part|co-invested|joined\s+as\s+(?:[\w-]+\s+)?(?:investors?|backers?)|joined\s+the\s+round)\b")
_MEMBER_DE = r"(?:(?:der|die|das)\s+(?:[\w-]+\s+)?)?⟨\d+:(?:Company|Organization|Person)⟩"
_LIST_DE = rf"((?:{_MEMBER_DE}(?:\s*,\s*|\s+(?:und|sowie)\s+))*{_MEMBER_DE})"  # "⟨A⟩, der Fonds ⟨B⟩ und ⟨C⟩", one group
_LIST_AND = r"((?:⟨\d+:(?:Company|Organization|Person)⟩(?:\s*,\s*(?:and\s+)?|\s+and\s+))*⟨\d+:(?:Company|Organization|Person)⟩)"
# "Auch ⟨Tencent⟩, der Wagniskapitalgeber ⟨HongShan⟩ und die Plattform ⟨Xiaohongshu⟩ sind beteiligt", "im November stiegen
# zudem ⟨Microsoft⟩ und ⟨Nvidia⟩ mit Milliardenbeträgen ein", "Neu dabei ist außerdem der Staatsfonds ⟨Mubadala⟩",
# "Größter Einzelinvestor ist ⟨Alibaba⟩", "⟨Oracle⟩ has been an investor since 2023": investors of the company in focus
PARTICIPATED_MORE = re.compile(
    rf"{_LIST_DE}\s+(?:sind|ist|waren|war)\s+(?:(?:ebenfalls|auch|erneut|"
    rf"wieder|weiterhin|mit\s+[\w-]+)\s+)?(?:beteiligt|an Bord)\b"
    rf"|\b(?:stiegen|stieg|steigen|steigt)\s+(?:(?:zudem|auch|außerdem|ebenfalls|nun|jetzt)\s+)?((?:⟨\d+:(?:Company|Organization)⟩"
    rf"(?:\s*,\s*|\s+(?:und|sowie)\s+))*⟨\d+:(?:Company|Organization)⟩)\s+(?:[\w-]+\s+){{0,3}}?ein\b"
    rf"|\b(?:Neu dabei|Ebenfalls dabei|Mit dabei)\s+(?:ist|sind|war|waren)\s+(?:(?:außerdem|auch|zudem)\s+)?"
    rf"{_LIST_DE}"
    rf"|\bGrößte[rn]?\s+(?:Einzel)?(?:[Ii]nvestor|Geldgeber|Anteilseigner|Aktionär)\s+(?:ist|war)\s+(?:(?:der|die|das)\s+(?:[\w-]+\s+)?)?"
    rf"(⟨\d+:(?:Company|Organization|Person)⟩)"
    # "Die Runde führten ⟨Accel⟩ und ⟨CapitalG⟩ an", "⟨EQT Ventures⟩ und ⟨Altimeter⟩ zogen mit", "die Altinvestoren ⟨A⟩ und ⟨B⟩
    # legten nach", "auch ⟨Nvidia⟩ und ⟨Salesforce Ventures⟩ beteiligten sich erneut", "⟨A⟩ und ⟨B⟩ haben sich an dem
    # Unternehmen beteiligt", "Angeführt wurde die Finanzierung vom Investor ⟨A⟩"
    rf"|\b(?:führten|führte|führen|führt)\s+(?:(?:[\w-]+\s+){{0,3}}?){_LIST_DE}"
    rf"\s+(?:gemeinsam\s+|zusammen\s+)?an\b"
    rf"|{_LIST_DE}\s+(?:zogen\s+(?:[\w-]+\s+)?mit|zog\s+(?:[\w-]+\s+)?mit|"
    rf"legten\s+(?:[\w-]+\s+)?nach|legte\s+(?:[\w-]+\s+)?nach|beteiligten\s+sich|beteiligte\s+sich|"
    rf"(?:haben|hat|hatten|hatte)\s+sich\s+(?:[\w-]+\s+){{0,5}}?beteiligt)\b"
    rf"|\bAngeführt\s+(?:wurde|wird)\s+(?:die|der|das)\s+(?:[\w-]*[Rr]unde|Finanzierung\w*|Investition\w*)\s+(?:von|vom|durch)\s+"
    rf"(?:(?:dem|den|der)\s+)?"
    rf"(?:[\w-]+\s+)?(⟨\d+:(?:Company|Organization|Person)⟩)"
    # "⟨Sequoia Capital⟩ led its $40 million Series A", "⟨A⟩ and ⟨B⟩, its venture arm, also invested", "brought in ⟨A⟩ and ⟨B⟩"
    rf"|(⟨\d+:(?:Company|Organization|Person)⟩)\s+(?:led|co-led)\s+(?:its|the\s+company's|the\s+startup's)\s+(?:[^⟨.;]{{0,30}}?\s)?"
    rf"(?:Series\s+[A-Z]|seed|round|funding\s+round|financing)\b"
    rf"|{_LIST_AND},"
    rf"\s+[^,⟨;]{{0,60}}?(?:⟨\d+:\w+⟩(?:'s|’s)\s+[^,⟨;]{{0,30}})?,\s+also\s+(?:invested|participated|took part|chipped in)\b"
    rf"|\bbrought\s+in\s+{_LIST_AND}"
    rf"|(⟨\d+:(?:Company|Organization)⟩),\s+(?:along with|together with|alongside|gemeinsam mit|zusammen mit)\s+[^⟨]{{0,40}}?"
    rf"((?:⟨\d+:(?:Company|Organization|Person)⟩(?:\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+))*⟨\d+:(?:Company|Organization|Person)⟩),"
    rf"\s+(?:also\s+|auch\s+)?(?:participated|took part|invested|joined|beteiligte\w*|investierte\w*)"
    rf"|(⟨\d+:(?:Company|Organization|Person)⟩)\s+(?:has\s+been|had\s+been|was|is)\s+(?:also\s+)?an?\s+(?:early\s+|longtime\s+|"
    rf"long-time\s+|existing\s+)?(?:investor|backer|shareholder)\s+(?:since|as well|too|from the start)\b")


# "Dani Yogatama, who serves as chief executive", "Jason Warner, who serves as CEO": a post with no company named
SERVES_AS = re.compile(r"⟨(\d+):Person⟩,?\s+(?:who|der|die)\s+(?:now\s+|also\s+|currently\s+)?(?:serves|served|acts|fungiert|amtiert)\s+"
                       r"(?:as|als)\s+(?:the\s+|its\s+|der\s+|die\s+)?(" + TITLE + r")(?!\s+(?:of|at|von|bei|des|der|for|für)\b|\s*⟨)")
# "sagt Rombach, der als Vorstandschef die Geschäfte führt", "Mensch, der das Unternehmen als CEO führt": a post held, no company named
LEADS_AS = re.compile(r"⟨(\d+):Person⟩,?\s+(?:der|die|who)\s+(?:[\w-]+\s+){0,4}?(?:als|as)\s+(" + TITLE + r")\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:führt|leitet|führte|leitete|runs|leads|ran|led)\b")
# "sagte Co-Chef Gundbert Scherf", "Chief Financial Officer Ron Jacobs said": a top post, in a sentence naming no organisation
TOP_POST = re.compile(r"(?<![\w-])((?:Co-)?(?:" + CEO_T + "|" + FOUNDER_T + r"|Chief [A-Z]\w+(?: [A-Z]\w+)? Officer|CFO|CTO|COO|"
                      r"Finanzchef(?:in)?|Technikchef(?:in)?|Finanzvorstand|Technikvorstand))\s+⟨(\d+):Person⟩")


RUNS_PART = re.compile(r"⟨(\d+):Person⟩\s+(?:leitet|verantwortet|führt|runs|leads|heads|oversees|manages)\s+(?:(?:die|das|den|the|its|seine|ihre)\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:Forschung|Entwicklung|Geschäft\w*|Vertrieb|Technik|Produkt\w*|Finanzen|Strategie|research|"
                       r"engineering|product\w*|sales|business|operations|hardware|software|finance|strategy)\b")
FOUNDED_BY_PRONOUN = re.compile(r"(?:^|[.;]\s+)(?:Gegründet|Mitgegründet)\s+(?:hat|haben|hatte|hatten)\s+(?:es|sie|ihn)\s+|"
                                r"(?:^|[.;]\s+)(?:It|The company|The startup|The start-up)\s+was\s+(?:co-)?founded\s+"
                                r"(?:in\s+\d{4}\s+)?by\s+")


POST_OF = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:co-?founder|founder|Mitgründer(?:in)?|Gründer(?:in)?|CEO|chief executive|"
                     r"[Cc]hef(?:in)?|partner|Partner(?:in)?|chairman)\s+⟨(\d+):Person⟩")


def _list_at(text: str, pos: int, types: tuple[str, ...] = ("Company", "AIModel")) -> list[int]:
    """The mentions of a list that starts at ``pos``: "⟨A⟩, ⟨B⟩ und ⟨C⟩" (descriptors between allowed)."""
    out = []
    m = re.match(r"(?:⟨\d+:Place⟩(?:'s|’s)\s+)?⟨(\d+):(\w+)⟩", text[pos:])
    while m is not None:
        # "⟨Hugging Face⟩ co-founder ⟨Thomas Wolf⟩": the company only names the member's post
        post = POST_OF.match(text, pos + m.end())
        if post is not None:
            if "Person" in types:
                out.append(int(post.group(1)))
            pos = post.end()
        else:
            if m.group(2) in types:
                out.append(int(m.group(1)))
            pos += m.end()
        m = re.match(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:aus|from|in)\s+(?:den\s+|der\s+|the\s+)?⟨\d+:Place⟩)?"
                     r"(?:,\s+(?:der|die|das|the|a|an)\s+[^,⟨]{0,60},)?(?:\s*,\s*(?:and\s+|und\s+|sowie\s+|or\s+)?|"
                     r"\s+(?:and|und|sowie|or|oder)\s+)(?!(?:and\s+|und\s+)?(?:with|mit)\b)(?:(?:the|der|die|dem|den|von)\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:⟨\d+:Place⟩(?:'s|’s)\s+)?⟨(\d+):(\w+)⟩", text[pos:])
    return out


def guesses(view: View, related: set[frozenset[str]], person_linked: set[str], topic: int | None = None,
            lead: int | None = None, funded: int | None = None) -> list[Found]:
    """Guesses for the pairs of this sentence that ``related`` (pairs of names any fact joins) leaves open.
    ``person_linked``: people this sentence already ties to an organisation; ``topic``: the index in
    ``view.mentions`` of the company in focus, ``lead`` that of the article's lead company (both appended by the
    caller after the sentence's own mentions, so no placeholder of the text names them); ``funded`` that of the
    company the one in focus invested in lately, whose backers an unattributed investor list names, else the topic."""
    out: list[Found] = []
    ms = view.mentions
    text = view.text
    taken: set[frozenset[str]] = set()

    def add(s: int, p: str, o: int, conf: float, rule: str) -> None:
        a, b = ms[s], ms[o]
        pair = frozenset((a.name, b.name))
        if a.name == b.name or pair in related or pair in taken:
            return
        taken.add(pair)
        out.append(Found(s, p, o, conf, rule))

    # ---- people and their organisations
    for m in PER_ROLE_ORG.finditer(text):
        p, o = int(m.group(1)), int(m.group(3))
        if ms[p].name in person_linked or not ROLE.search(m.group(2)):
            continue
        add(p, "worksFor", o, 0.5, "role-at")
    for m in ORG_ROLE_PER.finditer(text):
        o, p = int(m.group(1)), int(m.group(3))
        if ms[p].name in person_linked or not ROLE.search(m.group(2).split()[-1]):
            continue
        add(p, "worksFor", o, 0.45, "org-role")
    for m in re.finditer(r"⟨(\d+):Person⟩", text):  # the topic has no placeholder: it is never found here
        p = int(m.group(1))
        if PASSIVE_AGENT.search(text[:m.start()]):
            continue
        after = text[m.end():]
        for w in re.finditer(r"⟨(\d+):(?:Company|Organization)⟩", after[:120]):
            if not WORKED_AT.search(after[:w.start()]):
                continue
            # the organisation and those listed with it: "at ⟨Google Brain⟩ and ⟨Meta AI⟩"
            o = int(w.group(1))
            add(p, "worksFor", o, 0.45, "worked-at")
            pos = w.end()
            while (nx := NEXT_ORG.match(after, pos)) is not None:
                add(p, "worksFor", int(nx.group(1)), 0.45, "worked-at")
                pos = nx.end()
            break

    # ---- "a partnership with ⟨X⟩", "arbeitet mit ⟨X⟩ zusammen": X and the clause's subject, else the company in focus
    for m in PARTNER_WITH.finditer(text):
        before = [int(i) for i in re.findall(r"⟨(\d+):Company⟩", text[:m.start()])]
        subj = before[0] if before else topic
        # "Lizenzverträge mit ⟨Adobe⟩, ⟨Canva⟩ und ⟨Meta⟩": every member of the list
        for x in _list_at(text, m.start(1) - 1, ("Company",)) or [int(m.group(1))]:
            if subj is not None and subj != x:
                add(subj, "partnersWith", x, 0.5, "partner-with")
    # ---- "rival ⟨X⟩", "konkurriert mit ⟨X⟩ und ⟨Y⟩", "Herausforderer von ⟨X⟩": the clause's subject, else the company in focus
    last_subj = None
    for m in RIVAL_OF.finditer(text):
        xs = _list_at(text, m.end())
        # the nearest company before, not a possessor or a compound's first part ("Tesla-Chef", "Nvidia's"); after a
        # fronted verb the company right after it ("konkurriert NXAI mit ..."); after "sondern auch mit" the same as before
        before = [int(b.group(1)) for b in re.finditer(r"⟨(\d+):Company⟩(?!-|'s\s|’s\s|s\s)", text[:m.start()])]
        inside = [int(b.group(1)) for b in re.finditer(r"⟨(\d+):Company⟩", m.group(0))] if m.group("verb") else []
        subj = last_subj if m.group("more") and last_subj is not None else (
            inside[0] if inside else (before[-1] if before else (lead if lead is not None else topic)))
        last_subj = subj
        for x in xs:
            if subj is not None and subj != x and ms[x].type == ms[subj].type:
                add(subj, "competesWith", x, 0.4, "rival-of")
    # ---- "backed by ⟨X⟩ and ⟨Y⟩", "with participation from ⟨X⟩", "existing investors ⟨X⟩": investors of the company in focus
    backed = funded if funded is not None else topic  # whose backers a list names when no company stands before it
    for m in BACKED_BY.finditer(text):
        xs = _list_at(text, m.end(), ("Company", "Organization", "Person"))
        before = [(int(b.group(1)), b.end()) for b in re.finditer(r"⟨(\d+):Company⟩", text[:m.start()])]
        # "⟨X⟩, backed by", "⟨X⟩, another listing whose backers include": the company named before; else the one in focus
        target = before[-1][0] if before and (re.search(r"backed|unterstützt|finanziert", m.group(0)) or re.search(
            r"\b(?:whose|dessen|deren)\b", text[before[-1][1]:m.start()])) else backed
        for x in xs:
            if target is not None and target != x:
                add(x, "investsIn", target, 0.5, "backed-by")
    if backed is not None:
        for m in [*PARTICIPATED.finditer(text), *PARTICIPATED_MORE.finditer(text)]:
            if re.match(r"(?:der|des)\s", text[m.start():]) and re.search(r"[A-ZÄÖÜ][\w-]+\s+$", text[:m.start()]):
                continue  # "der EIC Fund der ⟨Europäischen Kommission⟩ beteiligten sich": a genitive, not an investor
            for x in (int(i) for g in m.groups() if g for i in re.findall(r"⟨(\d+):", g)):
                if x != backed:
                    add(x, "investsIn", backed, 0.5, "participated")
    # ---- posts named without the company: the company in focus
    if topic is not None and not re.search(r"⟨\d+:(?:Company|Organization)⟩", text):
        for rx in (SERVES_AS, LEADS_AS, TOP_POST):
            for m in rx.finditer(text):
                p, title = (int(m.group(2)), m.group(1)) if rx is TOP_POST else (int(m.group(1)), m.group(2))
                if ms[p].name in person_linked:
                    continue
                for pred in title_predicates(title):
                    if pred == "foundedBy":
                        add(topic, pred, p, 0.45, "post-of-focus")
                    else:
                        add(p, pred, topic, 0.45, "post-of-focus")
    # ---- "Saadi leitet die Forschung", "Wilk runs hardware": a person who runs a part of the company in focus
    if topic is not None:
        for m in RUNS_PART.finditer(text):
            p = int(m.group(1))
            if ms[p].name not in person_linked:
                add(p, "worksFor", topic, 0.45, "runs-a-part")
    # ---- "Gegründet hat es Johanna Berger gemeinsam mit A und B", "It was founded in 2021 by A and B": founders of the
    # company in focus, which the sentence names only by a pronoun
    fm = FOUNDED_BY_PRONOUN.search(text)
    if fm is not None and topic is not None and not re.search(r"⟨\d+:(?:Company|Organization)⟩", text[:fm.end()]):
        for p in (int(i) for i in re.findall(r"⟨(\d+):Person⟩", text[fm.end():])):
            add(topic, "foundedBy", p, 0.5, "founded-by-pronoun")
    return out
