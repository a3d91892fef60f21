"""Reading articles into ``Document`` objects (text decoded, id from a content hash).

Inputs: plain text (``.txt``), HTML pages (``.html``: the main text via trafilatura, the title
and publication date from the page's metadata), Markdown (``.md``: markup stripped), JSON Lines
(``.jsonl``: one article a line, fields ``text``/``content``, ``title``, ``url``,
``date``/``published``) and folders of these. Bad input raises a
:class:`~kg.loaders.errors.ReadError` with a one-line message that names the path (and the line).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from kg.loaders.decode import decode_bytes, html_declared_charset
from kg.loaders.errors import (
    BadJsonLineError,
    EmptyDocumentError,
    FileTooLargeError,
    ReadError,
    UnsupportedInputError,
)
from kg.loaders.markup import html_to_text, markdown_to_text, parse_date
from kg.loaders.models import Document
from kg.ontology import ID

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "detect_language",
    "document_from_bytes",
    "document_from_text",
    "iter_documents",
    "normalise_text",
    "read_document",
    "read_documents",
]


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no trailing blanks: the text that is hashed and extracted from."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def detect_language(text: str) -> str:
    """``"de"`` or ``"en"`` (or another ISO 639-1 code), detected from the text; ``""`` if unsure."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:5000])
    except LangDetectException:
        return ""


def document_from_text(
    text: str,
    source: str = "",
    *,
    title: str = "",
    language: str | None = None,
    published: date | None = None,
    media_type: str = "text/plain",
) -> Document:
    """A ``Document`` from already decoded text. Same text, same IRI."""
    text = normalise_text(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        iri=str(ID["doc/" + digest[:16]]),
        content_hash=digest,
        text=text,
        source=source,
        title=title,
        language=language if language is not None else detect_language(text),
        published=published,
        media_type=media_type,
    )


# ---------------------------------------------------------------------------- files and folders

DEFAULT_MAX_BYTES = 20 * 2**20
"""Largest file (or JSON Lines line) read by default: 20 MiB. Raise it with ``max_bytes``.

A JSON Lines file itself may be bigger: it is streamed, and the limit applies to each line."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES | JSONL_SUFFIXES

# Field names tried, in order, in a JSON Lines record.
JSONL_TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "full_text")
JSONL_HTML_FIELDS = ("html", "raw_html")
JSONL_TITLE_FIELDS = ("title", "headline")
JSONL_SOURCE_FIELDS = ("url", "link", "source_url", "source", "id")
JSONL_DATE_FIELDS = ("date", "published", "published_at", "publishedAt", "date_publish",
                     "datePublished", "pubDate", "pub_date")
JSONL_LANGUAGE_FIELDS = ("language", "lang")

ErrorHandler = Callable[[ReadError], None]

_log = logging.getLogger(__name__)


def read_document(
    path: str | Path, *, date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one article file: plain text, HTML (main text), Markdown, or a JSON Lines file of one article.

    ``date`` is the publication date used when the file's own metadata (HTML meta tags, Markdown
    front matter, a JSON field) gives none. Bad input raises a :class:`~kg.loaders.errors.ReadError`
    subclass whose one-line message names the path: empty or whitespace-only, binary (NUL bytes),
    undecodable, larger than ``max_bytes``, a folder, or HTML without text.
    """
    p = Path(path)
    _check_file(p, max_bytes)
    kind = _kind(p)
    if kind == "jsonl":
        docs = list(_iter_jsonl(p, date=date, max_bytes=max_bytes, on_error=_raise))
        if len(docs) != 1:
            raise UnsupportedInputError(
                p, f"holds {len(docs)} articles, not one (kg ingest and iter_documents read them all)"
            )
        return docs[0]
    data = _read_bytes(p, max_bytes)
    return _document_from_bytes(data, str(p), kind, date=date)


