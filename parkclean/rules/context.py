"""Rules that read a line's neighbours or the whole page: titles, repetition, excerpts, ad slots.

Each takes the page's keys, features and current first decisions and returns new decisions for
some lines. They run after the line-form markers and before the body rule.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from ..features import Features
from ..model import Decision, Label
from .markers import SECTION_NUMBER

# separators between the parts of an HTML title; a Chinese dash pair (——) stays inside a headline
_TITLE_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:_|\||｜| - | – | — | / |\s-|-\s)\s*")
_NONWORD = re.compile(r"[\W_]+")


@dataclass
class Page:
    """What context rules read and update: one entry per block."""

    keys: Sequence[str]
    feats: Sequence[Features]
    first: list[Optional[Decision]]


ContextRule = Callable[[Page], None]
CONTEXT_RULES: dict[str, ContextRule] = {}


def context_rule(rule_id: str) -> Callable[[ContextRule], ContextRule]:
    def wrap(fn: ContextRule) -> ContextRule:
        CONTEXT_RULES[rule_id] = fn
        return fn
    return wrap


def squash(s: str) -> str:
    """Letters, digits and CJK only, for comparing lines."""
    return _NONWORD.sub("", s).lower()


def page_title_parts(first_line: str) -> list[str]:
    """``X - 财经 - 某网`` → ``['X', '财经', '某网']`` (the parts of an HTML title)."""
    return [p for p in _TITLE_SPLIT.split(first_line.strip()) if p]


def title_like(f: Features) -> bool:
    """Headline-shaped: 6–60 characters, no full stop (a headline may end in ？ or ！)."""
    return 6 <= f.chars <= 60 and f.stops == 0 and f.punct <= 3


@context_rule("title.page_title")
def page_title(page: Page) -> None:
    """The dump's first line is the HTML <title> when a later line repeats its first part."""
    if not page.keys or page.first[0] is not None:
        return
    parts = page_title_parts(page.keys[0]) if page.keys[0] else []
    # the headline is the title's first part, or its first few parts (a title may contain '_' or '-'):
    # each a prefix of the squashed title, kept as its length (all prefixes spelt out cost quadratic time)
    full = squash("".join(parts))
    cuts = [c for c in itertools.accumulate(len(squash(p)) for p in parts) if c >= 4]
    if not cuts:
        return
    matches = []
    longest = cuts[-1]
    # a line repeating a head starts with the same letter or character (squash lowercases letters)
    initials = {full[0], full[0].upper()}
    for i in range(1, min(len(page.keys), 400)):
        if not 4 <= page.feats[i].chars <= 2 * longest + 10 or not any(c in page.keys[i] for c in initials):
            continue
        k = squash(page.keys[i])
        if k and len(k) >= 4 and _repeats_a_head(k, full, cuts):
            matches.append((i, k))
    if not matches:
        return
    # several lines may repeat the title (tickers, related lists): the headline is the one a
    # byline or date line follows closely
    i, k = next(((i, k) for i, k in matches if _meta_follows(page, i)), matches[0])
    head = full[:cuts[0]]  # (the shortest head, which is the first one a match starts or ends)
    page.first[0] = Decision(Label.TITLE, "title.page_title", "HTML page title (repeated below)")
    prior = page.first[i]
    if prior is None or prior.rule == "context.repeated":
        page.first[i] = Decision(Label.TITLE, "title.page_title", "headline repeating the page title")
        # a headline broken over two lines: the next line completes the page title
        if i + 1 < len(page.keys) and page.first[i + 1] is None:
            nxt = squash(page.keys[i + 1])
            if nxt and len(nxt) >= 2 and (k + nxt) in head:
                page.first[i + 1] = Decision(Label.TITLE, "title.page_title", "second line of the headline")


