"""Bytes as a crawler stores them: BOM, then the declared charset checked against the bytes,
then detection; stray bytes counted, never the page rejected for them."""
import json
from pathlib import Path

import pytest

import parkclean
from parkclean.decode import codec_name, decode, declared_in_page
from parkclean.errors import DecodeError

ROOT = Path(__file__).resolve().parents[1]
RAW = sorted((ROOT / "corpus" / "raw").glob("*.html"))
PARA = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。"


def _twin(page: Path) -> Path:
    dev = ROOT / "corpus" / "dev" / page.name
    return dev if dev.exists() else ROOT / "corpus" / "genres" / page.name


def test_the_raw_pages_are_all_there():
    assert len(RAW) == 56
    assert sum(not p.read_bytes().isascii() and _is_not_utf8(p.read_bytes()) for p in RAW) >= 15


def _is_not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@pytest.mark.parametrize("page", RAW, ids=lambda p: p.stem)
def test_a_page_cleaned_from_its_crawl_bytes_is_the_page_cleaned_from_utf8(page):
    from_bytes = parkclean.clean(page.read_bytes())
    from_text = parkclean.clean(_twin(page).read_text(encoding="utf-8"))
    assert from_bytes.text == from_text.text
    assert from_bytes.title == from_text.title and from_bytes.metadata.published == from_text.metadata.published
    assert from_bytes.decoding is not None and from_bytes.decoding.replaced == 0


def _html(body: str, meta: str = "", title: str = "园区新闻") -> str:
    return f"<html><head>{meta}<title>{title}</title></head><body><p>{body}</p></body></html>"


