"""Page rules for a table flattened into lines: cells set apart by bars (名称 | 865.3 | 8.1), rows
numbered 1, 2, 3 … under a header row of spaced cells, and a table of spaced cells under its caption
or lead-in. A table's short, unpunctuated rows are the text's, not a menu.
"""
from __future__ import annotations

import re

from ..features import is_prose
from ..model import Label
from .base import Evidence, Found, Page, page_rule

LEAD_IN = ("：", ":")  # how a sentence that introduces a table or a list ends
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


SECTION_ROW = 30   # characters of a row across a table (一、先进制造业项目（18个）), at most


def _section_row(page: Page, k: int) -> bool:
    """Line ``k`` is a numbered section's heading across a table (一、先进制造业项目（18个））."""
    return page.form[k] is None and "shape.section_number" in page.hits[k] and not page.feats[k].stops \
        and page.feats[k].chars <= SECTION_ROW


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
