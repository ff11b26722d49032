"""Sections under a heading: a note about a writer under its heading, a section of the text
whose fields look like a contact block."""
from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from ...model import Label
from ..base import Evidence, Found, Page, page_rule
from .common import labelled_field


_BIO = "marker.bio_heading"
_BIO_CHARS = 200  # characters of a note about a writer under its heading, at most …
_BIO_NOTES = 4    # … and notes under it (one per writer)
# a note about a writer opens with the name and tells a position or a field (邹明远，某某研究院研究员，长期从事…;
# the words are the byline grammar's ``bio`` rows)
_NOTE_NAME = r"^(?P<name>[\u4e00-\u9fff·]{2,10})[，,（(：:\s]"
_BIO_NOTE = re.compile(_NOTE_NAME + r".*(?:" + "|".join(
    sorted((re.escape(r[1]) for r in lexicons.table("byline.tsv") if r[0] == "bio"), key=len, reverse=True)) + ")")


def note_writer(note: str) -> Optional[str]:
    """The name a note about a writer opens with (阿依古丽·买买提，某某学院教授… → 阿依古丽·买买提)."""
    m = _BIO_NOTE.match(note.strip())
    return m.group("name") if m else None


@page_rule("context.bio")
def bio(page: Page) -> Found:
    """The notes about the writers right under their heading (作者简介 / 邹明远，某某研究院研究员…),
    one per writer, each naming a position or a field; not what follows them (an article may go
    on under the box)."""
    n = len(page)
    for i in range(n - 1):
        d = page.form[i]
        if d is None or d.rule != _BIO:
            continue
        for j in range(i + 1, min(n, i + 1 + _BIO_NOTES)):
            if page.form[j] is not None or page.feats[j].chars > _BIO_CHARS or not _BIO_NOTE.match(page.keys[j]):
                break
            yield j, Evidence("context.bio", Label.BOILERPLATE, "a note about a writer under its heading", "claim")


_SECTION_HEADING = 16  # characters a section heading has at most
_SECTION_TAKES = (Label.CONTACT, Label.META, Label.SOURCE)


_SECTION_FIELDS = 6    # field lines (联系人：…, 电话：…) a contact section's heading takes at most …
_FIELD_TAKES = (Label.CONTACT,)  # … read as contact lines (an editor, date or counter line is no section's field) …
_FACT_FIELDS = 2  # … or, under any section's heading, a date's field (时间：…) when that many field lines or
                  # more stand in a row under it (时间：… / 地点：…; a contact line there stays a contact's)


def _fact(page: Page, i: int) -> bool:
    """Line ``i`` is a date's field the form rules read as a byline's (时间：11月6日下午2:30)."""
    return page.labels[i] is Label.META and "shape.date" in page.hits[i]


def _section_heading(page: Page, i: int) -> bool:
    hf = page.feats[i]
    return page.form[i] is None and hf.chars <= _SECTION_HEADING and not hf.stops \
        and "shape.section_number" in page.hits[i]


_TIME_HEADING = re.compile(r"(?:时间|日期)\s*[:：]?$")  # a section's heading naming a time (一、活动时间, 二、报名时间)


@page_rule("context.section_content")
def section_content(page: Page) -> Found:
    """A contact or byline-shaped sentence right under a numbered section heading of the text
    (三、联系方式 / 联系人：张工，电话：…。), or the field lines right under a contact section's
    heading (五、联系方式 / 联系人：赵女士 / 联系电话：…), or two field lines or more under another
    section's heading, dates among them (一、会议安排 / 时间：11月6日下午2:30 / 地点：…), or the date
    under a heading that names a time (一、活动时间 / 2024年11月8日（星期五）13:30—17:30), are that
    section's content, not page furniture: a notice's own."""
    for i in range(1, len(page)):
        if not _section_heading(page, i - 1):
            continue
        if page.labels[i] in _SECTION_TAKES and page.keys[i].endswith(("。", "；", ";")) and page.feats[i].punct >= 2:
            yield i, Evidence("context.section_content", Label.BODY,
                              "a sentence under a numbered section heading of the text: its content")
            continue
        if page.labels[i] is Label.META and "shape.date" in page.hits[i] and _TIME_HEADING.search(page.keys[i - 1]):
            yield i, Evidence("context.section_content", Label.BODY,
                              "the date under a numbered section heading that names a time (一、活动时间): its content")
            continue
        contact = "shape.contact_section" in page.hits[i - 1]  # (the heading's words name the section's kind)
        k = i
        while k < min(len(page), i + _SECTION_FIELDS) and labelled_field(page.keys[k]) \
                and (page.form[k] is None or page.labels[k] in _FIELD_TAKES or _fact(page, k)):
            k += 1
        facts = k - i >= _FACT_FIELDS
        for j in range(i, k):
            if (page.labels[j] in _FIELD_TAKES and contact) or (facts and _fact(page, j)):
                yield j, Evidence("context.section_content", Label.BODY,
                                  "a field line under a numbered section heading of the text: its content")
