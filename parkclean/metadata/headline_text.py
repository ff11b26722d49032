"""What a headline candidate's text alone says of it: its shape, and the flaws that make a line
no headline (a numbered section, interface words, a date, a byline's words, an outlet's name, a
breadcrumb trail, a field and its value, a line of names or of menu words). ``headline.py`` reads
these beside the line's place on the page.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons, memo
from ..evidence.matcher import regex
from ..evidence.headline_shapes import field_line, holder_field
from . import byline, dates, fields, posters

TRAIL = re.compile(r"[>»›→＞]")  # 首页 > 园区 > 标题: a breadcrumb trail
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．]|"
                       r"第[一二三四五六七八九十\d]{1,3}[章节部分条])")
_CREDIT = re.compile(r"(?:作者|来源|记者|发布|发表|编辑|日期|时间)\s*[:：]|本报记者|通讯员|实习生|^(?:文|图|图文)\s*[/／|｜]"
                     r"|^(?:以下文章|本文)来源于")
_OUTLET = re.compile(r"(?:日报|晚报|时报|早报|通讯社|新闻社|报社|电视台|广播电台|电台|新闻网|客户端|" + "|".join(fields.EDITIONS) + ")$")  # 某某通讯社: a name, no headline
_BARS = re.compile(r"\s[|｜]\s")  # items of a menu set apart by bars
_DASHES = ("——", "—", "--", "－－")  # a sub-deck's opening (——某县“借地生财”的探索与思考)
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")


@lru_cache(maxsize=None)
def _ui_words() -> frozenset[str]:
    return lexicons.interface_words()


def ui_text(text: str) -> bool:
    """A line made of interface words (``推荐 我要说说``) or a loading placeholder (``正在读取评论……``).

    >>> ui_text("推荐 我要说说"), ui_text("正在读取评论……"), ui_text("园区新规出台")
    (True, True, False)
    """
    words = _ui_words()
    t = text.strip().strip("…. 。")
    if not t:
        return False
    if all(w.lower() in words for w in re.split(r"[\s|｜/]+", t) if w):
        return True
    return t.startswith(_loading())


@lru_cache(maxsize=None)
def _loading() -> tuple[str, ...]:
    """The loading placeholders of ui_words.txt (正在加载, 读取中 …): a line starting so is one."""
    return tuple(w for w in lexicons.words("ui_words.txt") if w.startswith(("正在", "加载", "载入", "读取")))


@lru_cache(maxsize=memo.SIZE)
def credit_text(t: str) -> bool:
    """A byline, a poster's line (某某 评论 书名, 张三 发表于 …) or a full date in the line's text."""
    d = dates.find(t, None) if len(t) <= 60 else None
    return bool(_CREDIT.search(t)) or (d is not None and d.iso is not None) or bool(len(t) <= 60 and posters.poster(t))


@lru_cache(maxsize=memo.SIZE)
def text_evidence(value: str) -> tuple[str, ...]:
    """What a candidate's text alone says of it (remembered: a site repeats its lines)."""
    ev = ["headline_shape" if 5 <= len(value) <= 60 and "。" not in value.rstrip("。")[:-1] and _WORDS.search(value)
          else "not_headline_shape"]  # (a headline has words: 014500857/2024-00321 is a number)
    if _NUMBERED.match(value):
        ev.append("numbered_section")
    if ui_text(value):
        ev.append("ui_text")
    if len(value) <= 60 and (d := dates.find(value, None)) is not None and d.iso:
        ev.append("has_date")
    if _CREDIT.search(value) or (len(value) <= 60 and posters.poster(value)) or regex("shape.name_email").match(value):
        ev.append("byline_words")  # (作者：…, a poster's line: 某某 评论 书名, a name and its mail address)
    if len(value) <= 10 and _OUTLET.search(value):
        ev.append("outlet_name")
    if value.endswith((":", "：")):
        ev.append("ends_colon")
    if regex("marker.original_title").match(value):
        ev.append("original_title")
    if dash_deck(value):
        ev.append("dash_deck")
    if len(TRAIL.findall(value)) >= 2:
        ev.append("trail")
    if field_line(value) or holder_field(value):
        ev.append("field_value")  # (留言领域：城建; 提问企业：某某公司, a form's holder of the case)
    if len(byline.name_line(value)) >= 2:
        ev.append("names_only")
    words = value.split()
    if len(words) >= 3 and all(len(w) <= 4 for w in words) and all(byline.CJK.match(w) for w in words):
        ev.append("menu_words")  # 首页 博文目录 图片 关于我 (not an English headline's short words)
    elif len(_BARS.findall(value)) >= 3:
        ev.append("menu_words")  # 某某新闻网 | 某某日报 | 某某晚报 | 手机版
    return tuple(ev)


def dash_deck(line: str) -> bool:
    """A sub-deck opening with a dash (——某县“借地生财”的探索与思考), not a rule of dashes."""
    t = line.strip()
    return t.startswith(_DASHES) and byline.CJK.search(t) is not None
