"""Markup to plain text: the main text of an HTML news page (trafilatura) and of Markdown.

Each function returns a :class:`Page`: the text, and the title and publication date when the
markup says them (HTML ``<title>``/Open Graph/JSON-LD metadata; Markdown front matter or first
heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kg.loaders.errors import EmptyDocumentError, ReadError

__all__ = ["Page", "html_to_text", "markdown_to_text", "parse_date"]


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    published: date | None = None


# Layout wrappers removed when a page is nested too deeply for the HTML parser to keep its text.
_WRAPPERS = re.compile(
    r"</?(?:div|span|section|font|center|table|tbody|tr|td|ul|li|b|i|u|em|strong|small|big|a)\b[^>]*>", re.I
)
_SCRIPT_STYLE = ("script", "style", "noscript", "template")


def html_to_text(html: str, path: str | Path) -> Page:
    """The main text of a page with its title and publication date from the page's metadata."""
    import trafilatura

    try:
        text = _main_text(html)
        if not text and html.count("<") > 2000:
            text = _main_text(_WRAPPERS.sub("\n", html))
        meta = trafilatura.extract_metadata(html)
    except (ValueError, RecursionError, MemoryError) as e:
        raise ReadError(path, f"could not extract text from the HTML ({type(e).__name__})") from e
    except Exception as e:  # noqa: BLE001 - a parser library failing on hostile markup is bad input
        raise ReadError(path, f"could not extract text from the HTML ({type(e).__name__}: {e})") from e
    if not text or not text.strip():
        raise EmptyDocumentError(path, "has no main text in its HTML (empty, or nested too deeply to parse)")
    title = (meta.title or "").strip() if meta is not None else ""
    published = parse_date(meta.date) if meta is not None and meta.date else None
    return Page(text=text, title=title, published=published)


def _main_text(html: str) -> str:
    """trafilatura's main text; for pages it finds none in, all visible text of the body."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except ParserError:
        return ""
    text = trafilatura.extract(tree, include_comments=False, include_tables=True, deduplicate=False)
    if text and text.strip():
        return text
    for bad in tree.xpath("//" + " | //".join(_SCRIPT_STYLE)):
        bad.drop_tree()
    body = tree.find("body")
    return (body if body is not None else tree).text_content().strip()


# ---------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_TAG = re.compile(r"<[^>]{0,500}>")


def markdown_to_text(markdown: str) -> Page:
    """Markdown without its markup: paragraphs, headings and list items on their own lines.

    A YAML front matter block (``---`` … ``---``) is read for ``title`` and ``date``/``published``
    (simple ``key: value`` lines) and left out of the text; without it the first heading is the title.
    """
    from markdown_it import MarkdownIt

    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(markdown)
    if m:
        for line in m.group(1).splitlines():
            f = _FIELD.match(line.strip())
            if f:
                meta[f.group(1).lower()] = f.group(2).strip().strip("\"'")
        markdown = markdown[m.end():]

    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown)
    blocks: list[str] = []
    title = meta.get("title", "")
    heading = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            text = _inline_text(tok.children or [])
            if text.strip():
                blocks.append(text.strip())
                if heading and not title:
                    title = text.strip()
        elif tok.type in ("fence", "code_block"):
            if tok.content.strip():
                blocks.append(tok.content.rstrip())
        elif tok.type == "html_block":
            stripped = _TAG.sub("", tok.content).strip()
            if stripped:
                blocks.append(stripped)
    published = parse_date(meta.get("date") or meta.get("published") or meta.get("pubdate") or "")
    return Page(text="\n\n".join(blocks), title=title, published=published)


def _inline_text(children) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
        elif child.type == "html_inline":
            continue
    return "".join(parts)


# ---------------------------------------------------------------------------- dates


def parse_date(value: object) -> date | None:
    """A date from metadata: ISO 8601 (``2025-03-06``, ``2025-03-06T10:00:00Z``) or, failing that,
    what ``dateparser`` understands (``6. März 2025``, ``March 6, 2025``). ``None`` if none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["de", "en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None
