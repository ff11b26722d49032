"""Text that goes on after a box inside an article (a related box, an ad slot, an attached
picture, a letter's answer heading), the text above such a box, and a Q&A page's accepted answer."""
from __future__ import annotations

from typing import Optional, Sequence

from ...evidence.base import Evidence
from ...evidence.matcher import LEAD, regex
from ...evidence.headline_shapes import field_line
from ...features import Features
from ...model import Label
from ..params import Params
from ..values import LEAD_IN
from .sections import section_number
from .lines import (AD_PARTS, Decided, closing_piece, in_content, label_of, para_chars, paragraph_ahead, pieces_end,
                    prose_line, short_plain, subheading)


# an attachment's box inside a post: its picture's name and size, download button, upload stamp
_ATTACHMENT = (Label.IMAGE, Label.TOOLS, Label.META, Label.SHARE)


def resume(decided: Decided, feats: Sequence[Features], keys: Sequence[str], e: int, p: Params,
           lines: Sequence[Sequence[Evidence]] = ()) -> Optional[tuple[int, int]]:
    """A box inside an article, then paragraphs again (two or more full sentences in a row, not
    alternating with link lines as in a list of teasers; a lead-in line ending in a colon may open
    them). The box is a related-links box (a related heading right after the run, a few link
    lines; under one alone, the paragraphs are that headline's story unless the article's credit
    closes them or the HTML puts them in its content with the article: score evidence for the body
    among the line evidence ``lines``), an ad slot's (its label, 广告, or an app's prompt to read
    on, and up to two lines of the ad under it), an attached picture's (its file name right after
    the run, then its download button and upload stamp: 检测报告.jpg (86.21 KB) / 下载附件 /
    2024-5-12 21:31 上传), or the heading of the
    answer on a letter's page and the answering unit's fields (答复内容 / 答复单位：… 答复时间：…).
    Returns the span of the resumed text, or None."""
    w = e + 1
    c = w  # a picture's caption credit closing the run, then a related box (… 摄 / 延伸阅读 / links / the text)
    while c < len(decided) and c - w < p.attachment_lines and (d := decided[c]) is not None \
            and d.label is Label.IMAGE and not d.heading and feats[c].chars <= p.link_chars:
        c += 1
    if c > w and c < len(decided) and (d := decided[c]) is not None and d.heading and d.label is Label.RELATED:
        w = c
    while w < len(decided) and feats[w].chars <= p.ad_mark and (
            label_of(decided[w]) is Label.AD or (label_of(decided[w]) is Label.SHARE and regex("shape.read_on").search(keys[w]))):
        w += 1  # an ad slot's label before the box (广告), a fold's prompt to read on in an app (继续阅读全文，请打开App)
    h = decided[w] if w < len(decided) else None
    j, lead_chars, one, slot, briefs = w + 1, p.lead_in_chars, False, False, False
    a = w  # (the ad's own lines under its label: 某某产业大会 / 6月12日-13日 苏州 · 免费注册, 仓库出租 / 招商热线：…)
    while w > e + 1 and a - w < p.ad_lines and a < len(decided) and feats[a].chars <= p.link_chars and (
            (decided[a] is None and not prose_line(decided, feats, a)) or label_of(decided[a]) in AD_PARTS):
        a += 1
    box = decided[a] if w > e + 1 and w < a < len(decided) else None
    if box is not None and box.heading and box.label is Label.RELATED:
        w, h, j = a, box, a + 1  # (an ad, then a related box: the box's heading after the ad's lines)
    q = _ad_end(decided, e + 1, p)  # (the ad's own lines first, then its label: 厂房火热招租 … 招商热线：… / 广告)
    if w == e + 1 and q > w + 1 and label_of(decided[q - 1]) is Label.AD and feats[q - 1].chars <= p.ad_mark \
            and (prose_line(decided, feats, q) or subheading(decided, feats, q)):
        j, slot = q, True
    elif (h is None or h.label is Label.AD) and w > e + 1 and prose_line(decided, feats, a):
        j, slot = a, True  # the text right under an ad slot (Advertisement / Continue reading below): the slot was the box
    elif (h is None or h.label is Label.META) and w < len(decided) and regex("shape.answer_heading").match(keys[w]):
        lead_chars = p.salutation_chars  # (王先生：您好！您反映的问题已收悉，现答复如下：)
        while j < len(decided) and j - w <= p.answer_fields and (label_of(decided[j]) in (Label.META, Label.SOURCE)
                                                                or field_line(keys[j])):
            j += 1
    elif h is None:
        return None
    elif h.heading and h.label is Label.RELATED:
        while j < len(decided) and j - w <= p.box_items and feats[j].chars <= p.link_chars and (
                feats[j].chars < p.teaser_chars or not prose_line(decided, feats, j)) \
                and not (decided[j] is None and (keys[j].endswith(LEAD_IN) or _section(decided, feats, keys, j, p))):
            j += 1  # (links, a teaser, a subheading; a line opening a list, a numbered section's heading are the text's)
        one = j == w + 2  # one headline under the heading, then paragraphs: the box's own story (延伸阅读) …
        if j == w + 1:  # … or no link: news in brief, a sentence each, then the text's next subheading
            j, briefs = _briefs(decided, feats, w, p), True
    elif h.label is Label.IMAGE and not h.heading:
        while j < len(decided) and j - w <= p.attachment_lines and label_of(decided[j]) in _ATTACHMENT and not decided[j].heading:  # type: ignore[union-attr]
            j += 1
    else:
        return None
    lead = j < len(decided) and decided[j] is None and feats[j].stops == 0 and ((
        keys[j].endswith(LEAD_IN) and (feats[j].chars <= lead_chars or rows_under(decided, feats, keys, j + 1, p) > 0))
        or ((slot or briefs) and subheading(decided, feats, j)) or _section(decided, feats, keys, j, p))  # (想问问各位：, …如下：, 二、…)
    k, said = j + lead, 0
    while k < len(decided):
        if prose_line(decided, feats, k):
            k, said = k + 1, said + 1
        elif said and label_of(decided[k]) is Label.AD and (ad := _ad_end(decided, k, p)) > k + 1 \
                and (prose_line(decided, feats, ad) or _section(decided, feats, keys, ad, p)):
            k = ad  # an ad's block between two paragraphs: its label, its lines, its hotline (【广告】… / 招商热线：…)
        elif said and _section(decided, feats, keys, k, p):
            k += 1  # the next numbered section's heading (三、提升产业能级…), over its paragraph
        elif said and decided[k] is None and keys[k].endswith(LEAD_IN) and feats[k].chars <= p.link_chars \
                and (prose_line(decided, feats, k + 1) or rows_under(decided, feats, keys, k + 1, p)):
            k += 1  # a line leading in to what follows (…要特别注意以下几点：), over its items or a table
        elif (rows := rows_under(decided, feats, keys, k, p)) and prose_line(decided, feats, rows):
            k = rows  # a table or a list under the lead-in above it (…表现如下： / 货品类别 出口值 年增率 / …), then the text
        elif said and label_of(decided[k]) is Label.AD and (
                (feats[k].chars <= p.ad_mark and prose_line(decided, feats, k + 1))
                or (feats[k].chars <= p.link_chars and subheading(decided, feats, k + 1) and prose_line(decided, feats, k + 3))):
            k += 1  # an ad slot's label between two paragraphs (广告), or an ad's line before the next section
            # (【广告】2024某某展览会 9月18日 / 平台支撑：… / its paragraphs)
        elif said and label_of(decided[k]) is Label.IMAGE and not decided[k].heading and prose_line(decided, feats, k + 1):  # type: ignore[union-attr]
            k += 1  # a picture's credit between two paragraphs (图／某某提供): removed, the text goes on
        elif said and closing_piece(decided, feats, k - 1, p):
            k += 1  # (…每吨的附加值提高了近 / 4倍。: the paragraph's last piece)
        elif said and (m := pieces_end(decided, feats, k, p)) is not None and prose_line(decided, feats, m) \
                and (prose_line(decided, feats, m + 1)
                     or (para_chars(feats, k - 1, p) >= p.resume_chars and paragraph_ahead(feats, keys, m, p))):
            # (a subheading over two paragraphs, or between long ones: a box's headline has one teaser under it)
            k = m  # a subheading or a picture's credit inside the text, or a paragraph's pieces (2022年， / 某某公司)
        else:
            break
    if k > j + lead and regex("shape.dateline").match(keys[j + lead].lstrip(LEAD)):
        return None  # （某某社巴黎21日电）…: another dispatch, its own story, not this text going on
    closed = k < len(decided) and label_of(decided[k]) is Label.META and not decided[k].heading  # type: ignore[union-attr]
    held = bool(lines) and all(in_content(lines[i]) for i in (e, *range(j + lead, k)))
    if (one or briefs) and not closed and not held:
        return None  # … unless the article's own credit closes them, or the HTML holds them with the article
    if briefs and (said < 2 or not lead):
        return None
    if (j > w + 1 or slot) and (said >= 2 or (said == 1 and (closed or held))):  # (one paragraph alone may be the
        return j, k - 1                              # site's blurb: not taken, unless the editor's line closes it
    return None                                      # or the HTML holds it with the article)


