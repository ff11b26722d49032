"""The article's edges around its run: the short lines that open or close it, its headline and
deck above it, its tags shown without a label under it."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ... import lexicons
from ...evidence.base import Evidence
from ...evidence.matcher import regex
from ...evidence.context import squash, title_like
from ...evidence.form import wordless
from ...evidence.headline_shapes import field_label_alone, field_line, form_field, headline_start, holder_field
from ...features import Features, is_prose
from ...model import Label
from ..params import Params
from ..values import LEAD_IN
from .lines import HEADER_LABELS, Decided, label_of, sentence, short_plain


def under_header(decided: Decided, feats: Sequence[Features], start: int) -> bool:
    """The run starts right under the article's header (headline, byline, source, or the heading
    of a table of contents: evidence of kind ``opens``), a few tool,
    share or tag lines between, and the headline itself when it stands below the byline: a list
    page of headlines has no byline above its list."""
    headline = False
    for j in range(start - 1, max(-1, start - 6), -1):
        d = decided[j]
        if d is not None and (d.label in (Label.TITLE, Label.META, Label.SOURCE) or d.kind == "opens"):
            return True
        if d is None and not headline and title_like(feats[j]):
            headline = True
            continue
        if d is None or d.label not in (Label.TOOLS, Label.SHARE, Label.IMAGE, Label.TAGS):
            return False
    return False


def _opening_above(decided: Decided, feats: Sequence[Features], keys: Sequence[str], end: int, p: Params,
                   fields: bool = False) -> int:
    """The line above the opening that ends before line ``end``: up to ``head_max`` short lines
    and sentences (-1 when they reach the page's top); ``fields``: a form's field (诉求类型：投诉)
    or a field's label alone (名称：) is above the opening, not in it."""
    j = end - 1
    while j >= 0 and end - j <= p.head_max and (short_plain(feats[j], decided[j]) or sentence(feats[j], decided[j])
                                                or label_of(decided[j]) is Label.IMAGE) \
            and not (fields and (form_field(keys[j]) or field_label_alone(keys[j]))):
        j -= 1  # (a picture's credit under its caption, between the header and the text: 图片来源：…)
    return j


def _menu(feats: Sequence[Features], block: range, p: Params) -> bool:
    """More than a third of the lines are as short as menu items (首页 / 政务公开 …)."""
    return sum(feats[k].chars <= p.menu_chars for k in block) * 3 > len(block)


def head(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, p: Params,
         vals: Optional[Sequence[float]] = None) -> Optional[int]:
    """Short lines between the article's header (headline, byline, source) and its first
    paragraph belong to it: WeChat-style openings, a salutation; those after the last line the
    HTML puts among a page's tools or tabs (its value below ``head_floor``: 在线办理 预约办理 收藏 /
    基本信息 / 办理流程). Returns the new start, or None."""
    j = _opening_above(decided, feats, keys, s, p, fields=True)
    d = decided[j] if j >= 0 else None
    if j < s - 1 and d is not None and (d.label in HEADER_LABELS or _repeats_headline(decided, keys, j)):
        block = range(j + 1, s)
        if any(feats[k].stops for k in block) and _menu(feats, block, p):
            return None  # a sentence among menu items is a site's, not the article's opening
        low = [k for k in block if vals is not None and vals[k] < p.head_floor]
        return (low[-1] + 1 if low[-1] + 1 < s else None) if low else j + 1
    return None


def _repeats_headline(decided: Decided, keys: Sequence[str], j: int) -> bool:
    """Line ``j`` repeats the headline above it (the page's headline, then the article's own copy
    of it over the byline or the text): a header's line, whatever a repeat makes it."""
    return any(label_of(decided[i]) is Label.TITLE and keys[i] == keys[j] for i in range(j))


def deck(decided: Decided, keys: Sequence[str], start: int, s: int, p: Params) -> Optional[int]:
    """The line of the opening ``[start, s)`` that repeats the headline (主标题 + 强调 …): from there
    to the first paragraph the lines are the headline's deck, not the article's opening. An opening
    in numbered sections (一、事项名称 / 某某事项 / 二、事项类型 …) is the text's own: no deck."""
    if any(regex("shape.section_number").match(keys[k]) for k in range(start, s)):
        return None
    heads = [h for i, d in enumerate(decided[:start]) if label_of(d) is Label.TITLE
             and len(h := squash(keys[i])) >= p.deck_min]
    for k in range(start, s):
        q = squash(keys[k])
        if len(q) >= p.deck_min and any(q.startswith(h) or h.startswith(q) for h in heads):
            return k
    return None


def tail(decided: Decided, feats: Sequence[Features], s: int, e: int, p: Params, long_head: bool = False
         ) -> Optional[int]:
    """An article laid out in short lines (WeChat style) often ends with a few of them, which the
    run cannot reach (they score below zero). Take them when the article shows that style (short
    lines inside the run, or a short-line opening) and they go on, unlabelled, to the end of the
    page or to a line with evidence."""
    short_inside = sum(1 for i in range(s, e + 1) if short_plain(feats[i], decided[i]))
    if short_inside < p.tail_inside and not long_head:
        return None
    j = e + 1
    while j < len(decided) and j - e <= p.head_max and short_plain(feats[j], decided[j]):
        j += 1
    if j > e + 1 and (j == len(decided) or decided[j] is not None):
        return j - 1
    return None


def to_credit(decided: Decided, feats: Sequence[Features], vals: Sequence[float], lines: Sequence[Sequence[Evidence]],
              e: int, p: Params) -> Optional[int]:
    """Paragraphs between the run and the article's closing line (a credit or notice right under
    the text, evidence of kind ``end``: 编辑：某某 审核：某某) are the text's last: the run stops
    short of them when their score evidence cancels their worth (an HTML box named furniture;
    nothing in their text says furniture; a line on every page of the site costs more than its
    worth and stays out). Returns the last of them, or None."""
    j = e + 1
    while j < len(decided) and j - e <= p.credit_gap and decided[j] is None and is_prose(feats[j]) and vals[j] >= 0:
        j += 1
    return j - 1 if e + 1 < j < len(lines) and any(x.kind == "end" for x in lines[j]) else None


_BARE_TAG = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:\s+[\u4e00-\u9fffA-Za-z]{2,10}){0,5}")
_TOOL_WORDS = lexicons.words("tools.txt") | lexicons.words("share_words.txt")
_AFTER_TAGS = (Label.SHARE, Label.TOOLS, Label.BREADCRUMB)
# the name of a body that signs a notice: 某某局, 某某管委会, 某某中心, 某某人民政府 (not 部: 美国商务部 is a tag)
_SIGNATURE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,}(?:局|委员会|管委会|办公室|政府|中心|公司|集团)$")


