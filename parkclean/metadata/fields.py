"""Source, dateline, site, category, tags and URL, read from the lines that were removed."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicons
from ..evidence.matcher import LEAD, lexicon_pattern
from ..memo import per_text

# Labels of other fields that end a value on a shared meta line: 来源：X 日期：… 点击：…
_NEXT_FIELD = re.compile(r"(?:(?<!\s)\s+)?(?:(?:发布|更新|发表)?(?:时间|日期)|作者|编辑|责任编辑|点击|浏览|阅读|评论|字号|(?:图片|视频)?来源|"
                         r"发布者|人气|浏览次数|分享|【|\d{4}[-/年.]\d)\s*[:：]?")
# the labelled field (来源：X; not a picture's, 图片来源：X, nor the credit a reprint must give, 转载请注明来源：X), or the article's own credit in words (本文转自X, 原载于X); 信息来源于X
# in the middle of a sentence is a disclaimer about the whole site, not this article's source
_SOURCE = re.compile(r"(?:(?:信息|文章|新闻|消息|本文|資料)?(?<!图)(?<!图片|视频|照片|音频)(?<![注标註]明)(?<![注标註]明[“\"「])(?<![“「])来源|稿源|转自|出处|来自|原创|資料來源|(?:^|(?<=\s)|(?<=[|｜·]))Source(?=\s*:))\s*[:：|｜丨/／]\s*"
                     r"(?P<v>.+)|(?:^|(?<=[\s（(【\[])|本文|文章|原文|此文)(?:来源于|首发于|原载于|转载自|转自|刊载于)"
                     r"\s*[:：]?\s*(?P<v2>.+)")
_CLAUSE = re.compile(r"[，,。；;！？]")
_BRACKETED = re.compile(r"^[\[【《「〔]\s*(?P<v>[^\]】》」〕\s][^\]】》」〕]{1,29}?)\s*[\]】》」〕]")
_MARKUP = re.compile(r"[=<>\"]")
# placeholders that some CMS print in the source field: not an outlet
_NOT_SOURCES = frozenset({"转载文章", "转载", "网络", "互联网", "未知", "佚名", "网络转载"})
_URL_FIRST = re.compile(r"https?://\S+")
_URL = re.compile(r"https?://[^\s<>\"'，。）)]+")
_SITE_FROM = (
    re.compile(r"本文由\s*(?P<v>[^\s,，。]{2,20}?)\s*(?:发布|整理|原创|编辑)"),
    re.compile(r"(?:版权所有|Copyright)\s*(?:[:：©]\s*)?(?:(?:©|\(c\))\s*)?(?:\d{4}(?:-\d{4})?\s*)?"
               r"(?P<v>[\u4e00-\u9fff][^\s,，。|:：]{1,24})(?![^\s,，。|:：]{0,24}[:：])"),  # (not the next field: 版权所有 地址：…)
    # 某某日报社版权所有: the owner before the words, named as an outlet or a body is
    re.compile(r"(?:^|[\s|｜©])(?P<v>[\u4e00-\u9fff][^\s,，。|｜:：©]{1,20}?(?:网|报|社|台|委员会|管委会|公司|集团|中心|局|协会|"
               r"学会|研究院|大学|学院|医院|杂志|政府))\s*(?:(?:[a-z0-9-]+\.)+[a-z]{2,}\s*)?版权所有"),  # (某某网 moumou.com 版权所有)
)
_FILING_TAIL = re.compile(r"[\u4e00-\u9fff]?ICP.*$|[\u4e00-\u9fff]公网安备.*$|\d{4}.*$")


# where an outlet's name ends on a source line: two spaces, the next field, a domain, a number,
# or a role (来源：某某网 记者 张三)
_SOURCE_END = re.compile(r"\s{2,}|\s+(?=\S+[:：])|\s+(?:[a-z0-9-]+\.)+[a-z]{2,}\b|\s+\d"
                         r"|\s+(?:记者|特约记者|通讯员|作者|编辑|责任编辑|责编|摄影|撰稿|撰文)(?=[\s:：/／]|$)")


_OPEN, _CLOSE = "（(【[", "）)】]"


def _unclosed_cut(v: str) -> str:
    """``v`` up to the first closing bracket it did not open (某某（集团）公司 stays whole)."""
    depth = 0
    for i, c in enumerate(v):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            if depth == 0:
                return v[:i]
            depth -= 1
    return v


@per_text
def source(line: str) -> Optional[str]:
    """``来源：某某网财经频道 评论：0 浏览：`` → ``某某网财经频道`` (the outlet only).

    >>> source("【来源：某某区融媒体中心】【作者：张三】"), source("（来源：某某日报）"), source("来源：某某（集团）公司")
    ('某某区融媒体中心', '某某日报', '某某（集团）公司')
    >>> source("来源 | 某某发布"), source("转载自：某某网"), source("来源 / 某某日报"), source("本文转自某某网")
    ('某某发布', '某某网', '某某日报', '某某网')
    >>> source("来源：[ 某某日报 ] 点击：12"), source("来源：【某某网】"), source('来源： size="20"')
    ('某某日报', '某某网', None)
    >>> source("本站快讯信息来源于公开资料，仅供参考"), source("本文转自某某网，如有侵权请联系删除")
    (None, '某某网')
    >>> source("图片来源：某某资料图"), source("视频来源：某某台"), source("来源：某某日报 图片来源：某某网")
    (None, None, '某某日报')
    >>> source("版权归某某日报社所有，转载请注明来源：某某新闻网。"), source("来源：某某日报。")
    (None, '某某日报')
    >>> source("凡本网注明“来源:某某新闻网”的所有作品,版权均属于某某新闻网")
    >>> source("凡本网注明“来源：某某日报”“来源：某某晚报”的所有作品")  # (labels quoted in a list: a notice's)
    """
    m = _SOURCE.search(line)
    if not m:
        return None
    v = (m.group("v") or m.group("v2")).strip()
    if m.group("v2"):  # a credit in words ends with its clause: 本文转自某某网，如有侵权…
        v = _CLAUSE.split(v, maxsplit=1)[0]
    inner = _BRACKETED.match(v)
    if inner:  # 来源：[ 某某日报 ], 来源：【某某网】, 来源：《某某周刊》
        v = inner.group("v")
    v = _NEXT_FIELD.split(v, maxsplit=1)[0]
    v = re.split(r"\d{4}[-/年.]\d", v)[0]
    v = _SOURCE_END.split(v)[0]
    v = _unclosed_cut(v)  # 【来源：某某】【作者：…】, （来源：某某）
    v = v.strip(" 　,，;；|。.")
    if v in _NOT_SOURCES or _MARKUP.search(v):  # size="20": a template's markup, no outlet
        return None
    return v or None


_PERSONAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def split_source_author(src: str) -> tuple[str, Optional[str]]:
    """``某某新闻网 张三`` (a source line naming the author after the outlet) → outlet, author."""
    parts = src.split()
    if len(parts) == 2 and _PERSONAL_NAME.fullmatch(parts[1]) and len(parts[0]) >= 2:
        return parts[0], parts[1]
    return src, None


# how an outlet's name ends (某某日报, 某某网, 某某社, 某某电视台; not any 台: 出台, 平台, 舞台)
OUTLET_ENDS = "日报|时报|晚报|报|网|社|电台|视台|播台|新闻台|新闻|客户端|融媒体中心|融媒"  # (a county's 某某县融媒体中心)
_OUTLET = re.compile(rf"^[\u4e00-\u9fff\w·]{{1,10}}?(?:{OUTLET_ENDS}|周刊|杂志|通讯)$")
_DATE_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")


FOLLOW_BUTTONS = ("关注", "+关注", "+ 关注", "加关注", "订阅")  # under an account's or a writer's name
EDITIONS = ("数字报", "电子版", "电子报", "数字版")  # a paper's edition on the web; its name alone names no paper
_EDITION = re.compile(r"(?<=报)(?:" + "|".join(EDITIONS) + ")$")


def paper(name: str) -> str:
    """A paper's edition on the web (某某日报数字报, 某某报电子版) → the paper, its outlet.

    >>> paper("某某日报数字报"), paper("某某工商报电子版"), paper("某某新闻网"), paper("数字报")
    ('某某日报', '某某工商报', '某某新闻网', '数字报')
    """
    return _EDITION.sub("", name)


# alone on a line, a name ending in 新闻 is more often a section (即时新闻) than an outlet
_OUTLET_LINE = re.compile(r"^[\u4e00-\u9fff\w·]{1,10}?(?:网|报|社|电台|视台|播台|新闻台|日报|晚报|时报)(?:\s?[-－–]\s?[\u4e00-\u9fff]{2,4})?$")


@per_text
def outlet_name(name: str) -> bool:
    """A name shaped like a news outlet's: ``某某日报``, ``某某新闻网``, ``某某中文网``.

    >>> outlet_name("某某新闻网"), outlet_name("某某股份有限公司"), outlet_name("某某新闻网 SITE.COM"), outlet_name("园区新规出台")
    (True, False, False, False)
    """
    return bool(_OUTLET.match(name.strip()))


@per_text
def outlet_line(line: str) -> bool:
    """A line that is only an outlet's name: ``法新社``, ``某某日报``.

    >>> outlet_line("法新社"), outlet_line("即时新闻"), outlet_line("国际新闻网站的消息"), outlet_line("某某电台-财经")
    (True, False, False, True)
    """
    t = line.strip()
    return 3 <= len(t) <= 12 and bool(_OUTLET_LINE.match(t))


_ACCOUNT_LINE = re.compile(r"^(?P<v>[\u4e00-\u9fff\w]{2,14}?)官方(?:账号|帐号|号)$")


@per_text
def official_account(line: str) -> Optional[str]:
    """A line naming the publishing account: ``某某网财经官方账号`` → ``某某网财经``.

    >>> official_account("某某网财经官方账号"), official_account("关注官方账号获取更多资讯")
    ('某某网财经', None)
    """
    m = _ACCOUNT_LINE.match(line.strip())
    return m.group("v") if m else None


BYLINE_MARKS = re.compile(r"[\s·•|｜]+")  # what stands between the parts of an unlabelled byline


@per_text
def source_near_date(line: str) -> Optional[str]:
    """An outlet name standing right before or after the date on a byline: ``某某网 2019-11-25``,
    ``2020-10-04 15:05联合报 记者…``, ``2024-03-08 08:30 · 某某日报 · 张三``, or among the
    byline's unlabelled parts before the date (``产经 某某日报 记者 张三 2024-05-28 16:02``).

    >>> source_near_date("2024-03-08 08:30 · 某某日报 · 张三"), source_near_date("某某网 2019-11-25")
    ('某某日报', '某某网')
    >>> source_near_date("产经 丰阳日报 记者 吕婧 2024-05-28 16:02"), source_near_date("园区要闻 记者 吕婧 2024-05-28")
    ('丰阳日报', None)
    >>> source_near_date("本报 记者 吕婧 2024-05-28 16:02"), source_near_date("园区新闻 记者 吕婧 2024-05-28")
    (None, None)
    >>> source_near_date("某某县融媒体中心2025-04-12 18:30")  # (a county's media centre is an outlet)
    '某某县融媒体中心'
    >>> source_near_date("2024年5月27日的新闻公报") is None
    True
    """
    m = _DATE_TIME.search(line)
    if not m:
        return None
    before = [t for t in BYLINE_MARKS.split(line[: m.start()]) if t]
    after = [t for t in BYLINE_MARKS.split(line[m.end():]) if t]
    for k, cand in enumerate((before[-1] if before else "", after[0] if after else "", *before[-2::-1])):
        cand = cand.strip("　 ,，|／/")
        if 2 <= len(cand) <= 12 and _OUTLET.match(cand) and (k < 2 or not _NOT_FAR_OUTLET.match(cand)) \
                and not cand.startswith("的"):  # (2024年5月27日的新闻公报: a phrase, no outlet's name)
            return cand
    return None


# the words a page uses for its own site (not 本报: the paper, whose site may be named otherwise)
_SITE_PRONOUNS = ("本网", "本站", "本台", "本刊")


def self_source(value: str) -> bool:
    """A source line that names the page's own site by a pronoun alone (来源：本网): the site is
    the source. 本站原创 says more (the piece is the site's own): it stays as written.

    >>> self_source("本网"), self_source("本站原创"), self_source("本报"), self_source("某某日报")
    (True, False, False, False)
    """
    return value.strip() in _SITE_PRONOUNS


# a byline part farther from the date that names no outlet: the paper or site itself (本报) or a column (园区新闻)
_NOT_FAR_OUTLET = re.compile(rf"^(?:本报|{'|'.join(_SITE_PRONOUNS)})$|^[\u4e00-\u9fff]{{2,4}}新闻$")


_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)
# a short name ending in 新闻 in a page title is its section (医院新闻, 校园新闻, 国内新闻), not the site
BILINGUAL_ITEM = re.compile(r"(?<=[\u4e00-\u9fff]) [A-Z][A-Za-z\u00c0-\u024f&' ]*$")  # (园区动态 Park News: the English name after it)
_SECTION_NEWS = re.compile(r"^[\u4e00-\u9fff]{2,4}新闻$")
_SECTION_LEN = 4  # a site name after it is longer than this (腾讯新闻_科技: 科技 is the section)


def title_site_category(parts: list[str]) -> tuple[Optional[str], Optional[str]]:
    """(site, category) from the parts of an HTML title after the headline.

    >>> title_site_category(["某标题", "财经", "某某视觉网"])
    ('某某视觉网', '财经')
    >>> title_site_category(["某标题", "某某中文网", "两岸三地"])
    ('某某中文网', '两岸三地')
    >>> title_site_category(["某标题", "项目", "企业", "投资"])
    (None, None)
    >>> title_site_category(["某标题", "医院新闻", "某某县人民医院"])
    ('某某县人民医院', '医院新闻')
    >>> title_site_category(["某标题", "公司新闻", "某某能源"])
    ('某某能源', '公司新闻')
    """
    rest = [BILINGUAL_ITEM.sub("", p.strip("【】[] ")) for p in parts[1:]
            if not _DOMAIN.match(p.strip()) and not _POWERED.match(p.strip()) and p.strip() not in lexicons.interface_words()]
    rest = [p for p in rest if p and len(p) <= 20]
    if not rest:
        return None, None
    site_after = [len(p) > _SECTION_LEN for p in rest[1:]] + [False]  # (某某新闻_某某县人民医院: the site after the section)
    sections = lexicons.words("section_words.txt")  # (公司新闻 - 某某能源: the section, then the site)
    outlets = [p for p, later in zip(rest, site_after) if p not in sections and (
        (_OUTLET.match(p) and not (later and _SECTION_NEWS.match(p))) or p.endswith(("网", "報", "报", "台", "社")))]
    if not outlets and len(rest) >= 3 and all(len(p) <= 4 for p in rest):
        return None, None  # 标题_项目_企业_投资: keywords appended to the title, not a site and its section
    site = outlets[-1] if outlets else rest[-1]
    others = [p for p in rest if p != site and len(p) <= _SECTION_CHARS and not _CLAUSE.search(p)]
    return site, (others[0] if others else None)


_POWERED = re.compile(r"(?i)powered\s+by\b")  # the forum's or blog's software (Powered by Discuz!), not the site
_SECTION_CHARS = 10  # a section's name is short: a longer part is the headline's (its deck after a dash)


def after_label(rule_id: str, line: str) -> Optional[str]:
    """The rest of a line after the label the lexicon's row ``rule_id`` (a line-start marker)
    matches, or None when the line does not open with it."""
    head = lexicon_pattern(rule_id).confirm(line)
    return None if head is None else line.lstrip(LEAD)[len(head):]


def url(line: str) -> Optional[str]:
    """The address after a permalink label (the lexicon's ``marker.permalink``).

    >>> url("本文链接：https://example.com/a/1.html。"), url("阅读原文"), url("网址导航 https://example.com")
    ('https://example.com/a/1.html', None, None)
    """
    rest = after_label("marker.permalink", line)
    m = _URL_FIRST.match(rest.lstrip(" \t\u3000:：")) if rest is not None else None
    return m.group(0).rstrip(".,，。") if m else None


def tags(line: str) -> list[str]:
    """The tags after a tag label (the lexicon's ``marker.tags``).

    >>> tags("标签：园区 招商、 政策"), tags("标签："), tags("园区 招商"), tags("相关标签： #园区 #环评")
    (['园区', '招商', '政策'], [], [], ['园区', '环评'])
    """
    rest = after_label("marker.tags", line.strip())
    found = (t.lstrip("#＃") for t in _TAG_SPLIT.split(rest)) if rest else ()  # (#园区: a hashtag's mark is no tag's)
    return [t for t in found if t and not _tag_label(t)]


def _tag_label(word: str) -> bool:
    """The tag label's own word (标签, TAGS: a bilingual label's second word), not a tag."""
    return lexicon_pattern("marker.tags").confirm(word + "：") is not None


_TAG_SPLIT = re.compile(r"[\s,，、;；|]+")
_HASHTAG = re.compile(r"[#＃]([^\s#＃、，。：；,.;:]{1,20})")


def bare_tags(line: str, rule: str) -> list[str]:
    """The tags of a tag line without a label: its words (``tags.bare_line``), or its hashtags
    (``tags.hashtags``; a collection's count after one is no tag).

    >>> bare_tags("子弹 相对论", "tags.bare_line"), bare_tags("#竹科#宝山 #半导体", "tags.hashtags")
    (['子弹', '相对论'], ['竹科', '宝山', '半导体'])
    >>> bare_tags("#园区动态 120个", "tags.hashtags"), bare_tags("子弹 相对论", "context.tag_lines")
    (['园区动态'], [])
    >>> bare_tags("相关标签 园区 招商", "dom.furniture"), bare_tags("园区 招商", "dom.furniture")
    (['园区', '招商'], [])
    """
    if rule == "tags.bare_line":
        return line.split()
    if rule == "tags.hashtags":
        return _HASHTAG.findall(line)
    if rule == "dom.furniture":  # the HTML's tag box: its label word without a colon, then the tags (相关标签 园区 招商)
        first, *rest = line.split() or [""]
        return [t for t in rest if not _tag_label(t)] if rest and _tag_label(first) else []
    return []


_NOT_SITE = re.compile("不得|未经|禁止|严禁|翻印|违者|侵权|转载|保留|翻版|必究|本站|本网|本刊|本报|本号|本平台|本公众号|本文|本单位|"
                       "本作品|本公司|本栏目|本页")  # the notice, or a word for the page itself, not its owner


_COUNTRY_FIRST = re.compile(r"^中国\s*[·•・]\s*")  # 中国·某某市人民政府: the country before the owner's name


def site_from_line(line: str) -> Optional[str]:
    """The site that owns a copyright line: ``版权所有 © 2024 某某网 京ICP备…`` → ``某某网``.

    >>> site_from_line("Copyright © 2024 某某园区网 All Rights Reserved"), site_from_line("【版权所有 不得转载】")
    ('某某园区网', None)
    >>> site_from_line("某某日报社版权所有 未经授权禁止转载"), site_from_line("本站版权所有，转载请注明出处")
    ('某某日报社', None)
    >>> site_from_line("本文版权所有，转载请注明出处"), site_from_line("网站首页 | 本单位版权所有"), site_from_line("原创内容 版权所有")
    (None, None, None)
    >>> site_from_line("中国·某某省发展和改革委员会 版权所有  中文网址：某某省发展和改革委员会 英文域名：fzggw.gov.cn")
    '某某省发展和改革委员会'
    >>> site_from_line("© 2019-2025 某某网 moumou.com 版权所有")
    '某某网'
    """
    for rx in _SITE_FROM:
        m = rx.search(line)
        if m:
            v = _COUNTRY_FIRST.sub("", _FILING_TAIL.sub("", m.group("v")).strip(" :：,，】]）)"))
            if 2 <= len(v) <= 20 and not _NOT_SITE.match(v):
                return v
    return None
