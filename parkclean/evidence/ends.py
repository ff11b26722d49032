"""Page rules that end the article: a line after its last paragraph that closes it (a credit
or a reprint notice over a list of other pages, another story's head after the closing lines,
a pager naming the next article). Their evidence is of kind ``end``: the decision reads it as a
wall the article does not cross."""
from __future__ import annotations

import re

from ..features import is_prose
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .context import PROSE_STOP, title_like

_END_LABELS = (Label.META, Label.SOURCE, Label.COPYRIGHT)
_CREDITS = (Label.META, Label.SOURCE)  # the closing lines of an article's own (not a site's copyright)
_END_PROSE = 40        # the paragraph an end mark closes has at least this many characters …
_END_LONG = 100        # … and there are two of them above, or one this long
_END_ABOVE = 15        # (looked for this many lines above)
_END_GAP = 3           # lines between the paragraph and the mark
_END_AFTER = 6         # of this many lines after the mark (without evidence), two paragraphs: the article goes on;
_END_ITEMS = 3         # … and this many headline-shaped lines: a list of other pages follows


_NEXT_ABOVE = 15      # lines above another story's head where the article's paragraphs are looked for
_NEXT_PROSE = 2       # … at least this many
_BYLINE_WORDS = re.compile("来源|作者|记者|通讯员|编辑")
_DATED_BYLINE = (Label.META, Label.SOURCE)  # another story's dated byline (来源：… 作者：… 发布时间：…)
_CLOSING = (Label.META, Label.SHARE, Label.PAGER, Label.TOOLS)  # an article's closing lines (not a picture's credit)


@page_rule("context.next_article")
def next_article(page: Page) -> Found:
    """Another story's head after the article (a headline-shaped line over a dated byline naming
    its source or writer, 2024-04-15 16:40 来源：某某日报 作者：某某), with the article's closing
    lines between, the first of them its editor, share bar, tools or pager (a feed that loads the
    next story below; a picture's credit closes no article: a digest goes on): the
    article ends at the first of those closing lines. Not when paragraphs run straight into the
    head (a headline and a byline quoted in the text), nor for a list of dated items."""
    n = len(page)
    for i in range(2, n):
        if page.labels[i] not in _DATED_BYLINE or "shape.date" not in page.hits[i] or not _BYLINE_WORDS.search(page.keys[i]):
            continue
        h = i - 1
        if page.form[h] is not None or not title_like(page.feats[h]):
            continue
        prose = [j for j in range(max(0, h - _NEXT_ABOVE), h) if page.paragraph(j)]
        if len(prose) < _NEXT_PROSE:
            continue
        closing = [j for j in range(prose[-1] + 1, h) if page.form[j] is not None]
        if closing and page.labels[closing[0]] in _CLOSING and not page.form[closing[0]].heading:  # type: ignore[union-attr]
            j = closing[0]
            yield j, Evidence("context.next_article", page.labels[j] or Label.BOILERPLATE,
                              "the article's closing lines before another story's headline and byline: the article ends here",
                              "end")


_NOTICE_TAIL = 12     # a notice closes the text when a region heading follows within this many lines …
_NOTICE_PROSE = 2     # … with at most this many paragraphs between


def _closed_later(page: Page, i: int) -> bool:
    """After line ``i`` the text goes on for a paragraph or more and then a credit or source line
    closes it (…责任编辑：某 / 一段 / 记者 某某): the article's end is that later line, and line
    ``i`` was put inside the text. Not when a headline, a date or a source line comes first:
    that is the next story of a feed, with its own credit."""
    prose = 0
    for j in range(i + 1, min(len(page), i + 1 + _NOTICE_TAIL)):
        d, f = page.form[j], page.feats[j]
        if d is not None and d.heading:
            return False
        credit = d is not None and d.label in _CREDITS and (d.kind == "line" or "shape.reporter" in page.hits[j])
        if not prose and (credit or (d is None and title_like(f))):
            return False  # the head of another story (or a stack of closing lines)
        if credit:
            return True
        prose += page.paragraph(j)
    return False


def _closing(page: Page, i: int) -> bool:
    """Line ``i`` (a notice) is followed, within a few lines, by a region heading (related,
    comments), with no more than a paragraph or two between and no numbered section (the text's
    outline going on): what follows is the page's, not the article's."""
    prose = 0
    for j in range(i + 1, min(len(page), i + 1 + _NOTICE_TAIL)):
        d = page.form[j]
        if d is not None and d.heading:
            return True
        if "shape.section_number" in page.hits[j]:  # 二、… / （三）…: the text's outline goes on
            return False
        prose += page.paragraph(j)
        if prose > _NOTICE_PROSE:
            return False
    return False


