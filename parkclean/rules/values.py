"""Line values: how much each line looks like article prose (positive) or page furniture.

The article run (``rules/runs.py``) is chosen on these numbers; ``--explain`` shows them.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..config import Config
from ..features import Features
from ..model import Decision, Label

_MARKER_COST = {Label.IMAGE: -0.3, Label.AD: -0.3, Label.CONTACT: -0.5, Label.SHARE: -0.5, Label.META: -1.0,
                Label.SOURCE: -1.0, Label.TITLE: -1.5, Label.NAV: -1.5, Label.RELATED: -1.5, Label.BOILERPLATE: -0.5}
_DEFAULT_MARKER_COST = -1.0
_LIST_RUN = 4          # this many non-prose lines in a row read as a list …
_LIST_FACTOR = 2.0     # … and each costs this much more
_VERSE_PHRASES = 5     # spaces between phrases a verse-style line has at most (北京 天津 河北 … is a list)
_PHRASE_VALUE = 0.3    # a phrase, on a page with no prose at all


LEAD_IN = ("：", ":")
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
        if f.stops == 0 and key.endswith(LEAD_IN) and f.punct >= 2:  # 具体情况如下：
            return n / 30
        if f.stops >= 1:  # a full stop: sentences, not link text
            return min(n, 400) / 20 + 0.5
        if f.end_punct and f.punct >= 1 and n >= 16:  # one sentence ending in ！？” …
            return n / 40
        if n >= 60 and f.punct >= 2:  # a long run-on sentence
            return n / 30
        if key.startswith(_CONTINUATION):  # 附件：… 注：… close a notice or a table
            return 0.3
        if n >= 20 and 1 <= f.cjk_spaces <= _VERSE_PHRASES and f.separators == 0 and f.wide_ratio >= 0.8:
            return max(0.2, n / 60)  # phrases split by spaces instead of commas (blog verse style)
        if f.ellipsis_end:  # a cut link text
            return -0.5
        return -0.1 if f.punct >= 1 else -0.3
    if f.stops >= 1 and key.endswith("。") and n > config.short_line_chars and f.wide_ratio >= 0.5:
        return n / 20  # 图为园区中心湖畔夜景。: a whole sentence, however short (prose values start at 1.1)
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


_LIST_AFTERLEAD_IN = 300  # lines a table under a lead-in sentence may have
# labels of lines that sit inside a text without ending it (the body keeps them removed)
_INLINE_FURNITURE = (Label.IMAGE, Label.AD, Label.CONTACT, Label.SHARE, Label.TOOLS, Label.BOILERPLATE, Label.COPYRIGHT)
_LIST_ITEM_VALUE = 0.2


def lead_in_lists(values: list[float], keys: Sequence[str], feats: Sequence[Features],
                   first: Sequence[Optional[Decision]]) -> set[int]:
    """A sentence ending in a colon (具体完成情况如下：) introduces a table or list: its short
    lines, up to the next full sentence, are part of the text, not a menu. Returns those lines."""
    items: set[int] = set()
    for i, (k, f) in enumerate(zip(keys, feats)):
        if not (k.endswith(LEAD_IN) and f.punct >= 2 and f.chars >= 10 and first[i] is None):
            continue
        for j in range(i + 1, min(len(values), i + 1 + _LIST_AFTERLEAD_IN)):
            d = first[j]
            if d is not None and d.label in _INLINE_FURNITURE:  # an ad or image line inside the table stays removed
                continue
            if d is not None or feats[j].stops or feats[j].chars > 40:
                break
            values[j] = max(values[j], _LIST_ITEM_VALUE)
            items.add(j)
    return items


def phrase_values(feats: Sequence[Features], first: Sequence[Optional[Decision]], keys: Sequence[str]) -> list[float]:
    """Values for a page with no prose at all, where the article may be written in short phrases
    without punctuation (poster-style WeChat posts): such phrases count for a little, very short
    lines (今年以来, 下一步, but also menu words) cost a little, markers as usual."""
    out = []
    for f, d, k in zip(feats, first, keys):
        if d is not None:
            out.append(_MARKER_COST.get(d.label, _DEFAULT_MARKER_COST))
        elif f.stops == 0 and 6 <= f.chars <= 60 and f.wide_ratio >= 0.5 and not f.ellipsis_end and not bullet_led(f, k):
            out.append(_PHRASE_VALUE)
        else:
            out.append(-0.2 if f.chars <= 5 else -0.5)
    return out
