"""Page rules about an article's own layout: the table under a lead-in sentence, a table of
figures, code listings, a schedule.

A shape that makes short, unpunctuated lines part of an article rather than a menu gives evidence
*for* the body, which the decision weighs against the lines' other evidence. (The layouts that
only hold next to the article, an opening or a closing in short lines, a box inside it, tags
under it, are read by the decision once it has found the article: ``decide/extend/``.)
"""
from __future__ import annotations

import re

from ..features import compute, is_prose
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .form import bracketed
from .matcher import regex

LEAD_IN = ("：", ":")
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
        if page.form[k] is None and page.feats[k].chars > _SECTION_ROW:
            return False
    return False


_TABLE_ROWS = 3      # rows of figures in a row, under their header row, that make a table
_CELL_SPLIT = re.compile(r"[|｜]")
NUMBER_CELL = re.compile(r"^[-+—－–]?[约近超]?\d[\d.,，]*\s*(?:%|‰|[万亿千百]*[\u4e00-\u9fff]{0,3})?$|^[—－–-]+$")
_CELL_CHARS = 30     # characters of a cell at most


def _cells(key: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(key.strip(" |｜")) if c.strip()] if ("|" in key or "｜" in key) else []


def _width(key: str) -> int:
    """The cells of a barred row, empty ones included (| | 合计 | | 645 | has four)."""
    return len(_CELL_SPLIT.split(key.strip(" ").strip("|｜"))) if ("|" in key or "｜" in key) else 0


def _row(key: str, width: int = 0) -> bool:
    """A table row of ``width`` cells (any, when 0; empty ones count), one of them a figure
    (865.3, 8.1%, 3560家, —)."""
    cells = _cells(key)
    return len(cells) >= 2 and (not width or _width(key) == width) and all(len(c) <= _CELL_CHARS for c in cells) \
        and any(NUMBER_CELL.match(c) for c in cells[1:])


@page_rule("layout.table")
def table(page: Page) -> Found:
    """A table flattened one row a line, its cells split by bars (指标 | 绝对值 | 同比增长 /
    地区生产总值（亿元） | 865.3 | 8.1 …): a header row of as many cells without figures, three rows
    of figures under it, and the article's prose just above (through the table's title line) and
    just below (through its notes). Part of the text, not a menu, a list of dated links or a
    widget after the article (a market ticker, a ranking). A text browser's borders between the
    rows (+------+------+) are passed over: they are the table's drawing, not its text."""
    n, keys = len(page), page.keys
    barred = [i for i in range(1, n) if "|" in keys[i] or "｜" in keys[i]]  # (most pages: a menu line or none)
    if len(barred) <= _TABLE_ROWS:
        return
    i, nxt = 1, iter(barred)
    while i < n:
        i = next((b for b in nxt if b >= i), n)
        if i >= n:
            return
        head = _cells(keys[i])
        if len(head) < 2 or _row(keys[i]) or page.feats[i].stops:
            i += 1
            continue
        width = _width(keys[i])
        j, rows = i + 1, [i]
        while j < n and (_row(keys[j], width) or (_border(page, j) and j + 1 < n and
                                                  (_row(keys[j + 1], width) or _border(page, j + 1)))):
            if not _border(page, j):
                rows.append(j)
            j += 1
        while j < n and _border(page, j):
            j += 1
        top = i - 1 if i > 0 and _border(page, i - 1) else i
        beside = list(range(max(0, top - 3), top)), list(range(j, min(n, j + 3)))
        if len(rows) - 1 >= _TABLE_ROWS and all(any(is_prose(page.feats[k]) and page.labels[k] is None for k in side)
                                                for side in beside):
            for k in rows:
                yield k, Evidence("layout.table", Label.BODY, "a row of a table flattened one row a line")
            i = j
        else:
            i += 1


def _border(page: Page, k: int) -> bool:
    """Line ``k`` is a drawn border (+------+, ┌───┬───┐): a line of symbols only."""
    return page.labels[k] is Label.BOILERPLATE and not _HAS_TEXT.search(page.keys[k])


_HAS_TEXT = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]")
_NUMBERED_ROWS = 3   # rows numbered 1, 2, 3 … under their header row that make a table of spaced cells
_SPACED = re.compile(r"[ \t\u3000]+")
_CELL_GAPS = (" ", "\t", "\u3000")


def _spaced_cells(key: str) -> list[str]:
    return [c for c in _SPACED.split(key.strip()) if c]


