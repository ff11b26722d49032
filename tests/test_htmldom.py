"""What the DOM says of each line of an HTML page, and how the decision reads it."""
import parkclean
from parkclean.htmlinput import html_to_page
from parkclean.htmldom import token_label
from parkclean.model import Label

PARA = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业岗位两千个。"


def _page(body: str) -> str:
    return f"<html><head><title>园区建设提速 - 某某网</title></head><body>{body}</body></html>"


def _rows(*rows: tuple[str, ...]) -> str:
    """Table rows of data cells."""
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)


def test_each_line_has_its_dom_signals():
    page = html_to_page(_page(
        '<div class="nav"><a href="/">首页</a></div>'
        f'<div class="article-content"><h1>园区建设提速</h1><p>{PARA}</p><p>{PARA}</p>'
        '<pre>docker run -d \\\n  --name web</pre></div>'
        '<ul class="related"><li><a href="/1">另一篇文章的标题</a></li></ul>'))
    lines = page.dump.split("\n")
    assert len(lines) == len(page.doms)
    by_text = {line.strip(): d for line, d in zip(lines, page.doms) if line.strip()}
    assert by_text["首页"].block == "nav" and by_text["首页"].link_density == 1.0
    assert by_text["园区建设提速"].heading and by_text["园区建设提速"].block == "content"
    assert by_text[PARA].best and not by_text["首页"].best
    assert by_text["docker run -d \\"].code and by_text["--name web"].code
    assert by_text["另一篇文章的标题"].item and by_text["另一篇文章的标题"].block == "related"


def test_class_and_id_names_say_what_an_element_holds():
    assert token_label("comment-list") == "comments" and token_label("main-nav") == "nav"
    assert token_label("post-content") == "content" and token_label("xyz") is None
    assert token_label("header") == "nav" and token_label("shadow-box") is None
    # an article's own head (headline, byline, lead) is the content's, a site's header is not
    assert token_label("live-head") == token_label("article-header") == token_label("atlas-head") == "content"
    assert token_label("site-head") == token_label("top-header") == "nav"


def test_a_table_cell_counts_only_in_a_table_of_data():
    layout = _page(f'<table><tr><td><div class="content"><p>{PARA}</p><p>报名请点击这里</p></div></td></tr></table>')
    data = _page(f'<div class="content"><p>{PARA}</p><table><tr><td>指标</td><td>数值</td></tr></table></div>')
    assert not any(d.cell for d in html_to_page(layout).doms)
    assert sum(d.cell for d in html_to_page(data).doms) == 2


def test_code_in_the_content_is_kept_whatever_its_lines_look_like():
    code = "\n".join(["docker run -p 8080:8080 \\", "  --init \\", "  -e ENV=dev \\"] * 3)
    r = parkclean.clean(_page(f'<div class="post-body"><p>{PARA}</p><pre>{code}</pre><p>{PARA}</p></div>'
                              '<div class="footer">版权所有 某某网</div>'))
    assert "  --init \\".strip() in r.paragraphs and "-e ENV=dev \\" in r.paragraphs


def test_a_sidebar_named_by_its_class_is_not_the_article():
    side = "另一位作者的文章，讲述了园区招商的十个故事，内容详实，值得一读。" * 3
    r = parkclean.clean(_page(f'<div class="content"><p>{PARA}</p><p>{PARA}</p></div>'
                              f'<div class="sidebar hot-news"><p>{side}</p><p>{side}</p></div>'))
    assert r.text.count(PARA) == 2 and side not in r.text
    removed = next(x for x in r.removed if x.text == side)
    assert removed.label in (Label.NAV, Label.RELATED, Label.BOILERPLATE)


