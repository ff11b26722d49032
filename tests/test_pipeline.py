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


def test_an_empty_page_is_no_confident_article():
    for page in ("", b"", "  \n\n", "<html><body><div></div></body></html>"):
        r = parkclean.clean(page)
        assert r.text == "" and r.kind == "other" and r.confidence == 0.0, page
        assert any("empty page" in w or "no article text" in w for w in r.warnings)


def test_a_page_of_more_lines_than_the_limit_is_refused_at_once():
    import time
    from parkclean.config import Config
    from parkclean.errors import ConfigError, InputTooLarge
    t = time.perf_counter()
    with pytest.raises(InputTooLarge, match="Config.max_lines"):
        parkclean.clean("啊\n" * 200_001)
    with pytest.raises(InputTooLarge):
        parkclean.clean("啊\r" * 200_001)  # old Mac line ends count too
    assert time.perf_counter() - t < 1.0
    assert parkclean.clean("啊\n" * 50, Config(max_lines=60)).blocks
    with pytest.raises(InputTooLarge):
        parkclean.clean("啊\n" * 50, Config(max_lines=40))
    with pytest.raises(ConfigError):
        Config(max_lines=0)


def test_a_last_newline_ends_a_line_and_starts_none_for_the_line_limit():
    from parkclean.config import Config
    from parkclean.errors import InputTooLarge
    assert parkclean.clean("啊\n" * 40, Config(max_lines=40)).blocks      # 40 lines, each ended by its newline
    with pytest.raises(InputTooLarge, match="41 lines"):
        parkclean.clean("啊\n" * 40 + "啊", Config(max_lines=40))


def test_a_path_is_read_and_a_str_naming_a_file_is_warned_of(tmp_path, monkeypatch):
    """clean(Path) reads the file; clean("a.txt") cleans the text "a.txt", and says it names a file."""
    from pathlib import Path
    seed = next(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))
    (tmp_path / "a.txt").write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert parkclean.clean(Path("a.txt")).text == parkclean.clean(seed.read_bytes()).text
    r = parkclean.clean("a.txt")
    assert r.text == "" and any("name of a file" in w for w in r.warnings)
    assert not any("name of a file" in w for w in parkclean.clean("b.txt").warnings)  # (no such file: just text)


def test_a_long_paragraph_of_html_is_no_dump_that_lost_its_line_breaks():
    para = "园区今年新开工项目十二个，总投资超过五十亿元。" * 600
    html = f"<html><body><h1>园区建设提速</h1><p>{para}</p></body></html>"
    assert not any("lost its line" in w for w in parkclean.clean(html).warnings)
    assert any("lost its line" in w for w in parkclean.clean("园区建设提速\n" + para).warnings)
