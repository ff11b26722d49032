"""The headline, without site or section suffixes."""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from .. import lexicons
from ..model import Classified, Label, Provenance
from ..evidence.title import page_title_parts
from . import fields

_TRAIL = " →>»"
_LABEL = re.compile(r"^(?:标题|標題|主题|主題|帖子标题)\s*[:：]\s*(?=\S)")  # a forum's 标题： field name
_WIDGET = re.compile(r"(?:(?<!\s)\s+)?[\[【]([^\]】]{1,8})[\]】]\s*$")  # a tool link after the headline: [复制链接]


def tidy(text: str) -> str:
    """The headline without a field name before it, a page-tool link after it, or a news site's
    name after a separator (园区新规出台 - 某某网).

    >>> tidy("标题：园区新规出台[复制链接]"), tidy("园区新规出台【图】"), tidy("园区新规出台 - 某某新闻网")
    ('园区新规出台', '园区新规出台【图】', '园区新规出台')
    """
    text = _LABEL.sub("", text.strip())
    m = _WIDGET.search(text)
    if m and m.group(1).strip() in lexicons.words("tools.txt"):
        text = text[:m.start()]
    parts = page_title_parts(text)
    if len(parts) >= 2 and fields.outlet_name(parts[-1]):
        text = parts[0]
    return text.rstrip(_TRAIL).strip()


def site_titled(first_line: str) -> Optional[str]:
    """The first part of a first line shaped like an HTML title that ends in a news site's name
    (园区召开会议_园区动态_某某网): the headline, when no line of the page was found to be one."""
    parts = page_title_parts(first_line)
    return parts[0] if len(parts) >= 2 and fields.outlet_name(parts[-1]) and len(parts[0]) >= 5 else None


def find(blocks: Sequence[Classified], html_meta: Mapping[str, str], prov: list[Provenance],
         titles: Optional[Sequence[Classified]] = None) -> Optional[str]:
    """The article headline: a headline line, else the first part of the page title (``titles``:
    the blocks labelled title, when the caller has them)."""
    if titles is None:
        titles = [c for c in blocks if c.final.label is Label.TITLE]
    titles = [c for c in titles if c.final.rule != "marker.original_title"]
    headlines = [c for c in titles if c.block.index > 0 or c.final.rule == "title.headline"]
    if headlines:
        first = headlines[0]
        text = first.block.text
        nxt = first.block.index + 1
        if (nxt < len(blocks) and blocks[nxt].final.rule == "title.repeats_page_title"
                and blocks[nxt].final.reason.startswith("second line")):
            text += blocks[nxt].block.text
        prov.append(Provenance("title", first.block.start, first.final.rule, first.block.raw))
        return tidy(text)
    if titles:
        c = titles[0]
        if c.final.rule != "title.page_title":  # a headline on the first line, not an HTML title
            prov.append(Provenance("title", c.block.start, c.final.rule, c.block.raw))
            return tidy(c.block.text)
        prov.append(Provenance("title", c.block.start, "title.page_title_parts", c.block.raw))
        return page_title_parts(c.block.text)[0].rstrip(_TRAIL).strip()
    if html_meta.get("title"):
        prov.append(Provenance("title", None, "html.meta", html_meta["title"]))
        return page_title_parts(html_meta["title"])[0]
    if blocks and (found := site_titled(blocks[0].block.text)):
        prov.append(Provenance("title", blocks[0].block.start, "title.site_suffix", blocks[0].block.raw))
        return tidy(found)
    return None
