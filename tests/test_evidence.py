"""Evidence: the matcher, the line rules one by one (data-driven cases with negatives), the registry."""
import json
import random
import re
from pathlib import Path

import pytest

import parkclean
from parkclean.evidence import base, form, matcher
from parkclean.evidence.collect import collect
from parkclean.features import compute, compute_all
from parkclean.model import Label

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((Path(__file__).parent / "cases" / "rules.json").read_text(encoding="utf-8"))["cases"]


def _key(line):
    return parkclean.normalize.replay(line, ["spaces", "punct_fullwidth"])


def _form(key):
    ev = form.line_evidence(key, compute(key), matcher.matcher().scan([key])[0])
    return ev[0] if ev else None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:16])
def test_form_rules(case):
    line, label = case[0], case[1]
    d = _form(_key(line))
    assert (d.label.value if d else None) == label, d
    if len(case) > 2:
        assert d.rule == case[2]


def test_every_line_rule_has_a_case():
    named = {c[2] for c in CASES if len(c) > 2}
    fired = {d.rule for c in CASES if (d := _form(_key(c[0])))}
    assert set(base.LINE_RULES) <= named | fired, sorted(set(base.LINE_RULES) - named - fired)


def _corpus_keys():
    return [c.block.key for page in sorted((ROOT / "corpus").rglob("*.txt")) for c in parkclean.clean(page.read_bytes()).blocks]


@pytest.mark.skipif(matcher.matcher().backend != "hyperscan", reason="hyperscan not installed")
def test_backends_agree_on_every_corpus_line_and_on_shuffled_marker_lines():
    """Hyperscan (with its prefilter patterns) and Python's re find the same hits."""
    keys = _corpus_keys()
    rng = random.Random(7)
    words = [c[0] for c in CASES] + ["相关阅读", "上一篇：", "来源：", "2024-01-02", "图/", "  ", "【", "■ ", "12:30", "记者 张三"]
    for _ in range(4000):
        line = "".join(rng.sample(words, rng.randint(1, 3)))
        keys.append(rng.choice(["", "【", "■", "· ", "（", "\u3000", "#"]) + line[: rng.randint(1, 90)])
    pats = matcher.patterns()
    fast = matcher.Matcher(pats, "hyperscan").scan(keys)
    slow = matcher.Matcher(pats, "re").scan(keys)
    assert len(keys) > 9000 and sum(map(bool, fast)) > 1000
    for k, a, b in zip(keys, fast, slow):
        assert a == b, k


def test_every_pattern_compiles_for_both_backends_and_is_unique():
    pats = matcher.patterns()
    assert len({p.id for p in pats}) == len(pats) >= 50
    for p in pats:
        assert p.regex is not None and matcher.hyperscan_expression(p)


def test_the_compiled_matcher_is_cached_on_disk(tmp_path, monkeypatch):
    pytest.importorskip("hyperscan")
    monkeypatch.setenv("PARKCLEAN_CACHE", str(tmp_path))
    matcher.Matcher(matcher.patterns()[:5], "hyperscan")
    files = list(tmp_path.glob("matcher-*.hsdb"))
    assert len(files) == 1
    again = matcher.Matcher(matcher.patterns()[:5], "hyperscan")  # read from the cache
    assert again.scan(["版权所有 某某网"]) == matcher.Matcher(matcher.patterns()[:5], "re").scan(["版权所有 某某网"])


def test_the_cache_keeps_only_the_newest_compiled_matchers(tmp_path, monkeypatch):
    """Each change of the lexicons compiles a new matcher: the older ones go, a few are kept."""
    pytest.importorskip("hyperscan")
    import os
    monkeypatch.setenv("PARKCLEAN_CACHE", str(tmp_path))
    for k in range(6):  # stale files of earlier versions, oldest first
        old = tmp_path / f"matcher-{k:064x}.hsdb"
        old.write_bytes(b"stale")
        os.utime(old, (1000 + k, 1000 + k))
    matcher.Matcher(matcher.patterns()[:3], "hyperscan")
    left = sorted(f.name for f in tmp_path.glob("matcher-*.hsdb"))
    assert len(left) == matcher._CACHE_KEEP
    assert f"matcher-{5:064x}.hsdb" in left and f"matcher-{0:064x}.hsdb" not in left


def test_the_precedence_of_the_line_rules_with_logic_names_each_once():
    """form.PRECEDENCE orders every line rule that is not a lexicon marker, each once (a widget's
    words before the date on its line: 立即报名 2024-06-01 09:00 is a call to act)."""
    logic = [r for r in base.LINE_RULES if r not in {m.id for m in form.MARKERS}]
    assert sorted(form.PRECEDENCE) == sorted(logic) and len(set(form.PRECEDENCE)) == len(form.PRECEDENCE)
    ev = form.line_evidence("立即报名 2024-06-01 09:00", compute_all(["立即报名 2024-06-01 09:00"])[0],
                            matcher.matcher().scan(["立即报名 2024-06-01 09:00"])[0])
    assert ev[0].rule == "ad.call_to_action"


def test_every_rule_is_registered_once_with_a_label():
    assert len(base.LINE_RULES) >= 50 and len(base.PAGE_RULES) >= 10
    for rule_id, rule in base.LINE_RULES.items():
        assert rule.id == rule_id and isinstance(rule.label, Label)
    ids = base.ids()
    assert len(ids) == len(set(ids))


def test_a_rule_alone():
    rule = base.LINE_RULES["marker.filing"]
    assert rule("京ICP备11041399号-2", compute("京ICP备11041399号-2"))
    assert rule("网站须依法办理ICP备案手续。", compute("网站须依法办理ICP备案手续。")) is None


def test_a_page_rule_alone():
    keys = ["首页", "新闻", "首页", "新闻", "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。"]
    page = base.Page(keys, compute_all(keys), matcher.matcher().scan(keys), [None] * len(keys))
    found = base.PAGE_RULES["context.repeated"](page)
    assert sorted(i for i, _ in found) == [0, 1, 2, 3]
    assert all(e.label is Label.NAV and e.kind == "weak" for _, e in found)


def _page(keys):
    return base.Page(keys, compute_all(keys), matcher.matcher().scan(keys), [None] * len(keys))


def _found_after_forms(rule, keys):
    """What page rule ``rule`` finds on ``keys`` once the line rules have labelled them (the
    rules that read a date line's or a stamp's form label)."""
    feats = compute_all(keys)
    pe = collect(keys, feats)
    return list(base.PAGE_RULES[rule](base.Page(keys, feats, pe.hits, pe.form)))


