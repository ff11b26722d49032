"""Dump variants: every annotated text page as other crawlers and converters would have dumped it.

The same page reaches a corpus in many forms: converted to Traditional, typed with ASCII
punctuation, with blank lines between all lines, with indented paragraphs, with Windows line
endings, or hard-wrapped by a converter at a fixed width (lynx and w3m wrap at 80 columns, which is
40 Chinese characters). Each variant is cleaned and scored against the page's gold: a rule that only
reads the form the corpus happens to have shows up here as a low score.
Run: ``python -m parkclean.evaluation.perturb corpus/dev corpus/genres`` (the figures per variant;
``tests/test_perturb.py`` holds them to floors).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from statistics import mean
from typing import Callable, Iterable, Sequence

from .. import pipeline
from . import corpus, metrics

_HALFWIDTH = str.maketrans("，。：；！？（）", ",.:;!?()")
_CLASS_ID = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)


def bare_html(html: str) -> str:
    """The page without its class and id attributes, as a site with generated class names (css-1x2y)
    or none at all gives it: the DOM's structure stays, its names go.

    >>> bare_html('<div class="article-content" id=main><p class=x>园区</p></div>')
    '<div><p>园区</p></div>'
    """
    return _CLASS_ID.sub("", html)


@lru_cache(maxsize=1)
def _s2t() -> Callable[[str], str]:
    from ..normalize import script
    return script.converter("s2t")


def wrapped(text: str, width: int) -> str:
    """Each line cut into pieces of ``width`` characters (a converter's hard wrap).

    >>> wrapped("一二三四五\\n六", 2)
    '一二\\n三四\\n五\\n六'
    """
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as dumped": lambda t: t,
    "Traditional": lambda t: _s2t()(t),
    "ASCII punctuation": lambda t: t.translate(_HALFWIDTH),
    "blank lines between lines": lambda t: "\n\n".join(t.split("\n")),
    "indented paragraphs": lambda t: "\n".join("\u3000\u3000" + x if len(x) > 30 else x for x in t.split("\n")),
    "CRLF line endings": lambda t: t.replace("\n", "\r\n"),
    "wrapped at 80 characters": lambda t: wrapped(t, 80),
    "wrapped at 40 characters": lambda t: wrapped(t, 40),
}
"""Each variant: how a page's text dump is changed."""

HTML_VARIANTS: dict[str, Callable[[str], str]] = {
    "HTML as stored": lambda h: h,
    "HTML without class and id": bare_html,
}
"""Each variant of a page's HTML."""


@dataclass(frozen=True)
class Scored:
    """One page in one variant: its body F1si."""

    variant: str
    page: str
    f1si: float


def scores(cases: Iterable[corpus.Case], variants: Sequence[str] = (*VARIANTS, *HTML_VARIANTS)) -> list[Scored]:
    """Every page of ``cases`` (its text dump, and its HTML where it has one) in every variant,
    scored against its gold body."""
    out = []
    for case in cases:
        if case.page.suffix != ".txt":
            continue
        for table, page in ((VARIANTS, case.page), (HTML_VARIANTS, case.page.with_suffix(".html"))):
            if not page.exists() or not any(name in table for name in variants):
                continue
            text = page.read_text(encoding="utf-8", errors="replace")
            for name in (n for n in variants if n in table):
                r = pipeline.clean(table[name](text))
                out.append(Scored(name, case.name, metrics.prf(metrics.t2s(r.text), case.body)[2]))
    return out


def report(rows: Sequence[Scored]) -> str:
    lines = []
    for name in (*VARIANTS, *HTML_VARIANTS):
        r = [x for x in rows if x.variant == name]
        if not r:
            continue
        worst = min(r, key=lambda x: x.f1si)
        lines.append(f"{name:28s} {len(r):4d} pages, mean F1si {mean(x.f1si for x in r):.3f}, "
                     f"below 0.5: {sum(x.f1si < 0.5 for x in r)}, worst {worst.page} {worst.f1si:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    dirs = list(argv) or ["corpus/dev", "corpus/genres"]
    rows = [s for d in dirs for s in scores(corpus.load(d))]
    if not rows:
        print("no annotated text dumps found", file=sys.stderr)
        return 1
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
