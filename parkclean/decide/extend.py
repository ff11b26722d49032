"""What an article's own layout adds around its run: the short lines that open or close it, the
text that resumes after a box inside it, its headline and deck, its tags shown without a label.

Each function reads the chosen run and the lines' deciding evidence (``values.deciding``) and
returns lines; ``engine.py`` labels them.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .. import lexicons
from ..evidence.base import Evidence
from ..evidence.matcher import LEAD, regex
from ..evidence.context import labelled_field, squash, title_like
from ..evidence.form import wordless
from ..evidence.title import field_label_alone, field_line, form_field, headline_start
from ..features import PROSE_CHARS, Features
from ..model import Label
from .params import Params
from .values import LEAD_IN

Decided = Sequence[Optional[Evidence]]

HEADER_LABELS = (Label.TITLE, Label.META, Label.SOURCE, Label.SHARE, Label.BREADCRUMB, Label.TOOLS, Label.IMAGE,
                 Label.PAGER, Label.TAGS)


def _label(d: Optional[Evidence]) -> Optional[Label]:
    return d.label if d is not None else None


def short_plain(f: Features, d: Optional[Evidence]) -> bool:
    """A line without evidence, of CJK text (digits allowed: 2023年), short, without a full stop."""
    return d is None and 2 <= f.chars <= 60 and f.stops == 0 and (f.wide + f.digits) >= 0.5 * f.chars


def sentence(f: Features, d: Optional[Evidence]) -> bool:
    """A line without evidence, of prose (a full stop, mostly CJK)."""
    return d is None and f.stops >= 1 and f.chars >= 10 and f.wide_ratio >= 0.5


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
    while j >= 0 and end - j <= p.head_max and (short_plain(feats[j], decided[j]) or sentence(feats[j], decided[j])) \
            and not (fields and (form_field(keys[j]) or field_label_alone(keys[j]))):
        j -= 1
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
    return any(_label(decided[i]) is Label.TITLE and keys[i] == keys[j] for i in range(j))


def deck(decided: Decided, keys: Sequence[str], start: int, s: int, p: Params) -> Optional[int]:
    """The line of the opening ``[start, s)`` that repeats the headline (主标题 + 强调 …): from there
    to the first paragraph the lines are the headline's deck, not the article's opening. An opening
    in numbered sections (一、事项名称 / 某某事项 / 二、事项类型 …) is the text's own: no deck."""
    if any(regex("shape.section_number").match(keys[k]) for k in range(start, s)):
        return None
    heads = [h for i, d in enumerate(decided[:start]) if _label(d) is Label.TITLE
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

_DIGITS = {c: k for k, c in enumerate("一二三四五六七八九", 1)}
FIELD_LABELS = (Label.META,)  # what a notice's field line may be read as (开标时间：2024年7月26日9时30分)


def section_number(key: str) -> int:
    """The number of a section heading written in Chinese numerals (0 when ``key`` is none).

    >>> section_number("四、其他说明"), section_number("十二、附则"), section_number("二十、"), section_number("四是")
    (4, 12, 20, 0)
    """
    m = regex("shape.cjk_section").match(key)
    if m is None:
        return 0
    tens, ten, ones = m.group(1).partition("十")
    if not ten:
        return _DIGITS.get(tens, 0)
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return 0
    return 10 * _DIGITS.get(tens, 1) + _DIGITS.get(ones, 0)


def sections_above(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, p: Params
                   ) -> Optional[int]:
    """A notice written in numbered sections whose prose comes only in a later one (一、项目基本情况 /
    项目编号：… / 二、中标结果 / a flattened table … / 四、其他说明 / 1.本项目…): its sections from
    ``一、``, right under the header, down to the run are its text, fields and tables included,
    when every line between is unlabelled or a field (a date the notice states). Returns the new
    start, or None."""
    top = next((k for k in range(s, max(-1, s - p.section_above), -1) if section_number(keys[k]) >= 2 and decided[k] is None
                and feats[k].chars <= p.section_chars and not feats[k].stops), None)
    if top is None:
        return None
    want = section_number(keys[top]) - 1
    for j in range(top - 1, max(-1, top - p.section_lines), -1):
        d = decided[j]
        if d is None and section_number(keys[j]) == want and feats[j].chars <= p.section_chars:
            want -= 1
            if want == 0:
                above = next((decided[k] for k in range(j - 1, max(-1, j - 1 - p.section_above), -1)
                              if decided[k] is not None), None)
                return j if above is not None and above.label in HEADER_LABELS else None
        elif d is not None and d.label not in FIELD_LABELS:
            return None
    return None


def sections_below(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, e: int, p: Params
                   ) -> Optional[int]:
    """A notice's numbered sections right after its run (四、薪酬待遇 in the run, then 五、联系方式 /
    联系人：赵女士 / 联系电话：…): each heading numbered next after the run's last, with the field
    lines or sentences under it, unlabelled (or the section's own: ``context.section_content``),
    are the notice's; so is every line between two headings numbered in turn (三、组织单位 / 主办单位：… /
    四、会议议程 / 08:30—09:00 嘉宾签到 … / 五、参会报名): the numbering encloses them. Returns the new
    end, or None."""
    last = next((section_number(keys[k]) for k in range(e, s - 1, -1) if decided[k] is None
                 and feats[k].chars <= p.section_chars and section_number(keys[k])), 0)
    j, end = e + 1, None
    while last and _section_heading(decided, feats, keys, j, last + 1, p):
        k = j + 1
        while k < len(decided) and k - j <= p.section_lines and not _section_heading(decided, feats, keys, k, last + 2, p) \
                and not (decided[k] is not None and decided[k].heading):  # type: ignore[union-attr]
            k += 1
        if not _section_heading(decided, feats, keys, k, last + 2, p):
            k = j + 1  # (the last section: its fields and sentences)
        while k < len(decided) and k - j <= p.section_lines and decided[k] is None and not section_number(keys[k]) \
                and (labelled_field(keys[k]) or _sentence(decided, feats, k)):
            k += 1
        if k == j + 1:
            break
        end, j, last = k - 1, k, last + 1
    return end


def _section_heading(decided: Decided, feats: Sequence[Features], keys: Sequence[str], j: int, number: int, p: Params
                     ) -> bool:
    """Line ``j`` is a notice's section heading numbered ``number`` (三、组织单位), nothing else said of it."""
    return j < len(decided) and decided[j] is None and feats[j].chars <= p.section_chars and not feats[j].stops \
        and section_number(keys[j]) == number


_CONTENTS = "marker.contents_heading"


def _toc_line(d: Optional[Evidence], f: Features) -> bool:
    """A line of a table of contents: a link or menu line, or a short line without a sentence (or a
    section's buttons under its heading: 编辑 播报)."""
    return (d is not None and d.label in (Label.NAV, Label.TOOLS)) or (d is None and f.chars <= 20 and not f.stops)


# an entry of a book's or a report's contents, numbered: 第一章 …, B.1 …, Ⅱ 分报告, 1. …, 序 / 凡例 / 附录
_ENTRY = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部卷编]|[A-Z]?\.?\d{1,3}(?:\.\d{1,3})*[.、\s]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]"
                    r"|[一二三四五六七八九十]+、|序|凡例|附录|后记|编后记|前言|概述|大事记)")


