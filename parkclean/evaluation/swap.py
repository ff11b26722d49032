"""Frame swaps: every annotated article inside every other page's frame.

A page whose lines are labelled (``labels`` in its annotation) splits into a frame (the lines
before its first body line and after its last) and an article (the lines in between). Putting
each article into each other frame makes pages no site wrote, with known gold: a rule that only
works with the header or footer it was written against shows up as a low score here.
Run: ``python -m parkclean.evaluation.swap corpus/hard``.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from statistics import mean
from typing import Iterable, Optional, Sequence

from .. import pipeline
from . import corpus, metrics


@dataclass(frozen=True)
class Framed:
    """One annotated page split into its frame and its article."""

    name: str
    before: tuple[str, ...]
    article: tuple[str, ...]
    after: tuple[str, ...]
    body: str
    script: Optional[str]


def split(case: corpus.Case) -> Optional[Framed]:
    """The page's frame and article, or None when its lines are not labelled (or none is body)."""
    labels = case.line_labels
    if not labels:
        return None
    lines = case.page.read_text(encoding="utf-8").splitlines()
    body = [n for n, lab in labels.items() if lab == "body"]
    if not body:
        return None
    s, e = min(body) - 1, max(body)
    return Framed(case.name, tuple(lines[:s]), tuple(lines[s:e]), tuple(lines[e:]), case.body, case.gold.get("script"))


def swaps(cases: Iterable[corpus.Case]) -> list[tuple[float, str, str]]:
    """(F1si, article, frame) for every article in every other frame of the same script, worst first."""
    framed = [f for c in cases if (f := split(c)) is not None]
    out = []
    for a in framed:
        for b in framed:
            if a is b or a.script != b.script:
                continue
            text = pipeline.clean("\n".join(b.before + a.article + b.after)).text
            out.append((metrics.prf(metrics.t2s(text), a.body)[2], a.name, b.name))
    return sorted(out)


def main(argv: Sequence[str] = ()) -> int:
    roots = list(argv) or ["corpus/hard"]
    rows = swaps(c for root in roots for c in corpus.load(root))
    if not rows:
        print("no pages with per-line labels found", file=sys.stderr)
        return 1
    print(f"{len(rows)} swaps, mean F1si {mean(r[0] for r in rows):.3f}; worst:")
    for f, a, b in rows[:10]:
        print(f"  {f:.3f}  article of {a} in the frame of {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
