"""Benchmark comparisons between models, clause by clause: "On GPQA Diamond it trailed DeepSeek-V3.2", "liegt FLUX.2 vor
Seedream 4.0 und knapp hinter Nano Banana Pro", "Hier schlägt Olmo 3 Think beide Konkurrenten".

Works on a templated sentence (see ``template``): each comparison cue has the models right after it as its objects; the
clause's model that is no object is the subject. A cue of superiority gives subject ``outperforms`` object, one of
inferiority the reverse; the subject of a comparison on the clause's one benchmark was evaluated on it (the models it is
compared with only where a score is given, which the caller judges)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Comparison", "comparisons"]

_M = r"⟨\d+:AIModel⟩"
_LEAD = r"(?:(?:the|der|die|das|dem|den|des|auch|also|even|noch|knapp|deutlich|klar|weit|narrowly|comfortably|both|sowohl)\s+|[\w-]+(?:'s|’s|s)\s+)*"
# superiority: the clause's subject is better than the models that follow
SUPERIOR = re.compile(
    r"\b(?:beat|beats|beating|outperform(?:s|ed|ing)?|outscor(?:es|ed|ing|e)|surpass(?:es|ed|ing)?|ahead of|edged past|edges past|"
    r"edged out|edges out|tops|topped|bested|trumps|trumped|higher(?: score)? than|better than|stronger than|"
    r"(?:well |far |comfortably |clearly )?above|"
    r"übertrifft|übertraf|übertrafen|übertroffen|übertreffe|schlägt|schlug|schlage|schlugen|geschlagen(?! geben)|"
    r"besser\s+(?:(?:ab|abgeschnitten|abschneiden|abschneide|gewesen)\s+)?als|stärker als|leistungsfähiger als|(?:hinter sich (?:gelassen|lassen|lässt|ließ|lasse)))\s+"
    r"|\b(?:noch\s+|knapp\s+|deutlich\s+|klar\s+|weit\s+)?vor\s+(?=" + _LEAD + _M + r")")
# inferiority: the models that follow are better than the clause's subject
INFERIOR = re.compile(
    r"\b(?:trail(?:s|ed|ing)?|lag(?:s|ged)? behind|falls? short of|fell short of|beaten by|outperformed by|edged out by|"
    r"outscored by|unterliegt|unterlag|(?:well |far |just |slightly )?below)\s+"
    # "came in just behind X", "3 points behind X"; not "the lab behind X"
    r"|\b(?:(?:is|was|are|were|came(?:\s+in)?|comes(?:\s+in)?|ranked|ranks|finished|finishes|landed|lands|sits|sat|remains|remained|"
    r"stays|stayed|placed|points|percent|%|\d)\s+(?:just\s+|narrowly\s+|slightly\s+|well\s+|far\s+|only\s+|still\s+|close\s+)?|"
    r"(?:just|narrowly|slightly|well|far|only|still)\s+)behind\s+"
    r"|\b(?:knapp\s+|deutlich\s+|klar\s+|weit\s+)?[Hh]inter\s+(?!sich\b)(?=" + _LEAD + _M + r")")
# a model that "must concede" to another: "muss sich Kimi K3 Googles Gemini 2.5 Pro knapp geschlagen geben"
CONCEDES = re.compile(r"\bgeschlagen\s+geben\b")
# German "vor"/"hinter" rank only with a verb of position: "liegt X vor Y", "landete knapp hinter Y"; not "zwei Wochen vor Y"
POSITION_VERB = re.compile(r"\b(?:liegt|lag|liege|lagen|liegen|landet|landete|lande|bleibt|blieb|rangiert\w*|platziert\w*|zurück|"
                           r"Platz|setzt sich|setzte sich)\b")
# "it beat X", "Google's model scored 79.1%, just behind X", "kommt es auf 76,2 Prozent": the model the text is about
FOCUS_WORD = re.compile(r"\b(?:it|It|es|Es|er|Er)\b|\b(?:[Tt]he|[Dd]as|[Ii]ts|[Ss]ein)\s+(?!(?:smaller|larger|other|rival|older|previous|"
                        r"earlier|second|competing|kleinere|größere|andere|ältere)\b)(?:[\w-]+\s+)?(?:[Mm]odel|Modell)\b|"
                        r"(?:'s|’s|s)\s+(?:new\s+|neues\s+)?(?:[Mm]odel|Modell)\b")
V2_VERB = re.compile(r"übertrifft|übertraf|übertrafen|übertreffe|schlägt|schlug|schlage|schlugen")
CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:but|while|whereas|although|though|aber|doch|jedoch|während|and|und|wobei)\s+|"
                          r"\s+(?:but|whereas|aber|jedoch)\s+")
MODEL = re.compile(r"⟨(\d+):AIModel⟩")
BENCH = re.compile(r"⟨(\d+):Benchmark⟩")
# the models after a cue end where a benchmark or a score begins a new part: "beat X on AIME 2025 and Y on ..."
OBJECT_END = re.compile(r"⟨\d+:Benchmark⟩|[,;]\s+(?!(?:and|und|sowie)\s)|\s(?:in|on|at|bei|beim|im|auf)\s+(?!" + _M + r")")


@dataclass(frozen=True)
class Comparison:
    """One fact of a benchmark comparison: mention indices of the view (``None`` stands for the model in focus, which
    the clause does not name), a predicate (``outperforms`` or ``evaluatedOn``) and the object's index."""

    subject: int | None
    predicate: str
    obj: int | None


