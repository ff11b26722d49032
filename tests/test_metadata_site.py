"""The site's name from the logo line of a page's header (parkclean/metadata/site.py)."""
import pytest

import parkclean
from parkclean.metadata.site import header_name, site_from_header

PARA = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列，创历史同期新高。"


@pytest.mark.parametrize("line,name", [
    ("某某县人民政府", "某某县人民政府"),
    ("某某新闻网 www.moumou.cn", "某某新闻网"),                 # its address beside it
    ("某某在线 Moumou Online", "某某在线"),                      # its English name
    ("某某资讯 - 有价值的资讯", "某某资讯"),                      # a slogan after a dash
    ("某某健康网 | 某某市卫生健康宣传教育中心协办", "某某健康网"),
    ("欢迎访问某某经济开发区管理委员会网站！ 设为首页", "某某经济开发区管理委员会"),
    ("某某县人民政府门户网站", "某某县人民政府"),                 # the portal of the county's government
    ("某某网首页", "某某网"),                                    # the home link names the site
    ("某某日报数字报", "某某日报数字报"),
    ("欢迎访问某某区人民政府门户网站！ 设为首页 | 加入收藏 | 无障碍", "某某区人民政府"),
])
def test_a_logo_line_names_the_site(line, name):
    assert header_name(line) == name


@pytest.mark.parametrize("line", [
    "首页", "新闻", "新闻网", "电子报", "数字报",                # menu items and words alone
    "学校首页", "网站首页",
    "园区召开企业家座谈会，共商发展大计",                       # a sentence
    "园区一季度工业总产值同比增长百分之十五",                   # a headline: no site's ending
    "今天是：2024年5月14日 星期二", "无障碍浏览 | 长者模式",
    "即时新闻 News", "图片新闻",                               # a section's name, no site's
    "某某新闻网 | 今日某某日报 | 某某晚报",                     # a menu of the group's sites
])
def test_no_name_from_other_header_lines(line):
    assert header_name(line) is None


def test_the_logo_is_read_past_skip_links_and_tool_bars_but_not_below_the_menu():
    assert site_from_header(["跳转到主要内容区域", "无障碍 | 长者版 | English", "某某县人民政府", "首页"]) == (2, "某某县人民政府")
    assert site_from_header(["首页", "新闻", "综合新闻", "某某新闻网"]) is None   # the menu began: a section's name
    assert site_from_header(["邮箱", "综合新闻"]) is None
    assert site_from_header(["为确保您有最佳的浏览体验，请升级浏览器", "某某新闻网"]) is None


def test_a_dumps_logo_is_the_site_over_its_copyright_owner():
    page = "\n".join(["某某新闻网", "某某日报社主办", "首页 | 要闻 | 经济", "园区召开年度工作会议", "2024-05-08 来源：某某日报",
                      PARA, PARA + "二", "某某日报社版权所有"])
    m = parkclean.clean(page).metadata
    assert m.site == "某某新闻网"
    assert any(p.field == "site" and p.rule == "site.header" for p in m.provenance)


def test_a_page_without_a_logo_line_keeps_the_copyright_owner():
    page = "\n".join(["首页", "要闻", "园区召开年度工作会议", "2024-05-08 来源：某某日报", PARA, PARA + "二", "某某日报社版权所有"])
    assert parkclean.clean(page).metadata.site == "某某日报社"


def test_a_title_suffix_inside_the_logos_text_is_the_site():
    html = ("<html><head><title>园区召开年度工作会议 - 某某新闻</title></head><body><div class='logo'>某某新闻湖南省级新闻客户端</div>"
            f"<h1>园区召开年度工作会议</h1><p>{PARA}</p><p>{PARA}二</p></body></html>")
    assert parkclean.clean(html).metadata.site == "某某新闻"


def test_a_papers_page_titled_site_first_is_that_papers_edition():
    html = ("<html><head><title>某某日报数字报-临港产业园跑出开放“加速度”</title></head><body><p>2024年04月10日 星期三</p>"
            "<p>某某新闻网 | 今日某某日报 | 某某晚报</p>" + "".join(f"<p><a href='/n{k}'>第A0{k}版：要闻</a></p>" for k in range(1, 9))
            + "".join(f"<p><a href='/t{k}'>某某工作取得新进展{k}</a></p>" for k in range(8))
            + f"<h2>临港产业园跑出开放“加速度”</h2><p>本报记者 张某</p><p>{PARA}</p><p>{PARA}二</p></body></html>")
    m = parkclean.clean(html).metadata
    assert (m.site, m.source, m.published) == ("某某日报数字报", "某某日报", "2024-04-10")


def test_the_logo_under_a_bar_of_accessibility_items_one_a_line_names_the_site():
    body = ("园区今年新开工项目二十个，完成投资五十亿元，带动就业三千人，增速居全市第一。\n"
            "下一步，园区将围绕主导产业延链补链强链，加快培育一批专精特新企业。")
    page = f"跳转到主要内容区域\n无障碍浏览\n长者模式\nEnglish\n某某县人民政府\n首页\n政务公开\n关于做好医保工作的通知\n{body}"
    assert parkclean.clean(page).metadata.site == "某某县人民政府"
    # a short menu item first: the menu has begun, no logo under it
    assert parkclean.clean(page.replace("无障碍浏览", "政务服务")).metadata.site != "某某县人民政府"


def test_a_brand_on_the_first_line_that_the_copyright_line_repeats_is_the_site():
    """知问, 食家厨房: a logo without a site's ending (网, 政府 …) names the site when the copyright
    or footer line names it again; a first line the footer does not repeat names nothing (the
    copyright's owner, when it names one, is the site as before)."""
    body = ["招商不是求人投资，是帮企业算账。真正能打动企业的，是你能不能帮他把用地、用工和物流的账算清楚。",
            "先说体验，一句话总结：三分之一的时间在路上，三分之一的时间在会议室，三分之一的时间在写材料。"]
    page = ["食家厨房 - 让每一顿家常饭都好吃", "首页", "菜谱分类", "土豆焖排骨", *body, "© 2024 食家厨房 版权所有"]
    assert parkclean.clean("\n".join(page)).metadata.site == "食家厨房"
    other = page[:-1] + ["© 2024 版权所有 未经授权禁止转载"]
    assert parkclean.clean("\n".join(other)).metadata.site is None
    # the first line's name as a piece of a longer name in the footer names nothing
    piece = ["北京", *page[1:-1], "© 2024 北京市某某区融媒体中心 All Rights Reserved"]
    assert parkclean.clean("\n".join(piece)).metadata.site != "北京"
