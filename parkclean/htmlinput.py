"""HTML → the same text dump the rest of the pipeline reads (block elements on their own lines).

The dump starts with the ``<title>``, as browser and crawler dumps do; ``<meta>`` values that
metadata can use (og:title, article:published_time, author, keywords, canonical URL) come back
in a dict.
"""
from __future__ import annotations

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


def html_to_dump(markup: str) -> tuple[str, dict[str, str]]:
    """Return (text dump, metadata from ``<meta>``/``<link>`` tags)."""
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
    return "".join(parts), meta


def _walk(el: "lxml_html.HtmlElement", out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        if el.tail:
            out.append(el.tail)
        return
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append("\n")
    if el.tail:
        out.append(el.tail)
