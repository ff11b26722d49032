"""Who posted a blog or forum page and whose personal site it is, read from the poster and owner
forms of ``lexicons/byline.tsv`` (``张三 发表于 …``, ``本贴由张三于…发表``, ``张三的博客``).

The forms are patterns anchored at the line's start with placeholders: ``{NAME}`` (a CJK name or a
Latin one), ``{HANDLE}`` (a forum handle) and ``{PERSON}`` (a name that opens with a surname).
"""
from __future__ import annotations

import re

from .. import lexicons
from ..evidence.matcher import regex
from ..memo import per_text
from .byline import CJK, CREDIT_CHARS, GRAMMAR, is_name, surname_first, ui_words


_POSTER_NAME = r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}|[A-Za-z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20}){0,2})"
_HANDLE = r"(?P<handle>[\w·.-]{2,16})"  # letters, CJK, digits, _ · . - (no bracket: [点击此处收藏本文] is a button)
_PERSON = r"(?P<person>[\u4e00-\u9fff]{2,4})"  # a person's name that opens with a surname (checked after the match)
POSTER = tuple(re.compile(r"^\s*" + row[1].replace("{NAME}", _POSTER_NAME).replace("{HANDLE}", _HANDLE)
                          .replace("{PERSON}", _PERSON))
               for row in lexicons.table(GRAMMAR) if row[0] == "poster")


OWNER = tuple(re.compile(r"^\s*" + row[1].replace("{NAME}", _POSTER_NAME)) for row in lexicons.table(GRAMMAR)
              if row[0] == "owner")


@per_text
def owner(line: str) -> list[str]:
    """The owner a personal site's name line names: ``张三的博客`` → ``['张三']``.

    >>> owner("张三的博客"), owner("张三的个人空间"), owner("博主的博客"), owner("某某的博客文章")
    (['张三'], ['张三'], [], [])
    """
    for rx in OWNER:
        m = rx.match(line.strip()[:CREDIT_CHARS])
        if m and is_name(m.group("name")) and len(m.group("name")) <= 3:
            return [m.group("name")]
    return []


def _not_a_poster(name: str) -> bool:
    """Digits, an interface word (电梯直达, 管理员), a reply's floor (沙发, 12楼) or a word that points
    back (本文, 该论文): not who posted."""
    return (name.isdigit() or name in ui_words() or name.lower() in ui_words() or name[0] in "该本此"
            or bool(regex("shape.floor").match(name)))


@per_text
def poster(line: str) -> list[str]:
    """The poster a blog or forum line names: ``张三 发表于 …``, ``本贴由张三于…发表``, ``by 张三``.

    >>> poster("张三 发表于 2005-09-07 10:56"), poster("本贴由李四于2005-09-07发表"), poster("Posted by Zhang San")
    (['张三'], ['李四'], ['Zhang San'])
    >>> poster("发表于 2005-09-07"), poster("楼主 只看该作者")
    ([], [])
    >>> poster("本帖最后由 小橘子爱吃橘子 于 2024-5-12 21:40 编辑"), poster("江城小雨妈 发表于 2024-5-9 21:37:15")
    (['小橘子爱吃橘子'], ['江城小雨妈'])
    >>> poster("留言人：鹤川老桂苑"), poster("原文 发表于《某某日报》"), poster("[点击此处收藏本文]  发表于2005年09月07日")
    (['鹤川老桂苑'], [], [])
    >>> [poster(f"{w} 发表于 2024-5-9 21:37") for w in ("沙发", "电梯直达", "管理员", "该论文", "本文", "2024")]
    [[], [], [], [], [], []]
    >>> poster("陈默言 评论 园区三十年：一个县级开发区的成长史"), poster("清代：沈石樵"), poster("网友评论 2条")
    (['陈默言'], ['沈石樵'], [])
    >>> poster("专家 点评 今年一季度经济数据"), poster("当代：诗意栖居")  # (no surname: no person)
    ([], [])
    >>> poster("林慧心 报道"), poster("园区 报道")  # (a reporter's name alone with 报道)
    (['林慧心'], [])
    """
    for rx in POSTER:
        m = rx.match(line[:CREDIT_CHARS])
        if m and "handle" in rx.groupindex:
            handle = m.group("handle")
            return [] if _not_a_poster(handle) else [handle]
        if m and "person" in rx.groupindex:
            person = m.group("person")
            return [person] if is_name(person) and surname_first(person) and not _not_a_poster(person) else []
        if m:
            name = m.group("name")
            if _not_a_poster(name):
                return []
            if CJK.match(name) and not is_name(name):
                return []
            if not CJK.match(name) and name.lower() in ui_words():
                return []
            return [name]
    return []