def test_numbered_subheadings_repeated_in_each_section_are_not_a_menu():
    prose = "园区今年新引进项目四十个，总投资超过两百亿元，其中先进制造业项目占到七成。"
    keys = ["一、招商", "1、工作进展", prose, "2、下一步安排", prose + "续", "二、服务", "1、工作进展", prose + "再",
            "2、下一步安排", prose + "又", "首页", "首页"]
    found = [i for i, _ in base.PAGE_RULES["context.repeated"](_page(keys))]
    assert found == [10, 11]


def test_a_posters_signature_repeated_under_each_posts_rule_is_furniture():
    prose = "园区今年新引进项目四十个，总投资超过两百亿元，其中先进制造业项目占到七成。"
    keys = [prose, "__________________", "胶片不死，只是慢慢褪色。", "回复", prose + "续", "__________________",
            "胶片不死，只是慢慢褪色。", prose + "再", "--", "一句只出现一次的签名。"]
    assert [i for i, _ in base.PAGE_RULES["context.signature"](_page(keys))] == [2, 6]


def test_an_answers_heading_and_the_answering_units_fields_above_it_are_its_header():
    prose = "园区今年新引进项目四十个，总投资超过两百亿元，其中先进制造业项目占到七成。"
    keys = [prose, "答复部门：某某经开区科技创新局", "答复时间：2024-03-21 15:18", "答复内容：", prose + "续",
            "受理单位：市交通运输局", prose + "再", "处理结果显示，园区的答复内容：已经全部公开。"]
    assert [i for i, _ in _found_after_forms("context.answer_header", keys)] == [3, 1]


def test_a_subheading_the_pages_outline_repeats_stays_the_texts():
    prose = "园区今年新引进项目四十个，总投资超过两百亿元，其中先进制造业项目占到七成。"
    text = [prose, "前提条件", prose + "续", "常见问题", prose + "再"]
    outline = ["本页目录", "前提条件", "常见问题", "相关文档"]
    assert [i for i, _ in base.PAGE_RULES["context.repeated"](_page(text + outline))] == [6, 7]
    # one line of the text repeated in a list of other pages (a related headline) is no outline's
    related = [prose, "冷链仓储设施新增十五个", prose + "续", "热门推荐", "冷链仓储设施新增十五个", "高速五一实施交通管制"]
    assert [i for i, _ in base.PAGE_RULES["context.repeated"](_page(related))] == [1, 4]


_SHELL = ["docker stop web && docker rm web", "docker run -d -p 8080:80 \\", "  --name web \\",
          "  -e TZ=Asia/Shanghai nginx"]
_PROSE = "部署时先停掉旧的容器，再用下面的脚本启动新的容器，端口映射按实际情况修改即可。"
# a listing whose lines hold a web address in a string, a Chinese comment, a Chinese docstring, a
# Chinese dict key and a bare keyword: each is a line of the block
_PYTHON = ['BASE_URL = "https://www.example.cn/list_{}.html"', "def fetch(page):", '"""抓取单页企业名录"""',
           "rows = []", "for tr in soup.select('tr'):  # 跳过表头", "if not tr:", "continue", "rows.append({",
           '"企业名称": tds[0],', '"所属行业": tds[1],', "})", "return rows"]


@pytest.mark.parametrize("keys, expected", [
    ([_PROSE] + _SHELL + [_PROSE], [1, 2, 3, 4]),               # a listing under the text
    ([_PROSE, "if [ -f a ]; then echo ok && cd /tmp; export X=1 && ls -l; fi"], [1]),  # one joined line
    (["首页", "新闻"] + _SHELL + ["联系我们", "关于我们"], []),          # no prose near: not the article's
    ([_PROSE, "docker run nginx", _PROSE], []),                 # one short command is not a listing
    ([_PROSE, "Home", "News", "About us", "Contact", _PROSE], []),  # Latin menu words are not code
    (["列表页的地址直接拼接页码就行，代码如下：", "python", "运行", "复制"] + _PYTHON, list(range(4, 4 + len(_PYTHON)))),  # a lead-in, a code box's bar
    ([_PROSE, "Print with us", "Try our app", "Pass it on", _PROSE], []),  # English words that are keywords too
    ([_PROSE, ">>> import pandas as pd", ">>> df = pd.read_csv('a.csv')", ">>> print(len(df))", _PROSE], [1, 2, 3]),
    ([_PROSE, "1 import os", "2 import requests", "3 for url in urls:", "4 save(url)", _PROSE], [1, 2, 3, 4]),
    ([_PROSE, "server {", "listen 80;", "root /var/www;", "}", _PROSE], [1, 2, 3, 4]),  # its closing brace too
])
def test_layout_code(keys, expected):
    found = list(base.PAGE_RULES["layout.code"](_page(keys)))
    assert [i for i, _ in found] == expected
    assert all(e.kind == "keep" and e.label is Label.BODY for _, e in found)


_TALK = "大会由长三角数字经济产业园区合作联盟主办，议程如下，如有调整以现场发布为准。"
_WHEN = "发布时间：2024-04-02 来源：大会组委会"


@pytest.mark.parametrize("keys, expected", [
    ([_WHEN, "08:30-09:00 嘉宾签到", "09:00-09:10 开幕致辞 王立群", "下午 分论坛", "4月18日（星期四）",
      "14:00—14:30 主旨报告：园区数字化", "14:30～15:00 茶歇"], [1, 2, 3, 4, 5, 6]),   # headings between the items
    ([_WHEN, "11月13日（星期三）", "10:00—18:00 参展商报到", "11月14日（星期四）", "09:00—09:40 开幕式", "09:40—12:00 嘉宾巡馆",
      "14:00—17:30 2024新能源汽车产业论坛", "16:00 闭幕、撤展", "网友 2024-11-14 10:03"], [1, 2, 3, 4, 5, 6, 7]),  # the day
    # over the first item, a year before the item's words, the last item at a time; a commenter's stamp after is none
    ([_WHEN, "6月16日（星期日）", "上午 9:00—11:30 语文", "下午 15:00—17:00 物理、化学（合卷）", "6月17日（星期一）",
      "上午 9:00—11:00 数学"], [1, 2, 3, 4, 5]),  # an exam's timetable: the half of the day before each span
    ([_WHEN, "08:30-09:00 嘉宾签到", "09:00-09:10 开幕致辞"], []),               # two items are not a schedule
    ([_WHEN, "张三 2024-05-12 10:03", "李四 2024-05-12 10:15", "王五 2024-05-12 11:20"], []),  # stamps, not spans
    ([_WHEN, "08:30-09:00 嘉宾签到", "09:00-09:10 开幕致辞", _TALK, "09:10-09:20 致辞"], []),  # a sentence splits them
    ([_WHEN, _TALK, "节目单", "06:00-07:00 朝闻天下", "07:00-07:30 新闻早报", "12:00-12:30 午间新闻"], []),  # a guide
    (["首页 | 新闻 | 直播", "今日直播", "09:00-10:00 招商推介会", "10:00-11:00 园区访谈", "14:00-15:00 政策解读"], []),
])
def test_layout_schedule(keys, expected):
    found = _found_after_forms("layout.schedule", keys)
    assert sorted(i for i, _ in found) == expected
    assert all(e.kind == "keep" and e.label is Label.BODY for _, e in found)


