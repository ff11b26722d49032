"""Metrics, as documented in docs/evaluation.md.

Body: precision/recall/F1 over multisets of character bigrams after NFKC and white-space removal.
Strict F1 compares with the Simplified gold; F1si converts both sides with OpenCC t2s first.
Metadata: per-field exact checks (dates as ISO prefixes, authors/tags as sets, source by containment).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, Optional

from ..normalize.script import converter

_WS = re.compile(r"\s+")
FIELDS = ("title", "published", "authors", "source", "url", "tags", "category", "site", "dateline")


def norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s or ""))


def t2s(s: str) -> str:
    return converter("t2s")(s)


def bigrams(s: str) -> Counter:
    s = norm(s)
    return Counter(s[i:i + 2] for i in range(len(s) - 1))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Bigram precision, recall and F1.

    >>> prf("园区建设", "园区建设")
    (1.0, 1.0, 1.0)
    """
    p, g = bigrams(pred), bigrams(gold)
    hit = sum((p & g).values())
    P = hit / max(1, sum(p.values()))
    R = hit / max(1, sum(g.values()))
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def meta_ok(field: str, pred: Any, gold: Any) -> Optional[bool]:
    """True/False for a field the gold states; None when the gold does not state it."""
    if gold is None or gold == []:
        return None
    if field in ("authors", "tags"):
        return set(pred or []) == set(gold)
    if field == "published":
        return bool(pred) and str(pred).replace(" ", "T").startswith(str(gold))
    if field == "title":
        strip = lambda s: norm(s or "").rstrip("→>»")  # noqa: E731
        return strip(pred) == strip(gold)
    if field == "source":
        return bool(pred) and (norm(gold) in norm(pred) or norm(pred) in norm(gold))
    return norm(str(pred or "")) == norm(str(gold))
