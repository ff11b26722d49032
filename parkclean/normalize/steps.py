"""Normalization steps: each is a small, recorded, replayable text fix.

A step has a stable ``kind``, a document-level ``wanted`` check (is there evidence for it on
this page?) and a line-level ``fix`` returning the new line and how many changes it made.
"""
from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import lexicons
from . import script

Fix = Callable[[str], "tuple[str, int]"]

# ---- characters ---------------------------------------------------------------------------
_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # (C1 controls too: cp1252 debris)
_ODD = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_ODD_SPACE = re.compile(_ODD + _ODD + "*")  # a class first: the engine skips ahead to each odd space
_MULTI_SPACE = re.compile(r"  +")
_FW_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ]")
_FW_TABLE = {c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}


# an HTML character reference left in a text dump (&nbsp; &gt; &#8220; &mdash;): with its semicolon,
# so R&D and AT&T stay as they are
ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")


def fix_entities(s: str) -> tuple[str, int]:
    """HTML character references decoded, as a browser shows them (a line break, which some
    decode to, becomes a space: a step never adds or drops a line).

    >>> fix_entities("首页&gt;新闻&nbsp;&nbsp;R&D&mdash;&#8220;园区&#x201D;")
    ('首页>新闻\xa0\xa0R&D—“园区”', 6)
    """
    n = 0

    def one(m: "re.Match[str]") -> str:
        nonlocal n
        out = html.unescape(m.group(0))
        if out == m.group(0):  # not an entity HTML knows
            return out
        n += 1
        return out.replace("\n", " ").replace("\r", " ")

    return ENTITY.sub(one, s), n


# Markdown that some scrapers write instead of plain text: links, images, headings, emphasis
_MD_IMAGE = re.compile(r"!\[((?:[^\]\n!]|!(?!\[)){0,200})\]\(([^)\s]{1,500})(?:\s+\"[^\"\n]{0,200}\")?\)")  # (bounded: linear time)
_MD_LINK = re.compile(r"\[([^\]\n\[]+)\]\((?:(?:https?://|/|\.|#|mailto:)[^)\s]*|javascript:[\w.]*(?:\(\w*\))?;?)"
                      r"(?:\s+\"[^\"\n]*\")?\)")
# a reader service's header (Jina Reader: Title: … / URL Source: … / Published Time: … / Markdown Content:)
_READER_FIELD = re.compile(r"^(?:Title|Published Time):[ \t]*(?=\S)", re.M)  # (URL Source: is a permalink label)
_READER_BODY = "\nMarkdown Content:"
_READER_HEAD = 2000  # characters the header spans at most
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")


def markdown(s: str) -> bool:
    """Whether ``s`` shows Markdown: a link or image, or a heading line (``**`` alone is no
    evidence: 张** and 李** are names masked in the news)."""
    return "](" in s or "\n# " in s or "\n## " in s or s.startswith("# ")


# a linked picture ([![枫州新闻网](…/logo.png)](https://…/), a logo or a teaser's thumbnail): its alt text, the
# words it stands for, or its address when it has none
_MD_LINKED_IMAGE = re.compile(r"\[!\[([^\[\]\n]{0,200})\]\(([^)\s]{1,500})\)\]\((?:(?:https?://|/|\.|#)[^)\s]{0,500})\)")
# a text browser's link numbers (lynx -dump: [7]首页 [8]走进澄溪, 依据[26]《实施意见》), on a dump that
# ends in the list they number (References / 1. http://…): the numbers are no text of the page
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\d。，、；：！？）)\].,;:!?])")  # (a note's [1]。 is none)
_LINK_LIST = re.compile(r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)?[ \t]*1\.[ \t]+\S+://", re.M)
_LINK_NUMBERS_MIN = 5  # numbered links on the page at least


def link_numbers(s: str) -> bool:
    """Whether ``s`` is a text browser's dump with numbered links and the list they number."""
    return len(_LINK_NUMBER.findall(s, 0)) >= _LINK_NUMBERS_MIN and _LINK_LIST.search(s) is not None


_IMAGE_BEFORE = re.compile(r"\[(?:IMG|INLINE)\][ \t]+(?=[^\s\[])")  # [IMG] 园区经济网: a logo's mark before its words


