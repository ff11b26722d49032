"""What a headline-like line looks like, without its page: the parts of an HTML title, a tag before a
thread's headline, a headline's first character, and the form fields that are never a headline
(信件编号：…, 受理单位：…, 发布机构：). Shared by the title rules, the decision's extensions and the
metadata's headline reader."""
from __future__ import annotations

import re

from .. import lexicons
from ..memo import per_text
from .matcher import regex

# a thread's or a column's tag in brackets before a headline: [求助] 标题, 【独家】标题, (视频) 标题
TAG_FIRST = re.compile(r"^\s*[\[【［(（](?![一二三四五六七八九十\d]+[\]】］)）])[^\]】］)）]{1,6}[\]】］)）]\s*")  # (not （一）, 【1】: a number)
# separators between the parts of an HTML title; a Chinese dash pair (——) stays inside a headline
_TITLE_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:_|\||｜| - | – | — | / |\s-|-\s|(?<=[\u4e00-\u9fff\d][\u4e00-\u9fff])-(?=[\u4e00-\u9fff“《][\u4e00-\u9fff“”《》]))\s*")
@per_text
def page_title_parts(first_line: str) -> list[str]:
    """``X - 财经 - 某网`` → ``['X', '财经', '某网']`` (the parts of an HTML title). A column's
    word before a bar opens the headline, as the page writes it (``组图｜X`` is one part).

    >>> page_title_parts("园区新规出台_园区动态_某某在线"), page_title_parts("组图｜园区夜景 - 某某网")
    (['园区新规出台', '园区动态', '某某在线'], ['组图｜园区夜景', '某某网'])
    >>> page_title_parts("某某日报数字报-临港产业园跑出开放“加速度”"), page_title_parts("中欧班列（渝-新-欧）开行突破千列")
    (['某某日报数字报', '临港产业园跑出开放“加速度”'], ['中欧班列（渝-新-欧）开行突破千列'])
    >>> page_title_parts("沪-苏-浙三地签署合作协议"), page_title_parts("京-津-冀协同发展十年成效显著")
    (['沪-苏-浙三地签署合作协议'], ['京-津-冀协同发展十年成效显著'])
    """
    line = first_line.strip()
    m = _COLUMN_BAR.match(line)
    if m and m.group(1) in lexicons.interface_words():
        parts = [p for p in _TITLE_SPLIT.split(line[m.end():]) if p]
        return [m.group(0) + parts[0], *parts[1:]] if parts else [line]
    return [p for p in _TITLE_SPLIT.split(line) if p]


_COLUMN_BAR = re.compile(r"([\u4e00-\u9fff]{2,4})[|｜丨]")


_UNSPACED = re.compile(r"[ \u3000]+")


def field_line(key: str) -> bool:
    """A form's field with a short value or an identifier (写 信 人：王**, 信件编号：2404121035872),
    however its label is spaced out: never a headline."""
    return regex("shape.field_value").match(_UNSPACED.sub("", key)) is not None


def form_field(key: str) -> bool:
    """A form's field by its label's kind (诉求类型：投诉, 信件编号：…), however its label is spaced."""
    return regex("shape.form_field").match(_UNSPACED.sub("", key)) is not None


def holder_field(key: str) -> bool:
    """A form's field naming who asked, wrote or took the case (提问企业：某某公司, 受理单位：某某局,
    留言人：李**): never a headline (an opening's 主持人：大家好 is no form field: :func:`form_field`).

    >>> holder_field("提问企业：某某新材料科技有限公司"), holder_field("受理单位：市交通运输局"), holder_field("园区：三年跨越")
    (True, True, False)
    """
    return regex("shape.holder_field").match(key) is not None


def field_label_alone(key: str) -> bool:
    """A field's label alone on its line (发布机构：), not one naming the title (名称：) nor a
    salutation (各有关企业：): the line under it is the field's value, not a headline."""
    return regex("shape.field_label").match(key) is not None and regex("shape.title_label").match(key) is None \
        and regex("shape.salutation").match(key) is None


# (a thread's or a mailing list's tag in square brackets may open it: [求助] 标题, [qtems-dev] 提案：…)
_HEADLINE_START = re.compile(r"[\u3400-\u9fff0-9A-Za-z“「《【(（\"']|\[[^\]\s]{1,20}\]\s?[\u3400-\u9fff“「《]")


def headline_start(key: str) -> bool:
    """A headline starts with a character, a digit or an opening quote, not with > or a bullet."""
    return bool(_HEADLINE_START.match(key))
