"""Where the headline is: candidates from three page rules, reconciled into one line.

- ``title.page_title``: a dump starts with the HTML ``<title>``; the line below that repeats its
  first part is the headline (``title.repeats_page_title``).
- ``title.doubled``: a headline given twice in a row (a sticky header's and the article's).
- ``title.before_meta``: a headline-shaped line right above a byline or date line.

:func:`choose` picks the headline from their evidence (a repeated page title is the surest);
the stage-2 rule ``context.byline_after_headline`` and the decision read it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..features import Features
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .context import PROSE_STOP, among_buttons, squash, title_like
from .headline_shapes import TAG_FIRST, field_label_alone, field_line, form_field, headline_start, holder_field, page_title_parts

_TITLE_CHARS = 300   # a first line longer than this is no HTML title
_TITLE_PARTS = 8     # the headline is made of at most this many of its first parts
_TITLE_LINES = 400   # lines searched for the headline below the title


def _heads(first_line: str) -> list[str]:
    """The squashed first part, first two parts … of an HTML title: the headline may contain a
    separator. Built incrementally (squash of a join is the join of the squashes)."""
    out, acc = [], ""
    for part in page_title_parts(first_line)[:_TITLE_PARTS]:
        acc += squash(part)
        if len(acc) >= 4:
            out.append(acc)
    return out


@page_rule("title.page_title", emits=("title.page_title", "title.repeats_page_title"))
def page_title(page: Page) -> Found:
    """The dump's first line is the HTML <title> when a later line repeats its first part(s);
    that line is the headline (and the line after it, when it completes the title). A title whose
    last part is its date (标题 | 栏目 | 某某之声 | 2012.10.09) reads as a date line alone: weak."""
    if not page.keys or len(page.keys[0]) > _TITLE_CHARS:
        return
    if page.form[0] is not None and not (page.form[0].kind == "weak" and len(page_title_parts(page.keys[0])) >= 3):
        return
    heads = _heads(page.keys[0])
    if not heads:
        return
    longest = max(map(len, heads))
    initials = {c for h in heads for c in (h[0], h[0].upper())}
    matches = []
    # a line that repeats or begins a title of one part (no site after a separator) is a headline
    # above the text, not a name inside it (a WeChat dump's first line is its headline, not a page
    # title; a site's name first is the notice's signature at its end)
    prose = first_prose(page, 1) if _one_part(page.keys[0]) else len(page)
    for i in range(1, min(len(page), _TITLE_LINES, prose + 1)):  # (the first prose line may be the title itself)
        if not 4 <= page.feats[i].chars <= 2 * longest + 10 or not any(c in page.keys[i] for c in initials) \
                or field_label_alone(page.keys[i - 1]):
            continue
        whole = squash(page.keys[i])
        for k in (whole, squash(TAG_FIRST.sub("", page.keys[i]))):  # with a thread's tag ([求助] 标题) or without
            if k and len(k) >= 4 and any(k == h or (h.startswith(k) and len(k) >= 0.4 * len(h))
                                         or (k.startswith(h) and len(h) >= 0.8 * len(k)) for h in heads):
                matches.append((i, k))
                break
    if not matches:
        return
    # several lines may repeat the title (tickers, related lists): the headline is the one a
    # byline or date line follows closely
    i, k = next(((i, k) for i, k in matches if _meta_follows(page, i)), matches[0])
    head = next((h for h in heads if h.startswith(k) or k.startswith(h)), heads[0])
    yield 0, Evidence("title.page_title", Label.TITLE, "HTML page title (repeated below)")
    if page.form[i] is None:
        yield i, Evidence("title.repeats_page_title", Label.TITLE, "headline repeating the page title", "claim")
        if i + 1 < len(page) and page.form[i + 1] is None:
            nxt = squash(page.keys[i + 1])
            if nxt and len(nxt) >= 2 and (k + nxt) in head:
                yield i + 1, Evidence("title.repeats_page_title", Label.TITLE, "second line of the headline", "claim")


def _one_part(title: str) -> bool:
    return len(page_title_parts(title)) == 1


def _meta_follows(page: Page, i: int) -> bool:
    return any(page.labels[j] in _META_LABELS for j in range(i + 1, min(len(page), i + 7)))


_META_LABELS = (Label.META, Label.SOURCE)
_BETWEEN = (Label.SHARE, Label.TOOLS, Label.AD, Label.PERMALINK)
_DOUBLED_CHARS = 8


def _sidebar_heading(page: Page, i: int) -> bool:
    d = page.form[i]
    return d is not None and d.heading and d.label in (Label.RELATED, Label.COMMENTS) and not among_buttons(page, i)


def first_prose(page: Page, start: int = 0) -> int:
    """The first paragraph of prose from line ``start``, before which the headline stands: prose
    under a related heading (a sidebar's teasers) does not count until a byline or source line ends
    that region."""
    sidebar = False
    for i in range(start, len(page)):
        f = page.feats[i]
        if page.form[i] is not None:
            if _sidebar_heading(page, i):
                sidebar = True
            elif page.labels[i] in _META_LABELS:
                sidebar = False
        elif not sidebar and f.stops >= 1 and f.chars >= PROSE_STOP:  # the headline came before it
            return i
    return len(page)


@page_rule("title.doubled")
def doubled(page: Page) -> Found:
    """A headline-shaped line given twice in a row before the first paragraph, and nowhere else
    on the page: the headline, once in the page's sticky header and once above the article (a
    menu item repeats further apart)."""
    keys = page.keys
    pairs = [i for i, (a, b) in enumerate(zip(keys, keys[1:])) if a == b]  # most pages have none
    if not pairs:
        return
    stop = first_prose(page)
    for i in pairs:
        if i + 1 >= stop:
            break
        j = i + 2  # (a section name given twice above the headline and its byline is no headline)
        headline_below = j + 1 < len(keys) and page.form[j] is None and title_like(page.feats[j]) \
            and page.labels[j + 1] in _META_LABELS
        if page.form[i] is None and page.form[i + 1] is None and not headline_below \
                and title_like(page.feats[i]) and page.feats[i].chars >= _DOUBLED_CHARS \
                and page.feats[i].wide_ratio >= 0.5 and keys.count(keys[i]) == 2:
            yield i, Evidence("title.doubled", Label.TITLE, "headline-shaped line given twice in a row")
            yield i + 1, Evidence("title.doubled", Label.TITLE, "the headline again, right under itself")
            return


@page_rule("title.before_meta", emits=("title.before_meta", "title.deck", "context.byline_name"))
def before_meta(page: Page) -> Found:
    """A headline-shaped line right above a byline/date/source line is the headline (with its
    ——sub-deck between them, or an author's name between it and the date line). Above a bare
    date (a site header's 2024年05月09日 星期四) it is the headline only when no headline stands
    above a fuller byline further down (某某日报社主办 over the header's date is the site's), and
    the date stands near the text (an e-paper's masthead day, over its menus, heads no article).
    A headline over a full byline below the first paragraph (:func:`_headline_after_prose`) is
    surer than one over a bare date, and one over a document's table of properties (索引号：…
    发布机构：…) is the last choice: a menu's last item stands there as often."""
    stop = first_prose(page)
    n = len(page)
    unlabelled: Optional[list[int]] = None  # lines no form rule names from each line down to the text (counted once)
    sidebar = False  # under a related heading, until a byline that is more than a date
    first: Optional[list[tuple[int, Evidence]]] = None
    table: Optional[list[tuple[int, Evidence]]] = None  # the line over a document's table of properties
    for i in range(min(stop, n - 1)):
        if _sidebar_heading(page, i):
            sidebar = True
        elif page.labels[i] in _META_LABELS and "shape.bare_date" not in page.hits[i]:
            sidebar = False
        j = i + 1  # a share or tool line may stand between the headline and its byline
        while j < n and j - i <= 2 and page.labels[j] in _BETWEEN:
            j += 1
        below = page.labels[j] if j < n else None
        if below not in _META_LABELS or page.form[i] is not None:
            continue
        if sidebar and "shape.bare_date" in page.hits[j]:
            continue  # an item of a list under 热门文章 with its date: not the page's headline
        if _names_poster(page, j):
            continue
        found = _headline_above(page, i)
        if found and "marker.doc_fields" in page.hits[j]:
            table = table or found  # (a document's table of properties, 索引号： 发布机构：, under a menu's
            continue                # last item: the headline is the one over the byline further down)
        if found:
            if "shape.bare_date" not in page.hits[j]:
                yield from found
                return
            # (a bare date far above the text, over lines of menus, is the site header's day: the
            # lines between that no form rule names count, not the share bar, the tools, pictures)
            if first is None:
                unlabelled = unlabelled or _unlabelled_below(page, min(stop, n))
                if unlabelled[min(j + 1, len(unlabelled) - 1)] <= _BARE_DATE_NEAR:
                    first = found
    later = list(_headline_after_prose(page, stop))
    yield from later or first or table or ()


def _headline_after_prose(page: Page, stop: int) -> Found:
    """With no headline above the first paragraph, a sidebar's prose (a site guide, a leader's
    profile, a park's introduction) may come before the article: its headline is a headline-shaped
    line under furniture (never right under a paragraph: a comment's last words over the next
    comment's time) and over a full byline (a source or publication line, not a bare date), not
    after an article's closing lines (its share bar, tools or pager: the next story of a feed)."""
    sidebar = False
    form, labels, n = page.form, page.labels, len(page)
    for i in range(stop, n - 1):
        if form[i] is not None:
            if _sidebar_heading(page, i):
                sidebar = True
            elif labels[i] in _META_LABELS:
                sidebar = False
            continue
        j = i + 1
        while j < n and j - i <= 2 and labels[j] in _BETWEEN:
            j += 1
        d = form[j] if j < n else None
        if sidebar or d is None or _prose(page, i - 1):
            continue
        if d.label not in _META_LABELS or d.kind == "weak" or "shape.bare_date" in page.hits[j] \
                or _names_poster(page, j) or _closes_above(page, i):
            continue
        found = _headline_above(page, i)
        if found:
            yield from found
            return


_CLOSINGS = (Label.SHARE, Label.TOOLS, Label.PAGER)


def _closes_above(page: Page, i: int) -> bool:
    """Between the last paragraph above line ``i`` and it, a share bar, tools or a pager: an
    article closed there, and the headline below it is the next story's (a feed)."""
    for k in range(i - 1, -1, -1):
        if page.form[k] is None:
            if _prose(page, k):
                return False
            continue
        if page.labels[k] in _CLOSINGS:
            return any(_prose(page, m) for m in range(max(0, k - _CLOSING_REACH), k))
    return False


_CLOSING_REACH = 4  # lines above the closing line where the article's last paragraph is looked for


def _prose(page: Page, i: int) -> bool:
    """Line ``i`` is a paragraph of prose (no form evidence, a full stop, long enough)."""
    return i >= 0 and page.form[i] is None and page.feats[i].stops >= 1 and page.feats[i].chars >= PROSE_STOP


# a meta line that names who posted, not the article's byline: an account's badge (某某官方账号, 某某领域
# 创作者), an answer's votes (126 人赞同了该回答); the line above it is the poster's name or rank
_POSTER_LINES = ("marker.official_account", "marker.creator_badge", "shape.answer_votes")


def _names_poster(page: Page, j: int) -> bool:
    return any(b in page.hits[j] for b in _POSTER_LINES)


def _unlabelled_below(page: Page, stop: int) -> list[int]:
    """For each line above ``stop``, the lines from it down to ``stop`` that no form rule names."""
    out = [0] * (stop + 1)
    for k in range(stop - 1, -1, -1):
        out[k] = out[k + 1] + (page.form[k] is None)
    return out
_BARE_DATE_NEAR = 6  # lines above the text where a bare date may be the headline's own


def _headline_above(page: Page, i: int) -> list[tuple[int, Evidence]]:
    """The evidence that line ``i``, right above a byline, is the headline (with its deck or the
    author's name under it), or nothing."""
    key, f = page.keys[i], page.feats[i]
    if i > 0 and "shape.deck" in page.hits[i] and page.form[i - 1] is None and title_like(page.feats[i - 1]) \
            and headline_start(page.keys[i - 1]):
        return [(i - 1, Evidence("title.before_meta", Label.TITLE, "headline-shaped line above its sub-deck and a byline")),
                (i, Evidence("title.deck", Label.TITLE, "a sub-deck (——…) between the headline and the byline"))]
    if _summary_deck(page, i):
        return [(i - 1, Evidence("title.before_meta", Label.TITLE, "headline-shaped line above its summary deck and a byline")),
                (i, Evidence("title.deck", Label.TITLE, "a summary deck (a longer line of clauses) between the headline and the byline"))]
    if f.wide_ratio < 0.3 and 3 <= len(key.split()) <= 25 and "shape.latin_headline" in page.hits[i]:
        return [(i, Evidence("title.before_meta", Label.TITLE, "headline in Latin letters above a byline/date line"))]
    if 5 <= f.chars <= 60 and _headline_end(key, f) and f.punct <= 3 and f.wide_ratio >= 0.5 \
            and headline_start(key) and not _field_in_table(page, i) and not field_line(key) and not form_field(key) \
            and not holder_field(key):
        if _name_under_headline(page, i):  # headline / author or account name / date
            return [(i - 1, Evidence("title.before_meta", Label.TITLE, "headline-shaped line above an author's name and a date line")),
                    (i, Evidence("context.byline_name", Label.META, "a short name between the headline and its date line"))]
        return [(i, Evidence("title.before_meta", Label.TITLE, "headline-shaped line above a byline/date line"))]
    return []


_DECK_CHARS = 40          # a summary deck is a line of two clauses or more at least this long …
_DECK_HEADLINE = (12, 40)  # … under a headline of this many characters, shorter than itself (a site's slogan is shorter)


def _summary_deck(page: Page, i: int) -> bool:
    """Line ``i``, right above the byline, is a summary deck: a longer line of clauses (，) under a
    headline given once on the page (国家级经开区考核结果出炉 / 苏州工业园区连续八年居首，…)."""
    if i == 0 or page.form[i - 1] is not None:
        return False
    f, h, key, above = page.feats[i], page.feats[i - 1], page.keys[i], page.keys[i - 1]
    return (key.count("，") >= 2 and f.chars >= _DECK_CHARS and not f.stops and _DECK_HEADLINE[0] <= h.chars <= _DECK_HEADLINE[1]
            and h.chars < f.chars and h.punct <= 3 and _headline_end(above, h) and title_like(h)
            and headline_start(above) and page.keys.count(above) == 1)


def _headline_end(key: str, f: Features) -> bool:
    """A headline ends without punctuation, or in one question or exclamation mark (园区招商难在
    哪里？), or in a short note in brackets (某某投资指南（2024版）, 某某开工（图）), never in a full stop
    or a closing quote of a sentence."""
    return not f.end_punct or (key.endswith(("？", "！", "?", "!")) and f.stops == 0 and f.punct <= 2
                               and "。" not in key) or (f.stops == 0 and _NOTE_END.search(key) is not None)


_NOTE_END = re.compile(r"[（(][^（()）。，,]{1,8}[)）]$")  # a headline's note in brackets: （2024版）, （图）, （附全文）


_NAME_CHARS = 8       # an author's or account's name is at most this long …
_HEADLINE_CHARS = 14  # … and the headline above it at least this long


def _name_under_headline(page: Page, i: int) -> bool:
    """Line ``i``, right above the date, is a short name without punctuation (百家号/头条号 pages
    put the account between headline and date), a speaker's positions and name (市委副书记、市长
    许志刚 under a speech's title) or a writer's name and mail address (a mailing list's From line),
    and the line above it a longer headline."""
    if i == 0 or page.form[i - 1] is not None:
        return False
    if i >= 2 and page.form[i - 2] is None and page.feats[i - 2].chars >= _HEADLINE_CHARS:
        return False  # the line above is text: this is the end of a text, not a page's header
    f, h = page.feats[i], page.feats[i - 1]
    named = (f.chars <= _NAME_CHARS and f.punct == 0 and not f.digits) or "shape.position_name" in page.hits[i] \
        or "shape.name_email" in page.hits[i]
    return (named and h.chars >= _HEADLINE_CHARS and title_like(h) and h.wide_ratio >= 0.5
            and headline_start(page.keys[i - 1]))


def _field_in_table(page: Page, i: int) -> bool:
    """``分类：通知`` between two byline or property lines, or under another field (信件编号：…
    / 写信人：王** / 写信时间：…), is a field of their table, not a headline (a headline such as
    ``某某区：项目开工`` does not follow a byline line or a field)."""
    return i > 0 and "shape.field" in page.hits[i] and "shape.place_headline" not in page.hits[i] \
        and (page.labels[i - 1] in _META_LABELS or "shape.field" in page.hits[i - 1])


# the title rules' evidence, surest first; each rank's rules (a headline and what comes with it)
RANKS = (("title.repeats_page_title", "title.page_title"), ("title.doubled",),
         ("title.before_meta", "title.deck", "context.byline_name"))
_HEADLINES = ("title.repeats_page_title", "title.doubled", "title.before_meta")


_RANK = {rule: k for k, rules in enumerate(RANKS) for rule in rules}


def rank(rule: str) -> Optional[int]:
    """The rank of a title rule's evidence (None: not a title rule)."""
    return _RANK.get(rule)


def choose(page: Page, found: dict[int, list[Evidence]]) -> tuple[Optional[int], Optional[int]]:
    """The headline, and the rank of the rule that found it: the first line of the surest
    title evidence (a line repeating the page title, then a headline given twice, then a
    headline above its byline). The less sure rules' candidates are then no headline."""
    for k, rule in enumerate(_HEADLINES):
        lines = [i for i, ev in sorted(found.items()) if any(e.rule == rule for e in ev)]
        if lines:
            return lines[0], k
    return None, None


_DATED = (Label.RELATED,)


@page_rule("context.byline_after_headline", stage=2)
def byline_after_headline(page: Page) -> Found:
    """A dated line just under the headline is its byline, not a link-list item."""
    h = page.headline
    if h is None:
        return
    for j in range(h + 1, min(len(page), h + 5)):
        if page.labels[j] in _DATED and "shape.dated_end" in page.hits[j] and "shape.dateish" in page.hits[j]:
            yield j, Evidence("context.byline_after_headline", Label.META, "dated line under the headline", "claim")
            return
