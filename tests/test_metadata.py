import datetime as dt
import json
from pathlib import Path

import pytest

import parkclean
from parkclean.metadata import byline, category, datelines, dates, fields, people
from parkclean.normalize import replay

CASES = json.loads((Path(__file__).parent / "cases" / "dates.json").read_text(encoding="utf-8"))
REF = dt.date.fromisoformat(CASES["reference"])


@pytest.mark.parametrize("text,iso", CASES["positive"])
def test_date_forms(text, iso):
    # full-width digits are normalized before metadata reads the line
    found = dates.find(replay(text, ["fullwidth_alnum"]), REF)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text", CASES["negative"])
def test_not_dates(text):
    assert dates.find(text, REF) is None


def test_relative_dates_are_flagged():
    assert dates.find("3天前", REF).relative
    assert not dates.find("2021-12-03", REF).relative


RELATIVE_PAGE = ("园区新开工项目十二个\n来源：某某日报 {when}\n"
                 "记者从园区获悉，今年一季度新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。\n") * 1


@pytest.mark.parametrize("when", ["2个月前", "3天前", "昨天 10:30", "5小时前"])
def test_without_a_reference_day_a_relative_date_stays_relative(when, monkeypatch):
    page = RELATIVE_PAGE.format(when=when)
    r = parkclean.clean(page)
    assert r.metadata.published is None and r.metadata.published_relative == when
    assert r.to_dict()["published"] is None

    class Tomorrow(dt.date):  # the day the command runs changes nothing
        @classmethod
        def today(cls):
            return dt.date(2031, 7, 1)

    monkeypatch.setattr(dt, "date", Tomorrow)
    assert parkclean.clean(page).to_dict() == r.to_dict()


def test_with_a_reference_day_a_relative_date_is_resolved_and_keeps_its_words():
    r = parkclean.clean(RELATIVE_PAGE.format(when="2个月前"), parkclean.Config(reference_date=dt.date(2024, 5, 8)))
    assert r.metadata.published == "2024-03-09" and r.metadata.published_relative == "2个月前"
    absolute = parkclean.clean(RELATIVE_PAGE.format(when="2024-05-08"))
    assert absolute.metadata.published == "2024-05-08" and absolute.metadata.published_relative is None


@pytest.mark.parametrize("line", ["9" * 5000 + "天前", "999999年前", "36500年前", "99999个月前 (05-17)"])
def test_relative_dates_past_any_calendar_are_no_dates(line):
    found = dates.find(line, REF)
    assert found is None or found.iso is None or found.iso >= "0001"


@pytest.mark.parametrize("line,names", [
    ("作者：纪爱玲    时间：2014-03-03", ["纪爱玲"]),
    ("文/张三", ["张三"]),
    ("记者 张三 李四", ["张三", "李四"]),
    ("来源：某某县农业农村局作者：彭雪梅发布时间：2023-10-09阅读次数：0", ["彭雪梅"]),  # fields glued together
    ("作者：张三来源：某某网", ["张三"]),
    ("来源：某某县融媒体中心 作者：李䶮 谭晓鸥 点击：次", ["李䶮", "谭晓鸥"]),  # a name's rarer character
    ("作者：某某医院党支部", []),                                     # no name: an organisation
    ("作者：祁文远（某某市社会科学院产业经济研究所）　柏宁（某某党校经济学教研部）", ["祁文远", "柏宁"]),  # each with a unit
    ("作者：王五（记者） 赵六", ["王五"]),                              # a role in the brackets ends the list
    ("作者：柯敏　璁块棶閲\ufffd：锟斤拷1286", ["柯敏"]),                 # the next field's label garbled (访问量：)
    ("文/图：投资促进局 卢思齐", ["卢思齐"]),                            # text and pictures, the writer's unit first
    ("作者：本网    浏览次数：863", []),                                # the site itself, then the next field
])
def test_authors_from_meta_lines(line, names):
    assert people.from_meta_line(line) == names


def test_authors_from_body_credits():
    assert people.from_body("某某网3月25日讯（通讯员 张三 李小四）开局之年", "") == ["张三", "李小四"]
    assert people.from_body("正文", "战略合作。（王五 赵小六）") == ["王五", "赵小六"]
    assert people.from_body("正文", "推动各项工作全面落实。") == []


def test_a_label_glued_to_a_role_word_credits_nobody():
    """图文解读：, 记者手记： are a label whose first word is a role (解 is a surname: 解读 read as
    a name); the role word with a name after it still credits the name."""
    assert byline.credits("图文解读：一图读懂园区支持创业十条措施") == []
    assert byline.credits("记者手记：走进园区第一线") == []
    assert byline.credits("图文：解小明") == ["解小明"]
    assert byline.credits("记者王伟 通讯员李娜") == ["王伟", "李娜"]


def test_source_is_the_outlet_only():
    assert fields.source("来源：中国网生活频道评论:0点击：") == "中国网生活频道"
    assert fields.source("来源：高新院 example.org 日期:2021-12-03") == "高新院"


def test_dateline():
    assert datelines.dateline("人民网长沙3月3日电 2019年，园区") == ("人民网长沙3月3日电", "人民网", "长沙")
    assert datelines.dateline("近日，园区召开会议") is None


def test_category_from_breadcrumb():
    assert category.category_from_breadcrumb("当前位置：首页 > 产业信息 > 正文内容") == "产业信息"