def _briefs(decided: Decided, feats: Sequence[Features], w: int, p: Params) -> int:
    """Under a related heading ``w`` inside the article, news in brief: up to ``box_items`` lines of
    one sentence each, no longer than a box's line (新区出台支持储能产业发展十条措施，对…给予补贴。),
    then a subheading over a paragraph, where the text goes on. Returns the subheading's line (the
    line under the heading when there is no such box)."""
    b = w + 1
    while b < len(decided) and b - w <= p.box_items and prose_line(decided, feats, b) and feats[b].stops <= 1 \
            and feats[b].chars <= p.link_chars:
        b += 1
    return b if b > w + 1 and subheading(decided, feats, b) else w + 1


def accepted_answer(decided: Decided, feats: Sequence[Features], keys: Sequence[str], e: int, p: Params
                    ) -> Optional[tuple[int, int, int]]:
    """A Q&A page's accepted answer: a few lines after ``e`` (the question's end, or above the run
    when the run is the answer), the label of the answer the asker accepted (已采纳, 最佳答案), the
    answerer's short lines (name, rank, 回答于 …), then the answer's paragraphs (a lead-in ending in a
    colon may open them). Returns (the label's line, the answer's first, its last). A comments or
    related heading between that names no answers (网友评论, not 我来回答 or 3个回答): the label marks a
    comment of a news page, no answer."""
    w = next((k for k in range(max(0, e + 1), min(len(keys), e + 1 + p.answer_gap))
              if regex("marker.answer_label").match(keys[k])), None)
    if w is None or any(d is not None and d.heading and d.label in (Label.COMMENTS, Label.RELATED)
                        and not regex("shape.answers_heading").search(keys[k]) for k in range(max(0, e + 1), w)
                        for d in (decided[k],)):
        return None
    j = w + 1
    while j < len(keys) and j - w <= p.answerer_lines and feats[j].chars <= p.link_chars and not prose_line(decided, feats, j) \
            and not (decided[j] is None and keys[j].endswith(LEAD_IN)):
        j += 1
    k = j + (decided[j] is None and keys[j].endswith(LEAD_IN) and prose_line(decided, feats, j + 1) if j < len(keys) else 0)
    start, said = j, 0
    while k < len(keys) and (prose_line(decided, feats, k) or (said and subheading(decided, feats, k))):
        k, said = k + 1, said + prose_line(decided, feats, k)
    return (w, start, k - 1) if said else None