@pytest.mark.parametrize("keys, expected", [
    ([_TALK, "园区基本数据", "园区面积", "128平方公里", "入驻企业", "3560家", "高新技术企业", "1048家", "实际使用外资",
      "8.6亿美元", _TALK], list(range(2, 10))),                                    # four pairs under their heading
    ([_TALK, "园区基本数据", "入驻企业", "3560家", "高新技术企业", "1048家", _TALK], []),  # two pairs are no table
    ([_TALK, "注册会员", "35600人", "今日新增", "128人", "在线用户", "1048人", "版权所有 某某网"], []),  # a widget
    ([_TALK, "招商热线", "0731-84001888", "邮编", "410100", "传真", "0731-84001777", _TALK], []),  # a contact block
    ([_TALK, "首页", "2024", "新闻", "2023", "关于", "2022", _TALK], []),           # years in a menu: no units
    ([_TALK, "用料", "五花肉", "500克", "冰糖", "25克", "生姜", "4片", "黄酒", "80毫升", _TALK], list(range(2, 10))),  # a recipe's
])
def test_layout_figures(keys, expected):
    found = list(base.PAGE_RULES["layout.figures"](_page(keys)))
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.BODY for _, e in found)


def test_a_schedule_item_is_not_a_date_line():
    hits = matcher.matcher().scan(["09:00-09:10 开幕致辞 王立群", "2024-05-12 10:03"])
    assert base.LINE_RULES["meta.date_line"]("09:00-09:10 开幕致辞 王立群", compute("09:00-09:10 开幕致辞 王立群"), hits[0]) is None
    assert base.LINE_RULES["meta.date_line"]("2024-05-12 10:03", compute("2024-05-12 10:03"), hits[1]) is not None


def test_marker_needs_short_line():
    long = "版权所有" + "，园区内企业登记版权作品三千余件，版权交易额持续增长" * 8 + "。"
    assert base.LINE_RULES["marker.copyright"](long, compute(long)) is None


def test_a_line_may_carry_several_pieces_of_evidence_in_precedence_order():
    keys = ["当前位置：首页 > 新闻", "版权所有 某某网"]
    pe = collect(keys, compute_all(keys))
    assert [e.rule for e in pe.lines[0]] == ["marker.breadcrumb", "breadcrumb.trail"]
    assert [e.rule for e in pe.lines[1]] == ["marker.copyright", "marker.copyright_any"]


def test_labels_doc_names_every_rule():
    """docs/labels.md lists every evidence id under its label."""
    doc = (ROOT / "docs" / "labels.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", doc))
    assert set(base.ids()) - named == set()


def test_a_rule_never_fires_without_the_shapes_it_needs():
    """``needs`` lets the rules be skipped on a line without the shapes: it must be a real
    precondition of each rule."""
    keys = _corpus_keys()[:6000]
    feats = compute_all(keys)
    hits = matcher.matcher().scan(keys)
    needy = [r for r in base.LINE_RULES.values() if r.needs]
    assert len(needy) >= 8
    for r in needy:
        for k, f, h in zip(keys, feats, hits):
            if not any(n in h for n in r.needs):
                assert r.check(k, f, h) is None, (r.id, k)


@pytest.mark.skipif(matcher.matcher().backend != "hyperscan", reason="hyperscan not installed")
def test_a_cache_file_that_cannot_be_read_is_compiled_again(tmp_path, monkeypatch):
    """A cache folder of another user (HOME kept under sudo): reading it fails, the matcher compiles."""
    import pathlib
    monkeypatch.setenv("PARKCLEAN_CACHE", str(tmp_path))
    exprs = ("园区", "^[首]页")
    matcher._database(exprs)  # writes the cache file
    assert list(tmp_path.glob("matcher-*.hsdb"))
    real = pathlib.Path.read_bytes

    def denied(self):
        if self.suffix == ".hsdb":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(pathlib.Path, "read_bytes", denied)
    db = matcher._database(exprs)
    found = []
    db.scan("首页 园区".encode("utf-8"), match_event_handler=lambda k, *a: found.append(k))
    assert sorted(set(found)) == [0, 1]


def test_a_numbered_subheading_is_not_a_headline_with_a_thread_tag():
    """[求助] 标题 repeats the page title without its tag; （一）产业园区 is a numbered subheading, and
    the paragraph above it stays the article's."""
    p1 = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"
    p2 = "园区相关负责人表示，下一步将继续优化营商环境，做好项目服务保障工作，推动更多项目早开工。"
    page = "\n".join(["产业园区建设情况通报 - 某某高新区", "首页 > 通知公告", "2024-05-01 来源：某某网", p1,
                      "（一）产业园区", p2, "（二）招商引资", p2 + "续"])
    r = parkclean.clean(page)
    assert p1 in r.paragraphs and "（一）产业园区" in r.paragraphs
    keys = ["新房装修完晾了四个月 - 某某论坛", "[求助] 新房装修完晾了四个月", "发表于 2024-5-12 21:33"]
    found = dict(base.PAGE_RULES["title.page_title"](_page(keys)))
    assert found[1].rule == "title.repeats_page_title"