@page_rule("layout.numbered_table")
def numbered_table(page: Page) -> Found:
    """A table flattened one row a line, its cells apart by spaces: a header row of short words
    (序号 学院 班级 姓名), then rows numbered 1, 2, 3 … in order, each of as many cells or fewer (1
    机电工程学院 机电2201 张子涵; the space between two cells may be lost), with a numbered section's
    heading across the table between two groups of rows and a totals row after them allowed; under
    a lead-in, a numbered section's heading (一、校级“三好学生”名单) or the table's caption, or
    between two sentences of the text. A notice's list of names or projects: the text's, not a
    ranking box after the article (排名 标题 点击 / 1 … 2356) or a list of links."""
    n, keys = len(page), page.keys
    done = 0
    for first in range(2, n - _NUMBERED_ROWS + 1):  # (a first row, 1 …, under its header: most pages have none)
        if first < done or not (keys[first][:1] == "1" and keys[first][1:2] in _CELL_GAPS):
            continue
        i = first - 1
        if _section_row(page, i):  # (a row across the table, 一、先进制造业项目（18个）, between the header and row 1)
            i -= 1
        head = _spaced_cells(keys[i])
        opener = _opens_table(page, i - 1) if i >= 1 else ""
        if not (2 <= len(head) <= 12 and not keys[i][:1].isdigit() and page.form[i] is None and not page.feats[i].stops
                and all(len(c) <= _CELL_CHARS for c in head) and opener):
            continue
        j, number = first, 1
        while j < n and page.form[j] is None:
            if _section_row(page, j) and j + 1 < n and _spaced_cells(keys[j + 1])[:1] == [str(number)]:
                j += 1  # a row across the table between two groups of rows
                continue
            cells = _spaced_cells(keys[j])
            # (as many cells as the header, or fewer: the spaces between two cells may be lost, an empty cell is none)
            if not (2 <= len(cells) <= len(head) and cells[0] == str(number) and all(len(c) <= _CELL_CHARS for c in cells)):
                break
            j, number = j + 1, number + 1
        if number - 1 >= _NUMBERED_ROWS and j < n and page.form[j] is None and "shape.total_row" in page.hits[j]:
            j += 1  # the totals row closing the table (合计 1126.8 303.5)
        if number - 1 >= _NUMBERED_ROWS and (opener != "sentence" or page.paragraph(j)):
            for k in range(i, j):
                yield k, Evidence("layout.numbered_table", Label.BODY, "a row of a table of numbered rows, its cells apart by spaces")
            done = j


_HEAD_CELL = 10      # characters of a header row's cell (环节 时间 地点, 1—9月增速(%)), at most
_SPACED_ROWS = 2     # rows under it, at least


@page_rule("layout.spaced_table")
def spaced_table(page: Page) -> Found:
    """A table flattened one row a line, its cells apart by spaces and its rows not numbered,
    under a lead-in or its caption (具体安排如下： / 环节 时间 地点 / 笔试 2024年6月8日上午9:00-11:00
    某某中学; 表1 … / 指标 9月增速(%) 1—9月增速(%) / 规模以上工业增加值 9.2 7.8): a header row of short
    words without figures, then two rows or more of as many cells, which may hold dates (a
    schedule's rows are no timestamps), a group's name across it between them (按经济类型分), half
    of its rows or more with a figure. The text's, not a menu (a grid of links has no figure)."""
    n, keys = len(page), page.keys
    for i in range(1, n - _SPACED_ROWS):
        if not (keys[i - 1].endswith(LEAD_IN) or "shape.table_caption" in page.hits[i - 1]) \
                or _opens_table(page, i - 1) != "heading" or page.form[i] is not None:
            continue
        head = _spaced_cells(keys[i])
        if not (2 <= len(head) <= 8 and all(len(c) <= _HEAD_CELL for c in head) and _words_row(head)):
            continue
        j = i + 1
        while j < n and (page.form[j] is None or page.form[j].kind == "weak") and not page.feats[j].stops:  # type: ignore[union-attr]
            cells = _spaced_cells(keys[j])
            if len(cells) == 1 and not _DIGIT.search(cells[0]) and len(cells[0]) <= _GROUP_ROW and j + 1 < n \
                    and len(_spaced_cells(keys[j + 1])) == len(head):
                j += 1  # a group's name across the table (按经济类型分), rows of as many cells under it
                continue
            if len(cells) != len(head) or any(len(c) > _CELL_CHARS for c in cells):
                break
            j += 1
        figured = sum(bool(_DIGIT.search(keys[k])) for k in range(i + 1, j))  # (a grid of links has no figure)
        if j - i - 1 >= _SPACED_ROWS and 2 * figured >= j - i - 1:
            caption = not keys[i - 1].endswith(LEAD_IN)  # (表1 …: the table's caption goes with it)
            for k in range(i - caption, j):
                yield k, Evidence("layout.spaced_table", Label.BODY, "a row of a table under a lead-in, its cells apart by spaces")


_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"[-+]?\d[\d.,%]*")
_GROUP_ROW = 12     # characters of a group's name across a table (按经济类型分), at most


def _words_row(cells: list[str]) -> bool:
    """A header row: words, no figure (环节 时间 地点; 指标 9月增速(%) 1—9月增速(%): a digit inside a
    word is no figure), the first cell without a digit."""
    return not _DIGIT.search(cells[0]) and not any(_FIGURE.fullmatch(c) for c in cells)


_SECTION_ROW = 30   # characters of a row across a table (一、先进制造业项目（18个）), at most


def _section_row(page: Page, k: int) -> bool:
    """Line ``k`` is a numbered section's heading across a table (一、先进制造业项目（18个））."""
    return page.form[k] is None and "shape.section_number" in page.hits[k] and not page.feats[k].stops \
        and page.feats[k].chars <= _SECTION_ROW


def _opens_table(page: Page, k: int) -> str:
    """What line ``k`` is over a table: ``heading`` (a lead-in, a numbered section's heading, the
    table's caption), ``sentence`` (a sentence of the text, which then must go on under the table)
    or ``""``."""
    f = page.feats[k]
    if page.form[k] is not None:
        return ""
    if page.keys[k].endswith(LEAD_IN) or ("shape.section_number" in page.hits[k] and f.chars <= 40) \
            or (not f.stops and "shape.table_caption" in page.hits[k]):
        return "heading"
    return "sentence" if is_prose(f) else ""


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
