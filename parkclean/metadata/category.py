"""The page's section (category): the value after a category label (所属栏目：…), a paper's page
(第A02版：要闻), or a breadcrumb trail's last step before the headline (首页 > 园区动态 > 正文)."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..evidence.matcher import lexicon_pattern
from .fields import BILINGUAL_ITEM, after_label

_CRUMB_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:>|»|›|→|/|＞|&gt;)\s*")
_FIRST_VALUE = re.compile(r"(?P<v>[^\s:：]{2,12})(?=\s|$)")
_CRUMB_SKIP = frozenset({"首页", "主页", "网站首页", "正文", "正文内容", "内容", "详情", "详细内容", "文章", "新闻中心",
                         "问题详情", "帖子详情", "文章详情", "新闻详情", "详情页", "正文页",
                         "阅读文章", "浏览文章", "查看内容"})
# skipped words that still name a section when the trail has nothing more specific
_CRUMB_GENERIC = frozenset({"新闻中心"})


def category_from_label(line: str) -> Optional[str]:
    """``所属分类：科技`` → ``科技``: the value after a category label (the labels are the lexicon's
    ``marker.category`` row).

    >>> category_from_label("所属栏目：园区动态"), category_from_label("所属分类："), category_from_label("全站分类：国内旅游")
    ('园区动态', None, '国内旅游')
    >>> category_from_label("所属分类：园区动态 发布时间：2024-05-01"), category_from_label("文章分类：园区动态  浏览：120")
    ('园区动态', '园区动态')
    """
    line = line.strip()
    if lexicon_pattern("marker.category").confirm(line) is None:
        return None
    colon = min((k for k in (line.find("："), line.find(":")) if k >= 0), default=-1)
    m = _FIRST_VALUE.match(line[colon + 1:].lstrip()) if colon >= 0 else None  # the value right after the label
    return m.group("v") if m else None


_EDITION_PAGE = re.compile(r"^(?P<current>当前版\s*[:：])?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*(?P<v>[\u4e00-\u9fff·]{2,10})"
                           r"(?P<turn>(?:\s+(?:上一版|下一版))+)?$")  # (the page's own, with its buttons to turn it)


def category_from_edition(lines: Sequence[str]) -> Optional[tuple[int, str]]:
    """A paper's page on the web names its section (``第A02版：要闻``: a page number, 版, then the
    section's name, the line's whole text): the line naming the current page (``当前版：第03版：经济新闻``, or the one with buttons to
    turn the page: ``第A03版：园区经济 上一版 下一版``),
    else the only such line, and its section; None when several list the paper's pages.

    >>> category_from_edition(["第A02版：要闻"]), category_from_edition(["第01版：要闻", "第02版：综合"])
    ((0, '要闻'), None)
    >>> category_from_edition(["第01版：要闻", "第02版：综合", "当前版：第02版：综合"]), category_from_edition(["A02：要闻"])
    ((2, '综合'), None)
    >>> category_from_edition(["第A03版：园区经济 上一版 下一版", "第A01版：要闻", "第A03版：园区经济"])
    (0, '园区经济')
    """
    found = [(k, m) for k, line in enumerate(lines) if (m := _EDITION_PAGE.match(line.strip()))]
    current = [(k, m) for k, m in found if m.group("current") or m.group("turn")]
    k, m = current[0] if current else found[0] if len(found) == 1 else (-1, None)
    return (k, m.group("v")) if m else None


_LINK_MARK = re.compile(r"\[\d{1,4}\]")


_CUT_HEADLINE = re.compile(r"(?:\.{3}|…)$|[，。！？]")  # the trail's last step, the headline cut short (…) or a sentence


def category_from_breadcrumb(line: str, title: Optional[str] = None) -> Optional[str]:
    """``当前位置：首页 > 园区动态 > 正文`` → ``园区动态`` (a trail ending in the
    headline gives the part before it).

    >>> category_from_breadcrumb("首页> 新闻中心>"), category_from_breadcrumb("首页 > 新闻中心 > 园区动态 > 正文")
    ('新闻中心', '园区动态')
    >>> category_from_breadcrumb("您现在的位置是：首页 > 园区动态"), category_from_breadcrumb("[12]首页 > [13]经济 > 正文")
    ('园区动态', '经济')
    >>> category_from_breadcrumb("首页 Home > 园区动态 Park News > 正文 Article")  # (a bilingual trail's English words)
    '园区动态'
    """
    line = _LINK_MARK.sub("", line)  # (a text browser's numbers of its links: 首页 > [13]经济)
    rest = after_label("marker.breadcrumb", line.strip())  # 当前位置：(the lexicon's breadcrumb labels)
    body = (rest if rest is not None else line).strip()
    items = [BILINGUAL_ITEM.sub("", p.strip()) for p in _CRUMB_SEP.split(body) if p.strip()]
    parts = [p for p in items if p not in _CRUMB_SKIP and not _CUT_HEADLINE.search(p)]
    if parts and title and parts[-1] in title and len(parts[-1]) >= max(4, 0.6 * len(title)):
        parts = parts[:-1]
    if not parts:  # 首页 > 新闻中心: a generic section is still the section
        parts = [p for p in items if p in _CRUMB_GENERIC]
    return parts[-1] if parts else None
