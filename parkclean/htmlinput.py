"""HTML → the same text dump the rest of the pipeline reads (block elements on their own lines).

The dump starts with the ``<title>``, as browser and crawler dumps do; ``<meta>`` values that
metadata can use (og:title, article:published_time, author, keywords, canonical URL) come back
in a dict.
"""
from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from typing import Optional

from lxml import etree
from lxml import html as lxml_html

from .errors import InputError
from .htmldom import BLOCK as _BLOCK, SKIP as _SKIP, WHITE as _WHITE, DomLine, token_label, walk
from .structured import article_urls, structured

_META_KEYS = {
    "og:title": "title", "twitter:title": "title", "article:published_time": "published",
    "pubdate": "published", "publishdate": "published", "publish_date": "published", "og:release_date": "published",
    "article:modified_time": "updated", "author": "author", "article:author": "author", "keywords": "keywords",
    "news_keywords": "keywords", "og:url": "url", "url": "url", "og:site_name": "site", "source": "source",
    "article:section": "category", "contentsource": "source",
    "sitename": "site", "columnname": "category",  # (the metas a Chinese government site's pages carry)
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


@dataclass(frozen=True)
class HtmlPage:
    """An HTML page read: its text dump, the values of its ``<meta>`` tags, and what the DOM says
    of each line of the dump (``doms[k]`` is line ``k + 1``)."""

    dump: str
    meta: dict[str, str]
    doms: tuple[DomLine, ...]


def html_to_page(markup: str, fallback: bool = False, warnings: Optional[list[str]] = None) -> HtmlPage:
    """The dump, the ``<meta>`` values (with trafilatura as fallback) and the DOM signals of a page.
    What the parse had to give up is appended to ``warnings``, when given."""
    root = _parse(markup, warnings if warnings is not None else [])
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if name in _META_KEYS and content and _META_KEYS[name] not in meta \
                and not (_META_KEYS[name] == "url" and _home(content)):  # (the site's address names no page)
            meta[_META_KEYS[name]] = content
    for k, v in structured(root).items():  # JSON-LD and <time>: behind the <meta> tags …
        if k == "published" and _OTHER_ZONE.search(meta.get(k, "")) and not _OTHER_ZONE.search(v):
            meta[k] = v  # … unless a tag gives the time in another zone (UTC) and they give the page's own
        else:
            meta.setdefault(k, v)
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.setdefault("url", link.get("href", ""))
    if "url" in meta and _home(meta["url"]):
        del meta["url"]  # a canonical link to the site's home page names the site, not this page
    if "url" not in meta:
        found = page_url(root, markup)
        if found:
            meta["url"] = found
    if (tags := _tag_links(root, markup)) is not None:
        meta["tag_links"] = tags
    heads = [h for h in (_WHITE.sub(" ", "".join(e.itertext())).strip() for e in root.iter("h1")) if h]
    if len(heads) == 1:  # the page's one top heading (a page whose logo and headline are both <h1> names neither)
        meta["h1"] = heads[0]
    title = _WHITE.sub(" ", root.findtext(".//title") or "").strip()  # one line, however the source breaks it
    body = root.find("body")
    text, doms = walk(body if body is not None else root)
    if _sentences(text, 1) < 1 and any(_sentences("".join(n.itertext()), 2) >= 2
                                       for n in root.xpath("//noscript[not(ancestor::noscript)]")):
        text, doms = walk(body if body is not None else root, noscript=True)  # (a script renders the text; <noscript> holds it)
    if title:  # the dump starts with the title, as browser and crawler dumps do
        text, doms = title + "\n" + text, [DomLine(), *doms]
        meta["page_title"] = title
    return HtmlPage(text, HtmlMeta(meta, root) if fallback else meta, tuple(doms))


_OTHER_ZONE = re.compile(r"(?:Z|[+-](?!08:?00)\d{2}:?\d{2})$")  # a timestamp in another zone than China's (UTC)
_TAG_HREFS = ("/tag/", "/tags/", "/tag?")  # a tag page's address (each holds /tag: one scan finds them all)
_TAG_XPATH = "//a[" + " or ".join(f"contains(@href, '{h}')" for h in _TAG_HREFS) + "]"
_TAG_LINKS = 12   # links a box of the article's tags holds at most
_TAG_CHARS = 16   # characters of one tag at most


def _tag_links(root: "lxml_html.HtmlElement", markup: str) -> Optional[str]:
    """The article's tags when the page links them to its tag pages (``<a href="/tag/igbt">IGBT</a>``,
    comma-joined): the links of the one element whose links all go to tag pages. Two such boxes
    (the article's and a sidebar's cloud of hot tags) name none."""
    if "/tag" not in markup:  # (one substring scan, 0.05 ms: most pages link no tag page)
        return None
    boxes: dict[object, list[str]] = {}
    for a in root.xpath(_TAG_XPATH):
        box = a.getparent()
        if box is not None and box.tag == "li":  # (<ul><li><a …>: the list is the box)
            box = box.getparent()
        boxes.setdefault(box, []).append(_WHITE.sub(" ", "".join(a.itertext())).strip().lstrip("#"))
    found = [words for box, words in boxes.items()
             if len(words) <= _TAG_LINKS and len(box.findall(".//a")) == len(words)  # type: ignore[attr-defined]
             and all(0 < len(w) <= _TAG_CHARS for w in words) and _only_links(box, words) and not _aside(box)]
    return "，".join(dict.fromkeys(found[0])) if len(found) == 1 else None


_BOX_LABEL = 6  # characters a tag box may hold besides its links (its label: 标签：, Tags)


def _only_links(box: object, words: list[str]) -> bool:
    """The box holds its links and at most a short label: a box, not a paragraph linking a word."""
    rest = _WHITE.sub("", "".join(box.itertext()))  # type: ignore[attr-defined]
    for w in words:
        rest = rest.replace(_WHITE.sub("", w), "", 1)
    return len(rest.strip("#|｜/、,，·:：")) <= _BOX_LABEL


_ASIDE = ("nav", "related", "ad")  # what a sidebar's class names say (dom_tokens.tsv; a post's footer holds its tags)
_ASIDE_LEVELS = 6  # ancestors of a tag box whose names are read


def _aside(box: object) -> bool:
    """The box or one of its near ancestors is named as a sidebar, a list of other pages or an
    ad (side-bar, hot-news, ad): a site's cloud of tags, not the article's."""
    el = box
    for _ in range(_ASIDE_LEVELS):
        if el is None or el.tag in ("body", "html"):  # type: ignore[attr-defined]
            return False  # (the page's own names, page-news channel-local, say nothing of the box)
        names = " ".join(v for v in (el.get("class"), el.get("id")) if v).lower()  # type: ignore[attr-defined]
        if names and token_label(names) in _ASIDE:
            return True
        el = el.getparent()  # type: ignore[attr-defined]
    return False


def _home(url: str) -> bool:
    """The address of a site's home page (its path empty or /): a site's, not a page's."""
    return urllib.parse.urlsplit(url).path in ("", "/")


_SENTENCE_CHARS = 20  # a sentence of some length: this many characters of its line before its stop


def _sentences(text: str, enough: int) -> int:
    """How many sentences of some length the text holds, counted up to ``enough`` (from each 。,
    looking back: a page's first sentences come early, so this reads little of it)."""
    found, i = 0, text.find("。")
    while i != -1 and found < enough:
        before = text[max(0, i - _SENTENCE_CHARS):i]
        if i >= _SENTENCE_CHARS and "\n" not in before and "。" not in before:
            found += 1
        i = text.find("。", i + 1)
    return found


def html_to_dump(markup: str, fallback: bool = False,
                 warnings: Optional[list[str]] = None) -> tuple[str, dict[str, str]]:
    """Return (text dump, metadata from ``<meta>``/``<link>`` tags, with trafilatura as fallback)."""
    page = html_to_page(markup, fallback, warnings)
    return page.dump, page.meta


_DEEP = "Excessive depth"
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)(?![\w:-])[^<>]*>")


