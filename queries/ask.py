"""Answer a question: parse it, match its names, run the builders' Cypher, assemble an Answer.

One handler per kind of question. Each item carries the path that supports it (competition lifts
from models to their makers: QwQ-32B competes with DeepSeek R1, which DeepSeek released, so
QwQ-32B and Alibaba, which released QwQ-32B, answer "who competes with DeepSeek").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from kg.graph.store import GraphStore
from kg.ontology import rel_type
from kg.queries import builders
from kg.queries.answer import Answer, Evidence, Item, NodeRef, Step
from kg.queries.context import Context, Hop, evidence_of
from kg.queries.errors import EntityNotFound, NotUnderstood
from kg.queries.intent import Intent, Kind, help_text
from kg.queries.parse import parse
from kg.queries.resolve import Match, Resolver
from kg.queries.texts import day, money, nothing, percent, rel_label, summary, type_label

__all__ = ["ask", "answer_intent"]

RELEASED, DEVELOPED_BY = rel_type("released"), rel_type("developedBy")
COMPETES_WITH = rel_type("competesWith")
EV_SUBJECT, EV_OBJECT, EV_INVESTOR, EV_MARKET = (rel_type(p) for p in ("eventSubject", "eventObject", "investor",
                                                                            "market"))
EVENT_ROLES = [EV_SUBJECT, EV_OBJECT, EV_INVESTOR, EV_MARKET]
# Types a name in a question of this kind most likely refers to (breaks ties between equal matches).
_PREFER: dict[Kind, tuple[str, ...]] = {
    Kind.BASED_IN: ("Place",), Kind.FOUNDED: ("Person",), Kind.MAKER: ("AIModel", "Product"),
    Kind.RELEASES: ("Company", "Organization"), Kind.FOUNDERS: ("Company", "Organization"),
    Kind.CEO: ("Company", "Organization"), Kind.STOCK: ("Company", "StockIndex"),
}


@lru_cache(maxsize=1)
def _fact_types() -> tuple[str, ...]:
    from kg.ontology import RELATIONS

    return tuple(rel_type(p) for p in RELATIONS)


@lru_cache(maxsize=1)
def _symmetric() -> frozenset[str]:
    from kg.ontology import RELATIONS, load

    ont = load()
    return frozenset(p for p in RELATIONS if ont.relation(p).symmetric)


def ask(store: GraphStore, question: str, *, resolver: Resolver | None = None) -> Answer:
    """Answer ``question`` from ``store``. Raises NotUnderstood / EntityNotFound (kg.queries.errors)."""
    return answer_intent(store, parse(question), resolver=resolver)


def answer_intent(store: GraphStore, intent: Intent, *, resolver: Resolver | None = None) -> Answer:
    ctx = Context(store=store, resolver=resolver or Resolver(), lang=intent.lang)
    matches: list[Match] = []
    for name in intent.entities:
        try:
            m = ctx.resolver.resolve(name, ctx.run, prefer=_PREFER.get(intent.kind, ()))
        except EntityNotFound as e:
            if intent.kind == Kind.ABOUT:  # "what is the weather like": not a question about the graph
                raise NotUnderstood(intent.question, f"{e}.\n{help_text()}") from e
            raise
        ctx.nodes[m.node.iri] = m.node
        matches.append(m)
    subjects = [m.node for m in matches]
    handler = _HANDLERS[intent.kind]
    summary_text, items = handler(ctx, intent, subjects)
    ctx.fill_documents([i.evidence for i in items] + [s.evidence for i in items for s in i.path])
    return Answer(question=intent.question, intent=intent, subjects=subjects, summary=summary_text, items=items,
                  cypher=ctx.log, matches=[m.to_json() for m in matches])


# ------------------------------------------------------------------------------------------ helpers

def chain(subject: NodeRef, path: list[Step], lang: str) -> str:
    """"DeepSeek —released→ DeepSeek R1 —competes with— QwQ-32B ←released— Alibaba"."""
    parts, cur = [subject.name], subject.iri
    for st in path:
        label = rel_label(st.predicate, lang)
        if st.start.iri == cur:
            nxt = st.end
            arrow = f" —{label}— " if st.predicate in _symmetric() else f" —{label}→ "
        else:
            nxt = st.start
            arrow = f" —{label}— " if st.predicate in _symmetric() else f" ←{label}— "
        parts.append(arrow + nxt.name)
        cur = nxt.iri
    return "".join(parts)


def _path_evidence(path: list[Step]) -> list[Evidence]:
    out: list[Evidence] = []
    for st in path:
        for e in st.evidence:
            if e not in out:
                out.append(e)
    return out


def _item(ctx: Context, subject: NodeRef, node: NodeRef, relation: str, path: list[Step], **details: Any) -> Item:
    tl = type_label(node.type, ctx.lang)
    text = f"{node.name}" + (f" ({tl})" if tl else "") + f": {chain(subject, path, ctx.lang)}"
    return Item(node=node, relation=relation, text=text, path=path, evidence=_path_evidence(path), details=details)


def _names(items: list[Item]) -> str:
    return ", ".join(dict.fromkeys(i.node.name if i.node.kind != "event" else i.text.split(" — ")[0] for i in items))


def _simple(ctx: Context, intent: Intent, subject: NodeRef, hops: list[Hop], relation: str) -> tuple[str, list[Item]]:
    items: dict[str, Item] = {}
    for h in hops:
        if h.node.iri not in items and h.node.iri != subject.iri:
            items[h.node.iri] = _item(ctx, subject, h.node, relation, [h.step])
    out = list(items.values())
    x = subject.name
    if not out:
        return nothing(intent.kind, ctx.lang, x=x), out
    return summary(intent.kind, ctx.lang, x=x, names=_names(out), n=len(out)), out


def _made(ctx: Context, iris: list[str]) -> tuple[dict[str, list[Hop]], dict[str, list[Hop]]]:
    """For nodes ``iris``: what each made (as maker) and who made each (as product)."""
    products: dict[str, list[Hop]] = {}
    makers: dict[str, list[Hop]] = {}
    for h in ctx.hop(iris, [RELEASED, DEVELOPED_BY]):
        origin_is_maker = (h.rel == RELEASED) == h.outgoing
        (products if origin_is_maker else makers).setdefault(h.origin, []).append(h)
    return products, makers


# ------------------------------------------------------------------------------------------ handlers

Handler = Callable[[Context, Intent, list[NodeRef]], tuple[str, list[Item]]]


def _competitors(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    products, _ = _made(ctx, [x.iri])
    sides: dict[str, list[Step]] = {x.iri: []}
    for h in products.get(x.iri, []):
        sides.setdefault(h.node.iri, [h.step])
    found: dict[str, tuple[NodeRef, list[Step]]] = {}

    def offer(node: NodeRef, path: list[Step]) -> None:
        if node.iri in sides:
            return
        old = found.get(node.iri)
        if old is None or len(path) < len(old[1]):
            found[node.iri] = (node, path)

    for h in ctx.hop(list(sides), [COMPETES_WITH]):
        offer(h.node, sides[h.origin] + [h.step])
    direct = dict(found)
    _, makers = _made(ctx, list(direct))
    for c_iri, (_c, path) in direct.items():
        for h in makers.get(c_iri, []):
            offer(h.node, path + [h.step])
    ordered = sorted(found.values(), key=lambda np: (len(np[1]), np[0].name.casefold()))
    items = [_item(ctx, x, node, "competesWith", path) for node, path in ordered]
    if not items:
        return nothing(intent.kind, ctx.lang, x=x.name), items
    return summary(intent.kind, ctx.lang, x=x.name, names=_names(items)), items


def _releases(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    products, _ = _made(ctx, [x.iri])
    items: dict[str, Item] = {}
    for h in products.get(x.iri, []):
        items.setdefault(h.node.iri, _item(ctx, x, h.node, "released", [h.step]))
    for ev in _events(ctx, x.iri, [EV_SUBJECT], ["ModelRelease", "ProductLaunch"]):
        objs = ev["links"].get(EV_OBJECT, [])
        for obj in objs:
            item = items.get(obj.iri)
            if item is None:
                step = Step(ev["node"], "eventObject", obj, ev["evidence"])
                item = items[obj.iri] = Item(node=obj, relation="released", text="", path=[step],
                                             evidence=list(ev["evidence"]))
            _add_event_details(item, ev)
        if not objs:
            items[ev["node"].iri] = _event_item(ctx, ev)
    for it in items.values():
        if not it.text:
            tl = type_label(it.node.type, ctx.lang)
            when = f", {day(it.details.get('date'))}" if it.details.get("date") else ""
            it.text = f"{it.node.name}" + (f" ({tl})" if tl else "") + f": {x.name} {rel_label('released', ctx.lang)}{when}"
        elif it.details.get("date") and "—" in it.text:
            it.text += f" ({day(it.details['date'])})"
    out = list(items.values())
    if not out:
        return nothing(intent.kind, ctx.lang, x=x.name), out
    return summary(intent.kind, ctx.lang, x=x.name, names=_names(out)), out


def _add_event_details(item: Item, ev: dict[str, Any]) -> None:
    props = ev["props"]
    if props.get("date") and not item.details.get("date"):
        item.details["date"] = props["date"]
    item.details.setdefault("events", []).append(ev["node"].iri)
    for e in ev["evidence"]:
        if e not in item.evidence:
            item.evidence.append(e)


def _maker(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    _, makers = _made(ctx, [x.iri])
    return _simple(ctx, intent, x, makers.get(x.iri, []), "released")


def _directed(pred: str, subject_is_start: bool) -> Handler:
    """Answers are the other ends of ``pred`` relationships where the subject is the start (or end)."""
    rtype = rel_type(pred)

    def handler(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
        x = subjects[0]
        hops = [h for h in ctx.hop([x.iri], [rtype]) if h.outgoing == subject_is_start]
        return _simple(ctx, intent, x, hops, pred)

    return handler


def _benchmarks(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    hops = ctx.hop([x.iri], [rel_type("evaluatedOn")])
    # a benchmark's "benchmarks" are what was evaluated on it
    mine = [h for h in hops if h.outgoing] or [h for h in hops if not h.outgoing]
    return _simple(ctx, intent, x, mine, "evaluatedOn")


def _based_in(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    hops = [h for h in ctx.hop([x.iri], [rel_type("headquarteredIn")]) if not h.outgoing]
    return _simple(ctx, intent, x, hops, "headquarteredIn")


# ---------------------------------------------------------------------------------------- events

def _events(ctx: Context, iri: str, roles: list[str], types: list[str] | None) -> list[dict[str, Any]]:
    rows = ctx.run(builders.events_of(iri, roles, types))
    return _event_infos(ctx, rows)


def _event_infos(ctx: Context, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not rows:
        return []
    links: dict[str, dict[str, list[NodeRef]]] = {}
    for r in ctx.run(builders.event_links([r["iri"] for r in rows])):
        links.setdefault(r["event"], {}).setdefault(r["rel"], []).append(ctx.node(r["node"]))
    out = []
    for r in rows:
        props = dict(r.get("props") or {})
        if r.get("published") and not props.get("date"):
            props["published"] = r["published"]
        node = NodeRef(iri=r["iri"], name=r.get("type") or "Event", type=r.get("type") or "", kind="event")
        ctx.nodes[node.iri] = node
        sources = list(props.get("sources") or [])
        ev = [Evidence(sentence=props.get("evidence") or "", document=sources[0] if sources else "")]
        out.append({"node": node, "props": props, "links": links.get(r["iri"], {}), "evidence": ev})
    return out


def _event_text(ctx: Context, ev: dict[str, Any]) -> str:
    p, links, lang = ev["props"], ev["links"], ctx.lang
    who = ", ".join(n.name for n in links.get(EV_SUBJECT, []))
    parts = [f"{type_label(p.get('type') or ev['node'].type, lang)}:"]
    if who:
        parts.append(who)
    if p.get("percent") is not None:
        parts.append(percent(p["percent"], lang))
    objs = ", ".join(n.name for n in links.get(EV_OBJECT, []))
    if objs:
        parts.append(f"→ {objs}")
    if p.get("amount") is not None:
        amount = money(p["amount"], p.get("currency"), lang)
        if p.get("amountUSD") is not None and (p.get("currency") or "USD") != "USD":
            amount += f" (≈ {money(p['amountUSD'], 'USD', lang)})"
        parts.append(amount)
    elif p.get("amountUSD") is not None:
        parts.append(money(p["amountUSD"], "USD", lang))
    inv = ", ".join(n.name for n in links.get(EV_INVESTOR, []))
    if inv:
        parts.append(("von " if lang == "de" else "from ") + inv)
    market = ", ".join(n.name for n in links.get(EV_MARKET, []))
    if market:
        parts.append(f"[{market}]")
    when = day(p.get("date")) or (f"{'veröffentlicht' if lang == 'de' else 'published'} {day(p['published'])}"
                                   if p.get("published") else "")
    if p.get("dateText"):
        when = f"{when} ({p['dateText']})" if when else p["dateText"]
    if when:
        parts.append(f"— {when}")
    return " ".join(parts)


def _event_item(ctx: Context, ev: dict[str, Any]) -> Item:
    p = ev["props"]
    details = {k: p[k] for k in ("date", "dateText", "percent", "amount", "currency", "amountUSD", "published")
               if p.get(k) is not None}
    details["links"] = {rel: [n.name for n in ns] for rel, ns in ev["links"].items()}
    path = [Step(ev["node"], _role_pred(rel), n, []) for rel, ns in ev["links"].items() for n in ns]
    return Item(node=ev["node"], relation=p.get("type") or "Event", text=_event_text(ctx, ev), path=path,
                evidence=list(ev["evidence"]), details=details)


def _role_pred(rel: str) -> str:
    return {EV_SUBJECT: "eventSubject", EV_OBJECT: "eventObject", EV_INVESTOR: "investor", EV_MARKET: "market"}[rel]


def _stock(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    evs = _events(ctx, x.iri, [EV_SUBJECT], ["StockMove"])
    items = [_event_item(ctx, ev) for ev in sorted(evs, key=lambda e: day(e["props"].get("date")))]
    if not items:
        return nothing(intent.kind, ctx.lang, x=x.name), items
    names = "; ".join(" ".join(filter(None, [percent(i.details.get("percent"), ctx.lang) if "percent" in i.details
                                              else "", ", ".join(i.details["links"].get(EV_MARKET, []))]))
                      for i in items)
    return summary(intent.kind, ctx.lang, x=x.name, names=names, n=len(items)), items


def _money_items(ctx: Context, x: NodeRef, evs: list[dict[str, Any]], counterpart: Callable[[dict], list[NodeRef]],
                 relation: str) -> list[Item]:
    items: list[Item] = []
    for ev in evs:
        item = _event_item(ctx, ev)
        others = [n for n in counterpart(ev) if n.iri != x.iri]
        if others:
            item.details["counterparts"] = [n.name for n in others]
        item.relation = relation
        items.append(item)
    return items


def _investors(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    hops = ctx.hop([x.iri], [rel_type("investsIn"), rel_type("fundedBy")])
    investors = [h for h in hops if (h.rel == rel_type("investsIn")) != h.outgoing]
    _, items = _simple(ctx, intent, x, investors, "investsIn")
    funded = [e for e in _events(ctx, x.iri, [EV_SUBJECT, EV_OBJECT], ["Funding", "Investment"])
              if (e["props"].get("type") == "Funding" and x in e["links"].get(EV_SUBJECT, []))
              or (e["props"].get("type") == "Investment" and x in e["links"].get(EV_OBJECT, []))]
    for item in _money_items(ctx, x, funded, lambda e: e["links"].get(EV_INVESTOR, []) + (
            e["links"].get(EV_SUBJECT, []) if e["props"].get("type") == "Investment" else []), "fundedBy"):
        merged = False
        for name in item.details.get("counterparts", []):  # an investor already listed: add the amount there
            for it in items:
                if it.node.name == name and "amount" not in it.details:
                    it.details.update({k: v for k, v in item.details.items() if k != "links"})
                    it.text += f" — {item.text}"
                    it.evidence += [e for e in item.evidence if e not in it.evidence]
                    it.path += item.path
                    merged = True
        if not merged:
            items.append(item)
    if not items:
        return nothing(intent.kind, ctx.lang, x=x.name), items
    names = ", ".join(dict.fromkeys(n for i in items for n in (i.details.get("counterparts") or
                                                               ([i.node.name] if i.node.kind == "entity" else
                                                                [i.text]))))
    return summary(intent.kind, ctx.lang, x=x.name, names=names), items


def _investments(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    hops = ctx.hop([x.iri], [rel_type("investsIn"), rel_type("fundedBy")])
    targets = [h for h in hops if (h.rel == rel_type("investsIn")) == h.outgoing]
    _, items = _simple(ctx, intent, x, targets, "investsIn")
    evs = [e for e in _events(ctx, x.iri, [EV_SUBJECT, EV_INVESTOR], ["Investment", "Funding"])
           if (e["props"].get("type") == "Investment" and x in e["links"].get(EV_SUBJECT, []))
           or x in e["links"].get(EV_INVESTOR, [])]
    items += _money_items(ctx, x, evs, lambda e: e["links"].get(EV_OBJECT, []) + (
        e["links"].get(EV_SUBJECT, []) if e["props"].get("type") == "Funding" else []), "investsIn")
    if not items:
        return nothing(intent.kind, ctx.lang, x=x.name), items
    names = "; ".join(i.text if i.node.kind == "event" else i.node.name for i in items)
    return summary(intent.kind, ctx.lang, x=x.name, names=names), items


def _events_handler(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    lang = ctx.lang
    if intent.period:
        p = intent.period
        rows = ctx.run(builders.events_between(p.start, p.end))
        rows += ctx.run(builders.undated_events_published(p.start, p.end))
        evs = _event_infos(ctx, rows)
        if subjects:
            evs = [e for e in evs if any(subjects[0] in ns for ns in e["links"].values())]
        scope = (f"im Zeitraum {p}" if lang == "de" else f"in {p}") + (f" ({subjects[0].name})" if subjects else "")
    else:
        evs = _events(ctx, subjects[0].iri, EVENT_ROLES, None)
        scope = ("zu " if lang == "de" else "about ") + subjects[0].name
    evs.sort(key=lambda e: day(e["props"].get("date") or e["props"].get("published")))
    items = [_event_item(ctx, e) for e in evs]
    if not items:
        return nothing(intent.kind, lang, scope=scope), items
    names = "; ".join(i.text.split(" — ")[0] for i in items[:8]) + (" …" if len(items) > 8 else "")
    return summary(intent.kind, lang, n=len(items), scope=scope, names=names), items


# ---------------------------------------------------------------------------------------- paths

_PLACE_RELS = {rel_type("headquarteredIn"), rel_type("listedOn"), EV_MARKET}


def _connection(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    a, b = subjects[0], subjects[1]
    if a.iri == b.iri:
        raise NotUnderstood(intent.question, "the two names are the same entity.\n" + help_text())
    all_types = list(_fact_types()) + EVENT_ROLES
    substantive = [t for t in all_types if t not in _PLACE_RELS]
    seen: set[tuple[str, ...]] = set()
    paths: list[list[Step]] = []
    for types in (substantive, all_types):
        for row in ctx.run(builders.shortest_paths(a.iri, b.iri, types)):
            nodes = {n["iri"]: ctx.node(n) for n in row["nodes"]}
            key = tuple(n["iri"] for n in row["nodes"])
            if key in seen:
                continue
            seen.add(key)
            steps = []
            for n, r in zip(row["nodes"], row["rels"]):
                ev = evidence_of(r)
                for mid in (r["start"], r["end"]):
                    raw = next((x for x in row["nodes"] if x["iri"] == mid), {})
                    if raw.get("evidence") and isinstance(raw["evidence"], str):
                        ev.append(Evidence(raw["evidence"], (raw.get("sources") or [""])[0]))
                steps.append(Step(nodes[r["start"]], r.get("predicate") or r["rel"], nodes[r["end"]], ev))
            paths.append(steps)
    paths.sort(key=lambda p: (any(rel_type(st.predicate) in _PLACE_RELS for st in p), len(p)))
    items = [Item(node=b, relation="path", text=chain(a, p, ctx.lang), path=p, evidence=_path_evidence(p),
                  details={"length": len(p)}) for p in paths]
    if not items:
        return nothing(intent.kind, ctx.lang, x=a.name, y=b.name), items
    return summary(intent.kind, ctx.lang, x=a.name, y=b.name, n=len(items), k=min(map(len, paths))), items


def _about(ctx: Context, intent: Intent, subjects: list[NodeRef]) -> tuple[str, list[Item]]:
    x = subjects[0]
    lang = ctx.lang
    rows = ctx.run(builders.entity_by_iris([x.iri]))
    props = rows[0]["props"] if rows else {}
    items: list[Item] = []
    attrs = _attributes(props, lang)
    if attrs:
        items.append(Item(node=x, relation="attributes", text=attrs["text"], evidence=attrs["evidence"],
                          details=attrs["values"]))
    hops = ctx.hop([x.iri], list(_fact_types()))
    for h in sorted(hops, key=lambda h: (h.step.predicate, h.node.name)):
        items.append(_item(ctx, x, h.node, h.step.predicate, [h.step]))
    for ev in sorted(_events(ctx, x.iri, EVENT_ROLES, None), key=lambda e: day(e["props"].get("date"))):
        items.append(_event_item(ctx, ev))
    docs = ctx.run(builders.mention_count(x.iri))
    d = int(docs[0]["n"]) if docs else 0
    tl = type_label(x.type, lang)
    label = f"{x.name} ({tl})" if tl else x.name
    if not items:
        return nothing(intent.kind, lang, x=label), items
    return summary(intent.kind, lang, x=label, n=len(items) - (1 if attrs else 0), d=d), items


def _attributes(props: dict[str, Any], lang: str) -> dict[str, Any] | None:
    from kg.ontology import ATTRIBUTES

    values = {a: props[a] for a in ATTRIBUTES if props.get(a) is not None}
    if props.get("aliases"):
        values["aliases"] = props["aliases"]
    if not values:
        return None
    shown = []
    for k, v in values.items():
        if k == "marketValueUSD":
            v = money(v, "USD", lang)
        elif k == "parameterCount":
            v = money(v, None, lang)
        elif isinstance(v, list):
            v = ", ".join(map(str, v))
        shown.append(f"{rel_label(k, lang) if k != 'aliases' else ('Aliasse' if lang == 'de' else 'aliases')}: {v}")
    evidence = []
    preds = props.get("attrPredicates") or []
    sents = props.get("attrEvidence") or []
    srcs = props.get("attrSources") or []
    for i, p in enumerate(preds):
        if p in values and i < len(sents) and sents[i]:
            evidence.append(Evidence(sents[i], srcs[i] if i < len(srcs) else ""))
    return {"text": "; ".join(shown), "values": values, "evidence": evidence}


_HANDLERS: dict[Kind, Handler] = {
    Kind.COMPETITORS: _competitors,
    Kind.RELEASES: _releases,
    Kind.MAKER: _maker,
    Kind.FOUNDERS: _directed("foundedBy", True),
    Kind.FOUNDED: _directed("foundedBy", False),
    Kind.CEO: _directed("ceoOf", False),
    Kind.INVESTORS: _investors,
    Kind.INVESTMENTS: _investments,
    Kind.STOCK: _stock,
    Kind.BENCHMARKS: _benchmarks,
    Kind.OUTPERFORMERS: _directed("outperforms", False),
    Kind.OUTPERFORMED: _directed("outperforms", True),
    Kind.CONNECTION: _connection,
    Kind.ABOUT: _about,
    Kind.BASED_IN: _based_in,
    Kind.EVENTS: _events_handler,
}
