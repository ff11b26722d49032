import json
from pathlib import Path

import pytest

import parkclean
from parkclean.normalize import plan, replay, script, steps

CASES = json.loads((Path(__file__).parent / "cases" / "normalize.json").read_text(encoding="utf-8"))
ROOT = Path(__file__).resolve().parents[1]
PARAMS = [(kind, a, b) for kind, rows in CASES.items() if not kind.startswith("_") for a, b in rows]


@pytest.mark.parametrize("kind,before,after", PARAMS)
def test_step_cases(kind, before, after):
    assert replay(before, [kind]) == after


def test_gbk_mojibake_round_trip():
    good = "产业园区招商引资"
    broken = good.encode("utf-8").decode("gb18030")
    assert steps.fix_mojibake(broken) == (good, 1)


def test_latin1_mojibake():
    broken = "产业园区".encode("utf-8").decode("latin-1")
    assert steps.fix_mojibake(broken)[0] == "产业园区"


def test_simplified_page_gets_no_script_step():
    p = plan("园区规划建设全面提速。", parkclean.Config())
    assert "t2s" not in p.kinds and p.script == "hans"


def test_traditional_page_is_converted_and_recorded():
    r = parkclean.clean((ROOT / "seeds" / "004_45407759de97f162.txt").read_text(encoding="utf-8"))
    kinds = {s.kind: s for s in r.normalization}
    assert r.script == "hant" and "t2s" in kinds and "pinyin" in kinds
    assert kinds["pinyin"].count >= 10 and kinds["pinyin"].examples
    assert "(qū)" not in r.text and "區" not in r.text


def test_keep_script_leaves_traditional():
    r = parkclean.clean("湛江產業園區發展大會召開，研究部署產業園區發展思路舉措。", parkclean.Config(target_script="keep"))
    assert "產業" in r.text


def test_adlaw_switch():
    page = "长株潭工业软件蕞佳栖息地轮廓初显，园区首批十余家企业顺利入驻。"
    assert "最佳" in parkclean.clean(page).text
    assert "蕞佳" in parkclean.clean(page, parkclean.Config(fix_adlaw=False)).text


def test_seed_adlaw_restored_where_gold_has_it():
    gold = json.loads((ROOT / "corpus" / "seeds" / "001_15e5e64a13b11909.json").read_text(encoding="utf-8"))
    r = parkclean.clean((ROOT / "seeds" / "001_15e5e64a13b11909.txt").read_text(encoding="utf-8"))
    assert "头部" not in r.text and r.text.count("第一") == "".join(gold["body"]).count("第一")


def test_parity_with_opencc_on_real_traditional_text():
    """Our conversion path equals OpenCC t2s on the Traditional pages of the corpus."""
    conv = script.converter("t2s")
    for page in sorted((ROOT / "corpus" / "dev").glob("tw_*.txt"))[:4]:
        text = page.read_text(encoding="utf-8")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        p = plan(text, parkclean.Config(punctuation="keep", fix_chars=False, fix_adlaw=False, fix_pinyin=False))
        from parkclean.normalize import run
        out, _, _ = run(lines, list(range(len(lines))), p)
        assert out == [conv(x) for x in lines]
        assert sum(map(len, lines)) > 500


def test_traditional_targets():
    page = "园区规划建设全面提速，今年新开工项目十二个，总投资超过五十亿元。"
    assert "園區" in parkclean.clean(page, parkclean.Config(target_script="hant")).text
    tw = parkclean.clean(page, parkclean.Config(target_script="hant-tw"))
    assert "園區" in tw.text and any(s.kind == "s2tw" for s in tw.normalization)


def test_every_step_kind_can_be_replayed():
    from parkclean.normalize import STEP_KINDS, _step
    for kind in STEP_KINDS:
        assert _step(kind, parkclean.Config(), "园区") is not None, kind
    assert replay("園區", ["t2s", "s2tw"]) == "園區"


def test_a_stray_traditional_character_in_a_simplified_page_is_left_alone():
    page = "\n".join(["园区开工仪式举行", "中青报·中青网记者 魏其濛 来源：中国青年报"]
                     + ["园区开工仪式举行，首批项目总投资超过五十亿元，预计年底前投产，带动就业岗位两千个。"] * 8)
    r = parkclean.clean(page)
    assert r.script == "mixed" and "t2s" not in [s.kind for s in r.normalization]
    assert r.metadata.authors == ("魏其濛",)


def _mixed_texts(n: int, seed: int) -> list[str]:
    import random
    rng = random.Random(seed)
    pool = list(",;:?!，；：？！0123456789/ab 园区“”‘’、。\n") + ["\u3400", "\u9fff", "\uff60", "\u3001", "\u303f", "𠀀"]
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_c_punctuation_pass_matches_the_regexes():
    from parkclean.normalize import steps
    if steps._punct_fullwidth_c is None:
        pytest.skip("C kernel not built")
    for t in _mixed_texts(20000, seed=4) + [ln for p in sorted((ROOT / "corpus").rglob("*.txt"))
                                             for ln in p.read_text(encoding="utf-8").splitlines()]:
        assert steps._punct_fullwidth_c(t) == steps._punct_fullwidth_py(t), t


