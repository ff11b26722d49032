"""Properties over generated input (hypothesis, fixed seed, bounded budget): only parkclean's own
exceptions escape; every non-empty input line is kept or in exactly one removed block; the same
input gives the same output; an article cleaned again stays the same; the output is valid UTF-8
without control characters."""
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parkclean
from parkclean import render

SETTINGS = settings(derandomize=True, max_examples=100, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

FURNITURE = ["首页", "当前位置：首页 > 新闻", "相关阅读", "版权所有 某某网", "标签：园区", "×", "2024-01-05 10:00",
             "记者 张三", "来源：某某日报", "点击上方蓝字关注我们", "上一篇：园区新闻", "京ICP备12345678号", "（摄 摄影文文 摄影文文",
             "园_区_新_闻", "分享到：微信 微博", "<p>", "&nbsp;", "2个月前", "園區發展", "(qū)", "蕞佳"]
PROSE = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。"
ODD = "\x00\x01\x07\x0b\x0c\x1b\x7f\u200b\ufeff\u3000\u00a0\t\r\ufffd\ud800\udfff\U0001f600，。、：“”《》|_-/>"
chars = st.one_of(st.characters(), st.sampled_from(ODD), st.sampled_from("园区建设新闻记者摄影文报道年月日"))
lines = st.one_of(st.sampled_from(FURNITURE), st.just(PROSE), st.text(chars, max_size=80))
pages = st.lists(lines, max_size=40).map("\n".join)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean(source, config=None):
    try:
        return parkclean.clean(source, config)
    except parkclean.ParkcleanError:
        return None


@SETTINGS
@given(pages)
def test_only_parkclean_errors_escape_and_every_line_is_accounted_for(page):
    r = _clean(page, parkclean.Config(input_format="text"))  # (HTML's lines are its dump's, not the input's)
    if r is None:
        return
    nonempty = [i for i, line in enumerate(page.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)
                if line.strip(" \t\u3000\u00a0\u2002\u2003\u200b\ufeff")]
    kept = [ln for c in r.blocks if c.kept for ln in range(c.block.start, c.block.end + 1)]
    removed = [ln for x in r.removed for ln in range(x.start, x.end + 1)]
    assert sorted(kept + removed) == nonempty
    assert all(x.label is not parkclean.Label.BODY and x.rule and x.reason for x in r.removed)


@SETTINGS
@given(st.one_of(st.binary(max_size=3000), pages.map(lambda p: p.encode("utf-8", "surrogatepass")),
                 pages.map(lambda p: p.encode("gb18030", "replace")), pages.map(lambda p: p.encode("big5", "replace"))))
def test_bytes_give_a_result_or_a_parkclean_error(data):
    r = _clean(data)
    if r is not None:
        assert r.decoding is not None and r.decoding.replaced >= 0
        json.loads(render.to_json(r))


@SETTINGS
@given(pages)
def test_the_same_input_gives_the_same_output(page):
    a, b = _clean(page), _clean(page)
    assert (a is None) == (b is None)
    if a is not None:
        assert a.to_dict() == b.to_dict()


@SETTINGS
@given(pages)
def test_the_output_is_valid_utf8_without_control_characters(page):
    r = _clean(page)
    if r is None:
        return
    assert not CONTROL.search(r.text)
    out = render.to_json(r)
    out.encode("utf-8")  # no lone surrogates
    assert not CONTROL.search(out)
    for field in ("title", "source", "site", "category", "url"):
        value = r.to_dict()[field]
        assert value is None or not CONTROL.search(value)


sentences = st.lists(st.sampled_from("园区今年新开工项目十二个总投资超过五十亿元预计年底前全部投产带动就业企业签约入驻"),
                     min_size=16, max_size=40).map(lambda cs: "".join(cs[:8]) + "，" + "".join(cs[8:]) + "。")
articles = st.lists(sentences, min_size=1, max_size=8, unique=True).map("\n".join)  # (an article repeats no sentence)


@SETTINGS
@given(articles)
def test_an_article_cleaned_again_stays_the_same(article):
    once = parkclean.clean(article).text
    assert parkclean.clean(once).text == once
