"""Dates as ISO 8601, from the forms Chinese pages use, relative ones resolved and flagged.

The formats are data (``FORMATS``); each has a name that appears in provenance. Things that
look like dates but are not (phone numbers, 湘政发〔2021〕3号, year ranges, prices) fail the
range checks or the boundaries and are not dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "○": 0, "Ｏ": 0}
# A time after a date. White space is read in one place between two parts (each optional part brings
# its own, and the date's own \s*日? the first), so a run of spaces has one reading, not one for every
# way of sharing it out (which made a date followed by spaces cost polynomial time).
_TIME = (r"(?:(?:(?<!\s)\s+)?(?:[T日]\s*)?(?:(?:[,，]\s*)?(?:星期|周|週|礼拜)[一二三四五六日天]\s*)?"
         r"(?:[,，]\s*)?(?:(?:北京时间|格林尼治标准时间|GMT)\s*)?(?:(?P<ampm>上午|下午|晚上|中午)\s*)?"
         r"(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?")

_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])")
_WEEKDAYS = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
_EN_TIME = r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"

FORMATS: tuple[tuple[str, "re.Pattern[str]"], ...] = (
    ("ymd", re.compile(r"(?<![\d〔\[])(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*"
                       r"(?P<d>\d{1,2})(?![\d月])\s*日?" + _TIME)),  # (2024年1-5月: a range of months)
    # 2024 09/19 10:26:35: the year apart from a month/day of two digits each (a layout that sets the year in its own box)
    ("y_md", re.compile(r"(?<![\d〔\[/\u4e00-\u9fff])(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{2})/(?P<d>\d{2})(?![\d/])" + _TIME)),
    # 民國113年5月8日, 日期：113年5月8日: a Taiwanese page's year of the Republic (1911 + the year); a
    # year of three digits alone opens the line or a field (距今已有120年 is a span of years), a
    # year of two digits only after 民國
    ("roc", re.compile(r"(?:民[国國]\s*(?P<ry>\d{2,3})|(?:^|(?<=[\s：:（(【\[]))(?P<ry3>1[0-4]\d))\s*年\s*(?P<m>\d{1,2})\s*月\s*"
                       r"(?P<d>\d{1,2})(?!\d)\s*日?" + _TIME)),
    # a Taiwanese page's 民國 year written with dashes (發布日期：113-05-14), as a field's value or a line alone
    ("roc", re.compile(r"(?:^\s*|(?<=[：:])\s*)(?P<ry3>1[01]\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/.-])" + _TIME)),
    # 24-08-27 09:12: a year of two digits, only with the time after it (a mobile page's stamp)
    ("y2md", re.compile(r"(?<![\d\-/.:])(?P<y2>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?![\d:-])")),
    ("cn_ymd", re.compile(r"(?P<y>[〇零一二三四五六七八九○]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                          r"(?P<d>[一二三四五六七八九十]{1,3})日")),
    # 06/02/2022 - 13:48: day first (as European and most non-US sites), month first when the day
    # field is over 12
    # 7/5/2005 9:23:57 PM: with AM/PM the date is the US order, month first
    ("mdy_ampm", re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})"
                            r"(?::(?P<S>\d{2}))?\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z])")),
    ("dmy", re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"
                       r"(?:\s*-?\s*(?P<H>\d{1,2}):(?P<M>\d{2}))?")),
    # Dec 28 Sat 2013 00:28, December 28, 2013, Saturday, September 10th, 2005 10:56 am, … at 7:32 pm
    ("en", re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                      rf"(?:{_WEEKDAYS},?\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)" + _EN_TIME)),
    # Tue May 14 10:23:51 CST 2024: the C library's stamp (a mailing list's archive, a BBS's 发信站 line)
    ("ctime", re.compile(rf"\b{_WEEKDAYS}\s+(?P<mon>{_MONTH_NAMES})\s+(?P<d>\d{{1,2}})\s+(?P<H>\d{{1,2}}):(?P<M>\d{{2}})"
                         rf"(?::(?P<S>\d{{2}}))?\s+(?:[A-Z]{{2,5}}\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)")),
    # 10 September 2005, 10th Sep 2005 14:05
    ("en_dmy", re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_NAMES})\.?,?\s+"
                          rf"(?P<y>(?:19|20)\d{{2}})(?!\d)" + _EN_TIME)),
    ("compact", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")),
    # (May 2018): a month and a year, as precise as the page states it
    ("en_month", re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)")),
)
_RELATIVE = (
    ("just_now", re.compile(r"^\s*刚刚")),
    ("n_ago", re.compile(r"(?<!\d)(?P<n>\d{1,2}(?=\s*年)|\d+(?!\s*年))\s*(?P<u>秒|分钟|小时|天|周|个月|年)前(?:\s*[(（](?P<m>\d{1,2})-(?P<d>\d{1,2})[)）])?")),
    ("yesterday", re.compile(r"(?P<w>昨天|前天|今天)\s*(?:(?P<H>\d{1,2}):(?P<M>\d{2}))?")),
)


# full-width digits and separators read as their ASCII forms (２０２４－０４－２６ 10：30)
_NARROW = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
# what every form above needs: a digit, 年 (cn_ymd), 刚 (just_now) or 天 (昨天 前天 今天)
_MAYBE = re.compile(r"[\d年刚天]")
# a time's zone right after it, as machine timestamps give it (2024-08-06T18:22:00+08:00, …Z)
_ZONE_AFTER = re.compile(r"(?:\.\d{1,6})?(?:(Z)|([+-])(\d{2}):?(\d{2}))(?![\d:])")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line. A relative date (``3天前``) keeps its ``text``; its ``iso`` is
    None when no reference day was given (the output never depends on the day it runs)."""

    iso: Optional[str]
    relative: bool
    form: str
    span: tuple[int, int]
    text: str = ""


