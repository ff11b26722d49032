"""Frame swaps: every annotated article inside every other page's frame.

A page splits into a frame (the lines before its first body line and after its last) and an
article (the lines in between), read off its per-line ``labels`` or found by the gold's first
and last body lines. Putting each article into each other frame makes pages no site wrote,
with known gold: a rule that only works with the header or footer it was written against shows
up as a low score here.
Run: ``python -m parkclean.evaluation.swap corpus/hard corpus/dev`` (the dev pages give real
frames of 33 sites).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from statistics import mean
from typing import Callable, Iterable, Optional, Sequence

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


def _squash(s: str) -> str:
    return "".join(s.split())


def split(case: corpus.Case) -> Optional[Framed]:
    """The page's frame and article: from the per-line labels, or else from where the gold's
    first and last body lines stand in the page. None when neither shows it."""
    if case.page.suffix != ".txt":
        return None
    lines = case.page.read_text(encoding="utf-8").splitlines()
    body = [n for n, lab in case.line_labels.items() if lab == "body"]
    copies: set[str] = set()  # gold lines: a page that repeats its article must not bring the copy to its frame
    if body:
        s, e = min(body) - 1, max(body)
    else:
        gold = case.gold.get("body")
        gold = [g for g in (gold.splitlines() if isinstance(gold, str) else gold or []) if g.strip()]
        squashed = [_squash(x) for x in lines]
        if not gold or _squash(gold[0]) not in squashed:
            return None
        s = squashed.index(_squash(gold[0]))
        last = _squash(gold[-1])
        e = next((i + 1 for i in range(s, len(lines)) if squashed[i] == last), 0)  # its first copy after s
        if e <= s:
            return None
        copies = {_squash(g) for g in gold}
    before = tuple(x for x in lines[:s] if _squash(x) not in copies)
    after = tuple(x for x in lines[e:] if _squash(x) not in copies)
    return Framed(case.name, before, tuple(lines[s:e]), after, case.body,
                  case.gold.get("body_script") or case.gold.get("script"))


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


def per_folder(argv: Sequence[str], report: Callable[[str, Iterable[corpus.Case]], bool]) -> int:
    """Run ``report(folder, cases)`` on each folder given (default: corpus/hard and corpus/dev, each
    on its own); ``report`` says whether the folder had anything to report. Exit status 1 when
    none had."""
    found = False
    for root in list(argv) or ["corpus/hard", "corpus/dev"]:
        found = report(root, corpus.load(root)) or found
    if not found:
        print("no annotated text dumps found", file=sys.stderr)
        return 1
    return 0


def _report(root: str, cases: Iterable[corpus.Case]) -> bool:
    rows = swaps(cases)
    if not rows:
        return False
    share = mean(r[0] >= 0.9 for r in rows)
    print(f"{root}: {len(rows)} swaps, mean F1si {mean(r[0] for r in rows):.3f}, {share:.1%} at 0.9 or better; worst:")
    for f, a, b in rows[:8]:
        print(f"  {f:.3f}  article of {a} in the frame of {b}")
    return True


def main(argv: Sequence[str] = ()) -> int:
    """Swap within each folder given (default: corpus/hard and corpus/dev, each on its own)."""
    return per_folder(argv, _report)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