def bare_tags(decided: Decided, feats: Sequence[Features], keys: Sequence[str], end: int, p: Params) -> Optional[int]:
    """The line right after the article (a copyright or disclaimer line may come between) when it
    is one to six words without punctuation or digits and the line under it is a share, tool or
    category line: the article's tags, shown without a label (美国商务部 / 分享). A signature
    above a date line, or a line above more text, is no tag line."""
    j = end + 1
    while j < len(decided) and label_of(decided[j]) is Label.COPYRIGHT:
        j += 1
    if j + 1 >= len(decided) or decided[j] is not None:
        return None
    f = feats[j]
    if label_of(decided[j + 1]) not in _AFTER_TAGS or f.digits or f.punct or f.chars < p.bare_tag_chars:
        return None
    words = keys[j].split()
    if not _BARE_TAG.fullmatch(keys[j].strip()) or any(w in _TOOL_WORDS or "点击" in w or "返回" in w for w in words):
        return None
    if len(words) == 1 and _SIGNATURE.search(words[0]):
        return None  # 某某市工业和信息化局 above the print tools: a notice's signature
    return j


_HEADLINE_SKIPS = (Label.META, Label.SOURCE, Label.IMAGE, Label.SHARE, Label.TOOLS, Label.AD)


def headline(decided: Decided, feats: Sequence[Features], keys: Sequence[str], start: int) -> Optional[int]:
    """The headline when the title rules found none above the article: the last headline-shaped
    line shortly before it (a byline, a picture or tools may stand between)."""
    if any(label_of(d) is Label.TITLE and d is not None and d.rule.startswith("title.")
           and (i > 0 or d.rule != "title.page_title") for i, d in enumerate(decided[:start])):
        return None
    for i in range(start - 1, max(-1, start - 7), -1):
        if wordless(keys[i]):
            continue  # (a rule of marks, ＊＊＊＊, between the headline and the text)
        if regex("shape.answer_votes").search(keys[i]):
            return None  # (an answer's votes: its answerer's name and rank above, no headline)
        d = decided[i]
        below = next((k for k in range(i + 1, start + 1) if not wordless(keys[k])), start)
        if d is not None and d.kind == "weak" and d.label is Label.NAV and decided[below] is None:
            d = None  # the headline, repeated by the HTML title or a breadcrumb: still the headline
        if d is not None:
            if d.label is Label.TITLE:
                return None
            if d.label in _HEADLINE_SKIPS:
                continue
            return None
        f = feats[i]
        if keys[i].endswith(LEAD_IN) or field_line(keys[i]) or form_field(keys[i]) or holder_field(keys[i]):  # a salutation (各有关单位：)
            continue  # or a lead-in (以下是…全文：) opens the text; a form's field (来信人：张**, 受理单位：某某局)
            #           stands between it and its headline
        if (title_like(f) or (4 <= f.chars <= 80 and not f.end_punct)) and f.wide_ratio >= 0.5 \
                and headline_start(keys[i]):
            return i
        return None
    return None


def opening_headline(decided: Decided, feats: Sequence[Features], keys: Sequence[str], h: int, p: Params
                     ) -> Optional[int]:
    """The headline found right above the run, checked against the lines above it: when two or
    more short lines stand between it and the page's header (a tool, byline or share line), it
    closes an opening written in short lines, not a headline; when they go up to the top of the
    page, the page's first line is the headline (a page whose dump starts with it)."""
    j = _opening_above(decided, feats, keys, h, p)
    block = range(j + 1, h)
    if len(block) < 2:
        return h
    sized = sum(1 for k in block if feats[k].chars >= p.headline_sized and not feats[k].stops)
    if sized * 3 > len(block) or _menu(feats, block, p):  # a list of headlines, or a menu
        return h
    if j >= 0:
        d = decided[j]
        return None if d is not None and d.label in HEADER_LABELS and d.label is not Label.TITLE else h
    return 0 if title_like(feats[0]) and headline_start(keys[0]) else h