def fix_link_numbers(s: str) -> tuple[str, int]:
    r"""A text browser's link numbers removed (the list they number at the page's end stays), and its
    mark of a picture before words ([IMG] 园区经济网); a mark alone stays, for the image rules.

    >>> fix_link_numbers("[7]首页 [8]政务公开\n依据[26]《实施意见》，[IMG] [24][IMG]\n见[1]。\n[IMG] 园区经济网")
    ('首页 政务公开\n依据《实施意见》，[IMG] [IMG]\n见[1]。\n园区经济网', 5)
    """
    s, n = _LINK_NUMBER.subn("", s)
    s, m = _IMAGE_BEFORE.subn("", s)
    return s, n + m


# a picture alone on its line is its address (the image rules see a file name); inside a line of
# text it is nothing (its alt text, ``Image 2: 园区全景``, was never text a reader saw)
_MD_IMAGE_LINE = re.compile(r"^[ \t]*" + _MD_IMAGE.pattern + r"[ \t]*$", re.M)


def fix_markdown(s: str) -> tuple[str, int]:
    r"""Markdown as the text it stands for: a link is its words, a picture its address when alone on
    its line (so the image rules see a file name) and nothing inside text, a heading and emphasis
    lose their marks.

    >>> fix_markdown("# 园区召开会议\n[首页](https://example.com/) > 新闻\n![Image 2: 园区](https://example.com/a.jpg)\n**主要指标**增长")
    ('园区召开会议\n首页 > 新闻\nhttps://example.com/a.jpg\n主要指标增长', 4)
    >>> fix_markdown("园区![](https://example.com/icon.png)召开会议")
    ('园区召开会议', 1)
    >>> fix_markdown("[![某某新闻网](https://example.com/logo.png)](https://example.com/)\n[![](https://example.com/t.jpg)](/a.html)")
    ('某某新闻网\nhttps://example.com/t.jpg', 2)
    >>> fix_markdown("Title: 园区召开会议\n\nURL Source: https://example.com/a.html\n\nMarkdown Content:\n[关注](javascript:void(0);)")
    ('园区召开会议\n\nURL Source: https://example.com/a.html\n\nMarkdown Content:\n关注', 2)
    """
    h = 0
    if s.startswith("Title:") and (cut := s.find(_READER_BODY, 0, _READER_HEAD)) > 0:  # the header's values, as a
        head, h = _READER_FIELD.subn("", s[:cut])                                      # browser dump gives them
        s = head + s[cut:]
    s, a0 = _MD_LINKED_IMAGE.subn(lambda m: m.group(1).strip() or m.group(2), s)
    s, a1 = _MD_IMAGE_LINE.subn(r"\2", s)
    s, a2 = _MD_IMAGE.subn("", s)
    a = a0 + a1 + a2
    s, b = _MD_LINK.subn(r"\1", s)
    s, c = _MD_HEADING.subn("", s)
    s, d = _MD_STRONG.subn(r"\2", s)
    return s, h + a + b + c + d


# HTML tags left in a text dump by a scraper that kept some markup (<br/>, <strong>…</strong>, <p>)
HTML_TAG = re.compile(r"</?(?:p|br|hr|strong|b|i|em|u|s|span|div|a|img|font|sup|sub|small|big|center|h[1-6]|li|ul|ol|"
                      r"table|tbody|thead|tr|td|th|section|article|blockquote|figure|figcaption|label)\b[^<>\n]{0,300}/?>",
                      re.I)


def fix_html_tags(s: str) -> tuple[str, int]:
    """HTML tags in a text dump dropped (their text stays).

    >>> fix_html_tags("近日，<strong>园区</strong>召开会议。<br/>"), fix_html_tags("a <b> c and x<y>z")
    (('近日，园区召开会议。', 3), ('a  c and x<y>z', 1))
    """
    return HTML_TAG.subn("", s)


def fix_invisible(s: str) -> tuple[str, int]:
    """Drop zero-width, bidi and control characters."""
    return _INVISIBLE.subn("", s)


# a space after full-width punctuation, or before it, in Chinese text (表示， 将 → 表示，将): Chinese
# typesetting puts none there; it comes from &nbsp; or an ideographic space in the source
_FW_PUNCT = "，。、；：）」』】》"  # (not ！？: a space after them splits a two-part headline)
# (each alternative starts with the space and looks back past it: a literal first character lets
# the engine skip ahead to the spaces, where a leading look-behind is tried at every position, 30x slower)
_PUNCT_SPACE = re.compile(r" (?<=[" + _FW_PUNCT + r"] ) *(?=[\u4e00-\u9fff“‘（「『【《])"
                          r"| (?<=[\u4e00-\u9fff”’）] ) *(?=[，。、；：！？])")


_SPACE_AFTER_PUNCT = re.compile(" (?<=[，。：] )")  # (the space first: the engine skips ahead to spaces)