def test_a_one_part_title_repeated_as_an_exclaiming_headline_is_the_headline():
    """A WeChat page's title has no site after it and exclaims (一季度签约32个！某某跑出“加速度”): the
    line repeating it reads as prose, and is still the headline."""
    head = "一季度签约项目32个、总投资218亿元！某某经开区招商引资跑出“加速度”"
    keys = [head, "某某经开区", "原创 某某 某某经开区 2024-04-08 19:05", head, "春风送暖，项目正忙。4月8日，记者从某某经开区获悉。"]
    found = dict(base.PAGE_RULES["title.page_title"](_page(keys)))
    assert 3 in found and found[3].rule == "title.repeats_page_title"


def test_a_share_script_or_an_english_footer_after_the_article_is_no_code_listing():
    p = ["园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。",
         "园区相关负责人表示，下一步将继续优化营商环境，做好项目服务保障工作，推动更多项目早开工。"]
    head = ["首页 | 新闻 | 政务", "园区建设全面提速", "发布时间：2024-05-01 来源：某某网"]
    script = ["分享到：", "window._bd_share_config = {", '"common": {"bdSnsKey": {}, "bdText": ""},', '"share": {}',
              "};", 'with(document)0[(getElementsByTagName("head")[0]||body)].src="http://bdimg.example.com/share.js"];']
    footer = ["Copyright © 2024 Hi-Tech Zone. All rights reserved. Please contact us before you print or reuse.",
              "Best viewed in Chrome or Edge; if the page looks broken, try refreshing.",
              "Address: No. 1 Road, Tel: 0731-88888888 for public service enquiries."]
    for tail in (script, footer):
        r = parkclean.clean("\n".join(head + p + tail + ["版权所有 某某网"]))
        assert r.paragraphs == tuple(p), tail[0]


_ITEM = ["鹭川片区举办跨境金融服务推介会 23家企业获授信", "片区管委会与投资推广署签署战略合作协议",
         "鹭川片区前5个月新增外资企业86家", "首单保税维修业务在鹭川片区落地"]


@pytest.mark.parametrize("keys, expected", [
    (["自贸动态", _ITEM[0], "2025-06-18", _ITEM[1], "2025-06-12", _ITEM[2], "2025-06-06", "共 286 条记录"], [1, 3, 5]),
    # a search's results: headline, excerpt, date line with the site and section
    (["找到约 1,342 条结果", _ITEM[0], _TALK, "2024-12-03 某某新闻网 > 园区", _ITEM[1], _TALK + "再",
      "2024-11-19 某某新闻网 > 园区", _ITEM[2], _TALK + "又", "2024-11-08 某某新闻网 > 评论"], [1, 2, 4, 5, 7, 8]),
    (["园区动态", _ITEM[0], "2025-06-18", _TALK, _ITEM[1], "2025-06-12", _ITEM[2], "2025-06-06", _TALK + "再",
      "共 286 条记录"], [1, 3, 4, 6, 8]),                                      # a column's index: excerpts under some dates
    (["园区动态", _ITEM[0], _TALK, "2025-06-18", _ITEM[1], "2025-06-12", _ITEM[2], _TALK + "再", "2025-06-06",
      "共 286 条记录"], [1, 2, 4, 6, 7]),                                      # … or excerpts above some dates
    (["自贸动态", _ITEM[0], "2025-06-18", _ITEM[1], "2025-06-12", _TALK], []),     # two items are no list
    ([_TALK, "08:30 嘉宾签到", "2025-06-18", "09:00 开幕致辞", "2025-06-18", _TALK + "。"], []),  # not headline-shaped
    ([_WHEN, _TALK, _TALK + "再", _TALK + "又", "2025-06-18"], []),                 # an article over its date
    ([_TALK, _TALK + "再", _ITEM[0], "2012年8月19日", _ITEM[1], "2015年6月3日", _ITEM[2], "2020年12月28日", _TALK + "又"],
     []),                                                                     # the text's own timeline
])
def test_context_dated_list(keys, expected):
    found = _found_after_forms("context.dated_list", keys)
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.RELATED for _, e in found)


@pytest.mark.parametrize("line, tools", [
    ("我来说两句(58) 复制链接 打印 大 中 小", True),   # tool words among other interface words and a count
    ("【打印本页】【关闭窗口】", True),
    ("我来说两句 发表评论", False),                    # interface words, but no page tool among them
    ("打印机 复制 粘贴", False),                        # not every word is an interface word
    ("分享LINE复制连结列印字级", True),                 # the words glued together, no space between
    ("打印机复制粘贴", False),                          # glued, but not all interface words
])
def test_tool_bar_with_other_interface_words(line, tools):
    assert (base.LINE_RULES["tools.bar"](line, compute(line), frozenset()) is not None) is tools


_ROWS = ["地区生产总值（亿元） | 865.3 | 8.1", "规上工业增加值（亿元） | 412.6 | 11.2", "固定资产投资（亿元） | — | 9.4",
         "进出口总额（亿元） | 412.8 | 6.9"]


@pytest.mark.parametrize("keys, expected", [
    ([_TALK, "主要经济指标", "指标 | 绝对值 | 同比增长（%）"] + _ROWS + [_TALK + "。"], [2, 3, 4, 5, 6]),  # header and rows
    ([_TALK, "指标 | 绝对值 | 同比增长（%）"] + _ROWS[:2] + [_TALK], []),           # two rows are no table
    (["首页 | 行情 | 数据"] + ["上证指数 | 3050.12 | +0.5%", "深证成指 | 9876.54 | -0.3%", "创业板指 | 1888.1 | 0.8%"], []),
    ([_TALK] + _ROWS + [_TALK], []),                                           # no header row: a ticker's look
    ([_TALK, "名称 | 最新价 | 涨跌幅", "上证指数 | 3050.12 | +0.5%", "深证成指 | 9876.54 | -0.3%",
      "创业板指 | 1888.1 | 0.8%", "版权所有 某某网"], []),                           # a ticker after the text
    ([_TALK, "首页 | 新闻 | 园区", "关于我们 | 联系我们 | 网站地图", "电话 | 传真 | 邮编", "招商 | 服务 | 政策"], []),  # menus
])
def test_layout_table(keys, expected):
    found = list(base.PAGE_RULES["layout.table"](_page(keys)))
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.BODY for _, e in found)


def test_a_table_row_ending_in_a_decimal_is_no_dated_item():
    for row in _ROWS:
        assert _form(_key(row)) is None or _form(_key(row)).rule != "related.dated_item", row
    item = "园区签约项目一览 2014/03/19"
    assert _form(_key(item)).rule == "related.dated_item"


_SAY = "站外乘公交到古镇，二十分钟左右，车次很多，不用担心赶不上，行李多的话也可以打车。"


