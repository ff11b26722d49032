"""Page rules about an article's own layout: the table under a lead-in sentence, a table of
figures, a list of quantities, code listings, a schedule (tables flattened into lines of cells:
``tables.py``).

A shape that makes short, unpunctuated lines part of an article rather than a menu gives evidence
*for* the body, which the decision weighs against the lines' other evidence. (The layouts that
only hold next to the article, an opening or a closing in short lines, a box inside it, tags
under it, are read by the decision once it has found the article: ``decide/extend/``.)
"""
from __future__ import annotations

import re
from typing import Optional

from ..features import compute, is_prose
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .form import bracketed
from .matcher import regex
from .tables import LEAD_IN, SECTION_ROW

_LEAD_IN_ITEMS = 300   # lines a table under a lead-in sentence may have
# labels of lines that sit inside a text without ending it (an ad or image line inside a table)
_INLINE = (Label.IMAGE, Label.AD, Label.CONTACT, Label.SHARE, Label.TOOLS, Label.BOILERPLATE, Label.COPYRIGHT)


@page_rule("layout.lead_in")
def lead_in(page: Page) -> Found:
    """A sentence ending in a colon (具体完成情况如下：), or an attachment's line (附：招生专业及考试科目),
    introduces a table or list: its short lines, up to the next full sentence, are part of the
    text, not a menu. A line of two phrases joined by '--' and nothing else (专治口臭--溃疡) ends it:
    a link (a text ad), not a row (郑州--卢森堡 每周三班 is a row)."""
    n = len(page)
    i = 0
    while i < n:
        k, f = page.keys[i], page.feats[i]
        opens = (k.endswith(LEAD_IN) and f.punct >= 2 and f.chars >= 10) or "shape.lead_in" in page.hits[i]
        if not (opens and page.form[i] is None):
            i += 1
            continue
        j = i + 1
        while j < min(n, i + 1 + _LEAD_IN_ITEMS):
            lab = page.labels[j]
            if "shape.dash_join" in page.hits[j] and " " not in page.keys[j].strip():
                break  # two phrases joined by '--' and nothing else: a link (a text ad), not a row
            if bracketed(page.keys[j]):
                break  # a heading in brackets opens another block (【投资某某】 over its hotline)
            if lab not in _INLINE:
                if page.form[j] is not None or page.feats[j].stops or page.feats[j].chars > 40:
                    break
                yield j, Evidence("layout.lead_in", Label.BODY, "a short line of the table or list under a lead-in sentence")
            j += 1
        i = max(i + 1, j)


_FIGURE_PAIRS = 3    # a name's line, then its figure's line (园区面积 / 128平方公里), this many times in a row


def _table_heading(page: Page, i: int) -> bool:
    """Line ``i`` heads a table: a short line of its own, no sentence, no figure, no rule's
    (园区基本数据（截至2023年底）, 主要经济指标). A widget's figures (在线用户 / 1048人) come without one."""
    f = page.feats[i]
    return page.form[i] is None and 2 <= f.chars <= 30 and not f.stops and "shape.figure" not in page.hits[i]


def _statistics(page: Page, figures: range) -> bool:
    """One of the figures is a statistic (``shape.statistic``: money, area, output, a share)."""
    return any("shape.statistic" in page.hits[k] for k in figures)


@page_rule("layout.figures")
def figures(page: Page) -> Found:
    """A table of figures flattened one cell a line under its heading: a short name, then its
    figure alone with its unit (入驻企业 / 3560家 / 高新技术企业 / 1048家 …), three pairs or more in
    a row. A park's or a region's key figures, as a profile page gives them: part of the text,
    not a menu. Under a paragraph instead of a heading, its figures must be statistics (money,
    area, output, a share): a site's counter widget (在线用户 / 1048人) is none. A contact block
    (热线 / 0731-84001888) is no such table: its lines have their own evidence."""
    n, keys, feats = len(page), page.keys, page.feats

    def name(i: int) -> bool:
        return (page.form[i] is None and 2 <= feats[i].chars <= 20 and not feats[i].stops
                and "shape.figure" not in page.hits[i] and not keys[i][:1].isdigit())

    i = 0
    while i + 1 < n:
        j = i
        while j + 1 < n and name(j) and "shape.figure" in page.hits[j + 1]:
            j += 2
        if (j - i) // 2 >= _FIGURE_PAIRS and i > 0 and (
                _table_heading(page, i - 1) or (is_prose(page.feats[i - 1]) and _statistics(page, range(i + 1, j, 2)))):
            for k in range(i, j):
                yield k, Evidence("layout.figures", Label.BODY, "a cell of a table of figures (a name, then its figure)")
            i = j
        else:
            i += 1


