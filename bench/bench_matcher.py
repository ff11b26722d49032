"""The matcher's backends on every line of the corpus: how long a line takes to meet every
lexicon pattern, and how long the first build takes (cold) and a cached one.

    python bench/bench_matcher.py [--rounds 5]

Backends: Hyperscan (one database, one scan a line, the hits confirmed with Python's re),
google-re2's ``Set`` (one DFA for the patterns it accepts: it has no look-arounds, so the rest
run as Python regexes), and Python's re (each pattern's regex on each line). The same hits are
checked for every backend that gives them.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import parkclean
from parkclean.evidence import matcher

ROOT = Path(__file__).resolve().parents[1]


def corpus_keys() -> list[str]:
    return [c.block.key for p in sorted((ROOT / "corpus").rglob("*.txt")) for c in parkclean.clean(p.read_bytes()).blocks]


def _re2_scan(pats: tuple[matcher.Pattern, ...]):  # type: ignore[no-untyped-def]
    import re2
    s = re2.Set.SearchSet(re2.Options())
    index, rest = [], []
    for k, p in enumerate(pats):
        expr = matcher.hyperscan_expression(p).replace("\\x{", "\\x{")  # RE2 reads \x{…} too
        try:
            s.Add(expr)
            index.append(k)
        except Exception:
            rest.append(k)
    s.Compile()

    def find(line: str) -> list[int]:
        got = [index[i] for i in (s.Match(line) or ())]
        stripped = line.lstrip(matcher.LEAD)
        for k in rest:
            p = pats[k]
            if (p.regex.match(stripped) if p.anchor == "start" else p.regex.search(line)) is not None:
                got.append(k)
        return sorted(got)
    return find, len(rest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    keys = corpus_keys()
    pats = matcher.patterns()
    print(f"{len(keys)} corpus lines, {len(pats)} patterns; Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as d:
        os.environ["PARKCLEAN_CACHE"] = d
        t = time.perf_counter()
        hs = matcher.Matcher(pats, "hyperscan")
        cold = time.perf_counter() - t
        t = time.perf_counter()
        matcher.Matcher(pats, "hyperscan")
        warm = time.perf_counter() - t
    print(f"hyperscan build: {cold * 1000:.0f} ms cold, {warm * 1000:.1f} ms from the cache")
    py = matcher.Matcher(pats, "re")
    expected = py.scan(keys)
    backends = {"hyperscan": hs._candidates, "re": py._candidates}
    try:
        find, unsupported = _re2_scan(pats)
        backends["re2 Set"] = find
        print(f"re2: {unsupported} patterns it cannot take run as Python regexes")
    except ImportError:
        print("re2: not installed")
    for name, find in backends.items():
        best = float("inf")
        for _ in range(a.rounds):
            t = time.perf_counter()
            for k in keys:
                find(k)
            best = min(best, time.perf_counter() - t)
        same = all(sorted(find(k)) == sorted(i for i, p in enumerate(pats) if p.id in e)
                   for k, e in zip(keys[:3000], expected[:3000]))
        print(f"{name:10s} {best / len(keys) * 1e6:6.2f} µs a line (candidates; best of {a.rounds})"
              f"{'' if same else '  (candidates differ: confirmed by re)'}")
    t = time.perf_counter()
    hs.scan(keys)
    print(f"hyperscan, confirmed hits: {(time.perf_counter() - t) / len(keys) * 1e6:.2f} µs a line")
    return 0


if __name__ == "__main__":
    sys.exit(main())
