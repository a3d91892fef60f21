"""Stock moves in market reports: phrasings without a word about shares, moves stated after the percent,
elliptical second percents, movers and indices no entity list knows; and what is not a stock move."""

from __future__ import annotations

import pytest

from kg.loaders.extract.events import stock_moves
from kg.loaders.extract.sentences import Sentence
from kg.loaders.extract.template import make_view

from .extract_helpers import run


def moves(text: str, lang: str) -> set[tuple[str, float]]:
    ex = run(text, lang)
    name = {e.iri: e.name for e in ex.entities}
    return {(name.get(e.subject, e.subject), e.percent) for e in ex.events if e.type == "StockMove"}


def events(text: str, lang: str) -> set[tuple[str, str]]:
    ex = run(text, lang)
    name = {e.iri: e.name for e in ex.entities}
    return {(e.type, name.get(e.subject, e.subject)) for e in ex.events}


# ---------------------------------------------------------------- German

@pytest.mark.parametrize("text, expected", [
    # a company directly followed by a stock verb and a percent is a move without any word about shares
    ("Siemens gaben 1,4 Prozent nach.", ("Siemens", -1.4)),
    ("Infineon legten um 3,2 Prozent zu.", ("Infineon", 3.2)),
    ("Der Konkurrent Infineon gewann am Nachmittag 2,6 Prozent.", ("Infineon", 2.6)),
    ("Siemens, das zuletzt Zahlen vorgelegt hatte, verlor dagegen 0,7 Prozent.", ("Siemens", -0.7)),
    # the direction after the percent
    ("Die Papiere von Infineon schossen im Frankfurter Handel um 9,1 Prozent nach oben.", ("Infineon", 9.1)),
    ("Die Aktie von Siemens rutschte um 2 Prozent nach unten.", ("Siemens", -2.0)),
    ("Der Dax schloss 0,4 Prozent fester.", ("DAX", 0.4)),
    ("Der Dax schloss am Freitag 1,3 Prozent schwächer.", ("DAX", -1.3)),
    ("Der Dax ging 0,2 Prozent leichter aus dem Handel.", ("DAX", -0.2)),
    ("Die Aktie von Siemens notierte zuletzt 1,1 Prozent im Minus.", ("Siemens", -1.1)),
    # "mit einem Plus von"
    ("Gesucht waren vor allem Infineon mit einem Plus von 3,3 Prozent.", ("Infineon", 3.3)),
    ("Schwach zeigten sich Siemens mit einem Minus von 2,2 Prozent.", ("Siemens", -2.2)),
    ("Siemens verteuerten sich um 1,5 Prozent.", ("Siemens", 1.5)),
    ("Infineon büßten 2,5 Prozent ein.", ("Infineon", -2.5)),
])
def test_german_moves(text, expected):
    assert expected in moves(text, "de")


def test_german_elliptical_second_percent_is_a_second_move():
    got = moves("Die Aktie von Alibaba stieg in Hongkong um 4,5 Prozent, in New York sogar um 6,1 Prozent.", "de")
    assert {("Alibaba", 4.5), ("Alibaba", 6.1)} <= got
    got = moves("Die Aktie von Siemens fiel um 2 Prozent, Infineon um 1,5 Prozent.", "de")
    assert {("Siemens", -2.0), ("Infineon", -1.5)} <= got


def test_german_unknown_mover_after_a_move():
    got = moves("Die Rheinmetall-Aktie verlor im Dax 1,8 Prozent. Renk, an dem ein Finanzinvestor beteiligt ist, "
                "legte dagegen um 3,4 Prozent zu.", "de")
    assert ("Renk", 3.4) in got


