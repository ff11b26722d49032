"""HTML input: the dump the rules read, and the values HTML gives metadata."""
import pytest

import parkclean
from parkclean.htmlinput import html_to_dump

ARTICLE = "<p>近日，园区举行重点项目集中开工活动，此次开工项目共三十一个，总投资二百一十八亿元。</p>"


def _url(head: str, body: str = "") -> object:
    return html_to_dump(f"<html><head>{head}</head><body>{ARTICLE}{body}</body></html>")[1].get("url")


def test_the_page_url_comes_from_canonical_then_from_what_carries_it():
    assert _url('<link rel="canonical" href="https://news.example.com/a/1.html">') == "https://news.example.com/a/1.html"
    assert _url('<meta name="Url" content="https://news.example.com/a/0.html">') == "https://news.example.com/a/0.html"
    # a Url <meta> naming the site's home page takes nothing from the canonical link after it
    assert _url('<meta name="url" content="https://news.example.com/"><link rel="canonical" href="https://news.example.com/a/5.html">') \
        == "https://news.example.com/a/5.html"
    # a share button's link carries the page's URL (percent-encoded or not)
    share = '<a href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fnews.example.com%2Fa%2F2.html&title=t">微博</a>'
    assert _url("", share) == "https://news.example.com/a/2.html"
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@id": "https://news.example.com/a/3.html"}</script>'
    assert _url(ld) == "https://news.example.com/a/3.html"
    assert _url("", '<div id="qrcode" title="https://news.example.com/a/4.html"></div>') == "https://news.example.com/a/4.html"


def test_a_canonical_link_to_the_home_page_is_not_the_pages_url():
    head = '<meta property="og:url" content="http://www.example.com/">'
    assert _url(head) is None
    share = '<a href="http://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=http://news.example.com/a/5.shtml">QQ</a>'
    assert _url(head, share) == "http://news.example.com/a/5.shtml"


def test_a_share_services_own_address_is_not_the_pages_url():
    share = '<a href="http://bdshare.example.com/share?url=http://share.baidu.com/code#0-sqq">分享</a>'
    assert _url("", share) is None


def test_a_heading_closed_by_another_levels_tag_ends_there_as_in_a_browser():
    page = ("<html><head><title>某某高新区举办招商推介会 - 某某在线</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/x'>新闻</a></div><div id=content>"
            "<h1>某某高新区举办招商推介会</h2><span>发布时间：2024年3月5日 来源：某某日报"
            "<p>3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。"
            "<p>据悉，今年以来高新区已累计签约亿元以上项目45个，同比增长30%。</div></body></html>")
    r = parkclean.clean(page)
    assert r.metadata.title == "某某高新区举办招商推介会" and r.metadata.published == "2024-03-05"
    assert r.paragraphs[0].startswith("3月4日")


def test_a_title_never_closed_ends_at_the_next_tag_and_the_body_stays_text():
    page = ("<html><head><title>某某高新区举办招商推介会\n<body><p>3月4日，某某高新区在上海举办招商推介会，"
            "共签约项目28个，总投资额超过150亿元。</p></body></html>")
    r = parkclean.clean(page)
    assert r.metadata.title == "某某高新区举办招商推介会"
    assert r.paragraphs == ("3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。",)
    assert "<" not in r.text


# ---- depth: nothing truncated silently ---------------------------------------------------------

def test_three_hundred_unclosed_inline_wrappers_keep_every_paragraph():
    page = "<html><body>" + "".join(f"<font><span><p>段落{i}：园区今年新开工项目十二个。" for i in range(300)) + "</body></html>"
    warnings: list = []
    dump, _ = html_to_dump(page, warnings=warnings)
    assert sum("段落" in line for line in dump.splitlines()) == 300
    assert warnings == []


@pytest.mark.parametrize("depth,warned", [(1500, False), (3000, True)])
def test_deep_nesting_keeps_its_text_and_says_when_it_flattened(depth, warned):
    page = "<html><body>" + "<div>" * depth + "<p>园区深处的一段话。</p>" + "</div>" * depth + "<p>页脚</p></body></html>"
    r = parkclean.clean(page)
    everything = r.text + "".join(x.text for x in r.removed)
    assert "园区深处的一段话。" in everything and "页脚" in everything
    assert any("nested deeper" in w for w in r.warnings) == warned


