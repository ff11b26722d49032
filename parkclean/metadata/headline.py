"""The headline by alignment with the page title, not by lists of sites.

The candidates are the lines around the top of the article (the engine's headline lines first,
whatever their label) and the page title's own head. The headline is the in-page line that best
matches the page title; whatever the page title has beyond it, on either side, is the site's part.
When the page title is only the site's name or greeting, no line aligns with it and the strongest
heading above the body wins. Evidence ids are weighed in ``weights.tsv`` (field ``title``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import Mapping, Optional, Sequence

from .. import lexicons
from ..evidence.context import squash
from ..evidence.matcher import regex
from ..evidence.headline_shapes import TAG_FIRST, field_label_alone
from ..evidence.context.fields import stated_above
from ..model import Classified, Label
from . import site as site_mod
from .candidates import Candidate
from .headline_text import TRAIL, credit_text, dash_deck, text_evidence
from .title import site_like, site_only, site_titled, split_title, tidy, title_head

_ABOVE = 40          # lines above the body searched for the headline
_INTO_BODY = 2       # opening body lines that may be a headline the engine kept as text
_MAX_CHARS = 80      # a longer line is no headline
_TITLE_CHARS = 150   # a longer first line is no page title
_DATED = re.compile(r"(?:(?<!\s)\s+)?[（(](?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?[)）]$")
# a form's field and its short value (留言领域：城建, 办理状态：已办结), not a quote's speaker and words
_FIRST_LINE = 4     # characters the first line of a headline over two lines has at least
_FAR = 12           # a menu line farther above the body than this is not read as a headline
_NEAREST = 6        # lines above the body where its nearest heading may stand
_CREDIT_GAP = 4      # lines below a headline where its byline or date may stand (headline / 原创 / account / date)
_DECOR = " -－—_|·"
_PLACE_ONLY = ("position.before",)  # labels the decision gives a line by its place, without evidence
_FURNITURE = (Label.TAGS, Label.TOOLS, Label.SHARE, Label.AD, Label.CONTACT, Label.COPYRIGHT, Label.FILING, Label.COMMENTS,
              Label.IMAGE)
_HEADLINE_RULES = ("title.repeats_page_title", "title.doubled", "title.before_meta", "title.headline",
                   "title.deck", "title.page_title")


class _Lines:
    """The page's lines as the headline reader sees them."""

    def __init__(self, blocks: Sequence[Classified], start: int, page_title: Optional[str]):
        self.blocks, self.start = blocks, start
        self.keys = [b.block.text for b in blocks]
        self.title = page_title or ""
        self.title_sq = squash(self.title)
        self.heads = _heads(self.title)
        self.site_only = bool(page_title) and site_only(self.title)
        parts = split_title(self.title)
        self.multi = len(parts) >= 2
        self.first_part = squash(parts[0]) if self.multi else ""
        # the page title's parts that name the site (某某县人民政府网--政务动态): a line repeating one names the site
        self.site_parts = [squash(p) for p in parts if site_like(p)] if self.multi else []
        self._credits: dict[int, bool] = {}

    @cached_property
    def end(self) -> int:
        """The text's last line (read only for a candidate below the text's first)."""
        return max((c.block.index for c in self.blocks if c.kept), default=len(self.blocks))

    def credit_below(self, i: int) -> bool:
        """A byline, date or source line stands within a few lines below line ``i``."""
        return any(self.credit_at(j) for j in range(i + 1, min(len(self.blocks), i + 1 + _CREDIT_GAP)))

    def answers_below(self, i: int) -> bool:
        """A count of answers (46 个回答) or an answer's label (最佳答案) within a few lines below line ``i``."""
        return any(regex("shape.answers_count").search(self.blocks[j].block.text)
                   for j in range(i + 1, min(len(self.blocks), i + 1 + 2 * _CREDIT_GAP)))

    def credit_at(self, j: int) -> bool:
        """Line ``j`` is a byline, date or source line."""
        if j not in self._credits:
            c = self.blocks[j]
            self._credits[j] = (c.final.label in (Label.META, Label.SOURCE) or credit_text(c.block.text)) \
                and not regex("shape.answer_votes").search(c.block.text)  # (an answer's votes credit no headline)
        return self._credits[j]

    def evidence(self, c: Classified, value: str, counts: Mapping[str, int], whole: bool = False) -> list[str]:
        ev = [c.final.rule] if c.final.label is Label.TITLE and c.final.rule in _HEADLINE_RULES else []
        k = squash(value)
        if self.title_sq and not self.site_only and c.block.index > 0:
            if whole:
                ev.append("whole_page_title")  # (its value is the page title's head)
            elif len(k) >= 4 and any(s.startswith(k) for s in self.site_parts):
                ev.append("names_site")
            elif k in self.heads or k == self.first_part:
                ev.append("aligns_page_title")
            elif len(k) >= 4 and (self.title_sq.startswith(k) or self.title_sq.endswith(k)
                                  or any(h.startswith(k) for h in self.heads)):
                ev.append("aligns_page_title_part")  # (a headline over two lines: its first)
            elif c.block.index > 1 and ((above := squash(self.blocks[c.block.index - 1].block.text)) in self.heads
                                        or above == self.first_part):
                ev.append("under_page_title_line")  # (the deck under the headline the page title names)
        if self.site_only and k == self.title_sq:
            ev.append("equals_site_title")
        if _trail_end(self, c, value):
            ev.append("ends_trail")  # (the breadcrumb trail above ends in it: 论坛 › 城事杂谈 › 标题)
        if c.block.index < site_mod.HEADER_LINES and site_mod.is_site_name(value):
            ev.append("site_logo")  # (the header's logo line, 某某经济开发区管理委员会, above the day and the tools)
        ev.extend(text_evidence(value))
        if self.credit_below(c.block.index):
            ev.append("above_credit")
        elif value.rstrip().endswith(("？", "?")) and self.answers_below(c.block.index):
            ev.append("above_answers")  # (a Q&A page's question over its count of answers: 查看全部 46 个回答)
        above, v = (self.blocks[c.block.index - 1].block.text.strip() if c.block.index > 0 else ""), value.strip()
        if above and (field_label_alone(above) or (above != v and above.endswith(v) and field_label_alone(above[: -len(v)]))) \
                and not stated_above(self.keys, c.block.index):  # (名称：X / 文号： / X: the headline)
            ev.append("under_field_label")  # (the label above, or the label read with this value: 索引号：014500857/…)
        if counts.get(k, 0) >= 2:
            ev.append("repeated")
        if c.final.label in (Label.NAV, Label.BREADCRUMB, Label.RELATED) and not (
                c.final.rule in _PLACE_ONLY and c.block.index + 1 < len(self.blocks) and self.credit_at(c.block.index + 1)):
            ev.append("label_nav")  # (a short line right above the byline is nav by its place alone, if no rule says so)
        elif c.final.label in _FURNITURE or (c.final.label is Label.BOILERPLATE and c.final.rule.startswith("marker.")):
            ev.append("label_furniture")  # (boilerplate by a marker's word, not by its place alone)
        elif c.final.label is Label.META:
            ev.append("label_meta")  # (a byline, a date, a counter: 18.6万人参与)
        if c.final.label is Label.BREADCRUMB and "trail" not in ev:
            ev.append("trail")  # (首页 / 新闻中心 / 公司新闻: a trail the engine read, whatever its separator)
        return ev




