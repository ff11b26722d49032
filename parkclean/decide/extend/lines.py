"""The line tests the extensions share: a line's label, a short plain line, a sentence, a
subheading, a paragraph broken into pieces at its links (…交易量达到 / 65%。)."""
from __future__ import annotations

from typing import Optional, Sequence

from ...evidence.base import Evidence
from ...features import PROSE_CHARS, Features
from ...model import Label
from ..params import Params


Decided = Sequence[Optional[Evidence]]

HEADER_LABELS = (Label.TITLE, Label.META, Label.SOURCE, Label.SHARE, Label.BREADCRUMB, Label.TOOLS, Label.IMAGE,
                 Label.PAGER, Label.TAGS)


def label_of(d: Optional[Evidence]) -> Optional[Label]:
    return d.label if d is not None else None


def short_plain(f: Features, d: Optional[Evidence]) -> bool:
    """A line without evidence, of CJK text (digits allowed: 2023年), short, without a full stop."""
    return d is None and 2 <= f.chars <= 60 and f.stops == 0 and (f.wide + f.digits) >= 0.5 * f.chars


def sentence(f: Features, d: Optional[Evidence]) -> bool:
    """A line without evidence, of prose (a full stop, mostly CJK)."""
    return d is None and f.stops >= 1 and f.chars >= 10 and f.wide_ratio >= 0.5


def subheading(decided: Decided, feats: Sequence[Features], k: int) -> bool:
    """Line ``k`` is a short plain line over a paragraph: the text's subheading."""
    return k < len(decided) and short_plain(feats[k], decided[k]) and prose_line(decided, feats, k + 1)


def in_content(ev: Sequence[Evidence]) -> bool:
    """The HTML puts the line in its content (score evidence for the body: the container with the most text)."""
    return any(x.kind == "score" and x.label is Label.BODY for x in ev)


AD_PARTS = (Label.AD, Label.CONTACT, Label.SHARE)  # what an ad's lines are: its slogan, its hotline, its QR prompt


def last_piece(feats: Sequence[Features], k: int, p: Params) -> bool:
    """Line ``k`` is the short last piece of a sentence the line above leaves open (…交易量达到 /
    65%。): it ends the sentence, the line above does not (the features' ``end_punct``)."""
    return k >= 1 and feats[k].chars <= p.piece_chars and feats[k].end_punct and not feats[k - 1].end_punct


def closing_piece(decided: Decided, feats: Sequence[Features], e: int, p: Params) -> bool:
    """The run's last line stops mid-sentence (…交易量达到) and the line after it is a short piece
    that ends the sentence (65%。): the paragraph broken at a link or a bold figure, its end."""
    return 0 <= e and e + 1 < len(decided) and decided[e + 1] is None and last_piece(feats, e + 1, p)


def para_chars(feats: Sequence[Features], k: int, p: Params) -> int:
    """The characters of the paragraph line ``k`` ends (with the line before it when ``k`` is its
    last piece: 投资…提高了近 / 4倍。)."""
    return feats[k - 1].chars + feats[k].chars if last_piece(feats, k, p) else feats[k].chars


def paragraph_ahead(feats: Sequence[Features], keys: Sequence[str], k: int, p: Params) -> bool:
    """Line ``k`` opens a paragraph, over the pieces it may be broken into (…交易量达到 / 52万吨，交易额
    / 63亿元，已成为…。), four lines at most: long, or broken into pieces and of two sentences or more."""
    n = stops = 0
    j = k
    while j < len(keys) and j - k < p.paragraph_lines:
        n, stops = n + feats[j].chars, stops + feats[j].stops
        if feats[j].end_punct:
            break
        j += 1
    return n >= p.resume_chars or (j > k and stops >= 2)


def pieces_end(decided: Decided, feats: Sequence[Features], k: int, p: Params) -> Optional[int]:
    """The line after one or two short plain lines from ``k`` (no evidence, no full stop), or None."""
    m = k
    while m < len(decided) and m - k < p.pieces and decided[m] is None and feats[m].chars <= p.piece_chars and not feats[m].stops:
        m += 1
    return m if m > k else None


def prose_line(decided: Decided, feats: Sequence[Features], k: int) -> bool:
    """Line ``k`` is a full sentence or more without evidence (a paragraph of the text)."""
    return k < len(decided) and decided[k] is None and (feats[k].stops >= 1 or feats[k].end_punct) and feats[k].chars >= PROSE_CHARS
