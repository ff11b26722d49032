"""What a regular expression can start with: lets the rule engine skip the markers that cannot
match a line, instead of having the regex engine try each of them.

Python's ``re`` tries the alternatives of a combined pattern one by one at the start of a line;
for a short line that is most of the cost of the start markers. Knowing the first characters
each pattern can begin with, a line meets only the patterns its first character allows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


@dataclass(frozen=True)
class FirstSet:
    """The characters a match can begin with: single characters, code-point ranges, and the
    categories ``\\d`` and ``\\s``."""

    chars: frozenset[str]
    ranges: tuple[tuple[int, int], ...] = ()
    digit: bool = False
    space: bool = False

    def allows(self, c: str) -> bool:
        """Whether a match can begin with the character ``c``."""
        if c in self.chars or (self.digit and c.isdecimal()) or (self.space and c.isspace()):
            return True
        o = ord(c)
        return any(lo <= o <= hi for lo, hi in self.ranges)


class _Any(Exception):
    """Raised inside the walk when a pattern can begin with any character (or we cannot tell)."""


_CATEGORIES = {_c.CATEGORY_DIGIT: "digit", _c.CATEGORY_SPACE: "space"}


def first_set(pattern: str) -> Optional[FirstSet]:
    """The characters a match of ``pattern`` can begin with, or ``None`` when it can begin with
    any character, can match the empty string, or uses something this walk does not follow
    (flags, look-arounds, negated classes). ``None`` is always safe: the pattern is then tried on
    every line.

    >>> sorted(first_set("(?:上一篇|下一篇|返回)").chars)
    ['上', '下', '返']
    >>> first_set("[^（(]{0,10}编辑") is None
    True
    >>> first_set(r"\\s*(?:图|摄)").space
    True
    """
    try:
        parsed = _p.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    acc: dict[str, Any] = {"chars": set(), "ranges": [], "digit": False, "space": False}
    try:
        if _walk(list(parsed), acc):  # the whole pattern can match nothing
            return None
    except _Any:
        return None
    return FirstSet(frozenset(acc["chars"]), tuple(acc["ranges"]), acc["digit"], acc["space"])


def _walk(items: list[Any], acc: dict[str, Any]) -> bool:
    """Add the first characters of a sequence to ``acc``; True when the sequence can match empty."""
    for op, av in items:
        if op is _c.AT:  # ^, $, \b: zero width, they only narrow a match
            continue
        if op is _c.LITERAL:
            acc["chars"].add(chr(av))
            return False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    acc["chars"].add(chr(iav))
                elif iop is _c.RANGE:
                    acc["ranges"].append(tuple(iav))
                elif iop is _c.CATEGORY and iav in _CATEGORIES:
                    acc[_CATEGORIES[iav]] = True
                else:  # a negated class, \w, …
                    raise _Any
            return False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # scoped flags
                raise _Any
            if not _walk(list(av[-1]), acc):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _walk(list(alt), acc)
            if not empty:
                return False
            continue
        if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            lo, _hi, sub = av
            if not _walk(list(sub), acc) and lo > 0:
                return False
            continue
        raise _Any  # look-arounds, back references, …
    return True