_QUANTITIES = 4      # lines in a row of a name and its quantity that make a list (用料 / 五花肉 600克 / 冰糖 25克 …)
_QUANTITY_TEXT = 4   # … with the text within this many lines above and below it


@page_rule("layout.quantities")
def quantities(page: Page) -> Found:
    """A list of names with their quantities, one a line (a recipe's ingredients, a product's
    specifications: 五花肉 600克 / 生抽 2汤匙 / 开水 适量), four lines or more, with the text's
    paragraphs both above it (through its heading) and below it (through the next heading or a
    picture's file name). Part of the text, not a menu; a price list in a box beside the text has
    no paragraphs around it."""
    n = len(page)
    i = 0
    while i < n:
        j = i
        while j < n and page.form[j] is None and "shape.quantity" in page.hits[j]:
            j += 1
        if j - i >= _QUANTITIES and _text_near(page, range(i - 1, max(-1, i - 1 - _QUANTITY_TEXT), -1)) \
                and _text_near(page, range(j, min(n, j + _QUANTITY_TEXT))):
            for k in range(i, j):
                yield k, Evidence("layout.quantities", Label.BODY, "a name and its quantity, one of a list inside the text")
        i = max(j, i + 1)


def _text_near(page: Page, lines: range) -> bool:
    """A paragraph of the text among ``lines`` (nearest first), passing over short lines (a heading,
    a picture's file name) and lines the form rules name, stopping at a long line that is no sentence."""
    for k in lines:
        if page.paragraph(k):
            return True
        if page.form[k] is None and page.feats[k].chars > SECTION_ROW:
            return False
    return False


_TIMED_ITEMS = 3     # an itinerary's timed lines, each over the text that tells of it
_TIMED = re.compile(r"^\d{1,2}[:：]\d{2}\s*[\u4e00-\u9fff]{2}")  # 10:00 抵达…, 19:30 夜游廊桥


@page_rule("layout.timed_items")
def timed_items(page: Page) -> Found:
    """An itinerary's or a day's programme in the text: a time opening a line and what happens then
    (10:00 抵达高铁站), each followed by a paragraph that tells of it, three times or more. Part of
    the text, not a byline's time; a ticker's timed headlines come one after another, with no
    paragraph between."""
    timed = [i for i in range(len(page) - 1) if page.labels[i] is Label.META and _TIMED.match(page.keys[i])
             and page.paragraph(i + 1)]
    if len(timed) >= _TIMED_ITEMS:
        for i in timed:
            yield i, Evidence("layout.timed_items", Label.BODY, "a timed line of an itinerary, over the text that tells of it")


_CHAPTERS = 3        # lines in a row opening with a time into a recording, the times rising: its chapters
_CHAPTER = re.compile(r"^[\[【(（]?(\d{1,3})[:：](\d{2})(?:[:：](\d{2}))?[\]】)）]?(?:\s+|(?=[\u4e00-\u9fff“《「]))")
_CHAPTER_WORDS = 4   # CJK characters of a chapter's words at least


def _offset(key: str) -> Optional[tuple[int, int]]:
    """The seconds a line's opening time stands for (00:48 …, 1:02:15 …), when words follow it,
    and its first figure (hours, or minutes into the recording)."""
    m = _CHAPTER.match(key)
    if m is None or sum("\u4e00" <= ch <= "\u9fff" for ch in key[m.end():]) < _CHAPTER_WORDS:
        return None
    a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
    return ((a * 3600 + b * 60 + int(c)) if c is not None else a * 60 + b), a


@page_rule("layout.chapters")
def chapters(page: Page) -> Found:
    """A recording's chapters in its notes (00:48 陈某的第一次招商经历 / 06:15 … / 27:05 …): three
    lines or more in a row, each opening with a time and words, the times rising from the
    recording's start (the first at 00:…) or past any hour a clock shows (27:05). The text's,
    however short its lines; a ticker's timed headlines are times of day, mostly newest first."""
    n, i = len(page), 0
    while i < n:
        j, last, into = i, -1, False
        while j < n and (t := _offset(page.keys[j])) is not None and t[0] > last:
            into = into or t[1] > 23 or (j == i and t[1] == 0)
            last, j = t[0], j + 1
        if j - i >= _CHAPTERS and into:
            for k in range(i, j):
                yield k, Evidence("layout.chapters", Label.BODY, "a chapter of a recording (times into it, rising)", "keep")
        i = max(j, i + 1)


