"""Hostile and odd inputs: a clear result or a ParkcleanError, never another exception."""
import random

import pytest

import parkclean

ODD = [
    "",
    " \n\t\n\u3000\n",
    "\n" * 10000,
    "园" * 200_000,
    "<<<>>><div><p>未闭合",
    "<html><body>" + "<div>" * 3000 + "园区" + "</div>" * 3000 + "</body></html>",
    "\x00\x01\x02园区\x7f\u200b\ufeff",
    "当前位置：首页 >\n" * 500,
    "。" * 5000,
    "(qū)(qū)(qū)",
    "蕞蕞蕞头部头部头部",
    "http://" + "a" * 5000,
    "\ud800" if False else "园区\U0001F600建设",
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_text(text):
    r = parkclean.clean(text)
    assert isinstance(r.text, str)
    r.to_dict()


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes(seed):
    rnd = random.Random(seed)
    data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 4000)))
    try:
        r = parkclean.clean(data)
    except parkclean.ParkcleanError:
        return
    assert isinstance(r.text, str)


def test_every_line_is_accounted_for_on_random_text():
    rnd = random.Random(7)
    pool = ["园区建设全面提速，今年新开工项目十二个。", "首页", "相关文章", "版权所有 某网", "", "标签：园区", "×",
            "2024-01-05 10:00", "记者 张三", "点击上方蓝字关注我们"]
    for _ in range(50):
        page = "\n".join(rnd.choice(pool) for _ in range(rnd.randrange(1, 60)))
        r = parkclean.clean(page)
        lines = [i for i, x in enumerate(page.split("\n"), 1) if x.strip()]
        assert sorted(ln for c in r.blocks for ln in range(c.block.start, c.block.end + 1)) == lines


def test_a_dump_without_line_breaks_is_kept_and_flagged():
    sentence = "园区今年新开工项目十二个，总投资超过五十亿元。"
    page = "首页 新闻 园区动态 " + sentence * 300 + " 如有侵权请联系删除 京ICP备12345678号"
    r = parkclean.clean(page)
    assert r.text  # one sentence-laden line is the article, notice words or not
    assert any("lost its line breaks" in w for w in r.warnings)


def test_html_comments_are_not_page_text():
    page = ("<html><body><!-- 当前位置结束 --><div>首页 &gt; 新闻</div><!--banner_ad_text-->"
            "<p>园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。</p></body></html>")
    r = parkclean.clean(page)
    everything = r.text + "".join(x.text for x in r.removed)
    assert "当前位置结束" not in everything and "banner_ad_text" not in everything


@pytest.mark.parametrize("change", [{"target_script": "latin"}, {"punctuation": "odd"}, {"input_format": "pdf"},
                                    {"metadata_script": "native"}, {"max_lines": 0}, {"no_such_option": 1},
                                    {"reference_date": "2020-01-01"}, {"reference_date": 20200101},
                                    {"max_lines": True}, {"max_input_bytes": "1000"}, {"fix_adlaw": "no"},
                                    {"html_metadata": 1}])
def test_a_bad_config_is_a_config_error(change):
    from parkclean.errors import ConfigError
    with pytest.raises(ConfigError):
        parkclean.Config().replace(**change)
    if "no_such_option" not in change:  # at construction, not later inside clean()
        with pytest.raises(ConfigError):
            parkclean.Config(**change)


def test_html_source_newlines_inside_inline_elements_are_spaces():
    page = ("<html><body><div><span>作者：\n   </span>\n   <a href='/a'>\n  王建宏\n  </a></div>"
            "<p>园区今年新开工项目十二个，\n总投资超过五十亿元，预计年底前全部投产。</p>"
            "<pre>代码\n  保留</pre></body></html>")
    from parkclean.htmlinput import html_to_dump
    dump, _ = html_to_dump(page)
    lines = [" ".join(x.split()) for x in dump.splitlines() if x.strip()]
    assert "作者： 王建宏" in lines
    assert "园区今年新开工项目十二个， 总投资超过五十亿元，预计年底前全部投产。" in lines
    assert "保留" in lines and "代码" in lines  # <pre> keeps its line breaks
    assert parkclean.clean(page).metadata.authors == ("王建宏",)


def test_lone_surrogates_and_broken_bytes_after_a_bom_are_not_tracebacks():
    page = "园区今年新开工项目十二个，总投资超过五十亿元。\ud800预计年底前全部投产。"
    assert "\ufffd" in parkclean.clean(page).text
    r = parkclean.clean(page.encode("utf-8", "surrogatepass"))  # stray bytes: U+FFFD, counted and warned about
    assert r.text.count("\ufffd") == r.decoding.replaced == 3 and r.decoding.encoding == "utf-8"
    assert any("U+FFFD" in w for w in r.warnings)
    broken = b"\xef\xbb\xbf" + "园区今年新开工项目十二个，总投资超过五十亿元。".encode() + b"\xed\xa0\x80"
    assert parkclean.clean(broken).text.startswith("园区今年")