def test_c_and_python_examples_agree(monkeypatch):
    import random
    import parkclean.normalize as nz
    rng = random.Random(6)
    cases = []
    for _ in range(3000):
        lines = ["".join(rng.choice("ab园") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 8))]
        new = [x if rng.random() < 0.6 else x + "x" for x in lines]
        cases.append(("\n".join(lines), "\n".join(new), list(range(1, len(lines) + 1))))
    fast = [nz._examples(*c) for c in cases]
    monkeypatch.setattr(nz, "_changed_lines", None)
    assert fast == [nz._examples(*c) for c in cases]


def test_a_dump_with_html_character_references_is_cleaned_as_the_page_shows():
    body = "近日，园区召开年度工作会议，总结去年工作，部署今年重点任务&mdash;&mdash;推动项目早落地。"
    r = parkclean.clean(f"首页&gt;新闻&gt;正文\n园区召开会议\n发布时间：2024-01-02&nbsp;&nbsp;来源：某某网\n&nbsp;&nbsp;{body}\n")
    assert r.paragraphs == ("近日，园区召开年度工作会议，总结去年工作，部署今年重点任务——推动项目早落地。",)
    assert (r.metadata.title, r.metadata.source, r.metadata.category) == ("园区召开会议", "某某网", "新闻")
    assert [s.kind for s in r.normalization][:2] == ["entities", "spaces"]


def test_a_dump_written_as_markdown_is_cleaned_as_its_text():
    page = ("[首页](https://www.example.com/) | [新闻](https://www.example.com/news/) | [园区](https://www.example.com/park/)\n"
            "当前位置：[首页](https://www.example.com/) > [园区动态](https://www.example.com/yqdt/)\n"
            "# 某某园区召开2024年工作会议\n发布时间：2024-01-15 来源：园区办公室\n"
            "![](https://www.example.com/uploads/2024/01/abc.jpg)\n"
            "近日，某某园区召开2024年工作会议，总结2023年工作，部署2024年重点任务。\n"
            "会议指出，2023年园区**主要经济指标**保持平稳增长，规上工业产值同比增长12%。\n"
            "* [园区召开安全生产会议](https://www.example.com/a/1.html)\n")
    r = parkclean.clean(page)
    assert r.paragraphs == ("近日，某某园区召开2024年工作会议，总结2023年工作，部署2024年重点任务。",
                            "会议指出，2023年园区主要经济指标保持平稳增长，规上工业产值同比增长12%。")
    assert (r.metadata.title, r.metadata.category) == ("某某园区召开2024年工作会议", "园区动态")
    assert r.normalization[0].kind == "markdown"


def test_masked_names_are_not_taken_for_markdown_emphasis():
    body = "近日，张**和李**在园区创办了一家科技公司，目前企业运行良好，已吸纳就业岗位二十余个。"
    r = parkclean.clean(f"园区召开会议\n2024-01-02\n{body}\n")
    assert r.paragraphs == (body,) and not r.normalization


# ---- do no harm: only a Traditional page is converted -----------------------------------------

def _hans_pages():
    from parkclean.evaluation import corpus as _corpus
    root = Path(__file__).resolve().parents[1] / "corpus"
    return [c for c in _corpus.load(root) if c.gold.get("script", "hans") == "hans" and c.page.suffix == ".txt"]


HANS_PAGES = _hans_pages()


def test_every_simplified_page_of_the_corpus_is_the_same_with_and_without_t2s():
    assert len(HANS_PAGES) >= 90
    keep = parkclean.Config(target_script="keep")
    changed = [c.name for c in HANS_PAGES
               if parkclean.clean(c.page.read_text(encoding="utf-8")).text
               != parkclean.clean(c.page.read_text(encoding="utf-8"), keep).text]
    assert changed == []


@pytest.mark.parametrize("text,converted", [
    ("萧乾是作家。园区今年新开工项目十二个，总投资超过五十亿元。", False),   # a name with a Traditional-only form
    ("园区发展建设全面提速，今年新開工项目十二个，藉此带动就业。", False),   # stray Traditional characters
    ("園區發展建設全面提速，今年新開工項目十二個，總投資超過五十億元。", True),
    ("東京都の經濟發展について、記者が報告します。", False),               # Japanese
])
def test_a_page_is_converted_only_when_it_is_traditional(text, converted):
    r = parkclean.clean(text)
    assert any(s.kind == "t2s" for s in r.normalization) == converted
    if not converted:
        assert r.text == parkclean.clean(text, parkclean.Config(target_script="keep")).text


