"""Page rules about an article's own layout: the table under a lead-in sentence.

A shape that makes short, unpunctuated lines part of an article rather than a menu gives evidence
*for* the body, which the decision weighs against the lines' other evidence. (The layouts that
only hold next to the article, an opening or a closing in short lines, a box inside it, tags
under it, are read by the decision once it has found the article: ``decide/extend.py``.)
"""
from __future__ import annotations

from ..model import Label
from .base import Evidence, Found, Page, page_rule

LEAD_IN = ("：", ":")
_LEAD_IN_ITEMS = 300   # lines a table under a lead-in sentence may have
# labels of lines that sit inside a text without ending it (an ad or image line inside a table)
_INLINE = (Label.IMAGE, Label.AD, Label.CONTACT, Label.SHARE, Label.TOOLS, Label.BOILERPLATE, Label.COPYRIGHT)


@page_rule("layout.lead_in")
def lead_in(page: Page) -> Found:
    """A sentence ending in a colon (具体完成情况如下：), or an attachment's line (附：招生专业及考试科目),
    introduces a table or list: its short lines, up to the next full sentence, are part of the
    text, not a menu."""
    n = len(page)
    i = 0
    while i < n:
        k, f = page.keys[i], page.feats[i]
        opens = (k.endswith(LEAD_IN) and f.punct >= 2 and f.chars >= 10) or "shape.lead_in" in page.hits[i]
        if not (opens and page.form[i] is None):
            i += 1
            continue
        j = i + 1
        while j < min(n, i + 1 + _LEAD_IN_ITEMS):
            lab = page.labels[j]
            if lab not in _INLINE:
                if page.form[j] is not None or page.feats[j].stops or page.feats[j].chars > 40:
                    break
                yield j, Evidence("layout.lead_in", Label.BODY, "a short line of the table or list under a lead-in sentence")
            j += 1
        i = max(i + 1, j)