def test_page_metadata_end_to_end():
    page = "\n".join([
        "园区三季度新开工项目过百 - 经济 - 某某新闻网",
        "当前位置：首页 > 经济 > 正文",
        "园区三季度新开工项目过百",
        "来源：某某日报  发布时间：2023-10-08 09:30  作者：张三",
        "本报讯 三季度园区新开工项目一百零二个，总投资超过三百亿元，同比增长两成。",
        "园区负责人表示，四季度将继续抓好项目建设，确保全年目标完成。",
        "标签：园区 项目",
        "本文链接：http://example.com/a/1.html",
    ])
    m = parkclean.clean(page).to_dict()
    assert m["title"] == "园区三季度新开工项目过百"
    assert m["published"] == "2023-10-08T09:30"
    assert m["authors"] == ["张三"]
    assert m["source"] == "某某日报"
    assert m["site"] == "某某新闻网"
    assert m["category"] == "经济"
    assert m["tags"] == ["园区", "项目"]
    assert m["url"] == "http://example.com/a/1.html"
    assert any(p["field"] == "published" and p["line"] == 4 for p in m["provenance"])


def test_html_input_metadata_from_meta_tags_and_fallback():
    page = ("<!doctype html><html><head><title>园区新闻标题_某某网</title>"
            "<meta property='og:site_name' content='某某网'>"
            "<script type='application/ld+json'>"
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-06T08:00:00+08:00\"}</script>"
            "</head><body><div>首页</div><h1>园区新闻标题</h1>"
            "<p>园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。</p>"
            "<p>二季度园区将继续推进重点项目建设，力争新开工项目二十个以上。</p></body></html>")
    plain = parkclean.clean(page)
    assert plain.title == "园区新闻标题" and len(plain.paragraphs) == 2
    # JSON-LD is read on every page (parkclean/structured.py, cheap); trafilatura only when asked
    assert plain.to_dict()["published"].startswith("2023-05-06")
    no_ld = page.replace("datePublished", "dateModified")  # (a change of the page is no day of publishing)
    assert parkclean.clean(no_ld).to_dict()["published"] is None
    rich = parkclean.clean(page, parkclean.Config(html_metadata=True))
    assert rich.to_dict()["published"].startswith("2023-05-06")


def test_a_day_on_the_page_takes_its_time_from_the_markup_when_the_markup_states_the_same_day():
    def page(meta_day: str) -> str:
        return ("<html><head><title>园区新闻标题</title>"
                f"<meta property='article:published_time' content='{meta_day}T21:47:10+08:00'></head><body>"
                "<h1>园区新闻标题</h1><div>发布日期：2024-05-18 来源：某某网</div>"
                "<p>园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。</p>"
                "<p>二季度园区将继续推进重点项目建设，力争新开工项目二十个以上。</p></body></html>")
    assert parkclean.clean(page("2024-05-18")).metadata.published.startswith("2024-05-18T21:47")
    assert parkclean.clean(page("2024-05-20")).metadata.published == "2024-05-18"  # another day: the page's own
    midnight = page("2024-05-18").replace("T21:47:10+08:00", "T00:00:00+08:00")
    utc = page("2024-05-18").replace("T21:47:10+08:00", "T02:00:00Z")
    assert parkclean.clean(midnight).metadata.published == parkclean.clean(utc).metadata.published == "2024-05-18"


def test_single_name_credit_and_stop_words():
    assert people.from_body("正文", "共同把蛋糕做大，实现多赢共赢。（钟才文）") == ["钟才文"]
    assert people.from_body("正文", "园区建设全面提速。（待续）") == []


def test_source_line_naming_the_author():
    assert fields.split_source_author("中国新闻网 王帆") == ("中国新闻网", "王帆")
    assert fields.split_source_author("中国新闻网") == ("中国新闻网", None)
    assert fields.source("来源：转载文章") is None


def test_byline_under_headline_gives_date_and_author():
    page = "\n".join([
        "园区开工仪式举行 - 某某新闻",
        "最新消息 某园区签约三个项目 2020-03-12 18:39",
        "园区开工仪式举行",
        "某某快讯／张大伟 2020年03月12日 20:19:00",
        "园区开工仪式12日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "园区负责人表示，将全力做好要素保障，推动项目早落地、早见效。",
    ])
    m = parkclean.clean(page).to_dict()
    assert m["published"] == "2020-03-12T20:19:00"
    assert m["authors"] == ["张大伟"]


def test_published_is_as_precise_as_the_page_states():
    page = "\n".join([
        "园区开工仪式举行",
        "2020-07-04 12:10:24 来源：某某网 责任编辑：张伟",
        "2020年07月04日 12:10　来源：某某网参与互动",
        "园区开工仪式4日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "园区负责人表示，将全力做好要素保障，推动项目早落地、早见效。",
    ])
    assert parkclean.clean(page).metadata.published == "2020-07-04T12:10:24"


def test_outlet_on_its_own_line_above_the_date():
    page = "\n".join([
        "园区开工仪式举行",
        "某某通讯社",
        "2024年5月20日 下午2:05",
        "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "园区负责人表示，将全力做好要素保障，推动项目早落地、早见效。",
    ])
    assert parkclean.clean(page).metadata.source == "某某通讯社"
    # a section name in that place is not an outlet
    assert parkclean.clean(page.replace("某某通讯社", "即时新闻")).metadata.source is None


