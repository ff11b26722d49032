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


def _without_kernel(fn):
    """Run ``fn`` with the C kernel switched off: the pure-Python path a build without a compiler takes."""
    import parkclean.normalize as nz
    from parkclean import charset, features, pipeline, segment
    from parkclean.normalize import steps
    switches = [(features, "_scan"), (segment, "_split"), (charset, "_count_in"), (charset, "_distinct_in"),
                (steps, "_punct_fullwidth_c"), (nz, "_changed_lines"),
                (pipeline, "_classified_rows")]
    saved = [getattr(m, name) for m, name in switches]
    for m, name in switches:
        setattr(m, name, None)
    try:
        return fn()
    finally:
        for (m, name), value in zip(switches, saved):
            setattr(m, name, value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the page set per round")
    ap.add_argument("--jobs", type=int, default=2, help="also time batch mode on this many processes")
    a = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    hans = [p for p in pages if parkclean.normalize.script.detect(p) == "hans"]
    docs = pages * a.repeat
    import trafilatura
    wrapped = [wrap(p) for p in docs]
    parkclean.clean(pages[0])  # warm caches (lexicons, converters)
    trafilatura.extract(wrapped[0])
    pc = rate(parkclean.clean, docs, a.rounds)
    pcd = rate(lambda d: parkclean.clean(d).to_dict(), docs, a.rounds)
    tr = rate(lambda d: trafilatura.extract(d), wrapped, a.rounds)
    trm = rate(lambda d: trafilatura.bare_extraction(d, with_metadata=True), wrapped, a.rounds)

    def traf_dict(d: str) -> object:  # what the reference scorer calls, made a dict as it does
        r = trafilatura.bare_extraction(d, with_metadata=True)
        return r.as_dict() if hasattr(r, "as_dict") else r
    trd = rate(traf_dict, wrapped, a.rounds)
    pure = _without_kernel(lambda: rate(parkclean.clean, docs, a.rounds))
    # the same pages in both scripts: each Simplified seed and its OpenCC s2t twin
    s2t = parkclean.normalize.script.converter("s2t")
    twins = [s2t(p) for p in hans]
    s_rate = rate(parkclean.clean, hans * a.repeat, a.rounds)
    t_rate = rate(parkclean.clean, twins * a.repeat, a.rounds)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    mean = sum(map(len, pages)) // len(pages)
    print(f"pages: {len(pages)} seeds x {a.repeat}, mean {mean} chars; best of {a.rounds} rounds, one core")
    print(f"C kernel (parkclean._speedups): {'built' if parkclean.features.SPEEDUPS else 'not built, pure Python'}")
    print(f"parkclean    {pc[0]:8.0f} pages/s (median {pc[1]:.0f})  clean(): text, labels and metadata")
    print(f"parkclean    {pcd[0]:8.0f} pages/s (median {pcd[1]:.0f})  clean().to_dict(), as the reference scorer reads it")
    print(f"parkclean    {pure[0]:8.0f} pages/s (median {pure[1]:.0f})  clean() on its pure-Python path (no C kernel)")
    print(f"trafilatura  {tr[0]:8.0f} pages/s (median {tr[1]:.0f})  extract(): text only")
    print(f"trafilatura  {trm[0]:8.0f} pages/s (median {trm[1]:.0f})  bare_extraction(with_metadata=True): text and metadata")
    print(f"trafilatura  {trd[0]:8.0f} pages/s (median {trd[1]:.0f})  the same, .as_dict(), as the reference scorer runs it")
    print(f"ratio        {pc[0] / tr[0]:8.1f}x against text only, {pc[0] / trm[0]:.1f}x against text and metadata, "
          f"{pcd[0] / trd[0]:.1f}x dict against dict")
    print(f"parkclean Simplified seeds {s_rate[0]:.0f}/s, the same pages in Traditional {t_rate[0]:.0f}/s "
          f"(a Traditional page costs {s_rate[0] / t_rate[0]:.2f}x its Simplified twin)")
    from parkclean import normalize as nz
    det = rate(lambda d: (nz._EVIDENCE.distinct(d), nz.script.detect(d)), hans * a.repeat, a.rounds)
    print(f"script detection on Simplified pages: {1e6 / det[0]:.0f} us/page = {100 * s_rate[0] / det[0]:.1f}% of clean()")
    if a.jobs > 1:
        import tempfile
        from parkclean.batch import clean_many
        with tempfile.TemporaryDirectory() as d:
            for i, p in enumerate(docs * 5):
                Path(d, f"{i:05d}.txt").write_text(p, encoding="utf-8")
            from parkclean.cli import _Renderer
            to_jsonl = _Renderer(as_json=True, explain=False, color=False, several=True)
            for jobs in (1, a.jobs):
                t = time.perf_counter()
                n = sum(1 for _ in clean_many([d], jobs=jobs, chunksize=32, render=to_jsonl))
                print(f"batch (files → JSONL lines) with {jobs} process(es): {n / (time.perf_counter() - t):.0f} pages/s")


if __name__ == "__main__":
    main()