def punct_space(s: str) -> bool:
    """Whether ``s`` holds a space after a comma, full stop or colon, the common cases (for the
    plan; the rarer forms are fixed whenever the page has odd spaces, their usual source, and the
    spaces step runs anyway)."""
    return _SPACE_AFTER_PUNCT.search(s) is not None


def fix_spaces(s: str) -> tuple[str, int]:
    """NBSP, ideographic and other odd spaces become one plain space; runs collapse; lines trimmed;
    no space stays next to full-width punctuation in Chinese text.

    >>> fix_spaces("园区\u00a0相关负责人表示，\u3000将持续优化营商环境 。")
    ('园区 相关负责人表示，将持续优化营商环境。', 4)
    """
    s, n = _ODD_SPACE.subn(" ", s)
    if "\t" in s:
        n += s.count("\t")
        s = s.replace("\t", " ")
    m = 0
    if "  " in s:
        s, m = _MULTI_SPACE.subn(" ", s)
    if " \n" in s or "\n " in s:
        s = s.replace(" \n", "\n").replace("\n ", "\n")
    s, k = _PUNCT_SPACE.subn("", s)  # (the engine skips ahead to the spaces: a few microseconds a page)
    m += k
    return s.strip(" "), n + m


def fix_fullwidth_alnum(s: str) -> tuple[str, int]:
    """Full-width ASCII letters and digits (Ａ１) become ASCII (A1)."""
    n = len(_FW_ALNUM.findall(s))
    return (s.translate(_FW_TABLE), n) if n else (s, 0)


# ---- mojibake -------------------------------------------------------------------------------
# UTF-8 bytes decoded as GBK turn "，" and "。" into 锛 and 銆 and common characters into rare ones.
_GBK_MOJI = re.compile("[锛銆鈥鍦鐨鏄浜涓鍙鎴鍥鎷寮鏈鐢浠鑰瀹绋銉]")
_LATIN_MOJI = re.compile("[ÃÂâåæçèéä][\u0080-\u00ff\u2018-\u203a\u0152-\u0192]")


def fix_mojibake(s: str) -> tuple[str, int]:
    """Repair UTF-8 read as GBK (鍥介檯 → 国际) or as Latin-1/cp1252 (via ftfy), line by line."""
    if "\n" in s:
        out, total = [], 0
        for line in s.split("\n"):
            fixed, n = fix_mojibake(line)
            out.append(fixed)
            total += n
        return "\n".join(out), total
    if len(_GBK_MOJI.findall(s)) >= 2:
        try:
            fixed = s.encode("gb18030").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            fixed = s
        if fixed != s:
            return fixed, 1
    if _LATIN_MOJI.search(s):
        import ftfy
        fixed = ftfy.fix_encoding(s)
        if fixed != s:
            return fixed, 1
    return s, 0


# ---- pinyin annotations --------------------------------------------------------------------
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aoeiuüv" + _TONED + r"]{1,3}(?:ng|n|r)?"
# a parenthesis right after a CJK character, holding one syllable (with a tone mark, for _PINYIN)
# (or up to four syllables, one per character before it: 园区(yuán qū))
_PINYIN = re.compile(r"[(（](?<=[\u3400-\u9fff][(（])\s?(?=[a-zü ]*[" + _TONED + r"])" + _SYL + r"(?: ?" + _SYL + r"){0,3}"
                     r"\s?[)）]")
_PINYIN_ANY = re.compile(r"[(（](?<=[\u3400-\u9fff][(（])\s?" + _SYL + r"\s?[)）]")


def pinyin_hits(s: str, at_most: int = 0) -> int:
    """Tone-marked pinyin syllables glued in parentheses after a character (counting stops at
    ``at_most`` when it is given)."""
    if not at_most:
        return len(_PINYIN.findall(s))
    return sum(1 for _ in itertools.islice(_PINYIN.finditer(s), at_most))


def fix_pinyin(s: str, allow_toneless: bool = False) -> tuple[str, int]:
    """``園區(qū)`` → ``園區``: only real syllables, tone-marked unless the page has many."""
    return (_PINYIN_ANY if allow_toneless else _PINYIN).subn("", s)


# ---- advertising-law substitutions ---------------------------------------------------------
@lru_cache(maxsize=1)
def _adlaw() -> tuple[tuple[str, "re.Pattern[str]", str], ...]:
    return tuple((r[0], re.compile(r[1]), r[2]) for r in lexicons.table("adlaw.tsv"))


