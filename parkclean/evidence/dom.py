"""Evidence from an HTML page's DOM (``htmldom.py``): where each line stands in the page's markup.

These rules give evidence of kind ``score``: it adds its fitted weight to the line's value
rather than saying what the line is (a sentence in a sidebar is still a sentence), and lends its
label to a removed line that has no evidence of its own. Code inside the content gives kind
``keep``: a score that also keeps the line inside the article over what its form says (a code
line that reads like a menu or a date). A table cell only weighs: old pages lay themselves out in
tables, and a pager or a date line in such a cell is still furniture. A text dump has no DOM:
the rules give nothing there.
"""
from __future__ import annotations

from ..features import is_prose
from ..htmldom import LINK_SHARE
from ..model import Label
from .base import Evidence, Found, Page, page_rule

_FURNITURE = {"nav": Label.NAV, "footer": Label.FOOTER, "comments": Label.COMMENTS, "related": Label.RELATED,
              "share": Label.SHARE, "ad": Label.AD, "breadcrumb": Label.BREADCRUMB, "tags": Label.TAGS,
              "tools": Label.TOOLS, "pager": Label.PAGER}
_LINKS = LINK_SHARE  # a line this much link text …
_LINK_CHARS = 40    # … and at most this long is a link, not text
_TEXT = 40          # a line of the content counts as its text when this long, or a sentence
_PHRASE = 2         # … on a page without prose, when this long


@page_rule("dom.furniture")
def furniture(page: Page) -> Found:
    """A line inside an element whose class or id names page furniture (nav, footer, comment,
    related, share, ad …; ``lexicons/dom_tokens.tsv``) or that is one by its tag (<nav>, <footer>,
    <aside>)."""
    for i, d in enumerate(page.dom or ()):
        lab = _FURNITURE.get(d.block or "")
        if lab is not None and d.chars:
            yield i, Evidence("dom.furniture", lab, f"inside a '{d.block}' element of the page", "score")


@page_rule("dom.content")
def content(page: Page) -> Found:
    """A line of text (a sentence, or 40 characters or more) inside an element whose class or id
    names the article (content, article, post …): the short lines there are as often its widgets."""
    for i, d in enumerate(page.dom or ()):
        if d.block == "content" and (d.chars >= _TEXT or page.feats[i].stops):
            yield i, Evidence("dom.content", Label.BODY, "inside the page's content element", "score")


@page_rule("dom.best", emits=("dom.best", "dom.outside"))
def best(page: Page) -> Found:
    """Lines of text inside the container the content score picks (their text's length and
    commas, less their links), and lines of prose outside it. On a page without prose (a table
    of contents, a list of names), every line of that container is its text."""
    doms = page.dom or ()
    if not any(d.best for d in doms):
        return
    prose = any(is_prose(f) for f in page.feats)
    for i, d in enumerate(doms):
        if d.best and (d.chars >= _TEXT or page.feats[i].stops or (not prose and d.chars >= _PHRASE)):
            yield i, Evidence("dom.best", Label.BODY, "text in the container with the most text", "score")
        elif d.chars >= 25 and page.feats[i].stops:
            yield i, Evidence("dom.outside", Label.BOILERPLATE, "prose outside the container with the most text", "score")


@page_rule("dom.links")
def links(page: Page) -> Found:
    """A short line made mostly of link text: a link, not the article's text."""
    for i, d in enumerate(page.dom or ()):
        if d.chars and d.chars <= _LINK_CHARS and d.link_density >= _LINKS:
            yield i, Evidence("dom.links", Label.NAV, f"{d.link} of {d.chars} characters are link text", "score")


_LINK_LINE = 60      # characters of a line that is all one link, at most


@page_rule("dom.link_line")
def link_line(page: Page) -> Found:
    """A line that is all link text, no sentence and no heading (视频：中超第4轮 比赛集锦, a related
    story's headline, 查看企业详情 ›): a link to another page, removed wherever it stands, the
    article's run included (kind ``drop``: it weighs nothing, ``dom.links`` weighs; it removes).
    Not a table's cell or a list's item inside the content (names linked to their pages), a numbered line (an
    attachment: 1.某某申报指南) nor a line under a lead-in (…包括：)."""
    for i, d in enumerate(page.dom or ()):
        if d.chars and d.link >= d.chars and d.chars <= _LINK_LINE and not (d.heading or d.code) \
                and not ((d.cell or d.item) and d.best) \
                and not page.feats[i].stops and "shape.numbered" not in page.hits[i] \
                and not (i > 0 and page.keys[i - 1].endswith(("：", ":"))):
            yield i, Evidence("dom.link_line", Label.RELATED, "a line that is all one link's text", "drop")


@page_rule("dom.code", emits=("dom.code", "dom.cell", "dom.head_cell", "dom.item"))
def kept_blocks(page: Page) -> Found:
    """Code and cells of a table of data inside the content: their short lines (a code listing, a
    flattened table) are the content's, which the text rules alone read as a menu. A header cell
    (<th>) says so of its table: a table with a header row holds data, not a page's layout. An
    item of a list (<li>, <dd>) inside the content, not a link, is an item of the text's list (a
    list of names the decision weighs as a table's cells: ``values._cells``)."""
    for i, d in enumerate(page.dom or ()):
        if not d.chars or not d.best:
            continue
        if d.code:
            yield i, Evidence("dom.code", Label.BODY, "code inside the content", "keep")
        elif d.content_cell:
            if d.head:
                yield i, Evidence("dom.head_cell", Label.BODY, "a header cell of a table inside the content", "score")
            else:
                yield i, Evidence("dom.cell", Label.BODY, "a table cell inside the content", "score")
        elif d.item and not d.heading and d.link < LINK_SHARE * d.chars:
            yield i, Evidence("dom.item", Label.BODY, "an item of a list inside the content, not a link", "score")
