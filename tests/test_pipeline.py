from pathlib import Path

import pytest

import parkclean
from parkclean import pipeline
from parkclean.model import Block, Classified

ROOT = Path(__file__).resolve().parents[1]


def test_blocks_are_frozen_and_built_like_their_dataclass():
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "corpus").rglob("*.html"))[:5]
    for page in pages:
        r = parkclean.clean(page.read_bytes())
        for c in r.blocks:
            assert type(c) is Classified and type(c.block) is Block
            assert c == Classified(c.block, c.first, c.final, c.score, c.probability, c.evidence)
            assert 0.0 <= c.probability <= 1.0
            with pytest.raises(AttributeError):
                c.block.text = "changed"  # type: ignore[misc]


def test_confidence_and_kind_are_reported():
    r = parkclean.clean((ROOT / "seeds" / "000_e429046f28e11e53.txt").read_bytes())
    assert 0.0 <= r.confidence <= 1.0 and r.kind == "article"
    d = r.to_dict()
    assert d["confidence"] == r.confidence and d["kind"] == "article"
    empty = parkclean.clean("首页\n新闻\n政务\n服务\n互动\n关于我们")
    assert empty.kind in ("other", "list") and not empty.text


def test_the_pipeline_only_wires_stages():
    src = Path(pipeline.__file__).read_text(encoding="utf-8")
    assert len(src.splitlines()) < 150
