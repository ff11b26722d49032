import json
import random
import textwrap
from pathlib import Path

import pytest

import parkclean
from parkclean import segment
from parkclean.evaluation import metrics

ROOT = Path(__file__).resolve().parents[1]


def test_lines_keep_numbers_indent_and_gaps():
    rows = segment.rows("首页\n\n\u3000\u3000园区建设提速。\n")
    assert [(r.start, r.end, r.indent, r.blank_before) for r in rows] == [(1, 1, 0, False), (3, 3, 2, True)]


def _wrap_cjk(text: str, width: int) -> str:
    """Wrap every paragraph at ``width`` characters, as fixed-width converters do."""
    return "\n".join("\n".join(textwrap.wrap(p, width)) if len(p) > width else p for p in text.split("\n"))


def test_soft_wrapped_dump_is_rejoined_and_cleaned_as_well():
    page = (ROOT / "seeds" / "003_f1c47cb5e7837ddb.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "corpus" / "seeds" / "003_f1c47cb5e7837ddb.json").read_text(encoding="utf-8"))
    wrapped = _wrap_cjk(page, 36)
    assert len(wrapped.splitlines()) > len(page.splitlines()) + 40
    r = parkclean.clean(wrapped)
    assert metrics.prf(r.text, "\n".join(gold["body"]))[2] >= 0.97
    assert any(c.block.end > c.block.start for c in r.blocks)  # rows span several input lines
    assert len(r.paragraphs) <= len(gold["body"]) + 2


def test_a_wrapped_dump_with_a_text_browsers_list_of_links_longer_than_its_width_is_rejoined():
    """lynx cannot break a web address: its list of links runs past the wrap width."""
    page = (ROOT / "seeds" / "003_f1c47cb5e7837ddb.txt").read_text(encoding="utf-8")
    links = [f"{k}. http://news.example.cn/jj/202407/t20240716_4188{k:02d}.html?from=timeline&isappinstalled=0&share=1"
             for k in range(1, 13)]
    wrapped = _wrap_cjk(page, 36) + "\nReferences\n" + "\n".join(links)
    assert any(r.end > r.start for r in segment.rows(wrapped))
    # … but many lines of prose longer than the width: not a wrapped dump
    assert all(r.start == r.end for r in segment.rows(_wrap_cjk(page, 36) + "\n" + "\n".join(
        f"园区第{k}个项目今年开工建设，总投资超过二十亿元，建成后年产值可达五十亿元以上，带动就业两千余人。" for k in range(12)),
        pieces=False))  # (a wrapped line may open with a comma: that joining is not the wrap's)


def test_a_wrapped_document_inside_a_portals_long_menus_and_footer_is_rejoined():
    """A document converted at a fixed width, with the portal's long unwrapped lines above its
    first wrapped line and below its last: those lines are not the wrapped text's."""
    page = (ROOT / "seeds" / "003_f1c47cb5e7837ddb.txt").read_text(encoding="utf-8")
    menus = ["首页 走进园区 政务公开 政务服务 政民互动 投资园区 专题专栏 数据开放 信息公开目录 依申请公开 政府信息公开年报 网站地图",
             "设为首页 加入收藏 无障碍浏览 长者模式 简体中文 繁體中文 English 手机版 微信公众号 政务微博 政务抖音 今日头条号"]
    footer = ["主办单位：某某园区管理委员会 承办单位：某某园区党政办公室 地址：某某市某某区某某大道一号 邮编：100000 电话：0000-12345678",
              "网站标识码：1234567890 某ICP备12345678号-1 某公网安备 11010502000001号 技术支持：某某信息技术有限公司 网站地图 联系我们"]
    wrapped = "\n".join(menus * 3) + "\n" + _wrap_cjk(page, 36) + "\n" + "\n".join(footer * 3)
    lines = [x for x in wrapped.split("\n") if x.strip()]
    assert segment.wrap_width([len(x) for x in lines], lines) == 36


# pages whose own text is broken at a fixed width (the site printed it so): wrapped dumps
WRAPPED_PAGES = {"fw_0001.txt"}


def test_unwrapped_dumps_are_not_joined():
    for page in sorted(p for p in (ROOT / "corpus").rglob("*.txt") if p.name not in WRAPPED_PAGES):
        assert all(r.start == r.end for r in segment.rows(page.read_text(encoding="utf-8"), pieces=False)), page.name


def _row_texts() -> list[str]:
    rng = random.Random(5)
    pool = ["园区", "建设。", " ", "\t", "\u3000", "\u00a0", "\u2002", "\u2003", "\u200b", "\ufeff", "\n", "\r\n", "\r",
            "\n\n", "\u2028", "\x0b", "ab", "𠀀"]
    pages = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    root = Path(__file__).resolve().parents[1]
    return pages + [p.read_text(encoding="utf-8", errors="replace") for p in sorted((root / "corpus").rglob("*.txt"))]


@pytest.mark.skipif(segment._split is None, reason="C kernel not built")
def test_c_split_rows_matches_python(monkeypatch):
    texts = _row_texts()
    fast = [segment.split_rows(t) for t in texts]
    monkeypatch.setattr(segment, "_split", None)
    slow = [segment.split_rows(t) for t in texts]
    assert fast == slow
    assert all(type(r) is segment.Row for rows in fast for r in rows)


def test_joining_wrapped_pieces_matches_pairwise_joins():
    from functools import reduce
    rng = random.Random(2)
    pool = ["园区", "ab", "", "x", "。", "，", ")", "中", " "]
    for _ in range(5000):
        pieces = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        assert segment._join_all(pieces) == reduce(segment._join, pieces)


def test_a_long_wrapped_paragraph_is_joined_whole():
    # one paragraph soft-wrapped over 20,000 lines (bench/bench_stress.py times this shape)
    para = "".join(f"园区第{i:05d}个项目开工，总投资超过五十亿元。" for i in range(16000)) + "园区全部投产。"
    page = _wrap_cjk(para, 36) + "\n下一篇：园区召开工作会议\n"
    rows = segment.rows(page)
    assert sum(r.end - r.start + 1 for r in rows) == len(page.splitlines())
    assert rows[0].end > 10000 and rows[0].text == para


@pytest.mark.parametrize("width", [22, 28])
def test_a_dump_cut_at_a_few_characters_is_rejoined(width):
    """Exporters that cut at a number of characters (not display columns) may cut CJK text
    shorter than 30: such a dump is rejoined too."""
    page = (ROOT / "seeds" / "003_f1c47cb5e7837ddb.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "corpus" / "seeds" / "003_f1c47cb5e7837ddb.json").read_text(encoding="utf-8"))
    r = parkclean.clean(_wrap_cjk(page, width))
    assert metrics.prf(r.text, "\n".join(gold["body"]))[2] >= 0.97
    assert len(r.paragraphs) <= len(gold["body"]) + 2


def test_a_list_of_headlines_cut_to_one_width_is_not_a_wrapped_dump():
    """Titles cut to one width, many with commas inside, each a whole item: no line is joined,
    and an article line that happens to be that long keeps its own row."""
    titles = ["猝不及防，南方下雪了！寒潮威力凶猛，安徽多地现下半年第一场雪",
              "什么情况？双台风共舞或又在酝酿，11月台风数量可能创历史纪",
              "俄罗斯学中国改革开放，开设17个经济特区，为啥没人去投资？为",
              "百年前北京城古城墙：当年要是没有拆掉该多好，图4如今还能看",
              "冷空气来啦！海南多地明起最高温直降5℃，这些地方或有暴雨→呢",
              "湿冷魔法攻击即将来袭！权威预测：南方连阴雨就要开始了吗？吧",
              "今日全国最低气温预报，降水量预报，园区企业做好防寒准备工作",
              "园区企业加紧生产，确保年底前完成全年目标任务，力争多创效益"]
    page = "\n".join(["2023年，园区主要经济指标保持平稳增长，具体完成情况如下：", "指标名称", "完成值"] + titles)
    assert [r.text for r in segment.rows(page)] == page.splitlines()


def test_a_wrapped_menu_stays_lines_and_a_paragraph_ending_in_a_quote_is_joined():
    """Only runs that go on to a paragraph's end are joined: a menu cut at the width stays lines;
    a paragraph may end in a closing quote, ASCII or wide."""
    para = "园区负责人表示：" + "今年园区新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。" * 3 + "我们有信心完成全年目标。\""
    menu = "首页 新闻中心 园区动态 政务公开 招商引资 投资指南 企业服务 办事大厅 互动交流 关于我们 联系方式 网站地图"
    body = [para] + [f"园区今年将重点发展第{k}批新能源、新材料和高端装备制造产业项目，力争全年产值突破{k}百亿元。" * 2
                     for k in range(2, 6)]
    page = _wrap_cjk("\n".join([menu] + body), 36)
    rows = [r.text for r in segment.rows(page)]
    assert para in rows
    assert not any(r.startswith("首页") and len(r) > 40 for r in rows)


@pytest.mark.parametrize("dump, rows", [
    # a paragraph broken at its links and bold numbers, one text node a line: joined again
    ("产值达到\n106.3亿元\n，首次突破百亿元大关\n。\n下一段。", ["产值达到", "106.3亿元，首次突破百亿元大关。", "下一段。"]),
    ("辣椒产业园\n的一家企业里，生产线一气呵成。", ["辣椒产业园的一家企业里，生产线一气呵成。"]),
    ("2022年，\n、物流企业。", ["2022年，、物流企业。"]),
    # negatives: a heading's decoration, a sentence opening with 的确, 的 under a finished sentence,
    # text set vertically one character a line
    ("：：：精彩专题：：：\n热门", ["：：：精彩专题：：：", "热门"]),
    ("项目开工。\n的确如此。", ["项目开工。", "的确如此。"]),
    ("项目开工。\n的一家企业。", ["项目开工。", "的一家企业。"]),
    ("环\n境\n的\n带", ["环", "境", "的", "带"]),
    # a link list's bullet (》), a quote opened with the wrong mark (”十四五”), a name opening with 的
    ("相关链接\n》国务院\n》省发改委", ["相关链接", "》国务院", "》省发改委"]),
    ("园区开工。\n”十四五”以来，园区新开工项目二十个。", ["园区开工。", "”十四五”以来，园区新开工项目二十个。"]),
    ("国际\n的黎波里机场遭袭", ["国际", "的黎波里机场遭袭"]),
])
def test_a_line_going_on_with_the_sentence_above_is_joined_to_it(dump, rows):
    got = segment.rows(dump)
    assert [r.text for r in got] == rows
    assert [n for r in got for n in range(r.start, r.end + 1)] == list(range(1, dump.count("\n") + 2))  # no line lost


def test_an_html_pages_block_that_opens_with_a_closing_mark_is_joined_but_a_tables_cells_are_not():
    assert [r.text for r in segment.rows("建筑密度\n%\n，注", pieces=False)] == ["建筑密度", "%", "，注"]
    html = ("<html><body><p>园区今年产值达到百亿元，增速居全市第一，创历史同期新高</p><p>，同比增长12%。</p>"
            "<table><tr><td>建筑密度</td><td>（</td><td>%</td><td>）</td></tr></table></body></html>")
    texts = [c.block.text for c in parkclean.clean(html, content_type="text/html").blocks]
    assert "园区今年产值达到百亿元，增速居全市第一，创历史同期新高，同比增长12%。" in texts
    assert not any(t.startswith("，") for t in texts)
    assert not any("建筑密度" in t and "）" in t for t in texts)  # (a cell with a closing bracket stays its own)