def _repeats_a_head(k: str, full: str, cuts: list[int]) -> bool:
    """Whether ``k`` is one of the heads (``full[:c]`` for ``c`` in ``cuts``), a good share of one
    (at least 0.4 of it), or one of them with a little more (the head at least 0.8 of ``k``)."""
    same = _common_prefix(k, full)
    j = bisect.bisect_left(cuts, len(k))  # the shortest head that k can be a start of
    if same == len(k) and j < len(cuts) and len(k) >= 0.4 * cuts[j]:
        return True
    j = bisect.bisect_right(cuts, same) - 1  # the longest head that k starts with
    return j >= 0 and cuts[j] >= 0.8 * len(k)


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common start of ``a`` and ``b`` (halving: C-speed comparisons)."""
    if b.startswith(a):
        return len(a)
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _meta_follows(page: Page, i: int) -> bool:
    for j in range(i + 1, min(len(page.keys), i + 7)):
        d = page.first[j]
        if d is not None and d.label in (Label.META, Label.SOURCE):
            return True
    return False


@context_rule("title.doubled")
def doubled(page: Page) -> None:
    """A headline-shaped line given twice in a row before the first paragraph, and nowhere else
    on the page: the headline, once in the page's sticky header and once above the article (a
    menu item repeats further apart)."""
    keys = page.keys
    pairs = [i for i, (a, b) in enumerate(zip(keys, keys[1:])) if a == b]  # most pages have none
    if not pairs or any(d is not None and d.rule == "title.page_title" for d in page.first[1:]):
        return
    stop = _first_prose(page)
    for i in pairs:
        if i + 1 >= stop:
            break
        j = i + 2  # (a section name given twice above the headline and its byline is no headline)
        headline_below = j + 1 < len(keys) and page.first[j] is None and title_like(page.feats[j]) \
            and _label_of(page.first[j + 1]) in _META_LABELS
        if page.first[i] is None and page.first[i + 1] is None and not headline_below \
                and title_like(page.feats[i]) and page.feats[i].chars >= _DOUBLED_CHARS \
                and page.feats[i].wide_ratio >= 0.5 and keys.count(keys[i]) == 2:
            page.first[i] = Decision(Label.TITLE, "title.doubled", "headline-shaped line given twice in a row")
            page.first[i + 1] = Decision(Label.TITLE, "title.doubled", "the headline again, right under itself")
            return


_DOUBLED_CHARS = 8


@context_rule("context.repeated")
def repeated(page: Page) -> None:
    """Short lines that occur more than once on a page are menus or link lists
    (data lines, with many digits, may repeat inside an article and are left alone)."""
    counts = Counter([k for k, f in zip(page.keys, page.feats) if f.chars <= 80])
    if len(counts) == sum(counts.values()):  # no short line occurs twice
        return
    for i, (k, f) in enumerate(zip(page.keys, page.feats)):
        if page.first[i] is None and counts[k] > 1 and 2 <= f.chars <= 80 and f.digit_ratio < 0.2 and not f.stops:
            page.first[i] = Decision(Label.NAV, "context.repeated", f"line occurs {counts[k]} times on the page")


def _prose(f: Features) -> bool:
    return f.stops >= 1 and f.chars >= 40


_COPY_CHARS = 20  # characters a repeated sentence has at least


@context_rule("context.repeated_text")
def repeated_text(page: Page) -> None:
    """A paragraph given twice: the copy that stands alone among header or furniture lines (a
    summary or the page's description printed above the article) is not the text; the copy with
    prose around it is. When both stand alike, neither is touched."""
    keys, feats, first = page.keys, page.feats, page.first
    seen: dict[str, list[int]] = {}
    for i, (k, f) in enumerate(zip(keys, feats)):
        if f.stops and f.chars >= _COPY_CHARS:
            seen.setdefault(k, []).append(i)
    for idx in seen.values():
        if len(idx) != 2:
            continue
        alone = [not _prose_near(page, i) for i in idx]
        if alone[0] != alone[1]:
            i = idx[0] if alone[0] else idx[1]
            if first[i] is None:
                first[i] = Decision(Label.BOILERPLATE, "context.repeated_text",
                                    "a paragraph given again further on, here alone among furniture (a summary)")


def _prose_near(page: Page, i: int) -> bool:
    """An unlabelled sentence right above or below line ``i``."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(page.keys) and page.first[j] is None and page.feats[j].stops and page.feats[j].chars >= _COPY_CHARS:
            return True
    return False


@context_rule("context.excerpt")
def excerpt(page: Page) -> None:
    """A snippet cut with '...' right after a headline-like line: an item of a link list (not a
    section heading of the article that ends in '...' and opens a paragraph of prose)."""
    n = len(page.keys)
    for i in range(1, n):
        f = page.feats[i]
        if page.first[i] is None and f.ellipsis_end and f.chars >= 20:
            prev = page.feats[i - 1]
            prev_d = page.first[i - 1]
            listed = prev_d is not None and prev_d.label in (Label.NAV, Label.RELATED)
            if not listed and i + 1 < n and page.first[i + 1] is None and _prose(page.feats[i + 1]):
                continue  # 01《某某》，比起…更重要的是... followed by its paragraph
            if title_like(prev) or listed:
                page.first[i] = Decision(Label.RELATED, "context.excerpt", "excerpt ending in '...' after a headline")


@context_rule("context.ad_slot")
def ad_slot(page: Page) -> None:
    """A bare 广告/Ad label owns the short lines after it, up to a close mark (×)."""
    n = len(page.keys)
    for i in range(n):
        d = page.first[i]
        if d is None or d.label is not Label.AD or page.feats[i].chars > 12:
            continue
        for j in range(i + 1, min(n, i + 4)):
            dj = page.first[j]
            if dj is not None and dj.rule == "boilerplate.symbols":
                page.first[j] = Decision(Label.AD, "context.ad_slot", "close mark of an ad slot")
                for k in range(i + 1, j):
                    dk = page.first[k]
                    if dk is None or dk.label is Label.AD:
                        page.first[k] = Decision(Label.AD, "context.ad_slot", "text of an ad slot")
                break
            if dj is not None:
                break


_META_LABELS = (Label.META, Label.SOURCE)
_BETWEEN = (Label.SHARE, Label.TOOLS, Label.AD, Label.PERMALINK)
_HEADLINE_START = re.compile(r"[\u3400-\u9fff0-9A-Za-z“「《【(（\"']")


def headline_start(key: str) -> bool:
    """A headline starts with a character, a digit or an opening quote, not with > or a bullet."""
    return bool(_HEADLINE_START.match(key))


def _label_of(d: Optional[Decision]) -> Optional[Label]:
    return d.label if d is not None else None


_DECK = re.compile(r"^\s*(?:——|—|--|－－)\s*\S")
_PROSE_STOP = 15  # a line this long with a full stop is prose: the headline came before it


@context_rule("title.before_meta")
def before_meta(page: Page) -> None:
    """A headline-shaped line right above a byline/date/source line is the headline
    (when the page title did not already show which line the headline is)."""
    if any(d is not None and d.rule in ("title.page_title", "title.doubled") for d in page.first[1:]):
        return
    stop = _first_prose(page)
    sidebar = False  # under a related heading, until a byline that is more than a date
    for i in range(min(stop, len(page.keys) - 1)):
        here = page.first[i]
        if here is not None and here.rule in _SIDEBAR_HEADINGS:
            sidebar = True
        elif here is not None and here.label in _META_LABELS and not _BARE_DATE.fullmatch(page.keys[i]):
            sidebar = False
        j = i + 1  # a share or tool line may stand between the headline and its byline
        while j < len(page.keys) and j - i <= 2 and _label_of(page.first[j]) in _BETWEEN:
            j += 1
        d = page.first[j] if j < len(page.keys) else None
        f = page.feats[i]
        if sidebar and d is not None and _BARE_DATE.fullmatch(page.keys[j]):
            continue  # an item of a list under 热门文章 with its date: not the page's headline
        if (page.first[i] is None and d is not None and d.label in _META_LABELS and i > 0 and _DECK.match(page.keys[i])
                and page.first[i - 1] is None and title_like(page.feats[i - 1]) and headline_start(page.keys[i - 1])):
            # headline / ——its sub-deck / byline
            page.first[i - 1] = Decision(Label.TITLE, "title.before_meta", "headline-shaped line above its sub-deck and a byline")
            page.first[i] = Decision(Label.TITLE, "title.deck", "a sub-deck (——…) between the headline and the byline")
            return
        if (page.first[i] is None and d is not None and d.label in _META_LABELS and f.wide_ratio < 0.3
                and 3 <= len(page.keys[i].split()) <= 25 and _LATIN_HEADLINE.fullmatch(page.keys[i])):
            page.first[i] = Decision(Label.TITLE, "title.before_meta", "headline in Latin letters above a byline/date line")
            return
        if (page.first[i] is None and d is not None and d.label in _META_LABELS
                and 5 <= f.chars <= 60 and _headline_end(page.keys[i], f) and f.punct <= 3 and f.wide_ratio >= 0.5
                and headline_start(page.keys[i]) and not _field_in_table(page, i)):
            if _name_under_headline(page, i):  # headline / author or account name / date
                page.first[i - 1] = Decision(Label.TITLE, "title.before_meta",
                                             "headline-shaped line above an author's name and a date line")
                page.first[i] = Decision(Label.META, "context.byline_name",
                                         "a short name between the headline and its date line")
                return
            page.first[i] = Decision(Label.TITLE, "title.before_meta", "headline-shaped line above a byline/date line")
            return


_BARE_DATE = re.compile(r"[\d\s\-/.:：年月日时分秒()（）\[\]【】]+")  # a date and nothing else
# an English headline: capitalised, no sentence inside, at most a question or exclamation mark at the end
_LATIN_HEADLINE = re.compile(r"[A-Z0-9\"'‘“][^.!?。！？]{10,150}[!?]?")
_SIDEBAR_HEADINGS = ("marker.related_heading", "marker.comments_heading")


def _first_prose(page: Page) -> int:
    """The first paragraph of prose, before which the headline stands: prose under a related
    heading (a sidebar's teasers) does not count until a byline or source line ends that region."""
    sidebar = False
    for i, (f, d) in enumerate(zip(page.feats, page.first)):
        if d is not None:
            if d.rule in _SIDEBAR_HEADINGS:
                sidebar = True
            elif d.label in (Label.META, Label.SOURCE):
                sidebar = False
        elif not sidebar and f.stops >= 1 and f.chars >= _PROSE_STOP:
            return i
    return len(page.keys)


def _headline_end(key: str, f: Features) -> bool:
    """A headline ends without punctuation, or in one question or exclamation mark (园区招商难在
    哪里？), never in a full stop or a closing quote of a sentence."""
    return not f.end_punct or (key.endswith(("？", "！", "?", "!")) and f.stops == 0 and f.punct <= 2
                               and "。" not in key)


_NAME_CHARS = 8       # an author's or account's name is at most this long …
_HEADLINE_CHARS = 14  # … and the headline above it at least this long


def _name_under_headline(page: Page, i: int) -> bool:
    """Line ``i``, right above the date, is a short name without punctuation and the line above
    it a longer headline: 百家号/头条号 pages put the account between headline and date."""
    if i == 0 or page.first[i - 1] is not None:
        return False
    if i >= 2 and page.first[i - 2] is None and page.feats[i - 2].chars >= _HEADLINE_CHARS:
        return False  # the line above is text: this is the end of a text, not a page's header
    f, h = page.feats[i], page.feats[i - 1]
    return (f.chars <= _NAME_CHARS and f.punct == 0 and not f.digits and h.chars >= _HEADLINE_CHARS
            and title_like(h) and h.wide_ratio >= 0.5 and headline_start(page.keys[i - 1]))


_FIELD = re.compile(r"[\u4e00-\u9fff]{2,5}\s*[:：]")


def _field_in_table(page: Page, i: int) -> bool:
    """``分类：通知`` between two byline or property lines is a field of their table, not a
    headline (a headline such as ``某某区：项目开工`` does not follow a byline line)."""
    prev = page.first[i - 1] if i > 0 else None
    return prev is not None and prev.label in _META_LABELS and _FIELD.match(page.keys[i]) is not None


_DATEISH = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}")


