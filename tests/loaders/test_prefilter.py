"""The pre-check that skips patterns whose key words a text lacks: it must never skip a pattern that matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.loaders.extract.mentions import CONTEXT_RULE_WORDS, CONTEXT_RULES
from kg.loaders.extract.prefilter import WordIndex, required_literals
from kg.loaders.extract.relations import RULE_WORDS, RULES
from kg.loaders.extract.template import make_view

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.mark.parametrize("pattern, words", [
    (r"(?P<n>[A-Z]\w+)\s+(?:called|named)\s+X", ("called", "named")),
    (r"[Ss]tart-?ups?\s+namens\s+(?P<n>\w+)", ("namens",)),  # the longest word wins
    (r"\w*[Kk]onzerns?", ("onzern",)),  # a character class ends the word
    (r"(?:founded|co-founded)\s+by", ("co-founded", "founded")),  # "by" is shorter than both
    (r"a(?:b|)c", None),  # an empty alternative needs nothing; one letter is too short
    (r"(?:foo)?bar", ("bar",)),  # an optional part needs nothing
    (r"(?:foo)+bar", ("foo",)),
    (r"(?i)named\s+X", None),  # case-insensitive: other spellings match
    (r"(?i:named)\s+Xavier", ("Xavier",)),
    (r"⟨(\d+):Company⟩\s+gründete\s+⟨(\d+):Company⟩", ("gründete",)),
])
def test_required_literals(pattern, words):
    assert required_literals(re.compile(pattern), skip="⟨⟩", ignore=frozenset({"Company"})) == words


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcnamedfoudKkonzersS- XY", max_size=40))
def test_a_text_without_the_words_never_matches(text):
    for pattern in [r"(?P<n>[A-Z]\w+)\s+(?:called|named)\s+X", r"\w*[Kk]onzerns?", r"(?:foo)+bar",
                    r"(?:founded|co-founded)\s+by", r"[Ss]tart-?ups?\s+namens\s+(?P<n>\w+)"]:
        rx = re.compile(pattern)
        if rx.search(text):
            assert WordIndex([required_literals(rx)]).candidates(text) == {0}


def test_word_index_selects_the_patterns_a_text_may_match():
    index = WordIndex([("named", "called"), None, ("founded",), ("co-founded",), ("Start",), ("Start-up", "Konzern")])
    assert index.candidates("a startup named X") == {0, 1}
    assert index.candidates("co-founded by Y") == {1, 2, 3}  # a word inside a longer one counts
    assert index.candidates("das Start-up") == {1, 4, 5}  # and a word that begins a longer one
    assert index.candidates("Startkapital") == {1, 4}
    assert index.candidates("") == {1}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abc-.", min_size=1, max_size=4), min_size=1, max_size=8), st.text(alphabet="abc-. ", max_size=30))
def test_word_index_finds_exactly_the_words_in_a_text(words, text):
    index = WordIndex([(w,) for w in words])
    assert index.candidates(text) == {i for i, w in enumerate(words) if w in text}


def test_word_index_agrees_with_looking_up_every_word_on_the_test_articles():
    for index in (RULE_WORDS, CONTEXT_RULE_WORDS):
        for text in _paragraphs()[::3]:
            naive = set(index.always) | {i for w, ids in index.by_word.items() if w in text for i in ids}
            assert index.candidates(text) == naive


def _paragraphs() -> list[str]:
    files = sorted(ARTICLES.rglob("*.txt"))[::4]
    assert len(files) > 50
    return [p for f in files for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]


def test_no_context_rule_that_matches_a_test_paragraph_is_skipped():
    checked = 0
    for text in _paragraphs():
        worth = CONTEXT_RULE_WORDS.candidates(text)
        for i, (rx, _typ, _reason) in enumerate(CONTEXT_RULES):
            if rx.search(text):
                checked += 1
                assert i in worth, (rx.pattern[:80], text[:80])
    assert checked > 100


def test_no_relation_rule_that_matches_a_sentence_view_is_skipped():
    # the views the rules read, made from the sentences and the lexicon's mentions as the pipeline makes them
    from kg.loaders.extract.lexicon import load_lexicon
    from kg.loaders.extract.pipeline import _all_mentions
    from kg.loaders.extract.sentences import split_sentences

    checked = 0
    lex = load_lexicon(())
    for f in sorted(ARTICLES.rglob("*.txt"))[::8]:
        text = f.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        mentions = _all_mentions(sentences, lex, text)
        for s in sentences:
            view = make_view(s, [m for m in mentions if m.sentence == s.index])
            worth = RULE_WORDS.candidates(view.text)
            for i, (rx, *_rest) in enumerate(RULES):
                if rx.search(view.text):
                    checked += 1
                    assert i in worth, (rx.pattern[:80], view.text[:80])
    assert checked > 100


def test_a_form_added_to_a_known_entry_keeps_the_derived_caches_and_is_still_matched_fuzzily():
    from kg.loaders.extract.lexicon import Lexicon, LexiconEntry
    from kg.loaders.extract.mentions import fuzzy_mentions
    from kg.loaders.extract.sentences import split_sentences

    base = Lexicon([LexiconEntry("Katharina Oberholzer", "Person", [], None, None, "builtin"),
                    LexiconEntry("Quantoria", "Company", [], None, None, "builtin")])
    text = "Die Chefin heißt Oberholser, sagte Quantorias Sprecher."
    fuzzy_mentions(split_sentences(text), base, text, [])  # derives the caches once
    cache = base.cache
    lex = base.copy()
    lex.add(LexiconEntry("Katharina Oberholzer", "Person", ["Oberholzer"], None, None, "builtin"))
    assert lex.cache is cache  # a new written form: nothing derived again
    assert ("Oberholzer", lex.get("Katharina Oberholzer")) in lex.added_forms
    found = fuzzy_mentions(split_sentences(text), lex, text, [])
    assert [(m.text, m.name) for m in found] == [("Oberholser", "Katharina Oberholzer")]
    assert found[0].extra["entry"] is lex.get("Katharina Oberholzer")  # the document's copy, with the form
    assert base.get("Katharina Oberholzer").aliases == []  # the shared lexicon is untouched
    lex.add(LexiconEntry("Quantoria", "Company", [], None, "Katharina Oberholzer", "user"))
    assert lex.cache is not cache  # a changed maker: derived values may differ, so derived again
