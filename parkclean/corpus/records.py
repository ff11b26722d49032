"""What is written for a cleaned document: the full record or its flat form, and the filters.

The **full** record is ``Result.to_dict()`` headed by ``id`` and ``input`` (the file it came
from): every removed block with its label, rule and reason, the normalization steps, provenance.

The **flat** record (``--flat``) has only strings, integers, floats and booleans, never None
and never a nested value: a missing field is ``""``, a list is joined with ``|`` (authors,
tags, images), the removed blocks are counted per label in one string (``nav=3 footer=1``).
Parquet, Arrow and datatrove's writers take it as it is, batch after batch, with one schema.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Optional

from ..model import Result

FLAT_STRINGS = ("title", "published", "updated", "published_relative", "editor", "source", "dateline",
                "dateline_place", "dateline_date", "site", "category", "url", "script", "kind")
FLAT_LISTS = ("authors", "tags", "images")


def full(doc_id: str, source: str, result: Result, url: Optional[str] = None) -> dict[str, Any]:
    """The full record of a cleaned document. ``url``: the crawl's, where the page was fetched
    (the page's own, when the crawl gives none); a different address the page states of itself
    (a permalink, a canonical link) is ``page_url``."""
    d = {"id": doc_id, "input": source, **result.to_dict()}
    if url:
        if d.get("url") and d["url"] != url:
            d["page_url"] = d["url"]
        d["url"] = url
    return d


def removed_counts(result: Result) -> Counter:
    """Removed blocks per label."""
    return Counter(c.final.label.value for c in result.blocks if not c.kept)


def flat(doc_id: str, source: str, result: Result, url: Optional[str] = None) -> dict[str, Any]:
    """The flat record: scalars only, no None (see the module's docstring).

    >>> from parkclean import clean
    >>> r = flat("a", "a.txt", clean("首页\\n园区一季度新开工项目十二个，总投资超过五十亿元。"))
    >>> r["authors"], r["removed"], r["chars"], sorted({type(v).__name__ for v in r.values()})
    ('', 'nav=1', 24, ['float', 'int', 'str'])
    """
    m = result.metadata
    d: dict[str, Any] = {"id": doc_id, "input": source, "text": result.text}
    for name in FLAT_STRINGS:
        value = getattr(m, name, None) if hasattr(m, name) else getattr(result, name, None)
        d[name] = "" if value is None else str(value)
    if url:
        d["url"] = url  # the crawl's, where the page was fetched (as in the full record)
    for name in FLAT_LISTS:
        d[name] = "|".join(getattr(m, name))
    d["confidence"] = float(result.confidence)
    d["chars"] = len(d["text"])
    d["paragraphs"] = len(result.paragraphs)
    d["removed"] = " ".join(f"{k}={v}" for k, v in sorted(removed_counts(result).items()))
    d["warnings"] = len(result.warnings)
    d["encoding"] = result.decoding.encoding if result.decoding is not None else ""
    return d


@dataclass(frozen=True)
class Filters:
    """Which cleaned documents are kept. A document filtered out goes to the rejects file with
    the reason; ``min_chars`` 1 (default) drops a page where no article text was found."""

    min_chars: int = 1
    min_confidence: float = 0.0

    def reason(self, result: Result) -> Optional[str]:
        """Why the document is filtered out, or None to keep it.

        >>> from parkclean import clean
        >>> Filters(min_chars=100).reason(clean("园区一季度新开工项目十二个，总投资超过五十亿元。"))
        'text has 24 characters, fewer than --min-chars 100'
        >>> Filters().reason(clean("  \\n")), Filters().reason(clean("首页\\n新闻\\n政务\\n服务"))
        ('empty page: no text lines', 'no article text found (every line looks like page furniture)')
        """
        n = sum(map(len, result.paragraphs)) + max(len(result.paragraphs) - 1, 0)
        if n == 0 and self.min_chars > 0:
            if any(w.startswith("empty page") for w in result.warnings):
                return "empty page: no text lines"
            return "no article text found (every line looks like page furniture)"
        if n < self.min_chars:
            return f"text has {n} characters, fewer than --min-chars {self.min_chars}"
        if result.confidence < self.min_confidence:
            return f"confidence {result.confidence:.3f} is below --min-confidence {self.min_confidence}"
        return None