_CODE_LINES = 3      # lines of code in a row that make a block of code …
_CODE_NEAR = 5       # … within this many lines of the article's prose (a code box's tool bar between: python 运行 复制)
_CODE_MARKS = 4      # or one line (a listing joined into a line) with this many marks of code
_CLOSING = re.compile(r"[}\])]+[;,]?")
_CODE_GAP = 2        # lines in a row that are not code (a comment, a bare keyword) inside a block of code
_COMMENT = ("#", "//", "/*", "*", '"""', "'''", "<!--", "--")
# what a line of code may hold in any script, left out when its code is read: its strings (with a
# web address, a Chinese message), its trailing comment (# 跳过表头, // 注释)
_NOT_CODE = re.compile(r"\"[^\"]*\"|'[^']*'|(?:https?://|www\.)\S+|(?:^|\s)(?:#|//)\s.*$", re.I)


def _code_part(line: str) -> bool:
    """The line, without its strings and its trailing comment, is code: in Latin letters, with a
    mark of code."""
    bare = _NOT_CODE.sub(" ", line) if ('"' in line or "'" in line or "/" in line or "#" in line) else line
    f = compute(bare)
    return f.chars >= 2 and f.wide_ratio < 0.3 and regex("shape.code").search(bare) is not None


def _text_beside(page: Page, lines: range) -> bool:
    """Walking ``lines`` away from a block of code, over a code box's bar (python / 运行 / 复制) and
    lines the text may hold (a picture, a link), the article's text comes first: a paragraph, its
    lead-in (代码如下：) or a numbered subheading (1、部署脚本). Furniture first (分享到：, a footer) makes the block the page's own script."""
    for k in lines:
        f, key, label = page.feats[k], page.keys[k], page.labels[k]
        if label is not None and label not in _IN_TEXT:
            return False
        if label is None and (is_prose(f) or (f.chars >= 10 and key.endswith(("：", ":")))) and f.wide_ratio >= 0.5:
            return True
        if label is None and "shape.section_number" in page.hits[k] and f.wide_ratio >= 0.3:
            return True  # the article's numbered subheading (二、部署kafka, 1、docker脚本) over its listing
    return False


# what may stand between a block of code and its text: a picture, a link (参考链接：https://…, 项目地址：…,
# a bare address), a shebang read as a hashtag (#!/bin/bash), a date; a share, tool, copyright or
# footer line may not
_IN_TEXT = (Label.IMAGE, Label.TAGS, Label.BOILERPLATE, Label.META, Label.PERMALINK, Label.BREADCRUMB)


@page_rule("layout.code")
def code(page: Page) -> Found:
    """A block of code in a text (three lines or more in a row in Latin letters with the marks of
    code: a continuation, an assignment, a variable, braces, a flag, a shell command), or one
    line with many such marks (a listing whose line breaks were lost), next to prose: a code listing of the article (a programming blog's), which the text rules would read
    as a menu or a date line. It is kept whatever its lines look like."""
    feats, keys, n = page.feats, page.keys, len(page)
    codeish = [feats[i].chars >= 2 and "shape.code" in page.hits[i] and _code_part(keys[i]) for i in range(n)]
    i = 0
    while i < n:
        if not codeish[i]:
            i += 1
            continue
        j = i
        while j < n:
            if codeish[j]:
                j += 1
                continue
            # a short line of Latin letters (continue, }), or a comment, between lines of code
            gap = j
            while gap < n and gap - j < _CODE_GAP and not codeish[gap] and (
                    (feats[gap].wide_ratio < 0.3 and feats[gap].chars <= 20)
                    or (keys[gap].lstrip().startswith(_COMMENT) and not feats[gap].stops)):
                gap += 1
            if gap == j or gap >= n or not codeish[gap]:
                break
            j = gap
        while j < n and _CLOSING.fullmatch(keys[j].strip()):
            j += 1  # the block's closing braces (}, });, ]): too short to be read as code alone
        near = _text_beside(page, range(i - 1, max(-1, i - 1 - _CODE_NEAR), -1)) \
            or _text_beside(page, range(j, min(n, j + _CODE_NEAR)))
        joined = j - i == 1 and len(regex("shape.code").findall(page.keys[i])) >= _CODE_MARKS
        if (j - i >= _CODE_LINES or joined) and near:
            for k in range(i, j):
                yield k, Evidence("layout.code", Label.BODY, "a line of a block of code next to the text", "keep")
        i = max(j, i + 1)


