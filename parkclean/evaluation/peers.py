"""Systems behind one interface: page path in, dict out (text and whatever metadata they give).

Peers are optional (``pip install '.[eval]'``); a missing one is reported, never a failure.
Plain-text dumps are wrapped as <p> HTML for the peers; HTML pages go in as they are.
"""
from __future__ import annotations

import html as _html
import importlib.util
import re
from pathlib import Path
from typing import Any, Callable, Dict

Runner = Callable[[str, bool], Dict[str, Any]]

# system name -> module that must be importable
REQUIRES = {
    "parkclean": "parkclean", "trafilatura": "trafilatura", "justext": "justext", "readability": "readability",
    "gne": "gne", "goose3": "goose3", "newspaper4k": "newspaper", "magic-html": "magic_html",
}
DEFAULT_SYSTEMS = ("parkclean", "trafilatura", "justext", "readability", "gne", "goose3", "newspaper4k", "magic-html")


def available(name: str) -> bool:
    mod = REQUIRES.get(name)
    return mod is not None and importlib.util.find_spec(mod) is not None


def wrap(text: str) -> str:
    paras = "".join(f"<p>{_html.escape(x)}</p>\n" for x in text.splitlines() if x.strip())
    return f"<html><head><meta charset='utf-8'></head><body>{paras}</body></html>"


def _split_people(s: str | None) -> list[str]:
    return [a for a in re.split(r"[;,，、\s]+", s or "") if a]


def _parkclean(raw: str, is_html: bool) -> Dict[str, Any]:
    import parkclean
    return parkclean.clean(raw).to_dict()


def _trafilatura(raw: str, is_html: bool) -> Dict[str, Any]:
    import trafilatura
    r = trafilatura.bare_extraction(raw if is_html else wrap(raw), with_metadata=True)
    if r is None:
        return {"text": ""}
    r = r.as_dict() if hasattr(r, "as_dict") else r
    return {"text": r.get("text") or "", "title": r.get("title"), "published": r.get("date"),
            "authors": _split_people(r.get("author")), "tags": [t for t in (r.get("tags") or []) if t]}


def _justext(raw: str, is_html: bool) -> Dict[str, Any]:
    import justext
    # jusText ships no Chinese stop-list, and Chinese has no spaces to count stop-words by: we use an
    # empty list with the stop-word thresholds at zero, so it classifies by length and link density
    paras = justext.justext((raw if is_html else wrap(raw)).encode("utf-8"), frozenset(), encoding="utf-8",
                            stopwords_low=0.0, stopwords_high=0.0)
    return {"text": "\n".join(p.text for p in paras if not p.is_boilerplate)}


def _readability(raw: str, is_html: bool) -> Dict[str, Any]:
    import lxml.html
    from readability import Document
    d = Document(raw if is_html else wrap(raw))
    return {"text": lxml.html.fromstring(d.summary()).text_content(), "title": d.short_title()}


def _gne(raw: str, is_html: bool) -> Dict[str, Any]:
    from gne import GeneralNewsExtractor
    r = GeneralNewsExtractor().extract(raw if is_html else wrap(raw))
    return {"text": r.get("content") or "", "title": r.get("title"), "published": r.get("publish_time"),
            "authors": _split_people(r.get("author"))}


def _goose3(raw: str, is_html: bool) -> Dict[str, Any]:
    from goose3 import Goose
    from goose3.text import StopWordsChinese
    a = Goose({"stopwords_class": StopWordsChinese}).extract(raw_html=raw if is_html else wrap(raw))
    return {"text": a.cleaned_text or "", "title": a.title, "published": a.publish_date, "authors": list(a.authors or [])}


def _newspaper(raw: str, is_html: bool) -> Dict[str, Any]:
    from newspaper import Article
    a = Article("http://example.invalid/", language="zh")
    a.download(input_html=raw if is_html else wrap(raw))
    a.parse()
    return {"text": a.text or "", "title": a.title, "published": a.publish_date.isoformat() if a.publish_date else None,
            "authors": list(a.authors or [])}


def _magic_html(raw: str, is_html: bool) -> Dict[str, Any]:
    import lxml.html
    from magic_html import GeneralExtractor
    r = GeneralExtractor().extract(raw if is_html else wrap(raw), base_url="http://example.invalid/")
    body = r.get("html") or ""
    return {"text": lxml.html.fromstring(body).text_content() if body.strip() else "", "title": r.get("title")}


RUNNERS: dict[str, Runner] = {
    "parkclean": _parkclean, "trafilatura": _trafilatura, "justext": _justext, "readability": _readability,
    "gne": _gne, "goose3": _goose3, "newspaper4k": _newspaper, "magic-html": _magic_html,
}


def run(name: str, page: Path) -> Dict[str, Any]:
    """Run one system on one page; an exception becomes ``{"text": "", "error": ...}``."""
    raw = page.read_text(encoding="utf-8", errors="replace")
    try:
        return RUNNERS[name](raw, page.suffix.lower() in (".html", ".htm"))
    except Exception as e:  # a crashing peer scores zero on that page
        return {"text": "", "error": f"{type(e).__name__}: {e}"[:200]}
