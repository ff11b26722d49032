"""Throughput on one core: parkclean vs trafilatura on the same seed-sized pages, in one run.

Text dumps are wrapped as <p> HTML for trafilatura (as the reference scorer does).
Run: python bench/bench_pages.py [--rounds N]
"""
from __future__ import annotations

import argparse
import html
import os
import platform
import statistics
import time
from pathlib import Path

import parkclean

ROOT = Path(__file__).resolve().parents[1]


def wrap(text: str) -> str:
    paras = "".join(f"<p>{html.escape(x)}</p>\n" for x in text.splitlines() if x.strip())
    return f"<html><head><meta charset='utf-8'></head><body>{paras}</body></html>"


def rate(fn, docs, rounds):
    best = []
    for _ in range(rounds):
        t = time.perf_counter()
        for d in docs:
            fn(d)
        best.append(len(docs) / (time.perf_counter() - t))
    return max(best), statistics.median(best)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the page set per round")
    a = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    hans = [p for p in pages if parkclean.normalize.script.detect(p) == "hans"]
    hant = [p for p in pages if p not in hans]
    docs = pages * a.repeat
    import trafilatura
    wrapped = [wrap(p) for p in docs]
    parkclean.clean(pages[0])  # warm caches (lexicons, converters)
    trafilatura.extract(wrapped[0])
    pc = rate(parkclean.clean, docs, a.rounds)
    tr = rate(lambda d: trafilatura.extract(d), wrapped, a.rounds)
    s_rate = rate(parkclean.clean, hans * a.repeat, a.rounds)
    t_rate = rate(parkclean.clean, hant * a.repeat * 4, a.rounds)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"pages: {len(pages)} seeds x {a.repeat}, mean {sum(map(len, pages)) // len(pages)} chars; best of {a.rounds} rounds, one core")
    print(f"parkclean    {pc[0]:8.0f} pages/s (median {pc[1]:.0f})")
    print(f"trafilatura  {tr[0]:8.0f} pages/s (median {tr[1]:.0f})")
    print(f"ratio        {pc[0] / tr[0]:8.1f}x")
    print(f"parkclean Simplified pages {s_rate[0]:.0f}/s, Traditional pages {t_rate[0]:.0f}/s")


if __name__ == "__main__":
    main()
