"""Metadata in the page's own script.

The text is converted to the target script (Simplified by default), and metadata are read off
the converted lines, where the lexicons work. But titles, names, outlets and sections are the
page's words: with ``Config.metadata_script == "page"`` each value found is given back as the
page writes it, by taking the same span of the same line before conversion. OpenCC converts
character for character almost everywhere; a line whose length changed keeps the converted value.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from typing import Optional

from ..model import Metadata

_TEXT_FIELDS = ("title", "editor", "source", "dateline", "dateline_place", "site", "category", "published_relative")
_LIST_FIELDS = ("authors", "tags")


class _Aligned:
    """Two versions of a page's lines, the converted one and the page's own, read span by span."""

    def __init__(self, converted: str, native: str):
        self.converted, self.native = converted, native
        self.lines = converted.split("\n")
        self.native_lines = native.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def back(self, value: Optional[str]) -> Optional[str]:
        """``value`` as the page writes it, or ``value`` itself where the lines do not align."""
        if not value or len(self.lines) != len(self.native_lines):
            return value
        i = self.converted.find(value)
        if i < 0:
            return value
        n = bisect_right(self.starts, i) - 1
        line, native = self.lines[n], self.native_lines[n]
        if len(line) != len(native):
            return value
        at = i - self.starts[n]
        if at + len(value) > len(line):  # the value runs over a line end (a two-line title)
            return value
        return native[at:at + len(value)]


def in_page_script(meta: Metadata, converted: str, native: str) -> Metadata:
    """``meta`` with every text value given back in the page's own script.

    >>> m = Metadata(title="园区发展", authors=("张三",))
    >>> in_page_script(m, "园区发展\\n记者 张三", "園區發展\\n記者 張三").title
    '園區發展'
    """
    aligned = _Aligned(converted, native)
    changes: dict[str, object] = {f: aligned.back(getattr(meta, f)) for f in _TEXT_FIELDS}
    for f in _LIST_FIELDS:
        changes[f] = tuple(aligned.back(v) or v for v in getattr(meta, f))
    return dataclasses.replace(meta, **changes)  # type: ignore[arg-type]
