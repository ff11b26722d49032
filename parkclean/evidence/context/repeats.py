"""Lines the page repeats: repeated lines, a sentence copied from the text, an excerpt under a headline."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...features import Features
from ...model import Label
from ..base import Evidence, Found, Page, page_rule
from .common import labelled_field, title_like


def repeated_lines(page: Page) -> Counter:
    """How often each short line (≤ 80 characters) occurs on the page."""
    return Counter([k for k, f in zip(page.keys, page.feats) if f.chars <= 80])


def _repeated(page: Page, counts: Counter, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and counts[page.keys[i]] > 1 and 2 <= f.chars <= 80 and f.digit_ratio < 0.2 \
        and not f.stops and "shape.section_number" not in page.hits[i] and not _field_with_value(page.keys[i])


def _field_with_value(key: str) -> bool:
    """A field's label and its value (招聘人数：2名, 所属部门：某某局): a notice's items repeat them."""
    return labelled_field(key) and bool(_FIELD_VALUE.search(key))


_FIELD_VALUE = re.compile(r"[:：]\s*\S")


@page_rule("context.repeated")
def repeated(page: Page) -> Found:
    """Short lines that occur more than once on a page are menus or link lists
    (data lines, with many digits, may repeat inside an article and are left alone, and so are
    numbered subheadings: each section of a text may have its own ``1、…`` and ``2、…``, and so are
    a field's label with its value, which a notice's items repeat, and so are
    the cells of an HTML table of data inside the content: 国家级, 是, — in many rows). A line
    repeated once between the text's paragraphs is its subheading there: the page's outline
    (本页目录) repeats it elsewhere."""
    counts = repeated_lines(page)
    if len(counts) == sum(counts.values()):
        return
    dom = page.dom
    found = [i for i, k in enumerate(page.keys)
             if counts[k] > 1 and _repeated(page, counts, i) and not (dom and dom[i].content_cell)]
    inside = _between_paragraphs(page, counts)
    where: dict[str, list[int]] = {}
    for i, k in enumerate(page.keys):
        if counts[k] > 1:
            where.setdefault(k, []).append(i)
    for i in found:
        k = page.keys[i]
        if inside.get(k) == [i] and _in_outline(page, inside, where[k], i):
            continue  # the text's subheading, between its paragraphs; its copies are an outline's (本页目录)
        yield i, Evidence("context.repeated", Label.NAV, f"line occurs {counts[k]} times on the page", "weak")


_OUTLINE_NEAR = 3  # lines around a copy of a subheading where the outline's other entries stand


def _between_paragraphs(page: Page, counts: Counter) -> dict[str, list[int]]:
    """The repeated lines that stand between two of the text's paragraphs (a paragraph right
    under, one within two lines above), by text."""
    out: dict[str, list[int]] = {}
    for i, k in enumerate(page.keys):
        if counts[k] > 1 and page.paragraph(i + 1) and (page.paragraph(i - 1) or page.paragraph(i - 2)):
            out.setdefault(k, []).append(i)
    return out


def _in_outline(page: Page, inside: dict[str, list[int]], copies: list[int], i: int) -> bool:
    """A copy of line ``i`` elsewhere (``copies``: where its text stands) has another of the text's
    subheadings beside it: the page's outline repeats the text's headings (a related list repeats
    one headline, a tool bar itself)."""
    key = page.keys[i]
    return any(page.keys[m] != key and page.keys[m] in inside for j in copies if j != i
               for m in range(max(0, j - _OUTLINE_NEAR), min(len(page), j + _OUTLINE_NEAR + 1)))


_COPY_CHARS = 20  # characters a repeated sentence has at least


@page_rule("context.repeated_text")
def repeated_text(page: Page) -> Found:
    """A paragraph given twice: the copy that stands alone among header or furniture lines (a
    summary or the page's description printed above the article) is not the text; the copy with
    prose around it is. When both stand alike, neither is marked. A line that the paragraph right
    below it holds whole (前言：… under the headline, the page's description above its paragraph)
    is that paragraph's summary when no paragraph comes before it (a subheading inside the text
    may repeat a sentence of its paragraph)."""
    seen: dict[str, list[int]] = {}
    for i, (k, f) in enumerate(zip(page.keys, page.feats)):
        if f.stops and f.chars >= _COPY_CHARS:
            seen.setdefault(k, []).append(i)
    n = len(page)
    for i in range(n - 1):  # the summary printed above the text, over the paragraph that holds it whole
        k, f = page.keys[i], page.feats[i]
        if f.chars >= _COPY_CHARS and page.form[i] is None and page.paragraph(i + 1) \
                and len(page.keys[i + 1]) > len(k) and k.rstrip("。.…") in page.keys[i + 1]:
            yield i, Evidence("context.repeated_text", Label.BOILERPLATE,
                              "a summary: the paragraph below it holds it whole")
            break
        if page.paragraph(i):
            break
    for idx in seen.values():
        if len(idx) != 2:
            continue
        alone = [not _prose_near(page, i) for i in idx]
        if alone[0] != alone[1]:
            i = idx[0] if alone[0] else idx[1]
            if page.form[i] is None:
                yield i, Evidence("context.repeated_text", Label.BOILERPLATE,
                                  "a paragraph given again further on, here alone among furniture (a summary)")


def _prose_near(page: Page, i: int) -> bool:
    """An unlabelled sentence right above or below line ``i``."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(page) and page.form[j] is None and page.feats[j].stops and page.feats[j].chars >= _COPY_CHARS:
            return True
    return False


def _prose(f: Features) -> bool:
    return f.stops >= 1 and f.chars >= 40


@page_rule("context.excerpt")
def excerpt(page: Page) -> Found:
    """A snippet cut with '...' right after a headline-like or listed line: an item of a link
    list (not a section heading of the article that ends in '...' and opens a paragraph); or one
    whose first whole sentence opens a line below it (外婆养了一辈子蚕。…… over 外婆养了一辈子蚕。):
    the text's teaser."""
    n = len(page)
    counts: Optional[Counter] = None
    openings: Optional[dict[str, int]] = None
    for i in range(1, n):
        f = page.feats[i]
        if page.form[i] is None and f.ellipsis_end and f.chars >= 20:
            if counts is None or openings is None:
                counts, openings = repeated_lines(page), _openings(page)
            first = _FIRST_SENTENCE.match(page.keys[i])
            if first and len(first.group(0)) >= _TEASER_HEAD and openings.get(first.group(0)[:_TEASER_HEAD], -1) > i \
                    and page.keys[openings[first.group(0)[:_TEASER_HEAD]]].startswith(first.group(0)):
                yield i, Evidence("context.excerpt", Label.BOILERPLATE, "the text's opening cut short ('...'): its teaser")
                continue
            listed = page.labels[i - 1] in (Label.NAV, Label.RELATED) or _repeated(page, counts, i - 1)
            if not listed and i + 1 < n and page.form[i + 1] is None and _prose(page.feats[i + 1]):
                continue  # 01《某某》，比起…更重要的是... followed by its paragraph
            if title_like(page.feats[i - 1]) or listed:
                yield i, Evidence("context.excerpt", Label.RELATED, "excerpt ending in '...' after a headline")


_TEASER_HEAD = 8  # characters of a teaser's first sentence at least, which a line below opens with
_FIRST_SENTENCE = re.compile(r"^[^。！？]+[。！？]")


def _openings(page: Page) -> dict[str, int]:
    """The first characters of each line not cut short, and the last line that opens so: a cut
    line that begins as one below it (外婆养了一辈子蚕。… over 外婆养了一辈子蚕。) is a summary box's
    teaser of the text."""
    return {k[:_TEASER_HEAD]: j for j, k in enumerate(page.keys)
            if len(k) >= _TEASER_HEAD and not page.feats[j].ellipsis_end}


_SIGNATURE_RULE = re.compile(r"^[_\-—=~～]{2,}$")  # the rule a forum sets above a poster's signature (__________, --)
_SIGNATURE_LINES = 2  # lines of a signature under its rule, at most


@page_rule("context.signature")
def signature(page: Page) -> Found:
    """A poster's signature: the lines right under a signature's rule (__________ or --) that
    stand again under such a rule elsewhere on the page (a thread repeats each poster's signature
    under every post of theirs). The first post's signature is no part of its text."""
    under: dict[str, list[int]] = {}
    for i, k in enumerate(page.keys):
        if _SIGNATURE_RULE.match(k.strip()):
            for j in range(i + 1, min(len(page), i + 1 + _SIGNATURE_LINES)):
                if not _SIGNATURE_RULE.match(page.keys[j].strip()):
                    under.setdefault(page.keys[j], []).append(j)
    for lines in under.values():
        if len(lines) >= 2:
            for j in lines:
                yield j, Evidence("context.signature", Label.BOILERPLATE, "a poster's signature, repeated under each post's rule")
