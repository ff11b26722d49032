"""charset: counting and listing the characters of a set, with and without the C kernel."""
from __future__ import annotations

import random

import pytest

from parkclean import charset
from parkclean.charset import CharSet
from parkclean.normalize import script

HANT = CharSet(script.hant_chars())


def _texts() -> list[str]:
    rng = random.Random(3)
    pool = list("園區發展規劃园区发展规划，。 abc\u3000\u200b１Ａ") + ["𠀀", "\U0002a6a5"]
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 60))) for _ in range(3000)]


def test_counts_traditional_characters():
    assert HANT.count("園區發展") == 3  # 展 is the same in both scripts
    assert HANT.count("园区发展") == 0


@pytest.mark.parametrize("kernel", [True, False])
def test_kernel_and_regex_paths_agree(monkeypatch, kernel):
    if kernel and charset._count_in is None:
        pytest.skip("C kernel not built")
    if not kernel:
        monkeypatch.setattr(charset, "_count_in", None)
        monkeypatch.setattr(charset, "_distinct_in", None)
    s = CharSet("園區發\u3000\u200b１Ａ\U0002a6a5")
    for t in _texts():
        assert s.count(t) == len(s._rx.findall(t))
        assert s.distinct(t) == frozenset(s._rx.findall(t))


def test_many_distinct_characters_fall_back_to_the_regex():
    s = CharSet(map(chr, range(0x4e00, 0x4f00)))
    text = "".join(map(chr, range(0x4e00, 0x4e80)))  # 128 distinct: more than the kernel lists
    assert s.distinct(text) == frozenset(text)


def test_empty_set():
    assert CharSet("").count("园区") == 0
    assert CharSet("").distinct("园区") == frozenset()
