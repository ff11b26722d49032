"""Page rules for a box set inside or over an article that is no part of it.

A card sums up a company or a body the text names (企业名片): its heading, the name, a few fields
(成立日期：… 注册资本：…) and a link to its page (查看企业详情 >). Its lines are short and
unpunctuated like a list the text might hold, so only the card's frame tells them apart: the
heading above and the link below, with fields between.
"""
from __future__ import annotations

import re

from ..model import Label
from .base import Evidence, Found, Page, page_rule

_CARD_LINES = 8    # lines between a card's heading and its link, at most
_CARD_CHARS = 40   # characters of a card's line, at most
_CARD_FIELDS = 2   # fields a card holds, at least


@page_rule("context.card")
def card(page: Page) -> Found:
    """A card inside the article: a card's heading (企业名片, + 关注), at most eight short lines
    without a sentence, two of them fields (注册资本：12000万元), and the link to its page (查看企业
    详情 >): the whole box is furniture, set in the text as an ad is (label ``ad``)."""
    n = len(page)
    for i in range(n):
        if "shape.card_heading" not in page.hits[i]:
            continue
        end = next((k for k in range(i + 1, min(n, i + _CARD_LINES + 2)) if "shape.more_link" in page.hits[k]), None)
        if end is None:
            continue
        inner = range(i + 1, end)
        if any(page.feats[k].chars > _CARD_CHARS or page.feats[k].stops for k in inner) \
                or sum("shape.field" in page.hits[k] for k in inner) < _CARD_FIELDS:
            continue
        for k in range(i, end + 1):
            yield k, Evidence("context.card", Label.AD, "a card inside the article promoting what it names (its heading, "
                                                         "fields and a link to its page): not the text", "claim")


_CARD_DESC = 40   # characters of a repost card's account description, at most


@page_rule("context.repost_card")
def repost_card(page: Page) -> Found:
    """A repost's card over the article (以下文章来源于某某日报，作者某某日报): the account's name
    under it and the one line that describes the account (某某日报官方公众号，权威发布…) are the
    card's, not the article's opening."""
    n = len(page)
    for i in range(n - 1):
        if "shape.repost_card" not in page.hits[i] or not (m := _CARD_ACCOUNT.search(page.keys[i])):
            continue
        account = m.group(1)
        k = i + 1  # the account's name, then the line that names or describes it (not the article's opening)
        while k < n and k - i <= 2 and page.form[k] is None and page.feats[k].chars <= _CARD_DESC \
                and (account in page.keys[k] or any(w in page.keys[k] for w in _ACCOUNT_WORDS)):
            yield k, Evidence("context.repost_card", Label.SOURCE, "the repost card's account and its description", "claim")
            k += 1


_CARD_ACCOUNT = re.compile(r"以下文章来源于([^，,。\s]{2,20})")
_ACCOUNT_WORDS = ("公众号", "官方账号", "官方号")  # a description of the account (某某日报官方公众号，权威发布…)