def _heads(title: str) -> set[str]:
    """The squashed first part, first two parts … and last parts of a page title."""
    parts = [squash(p) for p in split_title(title)][:8]
    out = {"".join(parts[:k]) for k in range(1, len(parts) + 1)}
    out |= {"".join(parts[k:]) for k in range(1, len(parts))}  # the site in front: 某某网 | 标题
    return {h for h in out if len(h) >= 4}


def _value(blocks: Sequence[Classified], c: Classified) -> tuple[str, bool]:
    """The line's headline (with its continuation line), and whether a date in brackets followed it."""
    text = c.block.text
    nxt = c.block.index + 1
    if (nxt < len(blocks) and blocks[nxt].final.rule == "title.repeats_page_title"
            and blocks[nxt].final.reason.startswith("second line")):
        text += blocks[nxt].block.text
    tidied = tidy(text)
    value = _DATED.sub("", tidied)  # 标题 (2012-06-18 21:40:11): a blog's date after it
    return value.rstrip(_DECOR).strip(), len(value) != len(tidied)


def _window(blocks: Sequence[Classified], start: int) -> list[Classified]:
    """Lines that may hold the headline: above the body, its opening lines, and the engine's
    headline lines wherever they are."""
    # the first line is a candidate unless it is the HTML title (whose head is proposed apart)
    first = 0 if blocks and blocks[0].final.rule != "title.page_title" else 1
    lo = max(first, start - _ABOVE)
    out = [c for c in blocks[lo:start] if c.final.label is not Label.BODY]
    body = [c for c in blocks[start:start + 6] if c.final.label is Label.BODY][:_INTO_BODY]
    for c in body:
        below = [b.block.text for b in blocks[c.block.index + 1:c.block.index + 3]]
        if len(c.block.text) <= 40 and not c.block.text.rstrip().endswith("。") \
                and any(len(t) >= max(40, 2 * len(c.block.text)) for t in below):
            out.append(c)  # a short opening line over a paragraph: a headline kept as text
    seen = {c.block.index for c in out}
    out += [c for c in blocks if c.final.label is Label.TITLE and c.final.rule != "title.page_title" and c.block.index not in seen
            and c.final.rule != "marker.original_title"]
    return sorted(out, key=lambda c: c.block.index)