@context_rule("context.byline_after_headline")
def byline_after_headline(page: Page) -> None:
    """A dated line just under the headline is its byline, not a link-list item."""
    for i, d in enumerate(page.first):
        if i > 0 and d is not None and d.label is Label.TITLE and d.rule.startswith("title."):
            for j in range(i + 1, min(len(page.keys), i + 5)):
                dj = page.first[j]
                if dj is not None and dj.rule == "related.dated_item" and _DATEISH.search(page.keys[j]):
                    page.first[j] = Decision(Label.META, "context.byline_after_headline", "dated line under the headline")
                    return
            return


_TRAIL_SEPS = (">", "»", "›", "＞", "→", "/", "&gt;")
_HOME_WORDS = frozenset({"首页", "主页", "网站首页", "首頁", "主頁"})
_TRAIL_LINES = 8


_CRUMB_ITEM_CHARS = 12


@context_rule("context.breadcrumb_lines")
def breadcrumb_lines(page: Page) -> None:
    """A breadcrumb laid out one link per line. After a trail line (当前位置： / 首页 / >新闻, or
    首页> / 新闻>), the lines that start with a separator, end with one after a line that did, or
    are a home link belong to it; right after a bare label (当前位置：) the first item may be any short link.
    And short links with separator lines between them (某某网 / > / 要闻 / >) are a trail."""
    n = len(page.keys)
    for i, d in enumerate(page.first):
        if d is None or d.label is not Label.BREADCRUMB or d.rule == "context.breadcrumb_lines":
            continue
        bare = page.keys[i].rstrip().endswith(("：", ":"))
        j = i + 1
        while j < n and j - i <= _TRAIL_LINES and page.first[j] is None:
            k, f = page.keys[j].strip(), page.feats[j]
            goes_on = k.endswith(_TRAIL_SEPS) and page.keys[j - 1].rstrip().endswith(_TRAIL_SEPS)
            if f.chars > 20 or f.stops or not (k.startswith(_TRAIL_SEPS) or k in _HOME_WORDS or goes_on
                                                or (bare and j == i + 1)):
                break
            page.first[j] = Decision(Label.BREADCRUMB, "context.breadcrumb_lines", "goes on with the breadcrumb trail above")
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
            page.first[m] = Decision(Label.BREADCRUMB, "context.breadcrumb_lines", "a link of a trail laid out one per line")
        i = chain[-1] + 1