# a time of day alone on a line, said as one (香港时间16时30分, 下午3:05, 发布时间 09:12): a bare 03:25 may be a video's length
_TIME_LINE = re.compile(r"^(?:(?P<zone>[\u4e00-\u9fff]{0,4}时间)[\s:：]*)?(?:(?P<ampm>上午|下午|晚上|中午)\s*)?"
                        r"(?P<H>\d{1,2})(?:[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?|(?P<hour>时)(?P<M2>\d{2})分?)$")


def time_line(text: str) -> Optional[str]:
    """A line that is only a time of day (``香港时间16时30分``, ``下午3:05``, ``09:12:30``): ``HH:MM[:SS]``.

    >>> time_line("香港时间16时30分"), time_line("下午3:05"), time_line("中午1:05"), time_line("16时许"), time_line("03:25")
    ('16:30', '15:05', '13:05', None, None)
    """
    m = _TIME_LINE.match(text.strip())
    if not m or not (m.group("zone") or m.group("ampm") or m.group("hour")):
        return None
    h, mi = int(m.group("H")), int(m.group("M") or m.group("M2"))
    if (m.group("ampm") in ("下午", "晚上") and h < 12) or (m.group("ampm") == "中午" and h < 11):
        h += 12
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{m.group('S')}" if m.group("S") else "")


# a day without its year, with its time: 11-22 14:36, 11月22日 14:36 (a portal's stamp for recent items)
_MONTH_DAY = re.compile(r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*(?:-|月)\s*(?P<d>\d{1,2})日?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?![\d:])")
# the day in an article's address: /2024/1122/, /20241122/, /2024-11-22/, /2024/11/22/, /t20241122_…
_URL_DAY = re.compile(r"/[a-z]?(?P<y>(?:19|20)\d{2})(?:/|-|_)?(?P<m>\d{2})(?:/|-|_)?(?P<d>\d{2})(?=[/_\-.]|\d{0,12}[/_\-.])")


def with_year_from_url(text: str, url: str) -> Optional[str]:
    """A day and time stated without the year (``发布：11-22 14:36``) whose day the article's
    address gives with its year (``…/news/2024/1122/58312.html``): the full date. A day the
    address does not repeat gets no year (a guess would be worse than none).

    >>> with_year_from_url("发布：11-22 14:36", "https://example.cn/news/2024/1122/58312.html")
    '2024-11-22T14:36'
    >>> with_year_from_url("发布：11-23 14:36", "https://example.cn/news/2024/1122/58312.html") is None
    True
    """
    m, u = _MONTH_DAY.search(text), _URL_DAY.search(url or "")
    if m is None or u is None or (int(m.group("m")), int(m.group("d"))) != (int(u.group("m")), int(u.group("d"))):
        return None
    return _iso(int(u.group("y")), int(u.group("m")), int(u.group("d")), m.group("H"), m.group("M"))


def states_month_day(text: str) -> bool:
    """Whether the text states a month and day (with or without its year: ``发布：11-22 14:36``)."""
    return _MONTH_DAY.search(text) is not None