@pytest.mark.parametrize("keys, expected", [
    ([_SAY, "10:00 抵达高铁站", _SAY, "14:00 逛老街", _SAY + "再", "19:30 夜游廊桥", _SAY + "又"], [1, 3, 5]),
    ([_SAY, "10:00 抵达高铁站", _SAY, "14:00 逛老街", _SAY + "再"], []),                    # two are no programme
    (["滚动新闻", "09:12 园区召开项目推进会", "09:30 高新区新增企业十家", "10:05 经开区签约三个项目", _SAY], []),  # a ticker
])
def test_layout_timed_items(keys, expected):
    found = _found_after_forms("layout.timed_items", keys)
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.BODY for _, e in found)


@pytest.mark.parametrize("keys, expected", [
    ([_SAY, "【时间轴】", "00:48 陈某的第一次招商经历", "06:15 2010年前后的招商", "13:40 为什么最怕纸面签约", _SAY], [2, 3, 4]),
    ([_SAY, "12:05 第一章 园区的起点", "27:05 应用场景成了新的招商筹码", "41:10 从招商到安商", _SAY], [1, 2, 3]),  # no clock shows 27:05
    (["滚动新闻", "09:12 园区召开项目推进会", "09:30 高新区新增企业十家", "10:05 经开区签约三个项目", _SAY], []),  # times of day
    (["即时新闻", "00:12 园区召开项目推进会", "23:30 高新区新增企业十家", "22:05 经开区签约三个项目", _SAY], []),  # newest first
    ([_SAY, "00:48 陈某的第一次招商经历", "06:15 2010年前后的招商", _SAY], []),                        # two are no chapters
    ([_SAY, "00:00", "58:12", "01:10 开场白", _SAY], []),                                           # a player's times
])
def test_layout_chapters(keys, expected):
    found = _found_after_forms("layout.chapters", keys)
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.BODY and e.kind == "keep" for _, e in found)


@pytest.mark.parametrize("keys, expected", [
    (["楼主", "发表于 2024-2-26 21:07", _SAY, "回复", "老张", "沙发", "发表于 2024-2-26 21:35", _SAY + "再"], [5]),
    ([_SAY, "沙发", _SAY + "再", "地板", _SAY + "又"], []),            # a furnishing guide's subheadings
    ([_SAY, "2F", _SAY + "再", "3F", _SAY + "又"], []),                # a mall guide's floors
])
def test_context_floor(keys, expected):
    found = _found_after_forms("context.floor", keys)
    assert [i for i, _ in found] == expected
    assert all(e.label is Label.COMMENTS and e.kind == "heading" for _, e in found)


_PARA = "2023年，沁河全县规上工业增加值中，煤炭及相关产业占比超过六成，转型任务十分紧迫。"


@pytest.mark.parametrize("keys, expected", [
    ([_PARA, "广告", "国产新款SUV限时直降3万，到店再送五年保养", "×", _PARA + "再"], [2]),          # up to its close mark
    ([_PARA, "广告", "国产新款SUV限时直降3万，到店再送五年保养", "立即咨询", _PARA + "再"], [2]),  # over its button
    ([_PARA, "广告", "家里有老人的注意了！", "这种床垫睡一晚就知道差别", "点击查看更多", _PARA + "再"], [2, 3]),
    ([_PARA, "广告", _PARA + "又" * 30, "立即咨询", _PARA + "再"], []),   # a paragraph is no ad's text
    ([_PARA, "广告", _PARA + "再", _PARA + "又"], []),                     # no close mark, no button
    ([_PARA, "广告", "下一步，高新区将持续优化营商环境，推动项目早落地。", "分享到："], []),  # a sentence over the share bar
    ([_PARA, "【产品推荐】园区贷", "额度：单户最高3000万元", "期限：最长5年，支持随借随还", "对象：园区内的中小微企业",
      "咨询热线：96868 立即申请", _PARA + "再"], [2, 3, 4]),                   # a product's card, down to its hotline
    ([_PARA, "【产品推荐】园区贷", _PARA + "又", "咨询热线：96868", _PARA + "再"], []),  # a sentence over a hotline
])
def test_context_ad_slot(keys, expected):
    found = _found_after_forms("context.ad_slot", keys)
    assert sorted(i for i, e in found if e.reason.startswith("text of an ad slot")) == expected


@pytest.mark.parametrize("keys, expected", [
    ([_PARA, "东区标准厂房现面向社会公开招租，欢迎垂询！", "招商热线：0597-88265510", _PARA + "再"], [1]),  # an ad's words
    ([_PARA, "【人才招聘】", "新基地现面向社会招聘数控装调工、电气工程师等岗位", "简历投递：hr@example.com 咨询电话：0512-66283310",
      _PARA + "再"], [1, 2]),                                                # a job ad, its heading in brackets
    ([_PARA, "【投资某某·共赢未来】", "招商热线：0597-88265510", _PARA + "再"], [1]),  # a heading over the hotline
    ([_PARA, "【政策解读】", _PARA + "再"], []),                              # a section's heading over text
    ([_PARA, "【商会入会咨询】", "欢迎在临溪创业发展的浙江籍企业家加入商会大家庭", "秘书处电话:0731-28816610", _PARA + "再"],
     [1, 2]),                                                                # a call to join, its heading, its phone
    ([_PARA, "欢迎更多优质企业加入园区，共享发展机遇。", _PARA + "再"], []),      # a sentence, no contact beside it
    ([_PARA, "咨询热线：0513-80962277", "三、配套：企业拎包入驻", _PARA + "再"], []),  # the text's next section
    ([_PARA, "园区决定面向社会公开招聘工作人员10名，现将有关事项公告如下。", "联系电话：0597-88265510"], []),  # a sentence
])
def test_context_ad_by_hotline(keys, expected):
    found = _found_after_forms("context.ad_by_hotline", keys)
    assert sorted(i for i, _ in found) == expected


def test_a_heading_in_brackets_ends_the_list_under_a_lead_in():
    rows = ["1 汀川港综合物流园 62.0 汀川港经济开发区", "2 高端数控机床产业基地 35.0 汀川高新区"]
    found = _found_after_forms("layout.lead_in", [_PARA, "一季度部分重点签约项目如下：", *rows, "【投资汀川】", "招商热线：0597-88265510"])
    assert [i for i, _ in found] == [2, 3]


