"""Coreference of descriptions ("das Unternehmen", "the Chinese start-up", "das neue Modell") to the
entity they stand for, by type and salience (the subject of the nearest sentence before)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.loaders.extract.mentions import Mention
from kg.loaders.extract.sentences import Sentence

__all__ = ["Salience", "find_descriptions"]

_DE_COMPANY_HEAD = (r"(?:[\w-]*[Uu]nternehmen|[\w-]*[Kk]onzern|[\w-]*Start-?up|[\w-]*[Ff]irma|[\w-]*[Aa]nbieter|"
                    r"[\w-]*[Hh]ersteller|[\w-]*[Rr]iese|[\w-]*[Pp]ionier|[\w-]*[Gg]igant|[\w-]*[Ee]ntwickler|"
                    r"[\w-]*[Ss]pezialist|[\w-]*[Cc]hipdesigner|[\w-]*Tochter\w*|[\w-]*[Ff]ertiger|[\w-]+betreiber|[\w-]*Labor|[\w-]*Rivale|[\w-]*Konkurrent)")
DE_COMPANY = re.compile(
    rf"(?<![\w-])(?P<det>[Dd]as|[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es)\s+(?P<mods>(?:(?!(?:der|die|das|des|dem|den)\s)[\w-]+(?:,(?=\s+[A-ZÄÖÜ]))?\s+){{0,10}}?)"
    rf"(?P<head>{_DE_COMPANY_HEAD}(?:s|es|en|n)?)(?![\w-])")
EN_COMPANY = re.compile(
    r"(?<![\w-])(?P<det>[Tt]he)\s+(?P<mods>(?:[\w-]+,?\s+){0,4}?)"
    r"(?P<head>company|firm|start-?up|group|giant|lab|chipmaker|maker|developer|conglomerate|retailer|provider|rival|competitor|"
    r"operator|unicorn|specialist|supplier|vendor|owner)(?![\w-])")
DE_MODEL = re.compile(
    r"(?<![\w-])(?P<det>[Dd]as|[Dd]es|[Dd]em)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
    r"(?P<head>[\w-]*[Mm]odells?)(?:\s+von\s+(?P<of>[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?))?(?![\w-])")
EN_MODEL = re.compile(r"(?<![\w-])(?P<det>[Tt]he)\s+(?P<mods>(?:(?:new|latest|newest|updated)\s+(?:[\w-]+\s+)?)?)"
                      r"(?P<head>model)(?![\w-])")
EN_PRONOUN = re.compile(r"^(?P<det>It)\s+(?=(?:also|has|had|will|would|plans|planned|said|says|agreed|launched|released|competes|competed|"
                        r"announced|reported|raised|acquired|bought|expects|wants|aims|did|does|now|then|already|"
                        r"recently|previously|unveiled|introduced)\b)(?P<mods>)(?P<head>)")
# "In December it acquired Carbon", "..., and in 2023 it paid $1.3 billion for MosaicML": a company pronoun inside the sentence
EN_PRONOUN_MID = re.compile(r"(?<![\w-])(?P<det>it)\s+(?=(?:also\s+|later\s+|then\s+|now\s+|already\s+|previously\s+)?"
                            r"(?:acquired|bought|paid|raised|launched|released|unveiled|introduced|agreed|signed|announced|"
                            r"invested|hired|opened|sold|took over|listed|went public|partnered|struck)\b)(?P<mods>)(?P<head>)")
PRONOUN_MID_BEFORE = re.compile(r"(?:(?:[,:;]\s*|\b(?:and|but|when|after|since|while|because|where)\s+)(?:(?:in|on|at|last|by|earlier)\s+[\w ]{1,20}?\s)?|"
                                r"^(?:In|On|At|Last|Earlier|Later|Since|By|This|Next)\b[\w ]{0,24}\s)$")
# "Der 52-Jährige", "the 46-year-old": a person by their age
AGE_PERSON = re.compile(r"(?<![\w-])(?P<det>[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Tt]he)\s+(?P<mods>)(?P<head>\d{2}-[Jj]ährige[nrm]?|\d{2}-year-old)"
                        r"(?![\w-])")
# "Der Leitindex notierte 0,4 Prozent im Plus", "the benchmark index fell": the index named last
INDEX_DESC = re.compile(r"(?<![\w-])(?P<det>[Dd]er|[Dd]en|[Dd]es|[Tt]he)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
                        r"(?P<head>Leitindex|Auswahlindex|Technologieindex|Index|Börsenindex|benchmark index|index|benchmark)"
                        r"(?![\w-])(?!\s+[A-ZÄÖÜ0-9])")
MODEL_ACT_AFTER = re.compile(r"\s+(?:also\s+|even\s+|clearly\s+)?(?:beats|beat|outperform\w*|surpass\w*|scor\w*|achiev\w*|reach\w*|"
                             r"tops|topped|outscor\w*|ranks|ranked|is based|was based|was trained|is trained|has \d)\b")
# "übertreffe es X", "it outperformed X": a pronoun standing for the model the text is about
MODEL_PRONOUN = re.compile(r"(?<![\w-])(?:es|Es|it|It)(?![\w-])")
MODEL_ACT = re.compile(r"(?i)\b(?:tritt\b[^.]{0,80}?\ban\b|konkurriert|competes|übertr\w+|liegt|lag|schlägt|schlug|erreicht\w*|erzielt\w*|beat\w*|outperform\w*|surpass\w*|scor\w+|trail\w*|edged|"
                       r"achiev\w+|reach\w+|outscor\w+|tops|topped|umfasst|has \d[\d.,]*\s*(?:billion|trillion)|hat \d)")
FEMININE = re.compile(r"(?:[Ff]irma|[Tt]ochter\w*|[Gg]esellschaft)$")
PLURAL_MODS = re.compile(r"\b(?:beiden|großen|anderen|mehrere|vielen|meisten|einigen|other|both|many)\b")


_HEAD_WORDS = (_DE_COMPANY_HEAD[3:-1] + r"|company|firm|start-?up|startup|group|giant|lab|chipmaker|maker|developer|"
               r"provider|operator|specialist|supplier|vendor")
HEAD_BEFORE = re.compile(r"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Tt]he|[Aa]n?|[Ee]ine?[mnrs]?)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?P<head>(?:" + _HEAD_WORDS + r")(?:s|es|en|n)?)\s+$")
HEAD_AFTER = re.compile(r",\s+(?:a|an|the|ein|eine|einem|einer|der|die|das)\s+(?!(?:dem|der|den|denen|dessen|deren|die|das)\s)(?:[\w-]+\s+){0,4}?"
                        r"(?P<head>(?:" + _HEAD_WORDS + r")(?:s|es|en|n)?)\b"
                        r"(?!\s+(?:[\w-]+\s+){0,3}?(?:said|says|sagte|sagt|announced|teilte|mitteilte|erklärte|told)\b)")
GENERIC_HEADS = {"unternehm", "company", "firm", "firma", "group", "gesellschaft", "konzern", ""}


NAME_HEADS = {"labor": "Labs?|Labor", "lab": "Labs?|Labor", "bank": "Bank", "gruppe": "Gruppe|Group", "group": "Gruppe|Group",
              "studio": "Studios?", "fond": "Fonds|Fund", "fund": "Fund|Fonds"}


OBJECT_OF_DEAL = re.compile(r"\b(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|schluckt|acquires|acquired|buys|bought|"
                            r"invests in|invested in|investiert in|beteiligt sich an|takes over|took over)\s+(?:[\w-]+\s+){0,2}?$")


def head_key(word: str) -> str:
    w = word.casefold().replace("-", "")
    w = w.split("ki")[-1] if w.startswith("ki") else w
    return re.sub(r"(?:en|es|s|n)$", "", w)


@dataclass
class Salience:
    """What the recent sentences were about, by type."""

    history: list[list[Mention]] = field(default_factory=list)  # resolved mentions per sentence
    counts: dict[str, int] = field(default_factory=dict)  # company name -> mentions so far
    first: dict[str, Mention] = field(default_factory=dict)

    prev_subject: Mention | None = None  # the company that opens the sentence before, if one does
    heads: dict[str, list[Mention]] = field(default_factory=dict)  # description head -> the companies it named
    described: dict[str, set[str]] = field(default_factory=dict)  # company -> head nouns that described it

    def compatible(self, name: str, desc: str) -> bool:
        """False when a description's size contradicts an earlier one: "der Konzern" is not the company that
        was introduced as "das Start-up", and "the startup" is not "the conglomerate"."""
        words = desc.split()
        last = words[-1].casefold() if words else ""
        seen = self.described.get(name, set())
        big = re.compile(r"konzer|riese|gigant|giant|conglomerate")
        if big.search(last) and "startup" in seen:
            return False
        if re.search(r"start-?up", last) and any(big.search(k) for k in seen):
            return False
        return True

    def latest(self, types: tuple[str, ...], back: int = 4):
        """The mentions of ``types`` in the last ``back`` sentences, the latest first."""
        for sent in reversed(self.history[-back:]):
            for m in reversed(sent):
                if m.type in types:
                    yield m

    def recent_compatible(self, desc: str, back: int = 3) -> Mention | None:
        return next((m for m in self.latest(("Company",), back) if self.compatible(m.name, desc)), None)

    def learn_heads(self, text: str, mentions: list[Mention]) -> None:
        """Remember which company a specific description named ("das Münchner Start-up Neuralwerk",
        "Quillstream, a Toronto-based startup") so that a later "des Start-ups" finds it; a head that named
        two companies is ambiguous and dropped."""
        for m in mentions:
            if m.type != "Company" or m.method == "coref":
                continue
            before = HEAD_BEFORE.search(text[max(0, m.start - 80):m.start])
            after = HEAD_AFTER.match(text[m.end:m.end + 100])
            for hm in (before, after):
                if hm is None:
                    continue
                key = head_key(hm.group("head"))
                if key:
                    self.described.setdefault(m.name, set()).add(key)
                if not key or key in GENERIC_HEADS:
                    continue
                named = self.heads.setdefault(key, [])
                named[:] = [x for x in named if x.name != m.name] + [m]

    def by_head(self, desc: str) -> Mention | None:
        words = desc.split()
        named = self.heads.get(head_key(words[-1]), []) if words else []
        if not named and words:
            # "das Labor" after "Tessera Labs", "die Bank" after "DZ Bank": the head is the last word of one name
            key = NAME_HEADS.get(head_key(words[-1]))
            cands = {n: m for n, m in self.first.items() if key and re.search(rf"\s(?:{key})$", n)}
            return next(iter(cands.values())) if len(cands) == 1 else None
        if len(named) <= 1:
            return named[0] if named else None
        # a head that named several companies ("das Start-up Mistral AI" ... "das Start-up Tessera"): the one of
        # them mentioned last, if it was mentioned in the last two sentences
        names = {x.name: x for x in named}
        for sent in reversed(self.history[-2:]):
            for m in reversed(sent):
                if m.name in names:
                    return names[m.name]
        return None

    def push(self, mentions: list[Mention], text: str = "", start: int = 0) -> None:
        self.history.append(mentions)
        first = min(mentions, key=lambda m: m.start) if mentions else None
        lead = text[:first.start - start] if first is not None else ""
        self.prev_subject = first if first is not None and first.type == "Company" and re.fullmatch(
            r"\s*(?:(?:The|Der|Die|Das)\s+(?:[\w-]+\s+){0,2}?)?", lead) and not re.search(
            r"[„\"“]", lead) else None
        for m in mentions:
            if m.type == "Company":
                self.counts[m.name] = self.counts.get(m.name, 0) + 1
                self.first.setdefault(m.name, m)

    def main(self) -> Mention | None:
        """The article's dominant company (named at least four times and twice as often as any other),
        recent or not: whom "der Rivale AMD" is a rival of after a digression about customers."""
        counts = self.counts
        if not counts:
            return None
        best = max(counts, key=lambda n: (counts[n], -self.first[n].start))
        second = max((c for n, c in counts.items() if n != best), default=0)
        return self.first[best] if counts[best] >= 3 and counts[best] >= 2 * second else None

    def lead(self) -> Mention | None:
        """The company the article is about, for guesses: of the companies named at least half as often as the most
        named one, the one named first (the headline's company, not the investor quoted as often)."""
        counts = self.counts
        if not counts:
            return None
        top = max(counts.values())
        return min((self.first[n] for n, c in counts.items() if 2 * c >= top), key=lambda m: m.start)

    def topic(self, back: int = 3) -> Mention | None:
        """The company mentioned most often so far, if it was mentioned in the last ``back`` sentences."""
        counts, first = self.counts, self.first
        if not counts:
            return None
        best = max(counts, key=lambda n: (counts[n], -first[n].start))
        recent = {m.name for sent in self.history[-back:] for m in sent}
        return first[best] if best in recent else None

    def company_for(self, s: Sentence, a: int, same: list[Mention]) -> Mention | None:
        """The company a description at ``a`` stands for: the subject of its sentence unless the description
        sits in that subject's own clause as an object; else the article's topic company when it is
        current; else the subject of the sentence before."""
        head = s.text[:a - s.start]
        cands = [m for m in same if m.type == "Company" and m.end <= a]
        rel = re.search(r"(⟩|\w),\s+(?:(?:an|bei|mit|von|zu|in|für|über|auf|um)\s+)?(?:dem|der|denen|dessen|deren|den)\s+$", head)
        if cands and rel is not None and re.fullmatch(r"\s*,\s+(?:(?:an|bei|mit|von|zu|in|für|über|auf|um)\s+)?\w+\s+",
                                                      s.text[cands[-1].end - s.start:a - s.start]):
            # "OpenAI, an dem der Softwarekonzern 27 Prozent hält": the subject of a relative clause is not its antecedent
            others = [c for c in [*cands[:-1], self.topic(), self.prev_subject, self.main()] if c is not None
                      and c.name != cands[-1].name]
            return others[0] if others else None
        prep = re.search(r"\b(?:in|an|at|von|bei|of|with|mit|für|for|into|from|über|to|on|am|im|beim)\s*$", head)
        if cands and re.fullmatch(r"\s*,\s*", s.text[cands[-1].end - s.start:a - s.start]) and not re.match(
                r"(?:[\w-]+\s+){0,6}?(?:said|says|sagte|sagt|announced|teilte|mitteilte|erklärte)\b",
                s.text[a - s.start:]) and not re.match(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,4}?[\w-]+(?:'s|’s)\s", s.text[a - s.start:]):
            return cands[-1]  # an apposition: "SAP, the Walldorf-based software group"
        if cands and OBJECT_OF_DEAL.search(head):
            # "Die Schwarz Gruppe übernimmt das Heidelberger KI-Unternehmen": the object of a deal is another company
            others = [c for c in (self.topic(), self.main(), self.recent(("Company",), back=2)) if c is not None
                      and c.name not in {x.name for x in cands}]
            return others[0] if others else None
        if cands:
            first = cands[0]
            lead = s.text[:first.start - s.start]
            # from the subject (the last name of a subject list: "Microsoft and Nvidia agreed ... in the startup")
            last_subj = first
            for c in cands[1:]:
                if re.fullmatch(r"\s*(?:,|and|und|sowie)\s*", s.text[last_subj.end - s.start:c.start - s.start]):
                    last_subj = c
            between = s.text[last_subj.end - s.start:a - s.start]
            subject = not re.search(r"\b(?:von|by|of|mit|with|bei|at|for|für|from|aus|wie|like|including|darunter|led)\s*$",
                                    lead) and len(lead) < 40
            boundary = re.search(r"[,;:–—]|\b(?:said|says|sagte|sagt|dass|that|which|who|während|while|nachdem|after|"
                                 r"because|weil|und|and)\b(?!\s+[$€£\d])", between)
            clause_subject = re.search(r"(?:^|[,;:„\"]|\b(?:said|says|sagte|sagt|dass|that|and|und|nachdem|after|while|"
                                       r"während|because|weil|als|when|wie|as|obwohl|obgleich|although|though|da|zumal|"
                                       r"wobei|since))\s*$", head)
            topic = self.topic()
            if subject and not (prep and not boundary) and (
                    clause_subject or topic is None or topic.name == first.name):
                return first
            if subject and prep and not boundary:
                # the object of its own subject's verb is another company than the subject
                names = {c.name for c in cands}
                others = [c for c in (self.topic(), self.prev_subject, self.main()) if c is not None and c.name not in names]
                return others[0] if others else None
        if not cands and self.prev_subject is not None and self.counts.get(self.prev_subject.name, 0) >= 2:
            return self.prev_subject  # the last compatible subject: "Quillstream was founded ... The startup ..."
        topic = self.topic()
        if topic is not None:
            return topic
        if cands:
            return cands[-1]
        last = {m.name: m for m in (self.history[-1] if self.history else []) if m.type == "Company"}
        if len(last) == 1:
            return next(iter(last.values()))  # the only company of the sentence before
        return self.main() or self.recent(("Company",))

    def recent(self, types: tuple[str, ...], back: int = 4, last: bool = False) -> Mention | None:
        """The subject (first mention) of the nearest earlier sentence that has one of ``types`` (with
        ``last``, the last such mention of that sentence)."""
        for sent in reversed(self.history[-back:]):
            for m in (reversed(sent) if last else sent):
                # "knapp unter den 85,7 Prozent von GPT-5": a model named as a comparison's yardstick is not in focus
                if m.type in types and not m.extra.get("compared"):
                    return m
        return None


def find_descriptions(s: Sentence, lang: str, named: list[Mention] = ()) -> list[tuple[int, int, str, str | None, str]]:
    """Description spans in a sentence: (start, end, type, 'of' text, matched text); offsets in the doc."""
    out = []
    for rx, typ in ((DE_COMPANY, "Company"), (EN_COMPANY, "Company"), (DE_MODEL, "AIModel"), (EN_MODEL, "AIModel"),
                    (EN_PRONOUN, "Company"), (EN_PRONOUN_MID, "Company"), (INDEX_DESC, "StockIndex"), (AGE_PERSON, "Person")):
        for m in rx.finditer(s.text):
            det, head, mods = m.group("det").lower(), m.group("head"), m.group("mods")
            if PLURAL_MODS.search(mods):
                continue
            if rx is EN_PRONOUN_MID and not PRONOUN_MID_BEFORE.search(s.text[:m.start()]):
                continue
            if typ == "Company" and re.fullmatch(r"group|unit|lab", head) and re.search(
                    r"\b(?:device|hardware|software|research|product|engineering|design|applications?|sales|marketing|safety|"
                    r"policy|working|user|focus|interest|advocacy|industry|trade|lobby|consumer|team)\s*$", mods):
                continue  # "the device group": a unit inside a company, not the company
            if typ == "Company" and rx is DE_COMPANY:
                base = re.sub(r"(?:s|es|en|n)$", "", head)
                feminine = bool(FEMININE.search(head))
                if det == "die" and not feminine:
                    continue  # "die Unternehmen": plural
                if det == "den" and head.endswith("en") and "onzern" not in head:
                    continue
                if det == "der" and feminine:
                    pass
                del base
            initial = m.start() == 0 or s.text[:m.start()].strip() in ("", "„", "\"")
            if typ == "AIModel" and rx is DE_MODEL:
                plain = det == "das" and re.fullmatch(r"(?:KI-)?Modell", head) is not None
                if not (initial or plain or re.search(r"neu|jüngst|aktuell|erst", mods) or m.group("of")):
                    continue
            if typ == "AIModel" and rx is EN_MODEL and not (initial or mods.strip() or MODEL_ACT_AFTER.match(s.text[m.end():])):
                continue
            nxt_named = next((n for n in named if n.start == s.start + m.end() + 1), None)
            if re.match(r"\s+[A-ZÄÖÜ]", s.text[m.end():]) and typ == "Company" and not (
                    nxt_named is not None and nxt_named.type in ("AIModel", "Product", "Person", "Place")):
                continue  # "der Softwarehersteller Client Service International": an apposition
            if typ == "Company" and re.search(r"Tochter\w*$", head) and re.search(r",\s*$", s.text[:m.start()]) and re.match(
                    r"\s+(?:der|des|von|vom)\s+(?:[\w-]+\s+)?[A-ZÄÖÜ]", s.text[m.end():]):
                continue  # "der Cloud-Tochter der Schwarz Gruppe": a relation to a named parent, see the rules
            if nxt_named is not None and not (typ == "Company" and nxt_named.type in ("AIModel", "Product", "Person", "Place")):
                continue  # "das Modell ERNIE 4.5": the name follows
            of = m.groupdict().get("of")
            out.append((s.start + m.start(), s.start + m.end(), typ, of, m.group()))
    return out
