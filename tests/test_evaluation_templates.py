"""The template-learning measurement runs, and template evidence helps where no lexicon knows the furniture."""
from pathlib import Path
from statistics import mean

import pytest

from parkclean import pipeline
from parkclean.evaluation import corpus, templates

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def some_sites():
    built = templates.sites(list(corpus.load(ROOT / "corpus" / "dev")), 20)
    assert len(built) >= 30
    return built[::4]   # 9 sites of 20 pages


def test_markers_off_takes_the_lexicon_away_and_restores_it():
    page = "当前位置：首页 > 新闻\n园区一季度新开工项目十二个，总投资超过五十亿元。\n版权所有 某某网"
    labels = lambda: [x.label.value for x in pipeline.clean(page).removed]  # noqa: E731
    before = labels()
    with templates.markers_off():
        assert labels() != before and "copyright" not in labels()
    assert labels() == before


def test_template_evidence_raises_body_f1_with_markers_off_and_costs_nothing_with_them_on(some_sites):
    off = templates.measure(some_sites, markers=False)
    on = templates.measure(some_sites, markers=True)
    assert len(off["with"]) == len(off["without"]) == 180
    assert mean(off["with"]) > mean(off["without"]) + 0.01 and min(off["with"]) > min(off["without"])
    assert mean(on["with"]) >= mean(on["without"]) - 0.002
    assert min(off["lines"]) > 0      # every site learned a template