@page_rule("context.end_mark")
def end_mark(page: Page) -> Found:
    """A credit, source or copyright line right after a paragraph, followed by a list of other
    pages (three headline-shaped lines among the next six, at most one paragraph): an article's end (a closing credit 责编：…, a reprint notice, then a feed, a sidebar,
    a site's promotion). A credit or notice between two paragraphs closes nothing (the article goes
    on), nor one followed by more text and then another credit (the later one closes it), nor does a bare date or a dated item (weak evidence: 5月17日至5月19日 above a table). A
    copyright or reprint notice (未经授权请勿转载) ends the article when a region heading soon
    follows, with a short line right after the notice and at most two paragraphs before the heading
    (a site's blurb, a run of headlines). The decision reads the mark
    as a wall the article does not cross."""
    feats, n = page.feats, len(page)
    for i in range(1, n):
        d = page.form[i]
        if d is None or d.label not in _END_LABELS or d.kind != "line":
            continue
        prev = next((j for j in range(i - 1, max(-1, i - 1 - _END_GAP), -1) if page.form[j] is None), None)
        if prev is None or not (is_prose(feats[prev]) and feats[prev].chars >= _END_PROSE):
            continue
        above = [j for j in range(max(0, i - _END_ABOVE), i) if page.paragraph(j)]
        if len(above) < 2 and feats[prev].chars < _END_LONG:
            continue
        if _closed_later(page, i):
            continue
        after = [j for j in range(i + 1, n) if page.form[j] is None][:_END_AFTER]
        notice = d.label is Label.COPYRIGHT and (not after or not is_prose(feats[after[0]])) and _closing(page, i)
        if not notice and not _teasers(page, after) and (sum(is_prose(feats[j]) for j in after) >= 2
                                                         or sum(title_like(feats[j]) for j in after) < _END_ITEMS):
            continue  # the article goes on (paragraphs), or no list of other pages follows
        yield i, Evidence("context.end_mark", page.labels[i] or Label.META, "a closing line after the article's last "
                                                                          "paragraph: the article ends here", "end")




_TEASER_CHARS = 80  # characters of a teaser's sentence under its headline, at most
_TEASERS = 2        # headlines with their teaser in a row that make a list of other pages


def _teasers(page: Page, after: list[int]) -> bool:
    """The lines ``after`` (unlabelled, in order) open with headlines each over a one-sentence teaser
    (柘川县户外用品产业园二期开工 / 总投资18亿元的…日前开工。（2024-03-28）), a box's heading above them
    or not: a list of other pages, not the text going on (a paragraph is longer, a subheading heads more)."""
    feats = page.feats
    k = 1 if len(after) > 1 and title_like(feats[after[0]]) and title_like(feats[after[1]]) else 0
    pairs = 0
    while k + 1 < len(after) and title_like(feats[after[k]]) and is_prose(feats[after[k + 1]]) \
            and feats[after[k + 1]].stops <= 1 and feats[after[k + 1]].chars <= _TEASER_CHARS:
        pairs, k = pairs + 1, k + 2
    return pairs >= _TEASERS


@page_rule("context.pager_end")
def pager_end(page: Page) -> Found:
    """A pager naming the articles before and after this one (上一篇：某某 / 下一篇：某某) a few lines
    under a paragraph (its credit, share bar, tools or attached files between): the article ends
    there, and a box after it (a leader's profile, a site guide) is not its text; unless the text
    goes on under it and a credit closes it later. A pager of a gallery's pictures (上一张) names
    no article."""
    for i in range(1, len(page)):
        d = page.form[i]
        if d is None or d.label is not Label.PAGER or _NEXT_ARTICLE not in page.hits[i]:
            continue
        if _closes_text(page, i, PROSE_STOP):
            yield i, Evidence("context.pager_end", Label.PAGER, "a pager naming the next article under the "
                                                                "article's last paragraph: the article ends here", "end")
            return


_PAGER_ABOVE = 8  # lines above the pager or end mark where the article's last paragraph is looked for


def _closes_text(page: Page, i: int, chars: int = 0) -> bool:
    """A paragraph (of at least ``chars`` characters) stands a few lines above line ``i``, and the
    text does not go on under it to a credit that closes it later."""
    return any(page.paragraph(j) and page.feats[j].chars >= chars
               for j in range(max(0, i - _PAGER_ABOVE), i)) and not _closed_later(page, i)


@page_rule("context.text_end")
def text_end(page: Page) -> Found:
    """The mark that ends a text (（完）, 全文完, — END —) a few lines under a paragraph: the article
    ends there, and a notice or a blurb under it is the site's; unless the text goes on under it
    and a credit closes it later (a digest whose items each end in （完）)."""
    for i in range(1, len(page)):
        if _END_OF_TEXT not in page.hits[i] or page.form[i] is None:
            continue
        if _closes_text(page, i):
            yield i, Evidence("context.text_end", page.labels[i] or Label.BOILERPLATE,
                              "the mark that ends a text, under its last paragraph: the article ends here", "end")


@page_rule("context.tools_end")
def tools_end(page: Page) -> Found:
    """The article's own tools with a button to close the window (【打印本页】【关闭窗口】) right under
    a paragraph (its credit, share bar or tools between): the article ends there, and prose under
    a heading below it (a sidebar's guide, a leader's welcome) is the page's; unless a paragraph
    stands right under the bar (such a bar inside the text), or the text goes on under it and a
    credit closes it later. The same bar under the headline and byline (字号：[大 中 小] [打印]
    [关闭]) stands above the text and ends nothing."""
    for i in range(1, len(page)):
        if _CLOSE_WINDOW not in page.hits[i] or page.labels[i] is not Label.TOOLS:
            continue
        j = i - 1
        while j > 0 and i - j <= _TOOLS_GAP and page.labels[j] in _UNDER_TEXT:
            j -= 1
        after = page.paragraph(i + 1)
        if page.paragraph(j) and page.feats[j].chars >= PROSE_STOP \
                and not after and not _closed_later(page, i):  # (a paragraph right under the bar: the text goes on)
            yield i, Evidence("context.tools_end", Label.TOOLS, "the article's tools with a button that closes the "
                                                                "window, under its last paragraph: the article ends here", "end")
            return


_CLOSE_WINDOW = "shape.close_window"
_TOOLS_GAP = 3  # lines between the paragraph and the tools: the text's credit, its source, a share bar
_UNDER_TEXT = (Label.META, Label.SOURCE, Label.SHARE, Label.TOOLS, Label.IMAGE)
_END_OF_TEXT = "marker.end_of_text"  # (the lexicon's patterns: their hits, not a rule's decision)
_NEXT_ARTICLE = "shape.next_article_link"