def test_a_label_spaced_out_to_align_a_column_is_read_whole_in_the_keys_only():
    from parkclean.normalize import run
    lines = ["联 系 人：张女士", "电　　话：0571-12345678", "作　　者：张三", "园 区 新 闻 很 多", "张 三：你好"]
    p = plan("\n".join(lines), parkclean.Config())
    texts, keys, _ = run(lines, list(range(1, 6)), p)
    assert texts[0] == "联 系 人：张女士"                       # the output keeps the page's spacing
    assert keys[:3] == ["联系人：张女士", "电话：0571-12345678", "作者：张三"]
    assert keys[3] == "园 区 新 闻 很 多"                       # no colon: no label
    assert keys[4] == "张三：你好"                               # (two characters spaced before a colon read as one word too)
    d = parkclean.clean("园区新闻标题在这里\n作　　者：张三\n来　　源：某某日报\n"
                        "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。\n").to_dict()
    assert d["authors"] == ["张三"] and d["source"] == "某某日报"


def test_a_bilingual_bylines_english_labels_are_dropped_in_the_keys_only():
    from parkclean.normalize import run
    lines = ["发布日期 Date：2024.05.21 来源 Source：某某园区投资促进局 作者 Author：张三 Zhang San",
             "Source: Xinhua", "Open Date：2024-05-21", "园区新闻 很多", "来源Source：某某日报"]
    p = plan("\n".join(lines), parkclean.Config())
    texts, keys, _ = run(lines, list(range(1, 6)), p)
    assert texts == lines                                      # the output keeps the page's words
    assert keys[0] == "发布日期：2024.05.21 来源：某某园区投资促进局 作者：张三 Zhang San"
    assert keys[1:4] == lines[1:4]                             # no Chinese label before the word: kept
    assert keys[4] == "来源：某某日报"                             # (no space between them)
    d = parkclean.clean("\n".join(["园区新闻标题在这里", lines[0],
                                   "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。"])).to_dict()
    assert d["authors"] == ["张三"] and d["source"] == "某某园区投资促进局" and d["published"] == "2024-05-21"


def test_an_example_shows_a_change_far_into_a_long_line():
    """The example is the window around the first change, not the line's first 40 characters
    (which, on a long line, showed no change at all)."""
    line = "产业园区" * 20 + "蕞佳营商环境"
    r = parkclean.clean(line + "\n" + "园区简介。" * 3)
    step = next(st for st in r.normalization if st.kind == "adlaw")
    _, before, after = step.examples[0]
    assert before != after and "蕞" in before and "最" in after
    assert before.startswith("…") and len(before) <= 41
    short = parkclean.clean("蕞佳园区。")
    ex = next(st for st in short.normalization if st.kind == "adlaw").examples[0]
    assert ex[1] == "蕞佳园区。"  # a change near the start: the line from its start, no cut mark


def test_a_reader_services_header_gives_the_title_address_and_date():
    """Jina Reader's dump opens with Title: / URL Source: / Published Time: / Markdown Content:
    their values are read as a browser dump's title line, address and date line."""
    page = ("Title: 某某园区召开2024年工作会议\n\nURL Source: https://www.example.com/news/2024/0115/88.html\n\n"
            "Published Time: 2024-01-15T09:30:00+08:00\n\nMarkdown Content:\n某某园区召开2024年工作会议\n===============\n\n"
            "[首页](https://www.example.com/) [新闻](https://www.example.com/news/)\n\n"
            "近日，某某园区召开2024年工作会议，总结2023年工作，部署2024年重点任务。\n\n"
            "会议指出，2023年园区主要经济指标保持平稳增长，规上工业产值同比增长12%。\n")
    r = parkclean.clean(page)
    m = r.metadata
    assert (m.title, m.url) == ("某某园区召开2024年工作会议", "https://www.example.com/news/2024/0115/88.html")
    assert m.published and m.published.startswith("2024-01-15T09:30")
    assert r.paragraphs[-1].startswith("会议指出") and not any("Markdown Content" in p for p in r.paragraphs)


def test_a_text_browsers_link_numbers_go_only_on_a_dump_that_ends_in_the_list_they_number():
    from parkclean.normalize import steps
    links = "\n".join(f"   {k}. http://www.example.gov.cn/{k}.html" for k in range(1, 8))
    page = ("   [1]首页 [2]政务公开 [3]政务服务\n   当前位置：[4]首页 > [5]政务公开\n"
            "   依据[6]《关于推进园区发展的实施意见》，园区今年新开工项目二十个。[7]\n\nReferences\n\n" + links)
    r = parkclean.clean(page)
    assert "依据《关于推进园区发展的实施意见》" in r.text
    assert [s.kind for s in r.normalization if s.kind == "link_numbers"]
    # notes in an article's text, without a list of links at the end: kept
    notes = "园区今年新开工项目二十个[1]，完成投资五十亿元[2]，带动就业三千人[3]，税收增长[4]，产值增长[5]。"
    assert not steps.link_numbers(notes + "\n参考资料\n[1] 某某统计公报")
    assert parkclean.clean(notes).text == notes
