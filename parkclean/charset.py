"""A set of characters to find in a page: counted, or listed once each.

Script detection counts the Traditional-only characters of a page, and normalization looks for
the characters that some step would fix. Both scan every character of every page, so the set
is a bitmap read by the optional C kernel (``_speedups``); without it, one regex does the scan.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

try:
    from ._speedups import count_in as _count_in, distinct_in as _distinct_in
except ImportError:  # pragma: no cover - depends on the build
    _count_in = _distinct_in = None  # type: ignore[assignment]


class CharSet:
    """Characters to look for in text.

    >>> s = CharSet("園區")
    >>> s.count("園區園"), sorted(s.distinct("新園區"))
    (3, ['區', '園'])
    """

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = frozenset(chars)
        self._rx = re.compile("[" + re.escape("".join(sorted(self.chars))) + "]") if self.chars else re.compile("(?!)")
        bits = bytearray((max(map(ord, self.chars), default=0) >> 3) + 1)
        for c in self.chars:
            bits[ord(c) >> 3] |= 1 << (ord(c) & 7)
        self._bits = bytes(bits)

    def count(self, text: str) -> int:
        """How many characters of ``text`` are in the set."""
        if _count_in is not None:
            return _count_in(text, self._bits)
        return len(self._rx.findall(text))

    def distinct(self, text: str) -> frozenset[str]:
        """The characters of the set that occur in ``text``."""
        found: Optional[str] = _distinct_in(text, self._bits) if _distinct_in is not None else None
        return frozenset(found) if found is not None else frozenset(self._rx.findall(text))
