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

WALL_RULES = frozenset({"marker.related_heading", "marker.comments_heading"})
_MARKER_COST = {Label.IMAGE: -0.5, Label.META: -1.0, Label.SOURCE: -1.0, Label.TITLE: -1.5}


def value(f: Features, first: Optional[Decision], config: Config) -> float:
    """How much a line looks like article prose (positive) or page furniture (negative)."""
    if first is not None:
        return _MARKER_COST.get(first.label, -2.0)
    n = f.chars
    if f.wide_ratio < 0.3:  # Latin-script line: prose only when long and sentence-like
        return 0.5 if n >= 80 and f.end_punct and f.punct >= 1 else -0.5
    if n >= config.min_prose_chars and f.punct >= 1:
        return min(n, 400) / 20 + (0.5 if f.end_punct else 0.0)
    if n >= 40:
        return 0.3
    if n <= config.short_line_chars:
        return -0.8
    return -0.2


def best_run(values: Sequence[float], walls: Sequence[bool]) -> tuple[int, int, float]:
    """Maximum-sum run ``[start, end]`` that contains no wall (Kadane); (-1, -1, 0) if none > 0."""
    best = (-1, -1, 0.0)
    start, acc = 0, 0.0
    for i, (v, wall) in enumerate(zip(values, walls)):
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


def finalize(first: list[Optional[Decision]], feats: Sequence[Features], config: Config
             ) -> tuple[list[Decision], list[float]]:
    """Final decision for every line, and the values the run was chosen on."""
    values = [value(f, d, config) for f, d in zip(feats, first)]
    walls = [d is not None and d.rule in WALL_RULES for d in first]
    s, e, total = best_run(values, walls)
    if s >= 0:
        h = headline(first, feats, s)
        if h is not None:
            first[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
    final: list[Decision] = []
    region: Optional[Decision] = None
    for i, d in enumerate(first):
        if d is not None and d.rule in WALL_RULES:
            region = d
        if d is not None and d.rule == "context.repeated" and region is not None and i > e:
            d = Decision(region.label, d.rule, d.reason + f" under '{region.reason[15:-1]}'")
        if s <= i <= e:
            final.append(d or Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
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