def test_a_header_row_makes_a_table_one_of_data_and_a_wrapper_costs_no_level():
    """A job post: duties, requirements and a salary table, each section a container with its
    heading. The content is the article holding all of them (a section around its list alone is a
    wrapper, no level), and the table with a header row (<th>) is text, whatever its cells hold."""
    duties = "".join(f"<li>负责模拟电路模块{k}的架构设计与电路设计，完成仿真验证；</li>" for k in range(5))
    reqs = "".join(f"<li>具备相关专业硕士及以上学历和{k}年以上设计经验；</li>" for k in range(5))
    rows = _rows(("年终奖", "两到四个月", "按绩效考核发放"), ("股票期权", "按职级授予", "入职满一年后开始归属"),
                 ("人才补贴", "最高五十万", "可申报安家补贴"), ("住房保障", "人才公寓", "租金为市场价六成"))
    page = _page('<div class="nav"><a href="/">首页</a></div><article>'
                 f'<section><h2>岗位职责</h2><ol>{duties}</ol></section>'
                 f'<section><h2>任职要求</h2><ul>{reqs}</ul></section>'
                 f'<section><h2>薪资福利</h2><table><tr><th>项目</th><th>标准</th><th>说明</th></tr>{rows}</table></section>'
                 f'<section><h2>公司简介</h2><p>{PARA}</p><p>{PARA}</p></section></article>'
                 '<div class="footer">版权所有 某某网</div>')
    doms = html_to_page(page).doms
    assert sum(d.head for d in doms) == 3 and all(d.best for d in doms if d.cell)
    r = parkclean.clean(page)
    assert "负责模拟电路模块0的架构设计与电路设计，完成仿真验证；" in r.paragraphs
    assert "股票期权 按职级授予 入职满一年后开始归属" in r.paragraphs and r.paragraphs[-1] == PARA
    no_head = page.replace("<th>", "<td>").replace("</th>", "</td>")
    assert not any(d.head for d in html_to_page(no_head).doms)


def test_a_table_of_data_is_a_row_a_paragraph_and_its_repeated_cells_are_its_own():
    """Each row of a table of data is one paragraph, its cells apart by a space; a cell its table
    repeats (国家级 in many rows) is the table's, not a menu word given twice."""
    rows = _rows(("澜江经济技术开发区", "国家级", "1012.6"), ("青川高新技术产业开发区", "国家级", "829.4"),
                 ("云溪工业园", "省级", "356.2"), ("石门产业园", "省级", "210.5"))
    page = _page('<div class="nav"><a href="/">首页</a></div>'
                 f'<div class="content"><h1>园区建设提速</h1><p>{PARA}</p>'
                 f'<table><tr><th>园区</th><th>层级</th><th>产值（亿元）</th></tr>{rows}</table><p>{PARA}</p></div>'
                 '<div class="footer">版权所有 某某网</div>')
    doms = [d for d in html_to_page(page).doms if d.cell]
    assert len({d.row for d in doms}) == 5 and len({d.column for d in doms}) == 15
    r = parkclean.clean(page)
    assert r.paragraphs == (PARA, "园区 层级 产值（亿元）", "澜江经济技术开发区 国家级 1012.6",
                            "青川高新技术产业开发区 国家级 829.4", "云溪工业园 省级 356.2", "石门产业园 省级 210.5", PARA)


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_apart():
    """A row of two cells, a sidebar and the article: the article's cell holds several
    paragraphs, which stay a paragraph each (only a row whose kept cells are a line each is one)."""
    side = "".join(f'<p><a href="/{k}">栏目{k}</a></p>' for k in range(6))
    page = _page(f'<table><tr><td class="left">{side}</td><td><h1>园区建设提速</h1><p>{PARA}</p><p>{PARA}</p>'
                 f'<p>{PARA}</p></td></tr></table><div class="footer">版权所有 某某网</div>')
    r = parkclean.clean(page)
    assert r.paragraphs == (PARA, PARA, PARA)


