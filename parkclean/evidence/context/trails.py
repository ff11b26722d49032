"""A breadcrumb trail laid out one link per line, and tags one per line under their label."""
from __future__ import annotations

from ...model import Label
from ..base import Evidence, Found, Page, page_rule


_TRAIL_SEPS = (">", "»", "›", "＞", "→", "/", "&gt;")
_HOME_WORDS = frozenset({"首页", "主页", "网站首页", "首頁", "主頁"})
_TRAIL_LINES = 8
_CRUMB_ITEM_CHARS = 12


@page_rule("context.breadcrumb_lines", stage=2)
def breadcrumb_lines(page: Page) -> Found:
    """A breadcrumb laid out one link per line. After a trail line (当前位置： / 首页 / >新闻, or
    首页> / 新闻>), the lines that start with a separator, end with one after a line that did, or
    are a home link belong to it; right after a bare label (当前位置：) the first item may be any
    short link. And short links with separator lines between them (某某网 / > / 要闻 / >) are a trail
    (the headline under it is not one of its links: this rule reads the title rules' lines)."""
    n = len(page)
    taken: set[int] = set()
    for i in range(n):
        if page.labels[i] is not Label.BREADCRUMB or i in taken:
            continue
        bare = page.keys[i].rstrip().endswith(("：", ":"))
        j = i + 1
        while j < n and j - i <= _TRAIL_LINES and page.form[j] is None:
            k, f = page.keys[j].strip(), page.feats[j]
            goes_on = k.endswith(_TRAIL_SEPS) and page.keys[j - 1].rstrip().endswith(_TRAIL_SEPS)
            if f.chars > 20 or f.stops or not (k.startswith(_TRAIL_SEPS) or k in _HOME_WORDS or goes_on
                                                or (bare and j == i + 1)):
                break
            taken.add(j)
            yield j, Evidence("context.breadcrumb_lines", Label.BREADCRUMB, "goes on with the breadcrumb trail above")
            j += 1
    i = 0
    while i + 2 < n:
        if not (_crumb_item(page, i) and _separator_line(page, i + 1) and _crumb_item(page, i + 2)):
            i += 1
            continue
        chain, j = [i], i
        while j + 2 < n and _separator_line(page, j + 1) and _crumb_item(page, j + 2):
            chain += [j + 1, j + 2]
            j += 2
        if j + 1 < n and _separator_line(page, j + 1):
            chain.append(j + 1)
        for m in chain:
            if m not in taken:
                yield m, Evidence("context.breadcrumb_lines", Label.BREADCRUMB, "a link of a trail laid out one per line",
                                  "claim")
        i = chain[-1] + 1


def _crumb_item(page: Page, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and i not in page.titles and 1 <= f.chars <= _CRUMB_ITEM_CHARS and not f.punct \
        and not f.separators


def _separator_line(page: Page, i: int) -> bool:
    return page.keys[i].strip() in _TRAIL_SEPS


_TAG_LINES = 12  # tags laid out one per line under a bare label: at most this many …
_TAG_CHARS = 12  # … each at most this long, without punctuation


@page_rule("context.tag_lines")
def tag_lines(page: Page) -> Found:
    """A tag label on a line of its own (标签： / 关键字：) heads tags laid out one per line: the short
    unpunctuated lines after it, up to the next marker or longer line, are the tags."""
    n = len(page)
    for i in range(n):
        if page.labels[i] is not Label.TAGS or not page.keys[i].rstrip().endswith(("：", ":")):
            continue
        j = i + 1
        while j < n and j - i <= _TAG_LINES and page.form[j] is None:
            f = page.feats[j]
            if f.chars > _TAG_CHARS or f.punct or f.separators:
                break
            yield j, Evidence("context.tag_lines", Label.TAGS, "a tag under the tag label above")
            j += 1
