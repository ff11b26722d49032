"""The decision, end to end: pages built to show one layout each, and what becomes of every line."""
from pathlib import Path

import parkclean
from parkclean.model import Label


_P1 = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。"
_P2 = "二季度园区将继续推进重点项目建设，力争新开工项目二十个以上，完成投资五十亿元，带动就业三千人。"
_P3 = "下一步，园区将围绕主导产业延链补链强链，加快培育一批专精特新企业，推动产业集群发展壮大。"


def test_contact_block_between_paragraphs_is_removed_but_article_continues():
    page = "\n".join([
        "园区新闻",
        "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一。",
        "招商热线：400-000-0000",
        "微信/手机：13900000000",
        "二季度园区将继续推进重点项目建设，力争新开工项目二十个以上，完成投资五十亿元。",
        "版权所有：某某网",
    ])
    r = parkclean.clean(page)
    assert len(r.paragraphs) == 2
    assert [x.label for x in r.removed][-3:] == [Label.CONTACT, Label.CONTACT, Label.COPYRIGHT]


def test_related_list_after_heading_is_removed():
    page = "\n".join([
        "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。",
        "二季度园区将继续推进重点项目建设，力争新开工项目二十个以上。",
        "相关阅读",
        "某园区召开年度工作会议，部署全年重点工作任务，明确发展目标。",
        "另一园区签约三个重点项目，总投资超过二十亿元，将于年内开工。",
    ])
    r = parkclean.clean(page)
    assert len(r.paragraphs) == 2
    assert {x.label for x in r.removed} == {Label.RELATED}
    # the lines under the heading name it whole in their reason
    assert [x.reason for x in r.removed][1:] == ["in the region under '相关阅读'"] * 2


def test_the_links_under_a_friend_links_heading_are_no_article():
    """A page without prose: the longest lines are its link list; no article, said with less
    confidence than a page with one."""
    page = "\n".join(["首页", "期刊要览", "2022年第4期", "目录", "友情链接",
                      "求是网 旗帜网 宣讲家网 中国社会科学网 中央党校网理论网",
                      "全国哲学社会科学工作办公室 中华人民共和国国史网 人民网理论频道 新华网理论频道",
                      "版权所有 某某网"])
    r = parkclean.clean(page)
    assert r.text == "" and r.kind == "other"
    assert len(r.removed) == 8 and all(x.reason for x in r.removed)  # every line removed, each with its reason
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"
    kept = parkclean.clean(page.replace("友情链接", "友情链接\n" + para))  # a sentence under it: its text
    assert para in kept.text


def test_a_reprint_notice_ends_the_article_before_the_sites_blurb():
    para = "熬粥的时候，锅中的水烧开后，泡好的食材和浸泡用的水一起倒入锅中，这样熬制的时间短。"
    blurb = "中国领先的健康门户网站，于2000年3月9日开通，拥有丰富内容与庞大用户的健康平台，提供专业的健康资讯服务。"
    lines = ["首页 > 饮食 > 正文", "煮一碗好吃的粥", para, para.replace("熬粥", "煮粥"), para.replace("熬粥", "做粥"),
             "某某健康网专稿，未经书面授权请勿转载。", "某某健康网 专业医疗保健信息平台", blurb, "相关文章",
             "腊八粥的做法大全", "喝粥养胃吗"]
    r = parkclean.clean("\n".join(lines))
    assert blurb not in r.text and para in r.text
    # a notice between two paragraphs closes nothing, nor one followed by more of the text
    r = parkclean.clean("\n".join(lines[:5] + [lines[5], para.replace("熬粥", "喝粥")] + lines[6:]))
    assert para.replace("熬粥", "喝粥") in r.text
    more = [para.replace("熬粥", w) for w in ("喝粥", "盛粥", "端粥")]
    r = parkclean.clean("\n".join(lines[:6] + ["一、注意火候"] + more + lines[8:]))
    assert all(m in r.text for m in more)


def test_a_summary_above_the_paragraph_that_holds_it_is_not_the_text_but_a_subheading_inside_is():
    para = "本文会以几个实际的例子，分享园区企业使用工业互联网平台的一点经验，希望对读者有一点帮助。"
    more = "园区去年新接入平台的企业有一百二十家，设备联网率提高到百分之六十，生产效率平均提升一成。"
    sub = "园区去年新接入平台的企业有一百二十家"
    page = ["首页 > 园区动态", "工业互联网平台的使用经验", "发布时间：2024-05-01", para[2:-1], "前言：" + para, sub, more,
            more.replace("去年", "今年")]
    r = parkclean.clean("\n".join(page))
    assert para[2:-1] not in r.paragraphs and "前言：" + para in r.paragraphs
    assert sub in r.paragraphs


def test_empty_and_all_navigation_pages():
    assert parkclean.clean("").text == ""
    r = parkclean.clean("首页\n新闻\n政务\n服务\n互动\n关于我们")
    assert r.text == "" and r.warnings


def test_breadcrumb_laid_out_one_link_per_line():
    page = "\n".join([
        "当前位置：", "首页", ">发展改革工作", ">投资运行",
        "园区投资结构趋稳趋优",
        "发布日期：2016-11-22",
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。",
        "其中第三产业投资完成119.90亿元，同比增长15.2%，总体投资结构趋稳趋优。",
    ])
    r = parkclean.clean(page)
    assert [x.rule for x in r.removed][:4] == ["marker.breadcrumb"] + ["context.breadcrumb_lines"] * 3
    assert r.metadata.category == "投资运行"
    assert r.title == "园区投资结构趋稳趋优"  # the trail stops before the headline


def test_breadcrumb_lines_need_a_separator_or_a_home_link():
    page = "\n".join([
        "当前位置：首页 > 新闻", "要闻", "园区投资结构趋稳趋优", "发布日期：2016-11-22",
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。",
    ])
    rules = {x.text: x.rule for x in parkclean.clean(page).removed}
    assert rules.get("要闻") != "context.breadcrumb_lines"


def test_a_headline_list_before_an_article_with_subheadings_stays_out():
    para = "，".join(["园区今年新开工项目十二个", "总投资超过五十亿元", "预计年底前全部投产", "带动就业岗位两千个"]) + "。"
    teasers = ["某明星新专辑造型曝光 大秀瑜伽", "某导演献计 多建影院多写好故事", "某演员全力奔奥运 新人羞涩现身",
               "某歌手演唱会门票秒光 粉丝排队", "某主持人亲述经过 期间三度洒泪"]
    article = []
    for k in range(8):  # an article in sections: a subheading, then its paragraph
        article += [f"第{k + 1}个园区加快建设步伐", para]
    page = ["园区建设提速", "2024-05-01 来源：某某网", "发表评论", "今", "日", "推", "荐"] + teasers + article
    r = parkclean.clean("\n".join(page))
    assert not set(teasers) & set(r.paragraphs)
    assert "第1个园区加快建设步伐" in r.paragraphs and r.paragraphs.count(para) == 8


def test_headline_repeated_with_its_deck_above_the_first_paragraph():
    page = "\n".join([
        "园区推进一体化发展座谈会召开 - 某某科普网", "某某科普网 > 时政新闻 >", "园区推进一体化发展座谈会召开",
        "来源：某某社", "2023-12-01 14:43",
        "园区推进一体化发展座谈会召开强调", "推动一体化发展取得新的重大突破", "某某某出席",
        "某某社上海11月30日电 园区推进一体化发展座谈会30日召开，会议总结了一年来的工作，部署了下一阶段任务。",
        "会议强调，要推动一体化发展取得新的重大突破，在现代化建设中更好发挥引领示范作用。",
    ])
    r = parkclean.clean(page)
    assert r.paragraphs[0].startswith("某某社上海11月30日电")
    assert [x.rule for x in r.removed if x.rule == "title.deck"] == ["title.deck"] * 3


