"""The structural rule: find the article as the densest run of prose, then label every line.

Each line gets a value: positive for prose (long, punctuated), negative for menu items, markers
and the like. The article is the maximum-sum run of consecutive lines (Kadane), and the run may
not cross a wall: a related-articles or comments heading ends the article. Lines inside the run
are body unless a marker rule labelled them (a contact block between paragraphs stays removed);
lines outside take their marker label, or a label from their position.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..config import Config
from ..features import Features
from ..model import Decision, Label
from .context import headline_start, title_like

WALL_RULES = frozenset({"marker.related_heading", "marker.comments_heading", "marker.notice_heading"})
# Inline furniture (ad slots, contact boxes, pictures) often sits between paragraphs: it costs
# little, so the article run bridges it (the lines keep their own labels and are removed).
_MARKER_COST = {Label.IMAGE: -0.3, Label.AD: -0.3, Label.CONTACT: -0.5, Label.SHARE: -0.5, Label.META: -1.0,
                Label.SOURCE: -1.0, Label.TITLE: -1.5, Label.NAV: -1.5, Label.RELATED: -1.5, Label.BOILERPLATE: -0.5}
_DEFAULT_MARKER_COST = -1.0
_LIST_RUN = 4          # this many non-prose lines in a row read as a list …
_LIST_FACTOR = 2.0     # … and each costs this much more
_ANCHOR_WINDOW = 12    # a run starting this close after the headline is the article's …
_ANCHOR_REACH = 60     # (looking this far after the headline, up to the next related heading)
_ANCHOR_SHARE = 0.3    # … unless another run is more than 1/0.3 times larger


_LEAD_IN = ("：", ":")
# lines that continue a text: attachments and notes of notices and tables
_CONTINUATION = ("附件：", "附件:", "注：", "注:", "备注：", "备注:", "说明：", "说明:")
_BULLETS = ("‧", "•", "·", "●", "○", "▪", "■", "►", "▶", "◆", "◇", "★", "☆", "»", "-", "*", ">")


def bullet_led(f: Features, key: str) -> bool:
    """A short line opened by a bullet, or split by '--': an item of a list of links."""
    return key.startswith(_BULLETS) or "--" in key


def value(f: Features, first: Optional[Decision], config: Config, key: str = "") -> float:
    """How much a line looks like article prose (positive) or page furniture (negative)."""
    if first is not None:
        return _MARKER_COST.get(first.label, _DEFAULT_MARKER_COST)
    n = f.chars
    if f.wide_ratio < 0.3:  # Latin-script line: prose only when long and sentence-like
        return 0.5 if n >= 80 and f.end_punct and f.punct >= 1 else -0.5
    if n <= 40 and first is None and bullet_led(f, key):
        return -0.5
    if n >= config.min_prose_chars:
        if f.stops == 0 and key.endswith(_LEAD_IN) and f.punct >= 2:  # 具体情况如下：
            return n / 30
        if f.stops >= 1:  # a full stop: sentences, not link text
            return min(n, 400) / 20 + 0.5
        if f.end_punct and f.punct >= 1 and n >= 16:  # one sentence ending in ！？” …
            return n / 40
        if n >= 60 and f.punct >= 2:  # a long run-on sentence
            return n / 30
        if key.startswith(_CONTINUATION):  # 附件：… 注：… close a notice or a table
            return 0.3
        if n >= 16 and f.cjk_spaces >= 1 and f.separators == 0 and f.wide_ratio >= 0.8:
            return max(0.2, n / 60)  # phrases split by spaces instead of commas (blog verse style)
        if f.ellipsis_end:  # a cut link text
            return -0.5
        return -0.1 if f.punct >= 1 else -0.3
    if n <= config.short_line_chars:
        return -0.8
    return -0.2


def listiness(values: list[float], first: Sequence[Optional[Decision]]) -> None:
    """Runs of many non-prose lines in a row are lists (menus, headline lists): cost them more."""
    i, n = 0, len(values)
    while i < n:
        j = i
        while j < n and values[j] <= 0 and first[j] is None:
            j += 1
        if j - i >= _LIST_RUN:
            for k in range(i, j):
                values[k] *= _LIST_FACTOR
        i = j + 1


_LIST_AFTER_LEAD_IN = 40
_LIST_ITEM_VALUE = 0.2


def _lead_in_lists(values: list[float], keys: Sequence[str], feats: Sequence[Features],
                   first: Sequence[Optional[Decision]]) -> None:
    """A sentence ending in a colon (具体完成情况如下：) introduces a table or list: its short
    lines, up to the next full sentence, are part of the text, not a menu."""
    for i, (k, f) in enumerate(zip(keys, feats)):
        if not (k.endswith(_LEAD_IN) and f.punct >= 2 and f.chars >= 10 and first[i] is None):
            continue
        for j in range(i + 1, min(len(values), i + 1 + _LIST_AFTER_LEAD_IN)):
            if first[j] is not None or feats[j].stops or feats[j].chars > 40:
                break
            values[j] = max(values[j], _LIST_ITEM_VALUE)


def best_run(values: Sequence[float], walls: Sequence[bool], lo: int = 0, hi: int | None = None
             ) -> tuple[int, int, float]:
    """Maximum-sum run ``[start, end]`` within ``[lo, hi)`` containing no wall (Kadane);
    ``(-1, -1, 0)`` when no run sums above zero."""
    best = (-1, -1, 0.0)
    start, acc = lo, 0.0
    for i in range(lo, len(values) if hi is None else hi):
        v, wall = values[i], walls[i]
        if wall:
            start, acc = i + 1, 0.0
            continue
        if acc <= 0:
            start, acc = i, v
        else:
            acc += v
        if acc > best[2]:
            best = (start, i, acc)
    return best


_AFTER_WALL = 0.1   # a run behind a related/comments heading (after the headline) counts this much
_BEFORE_ANCHOR = 0.5


_SUBSTANTIAL = 3.0  # a run this large before a wall makes runs behind the wall unlikely


def _weighted_best(values: Sequence[float], walls: Sequence[bool], anchor: Optional[int]
                   ) -> tuple[tuple[int, int, float], float]:
    """Best run per wall-free segment, weighted by where the segment lies: the article follows its
    headline and comes before the first related/comments heading after it. Without a headline,
    a run behind a wall counts less when a substantial run came before that wall.
    Returns the run and its weighted score."""
    bounds = [i for i, w in enumerate(walls) if w]
    edges = [-1] + bounds + [len(values)]
    runs = [r for lo, hi in zip(edges, edges[1:]) if (r := best_run(values, walls, lo + 1, hi))[0] >= 0]
    best = (-1, -1, 0.0)
    best_w = 0.0
    for k, run in enumerate(runs):
        if anchor is not None:
            if run[1] < anchor:
                w = _BEFORE_ANCHOR
            elif any(anchor < b < run[0] for b in bounds):
                w = _AFTER_WALL
            else:
                w = 1.0
        else:
            w = _AFTER_WALL if any(r[2] >= _SUBSTANTIAL for r in runs[:k]) else 1.0
        if run[2] * w > best_w:
            best, best_w = run, run[2] * w
    return best, best_w


_STYLE_SHARE = 0.3   # an article whose run is this much short unpunctuated lines …
_STYLE_VALUE = 0.15  # … lends such lines elsewhere on the page this small positive value


def _plain(f: Features, d: Optional[Decision]) -> bool:
    """A line without a marker and without a full stop: a subheading, a verse line, a data line."""
    return d is None and f.stops == 0 and 4 <= f.chars <= 60 and f.wide_ratio >= 0.5


def _adapt(values: list[float], first: Sequence[Optional[Decision]], feats: Sequence[Features], s: int, e: int
           ) -> bool:
    """Some articles are written in short lines (verse-like blog posts, price lists). When the run
    found first is made largely of such lines, they are the article's style, not a list: give them
    a small positive value everywhere and let the run be found again."""
    plain = [i for i in range(s, e + 1) if _plain(feats[i], first[i])]
    if len(plain) < 6 or len(plain) < _STYLE_SHARE * (e - s + 1):
        return False
    for i, (f, d) in enumerate(zip(feats, first)):
        if values[i] <= 0 and _plain(f, d) and f.chars >= 8:
            values[i] = _STYLE_VALUE
    return True


def _choose(values: Sequence[float], walls: Sequence[bool], anchor: Optional[int]) -> tuple[int, int, float]:
    """The article's run: the best weighted run, unless a run right after the headline is a fair
    share of it (then the headline decides)."""
    (s, e, total), weighted = _weighted_best(values, walls, anchor)
    if anchor is not None and not (anchor < s <= anchor + _ANCHOR_WINDOW and not any(walls[anchor + 1:s])):
        nxt = next((i for i in range(anchor + 1, len(walls)) if walls[i]), len(walls))
        a = best_run(values, walls, anchor + 1, min(nxt, anchor + 1 + _ANCHOR_REACH))
        if a[0] >= 0:  # grow the anchored start into a full run
            a = _grow(values, walls, a[0])
            if a[2] >= _ANCHOR_SHARE * weighted:
                return a
    return s, e, total


def _title_anchor(first: Sequence[Optional[Decision]]) -> Optional[int]:
    """Index of the headline found by the title rules (not the page-title line itself)."""
    for i, d in enumerate(first):
        if i > 0 and d is not None and d.label is Label.TITLE and d.rule.startswith("title."):
            return i
    return None


def _grow(values: Sequence[float], walls: Sequence[bool], start: int) -> tuple[int, int, float]:
    """The best run that begins at ``start``: extend while the running sum peaks."""
    acc, best_end, best = 0.0, start, float("-inf")
    for i in range(start, len(values)):
        if walls[i]:
            break
        acc += values[i]
        if acc > best:
            best, best_end = acc, i
    return start, best_end, best


_TAIL_MAX = 10
_HEAD_MAX = 10
_HEADER_LABELS = (Label.TITLE, Label.META, Label.SOURCE, Label.SHARE, Label.BREADCRUMB, Label.TOOLS, Label.IMAGE)
_BOX_ITEMS = 6


def _short_plain(f: Features, d: Optional[Decision]) -> bool:
    """An unlabelled short line of CJK text (digits allowed: 2023年) without a full stop."""
    return d is None and 2 <= f.chars <= 60 and f.stops == 0 and (f.wide + f.digits) >= 0.5 * f.chars


def _head(first: Sequence[Optional[Decision]], feats: Sequence[Features], s: int) -> Optional[int]:
    """Short lines between the article's header (headline, byline, source) and its first
    paragraph belong to it: WeChat-style openings, a salutation. Returns the new start, or None."""
    j = s - 1
    while j >= 0 and s - j <= _HEAD_MAX and _short_plain(feats[j], first[j]):
        j -= 1
    if j < s - 1 and j >= 0 and first[j] is not None and first[j].label in _HEADER_LABELS:
        return j + 1
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
    if w >= len(first) or first[w] is None or first[w].rule != "marker.related_heading":
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
        if d is not None:
            if d.label is Label.TITLE:
                return None
            if d.label in skip:
                continue
            return None
        f = feats[i]
        if keys[i].endswith(_LEAD_IN) and f.chars <= 30:  # a salutation (各有关单位：) opens the text
            continue
        if (title_like(f) or (4 <= f.chars <= 80 and not f.end_punct)) and f.wide_ratio >= 0.5 \
                and headline_start(keys[i]):
            return i
        return None
    return None


def finalize(first: list[Optional[Decision]], feats: Sequence[Features], config: Config,
             keys: Sequence[str] = ()) -> tuple[list[Decision], list[float]]:
    """Final decision for every line, and the values the run was chosen on."""
    keys = keys or [""] * len(feats)
    values = [value(f, d, config, k) for f, d, k in zip(feats, first, keys)]
    listiness(values, first)
    _lead_in_lists(values, keys, feats, first)
    walls = [d is not None and d.rule in WALL_RULES for d in first]
    anchor = _title_anchor(first)
    s, e, total = _choose(values, walls, anchor)
    if s >= 0 and _adapt(values, first, feats, s, e):
        s, e, total = _choose(values, walls, anchor)
    head = tail = resume = None
    if s >= 0:
        h = headline(first, feats, s, keys)
        if h is not None:
            first[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
        head = _head(first, feats, s)
        tail = _tail(first, feats, values, s, e, long_head=head is not None and s - head >= 3)
        resume = _resume(first, feats, keys, tail if tail is not None else e)
    final: list[Decision] = []
    region: Optional[Decision] = None
    for i, d in enumerate(first):
        if d is not None and d.rule in WALL_RULES and i > e:
            region = d
        if d is not None and d.rule == "context.repeated" and region is not None and i > e:
            d = Decision(region.label, d.rule, d.reason + f" under '{region.reason[15:-1]}'")
        if s <= i <= e:
            final.append(d or Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
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
            final.append(Decision(lab, "position.before", "before the article's run of prose"))
        elif region is not None:
            final.append(Decision(region.label, "position.region", f"in the region under '{region.reason[15:-1]}'"))
        else:
            f = feats[i]
            lab = Label.NAV if f.chars <= 8 and not f.punct else Label.RELATED if title_like(f) else Label.FOOTER
            final.append(Decision(lab, "position.after", "after the article's run of prose"))
    return final, values