def test_a_month_range_opens_a_headline_not_a_byline():
    page = "\n".join([
        "1-10月全县固定资产投资结构趋稳趋优",
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。",
        "其中第三产业投资完成119.90亿元，同比增长15.2%，总体投资结构趋稳趋优。",
    ])
    assert parkclean.clean(page).title == "1-10月全县固定资产投资结构趋稳趋优"


def test_tags_one_per_line_under_a_bare_label():
    page = "\n".join([
        "园区开工仪式举行",
        "2024-05-20 10:00 来源：某某网",
        "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "园区负责人表示，将全力做好要素保障，推动项目早落地、早见效。",
        "关键字：", "开工", "园区", "重大项目",
        "延伸阅读", "另一园区签约三个重点项目",
    ])
    r = parkclean.clean(page)
    assert r.metadata.tags == ("开工", "园区", "重大项目")
    assert {x.rule for x in r.removed if x.text in ("开工", "园区")} == {"context.tag_lines"}


def test_category_from_a_category_line_and_from_the_title():
    page = "\n".join([
        "园区开工仪式举行", "2024-05-20 来源：某某网",
        "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "所属分类：园区动态",
    ])
    assert parkclean.clean(page).metadata.category == "园区动态"
    titled = "园区开工仪式举行 -- 某某日报 / 园区动态\n园区开工仪式举行\n2024-05-20\n" \
             "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。"
    m = parkclean.clean(titled).metadata
    assert (m.site, m.category) == ("某某日报", "园区动态")
    # a news site's page that names no other source is its own
    assert m.source == "某某日报" and any(p.rule == "fields.site_as_source" for p in m.provenance)


_TAIWAN_PAGE = "\n".join([
    "園區開工典禮舉行 - 某某新聞網",
    "園區開工典禮舉行",
    "記者 吳宗憲／台北報導 2024-05-20 10:00",
    "園區開工典禮今日舉行，首批項目總投資超過五十億元，預計年底前投產，帶動就業兩千人。",
    "園區負責人表示，將全力做好要素保障，推動項目早落地、早見效，打造產業聚集高地。",
    "標籤：", "開工", "園區",
])


def test_metadata_of_a_traditional_page_keep_the_page_script():
    r = parkclean.clean(_TAIWAN_PAGE)
    assert r.text.startswith("园区开工典礼今日举行")  # the text is converted …
    m = r.metadata
    assert (m.title, m.authors, m.tags) == ("園區開工典禮舉行", ("吳宗憲",), ("開工", "園區"))  # … the facts are quoted
    assert m.site == "某某新聞網"


def test_a_relative_date_keeps_the_page_script_too():
    page = ("園區新聞\n3小時前 來源：某某網\n園區今年新開工項目十二個，總投資超過五十億元，預計年底前全部投產，帶動就業三千餘人。\n"
            "園區相關負責人表示，下一步將繼續優化營商環境，做好項目服務保障工作。\n")
    assert parkclean.clean(page).metadata.published_relative == "3小時前"


def test_metadata_script_text_gives_them_in_the_text_script():
    m = parkclean.clean(_TAIWAN_PAGE, parkclean.Config(metadata_script="text")).metadata
    assert (m.title, m.authors, m.tags) == ("园区开工典礼举行", ("吴宗宪",), ("开工", "园区"))


def test_a_page_converted_to_traditional_by_a_tool_gets_its_simplified_metadata_back():
    page = "\n".join([
        "當前位置:主頁 > 新聞中心 > 園區(qū)規(guī)劃 >",
        "湛江產(chǎn)業(yè)園區(qū)這樣跑出加速度",
        "來源:高新院 日期:2021-12-03",
        "12月2日,湛江市產(chǎn)業(yè)園區(qū)發(fā)展大會召開,研究部署產(chǎn)業(yè)園區(qū)發(fā)展思路舉措,全力推動高質(zhì)量發(fā)展。",
        "會議提出,要聚焦主導產(chǎn)業(yè),加快項目建設,推動園區(qū)擴容提質(zhì)。",
    ])
    m = parkclean.clean(page).metadata
    assert (m.title, m.category) == ("湛江产业园区这样跑出加速度", "园区规划")


def test_page_script_values_fall_back_where_lines_do_not_align():
    from parkclean.metadata.native import in_page_script
    from parkclean.model import Metadata
    m = in_page_script(Metadata(title="园区", authors=("某某",)), "园区\n某某", "園區園\n某某")
    assert m.title == "园区" and m.authors == ("某某",)


_SIMPLIFIED_PAGE = "\n".join([
    "园区开工仪式举行", "2024-05-20 10:00 来源：某某网 记者 王建宏",
    "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。",
    "园区负责人表示，将全力做好要素保障，推动项目早落地、早见效。",
])


def test_the_source_ends_before_a_reporter_credit():
    m = parkclean.clean(_SIMPLIFIED_PAGE).metadata
    assert (m.source, m.authors) == ("某某网", ("王建宏",))


