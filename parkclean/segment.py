"""Text dump → rows: one row per non-empty line, or per paragraph when the dump is soft-wrapped.

Page dumps put each block element on its own line; a paragraph is one line. We keep that unit
(it is what annotators mark), and record the layout signals the rules use: the leading indent
(ASCII, full-width or NBSP spaces — body paragraphs are often indented, menus are not) and
whether a blank line came before.

Some converters (lynx, w3m, fixed-width exports) wrap paragraphs at a fixed width. When many long
lines share one width, the dump is soft-wrapped: a line filled to that width continues on the
next line, and the pieces are joined into one row spanning several input lines.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterator, NamedTuple, Optional

try:  # the optional C kernel: the same rows, one pass over the page
    from ._speedups import split_rows as _split
except ImportError:  # pragma: no cover - depends on the build
    _split = None  # type: ignore[assignment]

_SPACES = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"
_MIN_WRAP = 30        # wrap widths below this are not considered (in display columns) …
_MIN_WRAP_CHARS = 20  # … or in characters
_WRAP_LINES = 5       # at least this many lines filled to the width …
_WRAP_SHARE = 0.35    # … and this share of the long lines
_WRAP_ENDS = 0.5      # … and this share of their runs goes on to a line that ends a sentence
_WRAP_OVER = 2        # lines longer than the wrap width, at most (or this share of the long lines) …
_WRAP_OVER_SHARE = 0.03
_CLAUSE_MARK = re.compile(r"[，。；！？,;]")  # a line of the text, not of a menu or a footer
_UNBREAKABLE = re.compile(r"(?:https?://|www\.)\S{20,}")  # … besides those a converter cannot break
_CJK_JOIN = ("\u3000", "\u303f", "\u3400", "\u9fff", "\uff00", "\uffef")


class Row(NamedTuple):
    """A unit of the page: input lines ``start``–``end`` (1-based), their raw text (``raw``, with
    the original newlines) and the text to clean (``text``, one line)."""

    start: int
    end: int
    raw: str
    text: str
    indent: int
    blank_before: bool


def lines(text: str) -> Iterator[tuple[int, str, int, bool]]:
    """Yield ``(line number, line without trailing space, indent width, blank before)``."""
    blank = False
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for i, line in enumerate(text.split("\n"), 1):
        body = line.rstrip()
        stripped = body.lstrip(_SPACES)
        if not stripped:
            blank = True
            continue
        yield i, body, len(body) - len(stripped), blank
        blank = False


def _columns(s: str) -> int:
    """Display width: wide (CJK, full-width) characters take two columns."""
    return len(s) + (len(s.encode("utf-8")) - len(s)) // 2


_SENTENCE_END = tuple("。！？!?.；;”」")
_PARAGRAPH_END = _SENTENCE_END + tuple("：:…）)]】\"'’』》")  # a wrapped paragraph's last line ends so (判决如下：, 。[2])


def wrap_width(widths: list[int], texts: Optional[list[str]] = None) -> Optional[int]:
    """The width a dump is wrapped at, if many different long lines end right at one width,
    mostly in the middle of a sentence (``texts``, when given, are checked for that).

    >>> wrap_width([72, 71, 72, 72, 30, 72, 72, 12, 72])
    72
    >>> wrap_width([80, 35, 120, 64, 90, 51, 77])
    """
    return _wrap(widths, texts)[0]


def _wrap(widths: list[int], texts: Optional[list[str]] = None, min_width: int = _MIN_WRAP) -> tuple[Optional[int], float]:
    """(width, share of the long lines filled to it), or (None, 0.0)."""
    long = [w for w in widths if w >= min_width]
    if len(long) < _WRAP_LINES:
        return None, 0.0
    width, _ = Counter(long).most_common(1)[0]
    near = [i for i, w in enumerate(widths) if width - 2 <= w <= width]
    if len(near) < _WRAP_LINES or len(near) < _WRAP_SHARE * len(long):
        return None, 0.0
    # the wrap width is the longest lines' (within 2), but for a few lines the converter could not
    # break: a web address (a text browser's list of links), or a handful of others; lines without
    # a sentence's marks above the first wrapped line or below the last (the portal's menus and
    # footer around a converted document) are not the wrapped text's
    longer = [i for i, w in enumerate(widths) if w > width + 2 and (
        near[0] < i < near[-1] or texts is None or _CLAUSE_MARK.search(texts[i]) is not None)]
    allowed = max(_WRAP_OVER, _WRAP_OVER_SHARE * len(long))
    if len(longer) > allowed and sum(1 for i in longer if not (texts is not None and _UNBREAKABLE.search(texts[i]))) > allowed:
        return None, 0.0
    if texts is not None:
        filled = [texts[i] for i in near]
        if len(set(filled)) < 0.8 * len(filled):  # the same line again and again: a template, not a wrap
            return None, 0.0
        if sum(t.endswith(_SENTENCE_END) for t in filled) > 0.5 * len(filled):
            return None, 0.0
    return width, len(near) / len(long)


def _is_wide(c: str) -> bool:
    return any(a <= c <= b for a, b in zip(_CJK_JOIN[::2], _CJK_JOIN[1::2]))


def _join(a: str, b: str) -> str:
    if a and b and (_is_wide(a[-1]) or _is_wide(b[0])):
        return a + b
    return a + " " + b


def _join_all(pieces: list[str]) -> str:
    """The pieces of a wrapped paragraph as one line: no space between wide characters, one
    space between narrow ones (what :func:`_join` does pairwise, in linear time)."""
    out = [pieces[0]]
    last = pieces[0][-1:]  # the last character of the text joined so far
    for cur in pieces[1:]:
        if not (last and cur and (_is_wide(last) or _is_wide(cur[0]))):
            out.append(" ")
            last = " "
        out.append(cur)
        last = cur[-1:] or last
    return "".join(out)


def split_rows(text: str) -> list[Row]:
    r"""One row per non-empty line (no soft-wrap joining): the C kernel when it is built.

    >>> [(r.start, r.text, r.indent, r.blank_before) for r in split_rows("标题\n\n\u3000\u3000正文。\n")]
    [(1, '标题', 0, False), (3, '正文。', 2, True)]
    """
    if _split is not None:
        return _split(text, Row)
    new = tuple.__new__  # Row(...) without the NamedTuple's Python-level __new__: one row per line
    return [new(Row, (i, i, body, body.strip(), ind, blank)) for i, body, ind, blank in lines(text)]


_LOST_BREAKS = 5000  # a line longer than this is a whole page or a large part of one


def lost_breaks(rows: list[Row]) -> list[str]:
    """The warning for a dump whose line breaks were lost (its longest line is most of a page).

    >>> lost_breaks([Row(1, 1, "", "园区" * 3000, 0, False)])[0][:26], lost_breaks([Row(1, 1, "", "园区", 0, False)])
    ('line 1 has 6000 characters', [])
    """
    longest = max(rows, key=lambda r: len(r.text))
    if len(longest.text) <= _LOST_BREAKS:
        return []
    return [f"line {longest.start} has {len(longest.text)} characters: the dump seems to have lost its line breaks, "
            "so page furniture on that line cannot be told from the article"]


def rows(text: str, pieces: bool = True) -> list[Row]:
    """The page's rows; wrapped paragraphs are joined when the dump is soft-wrapped, and, with
    ``pieces``, a paragraph broken at its inline elements (or into blocks by its markup) is joined
    again (:func:`glue`)."""
    items = split_rows(text)
    pieces = pieces and _GLUED.search(text) is not None
    width, measure = _wrapped([r.text for r in items])
    if width is None:
        return glue(items) if pieces else items
    out: list[Row] = []
    k = 0
    while k < len(items):
        start, _, body, text, ind, blank = items[k]
        raws, texts, end = [body], [text], start
        while (k + 1 < len(items) and measure(items[k].raw) >= width - 2 and not items[k + 1].blank_before
               and items[k + 1].start == items[k].start + 1 and items[k + 1].indent <= max(ind, items[k].indent)):
            k += 1
            raws.append(items[k].raw)
            texts.append(items[k].text)
            end = items[k].start
        if len(texts) > 1 and not texts[-1].endswith(_PARAGRAPH_END):
            # lines cut at the width that do not go on to a sentence's end: a menu or a list cut by
            # the converter, not a paragraph; each stays a row
            out.extend(items[k - len(texts) + 1:k + 1])
        else:
            out.append(Row(start, end, "\n".join(raws), _join_all(texts), ind, blank))
        k += 1
    return glue(out) if pieces else out


# A line that cannot open a block: it opens with a mark that goes on with the sentence above
# (，交易额 / 。), or with 的 under a short piece that does not end a sentence (辣椒产业园 /
# 的一家调味品企业…). Dumps with one line per DOM text node, and converters that break at links and
# bold, cut paragraphs so. Not a run of the mark (：：：精彩专题：：：), nor a character alone (text
# set vertically), nor a closing bracket or quote: 》 is a link list's bullet, ” often opens a
# quote, ） may be a table's cell; not 的 opening a name (的黎波里, 的里雅斯特, 的的喀喀湖).
GLUE_MARKS = "，。、；！？"
_GLUED = re.compile(rf"(?m)^[ \t\u3000\u00a0]*(?:[{GLUE_MARKS}](?![{GLUE_MARKS}])|的(?![确士哥卢黎里的\s]|$))")
_GLUE_PIECE = 20  # … 的 continues only a piece up to this long (a link's or a bold phrase's text)


def glue(items: list[Row]) -> list[Row]:
    r"""Rows joined where a line goes on with the sentence of the line above (see ``_GLUED``); each
    run of pieces is joined once (linear in the page).

    >>> [r.text for r in glue(split_rows("增长\n12.7%\n。\n下一段。"))]
    ['增长', '12.7%。', '下一段。']
    >>> [r.text for r in glue(split_rows("辣椒产业园\n的一家企业。\n标题。\n的确如此。\n相关链接\n》国务院"))]
    ['辣椒产业园的一家企业。', '标题。', '的确如此。', '相关链接', '》国务院']
    """
    out: list[Row] = []
    run: list[Row] = []  # the pieces of the row being joined

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            first, last = run[0], run[-1]
            raw = "\n".join(r.raw + "\n" * (nxt.start - r.end - 1) for r, nxt in zip(run, run[1:])) + "\n" + last.raw
            out.append(Row(first.start, last.end, raw, _join_all([r.text for r in run]), first.indent, first.blank_before))
        run.clear()

    for r in items:
        prev = run[-1] if run else None
        if prev is not None and _GLUED.match(r.text) and (
                r.text[0] != "的" or (2 <= len(prev.text) <= _GLUE_PIECE and not prev.text.endswith(_PARAGRAPH_END))):
            run.append(r)
        else:
            flush()
            run.append(r)
    flush()
    return out


def _wrapped(stripped: list[str]) -> tuple[Optional[int], Callable[[str], int]]:
    """(wrap width, the measure it is in), or (None, len) for a dump that is not soft-wrapped."""
    long = [t for t in stripped if len(t) >= _MIN_WRAP // 2]
    # cheap test first: in an unwrapped dump many long lines end a sentence
    if len(long) < _WRAP_LINES or sum([t.endswith(_SENTENCE_END) for t in long]) > 0.6 * len(long):
        return None, len
    # wrapped by display columns or by characters: the measure that explains more lines
    lens = [len(t) for t in long]
    columns = [n + (len(t.encode("utf-8")) - n) // 2 for t, n in zip(long, lens)]  # _columns, inlined
    # (a dump cut at a number of characters may cut CJK text shorter than one cut at columns)
    (width, _), measure = max(((_wrap(widths, long, least), m)
                               for widths, m, least in ((columns, _columns, _MIN_WRAP), (lens, len, _MIN_WRAP_CHARS))),
                              key=lambda x: x[0][1])
    if width is not None and not _paragraphs_end(stripped, width, measure):
        return None, len
    return width, measure


def _paragraphs_end(stripped: list[str], width: int, measure: Callable[[str], int]) -> bool:
    """Wrapped paragraphs end: most runs of lines filled to the width go on to a shorter line
    that ends a sentence. A list of headlines cut to one width (each a whole item, many with
    commas) goes on to another headline."""
    runs = ends = 0
    i, n = 0, len(stripped)
    while i < n:
        if width - 2 <= measure(stripped[i]) <= width:
            j = i + 1
            while j < n and width - 2 <= measure(stripped[j]) <= width:
                j += 1
            runs += j - i
            if j < n and stripped[j].endswith(_PARAGRAPH_END):
                ends += j - i
            i = j
        else:
            i += 1
    return ends >= _WRAP_ENDS * runs