def _objects(text: str, start: int) -> list[int]:
    """The models named in a list right after a cue."""
    stop = OBJECT_END.search(text, start)
    part = text[start:stop.start() if stop else len(text)]
    out: list[int] = []
    last = 0
    for m in MODEL.finditer(part):
        gap = part[last:m.start()]
        # "GPT-5 von OpenAI und Gemini 2.5 Pro von Google": a maker named after each model
        gap = re.sub(r"^\s+(?:von|of|from)\s+⟨\d+:(?:Company|Organization)⟩", "", gap)
        if out and not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|und|sowie|als auch|or|oder)\s+)?(?:(?:vor|ahead of)\s+)?" + _LEAD, gap):
            break
        out.append(int(m.group(1)))
        last = m.end()
    return list(dict.fromkeys(out))


def comparisons(text: str) -> list[Comparison]:
    """The outperforms and evaluatedOn facts of the comparisons in a templated sentence."""
    if "AIModel" not in text:
        return []
    out: list[Comparison] = []
    benches = {int(b) for b in BENCH.findall(text)}
    pos = 0
    carried: int | None = None
    for part in [*CLAUSE_BREAK.split(text)]:
        start = text.find(part, pos)
        pos = start + len(part)
        cues = [(m, "sup") for m in SUPERIOR.finditer(part)] + [(m, "inf") for m in INFERIOR.finditer(part)]
        if not POSITION_VERB.search(text):  # "liegt X knapp hinter Y, aber vor Z": the verb may sit in the clause before
            cues = [(m, k) for m, k in cues if not re.match(r"(?:\w+\s+)?(?:vor|[Hh]inter)\s", m.group())]
        cues.sort(key=lambda c: c[0].start())
        concede = CONCEDES.search(part)
        if not cues and not concede:
            continue
        objects: list[tuple[int, str]] = []
        fronted: list[int] = []
        for cue, kind in cues:
            found = _objects(part, cue.end())
            if V2_VERB.fullmatch(cue.group().strip()) and not MODEL.search(part[:cue.start()]) and found:
                # "Hier schlägt Olmo 3 Think beide Konkurrenten", "Im Test übertrifft das Modell auch Claude Opus 4.1": after a
                # fronted phrase the verb comes second and its subject follows it
                fronted.append(found[0])
                after = re.search(r"⟨" + str(found[0]) + r":AIModel⟩([^,;⟨]|⟨\d+:(?:Company|Organization)⟩){0,60}?(?=" + _M + ")",
                                  part[cue.end():])
                found = _objects(part, cue.end() + after.end()) if after else []
            objects += [(i, kind) for i in found if (i, kind) not in objects]
        taken = {i for i, _ in objects}
        others = fronted + [int(i) for i in MODEL.findall(part) if int(i) not in taken and int(i) not in fronted]
        if concede and not cues:
            # "muss sich X Y geschlagen geben": X is the subject, Y the better one
            named = [int(i) for i in MODEL.findall(part[:concede.start()])]
            if len(named) >= 2:
                objects = [(named[1], "inf")]
                others = [named[0]]
        if not objects:
            continue
        subject = others[0] if others else None
        if subject is None and not FOCUS_WORD.search(part[:cues[0][0].start()] if cues else part):
            if carried is None:
                continue  # no model named as the subject, and no pronoun standing for the one in focus
            subject = carried  # "liegt X knapp hinter Y, aber vor Z": the clause before names the subject
        carried = subject
        part_benches = [int(b) for b in BENCH.findall(part)]
        bench = part_benches[0] if len(set(part_benches)) == 1 else (next(iter(benches)) if len(benches) == 1 else None)
        for i, kind in objects:
            if subject == i:
                continue
            out.append(Comparison(subject, "outperforms", i) if kind == "sup" else Comparison(i, "outperforms", subject))
        if bench is not None:
            out.append(Comparison(subject, "evaluatedOn", bench))
    return out