_ROWS = ["1 机电工程学院 机电2201 张子涵", "2 机电工程学院 机电2202 刘思远", "3 信息工程学院 软件2201 李沐阳",
         "4 经济管理学院 会计2201 吴静怡"]


@pytest.mark.parametrize("keys, expected", [
    (["各二级学院：", _TALK, "一、校级“三好学生”名单(4人)", "序号 学院 班级 姓名", *_ROWS, "学生工作处"], [3, 4, 5, 6, 7]),
    (["各二级学院：", _TALK, "获奖名单如下：", "序号\t学院\t班级\t姓名", *_ROWS], [3, 4, 5, 6, 7]),   # tabs, under a lead-in
    (["首页 新闻 园区 服务", "序号 学院 班级 姓名", *_ROWS], []),                  # under a menu: no line of the text
    ([_TALK, "序号 学院 班级 姓名", _ROWS[0], _ROWS[2], _ROWS[1], _ROWS[3]], []),    # not numbered in order
    ([_TALK, "序号 学院 班级 姓名", *(r + " 班长" for r in _ROWS)], []),             # rows wider than the header
    # under its caption, with rows across it between groups, a row whose cells ran together, and a totals row
    ([_TALK, "某某市2024年重点项目计划表（单位：亿元）", "序号 项目名称 建设地点 总投资", "一、制造业项目（2个）",
      "1 储能电池生产基地 经开区 86.0", "2 铜箔新材料项目 经开区 45.2", "二、基础设施项目（2个）", "3 输变电工程（4座）高新区 18.9",
      "4 北部水厂工程 青石区 21.4", "合计 171.5", _TALK + "再"], [2, 3, 4, 5, 6, 7, 8, 9]),
    ([_TALK, "某某市2024年重点项目计划", "序号 项目名称 建设地点 总投资", "1 储能电池生产基地 经开区 86.0", "2 铜箔新材料项目 经开区 45.2",
      "3 输变电工程 高新区 18.9"], []),                                             # under a headline, not a caption
])
def test_layout_numbered_table(keys, expected):
    found = _found_after_forms("layout.numbered_table", keys)
    assert [i for i, _ in found] == expected


_INGREDIENTS = ["五花肉 600克", "冰糖 25克", "生姜 1小块", "生抽 2汤匙", "开水 适量"]


def test_a_list_of_quantities_inside_the_text_is_the_texts_and_a_price_box_is_not():
    keys = [_TALK, _TALK + "再", "用料", *_INGREDIENTS, "做法", "hongshaorou_step1.jpg", _TALK + "又"]
    assert [i for i, _ in _found_after_forms("layout.quantities", keys)] == [3, 4, 5, 6, 7]
    # a box of prices beside the text: no paragraph under it
    prices = ["首页 菜谱 菜单", "今日特价", "五花肉 26元", "排骨 38元", "鸡翅 19元", "牛腩 58元", "网站地图 联系我们"]
    assert _found_after_forms("layout.quantities", [_TALK, *prices]) == []
    assert _found_after_forms("layout.quantities", [_TALK, "用料", *_INGREDIENTS[:3], "做法", _TALK + "又"]) == []  # (three: too few)
    # amounts in words, a note in brackets after the amount
    spelled = ["老抽 半汤匙", "土豆 2个（约400克）", "姜 一小块", "清水 没过排骨即可"]
    found = _found_after_forms("layout.quantities", [_TALK, "用料", *spelled[:3], "盐 适量", "做法", _TALK + "又"])
    assert [i for i, _ in found] == [2, 3, 4, 5]


def test_a_ranking_box_after_the_article_is_no_numbered_table():
    ranking = ["排名 标题 点击", *(f"{k} 园区今年新开工项目{k}个 {2356 - k}" for k in range(1, 6)), "网站地图 | 联系我们"]
    assert _found_after_forms("layout.numbered_table", [_TALK, _TALK + "再", *ranking]) == []
    between = [_TALK, *ranking[:-1], _TALK + "又"]   # between two sentences of the text: the text's table
    assert [i for i, _ in _found_after_forms("layout.numbered_table", between)] == [1, 2, 3, 4, 5, 6]


def test_a_table_drawn_in_ascii_is_the_texts_and_its_borders_are_drawing():
    border = "+------+------------------------+------+"
    rows = [f"| {k} | 白沙第{k}精密制造有限公司 | {100 + k} |" for k in range(1, 5)]
    keys = [_TALK, border, "| 序号 | 企业名称 | 金额（万元） |", border, *rows, border, "| | 合计 | 410 |", border, _TALK + "再"]
    found = _found_after_forms("layout.table", keys)
    assert [i for i, _ in found] == [2, 4, 5, 6, 7, 9]   # header, rows and the total row, not the borders
    forms = collect(keys, compute_all(keys)).form
    assert {forms[k].rule for k in (1, 3, 8, 10)} == {"boilerplate.symbols"}
    assert forms[0] is None and _found_after_forms("layout.table", [_TALK, border, *rows[:2], border, _TALK]) == []


@pytest.mark.parametrize("lead, listed", [
    ("此次新认定的15个集群分别是：", True),     # one clause announcing a list: its items are the text's
    ("入选企业名单：", True),
    ("今年园区的重点工作主要有：", True),
    ("获奖名单如下（排名不分先后）：", True),   # a note in brackets before the colon
    ("各有关企业（单位）：", False),
    ("各有关企业：", False),                    # a salutation announces no list
    ("联系人：", False),
])
def test_a_short_line_announcing_a_list_opens_its_items(lead, listed):
    items = [f"{k}.园区第{k}个特色产业集群" for k in range(1, 6)]
    found = _found_after_forms("layout.lead_in", [_TALK, lead, *items, _TALK + "再"])
    assert ([i for i, _ in found] == [2, 3, 4, 5, 6]) is listed


