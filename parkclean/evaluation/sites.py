"""Which annotated pages come from the same site: the groups of a leave-site-out evaluation.

Two pages are of one site when their annotations name the same site, or their HTML twins point at
the same registered domain (the canonical link or ``og:url``, else the host most of their links
go to). A page with neither is a site of its own; so is every hand-written hard case.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional
from urllib.parse import urlsplit

from .corpus import Case

_CANONICAL = re.compile(r"<link\b[^<>]{0,300}?rel=[\"']?canonical[\"']?[^<>]{0,300}?href=[\"']([^\"'<>]{1,500})", re.I)
_OG_URL = re.compile(r"property=[\"']og:url[\"'][^<>]{0,300}?content=[\"']([^\"'<>]{1,500})", re.I)
_HREF = re.compile(r"href=[\"'](https?://[^\"'\s>]+)", re.I)
# second-level labels under which a country's sites register (example.com.cn, example.co.uk)
_SECOND = {"com", "net", "org", "gov", "edu", "co", "ac"}
# hosts that pages link to without being theirs (share buttons, filings, browsers)
_FOREIGN = {"weibo.com", "qq.com", "facebook.com", "twitter.com", "google.com", "baidu.com", "miit.gov.cn",
            "beian.gov.cn", "goo.gl", "microsoft.com", "youtube.com", "browsehappy.com", "jsdelivr.net"}


def domain(url_or_host: str) -> Optional[str]:
    """The registered domain of a URL or host.

    >>> domain("http://news.example.com.cn/a.html"), domain("www.example.org")
    ('example.com.cn', 'example.org')
    """
    host = urlsplit(url_or_host).netloc if "//" in url_or_host else url_or_host
    host = host.split(":")[0].lower().strip(".")
    parts = host.split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in _SECOND and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def page_domain(html: str) -> Optional[str]:
    """The domain a page says is its own (canonical link, og:url), else the one most of its
    links go to (share services and filing sites left out)."""
    m = _CANONICAL.search(html) or _OG_URL.search(html)
    if m and (d := domain(m.group(1))):
        return d
    counts = Counter(d for u in _HREF.findall(html) if (d := domain(u)) and d not in _FOREIGN)
    return counts.most_common(1)[0][0] if counts else None


def groups(cases: Iterable[Case]) -> dict[str, str]:
    """Case name → a site key shared by the pages of one site."""
    cases = list(cases)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for c in cases:
        node = "case:" + c.name
        find(node)
        if c.subset == "hard":
            continue
        site = c.gold.get("site")
        if site:
            union(node, "site:" + site)
        twin = c.page.with_suffix(".html")
        if twin.exists():
            d = page_domain(twin.read_text(encoding="utf-8", errors="replace"))
            if d:
                union(node, "domain:" + d)
    roots: dict[str, str] = {}
    out = {}
    for c in cases:
        r = find("case:" + c.name)
        out[c.name] = roots.setdefault(r, c.name)  # the first page of the group names it
    return out
