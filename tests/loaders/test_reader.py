"""kg.loaders.reader on good input: text, HTML, Markdown, JSON Lines, folders, dates and languages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.loaders.errors import ReadError
from kg.loaders.reader import document_from_text, iter_documents, read_document, read_documents

INPUTS = Path(__file__).resolve().parents[1] / "data" / "inputs"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "alibaba-qwq-32b.de.txt"


def test_plain_text():
    doc = read_document(INPUTS / "article.de.txt")
    assert doc.text.startswith("Die Münchner Firma Beispiel Robotik")
    assert doc.text.endswith("um 4,2 Prozent zu.")
    assert doc.language == "de"
    assert doc.source == str(INPUTS / "article.de.txt")
    assert doc.media_type == "text/plain"
    assert doc.published is None and doc.title == ""


def test_same_text_same_iri_as_document_from_text():
    doc = read_document(INPUTS / "article.de.txt")
    again = document_from_text((INPUTS / "article.de.txt").read_text(encoding="utf-8"))
    assert doc.iri == again.iri and doc.content_hash == again.content_hash
    assert doc.iri.startswith("https://w3id.org/kg-news/id/doc/") and doc.iri.endswith(doc.content_hash[:16])


def test_windows_line_ends_and_bom_give_the_same_document(tmp_path):
    text = (INPUTS / "article.de.txt").read_text(encoding="utf-8")
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(crlf).iri == read_document(INPUTS / "article.de.txt").iri


def test_date_option_for_plain_text():
    doc = read_document(INPUTS / "article.de.txt", date=date(2025, 3, 4))
    assert doc.published == date(2025, 3, 4)


def test_example_article_reads():
    if not EXAMPLE.exists():
        pytest.skip("no example article")
    doc = read_document(EXAMPLE)
    assert doc.language == "de" and "Alibaba" in doc.text


def test_html_main_text_title_and_date():
    doc = read_document(INPUTS / "article.en.html")
    assert "released a small language model called Falcon-Mini" in doc.text
    assert "3 billion parameters" in doc.text
    for boilerplate in ("window.tracking", "font-family", "Privacy policy", "Markets"):
        assert boilerplate not in doc.text
    assert doc.title == "Example Labs unveils Falcon-Mini model"
    assert doc.published == date(2025, 4, 2)
    assert doc.language == "en"
    assert doc.media_type == "text/html"


def test_page_metadata_wins_over_the_date_option():
    doc = read_document(INPUTS / "article.en.html", date=date(2030, 1, 1))
    assert doc.published == date(2025, 4, 2)


def test_html_without_metadata_takes_the_date_option(tmp_path):
    page = tmp_path / "p.htm"
    page.write_text("<html><body><p>Das Start-up Beispiel AI hat ein neues Modell veröffentlicht, "
                    "das mit größeren Systemen konkurriert.</p></body></html>", encoding="utf-8")
    doc = read_document(page, date=date(2025, 5, 6))
    assert doc.published == date(2025, 5, 6)
    assert doc.text.startswith("Das Start-up Beispiel AI")


def test_html_declared_windows_1252(tmp_path):
    page = tmp_path / "legacy.html"
    body = "<p>Der Konzern „Beispiel Bräu“ aus Zürich verkündet: 5 € mehr Gewinn für Aktionäre.</p>"
    page.write_bytes(
        ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
         f"</head><body>{body}</body></html>").encode("cp1252")
    )
    doc = read_document(page)
    assert "„Beispiel Bräu“ aus Zürich verkündet: 5 € mehr" in doc.text


def test_html_sniffed_without_suffix(tmp_path):
    page = tmp_path / "download"
    page.write_bytes((INPUTS / "article.en.html").read_bytes())
    doc = read_document(page)
    assert doc.media_type == "text/html" and "Falcon-Mini" in doc.text and "<p>" not in doc.text


def test_markdown_markup_is_stripped():
    doc = read_document(INPUTS / "article.md")
    assert doc.title == "Neue Finanzierungsrunde für Muster AI"
    assert doc.published == date(2025, 2, 14)
    assert doc.media_type == "text/markdown"
    assert "Das Berliner Start-up Muster AI hat in einer Finanzierungsrunde 50 Millionen Euro" in doc.text
    assert "Angeführt wurde die Runde von Beispiel Ventures." in doc.text
    assert "Das Geld soll in neue Modelle fließen." in doc.text
    for markup in ("**", "](", "https://example.org", "---", "# ", "author:", "> "):
        assert markup not in doc.text, markup
    assert doc.language == "de"


def test_markdown_title_from_first_heading(tmp_path):
    md = tmp_path / "x.markdown"
    md.write_text("Intro line.\n\n## The *real* title\n\nSome `code` and text about Example Labs.\n", encoding="utf-8")
    doc = read_document(md, date=date(2024, 12, 24))
    assert doc.title == "The real title"
    assert doc.published == date(2024, 12, 24)
    assert doc.text == "Intro line.\n\nThe real title\n\nSome code and text about Example Labs."


def test_jsonl_articles_and_bad_lines_reported():
    errors: list[ReadError] = []
    docs = list(iter_documents(INPUTS / "articles.jsonl", on_error=errors.append))
    assert [d.title for d in docs] == ["Example Labs raises funds", "Beispiel Robotik wächst", "Page as HTML"]
    first, second, third = docs
    assert first.source == "https://news.example.org/a1" and first.published == date(2025, 1, 20)
    assert first.language == "en"
    assert second.source == f"{INPUTS / 'articles.jsonl'}:3" and second.published == date(2025, 1, 21)
    assert second.language == "de"
    assert third.media_type == "text/html" and third.text.startswith("Sample Capital invested")
    assert [getattr(e, "line", None) for e in errors] == [2, 5, 6]
    assert "articles.jsonl:2" in str(errors[0]) and "not valid JSON" in str(errors[0])
    assert "not an object" in str(errors[1])
    assert "has no text" in str(errors[2])


def test_jsonl_date_option_fills_missing_dates(tmp_path):
    f = tmp_path / "a.ndjson"
    f.write_text(json.dumps({"text": "Beispiel AI eröffnet ein Büro in Wien."}) + "\n"
                 + json.dumps({"text": "Sample Labs opens an office in Boston.", "date": "6. März 2025"}) + "\n",
                 encoding="utf-8")
    docs, errors = read_documents(f, date=date(2025, 1, 1))
    assert not errors
    assert [d.published for d in docs] == [date(2025, 1, 1), date(2025, 3, 6)]


def test_read_document_on_a_one_article_jsonl(tmp_path):
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"text": "Sample Labs opens an office in Boston.", "lang": "en"}) + "\n", encoding="utf-8")
    assert read_document(f).text == "Sample Labs opens an office in Boston."


def test_folder_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Der Text Z über Beispiel AI.", encoding="utf-8")
    (tmp_path / "b" / "y.md").write_text("# Y\n\nDer Text Y über Muster AI.", encoding="utf-8")
    (tmp_path / "a" / "x.html").write_text("<html><body><p>Der Text X über Sample Labs.</p></body></html>",
                                           encoding="utf-8")
    (tmp_path / "top.txt").write_text("Der Text oben über Example Labs.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Versteckt.", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("Versteckt im Ordner.", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Der Text C über Example Labs."}) + "\n", encoding="utf-8")

    errors: list[ReadError] = []
    docs = list(iter_documents(tmp_path, on_error=errors.append))
    assert not errors
    names = [Path(d.source.split(":")[0]).name for d in docs]
    assert names == ["x.html", "y.md", "z.txt", "c.jsonl", "top.txt"]
    assert all("Versteckt" not in d.text for d in docs)
    assert [d.iri for d in iter_documents(tmp_path)] == [d.iri for d in docs]  # stable


def test_iter_documents_on_one_file():
    docs = list(iter_documents(INPUTS / "article.de.txt"))
    assert len(docs) == 1 and docs[0].language == "de"


def test_english_and_german_detected(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text("The company said on Tuesday that its new model beats larger rivals on several tests.",
                  encoding="utf-8")
    assert read_document(en).language == "en"
    assert read_document(INPUTS / "article.de.txt").language == "de"