def fix_adlaw(s: str) -> tuple[str, int]:
    """``蕞佳`` → ``最佳``, ``排名头部`` → ``排名第一``, never ``头部企业``."""
    if "蕞" not in s and "头部" not in s and "頭部" not in s:
        return s, 0
    total = 0
    for _, rx, rep in _adlaw():
        s, n = rx.subn(rep, s)
        total += n
    return s, total


# ---- punctuation -----------------------------------------------------------------------------
_CJK = "\u3400-\u9fff\u3001-\u303f\uff01-\uff60“”‘’"
_TO_FW = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_TO_HW = {v: k for k, v in _TO_FW.items()}
_ASCII_IN_CJK = re.compile(r"(?<=[" + _CJK + r"])[,;:?!](?![0-9/])|[,;:?!](?=[" + _CJK + r"])(?<![0-9]:)")
_FW_IN_CJK = re.compile("[，；：？！]")
# an ASCII full stop closing a Chinese paragraph: after a CJK character or closing mark, at the
# line's end (after closing quotes). Inside a line a dot after a character is too often something
# else: a foreign name (弗拉迪米尔.科马洛夫, 约翰. 史密斯), a numbered heading (一. 总则), a reference
# (张三, 李四. 园区经济研究[J]). Not 3.5, 园区.com or 更多... either.
_STOP_IN_CJK = re.compile(r"\.(?<=[\u3400-\u9fff”’」』）》]\.)(?=[”’」』）》\s]*$)", re.M)  # the literal first: the engine skips to each .


# literal first, so the regex engine can skip ahead to each occurrence
_ONE_IN_CJK = {c: re.compile(re.escape(c) + r"(?:(?<=[" + _CJK + r"]" + re.escape(c) + r")(?![0-9/])|(?=[" + _CJK + r"]))")
               for c in _TO_FW}


try:  # the optional C kernel does the five passes in one call (same results, tested)
    from .._speedups import punct_fullwidth as _punct_fullwidth_c
except ImportError:  # pragma: no cover - depends on the build
    _punct_fullwidth_c = None  # type: ignore[assignment]


def fix_punct_fullwidth(s: str) -> tuple[str, int]:
    """ASCII , ; : ? ! touching a CJK character become full-width (times and URLs untouched); an
    ASCII full stop after a CJK character at the line's end becomes 。 (not 3.5, 园区.com, an
    ellipsis, 一. 总则, or the dot in 迈克尔.乔丹). The space that followed the ASCII mark goes, as the spaces step drops a space next
    to full-width punctuation: cleaning the result again changes nothing.

    >>> fix_punct_fullwidth("园区建设, 今年开工. 预计年底投产.")
    ('园区建设，今年开工. 预计年底投产。', 3)
    >>> fix_punct_fullwidth("增长3.5个百分点, 见园区.com 或更多..."), fix_punct_fullwidth("迈克尔.乔丹说.")
    (('增长3.5个百分点，见园区.com 或更多...', 2), ('迈克尔.乔丹说。', 1))
    """
    s, n = _punct_fullwidth_c(s) if _punct_fullwidth_c is not None else _punct_fullwidth_py(s)
    if "." in s:
        s, k = _STOP_IN_CJK.subn("。", s)
        n += k
    if n and " " in s:
        s, k = _PUNCT_SPACE.subn("", s)
        n += k
    return s, n


def _punct_fullwidth_py(s: str) -> tuple[str, int]:
    total = 0
    for c, rx in _ONE_IN_CJK.items():
        if c in s:
            s, n = rx.subn(_TO_FW[c], s)
            total += n
    return s, total


def fix_punct_halfwidth(s: str) -> tuple[str, int]:
    """Full-width ， ； ： ？ ！ become ASCII."""
    return _FW_IN_CJK.subn(lambda m: _TO_HW[m.group(0)], s)


# ---- script -----------------------------------------------------------------------------------
def make_script_fix(config: str) -> Fix:
    """A conversion step. Its count is the number of Traditional-only characters converted (t2s),
    or of lines changed (other conversions): cheap to compute on a whole page."""
    conv = script.converter(config)

    def fix(s: str) -> tuple[str, int]:
        out = conv(s)
        if out == s:
            return s, 0
        if config == "t2s":
            return out, script.count_hant(s)
        return out, sum(1 for a, b in zip(s.split("\n"), out.split("\n")) if a != b)

    return fix


@dataclass(frozen=True)
class Step:
    """A named fix; ``kind`` is the stable id shown in ``result.normalization``."""

    kind: str
    fix: Fix
    doc: str