def _crumb_item(page: Page, i: int) -> bool:
    f = page.feats[i]
    return page.first[i] is None and 1 <= f.chars <= _CRUMB_ITEM_CHARS and not f.punct and not f.separators


def _separator_line(page: Page, i: int) -> bool:
    return page.keys[i].strip() in _TRAIL_SEPS


_TAG_LINES = 12  # tags laid out one per line under a bare label: at most this many …
_TAG_CHARS = 12  # … each at most this long, without punctuation


@context_rule("context.tag_lines")
def tag_lines(page: Page) -> None:
    """A tag label on a line of its own (标签： / 关键字：) heads tags laid out one per line: the short
    unpunctuated lines after it, up to the next marker or longer line, are the tags."""
    n = len(page.keys)
    for i, d in enumerate(page.first):
        if d is None or d.rule != "marker.tags" or not page.keys[i].rstrip().endswith(("：", ":")):
            continue
        j = i + 1
        while j < n and j - i <= _TAG_LINES and page.first[j] is None:
            f = page.feats[j]
            if f.chars > _TAG_CHARS or f.punct or f.separators:
                break
            page.first[j] = Decision(Label.TAGS, "context.tag_lines", "a tag under the tag label above")
            j += 1


# 医疗关注--前列腺新发现: two phrases joined by -- (not a range of numbers, 2024--2035)
_DASH_JOIN = re.compile(r"[^\s\-\d]-{2,}[^\s\-]|[^\s\-]-{2,}[^\s\-\d]")
_TEXT_AD_CHARS = 30
_TEXT_AD_WINDOW = 6


