"""A notice's numbered sections, a contents page's entries, a poem above its explanation: text
the run reaches through lines that are not prose."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ... import lexicons
from ...evidence.base import Evidence
from ...evidence.matcher import regex
from ...evidence.context import labelled_field
from ...features import PROSE_CHARS, Features
from ...model import Label
from ..params import Params
from .lines import HEADER_LABELS, Decided, label_of, prose_line, short_plain


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
        d = decided[j]  # (a section may be a field, a date's too: 五、开标时间：2024年5月8日; its label is its heading)
        if (d is None or d.label in FIELD_LABELS) and section_number(keys[j]) == want \
                and min(feats[j].chars, len(keys[j].partition("：")[0])) <= p.section_chars:
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
                and (labelled_field(keys[k]) or prose_line(decided, feats, k)):
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
    while j < len(decided) and j - h <= p.contents_lines and label_of(decided[j]) in (None, Label.NAV) \
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
    if k >= 1 and label_of(decided[k]) is Label.TOOLS:
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
        if d is None and f.stops >= 1 and f.chars >= PROSE_CHARS:
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
            label_of(decided[g]) in _VERSE_GAP or (decided[g] is None and feats[g].chars <= p.short_chars and not feats[g].punct)):
        g -= 1
    b = g
    while g >= 0 and _verse_line(decided[g], feats[g], keys[g], p):
        g -= 1
    if b - g < p.verse_lines or not any(label_of(decided[k]) is Label.TITLE for k in range(max(0, g - 1), g + 1)):
        return None
    return g + 1, b