CASES = [
    # (what, bytes, content_type, encoding, chosen_by, declared)
    ("gbk, no declaration", _html(PARA).encode("gbk"), None, "gb18030", "detected", None),
    ("gbk declared gb2312", _html(PARA, "<meta charset=gb2312>").encode("gbk"), None, "gb18030", "meta", "gb2312"),
    ("utf-8 declared gb2312", _html(PARA, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode(),
     None, "utf-8", "utf-8", "gb2312"),
    ("gbk declared utf-8", _html(PARA * 3, "<meta charset=utf-8>").encode("gbk"), None, "gb18030", "detected", "utf-8"),
    ("gbk declared iso-8859-1", _html(PARA * 3, "<meta charset=iso-8859-1>").encode("gbk"), None, "gb18030", "detected",
     "iso-8859-1"),
    ("big5 declared", _html("園區今年新開工項目十二個，總投資超過五十億元。", "<meta charset=big5>", "園區").encode("big5"),
     None, "big5hkscs", "meta", "big5"),
    ("big5, no declaration", _html("園區今年新開工項目十二個，總投資超過五十億元，預計年底前全部投產。", title="園區").encode("big5"),
     None, "big5hkscs", "detected", None),
    ("shift_jis declared", _html("東京都の経済ニュースです。日本語のページです。" * 3, "<meta charset=shift_jis>", "東京").encode("shift_jis"),
     None, "cp932", "meta", "shift_jis"),
    ("http header beats meta", _html(PARA, "<meta charset=utf-8>").encode("gbk"), "text/html; charset=GBK",
     "gb18030", "http", "GBK"),
    ("http header contradicted", _html(PARA * 3).encode("gbk"), "text/html; charset=utf-8", "gb18030", "detected", "utf-8"),
    ("utf-8 with a BOM", b"\xef\xbb\xbf" + PARA.encode(), None, "utf-8", "bom", None),
    ("latin-1 declared, latin text", b"<html><head><meta charset=iso-8859-1></head><body><p>caf\xe9 cr\xe8me</p></body></html>",
     None, "cp1252", "meta", "iso-8859-1"),
]


@pytest.mark.parametrize("what,data,content_type,encoding,chosen_by,declared", CASES, ids=[c[0] for c in CASES])
def test_the_encoding_and_how_it_was_chosen(what, data, content_type, encoding, chosen_by, declared):
    d = decode(data, content_type=content_type)
    assert (d.decoding.encoding, d.decoding.chosen_by, d.decoding.declared) == (encoding, chosen_by, declared)
    assert d.decoding.replaced == 0
    assert "\ufffd" not in d.text
    contradicted = declared is not None and chosen_by not in ("meta", "http")
    assert any("contradicted" in w for w in d.warnings) == contradicted


def test_shift_jis_declared_in_a_meta_tag_is_not_read_as_gb18030():
    page = _html("東京都の経済ニュースです。" * 5, "<meta charset='Shift_JIS'>", "東京").encode("shift_jis")
    assert "東京都の経済ニュースです。" in decode(page).text


def test_stray_bytes_become_replacement_characters_counted_and_warned_about():
    page = _html(PARA * 10)
    cut = len(page[:page.index(PARA) + 40].encode("gbk"))  # between two characters
    gbk = page.encode("gbk")
    broken = gbk[:cut] + b"\xff\xff" + gbk[cut:]
    r = parkclean.clean(broken)
    assert r.decoding.encoding == "gb18030" and r.decoding.replaced == 2
    assert any("2 undecodable" in w for w in r.warnings)
    assert PARA in r.text


def test_a_utf8_page_with_a_footer_in_gbk_is_read_as_utf8_and_its_footer_as_gbk():
    page = (PARA + "\n") * 10
    data = page.encode() + "版权所有某网站".encode("gbk")
    r = parkclean.clean(data)
    assert (r.decoding.encoding, r.decoding.chosen_by, r.decoding.replaced) == ("utf-8", "mixed", 0)
    assert r.text.startswith(PARA) and any(b.block.raw == "版权所有某网站" for b in r.blocks)
    assert any("two encodings: 1 line(s) read as GB18030" in w for w in r.warnings)
    assert r.to_dict()["decoding"]["replaced"] == r.decoding.replaced


def test_a_gbk_template_around_a_utf8_include_reads_each_part_in_its_encoding():
    head = "<html><head><meta charset=gbk><title>园区经济稳中有进</title></head><body><div>首页 &gt; 园区动态</div>\n"
    data = head.encode("gbk") + "".join(f"<p>{PARA}</p>\n" for _ in range(6)).encode("utf-8") + \
        "<div>版权所有 某某高新区管委会</div></body></html>".encode("gbk")
    r = parkclean.clean(data)
    assert r.decoding.chosen_by == "mixed" and r.decoding.replaced == 0  # (UTF-8 here: most wide bytes are)
    assert r.paragraphs == (PARA,) * 6 and r.blocks[0].block.raw == "园区经济稳中有进"
    pure = parkclean.clean((head + "".join(f"<p>{PARA}</p>\n" for _ in range(6))).encode("gbk"))
    assert pure.decoding.chosen_by != "mixed" and pure.paragraphs == (PARA,) * 6


def test_no_encoding_explains_the_bytes_is_a_decode_error():
    with pytest.raises(DecodeError):
        decode(b"\x00\x01" * 500)
    with pytest.raises(DecodeError):
        decode(bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03\x04\x05\x06\x07" * 300)


def test_text_given_as_str_has_no_decoding():
    r = parkclean.clean(PARA)
    assert r.decoding is None and r.to_dict()["decoding"] is None
    assert json.loads(json.dumps(r.to_dict()))["decoding"] is None


@pytest.mark.parametrize("label,codec", [("gb2312", "gb18030"), ("GBK", "gb18030"), ("x-gbk", "gb18030"),
                                         ("utf8", "utf_8"), ("Big5", "big5hkscs"), ("nonsense-99", None)])
def test_charset_labels_are_read_as_browsers_read_them(label, codec):
    assert codec_name(label) == codec


def test_the_declaration_is_read_from_the_head_only():
    assert declared_in_page(b"<meta charset=gbk>") == "gbk"
    assert declared_in_page(b"<p>" + b"x" * 5000 + b"<meta charset=gbk>") is None
    assert declared_in_page("园区 charset 是什么".encode()) is None


def test_a_download_cut_mid_character_loses_that_character_not_its_line():
    data = (PARA + "\n").encode() * 3 + "园区相关负责人表示，下一步将继续推进高新区".encode() + "举".encode()[:2]
    r = parkclean.clean(data)
    assert (r.decoding.encoding, r.decoding.chosen_by, r.decoding.replaced) == ("utf-8", "detected", 1)
    assert any(b.block.raw.startswith("园区相关负责人表示") for b in r.blocks)


def test_a_lying_chinese_label_is_contradicted_by_the_other_chinese_encoding():
    """Big5 bytes under a GBK label read as GBK without an error, as rare and private-use
    characters; GBK bytes under a Big5 label read with a few errors. Either way the other Chinese
    encoding reads them as Chinese: the label is contradicted, and the page is read as detected."""
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业三千余人。"
    hant = "園區今年新開工項目十二個，總投資超過五十億元，預計年底前全部投產，帶動就業三千餘人。"
    for label, text, codec, want in (("gbk", hant, "big5", "big5hkscs"), ("big5", para, "gbk", "gb18030")):
        page = f'<html><head><meta charset="{label}"></head><body><p>{text}</p><p>{text}</p></body></html>'.encode(codec)
        d = decode(page)
        assert d.decoding.encoding == want and d.decoding.chosen_by == "detected" and text in d.text
        assert any("contradicted" in w for w in d.warnings)
    # a GBK page that says GBK costs nothing more and is read as declared
    d = decode(f'<meta charset="gbk"><p>{para}</p>'.encode("gbk"))
    assert d.decoding.chosen_by == "meta" and para in d.text
