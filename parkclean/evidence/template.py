"""Site templates: a line the page's site repeats on many of its pages is furniture evidence.

The template is learned over a crawl (``parkclean.corpus.template``) and given with the page
(``clean(page, template=...)``); without one this rule finds nothing. The decision weighs the
evidence against the line's prose (``decide/values.py``): a repeated menu or promo line goes,
a long sentence that many articles of the site share can outweigh it and stay.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol

from ..model import Label
from .base import Evidence, Found, Page, page_rule

RULE = "template.repeated_line"


@dataclass(frozen=True)
class Repeated(Evidence):
    """The evidence, with the share of the site's pages that have the line (how sure it is)."""

    share: float = 1.0


class Template(Protocol):
    """What the rule reads of a site's template: on how many pages a line recurs."""

    @property
    def pages(self) -> int:
        """Pages of the site the template was learned on."""

    def count(self, key: str) -> int:
        """Pages of the site (of ``pages``) that have this line (its Simplified key); 0: not a template line."""


@page_rule(RULE, stage=2)
def repeated_line(page: Page) -> Found:
    """A line the site repeats on many pages (its header, footer, tool bars, promo lines)."""
    t: Optional[Template] = page.template
    if t is None:
        return
    for i, key in enumerate(page.keys):
        n = t.count(key)
        if n:
            yield i, Repeated(RULE, Label.BOILERPLATE, f"the site repeats this line on {n} of {t.pages} pages",
                              share=min(n / max(t.pages, 1), 1.0))
