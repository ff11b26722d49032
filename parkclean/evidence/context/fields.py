"""A form's fields laid out in blocks: the value under a field's label standing alone (来源： /
某某日报), and the header of an official answer on a letter's or a Q&A page (答复部门：… / 答复内容：)."""
from __future__ import annotations

from typing import Sequence

from ...model import Label
from ..base import Evidence, Found, Page, page_rule
from ..headline_shapes import field_label_alone
from ..matcher import regex

_META_LABELS = (Label.META, Label.SOURCE)


VALUE_CHARS = 30  # a field's value on the line under its label is at most this long
_FIELDS_ABOVE = 8  # lines above where a document's table of properties may name the line already
_STATED_CHARS = 4  # characters of such a value at least (有效 under 有效性：, 时效性：有效 is the field's own)


def stated_above(keys: Sequence[str], i: int) -> bool:
    """Line ``i`` is the value another field states a few lines above (名　　称：某某推进会 / 文　号： /
    某某推进会): the page's headline under its table of properties, not the empty field's value."""
    key = keys[i]
    return len(key) >= _STATED_CHARS and any(k != key and k.endswith(key) and ("：" in k or ":" in k)
                                             for k in keys[max(0, i - _FIELDS_ABOVE):i - 1])


@page_rule("context.field_value")
def field_value(page: Page) -> Found:
    """The line under a byline field's label standing alone (来源： / 某某日报, 作者： / 张三, as
    a template sets label and value in two blocks) is that field's value: a short line without a
    sentence or a colon of its own, not a numbered heading (an empty 作者： over the text's
    一、基本情况) nor the value another field states just above (名称：某某推进会 / 文号： / 某某推进会),
    and a number under a counter's label (点击数：)."""
    for i in range(1, len(page)):
        d = page.form[i - 1]
        if d is None or d.label not in _META_LABELS or page.form[i] is not None or not field_label_alone(page.keys[i - 1]):
            continue
        f, key = page.feats[i], page.keys[i]
        if 0 < f.chars <= VALUE_CHARS and not f.stops and "：" not in key and ":" not in key \
                and regex("shape.numbered").match(key) is None \
                and (regex("shape.counter_label").search(page.keys[i - 1]) is None or f.digit_ratio >= 0.5) \
                and not stated_above(page.keys, i):
            yield i, Evidence("context.field_value", d.label, "the value of the field whose label stands alone "
                                                              "on the line above", "claim")


_ANSWER_FIELDS = 3  # lines of the answering unit's fields right above an answer's heading, at most


@page_rule("context.answer_header")
def answer_header(page: Page) -> Found:
    """The heading of an official answer on a letter's or a Q&A page (答复内容：, 回复内容：) and the
    answering unit's fields right above it (答复部门：某某局, 回复单位：…; its time is a date line
    already): the answer's header, not its text, which goes on under it."""
    for i in range(len(page)):
        if "shape.answer_heading" not in page.hits[i] or page.form[i] is not None:
            continue
        yield i, Evidence("context.answer_header", Label.META, "the heading of an answer on a letter's or a Q&A page")
        for j in range(i - 1, max(-1, i - 1 - _ANSWER_FIELDS), -1):
            if page.labels[j] is Label.META:
                continue  # (答复时间：…, a date line)
            if page.form[j] is not None or "shape.holder_field" not in page.hits[j]:
                break
            yield j, Evidence("context.answer_header", Label.META, "the answering unit's field above its answer's heading")
