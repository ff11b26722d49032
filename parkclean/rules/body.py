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
from .context import title_like

WALL_RULES = frozenset({"marker.related_heading", "marker.comments_heading", "marker.notice_heading"})
_MARKER_COST = {Label.IMAGE: -0.5, Label.META: -1.0, Label.SOURCE: -1.0, Label.TITLE: -1.5, Label.NAV: -1.5,
                Label.RELATED: -1.5, Label.BOILERPLATE: -0.5}
_DEFAULT_MARKER_COST = -1.0
_LIST_RUN = 4          # this many non-prose lines in a row read as a list …
_LIST_FACTOR = 2.0     # … and each costs this much more
_ANCHOR_WINDOW = 12    # a run starting this close after the headline is the article's …
_ANCHOR_REACH = 60     # (looking this far after the headline, up to the next related heading)
_ANCHOR_SHARE = 0.3    # … unless another run is more than 1/0.3 times larger


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
        if f.stops >= 1:  # a full stop: sentences, not link text
            return min(n, 400) / 20 + 0.5
        if f.end_punct and f.punct >= 1 and n >= 16:  # one sentence ending in ！？” …
            return n / 40
        if n >= 60 and f.punct >= 2:  # a long run-on sentence
            return n / 30
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


def _tail(first: Sequence[Optional[Decision]], feats: Sequence[Features], values: Sequence[float],
          s: int, e: int) -> int:
    """An article laid out in short lines (WeChat style) often ends with a few of them, which the
    run cannot reach (they score below zero). Take them when the run itself has such lines and
    they go on, unlabelled, to the end of the page or to a marker line."""
    short_inside = sum(1 for i in range(s, e + 1) if first[i] is None and values[i] <= 0)
    if short_inside < 4:
        return e
    j = e + 1
    while j < len(first) and j - e <= _TAIL_MAX and first[j] is None and feats[j].wide_ratio >= 0.5 \
            and feats[j].chars <= 60:
        j += 1
    if j > e + 1 and (j == len(first) or first[j] is not None):
        return j - 1
    return e


def headline(first: list[Optional[Decision]], feats: Sequence[Features], start: int) -> Optional[int]:
    """The headline: the last headline-shaped unlabelled line shortly before the article."""
    skip = {Label.META, Label.SOURCE, Label.IMAGE, Label.SHARE, Label.TOOLS, Label.AD}
    for i in range(start - 1, max(-1, start - 7), -1):
        d = first[i]
        if d is not None:
            if d.label is Label.TITLE:
                return None
            if d.label in skip:
                continue
            return None
        if title_like(feats[i]) or (4 <= feats[i].chars <= 80 and not feats[i].end_punct):
            return i
        return None
    return None


def finalize(first: list[Optional[Decision]], feats: Sequence[Features], config: Config,
             keys: Sequence[str] = ()) -> tuple[list[Decision], list[float]]:
    """Final decision for every line, and the values the run was chosen on."""
    keys = keys or [""] * len(feats)
    values = [value(f, d, config, k) for f, d, k in zip(feats, first, keys)]
    listiness(values, first)
    walls = [d is not None and d.rule in WALL_RULES for d in first]
    anchor = _title_anchor(first)
    s, e, total = _choose(values, walls, anchor)
    if s >= 0 and _adapt(values, first, feats, s, e):
        s, e, total = _choose(values, walls, anchor)
    tail = _tail(first, feats, values, s, e) if s >= 0 else e
    if s >= 0:
        h = headline(first, feats, s)
        if h is not None:
            first[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
    final: list[Decision] = []
    region: Optional[Decision] = None
    for i, d in enumerate(first):
        if d is not None and d.rule in WALL_RULES and i > e:
            region = d
        if d is not None and d.rule == "context.repeated" and region is not None and i > e:
            d = Decision(region.label, d.rule, d.reason + f" under '{region.reason[15:-1]}'")
        if s <= i <= e:
            final.append(d or Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
        elif e < i <= tail:
            final.append(Decision(Label.BODY, "body.tail", "short lines closing an article laid out in short lines"))
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
            lab = Label.RELATED if title_like(feats[i]) else Label.FOOTER
            final.append(Decision(lab, "position.after", "after the article's run of prose"))
    return final, values
