"""Text dump → blocks: one block per non-empty line, with its indent and the gap before it.

Page dumps put each block element on its own line; a paragraph is one line. We keep that unit
(it is what annotators mark), and record the layout signals the rules use: the leading indent
(ASCII, full-width or NBSP spaces — body paragraphs are often indented, menus are not) and
whether a blank line came before.
"""
from __future__ import annotations

from typing import Iterator

_SPACES = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"


def lines(text: str) -> Iterator[tuple[int, str, int, bool]]:
    """Yield ``(line number, line without trailing space, indent width, blank before)``."""
    blank = False
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for i, line in enumerate(text.split("\n"), 1):
        body = line.rstrip()
        stripped = body.lstrip(_SPACES)
        if not stripped or not stripped.strip(_SPACES):
            blank = True
            continue
        yield i, body, len(body) - len(stripped), blank
        blank = False
