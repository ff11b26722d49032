"""Page rules about an article's own layout: the table under a lead-in sentence, code listings.

A shape that makes short, unpunctuated lines part of an article rather than a menu gives evidence
*for* the body, which the decision weighs against the lines' other evidence. (The layouts that
only hold next to the article, an opening or a closing in short lines, a box inside it, tags
under it, are read by the decision once it has found the article: ``decide/extend.py``.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..features import is_prose
from ..model import Label
from .base import Evidence, Found, Page, page_rule
from .matcher import patterns

LEAD_IN = ("：", ":")
_LEAD_IN_ITEMS = 300   # lines a table under a lead-in sentence may have
# labels of lines that sit inside a text without ending it (an ad or image line inside a table)
_INLINE = (Label.IMAGE, Label.AD, Label.CONTACT, Label.SHARE, Label.TOOLS, Label.BOILERPLATE, Label.COPYRIGHT)


@page_rule("layout.lead_in")
def lead_in(page: Page) -> Found:
    """A sentence ending in a colon (具体完成情况如下：), or an attachment's line (附：招生专业及考试科目),
    introduces a table or list: its short lines, up to the next full sentence, are part of the
    text, not a menu. A line of two phrases joined by '--' and nothing else (专治口臭--溃疡) ends it:
    a link (a text ad), not a row (郑州--卢森堡 每周三班 is a row)."""
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
            if "shape.dash_join" in page.hits[j] and " " not in page.keys[j].strip():
                break  # two phrases joined by '--' and nothing else: a link (a text ad), not a row
            if lab not in _INLINE:
                if page.form[j] is not None or page.feats[j].stops or page.feats[j].chars > 40:
                    break
                yield j, Evidence("layout.lead_in", Label.BODY, "a short line of the table or list under a lead-in sentence")
            j += 1
        i = max(i + 1, j)


_CODE_LINES = 3      # lines of code in a row that make a block of code …
_CODE_NEAR = 3       # … within this many lines of the article's prose
_CODE_MARKS = 4      # or one line (a listing joined into a line) with this many marks of code


@lru_cache(maxsize=1)
def _code_mark() -> "re.Pattern[str]":
    return next(p for p in patterns() if p.id == "shape.code").regex


@page_rule("layout.code")
def code(page: Page) -> Found:
    """A block of code in a text (three lines or more in a row in Latin letters with the marks of
    code: a continuation, an assignment, a variable, braces, a flag, a shell command), or one
    line with many such marks (a listing whose line breaks were lost), next to prose: a code listing of the article (a programming blog's), which the text rules would read
    as a menu or a date line. It is kept whatever its lines look like."""
    feats, n = page.feats, len(page)
    codeish = [feats[i].wide_ratio < 0.3 and feats[i].chars >= 2 and "shape.code" in page.hits[i]
               and not feats[i].urls for i in range(n)]
    i = 0
    while i < n:
        if not codeish[i]:
            i += 1
            continue
        j = i
        while j < n and (codeish[j] or (feats[j].wide_ratio < 0.3 and feats[j].chars <= 20 and j + 1 < n
                                        and codeish[j + 1])):
            j += 1
        near = any(is_prose(feats[k]) and feats[k].wide_ratio >= 0.5
                   for k in range(max(0, i - _CODE_NEAR), min(n, j + _CODE_NEAR)) if not i <= k < j)
        joined = j - i == 1 and len(_code_mark().findall(page.keys[i])) >= _CODE_MARKS
        if (j - i >= _CODE_LINES or joined) and near:
            for k in range(i, j):
                yield k, Evidence("layout.code", Label.BODY, "a line of a block of code next to the text", "keep")
        i = max(j, i + 1)
