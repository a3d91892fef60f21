"""A parsed question: what kind of question it is, the names it mentions and the period it covers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

__all__ = ["Kind", "Period", "Intent", "KIND_EXAMPLES", "help_text"]


class Kind(StrEnum):
    COMPETITORS = "competitors"
    RELEASES = "releases"  # what X released / made
    MAKER = "maker"  # who released / made X
    FOUNDERS = "founders"  # who founded X
    FOUNDED = "founded"  # what X founded
    CEO = "ceo"
    INVESTORS = "investors"  # who invested in X, how much
    INVESTMENTS = "investments"  # what X invested in, how much
    STOCK = "stock"
    BENCHMARKS = "benchmarks"  # which benchmark X was evaluated on (or what was evaluated on a benchmark)
    OUTPERFORMERS = "outperformers"  # what outperforms X
    OUTPERFORMED = "outperformed"  # what X outperforms
    CONNECTION = "connection"  # how X is connected to Y
    ABOUT = "about"
    BASED_IN = "based_in"  # which companies are based in a place
    EVENTS = "events"  # what happened (in a period, to an entity)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    text: str = ""

    def __str__(self) -> str:
        return self.text or f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class Intent:
    kind: Kind
    entities: tuple[str, ...] = ()  # names as written in the question
    lang: str = "en"
    period: Period | None = None
    question: str = ""
    extra: dict[str, str] = field(default_factory=dict)


# One English and one German example per kind: the help that an unparsed question gets.
KIND_EXAMPLES: dict[Kind, tuple[str, str]] = {
    Kind.COMPETITORS: ("who competes with DeepSeek", "wer konkurriert mit DeepSeek?"),
    Kind.RELEASES: ("what did OpenAI release / which models does Alibaba make", "was hat OpenAI veröffentlicht?"),
    Kind.MAKER: ("who released QwQ-32B", "wer hat QwQ-32B entwickelt?"),
    Kind.FOUNDERS: ("who founded Alibaba", "wer hat Alibaba gegründet?"),
    Kind.FOUNDED: ("what did Jack Ma found", "was hat Jack Ma gegründet?"),
    Kind.CEO: ("who is the CEO of Union Bancaire Privée / who runs X", "wer leitet Union Bancaire Privée?"),
    Kind.INVESTORS: ("who invested in OpenAI, and how much", "wer hat in OpenAI investiert?"),
    Kind.INVESTMENTS: ("how much did Alibaba invest", "wie viel investiert Alibaba?"),
    Kind.STOCK: ("what happened to Alibaba's stock", "wie entwickelte sich die Alibaba-Aktie?"),
    Kind.BENCHMARKS: ("which benchmark was Manus evaluated on", "auf welchem Benchmark wurde Manus getestet?"),
    Kind.OUTPERFORMERS: ("what outperforms DeepResearch", "was ist besser als DeepResearch?"),
    Kind.OUTPERFORMED: ("what does Manus outperform", "wen übertrifft Manus?"),
    Kind.CONNECTION: ("how is Alibaba connected to DeepSeek", "wie ist Alibaba mit DeepSeek verbunden?"),
    Kind.ABOUT: ("tell me about Alibaba", "erzähl mir etwas über Alibaba"),
    Kind.BASED_IN: ("which companies are based in Hangzhou", "welche Unternehmen sitzen in Hangzhou?"),
    Kind.EVENTS: ("what happened in March 2025", "was geschah im März 2025?"),
}


def help_text() -> str:
    """The kinds of question kg understands, with an example of each."""
    lines = ["kg understands questions like these (English or German):"]
    for en, de in KIND_EXAMPLES.values():
        lines.append(f"  - {en}   |   {de}")
    return "\n".join(lines)
