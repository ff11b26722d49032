import json
import random
import re
from pathlib import Path

import pytest

from parkclean import lexicons
from parkclean.rules.patterns import first_set


@pytest.mark.parametrize("pattern,starts,not_starts", [
    ("(?:上一篇|下一篇)", "上下", "一篇x"),
    ("[【\\[]?(?:版权声明|免责)", "【[版免", "权x"),
    ("\\s*(?:图|摄)", "图摄 \u3000", "x"),
    ("\\d+\\s*页", "0９", "页"),
    ("[\\u4e00-\\u9fff]{1,3}相关", "中一", "a"),
])
def test_first_set(pattern, starts, not_starts):
    fs = first_set(pattern)
    assert fs is not None
    assert all(fs.allows(c) for c in starts)
    assert not any(fs.allows(c) for c in not_starts)


@pytest.mark.parametrize("pattern", ["[^（(]{0,10}编辑", "(?i)abc", "(?=x)y", "a?", "", "\\w+", "(?:x|)"])
def test_any_first_character(pattern):
    assert first_set(pattern) is None


def test_first_set_is_sound_on_every_marker():
    """No marker of the lexicon ever matches a line beginning with a character its first set
    rules out: every line of the corpus and of the rule cases, and random strings built from
    the markers' own text."""
    rng = random.Random(3)
    rows = lexicons.table("markers.tsv")
    root = Path(__file__).resolve().parents[1]
    lines = [x.strip() for p in sorted((root / "corpus").rglob("*.txt")) for x in p.read_text("utf-8").splitlines()]
    lines += [c[0] for c in json.loads((root / "tests" / "cases" / "rules.json").read_text("utf-8"))["cases"]]
    pool = "".join(r[4] for r in rows) + "0123456789 \u3000：:【】()（）"
    lines += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    checked = 0
    for r in rows:
        fs, rx = first_set(r[4]), re.compile(r[4])
        if fs is None:
            continue
        for s in lines:
            if s and rx.match(s):
                assert fs.allows(s[0]), (r[0], s)
                checked += 1
    assert checked > 500, checked