def _title_shaped(line: str) -> bool:
    """A first line in two or more parts, short enough to be an HTML title."""
    return len(line) <= _TITLE_CHARS and len(split_title(line)) >= 2


def _far_menu_line(lines: _Lines, c: Classified) -> bool:
    """A navigation line far above the body that the page title does not name: no headline
    (skipped before its evidence is read, which is most of a page's menu)."""
    if c.final.label not in (Label.NAV, Label.BREADCRUMB) or lines.start - c.block.index <= _FAR:
        return False
    k = squash(c.block.text)
    return not (lines.title_sq and len(k) >= 4 and k in lines.title_sq) and not _trail_end(lines, c, c.block.text)


_DECK_HEAD = 10  # characters of the headline over a clause deck at least (a column's banner, 聚焦高质量发展, is shorter)


def _clause_decks(out: list[Candidate], lines: _Lines) -> list[Candidate]:
    """A line of clauses with figures (总投资32亿元，达产后年产…; no question) right above the
    byline or the text, and right under a headline-shaped line without a comma, is its summary
    deck, and that line its headline (a blog's tagline under its name stands above the blog's
    menu; a headline of clauses without figures under a site's slogan is the headline). Without
    figures too when the page states the line above again and not this one (an e-paper's list of
    the page's headlines, 本版标题导航: the headline is listed, its deck is not)."""
    at = {c.line.block.index: k for k, c in enumerate(out) if c.line is not None}
    for k, c in enumerate(out):
        v = str(c.value)
        i = c.line.block.index if c.line is not None else -1
        up = at.get(i - 1)
        if up is None or "，" not in v or "。" in v or v.endswith(("？", "?")) \
                or not (i + 1 == lines.start or (i + 1 < len(lines.blocks) and lines.credit_at(i + 1))):
            continue
        above = out[up]
        listed = "repeated" in above.evidence and "repeated" not in c.evidence  # (the page's list of headlines names it)
        if not (any(ch.isdigit() for ch in v) or listed):
            continue
        if "，" not in str(above.value) and "headline_shape" in above.evidence and len(str(above.value)) >= _DECK_HEAD \
                and not _FLAWS_BUT_NAV.intersection(above.evidence):
            out[k] = replace(c, evidence=c.evidence + ("clause_deck",))
            out[up] = replace(above, evidence=above.evidence + ("above_clause_deck",))
    return out


