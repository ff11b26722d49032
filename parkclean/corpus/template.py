"""Site-template learning: the lines a site repeats on many of its pages.

Pages of one site share their header, footer, tool bars and promo lines, furniture that no
lexicon may know. A first pass over the corpus reads every page's lines (normalized as the
rules read them, white space dropped) and counts, per site, on how many pages each line occurs.
A line that occurs on at least ``min_pages`` pages of a site and on at least ``min_share`` of
them is part of that site's template; in the second pass it is evidence
(``template.repeated_line``, with its count) that the decision weighs against the line's prose.

**Sites.** A page's site is the host of its URL (the crawl's, or the page's canonical link),
without ``www.``. Pages without a URL are grouped by the lines they share: two pages that have
a line of at least ``link_chars`` characters in common (a site's copyright line, its menu) are
of one group. Sites sharing a CMS may fall into one group; the share threshold then still
holds for lines of the group's bigger members.

**Copies.** Pages that carry one article (the same three longest lines, digits aside: a
reprint, a print view, a copy with its numbers changed) count as one page, so an article
copied across a site does not make its own paragraphs look like the site's template.

**Thresholds** (:class:`Thresholds`): ``min_pages`` 5, ``min_share`` 0.1 (5 pages of a site of
20, 100 of 1,000), lines up to ``max_chars`` 200 characters (longer lines are paragraphs). A
site with fewer than ``min_pages`` pages has no template.
"""
from __future__ import annotations

import hashlib
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence


@dataclass(frozen=True)
class Thresholds:
    """When a line is part of a site's template (see the module's docstring)."""

    min_pages: int = 5
    min_share: float = 0.1
    max_chars: int = 200
    link_chars: int = 8


def line_hash(key: str) -> int:
    """The line as the template counts it: its Simplified key without white space, hashed.

    >>> line_hash("版权所有 某某网") == line_hash("版权所有某某网")
    True
    """
    squashed = "".join(key.split())
    return int.from_bytes(hashlib.blake2b(squashed.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def host_of(url: Optional[str]) -> Optional[str]:
    """A URL's host without ``www.`` (None without a URL).

    >>> host_of("https://WWW.Example.com:8080/a/1.html"), host_of("not a url")
    ('example.com', None)
    """
    if not url:
        return None
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True)
class SiteTemplate:
    """One site's template: how many pages were read, and on how many each template line occurs
    (implements ``evidence.template.Template``)."""

    pages: int
    counts: Mapping[int, int]
    max_chars: int = 200

    def count(self, key: str) -> int:
        if len(key) > self.max_chars:
            return 0
        return self.counts.get(line_hash(key), 0)


@dataclass(frozen=True)
class Fingerprint:
    """What the first pass keeps of a page: its site (None: no URL), its short lines' hashes,
    and the hashes of its lines long enough to link it to pages of the same site."""

    id: str
    host: Optional[str]
    lines: frozenset[int]
    links: frozenset[int] = frozenset()
    article: Optional[int] = None
    """The page's article (its longest lines, digits aside), or None when it has no prose line:
    copies of one article on a site count as one page."""


def fingerprint(doc_id: str, keys: Sequence[str], url: Optional[str], th: Thresholds = Thresholds()) -> Fingerprint:
    """A page's fingerprint from its Simplified keys."""
    short = [k for k in keys if len(k) <= th.max_chars]
    host = host_of(url)
    links = frozenset(line_hash(k) for k in short if len(k) >= th.link_chars) if host is None else frozenset()
    return Fingerprint(doc_id, host, frozenset(map(line_hash, short)), links, article_of(keys))


_DIGITS = str.maketrans("", "", "0123456789０１２３４５６７８９")


def article_of(keys: Sequence[str], longest: int = 3, prose_chars: int = 30) -> Optional[int]:
    """Which article a page carries: a hash of its three longest lines (30+ characters) without
    digits, in any order, so a copy with other numbers or paragraphs swapped is the same article.

    >>> a = ["首页", "园区今年新开工项目12个，总投资超过50亿元，同比增长两成以上，增速居全市前列。", "联系我们"]
    >>> article_of(a) == article_of(list(reversed([k.replace("12", "15") for k in a]))), article_of(["首页"])
    (True, None)
    """
    prose = sorted((k.translate(_DIGITS) for k in keys if len(k) >= prose_chars), key=lambda k: (-len(k), k))
    return line_hash("\n".join(sorted(prose[:longest]))) if prose else None


@dataclass(frozen=True)
class SiteTemplates:
    """Every site's template, and each page's site."""

    templates: Mapping[str, SiteTemplate] = field(default_factory=dict)
    sites: Mapping[str, str] = field(default_factory=dict)
    """document id → its site (host, or ``group:N`` for pages grouped by shared lines)."""

    def for_document(self, doc_id: str) -> Optional[SiteTemplate]:
        site = self.sites.get(doc_id)
        return self.templates.get(site) if site is not None else None

    def summary(self) -> dict[str, int]:
        return {"sites": len({s for s in self.sites.values()}), "sites_with_template": len(self.templates),
                "template_lines": sum(len(t.counts) for t in self.templates.values())}


def _groups(fps: Sequence[Fingerprint]) -> list[int]:
    """Union-find over pages without a URL: pages sharing a long line are one group."""
    parent = list(range(len(fps)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[int, int] = {}
    for i, fp in enumerate(fps):
        for h in fp.links:
            j = first.setdefault(h, i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(fps))]


def learn(fps: Iterable[Fingerprint], th: Thresholds = Thresholds()) -> SiteTemplates:
    """Every site's template from the pages' fingerprints (the first pass)."""
    sites: dict[str, str] = {}
    lines: dict[str, Counter] = {}
    seen: set[tuple[str, int]] = set()   # (site, article): a copy of an article counts once
    pages: Counter = Counter()
    loose: list[Fingerprint] = []

    def count(fp: Fingerprint, site: str) -> None:
        sites[fp.id] = site
        if fp.article is not None:
            if (site, fp.article) in seen:
                return
            seen.add((site, fp.article))
        pages[site] += 1
        lines.setdefault(site, Counter()).update(fp.lines)

    for fp in fps:
        if fp.host is None:
            loose.append(fp)
        else:
            count(fp, fp.host)
    for fp, g in zip(loose, _groups(loose)):
        count(fp, f"group:{g}")
    templates = {}
    for site, counter in lines.items():
        need = max(th.min_pages, th.min_share * pages[site])
        kept = {h: n for h, n in counter.items() if n >= need}
        if kept:
            templates[site] = SiteTemplate(pages[site], kept, th.max_chars)
    return SiteTemplates(templates, sites)
