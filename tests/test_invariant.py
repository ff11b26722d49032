"""Nothing is lost silently: every non-empty input line is in the body or in one removed block."""
from pathlib import Path

import pytest

import parkclean

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpus").rglob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_line_accounted_for(page):
    raw = page.read_text(encoding="utf-8")
    r = parkclean.clean(raw)
    nonempty = [i for i, line in enumerate(raw.replace("\r\n", "\n").split("\n"), 1)
                if line.strip(" \t\u3000\u00a0\u2002\u2003\u200b\ufeff")]
    kept = [ln for c in r.blocks if c.kept for ln in range(c.block.start, c.block.end + 1)]
    removed = [ln for x in r.removed for ln in range(x.start, x.end + 1)]
    assert sorted(kept + removed) == nonempty
    assert not set(kept) & set(removed)
    for x in r.removed:
        assert x.label is not parkclean.Label.BODY and x.rule and x.reason
    assert r.text == "\n".join(c.block.text for c in r.blocks if c.kept)


def test_seed_pages_are_in_the_repo():
    assert len(list((ROOT / "seeds").glob("*.txt"))) == 5
