"""Source candidates: every place a page names the outlet it took the article from.

Readers: a source line (来源：…, bracketed or spaced values), the outlet of a dateline, an outlet
credited at the end of the text, a closing issue line (——《刊名》2005年3月号), an outlet beside
the date, a publishing account's line (某某官方账号, or the account's name under the headline over
a follow button), an outlet on its own line above the date, and the source ``<meta>``.
Weights: ``weights.tsv`` (field ``source``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Optional, Sequence

from .. import lexicons
from ..model import Classified, Label
from . import datelines, dates, fields
from .candidates import Candidate

# ——《某某文摘》2005年3月号, —— 摘自《某某》2005年第3期: the periodical an essay closes with
_ISSUE = re.compile(r"^[—–\-－]{1,2}\s*(?:(?:摘自|选自|原载|转自|载)\s*)?《(?P<v>[^》]{2,20})》\s*"
                    r"(?:(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*(?:月号|月|期)|第\s*\d{1,3}\s*期)")
# 原创 张三 某某观察 2024-03-08 10:20: a WeChat-style byline, the account between the name and the date
_WECHAT = re.compile(r"^原创\s+[\u4e00-\u9fff·]{2,4}\s+(?P<v>[^\s\d][^\s]{1,19})\s+(?:19|20)\d{2}")
_ACCOUNT_CHARS = (2, 12)   # an account's name under a headline
# a platform's badge for an account, on its own line by the name: 优质财经领域创作者, 科技达人, 官方认证
_BADGE = re.compile(r"(?:创作者|领域作者|达人|博主|认证|官方账号|优质作者)$")
_BADGE_LINE = 40  # characters of the post's time and the badge on one line (2025-05-06 07:41 · 某某县融媒体中心官方账号)


def issue_line(line: str) -> Optional[str]:
    """``——《某某文摘》2005年3月号`` → ``某某文摘``.

    >>> issue_line("——《某某文摘》2005年3月号"), issue_line("——摘自《某某》2005年第3期"), issue_line("《某某》一书")
    ('某某文摘', '某某', None)
    """
    m = _ISSUE.match(line.strip())
    return m.group("v").strip() if m else None


def _wechat_account(line: str) -> Optional[str]:
    """``原创 张三 某某观察 2024-03-08`` → ``某某观察``.

    >>> _wechat_account("原创 张三 某某观察 2024-03-08 10:20 发表于北京"), _wechat_account("原创 2024-03-08")
    ('某某观察', None)
    """
    m = _WECHAT.match(line.strip())
    return m.group("v") if m else None


class Page:
    """What the source readers need to know of a page."""

    def __init__(self, blocks: Sequence[Classified], start: int, end: int, lead: Optional[Classified],
                 title_line: Optional[int], date_line: Optional[int]):
        self.blocks, self.start, self.end, self.lead = blocks, start, end, lead
        self.title_line, self.date_line = title_line, date_line


def _first(lines: Sequence[Classified], read, rule: str, ev: tuple[str, ...]) -> list[Candidate]:  # type: ignore[no-untyped-def]
    for c in lines:
        v = read(c.block.text)
        if v:
            return [Candidate("source", str(v), rule, c, ev)]
    return []


def _near(page: Page) -> list[Classified]:
    """Removed lines just above the body and just below it (not a list's or a comment's)."""
    lines = list(page.blocks[max(1, page.start - 12):page.start]) + list(page.blocks[page.end + 1:page.end + 9])
    return [c for c in lines if c.final.label not in (Label.BODY, Label.RELATED, Label.COMMENTS)]


def _account_under_headline(page: Page) -> list[Candidate]:
    """The account's name right under the headline, over a follow button (某某号 / 关注)."""
    if page.title_line is None:
        return []
    blocks = page.blocks
    for c in blocks[page.title_line + 1:page.title_line + 4]:
        t = c.block.text.strip()
        if dates.find(t, None) is not None:
            break  # the name stands above the post's time: below it are a place, a badge, a button
        if not (_ACCOUNT_CHARS[0] <= len(t) <= _ACCOUNT_CHARS[1] and not c.kept and "：" not in t and ":" not in t
                and not any(ch.isdigit() for ch in t) and t not in lexicons.words("ui_words.txt")):
            continue
        # the follow button next, or after the post's time and the account's badge (2024-05-06 08:12 /
        # 优质财经领域创作者)
        for nxt in blocks[c.block.index + 1:c.block.index + 4]:
            n = nxt.block.text.strip()
            if n in fields.FOLLOW_BUTTONS:
                return [Candidate("source", t, "fields.account_under_headline", c, ("account_under_headline",))]
            if not (_BADGE.search(n) or dates.find(n, None) is not None) or len(n) > _BADGE_LINE:
                break
    return []