_NOT_HEADLINES = frozenset({"context.bio", "context.repost_card"})  # lines a rule has read as something a headline never is


_TOOL_LAST = re.compile(r"[\[【]([^\]】]{2,6})[\]】]\s{0,4}$")


_TRAIL_END = 5  # characters of a trail's last step that names the page, at least (土豆焖排骨; not 正文, 新闻中心)
_TRAIL_GAP = _CREDIT_GAP + 3  # lines above a headline where the trail naming it may stand (a thread's counters between)
_TRAIL_CUT = 8  # characters a trail's step cut short (…) keeps of the headline, at least


def _trail_end(lines: _Lines, c: Classified, value: str) -> bool:
    """A breadcrumb trail a few lines above ends in ``value`` (论坛 › 城事杂谈 › 标题): the page's own title."""
    k = squash(value)
    if c.final.label is Label.BREADCRUMB or TRAIL.search(value):
        return False  # (a trail itself, 某某网>艺术教育, repeated)
    if len(k) < _TRAIL_END:
        return False
    for b in lines.blocks[max(0, c.block.index - _TRAIL_GAP):c.block.index]:
        if b.final.label is not Label.BREADCRUMB:
            continue
        if squash(b.block.text).endswith(k):
            return True
        raw = b.block.text.rstrip()
        stem = raw.rstrip(".…。")  # 论坛 › 求职招聘 › 在保税区电子厂干了半年… : a long step cut short
        cut = raw.endswith("…") or len(raw) - len(stem) >= 2
        if cut and len(step := squash(TRAIL.split(stem)[-1])) >= _TRAIL_CUT and k.startswith(step):
            return True
    return False




def _line_candidates(lines: _Lines, window: list[Classified]) -> list[Candidate]:
    values: list[tuple[Classified, str, bool, bool]] = []
    for c in window:
        if _far_menu_line(lines, c) or c.final.rule in _NOT_HEADLINES:
            continue
        value, dated = _value(lines.blocks, c)
        nxt = c.block.index + 1
        if lines.heads and len(squash(value)) >= _FIRST_LINE and squash(value) not in lines.heads \
                and nxt < len(lines.blocks) and squash(value + lines.blocks[nxt].block.text) in lines.heads:
            # the headline over two lines (not a column's name, 深读, over the headline: the page title's kicker)
            value = (value + lines.blocks[nxt].block.text).strip()
        if (t := _TOOL_LAST.search(value)) and t.group(1) in lexicons.interface_words():
            value = value[:t.start()].rstrip()  # 标题 [复制链接]: a tool's link after the thread's title
        if (m := TAG_FIRST.match(value)) and ((lines.heads and squash(value[m.end():]) in lines.heads
                                               and squash(value) not in lines.heads) or _trail_end(lines, c, value[m.end():])):
            value = value[m.end():]  # [求助] 标题: the thread's tag, which the page title (or the trail's end) does not carry
        whole = lines.multi and c.block.index > 0 and squash(value) == lines.title_sq
        if whole:  # the page title again, site parts and all: its head is the headline it offers
            value = title_head(lines.title)
        if 2 <= len(squash(value)) and len(value) <= _MAX_CHARS:
            values.append((c, value, whole, dated))
    counts: dict[str, int] = {}
    for _, v, _, _ in values:  # a line stated again, alone or after a name and a colon (某某：标题)
        for k in {squash(v), squash(v.partition("：")[2])} - {""}:
            counts[k] = counts.get(k, 0) + 1
    alone = {squash(v) for c, v, _, _ in values if c.block.index <= lines.start}  # (not a subheading inside the text)
    out = []
    for c, v, whole, dated in values:
        short = len(squash(v)) < 4
        if short and not (squash(v) == lines.first_part and lines.credit_below(c.block.index)):
            continue  # (老井 - 某某的专栏 - 某某博客 over its date line: a short headline the page title gives first)
        ev = lines.evidence(c, v, counts, whole)
        if short:
            ev = [e for e in ev if e != "not_headline_shape"]
        if dated:  # (a blog's headline with its date in brackets: the engine reads the line as a date's)
            ev = [e for e in ev if e != "label_meta"] + ["dated_headline"]
        if "：" in v and squash(v.partition("：")[2]) in alone:
            ev.append("prefixed_repeat")  # 某某：标题 where 标题 stands alone too: the headline is the part alone
        nxt = c.block.index + 1
        if nxt < len(lines.blocks) and "dash_deck" not in ev and dash_deck(lines.blocks[nxt].block.text) \
                and not _FLAWS_BUT_NAV.intersection(ev):
            ev.append("above_dash_deck")
        if c.final.label is Label.BODY:
            ev.append("body_opening_head")
        elif 0 < lines.start - c.block.index <= 3 and lines.start < len(lines.blocks):  # (no body: no line is near it)
            ev.append("near_body")
        elif c.block.index > lines.start and c.block.index > lines.end:
            ev.append("below_text")
        elif lines.start - c.block.index > _ABOVE and lines.start < len(lines.blocks):
            ev.append("far_above_body")  # (an engine's headline a sidebar away from the text: a ticker's)
        out.append(Candidate("title", v, c.final.rule if c.final.label is Label.TITLE else "title.in_page_line", c, tuple(ev)))
    out = _site_name_above(_inside_aligned(_clause_decks(out, lines)))
    return _mark_nearest(out, lines.start) if lines.start < len(lines.blocks) else out


