"""The annotated corpus is well-formed, and the hard cases are built from their sources."""
import subprocess
import sys
from pathlib import Path

from parkclean import Label
from parkclean.evaluation import corpus

ROOT = Path(__file__).resolve().parents[1]


def test_every_annotation_points_at_its_page():
    cases = list(corpus.load(ROOT / "corpus"))
    assert len(cases) >= 5 + 44 + 20
    for c in cases:
        assert c.page.exists() and isinstance(c.gold["body"], list)


def test_hard_cases_have_line_labels_of_known_kinds():
    hard = list(corpus.load(ROOT / "corpus" / "hard"))
    assert len(hard) >= 20
    labelled = [c for c in hard if c.line_labels]
    assert len(labelled) >= 15
    for c in labelled:
        n_lines = len(c.page.read_text(encoding="utf-8").splitlines())
        assert set(c.line_labels) == set(range(1, n_lines + 1))
        assert all(v in Label._value2member_map_ for v in c.line_labels.values())


def test_hard_cases_are_up_to_date(tmp_path):
    """Regenerating from corpus/hard/src gives the committed files."""
    before = {p.name: p.read_bytes() for p in (ROOT / "corpus" / "hard").glob("h*.*")}
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_hard_cases.py")], check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in (ROOT / "corpus" / "hard").glob("h*.*")}
    assert before == after


def test_a_page_splits_into_frame_and_article(tmp_path):
    """swap.split: from line labels, or from the gold's first and last body lines (a repeated
    copy of the article stays out of the frame)."""
    import json

    from parkclean.evaluation import swap
    h = next(c for c in corpus.load(ROOT / "corpus" / "hard") if c.name == "h02_hotline")
    f = swap.split(h)
    assert f is not None and f.article[0].startswith("为进一步优化营商环境") and f.before[-1].startswith("发布时间")
    page = tmp_path / "p.txt"
    page.write_text("首页\n标题\n第一段。\n第二段。\n版权所有\n第一段。\n第二段。\n", encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps({"input": "p.txt", "body": ["第一段。", "第二段。"]}), encoding="utf-8")
    f = swap.split(next(corpus.load(tmp_path)))
    assert f.before == ("首页", "标题") and f.article == ("第一段。", "第二段。") and f.after == ("版权所有",)