def _outlet_above_date(page: Page, html: Mapping[str, str]) -> list[Candidate]:
    """Portals set the outlet on a line of its own right above the date (某某社 / 2024年3月8日)."""
    if page.date_line is None:
        return []
    for o in page.blocks[max(0, page.date_line - 2):page.date_line][::-1]:
        if not o.kept and o.block.index != page.title_line and fields.outlet_line(o.block.text) \
                and o.block.text.strip() not in fields.EDITIONS:
            ev = ("outlet_above_date",) + (("html_names_source",) if html.get("source") else ())
            return [Candidate("source", fields.paper(o.block.text.strip()), "fields.outlet_above_date", o, ev)]
    return []


_PANEL_FROM = re.compile(r"^\s*来自\s*[:：]")


def _panel_fields(blocks: Sequence[Classified]) -> frozenset[int]:
    """The lines of a ``来自：`` field that the page repeats (来自：浙江桐溪 under each post's user
    panel): where a poster is from, not where the article came from. One such line is a source's,
    and so is one naming an outlet (来自：某某晚报 over the text and under it: the byline twice).

    >>> from ..model import Block, Decision
    >>> line = lambda i, t: Classified(Block(i, i + 1, i + 1, t, t, t), None, Decision(Label.SOURCE, "r", "r"))
    >>> sorted(_panel_fields([line(0, "来自：某地"), line(1, "正文"), line(2, "来自：某县")])), _panel_fields([line(0, "来自：某地")])
    ([0, 2], frozenset())
    >>> _panel_fields([line(0, "来自：某某晚报"), line(1, "正文"), line(2, "来自：某某晚报")])
    frozenset()
    """
    found = [c.block.index for c in blocks if (m := _PANEL_FROM.match(c.block.text))
             and not fields.outlet_line(c.block.text[m.end():])]
    return frozenset(found) if len(found) >= 2 else frozenset()


def candidates(page: Page, labelled: Mapping[Label, Sequence[Classified]], html: Mapping[str, str],
               dateline_outlet: Optional[str]) -> list[Candidate]:
    """Every source candidate, the surest readers first."""
    def of(*labels: Label, before: Optional[int] = None) -> list[Classified]:
        found = sorted((c for lab in labels for c in labelled.get(lab, ())), key=lambda c: c.block.index)
        return [c for c in found if before is None or c.block.index < before]

    near_end = page.end + 9
    panels = _panel_fields(page.blocks)
    out = _first([c for c in of(Label.SOURCE, Label.META, Label.COPYRIGHT) if c.block.index not in panels],
                 fields.source, "fields.source_line", ("source_line",))
    if not out:  # 原标题：… 来源：某某日报, a source line the engine read as something else
        out = _first([c for c in _near(page) if c.block.index not in panels], fields.source, "fields.source_line",
                     ("source_line", "unlabelled"))
    if dateline_outlet and dateline_outlet != "本报" and page.lead is not None:
        out.append(Candidate("source", dateline_outlet, "fields.dateline_outlet", page.lead, ("dateline_outlet",)))
    body_end = page.blocks[page.end] if page.blocks and page.end < len(page.blocks) else None
    if body_end is not None and (found := datelines.outlet_at_end(body_end.block.text)):
        out.append(Candidate("source", found, "fields.outlet_at_end", body_end, ("outlet_at_end",)))
    closing = [c for c in page.blocks[max(page.start, page.end - 2):near_end] if len(c.block.text) <= 60]
    out += _first(closing, issue_line, "fields.issue_line", ("issue_line",))
    by_headline = [] if page.title_line is None else [
        c for c in page.blocks[page.title_line + 1:page.title_line + 3] if c.final.label in (Label.NAV, Label.RELATED)]
    out += _first(sorted(of(Label.META, before=near_end) + by_headline, key=lambda c: c.block.index),
                  fields.source_near_date, "fields.source_near_date", ("near_date",))
    out += _first(of(Label.META, before=page.start), fields.official_account, "fields.official_account",
                  ("official_account",))
    out += _first(of(Label.META, Label.SOURCE, Label.NAV, before=page.start), _wechat_account, "fields.wechat_account",
                  ("wechat_account",))
    out += _account_under_headline(page)
    out += _outlet_above_date(page, html)
    if html.get("source"):
        out.append(Candidate("source", str(html["source"]), "html.meta", None, ("html_meta",), str(html["source"])))
    if dateline_outlet:  # the dateline's short name (潆水融媒) written out in full by another reader (潆水县融媒)
        out = [replace(c, evidence=c.evidence + ("outlet_in_full",))
               if c.rule != "fields.dateline_outlet" and _in_full(dateline_outlet, str(c.value)) else c for c in out]
    return out


_IN_FULL_EXTRA = 3  # characters the full name has at most beyond the short one


def _in_full(short: str, full: str) -> bool:
    """``full`` is ``short`` written out (its characters in order, a few more between: 县, 区, 市).

    >>> _in_full("潆水融媒", "潆水县融媒"), _in_full("潆水融媒", "潆水融媒"), _in_full("某某日报", "另一日报社")
    (True, False, False)
    """
    if not (len(short) < len(full) <= len(short) + _IN_FULL_EXTRA) or full[0] != short[0]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)
