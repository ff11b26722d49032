"""The structural rule: find the article as the densest run of prose, then label every line.

Each line gets a value (``rules/values.py``): positive for prose, negative for menu items, markers
and the like. The article is the best run of consecutive lines (``rules/runs.py``), and the run
may not cross a wall: a related-articles or comments heading ends the article. This module then
extends the run where an article's own layout calls for it (short-line openings and closings, a
related box inside the text) and gives every line its final label: lines inside are body unless
a marker rule labelled them (a contact block between paragraphs stays removed); lines outside
take their marker label, or a label from their position.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .. import lexicons
from ..config import Config
from ..features import Features
from ..model import Decision, Label
from .context import headline_start, squash, title_like
from .runs import adapt, best_run, choose, run_weight, title_anchor
from .values import LEAD_IN, lead_in_lists, listiness, phrase_values, value

__all__ = ["WALL_RULES", "best_run", "finalize", "value"]

WALL_RULES = frozenset({"marker.related_heading", "marker.comments_heading", "marker.notice_heading",
                        "context.comment_stream"})
# weak form decisions that the region under a wall overrides (a date line under 网友评论 is a comment's)
_REGION_TAKES = frozenset({"context.repeated", "meta.date_line", "meta.reporter_line", "related.dated_item",
                           "marker.ip_location"})


_TAIL_MAX = 10
_HEAD_MAX = 10
_HEADER_LABELS = (Label.TITLE, Label.META, Label.SOURCE, Label.SHARE, Label.BREADCRUMB, Label.TOOLS, Label.IMAGE, Label.PAGER,
                  Label.TAGS)
_BOX_ITEMS = 6


def _heading(d: Decision) -> str:
    """The words of a heading marker (its reason reads ``start marker '热门文章'``)."""
    quoted = d.reason.split("'")
    return quoted[1] if len(quoted) >= 3 else d.rule


def _short_plain(f: Features, d: Optional[Decision]) -> bool:
    """An unlabelled short line of CJK text (digits allowed: 2023年) without a full stop."""
    return d is None and 2 <= f.chars <= 60 and f.stops == 0 and (f.wide + f.digits) >= 0.5 * f.chars


_PHRASE_LINES = 5  # phrases an article written in phrases has at least
_WEAK_RUN = 1.0  # a best run worth less than one line of prose: the page may have no prose


def _under_header(first: Sequence[Optional[Decision]], feats: Sequence[Features], start: int) -> bool:
    """The run starts right under the article's header (headline, byline, source), a few tool,
    share or tag lines between, and the headline itself when it stands below the byline: a list
    page of headlines has no byline above its list."""
    headline = False
    for j in range(start - 1, max(-1, start - 6), -1):
        d = first[j]
        if d is not None and d.label in (Label.TITLE, Label.META, Label.SOURCE):
            return True
        if d is None and not headline and title_like(feats[j]):
            headline = True  # one unlabelled headline-shaped line
            continue
        if d is None or d.label not in (Label.TOOLS, Label.SHARE, Label.IMAGE, Label.TAGS):
            return False
    return False


def _sentence(f: Features, d: Optional[Decision]) -> bool:
    """An unlabelled line of prose (a full stop, mostly CJK): a paragraph the run left out because
    the short lines after it (a data list, a subheading) cost more than it brings."""
    return d is None and f.stops >= 1 and f.chars >= 10 and f.wide_ratio >= 0.5


_HEADLINE_SIZED = 14  # characters from which a line without a full stop has a headline's size
_MENU_ITEM = 4        # characters a menu item has at most


def _opening_above(first: Sequence[Optional[Decision]], feats: Sequence[Features], end: int) -> int:
    """The line above the opening that ends before line ``end``: up to ``_HEAD_MAX`` short lines
    and sentences (-1 when they reach the page's top)."""
    j = end - 1
    while j >= 0 and end - j <= _HEAD_MAX and (_short_plain(feats[j], first[j]) or _sentence(feats[j], first[j])):
        j -= 1
    return j


def _menu(feats: Sequence[Features], block: range) -> bool:
    """More than a third of the lines are as short as menu items (首页 / 政务公开 …)."""
    return sum(feats[k].chars <= _MENU_ITEM for k in block) * 3 > len(block)


def _head(first: Sequence[Optional[Decision]], feats: Sequence[Features], s: int) -> Optional[int]:
    """Short lines between the article's header (headline, byline, source) and its first
    paragraph belong to it: WeChat-style openings, a salutation. Returns the new start, or None."""
    j = _opening_above(first, feats, s)
    d = first[j] if j >= 0 else None
    if j < s - 1 and d is not None and d.label in _HEADER_LABELS:
        block = range(j + 1, s)
        if any(feats[k].stops for k in block) and _menu(feats, block):
            return None  # a sentence among menu items is a site's, not the article's opening
        return j + 1
    return None


_EMPTY_REGION = Decision(Label.BOILERPLATE, "position.region", "")
_DECK_MIN = 6  # characters a repeated headline must have


def _deck(first: Sequence[Optional[Decision]], keys: Sequence[str], head: int, s: int) -> Optional[int]:
    """The line of the opening ``[head, s)`` that repeats the headline (主标题 + 强调 …): from there
    to the first paragraph the lines are the headline's deck, not the article's opening."""
    heads = [h for i, d in enumerate(first[:head]) if d is not None and d.label is Label.TITLE
             and len(h := squash(keys[i])) >= _DECK_MIN]
    for k in range(head, s):
        q = squash(keys[k])
        if len(q) >= _DECK_MIN and any(q.startswith(h) or h.startswith(q) for h in heads):
            return k
    return None


def _tail(first: Sequence[Optional[Decision]], feats: Sequence[Features], values: Sequence[float],
          s: int, e: int, long_head: bool = False) -> Optional[int]:
    """An article laid out in short lines (WeChat style) often ends with a few of them, which the
    run cannot reach (they score below zero). Take them when the article shows that style (short
    lines inside the run, or a short-line opening) and they go on, unlabelled, to the end of the
    page or to a marker line."""
    short_inside = sum(1 for i in range(s, e + 1) if _short_plain(feats[i], first[i]))
    if short_inside < 4 and not long_head:
        return None
    j = e + 1
    while j < len(first) and j - e <= _TAIL_MAX and _short_plain(feats[j], first[j]):
        j += 1
    if j > e + 1 and (j == len(first) or first[j] is not None):
        return j - 1
    return None


def _resume(first: Sequence[Optional[Decision]], feats: Sequence[Features], keys: Sequence[str], e: int
            ) -> Optional[tuple[int, int]]:
    """A related-links box inside an article: a related heading right after the run, a few link
    lines, then paragraphs again (two or more full sentences in a row, not alternating with link
    lines as in a list of teasers). Returns the span of the resumed text, or None."""
    w = e + 1
    heading = first[w] if w < len(first) else None
    if heading is None or heading.rule != "marker.related_heading":
        return None
    j = w + 1
    while j < len(first) and j - w <= _BOX_ITEMS and feats[j].stops == 0 and feats[j].chars <= 60:
        j += 1
    k = j
    while k < len(first) and first[k] is None and feats[k].stops >= 1 and feats[k].chars >= 12:
        k += 1
    if j > w + 1 and k - j >= 2:
        return j, k - 1
    return None


_BARE_TAG = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:\s+[\u4e00-\u9fffA-Za-z]{2,10}){0,5}")
_BARE_TAG_CHARS = 4  # characters a bare tag line has at least
_TOOL_WORDS = lexicons.words("tools.txt") | lexicons.words("share_words.txt")
_AFTER_TAGS = (Label.SHARE, Label.TOOLS, Label.BREADCRUMB)
# the name of a body that signs a notice: 某某局, 某某管委会, 某某中心, 某某人民政府
_SIGNATURE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,}(?:局|委员会|管委会|办公室|政府|中心|公司|集团)$")  # (not 部: 美国商务部 is a tag)


