"""Reading articles into ``Document`` objects (text decoded, id from a content hash)."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from kg.loaders.models import Document
from kg.ontology import ID


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