def contents_below(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, e: int, p: Params
                   ) -> Optional[int]:
    """A contents page's entries: right after the run (a book's or a report's summary) its contents
    heading (目录), under a headline that names the contents (《某某报告（2024）》目录) or under the
    summary's own heading (内容简介 over the run); the entries
    are the lines under the heading without a sentence or other evidence (Ⅰ 总报告 / B.1 … / 作者),
    down to a download (全文下载：….pdf) or a button (开始阅读),
    and none of them stands again lower on the page (an entry's outline of the sections below is
    not its text). Returns the last entry, or None."""
    h = e + 1
    if h >= len(decided) or decided[h] is None or decided[h].rule != _CONTENTS:  # type: ignore[union-attr]
        return None
    if not any(d is not None and d.label is Label.TITLE and regex("shape.contents_title").search(keys[k])
               for k, d in enumerate(decided[:h])) \
            and not any(regex("shape.summary_heading").match(keys[k]) for k in range(max(0, s - p.summary_gap), s)):
        return None
    j = h + 1
    while j < len(decided) and j - h <= p.contents_lines and _label(decided[j]) in (None, Label.NAV) \
            and not getattr(decided[j], "heading", False) \
            and feats[j].chars <= p.toc_chars and not feats[j].stops \
            and not regex("shape.file_link").search(keys[j]) and keys[j] not in lexicons.interface_words():  # type: ignore[union-attr]
        j += 1
    if j - h - 1 < p.phrase_lines or 2 * sum(bool(_ENTRY.match(keys[k])) for k in range(h + 1, j)) < j - h - 1:
        return None  # (a menu under a headline about a catalogue: its items are not numbered as a book's are)
    entries = {keys[k] for k in range(h + 1, j)}
    if any(keys[k] in entries for k in range(j, len(keys))):
        return None
    return j - 1