_ABOVE_GAP = 3  # lines between a page title's line and the headline over the byline: a site's header, no deck


def _site_name_above(out: list[Candidate]) -> list[Candidate]:
    """A line that repeats the page title (or a part of it) but stands well above another headline
    with the byline right under it, just above the text, is the site's or the blog's name, as its header shows it
    (雨巷里的猫 … 搬家后的第一场雨 / 2010-03-15 22:47): the page title names the site, not the post.
    (A deck stands right under its headline: the gap tells them apart.)"""
    credited = [c.line.block.index for c in out if c.line is not None and "above_credit" in c.evidence
                and "near_body" in c.evidence and "headline_shape" in c.evidence
                and not _FLAWS_BUT_NAV.intersection(c.evidence)]
    if not credited:
        return out
    below = max(credited)
    return [replace(c, evidence=c.evidence + ("site_name_above",))
            if c.line is not None and "above_credit" not in c.evidence and below - c.line.block.index > _ABOVE_GAP
            and ({"aligns_page_title", "aligns_page_title_part"} & set(c.evidence)) and _name_shaped(str(c.value)) else c
            for c in out]


_SENTENCE_MARK = re.compile(r"[。？！?!]")


def _name_shaped(value: str) -> bool:
    """Without a question's or a sentence's end: a name (雨巷里的猫, 一只猫的碎碎念，写给自己看),
    not a question (如何看待…？)."""
    return not _SENTENCE_MARK.search(value)


def _inside_aligned(out: list[Candidate]) -> list[Candidate]:
    """A line that matches a piece of the page title, inside a line that matches a whole part of
    it, is a piece of the headline (its second line), not the headline."""
    whole = [squash(str(c.value)) for c in out if "aligns_page_title" in c.evidence and "whole_page_title" not in c.evidence]
    return [replace(c, evidence=c.evidence + ("inside_aligned",))
            if "aligns_page_title_part" in c.evidence and any(squash(str(c.value)) in w for w in whole) else c
            for c in out]