_SCHEDULE_HEAD = 8   # the page's date or source line this close above a schedule's first item …


def _under_byline(page: Page, first: int) -> bool:
    """A date or source line stands a few lines above line ``first``, or a notice's lead-in (…议程
    如下), with no other sentence between (the agenda's own header: 时间：… 地点：… 4月18日（星期四））:
    the page's content, not a programme guide after an article or in a sidebar."""
    for j in range(first - 1, max(-1, first - 1 - _SCHEDULE_HEAD), -1):
        label, key = page.labels[j], page.keys[j]
        if label in (Label.META, Label.SOURCE):
            return True
        if label is None and (key.rstrip("。. ").endswith("如下") or key.endswith(("：", ":"))):
            return True  # the notice's lead-in: 现将会议议程通知如下。
        if page.feats[j].stops or (label is not None and label not in _SCHEDULE_HEADER):
            return False
    return first < _SCHEDULE_HEAD  # the schedule opens the page (its text cleaned once already)


# lines of an agenda's own header, between its date line and its items: 主办单位：…, 联系人：…
_SCHEDULE_HEADER = (Label.FOOTER, Label.CONTACT)


_SCHEDULE_ITEMS = 3  # a schedule's items (a time span and what happens in it) that make a schedule …
_SCHEDULE_GAP = 2    # … with at most this many short lines between two of them (上午 主论坛, 4月19日（星期五）)


@page_rule("layout.schedule")
def schedule(page: Page) -> Found:
    """A schedule: lines that each give a time span and what happens in it (09:00-09:10 开幕致辞
    王立群 副市长), three or more close together, with the day's and the session's headings between
    them, under the page's date or source line. It is an agenda's text, however short and
    unpunctuated its lines, and no list of timestamps (a comment's, an article list's), whose
    times are not spans."""
    items = [i for i in range(len(page)) if "shape.schedule_item" in page.hits[i]]
    k = 0
    while k < len(items):
        m = k
        while m + 1 < len(items) and items[m + 1] - items[m] <= _SCHEDULE_GAP + 1 and not any(
                page.feats[j].stops for j in range(items[m] + 1, items[m + 1])):
            m += 1
        if m - k + 1 >= _SCHEDULE_ITEMS and _under_byline(page, items[k]):
            for i in items[k:m + 1]:
                yield i, Evidence("layout.schedule", Label.BODY, "an item of a schedule (a time span and what happens in it)",
                               "keep")
            spans = set(items[k:m + 1])
            heads = [i for i in range(max(0, items[k] - 1), items[m]) if i not in spans and _schedule_heading(page, i)]
            for i in heads:
                yield i, Evidence("layout.schedule", Label.BODY, "a day's or a session's heading in a schedule", "keep")
            last = items[m] + 1
            if last < len(page) and _CLOCK_ITEM.match(page.keys[last].lstrip()) and not page.feats[last].stops:
                yield last, Evidence("layout.schedule", Label.BODY, "a schedule's last item, at a time (16:00 闭幕)", "keep")
        k = m + 1


_HEADING_CHARS = 16  # characters of a day's or a session's heading in a schedule, at most
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CLOCK_ITEM = re.compile(r"\d{1,2}[:：]\d{2}\s*[\u4e00-\u9fff]")  # a time, then what happens at it


def _schedule_heading(page: Page, i: int) -> bool:
    """Line ``i`` heads a day or a session of a schedule: a short line without a sentence, a
    day without its year (11月14日（星期四）: the page's own date line gives the year) or no
    evidence at all (上午 主论坛)."""
    f = page.feats[i]
    if f.chars > _HEADING_CHARS or f.stops:
        return False
    if page.form[i] is None:
        return True
    return page.labels[i] is Label.META and "shape.date" in page.hits[i] and not _YEAR.search(page.keys[i])


@page_rule("layout.notice_closing")
def notice_closing(page: Page) -> Found:
    """A notice's closing formula right under its last paragraph (特此公示。 特此通知。): the notice's
    last line, however short."""
    for i in range(1, len(page)):
        if "shape.notice_closing" in page.hits[i] and page.paragraph(i - 1):
            yield i, Evidence("layout.notice_closing", Label.BODY, "a notice's closing formula under its text", "keep")
