"""The headline, without site or section suffixes."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from ..model import Classified, Label, Provenance
from ..rules.context import page_title_parts

_TRAIL = " →>»"


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
        if (nxt < len(blocks) and blocks[nxt].final.rule == "title.page_title"
                and blocks[nxt].final.reason.startswith("second line")):
            text += blocks[nxt].block.text
        prov.append(Provenance("title", first.block.start, first.final.rule, first.block.raw))
        return text.strip().rstrip(_TRAIL).strip()
    if titles:
        c = titles[0]
        if c.final.rule != "title.page_title":  # a headline on the first line, not an HTML title
            prov.append(Provenance("title", c.block.start, c.final.rule, c.block.raw))
            return c.block.text.rstrip(_TRAIL).strip()
        prov.append(Provenance("title", c.block.start, "title.page_title_parts", c.block.raw))
        return page_title_parts(c.block.text)[0].rstrip(_TRAIL).strip()
    if html_meta.get("title"):
        prov.append(Provenance("title", None, "html.meta", html_meta["title"]))
        return page_title_parts(html_meta["title"])[0]
    return None