def section_heading_above(decided: Decided, feats: Sequence[Features], s: int, p: Params) -> Optional[int]:
    """An entry's first section heading right above its text (历史沿革), past the section's buttons
    (编辑 播报: tools) between them."""
    k = s - 1
    if k >= 1 and _label(decided[k]) is Label.TOOLS:
        k -= 1
    return k if k >= 0 and short_plain(feats[k], decided[k]) and feats[k].chars <= p.section_chars else None


def lead_above_contents(decided: Decided, feats: Sequence[Features], s: int, p: Params) -> Optional[tuple[int, int]]:
    """An entry's summary above its table of contents (an encyclopedia's lead, with its infobox
    under it), when the run starts right after the contents: the summary's paragraphs and the short
    lines under them down to the contents heading are the text's opening. Returns their span."""
    c = s - 1
    while c >= 0 and s - c <= p.contents_lines and _toc_line(decided[c], feats[c]) \
            and not (decided[c] is not None and decided[c].rule == _CONTENTS):  # type: ignore[union-attr]
        c -= 1
    if c < 0 or decided[c] is None or decided[c].rule != _CONTENTS:  # type: ignore[union-attr]
        return None
    a, prose = c - 1, None
    while a >= 0 and c - a <= p.contents_lines:
        d, f = decided[a], feats[a]
        if d is None and f.stops >= 1 and f.chars >= p.prose_chars:
            prose = a
        elif not (d is None and f.chars <= 60 and not f.stops) and not (d is not None and d.label in (Label.NAV, Label.TOOLS)
                                                                       and not d.heading and f.chars <= 60 and prose is None):
            break  # (the infobox's lines, its links, the summary's buttons: 编辑 播报)
        a -= 1
    if prose is None or max(feats[k].chars for k in range(prose, c) if decided[k] is None) < p.lead_chars:
        return None
    return prose, c - 1


_VERSE_END = ("，", "。", "！", "？", "；")
_VERSE_GAP = (Label.TOOLS, Label.SHARE, Label.TAGS, Label.NAV)  # a poem page's buttons and tags under the poem


def _verse_line(d: Optional[Evidence], f: Features, key: str, p: Params) -> bool:
    """A line of a poem: a few characters ending in a clause's or a sentence's mark, no other mark."""
    return d is None and p.verse_min <= f.chars <= p.verse_max and key.endswith(_VERSE_END) and f.punct <= 1


def verse_above(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, p: Params
                ) -> Optional[tuple[int, int]]:
    """A poem under its headline (and its poet's line) above the text that explains it, with only the
    page's buttons and tags between (孤舟夜泊古江州， / 霜落蒹葭水自流。 … 收藏 复制 朗读 … 译文): the
    poem is the text's opening. Returns its span."""
    g = s - 1
    while g >= 0 and s - g <= p.head_max * 3 and not _verse_line(decided[g], feats[g], keys[g], p) and (
            _label(decided[g]) in _VERSE_GAP or (decided[g] is None and feats[g].chars <= p.short_chars and not feats[g].punct)):
        g -= 1
    b = g
    while g >= 0 and _verse_line(decided[g], feats[g], keys[g], p):
        g -= 1
    if b - g < p.verse_lines or not any(_label(decided[k]) is Label.TITLE for k in range(max(0, g - 1), g + 1)):
        return None
    return g + 1, b


# an attachment's box inside a post: its picture's name and size, download button, upload stamp
_ATTACHMENT = (Label.IMAGE, Label.TOOLS, Label.META, Label.SHARE)


