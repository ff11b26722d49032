"""Per-block signals, computed once and shared by every rule.

Everything here is cheap string arithmetic (``str.count``, a few regex scans), because it runs
on every line of every page. ``Features`` is a NamedTuple: immutable like the stage dataclasses,
and an order of magnitude cheaper to build, which matters at tens of lines per page.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# Sentence punctuation inside a line: the mark of prose. ASCII forms count too (pages mix widths);
# a comma between digits (1,200) does not.
_NUM_COMMA = re.compile(r",(?=\d)")
_EXCL = ("！", "？", "!", "?")
_END_PUNCT = tuple("。！？!?…”」』）)；;\"'.")
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{3,4}|0\d{2,3}[-\s]?\d{7,8}|\d{3,4}-\d{7,8}"
                    r"|1[3-9]\d-\d{4}-\d{4}|0\d{2,3}-\d{3,4}[-\s]\d{4}|[(（]0\d{1,3}[)）]\s*\d{3,4}-?\d{4})(?!\d)")
# (a number in groups is a phone's only with a dash: 180-2688-3517, 0571-8899 6620; 高新区 138 1560 1720 is a table's row)
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_ELLIPSIS_END = ("...", "…", "。。。", "...」", "…”")


class Features(NamedTuple):
    """Signals of one line. ``chars`` excludes white space; ``wide`` counts CJK-width characters;
    ``punct`` counts sentence punctuation, ``stops`` full stops (。 anywhere, ！？ inside the line)."""

    chars: int
    wide: int
    punct: int
    stops: int
    end_punct: bool
    digits: int
    urls: int
    phones: int
    ellipsis_end: bool
    separators: int
    cjk_spaces: int

    @property
    def digit_ratio(self) -> float:
        return self.digits / self.chars if self.chars else 0.0

    @property
    def wide_ratio(self) -> float:
        return self.wide / self.chars if self.chars else 0.0


def compute(text: str) -> Features:
    """Features of one (already stripped, normalized) line.

    >>> compute("园区建设，稳步推进。").stops
    1
    """
    count = text.count
    spaces = count(" ") + count("\t")
    n = len(text) - spaces
    # UTF-8 length: 3 bytes for BMP CJK/full-width, 1 for ASCII; this counts wide characters fast.
    wide = (len(text.encode("utf-8")) - len(text)) // 2
    digits = len(_DIGIT.findall(text))
    end_punct = text.endswith(_END_PUNCT)
    excl = count("！") + count("？") + count("!") + count("?")
    # ！？ inside a short line are a headline's, not a paragraph's (好消息！园区又添新项目 …)
    stops = count("。") + ((excl - (1 if text.endswith(_EXCL) else 0)) if excl and n >= 30 else 0)
    punct = count("，") + count("。") + count("；") + count("、") + count("：") + count(";") + excl
    if "," in text:
        punct += count(",") - (len(_NUM_COMMA.findall(text)) if digits else 0)
    seps = count("|") + count(">") + count("»") + count("›") + count("｜") + count("·") + count(" / ")
    urls, phones = _regex_counts(text, digits)
    return Features(
        n, wide, punct, stops, end_punct, digits, urls, phones,
        text.endswith(_ELLIPSIS_END), seps,
        len(_CJK_SPACE.findall(text)) if spaces else 0)


def _regex_counts(text: str, digits: int) -> tuple[int, int]:
    """(URLs, phone numbers) in a line: the two counts that need a regex, run only when the line
    can have them (``http``/``www.``; 7 digits or more)."""
    urls = len(_URL.findall(text)) if "http" in text or "www." in text else 0
    return urls, (len(_PHONE.findall(text)) if digits >= 7 else 0)


try:  # the optional C kernel (parkclean/_speedups.c): same Features, one pass per line
    from ._speedups import scan as _scan
except ImportError:  # pragma: no cover - depends on the build
    _scan = None  # type: ignore[assignment]

SPEEDUPS = _scan is not None
"""Whether the C kernel is in use (``compute_all`` gives the same results either way)."""


def compute_all(lines: list[str]) -> list[Features]:
    """Features of every line of a page: the C kernel when it is built, :func:`compute` otherwise.

    >>> [f.punct for f in compute_all(["园区建设，稳步推进。", "首页"])]
    [2, 0]
    """
    if _scan is None:
        return [compute(t) for t in lines]
    feats, todo = _scan(lines, Features)
    for i in todo:  # URL and phone counts need the regexes: the few lines with a URL or 7+ digits
        f = feats[i]
        urls, phones = _regex_counts(lines[i], f.digits)
        if urls or phones:
            feats[i] = f._replace(urls=urls, phones=phones)
    return feats


PROSE_CHARS = 12
"""A line of prose: a full stop and at least this many characters (the one definition)."""


def is_prose(f: Features) -> bool:
    """A line of prose: a sentence with a full stop, at least :data:`PROSE_CHARS` long."""
    return f.stops >= 1 and f.chars >= PROSE_CHARS