def test_german_non_moves():
    assert moves("Der Umsatz von Siemens stieg um 5 Prozent.", "de") == set()
    assert moves("Siemens gewann 3 Prozent Marktanteil.", "de") == set()
    assert moves("Siemens verlor 4 Prozent der Stimmen.", "de") == set()
    assert moves("Der Bund hält 11 Prozent an Infineon.", "de") == set()
    # after a move, the next sentence's business figures and commodities are not the company's shares
    got = moves("Die Aktie von Siemens fiel um 2 Prozent. Der Umsatz stieg um 5 Prozent. Gold legte um 1 Prozent "
                "zu. Bitcoin fiel um 3 Prozent.", "de")
    assert got == {("Siemens", -2.0)}
    # a capitalised common noun at the start is not an unknown company
    assert moves("Die Aktie von Siemens fiel um 2 Prozent. Umsatz stieg um 5 Prozent.", "de") == {("Siemens", -2.0)}
    got = moves("Die SAP-Aktie stieg um 2 Prozent, nachdem der Umsatz um 8 Prozent gewachsen war.", "de")
    assert got == {("SAP", 2.0)}


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("text, expected", [
    ("Broadcom (NASDAQ: AVGO), which designs custom chips for Google, edged down 0.8%.", ("Broadcom", -0.8)),
    ("CoreWeave (NASDAQ: CRWV) rose 6.9%.", ("CoreWeave", 6.9)),
    ("Palantir lost 7% of its value on Monday.", ("Palantir", -7.0)),
    ("Nvidia, with a gain of 3.5%, led the market higher.", ("Nvidia", 3.5)),
    ("The Nasdaq Composite closed 1.2% lower.", ("Nasdaq Composite", -1.2)),
    ("Microsoft slipped 1.2%, while Apple added 0.5%.", ("Apple", 0.5)),
    ("Meta ended 0.4% higher.", ("Meta", 0.4)),
    ("Nvidia was down 2.1% in early trading.", ("Nvidia", -2.1)),
])
def test_english_moves(text, expected):
    assert expected in moves(text, "en")


def test_english_unknown_indices_and_ellipsis():
    got = moves("The Marlow Robotics Index rose 1.7% on the day, while the Nasdaq Composite gained 0.6%.", "en")
    assert {("Marlow Robotics Index", 1.7), ("Nasdaq Composite", 0.6)} <= got
    # an index the lexicon knows by another name
    got = moves("The PHLX Semiconductor Index rose 1.7% on the day.", "en")
    assert ("Philadelphia Semiconductor Index", 1.7) in got
    got = moves("Shares of ServiceNow rose 0.9%, while the broader S&P 500 gained 0.2%.", "en")
    assert {("ServiceNow", 0.9), ("S&P 500", 0.2)} <= got
    got = moves("Nvidia rose 3% in New York and 5% in Frankfurt.", "en")
    assert {("Nvidia", 3.0), ("Nvidia", 5.0)} <= got


def test_english_non_moves():
    assert moves("Microsoft gained 5% market share in the cloud.", "en") == set()
    assert moves("Meta lost 3% of its users last year.", "en") == set()
    assert moves("SAP's revenue rose 5%. The revenue of SAP rose 5%.", "en") == set()
    assert moves("Revenue rose 12% to $4 billion.", "en") == set()
    assert moves("Microsoft holds a stake of 27% in OpenAI.", "en") == set()
    assert moves("Revenue at Nvidia rose 94% to $35 billion.", "en") == set()
    assert moves("Shares of Nvidia fell 2%. The Consumer Price Index rose 3% in May.", "en") == {("Nvidia", -2.0)}


def test_price_target_is_not_a_funding_round():
    got = events("Shares of AMD rose 3%. Priya Raman, an analyst at Morgan Stanley, raised her price target on "
                 "the stock to $310 from $260.", "en")
    assert not any(t in ("Funding", "Investment") for t, _ in got)
    assert ("Funding", "Anthropic") in events("Anthropic raised $3.5 billion in a Series E round.", "en")


def test_unknown_mover_needs_a_market_report():
    """stock_moves makes a company of an unknown name only in a market report (a move just before, or a word
    about shares); a capitalised common noun never."""
    text = "Renk legte um 3,4 Prozent zu."
    view = make_view(Sentence(text, 0, len(text), 0), [])
    assert stock_moves(view, None) == []
    got = stock_moves(view, None, stock_context=True)
    assert [(d.subject.name, d.subject.type, d.percent) for d in got] == [("Renk", "Company", 3.4)]
    for text in ("Umsatz legte um 3,4 Prozent zu.", "Revenue rose 3.4%.", "Gold legte um 3,4 Prozent zu."):
        view = make_view(Sentence(text, 0, len(text), 0), [])
        assert stock_moves(view, None, stock_context=True) == []