def resume(decided: Decided, feats: Sequence[Features], keys: Sequence[str], e: int, p: Params,
           lines: Sequence[Sequence[Evidence]] = ()) -> Optional[tuple[int, int]]:
    """A box inside an article, then paragraphs again (two or more full sentences in a row, not
    alternating with link lines as in a list of teasers; a lead-in line ending in a colon may open
    them). The box is a related-links box (a related heading right after the run, a few link
    lines; under one alone, the paragraphs are that headline's story unless the article's credit
    closes them or the HTML puts them in its content with the article: score evidence for the body
    among the line evidence ``lines``), an ad slot's (its label, 广告, or an app's prompt to read
    on, and up to two lines of the ad under it), an attached picture's (its file name right after
    the run, then its download button and upload stamp: 检测报告.jpg (86.21 KB) / 下载附件 /
    2024-5-12 21:31 上传), or the heading of the
    answer on a letter's page and the answering unit's fields (答复内容 / 答复单位：… 答复时间：…).
    Returns the span of the resumed text, or None."""
    w = e + 1
    while w < len(decided) and feats[w].chars <= p.ad_mark and (
            _label(decided[w]) is Label.AD or (_label(decided[w]) is Label.SHARE and regex("shape.read_on").search(keys[w]))):
        w += 1  # an ad slot's label before the box (广告), a fold's prompt to read on in an app (继续阅读全文，请打开App)
    h = decided[w] if w < len(decided) else None
    j, lead_chars, one, slot = w + 1, p.lead_in_chars, False, False
    a = w  # (the ad's own lines under its label: 某某产业大会 / 6月12日-13日 苏州 · 免费注册, 仓库出租 / 招商热线：…)
    while w > e + 1 and a - w < p.ad_lines and a < len(decided) and feats[a].chars <= p.link_chars and (
            (decided[a] is None and not _sentence(decided, feats, a)) or _label(decided[a]) in _AD_PARTS):
        a += 1
    box = decided[a] if w > e + 1 and w < a < len(decided) else None
    if box is not None and box.heading and box.label is Label.RELATED:
        w, h, j = a, box, a + 1  # (an ad, then a related box: the box's heading after the ad's lines)
    q = e + 1  # (the ad's own lines first, then its label: 厂房火热招租 … 招商热线：… / 广告)
    while q < len(decided) and q - e <= p.ad_lines and _label(decided[q]) in _AD_PARTS and not decided[q].heading:  # type: ignore[union-attr]
        q += 1
    if w == e + 1 and q > w + 1 and _label(decided[q - 1]) is Label.AD and feats[q - 1].chars <= p.ad_mark \
            and (_sentence(decided, feats, q) or _subheading(decided, feats, q, p)):
        j, slot = q, True
    elif (h is None or h.label is Label.AD) and w > e + 1 and _sentence(decided, feats, a):
        j, slot = a, True  # the text right under an ad slot (Advertisement / Continue reading below): the slot was the box
    elif h is None and w < len(decided) and regex("shape.answer_heading").match(keys[w]):
        lead_chars = p.salutation_chars  # (王先生：您好！您反映的问题已收悉，现答复如下：)
        while j < len(decided) and j - w <= p.answer_fields and (_label(decided[j]) in (Label.META, Label.SOURCE)
                                                                or field_line(keys[j])):
            j += 1
    elif h is None:
        return None
    elif h.heading and h.label is Label.RELATED:
        while j < len(decided) and j - w <= p.box_items and feats[j].chars <= p.link_chars and (
                feats[j].chars < p.teaser_chars or not _sentence(decided, feats, j)):  # (links, a teaser, a subheading)
            j += 1
        one = j == w + 2  # one headline under the heading, then paragraphs: the box's own story (延伸阅读) …
    elif h.label is Label.IMAGE and not h.heading:
        while j < len(decided) and j - w <= p.attachment_lines and _label(decided[j]) in _ATTACHMENT and not decided[j].heading:  # type: ignore[union-attr]
            j += 1
    else:
        return None
    lead = j < len(decided) and decided[j] is None and feats[j].stops == 0 and ((
        feats[j].chars <= lead_chars and keys[j].endswith(LEAD_IN)) or (slot and _subheading(decided, feats, j, p)))  # (想问问各位：)
    k, said = j + lead, 0
    while k < len(decided):
        if _sentence(decided, feats, k):
            k, said = k + 1, said + 1
        elif said and _label(decided[k]) is Label.AD and (
                (feats[k].chars <= p.ad_mark and _sentence(decided, feats, k + 1))
                or (feats[k].chars <= p.link_chars and _subheading(decided, feats, k + 1, p) and _sentence(decided, feats, k + 3))):
            k += 1  # an ad slot's label between two paragraphs (广告), or an ad's line before the next section
            # (【广告】2024某某展览会 9月18日 / 平台支撑：… / its paragraphs)
        elif said and _label(decided[k]) is Label.IMAGE and not decided[k].heading and _sentence(decided, feats, k + 1):  # type: ignore[union-attr]
            k += 1  # a picture's credit between two paragraphs (图／某某提供): removed, the text goes on
        elif said and closing_piece(decided, feats, k - 1, p):
            k += 1  # (…每吨的附加值提高了近 / 4倍。: the paragraph's last piece)
        elif said and (m := _pieces_end(decided, feats, k, p)) is not None and _sentence(decided, feats, m) \
                and (_sentence(decided, feats, m + 1)
                     or (_para_chars(feats, k - 1, p) >= p.resume_chars and _paragraph_ahead(feats, keys, m, p))):
            # (a subheading over two paragraphs, or between long ones: a box's headline has one teaser under it)
            k = m  # a subheading or a picture's credit inside the text, or a paragraph's pieces (2022年， / 某某公司)
        else:
            break
    if k > j + lead and regex("shape.dateline").match(keys[j + lead].lstrip(LEAD)):
        return None  # （某某社巴黎21日电）…: another dispatch, its own story, not this text going on
    closed = k < len(decided) and _label(decided[k]) is Label.META and not decided[k].heading  # type: ignore[union-attr]
    held = bool(lines) and all(_held(lines[i]) for i in (e, *range(j + lead, k)))
    if one and not closed and not held:
        return None  # … unless the article's own credit closes them, or the HTML holds them with the article
    if (j > w + 1 or slot) and (said >= 2 or (said == 1 and (closed or held))):  # (one paragraph alone may be the
        return j, k - 1                              # site's blurb: not taken, unless the editor's line closes it
    return None                                      # or the HTML holds it with the article)




