"""Bad input at the CLI's entry points: files, folders, JSON Lines, options, configuration.

Each bad input gives exit status 1 (2 for a usage error typer reports), one ``Error:`` line on
stderr and no traceback; a folder with some bad items ingests the good ones (exit 0) and reports
each bad one on a ``Skipped:`` line.
"""

from __future__ import annotations

import json

import pytest

from hardening.helpers import (
    ARTICLE_DE,
    ARTICLE_EN,
    assert_one_line_error,
    counts,
    jsonl,
    run_kg,
    write_articles,
)

BAD_FILES = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\t\r\n  ", "only whitespace"),
    "nul.txt": (b"Alibaba \x00 competes with OpenAI.", "binary"),
    "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "empty.html": (b"<html><body><script>alert(1)</script></body></html>", ""),
    "empty.md": (b"---\ntitle: x\n---\n", ""),
}


# ---------------------------------------------------------------------------- through a real process


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt", "nul.txt"])
def test_subprocess_extract_bad_file_is_one_line(tmp_path, name):
    content, expected = BAD_FILES[name]
    f = tmp_path / name
    f.write_bytes(content)
    line = assert_one_line_error(run_kg("extract", f), code=1)
    assert str(f) in line and expected in line


def test_subprocess_50_mb_file_is_refused_with_the_hint(tmp_path):
    f = tmp_path / "big.txt"
    with f.open("wb") as out:
        chunk = (ARTICLE_EN + "\n").encode() * 1000
        while out.tell() < 50 * 2**20:
            out.write(chunk)
    for cmd in ("extract", "ingest"):
        args = [cmd, f] + (["--data-dir", tmp_path / "kg"] if cmd == "ingest" else [])
        line = assert_one_line_error(run_kg(*args), code=1)
        assert "MiB" in line and "--max-mb" in line and str(f) in line
    assert not (tmp_path / "kg").exists()  # refused before any store was opened


def test_subprocess_stdin_binary_and_empty():
    assert "binary" in assert_one_line_error(run_kg("extract", "-", input=b"\x00\x01\x02 abc"))
    assert "empty" in assert_one_line_error(run_kg("extract", "-", input=b""))


# ---------------------------------------------------------------------------- files, in process


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_extract_bad_files(cli, tmp_path, name):
    content, expected = BAD_FILES[name]
    f = tmp_path / name
    f.write_bytes(content)
    line = assert_one_line_error(cli("extract", f), code=1)
    assert str(f) in line and expected in line


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_are_decoded(cli, tmp_path, encoding):
    text = "Die Münchner Größe AG stieg um 4,2 Prozent. Der Konzern Siemens – aus München – investiert."
    if encoding == "latin-1":
        text = text.replace("–", "-")
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    r = cli("extract", f)
    assert r.code == 0, r.stderr
    data = json.loads(r.stdout)
    names = " ".join(e["name"] for e in data["entities"]) + " ".join(
        " ".join(e["mentions"]) for e in data["entities"])
    assert "Siemens" in names
    assert "Ã" not in r.stdout and "\ufffd" not in r.stdout  # no mojibake, no replacement characters


