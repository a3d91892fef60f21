"""Bytes to text: UTF-8 first, then a detected legacy encoding, refusing binary data.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; NUL bytes mean binary; strict UTF-8;
then ``charset-normalizer`` guesses. When its guess is a Latin-script single-byte code page (it
often says cp1250 for German text), the text is read as Windows-1252, the superset of Latin-1 that
German and English files in the wild use (so ``à``, ``è``, ``€`` and the German quotes come out
right); other scripts keep the detected encoding (cp1251 Cyrillic, Shift-JIS, ...).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from kg.loaders.errors import BinaryFileError, DecodeError

__all__ = ["decode_bytes", "html_declared_charset"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that real text does not contain (tab, newlines, form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
_LATIN_ALPHABETS = {
    "Basic Latin", "Latin-1 Supplement", "Latin Extended-A", "Latin Extended-B",
    "Latin Extended Additional", "General Punctuation", "Currency Symbols", "Letterlike Symbols",
    "Spacing Modifier Letters", "Number Forms",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_bytes(data: bytes, path: str | Path, *, encoding: str | None = None) -> str:
    """Decode ``data`` (the content of ``path``) to text, or raise a ``ReadError`` naming the path.

    ``encoding``, when given (a charset an HTML page declares), is tried first. Stray control
    characters are removed; a file where they are more than 1 % of the text is refused as binary.
    """
    text = _decode(data, path, encoding)
    controls = len(_CONTROL.findall(text))
    if controls:
        if controls > max(1, len(text) * _MAX_CONTROL_SHARE):
            raise BinaryFileError(path, "looks like a binary file (control characters), not text")
        text = _CONTROL.sub("", text)
    return text


def html_declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if Python knows it.

    As browsers do (WHATWG Encoding), a declared Latin-1 or ASCII is read as Windows-1252.
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _decode(data: bytes, path: str | Path, encoding: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise DecodeError(path, f"is not valid {codec} despite its byte-order mark") from e
    if b"\x00" in data:
        raise BinaryFileError(path, "contains NUL bytes: a binary file, not text")
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryFileError(path, "is not text in any encoding that could be detected (binary file?)")
    if set(best.alphabets) <= _LATIN_ALPHABETS:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    text = str(best)
    if not text.strip() and data.strip():
        raise DecodeError(path, "could not be decoded")
    return unicodedata.normalize("NFC", text)
