"""Corpus mode at scale: generated pages → JSONL on 1 and 2 processes; pages/s, the 2-process
speedup, CPU of the main process and of the workers, peak memory of each.

    python bench/bench_corpus.py                       # 10,000 pages, 1 and 2 processes
    python bench/bench_corpus.py --pages 10000 100000  # the closing note's figures (~10 minutes)

Pages are made by ``shared/tools/make_bench_corpus.py`` (seed dumps with numbers and paragraph
order perturbed) when it is beside the repository, else by copying the seeds with a numbered
sentence. Each run is a fresh process (``parkclean.corpus.run.run`` with ``-o out.jsonl``), so
its peak RSS and CPU time are its own; the figures are the best of ``--rounds`` runs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = next((p for p in (ROOT.parent / "shared" / "tools" / "make_bench_corpus.py",
                         Path("/work/shared/tools/make_bench_corpus.py")) if p.exists()), None)

CHILD = """
import json, resource, sys, time
from parkclean.corpus.run import Plan, run
t = time.perf_counter()
s = run(Plan((sys.argv[1],), output=sys.argv[2], jobs=int(sys.argv[3]), quiet=True))
wall = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"pages": s.pages, "cleaned": s.outcomes["cleaned"], "wall": wall,
                  "main_cpu": me.ru_utime + me.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime,
                  "main_rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024}))
"""


def make_pages(folder: Path, n: int) -> None:
    if TOOL is not None:
        subprocess.run([sys.executable, str(TOOL), str(folder), "-n", str(n)], check=True, stdout=subprocess.DEVNULL)
        return
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(seeds[i % len(seeds)] + f"\n园区第{i}号项目今日开工。", encoding="utf-8")


def one_run(folder: Path, jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        p = subprocess.run([sys.executable, "-c", CHILD, str(folder), os.path.join(out, "out.jsonl"), str(jobs)],
                           check=True, capture_output=True, text=True)
    return json.loads(p.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, nargs="+", default=[10_000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; load average before: {os.getloadavg()[0]:.2f}")
    print(f"pages made by: {TOOL or 'copies of the seeds'}")
    for n in a.pages:
        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            make_pages(Path(d), n)
            size = sum(f.stat().st_size for f in Path(d).iterdir()) / 1e6
            print(f"\n{n} pages ({size:.0f} MB) made in {time.perf_counter() - t:.0f} s")
            rates = {}
            for jobs in a.jobs:
                best = min((one_run(Path(d), jobs) for _ in range(a.rounds)), key=lambda r: r["wall"])
                rates[jobs] = best["pages"] / best["wall"]
                workers = f", largest worker {best['worker_rss_mb']:.0f} MB" if jobs > 1 else ""
                print(f"  {jobs} process(es): {rates[jobs]:7.0f} pages/s ({best['wall']:.1f} s; {best['cleaned']} cleaned)"
                      f"  CPU main {best['main_cpu']:.1f} s, workers {best['workers_cpu']:.1f} s"
                      f"  peak RSS main {best['main_rss_mb']:.0f} MB{workers}  load {os.getloadavg()[0]:.2f}")
            if 1 in rates and len(rates) > 1:
                for jobs, r in rates.items():
                    if jobs > 1:
                        print(f"  speedup {jobs} vs 1: {r / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
