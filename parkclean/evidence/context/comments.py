"""Comments read off their neighbours: a comments word among buttons, a count under the byline, a
stream of names and times, a reply's floor."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Label
from ..base import Evidence, Found, Page, page_rule
from ..matcher import regex
from .common import PROSE_STOP


_BUTTONS = (Label.TOOLS, Label.SHARE)
_BUTTON_WORD = 6   # a heading word this short …
_BUTTON_NEAR = 2   # … with a tool or share button this many lines above it and below it


def _comments_heading_above_text(page: Page, i: int) -> bool:
    """Line ``i`` has a comments heading's form and stands above every paragraph of the page
    (below one, where comments stand, it heads them, whatever stands around it)."""
    d = page.form[i]
    return d is not None and d.heading and d.label is Label.COMMENTS and i <= page.first_prose


def among_buttons(page: Page, i: int) -> bool:
    """Line ``i``, a comments heading's word alone (评论, 留言), stands between tool or share
    buttons (登录 / 评论 / 收藏 / 分享), without a count, above every paragraph of the page: it is
    one of the buttons of a tool bar at the top, not the heading of the comments. (Below a
    paragraph, where comments stand, it heads them; a related heading, 推荐文章, heads its list.)"""
    n, f = len(page), page.feats[i]
    if not _comments_heading_above_text(page, i) or f.chars > _BUTTON_WORD or f.digits:
        return False  # (41 条评论 with its sort buttons under it: the comments' heading)
    return (any(page.labels[j] in _BUTTONS for j in range(max(0, i - _BUTTON_NEAR), i))
            and any(page.labels[j] in _BUTTONS for j in range(i + 1, min(n, i + 1 + _BUTTON_NEAR))))


_HEADER_NEAR = 2     # a comments count this close under the article's byline or date line …
_HEADER_COUNT = 12   # (this long at most, with a number or a button's verb: 评论(12), 12条评论, 发表评论) …
_STREAM_LOOK = 30    # … with no dated line (a commenter's name and time) in this many lines under it
# the article's own credit lines (（编辑：刘畅）, 记者 张三): no commenter's name, time or place
_CREDIT_RULES = frozenset({"marker.byline", "marker.credit_parens", "meta.credits", "meta.reporter_line"})
_COMMENTER_RULES = frozenset({"marker.ip_location"})  # a commenter's place (IP属地：江苏); a read counter is the header's
_COUNT_OR_BUTTON = re.compile(r"\d|^(?:发表|我要|写|查看|参与)")


def header_count(page: Page, i: int) -> bool:
    """Line ``i``, a comments count or button (评论(12), 12条评论, 发表评论; not a heading such as
    网友评论), stands right under the byline or date line, above every paragraph of the page, and
    no dated line follows it: it is the header's count of comments, and the text under it is the
    article. (Comments under the byline of a page without its article come with their names and
    times or places, in either order: their heading stays. The article's closing editor credit,
    （编辑：某某）, is no comment's line.)"""
    if not _comments_heading_above_text(page, i) or page.feats[i].chars > _HEADER_COUNT \
            or not _COUNT_OR_BUTTON.search(page.keys[i].strip()):
        return False
    if not any(page.labels[j] in (Label.META, Label.SOURCE) for j in range(max(0, i - _HEADER_NEAR), i)):
        return False
    prose = 0
    for j in range(i + 1, min(len(page), i + 1 + _STREAM_LOOK)):
        if _commenters(page, j):
            return False
        prose = prose + 1 if page.paragraph(j) else 0
        if prose == 2:  # two paragraphs in a row, no commenter's stamp between: the article (a short one's
            return True  # comments, further down, are under their own heading)
    return True


def _commenters(page: Page, j: int) -> bool:
    """Line ``j`` is a commenter's: a name and a time, a place (IP属地：江苏), or a dated meta line
    that is no credit of the article's (a read counter, 阅读：1024, is the header's)."""
    form = page.form[j]
    if page.labels[j] is not Label.META or form is None:
        return bool(_stamp(page, j))
    return form.rule in _COMMENTER_RULES or ("shape.date" in page.hits[j] and form.rule not in _CREDIT_RULES)


_SECTION_WORD = 2  # characters of a comments word that may head a section of the text (评论, 評論; not 网友评论), at most


def section_word(page: Page, i: int) -> bool:
    """Line ``i``, a comments word alone (评论; no count, no button's verb), stands right between
    two paragraphs of the text, and no commenter's name or time follows in the lines under it:
    the heading of the text's own section (a statistics release's 评论, the spokesman's comment),
    not of the comments."""
    d, f, n = page.form[i], page.feats[i], len(page)
    if d is None or not d.heading or d.label is not Label.COMMENTS or f.chars > _SECTION_WORD or f.digits \
            or not 0 < i < n - 1:
        return False
    if not (page.paragraph(i - 1)
            and page.paragraph(i + 1) and page.feats[i + 1].chars >= PROSE_STOP):
        return False
    for j in range(i + 1, min(n, i + 1 + _STREAM_LOOK)):
        if "marker.end_of_text" in page.hits[j] or (page.form[j] is not None and page.form[j].heading):  # type: ignore[union-attr]
            return True  # (（完） or the next region: the page's own date below is no commenter's)
        if _commenters(page, j):
            return False
    return True


@page_rule("context.button_heading")
def button_heading(page: Page) -> Found:
    """A region heading's word among tool and share buttons is one of the buttons
    (:func:`among_buttons`), and a comments count under the byline is the header's
    (:func:`header_count`): the lines after it (the article) are not claimed by it."""
    for i in range(len(page)):
        if among_buttons(page, i):
            yield i, Evidence("context.button_heading", Label.TOOLS,
                              "a heading word among tool and share buttons: one of the buttons", "demotes")
        elif header_count(page, i):
            yield i, Evidence("context.button_heading", Label.TOOLS,
                              "a comments count under the byline, no comment under it: the header's count", "demotes")
        elif section_word(page, i):
            yield i, Evidence("context.button_heading", Label.BODY,
                              "a comments word alone between the text's paragraphs, no commenter below: the text's "
                              "section heading (a release's commentary)", "demotes")


_STAMP_CHARS = 40      # a name-and-timestamp line has at most this many characters …
_STAMP_NAME = 16       # … and the name before the timestamp at most this many
_STAMP_GAP = 4         # comments are this many lines apart at most
_STAMP_LABELS = (None, Label.META, Label.RELATED)  # what the form rules call such a line, if anything


def _stamp(page: Page, i: int) -> Optional[str]:
    """The name before the timestamp when line ``i`` is a name and a timestamp (网友 老李 2024-05-10
    13:05), else None."""
    f = page.feats[i]
    m = page.hits[i].get("shape.stamp_end")
    if m is None or f.digits < 4 or f.chars > _STAMP_CHARS or f.stops or page.labels[i] not in _STAMP_LABELS:
        return None
    key = page.keys[i]
    name = key[:len(key) - len(m)].strip() if key.endswith(m) else ""
    return name if 2 <= len(name) <= _STAMP_NAME else None


@page_rule("context.comment_stream")
def comment_stream(page: Page) -> Found:
    """Comments without a heading: below the article's byline and a line of text, lines of a name
    and a timestamp, each followed by a short text, three of them, or two whose names open with
    the same word (网友 园区打工人 …, 网友 老李 …). The first opens the comments, as a heading would."""
    byline = next((i for i in range(len(page)) if page.labels[i] in (Label.META, Label.SOURCE)), None)
    if byline is None:
        byline = next((i for i, f in enumerate(page.feats) if f.stops and f.chars >= PROSE_STOP), None)
        if byline is None:
            return
    names = {i: name for i in range(byline + 2, len(page)) if (name := _stamp(page, i)) is not None}
    stamps = list(names)
    k = 0
    while k < len(stamps):
        group = [stamps[k]]
        while k + 1 < len(stamps) and 2 <= stamps[k + 1] - stamps[k] <= _STAMP_GAP \
                and all(page.form[j] is None for j in range(stamps[k] + 1, stamps[k + 1])):
            k += 1
            group.append(stamps[k])
        k += 1
        words = [names[i].split() for i in group]  # 网友 老李: a shared first word, then the name
        if len(group) >= 3 or (len(group) == 2 and len(words[0]) > 1 and words[0][0] == words[1][0]):
            yield group[0], Evidence("context.comment_stream", Label.COMMENTS,
                                     f"comments: {len(group)} names with timestamps, each above a short text", "heading")
            return
    yield from _said_stream(page, byline)


# the time and its colon after a commenter's name (网友“老周” 10:33：…), as shape.stamp_said reads it
_STAMP_SAID_TIME = re.compile(r"(?:\d{4}\s*[-/.年]\s*)?(?:\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[：:]\s*\S$")
_SAID_ROWS = 3  # lines in a row of a name, a time and what was said (网友“老周” 10:33：…) that make comments


def _said_stream(page: Page, byline: int) -> Found:
    """Comments written one to a line, each a name, a time and what was said, three in a row
    under three names, with no paragraph of the text after them. Not a timed interview (its
    speakers take turns, and repeat), nor an agenda (上午 9:00：…: a part of the day, no name)."""
    said = {i: m for i, h in enumerate(page.hits) if i >= byline + 2 and (m := h.get("shape.stamp_said")) is not None
            and page.form[i] is None}
    if len(said) < _SAID_ROWS:  # (most pages: none)
        return
    day_part = regex("shape.day_part")
    run: list[tuple[int, str]] = []
    for i in range(min(said), max(said) + 2):
        m = said.get(i)
        if m is not None:
            name = m[:_STAMP_SAID_TIME.search(m).start()].rstrip()  # type: ignore[union-attr]  # (the shape holds a time)
            run.append((i, name))
            continue
        if len(run) >= _SAID_ROWS and len({name for _, name in run}) == len(run) \
                and not any(day_part.match(name) for _, name in run) \
                and not page.paragraph(i):
            yield run[0][0], Evidence("context.comment_stream", Label.COMMENTS,
                                      f"comments: {len(run)} lines of a name, a time and what was said", "heading")
            return
        run = []


_FLOOR_NEAR = 2  # lines from a floor label to its post's stamp


@page_rule("context.floor")
def floor(page: Page) -> Found:
    """A reply's floor label alone on its line (沙发, 板凳, 12楼: ``shape.floor``) beside a post's
    stamp (a poster's date line within two lines): the replies under a forum's first post begin
    there. Alone between paragraphs the same word is a subheading (沙发 in a furnishing guide)."""
    n = len(page)
    for i in range(n):
        if "shape.floor" in page.hits[i] and page.form[i] is None and any(
                page.labels[k] is Label.META for k in range(max(0, i - _FLOOR_NEAR), min(n, i + _FLOOR_NEAR + 1)) if k != i):
            yield i, Evidence("context.floor", Label.COMMENTS, "a reply's floor label beside its post's stamp", "heading")
            return


_ANSWERER_LINES = 3   # lines of an answerer's name, rank and badge above an answer's votes, at most …
_ANSWERER_CHARS = 24  # … each this long at most


@page_rule("context.next_answer")
def next_answer(page: Page) -> Found:
    """On a Q&A page, the header of every answer after the first (its answerer's name and rank,
    then its votes: 园区招商老兵 / 在三个开发区做过招商 / 89 人赞同了该回答) right under the paragraphs
    of the answer before (its stamp and buttons between): the other answers begin there (the first answer, accepted or the one the
    page puts first, is the page's text)."""
    votes = [i for i in range(len(page)) if "shape.answer_votes" in page.hits[i]]
    for v in votes[1:]:
        top = v
        while top - 1 >= 0 and v - (top - 1) <= _ANSWERER_LINES and page.form[top - 1] is None \
                and not page.feats[top - 1].stops and page.feats[top - 1].chars <= _ANSWERER_CHARS:
            top -= 1
        above = top - 1
        while above >= 0 and top - above <= _ANSWERER_LINES and page.form[above] is not None:
            above -= 1  # (the answer before closes with its stamp and buttons: 发布于 … / 赞同 评论 分享)
        if page.paragraph(above):
            yield top, Evidence("context.next_answer", Label.COMMENTS, "the header of another answer under the one "
                                                                     "before (its answerer, then its votes)", "heading")
