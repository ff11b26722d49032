"""Where a page's time goes: each pipeline stage timed alone on the seed pages.

Run: python bench/bench_stages.py [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import parkclean
from parkclean import normalize, segment
from parkclean.features import compute_all
from parkclean.metadata import extract
from parkclean.rules import body, context
from parkclean.rules.markers import first_decision_fast

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    a = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * a.repeat
    cfg = parkclean.Config()
    parkclean.clean(pages[0])
    spent: dict[str, float] = {}

    def timed(name, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return out

    for text in pages:
        rows = timed("segment", segment.rows, text)
        plan = timed("normalize: plan", normalize.plan, text, cfg)
        _, keys, _ = timed("normalize: run", normalize.run, [r.text for r in rows], [r.start for r in rows], plan)
        feats = timed("features", compute_all, keys)
        first = timed("form rules", lambda: [first_decision_fast(k, f) for k, f in zip(keys, feats)])
        timed("context rules", lambda: context.apply_all(context.Page(keys, feats, first)))
        timed("body rule", body.finalize, first, feats, cfg, keys)
        r = timed("whole clean()", parkclean.clean, text)
        timed("(metadata, inside clean)", extract, r.blocks, {}, cfg)
    lines = sum(len(segment.rows(p)) for p in pages) / len(pages)
    print(f"{len(pages)} pages, {lines:.0f} lines per page on average")
    for name, t in spent.items():
        print(f"{name:26s} {t / len(pages) * 1e6:8.0f} us/page")


if __name__ == "__main__":
    main()
