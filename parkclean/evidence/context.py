"""Page rules that read a line's neighbours: titles, repetition, excerpts, ad slots, trails.

Each reads the page's keys, features and form labels and returns evidence for some lines. None
reads another rule's evidence; the title rules' candidates are reconciled into one headline by
:func:`headline` (``title.py``) between the two stages.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .. import lexicons
from ..features import Features, is_prose
from ..memo import per_text
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .form import symbols_only
from .matcher import regex

_NONWORD = re.compile(r"[\W_]+")


@per_text
def squash(s: str) -> str:
    """Letters, digits and CJK only, for comparing lines."""
    return _NONWORD.sub("", s).lower()


def title_like(f: Features) -> bool:
    """Headline-shaped: 6–60 characters, no full stop (a headline may end in ？ or ！)."""
    return 6 <= f.chars <= 60 and f.stops == 0 and f.punct <= 3


def repeated_lines(page: Page) -> Counter:
    """How often each short line (≤ 80 characters) occurs on the page."""
    return Counter([k for k, f in zip(page.keys, page.feats) if f.chars <= 80])


def _repeated(page: Page, counts: Counter, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and counts[page.keys[i]] > 1 and 2 <= f.chars <= 80 and f.digit_ratio < 0.2 \
        and not f.stops and "shape.section_number" not in page.hits[i]


@page_rule("context.repeated")
def repeated(page: Page) -> Found:
    """Short lines that occur more than once on a page are menus or link lists
    (data lines, with many digits, may repeat inside an article and are left alone, and so are
    numbered subheadings: each section of a text may have its own ``1、…`` and ``2、…``, and so are
    the cells of an HTML table of data inside the content: 国家级, 是, — in many rows)."""
    counts = repeated_lines(page)
    if len(counts) == sum(counts.values()):
        return
    dom = page.dom
    for i, k in enumerate(page.keys):
        if counts[k] > 1 and _repeated(page, counts, i) and not (dom and dom[i].content_cell):
            yield i, Evidence("context.repeated", Label.NAV, f"line occurs {counts[k]} times on the page", "weak")


_COPY_CHARS = 20  # characters a repeated sentence has at least


@page_rule("context.repeated_text")
def repeated_text(page: Page) -> Found:
    """A paragraph given twice: the copy that stands alone among header or furniture lines (a
    summary or the page's description printed above the article) is not the text; the copy with
    prose around it is. When both stand alike, neither is marked. A line that the paragraph right
    below it holds whole (前言：… under the headline, the page's description above its paragraph)
    is that paragraph's summary when no paragraph comes before it (a subheading inside the text
    may repeat a sentence of its paragraph)."""
    seen: dict[str, list[int]] = {}
    for i, (k, f) in enumerate(zip(page.keys, page.feats)):
        if f.stops and f.chars >= _COPY_CHARS:
            seen.setdefault(k, []).append(i)
    n = len(page)
    for i in range(n - 1):  # the summary printed above the text, over the paragraph that holds it whole
        k, f = page.keys[i], page.feats[i]
        if f.chars >= _COPY_CHARS and page.form[i] is None and page.form[i + 1] is None \
                and len(page.keys[i + 1]) > len(k) and k.rstrip("。.…") in page.keys[i + 1] and is_prose(page.feats[i + 1]):
            yield i, Evidence("context.repeated_text", Label.BOILERPLATE,
                              "a summary: the paragraph below it holds it whole")
            break
        if is_prose(f) and page.form[i] is None:
            break
    for idx in seen.values():
        if len(idx) != 2:
            continue
        alone = [not _prose_near(page, i) for i in idx]
        if alone[0] != alone[1]:
            i = idx[0] if alone[0] else idx[1]
            if page.form[i] is None:
                yield i, Evidence("context.repeated_text", Label.BOILERPLATE,
                                  "a paragraph given again further on, here alone among furniture (a summary)")


def _prose_near(page: Page, i: int) -> bool:
    """An unlabelled sentence right above or below line ``i``."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(page) and page.form[j] is None and page.feats[j].stops and page.feats[j].chars >= _COPY_CHARS:
            return True
    return False


def _prose(f: Features) -> bool:
    return f.stops >= 1 and f.chars >= 40


@page_rule("context.excerpt")
def excerpt(page: Page) -> Found:
    """A snippet cut with '...' right after a headline-like or listed line: an item of a link
    list (not a section heading of the article that ends in '...' and opens a paragraph)."""
    n = len(page)
    counts: Optional[Counter] = None
    for i in range(1, n):
        f = page.feats[i]
        if page.form[i] is None and f.ellipsis_end and f.chars >= 20:
            if counts is None:
                counts = repeated_lines(page)
            listed = page.labels[i - 1] in (Label.NAV, Label.RELATED) or _repeated(page, counts, i - 1)
            if not listed and i + 1 < n and page.form[i + 1] is None and _prose(page.feats[i + 1]):
                continue  # 01《某某》，比起…更重要的是... followed by its paragraph
            if title_like(page.feats[i - 1]) or listed:
                yield i, Evidence("context.excerpt", Label.RELATED, "excerpt ending in '...' after a headline")


_BIO = "marker.bio_heading"
_BIO_CHARS = 200  # characters of a note about a writer under its heading, at most …
_BIO_NOTES = 4    # … and notes under it (one per writer)
# a note about a writer opens with the name and tells a position or a field (邹明远，某某研究院研究员，长期从事…;
# the words are the byline grammar's ``bio`` rows)
_NOTE_NAME = r"^(?P<name>[\u4e00-\u9fff·]{2,10})[，,（(：:\s]"
_BIO_NOTE = re.compile(_NOTE_NAME + r".*(?:" + "|".join(
    sorted((re.escape(r[1]) for r in lexicons.table("byline.tsv") if r[0] == "bio"), key=len, reverse=True)) + ")")


def note_writer(note: str) -> Optional[str]:
    """The name a note about a writer opens with (阿依古丽·买买提，某某学院教授… → 阿依古丽·买买提)."""
    m = _BIO_NOTE.match(note.strip())
    return m.group("name") if m else None


@page_rule("context.bio")
def bio(page: Page) -> Found:
    """The notes about the writers right under their heading (作者简介 / 邹明远，某某研究院研究员…),
    one per writer, each naming a position or a field; not what follows them (an article may go
    on under the box)."""
    n = len(page)
    for i in range(n - 1):
        d = page.form[i]
        if d is None or d.rule != _BIO:
            continue
        for j in range(i + 1, min(n, i + 1 + _BIO_NOTES)):
            if page.form[j] is not None or page.feats[j].chars > _BIO_CHARS or not _BIO_NOTE.match(page.keys[j]):
                break
            yield j, Evidence("context.bio", Label.BOILERPLATE, "a note about a writer under its heading", "claim")


_SLOT_BUTTONS = (Label.AD, Label.SHARE, Label.TOOLS)
_SLOT_TEXT = 40  # characters of an ad's text between its label and its button, at most (a slogan, not a sentence)


@page_rule("context.ad_slot")
def ad_slot(page: Page) -> Found:
    """A bare 广告/Ad label owns the short lines after it, up to a close mark (×) or up to the ad's
    button (立即咨询, 点击查看更多) when short text stands between them."""
    n = len(page)
    for i in range(n):
        if page.labels[i] is not Label.AD or page.feats[i].chars > 12:
            continue
        for j in range(i + 1, min(n, i + 4)):
            if symbols_only(page.keys[j], page.feats[j], page.hits[j]):
                yield j, Evidence("context.ad_slot", Label.AD, "close mark of an ad slot", "claim")
                for k in range(i + 1, j):
                    if page.labels[k] in (None, Label.AD):
                        yield k, Evidence("context.ad_slot", Label.AD, "text of an ad slot", "claim")
                break
            if page.form[j] is not None:
                if j > i + 1 and page.labels[j] in _SLOT_BUTTONS and page.feats[j].chars <= 12 \
                        and all(page.feats[k].chars <= _SLOT_TEXT and not page.keys[k].endswith("。") for k in range(i + 1, j)):
                    for k in range(i + 1, j):
                        yield k, Evidence("context.ad_slot", Label.AD, "text of an ad slot, over its button", "claim")
                break


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
        prose = prose + 1 if page.form[j] is None and is_prose(page.feats[j]) else 0
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
    if not (page.form[i - 1] is None and is_prose(page.feats[i - 1])
            and page.form[i + 1] is None and is_prose(page.feats[i + 1]) and page.feats[i + 1].chars >= PROSE_STOP):
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


_TRAIL_SEPS = (">", "»", "›", "＞", "→", "/", "&gt;")
_HOME_WORDS = frozenset({"首页", "主页", "网站首页", "首頁", "主頁"})
_TRAIL_LINES = 8
_CRUMB_ITEM_CHARS = 12


@page_rule("context.breadcrumb_lines", stage=2)
def breadcrumb_lines(page: Page) -> Found:
    """A breadcrumb laid out one link per line. After a trail line (当前位置： / 首页 / >新闻, or
    首页> / 新闻>), the lines that start with a separator, end with one after a line that did, or
    are a home link belong to it; right after a bare label (当前位置：) the first item may be any
    short link. And short links with separator lines between them (某某网 / > / 要闻 / >) are a trail
    (the headline under it is not one of its links: this rule reads the title rules' lines)."""
    n = len(page)
    taken: set[int] = set()
    for i in range(n):
        if page.labels[i] is not Label.BREADCRUMB or i in taken:
            continue
        bare = page.keys[i].rstrip().endswith(("：", ":"))
        j = i + 1
        while j < n and j - i <= _TRAIL_LINES and page.form[j] is None:
            k, f = page.keys[j].strip(), page.feats[j]
            goes_on = k.endswith(_TRAIL_SEPS) and page.keys[j - 1].rstrip().endswith(_TRAIL_SEPS)
            if f.chars > 20 or f.stops or not (k.startswith(_TRAIL_SEPS) or k in _HOME_WORDS or goes_on
                                                or (bare and j == i + 1)):
                break
            taken.add(j)
            yield j, Evidence("context.breadcrumb_lines", Label.BREADCRUMB, "goes on with the breadcrumb trail above")
            j += 1
    i = 0
    while i + 2 < n:
        if not (_crumb_item(page, i) and _separator_line(page, i + 1) and _crumb_item(page, i + 2)):
            i += 1
            continue
        chain, j = [i], i
        while j + 2 < n and _separator_line(page, j + 1) and _crumb_item(page, j + 2):
            chain += [j + 1, j + 2]
            j += 2
        if j + 1 < n and _separator_line(page, j + 1):
            chain.append(j + 1)
        for m in chain:
            if m not in taken:
                yield m, Evidence("context.breadcrumb_lines", Label.BREADCRUMB, "a link of a trail laid out one per line",
                                  "claim")
        i = chain[-1] + 1


def _crumb_item(page: Page, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and i not in page.titles and 1 <= f.chars <= _CRUMB_ITEM_CHARS and not f.punct \
        and not f.separators


def _separator_line(page: Page, i: int) -> bool:
    return page.keys[i].strip() in _TRAIL_SEPS


_TAG_LINES = 12  # tags laid out one per line under a bare label: at most this many …
_TAG_CHARS = 12  # … each at most this long, without punctuation


@page_rule("context.tag_lines")
def tag_lines(page: Page) -> Found:
    """A tag label on a line of its own (标签： / 关键字：) heads tags laid out one per line: the short
    unpunctuated lines after it, up to the next marker or longer line, are the tags."""
    n = len(page)
    for i in range(n):
        if page.labels[i] is not Label.TAGS or not page.keys[i].rstrip().endswith(("：", ":")):
            continue
        j = i + 1
        while j < n and j - i <= _TAG_LINES and page.form[j] is None:
            f = page.feats[j]
            if f.chars > _TAG_CHARS or f.punct or f.separators:
                break
            yield j, Evidence("context.tag_lines", Label.TAGS, "a tag under the tag label above")
            j += 1


_TEXT_AD_CHARS = 30
_TEXT_AD_WINDOW = 6


@page_rule("context.text_ads")
def text_ads(page: Page) -> Found:
    """Text-ad links: short lines of two phrases joined by '--' (专治面瘫--面肌痉挛！), several within
    a few lines of each other, and the short links between them (a blog's single 食材---汤圆 stays)."""
    n = len(page)
    cands = [i for i in range(n) if page.form[i] is None and page.feats[i].chars <= _TEXT_AD_CHARS
             and not page.feats[i].stops and "shape.dash_join" in page.hits[i]]
    for k, i in enumerate(cands):
        near = (k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW) or (k + 1 < len(cands) and cands[k + 1] - i <= _TEXT_AD_WINDOW)
        if near:
            yield i, Evidence("context.text_ads", Label.AD, "text-ad link (phrases joined by --), one of several")
        if k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW:  # a short link between two of them is one of the ads
            for j in range(cands[k - 1] + 1, i):
                f = page.feats[j]
                if page.form[j] is None and not f.stops and f.chars <= _TEXT_AD_CHARS:
                    yield j, Evidence("context.text_ads", Label.AD, "a short link between text-ad links")


_AD_LINE = 40  # characters of an ad's line next to its hotline, at most


@page_rule("context.ad_by_hotline")
def ad_by_hotline(page: Page) -> Found:
    """A short line of an ad's words (厂房现面向社会公开招租，欢迎垂询！) right above or under a contact
    line (招商热线：…, 联系人：…): the ad's own line, however much it reads like a sentence."""
    n = len(page)
    for i in range(n):
        f = page.feats[i]
        if page.form[i] is not None or f.chars > _AD_LINE or "shape.ad_words" not in page.hits[i] \
                or (f.stops and not page.keys[i].endswith(("！", "!"))):
            continue  # (an ad calls out, 欢迎垂询！, or states no sentence; a notice's sentence ends in 。)
        if any(0 <= j < n and page.labels[j] is Label.CONTACT for j in (i - 1, i + 1)):
            yield i, Evidence("context.ad_by_hotline", Label.AD, "an ad's words next to its hotline")


_STAMP_CHARS = 40      # a name-and-timestamp line has at most this many characters …
_STAMP_NAME = 16       # … and the name before the timestamp at most this many
_STAMP_GAP = 4         # comments are this many lines apart at most
_STAMP_LABELS = (None, Label.META, Label.RELATED)  # what the form rules call such a line, if anything
PROSE_STOP = 15        # a line this long with a full stop is prose (the headline rules' too)


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
                and not (i < len(page) and page.form[i] is None and is_prose(page.feats[i])):
            yield run[0][0], Evidence("context.comment_stream", Label.COMMENTS,
                                      f"comments: {len(run)} lines of a name, a time and what was said", "heading")
            return
        run = []


_LIST_PAIRS = 3        # items in a row, each over its own date line, that make a list
_LIST_ITEM = (6, 60)   # characters of such an item: a headline's
_ITEM_DATE = 30        # characters of an item's date line (2025-06-18, 2024-12-03 某某网 > 园区)
_EXCERPT = 120         # characters of an item's excerpt under its date, at most


def _list_item(page: Page, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and _LIST_ITEM[0] <= f.chars <= _LIST_ITEM[1] and not f.stops


def _item_date(page: Page, i: int) -> bool:
    return "shape.date" in page.hits[i] and page.feats[i].chars <= _ITEM_DATE and page.labels[i] is Label.META


def _excerpt(page: Page, i: int) -> bool:
    """A listed headline's excerpt under its date: a line of no form, a sentence or two, not the next
    headline, and not followed by a paragraph (a headline, its byline and then the text's paragraphs
    are an article, whatever list stands above it)."""
    return i < len(page) and page.form[i] is None and page.feats[i].chars <= _EXCERPT and page.feats[i].punct >= 1 \
        and not (_list_item(page, i) and i + 1 < len(page) and _item_date(page, i + 1)) \
        and not (i + 1 < len(page) and page.form[i + 1] is None and is_prose(page.feats[i + 1]))


def _items(page: Page, i: int, step: int) -> tuple[list[int], int]:
    """The items in a row from line ``i`` (their lines), and the line after them: each a headline
    with its date line ``step - 1`` lines below (a search result's or a column's excerpt between
    them when the step is 3, which some items of the column may lack); at step 2 an item's excerpt
    may stand under its date (标题 / 2024-11-20 / 摘要)."""
    n, out = len(page), list[int]()
    while i + 1 < n and _list_item(page, i):
        if step == 3 and i + 2 < n and _item_date(page, i + 2) and not _item_date(page, i + 1):
            width = 3
        elif _item_date(page, i + 1) and (step == 2 or out):
            width = 2
        else:
            break
        out += range(i, i + width)
        i += width
        if step == 2 and _excerpt(page, i):
            out.append(i)
            i += 1
    return out, i


def _prose_in(page: Page, lines: range) -> bool:
    return any(page.form[k] is None and is_prose(page.feats[k]) for k in lines)


@page_rule("context.dated_list")
def dated_list(page: Page) -> Found:
    """A list of headlines, each over its own date line (标题 / 2025-06-18 / 标题 / 2025-06-12 …),
    or over an excerpt and then its date (a search's results, a column whose items some lack an
    excerpt), or over its date and then an excerpt
    (a column's index), three in a row or more: a column's, a search's or a sidebar's list of
    articles, not a text (a headline with its date on the same line is ``related.dated_item``).
    Between two paragraphs such a list is the text's own timeline."""
    n, i = len(page), 0
    labels = page.labels
    if sum(lab is Label.META for lab in labels) < _LIST_PAIRS:
        return  # (a page with fewer date lines than a list's items: most articles)
    while i + 1 < n:
        if labels[i + 1] is not Label.META and (i + 2 >= n or labels[i + 2] is not Label.META):
            i += 1  # (no date line under the line: no item starts here)
            continue
        lines, end = max((_items(page, i, s) for s in (2, 3)), key=lambda t: sum(_item_date(page, k) for k in t[0]))
        dates = [k for k in lines if _item_date(page, k)]
        tail = dates[-1] + 1 if dates else end  # (the last date's excerpt may be the text's next paragraph)
        if len(dates) >= _LIST_PAIRS and not (_prose_in(page, range(max(0, i - 2), i))
                                              and _prose_in(page, range(tail, min(n, tail + 2)))):  # (between paragraphs: the text's own timeline)
            for k in lines:
                if labels[k] is not Label.META:
                    yield k, Evidence("context.dated_list", Label.RELATED, "an item of a list of headlines, each over its date")
            i = end
        else:
            i += 1


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


_SECTION_HEADING = 16  # characters a section heading has at most
_SECTION_TAKES = (Label.CONTACT, Label.META, Label.SOURCE)


_SECTION_FIELDS = 6    # field lines (联系人：…, 电话：…) a contact section's heading takes at most …
_FIELD_TAKES = (Label.CONTACT,)  # … read as contact lines (an editor, date or counter line is no section's field)
_FIELD_LABEL = 8       # characters before a field's colon at most
_FIELD_CHARS = 80      # characters of a field line at most
_SENTENCE_ENDS = ("。", "？", "?", "！", "!")  # (问：…？ / 答：…。 is a question and its answer, no field)


def labelled_field(key: str) -> bool:
    """A field line: a short label, a colon, its value (联系电话：0000-1234567, 地址：某某路88号)."""
    c = min((k for k in (key.find("："), key.find(":")) if k > 0), default=-1)
    return 0 < c <= _FIELD_LABEL and len(key) <= _FIELD_CHARS and not key.endswith(_SENTENCE_ENDS) \
        and not any(ch.isdigit() for ch in key[:c])  # (上午9:00—12:00: a time, no label)


def _section_heading(page: Page, i: int) -> bool:
    hf = page.feats[i]
    return page.form[i] is None and hf.chars <= _SECTION_HEADING and not hf.stops \
        and "shape.section_number" in page.hits[i]


@page_rule("context.section_content")
def section_content(page: Page) -> Found:
    """A contact or byline-shaped sentence right under a numbered section heading of the text
    (三、联系方式 / 联系人：张工，电话：…。), or the field lines right under a contact section's
    heading (五、联系方式 / 联系人：赵女士 / 联系电话：…), are that section's content, not page
    furniture: a notice's own."""
    for i in range(1, len(page)):
        if not _section_heading(page, i - 1):
            continue
        if page.labels[i] in _SECTION_TAKES and page.keys[i].endswith(("。", "；", ";")) and page.feats[i].punct >= 2:
            yield i, Evidence("context.section_content", Label.BODY,
                              "a sentence under a numbered section heading of the text: its content")
            continue
        if "shape.contact_section" not in page.hits[i - 1]:  # (the heading's words name the section's kind)
            continue
        k = i
        while k < min(len(page), i + _SECTION_FIELDS) and labelled_field(page.keys[k]) \
                and (page.labels[k] in _FIELD_TAKES or page.form[k] is None):
            if page.labels[k] in _FIELD_TAKES:
                yield k, Evidence("context.section_content", Label.BODY,
                                  "a field line under a numbered section heading of the text: its content")
            k += 1
