"""Metadata a page states for machines: JSON-LD (schema.org ``NewsArticle``, ``BlogPosting`` …)
and ``<time datetime>``. Read once from the parsed page by ``htmlinput``, each value a fallback
behind the ``<meta>`` tags (the metadata step weighs them after the page's own lines).

>>> from lxml import html
>>> structured(html.fromstring('<html><head><script type="application/ld+json">'
...     '{"@type": "NewsArticle", "headline": "园区新规出台", "datePublished": "2024-03-08T10:20:00+08:00",'
...     ' "author": [{"@type": "Person", "name": "张三"}, {"name": "李四"}]}</script></head>'
...     '<body><time datetime="2024-03-09">3月9日</time></body></html>'))
{'title': '园区新规出台', 'published': '2024-03-08T10:20:00+08:00', 'author': '张三、李四'}
>>> structured(html.fromstring('<html><head><script type="application/ld+json">'
...     '{"@type": "DiscussionForumPosting", "dateCreated": "2024-05-12T09:06:00+08:00"}</script></head></html>'))
{'published': '2024-05-12T09:06:00+08:00'}
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from lxml import html as lxml_html

_LD_CHARS = 200_000          # a JSON-LD block longer than this is not read
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "WebPage", "ReportageNewsArticle",
                  "AnalysisNewsArticle", "OpinionNewsArticle", "SocialMediaPosting", "DiscussionForumPosting")


def _objects(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every JSON-LD object, also inside ``@graph`` and lists."""
    if depth > 4:
        return
    if isinstance(data, list):
        for d in data:
            yield from _objects(d, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _objects(data["@graph"], depth + 1)


def _names(value: Any) -> list[str]:
    """A schema.org author: a string, a Person, or a list of them."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value[:8] for n in _names(v)]
    return []


def _article(root: "lxml_html.HtmlElement") -> dict[str, str]:
    for script in root.iter("script"):
        text = script.text or ""
        if "ld+json" not in (script.get("type") or "") or not text.strip():
            continue
        for obj in ld_objects(text):
            if not _is_article(obj):
                continue
            out = {"title": obj.get("headline") or obj.get("name"), "published": obj.get("datePublished") or obj.get("dateCreated"),
                   "updated": obj.get("dateModified"), "author": "、".join(_names(obj.get("author")))}
            return {k: v.strip() for k, v in out.items() if isinstance(v, str) and v.strip()}
    return {}


def ld_objects(text: str) -> Iterator[dict]:
    """Every object of a JSON-LD block (a block too long or broken says nothing)."""
    if len(text) > _LD_CHARS:
        return
    try:
        data = json.loads(text)
    except ValueError:
        return
    yield from _objects(data)


def _is_article(obj: dict, untyped: bool = False) -> bool:
    """The object is an article's (``untyped``: or has no type, as ``{"@id": …}`` naming the page)."""
    kind = obj.get("@type")
    if kind is None:
        return untyped
    return any(k in _ARTICLE_TYPES for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str))


def article_urls(text: str) -> Iterator[str]:
    """The addresses an article's JSON-LD object gives itself (``url``, ``@id``,
    ``mainEntityOfPage``), not its author's, publisher's or logo's (nested objects are not read).

    >>> list(article_urls('{"@type": "NewsArticle", "url": "https://news.example.com/a/1.html"}'))
    ['https://news.example.com/a/1.html']
    >>> list(article_urls('{"@type": "NewsArticle", "author": {"url": "http://www.example.com/"}}'))
    []
    """
    for obj in ld_objects(text):
        if not _is_article(obj, untyped=True):
            continue
        for key in ("url", "@id", "mainEntityOfPage"):
            value = obj.get(key)
            value = value.get("@id") if isinstance(value, dict) else value
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                yield value


_MARKED_AUTHOR = ("//*[@itemprop='author']//*[@itemprop='name'] | //*[@itemprop='author'][not(.//*[@itemprop='name'])]"
                  " | //*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]"
                  "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
# (a person's name: a forum's handle, 园区运维-小葛, a box's longer text are none)


def _marked_author(root: "lxml_html.HtmlElement") -> str:
    """The author a page marks up for machines in its text: schema.org microdata (itemprop="author",
    its itemprop="name") or an hCard in the author's box (class="author vcard" … class="fn")."""
    for el in root.xpath(_MARKED_AUTHOR):  # (a <meta itemprop="name" content="…"> holds its value in content)
        name = " ".join(((el.get("content") or "") if el.tag == "meta" else "".join(el.itertext())).split())
        if _PERSON.fullmatch(name):
            return name
    return ""


def structured(root: "lxml_html.HtmlElement") -> dict[str, str]:
    """title, published (or, where no day of publishing is stated, created), updated, author from
    JSON-LD; published from the first ``<time datetime>``;
    the author marked up in the page's text (microdata, an hCard: ``marked_author``, which the
    metadata step takes only for a person's name) when JSON-LD names none.

    >>> structured(lxml_html.fromstring('<p><span class="author vcard"><a class="url fn n">张三</a></span> 文</p>'))
    {'marked_author': '张三'}
    >>> structured(lxml_html.fromstring('<div itemprop="author" itemscope><meta itemprop="name" content="李四"></div>'))
    {'marked_author': '李四'}
    """
    out = _article(root)
    if "author" not in out and (name := _marked_author(root)):
        out["marked_author"] = name
    if "published" not in out:
        for t in root.iter("time"):
            value = (t.get("datetime") or "").strip()
            if value[:4].isdigit():
                out["published"] = value
                break
    return out
