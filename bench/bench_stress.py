"""Time clean() on large and adversarial pages: the shapes that once cost quadratic time.

Each page is made here (no data files); the figure to watch is ms per 1,000 lines staying flat
as the pages grow.  Run: python bench/bench_stress.py
"""
from __future__ import annotations

import textwrap
import time

import parkclean

PARA = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。"
SHAPES = {
    "walls (相关阅读 every 3rd line)": lambda n: "\n".join(("相关阅读", PARA, "首页")[i % 3] for i in range(n)),
    "navigation only": lambda n: "\n".join(f"导航{i}" for i in range(n)),
    "equal-width titles": lambda n: "\n".join(f"园区第{i:06d}个项目开工 带动就业" for i in range(n)),
    "one paragraph soft-wrapped": lambda n: "\n".join(textwrap.wrap(
        "".join(f"园区第{i:06d}个项目开工，总投资超过五十亿元。" for i in range(n * 36 // 25)) + "园区全部投产。", 36)),
    "verse lines": lambda n: "\n".join("山间小路弯弯曲曲 风景如画" for _ in range(n)),
    "phone lines": lambda n: "\n".join(f"电话：0755-{10000000 + i}" for i in range(n)),
    "one line, no breaks": lambda n: PARA * n,
}


def main() -> None:
    print(f"{'page shape':40s} {'lines':>7s} {'ms':>8s} {'ms/1k lines':>12s}")
    for name, make in SHAPES.items():
        for n in (2_000, 20_000):
            page = make(n)
            t = time.perf_counter()
            parkclean.clean(page)
            ms = (time.perf_counter() - t) * 1000
            print(f"{name:40s} {n:7d} {ms:8.0f} {ms / n * 1000:12.1f}")


if __name__ == "__main__":
    main()
