"""Which rows of a page are the gold body: per-row gold labels read off an annotation's body text.

The gold of a page is its body text, not a label per line. Training the decision and reading
where a page goes wrong both need the rows: a row is body when its text (squashed: NFKC, no
white space, Simplified) stands in the gold body at the place the rows before it reached, or
nearly so (a few characters changed by normalization). The search moves forward only, so a
headline or a sidebar teaser that repeats a sentence of the article far from it stays out.

>>> in_gold(["首页", "园区建设提速。", "版权所有"], "园区建设提速。")
[False, True, False]
"""
from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher
from typing import Sequence

from . import metrics

_SLACK = 40        # characters a row may start before the gold already reached (a repeated clause) …
_REACH = 400       # … or after it (gold lines the dump lacks, or rows it split differently); a short
                   # row must stand closer: a word of a menu is found anywhere in a long text
_FUZZY = 0.75      # similarity (difflib ratio) of a row that differs a little from the gold there
_SHORT = 4         # rows this short must be found exactly


def squash(text: str) -> str:
    """The text as the metrics compare it, in Simplified."""
    return metrics.norm(metrics.t2s(text))


_NEAR = 3           # rows before the first aligned row or after the last that may still be near copies
_OCCURRENCES = 8    # places of the gold where a row is looked for (a short row occurs often)


def in_gold(rows: Sequence[str], gold: str) -> list[bool]:
    """For each row, whether it is part of the gold body (see the module doc).

    First the rows found exactly in the gold are aligned: of their places, the chain (in row
    order, each place after the last) that covers the most gold characters, a short row close to
    the row before it. Then a row that differs a little is looked for between the aligned rows
    around it, so a headline that paraphrases the first sentence does not take its place.
    """
    g = squash(gold)
    sq = [squash(r) for r in rows]
    spans = _exact_chain(sq, g)
    longs = [sp if sp is not None and len(row) > 2 * _SHORT else None for sp, row in zip(spans, sq)]
    aligned = [k for k, sp in enumerate(spans) if sp is not None]
    first, last = (aligned[0] - _NEAR, aligned[-1] + _NEAR) if aligned else (0, len(sq))
    for k, s in enumerate(sq):
        if spans[k] is not None or len(s) <= _SHORT or not first <= k <= last:
            continue
        # between the long rows aligned around it (short ones there may be a word that also
        # stands in the text: an infobox value, a menu item)
        lo = max((sp[1] for sp in longs[:k] if sp is not None), default=0)
        hi = min((sp[0] for sp in longs[k + 1:] if sp is not None), default=len(g))
        lo = max(0, lo - _SLACK)
        if hi - lo < len(s) // 2:
            continue
        window = g[lo:min(hi, lo + _REACH + 2 * len(s))]
        at = _near_copy(s, window)
        if at is not None:
            new = (lo + max(0, at - len(s)), lo + at)
            spans[k] = new
            for j, sp in enumerate(spans):  # short rows out of order with it are not the text's
                if sp is not None and longs[j] is None and j != k \
                        and ((j < k and sp[1] > new[0]) or (j > k and sp[0] < new[1])):
                    spans[j] = None
    return [sp is not None for sp in spans]


def _places(s: str, g: str) -> list[int]:
    out: list[int] = []
    pos = g.find(s)
    while pos >= 0 and len(out) < _OCCURRENCES:
        out.append(pos)
        pos = g.find(s, pos + 1)
    return out


_SKIP = 2.0  # a row the chain skips costs this many characters: a late copy of a sentence stays out


def _exact_chain(sq: Sequence[str], g: str) -> list[tuple[int, int] | None]:
    """The heaviest chain of exact places: each row weighs its length, each row skipped between
    two rows of the chain costs :data:`_SKIP` (so a copy of the last sentence far below the
    article, in a print view or a teaser, does not join it)."""
    # a chain's key: its weight + _SKIP * its last row (the skip cost of extending it is then linear)
    best_end: dict[int, tuple[float, int]] = {}  # end of a chain's last place -> (key, candidate)
    cands: list[tuple[int, int, int, int, float]] = []  # (row, start, end, previous candidate or -1, weight)
    ends_sorted: list[int] = []
    prefix: list[tuple[float, int]] = []
    dirty = True
    for k, s in enumerate(sq):
        if not s:
            continue
        found = []
        for pos in _places(s, g):
            if len(s) <= 2 * _SHORT:  # a short row: close after the chain it extends
                reach = 8 * len(s) + 8
                pred = max((v for e, v in best_end.items() if pos - reach <= e <= pos), default=None)
                if pred is None and pos > reach:
                    continue
            else:
                if dirty:
                    ends_sorted = sorted(best_end)
                    prefix, run = [], (float("-inf"), -1)
                    for e in ends_sorted:
                        run = max(run, best_end[e])
                        prefix.append(run)
                    dirty = False
                i = bisect_right(ends_sorted, pos) - 1
                pred = prefix[i] if i >= 0 else None
            w = len(s) + (max(0.0, pred[0] - _SKIP * (k - 1)) if pred else 0.0)
            prev = pred[1] if pred and pred[0] - _SKIP * (k - 1) > 0 else -1
            found.append((w, pos, prev))
        for w, pos, prev in found:
            cands.append((k, pos, pos + len(s), prev, w))
            end = pos + len(s)
            key = w + _SKIP * k
            if key > best_end.get(end, (float("-inf"), -1))[0]:
                best_end[end] = (key, len(cands) - 1)
                dirty = True
    spans: list[tuple[int, int] | None] = [None] * len(sq)
    if not cands:
        return spans
    c = max(range(len(cands)), key=lambda j: cands[j][4])
    while c >= 0:
        k, a, b, c, _ = cands[c]
        spans[k] = (a, b)
    return spans


def _near_copy(s: str, window: str) -> int | None:
    """Where a near copy of ``s`` ends in ``window`` (a few characters changed, added or lost by
    normalization): the longest common block covers half of ``s`` and the text around it matches
    ``s`` for the most part. None when there is none."""
    m = SequenceMatcher(None, s, window, autojunk=False).find_longest_match(0, len(s), 0, len(window))
    if m.size * 2 < len(s):
        return None
    start = max(0, m.b - m.a)
    seg = window[start:start + len(s) + 4]
    if SequenceMatcher(None, s, seg, autojunk=False).ratio() < _FUZZY:
        return None
    return start + len(s)


HEAD, BODY, JUNK, TAIL = "head", "body", "junk", "tail"


def states(body: Sequence[bool]) -> list[str]:
    """Rows as the decision's states: before the first body row (head), body, removed between
    body rows (junk), after the last body row (tail).

    >>> states([False, True, False, True, False])
    ['head', 'body', 'junk', 'body', 'tail']
    """
    idx = [i for i, b in enumerate(body) if b]
    if not idx:
        return [HEAD] * len(body)
    s, e = idx[0], idx[-1]
    return [HEAD if i < s else TAIL if i > e else BODY if b else JUNK for i, b in enumerate(body)]