def test_a_row_with_an_empty_cell_stays_a_line_a_cell_so_no_column_shifts():
    rows = _rows(("澜江经济技术开发区", "国家级", "1012.6"), ("青川高新技术产业开发区", "", "829.4"),
                 ("云溪工业园", "省级", "356.2"), ("石门产业园", "省级", "210.5"))
    page = _page('<div class="nav"><a href="/">首页</a></div>'
                 f'<div class="content"><h1>园区建设提速</h1><p>{PARA}</p>'
                 f'<table><tr><th>园区</th><th>层级</th><th>产值（亿元）</th></tr>{rows}</table><p>{PARA}</p></div>')
    doms = html_to_page(page).doms
    assert {d.width for d in doms if d.cell} == {3}
    r = parkclean.clean(page)
    assert "澜江经济技术开发区 国家级 1012.6" in r.paragraphs
    assert "青川高新技术产业开发区" in r.paragraphs and "829.4" in r.paragraphs   # the row with an empty cell
    raw = parkclean.clean(page.replace("澜江经济", "澜江\u00a0经济"), parkclean.Config(fix_chars=False))
    assert "澜江\u00a0经济技术开发区 国家级 1012.6" in raw.paragraphs   # (no normalization: only the joins are spaces)


def test_links_side_by_side_are_apart_and_a_link_inside_a_sentence_is_not():
    page = html_to_page("<html><body><div class='tags'>标签：<a href='/t/1'>智能网联</a><a href='/t/2'>高新区</a></div>"
                        "<p><a href='/a'>园区</a>建设提速，<a href='/b'>项目</a>，落地。</p></body></html>")
    lines = [x for x in page.dump.splitlines() if x.strip()]
    assert lines == ["标签：智能网联 高新区", "园区建设提速，项目，落地。"]
    r = parkclean.clean("<html><body><h1>园区新闻</h1><p>" + "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。" * 2 + "</p>"
                        "<div class='tags'>标签：<a href='/t/1'>智能网联</a><a href='/t/2'>高新区</a></div></body></html>")
    assert r.metadata.tags == ("智能网联", "高新区")


def test_a_tag_box_named_by_its_class_gives_its_tags_after_its_label_word():
    body = "<p>" + "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。" * 2 + "</p>"
    box = "<div class='article__tags'><span>相关标签</span> <a href='/t/1'>北部都会区</a> <a href='/t/2'>创科</a></div>"
    assert parkclean.clean(f"<html><body><h1>园区新闻</h1>{body}{box}</body></html>").metadata.tags == ("北部都会区", "创科")
    menu = "<div class='article__tags'><a href='/t/1'>北部都会区</a> <a href='/t/2'>创科</a></div>"  # no label word: not read
    assert parkclean.clean(f"<html><body><h1>园区新闻</h1>{body}{menu}</body></html>").metadata.tags == ()


def test_links_side_by_side_inside_pre_stay_together():
    page = html_to_page("<html><body><pre><a href='/f'>foo</a><a href='/b'>bar</a>()</pre></body></html>")
    assert "foobar()" in page.dump


def test_the_pages_one_h1_weighs_for_its_line_as_the_headline_and_two_h1s_name_none():
    from parkclean.metadata import candidates as cands
    from parkclean.metadata import headline
    body = "".join(f"<p>{p}</p>" for p in ("园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。",
                                           "二季度园区将继续推进重点项目建设，力争新开工项目二十个以上。"))
    one = f"<html><body><h1>园区新开工项目二十个</h1><div>一季度园区重点项目建设综述</div>{body}</body></html>"
    r = parkclean.clean(one)
    start = next(c.block.index for c in r.blocks if c.kept)
    with_h1 = headline.candidates(r.blocks, {"h1": "园区新开工项目二十个"}, start)
    without = headline.candidates(r.blocks, {}, start)
    h1 = [c for c in with_h1 if c.value == "园区新开工项目二十个"]
    assert h1 and all("html_h1" in c.evidence for c in h1)
    assert [c.evidence for c in with_h1 if c.value != "园区新开工项目二十个"] == \
        [c.evidence for c in without if c.value != "园区新开工项目二十个"]  # (no other line gains it)
    assert cands.score(h1[0]) > max(cands.score(c) for c in without if c.value == "园区新开工项目二十个")
    two = f"<html><body><h1>某某新闻网</h1><h1>园区新开工项目二十个</h1>{body}</body></html>"
    assert html_to_page(two).meta.get("h1") is None and html_to_page(one).meta["h1"] == "园区新开工项目二十个"