def test_noscript_is_read_only_when_the_page_has_no_text_outside_it():
    para = "前湾自贸片区跨境电商产业园一期昨日开园，首批入驻企业八十六家，涵盖跨境物流、海外仓和直播电商等领域。"
    shell = ("<html><head><title>产业园开园</title><script>window.__STATE__={}</script></head><body><div id='app'></div>"
             f"<noscript><h1>产业园开园</h1><p>{para}</p><p>{para}</p></noscript><div>版权所有</div></body></html>")
    assert parkclean.clean(shell).paragraphs == (para, para)
    page = (f"<html><body><article><p>{para}</p></article><noscript>请开启JavaScript以获得更好的浏览体验，谢谢您的支持与理解。"
            "</noscript></body></html>")
    r = parkclean.clean(page)
    assert r.paragraphs == (para,) and not any("JavaScript" in b.block.text for b in r.blocks)


def test_links_to_tag_pages_in_one_box_are_the_articles_tags():
    """A box whose links all go to the site's tag pages gives the tags; a word linked inside a
    paragraph, or a second box (a sidebar's cloud of hot tags), gives none."""
    p1 = "3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。"
    box = ("<div class='mt-8 flex'><a href='/tag/power'>功率半导体</a><a href='/tag/igbt'>IGBT</a>"
           "<a href='/tag/auto'>车规级</a></div>")
    page = (f"<html><head><title>某某高新区举办招商推介会</title></head><body><h1>某某高新区举办招商推介会</h1>"
            f"<p>{p1}</p><p>据悉，今年以来高新区已累计签约亿元以上项目45个，同比增长30%。</p>{{}}</body></html>")
    assert parkclean.clean(page.format(box)).metadata.tags == ("功率半导体", "IGBT", "车规级")
    inline = "<p>园区还与<a href='/tag/chip'>芯片</a>企业签订了合作协议，推动产业链上下游协同发展。</p>"
    assert parkclean.clean(page.format(inline)).metadata.tags == ()
    cloud = "<div class='hot'><a href='/tag/a'>新能源</a><a href='/tag/b'>储能</a></div>"
    assert parkclean.clean(page.format(box + cloud)).metadata.tags == ()


def test_a_byline_an_old_cms_writes_by_script_is_read_as_the_page_shows_it():
    """document.write of string literals puts its text in the page (the byline of old government
    sites); a call that writes a variable (a counter, today's date) adds nothing."""
    p1 = "3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。"
    byline = ('<script language="javascript">document.write("发布时间：2012-12-18 09:32&nbsp;&nbsp;来源：经济发展局'
              '&nbsp;&nbsp;点击数：<font color=red>1376</font>");</script>')
    counter = '<script>var d=new Date();document.write(d.getFullYear()+"年");document.write(clicks);</script>'
    page = (f"<html><body><table><tr><td class='title'>某某高新区举办招商推介会</td></tr><tr><td>{byline}{counter}</td></tr>"
            f"<tr><td id='zoom'><p>{p1}</p><p>据悉，今年以来高新区已累计签约亿元以上项目45个，同比增长30%。</p></td></tr>"
            "</table></body></html>")
    r = parkclean.clean(page)
    assert r.metadata.published == "2012-12-18T09:32" and r.metadata.source == "经济发展局"
    assert r.paragraphs[0] == p1 and not any("年" == x or "clicks" in x for x in r.text.splitlines())


def test_a_sidebars_cloud_of_tag_links_is_not_the_articles_tags():
    """One box of /tag/ links in a sidebar (class side): the site's hot tags; the page's keywords
    stay the tags. A <ul> of tag links in the article is one box."""
    p1 = "3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。"
    cloud = ("<div class='side'><div class='cloud'><a href='/tag/a'>新能源</a><a href='/tag/b'>储能</a>"
             "<a href='/tag/c'>半导体</a></div></div>")
    page = ("<html><head><meta name='keywords' content='招商推介会,高新区'></head><body><div class='main'>"
            f"<h1>某某高新区举办招商推介会</h1><p>{p1}</p><p>据悉，今年以来高新区已累计签约亿元以上项目45个。</p>{{}}</div>"
            f"{cloud}</body></html>")
    assert parkclean.clean(page.format("")).metadata.tags == ("招商推介会", "高新区")
    listed = "<ul class='tags'><li><a href='/tag/zs'>招商</a></li><li><a href='/tag/gx'>高新区</a></li></ul>"
    assert parkclean.clean(page.format(listed)).metadata.tags == ("招商", "高新区")