def test_another_storys_head_after_the_articles_closing_lines_ends_the_article():
    """A feed that loads the next story below: the article's editor, share bar and pager, then
    another headline over a dated byline. The article ends at its first closing line; the
    decision does not carry the run into the next story."""
    p1 = "临港经开区一季度新签约项目二十三个，协议总投资一百八十六亿元，先进制造业项目占比超过七成。"
    p2 = "项目落地快，离不开服务跟得上。今年以来，经开区推行拿地即开工改革，项目平均开工时间缩短一半。"
    q1 = "走进云溪科技城智能制造产业园，一排排标准厂房整齐排列，不少企业已经开始安装生产设备。"
    q2 = "截至目前，云溪科技城已建成标准厂房八十六万平方米，入驻企业两百一十四家，去年新入驻五十三家。"
    head = ["临港经开区一季度新签约项目23个", "2024-04-16 09:12:05 来源：临港日报 作者：梁静"]
    tail = ["（责任编辑：梁静）", "分享到：微信 微博 QQ空间", "下一篇", "正在加载下一篇……", "云溪科技城：标准厂房让中小企业当年投产",
            "2024-04-15 16:40:02 来源：云溪日报 作者：何宇"]
    keys = head + [p1, p2] + tail + [q1, q2]
    found = _found_after_forms("context.next_article", keys)
    assert [(i, e.kind) for i, e in found] == [(4, "end")]
    r = parkclean.clean("\n".join(keys))
    assert r.paragraphs == (p1, p2)
    # the next story's byline opening with its source (a source line, not a meta one), under a 继续阅读 label
    sourced = [*tail[:3], "继续阅读", tail[4], "来源：云溪日报 作者：何宇 发布时间：2024-04-15 16:40"]
    assert [(i, e.kind) for i, e in _found_after_forms("context.next_article", head + [p1, p2] + sourced + [q1, q2])] \
        == [(4, "end")]
    # a headline and a byline straight after the paragraphs (no closing lines between): nothing ends
    assert _found_after_forms("context.next_article", head + [p1, p2] + tail[4:] + [q1, q2]) == []
    # a picture's credit closes no article: a digest's next item goes on
    assert _found_after_forms("context.next_article", head + [p1, p2, "（张明 摄）"] + tail[4:] + [q1, q2]) == []
    # a list of dated headlines has no article above it
    items = [x for k in range(4) for x in (f"园区第{k + 1}批项目集中签约仪式举行", f"2024-05-0{k + 1} 来源：某某日报")]
    assert _found_after_forms("context.next_article", ["首页", "下一篇"] + items) == []


def test_a_pager_naming_the_next_article_under_the_text_ends_it_and_a_gallerys_pager_does_not():
    """上一篇：某某 under the last paragraph (its share bar and tools between) ends the article: a
    leader's profile box below is not its text. A gallery's 上一张 names no article; a pager with
    no paragraph above it (over the headline) ends nothing."""
    p1 = "3月26日，县长主持召开县政府第38次常务会议，研究部署春耕备耕和重点项目建设等工作。"
    p2 = "会议强调，要牢牢把握春耕备耕关键时节，抓好农资调运、农技服务和农田水利设施建设。"
    profile = "某某，男，汉族，1975年9月生，研究生学历，现任县委副书记、县人民政府县长、党组书记。"
    head = ["县政府召开第38次常务会议", "发布时间：2024-03-26 17:42 来源：县政府办"]
    tail = ["分享到：微信 微博 QQ空间", "【打印此页】【关闭窗口】", "上一篇：县召开一季度重点项目集中开工动员会",
            "下一篇：县政府党组召开理论学习中心组学习会议", "领导之窗", "县长", "某某", profile]
    found = _found_after_forms("context.pager_end", head + [p1, p2] + tail)
    assert [(i, e.kind) for i, e in found] == [(6, "end")]
    assert parkclean.clean("\n".join(head + [p1, p2] + tail)).paragraphs == (p1, p2)
    gallery = head + [p1, "上一张 下一张", "上一张：园区夜景航拍全貌", p2]
    assert _found_after_forms("context.pager_end", gallery) == []
    assert _found_after_forms("context.pager_end", ["首页", tail[2], tail[3]] + head + [p1, p2]) == []


def test_a_headline_led_by_its_place_under_a_profiles_field_is_the_headline_not_a_field():
    """某某镇：… over its byline, right under a township profile's last field (办公时间：…), is the
    headline: a place before the colon labels no field. A field between byline lines stays one."""
    profile = "某某镇位于县城东南部，距县城38公里，总面积186平方公里，辖12个行政村，盛产高山蔬菜和茶叶。"
    p1 = "眼下正值高山错季蔬菜上市时节，在某某镇白岩村蔬菜基地，村民们正忙着采摘辣椒、豇豆。"
    keys = ["乡镇概况", profile, "镇长：某某", "办公时间：周一至周五 上午8:30-12:00 下午14:30-17:30",
            "某某镇：300亩高山错季蔬菜喜获丰收", "来源：某某镇 作者：某某 发布时间：2024-07-23 15:30", p1]
    assert [i for i, e in _found_after_forms("title.before_meta", keys) if e.rule == "title.before_meta"] == [4]
    fields = ["园区召开安全生产工作会议", "发布时间：2024-07-23", "分类：通知", "来源：某某园区管委会", p1]
    assert [i for i, e in _found_after_forms("title.before_meta", fields) if e.rule == "title.before_meta"] == [0]


def test_a_headline_ending_in_a_short_note_in_brackets_is_a_headline():
    p1 = "汶溪经济开发区位于汶溪市东部，规划面积68.5平方公里，距高铁站15分钟车程，区位优势明显。"
    for head, expected in (("汶溪经济开发区投资指南（2024版）", [0]), ("园区新厂房开工（图）", [0]),
                           ("园区新厂房已经开工。（图）", [])):
        keys = [head, "发布日期：2024-01-08 来源：投资促进局 浏览量：3926", p1]
        assert [i for i, e in _found_after_forms("title.before_meta", keys) if e.rule == "title.before_meta"] == expected


def test_the_headline_over_the_byline_wins_over_a_menu_item_over_a_documents_table_of_properties():
    p1 = "5月21日下午，某某区召开二季度重点项目推进调度会，通报1至4月全区重点项目建设进展情况。"
    table = ["索引号：11360105MB1K2873XQ/2024-01562 发布机构：某某区发展和改革委员会", "成文日期：2024-05-21 发布日期：2024-05-22"]
    keys = ["政府信息公开年报", "依申请公开", *table, "某某区召开二季度重点项目推进调度会", "发布时间：2024-05-22 09:14 浏览次数：417", p1]
    assert [i for i, e in _found_after_forms("title.before_meta", keys) if e.rule == "title.before_meta"] == [4]
    alone = ["政府信息公开年报", "某某区召开二季度重点项目推进调度会", *table, p1]  # (no byline under the table: its headline)
    assert [i for i, e in _found_after_forms("title.before_meta", alone) if e.rule == "title.before_meta"] == [1]