@pytest.mark.parametrize("target", ["hant", "hant-tw", "keep"])
def test_metadata_are_read_whatever_the_target_script(target):
    page_script = parkclean.clean(_SIMPLIFIED_PAGE, parkclean.Config(target_script=target)).metadata
    assert (page_script.title, page_script.source, page_script.authors) == ("园区开工仪式举行", "某某网", ("王建宏",))
    text_script = parkclean.clean(_SIMPLIFIED_PAGE, parkclean.Config(target_script=target, metadata_script="text"))
    expected = "园区开工仪式举行" if target == "keep" else "園區開工儀式舉行"
    assert text_script.metadata.title == expected and text_script.metadata.authors == ("王建宏",)


def test_a_tag_line_above_the_headline_is_the_site_headers():
    page = "\n".join([
        "园区开工仪式举行 - 某某网", "热词：", "科普一下", "全国科技活动周",
        "园区开工仪式举行", "2024-05-20 10:00 来源：某某网",
        "园区开工仪式20日举行，首批项目总投资超过五十亿元，预计年底前投产。",
        "标签：开工 园区",
    ])
    assert parkclean.clean(page).metadata.tags == ("开工", "园区")
    assert parkclean.clean(page.replace("标签：开工 园区", "")).metadata.tags == ()


def test_a_headline_repeated_above_the_article_and_list_dates_after_it():
    """The headline stated twice (an HTML title line, then the h1) right above the text is still the
    headline; the dates of a headline list after the article are the items', not the page's."""
    page = ("首页\n新闻\n园区产业基金规模突破百亿元\n园区产业基金规模突破百亿元\n"
            "近日，园区产业引导基金第三期完成募集，至此园区产业基金总规模突破100亿元，撬动社会资本超过300亿元。\n"
            "据介绍，产业基金重点投向集成电路、生物医药和新能源等领域，已累计投资项目87个。\n"
            "园区召开产业基金工作推进会\n2024-03-15\n园区举办科技金融对接会\n2024-03-02\n")
    r = parkclean.clean(page)
    assert r.metadata.title == "园区产业基金规模突破百亿元"
    assert r.metadata.published is None
    # a date line right after the article, not under a list item, is still the page's
    r = parkclean.clean(page.replace("园区召开产业基金工作推进会\n", "编辑：张三\n"))
    assert r.metadata.published == "2024-03-15"


def test_a_blog_header_date_in_brackets_and_its_category_line():
    body = "周末受朋友之邀，去滨江科技园转了一圈。十年前这里还是一片农田，如今已是楼宇林立。"
    r = parkclean.clean(f"走访科技园随想\n(2012-06-18 21:40:11)\n标签：\n科技园\n创业\n分类： 随笔\n{body}\n")
    m = r.metadata
    assert (m.title, m.published, m.category, m.tags) == ("走访科技园随想", "2012-06-18T21:40:11", "随笔", ("科技园", "创业"))
    assert r.paragraphs == (body,)


def test_a_forum_post_title_without_its_field_name_and_tool_link():
    body = "今天路过开发区东边那块空地，看到围挡上写着智能制造产业园，有没有知道内情的说说？据说一期要建二十多栋标准厂房。"
    r = parkclean.clean(f"标题: 听说开发区又要建新的产业园了？[复制链接]\n"
                        f"楼主 某某 发表于 2024-3-12 09:15:32 | 只看该作者 | 倒序浏览\n{body}\n回复 引用 举报\n")
    assert r.metadata.title == "听说开发区又要建新的产业园了？"
    # the poster (楼主 某某 发表于 …) is the author; the filter link (只看该作者) names nobody
    assert r.metadata.published == "2024-03-12T09:15:32" and r.metadata.authors == ("某某",)


@pytest.mark.parametrize("line,names", [("文/张三", ("张三",)), ("文｜张三", ("张三",)), ("张三 李四/文", ("张三", "李四")),
                                        ("文字：张三 图片：李四 编辑：王五", ("张三",)),
                                        ("某某经济报道记者 张三 北京报道", ("张三",)),
                                        ("本报记者 张三 实习生 李四", ("张三", "李四")),
                                        ("文 | 某某财经 张三", ("张三",))])
def test_credit_lines_give_the_writers(line, names):
    body = "近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。"
    r = parkclean.clean(f"园区召开会议\n2024-01-02 09:00\n{line}\n{body}\n")
    assert r.metadata.authors == names and r.paragraphs == (body,)


def test_the_published_date_after_an_update_date_on_the_same_line():
    body = "近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。"
    m = parkclean.clean(f"园区召开会议\n更新时间：2024-05-09 发布时间：2024-05-08\n{body}\n").metadata
    assert (m.published, m.updated) == ("2024-05-08", "2024-05-09")
    m = parkclean.clean(f"园区召开会议\n更新时间：2024-05-09\n{body}\n").metadata
    assert m.published == "2024-05-09"  # a page that only says when it was updated


@pytest.mark.parametrize("first,last,source,dateline", [
    ("【某某報專訊】香港科學園第三期擴建工程昨日正式動工，預計於二〇二七年落成。", "", "某某報", "某某報專訊"),
    ("（某某日報報道）香港科學園第三期擴建工程昨日正式動工，預計於二〇二七年落成。", "", "某某日報", "（某某日報報道）"),
    ("香港科學園第三期擴建工程昨日正式動工，預計於二〇二七年落成。", "（某某社）", "某某社", None),
])
def test_outlets_credited_in_the_text(first, last, source, dateline):
    body = "科技園公司主席表示，擴建後園區總樓面面積將增加約百分之三十，主要用作生物科技研發。"
    m = parkclean.clean(f"科學園擴建動工\n2024年3月15日\n{first}\n{body}{last}\n").metadata
    assert (m.source, m.dateline, m.authors) == (source, dateline, ())


