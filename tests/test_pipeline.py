from pathlib import Path

import pytest

import parkclean
from parkclean import pipeline
from parkclean.model import Block, Classified

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(pipeline._classified_rows is None, reason="C kernel not built")
def test_kernel_builds_the_same_blocks(monkeypatch):
    """The C loop and the Python one build equal, frozen Block and Classified objects."""
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "corpus").rglob("*.html"))[:5]
    for page in pages:
        raw = page.read_bytes()
        fast = parkclean.clean(raw)
        monkeypatch.setattr(pipeline, "_classified_rows", None)
        slow = parkclean.clean(raw)
        monkeypatch.undo()
        assert fast.blocks == slow.blocks
        assert fast.to_dict() == slow.to_dict()
        for c in fast.blocks:
            assert type(c) is Classified and type(c.block) is Block
            assert c == Classified(c.block, c.first, c.final, c.score)
            with pytest.raises(AttributeError):
                c.block.text = "changed"  # type: ignore[misc]