def test_a_company_card_between_paragraphs_is_furniture_and_a_list_in_the_text_is_not():
    """企业名片 over a name, fields and 查看企业详情 >: the whole card is furniture, the paragraphs
    around it the text. Fields without the card's frame, or a frame around sentences, are not a card."""
    p1 = "6月3日，某某动力科技有限公司年产5000台氢燃料电池电堆自动化生产线在经开区新能源产业园正式投产。"
    p2 = "经开区自2021年起布局氢能产业，目前已集聚制氢装备、储氢瓶、燃料电池系统及整车应用等上下游企业14家。"
    card = ["企业名片+ 关注", "某某动力科技有限公司", "成立日期：2019-08-16", "注册资本：12000万元",
            "所属行业：电气机械和器材制造业", "查看企业详情 >"]
    keys = ["经开区首条电堆自动化产线投产", "2024-06-04 来源：某某新闻网", p1] + card + [p2]
    assert [i for i, _ in _found_after_forms("context.card", keys)] == list(range(3, 9))
    assert parkclean.clean("\n".join(keys)).paragraphs == (p1, p2)
    assert _found_after_forms("context.card", keys[:3] + card[1:5] + [p2]) == []           # no heading, no link
    told = ["企业名片", "该公司今年新招一线员工300人，当天就有60多人达成初步意向。", "注册资本：12000万元",
            "成立日期：2019-08-16", "查看企业详情 >"]
    assert _found_after_forms("context.card", keys[:3] + told + [p2]) == []               # a sentence inside: no card


def test_the_line_under_a_byline_fields_label_alone_is_its_value():
    """来源： / 某某日报 and 作者： / 张三 in two blocks: the value lines are the fields' values, and
    metadata reads them; a salutation's line, a field with its own colon and a sentence are not."""
    p1 = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。"
    keys = ["首页 > 新闻中心", "园区一季度经济运行情况发布", "发布时间：", "2024-04-16 09:30", "来源：", "某某日报",
            "作者：", "张三", p1]
    found = [(i, e.label) for i, e in _found_after_forms("context.field_value", keys)]
    assert (5, Label.SOURCE) in found and (7, Label.META) in found
    m = parkclean.clean("\n".join(keys)).metadata
    assert m.source == "某某日报" and m.authors == ("张三",) and m.published == "2024-04-16T09:30"
    others = ["各有关单位：", "园区将召开年度工作会议", "来源：", "电话：0571-12345678", "作者：", p1]
    assert _found_after_forms("context.field_value", others) == []


def test_a_schedule_table_of_spaced_cells_under_a_lead_in_is_the_texts():
    """具体安排如下： over 环节 时间 地点 and rows with dates: the rows are the table's, not
    timestamps. Without the lead-in, or with a row of another width, no table."""
    p1 = "考试采取笔试和面试相结合的方式，笔试、面试成绩各占50%。具体安排如下："
    rows = ["环节 时间 地点", "资格初审 2024年5月28日至5月30日 开发区党政办公室", "笔试 2024年6月8日上午9:00-11:00 某某市第二中学",
            "面试 2024年6月15日 开发区管委会三楼会议室"]
    p2 = "笔试内容为公共基础知识和岗位相关专业知识，不指定考试用书，根据笔试成绩从高到低确定面试人选。"
    keys = ["四、考试", p1, *rows, p2]
    assert [i for i, _ in _found_after_forms("layout.spaced_table", keys)] == [2, 3, 4, 5]
    kept = parkclean.clean("\n".join(["某某开发区公开招聘编外工作人员公告", *keys])).paragraphs
    assert kept[kept.index(p1) + 1:kept.index(p2)] == tuple(rows)
    assert _found_after_forms("layout.spaced_table", ["四、考试", p1.rstrip("具体安排如下："), *rows, p2]) == []
    assert _found_after_forms("layout.spaced_table", ["四、考试", p1, rows[0], rows[1], "笔试 2024年6月8日", p2]) == []


def test_a_table_of_figures_under_its_caption_with_group_rows_is_the_texts():
    """表1 … over 指标 9月增速(%) 1—9月增速(%), rows of figures, a group's name across the table
    (按经济类型分) between them. Without the caption (a sentence above), no table."""
    p1 = "1—9月，全市规模以上工业增加值同比增长7.8%，增速比上半年加快0.4个百分点。"
    rows = ["表1 2024年1—9月全市规模以上工业增加值增速", "指标 9月增速(%) 1—9月增速(%)", "规模以上工业增加值 9.2 7.8",
            "按经济类型分", "国有控股企业 6.3 5.1", "股份制企业 9.8 8.3", "私营企业 11.4 9.7"]
    keys = [p1, *rows, "注：增速按可比价计算。"]
    assert [i for i, _ in _found_after_forms("layout.spaced_table", keys)] == list(range(1, 8))
    assert _found_after_forms("layout.spaced_table", [p1, *rows[1:]]) == []


def test_a_repost_cards_account_lines_are_the_cards_and_the_article_under_it_is_not():
    p1 = "本报讯（记者 陶某某 通讯员 严某）7月8日，记者从某某经开区获悉，园区今年新引进配套企业28家，总投资超过50亿元。"
    keys = ["以下文章来源于某某日报，作者某某日报", "某某日报", "某某日报官方公众号，权威发布某某新闻资讯。", p1]
    assert [(i, e.label) for i, e in _found_after_forms("context.repost_card", keys)] == [(1, Label.SOURCE), (2, Label.SOURCE)]
    assert _found_after_forms("context.repost_card", [keys[0], p1, p1 + "二"]) == []   # the article right under the card
    short = "7月8日上午，经开区举行项目集中签约仪式。"                                  # … however short its first paragraph
    assert _found_after_forms("context.repost_card", [keys[0], short, p1]) == []


def test_every_answer_after_the_first_on_a_qa_page_begins_the_other_answers():
    answer = "简单地说，标准地就是政府在土地出让之前，先把规划、能耗、环评等指标定好，企业拿地后按约定建设和达产。"
    keys = ["开发区的标准地是什么意思？", "提问者采纳", "程立言", "开发区规划国土从业者", "126 人赞同了该回答", answer,
            answer + "再", "发布于 2024-05-13 10:22", "园区招商老兵", "在三个开发区做过招商", "89 人赞同了该回答", answer + "又"]
    found = _found_after_forms("context.next_answer", keys)
    assert [(i, e.kind) for i, e in found] == [(8, "heading")]
    # a single answer's votes: no other answer
    assert _found_after_forms("context.next_answer", keys[:7]) == []
