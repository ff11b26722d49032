"""A/B: clean() time per seed page for two checkouts of parkclean, measured in alternation.

On a shared machine two runs minutes apart can differ by 10 %; alternating the two trees, best
of several rounds each, shows what a change costs. Each measurement runs in its own process so
that each tree is imported on its own.

Run: python bench/bench_ab.py OLD_TREE NEW_TREE [--alternations 4] [--rounds 7]
(make OLD_TREE with ``git worktree add /tmp/old <rev>``; copy the built C kernel into it, or both
trees run the pure-Python path).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
import parkclean
from pathlib import Path
assert parkclean.__file__.startswith(sys.argv[1]), parkclean.__file__
pages = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))] * 20
for p in pages[:20]:
    parkclean.clean(p)
best = 1e9
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    for p in pages:
        parkclean.clean(p)
    best = min(best, (time.perf_counter() - t) / len(pages))
print(best * 1e6)
"""


def measure(tree: str, rounds: int) -> float:
    """Best-of-``rounds`` µs per seed page for the parkclean in ``tree``."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(Path(tree).resolve()), str(ROOT / "seeds"), str(rounds)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--alternations", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()
    old, new = [], []
    for _ in range(a.alternations):
        old.append(measure(a.old, a.rounds))
        new.append(measure(a.new, a.rounds))
        print(f"old {old[-1]:.0f} us/page   new {new[-1]:.0f} us/page", flush=True)
    o, n = min(old), min(new)
    print(f"best: old {o:.0f}, new {n:.0f} us/page: the new tree costs {100 * (n - o) / o:+.1f} %")


if __name__ == "__main__":
    main()