def from_url(url: str) -> Optional[str]:
    """The day an article's address gives (``/2023/1107/``, ``/t20231107_``, ``/20231107/``): the
    published date of a page that states none (CMS paths carry the day the article was filed).

    >>> from_url("http://www.example.com.cn/n1/2023/1107/c1004-40112345.html"), from_url("https://example.cn/art/t20240412_88.html")
    ('2023-11-07', '2024-04-12')
    >>> from_url("https://example.cn/news/2023/1340/1.html") is None, from_url("https://example.cn/list_2.html") is None
    (True, True)
    """
    u = _URL_DAY.search(url or "")
    return _iso(int(u.group("y")), int(u.group("m")), int(u.group("d"))) if u else None


def _cn_num(s: str) -> int:
    if all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    # 十, 十二, 二十, 二十三, 三十一
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGIT.get(a, 1) if a else 1) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    return _CN_DIGIT.get(s, 0)


def _iso(y: int, m: int, d: int, H: Optional[str] = None, M: Optional[str] = None, S: Optional[str] = None
         ) -> Optional[str]:
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    if not (1990 <= y <= 2100):
        return None
    if H is None:
        return date.isoformat()
    h, mi = int(H), int(M or 0)
    if h > 23 or mi > 59:
        return date.isoformat()
    return f"{date.isoformat()}T{h:02d}:{mi:02d}" + (f":{int(S):02d}" if S else "")


def find(text: str, reference: Optional[dt.date]) -> Optional[FoundDate]:
    """The first date in ``text`` (see :func:`_find`); cached, as several readers ask about one line."""
    return _find(text, reference)


@lru_cache(maxsize=8192)
def _find(text: str, reference: Optional[dt.date]) -> Optional[FoundDate]:
    """The first date in ``text``; a relative one is resolved against ``reference`` when given.

    >>> find("发布时间：2021年12月3日 12:55", dt.date(2024, 1, 1)).iso
    '2021-12-03T12:55'
    >>> find("二〇二一年十二月三日", dt.date(2024, 1, 1)).iso
    '2021-12-03'
    >>> find("3天前", dt.date(2024, 1, 10)).iso, find("3天前", dt.date(2024, 1, 10)).relative
    ('2024-01-07', True)
    >>> find("2个月前", None).iso, find("2个月前", None).text
    (None, '2个月前')
    >>> find("发布日期：２０２４－０４－２６　１０：３０", None).iso
    '2024-04-26T10:30'
    >>> find("湘政发〔2021〕3号", dt.date(2024, 1, 1)) is None
    True
    >>> find("日期：113年5月8日", None).iso, find("民國113年5月8日 14:30", None).iso, find("近30年5月8日", None)
    ('2024-05-08', '2024-05-08T14:30', None)
    >>> find("發布日期：113-05-14", None).iso, find("113-04-18", None).iso, find("编号 113-05-14", None)
    ('2024-05-14', '2024-04-18', None)
    >>> find("距今已有120年5月8日", None), find("公元前110年5月8日", None)
    (None, None)
    >>> find("24-08-27 09:12", None).iso, find("电话 0596-12-34 09:12", None), find("24-08-27", None)
    ('2024-08-27T09:12', None, None)
    >>> find("98-11-03 09:12", None).iso
    '1998-11-03T09:12'
    >>> find("2024-08-06T18:22:00+08:00", None).iso, find("2024-07-08T10:32:05.000Z", None).iso
    ('2024-08-06T18:22:00+08:00', '2024-07-08T10:32:05Z')
    >>> find("2024-08-06 电话 +0800", None).iso, find("2024-08-06 18:22 -12345", None).iso
    ('2024-08-06', '2024-08-06T18:22')
    >>> find("会议时间：2024-05-08 08:30-11:30", None).iso, find("2024-05-08 14:00-1600", None).iso
    ('2024-05-08T08:30', '2024-05-08T14:00')
    """
    if not _MAYBE.search(text):  # every form needs one of these: most lines have none
        return None
    text = text.translate(_NARROW)  # (one character for one: the spans found stay the line's)
    best: Optional[FoundDate] = None
    for form, rx in FORMATS:
        for m in rx.finditer(text):
            iso = _convert(form, m.groupdict())
            if iso and (best is None or m.start() < best.span[0]):
                best = FoundDate(iso, False, form, m.span())
                break
    if best and best.iso and len(best.iso) == 19 and (z := _ZONE_AFTER.match(text, best.span[1])):
        # (a zone follows a timestamp to the second: 08:30-11:30 is a span of time, no zone)
        zone = "Z" if z.group(1) else f"{z.group(2)}{z.group(3)}:{z.group(4)}"  # (as precise as the page states)
        best = replace(best, iso=best.iso + zone, span=(best.span[0], z.end()))
    if best:
        return best
    return _relative(text, reference)


