"""Per-block signals, computed once and shared by every rule.

Everything here is cheap string arithmetic (``str.count``, ``translate``, one regex),
because it runs on every line of every page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence punctuation inside a line: the mark of prose. ASCII forms count in CJK context only
# (handled by normalization turning them full-width; a comma between digits never counts).
_SENT_PUNCT = "，。；！？、：,;!?"
_END_PUNCT = tuple("。！？!?…”」』）)；;\"'.")
_DIGITS = str.maketrans("", "", "0123456789０１２３４５６７８９")
_NUM_COMMA = re.compile(r"\d,\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{3,4}|0\d{2,3}[-\s]?\d{7,8}|\d{3,4}-\d{7,8})(?!\d)")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_ELLIPSIS_END = ("...", "…", "。。。", "...」", "…”")


@dataclass(frozen=True)
class Features:
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
    """Features of one (already stripped, normalized) line."""
    compact = text.replace(" ", "").replace("\t", "")
    n = len(compact)
    # UTF-8 length: 3 bytes for BMP CJK/full-width, 1 for ASCII; this counts wide characters fast.
    wide = (len(compact.encode("utf-8")) - n) // 2
    punct = sum(map(compact.count, _SENT_PUNCT))
    stops = compact.count("。") + sum(map(compact[:-1].count, "！？!?"))
    if "," in compact:
        punct -= len(_NUM_COMMA.findall(compact))
    digits = n - len(compact.translate(_DIGITS))
    urls = len(_URL.findall(text)) if ("http" in text or "www." in text) else 0
    phones = len(_PHONE.findall(text)) if digits >= 7 else 0
    cjk_spaces = len(_CJK_SPACE.findall(text)) if " " in text else 0
    separators = sum(map(text.count, ("|", ">", "»", "›", " / ", "｜", "·")))
    return Features(
        chars=n, wide=wide, punct=max(0, punct), stops=stops, end_punct=compact.endswith(_END_PUNCT), digits=digits,
        urls=urls, phones=phones, ellipsis_end=compact.endswith(_ELLIPSIS_END), separators=separators,
        cjk_spaces=cjk_spaces)