def _bare_tags(first: Sequence[Optional[Decision]], feats: Sequence[Features], keys: Sequence[str], end: int
               ) -> Optional[int]:
    """The line right after the article (a copyright or disclaimer line may come between) when it
    is one to six words without punctuation or digits and the line under it is a share, tool or
    category line: the article's tags, shown without a label (美国商务部 / 分享). A signature
    above a date line, or a line above more text, is no tag line."""
    j = end + 1
    while j < len(first) and (d := first[j]) is not None and d.label is Label.COPYRIGHT:
        j += 1
    if j + 1 >= len(first) or first[j] is not None:
        return None
    nxt = first[j + 1]
    f = feats[j]
    if nxt is None or nxt.label not in _AFTER_TAGS or f.digits or f.punct or f.chars < _BARE_TAG_CHARS:
        return None
    words = keys[j].split()
    if not _BARE_TAG.fullmatch(keys[j].strip()) or any(w in _TOOL_WORDS or "点击" in w or "返回" in w for w in words):
        return None
    if len(words) == 1 and _SIGNATURE.search(words[0]):
        return None  # 某某市工业和信息化局 above the print tools: a notice's signature
    return j


def headline(first: list[Optional[Decision]], feats: Sequence[Features], start: int, keys: Sequence[str]
             ) -> Optional[int]:
    """The headline: the last headline-shaped unlabelled line shortly before the article (unless
    the title rules already found one above it)."""
    if any(d is not None and d.label is Label.TITLE and d.rule.startswith("title.") and (i > 0 or d.rule != "title.page_title")
           for i, d in enumerate(first[:start])):
        return None
    skip = {Label.META, Label.SOURCE, Label.IMAGE, Label.SHARE, Label.TOOLS, Label.AD}
    for i in range(start - 1, max(-1, start - 7), -1):
        d = first[i]
        if d is not None and d.rule == "context.repeated" and i + 1 < len(first) and first[i + 1] is None:
            d = None  # the headline, repeated by the HTML title or a breadcrumb: still the headline
        if d is not None:
            if d.label is Label.TITLE:
                return None
            if d.label in skip:
                continue
            return None
        f = feats[i]
        if keys[i].endswith(LEAD_IN):  # a salutation (各有关单位：) or a lead-in (以下是…全文：) opens the text
            continue
        if (title_like(f) or (4 <= f.chars <= 80 and not f.end_punct)) and f.wide_ratio >= 0.5 \
                and headline_start(keys[i]):
            return i
        return None
    return None