def test_the_headline_from_a_first_line_shaped_like_an_html_title_with_a_site():
    body = "近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。"
    m = parkclean.clean(f"园区召开2024年工作会议_园区动态_某某网\n首页\n新闻\n园区\n{body}\n").metadata
    assert (m.title, m.site, m.category) == ("园区召开2024年工作会议", "某某网", "园区动态")
    m = parkclean.clean(f"园区召开2024年工作会议 - 某某新闻网\n{body}\n").metadata
    assert m.title == "园区召开2024年工作会议"
    from parkclean.metadata.title import site_titled
    assert site_titled("园区召开2024年工作会议_某某网") == "园区召开2024年工作会议"
    assert site_titled("园区召开2024年工作会议_园区动态") is None  # a section at the end names no site


def test_hashtags_under_the_article_are_its_tags():
    body = "竹科寶山園區最新進駐率已達九成，管理局表示，年底前預計再有3家半導體相關企業進駐。"
    m = parkclean.clean(f"竹科寶山園區進駐率達九成\n發佈時間：2024/09/10 14:30\n{body}\n#竹科#寶山#半導體\n網友留言\n").metadata
    assert m.tags == ("竹科", "寶山", "半導體")


@pytest.mark.parametrize("meta, names", [
    ("Discuz! Team and Comsenz UI Team", None),   # the forum software's credit: no person
    ("Acme Media Inc.", None),
    ("ACME MEDIA INC", None),
    ("John Smith and Mary Lee", ["John Smith", "Mary Lee"]),   # Latin names whole, not word by word
    ("Jane Doe", ["Jane Doe"]),
    ("by Jane Doe", ["Jane Doe"]),
    ("Cody Mediano", ["Cody Mediano"]),                     # no organisation's word, whole
    ("记者 张三 李四", ["张三", "李四"]),
])
def test_the_author_meta_names_people_not_software(meta, names):
    from parkclean.metadata.authors import html_candidate
    found = html_candidate({"author": meta})
    assert (found[0].value if found else None) == names


def test_the_blog_name_far_above_the_post_headline_is_no_title():
    """A page title naming the blog (雨巷里的猫_某某空间), its header line repeating it, and the post's
    own headline right above its date: the title is the post's."""
    page = "\n".join(["雨巷里的猫_某某空间", "某某空间 | 首页 | 登录", "雨巷里的猫", "一个人的城市，两个人的回忆",
                      "主页博客相册|个人档案 |好友", "查看文章", "搬家后的第一场雨", "2010-03-15 22:47",
                      "搬到桂园小区已经第十二天，这是第一场雨，下班的时候没带伞，在公交站台等了快半个小时。",
                      "回到家，发现早上晾在阳台上的衣服全湿了，房东留下的那个旧衣架还断了一条腿。"])
    assert parkclean.clean(page).metadata.title == "搬家后的第一场雨"
    # the headline repeating the page title, a deck right under it, then the byline: the headline stays
    deck = "\n".join(["园区新规出台_某某网", "首页 | 新闻", "园区新规出台", "十二项措施支持企业发展", "2024-05-01 来源：某某网",
                      "记者从园区管委会获悉，今年一季度园区新开工项目十二个，总投资超过五十亿元。",
                      "园区相关负责人表示，下一步将继续优化营商环境，做好项目服务保障工作。"])
    assert parkclean.clean(deck).metadata.title == "园区新规出台"


def test_source_not_read_from_a_disclaimer_about_the_whole_site():
    # 信息来源于… inside a sentence speaks of everything the site carries, not this article
    assert fields.source("免责声明：本站快讯信息来源于公开资料及合作媒体，仅供参考，不构成投资建议。") is None
    assert fields.source("本文转自某某网，如有侵权请联系删除") == "某某网"
    assert fields.source("（转自某某日报）") == "某某日报"


def test_page_title_section_ending_in_news_is_not_the_site():
    assert fields.title_site_category(["某标题", "医院新闻", "某某县人民医院"]) == ("某某县人民医院", "医院新闻")
    assert fields.title_site_category(["某标题", "综合新闻", "某某新闻网"]) == ("某某新闻网", "综合新闻")
    assert fields.title_site_category(["某标题", "某某新闻"]) == ("某某新闻", None)
    assert fields.title_site_category(["某标题", "腾讯新闻", "科技"]) == ("腾讯新闻", "科技")  # an outlet, then its section


def test_the_articles_address_dates_a_page_that_states_no_date():
    """No date on the page: the day in its address (/2023/1107/) is the published date, with its
    provenance; a date the page states wins over the address's."""
    body = "<p>园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。</p>" * 3
    page = ('<html><head><title>园区新规出台</title><link rel="canonical" href="http://www.example.com.cn/n1/2023/1107/'
            'c1004-40112345.html"></head><body><h1>园区新规出台</h1>{}' + body + '</body></html>')
    m = parkclean.clean(page.format("")).metadata
    assert m.published == "2023-11-07" and any(p.rule == "dates.url" for p in m.provenance)
    m = parkclean.clean(page.format("<p>发布时间：2023-11-08 10:00</p>")).metadata
    assert m.published == "2023-11-08T10:00"