def test_breadcrumb_links_with_separator_lines_between_them():
    page = "\n".join([
        "某某科普网", ">", "时政新闻", ">",
        "园区投资结构趋稳趋优", "发布日期：2016-11-22",
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。",
    ])
    r = parkclean.clean(page)
    assert [x.rule for x in r.removed][:4] == ["context.breadcrumb_lines"] * 4
    assert r.metadata.category == "时政新闻"
    ending = "\n".join(["首页>", "旅游中国>", "滚动新闻>", "园区投资结构趋稳趋优", "发布日期：2016-11-22",
                        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。"])
    assert parkclean.clean(ending).metadata.category == "滚动新闻"


def test_contact_sentence_under_a_numbered_heading_is_the_notices_text():
    page = ("关于组织申报园区培育项目的通知\n时间：2024-05-06 来源：园区经发局\n各有关企业：\n"
            "为加快培育专精特新企业，现就组织申报2024年度培育项目有关事项通知如下：\n一、申报时间\n"
            "2024年5月6日至5月31日。\n二、联系方式\n联系人：李工，电话：0512-12345678。\n"
            "附件：申报书\n园区经济发展局\n2024年5月6日\n")
    r = parkclean.clean(page)
    assert "联系人：李工，电话：0512-12345678。" in r.paragraphs
    # the same line as a page's contact block, under no section heading, is removed
    r = parkclean.clean(page.replace("二、联系方式\n", ""))
    assert "联系人：李工，电话：0512-12345678。" not in r.paragraphs
    # the section's field lines are its content too (联系人：… / 联系电话：…), but not under a heading
    # without its number, and not after a sentence of the section (招标人联系人：… under 2.…。)
    fields = page.replace("联系人：李工，电话：0512-12345678。", "联系人：李工\n联系电话：0512-12345678")
    r = parkclean.clean(fields)
    assert r.paragraphs[4:7] == ("二、联系方式", "联系人：李工", "联系电话：0512-12345678")
    # an editor's or a counter's line under the heading is no field of the section
    r = parkclean.clean(fields.replace("联系电话：0512-12345678\n", "联系电话：0512-12345678\n责任编辑：王五\n浏览次数：356\n"))
    assert "责任编辑：王五" not in r.paragraphs and "浏览次数：356" not in r.paragraphs
    for other in (fields.replace("二、联系方式", "联系方式"),
                  fields.replace("二、联系方式\n", "二、联系方式\n请于5月31日前报送申报材料。\n")):
        assert all("0512" not in p for p in parkclean.clean(other).paragraphs)


def test_a_headline_on_the_first_line_anchors_the_article_before_its_comments():
    """A one-sentence article whose headline is the page's first line: two long comments under a
    comments heading do not outweigh it."""
    page = ("产业新城项目签约落地\n2020-09-10 08:00:00 来源：新城快报\n"
            "近日，省工信厅公布第三批省级智慧园区名单，我园区成功入选。\n网友评论\n匿名网友 2020-09-10 12:31\n"
            "希望这次能真正落地，不要只是签个字就没下文了，之前好几个项目都是这样，老百姓看在眼里。\n"
            "园区居民 2020-09-10 13:05\n交通配套一定要跟上，现在上下班太堵了，早高峰要一个多小时才能到园区。\n")
    r = parkclean.clean(page)
    assert r.paragraphs == ("近日，省工信厅公布第三批省级智慧园区名单，我园区成功入选。",)
    assert r.metadata.title == "产业新城项目签约落地"


def test_a_comment_stream_many_times_longer_than_the_article_does_not_replace_it():
    """Behind the comments heading, a stream of 1,400 prose-like comments sums to far more than
    the eight paragraphs above it; a substantial run under the headline is still the article."""
    article = ["某某高新区举办招商推介会", "发布时间：2024-03-05 来源：某某日报"] + [
        f"第{i}段：3月4日，某某高新区在上海举办招商推介会，共签约项目28个，总投资额超过150亿元。" for i in range(8)]
    comments = ["网友评论"] + [f"这个园区这几年发展确实很快，希望能够多引进一些好企业，带动就业和经济发展。{i}"
                               for i in range(1400)]
    r = parkclean.clean("\n".join(["首页 新闻 园区", *article, *comments, "版权所有 某某网"]))
    assert r.paragraphs == tuple(article[2:])


def test_a_section_heading_ending_in_an_ellipsis_opens_its_paragraph():
    """'01《某片》，比起…更重要的是...' followed by its paragraph is the article's own heading; the
    same cut line after a headline and before another headline is a link-list excerpt."""
    para = "新片讲述了一个普通女孩成长为拳击手的故事，主角毕业和工作一段时间后选择封闭自己，直到遇上了拳击。"
    head = "01《某某》，比起拳击和减肥，更重要的是..."
    r = parkclean.clean(f"某某标题\n作者：张三\n{para}\n◎ 图：某某截图\n{head}\n{para}\n{para}\n")
    assert head in r.paragraphs
    listing = f"相关文章\n园区新项目开工仪式举行\n{head}\n园区召开安全生产会议\n"
    r = parkclean.clean(f"某某标题\n作者：张三\n{para}\n{para}\n{listing}")
    assert head not in r.paragraphs


def test_text_ad_links_close_together_are_ads_but_a_single_dash_join_stays():
    para = "近日，园区举行重点项目集中开工活动，此次开工项目共三十一个，总投资二百一十八亿元。"
    ads = "医疗关注--前列腺新发现\n·\n皮肤顽疾----康复圣地\n·\n★07男人--补肾新药（图）\n"
    r = parkclean.clean(f"某某标题\n作者：张三\n{para}\n{ads}{para}\n{para}\n")
    assert [c.final.rule for c in r.blocks if "--" in c.block.text] == ["context.text_ads"] * 3
    r = parkclean.clean(f"某某标题\n作者：张三\n{para}\n特地带来了冬至应景食材---汤圆\n{para}\n{para}\n")
    assert "特地带来了冬至应景食材---汤圆" in r.paragraphs


def test_a_short_article_is_not_outweighed_by_a_list_of_question_headlines_under_a_wall():
    qs = "\n".join(f"某某人物{i}生平简介，此人的履历如何评价才算公允呢？" for i in range(10))
    page = ("当前位置：首页 > 中国历史\n时间：2022-11-24 05:30:58\n"
            "近日，省工信厅公布第三批省级智慧园区名单，我园区成功入选。\n上一篇：某某\n图文推荐\n" + qs)
    assert parkclean.clean(page).paragraphs == ("近日，省工信厅公布第三批省级智慧园区名单，我园区成功入选。",)


def test_table_cells_do_not_lend_their_short_line_style_to_a_headline_list_above():
    heads = "\n".join(f"某某明星{i}新专辑造型曝光 大秀瑜伽身材" for i in range(8))
    rows = ["地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "实际使用外资金额", "一般公共预算收入"]
    table = "\n".join(["指标名称", "完成值"] + [x for name in rows for x in (name, "356.2亿元")])
    page = (f"{heads}\n2023年，园区主要经济指标保持平稳增长，具体完成情况如下：\n{table}\n"
            "注：地区生产总值增速按不变价格计算。\n文章来源：某某网\n发表评论\n")
    r = parkclean.clean(page)
    assert r.paragraphs[0].startswith("2023年，园区主要经济指标") and "指标名称" in r.paragraphs


def test_a_site_intro_sentence_before_a_sidebar_heading_does_not_hide_the_article_behind_it():
    page = ("欢迎访问某某园区网，本站致力于为企业提供最新的园区资讯和招商信息。\n热门文章\n园区召开2024年工作会议\n"
            "近日，园区召开2024年工作会议，总结去年工作，部署今年任务。会议指出，去年园区主要经济指标保持平稳增长。\n"
            "会议强调，今年要坚持项目为王，全力以赴抓招商、上项目、优服务，确保完成全年目标任务。\n园区各部门负责人参加会议。")
    r = parkclean.clean(page)
    assert r.paragraphs[0].startswith("近日，园区召开") and len(r.paragraphs) == 3
    assert r.metadata.title == "园区召开2024年工作会议"


def test_an_account_name_between_the_headline_and_its_date():
    body = "近年来，某某市依托国家级高新区，聚焦生物医药产业，打造百亿级产业集群，成为园区经济的新引擎。"
    r = parkclean.clean(f"园区经济“新引擎”：这座城市如何打造百亿级产业集群\n某某财经观察\n2024-06-03 09:15\n{body}\n")
    assert r.metadata.title == "园区经济“新引擎”：这座城市如何打造百亿级产业集群"
    assert [c.final.rule for c in r.blocks][:2] == ["title.before_meta", "context.byline_name"]
    # a short headline under a site's slogan stays the headline
    r = parkclean.clean(f"欢迎访问某某园区网\n园区召开工作会议\n2024-06-03 09:15\n{body}\n")
    assert r.metadata.title == "园区召开工作会议"


def test_ranges_of_years_joined_by_dashes_are_not_text_ads():
    para = "近日，园区举行重点项目集中开工活动，此次开工项目共三十一个，总投资二百一十八亿元。"
    plan = "近期目标：2024--2025年\n中期目标：2026--2030年\n远期目标：2031--2035年\n"
    r = parkclean.clean(f"某某标题\n作者：张三\n{para}\n{plan}{para}\n{para}\n")
    assert all(c.final.rule != "context.text_ads" for c in r.blocks)


def test_a_headline_given_twice_in_a_row_is_the_headline_not_a_menu():
    head = "产业园区招商到底难在哪里？一个从业十年的人的真心话"
    body = "很多人以为园区招商就是发发传单、打打电话，其实远不是这样，企业要的是能帮它赚钱的产业生态。"
    r = parkclean.clean(f"首页\n等你来答\n{head}\n{head}\n园区老王\n关注他\n326 人赞同了该文章\n{body}\n")
    assert r.metadata.title == head
    assert [c.final.rule for c in r.blocks][2:4] == ["title.doubled", "title.doubled"]
    assert r.paragraphs == (body,)
    # a line repeated further apart is a menu item, not the headline
    r = parkclean.clean(f"园区动态招商引资\n{body}\n园区动态招商引资\n")
    assert all(c.final.rule != "title.doubled" for c in r.blocks)
    # a section name given twice above the headline and its byline is not the headline
    r = parkclean.clean(f"首页\n园区动态新闻资讯\n园区动态新闻资讯\n园区召开2024年工作会议\n2024-01-02 来源：某某网\n{body}\n")
    assert r.metadata.title == "园区召开2024年工作会议"


def test_a_paragraph_between_the_byline_and_a_data_list_opens_the_article():
    lines = ["某某经济技术开发区简介", "2023-08-10 来源：园区网", "基本情况",
             "某某经济技术开发区成立于1992年，1993年经国务院批准为国家级经济技术开发区。",
             "规划面积：38.5平方公里", "建成面积：26平方公里", "入驻企业：1200余家", "主导产业：电子信息、装备制造、新材料",
             "区位交通", "开发区距离市中心15公里，距国际机场30公里，紧邻高速公路出入口，交通便利。",
             "优惠政策", "1. 对新引进的工业项目，按固定资产投资额给予一定比例的奖励。", "2. 对高新技术企业，给予研发费用补助。"]
    r = parkclean.clean("\n".join(lines))
    assert r.paragraphs == tuple(lines[2:])
    assert {c.final.rule for c in r.blocks[2:9]} == {"body.head"}


def test_a_headline_ending_in_a_question_mark_above_its_byline():
    body = "金秋时节，走进某某镇工业园区，机器轰鸣，一派繁忙景象，这个园区去年实现工业产值超80亿元。"
    r = parkclean.clean(f"首页 > 专题\n走进园区｜这个“小园区”为何能有“大作为”？\n2024-10-08 08:00 来源：某某日报\n{body}\n")
    assert r.metadata.title == "走进园区｜这个“小园区”为何能有“大作为”？"
    assert r.blocks[1].final.rule == "title.before_meta"
    # a sentence ending in a full stop above a date line is not a headline
    r = parkclean.clean(f"园区建设取得新进展。\n2024-10-08 08:00\n{body}\n")
    assert r.blocks[0].final.rule != "title.before_meta"


def test_table_rows_under_a_lead_in_sentence_stay_with_the_article():
    lines = ["2024年上半年全市重点园区主要经济指标", "发布时间：2024-07-25 来源：市统计局",
             "上半年，全市重点园区经济运行总体平稳，主要指标保持增长。各园区主要经济指标如下：",
             "园区名称 规上工业产值（亿元） 同比增长（%）", "高新区 856.2 9.8", "经开区 723.5 8.6", "综合保税区 215.7 12.3",
             "从增速看，临港产业园增长最快，综合保税区次之。"]
    r = parkclean.clean("\n".join(lines))
    assert r.paragraphs == tuple(lines[2:])


def test_a_headline_above_its_sub_deck_and_the_byline():
    body = "十年前，这里是一片荒滩；十年后，这里已是高楼林立、厂房成片的产业新城，园区累计引进项目260个。"
    r = parkclean.clean(f"某某日报数字报\n第03版：经济\n从荒滩到产业新城\n——某某临港产业园十年建设纪实\n"
                        f"本报记者 周某 通讯员 吴某\n{body}\n")
    assert r.metadata.title == "从荒滩到产业新城"
    assert [c.final.rule for c in r.blocks][2:4] == ["title.before_meta", "title.deck"]
    assert r.paragraphs == (body,)


def test_a_headline_above_its_summary_deck_and_the_byline():
    """A longer line of clauses between a headline and the byline is the headline's summary deck;
    a headline with a comma under a section's name stays the headline; a header's clock
    (今天是…) is no byline for the site's name above it."""
    body = ["商务部日前公布了2023年国家级经济技术开发区综合发展水平考核评价结果，苏州工业园区连续第八年位列第一。",
            "考核结果显示，前30强中东部地区占23席，中西部地区经开区进步明显，多家园区排名大幅提升。"]
    head = ["华商财经", "今天是：2024年2月28日 星期三", "首页>区域>园区观察", "国家级经开区考核结果出炉：前30强中东部占23席",
            "苏州工业园区连续八年居首，重庆经开区、成都经开区首次跻身前十，专家称园区竞争转向创新比拼",
            "2024-02-28 19:05 华商财经记者 何文静 北京报道"]
    r = parkclean.clean("\n".join(head + body))
    assert r.metadata.title == head[3] and r.paragraphs == tuple(body)
    assert [c.final.rule for c in r.blocks][1:5] == ["marker.clock", "marker.breadcrumb_trail", "title.before_meta", "title.deck"]
    one = ["华商财经", "园区观察", "园区一季度经济运行平稳，工业总产值同比增长百分之十二", "2024-04-02 来源：华商财经"]
    assert parkclean.clean("\n".join(one + body)).metadata.title == one[2]
    slogan = ["某某新闻网", "首页 新闻 政务 园区", "奋力谱写中国式现代化园区篇章",
              "苏州工业园区连续八年居首，重庆经开区、成都经开区首次跻身前十", "2024-02-28 19:05 来源：华商财经"]
    assert parkclean.clean("\n".join(slogan + body)).metadata.title == slogan[3]  # a site's slogan is no headline


def test_a_stream_of_comments_without_a_heading_ends_the_article():
    article = ["5月9日，某某产业园二期正式开园，首批15家企业集中入驻。", "二期项目总建筑面积12万平方米，重点承接智能终端等产业。",
               "园区负责人表示，将为入驻企业提供全生命周期服务。"]
    comments = ["网友 园区打工人 2024-05-10 12:30", "期待更多好企业入驻，家门口就能上班了。",
                "网友 老李 2024-05-10 13:05", "二期的交通配套什么时候能跟上？上下班太堵了。"]
    r = parkclean.clean("\n".join(["某某产业园二期正式开园", "2024-05-10 来源：某某网"] + article + comments))
    assert r.paragraphs == tuple(article)
    assert r.blocks[5].final.rule == "context.comment_stream" and r.metadata.published == "2024-05-10"
    # a timeline inside an article (times without names) is the article's
    timeline = ["2024-05-10 09:30", "开园仪式正式开始，首批企业代表入场。", "2024-05-10 10:00", "园区负责人介绍二期建设情况。"]
    r = parkclean.clean("\n".join(["某某产业园二期正式开园", "2024-05-09 来源：某某网"] + article + timeline))
    assert all(c.final.rule != "context.comment_stream" for c in r.blocks)


def test_comments_one_to_a_line_under_three_names_end_the_article_and_a_timed_interview_does_not():
    article = ["5月9日，某某产业园二期正式开园，首批15家企业集中入驻。", "二期项目总建筑面积12万平方米，重点承接智能终端等产业。",
               "园区负责人表示，将为入驻企业提供全生命周期服务。"]
    head = ["某某产业园二期正式开园", "2024-05-10 来源：某某网"]
    said = ["网友“园区打工人” 10:41：期待更多好企业入驻，家门口就能上班了。", "网友“老李” 10:33：二期的交通配套什么时候能跟上？",
            "网友“城南创业者” 10:15：希望小项目也能拿地即开工。"]
    r = parkclean.clean("\n".join(head + article + said))
    assert r.paragraphs == tuple(article)
    assert r.blocks[5].final.rule == "context.comment_stream"
    # an online interview's speakers take turns: their timed lines are the article
    turns = ["主持人 10:05：各位网友大家好，今天我们请来了园区管委会的负责同志。", "嘉宾 10:06：大家好，很高兴和网友们交流园区建设情况。",
             "主持人 10:08：请您介绍一下二期项目的招商进展。", "嘉宾 10:10：二期目前已签约企业十五家，还有八家正在洽谈。"]
    r = parkclean.clean("\n".join(head + article + turns))
    assert all(c.final.rule != "context.comment_stream" for c in r.blocks)
    assert r.paragraphs[-len(turns):] == tuple(turns)
    # three speakers, then the text goes on; an agenda's parts of the day; numbered users are three names
    three = ["主持人 10:05：各位网友大家好，今天我们请来了园区管委会的两位负责同志。", "嘉宾甲 10:06：大家好，很高兴和网友们交流园区建设情况。",
             "嘉宾乙 10:08：二期目前已签约企业十五家，还有八家正在洽谈。"]
    agenda = ["上午 9:00：开幕式，市领导致辞并为新入驻企业授牌。", "中午 12:00：参观园区展厅和重点企业生产车间。",
              "下午 14:30：分组座谈，听取企业对园区服务的意见建议。"]
    for lines in (three, agenda):
        r = parkclean.clean("\n".join(head + article + lines + [article[0] + "此外", article[1] + "另外"]))
        assert all(c.final.rule != "context.comment_stream" for c in r.blocks), lines[0]
    numbered = [f"网友{n} 10:{k}1：二期的交通配套什么时候能跟上？上下班太堵了。" for k, n in enumerate((12345, 67890, 24680))]
    r = parkclean.clean("\n".join(head + article + numbered))
    assert r.paragraphs == tuple(article)


def test_an_opening_in_short_lines_under_a_headline_on_the_first_line():
    opening = ["2023年", "是园区发展进程中", "极不平凡的一年", "这一年", "我们锚定目标、奋勇争先", "主要经济指标稳中有进"]
    prose = ["规上工业总产值同比增长12.3%，固定资产投资同比增长15.6%。", "新引进亿元以上项目42个，其中10亿元以上项目8个。"]
    r = parkclean.clean("\n".join(["园区2023年工作回顾与2024年展望"] + opening + prose))
    assert r.metadata.title == "园区2023年工作回顾与2024年展望"
    assert r.paragraphs == tuple(opening + prose)
    # under a tool line, the short lines open the article too (the last is no headline)
    r = parkclean.clean("\n".join(["【字体：大 中 小】"] + opening + prose))
    assert r.paragraphs == tuple(opening + prose)
    # a menu under a site's name is no opening: the headline stays the line above the text
    menu = ["某某市人民政府门户网站", "首页", "政务公开", "新闻中心", "园区动态"]
    r = parkclean.clean("\n".join(menu + ["园区召开2024年工作会议"] + prose))
    assert r.paragraphs == tuple(prose) and r.metadata.title == "园区召开2024年工作会议"


def test_teasers_under_a_sidebar_heading_do_not_hide_the_headline_below_them():
    teasers = ["全市今年新建5G基站3000个，实现城区全覆盖。各区县将加快推进农村地区网络建设。",
               "某某湖景区国庆接待游客50万人次，旅游收入同比增长三成。景区负责人表示，将进一步提升服务质量。"]
    article = ["晚上九点，园区里依然灯火通明。", "餐厅、书店、咖啡馆里坐满了人。", "去年起，园区推出夜间消费季。",
               "如今，夜间客流占到全天的四成。"]
    r = parkclean.clean("\n".join(["首页 > 本地", "热门文章"] + teasers + ["园区里的“夜经济”：灯火通明到深夜",
                                                                     "2024-10-12 21:05 来源：某某在线"] + article))
    assert r.metadata.title == "园区里的“夜经济”：灯火通明到深夜"
    assert r.paragraphs == tuple(article)


def test_a_tag_line_without_a_label_between_the_article_and_its_share_line():
    body = ["近日，某某高新区举办产业链上下游对接会，80余家企业参加，现场达成合作意向30余项。",
            "高新区经济发展局负责人表示，将定期举办此类活动，推动本地配套率进一步提升。"]
    head = ["高新区举办产业对接会", "2024-11-20 来源：某某网"]
    r = parkclean.clean("\n".join(head + body + ["产业对接 高新区", "分享", "列印"]))
    assert r.metadata.tags == ("产业对接", "高新区") and r.blocks[4].final.rule == "tags.bare_line"
    # a signature above a date line, a tool phrase, or words above more text are no tags
    for tail in (["某某科技局", "2024年11月20日"], ["点击 页首", "分享"], ["产业对接 高新区", "园区快讯"],
                 ["某某市工业和信息化局", "【打印本页】【关闭窗口】"]):
        r = parkclean.clean("\n".join(["高新区举办产业对接会", "2024-11-20 来源：某某网"] + body + tail))
        assert r.metadata.tags == () and all(c.final.rule != "tags.bare_line" for c in r.blocks), tail


def test_an_english_headline_above_its_byline():
    body = ["Suzhou Industrial Park attracted a record $2.3 billion in actual foreign investment in the first quarter, "
            "up 15 percent year-on-year, the park's administrative committee said on Tuesday.",
            "More than 40 new foreign-funded projects were registered in the park during the period, mainly in "
            "biomedicine, nanotechnology and artificial intelligence."]
    r = parkclean.clean("\n".join(["Home | China | World | Business", "Suzhou Industrial Park attracts record foreign investment",
                                   "By Zhang San in Suzhou | China Daily | Updated: 2024-05-08 09:12"] + body
                                  + ["Related Stories", "Park unveils new support policies for startups"]))
    assert r.metadata.title == "Suzhou Industrial Park attracts record foreign investment"
    assert r.paragraphs == tuple(body) and r.metadata.authors == ("Zhang San",)


def test_a_long_table_under_its_lead_in_sentence_and_the_paragraph_after_it():
    cells = [x for i in range(1, 31) for x in (str(i), f"某某新材料项目{i}期", f"{i * 1.5:.1f}")]
    text = (["根据《园区重点项目管理办法》，经企业申报、部门审核，现将2024年度园区重点项目名单公示如下：",
             "序号", "项目名称", "总投资（亿元）"] + cells
            + ["公示期为2024年2月1日至2月7日。如有异议，请在公示期内向园区发改局反映。"])
    r = parkclean.clean("\n".join(["2024年度园区重点项目名单公示", "发布时间：2024-02-01 来源：园区发改局"] + text
                                  + ["联系电话：0000-12345678"]))
    assert r.paragraphs == tuple(text)


def test_a_summary_that_repeats_a_paragraph_of_the_text_is_not_the_text():
    lead = "新片讲述了一个普通女孩成长为拳击手的故事，她在拳击中找到了人生方向与自信。"
    article = ["2024年春节档，最有爆点的电影上映，失踪一年多的主演终于又出现在公众视野中了。", "01 比起拳击和减肥，更重要的是",
               lead, "据了解，该片翻拍自一部日本电影，主角是一个又胖又穷的三十二岁女子。"]
    r = parkclean.clean("\n".join(["电影上映引热议", "原创：某某网 2024-04-23 12:27", lead, "本文首发于某某公众号"] + article))
    assert r.paragraphs == tuple(article) and r.blocks[2].final.rule == "context.repeated_text"
    # an article given twice (both copies among prose) is left to the run
    twice = "\n".join(["电影上映引热议", "2024-04-23 12:27"] + article[:1] + [lead] + article[3:] + article[:1] + [lead])
    assert all(c.final.rule != "context.repeated_text" for c in parkclean.clean(twice).blocks)


def test_a_short_link_between_text_ads_is_one_of_them():
    body = ["近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。",
            "园区相关负责人表示，将持续优化营商环境，推动项目早落地、早投产，确保完成全年目标。"]
    ads = ["·", "医疗关注--前列腺新发现", "·", "国际认证：专治口臭、溃疡", "·", "皮肤顽疾----康复圣地"]
    r = parkclean.clean("\n".join(["园区召开会议", "2024-01-02 来源：某某网", body[0]] + ads + [body[1]]))
    assert r.paragraphs == tuple(body)
    assert [c.final.rule for c in r.blocks if c.block.text == "国际认证：专治口臭、溃疡"] == ["context.text_ads"]


def test_a_site_sentence_among_menu_items_under_the_byline_is_not_the_opening():
    body = ["近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。",
            "园区相关负责人表示，将持续优化营商环境，推动项目早落地、早投产。"]
    r = parkclean.clean("\n".join(["园区召开会议", "2024-01-02 来源：某某网", "欢迎访问本站，本站提供最新园区资讯。",
                                   "首页", "新闻", "园区"] + body))
    assert r.paragraphs == tuple(body)


def test_dated_items_under_a_sidebar_heading_above_the_headline_are_not_the_headline():
    body = ["近日，园区召开年度工作会议，总结去年工作，部署今年重点任务，会议由园区主任主持。",
            "园区相关负责人表示，将持续优化营商环境，推动项目早落地、早投产。"]
    for byline in ("2024-01-02 来源：某某网", "2024-01-02 10:30"):
        sidebar = ["热门文章", "园区又添新项目投资超百亿", "2024-01-01", "高新区获评国家级示范园区", "2023-12-28"]
        r = parkclean.clean("\n".join(["首页 > 新闻"] + sidebar + ["园区召开2024年工作会议", byline] + body))
        assert r.metadata.title == "园区召开2024年工作会议" and r.paragraphs == tuple(body)
        assert r.metadata.published.startswith("2024-01-02")


def test_best_run_respects_walls():
    from parkclean.decide.runs import best_run
    assert best_run([1, 1, -5, 3], [False, False, True, False]) == (3, 3, 3)
    assert best_run([1, -0.5, 2], [False] * 3) == (0, 2, 2.5)
    assert best_run([-1, -1], [False, False])[0] == -1


def test_a_claim_over_the_form_and_a_text_sentence_over_a_marker():
    from parkclean.decide.values import deciding
    from parkclean.evidence.base import Evidence
    date = Evidence("meta.date_line", Label.META, "date", "weak")
    stream = Evidence("context.comment_stream", Label.COMMENTS, "comments", "heading")
    text = Evidence("context.section_content", Label.BODY, "text")
    repeated = Evidence("context.repeated", Label.NAV, "menu", "weak")
    title = Evidence("title.doubled", Label.TITLE, "headline")
    assert deciding((date, stream), date) is stream
    assert deciding((date,), date) is date
    assert deciding((repeated, title), None) is title  # a headline rule over another page rule
    contact = Evidence("marker.contact_prefix", Label.CONTACT, "contact")
    assert deciding((contact, text), contact) is None
    assert deciding((), None) is None


def test_a_table_appended_to_a_notice_is_the_notices_but_an_attached_file_opens_nothing():
    intro = "根据有关规定，现将今年博士研究生招生有关事项公布如下，请考生认真阅读并按时办理报名手续。"
    cells = ["学科名称", "研究方向", "导师", "艺术学原理", "刘某", "1、英语", "2、艺术概论", "艺术史", "王某", "1、英语",
             "2、中外艺术史"]
    page = ["招生简章", "发布时间：2024-01-02", intro, "其他未尽事宜，以教育部颁发的招生简章为准。",
            "附：招生专业及考试科目"] + cells + ["版权所有：某某研究院"]
    r = parkclean.clean("\n".join(page))
    assert set(cells) <= set(r.paragraphs)
    menu = ["政务公开", "政府信息公开指南", "政府信息公开目录", "依申请公开"]
    page = ["通知", "发布时间：2024-01-02", intro, "附件：2023年度园区重点企业名单"] + menu + ["版权所有：某某开发区"]
    r = parkclean.clean("\n".join(page))
    assert not set(menu) & set(r.paragraphs)


def test_the_shipped_table_is_what_fitting_the_corpus_gives():
    """python -m parkclean.decide.fit --check: the search and the confidence's fit are
    deterministic, so the corpus gives the shipped params.json again."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "parkclean.decide.fit", "--check", "-j", "2"], capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_table_is_read_from_its_file_and_every_number_is_documented():
    from dataclasses import fields

    from parkclean.decide import params
    p = params.load()
    assert p.confidence, "the shipped table carries the fitted confidence"
    src = Path(params.__file__).read_text(encoding="utf-8")
    for f in fields(params.Params):
        assert f.name in src
    assert set(params.FITTED) <= {f.name for f in fields(params.Params)}


def test_a_clear_article_is_confident_and_a_page_without_one_is_not():
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"
    page = "\n".join(["首页 | 新闻 | 政务", "园区建设全面提速", "发布时间：2024-05-01 来源：某某网"] + [para] * 6
                     + ["版权所有 某某网"])
    good = parkclean.clean(page)
    assert good.kind == "article" and good.confidence >= 0.8
    nav = parkclean.clean("\n".join(["首页", "新闻中心", "园区动态", "政务公开", "关于我们", "联系我们"]))
    assert nav.kind == "other" and nav.confidence < good.confidence
    assert all(0.0 <= c.probability <= 1.0 for c in good.blocks)
    assert min(c.probability for c in good.blocks if c.kept) >= 0.5


def _commented(article: list[str], comments: list[str]) -> str:
    stream = [x for k, c in enumerate(comments) for x in (f"网友{k + 1}号 2024-05-0{k % 9 + 1} 10:{k:02d}", c, "回复")]
    return "\n".join(["首页 | 新闻 | 政务", "园区建设全面提速", "发布时间：2024-05-01 来源：某某网"] + article
                     + ["网友评论"] + stream + ["版权所有 某某网"])


def test_an_article_with_comments_is_an_article_and_a_comment_stream_holding_most_of_the_page_a_thread():
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"
    short = "支持园区建设，希望早日投产，带动更多就业。"
    assert parkclean.clean(_commented([para] * 6, [short] * 4)).kind == "article"
    long_ = "我在园区工作了五年，亲眼看着这里从一片农田变成现在的样子，交通和配套都还需要加强，希望管委会多听听企业的意见。"
    thread = parkclean.clean(_commented([para], [long_] * 8))
    assert thread.kind == "thread" and para in thread.paragraphs


def test_the_entries_under_a_table_of_contents_heading_are_a_page_without_prose_its_content():
    """A journal issue's table of contents: titles and their authors, no sentence. Under its
    heading (目录) the entries are what the page holds (kind ``list``); the same lines without
    the heading are a list of links, and the page gets no text."""
    entries = ["开发区治理模式的演进与比较研究", "甲一", "园区产业链协同发展的路径与机制", "乙二；丙三",
               "数字经济背景下的园区服务创新", "丁四", "区域协调发展中的飞地园区建设", "戊五；己六",
               "产业园区绿色低碳转型的政策工具", "庚七"]
    head = ["首页", "期刊导航", "刊物信息", "首页 > 期刊导航 > 某某学刊 > 2023年第2期", "《某某学刊》2023年第2期"]
    foot = ["友情链接", "某某网 某某理论网 某某研究网", "版权所有 某某学刊编辑部"]
    r = parkclean.clean("\n".join(head + ["目录"] + entries + foot))
    assert r.kind == "list"
    assert all(e in r.paragraphs for e in entries[:-1])  # the last name may close the list or not
    assert "友情链接" not in r.text and "版权所有" not in r.text
    bare = parkclean.clean("\n".join(head + entries + foot))
    assert bare.text == ""
    assert bare.confidence < 0.5


def test_frames_and_headless_pages_for_the_confidence():
    """The confidence's extra examples: a page without its article (no gold line left) and a page
    without the header above its article (every gold line kept)."""
    from parkclean import io as pio, pipeline
    from parkclean.config import DEFAULT
    from parkclean.decide import fit
    lines = ["首页 | 新闻 | 政务", "园区建设全面提速", "发布时间：2024-05-01 来源：某某网", _P1, _P2, _P3, "版权所有 某某网"]
    p = pipeline.prepare(pio.to_decoded("\n".join(lines).encode("utf-8"), DEFAULT), DEFAULT)
    gold = [t in (_P1, _P2, _P3) for t in p.lines.texts]
    s = fit.Sample("x", "x", "txt", p.lines.keys, p.feats, p.evidence, p.lines.texts, gold, "\n".join([_P1, _P2, _P3]))
    frame, = fit.frames([s])
    assert frame.ext == "frame" and not any(frame.gold) and not set(frame.texts) & {_P1, _P2, _P3}
    head, = fit.headless([s])
    assert head.texts[:3] == [_P1, _P2, _P3] and sum(head.gold) == 3  # the header is gone, the article whole
    # a frame is never a success for the confidence, whatever its figure
    from parkclean.decide.params import load
    rows = [("x", "frame", 1.0, fit.body_f1(load(), frame)[1])] * 5 + [("x", "txt", 1.0, fit.body_f1(load(), s)[1])] * 5
    w = fit.fit_confidence(rows)
    assert w["bias"] < 0


def test_an_article_without_a_byline_is_still_confident_and_a_menu_is_not():
    page = ["首页", "新闻中心", "园区动态", "园区经济稳中向好", _P1, _P2, _P3, "版权所有 某某园区"]
    r = parkclean.clean("\n".join(page))
    assert r.text == "\n".join([_P1, _P2, _P3]) and r.confidence >= 0.6
    nav = parkclean.clean("\n".join(["首页", "新闻中心", "园区动态", "政务公开", "关于我们", "联系我们"]))
    assert nav.confidence < 0.1

_FEED = ["相关新闻", "某园区召开年度工作会议", "另一园区签约三个重点项目", "某地出台支持开发区高质量发展措施",
         "园区企业参加国际博览会"]


def test_a_credit_put_inside_the_text_closes_nothing_when_the_text_goes_on_to_its_own_credit():
    page = ["园区经济稳中向好", _P1, _P2, "责任编辑：张某", _P3, "记者 刘某", *_FEED]
    r = parkclean.clean("\n".join(page))
    assert _P3 in r.text and _P1 in r.text
    assert "某园区召开年度工作会议" not in r.text
    alone = parkclean.clean("\n".join(["园区经济稳中向好", _P1, _P2, "责任编辑：张某", *_FEED]))
    assert _P2 in alone.text and "某园区召开年度工作会议" not in alone.text


def test_a_notice_followed_by_the_next_numbered_section_does_not_end_the_text():
    page = ["园区发展规划", "一、总体要求", _P1, _P1.replace("一季度", "上半年"), "（本文为某某网原创稿件，转载请注明出处）",
            "二、主要任务", _P2, _P3,
            "打印本页 关闭窗口", "相关链接", "关于印发某某办法的通知"]
    r = parkclean.clean("\n".join(page))
    assert _P2 in r.text and _P3 in r.text
    assert "转载请注明出处" not in r.text


def test_text_ads_under_a_lead_in_sentence_are_ads_not_rows_of_a_table():
    lead = "园区近年来引进的重点项目不断增多，下面回顾一下几个代表性项目："
    ads = ["健康讲堂--关节养护新发现", "名医推荐----祛湿调理良方", "权威认证：告别失眠烦恼", "★限时特惠--养生新品（图）"]
    page = ["园区重点项目回顾", _P3, lead, "·", ads[0], "·", ads[1], "·", ads[2], "·", ads[3], _P1, _P2]
    r = parkclean.clean("\n".join(page))
    assert lead in r.text and _P1 in r.text and _P3 in r.text
    assert not any(a in r.text for a in ads)
    table = ["园区主要指标", _P3, "今年新开通的国际货运航线如下：", "郑州--卢森堡 每周三班", "郑州--芝加哥 每周两班",
             "郑州--阿姆斯特丹 每周一班", "郑州--首尔 每周四班", _P1, _P2]
    kept = parkclean.clean("\n".join(table))
    assert all(row in kept.paragraphs for row in table[3:7])  # rows with a cell beside the route


def test_the_next_story_of_a_feed_is_not_the_articles_though_it_ends_in_a_credit():
    head = ["首页 > 新闻中心", "园区经济稳中向好", "2023-05-01 来源：园区日报"]
    other = "某市出台十条措施支持民营经济发展，涵盖融资、用地、人才等多个方面，企业普遍反映政策含金量高。"
    page = head + [_P1, _P2, _P3, "责任编辑：张某", "某市出台十条措施支持民营经济", "2023-05-02 来源：某市日报", other,
                   "责任编辑：王某", "另一园区签约三个重点项目", "某地出台支持开发区高质量发展措施", "园区企业参加国际博览会"]
    r = parkclean.clean("\n".join(page))
    assert r.text == "\n".join([_P1, _P2, _P3])


def test_a_comments_word_among_tool_buttons_is_a_button_not_the_comments_heading():
    """A tool bar laid out one button a line above the article (登录 / 5 / 评论 / 收藏 / 分享):
    its 评论 is a button, so the article under it is not taken for comments (nor a feed item's
    headline below for the page's); a 评论 heading with no buttons around it still heads the
    comments below the article."""
    bar = ["首页", "视频", "财经", "登录", "5", "评论", "收藏", "分享"]
    comments = ["评论", "网友甲", "园区发展得真快，希望越来越好。", "网友乙", "希望多引进一些好项目。"]
    feed = ["某地最长跨市地铁要来了", "某某新闻周刊", "23小时前",
            "某地地铁将于年内开通运营，全长一百公里，串联三座城市的主要商圈和交通枢纽。"]
    r = parkclean.clean("\n".join(bar + [_P1, _P2, _P3, "举报"] + comments + feed))
    assert r.text == "\n".join([_P1, _P2, _P3])
    removed = {x.text: (x.label, x.rule) for x in r.removed}
    assert removed["园区发展得真快，希望越来越好。"][0] is Label.COMMENTS
    assert removed["收藏"][0] is Label.TOOLS


def test_a_comments_heading_below_the_article_heads_the_comments_whatever_buttons_stand_around_it():
    comments = ["网友甲", "这个园区这几年发展得真是快，去年还是一片空地，现在已经建起了好几栋厂房。",
                "网友乙", "希望园区多引进一些好项目，让年轻人在家门口就能找到工作，也能照顾家里的老人。"]
    for bar in (["分享", "评论", "举报"], ["收藏", "评论", "分享"], ["打印", "评论", "关闭"]):
        r = parkclean.clean("\n".join(["首页", "新闻", "园区经济稳中向好", _P1, _P2, _P3] + bar + comments))
        assert r.text == "\n".join([_P1, _P2, _P3]), bar
        assert {x.label for x in r.removed if x.text == "评论"} == {Label.COMMENTS}


def test_a_long_line_of_names_run_together_is_no_run_on_sentence_but_a_long_sentence_is():
    from parkclean.decide.params import load
    from parkclean.decide.values import value
    from parkclean.features import compute
    p = load()
    names = "张三李四王五赵六钱七孙八周九吴十郑一冯二陈三褚四卫五蒋六沈七韩八杨九朱十秦一尤二许三何四吕五施六张七孔八"
    sparse = names + names + "，" + names + "；" + names + names  # 2 marks in 262 characters: names, not a sentence
    run_on = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个，税收增长三成，园区经济总体稳中向好势头强劲"
    assert value(sparse, compute(sparse), None, p) < 0
    assert value(run_on, compute(run_on), None, p) > 1
    page = ["首页 | 新闻", "某某院士名录", sparse, "版权所有 某某网"]
    assert sparse not in parkclean.clean("\n".join(page)).paragraphs


def test_a_run_behind_the_comments_heading_under_the_headline_is_not_confident():
    from parkclean.decide.runs import behind_wall
    walls = [False, False, True, False, False]
    assert behind_wall(3, 4, walls, anchor=0) and not behind_wall(3, 4, walls, anchor=None)
    assert not behind_wall(1, 1, walls, anchor=0)
    comments = ["今天又去园区看了，项目进展确实很快，工地上很热闹，希望早日建成投产造福一方百姓。",
                "交通配套一定要跟上，现在上下班太堵了，早高峰要一个多小时才能到园区，希望尽快改善。",
                "支持园区发展，期待更多好企业落户，我们年轻人在家门口就能找到好工作，不用再外出打工。"]
    frame = ["首页 | 新闻", "园区建设全面提速", "发布时间：2024-05-01 来源：某某网", "网友评论"]
    for k, c in enumerate(comments):
        frame += [f"网友{k + 1} 2024-05-0{k + 1} 10:2{k}", c]
    with_article = frame[:3] + [_P1, _P2, _P3] + frame[3:]
    assert parkclean.clean("\n".join(with_article)).confidence > parkclean.clean("\n".join(frame)).confidence + 0.2


def test_a_comments_count_under_the_byline_is_the_headers_not_the_comments_heading():
    head = ["首页 > 新闻", "园区建设全面提速", "2024-05-01 来源：某某网"]
    for count in (["评论(12)", "分享"], ["12条评论"], ["发表评论"]):
        for end in ([], ["（编辑：刘畅）"]):  # the article's closing editor credit is no comment under the count
            r = parkclean.clean("\n".join(head + count + [_P1, _P2, _P3] + end + ["版权所有 某某网"]))
            assert r.paragraphs == (_P1, _P2, _P3) and r.confidence >= 0.6, (count, end)
        assert any(c.final.rule == "context.button_heading" for c in r.blocks if c.block.text == count[0])
    # a short article, its comments further down under their own heading, each with a name and a time
    below = ["发表评论", "老周看园区 2024-05-02 18:22", "稀土永磁这个切入点确实选得好，我去年去科技城看过，配套很齐。"]
    r = parkclean.clean("\n".join(head + ["3条评论", _P1, _P2] + ["版权所有 某某网"] + below))
    assert r.paragraphs == (_P1, _P2) and r.confidence >= 0.6
    # comments under the byline (names and times above each): the heading heads them
    stream = ["网友评论", "网友1 2024-05-01 10:20", _P1, "网友2 2024-05-02 10:21", _P2, "网友3 2024-05-03 10:22", _P3]
    r = parkclean.clean("\n".join(head + stream))
    assert r.confidence < 0.3
    assert not any(c.final.rule == "context.button_heading" for c in r.blocks)


def test_comments_with_their_places_under_a_count_keep_its_heading():
    """Commenters named with their place (IP属地：江苏) under 评论(3): the count heads the comments,
    and a page of comments is no confident article."""
    lines = ["首页 > 新闻", "园区建设全面提速", "2024-05-01 来源：某某网", "评论(3)"]
    for k, c in enumerate([_P1, _P2, _P3]):
        lines += [f"网友{k + 1}号", f"IP属地：{'江苏湖南湖北'[2 * k:2 * k + 2]}", c]
    r = parkclean.clean("\n".join(lines))
    assert r.confidence < 0.3
    assert not any(c.final.rule == "context.button_heading" for c in r.blocks)


def test_a_long_official_sentence_with_few_commas_is_still_prose():
    from parkclean.decide.params import load
    from parkclean.decide.values import value
    from parkclean.features import compute
    official = ("为深入贯彻落实党中央国务院关于推动开发区高质量发展的决策部署和省委省政府工作要求进一步优化园区营商环境"
                "，经市政府研究决定现将有关事项通知如下并请各单位结合本地实际认真贯彻执行确保各项政策措施落到实处取得实效"
                "，请各单位认真贯彻执行并于每季度末将工作进展情况报送市发展改革委汇总")
    assert len(official) >= 128 and value(official, compute(official), None, load()) > 1  # 2 commas in 130


def test_a_comments_heading_or_a_dated_stream_under_the_byline_keeps_its_heading():
    head = ["首页 > 新闻", "园区建设全面提速", "2024-05-01 来源：某某网"]
    comments = [_P1, _P2, _P3]
    for heading, stamp in (("网友评论", None), ("评论(3)", "{d} 10:2{k} 网友{k}")):
        lines = head + [heading]
        for k, c in enumerate(comments):
            if stamp:
                lines.append(stamp.format(d=f"2024-05-0{k + 2}", k=k))
            lines.append(c)
        r = parkclean.clean("\n".join(lines))
        assert not any(c.final.rule == "context.button_heading" for c in r.blocks), heading


def test_a_post_resumes_after_its_attached_pictures_box():
    box = ["检测报告.jpg (86.21 KB, 下载次数： 12)", "下载附件", "2024-5-12 21:31 上传"]
    questions = ["想问问各位：", "1. 找专业除醛公司做光触媒靠不靠谱？报价4800，有点肉疼。",
                 "2. 买台大功率新风机或者空气净化器是不是更实在？", "3. 再晾一个夏天，高温能不能把甲醛加速释放出来？"]
    page = "\n".join(["新房甲醛超标怎么办", "楼主 小橘子 发表于 2024-5-12 21:30", _P1, _P2] + box + questions
                     + ["回复", "网友甲 发表于 2024-5-12 22:10", "多通风吧。"])
    r = parkclean.clean(page)
    assert list(r.paragraphs) == [_P1, _P2] + questions
    assert [x.label for x in r.removed if x.text in box] == [Label.IMAGE, Label.TOOLS, Label.META]
    # without text after it, the box ends the post: nothing under it is taken
    reply = "\n".join(["新房甲醛超标怎么办", "楼主 小橘子 发表于 2024-5-12 21:30", _P1, _P2] + box
                      + ["举报", "回复", "发表于 2024-5-12 22:10", "多通风，买几台净化器，再晾一个夏天就好了。", "我家也是这样，晾了半年才降下来。"])
    assert list(parkclean.clean(reply).paragraphs) == [_P1, _P2]  # a reply under the box is no resumed post
    short = "\n".join(["新房甲醛超标怎么办", "楼主 小橘子 发表于 2024-5-12 21:30", _P1, _P2] + box + ["相关帖子", "装修日记一", "装修日记二"])
    assert list(parkclean.clean(short).paragraphs) == [_P1, _P2]


def test_an_entrys_summary_above_its_table_of_contents_opens_the_text():
    summary = ["某某高新区，简称某高新区，位于某某市东部，是2012年经国务院批准设立的国家级高新技术产业开发区，规划面积86.4平方千米。",
               "某高新区以生物医药、绿色能源装备、电子信息为主导产业，2023年实现地区生产总值412.7亿元，规模以上工业总产值1086.3亿元。"]
    infobox = ["中文名", "某某高新技术产业开发区", "批准时间", "2012年8月"]
    toc = ["目录", "1历史沿革", "2地理环境", "3经济发展"]
    page = ["某某高新区_百科", "首页 | 百科 | 登录", "某某高新区"] + summary + infobox + toc + ["历史沿革", _P1, _P2, "地理环境", _P3]
    r = parkclean.clean("\n".join(page))
    # (the first section's heading, right above its text, is a subheading of the text like the others)
    assert list(r.paragraphs) == summary + infobox + ["历史沿革", _P1, _P2, "地理环境", _P3]
    assert not any(x.kept for x in r.blocks if x.block.text in toc)
    # a menu's text above a contents list is no summary: without a paragraph above it nothing is taken
    bare = ["某某高新区_百科", "首页 | 百科 | 登录", "某某高新区", "热门词条", "园区", "开发区"] + toc + ["历史沿革", _P1, _P2]
    assert list(parkclean.clean("\n".join(bare)).paragraphs) == [_P1, _P2]


def test_a_table_of_data_between_paragraphs_of_an_html_page_stays_with_the_text():
    rows = "".join(f"<tr><td>园区{k}</td><td>国家级</td><td>{100 + k}.5</td><td>{k}.2</td></tr>" for k in range(1, 9))
    html = (f"<html><head><title>园区经济指标统计分析</title></head><body><div><a href='/'>首页</a> <a href='/r'>报告</a></div>"
            f"<article><h1>园区经济指标统计分析</h1><p>{_P1}</p><p>{_P2}</p>"
            f"<table><tr><th>园区名称</th><th>层级</th><th>产值</th><th>增速</th></tr>{rows}</table>"
            f"<p>{_P3}</p></article><div>版权所有 某某研究院</div></body></html>")
    r = parkclean.clean(html)
    assert r.paragraphs[0] == _P1 and r.paragraphs[-1] == _P3
    assert "园区8 国家级 108.5 8.2" in r.paragraphs  # (a row a paragraph, its repeated cells its own)
    # a page laid out in a table keeps its headline out of the text: its cells hold sentences
    layout = (f"<html><head><title>园区新闻</title></head><body><table><tr><td><a href='/'>首页</a></td>"
              f"<td>园区新闻标题<br>{_P1}<br>{_P2}<br>{_P3}</td></tr></table></body></html>")
    assert parkclean.clean(layout).paragraphs[0] == _P1
    # a table of credits after the text has no figures: no table of data
    credits = (f"<html><body><article><h1>园区新闻标题</h1><p>{_P1}</p><p>{_P2}</p><table><tr><td>责任编辑</td><td>张三</td>"
               f"<td>审核</td><td>李四</td><td>来源</td><td>某某日报</td><td>浏览次数</td><td>1024</td></tr></table>"
               f"</article></body></html>")
    assert list(parkclean.clean(credits).paragraphs) == [_P1, _P2]


def test_a_poem_under_its_headline_above_its_buttons_and_explanation_opens_the_text():
    poem = ["孤舟夜泊古江州，", "霜落蒹葭水自流。", "远岸灯昏渔火冷，", "半天云淡雁声秋。"]
    gap = ["收藏 分享 打印", "标签：羁旅 思乡 秋天", "译文"]
    page = ["秋夜泊江州原文、翻译及赏析_某某诗词网", "首页 > 诗文 > 明代 > 秋夜泊江州", "秋夜泊江州", "明代：某某某"] + poem + gap + [_P1, _P2]
    r = parkclean.clean("\n".join(page))
    assert list(r.paragraphs) == poem + ["译文", _P1, _P2]  # (the section's heading opens the text below)
    # three short lines are no poem, and lines that are not right under the headline are not taken
    menu = ["某某诗词网", "首页 > 诗文", "秋夜泊江州", "明代：某某某", "推荐阅读，", "热门诗文，", "名句摘抄，"] + gap + [_P1, _P2]
    assert list(parkclean.clean("\n".join(menu)).paragraphs) == ["译文", _P1, _P2]


def test_a_threads_short_first_post_is_the_text_not_its_longest_reply():
    first = ["房子是2003年的老房，八十六平，打算全部重新装修，想问问水电要不要全换。", "预算有限，求各位有经验的说说。"]
    reply = ("水路也一样，2003年那会儿用的多是镀锌管，用了二十年里面基本都锈了，水压小不说还容易漏，"
             "既然全部重新装修，水电一定要全换，后面再想换就要砸墙砸地，花的钱更多，而且还影响住。")
    page = ["老房装修水电要不要全换 - 某某论坛", "某某论坛 » 生活杂谈", "老房装修水电要不要全换", "木子李", "楼主",
            "发表于 2024-2-26 21:07"] + first + ["回复", "举报", "老城区装修老张", "沙发", "发表于 2024-2-26 21:35", reply,
                                               "回复", "举报", "半亩方塘", "板凳", "发表于 2024-2-26 22:10", "顶一下。"]
    r = parkclean.clean("\n".join(page))
    assert list(r.paragraphs) == first


def test_the_text_resumes_after_a_related_box_with_a_teaser_and_goes_on_over_its_subheadings():
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    heading = Evidence("marker.related_heading", Label.RELATED, "related heading", "heading")
    teaser = "我们跟踪了一家初创芯片公司三年，看它怎样走完验证。"

    def resumed(lines):
        keys = [_P1, "延伸阅读"] + lines
        decided = [None, heading] + [None] * len(lines)
        span = extend.resume(decided, [compute(k) for k in keys], keys, 0, load())
        return keys[span[0]:span[1] + 1] if span else None

    # the box (a link, a teaser), the first subheading, then paragraphs over a credit and a subheading
    p1, p2, p3 = _P1 + _P2, _P2 + _P3, _P3 + _P1
    assert resumed(["一颗芯片的上车之路", teaser, "资本在押注什么", p1, p2, "制图：某某科技", p3,
                    "下一步：从上车到上量", p1 + "续"]) == [p1, p2, "制图：某某科技", p3, "下一步：从上车到上量", p1 + "续"]
    # a box of headlines over their teasers is no text, however many
    pairs = [x for k in range(3) for x in (f"园区新闻标题{k}", teaser + teaser[:k + 15])]
    assert resumed(pairs) is None
    # one headline under the heading, then paragraphs: the box's own story (延伸阅读), not the text,
    # unless the article's own credit closes them
    assert resumed(["班列开进家门口 小微外贸企业尝到甜头", p1, p2]) is None
    credit = Evidence("marker.byline", Label.META, "editor")
    keys = [_P1, "延伸阅读", "班列开进家门口 小微外贸企业尝到甜头", p1, p2, "（责任编辑：王五）"]
    span = extend.resume([None, heading, None, None, None, credit], [compute(k) for k in keys], keys, 0, load())
    assert span is not None and keys[span[0]:span[1] + 1] == [p1, p2]
    assert resumed(["班列开进家门口", "小微外贸企业尝到甜头", p1, p2]) == [p1, p2]
    # a call for submissions under the box opens with its heading: not resumed as the text
    assert resumed(["一颗芯片的上车之路", "【本报征稿】", "本报欢迎各界投书，来稿请寄至编辑部信箱。"]) is None
    # the resumed text goes on over a line leading in to its items (…以下几点： / 一、…； / 二、…。)
    items = ["一、出发前检查车辆，确保刹车、灯光、轮胎状况良好；", "二、遇到交通拥堵时，服从交警指挥，不要抢道。"]
    assert resumed(["一颗芯片的上车之路", "班列开进家门口", p1, p2, "交警部门提醒，骑车返乡途中要特别注意以下几点：", *items, p3]) \
        == [p1, p2, "交警部门提醒，骑车返乡途中要特别注意以下几点：", *items, p3]
    # … not over a lead-in to nothing (the page's next box: 热门推荐：)
    assert resumed(["一颗芯片的上车之路", "班列开进家门口", p1, p2, "热门推荐：", "园区新闻标题"]) == [p1, p2]


def test_one_paragraph_after_a_box_may_be_the_sites_blurb_and_another_dispatch_is_another_story():
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    heading = Evidence("marker.related_heading", Label.RELATED, "related heading", "heading")
    notice = Evidence("marker.disclaimer", Label.COPYRIGHT, "reprint notice")
    long_para = _P1 + _P2

    def resumed(first):
        keys = [_P1, "为你推荐", "一家小公司如何在两年内估值十亿？", "工业互联网到底赚不赚钱", first, "本文为原创，未经授权禁止转载。"]
        decided = [None, heading, None, None, None, notice]
        span = extend.resume(decided, [compute(k) for k in keys], keys, 0, load())
        return keys[span[0]:span[1] + 1] if span else None

    assert resumed(long_para) is None                               # one paragraph alone: maybe the site's blurb
    assert resumed(_P1[:30] + "。") is None                          # one short paragraph: a teaser, not the text
    keys = [_P1, "为你推荐", "工业互联网到底赚不赚钱", "（某某社巴黎21日电）" + long_para, long_para, "版权所有"]
    decided = [None, heading, None, None, None, notice]
    assert extend.resume(decided, [compute(k) for k in keys], keys, 0, load()) is None  # a new dispatch: another story


def test_resumed_text_passes_over_an_ad_label_and_one_paragraph_closed_by_the_editor_is_taken():
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    heading = Evidence("marker.related_heading", Label.RELATED, "related heading", "heading")
    ad = Evidence("marker.ad", Label.AD, "ad label")
    editor = Evidence("marker.byline", Label.META, "editor line")
    notice = Evidence("marker.disclaimer", Label.COPYRIGHT, "reprint notice")
    links = ["工业项目拿地即开工", "跨省资质互认清单扩容至126项"]

    def resumed(lines, decided):
        keys = [_P1, "相关阅读"] + links + lines
        span = extend.resume([None, heading, None, None] + decided, [compute(k) for k in keys], keys, 0, load())
        return keys[span[0]:span[1] + 1] if span else None

    assert resumed([_P2, "广告", _P3, "版权所有"], [None, ad, None, notice]) == [_P2, "广告", _P3]
    assert resumed([_P2 + _P3, "责任编辑：顾蕾"], [None, editor]) == [_P2 + _P3]   # the editor's line closes the text
    assert resumed([_P2 + _P3, "版权所有"], [None, notice]) is None                  # (a blurb, as above)
    assert resumed([_P2, "广告", "版权所有"], [None, ad, notice]) is None            # an ad label ends one paragraph


ENGLISH_PAGE = """西湖高新区
首页
新闻中心
English
当前位置：首页 > English > News
Hi-Tech Zone Signs 12 Projects Worth 8 Billion Yuan
发布时间：2024-05-10 来源：高新区管委会
The Xihu Hi-Tech Zone signed 12 industrial projects with a total investment of 8 billion yuan on Thursday, the zone's administrative committee said.
The projects cover integrated circuits, new energy vehicles and biomedicine, and are expected to create more than 3,000 jobs once they are in operation.
Workers at an assembly line in the zone on May 9.
Officials said the zone would speed up land approval and provide one-stop services so that the projects can break ground within six months.
The zone has attracted 46 projects so far this year, up 18 percent from the same period last year, according to the committee.
上一篇：园区举办招聘会
下一篇：高新区召开工作会议
相关新闻
高新区一季度经济运行平稳
园区企业获评专精特新
版权所有：西湖高新区管委会 浙ICP备12345678号
"""


def test_an_english_article_on_a_chinese_site_is_worth_its_length():
    """A long English sentence is worth what a Chinese one of a quarter of its characters is (it
    was worth a flat 0.5: a short caption between the paragraphs cut the article in two)."""
    r = parkclean.clean(ENGLISH_PAGE)
    assert r.text.startswith("The Xihu Hi-Tech Zone") and r.text.endswith("according to the committee.")
    assert "上一篇" not in r.text and "版权" not in r.text and r.confidence >= 0.5
    by_line = {c.block.text: c.score for c in r.blocks}
    long_en = by_line[next(x for x in by_line if x.startswith("Officials said"))]
    assert long_en > 2 * by_line["Workers at an assembly line in the zone on May 9."]


def test_a_box_about_the_writer_under_the_text_is_not_text():
    """``作者简介`` heads the note about the writer under the text; above the text, the same box
    never takes the article with it."""
    body = ["园区招商进入下半场：比的是产业生态。园区要从拼政策转向拼服务，从拼土地转向拼场景，这是本文的核心观点。",
            "过去十年，不少园区依靠税收返还和土地优惠吸引项目，但这种做法的边际效果正在快速递减。",
            "下一步，园区应围绕主导产业打造应用场景，让企业在园区里找到订单、找到伙伴、找到人才。"]
    bio = ["作者简介", "邹明远，长江产业研究院高级研究员，区域经济学博士，长期从事产业园区规划与区域产业政策研究。"]
    r = parkclean.clean("\n".join(["园区招商的下半场", "2024-05-01 来源：开发区观察"] + body + bio + ["版权所有 某某网"]))
    assert r.paragraphs == tuple(body)
    r = parkclean.clean("\n".join(["园区招商的下半场"] + bio + ["2024-05-01 来源：开发区观察"] + body + ["版权所有 某某网"]))
    assert r.paragraphs[-3:] == tuple(body)
    # between an abstract and the text the box takes its one note, not the text under it
    r = parkclean.clean("\n".join(["园区招商的下半场", "2024-05-01 来源：开发区观察", "摘要：" + body[0]] + bio + body[1:]
                                   + ["版权所有 某某网"]))
    assert r.paragraphs == ("摘要：" + body[0], *body[1:]) and r.metadata.title == "园区招商的下半场"
    # a paragraph under the heading that names no position nor field is the text's
    r = parkclean.clean("\n".join(["园区招商的下半场", "2024-05-01 来源：开发区观察", body[0], "作者简介"] + body[1:]))
    assert r.paragraphs == tuple(body)


def test_a_notice_in_numbered_sections_keeps_its_fields_above_its_prose():
    """A tender result written as fields and a flattened table in sections 一、 to 三、, its prose
    only in 四、: the sections from 一、 under the header are the text, the date a field states
    included. With a menu line between the sections, or without 一、, they are not claimed."""
    cells = "\n".join(["排序", "投标人名称", "投标报价（元）", "1", "沭川建工集团有限公司", "18,652,317.46",
                       "2", "江苏恒泰建设有限公司", "18,790,446.20"])
    page = ("首页 > 交易信息 > 中标结果公示\n门诊楼改造工程中标结果公示\n发布时间：2024-08-06 17:02:45\n【我要打印】【关闭】\n"
            "一、项目基本情况\n项目编号：SCJS-2024-0813\n招标方式：公开招标\n开标时间：2024年7月26日9时30分\n"
            f"二、中标结果\n中标人：沭川建工集团有限公司\n工期：240日历天\n三、中标候选人情况\n{cells}\n四、其他说明\n"
            "1.本项目评标办法为综合评估法，评标委员会由5人组成，其中招标人代表1人，从专家库中随机抽取专家4人。\n"
            "2.投标人对中标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出，逾期不予受理。\n"
            "招标人联系人：孙女士\n联系电话：0518-85231167\n分享到：\n微信\n微博\n")
    r = parkclean.clean(page)
    body = r.paragraphs
    assert body[0] == "一、项目基本情况" and "开标时间：2024年7月26日9时30分" in body and "18,790,446.20" in body
    assert "四、其他说明" in body and "联系电话：0518-85231167" not in body
    assert {c.final.rule for c in r.blocks if c.block.text == "工期：240日历天"} == {"body.sections"}
    for broken in (page.replace("二、中标结果\n", "二、中标结果\n网站首页 | 政务公开 | 办事服务 | 互动交流\n"),
                   page.replace("一、项目基本情况\n", "")):
        assert "工期：240日历天" not in parkclean.clean(broken).paragraphs


def test_a_notices_sections_may_be_fields_themselves():
    """Sections numbered as fields with their values (一、项目名称：… longer than a heading, 五、开标时间：
    a date the form rules read as a byline's) still count in the numbering down to the prose."""
    page = ("首页 > 交易信息 > 中标结果公示\n产业园二期标准厂房工程施工中标结果公告\n发布时间：2024-05-13 17:20:06\n"
            "一、项目名称：某某高新区智能制造产业园二期标准厂房及配套工程施工\n项目编号：HZGX-SG-2024-037\n"
            "二、招标人：某某高新技术产业开发区建设投资有限公司\n三、开标时间：2024年5月8日9时30分\n四、中标结果\n"
            "中标人：某某建工集团有限公司\n中标金额：18736.52万元\n五、项目概况\n"
            "建设规模：总建筑面积约12.6万平方米，包括多层标准厂房8栋、研发楼1栋及配套道路、管网、绿化等室外工程。\n"
            "本公告公示期为2024年5月13日至2024年5月15日（3个工作日）。\n"
            "投标人或者其他利害关系人对中标结果有异议的，应当在公示期内以书面形式向招标人提出。\n打印本页 关闭窗口\n")
    body = parkclean.clean(page).paragraphs
    assert body[0].startswith("一、项目名称：") and "三、开标时间：2024年5月8日9时30分" in body and "中标人：某某建工集团有限公司" in body


def test_a_forms_fields_between_the_byline_and_the_text_are_no_opening():
    """A citizen's letter: its fields (诉求类型：投诉) stand between the date line and the letter;
    they are the form's, not the text's opening in short lines, and the last of them is no headline."""
    letter = ("本人住在高新区锦绣华庭小区8栋，小区东侧的商业综合体项目最近半个月几乎每天晚上都在施工，严重影响周边居民休息。\n"
              "希望有关部门尽快核实处理，依法制止夜间违规施工，还居民一个安静的休息环境。\n")
    page = ("首页 > 政民互动 > 办件公开\n关于小区旁工地夜间施工噪声扰民的诉求\n信件编号：2404121035872\n来信时间：2024-04-12 21:35\n"
            "诉求类型：投诉\n所属区域：高新区\n办理状态：已办结\n" + letter)
    r = parkclean.clean(page)
    assert r.paragraphs == tuple(letter.split("\n")[:2]) and r.metadata.title == "关于小区旁工地夜间施工噪声扰民的诉求"
    opening = ("首页 > 园区动态\n园区夜间施工管理新规出台\n2024-04-12 21:35 来源：园区发布\n各位园区的朋友们\n今天想说说夜里的施工\n"
               + letter)
    assert parkclean.clean(opening).paragraphs[:2] == ("各位园区的朋友们", "今天想说说夜里的施工")
    # an interview's opening lines are speakers, not a form's fields; a field's label alone is no opening
    interview = opening.replace("各位园区的朋友们\n今天想说说夜里的施工\n", "主持人：大家好\n王立群：主持人好\n")
    assert parkclean.clean(interview).paragraphs[:2] == ("主持人：大家好", "王立群：主持人好")
    label = opening.replace("各位园区的朋友们\n今天想说说夜里的施工\n", "发布机构：\n")
    assert parkclean.clean(label).paragraphs == tuple(letter.split("\n")[:2])
    salutation = opening.replace("各位园区的朋友们\n今天想说说夜里的施工\n", "各有关企业：\n")   # (not a field's label)
    assert parkclean.clean(salutation).paragraphs[0] == "各有关企业："


def test_the_answer_under_a_letter_is_the_pages_text_but_comments_under_an_article_are_not():
    """A letter's page: the letter, then the answer's heading and the answering unit's fields,
    then the answer, in a box whose class says reply. The answer is the text going on; the same
    sentences under a comments heading are comments."""
    answer = ["王先生：您好！您反映的问题已收悉，现答复如下：",
              "一、关于社保缴纳年限。根据新区新市民子女入学办法，社保缴纳年限按在新区连续缴纳的月数计算，外地缴纳的不计入。",
              "二、关于入学申请条件。非本市户籍适龄儿童申请入读新区公办小学，须提供房产证明和两年以上社保缴纳证明。"]
    letter = ["您好！我在新区一家电子企业工作了四年，社保一直在新区缴纳，去年在园区内购买了住房，孩子明年上小学。",
              "一是我在外地工作时缴纳的两年社保能否累计计入积分？二是户籍还没有迁入，只凭房产证能否申请？"]
    def page(heading: str, fields: str) -> str:
        return ("<html><head><title>信件详情-主任信箱</title></head><body><div class='nav'><a href='/'>首页</a> <a href='/x'>政民互动</a></div>"
                "<div class='letter'><h2>园区企业员工子女积分入学，外地缴纳的社保能否计入年限？</h2><p>写信时间：2024-03-06 14:22</p>"
                "<div class='content'>" + "".join(f"<p>{t}</p>" for t in letter) + "</div>"
                f"<div class='reply'><h3>{heading}</h3>{fields}" + "".join(f"<p>{t}</p>" for t in answer) + "</div></div>"
                "<div class='footer'>版权所有 某某新区管理委员会</div></body></html>")
    r = parkclean.clean(page("答复内容", "<p>答复单位：新区社会事业局 答复时间：2024-03-11 10:05</p>"))
    assert r.paragraphs == tuple(letter + answer)
    assert {c.final.rule for c in r.blocks if c.block.text in answer} == {"body.resume"}
    r = parkclean.clean(page("网友评论", "<p>游客 2024-03-11 10:05</p>"))
    assert r.paragraphs == tuple(letter)


def test_the_page_kind_and_signals_read_the_deciding_evidence_not_the_order_rules_registered():
    """A piece of evidence that never decides a line (a ``score``), registered before the others,
    changes neither the confidence's signals nor the page kind: both read the evidence that
    decided each line."""
    from dataclasses import replace

    from parkclean.decide.confidence import page_kind
    from parkclean.decide.engine import decide
    from parkclean.evidence.base import Evidence
    from parkclean.evidence.collect import collect
    from parkclean.features import compute_all

    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"
    long_ = "我在园区工作了五年，亲眼看着这里从一片农田变成现在的样子，交通和配套都还需要加强，希望管委会多听听企业的意见。"
    items = [f"园区第{k}批项目集中签约仪式举行 2024-05-{k:02d}" for k in range(1, 13)]
    pages = {"thread": _commented([para], [long_] * 8), "article": _commented([para] * 6, ["支持园区建设。"] * 4),
             "list": "\n".join(["首页 | 新闻 | 政务", "园区动态"] + items + ["版权所有 某某网"])}
    noise = Evidence("test.never_decides", Label.NAV, "a weight only", kind="score")
    for want, page in pages.items():
        keys = page.split("\n")
        feats = compute_all(keys)
        pe = collect(keys, feats)
        noisy = replace(pe, lines=tuple((noise, *ev) for ev in pe.lines))
        a, b = decide(keys, feats, pe), decide(keys, feats, noisy)
        assert a.signals == b.signals
        assert page_kind(a.signals, pe, a.run, a.deciding) == page_kind(b.signals, noisy, b.run, b.deciding) == want


def _resumed(decided, keys):
    """``extend.resume`` over ``keys`` and their decided evidence, from the run's end at line 0."""
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.features import compute
    return extend.resume(decided, [compute(k) for k in keys], keys, 0, load())


def _box_evidence():
    """An ad's label, a related box's heading and a picture's credit, as the form rules give them."""
    from parkclean.evidence.base import Evidence
    return (Evidence("marker.ad", Label.AD, "ad label"),
            Evidence("marker.related_heading", Label.RELATED, "related heading", "heading"),
            Evidence("marker.image_credit", Label.IMAGE, "photo credit"))


def test_the_text_resumes_after_an_ad_slot_and_a_related_box():
    """A full-width ad's label, then a related box of headlines, then the text goes on."""
    ad, heading, credit = _box_evidence()
    p1, p2 = _P1 + _P2, _P2 + _P3
    keys = [_P1, "广告", "相关阅读", "北湾跨境电商产业园二期开工", "北湾综保区获批开展保税维修业务试点", p1, p2]
    decided = [None, ad, heading, None, None, None, None]
    span = _resumed(decided, keys)
    assert span is not None and keys[span[0]:span[1] + 1] == [p1, p2]
    # an ad slot alone (its label and its continue line) between the text and more of it: the slot was the box
    slot = [_P1, "Advertisement", "Continue reading below", p1, p2]
    assert _resumed([None, ad, ad, None, None], slot) == (3, 4)
    assert _resumed([None, ad, ad, None], slot[:4]) is None  # (one paragraph: a blurb)
    # a picture's credit between the resumed paragraphs: the text goes on past it
    span = _resumed(decided + [credit, None], keys + ["图／某某县政府提供", _P3])
    assert span == (5, 8)
    # an ad's long text is no label: nothing is skipped
    keys[1] = "园区招商热线常年开放，欢迎各类企业来电洽谈合作事宜，我们将竭诚为您服务"
    assert _resumed(decided, keys) is None


def test_the_text_resumes_after_a_pictures_credit_and_a_related_box():
    """The run closes on a picture's credit (记者 某某 摄), a related box follows inside the article,
    then the text goes on; a credit with no box under it is no box (the text ended there)."""
    _, heading, credit = _box_evidence()
    p1, p2 = _P1 + _P2, _P2 + _P3
    keys = [_P1, "某某日报记者 吴一凡 摄", "延伸阅读", "北湾跨境电商产业园二期开工", "北湾综保区获批开展保税维修业务试点", p1, p2]
    decided = [None, credit, heading, None, None, None, None]
    span = _resumed(decided, keys)
    assert span is not None and keys[span[0]:span[1] + 1] == [p1, p2]
    alone = [_P1, "某某日报记者 吴一凡 摄", "北湾跨境电商产业园二期开工", p1, p2]
    assert _resumed([None, credit, None, None, None], alone) is None


def test_an_articles_figures_of_likes_and_shares_under_its_lead_in_are_its_text():
    """点赞 12.5万 / 转发 8600 / 收藏 3.2万 under 数据为： are the article's figures, not a post's
    counters: the lead-in above them stays the text's first paragraph."""
    page = ("某某网 - 新闻中心\n首页 > 新闻 > 社会\n一条乡村短视频为何刷屏\n2024-05-12 09:30 来源：某某日报 作者：张立\n"
            "5月初，某某村村民李大姐拍摄的一条采茶短视频在网上走红。截至5月11日，该视频在平台上的数据为：\n"
            "点赞 12.5万\n转发 8600\n收藏 3.2万\n李大姐说，她没想到一条随手拍的视频会有这么多人喜欢。\n"
            "当地文旅部门表示，将借势推介乡村旅游，带动茶叶销售。\n")
    body = parkclean.clean(page).paragraphs
    assert body[0].startswith("5月初") and "收藏 3.2万" in body


def test_an_error_pages_reasons_are_no_article():
    """A 404 page's message heads the few lines of its reasons: no article, whatever their
    sentences; the same message above an article's many paragraphs does not remove them."""
    reasons = ["您要查看的网址可能已被删除、更名或暂时不可用。", "1. 请检查输入的网址是否正确；",
               "2. 该信息可能已超过公开期限或已被调整至其他栏目；", "3. 如需查找相关信息，请使用站内搜索或联系网站管理员。"]
    page = ["首页 新闻中心 投资南屿 企业服务", "首页/页面不存在", "抱歉，您访问的页面不存在！"] + reasons + ["主办：南屿经开区管委会"]
    r = parkclean.clean("\n".join(page))
    assert r.text == "" and r.kind in ("other", "list") and r.confidence < 0.5
    article = [_P1, _P2, _P3, _P1 + _P2, _P2 + _P3, _P3 + _P1, _P1 + _P3]
    r = parkclean.clean("\n".join(page[:3] + article + page[-1:]))
    assert r.paragraphs == tuple(article)


def test_an_openings_short_lines_start_after_the_pages_tools_and_tabs():
    """Short lines between the byline and the first paragraph open the article, but not those the
    HTML sets among a page's tools or tabs (worth less than ``head_floor``): the opening starts
    after the last of them."""
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    p = load()
    byline = Evidence("marker.published", Label.META, "date line")
    keys = ["2024-03-18 来源：某某局", "在线办理 预约办理 收藏", "基本信息", "学习目的", "办理须知", _P1]
    decided = [byline, None, None, None, None, None]
    feats = [compute(k) for k in keys]
    assert extend.head(decided, feats, keys, 5, p) == 1                                  # no values: all of them
    assert extend.head(decided, feats, keys, 5, p, [0, -4.4, -3.6, -0.8, -0.8, 5]) == 3  # after the tabs
    assert extend.head(decided, feats, keys, 5, p, [0, -0.8, -0.8, -0.8, -4.0, 5]) is None


def test_a_headline_over_its_byline_below_a_sidebars_prose_anchors_the_notice_under_it():
    """A site guide's two paragraphs come before the article, whose notice is written in short
    lines; the headline over its source line below them, under the document's fields, is the
    page's, and the notice under it is the text."""
    page = "\n".join([
        "某某县人民政府", "政府信息公开指南", "为保障公民、法人和其他组织依法获取政府信息，提高政府工作的透明度，"
        "根据有关条例，结合本县实际，编制本指南。需要获得信息公开服务的公民，建议阅读本指南。",
        "依申请公开", "除主动公开的政府信息外，公民、法人或者其他组织可以向县人民政府办公室申请获取相关政府信息，"
        "对符合条件的申请，将在二十个工作日内予以答复。",
        "您所在的位置：首页 > 政府信息公开 > 人事信息", "索 引 号：11510824008612345A/2024-00091",
        "发文机关：某某县人民政府", "成文日期：2024-04-10",
        "某某县人民政府关于张某等同志职务任免的通知", "来源：县政府办 发布时间：2024-04-11 11:20 浏览：2306次",
        "【大 中 小】【打印】【关闭】", "各乡镇人民政府，县政府各部门、各直属机构：",
        "经2024年4月8日县人民政府第42次常务会议研究决定：", "任命张某为县发展和改革局副局长；",
        "任命李某为县商务局副局长（试用期一年）；", "任命王某为县应急管理局副局长；",
        "免去赵某的县应急管理局副局长职务，退休。", "上一篇：某某县人民政府关于聘任法律顾问的通知",
        "主办单位：某某县人民政府办公室"])
    r = parkclean.clean(page)
    assert r.metadata.title == "某某县人民政府关于张某等同志职务任免的通知"
    assert r.paragraphs[0] == "各乡镇人民政府，县政府各部门、各直属机构：" and r.paragraphs[-1].startswith("免去赵某")
    assert not any("指南" in x for x in r.paragraphs)


def test_the_last_words_of_a_comment_over_the_next_comments_time_are_no_headline():
    """Below the text, a line without a full stop right under a paragraph is a comment's end, not
    a headline over a byline: the article above stays the article."""
    page = "\n".join(["首页 新闻 园区", _P1, _P2, _P3,
                      "支持园区发展，期待更多好企业落户，我们年轻人在家门口就能找到好工作。",
                      "期待早日建成投产", "来源：网友投稿 发布时间：2024-05-02 10:21",
                      "交通配套一定要跟上，现在上下班太堵了，早高峰要一个多小时才能到园区，希望尽快改善。",
                      "园区配套设施有待完善", "来源：网友投稿 发布时间：2024-05-02 11:03",
                      "希望多建几所学校和医院，让在园区工作的年轻人安心落户，把家安在这里，一起建设园区。"])
    r = parkclean.clean(page)
    assert r.metadata.title != "期待早日建成投产" and r.paragraphs[0] == _P1


def test_a_site_name_over_the_headers_day_and_weather_gives_way_to_the_headline_over_its_byline():
    """The site's name over the header's date, lunar date and weather (a bare date: the site's day)
    is no headline when a headline over a full byline stands below the header's notice scroll and
    the city's introduction."""
    page = "\n".join([
        "某某市人民政府", "2024年7月3日 农历甲辰年五月廿八 晴 24℃~33℃", "首页", "政务公开", "通知公告：",
        "关于城区夏季防汛期间临时交通管制的通告。7月1日起，临江大道实行半幅封闭施工，过往车辆请提前绕行。",
        "某某市地处长江中游南岸，辖3区2县1市，总面积9860平方公里，常住人口312万人，素有江南粮仓之称。",
        "当前位置：首页 > 政务公开 > 部门动态", "某某市召开二季度招商引资工作推进会",
        "信息来源：市商务局 发布时间：2024-07-03 08:50", _P1, _P2, "相关阅读", "某某市一季度招商引资工作推进会召开"])
    r = parkclean.clean(page)
    assert r.metadata.title == "某某市召开二季度招商引资工作推进会"
    assert r.paragraphs == (_P1, _P2)



def test_the_text_goes_on_under_an_ad_slot_with_the_ads_own_lines_but_not_under_an_ad_alone():
    """广告 and the ad's two lines between paragraphs: the slot is a box, the text goes on under it.
    Short lines under the label with no paragraphs after them resume nothing."""
    p3 = "展望未来，园区将继续加大招商引资力度，力争全年新引进亿元以上项目三十个，带动就业五千人。"
    p4 = "园区有关负责人表示，将进一步优化营商环境，为企业提供全生命周期服务，推动项目早投产、早见效。"
    head = ["园区一季度经济运行情况发布", "发布时间：2024-04-16 来源：某某园区"]
    ad = ["广告", "2025功率半导体产业大会", "6月12日-13日 苏州 · 汇聚200+产业链企业，免费注册参会通道现已开启"]
    box = ["相关阅读", "某某产业园二期项目开工 总投资五十亿元", "某某园区举办春季人才招聘会"]
    p5 = "据悉，园区今年还将新建标准厂房二十万平方米，为中小企业提供拎包入驻的生产空间和配套服务。"
    p6 = "同时，园区将加快推进人才公寓和邻里中心建设，进一步完善生活配套，提升园区综合承载能力。"
    r = parkclean.clean("\n".join(head + [_P1, _P2] + box + [p3, p4] + ad + [p5, p6, "责任编辑：某某"]))
    assert r.paragraphs == (_P1, _P2, p3, p4, p5, p6)
    r = parkclean.clean("\n".join(head + [_P1, _P2] + box + [p3, p4] + ad + ["热门标签", "更多资讯"]))
    assert r.paragraphs == (_P1, _P2, p3, p4)
    listing = ["广告", "某某国际物流园 仓库出租 5000㎡起租 海关监管仓可用 咨询：0596-5551234"]  # (an ad by its own form)
    r = parkclean.clean("\n".join(head + [_P1, _P2] + box + [p3, p4] + listing + [p5, p6, "责任编辑：某某"]))
    assert r.paragraphs == (_P1, _P2, p3, p4, p5, p6)


def test_paragraphs_under_a_one_link_box_go_on_when_the_html_holds_them_with_the_article():
    """推荐阅读 over one link inside the article's container, then two paragraphs in the same
    container: the article's text going on. The same box and paragraphs in a sidebar are the
    box's own story."""
    p3 = "园区有关负责人表示，将进一步优化营商环境，为企业提供全生命周期服务，推动项目早投产、早见效。"
    p4 = "展望未来，园区将继续加大招商引资力度，力争全年新引进亿元以上项目三十个，带动就业五千人。"
    box = "<div class='rec'><div>推荐阅读</div><a href='/a/9.html'>某某产业园二期项目开工 总投资五十亿元</a></div>"
    inside = (f"<html><body><div class='main'><h1>园区一季度经济运行情况发布</h1><div class='info'>2024-04-16 来源：某某园区</div>"
              f"<p>{_P1}</p><p>{_P2}</p>{box}<p>{p3}</p><p>{p4}</p></div>"
              "<div class='foot'>版权所有 某某园区管委会</div></body></html>")
    assert parkclean.clean(inside).paragraphs == (_P1, _P2, p3, p4)
    aside = (f"<html><body><div class='main'><h1>园区一季度经济运行情况发布</h1><div class='info'>2024-04-16 来源：某某园区</div>"
             f"<p>{_P1}</p><p>{_P2}</p></div><div class='side'>{box}<p>{p3}</p><p>{p4}</p></div>"
             "<div class='foot'>版权所有 某某园区管委会</div></body></html>")
    assert parkclean.clean(aside).paragraphs == (_P1, _P2)


def test_a_line_that_is_all_one_link_inside_the_article_is_removed():
    """A gallery's or a video's link between the paragraphs (视频：… 比赛集锦 as one <a>): removed
    with its label (evidence of kind ``drop``); a link inside a sentence, a heading that is a link
    and the paragraphs around stay."""
    link = "<p><a href='/v/1.html'>视频：园区一季度经济运行情况 发布会实录</a></p>"
    inline = "<p>详见<a href='/a/2.html'>园区年报</a>。</p>"
    html = (f"<html><body><div class='main'><h1>园区一季度经济运行情况发布</h1><div class='info'>2024-04-16 来源：某某园区</div>"
            f"<p>{_P1}</p>{link}<h2><a href='#s2'>二、下一步安排</a></h2><p>{_P2}</p>{inline}<p>{_P3}</p></div>"
            "<div class='foot'>版权所有 某某园区管委会</div></body></html>")
    r = parkclean.clean(html)
    assert r.paragraphs == (_P1, "二、下一步安排", _P2, "详见园区年报。", _P3)
    dropped = [b for b in r.blocks if b.block.text.startswith("视频：")]
    assert [(b.final.label, b.final.rule) for b in dropped] == [(Label.RELATED, "dom.link_line")]


def test_a_caption_over_its_pictures_credit_between_the_headline_and_the_text_opens_it():
    """The headline, a picture's caption without a full stop, its credit (图片来源：…), then the
    text: the caption describes the picture and is the text's; the credit is removed. A page
    title whose last part is a date still names the headline."""
    caption = "位于中国南方的一家光伏企业厂区，大批未能出货的组件堆放在仓库里"
    page = ["光伏产业园：从香饽饽到烫手山芋 | 经济纵横 | 某某之声 | 2012.10.09", "首页 > 经济纵横",
            "光伏产业园：从香饽饽到烫手山芋", caption, "图片来源：Reuters", _P1, _P2]
    r = parkclean.clean("\n".join(page))
    assert r.paragraphs == (caption, _P1, _P2)
    assert r.metadata.title == "光伏产业园：从香饽饽到烫手山芋"


def test_the_mark_that_ends_a_text_ends_the_article_and_the_notice_under_it_is_not_the_articles():
    """（完） under the last paragraph: the prose notice and the blurb under it are the site's."""
    notice = "温馨提示：本网部分稿件来源于合作媒体及网友投稿，如您发现稿件内容与事实不符，请及时联系我们更正。"
    blurb = "某某经贸网成立于2012年，是一家专注报道区域经贸动态的综合性网络媒体，日均访问量超过五十万人次。"
    page = ["园区一季度经济运行情况发布", "发布时间：2024-04-16 来源：某某日报", _P1, _P2, "（完）", notice, "关于我们", blurb]
    assert parkclean.clean("\n".join(page)).paragraphs == (_P1, _P2)


def test_the_text_goes_on_under_an_apps_prompt_to_read_on():
    """继续阅读全文，请打开某某 App between paragraphs (a fold's overlay in the page's text): the
    text goes on under it. A share bar over comments is no such prompt."""
    p3 = "园区有关负责人表示，将进一步优化营商环境，为企业提供全生命周期服务，推动项目早投产、早见效。"
    p4 = "展望未来，园区将继续加大招商引资力度，力争全年新引进亿元以上项目三十个，带动就业五千人。"
    p5 = "据悉，园区今年还将新建标准厂房二十万平方米，为中小企业提供拎包入驻的生产空间和配套服务。"
    p6 = "同时，园区将加快推进人才公寓和邻里中心建设，进一步完善生活配套，提升园区综合承载能力。"
    head = ["园区一季度经济运行情况发布", "发布时间：2024-04-16 来源：某某日报"]
    box = ["延伸阅读", "某某产业园二期项目开工 总投资五十亿元", "某某园区举办春季人才招聘会"]
    prompt = ["继续阅读全文，请打开某某新闻 App", "打开App 继续在浏览器阅读"]
    r = parkclean.clean("\n".join(head + [_P1, _P2] + box + [p3, p4] + prompt + [p5, p6, "标签：园区 经济"]))
    assert r.paragraphs == (_P1, _P2, p3, p4, p5, p6)
    share = ["分享到：微信 微博 QQ空间"]
    r = parkclean.clean("\n".join(head + [_P1, _P2] + box + [p3, p4] + share + [p5, p6, "标签：园区 经济"]))
    assert r.paragraphs == (_P1, _P2, p3, p4)


def test_a_headline_over_a_rule_of_marks_is_the_headline_and_a_field_over_fields_is_not():
    """A press release's headline, repeated in a sidebar list, over a rule of ＊ and the text; a
    field with a short value (发布机关：工商发展处) over the byline's other fields is no headline."""
    title = "某某创新园第二期启用 首批四十二间科技企业进驻"
    page = ["首页", "新闻公报", "首页 > 新闻公报 > 2024年5月 > 8日", title, "＊" * 24, _P1, _P2, "今日新闻公报", title,
            "园区举办人才招聘会"]
    r = parkclean.clean("\n".join(page))
    assert r.metadata.title == title and r.paragraphs == (_P1, _P2)
    fields = ["首页 > 县政资讯 > 县政新闻", "某某产业园区污水处理厂启用 县长：提升招商竞争力", "发布机关：工商发展处",
              "发布日期：2024年6月12日", "浏览人次：2,314", _P1, _P2]
    assert parkclean.clean("\n".join(fields)).metadata.title == fields[1]


# ---- the review's negatives: text that goes on, a feed's next story, fields that are fields -------

_Q1 = "走进云溪科技城智能制造产业园，一排排标准厂房整齐排列，不少企业已经开始安装生产设备。"
_Q2 = "截至目前，云溪科技城已建成标准厂房八十六万平方米，入驻企业两百一十四家，去年新入驻五十三家。"


def test_the_next_story_of_a_feed_under_the_articles_share_bar_is_not_the_pages_headline():
    """The headline has no byline; below the article's credit and share bar, the next story's
    headline over its byline stays the next story's."""
    page = ["某某高新区举办招商推介会", _P1, _P2, _P3, "责任编辑：李四", "分享到：微信 微博",
            "某某经开区召开安全生产工作会议", "来源：某某日报 发布时间：2024-04-01 10:00", _Q1, _Q2]
    r = parkclean.clean("\n".join(page))
    assert r.metadata.title == "某某高新区举办招商推介会" and r.paragraphs[0] == _P1


def test_an_end_mark_or_a_pager_inside_a_text_that_goes_on_to_its_credit_ends_nothing():
    """A digest whose items end in （完）, and a pager under the lead with the text going on to its
    credit: the article's end is the credit."""
    head = ["今日园区新闻汇总", "发布时间：2024-03-05 来源：某某日报"]
    digest = head + [_P1, _P2, "（完）", _Q1, _Q2, "（完）", "责任编辑：李四"]
    assert parkclean.clean("\n".join(digest)).paragraphs == (_P1, _P2, _Q1, _Q2)
    paged = head + [_P1, "上一篇：园区召开一季度工作会议", "下一篇：园区举办春季招聘会", _P2, _Q1, _Q2, "责任编辑：李四"]
    assert parkclean.clean("\n".join(paged)).paragraphs == (_P1, _P2, _Q1, _Q2)


def test_an_empty_field_label_does_not_take_the_texts_first_heading_and_a_place_field_stays_a_field():
    page = ["某某高新区一季度工作总结", "来源：某某日报", "作者：", "一、基本情况", _P1, _P2]
    r = parkclean.clean("\n".join(page))
    assert r.paragraphs[0] == "一、基本情况" and r.metadata.authors == ()
    counter = ["某某高新区一季度工作总结", "来源：某某日报", "点击数：", "一季度工作回顾", _P1, _P2]
    assert parkclean.clean("\n".join(counter)).paragraphs[0] == "一季度工作回顾"
    fields = ["索引号：11510824/2024-00091", "所属区县：某某县", "发布日期：2024-04-11", "某某县关于举办招商推介会的通知",
              "来源：县政府办 发布时间：2024-04-11 11:20", _P1, _P2]
    assert parkclean.clean("\n".join(fields)).metadata.title == "某某县关于举办招商推介会的通知"


def test_the_text_goes_on_under_an_ad_with_its_hotline_and_a_related_box_after_it():
    """【广告】, the ad's slogan, hotline and QR prompt, then a related box: the text goes on under
    them both."""
    head = ["园区一季度经济运行情况发布", "发布时间：2024-04-16 来源：某某日报"]
    ad = ["【广告】", "某某工业园区标准厂房火热招租中", "单层/多层可选 1000㎡起租 配套齐全 即租即用",
          "招商热线：0578-6810888 133-6798-2150（何经理）", "扫码了解更多厂房信息"]
    box = ["相关阅读", "·某某与某某签署园区共建协议", "·山海协作再结硕果 今年新增签约项目32个"]
    r = parkclean.clean("\n".join(head + [_P1, _P2] + ad + box + [_Q1, _Q2, "（责任编辑：某某）"]))
    assert r.paragraphs == (_P1, _P2, _Q1, _Q2)


def test_one_paragraph_after_a_related_box_is_taken_when_the_html_holds_it_with_the_article():
    """相关链接 over two headlines between paragraphs, then one paragraph in the same container: the
    text goes on. In a dump (no container), one paragraph alone may be the site's blurb: not taken."""
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    heading = Evidence("marker.related_heading", Label.RELATED, "related heading", "heading")
    held = Evidence("dom.content", Label.BODY, "in the content", "score")
    keys = [_P1, "相关链接", "北湾跨境电商产业园二期开工", "北湾综保区获批开展保税维修业务试点", _P2 + _P3]
    decided = [None, heading, None, None, None]
    feats = [compute(k) for k in keys]
    lines = [[held], [held], [], [], [held]]
    assert extend.resume(decided, feats, keys, 0, load(), lines) == (4, 4)
    assert extend.resume(decided, feats, keys, 0, load()) is None
    assert extend.resume(decided, feats, keys, 0, load(), [[held], [held], [], [], []]) is None  # (outside the container)


def test_the_short_opening_under_the_headline_repeated_in_the_article_is_the_text():
    """The headline, its byline, the headline again as the article's own copy of it, then a
    paragraph broken after a comma: the broken line opens the text."""
    head = ["某某市儿童(13-15岁)心理素质发展现状调查报告", "http://www.example.cn/ 2005-03-06 16:17:00"]
    broken = "为了贯彻落实某某市“十五”时期儿童发展规划，"
    text = [broken, "进一步了解全市13—15岁儿童目前的心理发展现状，为制定切实可行的教育对策提供科学依据，开展了本次调查。",
            _P1 + _P2, _P2 + _P3]
    r = parkclean.clean("\n".join(["首页 组织机构 工作动态", *head, head[0], *text]))
    assert r.paragraphs[0] == broken and r.paragraphs[1:] == tuple(text[1:])


def test_the_article_above_an_ad_and_a_related_box_is_taken_with_the_run_below_them():
    """Paragraphs, an ad's line and its label (广告), a subheading and paragraphs, a related box,
    then the longest part of the text: the article is all three parts, the ad and the box not."""
    p = [_P1 + _P2, _P2 + _P3, _P3 + _P1, _P1 + _P3, _P2 + _P1, _P3 + _P2 + _P1, _P1 + _P2 + _P3]
    ad = ["某某高新区标准厂房火热招租 面积800—6000平方米可分割 招商热线：0716-8896655", "广告"]
    box = ["延伸阅读", "省里出台意见支持“飞地经济”发展", "某某“科创飞地”入驻企业突破40家"]
    page = ["山区县到沿海“借地生财”", "2024-06-18 08:12 来源：某某日报 作者：某某", p[0], p[1], *ad, "“飞出去”：山区县为何要到外地建园区",
            p[2], p[3], *box, p[4], p[5], p[6], "责任编辑：某某"]
    r = parkclean.clean("\n".join(page))
    assert r.paragraphs == (p[0], p[1], "“飞出去”：山区县为何要到外地建园区", p[2], p[3], p[4], p[5], p[6])
    # a sidebar's prose over an ad above the article's headline and byline is not its text
    from parkclean.decide import extend
    from parkclean.decide.params import load
    from parkclean.evidence.base import Evidence
    from parkclean.features import compute
    keys = [p[0], *ad, "山区县到沿海“借地生财”", "2024-06-18 08:12 来源：某某日报", p[4], p[5], p[6]]
    decided = [None, Evidence("contact.phones", Label.CONTACT, "phones"), Evidence("marker.ad", Label.AD, "ad label"),
               Evidence("title.before_meta", Label.TITLE, "headline"), Evidence("meta.date_line", Label.META, "byline"),
               None, None, None]
    feats = [compute(k) for k in keys]
    assert extend.text_above_box(decided, feats, keys, 5, 3, load()) == (5, [])
    assert extend.text_above_box(decided, feats, keys, 5, None, load()) == (5, [])  # (the byline between: no box)


def test_a_wechat_mirrors_article_under_a_repost_card_wins_over_a_comment_after_the_accounts_card():
    """A mirror site's menu (with 热门文章 among its items), the headline, the account and time, a
    repost card (以下文章来源于…), the article, its credits (来源丨 编辑丨), the account's card and
    counter, then comments under 写留言: the article is the text, its headline the title."""
    text = [_P1 + _P2, _P2 + _P3, _P3 + _P1, _P1 + _P3, _P2 + _P1]
    page = ["首页", "公众号大全", "文章分类", "热门文章", "今日更新", "首页 > 某某经开发布 > 正文",
            "某某经开区：一家“链主”企业 带来28家配套企业", "某某经开发布", "2024-07-09 18:30:46",
            "以下文章来源于某某日报，作者某某日报", "某某日报", "某某日报官方公众号，权威发布某某新闻资讯。", *text,
            "来源丨某某日报", "编辑丨林某某", "审核丨韦某某", "某某经开发布", "长按识别二维码，关注我们", "阅读 2316", "分享 收藏 点赞 在看",
            "写留言", "留言", "江边的风", "链主带配套，这个思路对，县里就是要把产业链上的企业都引过来，大家才有活干。", "赞 21"]
    r = parkclean.clean("\n".join(page))
    assert r.paragraphs == tuple(text) and r.metadata.title == "某某经开区：一家“链主”企业 带来28家配套企业"


def test_every_line_between_a_notices_sections_numbered_in_turn_is_the_notices():
    head = ["首页 > 通知公告", "关于举办2024新材料产业大会的通知", "发布时间：2024-11-04 10:20 来源：某某协会"]
    notice = ["一、会议时间", _P1, _P3, "二、组织单位", "主办单位：某某市工业和信息化局", "承办单位：某某市新材料产业协会",
              "三、会议议程", "08:30—09:00 嘉宾签到", "09:00—09:15 开幕致辞 某某管委会主任", "10:10—10:20 茶歇",
              "四、参会报名", _P2]
    tail = ["报名联系人：周女士 0551-6388 2107", "上一篇：关于缴纳会员会费的通知", "友情链接：", "某某市人民政府", "某某大学"]
    r = parkclean.clean("\n".join(head + notice + tail))
    assert all(line in r.text for line in notice)
    assert not any(line in r.text for line in tail)
    # without the next number the lines under the last heading are not enclosed: headlines after it stay out
    others = ["某某市召开重点项目推进会", "某某区开展安全生产检查", "某某县举办招商推介会"]
    r = parkclean.clean("\n".join(head + notice[:4] + others))
    assert _P3 in r.text and not any(line in r.text for line in others)


def test_a_contents_pages_entries_under_its_contents_heading_are_its_text():
    head = ["首页 > 研究成果 > 年度报告", "《某某开发区发展报告（2024）》目录", "发布时间：2024-12-12 来源：某某研究中心"]
    summary = ["内容提要", _P1, _P3]
    entries = ["目录", "Ⅰ 总报告", "B.1 2024年开发区发展形势分析与2025年展望 / 课题组", "Ⅱ 分报告",
               "B.2 开发区工业经济运行分析 / 顾某 钟某", "B.3 开发区招商引资与项目建设分析 / 邓某", "B.4 开发区营商环境评价 / 方某"]
    tail = ["全文下载：某某开发区发展报告（2024）.pdf（12.6MB）", "在线阅读", "上一篇：《某某县域经济发展报告》目录"]
    r = parkclean.clean("\n".join(head + summary + entries + tail))
    assert all(line in r.text for line in summary[1:] + entries)
    assert not any(line in r.text for line in tail)
    # under a news headline (no summary heading) the contents are furniture; and entries that stand again lower on the page
    # (an outline of the sections below, a list the sidebar repeats) are no contents page's text
    news = parkclean.clean("\n".join([head[0], "某某开发区发布2024年发展报告", head[2]] + summary[1:] + entries + tail))
    assert "B.3 开发区招商引资与项目建设分析 / 邓某" not in news.text
    again = parkclean.clean("\n".join(head + summary + entries + tail + ["热门文章", entries[4], "某某区开展安全检查"]))
    assert "B.3 开发区招商引资与项目建设分析 / 邓某" not in again.text
    # a news headline about a catalogue, a menu under 目录 in the sidebar: no contents page
    menu = ["目录", "机构职能", "政策文件", "规划计划", "财政资金", "人事信息", "统计信息"]
    catalogue = parkclean.clean("\n".join([head[0], "某某市公布2024年重点建设项目目录", head[2], _P1, _P3] + menu))
    assert not any(line in catalogue.text for line in menu)
    # a book's page: its headline is the book's, its summary under 内容简介, its contents down to a button
    book = ["首页 > 数字方志 > 乡镇志", "某某镇志（1978—2020）", "发布时间：2024-03-18", "内容简介", _P1, _P3,
            "目录", "序", "凡例", "概述", "第一章 建置区划", "第二章 自然环境", "第三章 人口", "编后记", "开始阅读", "下载PDF全文"]
    r = parkclean.clean("\n".join(book))
    assert "第三章 人口" in r.text and "编后记" in r.text and "开始阅读" not in r.text


def test_the_text_goes_on_after_a_related_box_past_an_ads_line_before_its_next_section():
    head = ["首页 > 资讯中心 > 园区动态", "某某经开区：碳纤维产业链加速成型", "2024-08-06 11:20 来源：某某在线"]
    article = [_P1, _P2]
    box = ["相关阅读：", "国内大丝束碳纤维产能突破10万吨 价格持续下行", "风电叶片碳纤维主梁渗透率提升 拉挤板材需求旺盛"]
    after = [_P3, "【广告】2024某某国际复合材料展览会 9月18日-20日 立即预约参观", "平台支撑：破解中小企业研发难题",
             _P1.replace("一季度", "上半年"), _P2.replace("二季度", "下半年")]
    tail = ["标签：碳纤维 复合材料", "上一篇：碳纤维价格持续低位运行"]
    r = parkclean.clean("\n".join(head + article + box + after + tail))
    assert all(line in r.text for line in article + [after[0]] + after[2:])
    assert not any(line in r.text for line in box + [after[1]] + tail)


def test_a_qa_pages_accepted_answer_is_its_text_with_the_question():
    head = ["首页 > 问答 > 企业所得税", "园区企业委托外部机构研发，研发费用加计扣除怎么算？", "提问者：海棠路七号 2024-03-04 09:12 浏览 1523 次"]
    question = [_P1, "想请教几个问题：委托境内机构研发，加计扣除的基数怎么算？发票开成技术服务费有没有影响？"]
    between = ["我来回答", "关注问题", "邀请回答", "3个回答", "默认排序 | 按时间排序", "已采纳", "顾某", "注册税务师 · 回答 2816",
               "回答于 2024-03-04 14:36"]
    answer = ["您好，针对您的问题，回复如下：", _P2, _P3]
    others = ["有用 36", "没用", "评论 0", "安徽-小叶会计", "回答于 2024-03-04 10:05", "按80%算，64万。发票开技术服务费没关系，我们去年也是这样。"]
    r = parkclean.clean("\n".join(head + question + between + answer + others))
    assert all(line in r.text for line in question + answer)
    assert not any(line in r.text for line in between + others)
    labels = {c.block.text: c.final.rule for c in r.blocks}
    assert labels["已采纳"] == "marker.answer_label" and labels["顾某"] == "meta.answerer"
    # without the label, the answers stay the comments they look like
    r = parkclean.clean("\n".join(head + question + between[:5] + between[6:] + answer + others))
    assert _P2 not in r.text


def test_an_answer_label_under_a_news_pages_comments_heading_is_no_answer():
    """已采纳 in a comment stream (a site whose comments can be accepted) under the article: the
    comment under it stays a comment."""
    head = ["首页 > 园区动态", "某某高新区出台研发费用加计扣除配套奖励办法", "2024-03-04 09:12 来源：某某日报"]
    article = [_P1, _P2]
    comments = ["网友评论", "已采纳", "海棠路七号", "2024-03-04 14:36",
                "这个办法好，我们公司去年研发投入八百多万，按新办法能多拿不少奖励，希望兑现快一些。",
                "请问配套奖励是按年度申报还是按季度申报？园区有没有专门的窗口可以咨询？"]
    r = parkclean.clean("\n".join(head + article + comments))
    assert all(line in r.text for line in article)
    assert not any(line in r.text for line in comments)


def test_a_dump_one_text_node_a_line_keeps_its_paragraphs_pieces_around_a_related_box():
    """A crawler's text with one line per DOM text node: paragraphs broken at links and bold figures
    (…交易量达到 / 52万吨，交易额 / 63亿元，…。), a related box between them."""
    head = ["首页 > 县域经济", "某某县：一颗辣椒链出百亿产业", "2024-10-18 07:05 来源：某某日报"]
    article = ["辣椒是某某县的传统特色农产品。近年来，县里把辣椒产业作为县域经济的头号产业来抓，去年订单种植面积占比达到",
               "65%。"]
    box = ["相关阅读：", "某某省公布第三批农业产业化重点联合体名单"]
    after = ["加工端：引龙头、延链条",
             "产业要做大，关键在加工。某某县在县城东部规划建设了占地3800亩的辣椒产业园，集中布局辣椒烘干、调味品生产、辣椒素提取等项目。"
             "目前，园区已入驻辣椒加工企业58家，其中规上企业21家，年加工鲜椒能力超过40万吨。",
             "2022年，", "某某食品股份有限公司",
             "投资6.5亿元在产业园建设复合调味料生产基地，带动了包装、物流等一批配套企业跟进落户。园区还引进了一家生物科技企业，"
             "从辣椒中提取辣椒红色素和辣椒碱，产品远销日本、韩国和东南亚，每吨辣椒的附加值提高了近",
             "4倍。", "市场端：建市场、拓渠道",
             "在某某县辣椒交易市场，每天都有来自全国各地的采购商。该市场去年辣椒交易量达到", "52万吨，交易额",
             "63亿元，已成为西南地区重要的干辣椒集散地之一。",
             "县商务局负责人介绍，县里还建设了辣椒产业电商直播基地，去年辣椒及制品网络零售额达到9.8亿元。"]
    tail = ["（本文来源：某某日报）", "责任编辑：", "黎某某", "分享到", "延伸阅读", "某某县辣椒交易市场秋季交易量创新高"]
    r = parkclean.clean("\n".join(head + article + box + after + tail))
    assert all(line in r.text for line in article + after[1:])  # (the subheading right under the box's link: either)
    assert not any(line in r.text for line in box + tail[:3])


def test_text_resumes_under_a_related_box_with_a_lead_in_and_its_table():
    """A related box inside the article, then the text goes on with a lead-in that opens a table
    (…表现如下： / its rows), then paragraphs: the lead-in is no link of the box, the table is text."""
    head = ["首页 > 产业 > 产业热点", "4月出口年增21.3% 对美出口再创单月新高", "2024-05-08 16:20 某某日报／记者某某／台北即时报导"]
    article = [_P1, _P2]
    box = ["延伸阅读", "财政部：AI需求强劲 下半年出口动能可期", "3月出口年增18.9% 资通产品撑场"]
    after = ["以主要货品观察，4月出口各类货品表现如下：", "货品类别 出口值（亿美元） 年增率", "电子零组件 168.4 +10.6%",
             "资通与视听产品 151.3 +163.5%", "机械 18.2 -5.4%", _P3, _P1.replace("一季度", "上半年")]
    tail = ["本文相关股票", "台积电 2330 812.0 ▲10.0 (+1.25%)", "延伸阅读", "某某园区新签约项目12个"]
    r = parkclean.clean("\n".join(head + article + box + after + tail))
    assert all(line in r.text for line in article + after)
    assert not any(line in r.text for line in box + tail)
    # a lead-in whose rows no paragraph follows is no text going on
    r = parkclean.clean("\n".join(head + article + box + after[:5] + tail))
    assert after[0] not in r.text


def test_the_articles_close_window_tools_end_it_and_the_sidebar_prose_below_is_the_pages():
    """【打印本页】【关闭窗口】 right under the last paragraph: the leader's welcome and the site's
    guide below, however long their prose, are not the article."""
    head = ["当前位置：首页 > 新闻中心 > 园区动态", "某某高新区举办二季度银企对接会 现场授信43亿元",
            "发布日期：2024-08-15 来源：高新区财政金融局 作者：某某某 阅读：762"]
    article = [_P1, _P2]
    tools = ["【关闭窗口】 【打印此页】"]
    sidebar = ["主任寄语", "欢迎您走进某某高新区！高新区地处长江中游城市群腹地，东连沿海、西接内陆，京港澳高速、沪渝高速在此交会，"
               "区位优势明显，交通便捷，是投资兴业的理想之地。",
               "近年来，我们坚持产业立区、创新强区、开放活区发展战略，聚焦电子信息、智能制造、生物医药三大主导产业，着力打造一流营商环境。",
               "我们真诚地欢迎海内外客商来高新区考察洽谈、投资兴业，我们将以最优的政策、最好的服务、最高的效率，与您携手共赢！"]
    foot = ["友情链接", "主办：某某高新技术产业开发区管理委员会"]
    r = parkclean.clean("\n".join(head + article + tools + sidebar + foot))
    assert all(line in r.text for line in article)
    assert not any(line in r.text for line in sidebar)
    # the same buttons under the byline, above the text, end nothing
    r = parkclean.clean("\n".join(head + ["字号：[大 中 小] [打印] [收藏] [关闭]"] + article + [_P3] + ["某某县自来水有限公司"]))
    assert all(line in r.text for line in article + [_P3])


def test_headlines_with_one_sentence_teasers_after_the_closing_credit_are_other_pages():
    """The reporter's earlier stories under the credit, each a headline over a one-sentence teaser
    with its date: a list of other pages, however much they read like the text."""
    head = ["首页 > 县域经济", "某某县户外用品产业园二期开工 总投资18亿元", "2024-05-06 08:30 来源：某某日报"]
    article = [_P1, _P2, _P3]
    credit = ["责任编辑：韩某某", "分享到：微信 微博 QQ空间 复制链接"]
    teasers = ["记者此前报道", "某某户外用品出口一季度增长21.3%", "今年一季度，某某县户外用品出口额同比增长21.3%，多家企业海外订单已排至下半年。（2024-04-12）",
               "某某县户外用品产业园二期开工", "总投资18亿元的产业园二期项目日前开工，建成后可新增标准化厂房40万平方米。（2024-03-28）"]
    r = parkclean.clean("\n".join(head + article + credit + teasers))
    assert all(line in r.text for line in article)
    assert not any(line in r.text for line in teasers)
    # subheadings over long paragraphs under a credit: the text goes on (a later credit closes it)
    more = ["二、强化要素保障", _P1.replace("一季度", "上半年") * 2, "三、优化营商环境", _P2.replace("二季度", "下半年") * 2, "（记者 某某）"]
    r = parkclean.clean("\n".join(head + article + credit[:1] + more))
    assert all(line in r.text for line in more[1:4:2])


def test_a_comments_word_heading_a_section_of_the_text_is_no_comments_heading():
    """A statistics release's 评论 section (the spokesman's comment) between its paragraphs, with no
    commenter's name or time under it: the text's heading; a stream of comments stays comments."""
    head = ["新闻公报：四月份对外商品贸易统计", "二○二四年四月份对外商品贸易统计"]
    article = [_P1, _P2]
    section = ["评论", "政府发言人表示，四月份商品整体出口货值按年显著上升，延续过去数月的增长势头，输往亚洲多个主要市场的出口表现理想。",
               _P3, "完", "2024年5月27日（星期一）"]
    r = parkclean.clean("\n".join(head + article + section))
    assert all(line in r.text for line in article + section[:3])
    comments = ["评论", "园区这几年变化确实大，希望配套能跟上，通勤问题早点解决，不然年轻人留不住啊。", "海棠路七号 2024-05-27 18:02",
                "支持！希望政策尽快落地，让中小企业也能享受到实实在在的红利，而不只是大企业。", "一只会计喵 2024-05-27 19:15"]
    r = parkclean.clean("\n".join(head + article + comments))
    assert all(line in r.text for line in article) and comments[1] not in r.text


def test_an_ads_line_beside_its_hotline_inside_the_article_is_removed():
    """An ad block between two paragraphs: the hotline, the contact, and the ad's own sentence
    (…公开招租，欢迎垂询！); a sentence of the text about leasing, away from any hotline, stays."""
    head = ["首页 > 园区动态", "某某新材料产业园集中签约12个项目", "2024-05-06 08:30 来源：某某园区管委会"]
    ad = ["招商热线：0550-7896035", "标准化厂房四期现面向社会公开招租，可“拎包入住”，欢迎垂询！"]
    leasing = "园区标准化厂房四期已全部建成，目前正面向社会公开招租，已有5家企业签订租赁意向。"
    r = parkclean.clean("\n".join(head + [_P1, _P2] + ad + [_P3, leasing, "（责任编辑：某某）"]))
    assert all(line in r.text for line in (_P1, _P2, _P3, leasing))
    assert not any(line in r.text for line in ad)
    # a notice's sentence about an asset for sale, right above its contact: the notice's text
    sale = "本次公开出售的资产为闲置厂房一处，建筑面积3200平方米，欢迎有意者洽谈。"
    r = parkclean.clean("\n".join(head + [_P1, _P2, sale, "联系人：王先生，联系电话：0571-12345678", _P3]))
    assert sale in r.text


def test_text_resumes_under_a_related_box_at_its_numbered_section_and_passes_an_ads_block():
    """The text goes on under an inline related box with its next numbered section (二、…), then
    past an ad's block between two paragraphs (【广告】… / its line / its hotline), section by section."""
    head = ["首页 > 要闻", "某某省出台20条措施支持开发区高质量发展", "2024-12-10 08:15:36 来源：某某网 作者：某某某"]
    part1 = ["一、理顺管理体制", _P1, _P2]
    box = ["相关阅读：", "某某省开发区整合优化工作全面完成 97家开发区瘦身强体", "全省开发区前三季度实际使用外资同比增长9.3%"]
    part2 = ["二、强化要素保障，破解“地从哪里来”", _P3, _P1.replace("一季度", "上半年")]
    ad = ["【广告】某某智造谷 · 标准厂房 火热招商中", "单层高10米 承重3吨/平方米 可分割出租 拎包入驻", "招商热线：0851-86931188"]
    part3 = [_P2.replace("二季度", "下半年"), "三、深化开放合作，推广“飞地园区”模式", _P3.replace("下一步", "今后")]
    tail = ["【责任编辑：某某某】", "上一篇：某某省首条跨境电商铁路专列开行", "相关新闻", "某某经开区获批扩区"]
    r = parkclean.clean("\n".join(head + part1 + box + part2 + ad + part3 + tail))
    assert all(line in r.text for line in part1 + part2 + part3)
    assert not any(line in r.text for line in box + ad + tail)


def test_paragraphs_in_a_box_named_furniture_between_the_run_and_the_closing_credit_are_the_texts_last():
    """The HTML puts the last paragraphs in a box whose class names furniture (nav-detail): its
    worth cancelled, the run stops above them; the closing credit right under them, a list of
    other pages under it, says they are the text's. Without the credit (the box a sidebar's),
    they stay out."""
    p4 = "据了解，园区今年将对重点项目实行专班推进机制，每月调度、每季度观摩，对进度滞后的项目约谈督办。"
    p5 = "“重点项目全部建成后，预计可新增年产值四百二十亿元、税收十八亿元，新增就业岗位一万二千个。”区发展改革局相关负责人表示。"

    def page(credit: str) -> str:
        return ("<html><head><title>园区重点项目集中开工</title></head><body><div class='top'><a href='/'>首页</a> "
                "<a href='/n'>园区动态</a></div><div class='article'><h1>园区重点项目集中开工</h1>"
                f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div><div class='nav-detail'><p>{p4}</p><p>{p5}</p></div>"
                f"{credit}<ul class='list'><li><a href='/1'>园区举办春季招商推介会签约项目十二个</a></li><li><a href='/2'>"
                "高新区新增三家国家级专精特新企业</a></li><li><a href='/3'>经开区标准厂房四期项目顺利封顶</a></li></ul>"
                "<div class='footer'>版权所有 某某新区管理委员会</div></body></html>")

    r = parkclean.clean(page("<div class='editor'>编辑：某某某 审核：某某某</div>"))
    assert r.paragraphs[-2:] == (p4, p5)
    assert [c.final.rule for c in r.blocks if c.block.text in (p4, p5)] == ["body.to_credit"] * 2
    bare = parkclean.clean(page(""))
    assert p4 not in bare.paragraphs and bare.paragraphs[-1] == _P3


def test_the_text_goes_on_under_news_in_brief_inside_it_to_its_closing_credit():
    """延伸阅读 inside the article over news in brief, a sentence each, then the text's next
    subheading and its paragraphs down to the closing credit: the briefs are the box, the rest the
    text. Without the closing credit, what follows the briefs may be another page's: left out."""
    briefs = ["园区与供电公司签订绿电交易合作协议，今年以来累计完成绿电交易电量三十八亿千瓦时。",
              "园区零碳产业园入选首批绿色低碳示范园区，园区内企业用能全部来自可再生能源。",
              "园区出台支持储能产业发展十条措施，对新建独立储能电站按放电量给予补贴。"]
    more = ["低电价吸引了项目，产业链则把项目留了下来。围绕光伏产业，园区先后引进上下游企业二十七家，形成了完整的产业链条。",
            "在储能领域，园区引进的储能科技公司今年四月投产，一期项目满负荷运转，产品既供应本地储能电站，也销往海外。"]

    def page(credit: list[str]) -> str:
        return "\n".join(["首页 > 园区动态", "园区绿电产业集群初具规模", "来源：园区管委会 2024-09-12", _P1, _P2, _P3,
                          "延伸阅读", *briefs, "链条延伸 集群成势", *more, *credit,
                          "上一篇：园区召开重点项目观摩推进会", "下一篇：园区职业技能大赛开幕", "园区热点",
                          "园区前八个月工业增加值同比增长", "园区至市区快速通道全线贯通", "版权所有 某某新区管理委员会"])

    r = parkclean.clean(page(["（责任编辑：某某某）"]))
    assert r.paragraphs == (_P1, _P2, _P3, "链条延伸 集群成势", *more)
    assert [c.final.rule for c in r.blocks if c.block.text in more] == ["body.resume"] * 2
    open_end = parkclean.clean(page([]))
    assert open_end.paragraphs == (_P1, _P2, _P3)


def test_a_list_of_names_inside_the_content_between_its_paragraphs_is_the_texts():
    """An <ul> of company names under a heading inside the article's container, between its
    paragraphs: the list is the text's (short lines the text rules alone read as a menu). The
    same names as links are a box's and stay out."""
    names = [f"园区第{k}号新材料科技有限公司" for k in "一二三四五六七八九十"] + ["园区新材料研究院有限公司", "园区智能装备有限公司"]

    def page(item: str) -> str:
        ul = "".join(item.format(n) for n in names)
        return ("<html><head><title>园区新认定一批高新技术企业</title></head><body><div class='nav'><a href='/'>首页</a> "
                "<a href='/n'>园区动态</a></div><div class='article'><h1>园区新认定一批高新技术企业</h1>"
                f"<p>{_P1}</p><h3>认定企业名单</h3><ul>{ul}</ul><p>{_P2}</p><p>{_P3}</p></div>"
                "<div class='footer'>版权所有 某某新区管理委员会</div></body></html>")

    r = parkclean.clean(page("<li>{}</li>"))
    assert r.paragraphs[0] == _P1 and all(n in r.paragraphs for n in names) and r.paragraphs[-1] == _P3
    linked = parkclean.clean(page("<li><a href='/c'>{}</a></li>"))
    assert not any(n in linked.paragraphs for n in names)


def test_a_notices_time_and_place_under_a_numbered_heading_and_its_repeated_fields_are_its_text():
    """一、会议安排 / 时间：… / 地点：…: the date's field under the heading is the notice's, not a
    byline; a field a notice's items repeat (招聘人数：2名) is no menu. A date's field alone under a
    heading, with no other field, stays a date line."""
    page = ("关于召开重点产业链链长制工作推进会的通知\n发布时间：2024-11-01 16:20 来源：区工信局\n各有关单位：\n"
            "为深入推进全区重点产业链链长制工作，研究部署四季度重点任务，经研究，决定召开推进会，现将有关事项通知如下：\n"
            "一、会议安排\n时间：2024年11月6日（星期三）下午2:30\n地点：区行政中心三楼第一会议室\n"
            "会议由区政府分管副区长主持，各链长单位主要负责同志参加。\n二、岗位安排\n（一）招商服务专员\n招聘人数：2名\n"
            "所属部门：投资促进局\n岗位职责：负责产业链招商项目的跟踪服务工作，协调解决项目落地中的问题。\n（二）企业服务专员\n"
            "招聘人数：2名\n所属部门：企业服务中心\n岗位职责：负责园区企业诉求受理和政策兑现申报指导等工作。\n"
            "请各单位认真做好会前准备工作，按时参会，不得无故缺席。\n区工业和信息化局\n")
    r = parkclean.clean(page)
    assert "时间：2024年11月6日（星期三）下午2:30" in r.paragraphs and r.paragraphs.count("招聘人数：2名") == 2
    alone = parkclean.clean(page.replace("地点：区行政中心三楼第一会议室\n", ""))
    assert "时间：2024年11月6日（星期三）下午2:30" not in alone.paragraphs
    # a heading that names a time, the date alone under it: its content
    timed = parkclean.clean(page.replace("一、会议安排\n时间：2024年11月6日（星期三）下午2:30\n地点：区行政中心三楼第一会议室\n",
                                         "一、会议时间\n2024年11月6日（星期三）14:30—17:30\n"))
    assert "2024年11月6日（星期三）14:30—17:30" in timed.paragraphs
