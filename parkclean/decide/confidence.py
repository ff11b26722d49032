"""How sure the decision is, and what kind of page it read.

The signals of a page's decision: how large its run is, how large the best run outside it is (two
articles of a like size: which one is it?), how much of the page's prose it holds, whether a
headline anchors it and a header stands above it. The document's confidence is a logistic model
of these signals, fitted on the corpus's leave-site-out decisions (``fit.py``: the probability
that the body comes out with F1 of 0.8 or more); a line's probability is the document's,
lowered where the line's own value argues against the decision.

The page kind: ``article``; ``thread`` (a forum or a comment stream holds most of the page);
``list`` (an index of other pages: many dated or linked items, little prose; or the entries
under a table of contents' heading, without a sentence); ``other`` (no run).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Optional, Sequence

from ..evidence.base import Evidence
from ..evidence.collect import PageEvidence
from ..features import Features, is_prose
from ..model import Label
from .params import Params
from .runs import Run, behind_wall, best_run

NAMES = ("log_run", "runner_up", "prose_share", "anchored", "under_header", "phrases", "walls_after", "list_items",
         "sentences", "behind_wall")


@dataclass(frozen=True)
class Signals:
    """What the confidence reads of a page's decision (see the module doc)."""

    log_run: float       # log(1 + the run's value)
    runner_up: float     # the best run outside the article against the article's (0: none, 1: as large)
    prose_share: float   # the share of the page's positive value inside the run
    anchored: float      # 1 when the run starts within the window after the headline
    under_header: float  # 1 when a byline, source or headline stands right above the run
    phrases: float       # 1 when the run is the phrases of a page without prose
    walls_after: float   # region headings after the run (comments, related), up to 3
    list_items: float    # share of the page's lines that are dated or related items
    sentences: float     # sentences (prose lines) in the run, up to 3, over 3: a run of names has none
    behind_wall: float   # 1 when a region heading (comments, related) stands between the headline and the run

    def vector(self) -> list[float]:
        return [getattr(self, n) for n in NAMES]

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def _items(decided: Sequence[Optional[Evidence]]) -> float:
    """The share of the page's lines its evidence decides are dated or related items."""
    return sum(1 for d in decided if d is not None and d.label is Label.RELATED) / max(1, len(decided))


def signals(vals: Sequence[float], walls: Sequence[bool], anchor: Optional[int], run: Run, worth: float,
            phrases: bool, decided: Sequence[Optional[Evidence]], feats: Sequence[Features], p: Params) -> Signals:
    """The signals of a decision; ``decided``: the evidence that decided each line (None: its prose)."""
    s, e, total = run
    n = len(vals)
    positive = sum(v for v in vals if v > 0) or 1.0
    if s < 0:
        items = _items(decided)
        return Signals(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, items, 0.0, 0.0)
    inside = sum(v for v in vals[s:e + 1] if v > 0)
    masked = [v if not s <= i <= e else -1.0 for i, v in enumerate(vals)]
    other = best_run(masked, walls)[2]
    from .extend import under_header  # (extend imports the engine's neighbours; no cycle at import time)
    items = _items(decided)
    return Signals(
        log_run=math.log1p(max(0.0, worth)),
        runner_up=min(1.0, other / total) if total > 0 else 0.0,
        prose_share=min(1.0, inside / positive),
        anchored=1.0 if anchor is not None and anchor < s <= anchor + p.anchor_window else 0.0,
        under_header=1.0 if under_header(decided, feats, s) else 0.0,
        phrases=1.0 if phrases else 0.0,
        walls_after=float(min(3, sum(1 for i in range(e + 1, n) if walls[i]))),
        list_items=items,
        sentences=min(3, sum(1 for f in feats[s:e + 1] if is_prose(f))) / 3.0,
        behind_wall=1.0 if behind_wall(s, e, walls, anchor) else 0.0)


def confidence(sig: Signals, p: Params) -> float:
    """The document's confidence: the fitted logistic model of its signals (0.5 before any fit)."""
    w = p.confidence
    if not w:
        return 0.5
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in zip(NAMES, sig.vector()))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def line_probability(doc: float, kept: bool, value: float) -> float:
    """A line's probability of being the article's: the document's confidence for a line that
    agrees with its own value (a kept line of prose, a removed line of furniture), less where its
    value argues the other way (a kept menu line, a removed sentence)."""
    agree = (value > 0) == kept
    sure = doc if agree else doc * (1.0 / (1.0 + abs(value)))
    return sure if kept else 1.0 - sure


KINDS = ("article", "list", "thread", "other")


_THREAD_SHARE = 0.5  # a thread: the first post holds less than this share of the page's prose


def page_kind(sig: Signals, pe: PageEvidence, run: tuple[int, int], decided: Sequence[Optional[Evidence]]) -> str:
    """``article``, ``list``, ``thread`` or ``other`` (see the module doc); ``decided`` as for :func:`signals`."""
    s, e = run
    if s < 0:
        return "list" if sig.list_items >= 0.2 else "other"
    stamps = sum(1 for h in pe.hits[e + 1:] if "shape.stamp_end" in h)
    if stamps >= 3 and sig.prose_share < _THREAD_SHARE and any(d is not None and d.label is Label.COMMENTS for d in decided):
        return "thread"  # (an article whose comments hold less prose than it is an article)
    if sig.list_items >= 0.3 and sig.prose_share < 0.5:
        return "list"
    if s > 0 and any(x.kind == "opens" for x in pe.lines[s - 1]) and not sig.sentences:
        return "list"  # the entries of a table of contents
    return "article"
