"""features: the per-line signals, and the optional C kernel that must give the same ones."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from parkclean import features
from parkclean.features import Features, compute, compute_all

ROOT = Path(__file__).resolve().parents[1]


def corpus_lines() -> list[str]:
    """Every non-empty line of the repo's corpus pages (text and HTML source alike)."""
    return [t.strip() for page in sorted((ROOT / "corpus").rglob("*.*")) if page.suffix in (".txt", ".html")
            for t in page.read_text(encoding="utf-8", errors="replace").splitlines() if t.strip()]


def test_counts_of_one_line():
    f = compute("记者从园区获悉，今年一季度新开工项目12个，总投资1,200亿元。")
    assert (f.punct, f.stops, f.end_punct, f.digits, f.phones, f.urls) == (3, 1, True, 6, 0, 0)
    assert f.chars == f.wide + len("121,200")


def test_phone_url_separator_and_cjk_space_counts():
    f = compute("招商热线 0755-12345678 | 网址 www.example.com / 园区 服务")
    assert (f.phones, f.urls, f.separators, f.cjk_spaces) == (1, 1, 2, 1)


def test_headline_exclamations_are_not_sentence_stops():
    assert compute("超刺激！园区开放日来了？").stops == 0
    assert compute("园区开放日来了！" * 5).stops == 4  # a long line: every mark but the last one


def test_ellipsis_ending():
    assert compute("园区十大项目集中开工...").ellipsis_end
    assert compute("园区十大项目集中开工…”").ellipsis_end
    assert not compute("园区十大项目集中开工。").ellipsis_end


def _random_lines(n: int, seed: int) -> list[str]:
    pieces = list("，。；、：;！？!?,.…”」』）)\"'|>»›｜·/ \t0123456789０１٣abchtpw:中文园区") + [
        "http://", "www.", " / ", "...", "。。。", "...」", "…”", "13912345678", "400-800-1234", "1,200", "𠀀",
        "180-2688-3517", "0571-8899 6620", "(06)585-2012", "（0571）8899-6620"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.skipif(not features.SPEEDUPS, reason="C kernel not built (pure-Python install)")
def test_c_kernel_matches_python_on_corpus_and_random_lines():
    lines = corpus_lines() + _random_lines(20000, seed=7)
    fast = compute_all(lines)
    slow = [compute(t) for t in lines]
    assert all(type(f) is Features for f in fast)
    mismatches = [(t, a, b) for t, a, b in zip(lines, fast, slow) if a != b]
    assert not mismatches, mismatches[:3]


def test_pure_python_fallback(monkeypatch):
    lines = ["园区建设，稳步推进。", "电话：0755-12345678", "https://example.com/a"]
    expected = [compute(t) for t in lines]
    monkeypatch.setattr(features, "_scan", None)
    assert compute_all(lines) == expected


def test_c_kernel_rejects_non_strings():
    if not features.SPEEDUPS:
        pytest.skip("C kernel not built")
    with pytest.raises(TypeError):
        features._scan(["ok", 3], Features)  # type: ignore[list-item]
