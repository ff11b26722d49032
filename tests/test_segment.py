import json
import textwrap
from pathlib import Path

import parkclean
from parkclean import segment
from parkclean.evaluation import metrics

ROOT = Path(__file__).resolve().parents[1]


def test_lines_keep_numbers_indent_and_gaps():
    rows = segment.rows("首页\n\n\u3000\u3000园区建设提速。\n")
    assert [(r.start, r.end, r.indent, r.blank_before) for r in rows] == [(1, 1, 0, False), (3, 3, 2, True)]


def _wrap_cjk(text: str, width: int) -> str:
    """Wrap every paragraph at ``width`` characters, as fixed-width converters do."""
    return "\n".join("\n".join(textwrap.wrap(p, width)) if len(p) > width else p for p in text.split("\n"))


def test_soft_wrapped_dump_is_rejoined_and_cleaned_as_well():
    page = (ROOT / "seeds" / "003_f1c47cb5e7837ddb.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "corpus" / "seeds" / "003_f1c47cb5e7837ddb.json").read_text(encoding="utf-8"))
    wrapped = _wrap_cjk(page, 36)
    assert len(wrapped.splitlines()) > len(page.splitlines()) + 40
    r = parkclean.clean(wrapped)
    assert metrics.prf(r.text, "\n".join(gold["body"]))[2] >= 0.97
    assert any(c.block.end > c.block.start for c in r.blocks)  # rows span several input lines
    assert len(r.paragraphs) <= len(gold["body"]) + 2


def test_unwrapped_dumps_are_not_joined():
    for page in sorted((ROOT / "corpus").rglob("*.txt")):
        assert all(r.start == r.end for r in segment.rows(page.read_text(encoding="utf-8"))), page.name
