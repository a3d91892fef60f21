"""Bad input to the readers: a clear one-line ReadError naming the path, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.loaders.errors import (
    BadJsonLineError,
    BinaryFileError,
    EmptyDocumentError,
    FileTooLargeError,
    LoaderError,
    ReadError,
    UnsupportedInputError,
)
from kg.loaders.reader import (
    DEFAULT_MAX_BYTES,
    document_from_bytes,
    iter_documents,
    read_document,
    read_documents,
)

GERMAN = "Die Aktie von Müller & Söhne stieg um 8,6 Prozent. Größer, schöner, Übermaß: ÄÖÜ äöü ß."


def one_line(e: BaseException, path: Path) -> str:
    msg = str(e)
    assert "\n" not in msg
    assert str(path) in msg
    return msg


# ---------------------------------------------------------------------------- empty and binary


@pytest.mark.parametrize(("content", "expected"), [(b"", "is empty"), (b"  \n\t\r\n   \n", "only whitespace")])
@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_empty_and_whitespace_only(tmp_path, content, expected, suffix):
    f = tmp_path / f"empty{suffix}"
    f.write_bytes(content)
    with pytest.raises(EmptyDocumentError) as info:
        read_document(f)
    assert expected in one_line(info.value, f)


def test_markup_without_text(tmp_path):
    for name, content in (("tags.html", "<html><head><title>x</title></head><body><div> </div></body></html>"),
                          ("script.html", "<html><body><script>alert(1)</script></body></html>"),
                          ("rule.md", "---\ntitle: only front matter\n---\n\n***\n")):
        f = tmp_path / name
        f.write_text(content, encoding="utf-8")
        with pytest.raises(EmptyDocumentError) as info:
            read_document(f)
        one_line(info.value, f)


@pytest.mark.parametrize(
    "content",
    [
        b"Text mit einem \x00 NUL-Byte in der Mitte.",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    ],
    ids=["nul", "png", "elf", "zip"],
)
def test_binary_files_are_refused(tmp_path, content):
    f = tmp_path / "data.txt"
    f.write_bytes(content)
    with pytest.raises(BinaryFileError) as info:
        read_document(f)
    assert "binary" in one_line(info.value, f)


def test_random_bytes_without_nul_are_refused(tmp_path):
    import random

    rng = random.Random(7)
    data = bytes(rng.choice([b for b in range(256) if b != 0]) for _ in range(4000))
    f = tmp_path / "noise.txt"
    f.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(f)
    one_line(info.value, f)


# ---------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_legacy_encodings_with_umlauts_are_decoded(tmp_path, encoding):
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(GERMAN.encode(encoding))
    doc = read_document(f)
    assert doc.text == GERMAN
    assert doc.language == "de"


def test_windows_1252_punctuation_and_western_accents(tmp_path):
    text = "Der Konzern „Bäckerei Groß“ meldet – trotz Krise – 5 € Gewinn. Société Générale à Paris, très bien."
    f = tmp_path / "cp1252.txt"
    f.write_bytes(text.encode("cp1252"))
    assert read_document(f).text == text


def test_other_scripts_keep_their_detected_encoding(tmp_path):
    text = "Компания выпустила новую модель искусственного интеллекта, которая конкурирует с другими."
    f = tmp_path / "ru.txt"
    f.write_bytes(text.encode("cp1251"))
    assert read_document(f).text == text


def test_jsonl_line_in_windows_1252(tmp_path):
    f = tmp_path / "legacy.jsonl"
    f.write_bytes(json.dumps({"text": GERMAN}, ensure_ascii=False).encode("cp1252") + b"\n")
    assert read_document(f).text == GERMAN


# ---------------------------------------------------------------------------- size and shape


def test_a_50_mb_file_is_refused_by_the_default_limit(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:  # sparse: no 50 MB written to disk
        out.truncate(50 * 2**20)
    with pytest.raises(FileTooLargeError) as info:
        read_document(f)
    msg = one_line(info.value, f)
    assert "50.0 MiB" in msg and "20.0 MiB" in msg and "max_bytes" in msg
    with pytest.raises(FileTooLargeError):
        list(iter_documents(f))
    assert DEFAULT_MAX_BYTES == 20 * 2**20


def test_the_limit_is_an_option(tmp_path):
    f = tmp_path / "big.txt"
    sentence = "Beispiel AI hat ein neues Modell vorgestellt. "
    f.write_text(sentence * (3 * 2**20 // len(sentence)), encoding="utf-8")
    with pytest.raises(FileTooLargeError):
        read_document(f, max_bytes=2**20)
    doc = read_document(f, max_bytes=4 * 2**20)
    assert len(doc.text) > 3_000_000 - 100 and doc.language == "de"


def test_very_long_line(tmp_path):
    f = tmp_path / "oneline.txt"
    line = "Sample Labs released a model and it competes with other models, " * 40_000
    f.write_text(line, encoding="utf-8")
    doc = read_document(f)
    assert doc.text == line.strip() and "\n" not in doc.text


@pytest.mark.parametrize("depth", [300, 20_000])
def test_deeply_nested_html(tmp_path, depth):
    f = tmp_path / f"deep{depth}.html"
    sentence = "Tief verschachtelt: Beispiel AI hat ein neues Modell namens Kolibri vorgestellt."
    f.write_text("<html><body>" + "<div>" * depth + f"<p>{sentence}</p>" + "</div>" * depth + "</body></html>",
                 encoding="utf-8")
    doc = read_document(f)
    assert sentence in doc.text


def test_hostile_nesting_of_other_tags_is_text_or_a_clear_error(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text("<html><body>" + "<b><i>" * 20_000 + "Text" + "</i></b>" * 20_000 + "</body></html>",
                 encoding="utf-8")
    assert read_document(f).text == "Text"


def test_script_content_never_becomes_text(tmp_path):
    f = tmp_path / "hostile.html"
    f.write_text("<html><body><script>document.write('<p>injected</p>')</script>"
                 "<p>Sample Labs released a model called {`Quote\"s`} <b>today</b> in Berlin.</p>"
                 "<style>p{}</style></body></html>", encoding="utf-8")
    doc = read_document(f)
    assert "injected" not in doc.text and "document.write" not in doc.text
    assert "{`Quote\"s`}" in doc.text


# ---------------------------------------------------------------------------- paths


def test_missing_path(tmp_path):
    f = tmp_path / "nope.txt"
    with pytest.raises(UnsupportedInputError) as info:
        read_document(f)
    assert "no such file" in one_line(info.value, f)
    with pytest.raises(UnsupportedInputError):
        list(iter_documents(f))


def test_folder_to_read_document(tmp_path):
    with pytest.raises(UnsupportedInputError) as info:
        read_document(tmp_path)
    assert "is a folder" in one_line(info.value, tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(UnsupportedInputError) as info:
        read_document(fifo)
    assert "not a regular file" in one_line(info.value, fifo)


# ---------------------------------------------------------------------------- collections


def test_bad_files_in_a_folder_are_reported_and_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a-good.txt").write_text("Beispiel AI hat in München ein Büro eröffnet.", encoding="utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "d-latin1.txt").write_bytes(GERMAN.encode("latin-1"))
    (tmp_path / "sub" / "e-bad.jsonl").write_text('{"text": "Sample Labs opened an office in Rome."}\n{oops\n',
                                                  encoding="utf-8")
    (tmp_path / "sub" / "f-good.md").write_text("# Titel\n\nMuster AI wächst weiter.", encoding="utf-8")
    (tmp_path / "sub" / "g-big.txt").write_text("x" * 5000, encoding="utf-8")

    docs, errors = read_documents(tmp_path, max_bytes=4000)
    assert [Path(d.source.rsplit(":", 1)[0]).name for d in docs] == [
        "a-good.txt", "d-latin1.txt", "e-bad.jsonl", "f-good.md"]
    assert docs[1].text == GERMAN
    assert [type(e) for e in errors] == [EmptyDocumentError, BinaryFileError, BadJsonLineError, FileTooLargeError]
    assert str(errors[2]).startswith(str(tmp_path / "sub" / "e-bad.jsonl") + ":2: ")
    assert all("\n" not in str(e) for e in errors)


def test_without_a_handler_bad_items_are_logged_not_raised(tmp_path, caplog):
    (tmp_path / "a.txt").write_text("Beispiel AI wächst.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    docs = list(iter_documents(tmp_path))
    assert len(docs) == 1
    assert "b.txt: is empty" in caplog.text


def test_jsonl_bad_lines(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(
        b'{"text": "Erste gute Zeile \xc3\xbcber Beispiel AI."}\n'
        b"{'single': 'quotes'}\n"
        b'"just a string"\n'
        b'{"text": ""}\n'
        b'{"text": 42.5e3}\n'
        b'{"text": "Text mit \\u0000 NUL."}\n'
        b'\xff\xfe\x00garbage\n'
        + b"[" * 100_000 + b"\n"
        + b'{"text": "Letzte gute Zeile \xc3\xbcber Muster AI."}'  # no final newline
    )
    docs, errors = read_documents(f)
    assert [d.text for d in docs] == ["Erste gute Zeile über Beispiel AI.", "Letzte gute Zeile über Muster AI."]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7, 8]
    assert all(isinstance(e, BadJsonLineError) and "\n" not in str(e) for e in errors)
    assert "not valid JSON" in str(errors[0])


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path):
    f = tmp_path / "long.jsonl"
    f.write_text(json.dumps({"text": "A" * 10_000}) + "\n" + json.dumps({"text": "Sample Labs grows."}) + "\n",
                 encoding="utf-8")
    docs, errors = read_documents(f, max_bytes=1000)
    assert [d.text for d in docs] == ["Sample Labs grows."]
    assert [e.line for e in errors] == [1] and "longer than" in str(errors[0])


def test_read_document_on_a_jsonl_of_several_articles(tmp_path):
    f = tmp_path / "two.jsonl"
    f.write_text('{"text": "Eins über Beispiel AI."}\n{"text": "Zwei über Muster AI."}\n', encoding="utf-8")
    with pytest.raises(UnsupportedInputError) as info:
        read_document(f)
    assert "holds 2 articles, not one" in one_line(info.value, f)


def test_bytes_from_standard_input():
    assert document_from_bytes(GERMAN.encode("cp1252")).text == GERMAN
    page = b"<!DOCTYPE html><html><body><p>Sample Labs released a model in Berlin.</p></body></html>"
    assert document_from_bytes(page).text == "Sample Labs released a model in Berlin."
    assert document_from_bytes(b"# T\n\n**fett**", kind="markdown").text == "T\n\nfett"
    for data, error in ((b"", EmptyDocumentError), (b" \n", EmptyDocumentError), (b"a\x00b", BinaryFileError)):
        with pytest.raises(error, match="^<stdin>: "):
            document_from_bytes(data)
    with pytest.raises(FileTooLargeError, match="^<stdin>: "):
        document_from_bytes(b"x" * 200, max_bytes=100)


# ---------------------------------------------------------------------------- never a traceback


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".md", ".jsonl", ""]))
def test_any_bytes_give_a_document_or_a_read_error(tmp_path, data, suffix):
    f = tmp_path / f"fuzz{suffix}"
    f.write_bytes(data)
    try:
        docs, errors = read_documents(f)
    except ReadError as e:
        one_line(e, f)
    else:
        assert all(isinstance(e, ReadError) for e in errors)
        assert all(d.text.strip() for d in docs)


def test_the_hierarchy():
    for cls in (EmptyDocumentError, BinaryFileError, FileTooLargeError, BadJsonLineError, UnsupportedInputError):
        assert issubclass(cls, ReadError) and issubclass(cls, LoaderError)


# ---------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01binary"], ids=["empty", "blank", "binary"])
def test_cli_extract_bad_file_is_one_line_without_traceback(tmp_path, content):
    from kg.cli import app

    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    result = CliRunner().invoke(app, ["extract", str(f)])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = result.output.strip()
    assert "Traceback" not in out
    assert out.startswith("Error: ") and str(f) in out and len(out.splitlines()) == 1