def _hour(g: dict) -> Optional[str]:
    """The hour on a 24-hour clock: 下午3:05 and 9:23 PM are afternoon hours, 12:10 AM is past midnight."""
    hour, ap = g.get("H"), (g.get("ap") or "").lower().replace(".", "")
    if hour is None:
        return None
    h = int(hour)
    if (g.get("ampm") in ("下午", "晚上") or ap == "pm") and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return str(h)


_PIVOT = 50  # a two-digit year below this is this century's


def _convert(form: str, g: dict) -> Optional[str]:
    """The ISO form of a date matched by ``form`` (None when it is no calendar date)."""
    if form == "cn_ymd":
        return _iso(_cn_num(g["y"]), _cn_num(g["m"]), _cn_num(g["d"]))
    if form == "roc":
        return _iso(int(g.get("ry") or g["ry3"]) + 1911, int(g["m"]), int(g["d"]), _hour(g), g.get("M"), g.get("S"))
    if form == "y2md":  # (a pivot: 00-49 this century, 50-99 the last, as 98-11-03 on an old forum)
        y2 = int(g["y2"])
        return _iso((2000 if y2 < _PIVOT else 1900) + y2, int(g["m"]), int(g["d"]), g["H"], g["M"])
    if form == "en_month":
        y, mo = int(g["y"]), _MONTHS.index(g["mon"][:3]) + 1
        return f"{y:04d}-{mo:02d}" if 1990 <= y <= 2100 else None
    if form in ("en", "en_dmy", "ctime"):
        return _iso(int(g["y"]), _MONTHS.index(g["mon"][:3]) + 1, int(g["d"]), _hour(g), g.get("M"), g.get("S"))
    d_, m_ = int(g["d"]), int(g["m"])
    if form == "dmy" and m_ > 12 >= d_:
        d_, m_ = m_, d_
    return _iso(int(g["y"]), m_, d_, _hour(g), g.get("M"), g.get("S"))


def _relative(text: str, ref: Optional[dt.date]) -> Optional[FoundDate]:
    for form, rx in _RELATIVE:
        m = rx.search(text)
        if not m:
            continue
        if ref is None:  # no day to count back from: the date stays as the page gives it
            return FoundDate(None, True, form, m.span(), m.group(0).strip())
        found = _resolve(form, m, ref)
        return FoundDate(found.iso, True, form, found.span, m.group(0).strip()) if found else None
    return None


def _resolve(form: str, m: "re.Match[str]", ref: dt.date) -> Optional[FoundDate]:
    """A relative date matched by ``m``, counted back from ``ref``."""
    g = m.groupdict()
    if form == "just_now":
        return FoundDate(ref.isoformat(), True, form, m.span())
    if form == "yesterday":
        back = {"今天": 0, "昨天": 1, "前天": 2}[g["w"]]
        day = ref - dt.timedelta(days=back)
        return FoundDate(_iso(day.year, day.month, day.day, g.get("H"), g.get("M")) or day.isoformat(),
                         True, form, m.span())
    if len(g["n"]) > 6:  # 123456789天前 counts back past any calendar
        return None
    n, unit = int(g["n"]), g["u"]
    if g.get("m") and g.get("d"):  # "3个月前 (05-17)": the month and day are given
        months = n if unit == "个月" else (12 * n if unit == "年" else 0)
        y = ref.year + (ref.month - months - 1) // 12
        iso = _iso(y, int(g["m"]), int(g["d"]))
        if iso and dt.date.fromisoformat(iso) > ref:
            iso = _iso(y - 1, int(g["m"]), int(g["d"]))
        if iso:
            return FoundDate(iso, True, form, m.span())
    delta = {"秒": dt.timedelta(0), "分钟": dt.timedelta(0), "小时": dt.timedelta(hours=n),
             "天": dt.timedelta(days=n), "周": dt.timedelta(weeks=n), "个月": dt.timedelta(days=30 * n),
             "年": dt.timedelta(days=365 * n)}[unit]
    try:
        day = ref - delta if unit not in ("秒", "分钟") else ref
    except OverflowError:  # 999999年前: before any calendar date
        return None
    return FoundDate(day.isoformat(), True, form, m.span())
