"""kg.loaders.rdf: an Extraction as RDF, its formats, and the SHACL shapes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.loaders.errors import LoaderError, MappingError, SerializationError
from kg.loaders.models import Attribute, Entity, Event, Evidence, Extraction, Relation
from kg.loaders.rdf import assertion_iri, serialize, to_rdf, validate
from kg.loaders.reader import document_from_text
from kg.ontology import ATTRIBUTES, ENTITY_TYPES, EVENT_TYPES, KG, PROV, RELATIONS, entity_iri, shapes_path

TEXT = (
    "Alibaba hat das KI-Modell QwQ-32B veröffentlicht. Es konkurriert mit DeepSeek R1. "
    "Die Aktie stieg am Mittwoch in Hongkong um 8,6 Prozent."
)
ALIBABA, QWQ, R1 = (str(entity_iri(n)) for n in ("Alibaba", "QwQ-32B", "DeepSeek R1"))


def ev(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


S1 = "Alibaba hat das KI-Modell QwQ-32B veröffentlicht."
S2 = "Es konkurriert mit DeepSeek R1."
S3 = "Die Aktie stieg am Mittwoch in Hongkong um 8,6 Prozent."


def make_extraction(text: str = TEXT) -> Extraction:
    doc = document_from_text(text, "examples/a.txt", title="QwQ", language="de", published=date(2025, 3, 6))
    return Extraction(
        document=doc,
        entities=[
            Entity(ALIBABA, "Alibaba", "Company", mentions=["Alibabas"], aliases=["Alibaba Group"],
                   wikidata="Q1359568"),
            Entity(QWQ, "QwQ-32B", "AIModel", mentions=["QwQ-32B"]),
            Entity(R1, "DeepSeek R1", "AIModel", mentions=["DeepSeek R1"]),
        ],
        relations=[
            Relation(ALIBABA, "released", QWQ, ev(S1), 0.9),
            Relation(QWQ, "competesWith", R1, ev(S2), 0.85),
        ],
        attributes=[
            Attribute(QWQ, "parameterCount", 32_000_000_000, ev(S1)),
            Attribute(QWQ, "openSource", True, ev(S1)),
            Attribute(ALIBABA, "foundedYear", 1999, ev(S1)),
            Attribute(ALIBABA, "marketValueUSD", 3.8e11, ev(S1)),
        ],
        events=[
            Event(doc.iri + "/event/stock", "StockMove", ALIBABA, ev(S3), percent=8.6, market="Hongkong",
                  date=date(2025, 3, 5), date_text="am Mittwoch", confidence=0.9),
            Event(doc.iri + "/event/inv", "Investment", ALIBABA, ev(S1), object=QWQ, amount=3.8e11,
                  currency="CNY", amount_usd=5.2e10, investors=[ALIBABA]),
        ],
    )


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture(scope="module")
def graph(extraction) -> Graph:
    return to_rdf(extraction)


def the_assertion(g: Graph, s: str, p: URIRef, o) -> URIRef:
    found = [
        a for a in g.subjects(RDF.type, KG.Assertion)
        if (a, RDF.subject, URIRef(s)) in g and (a, RDF.predicate, p) in g and (a, RDF.object, o) in g
    ]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------- triples


def test_document_node(graph, extraction):
    doc = URIRef(extraction.document.iri)
    assert (doc, RDF.type, KG.Document) in graph
    assert graph.value(doc, KG.contentHash) == Literal(extraction.document.content_hash)
    assert graph.value(doc, DCTERMS.source) == Literal("examples/a.txt")
    assert graph.value(doc, DCTERMS.title) == Literal("QwQ")
    assert graph.value(doc, KG.language) == Literal("de")
    assert graph.value(doc, DCTERMS.issued) == Literal("2025-03-06", datatype=XSD.date)
    mentioned = set(graph.objects(doc, KG.mentions))
    assert {URIRef(ALIBABA), URIRef(QWQ), URIRef(R1)} <= mentioned
    assert URIRef(extraction.document.iri + "/event/stock") in mentioned


def test_document_without_optional_metadata():
    doc = document_from_text("Nur ein Satz.", language="")
    g = to_rdf(Extraction(doc))
    node = URIRef(doc.iri)
    assert set(g.predicates(node, None)) == {RDF.type, KG.contentHash}
    assert validate(g)[0]


def test_entities(graph):
    a = URIRef(ALIBABA)
    assert (a, RDF.type, KG.Company) in graph
    assert graph.value(a, KG.name) == Literal("Alibaba")
    assert graph.value(a, KG.alias) == Literal("Alibaba Group")
    assert graph.value(a, KG.wikidata) == Literal("Q1359568")
    assert graph.value(a, KG.mentionText) == Literal("Alibabas")
    assert (URIRef(QWQ), RDF.type, KG.AIModel) in graph


def test_fact_is_a_plain_triple_with_one_assertion(graph, extraction):
    doc = URIRef(extraction.document.iri)
    assert (URIRef(ALIBABA), KG.released, URIRef(QWQ)) in graph
    a = the_assertion(graph, ALIBABA, KG.released, URIRef(QWQ))
    assert graph.value(a, PROV.wasDerivedFrom) == doc
    assert str(graph.value(a, KG.evidence)) == S1
    start, end = graph.value(a, KG.charStart).toPython(), graph.value(a, KG.charEnd).toPython()
    assert TEXT[start:end] == S1
    assert graph.value(a, KG.confidence) == Literal(Decimal("0.9"), datatype=XSD.decimal)
    # two relations and four attributes: six assertions
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == 6


@pytest.mark.parametrize(
    ("subject", "predicate", "literal"),
    [
        (QWQ, "parameterCount", Literal(32_000_000_000, datatype=XSD.integer)),
        (QWQ, "openSource", Literal(True, datatype=XSD.boolean)),
        (ALIBABA, "foundedYear", Literal("1999", datatype=XSD.gYear)),
        (ALIBABA, "marketValueUSD", Literal(Decimal("380000000000.0"), datatype=XSD.decimal)),
    ],
)
def test_attributes_are_typed_literals_with_an_assertion(graph, subject, predicate, literal):
    values = list(graph.objects(URIRef(subject), KG[predicate]))
    assert values == [literal]
    assert values[0].datatype == literal.datatype
    the_assertion(graph, subject, KG[predicate], literal)


def test_events(graph, extraction):
    move = URIRef(extraction.document.iri + "/event/stock")
    assert (move, RDF.type, KG.StockMove) in graph
    assert graph.value(move, KG.eventSubject) == URIRef(ALIBABA)
    pct = graph.value(move, KG.percent)
    assert pct.datatype == XSD.decimal and pct.toPython() == Decimal("8.6")
    market = graph.value(move, KG.market)
    assert market == entity_iri("Hongkong")
    assert (market, RDF.type, KG.Place) in graph and graph.value(market, KG.name) == Literal("Hongkong")
    assert graph.value(move, KG.date) == Literal("2025-03-05", datatype=XSD.date)
    assert graph.value(move, KG.dateText) == Literal("am Mittwoch")
    assert str(graph.value(move, KG.evidence)) == S3
    assert graph.value(move, PROV.wasDerivedFrom) == URIRef(extraction.document.iri)

    inv = URIRef(extraction.document.iri + "/event/inv")
    assert graph.value(inv, KG.amount).toPython() == Decimal("380000000000")
    assert graph.value(inv, KG.amountUSD).toPython() == Decimal("52000000000")
    assert graph.value(inv, KG.currency) == Literal("CNY")
    assert graph.value(inv, KG.eventObject) == URIRef(QWQ)
    assert graph.value(inv, KG.investor) == URIRef(ALIBABA)


def test_market_listed_as_an_entity_keeps_its_type():
    ex = make_extraction()
    hk = str(entity_iri("Hongkong"))
    ex.entities.append(Entity(hk, "Hongkong", "StockIndex"))
    g = to_rdf(ex)
    assert set(g.objects(URIRef(hk), RDF.type)) == {KG.StockIndex}
    assert validate(g)[0]


def test_assertion_iris_are_deterministic_and_per_document(extraction):
    g1, g2 = to_rdf(extraction), to_rdf(make_extraction())
    a1 = set(g1.subjects(RDF.type, KG.Assertion))
    assert a1 == set(g2.subjects(RDF.type, KG.Assertion))
    assert isomorphic(g1, g2) and set(g1) == set(g2)
    doc = extraction.document.iri
    assert assertion_iri(doc, URIRef(ALIBABA), KG.released, URIRef(QWQ)) in a1
    assert all(str(a).startswith(doc + "/") for a in a1)
    other = to_rdf(make_extraction(TEXT + " Noch ein Satz."))
    assert not a1 & set(other.subjects(RDF.type, KG.Assertion))


def test_same_fact_twice_gives_one_assertion_with_the_best_evidence():
    ex = make_extraction()
    ex.relations.append(Relation(ALIBABA, "released", QWQ, ev(S3), 0.95))
    ex.relations.append(Relation(ALIBABA, "released", QWQ, ev(S2), 0.5))
    g = to_rdf(ex)
    a = the_assertion(g, ALIBABA, KG.released, URIRef(QWQ))
    assert str(g.value(a, KG.evidence)) == S3
    assert validate(g)[0]


def test_names_outside_the_ontology_are_refused():
    for change in (
        lambda ex: ex.entities.append(Entity(ALIBABA + "x", "X", "Spaceship")),
        lambda ex: ex.entities.append(Entity(ALIBABA + "x", " ", "Company")),
        lambda ex: ex.relations.append(Relation(ALIBABA, "inventedBy", QWQ, ev(S1))),
        lambda ex: ex.relations.append(Relation(ALIBABA, "parameterCount", QWQ, ev(S1))),
        lambda ex: ex.attributes.append(Attribute(QWQ, "released", 3, ev(S1))),
        lambda ex: ex.attributes.append(Attribute(QWQ, "parameterCount", "many", ev(S1))),
        lambda ex: ex.attributes.append(Attribute(QWQ, "parameterCount", 1.5, ev(S1))),
        lambda ex: ex.events.append(Event(ALIBABA + "/e", "Party", ALIBABA, ev(S1))),
        lambda ex: ex.events.append(Event(ALIBABA + "/e", "StockMove", ALIBABA, ev(S1), percent=float("nan"))),
    ):
        ex = make_extraction()
        change(ex)
        with pytest.raises(MappingError):
            to_rdf(ex)


# ---------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "jsonld", "nt"])
def test_round_trip_is_isomorphic(graph, fmt):
    text = serialize(graph, fmt)
    back = Graph().parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))
    assert isomorphic(graph, back)


def test_turtle_to_jsonld_to_turtle(graph):
    ttl = serialize(graph, "turtle")
    via_jsonld = Graph().parse(data=serialize(Graph().parse(data=ttl, format="turtle"), "json-ld"), format="json-ld")
    assert isomorphic(graph, via_jsonld)
    assert "Alibaba" in ttl and '"@context"' in serialize(graph, "json-ld")


def test_unknown_format_is_a_loader_error(graph):
    with pytest.raises(SerializationError, match="unknown RDF format 'yaml'"):
        serialize(graph, "yaml")
    assert issubclass(SerializationError, LoaderError)


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1).filter(str.strip), sentence=st.text(min_size=1), title=st.text(), source=st.text())
def test_any_names_and_text_survive_every_format(name, sentence, title, source):
    """Quotes, backticks, braces, <script>, control characters: escaped, and read back the same."""
    doc = document_from_text("Ein Text.", source, title=title, language="de")
    e = Entity(str(entity_iri(name)), name, "Company", mentions=[name], aliases=[name + "'`{}<script>"])
    evidence = Evidence(sentence, 0, len(sentence))
    ex = Extraction(
        doc, [e], [Relation(e.iri, "competesWith", e.iri, evidence)],
        [Attribute(e.iri, "openSource", True, evidence)],
        [Event(doc.iri + "/e", "StockMove", e.iri, evidence, percent=-1.5, market=name + " Börse")],
    )
    g = to_rdf(ex)
    for fmt in ("turtle", "nt", "json-ld"):
        assert isomorphic(g, Graph().parse(data=serialize(g, fmt), format=fmt)), fmt
    assert g.value(URIRef(e.iri), KG.name) == Literal(name)


# ---------------------------------------------------------------------------- SHACL


def test_valid_extraction_conforms(graph):
    ok, report = validate(graph)
    assert ok, report


def _broken(graph: Graph, extraction: Extraction, how: str) -> Graph:
    g = Graph()
    g += graph
    doc = URIRef(extraction.document.iri)
    released = the_assertion(g, ALIBABA, KG.released, URIRef(QWQ))
    move = URIRef(extraction.document.iri + "/event/stock")
    inv = URIRef(extraction.document.iri + "/event/inv")
    if how == "no content hash":
        g.remove((doc, KG.contentHash, None))
    elif how == "bad content hash":
        g.set((doc, KG.contentHash, Literal("abc")))
    elif how == "assertion without subject":
        g.remove((released, RDF.subject, None))
    elif how == "assertion without object":
        g.remove((released, RDF.object, None))
    elif how == "assertion without document":
        g.remove((released, PROV.wasDerivedFrom, None))
    elif how == "assertion from a non-document":
        g.set((released, PROV.wasDerivedFrom, URIRef(ALIBABA)))
    elif how == "assertion without evidence":
        g.remove((released, KG.evidence, None))
    elif how == "assertion without offsets":
        g.remove((released, KG.charEnd, None))
    elif how == "start after end":
        g.set((released, KG.charStart, Literal(500)))
    elif how == "predicate outside the ontology":
        g.set((released, RDF.predicate, KG.inventedBy))
    elif how == "plain triple outside the ontology":
        g.add((URIRef(ALIBABA), KG.inventedBy, URIRef(QWQ)))
    elif how == "stock move without percent":
        g.remove((move, KG.percent, None))
    elif how == "stock move with text percent":
        g.set((move, KG.percent, Literal("8,6 %")))
    elif how == "stock move without subject":
        g.remove((move, KG.eventSubject, None))
    elif how == "amount without currency":
        g.remove((inv, KG.currency, None))
    elif how == "currency not ISO":
        g.set((inv, KG.currency, Literal("Yuan")))
    elif how == "amount not decimal":
        g.set((inv, KG.amount, Literal("380 Mrd")))
    elif how == "entity without name":
        g.remove((URIRef(QWQ), KG.name, None))
    elif how == "entity with two types":
        g.add((URIRef(QWQ), RDF.type, KG.Company))
    elif how == "entity type outside the ontology":
        g.set((URIRef(QWQ), RDF.type, KG.Spaceship))
    elif how == "entity with an integer as text":
        g.set((URIRef(QWQ), KG.parameterCount, Literal("32 Mrd")))
    elif how == "confidence above one":
        g.set((released, KG.confidence, Literal(Decimal("1.5"))))
    else:  # pragma: no cover
        raise AssertionError(how)
    return g


@pytest.mark.parametrize(
    "how",
    [
        "no content hash", "bad content hash", "assertion without subject", "assertion without object",
        "assertion without document", "assertion from a non-document", "assertion without evidence",
        "assertion without offsets", "start after end", "predicate outside the ontology",
        "plain triple outside the ontology", "stock move without percent", "stock move with text percent",
        "stock move without subject", "amount without currency", "currency not ISO", "amount not decimal",
        "entity without name", "entity with two types", "entity type outside the ontology",
        "entity with an integer as text", "confidence above one",
    ],
)
def test_shapes_catch(graph, extraction, how):
    ok, report = validate(_broken(graph, extraction, how))
    assert not ok, how
    assert "Conforms: False" in report


def test_shape_lists_match_the_ontology_vocabulary():
    text = shapes_path().read_text(encoding="utf-8")
    shapes = Graph().parse(data=text, format="turtle")
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    lists = [
        {str(x).rsplit("#", 1)[-1] for x in Collection(shapes, node)}
        for node in shapes.objects(None, SH["in"])
    ]
    assert set(ENTITY_TYPES) in lists
    assert set(EVENT_TYPES) in lists
    assert set(RELATIONS) | set(ATTRIBUTES) in lists
    ignored = [
        {str(x).rsplit("#", 1)[-1] for x in Collection(shapes, node)}
        for node in shapes.objects(None, SH.ignoredProperties)
    ]
    assert ignored == [set(RELATIONS) | {"type"}]


# ---------------------------------------------------------------------------- the real extractor


def test_the_example_article_yields_valid_rdf():
    from pathlib import Path

    extract = pytest.importorskip("kg.loaders.extract").extract
    from kg.loaders.reader import read_document

    example = Path(__file__).resolve().parents[2] / "examples" / "alibaba-qwq-32b.de.txt"
    if not example.exists():
        pytest.skip("no example article")
    ex = extract(read_document(example, date=date(2025, 3, 6)))
    g = to_rdf(ex)
    ok, report = validate(g)
    assert ok, report
    assert ex.relations
    for r in ex.relations:
        assert (URIRef(r.subject), KG[r.predicate], URIRef(r.object)) in g
        a = the_assertion(g, r.subject, KG[r.predicate], URIRef(r.object))
        assert g.value(a, PROV.wasDerivedFrom) == URIRef(ex.document.iri)
    assert isomorphic(g, Graph().parse(data=serialize(g, "json-ld"), format="json-ld"))