def accepted_answer(decided: Decided, feats: Sequence[Features], keys: Sequence[str], e: int, p: Params
                    ) -> Optional[tuple[int, int, int]]:
    """A Q&A page's accepted answer: a few lines after ``e`` (the question's end, or above the run
    when the run is the answer), the label of the answer the asker accepted (已采纳, 最佳答案), the
    answerer's short lines (name, rank, 回答于 …), then the answer's paragraphs (a lead-in ending in a
    colon may open them). Returns (the label's line, the answer's first, its last). A comments or
    related heading between that names no answers (网友评论, not 我来回答 or 3个回答): the label marks a
    comment of a news page, no answer."""
    w = next((k for k in range(max(0, e + 1), min(len(keys), e + 1 + p.answer_gap))
              if regex("marker.answer_label").match(keys[k])), None)
    if w is None or any(d is not None and d.heading and d.label in (Label.COMMENTS, Label.RELATED)
                        and not regex("shape.answers_heading").search(keys[k]) for k, d in enumerate(decided[:w]) if k > e):
        return None
    j = w + 1
    while j < len(keys) and j - w <= p.answerer_lines and feats[j].chars <= p.link_chars and not _sentence(decided, feats, j) \
            and not (decided[j] is None and keys[j].endswith(LEAD_IN)):
        j += 1
    k = j + (decided[j] is None and keys[j].endswith(LEAD_IN) and _sentence(decided, feats, j + 1) if j < len(keys) else 0)
    start, said = j, 0
    while k < len(keys) and (_sentence(decided, feats, k) or (said and _subheading(decided, feats, k, p))):
        k, said = k + 1, said + _sentence(decided, feats, k)
    return (w, start, k - 1) if said else None


def text_above_box(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, anchor: Optional[int],
                   p: Params, lines: Sequence[Sequence[Evidence]] = ()) -> tuple[int, list[range]]:
    """The article's start when the run chosen is its text after a box (an ad slot, a related box)
    and paragraphs of the article stand above that box, below the headline: the text above goes
    on after the box as :func:`resume` reads it from there. Returns the new start (``s`` when none)
    and the boxes' lines, which stay removed inside the run."""
    boxes: list[range] = []
    if anchor is None:
        return s, boxes  # (without a headline, nothing says where the article starts above)
    for _ in range(p.boxes):
        k = s - 1
        while k > 0 and s - k <= p.box_items + 2 and not _sentence(decided, feats, k):
            k -= 1
        if not _sentence(decided, feats, k) or k <= anchor \
                or any(_label(decided[i]) in (Label.TITLE, Label.META, Label.SOURCE) for i in range(k + 1, s)):
            break
        r = resume(decided, feats, keys, k, p, lines)
        if r is None or r[0] != s:
            break
        boxes.append(range(k + 1, r[0] - (r[0] > k + 1 and _subheading(decided, feats, r[0] - 1, p))))
        a = k
        while a - 1 > anchor and (_sentence(decided, feats, a - 1) or short_plain(feats[a - 1], decided[a - 1])):
            a -= 1  # (up the paragraphs above the box, and their subheading)
        s = a
    return s, boxes


