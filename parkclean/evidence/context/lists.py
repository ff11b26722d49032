"""A list of headlines, each over its date line (a column's index)."""
from __future__ import annotations

from ...model import Label
from ..base import Evidence, Found, Page, page_rule


_LIST_PAIRS = 3        # items in a row, each over its own date line, that make a list
_LIST_ITEM = (6, 60)   # characters of such an item: a headline's
_ITEM_DATE = 30        # characters of an item's date line (2025-06-18, 2024-12-03 某某网 > 园区)
_EXCERPT = 120         # characters of an item's excerpt under its date, at most


def _list_item(page: Page, i: int) -> bool:
    f = page.feats[i]
    return page.form[i] is None and _LIST_ITEM[0] <= f.chars <= _LIST_ITEM[1] and not f.stops


def _item_date(page: Page, i: int) -> bool:
    return "shape.date" in page.hits[i] and page.feats[i].chars <= _ITEM_DATE and page.labels[i] is Label.META


def _excerpt(page: Page, i: int) -> bool:
    """A listed headline's excerpt under its date: a line of no form, a sentence or two, not the next
    headline, and not followed by a paragraph (a headline, its byline and then the text's paragraphs
    are an article, whatever list stands above it)."""
    return i < len(page) and page.form[i] is None and page.feats[i].chars <= _EXCERPT and page.feats[i].punct >= 1 \
        and not (_list_item(page, i) and i + 1 < len(page) and _item_date(page, i + 1)) \
        and not page.paragraph(i + 1)


def _items(page: Page, i: int, step: int) -> tuple[list[int], int]:
    """The items in a row from line ``i`` (their lines), and the line after them: each a headline
    with its date line ``step - 1`` lines below (a search result's or a column's excerpt between
    them when the step is 3, which some items of the column may lack); at step 2 an item's excerpt
    may stand under its date (标题 / 2024-11-20 / 摘要)."""
    n, out = len(page), list[int]()
    while i + 1 < n and _list_item(page, i):
        if step == 3 and i + 2 < n and _item_date(page, i + 2) and not _item_date(page, i + 1):
            width = 3
        elif _item_date(page, i + 1) and (step == 2 or out):
            width = 2
        else:
            break
        out += range(i, i + width)
        i += width
        if step == 2 and _excerpt(page, i):
            out.append(i)
            i += 1
    return out, i


def _prose_in(page: Page, lines: range) -> bool:
    return any(page.paragraph(k) for k in lines)


@page_rule("context.dated_list")
def dated_list(page: Page) -> Found:
    """A list of headlines, each over its own date line (标题 / 2025-06-18 / 标题 / 2025-06-12 …),
    or over an excerpt and then its date (a search's results, a column whose items some lack an
    excerpt), or over its date and then an excerpt
    (a column's index), three in a row or more: a column's, a search's or a sidebar's list of
    articles, not a text (a headline with its date on the same line is ``related.dated_item``).
    Between two paragraphs such a list is the text's own timeline."""
    n, i = len(page), 0
    labels = page.labels
    if sum(lab is Label.META for lab in labels) < _LIST_PAIRS:
        return  # (a page with fewer date lines than a list's items: most articles)
    while i + 1 < n:
        if labels[i + 1] is not Label.META and (i + 2 >= n or labels[i + 2] is not Label.META):
            i += 1  # (no date line under the line: no item starts here)
            continue
        lines, end = max((_items(page, i, s) for s in (2, 3)), key=lambda t: sum(_item_date(page, k) for k in t[0]))
        dates = [k for k in lines if _item_date(page, k)]
        tail = dates[-1] + 1 if dates else end  # (the last date's excerpt may be the text's next paragraph)
        if len(dates) >= _LIST_PAIRS and not (_prose_in(page, range(max(0, i - 2), i))
                                              and _prose_in(page, range(tail, min(n, tail + 2)))):  # (between paragraphs: the text's own timeline)
            for k in lines:
                if labels[k] is not Label.META:
                    yield k, Evidence("context.dated_list", Label.RELATED, "an item of a list of headlines, each over its date")
            i = end
        else:
            i += 1
