"""What site-template learning buys: sites built from the frame swaps, cleaned with and without
template evidence, with the lexicon markers on and off.

Each annotated page's frame (``swap.split``) makes a site: 20 pages, each that frame around a
different article of the corpus (same script). The site's template is learned over its 20 pages
(``corpus.template``, default thresholds) and each page is cleaned with and without it; body F1
(script-insensitive) is averaged over every page of every site. With the markers off (an
evaluation option: the matcher is built from the shape patterns only, no ``markers.tsv`` row),
the frame's furniture is known to no lexicon, which is what a site's unknown furniture looks like.

Run: ``python -m parkclean.evaluation.templates [corpus/dev] [--articles 20]``.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from statistics import mean
from typing import Iterator, Optional, Sequence

from .. import pipeline
from ..config import DEFAULT
from ..corpus import template as tpl
from ..evidence import collect as collect_mod
from ..evidence import matcher as matcher_mod
from . import corpus, metrics, swap


@contextmanager
def markers_off() -> Iterator[None]:
    """Clean with a matcher of the shape patterns only: no lexicon marker fires (evaluation only)."""
    shapes = [p for p in matcher_mod.patterns() if p.label is None]
    m = matcher_mod.Matcher(shapes)
    saved = collect_mod.matcher
    collect_mod.matcher = lambda backend=None: m  # type: ignore[assignment]
    try:
        yield
    finally:
        collect_mod.matcher = saved  # type: ignore[assignment]


@dataclass(frozen=True)
class Site:
    """A frame with its articles: the pages, and each page's gold body."""

    frame: str
    pages: tuple[str, ...]
    golds: tuple[str, ...]


def sites(cases: Sequence[corpus.Case], articles: int = 20) -> list[Site]:
    """One site per frame: the frame around ``articles`` other articles of its script (in turn)."""
    framed = [f for c in cases if (f := swap.split(c)) is not None]
    out = []
    for k, b in enumerate(framed):
        others = [a for a in framed[k + 1:] + framed[:k] if a.script == b.script][:articles]
        if len(others) < articles:
            continue
        pages = tuple("\n".join(b.before + a.article + b.after) for a in others)
        out.append(Site(b.name, pages, tuple(a.body for a in others)))
    return out


def learn(site: Site, th: tpl.Thresholds = tpl.Thresholds()) -> tpl.SiteTemplates:
    """The site's template, learned from its pages (one host)."""
    fps = []
    for i, page in enumerate(site.pages):
        ln = pipeline.read_lines(pipeline.io.to_decoded(page, DEFAULT), DEFAULT)
        fps.append(tpl.fingerprint(str(i), ln.keys if ln else [], f"http://{site.frame}.example/{i}.html", th))
    return tpl.learn(fps, th)


def scores(site: Site, templates: Optional[tpl.SiteTemplates]) -> list[float]:
    """Body F1si of every page of the site."""
    out = []
    for i, (page, gold) in enumerate(zip(site.pages, site.golds)):
        t = templates.for_document(str(i)) if templates is not None else None
        text = pipeline.clean(page, template=t).text
        out.append(metrics.prf(metrics.t2s(text), gold)[2])
    return out


def measure(all_sites: Sequence[Site], markers: bool) -> dict[str, list[float]]:
    """F1si of every page, without and with template evidence."""
    with (markers_off() if not markers else _nothing()):
        without = [f for s in all_sites for f in scores(s, None)]
        learned = [learn(s) for s in all_sites]
        with_t = [f for s, t in zip(all_sites, learned) for f in scores(s, t)]
    lines = [len(t.templates[k].counts) for t in learned for k in t.templates]
    return {"without": without, "with": with_t, "lines": [float(x) for x in lines]}


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main(argv: Sequence[str] = ()) -> int:
    ap = argparse.ArgumentParser(prog="python -m parkclean.evaluation.templates")
    ap.add_argument("folders", nargs="*", default=["corpus/dev"])
    ap.add_argument("--articles", type=int, default=20)
    a = ap.parse_args(list(argv))
    cases = [c for f in a.folders for c in corpus.load(f)]
    built = sites(cases, a.articles)
    if not built:
        print("no site could be built (too few annotated text dumps)", file=sys.stderr)
        return 1
    print(f"{len(built)} sites of {a.articles} pages ({len(built) * a.articles} pages) from {', '.join(a.folders)}")
    print("| lexicon markers | template evidence | mean body F1si | worst | pages at 0.9+ |")
    print("|---|---|---|---|---|")
    for markers in (False, True):
        r = measure(built, markers)
        for name in ("without", "with"):
            v = r[name]
            print(f"| {'on' if markers else 'off'} | {name} | {mean(v):.3f} | {min(v):.3f} | {mean(x >= 0.9 for x in v):.1%} |")
        print(f"(markers {'on' if markers else 'off'}: {mean(r['lines']):.1f} template lines a site)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