PARA = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。"


def test_a_papers_page_is_published_on_its_editions_day_and_a_portals_header_day_is_not():
    """Far above the text (past the lines searched for a byline), the day in a paper's header is
    its edition's; a portal's is the day the page was seen."""
    pages = [f"第0{k}版：{w}" for k, w in enumerate(["要闻", "要闻", "经济", "县域", "民生", "专题", "文化"], 1)]
    titles = [f"{w}工作取得新进展" for w in ("港口", "土地", "夏粮", "市场", "金融", "交通", "教育", "医疗", "文旅", "环保")]
    epaper = ["某某日报数字报", "2024年06月14日 星期五", "往期回顾", "版面导航", *pages, "上一版 下一版", "第03版：经济",
              "本版标题", *titles, "园区“小个子”练出“硬功夫”", "本报记者 张三", PARA, PARA + "二"]
    m = parkclean.clean("\n".join(epaper)).metadata
    assert m.published == "2024-06-14" and m.site == "某某日报数字报" and m.source == "某某日报"
    assert any(p.field == "published" and p.rule == "dates.edition" for p in m.provenance)
    portal = ["某某新闻网", "2024年06月14日 星期五", "首页", "要闻", "经济", "县域", "民生", "专题", "文化", "热点",
              "本站推荐", *titles, "园区“小个子”练出“硬功夫”", "记者 张三", PARA, PARA + "二"]
    assert parkclean.clean("\n".join(portal)).metadata.published is None


def test_a_lead_credit_ending_in_a_place_and_reported_then_a_space_names_the_reporter():
    page = ["园区首条电堆自动化产线投产", "2024-06-04 08:20 来源：某某新闻网",
            "本网记者 韩某某 瑞川报道 6月3日，某某动力科技有限公司年产5000台电堆自动化生产线正式投产。", PARA]
    assert parkclean.clean("\n".join(page)).metadata.authors == ("韩某某",)


def test_a_name_before_a_longer_fields_label_is_read_alone():
    assert people.from_meta_line("发布时间：2024-11-07 16:25 作者：邝某某 信息来源：县融媒体中心 浏览次数：1286") == ["邝某某"]
    assert people.from_meta_line("作者：张三 李四 来源：某某日报") == ["张三", "李四"]


def test_the_headline_the_page_title_names_wins_over_its_deck_above_the_byline():
    html = ("<html><head><title>某某晨报数字报-高新区“标准地”出让再提速</title></head><body>"
            "<p>拿地即开工</p><p>高新区“标准地”出让再提速</p><p>今年以来已出让工业用地11宗 平均拿地到开工缩短至27天</p>"
            f"<p>本报记者 俞某某</p><p>{PARA}</p><p>{PARA}二</p></body></html>")
    assert parkclean.clean(html).metadata.title == "高新区“标准地”出让再提速"


def test_a_column_word_before_a_bar_opens_the_headline():
    html = ("<html><head><title>组图｜“双十一”前夕 公路港分拣线昼夜不停</title></head><body>"
            f"<h1>组图｜“双十一”前夕 公路港分拣线昼夜不停</h1><p>2024-11-08 07:32</p><p>{PARA}</p><p>{PARA}二</p></body></html>")
    assert parkclean.clean(html).metadata.title == "组图｜“双十一”前夕 公路港分拣线昼夜不停"
    assert fields.title_site_category(["标题", "积极因素不断增多前4个月我国外贸向好态势进一步巩固", "今日某某"]) == ("今日某某", None)


LEAD = ("某某镇，隶属于某某省某某市某某县，地处某某县东南部，东邻东岙镇，南与白沙乡接壤，西靠县城城东街道，北依白岩山余脉。"
        "全镇总面积96.7平方千米，2023年末常住人口约8.6万人。")


def test_an_entrys_name_far_above_its_text_is_its_title_and_its_site_ends_the_page_title():
    """An encyclopedia entry: its <h1> name over an infobox, a lead, the contents, then the sections;
    the <title> ends in the site's name (某某百科)."""
    info = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in
                   [("国家", "中国"), ("省", "某某省"), ("面积", "96.7平方千米"), ("常住人口", "8.6万"), ("邮政编码", "318452"),
                    ("政府驻地", "某某大道1号"), ("特色产业", "五金工具"), ("下辖", "21个行政村")])
    toc = "".join(f'<li><a href="#s{k}">{k} {w}</a></li>' for k, w in enumerate(["历史沿革", "经济", "参考资料"], 1))
    html = (f"<html><head><title>某某镇 - 某某百科</title></head><body><h1>某某镇</h1><table class='infobox'>{info}</table>"
            f"<p>{LEAD}</p><p>某某镇是某某县五金工具产业的主要集聚地，素有“五金之乡”之称。</p><div id='toc'><h2>目录</h2><ul>{toc}</ul></div>"
            f"<h2>历史沿革</h2><p>{PARA}三</p><p>{PARA}四</p><h2>经济</h2><p>{PARA}五</p>"
            "<h2>参考资料</h2><ul><li>↑ 某某县志编纂委员会. 某某县志. 2015.</li><li>↑ 某某县统计局. 主要经济指标. 2024-03.</li></ul>"
            "</body></html>")
    r = parkclean.clean(html)
    assert r.metadata.title == "某某镇" and r.metadata.site == "某某百科"
    assert r.paragraphs[:2] == (LEAD, "某某镇是某某县五金工具产业的主要集聚地，素有“五金之乡”之称。")
    assert "历史沿革" in r.paragraphs and not any("↑" in t or t == "目录" for t in r.paragraphs)


