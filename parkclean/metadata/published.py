"""The page's own date: each line's date candidates with their evidence (a label that names the
publication, its place near the headline or the text, a caption's or a list's date that is not the
page's), read by ``extract.py`` which chooses among them.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..evidence.matcher import regex
from ..model import Classified, Label
from . import byline, candidates as cands
from .dates import FoundDate

_PUBLISHED_WORDS = ("发布", "发表", "Published", "Posted")  # (words that name the page's own date)
_PUBLISHED_HINT = _PUBLISHED_WORDS + ("时间", "日期")
UPDATED_HINT = ("更新", "修改", "编辑于", "Updated")  # (编辑于: when it was last edited)
HINT = re.compile("|".join(_PUBLISHED_HINT + UPDATED_HINT))
_ZONE = re.compile(r"(?:北京|京港台|港澳台|台北|香港|东京|美东|美西|格林尼治)时间")  # a time zone, no announcement


NO_TIME = re.compile(r"T00:00(?::00)?(?:Z|[+-]\d\d:\d\d)?$")  # a markup's midnight: a day without its time
OTHER_ZONE = re.compile(r"(?:Z|[+-](?!08:?00)\d{2}:?\d{2})$")  # a time given in another zone than China's
_DATE_BEFORE = 20   # lines before the body searched for its date
DATE_AFTER = 8     # lines after it (stopping at a related/comments heading)
_NOT_DATE_LABELS = (Label.BODY, Label.RELATED, Label.COMMENTS, Label.NAV)
_LIST_LABELS = (Label.RELATED,)
_BY_HEADLINE = 2     # a date line this close to the headline is read whatever its label


_STAMP_CHARS = 40  # a line longer than this without a field's label is a headline or a sentence
_FIELDS = re.compile(rf"[:：]|记者|{byline.field_label()}")  # (the byline grammar's field labels)


def sentence(c: Classified) -> bool:
    """A line with a sentence's marks (a full stop, a question, two commas), or a long one without a
    field's label (a headline, 今天起…全程无需跑腿): its 今天 is a word of the text, no timestamp.
    A byline, however long, has its fields (2小时前 来源：… 作者：… 阅读：1024)."""
    t = c.block.text
    return "。" in t or "？" in t or "！" in t or t.count("，") >= 2 or (len(t) > _STAMP_CHARS and not _FIELDS.search(t))


def _date_evidence(c: Classified, before: bool, distance: int, title_line: Optional[int], above: str = ""
                   ) -> tuple[str, ...]:
    """The evidence for a line as the one stating the publication date (``above``: its field's
    label alone on the line above, 发布日期)."""
    ev: tuple[str, ...] = ("before_body" if before else "after_body",)
    d = c.block.index - title_line if title_line is not None else None
    if d in (-1, 1):
        ev += ("next_to_headline",)  # the post's own byline, not a sidebar's or a thread's date
    elif d is not None and 2 <= d <= _BY_HEADLINE + 1:
        ev += ("under_headline",)
    if HINT.search(_ZONE.sub("", c.block.text)) or above:
        ev += ("hinted",)  # 发布时间：…, Posted … (not 北京时间, a clock's zone)
    if c.final.label in (Label.META, Label.SOURCE):
        ev += ("byline_label",)
    if regex("shape.event_time").search(c.block.text):  # (直播时间：…: when an event happens, not the page)
        ev += ("event_time",)
    return ev + ("line_away",) * min(distance, _DATE_BEFORE)


def date_candidates(blocks: Sequence[Classified], start: int, end: int, title_line: Optional[int] = None
                     ) -> list[Classified]:
    """Removed lines near the article, the likeliest first by the weights table (field
    ``published``): before the body over after it, hinted (发布时间 …) over not, byline lines over
    others, nearer over farther."""
    found: list[tuple[float, int, Classified]] = []
    first = 0 if blocks and blocks[0].final.rule != "title.page_title" else 1  # (a dump's first line may be a date)
    for c in blocks[max(first, start - _DATE_BEFORE):start]:
        if regex("shape.weather").search(c.block.text):
            continue  # (2025年6月20日 星期五 多云 24～31℃: the header's today and its weather, the day the page was seen)
        by_headline = title_line is not None and abs(c.block.index - title_line) <= _BY_HEADLINE
        if c.final.label not in _NOT_DATE_LABELS or (by_headline and c.final.label in (Label.NAV, Label.RELATED)):
            ev = _date_evidence(c, True, start - c.block.index, title_line, label_above(blocks, c))
            found.append((cands.score(cands.Candidate("published", None, "", c, ev)), c.block.index, c))
    for c in blocks[end + 1:end + 1 + DATE_AFTER]:
        if c.final.rule in ("marker.related_heading", "marker.comments_heading", "context.comment_stream"):
            break
        if c.final.label not in _NOT_DATE_LABELS and blocks[c.block.index - 1].final.label not in _LIST_LABELS:
            # (a date under a related headline is that item's)
            found.append((cands.score(cands.Candidate("published", None, "", c, _date_evidence(c, False, c.block.index - end, title_line))),
                          c.block.index, c))
    found.sort(key=lambda t: -t[0])
    return [c for _, _, c in found]


SAME_BYLINE = 3  # lines apart that can state the same publication time twice
NOT_AN_IMAGE = ("marker.image_placeholder", "marker.image_counter")  # 图片, 1/5: they stand for a picture, naming none


def updated(c: Classified, d: FoundDate, above: str = "") -> bool:
    """The date is announced as an update (更新时间：…), on its line or by the label alone above it."""
    return any(h in c.block.text[: d.span[0]] for h in UPDATED_HINT) or any(h in above for h in UPDATED_HINT)


_LABEL_ALONE = 8  # characters of a field's label set alone above its value (发布日期 / 113-05-08: a table's cells)


def label_above(blocks: Sequence[Classified], c: Classified) -> str:
    """The line above ``c`` when it is a field's label alone (发布日期, 更新日期：), else ''."""
    k = c.block.index - 1
    if k < 0 or k >= len(blocks):
        return ""
    t = blocks[k].block.text.strip().rstrip(":：")
    return t if 2 <= len(t) <= _LABEL_ALONE and _PUBLISHED_LABEL.search(t) and not any(ch.isdigit() for ch in t) else ""


# a label that names the page's own date (发布日期, 更新时间), not another's (截止日期, 活动时间)
_PUBLISHED_LABEL = re.compile("|".join(_PUBLISHED_WORDS + ("刊发",) + UPDATED_HINT))