_FLAWS = frozenset({"dash_deck", "names_site", "field_value", "below_text", "menu_words", "names_only", "trail", "outlet_name", "label_nav", "label_furniture", "numbered_section", "ui_text", "has_date", "byline_words",
                    "ends_colon", "not_headline_shape", "equals_site_title"})
_FLAWS_BUT_NAV = _FLAWS - {"label_nav"}  # (a line the engine read as nav may still be the headline a deck sits under)


def _mark_nearest(out: list[Candidate], start: int) -> list[Candidate]:
    """The plain heading nearest above the body (no flaw in its evidence) is marked as such."""
    above = [k for k, c in enumerate(out) if c.line is not None and start - _NEAREST <= c.line.block.index < start
             and not _FLAWS.intersection(c.evidence)]
    if above:
        k = above[-1]
        out[k] = replace(out[k], evidence=out[k].evidence + ("heading_above_body",))
    return out


def _section_of_trail(blocks: Sequence[Classified], start: int, head: str) -> bool:
    """The page title's head is a section the breadcrumb above the article passes through
    (首页 >> 政务动态 >> 本县要闻 under 某某政府网--政务动态): the page title names the section, not
    the article (the trail's last step may be the headline itself)."""
    k = squash(head)
    for c in blocks[:start]:
        if c.final.label is Label.BREADCRUMB and TRAIL.search(c.block.text):
            steps = [squash(s) for s in TRAIL.split(c.block.text.split("：")[-1]) if s.strip()]
            if k in steps[:-1]:
                return True
    return False


def candidates(blocks: Sequence[Classified], html_meta: Mapping[str, str], start: int) -> list[Candidate]:
    """Every headline candidate of the page, in page order, the page title's head last."""
    first = blocks[0] if blocks else None
    from_dump = first is not None and first.final.rule == "title.page_title"
    page_title = first.block.text if first is not None and from_dump else (html_meta.get("title") or None)
    guessed = first is not None and not page_title and _title_shaped(first.block.text)
    # a first line in parts (某某在线 | 标题) may be a page title the engine did not confirm: lines
    # below that align with a part of it say so (and it is then no headline itself)
    lines = _Lines(blocks, start, first.block.text if guessed and first is not None else page_title)
    out = _line_candidates(lines, _window(blocks, start))
    if guessed and any(e.startswith("aligns_page_title") for c in out for e in c.evidence):
        out = [replace(c, evidence=c.evidence + ("whole_page_title",)) if c.line is first else c for c in out]
    if html_meta.get("h1"):  # the line the HTML sets as the page's one top heading
        h1 = squash(str(html_meta["h1"]))
        out = [replace(c, evidence=c.evidence + ("html_h1",)) if squash(str(c.value)) == h1 else c for c in out]
        if not any(squash(str(c.value)) == h1 for c in out):  # (far above the text: an entry's name over its infobox)
            at = next((c for c in blocks[:start] if squash(c.block.text) == h1), None)
            if at is not None:
                ev = lines.evidence(at, at.block.text.strip(), {})
                out.append(Candidate("title", at.block.text.strip(), "html.h1", at, (*ev, "html_h1")))
    if page_title:
        head = title_head(page_title, str(html_meta.get("site") or "")) if lines.multi else page_title.strip()
        ev = ["page_title_head"] + (["site_only_title"] if lines.site_only else [])
        if _section_of_trail(blocks, start, head):
            ev.append("section_of_trail")
        if any("site_name_above" in c.evidence and squash(str(c.value)) == squash(head) for c in out):
            ev.append("site_name_above")  # (the page title names the site its header shows above the post)
        rule = "title.page_title_parts" if from_dump else "html.meta"
        out.append(Candidate("title", head, rule, first if from_dump else None, tuple(ev), page_title))
    elif first is not None and (found := site_titled(first.block.text)):
        out.append(Candidate("title", tidy(found), "title.site_suffix", first, ("site_suffix_head",)))
    return out

