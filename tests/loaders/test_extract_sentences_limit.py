"""Run-on text without sentence boundaries is cut into bounded pieces with exact offsets."""

from kg.loaders.extract.sentences import MAX_SENTENCE_CHARS, split_sentences


def test_run_on_text_is_cut_with_exact_offsets():
    text = " ".join(f"wort{i}" for i in range(3000))
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert " ".join(s.text for s in sentences) == text


def test_ordinary_sentences_are_untouched():
    text = "Alibaba stellte ein Modell vor. Die Aktie stieg um 8,6 %."
    assert [s.text for s in split_sentences(text)] == ["Alibaba stellte ein Modell vor.", "Die Aktie stieg um 8,6 %."]