def _opening_headline(first: Sequence[Optional[Decision]], feats: Sequence[Features], keys: Sequence[str], h: int
                      ) -> Optional[int]:
    """The headline found right above the run, checked against the lines above it: when two or
    more short lines stand between it and the page's header (a tool, byline or share line), it
    closes an opening written in short lines, not a headline; when they go up to the top of the
    page, the page's first line is the headline (a page whose dump starts with it)."""
    j = _opening_above(first, feats, h)
    block = range(j + 1, h)
    if len(block) < 2:
        return h
    sized = sum(1 for k in block if feats[k].chars >= _HEADLINE_SIZED and not feats[k].stops)
    if sized * 3 > len(block) or _menu(feats, block):  # a list of headlines, or a menu
        return h
    if j >= 0:
        d = first[j]
        return None if d is not None and d.label in _HEADER_LABELS and d.label is not Label.TITLE else h
    return 0 if title_like(feats[0]) and headline_start(keys[0]) else h


def finalize(first: list[Optional[Decision]], feats: Sequence[Features], config: Config,
             keys: Sequence[str] = ()) -> tuple[list[Decision], list[float]]:
    """Final decision for every line, and the values the run was chosen on."""
    keys = keys or [""] * len(feats)
    values = [value(f, d, config, k) for f, d, k in zip(feats, first, keys)]
    listiness(values, first)
    table = lead_in_lists(values, keys, feats, first)
    walls = [d is not None and d.rule in WALL_RULES for d in first]
    anchor = title_anchor(first)
    s, e, total = choose(values, walls, anchor, feats)
    if s >= 0 and adapt(values, first, feats, keys, s, e, table):
        s, e, total = choose(values, walls, anchor, feats)
    phrases = False
    # a run behind a related or comments heading, or a sidebar's above the headline, counts for little here too
    worth = total * run_weight(s, e, walls, anchor) if s >= 0 else total
    if s < 0 or worth < _WEAK_RUN:  # no prose (or a stray sentence): an article written in phrases?
        pv = phrase_values(feats, first, keys)
        ps, pe, ptotal = choose(pv, walls, anchor)
        if ps >= 0 and sum(v > 0 for v in pv[ps:pe + 1]) >= _PHRASE_LINES and _under_header(first, feats, ps) \
                and ptotal > worth:
            s, e, total, values, phrases = ps, pe, ptotal, pv, True
    head = tail = resume = None
    if s >= 0:
        h = headline(first, feats, s, keys)
        if h is not None and h == s - 1:
            h = _opening_headline(first, feats, keys, h)
        if h is not None:
            first[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
        head = _head(first, feats, s)
        deck = _deck(first, keys, head, s) if head is not None else None
        if head is not None and deck is not None:
            for k in range(deck, s):
                first[k] = Decision(Label.TITLE, "title.deck", "the headline again, or its sub-deck, above the first paragraph")
            head = head if deck > head else None
        tail = _tail(first, feats, values, s, e, long_head=head is not None and s - head >= 3)
        resume = _resume(first, feats, keys, tail if tail is not None else e)
        bare = _bare_tags(first, feats, keys, resume[1] if resume else tail if tail is not None else e)
        if bare is not None:
            first[bare] = Decision(Label.TAGS, "tags.bare_line", "words without punctuation between the article and its "
                                                                 "share, tool or category line: tags without a label")
    final: list[Decision] = []
    region: Optional[Decision] = None
    in_region = _EMPTY_REGION  # the decision of the unmarked lines under the current wall, made once per wall
    # the decisions shared by many lines, made once per page
    in_run = (Decision(Label.BODY, "body.phrases", f"a run of short phrases right under the header, on a page with no "
                       f"prose (score {total:.1f})") if phrases
              else Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
    before = {lab: Decision(lab, "position.before", "before the article's run of prose")
              for lab in (Label.NAV, Label.BOILERPLATE)}
    after = {lab: Decision(lab, "position.after", "after the article's run of prose")
             for lab in (Label.NAV, Label.RELATED, Label.FOOTER)}
    for i, d in enumerate(first):
        if d is not None and d.rule in WALL_RULES and i > e:
            region = d
            in_region = Decision(region.label, "position.region", f"in the region under '{_heading(region)}'")
        if d is not None and d.rule in _REGION_TAKES and region is not None and i > e:
            d = Decision(region.label, d.rule, d.reason + f" under '{_heading(region)}'")
        if s <= i <= e:
            final.append(d or in_run)
        elif head is not None and head <= i < s and d is None:
            final.append(Decision(Label.BODY, "body.head", "short lines opening the article, between its header and its prose"))
        elif tail is not None and e < i <= tail:
            final.append(Decision(Label.BODY, "body.tail", "short lines closing an article laid out in short lines"))
        elif resume is not None and resume[0] <= i <= resume[1] and d is None:
            final.append(Decision(Label.BODY, "body.resume", "the article going on after a related-links box"))
        elif d is not None:
            final.append(d)
        elif s < 0:
            final.append(Decision(Label.BOILERPLATE, "body.none", "no run of prose on the page"))
        elif i < s:
            lab = Label.NAV if feats[i].chars <= 16 else Label.BOILERPLATE
            final.append(before[lab])
        elif region is not None:
            final.append(in_region)
        else:
            f = feats[i]
            lab = Label.NAV if f.chars <= 8 and not f.punct else Label.RELATED if title_like(f) else Label.FOOTER
            final.append(after[lab])
    return final, values