def document_from_bytes(
    data: bytes,
    source: str = "<stdin>",
    *,
    kind: str = "auto",
    date: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """A ``Document`` from raw bytes (standard input, a download) with the same checks as a file.

    ``kind`` is ``"text"``, ``"html"``, ``"markdown"`` or ``"auto"`` (HTML if it looks like a page,
    else text). Errors name ``source``.
    """
    if len(data) > max_bytes:
        raise FileTooLargeError(source, _too_large(len(data), max_bytes))
    kinds = {"auto": "sniff", "text": "text", "html": "html", "markdown": "markdown"}
    if kind not in kinds:
        raise ValueError(f"kind must be one of {', '.join(kinds)}, not {kind!r}")
    return _document_from_bytes(data, source, kinds[kind], date=date)


def iter_documents(
    path: str | Path,
    *,
    date: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Every article under ``path``: a file, a JSON Lines file (one article a line), or a folder.

    A folder is walked recursively in a stable order (sorted by path), skipping hidden files and
    folders (names starting with ``.``) and files whose suffix is not one of
    ``SUPPORTED_SUFFIXES``; symbolic links to folders are not followed.

    One bad item in a folder or JSON Lines file (an empty or binary file, a line that is not JSON,
    ...) does not stop the others: its :class:`~kg.loaders.errors.ReadError` is passed to
    ``on_error`` and the item is skipped. Without ``on_error`` it is logged as a warning. A bad
    ``path`` itself (missing, unreadable, a single bad file) raises.
    """
    handler = on_error or _warn
    p = Path(path)
    if p.is_dir():
        for file in _walk(p, handler):
            if _kind(file) == "jsonl":
                try:
                    _check_file(file, None)
                    yield from _iter_jsonl(file, date=date, max_bytes=max_bytes, on_error=handler)
                except ReadError as e:
                    handler(e)
                continue
            try:
                yield read_document(file, date=date, max_bytes=max_bytes)
            except ReadError as e:
                handler(e)
        return
    _check_file(p, None if _kind(p) == "jsonl" else max_bytes)
    if _kind(p) == "jsonl":
        yield from _iter_jsonl(p, date=date, max_bytes=max_bytes, on_error=handler)
    else:
        yield read_document(p, date=date, max_bytes=max_bytes)


def read_documents(
    path: str | Path, *, date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Document], list[ReadError]]:
    """All articles under ``path`` and the errors of the items that were skipped."""
    errors: list[ReadError] = []
    docs = list(iter_documents(path, date=date, max_bytes=max_bytes, on_error=errors.append))
    return docs, errors


# ---------------------------------------------------------------------------- helpers


def _raise(e: ReadError) -> None:
    raise e


def _warn(e: ReadError) -> None:
    _log.warning("skipped %s", e)


def _kind(p: Path) -> str:
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "sniff"  # an unknown suffix given explicitly: HTML if it looks like HTML, else text


def _check_file(p: Path, max_bytes: int | None) -> None:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UnsupportedInputError(p, "no such file or folder") from None
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}") from e
    if stat.S_ISDIR(st.st_mode):
        raise UnsupportedInputError(p, "is a folder, not a file (kg ingest and iter_documents read folders)")
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedInputError(p, "is not a regular file")
    if max_bytes is not None and st.st_size > max_bytes:
        raise FileTooLargeError(p, _too_large(st.st_size, max_bytes))


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"is {_mb(size)}, more than the limit of {_mb(max_bytes)} "
        "(raise the limit with max_bytes, or --max-mb on the command line)"
    )


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 100_000 else f"{n} bytes"


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    try:
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}") from e
    if len(data) > max_bytes:  # the file grew since stat()
        raise FileTooLargeError(p, _too_large(len(data), max_bytes))
    return data


def _document_from_bytes(data: bytes, source: str, kind: str, *, date: date | None) -> Document:
    if not data.strip():
        raise EmptyDocumentError(source, "is empty" if not data else "holds only whitespace")
    if kind == "sniff":
        kind = "html" if _looks_like_html(data) else "text"
    if kind == "html":
        html = decode_bytes(data, source, encoding=html_declared_charset(data))
        return _document_from_html(html, source, date=date)
    text = decode_bytes(data, source)
    if kind == "markdown":
        page = markdown_to_text(text)
        return _document(page.text, source, title=page.title, published=page.published or date,
                         media_type="text/markdown")
    return _document(text, source, published=date)


def _document_from_html(html: str, source: str, *, date: date | None, title: str = "") -> Document:
    page = html_to_text(html, source)
    return _document(page.text, source, title=title or page.title, published=page.published or date,
                     media_type="text/html")


def _document(text: str, source: str, *, title: str = "", published: date | None = None,
              language: str | None = None, media_type: str = "text/plain") -> Document:
    if not text.strip():
        raise EmptyDocumentError(source, "has no text" if text else "is empty")
    return document_from_text(text, source, title=title, language=language or None,
                              published=published, media_type=media_type)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def _walk(root: Path, on_error: ErrorHandler) -> Iterator[Path]:
    """Supported files under ``root``, hidden ones skipped, sorted by their path below ``root``."""

    def unreadable(e: OSError) -> None:
        on_error(ReadError(e.filename or root, f"cannot be read: {e.strerror or e}"))

    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            file = Path(dirpath) / name
            if not name.startswith(".") and file.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(file)
    yield from sorted(found, key=lambda f: f.relative_to(root).parts)


def _iter_jsonl(
    p: Path, *, date: date | None, max_bytes: int, on_error: ErrorHandler
) -> Iterator[Document]:
    """One Document per line of a JSON Lines file; blank lines are skipped, bad lines reported."""
    try:
        f = p.open("rb")
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}") from e
    with f:
        number = 0
        while True:
            try:
                raw = f.readline(max_bytes + 1)
            except OSError as e:
                raise ReadError(p, f"cannot be read: {e.strerror or e}") from e
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                on_error(BadJsonLineError(p, number, f"is longer than {_mb(max_bytes)}; skipped"))
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = f.readline(max_bytes + 1)
                continue
            if not raw.strip():
                continue
            try:
                yield _jsonl_document(raw, p, number, date=date)
            except ReadError as e:
                on_error(e)


def _jsonl_document(raw: bytes, p: Path, number: int, *, date: date | None) -> Document:
    where = f"{p}:{number}"
    try:
        record = json.loads(decode_bytes(raw, where))
    except (ValueError, RecursionError) as e:  # JSONDecodeError is a ValueError
        reason = e.msg if isinstance(e, json.JSONDecodeError) else type(e).__name__
        raise BadJsonLineError(p, number, f"is not valid JSON ({reason})") from e
    except ReadError as e:
        raise BadJsonLineError(p, number, e.reason) from e
    if not isinstance(record, dict):
        raise BadJsonLineError(p, number, f"is a JSON {type(record).__name__}, not an object")
    source = _field(record, JSONL_SOURCE_FIELDS) or where
    title = _field(record, JSONL_TITLE_FIELDS)
    stated = parse_date(_field(record, JSONL_DATE_FIELDS))
    language = _field(record, JSONL_LANGUAGE_FIELDS)[:8] or None
    text = _field(record, JSONL_TEXT_FIELDS, text_only=True)
    try:
        if not text.strip():
            html = _field(record, JSONL_HTML_FIELDS, text_only=True)
            if html.strip():
                page = html_to_text(html, where)
                return _document(page.text, source, title=title or page.title,
                                 published=stated or page.published or date,
                                 language=language, media_type="text/html")
            raise BadJsonLineError(
                p, number, f"has no text (fields tried: {', '.join(JSONL_TEXT_FIELDS + JSONL_HTML_FIELDS)})"
            )
        if "\x00" in text:
            raise BadJsonLineError(p, number, "has NUL characters in its text")
        return _document(text, source, title=title, published=stated or date, language=language)
    except BadJsonLineError:
        raise
    except ReadError as e:
        raise BadJsonLineError(p, number, e.reason) from e


def _field(record: dict, names: tuple[str, ...], *, text_only: bool = False) -> str:
    """The first non-blank value among ``names`` (strings, or numbers unless ``text_only``)."""
    kinds: tuple[type, ...] = (str,) if text_only else (str, int, float)
    for name in names:
        value = record.get(name)
        if isinstance(value, kinds) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return ""
