"""Time stays linear in the input: hostile pages of up to 1 MB are cleaned within 2 s each (the
shapes that once took minutes: one line without breaks, a title of 园_ parts, role words, a run of
digits or spaces, deep or wide HTML), and the time per line stays flat as a page of many short
lines grows."""
import gc
import time

import pytest

import parkclean

MB = 1_000_000
PARA = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。"


def _fill(unit: str, sep: str = "") -> str:
    return (unit + sep) * (MB // len((unit + sep).encode()))


SHAPES = {
    "one line of prose, no breaks": lambda: _fill(PARA),
    "a title of 园_ parts": lambda: _fill("园_"),
    "role words": lambda: _fill("摄摄摄 摄影文文 "),
    "a credit in brackets that never closes": lambda: ("（摄" + _fill(" 摄影文文"))[: MB // 3],
    "a run of digits": lambda: "1" * MB,
    "a run of spaces": lambda: "园" + " " * (MB - 4) + "x",
    "dates with spaces": lambda: _fill("2024-01-05" + " " * 50),
    "markdown image openers": lambda: _fill("![![!["),
    "separators": lambda: _fill(" | 首页 > 新闻 "),
    "deep HTML": lambda: "<html><body>" + "<div><span>" * 30000 + "园区" + "</span></div>" * 30000 + "</body></html>",
    "Traditional text": lambda: _fill("園區今年新開工項目十二個，總投資超過五十億元。", "\n"),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_hostile_page_of_1mb_takes_under_2s(shape):
    page = SHAPES[shape]()
    assert len(page.encode()) <= MB
    t = time.perf_counter()
    r = parkclean.clean(page)
    elapsed = time.perf_counter() - t
    assert elapsed < 2.0, f"{shape}: {elapsed:.1f} s"
    assert isinstance(r.text, str)


def test_time_per_line_stays_flat_on_many_short_lines():
    def per_line(n: int) -> float:
        page = "\n".join(f"导航{i % 97}" for i in range(n))
        gc.collect()
        gc.disable()  # (the cyclic collector's passes grow with the heap: ~2x at 40,000 lines, not the algorithm's)
        try:
            t = time.perf_counter()
            parkclean.clean(page)
            return (time.perf_counter() - t) / n
        finally:
            gc.enable()

    small, large = min(per_line(5_000) for _ in range(2)), min(per_line(40_000) for _ in range(2))
    assert large < 2.5 * small, f"{small * 1e6:.1f} µs a line at 5,000 lines, {large * 1e6:.1f} at 40,000"


@pytest.mark.parametrize("line", ["评论", "评论(3)"])
def test_many_comments_headings_stay_linear(line):
    """Each comments heading asks whether a paragraph stands above it: read once a page, not once
    a heading (20,000 such lines once took 35 s)."""
    page = "2024-05-01 来源：某某网\n" + (line + "\n") * 20_000
    t = time.perf_counter()
    parkclean.clean(page)
    assert time.perf_counter() - t < 3.0


def test_an_html_page_of_more_text_blocks_than_the_line_limit_is_refused_before_it_is_parsed(monkeypatch):
    """Two million <p>x</p> would take a gigabyte to parse: the blocks are counted first."""
    from parkclean import errors, pipeline

    def parse(*a, **k):
        raise AssertionError("parsed")
    monkeypatch.setattr(pipeline, "html_to_page", parse)
    for block in ("<p>园</p>", "<p><span>园</span></p>", "<li><a href='/x'>园区</a> </li>"):
        page = "<html><body>" + (block + "\n") * 1200 + "</body></html>"
        with pytest.raises(errors.InputTooLarge, match="1200 HTML blocks"):
            parkclean.clean(page, config=parkclean.Config(max_lines=1000))
    # a page under the limit, or a long one whose blocks hold no text, is parsed
    for fine in ("<html><body>" + "<p>园</p>\n" * 900 + "</body></html>",
                 "<html><body>" + "<div> </div>" * 2000 + "</body></html>"):
        with pytest.raises(AssertionError, match="parsed"):
            parkclean.clean(fine, config=parkclean.Config(max_lines=1000))
