"""The site's name from its header: the logo line at the top of a page.

A page's first lines are the site's header: a skip link, the tool bar (无障碍 | 长者模式), the day
(今天是…), the address (www.…), then the logo, whose text is the site's name, often with its
English name or a slogan after it (某某新闻网 www.…, 某某资讯 - 有价值的资讯). The name is the logo's
text up to those, when it ends as a site's or an owner's name does (``lexicons/site_names.txt``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .. import lexicons
from ..evidence.matcher import regex

HEADER_LINES = 6  # the logo stands among a page's first lines
_NAV_ITEM_CHARS = 6  # a shorter line that names nothing is a menu item: the menu has begun, below the logo
_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,17}$")  # (a longer run is a menu glued together)
_SLOGAN_CUT = re.compile(r"\s*(?:\s[-－|｜—–·]\s|——|\s{2,}).*$")  # 某某资讯 - 有价值的资讯, 某某网 | 某某中心协办
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.'&:/ -]*")  # 某某在线 Linjing Online, 某某网 www.x.cn: after the name
_WELCOME = re.compile(r"^(?:(?:您好|你好)[，,！!]?\s*)?(?:欢迎访问|欢迎光临|欢迎来到)(?P<v>[^！!，,\s]{2,24}?)(?:门户网站|网站)?(?:[！!。\s]|$)|^(?P<w>[^！!，,\s]{2,24}?)欢迎您")
_MENU_BAR = re.compile(r"\s[|｜]\s")
_HOME = re.compile(r"^(?P<v>[^\s|｜]{2,24}?)首页$")  # 某某网首页: the home link names the site
_PORTAL = re.compile(r"门户网站$")  # 某某县人民政府门户网站: the site of 某某县人民政府
_SKIP_LINK = re.compile(r"跳(?:转|至|到|过)|主要内容|^[:：\s]+$")
_SENTENCE = re.compile(r"[，。！？；,;!?]")
_BAR = re.compile(r"[|｜·/\d]")  # a tool bar (无障碍 | 长者模式), the day, an address: beside the logo


@lru_cache(maxsize=1)
def _endings() -> re.Pattern[str]:
    words = sorted(lexicons.words("site_names.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


def header_name(line: str) -> Optional[str]:
    """The site's name a header line gives, or None.

    >>> header_name("某某新闻网 www.moumou.cn"), header_name("某某资讯 - 有价值的资讯"), header_name("欢迎访问某某县人民政府网站！ 设为首页")
    ('某某新闻网', '某某资讯', '某某县人民政府')
    >>> header_name("您好，欢迎访问某某县人民政府门户网站！")
    '某某县人民政府'
    >>> header_name("某某县人民政府门户网站"), header_name("某某网首页"), header_name("新闻网"), header_name("电子报")
    ('某某县人民政府', '某某网', None, None)
    >>> header_name("首页"), header_name("园区召开企业家座谈会，共商发展大计"), header_name("某某新闻网 | 今日某某日报 | 某某晚报")
    (None, None, None)
    """
    line = line.strip()
    m = _WELCOME.match(line) or _HOME.match(line)
    if m:
        line = m.group("v") or m.group("w")
    elif len(_MENU_BAR.findall(line)) >= 2:
        return None  # 某某新闻网 | 今日某某日报 | 某某客户端: a menu of the group's sites, no logo
    name = logo_name(line)
    if name is None:
        return None
    end = _endings().search(name)
    prefix = name[:end.start()] if end else ""
    if not prefix or len(prefix) <= 2 and _endings().search(prefix) or prefix.startswith("本"):
        return None  # (新闻网, 电子报: the words alone, a section's; 本网, 本报: the page's word for its site)
    return name


def logo_name(line: str) -> Optional[str]:
    """A logo line's name, whatever its ending (知问, 食家厨房 - 让每一顿家常饭都好吃): two to eighteen
    characters, no interface or section word; its slogan, its Latin name and 门户网站 cut.

    >>> logo_name("食家厨房 - 让每一顿家常饭都好吃"), logo_name("首页"), logo_name("园区召开企业家座谈会，共商发展大计")
    ('食家厨房', None, None)
    >>> logo_name("下载某某客户端"), logo_name("当前在线")  # (a prompt, a counter's label)
    (None, None)
    """
    name = _latin_cut(_SLOGAN_CUT.sub("", line.strip()))
    name = _PORTAL.sub("", name) or name
    if not _NAME.match(name) or name in lexicons.interface_words() or name in lexicons.words("section_words.txt") \
            or regex("shape.app_promo").search(name) or regex("shape.call_to_action").search(name):
        return None  # (a call to act is a prompt, not a name: 下载某某客户端, 立即报名)
    return name


def is_site_name(text: str) -> bool:
    """The text is a site's or its owner's name alone (某某县人民政府, 某某日报数字报), as a logo gives it."""
    return header_name(text) == text.strip()


def _latin_cut(line: str) -> str:
    """``line`` without the Latin words after its last Chinese character and a space."""
    i = len(line)
    while i > 0 and not "\u4e00" <= line[i - 1] <= "\u9fff":
        i -= 1
    tail = line[i:]
    return line[:i] if tail[:1].isspace() and _LATIN.fullmatch(tail.strip()) else line


def _menu_begun(line: str) -> bool:
    """The header's menu has begun (首页, 新闻, 触屏版) or a sentence stands: no logo below."""
    line = line.strip()
    if _SKIP_LINK.search(line) or _BAR.search(line) or regex("shape.top_bar").match(line):
        return False
    return _SENTENCE.search(line) is not None or line in lexicons.interface_words() or len(line) <= _NAV_ITEM_CHARS


def site_from_header(lines: Sequence[str]) -> Optional[tuple[int, str]]:
    """The first of a page's first lines that names its site (:func:`header_name`), above its
    menu: its index and the name."""
    for k, line in enumerate(lines[:HEADER_LINES]):
        name = header_name(line)
        if name:
            return k, name
        if _menu_begun(line):
            return None
    return None
