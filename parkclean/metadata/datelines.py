"""Datelines: the opening credit of a dispatch, read off the text's first paragraph (某某网长沙5月8日电,
本报讯, 【某某时报记者 某某】, （某某社记者某某台北8日电）, 〔记者某某／屏东报导〕, （新山23日讯）),
and the outlet credited at the end of the text (…。（某某社）)."""
from __future__ import annotations

import re
from typing import Optional

from ..memo import per_text
from .fields import OUTLET_ENDS
from .people import AGENCY_CREDIT

_DATELINE = re.compile(
    r"^[【\[]?(?P<line>(?P<outlet>(?:本报|[\u4e00-\u9fff]{1,8}?(?:网|社|报|台|日报|时报|晚报|新闻|通讯|在线|融媒|融媒体|财经|体育|娱乐)))"
    r"(?P<rest>[\u4e00-\u9fff]{0,6}?)(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?(?:电|讯|消息))")
_POSTED = re.compile(r"驻[\u4e00-\u9fff]{1,6}$")
_BRACKET_DATELINE = re.compile(r"^(?P<line>【(?P<outlet>[\u4e00-\u9fff]{2,12}?)(?:记者|通讯员|特约记者)[^】]{2,16}】)")
# the Taiwanese credit with the place it was filed from after a slash: 〔记者张三、李四／屏东报导〕
_FILED_FROM = re.compile(r"^[〔【（(\[]?(?P<line>(?:本报)?(?:记者|特派员|特约记者) ?[\u4e00-\u9fff·、 ]{2,30}?[／/] ?"
                         r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:报导|报道))[〕】）)\]]?")


@per_text
def dateline(first_paragraph: str) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """``某某网长沙5月8日电 …`` → (dateline, outlet, place); also ``【某某时报记者 某某】``.

    >>> dateline("【某某商报记者张三】日前，记者从协会获悉")
    ('【某某商报记者张三】', '某某商报', None)
    >>> dateline("（某某社记者王小明新竹8日电）竹科管理局今天表示")
    ('（某某社记者王小明新竹8日电）', '某某社', '新竹')
    >>> dateline("【某某报专讯】园区扩建"), dateline("（某某日报报道）园区扩建"), dateline("（香港某某社8日电）园区扩建")
    (('某某报专讯', '某某报', None), ('（某某日报报道）', '某某日报', None), ('（香港某某社8日电）', '香港某某社', None))
    >>> dateline("某某在线8月15日讯（记者 张三）园区")
    ('某某在线8月15日讯', '某某在线', None)
    >>> dateline("某某网云端新闻3月3日讯（记者 张三）园区"), dateline("某某网长沙3月3日讯 园区")
    (('某某网云端新闻3月3日讯', '某某网云端新闻', None), ('某某网长沙3月3日讯', '某某网', '长沙'))
    >>> dateline("某某新闻客户端讯（记者 张三）近日"), dateline("某某网长沙讯 园区")
    (('某某新闻客户端讯', '某某新闻客户端', None), None)
    >>> dateline("某某融媒讯（记者 张三）5月28日上午"), dateline("某某财经讯 某某科技今晚公告")
    (('某某融媒讯', '某某融媒', None), ('某某财经讯', '某某财经', None))
    >>> dateline("某某网6月14日消息：记者昨天从"), dateline("某某网消息（记者万俊）10月18日"), dateline("据某某社消息：5月19日")
    (('某某网6月14日消息', '某某网', None), ('某某网消息', '某某网', None), None)
    >>> dateline("（新山23日讯）柔佛州政府"), dateline("某某体育讯 北京时间4月18日晚"), dateline("某某娱乐讯（记者 张三）")
    (('新山23日讯', None, '新山'), ('某某体育讯', '某某体育', None), ('某某娱乐讯', '某某娱乐', None))
    >>> dateline("〔记者张三、李四／屏东报导〕屏南园区二期"), dateline("记者王五/台中报导 园区")
    (('记者张三、李四／屏东报导', None, '屏东'), ('记者王五/台中报导', None, '台中'))
    """
    if first_paragraph.lstrip().startswith("据"):
        return None  # (据新华社消息，…: a report attributed, no dateline)
    f = _FILED_FROM.match(first_paragraph.strip())
    if f:  # 〔记者张三／台中报导〕: the credit, the place it was filed from, no outlet
        return f.group("line"), None, f.group("place")
    b = _BRACKET_DATELINE.match(first_paragraph.strip())
    if b:  # 【某某时报驻美国特约记者 …】: the outlet without its posting
        return b.group("line"), _POSTED.sub("", b.group("outlet")), None
    a = AGENCY_CREDIT.match(first_paragraph.strip())
    if a:  # （某某社记者张三台北8日电）
        return a.group(0), a.group("outlet"), a.group("place")
    r = _OUTLET_REPORTS.match(first_paragraph.strip()) or _AGENCY_FILED.match(first_paragraph.strip())
    if r:  # （某某日报报道）, （香港某某社8日电）
        return r.group("line"), r.group("outlet"), None
    d = _PLACE_DAY.match(first_paragraph.strip())
    if d:  # （新山23日讯）: the place and the day, no outlet
        return d.group("line"), None, d.group("place")
    m = _DATELINE.match(first_paragraph.strip())
    if not m:
        return None
    outlet = m.group("outlet")
    if outlet == "本报":
        return m.group("line"), outlet, None
    rest = m.group("rest") or None
    if rest == "专" and m.group("m") is None:  # 【某某报专讯】: an exclusive, no place
        return m.group("line"), outlet, None
    if rest and rest.endswith(_APP_NAMES):  # 某某网云端新闻3月3日讯, 某某新闻客户端讯: the outlet's app, no place
        return m.group("line"), outlet + rest, None
    if m.group("m") is None and rest:
        return None
    return m.group("line"), outlet, rest


_APP_NAMES = ("新闻", "客户端")


# （某某日报报道）opening a paragraph; （某某社） closing the last one
_OUTLET_NAME = rf"[\u4e00-\u9fff]{{1,8}}?(?:{OUTLET_ENDS})"
_OUTLET_REPORTS = re.compile(rf"^(?P<line>[（(](?P<outlet>{_OUTLET_NAME})(?:记者[^）)]{{0,8}})?报道[)）])")
_PLACE_DAY = re.compile(r"^[（(](?P<line>(?P<place>[\u4e00-\u9fff]{2,4})\d{1,2}日[讯电])[)）]")
_AGENCY_FILED = re.compile(r"^(?P<line>[（(](?P<outlet>[\u4e00-\u9fff]{2,8}?社)(?:\d{1,2}日)?专?电[)）])")
_OUTLET_AT_END = re.compile(rf"[。！？”][（(](?P<outlet>{_OUTLET_NAME})[)）]\s*$")


def outlet_at_end(last_paragraph: str) -> Optional[str]:
    """The outlet credited at the end of the text: ``…表示。（某某社）`` → ``某某社``.

    >>> outlet_at_end("园区将继续扩建。（某某社）"), outlet_at_end("园区将继续扩建。（张三）")
    ('某某社', None)
    """
    m = _OUTLET_AT_END.search(last_paragraph[-16:])
    return m.group("outlet") if m else None