def text_above_box(decided: Decided, feats: Sequence[Features], keys: Sequence[str], s: int, anchor: Optional[int],
                   p: Params, lines: Sequence[Sequence[Evidence]] = ()) -> tuple[int, list[range]]:
    """The article's start when the run chosen is its text after a box (an ad slot, a related box)
    and paragraphs of the article stand above that box, below the headline: the text above goes
    on after the box as :func:`resume` reads it from there. Returns the new start (``s`` when none)
    and the boxes' lines, which stay removed inside the run."""
    boxes: list[range] = []
    if anchor is None:
        return s, boxes  # (without a headline, nothing says where the article starts above)
    for _ in range(p.boxes):
        k = s - 1
        while k > 0 and s - k <= p.box_items + 2 and not prose_line(decided, feats, k):
            k -= 1
        if not prose_line(decided, feats, k) or k <= anchor \
                or any(label_of(decided[i]) in (Label.TITLE, Label.META, Label.SOURCE) for i in range(k + 1, s)):
            break
        r = resume(decided, feats, keys, k, p, lines)
        if r is None or r[0] != s:
            break
        boxes.append(range(k + 1, r[0] - (r[0] > k + 1 and subheading(decided, feats, r[0] - 1))))
        a = k
        while a - 1 > anchor and (prose_line(decided, feats, a - 1) or short_plain(feats[a - 1], decided[a - 1])):
            a -= 1  # (up the paragraphs above the box, and their subheading)
        s = a
    return s, boxes


def rows_under(decided: Decided, feats: Sequence[Features], keys: Sequence[str], k: int, p: Params) -> int:
    """The line after the rows of a table or a list that line ``k`` opens under a lead-in ending
    in a colon (…表现如下： / 货品类别 出口值 年增率 / 电子零组件 168.4 +10.6% …): short lines without
    evidence or a full stop, two at least; 0 when there are none."""
    if not (0 < k < len(keys) and decided[k - 1] is None and keys[k - 1].endswith(LEAD_IN)):
        return 0
    m = k
    while m < len(decided) and m - k < p.lead_rows and decided[m] is None and not feats[m].stops \
            and feats[m].chars <= p.link_chars:
        m += 1
    return m if m - k >= 2 else 0


def _section(decided: Decided, feats: Sequence[Features], keys: Sequence[str], k: int, p: Params) -> bool:
    """Line ``k`` is a numbered section's heading of the text (二、强化要素保障…) over a paragraph."""
    return k < len(keys) and decided[k] is None and feats[k].chars <= p.section_chars and section_number(keys[k]) > 0 \
        and prose_line(decided, feats, k + 1)


def _ad_end(decided: Decided, k: int, p: Params) -> int:
    """The line after an ad's block that starts at line ``k`` (ad, contact and share lines, no heading)."""
    m = k
    while m < len(decided) and m - k < p.ad_lines and label_of(decided[m]) in AD_PARTS and not decided[m].heading:  # type: ignore[union-attr]
        m += 1
    return m
