"""Ads read off their neighbours: an ad slot between its label and its button, text-ad links, an
ad's words beside its hotline."""
from __future__ import annotations

from ...model import Label
from ..base import Evidence, Found, Page, page_rule
from ..form import bracketed, symbols_only


_SLOT_BUTTONS = (Label.AD, Label.SHARE, Label.TOOLS)
_SLOT_TEXT = 40  # characters of an ad's text between its label and its button, at most (a slogan, not a sentence) …
_SLOT_LINES = 5  # … in this many lines at most
_SLOT_BUTTON = 12  # characters of a slot's label or its button, at most


@page_rule("context.ad_slot")
def ad_slot(page: Page) -> Found:
    """A bare 广告/Ad label (or a product's, 【产品推荐】某某贷) owns the short lines after it, up to a
    close mark (×) or up to the ad's button (立即咨询, 点击查看更多) or its hotline (咨询热线：96868 立即申请)
    when short text stands between them."""
    n = len(page)
    for i in range(n):
        if page.labels[i] is not Label.AD or page.feats[i].chars > _SLOT_BUTTON:
            continue
        for j in range(i + 1, min(n, i + 2 + _SLOT_LINES)):
            if symbols_only(page.keys[j], page.feats[j], page.hits[j]):
                yield j, Evidence("context.ad_slot", Label.AD, "close mark of an ad slot", "claim")
                for k in range(i + 1, j):
                    if page.labels[k] in (None, Label.AD):
                        yield k, Evidence("context.ad_slot", Label.AD, "text of an ad slot", "claim")
                break
            if page.form[j] is not None:
                closes = (page.labels[j] in _SLOT_BUTTONS and page.feats[j].chars <= _SLOT_BUTTON) \
                    or (page.labels[j] is Label.CONTACT and page.feats[j].chars <= _SLOT_TEXT)
                if j > i + 1 and closes \
                        and all(page.feats[k].chars <= _SLOT_TEXT and not page.keys[k].endswith("。") for k in range(i + 1, j)):
                    for k in range(i + 1, j):
                        yield k, Evidence("context.ad_slot", Label.AD, "text of an ad slot, over its button", "claim")
                break


_TEXT_AD_CHARS = 30
_TEXT_AD_WINDOW = 6


@page_rule("context.text_ads")
def text_ads(page: Page) -> Found:
    """Text-ad links: short lines of two phrases joined by '--' (专治面瘫--面肌痉挛！), several within
    a few lines of each other, and the short links between them (a blog's single 食材---汤圆 stays)."""
    n = len(page)
    cands = [i for i in range(n) if page.form[i] is None and page.feats[i].chars <= _TEXT_AD_CHARS
             and not page.feats[i].stops and "shape.dash_join" in page.hits[i]]
    for k, i in enumerate(cands):
        near = (k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW) or (k + 1 < len(cands) and cands[k + 1] - i <= _TEXT_AD_WINDOW)
        if near:
            yield i, Evidence("context.text_ads", Label.AD, "text-ad link (phrases joined by --), one of several")
        if k > 0 and i - cands[k - 1] <= _TEXT_AD_WINDOW:  # a short link between two of them is one of the ads
            for j in range(cands[k - 1] + 1, i):
                f = page.feats[j]
                if page.form[j] is None and not f.stops and f.chars <= _TEXT_AD_CHARS:
                    yield j, Evidence("context.text_ads", Label.AD, "a short link between text-ad links")


_AD_LINE = 40  # characters of an ad's line next to its hotline, at most


@page_rule("context.ad_by_hotline")
def ad_by_hotline(page: Page) -> Found:
    """A short line of an ad's words (厂房现面向社会公开招租，欢迎垂询！) right above or under a contact
    line (招商热线：…, 联系人：…): the ad's own line, however much it reads like a sentence; and the
    ad's heading in brackets right above its words or its contact line (【人才招聘】, 【投资某某】)."""
    n = len(page)
    for i in range(n):
        f = page.feats[i]
        if page.labels[i] is Label.CONTACT and i > 0 and _box_heading(page, i - 1):
            yield i - 1, Evidence("context.ad_by_hotline", Label.AD, "an ad's heading in brackets over its contact line")
        if page.form[i] is not None or f.chars > _AD_LINE or "shape.ad_words" not in page.hits[i] \
                or (f.stops and not page.keys[i].endswith(("！", "!"))) or "shape.section_number" in page.hits[i]:
            continue  # (an ad calls out, 欢迎垂询！, or states no sentence; a notice's sentence ends in 。;
            #           三、配套：企业拎包入驻 heads a section of the text)
        if any(0 <= j < n and page.labels[j] is Label.CONTACT for j in (i - 1, i + 1)):
            yield i, Evidence("context.ad_by_hotline", Label.AD, "an ad's words next to its hotline")
            if i > 0 and _box_heading(page, i - 1):
                yield i - 1, Evidence("context.ad_by_hotline", Label.AD, "an ad's heading in brackets over its words")


def _box_heading(page: Page, i: int) -> bool:
    return page.form[i] is None and bracketed(page.keys[i])