def test_a_forums_software_is_no_site_and_a_trails_cut_headline_no_section():
    assert fields.title_site_category(["标题", "厂房仓储", "某某社区", "Powered by Discuz!"]) == ("某某社区", "厂房仓储")
    assert category.category_from_breadcrumb("首页 > 厂房仓储 > 实地跑了周边五个产业园，把厂房租金、配 ...") == "厂房仓储"


def test_the_markups_time_in_chinas_zone_is_read_over_a_tags_in_utc():
    """A blog's og tag in UTC beside its JSON-LD in China's time: the JSON-LD's (a UTC value alone
    gives no time: CMSs often write the local time with a Z)."""
    ld = '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2024-03-17T21:08:44+08:00"}</script>'
    html = (f"<html><head><meta property='article:published_time' content='2024-03-17T13:08:44+00:00'>{ld}</head><body>"
            f"<h1>园区召开工作会议</h1><p>2024年3月17日</p><p>{PARA}</p><p>{PARA}二</p></body></html>")
    assert parkclean.clean(html).metadata.published == "2024-03-17T21:08:44+08:00"  # (with its zone, as the page states it)
    assert parkclean.clean(html.replace(ld, "")).metadata.published == "2024-03-17"


def test_the_dateline_opens_the_paragraph_under_the_lead_pictures_own_caption():
    page = ["园区二次创业见闻", "某某高新区半导体材料产业园内，工人在生产线上作业。",
            "本报安平9月12日讯（记者 蓝某某 通讯员 冉某）9月初，安平高新区半导体材料产业园内，一条生产线完成设备调试。", PARA]
    m = parkclean.clean("\n".join(page)).metadata
    assert m.dateline == "本报安平9月12日讯" and m.authors == ("蓝某某", "冉某")


def test_a_forum_threads_title_ends_the_trail_and_loses_its_tags_and_tools():
    page = ["某某论坛 - 某某人自己的网上家园", "首页 | 论坛 | 房产家居 | 人才招聘", "某某论坛 › 论坛 › 某某社区 › 城事杂谈 › 说说咱们县经开区这几年的变化",
            "查看: 8634 | 回复: 57", "[城事杂谈] 说说咱们县经开区这几年的变化 [复制链接]", "老街猫", "帖子 1287 | 积分 5630 | 注册时间 2013-7-2",
            "发表于 2024-4-12 21:35 | 只看该作者 | 倒序浏览", PARA, PARA + "二", PARA + "三"]
    m = parkclean.clean("\n".join(page)).metadata
    assert m.title == "说说咱们县经开区这几年的变化" and m.published == "2024-04-12T21:35"


def test_the_headers_logo_above_the_day_is_no_headline():
    page = ["某某经济开发区管理委员会", "2024年5月20日 星期一 | 设为首页 | 加入收藏", "首页 | 开发区概况 | 政务公开 | 招商引资",
            "当前位置：首页 > 通知公告 > 人事招聘", "某某经济开发区2024年公开招聘编外工作人员公告",
            "发布时间：2024-05-20 16:30 来源：开发区党政办公室", PARA, PARA + "二"]
    m = parkclean.clean("\n".join(page)).metadata
    assert m.title == "某某经济开发区2024年公开招聘编外工作人员公告" and m.site == "某某经济开发区管理委员会"


def test_bilingual_and_print_parts_of_a_page_title_and_a_tag_labels_own_words():
    assert fields.title_site_category(["标题", "经济 Economia", "某某日报 Diário Moumou"]) == ("某某日报", "经济")
    assert fields.title_site_category(["标题", "打印页"]) == (None, None)
    assert fields.tags("标签：TAGS 园区 招商") == ["园区", "招商"]
    assert fields.bare_tags("标签 TAGS 北部都会区 生物科技", "dom.furniture") == ["北部都会区", "生物科技"]
    assert category.category_from_breadcrumb("某某问答网 > 厂房选址 > 问题详情") == "厂房选址"
    assert byline.is_name("发布于") is False


def test_a_credit_opening_the_paragraph_under_the_lead_pictures_caption_and_its_credit():
    page = ["岭东科技产业园区二期开发计划通过审议", "2024/06/13 14:20", "岭东科技产业园区二期预定地位于一期园区东侧，目前多为农地。",
            "（岭东县政府提供）", "〔记者邱某某／岭东报导〕岭东县政府推动多年的园区二期开发计划，日前经产业园区审议会审议通过。", PARA]
    assert parkclean.clean("\n".join(page)).metadata.authors == ("邱某某",)


def test_a_taiwanese_credit_with_the_place_after_a_slash_is_the_dateline():
    page = ("屏南園區二期通過報編\n2024-10-22 05:30\n"
            "〔記者林佩蓉、許家豪／屏東報導〕屏南精密機械產業園區二期今天通過報編，釋出產業用地38公頃，預計明年招商。\n"
            "縣府表示，二期將優先引進精密機械與航太零組件廠商，帶動在地就業一千人以上。")
    m = parkclean.clean(page).metadata
    assert (m.dateline, m.dateline_place) == ("記者林佩蓉、許家豪／屏東報導", "屏東")
    assert set(m.authors) == {"林佩蓉", "許家豪"}
    # a slash between two words of a sentence is no credit
    assert parkclean.clean(page.replace("〔記者林佩蓉、許家豪／屏東報導〕", "園區／廠商")).metadata.dateline is None