def _parse(markup: str, warnings: list[str]) -> "lxml_html.HtmlElement":
    """Parse without losing text to libxml2's depth limit: huge_tree lifts it from 256 levels to
    2048, and a page nested deeper still is parsed again flattened (inline tags dropped, block
    tags made line breaks), with a warning."""
    root, deep = _parse_once(markup)
    if deep:
        root, _ = _parse_once(_TAG.sub(_flat_tag, markup))
        warnings.append("HTML nested deeper than the parser's limit (2048 levels): parsed flattened, "
                        "block elements as line breaks, so no text is lost")
    return root


_HEADING_TAG = re.compile(rb"<(/?)[hH]([1-6])(?![\w-])")


def _headings_closed(markup: bytes) -> bytes:
    """The markup with a heading closed by another level's end tag (``<h1>标题</h2>``) closed by its
    own: a browser ends the open heading there, libxml2 ignores the tag and the heading swallows
    the page after it. Markup without such a tag is returned as it is. (One scan of the bytes,
    about 0.08 ms a page.)

    >>> _headings_closed("<h1>标题</h2><p>正文</p>".encode()).decode(), _headings_closed(b"<h2>x</h2><hr></h3>")
    ('<h1>标题</h1><p>正文</p>', b'<h2>x</h2><hr></h3>')
    """
    level: Optional[bytes] = None
    wrong: list[tuple[int, bytes]] = []  # (where an end tag's level is, the level of the heading it closes)
    for m in _HEADING_TAG.finditer(markup):
        if not m.group(1):
            level = m.group(2)
        else:
            if level is not None and m.group(2) != level:
                wrong.append((m.start(2), level))
            level = None
    if not wrong:
        return markup
    out, last = [], 0
    for at, lv in wrong:
        out += [markup[last:at], lv]
        last = at + 1
    out.append(markup[last:])
    return b"".join(out)