def _subheading(decided: Decided, feats: Sequence[Features], k: int, p: Params) -> bool:
    """Line ``k`` is a short plain line over a paragraph: the text's subheading."""
    return k < len(decided) and short_plain(feats[k], decided[k]) and _sentence(decided, feats, k + 1)


def _held(ev: Sequence[Evidence]) -> bool:
    """The HTML puts the line in its content (score evidence for the body: the container with the most text)."""
    return any(x.kind == "score" and x.label is Label.BODY for x in ev)


_AD_PARTS = (Label.AD, Label.CONTACT, Label.SHARE)  # what an ad's lines are: its slogan, its hotline, its QR prompt




def _last_piece(feats: Sequence[Features], k: int, p: Params) -> bool:
    """Line ``k`` is the short last piece of a sentence the line above leaves open (…交易量达到 /
    65%。): it ends the sentence, the line above does not (the features' ``end_punct``)."""
    return k >= 1 and feats[k].chars <= p.piece_chars and feats[k].end_punct and not feats[k - 1].end_punct


def closing_piece(decided: Decided, feats: Sequence[Features], e: int, p: Params) -> bool:
    """The run's last line stops mid-sentence (…交易量达到) and the line after it is a short piece
    that ends the sentence (65%。): the paragraph broken at a link or a bold figure, its end."""
    return 0 <= e and e + 1 < len(decided) and decided[e + 1] is None and _last_piece(feats, e + 1, p)


def _para_chars(feats: Sequence[Features], k: int, p: Params) -> int:
    """The characters of the paragraph line ``k`` ends (with the line before it when ``k`` is its
    last piece: 投资…提高了近 / 4倍。)."""
    return feats[k - 1].chars + feats[k].chars if _last_piece(feats, k, p) else feats[k].chars


def _paragraph_ahead(feats: Sequence[Features], keys: Sequence[str], k: int, p: Params) -> bool:
    """Line ``k`` opens a paragraph, over the pieces it may be broken into (…交易量达到 / 52万吨，交易额
    / 63亿元，已成为…。), four lines at most: long, or broken into pieces and of two sentences or more."""
    n = stops = 0
    j = k
    while j < len(keys) and j - k < p.paragraph_lines:
        n, stops = n + feats[j].chars, stops + feats[j].stops
        if feats[j].end_punct:
            break
        j += 1
    return n >= p.resume_chars or (j > k and stops >= 2)




def _pieces_end(decided: Decided, feats: Sequence[Features], k: int, p: Params) -> Optional[int]:
    """The line after one or two short plain lines from ``k`` (no evidence, no full stop), or None."""
    m = k
    while m < len(decided) and m - k < p.pieces and decided[m] is None and feats[m].chars <= p.piece_chars and not feats[m].stops:
        m += 1
    return m if m > k else None


def _sentence(decided: Decided, feats: Sequence[Features], k: int) -> bool:
    """Line ``k`` is a full sentence or more without evidence (a paragraph of the text)."""
    return k < len(decided) and decided[k] is None and (feats[k].stops >= 1 or feats[k].end_punct) and feats[k].chars >= PROSE_CHARS


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
    while j < len(decided) and _label(decided[j]) is Label.COPYRIGHT:
        j += 1
    if j + 1 >= len(decided) or decided[j] is not None:
        return None
    f = feats[j]
    if _label(decided[j + 1]) not in _AFTER_TAGS or f.digits or f.punct or f.chars < p.bare_tag_chars:
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
    if any(_label(d) is Label.TITLE and d is not None and d.rule.startswith("title.")
           and (i > 0 or d.rule != "title.page_title") for i, d in enumerate(decided[:start])):
        return None
    for i in range(start - 1, max(-1, start - 7), -1):
        if wordless(keys[i]):
            continue  # (a rule of marks, ＊＊＊＊, between the headline and the text)
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
        if keys[i].endswith(LEAD_IN) or field_line(keys[i]):  # a salutation (各有关单位：) or a lead-in
            continue  # (以下是…全文：) opens the text; a form's field (来信人：张**) stands between it and its headline
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
