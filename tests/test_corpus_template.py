"""Site-template learning: repeated lines become evidence; the decision weighs them against prose."""
import pytest

import parkclean
from parkclean.corpus import template as tpl
from parkclean.evidence import template as rule
from parkclean.evidence.base import PAGE_RULES

PROSE = ["记者从园区获悉，今年一季度园区新开工项目十二个，总投资超过五十亿元，同比增长两成。",
         "园区负责人表示，下一步将围绕主导产业开展精准招商，力争全年引进亿元以上项目三十个。",
         "据介绍，园区今年还将新建标准厂房二十万平方米，进一步完善配套设施和公共服务。"]
FURNITURE = "金桥融媒出品"          # a line no lexicon knows
CLOSING = "园区将继续优化营商环境，为入驻企业提供全方位、全周期的优质服务，推动区域经济高质量发展。"


def tag(k: int) -> str:
    """Words that make page k's article its own (digits would not: a copy with other numbers is the same article)."""
    return chr(0x4E00 + 3 * k) + chr(0x5000 + 7 * k)


def site_page(k: int, extra: str = "") -> str:
    t = tag(k)
    return "\n".join([f"园区新闻{t}", PROSE[0] + t, FURNITURE, PROSE[1] + t, PROSE[2] + t, extra, "联系我们"])


def learned(pages: list[str], th: tpl.Thresholds = tpl.Thresholds()) -> tpl.SiteTemplates:
    fps = [tpl.fingerprint(str(k), [x for x in p.split("\n") if x], "http://www.site.example.cn/a/%d.html" % k, th)
           for k, p in enumerate(pages)]
    return tpl.learn(fps, th)


def test_the_rule_is_registered_and_silent_without_a_template():
    assert rule.RULE in PAGE_RULES
    r = parkclean.clean(site_page(1))
    assert all(c.final.rule != rule.RULE for c in r.blocks)


def test_a_line_repeated_on_many_pages_of_a_site_is_learned():
    pages = [site_page(k) for k in range(20)]
    t = learned(pages)
    site = t.for_document("3")
    assert site is not None and site.pages == 20
    assert site.count(FURNITURE) == 20 and site.count("联系 我们") == 20   # white space does not count
    assert site.count(PROSE[0] + tag(3)) == 0          # an article's own line occurs once
    assert t.sites["3"] == "site.example.cn"


@pytest.mark.parametrize("pages,min_pages,share,learned_it", [
    (20, 5, 0.1, True),     # on every page
    (4, 5, 0.1, False),     # a site of 4 pages: fewer than min_pages
    (20, 25, 0.1, False),   # min_pages above the site's size
])
def test_thresholds(pages, min_pages, share, learned_it):
    th = tpl.Thresholds(min_pages=min_pages, min_share=share)
    t = learned([site_page(k) for k in range(pages)], th)
    site = t.for_document("0")
    assert (site is not None and site.count(FURNITURE) > 0) == learned_it


def test_a_line_on_few_pages_of_a_big_site_is_not_template():
    pages = [site_page(k, "本期特别推荐" if k < 6 else "") for k in range(100)]
    site = learned(pages).for_document("0")
    assert site.count("本期特别推荐") == 0 and site.count(FURNITURE) == 100   # 6 of 100 is under the 0.1 share


def test_template_evidence_removes_unknown_furniture_inside_the_article():
    pages = [site_page(k) for k in range(20)]
    t = learned(pages)
    without = parkclean.clean(pages[3])
    with_t = parkclean.clean(pages[3], template=t.for_document("3"))
    assert FURNITURE in without.text                      # between paragraphs: the run keeps it
    assert FURNITURE not in with_t.text and PROSE[1] + tag(3) in with_t.text
    removed = [x for x in with_t.removed if x.text == FURNITURE][0]
    assert removed.rule == rule.RULE and "20 of 20 pages" in removed.reason


@pytest.mark.parametrize("closing_on,kept", [(8, True), (20, False)])
def test_a_standard_closing_sentence_is_weighed_against_its_prose(closing_on, kept):
    """On 8 of the site's 20 articles its prose outweighs the repetition; on every page it is the site's."""
    pages = [site_page(k).replace(FURNITURE, CLOSING if k < closing_on else "") for k in range(20)]
    t = learned(pages)
    r = parkclean.clean(pages[5], template=t.for_document("5"))
    assert (CLOSING in r.text) == kept and PROSE[2] + tag(5) in r.text
    line = [c for c in r.blocks if c.block.text == CLOSING][0]
    assert line.score < parkclean.clean(pages[5]).blocks[line.block.index].score
    assert (line.score > 0) == kept


def test_pages_without_url_are_grouped_by_shared_lines():
    a = [site_page(k, "金桥园区管理委员会主办") for k in range(10)]   # a long line links the pages of a site
    b = [p.replace("金桥园区管理委员会主办", "另一站点版权声明").replace("联系我们", "关于本站") for p in a]
    for x in PROSE:  # the other site's articles share no line with the first's
        b = [p.replace(x, x[::-1]) for p in b]
    fps = [tpl.fingerprint(f"a{k}", p.split("\n"), None) for k, p in enumerate(a)]
    fps += [tpl.fingerprint(f"b{k}", p.split("\n"), None) for k, p in enumerate(b)]
    t = tpl.learn(fps)
    assert t.sites["a1"] == t.sites["a7"] != t.sites["b1"] == t.sites["b7"]
    assert t.for_document("b2").count("关于本站") == 10


def test_copies_of_one_article_count_once():
    """600 copies of one article with other numbers do not make its paragraphs the site's template."""
    pages = [site_page(0).replace("园区新闻", f"园区新闻{k}") .replace("五十亿元", f"{50 + k}亿元") for k in range(30)]
    t = learned(pages)
    assert t.for_document("3") is None          # one article: fewer pages than min_pages
    distinct = learned([site_page(k) for k in range(10)] + pages)
    site = distinct.for_document("12")
    assert site.pages == 11 and site.count(FURNITURE) == 11 and site.count(PROSE[1] + tag(0)) == 0