def test_a_county_media_centres_dateline_and_its_name_written_out_on_the_byline():
    page = ("某某县云岫镇茶叶产业园夏茶采制忙\n2024-05-09 10:12 来源：某某县融媒\n"
            "某某融媒5月9日讯（记者 葛澄）立夏过后，云岫镇茶叶产业园里一派繁忙景象，采茶工人穿梭在茶垄间采摘夏茶。\n"
            "园区负责人介绍，今年园区新增标准化茶园两千亩，夏茶产量预计增长一成以上。")
    m = parkclean.clean(page).metadata
    assert m.dateline == "某某融媒5月9日讯" and m.source == "某某县融媒"


def test_a_breadcrumb_with_slashes_is_no_headline_over_a_headline_with_a_clause():
    page = ("首页\n新闻中心\n公司新闻\n首页 / 新闻中心 / 公司新闻\n"
            "某某能源发布工商业储能一体柜，循环寿命超8000次\n发布时间：2024-09-05 来源：某某能源品牌部\n"
            "9月5日，某某能源在经济技术开发区总部发布新一代工商业储能一体柜，产品面向园区和工厂用户。\n"
            "该产品每个电池包均配置独立的消防单元，循环寿命超过八千次，投资回收期缩短到五年左右。")
    assert parkclean.clean(page).metadata.title == "某某能源发布工商业储能一体柜，循环寿命超8000次"


def test_the_headers_date_and_weather_widget_is_no_publication_date():
    body = ("园区今年新开工项目二十个，完成投资五十亿元，带动就业三千人，增速居全市第一。\n"
            "下一步，园区将围绕主导产业延链补链强链，加快培育一批专精特新企业。")
    page = f"某某新闻网\n2025年6月20日 星期五 某某 多云 24～31℃\n首页 > 项目建设\n某某园区二期项目开工\n{body}"
    assert parkclean.clean(page).metadata.published is None
    # the same day without the weather: an e-paper's header, the edition's day
    assert parkclean.clean(page.replace(" 某某 多云 24～31℃", "")).metadata.published == "2025-06-20"
    # a name with a weather word in it is no weather (编辑：刘雨晴)
    byline = f"某某园区二期项目开工\n2024-05-08 10:20  编辑：刘雨晴\n{body}"
    assert parkclean.clean(byline).metadata.published == "2024-05-08T10:20"


def test_a_poem_pages_poet_after_the_dynasty_and_no_author_from_its_menu():
    """A poem page names its poet under the title after the dynasty (清代：某某); the site's menu
    (诗文 / 作者 / 古籍) and its search prompt (搜索诗文、作者、名句) credit nobody; a brand on the first
    line that the copyright line repeats (知问) is no person."""
    page = "\n".join(["诗文鉴赏库", "首页", "诗文", "名句", "作者", "古籍", "赏析", "搜索诗文、作者、名句",
                      "当前位置：首页 > 诗文 > 清代 > 过青溪渡口", "过青溪渡口", "清代：沈石樵",
                      "落日熔金水半红，孤篷摇梦过溪东。", "沙头鹭立千年石，堤上人归一笛风。",
                      "这是一首即景抒怀的七言律诗，诗人途经故乡渡口，触景生情，写下了对故园的眷恋之情。",
                      "首联写渡溪，颔联写景，颈联写故园风物，尾联以明朝又逐钱塘棹收束全篇，余味悠长。", "© 2024 诗文鉴赏库"])
    assert parkclean.clean(page).metadata.authors == ("沈石樵",)
    menu_only = page.replace("清代：沈石樵\n", "")
    assert parkclean.clean(menu_only).metadata.authors == ()
    brand = parkclean.clean(page.replace("诗文鉴赏库", "知问").replace("清代：沈石樵\n", ""))
    assert brand.metadata.authors == ()


def test_a_qa_pages_question_over_its_count_of_answers_is_its_headline_not_an_answerers_rank():
    """知问-style Q&A: the question, its buttons and count of answers, then the answerer's name and
    rank over the answer's votes (2,317 人赞同了该回答): the rank is no headline over a byline."""
    answer = "在浙北一个县级开发区干了十年招商，从科员干到招商局副局长，跑过的地方和见过的企业都不少，说说体会。"
    page = "\n".join(["知问", "首页", "发现", "招商引资", "开发区", "在县级开发区做招商是一种什么样的体验？",
                      "关注问题  写回答  邀请回答  好问题 126  添加评论  分享", "查看全部 46 个回答", "周启明",
                      "县级开发区招商十年，现居浙北", "2,317 人赞同了该回答", answer,
                      "先说体验，一句话总结：三分之一的时间在路上，三分之一的时间在酒桌和会议室，三分之一的时间在写材料。",
                      "招商不是求人投资，是帮企业算账。真正能打动企业的，是你能不能帮他把用地、用工和物流的账算清楚。",
                      "发布于 2024-05-13 10:22", "© 2024 知问"])
    assert parkclean.clean(page).metadata.title == "在县级开发区做招商是一种什么样的体验？"