_TITLE_OPEN = re.compile(rb"<title(?![\w-])[^<>]*>", re.I)
_TITLE_END = re.compile(rb"</title", re.I)


def _title_closed(markup: bytes) -> bytes:
    """The markup with a ``<title>`` that is never closed closed before the next tag: its text is
    raw text to the parser, so the whole page after it would become the title (and its tags text
    of the body, as libxml2 recovers). Markup with a closed title, or none, is returned as it is.

    >>> _title_closed("<title>园区新闻 <body><p>正文</p>".encode()).decode()
    '<title>园区新闻 </title><body><p>正文</p>'
    >>> _title_closed(b"<title>a</TITLE><p>b</p>")
    b'<title>a</TITLE><p>b</p>'
    """
    m = _TITLE_OPEN.search(markup)
    if m is None or _TITLE_END.search(markup, m.end()) is not None:
        return markup
    cut = markup.find(b"<", m.end())
    cut = len(markup) if cut < 0 else cut
    return markup[:cut] + b"</title>" + markup[cut:]


def _parse_once(markup: str) -> "tuple[lxml_html.HtmlElement, bool]":
    # lxml.etree's parser, not lxml.html's: its elements need no Python class lookup per element
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        root = etree.fromstring(_title_closed(_headings_closed(markup.encode("utf-8"))), parser=parser)
        if root is None:  # no element at all (only text or a comment)
            root = etree.fromstring(b"<html><body></body></html>", parser=parser)
    except Exception as e:  # lxml raises several types on hopeless markup
        raise InputError(f"cannot parse HTML: {e}") from None
    return root, any(_DEEP in e.message for e in parser.error_log)


def _flat_tag(m: "re.Match[str]") -> str:
    name = m.group(2).lower()
    if name in _SKIP or name in ("html", "body", "title", "meta", "link"):
        return m.group(0)
    return "<br>" if name in _BLOCK else ""


_SHARE_HINT = ("share", "qzone", "sharer", "intent/tweet", "weibo.com", "line.me")
_QR_HINT = re.compile(r"qr", re.I)
_QR_WRITTEN = ("qr", "QR", "Qr")
_QR_XPATH = "//*[" + " or ".join(f"contains(@{a}, '{q}')" for a in ("id", "class") for q in _QR_WRITTEN) + "]"
_QR_ATTRS = ("title", "data-url", "data-text")
_SHARE_KEYS = ("url", "u")  # a share link's query key for the page's address (…share.php?url=https%3A…)
_ADDRESS_VALUE = re.compile(r"=[\"']?http")  # a value that is a web address, in a query or an attribute


def _written(markup: str) -> tuple[bool, bool]:
    """What the markup must hold for a reader of ``page_url`` to find anything (one scan, far
    cheaper than a query over every element): (a query key of a share link's address, url=http…;
    an attribute of a QR code's address, title="http…")."""
    share = qr = False
    for m in _ADDRESS_VALUE.finditer(markup):
        before = markup[max(0, m.start() - 9):m.start()]
        share = share or before.endswith(_SHARE_KEYS)
        qr = qr or before.endswith(_QR_ATTRS)
        if share and qr:
            break
    return share, qr


def page_url(root: "lxml_html.HtmlElement", markup: Optional[str] = None) -> str | None:
    """The page's own URL where no canonical link or og:url gives it, from what pages carry it
    in: a JSON-LD ``@id``/``url``, the ``url=`` of a share button's link, a QR code's title.

    >>> page_url(lxml_html.fromstring('<a href="https://s.example.com/share.php?url=https%3A%2F%2Fnews.example.com%2Fa%2F1.html&title=x">分享</a>'))
    'https://news.example.com/a/1.html'
    >>> page_url(lxml_html.fromstring('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"url": "http://www.example.com/"}}</script>')) is None
    True
    """
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "") and script.text:
            for found in article_urls(script.text):  # (a site's home page names no page)
                if not _home(found):
                    return found
    share, qr = _written(markup) if markup is not None else (True, True)
    hrefs = root.xpath("//a[contains(@href, '?')]/@href") if share else ()
    for href in hrefs:  # (links with a query: libxml2 finds them)
        href = str(href)
        if any(h in href.lower() for h in _SHARE_HINT):
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)
            for key in ("url", "u"):
                for value in query.get(key, ()):
                    host = urllib.parse.urlsplit(value).netloc.lower()
                    if value.startswith(("http://", "https://")) and not any(h in host for h in _SHARE_HINT):
                        return value  # (not the share service's own address)
    if markup is not None and not (qr and any(q in markup for q in _QR_WRITTEN)):
        return None  # (the page never writes qr, or no address as such a value: its elements need not be read)
    for el in root.xpath(_QR_XPATH):  # (the elements whose id or class says qr, found by libxml2)
        if _QR_HINT.search((el.get("id") or "") + " " + (el.get("class") or "")):
            for attr in _QR_ATTRS:
                value = (el.get(attr) or "").strip()
                if value.startswith(("http://", "https://")):
                    return value
    return None


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

