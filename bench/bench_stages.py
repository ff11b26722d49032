"""Where a page's time goes: the stages of ``clean()`` timed one by one on the seed pages.

The stages are called as ``pipeline.clean`` calls them, so their sum is close to ``clean()``.
Run: python bench/bench_stages.py [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import parkclean
from parkclean import features, io, normalize, pipeline, segment
from parkclean.features import compute_all
from parkclean.metadata.extract import extract
from parkclean.decide import engine
from parkclean.evidence.collect import collect

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    a = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * a.repeat
    cfg = parkclean.Config()
    for page in pages[:10]:  # warm the caches (lexicons, converters, compiled marker regexes)
        parkclean.clean(page)
    spent: dict[str, float] = {}

    def timed(name, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return out

    for raw in pages:
        text = timed("input (decode, html check)", lambda: (io.to_text(raw, cfg), io.looks_like_html(raw))[0])
        rows = timed("segment", segment.rows, text)
        lines = [r.text for r in rows]
        joined = "\n".join(lines)
        plan = timed("normalize: plan", normalize.plan, joined, cfg)
        texts, keys, _ = timed("normalize: run", normalize.run, lines, [r.start for r in rows], plan, joined)
        feats = timed("features", compute_all, keys)
        first = timed("form rules", pipeline._first_decisions, keys, feats)
        timed("context rules", lambda: context.apply_all(context.Page(keys, feats, first)))
        final, values = timed("body rule", body.finalize, first, feats, cfg, keys)
        blocks = timed("blocks", lambda: pipeline._classify_rows(rows, texts, keys, first, final,
                                                                 [round(v, 2) for v in values]))
        timed("metadata", extract, blocks, {}, cfg)
        timed("whole clean()", parkclean.clean, raw)
    n = sum(len(segment.rows(p)) for p in pages) / len(pages)
    print(f"{len(pages)} pages, {n:.0f} lines per page on average; C kernel: {'yes' if features.SPEEDUPS else 'no'}")
    total = sum(v for k, v in spent.items() if k != "whole clean()")
    for name, t in spent.items():
        print(f"{name:28s} {t / len(pages) * 1e6:8.0f} us/page")
    print(f"{'(sum of the stages)':28s} {total / len(pages) * 1e6:8.0f} us/page")


if __name__ == "__main__":
    main()