def test_max_mb_limit_and_raising_it(cli, tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(ARTICLE_EN + " " * (2**20 + 1000), encoding="utf-8")  # over 1 MiB, quick to extract
    line = assert_one_line_error(cli("extract", f, "--max-mb", "1"), code=1)
    assert "--max-mb" in line
    r = cli("extract", f, "--max-mb", "2", "--format", "nt")
    assert r.code == 0 and "openai" in r.stdout


def test_deeply_nested_html_and_very_long_line(cli, tmp_path):
    nested = tmp_path / "nested.html"
    nested.write_text("<html><body>" + "<div>" * 1000 + f"<p>{ARTICLE_EN}</p>" + "</div>" * 1000
                      + "</body></html>", encoding="utf-8")
    r = cli("extract", nested)
    assert r.code == 0 or assert_one_line_error(r)
    long_line = tmp_path / "line.txt"
    long_line.write_text(" ".join([ARTICLE_EN.replace(". ", ", ")] * 200), encoding="utf-8")  # 30 KB, one sentence
    r = cli("extract", long_line, "--format", "nt")
    assert r.code == 0, r.stderr


def test_missing_path_folder_and_unknown_kind(cli, tmp_path):
    assert "no such file" in assert_one_line_error(cli("extract", tmp_path / "nope.txt"))
    assert "folder" in assert_one_line_error(cli("extract", tmp_path))
    assert "no such file" in assert_one_line_error(cli("ingest", tmp_path / "nope", "--data-dir", tmp_path / "kg"))
    (tmp_path / "only.bin").write_bytes(b"\x00" * 10)
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    assert "no readable article" in assert_one_line_error(cli("ingest", empty, "--data-dir", tmp_path / "kg"))
    assert not (tmp_path / "kg").exists()


# ---------------------------------------------------------------------------- folders and JSON Lines


def test_folder_with_good_and_bad_files(cli, tmp_path):
    """Good ones ingested, each bad one on a Skipped: line, exit 0; the same as the good ones alone."""
    good = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE])
    for name, (content, _) in BAD_FILES.items():
        (tmp_path / "in" / f"zz-{name}").write_bytes(content)  # sorted last: the last files are bad
    jsonl(tmp_path / "in" / "zz-feed.jsonl", ["{not json", {"title": "no text"}, [1, 2]])
    r = cli("ingest", tmp_path / "in", "--data-dir", tmp_path / "kg", "-q")
    assert r.code == 0, r.stderr
    assert "Ingested 2 document(s)" in r.stdout and f"Skipped {len(BAD_FILES) + 3} bad item(s)" in r.stdout
    skipped = r.stderr.splitlines()
    assert len(skipped) == len(BAD_FILES) + 3 and all(s.startswith("Skipped: ") for s in skipped)
    assert "Traceback" not in r.stderr
    assert any("zz-feed.jsonl:1" in s for s in skipped) and any("zz-feed.jsonl:3" in s for s in skipped)

    for p in good:
        (tmp_path / "good").mkdir(exist_ok=True)
        (tmp_path / "good" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli("ingest", tmp_path / "good", "--data-dir", tmp_path / "kg-good", "-q").code == 0
    assert counts(tmp_path / "kg") == counts(tmp_path / "kg-good")

    rj = cli("ingest", tmp_path / "in", "--data-dir", tmp_path / "kg", "--json")
    assert rj.code == 0
    assert len(json.loads(rj.stdout)["errors"]) == len(BAD_FILES) + 3


def test_folder_of_only_bad_files_fails(cli, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    for name, (content, _) in BAD_FILES.items():
        (folder / name).write_bytes(content)
    line = assert_one_line_error(cli("ingest", folder, "--data-dir", tmp_path / "kg"), code=1)
    assert "no readable article" in line
    assert not (tmp_path / "kg").exists()


def test_jsonl_with_bad_lines(cli, tmp_path):
    feed = jsonl(tmp_path / "feed.jsonl", [
        {"title": "good", "url": "https://example.org/1", "text": ARTICLE_EN},
        "{\"text\": \"cut off",
        "",
        "\"just a string\"",
        {"text": "Alibaba \u0000 NUL"},
        {"text": 42},
        "[" * 100_000 + "]" * 100_000,  # deeply nested JSON
        {"content": ARTICLE_DE, "date": "2025-03-05"},
    ])
    r = cli("ingest", feed, "--data-dir", tmp_path / "kg", "-q")
    assert r.code == 0, r.stderr
    assert "Ingested 2 document(s)" in r.stdout
    lines = r.stderr.splitlines()
    assert [ln.split(":")[2] for ln in lines] == ["2", "4", "5", "6", "7"], lines
    assert "Traceback" not in r.stderr


# ---------------------------------------------------------------------------- options


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "05.03.2025", "2025-02-30"])
def test_bad_date(cli, tmp_path, bad):
    f = write_articles(tmp_path, [ARTICLE_EN])[0]
    for cmd in ("extract", "ingest"):
        line = assert_one_line_error(cli(cmd, f, "--date", bad, "--data-dir" if cmd == "ingest" else "--max-mb",
                                         tmp_path / "kg" if cmd == "ingest" else "5"), code=1)
        assert "--date" in line and bad in line
    assert not (tmp_path / "kg").exists()


@pytest.mark.parametrize(("args", "option"), [
    (["extract", "{f}", "--max-mb", "-5"], "--max-mb"),
    (["extract", "{f}", "--max-mb", "0"], "--max-mb"),
    (["extract", "{f}", "--format", "xml"], "--format"),
    (["ingest", "{f}", "--workers", "-1"], "--workers"),
    (["ingest", "{f}", "--batch-size", "0"], "--batch-size"),
    (["ingest", "{f}", "--max-mb", "abc"], "--max-mb"),
    (["extract", "{f}", "--no-such-option"], "--no-such-option"),
])
def test_bad_options_are_usage_errors(cli, tmp_path, args, option):
    """typer's own usage errors: exit 2, the option named, no traceback (a framed message, not one line)."""
    f = write_articles(tmp_path, [ARTICLE_EN])[0]
    r = cli(*[a.replace("{f}", str(f)) for a in args])
    assert r.code == 2
    assert option in r.stderr and "Traceback" not in r.all
    assert not (tmp_path / "kg").exists()


def test_bad_cypher_param_and_lexicon(cli, tmp_path):
    assert "NAME=VALUE" in assert_one_line_error(cli("cypher", "RETURN 1", "-p", "novalue",
                                                     "--data-dir", tmp_path / "kg"))
    f = write_articles(tmp_path, [ARTICLE_EN])[0]
    lex = tmp_path / "lex.tsv"
    lex.write_text("NotAType\tFoo\n", encoding="utf-8")
    assert "lex.tsv" in assert_one_line_error(cli("extract", f, "--lexicon", lex))
    assert "lexicon" in assert_one_line_error(cli("extract", f, "--lexicon", tmp_path / "missing.tsv"))
    lex.write_bytes(b"\xff\xfe\x00 binary")
    assert "lex.tsv" in assert_one_line_error(cli("extract", f, "--lexicon", lex))
