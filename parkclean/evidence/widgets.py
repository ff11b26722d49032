"""Line rules for a page's widgets, each read off one line: page-tool bars (【打印本页】【关闭窗口】,
字号：大 中 小, 赞 41 分享), bracketed link bars, share buttons, an app's prompt to download it, a call
to act, and a line of hashtags (:mod:`form` imports them, and a marker's test whether its line
heads a section of the text's outline)."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicons
from ..features import Features
from ..model import Label
from .base import Hits, line_rule


_OUTLINE_CHARS = 10  # characters of a section's heading at least, for a marker's word to be its words


def outline_heading(key: str, f: Features, hits: Hits) -> bool:
    """A heading of the text's outline numbered in words, no sentence (二、点赞多的视频，不一定是好视频,
    （三）…): a widget's word inside it is the heading's subject, not a widget (a list numbered in
    digits may be a box's; a numbered notice in a footer, 一、凡本网注明…。, is a sentence)."""
    return "shape.section_number" in hits and f.chars >= _OUTLINE_CHARS and not f.stops and not key[:1].isdigit()


_TOOL_WORDS = lexicons.words("tools.txt")
_INTERFACE = lexicons.interface_words()
_TOOL_FIRST = frozenset(w[0] for w in _INTERFACE)
_TOOL_SPLIT = re.compile(r"[\s【】\[\]|｜/()（）:：]+")


_LONGEST_INTERFACE = max(map(len, _INTERFACE))


def _glued_words(text: str) -> Optional[list[str]]:
    """``text`` read whole as interface words written without spaces, the fewest words first
    (a left-to-right table of the best split of each prefix: linear in the text's length)."""
    best: list[Optional[list[str]]] = [[]] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - _LONGEST_INTERFACE), end):
            prev = best[start]
            if prev is not None and text[start:end] in _INTERFACE and (best[end] is None or len(prev) + 1 < len(best[end])):  # type: ignore[arg-type]
                best[end] = prev + [text[start:end]]
    return best[-1]


@line_rule("tools.bar", Label.TOOLS, max_chars=40)
def tool_bar(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A line made only of page-tool words (【打印本页】【关闭窗口】, 字号：大 中 小), or of tool words
    among other interface words and their counts (我来说两句(58) 复制链接 打印 大 中 小)."""
    first = key.lstrip("【[ ")[:1]
    if f.chars > 40 or f.stops or (first not in _TOOL_FIRST and first.lower() not in _TOOL_FIRST):
        return None
    words = [w for w in _TOOL_SPLIT.split(key) if w]
    if not words:
        return None
    if all(w in _TOOL_WORDS for w in words):
        return f"{len(words)} page-tool word(s)"
    if len(words) == 1 and (glued := _glued_words(words[0].lower())) is not None:
        words = glued  # 分享LINE复制连结列印字级: the bar's words without spaces between them
    named = [w for w in words if not _COUNT.fullmatch(w)]
    known = sum(w in _INTERFACE or w.lower() in _INTERFACE for w in named)
    if len(named) >= 3 and any(w in _TOOL_WORDS for w in named) and known == len(named):
        return f"{len(named)} page-tool and interface word(s)"
    if len(named) >= 2 and known == len(named) and len(named) < len(words):
        return f"{len(named)} interface words and their counts"  # a widget's counters (赞 41 分享)
    if _BRACKET_BAR.fullmatch(key.strip()) and sum(w in _TOOL_WORDS for w in named) >= _BAR_TOOLS \
            and known >= _BAR_KNOWN * len(named):
        return f"a bar of {len(named)} bracketed items, {known} of them page tools"  # (【评论】【论坛】【多种背景色】【打印】【关闭】)
    return None


_COUNT = re.compile(r"\d+(?:人参与|人评论|条评论|条|人|次)?")  # a widget's count beside its word (856人参与)
_BRACKET_BAR = re.compile(r"(?:[【\[][^【】\[\]]{1,12}[】\]]\s*){3,}")  # a line of items each in its brackets
_BAR_TOOLS = 2     # page-tool words such a bar names at least …
_BAR_KNOWN = 0.6   # … and the share of its words that are interface words


@line_rule("nav.bracket_links", Label.NAV, max_chars=80, needs=("shape.bracket_links",))
def bracket_links(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A bar of links each in its brackets and nothing else (【文字解读】【图片解读】【视频解读】):
    after the tool bar's rule (【打印本页】【关闭窗口】 are its tools)."""
    return "links each in brackets, nothing else" if "shape.bracket_links" in hits else None


_SHARE_WORDS = frozenset(w.lower() for w in lexicons.words("share_words.txt"))
_SHARE_SPLIT = re.compile(r"[\s|｜/、,，·]+")
_SHARE_FIRST = frozenset(w[0] for w in _SHARE_WORDS)
_SHARE_LEAD = " \t\u3000|｜/、,，·"


@line_rule("share.platforms", Label.SHARE, max_chars=40)
def share_platforms(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line made only of social-platform and share words: facebook, 微博 微信, 发送推文."""
    if f.chars > 40 or f.stops:
        return None
    first = key.lstrip(_SHARE_LEAD)[:1]
    if first.lower()[:1] not in _SHARE_FIRST and not first.isspace():
        return None
    words = [w for w in _SHARE_SPLIT.split(key.lower()) if w]
    if words and all(w in _SHARE_WORDS for w in words):
        return f"{len(words)} share word(s)"
    return None


@line_rule("ad.app_promo", Label.AD, max_chars=40, needs=("shape.app_promo",))
def app_promo(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line with no full stop inviting to download or use an app: 现在用APP看新闻, 下载某某客户端
    (a sentence about an app, 市民可下载APP预约。, ends in a full stop; 三、下载APP，对老人是一道坎 heads a section)."""
    if f.chars <= 40 and f.stops == 0 and "shape.app_promo" in hits and not outline_heading(key, f, hits):
        return "invitation to use an app"
    return None


@line_rule("ad.call_to_action", Label.AD, max_chars=30, needs=("shape.call_to_action",))
def call_to_action(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line with no full stop that calls for a click: 点击咨询 免费获取园区资料, 立即报名
    (企业可在线咨询相关政策。 is a sentence and stays; 四、立即申请的条件 is a section heading)."""
    if f.chars <= 30 and f.stops == 0 and "shape.call_to_action" in hits and "shape.section_number" not in hits:
        return "call to action"
    return None


@line_rule("tags.hashtags", Label.TAGS, max_chars=40, needs=("shape.hashtags",))
def hashtags(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line made only of hashtags (#园区动态 #招商引资, #话题# 12篇): topic or collection tags."""
    if f.chars <= 40 and f.stops == 0 and "shape.hashtags" in hits:
        return "a line of hashtags"
    return None
