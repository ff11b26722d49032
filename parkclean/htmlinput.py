"""HTML → the same text dump the rest of the pipeline reads (block elements on their own lines).

The dump starts with the ``<title>``, as browser and crawler dumps do; ``<meta>`` values that
metadata can use (og:title, article:published_time, author, keywords, canonical URL) come back
in a dict.
"""
from __future__ import annotations

import re

from lxml import html as lxml_html

from .errors import InputError

_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "button"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "nav", "aside", "blockquote", "pre", "dd", "dt", "dl", "form",
          "figure", "figcaption", "main", "hr", "td", "th", "title", "center", "address"}
_META_KEYS = {
    "og:title": "title", "twitter:title": "title", "article:published_time": "published",
    "pubdate": "published", "publishdate": "published", "publish_date": "published", "og:release_date": "published",
    "article:modified_time": "updated", "author": "author", "article:author": "author", "keywords": "keywords",
    "news_keywords": "keywords", "og:url": "url", "og:site_name": "site", "source": "source",
    "article:section": "category", "contentsource": "source",
}


class HtmlMeta(dict):
    """Values from ``<meta>``/``<link>`` tags; a key they lack is looked up, once, in trafilatura's
    metadata extraction (htmldate, JSON-LD …), which is too slow to run on every page up front."""

    def __init__(self, values: dict[str, str], root: "lxml_html.HtmlElement"):
        super().__init__(values)
        self._root: "lxml_html.HtmlElement | None" = root

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        if key not in self and self._root is not None:
            for k, v in _trafilatura_metadata(self._root).items():
                self.setdefault(k, v)
            self._root = None
        return super().get(key, default)


def html_to_dump(markup: str, fallback: bool = False) -> tuple[str, dict[str, str]]:
    """Return (text dump, metadata from ``<meta>``/``<link>`` tags, with trafilatura as fallback)."""
    try:
        root = lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception as e:  # lxml raises several types on hopeless markup
        raise InputError(f"cannot parse HTML: {e}") from None
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if name in _META_KEYS and content and _META_KEYS[name] not in meta:
            meta[_META_KEYS[name]] = content
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.setdefault("url", link.get("href", ""))
    parts: list[str] = []
    title = root.findtext(".//title")
    if title and title.strip():
        parts.append(title.strip() + "\n")
    body = root.find("body")
    _walk(body if body is not None else root, parts)
    return "".join(parts), (HtmlMeta(meta, root) if fallback else meta)


def _trafilatura_metadata(root: "lxml_html.HtmlElement") -> dict[str, str]:
    """trafilatura's metadata (htmldate for the date, JSON-LD, site name, canonical URL) as a
    fallback for what the page's lines do not say. Any failure there leaves the dict empty."""
    try:
        from trafilatura.metadata import extract_metadata
        doc = extract_metadata(root)
    except Exception:  # a metadata helper must never cost the page
        return {}
    if doc is None:
        return {}
    out = {"title": doc.title, "published": doc.date, "author": doc.author, "url": doc.url, "site": doc.sitename,
           "keywords": ",".join(doc.tags or []) or None, "category": ",".join(doc.categories or []) or None}
    return {k: str(v) for k, v in out.items() if v}


_WHITE = re.compile(r"[ \t\r\n\f]+")


def _inline(text: str, pre: bool) -> str:
    """Text as a browser lays it out: outside <pre>, a run of white space (newlines of the HTML
    source included) is one space; lines break only between blocks and at <br>."""
    return text if pre else _WHITE.sub(" ", text)


def _walk(el: "lxml_html.HtmlElement", out: list[str], pre: bool = False) -> None:
    if not isinstance(el.tag, str):  # a comment or processing instruction: its text is not page text
        if el.tail:
            out.append(_inline(el.tail, pre))
        return
    tag = el.tag
    if tag in _SKIP:
        if el.tail:
            out.append(_inline(el.tail, pre))
        return
    block = tag in _BLOCK
    inner = pre or tag == "pre"
    if block:
        out.append("\n")
    if el.text:
        out.append(_inline(el.text, inner))
    for child in el:
        _walk(child, out, inner)
    if block:
        out.append("\n")
    if el.tail:
        out.append(_inline(el.tail, pre))
