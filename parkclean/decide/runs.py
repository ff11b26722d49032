"""Choosing the article's run of lines: maximum-sum runs, walls, the headline anchor, style
adaptation. Works on the values of ``values.py``; ``engine.py`` extends and labels the result."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Collection, Optional, Sequence

from ..evidence.base import Evidence
from ..features import Features
from .params import Params
from .values import bullet_led

Run = tuple[int, int, float]  # first line, last line, sum of values


def best_run(values: Sequence[float], walls: Sequence[bool], lo: int = 0, hi: Optional[int] = None) -> Run:
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


def _behind(s: int, e: int, bounds: Sequence[int], anchor: int) -> bool:
    """Whether the run ``[s, e]`` lies behind a region heading (``bounds``: the walls' lines, sorted):
    a wall between the headline ``anchor`` and the run, or, before the headline, any wall above it
    (a sidebar's teasers under a related heading)."""
    if e < anchor:
        return bisect_left(bounds, s) > 0
    return bisect_right(bounds, anchor) < bisect_left(bounds, s)


def _anchored_weight(s: int, e: int, bounds: Sequence[int], anchor: int, p: Params) -> float:
    """How much a run ``[s, e]`` counts on a page whose headline is line ``anchor`` (``bounds``:
    the walls' lines, sorted)."""
    if _behind(s, e, bounds, anchor):
        return p.after_wall
    return p.before_anchor if e < anchor else 1.0


def behind_wall(s: int, e: int, walls: Sequence[bool], anchor: Optional[int]) -> bool:
    """Whether the run ``[s, e]`` lies behind a region heading of a page with a headline (a comment
    stream, a related list: the best run of a page whose article is missing)."""
    return anchor is not None and _behind(s, e, [i for i, w in enumerate(walls) if w], anchor)


def run_weight(s: int, e: int, walls: Sequence[bool], anchor: Optional[int], p: Params) -> float:
    """The weight :func:`choose` gave the run ``[s, e]`` when a headline anchors the page (1.0
    without one)."""
    if anchor is None:
        return 1.0
    return _anchored_weight(s, e, [i for i, w in enumerate(walls) if w], anchor, p)


def _weighted_best(values: Sequence[float], walls: Sequence[bool], anchor: Optional[int], p: Params,
                   feats: Optional[Sequence[Features]] = None) -> tuple[Run, float]:
    """Best run per wall-free segment, weighted by where the segment lies: the article follows its
    headline and comes before the first related/comments heading after it: behind such a heading
    a run counts ``after_wall`` of its sum, and nothing once a substantial run came before the
    heading (a comment stream however long is not the article above it). Without a headline, a
    run behind a wall counts less when a substantial run came before that wall, or any run of prose
    did and the run behind the wall has no full stop (read off ``feats`` when given), as a list of
    question headlines has none. Returns the run and its weighted score."""
    bounds = [i for i, w in enumerate(walls) if w]
    edges = [-1] + bounds + [len(values)]
    runs = [r for lo, hi in zip(edges, edges[1:]) if (r := best_run(values, walls, lo + 1, hi))[0] >= 0]
    best: Run = (-1, -1, 0.0)
    best_w = 0.0
    substantial_before = some_before = False
    for run in runs:
        if anchor is not None:
            w = _anchored_weight(run[0], run[1], bounds, anchor, p)
            if w == p.after_wall and substantial_before:
                w = 0.0
            substantial_before = substantial_before or (w == 1.0 and run[2] >= p.substantial)
        else:
            headlines = some_before and feats is not None and not any(feats[i].stops for i in range(run[0], run[1] + 1))
            w = p.after_wall if substantial_before or headlines else 1.0
            substantial_before = substantial_before or run[2] >= p.substantial
            some_before = some_before or run[2] >= p.some_prose
        if run[2] * w > best_w:
            best, best_w = run, run[2] * w
    return best, best_w


_EXCLAIM = re.compile("[！？!?]")
_PROSE_VALUE = 1.0   # a line worth this much is a paragraph of prose


def _plain(f: Features, d: Optional[Evidence], key: str) -> bool:
    """A line without evidence and without a full stop: a subheading, a verse line, a data line
    (not a link: no bullet, no cut-off end, no exclamation or question inside as headlines have)."""
    return (d is None and f.stops == 0 and 4 <= f.chars <= 60 and f.wide_ratio >= 0.5 and not f.ellipsis_end
            and not bullet_led(key) and not _EXCLAIM.search(key, 0, len(key) - 1))


def adapt(values: list[float], decided: Sequence[Optional[Evidence]], feats: Sequence[Features], keys: Sequence[str],
          run: Run, p: Params, table: Collection[int] = ()) -> bool:
    """Some articles are written in short lines (verse-like blog posts, price lists). When the run
    found first is made largely of such lines, they are the article's style, not a list: give them
    a small positive value everywhere and let the run be found again. The cells of a table under
    a lead-in sentence (``table``) are the table's, not a style."""
    s, e, _ = run
    plain = [i for i in range(s, e + 1) if i not in table and _plain(feats[i], decided[i], keys[i])]
    if len(plain) < p.style_lines or len(plain) < p.style_share * (e - s + 1):
        return False

    def opens_paragraph(i: int) -> bool:
        return i + 1 < len(values) and values[i + 1] >= _PROSE_VALUE

    # subheadings (each short line opens the paragraph after it) or verse (short lines in a row):
    # with subheadings, a short line followed by another short line is a list item, not the style
    subheadings = sum(map(opens_paragraph, plain)) >= p.subhead_share * len(plain)
    for i, (f, d) in enumerate(zip(feats, decided)):
        if values[i] <= 0 and _plain(f, d, keys[i]) and f.chars >= p.style_chars:
            if subheadings and not opens_paragraph(i):
                continue
            values[i] = p.style_value
    return True


def choose(values: Sequence[float], walls: Sequence[bool], anchor: Optional[int], p: Params,
           feats: Optional[Sequence[Features]] = None) -> Run:
    """The article's run: the best weighted run, unless a run right after the headline is a fair
    share of it (then the headline decides)."""
    (s, e, total), weighted = _weighted_best(values, walls, anchor, p, feats)
    if anchor is not None and not (anchor < s <= anchor + p.anchor_window and not any(walls[anchor + 1:s])):
        nxt = next((i for i in range(anchor + 1, len(walls)) if walls[i]), len(walls))
        a = best_run(values, walls, anchor + 1, min(nxt, anchor + 1 + p.anchor_reach))
        if a[0] >= 0:  # grow the anchored start into a full run
            a = _grow(values, walls, a[0])
            if a[2] >= p.anchor_share * weighted:
                return a
    return s, e, total


def _grow(values: Sequence[float], walls: Sequence[bool], start: int) -> Run:
    """The best run that begins at ``start``: extend while the running sum peaks."""
    acc, best_end, best = 0.0, start, float("-inf")
    for i in range(start, len(values)):
        if walls[i]:
            break
        acc += values[i]
        if acc > best:
            best, best_end = acc, i
    return start, best_end, best
