"""Boilerplate inserted into articles: each annotated article with one furniture line put between
two of its lines.

Pages put contact blocks, ads, share prompts, credits and related links between paragraphs
(GOLD.md: they are removed even there). Inserting one such line into every article of a corpus
asks two things at once: is the line removed, and does the article stay whole around it (a
marker line must not cut a table or end the run early)? The lines below are invented, one or
two per kind of inline furniture; none is taken from a corpus page.
Run: ``python -m parkclean.evaluation.inserts corpus/hard corpus/dev``.
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from statistics import mean
from typing import Iterable, Sequence

from .. import pipeline
from . import corpus, metrics
from .swap import per_folder, split

INSERTS: tuple[str, ...] = (
    "扫码关注我们", "广告", "点击查看更多精彩内容", "本文来源：某某网", "责任编辑：张某", "招商热线：0000-12345678",
    "微信号：yq2024abc", "（图片来源：视觉中国）", "IMG_0001.jpg", "分享到：", "【打印本页】【关闭窗口】",
    "相关阅读：园区召开会议", "更多精彩，请关注某某公众号", "声明：本文转载自某某网，版权归原作者所有，如有侵权请联系删除。",
    "（本文为某某网原创稿件，转载请注明出处）", "点击蓝字关注我们", "长按识别二维码", "阅读原文", "1/3",
)
"""One line of each kind of furniture that pages put inside articles."""


@dataclass(frozen=True)
class Inserted:
    """One article with one line inserted: its F1si, and whether the inserted line was kept."""

    f1si: float
    kept: bool
    line: str
    article: str


def inserts(cases: Iterable[corpus.Case], lines: Sequence[str] = INSERTS, seed: int = 1) -> list[Inserted]:
    """Every Simplified article of ``cases`` with at least three lines, once per inserted line, at a
    random place after its first line (the same places for the same ``seed``); worst first."""
    rng = random.Random(seed)
    out = []
    for case in cases:
        framed = split(case)
        if framed is None or framed.script == "hant" or len(framed.article) < 3:
            continue
        for line in lines:
            k = rng.randrange(1, len(framed.article))
            page = framed.before + framed.article[:k] + (line,) + framed.article[k:] + framed.after
            r = pipeline.clean("\n".join(page))
            kept = any(c.kept and c.block.text.strip() == line for c in r.blocks)
            out.append(Inserted(metrics.prf(metrics.t2s(r.text), framed.body)[2], kept, line, framed.name))
    return sorted(out, key=lambda x: x.f1si)


def _report(root: str, cases: Iterable[corpus.Case]) -> bool:
    rows = inserts(cases)
    if not rows:
        return False
    kept = [r for r in rows if r.kept]
    print(f"{root}: {len(rows)} insertions, mean F1si {mean(r.f1si for r in rows):.3f}, "
          f"{len(kept)} inserted lines kept; worst:")
    for r in rows[:8]:
        print(f"  {r.f1si:.3f}  {r.line!r} in the article of {r.article}")
    for line in sorted({r.line for r in kept}):
        print(f"  kept: {line!r} ({sum(r.line == line for r in kept)} times)")
    return True


def main(argv: Sequence[str] = ()) -> int:
    """Insert into the articles of each folder given (default: corpus/hard and corpus/dev)."""
    return per_folder(argv, _report)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