@context_rule("context.text_ads")
def text_ads(page: Page) -> None:
    """Text-ad links: short lines of two phrases joined by '--' (专治面瘫--面肌痉挛！), several within
    a few lines of each other, and the short links between them (a blog's single 食材---汤圆 stays)."""
    n = len(page.keys)
    cands = [i for i in range(n) if page.first[i] is None and page.feats[i].chars <= _TEXT_AD_CHARS
             and not page.feats[i].stops and "--" in page.keys[i] and _DASH_JOIN.search(page.keys[i])]
    for k, i in enumerate(cands):
        near = (k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW) or (k + 1 < len(cands) and cands[k + 1] - i <= _TEXT_AD_WINDOW)
        if near:
            page.first[i] = Decision(Label.AD, "context.text_ads", "text-ad link (phrases joined by --), one of several")
        if k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW:  # a short link between two of them is one of the ads
            for j in range(cands[k - 1] + 1, i):
                f = page.feats[j]
                if page.first[j] is None and not f.stops and f.chars <= _TEXT_AD_CHARS:
                    page.first[j] = Decision(Label.AD, "context.text_ads", "a short link between text-ad links")


# a commenter's name, then a timestamp with a time of day, ending the line
_STAMP_END = re.compile(r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
_STAMP_CHARS = 40      # a name-and-timestamp line has at most this many characters …
_STAMP_NAME = 16       # … and the name before the timestamp at most this many
_STAMP_GAP = 4         # comments are this many lines apart at most
_STAMP_WEAK = (None, "meta.date_line", "related.dated_item", "context.byline_after_headline")


def _stamp(page: Page, i: int) -> Optional[str]:
    """The name before the timestamp when line ``i`` is a name and a timestamp (网友 老李 2024-05-10
    13:05), else None."""
    f, d = page.feats[i], page.first[i]
    if f.digits < 4 or f.chars > _STAMP_CHARS or f.stops or ":" not in page.keys[i] \
            or (d.rule if d is not None else None) not in _STAMP_WEAK:
        return None
    m = _STAMP_END.search(page.keys[i])
    name = page.keys[i][:m.start()].strip() if m else ""
    return name if 2 <= len(name) <= _STAMP_NAME else None


@context_rule("context.comment_stream")
def comment_stream(page: Page) -> None:
    """Comments without a heading: below the article's byline and a line of text, lines of a name
    and a timestamp, each followed by a short text, three of them, or two whose names open with
    the same word (网友 园区打工人 …, 网友 老李 …). The first opens the comments, as a heading would."""
    # the article starts under its byline (or, without one, at its first sentence of prose)
    byline = next((i for i, d in enumerate(page.first) if d is not None and d.label in (Label.META, Label.SOURCE)), None)
    if byline is None:
        byline = next((i for i, f in enumerate(page.feats) if f.stops and f.chars >= _PROSE_STOP), None)
        if byline is None:
            return
    start = byline + 2
    feats, keys = page.feats, page.keys
    names = {i: name for i, k in enumerate(keys[start:], start)
             if ":" in k and feats[i].digits >= 4 and (name := _stamp(page, i)) is not None}
    stamps = list(names)
    k = 0
    while k < len(stamps):
        group = [stamps[k]]
        while k + 1 < len(stamps) and 2 <= stamps[k + 1] - stamps[k] <= _STAMP_GAP \
                and all(page.first[j] is None for j in range(stamps[k] + 1, stamps[k + 1])):
            k += 1
            group.append(stamps[k])
        k += 1
        words = [names[i].split() for i in group]  # 网友 老李: a shared first word, then the name
        if len(group) >= 3 or (len(group) == 2 and len(words[0]) > 1 and words[0][0] == words[1][0]):
            page.first[group[0]] = Decision(Label.COMMENTS, "context.comment_stream",
                                            f"comments: {len(group)} names with timestamps, each above a short text")
            return


_SECTION_HEADING = 16  # characters a section heading has at most
_SECTION_TAKES = (Label.CONTACT, Label.META, Label.SOURCE)


@context_rule("context.section_content")
def section_content(page: Page) -> None:
    """A contact or byline-shaped sentence right under a numbered section heading of the text
    (三、联系方式 / 联系人：张工，电话：…。) is that section's content, not page furniture."""
    for i in range(1, len(page.keys)):
        d, f = page.first[i], page.feats[i]
        if d is None or d.label not in _SECTION_TAKES or not page.keys[i].endswith(("。", "；", ";")) or f.punct < 2:
            continue
        h, hf = page.keys[i - 1], page.feats[i - 1]
        if page.first[i - 1] is None and hf.chars <= _SECTION_HEADING and not hf.stops and SECTION_NUMBER.match(h):
            page.first[i] = None


ORDER = ("title.page_title", "title.doubled", "title.before_meta", "context.byline_after_headline", "context.breadcrumb_lines",
         "context.tag_lines", "context.repeated", "context.repeated_text", "context.excerpt", "context.ad_slot",
         "context.text_ads", "context.section_content", "context.comment_stream")


def apply_all(page: Page) -> None:
    for rule_id in ORDER:
        CONTEXT_RULES[rule_id](page)
