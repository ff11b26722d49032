"""Line-form rules: what one line looks like, without context.

The lexicon-driven rules come from ``lexicons/markers.tsv`` (one registered rule per row);
the rules below need a little logic (phone density, dates, file names). A marker is only
allowed up to a length, so the words alone never condemn an article sentence.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from .. import lexicons
from ..features import Features
from ..model import Decision, Label
from .patterns import first_set
from .registry import LineCheck, LineRule, line_rule, register

_LEAD = "-–—•●○◆◇■□▪▶►·*#【[（(《<「★☆▲△◎ \u3000\t"


def _strip_lead(key: str) -> str:
    return key.lstrip(_LEAD)


_MENU_PROOF = (Label.AD, Label.CONTACT, Label.SHARE)  # a word of theirs in a menu line does not make it theirs


# A marker without a length limit (disclaimers, filing numbers) still spares a long line of many
# sentences: that is article text with a notice glued to it, or a dump with no line breaks at
# all, and removing it would drop the article for one sentence.
_PROSE_CHARS = 200
_PROSE_STOPS = 4


def said(key: str, f: Features) -> bool:
    """A question, or a sentence with a comma in it (and no second field): what a byline-shaped
    start (记者：…) opens in an interview, where the line is the article's (记者：企业最关心什么？).
    编辑：张三，审核：李四，终审：王五。 is a credit line still."""
    if key.count("：") + key.count(":") > 1:
        return False
    return key.endswith(("？", "?")) or (f.stops >= 1 and f.chars > 15 and ("，" in key or "," in key))


_CONTACT_ID = re.compile(r"[A-Za-z0-9_\-]{5,}")
_TO_READER = re.compile("您|我们|本号|本站|本网|小编|欢迎|请|敬请|点击|点我|长按|加入|订阅")


def reported(key: str, f: Features) -> bool:
    """An article sentence that mentions a channel without giving one: no phone number, id or
    address, and not addressed to the reader (园区开通了微信号，市民扫描二维码即可办理业务。, not
    扫描二维码关注我们，获取更多资讯。)."""
    return (f.stops >= 1 and f.chars >= 16 and not f.phones and not f.urls
            and _CONTACT_ID.search(key) is None and _TO_READER.search(key) is None)


def _tsv_rule(rule_id: str, label: str, max_chars: int, anchor: str, pattern: str) -> LineRule:
    rx = re.compile(pattern)
    limit = max_chars or 10**9
    menu_proof = anchor == "any" and Label(label) in _MENU_PROOF
    spares_prose = anchor == "any" and not max_chars
    spares_said = anchor == "start" and Label(label) is Label.META

    def check(key: str, f: Features) -> Optional[str]:
        if f.chars > limit or (menu_proof and f.separators >= 3):
            return None
        if spares_prose and f.chars > _PROSE_CHARS and f.stops > _PROSE_STOPS:
            return None
        m = rx.match(_strip_lead(key)) if anchor == "start" else rx.search(key)
        if m is None or (spares_said and said(key, f)) or (menu_proof and reported(key, f)):
            return None  # (the sentence tests run only on a line the marker matched)
        return f"{anchor} marker '{m.group(0).strip()[:20]}'"

    return LineRule(rule_id, Label(label), check, f"{anchor}: {pattern[:60]}", limit)


_TSV = [(r[0], r[1], int(r[2]), r[3], r[4]) for r in lexicons.table("markers.tsv")]
TSV_RULES = [register(_tsv_rule(*row)) for row in _TSV]

# ---- rules with logic -------------------------------------------------------------------

_IMAGE_FILE = re.compile(r"^[\w\-\.%/:]*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$", re.I)
_IMAGE_ENDS = frozenset((".jpg", "jpeg", ".png", ".gif", "webp", ".bmp", ".svg", "tiff", ".tif"))
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# a date or time in a line; 1-10月 is a range of months (a headline's), not a date
# May 8, 2024 / Dec 28 Sat 2013 (English pages)
_EN_DATE = (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
            r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:19|20)\d{2}")
_DATE_EN = re.compile(_EN_DATE)
_DATE = re.compile(
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}"
    r"|(?<!\d)\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|^(?:刚刚|昨天|前天)(?=\s|\d|$)|(?<!\d)\d{1,2}-\d{1,2}(?![\d月])|"
    r"[〇零一二三四五六七八九]{4}年|" + _EN_DATE + ")")
_DATE_NUMERIC = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}"
    r"|(?<!\d)\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|(?<!\d)\d{1,2}-\d{1,2}(?![\d月])")
_DATE_WORDS = re.compile(r"(?:刚刚|昨天|前天)(?=\s|\d|$)")
_DATE_CN_YEAR = re.compile("[〇零一二三四五六七八九]{4}年")
_HAS_CJK_OR_ALNUM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def has_date(key: str, digits: int) -> bool:
    """Whether ``_DATE`` finds a date or time in ``key``, which has ``digits`` digits: the same
    answer, with what each form needs (six digits, 月, a colon, 前, a dash, 年) checked before its
    regex. ``_DATE`` cannot skip ahead to a likely start, and most lines have no date.

    >>> has_date("发布时间：2021-12-03", 8), has_date("今年1-10月", 3), has_date("二〇二一年", 0)
    (True, False, True)
    """
    if digits and (digits >= 6 or "月" in key or ":" in key or "前" in key or "-" in key) \
            and _DATE_NUMERIC.search(key):
        return True
    if key.startswith(("刚刚", "昨天", "前天")) and _DATE_WORDS.match(key):
        return True
    if digits >= 5 and _DATE_EN.search(key):
        return True
    return "年" in key and _DATE_CN_YEAR.search(key) is not None


@line_rule("image.filename", Label.IMAGE, max_chars=160)
def image_filename(key: str, f: Features) -> Optional[str]:
    """A line that is only an image file name or image URL."""
    if f.chars <= 160 and key[-4:].lower() in _IMAGE_ENDS and _IMAGE_FILE.match(key.replace(" ", "")):
        return "image file name"
    return None


@line_rule("permalink.url", Label.PERMALINK, requires=("urls",))
def url_only(key: str, f: Features) -> Optional[str]:
    """A line that is only a URL."""
    return "bare URL line" if f.urls == 1 and _URL_ONLY.match(key.strip()) else None


@line_rule("boilerplate.symbols", Label.BOILERPLATE, max_chars=12)
def symbols_only(key: str, f: Features) -> Optional[str]:
    """A line with no letters, digits or CJK characters (icons, close buttons, separators)."""
    return "no letters or characters" if f.chars <= 12 and not _HAS_CJK_OR_ALNUM.search(key) else None


@line_rule("contact.phones", Label.CONTACT, requires=("phones",))
def phones(key: str, f: Features) -> Optional[str]:
    """Phone numbers making up much of a short line (contact and ad blocks); a sentence that
    mentions a number (…请拨打电话0755-12345678。) is not a contact block."""
    sentence = f.stops >= 1 and f.punct >= 3
    if f.phones and not sentence and (f.chars <= 45 or f.phones * 11 >= 0.3 * f.chars or f.digit_ratio >= 0.35):
        return f"{f.phones} phone number(s) in a {f.chars}-character line"
    return None


_DATED_LAST = frozenset("0123456789)）]日")
_DATED_END = re.compile(r"(?:[(（\[]|(?<!\s))\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]]?$")


@line_rule("related.dated_item", Label.RELATED, max_chars=70, requires=("no_stops",))
def dated_item(key: str, f: Features) -> Optional[str]:
    """A headline followed by its date, as in lists of other articles."""
    if 8 <= f.chars <= 70 and f.stops == 0 and key[-1:] in _DATED_LAST and "：" not in key and ":" not in key[:-6] \
            and _DATED_END.search(key):
        head = _DATED_END.sub("", key).strip()
        # (高新区 856.2 9.8 is a table row: its "date" follows another number)
        if len(head) >= 6 and not head[-1].isdigit() and not _DATE.search(head):
            return "headline ending in a date (an article list item)"
    return None


_TOOL_FIRST = frozenset(w[0] for w in lexicons.words("tools.txt"))
_TOOL_SPLIT = re.compile(r"[\s【】\[\]|｜/()（）:：]+")


@line_rule("tools.bar", Label.TOOLS, max_chars=40, requires=("no_stops",))
def tool_bar(key: str, f: Features) -> Optional[str]:
    """A line made only of page-tool words: 【打印本页】【关闭窗口】, 字号：大 中 小."""
    if f.chars > 40 or f.stops or key.lstrip("【[ ")[:1] not in _TOOL_FIRST:
        return None
    words = [w for w in _TOOL_SPLIT.split(key) if w]
    if words and all(w in lexicons.words("tools.txt") for w in words):
        return f"{len(words)} page-tool word(s)"
    return None


_SHARE_WORDS = frozenset(w.lower() for w in lexicons.words("share_words.txt"))
_SHARE_SPLIT = re.compile(r"[\s|｜/、,，·]+")
_SHARE_FIRST = frozenset(w[0] for w in _SHARE_WORDS)
_SHARE_LEAD = " \t\u3000|｜/、,，·"


@line_rule("share.platforms", Label.SHARE, max_chars=40, requires=("no_stops",))
def share_platforms(key: str, f: Features) -> Optional[str]:
    """A short line made only of social-platform and share words: facebook, 微博 微信, 发送推文."""
    if f.chars > 40 or f.stops:
        return None
    first = key.lstrip(_SHARE_LEAD)[:1]  # a quick no: the first word cannot be a share word
    if first.lower()[:1] not in _SHARE_FIRST and not first.isspace():
        return None
    words = [w for w in _SHARE_SPLIT.split(key.lower()) if w]
    if words and all(w in _SHARE_WORDS for w in words):
        return f"{len(words)} share word(s)"
    return None


_APP_PROMO = re.compile(r"(?:下载|打开|用|安装|登录)[\u4e00-\u9fff“”\"]{0,10}?(?:APP|App|app|客户端)"
                        r"|(?:APP|App|客户端)(?:专享|内打开|看|阅读|收看)")


@line_rule("ad.app_promo", Label.AD, max_chars=40, requires=("no_stops",))
def app_promo(key: str, f: Features) -> Optional[str]:
    """A short line with no full stop inviting to download or use an app: 现在用APP看新闻, 下载某某客户端
    (a sentence about an app, 市民可下载APP预约。, ends in a full stop)."""
    if f.chars <= 40 and f.stops == 0 and ("APP" in key or "App" in key or "app" in key or "客户端" in key) \
            and _APP_PROMO.search(key):
        return "invitation to use an app"
    return None


_CALL_TO_ACTION = re.compile(r"(?:点击|立即|马上|免费)(?:咨询|获取|领取|索取|报名|预约|留言|申请)|在线(?:咨询|留言)")
# a numbered section heading of a notice or policy text: 三、联系方式 （二）申报材料 3. 联系人
SECTION_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])")


@line_rule("ad.call_to_action", Label.AD, max_chars=30, requires=("no_stops",))
def call_to_action(key: str, f: Features) -> Optional[str]:
    """A short line with no full stop that calls for a click: 点击咨询 免费获取园区资料, 立即报名
    (企业可在线咨询相关政策。 is a sentence and stays)."""
    if f.chars <= 30 and f.stops == 0 and _CALL_TO_ACTION.search(key) and not SECTION_NUMBER.match(key):
        return "call to action"  # (四、立即申请的条件 is a notice's section heading)
    return None


_HASHTAGS = re.compile(r"(?:[#＃][^\s#＃、，。：；,.;:]{1,20}[#＃]?\s*(?:\d+\s*[个篇条])?\s*)+")  # not #一、总则


@line_rule("tags.hashtags", Label.TAGS, max_chars=40, requires=("no_stops",))
def hashtags(key: str, f: Features) -> Optional[str]:
    """A short line made only of hashtags (#园区动态 #招商引资, #话题# 12篇): topic or collection tags."""
    if f.chars <= 40 and f.stops == 0 and key.startswith(("#", "＃")) and _HASHTAGS.fullmatch(key):
        return "a line of hashtags"
    return None


_TRAIL_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:(?:>|»|›|＞|→)\s*|/\s*)")
_TRAIL_CHAR = re.compile("[>»›＞→/]")
_ARROW = re.compile("[>»›＞→]")


_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE = re.compile("记者|通讯员|作者|撰稿|执笔|撰文|编译")  # literals: a quick gate for _REPORTER
_REPORTER = re.compile(
    rf"^[^，。：:]{{0,12}}?(?:记者|通讯员|作者|撰稿|执笔|撰文|编译)[\s:：/／|︱]*{_NAME}(?:[\s、,，&]+{_NAME})*"
    rf"(?:\s*[/／|]\s*(?:摄影|摄像|编辑)\s*{_NAME})*"  # 记者 张三 / 摄影 李四 报导
    r"\s*(?:(?:[／/]\s*[\u4e00-\u9fff]{1,6}?)?(?:报道|报导)|摄|[（(][^）)]*[）)])?\s*(?:(?:来源|来自)[:：].*)?$")


# 张三 李四/文: names, then the role after a slash
_NAMES_SLASH_ROLE = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]\s*(?:文|图|摄|文图|图文)")
_SLASH_ROLE_ENDS = ("文", "图", "摄")


@line_rule("meta.reporter_line", Label.META, max_chars=40, requires=("no_stops",))
def reporter_line(key: str, f: Features) -> Optional[str]:
    """A short line naming the reporters: 某某日报记者 张三 李四, 作者︱小明, 记者张三／台北报导, 张三 李四/文."""
    if f.chars > 40 or f.stops:
        return None
    if _ROLE.search(key) and _REPORTER.match(key):
        return "reporter credit line"
    if key.endswith(_SLASH_ROLE_ENDS) and _NAMES_SLASH_ROLE.fullmatch(key.strip()):
        return "names with their role after a slash"
    return None


_CREDIT = re.compile(r"(?:摄影|摄像|责任编辑|编辑|责编|审核|审校|校对|终审|初审|复审|美编|排版|撰文|撰稿|记者|通讯员|作者|文|图)"
                     r"\s*[:：/／|︱｜]\s*[\u4e00-\u9fff·]{2,4}|(?:文字|图片|视频)\s*[:：/／｜]\s*[\u4e00-\u9fff·]{2,4}|供稿|供图")
# (文字, 图片 and 视频 are menu items too: 图片|评论 is no credit)
_CREDIT_GATE = re.compile("[:：/／|︱｜供]")  # every credit has one of these: a line without them has none


@line_rule("meta.credits", Label.META, max_chars=60, requires=("no_stops",))
def credits_line(key: str, f: Features) -> Optional[str]:
    """A short line of two or more credits anywhere in it: 某某支部供稿 摄影/张三 编辑/李四."""
    if f.chars <= 60 and f.stops == 0 and _CREDIT_GATE.search(key):
        n = len(_CREDIT.findall(key))
        if n >= 2:
            return f"{n} credits (roles with names) in a short line"
    return None


@line_rule("meta.date_line", Label.META, max_chars=60, requires=("no_stops",))
def date_line(key: str, f: Features) -> Optional[str]:
    """A short line carrying a date or time and no sentence (bylines, timestamps)."""
    if f.chars <= 60 and f.stops == 0 and f.punct <= 3 and (f.chars <= 24 or f.punct == 0 or f.digit_ratio >= 0.15) \
            and not key.endswith(("。", "！", "？")) and has_date(key, f.digits):
        return "short line with a date/time and no sentence"
    return None


@line_rule("breadcrumb.trail", Label.BREADCRUMB, max_chars=60)
def breadcrumb_trail(key: str, f: Features) -> Optional[str]:
    """Short items chained by > » › or / : a breadcrumb trail (首页 > 新闻 > 要闻)."""
    if f.chars > 60 or f.punct > 3 or not _TRAIL_CHAR.search(key) or key.startswith(("<", "＜")):
        return None
    parts = [p for p in _TRAIL_SEP.split(key.strip()) if p]
    # the last item may be the headline itself (新闻 > 政治 > 某某标题)
    only_slashes = not _ARROW.search(key)
    if len(parts) >= (3 if only_slashes else 2) and max(map(len, parts[:-1])) <= 12 \
            and len(_TRAIL_SEP.findall(key.strip())) >= len(parts) - 1 and (f.punct <= 1 or len(parts) >= 3):
        return f"{len(parts)} items chained by separators"
    return None


@line_rule("boilerplate.url_promo", Label.BOILERPLATE, max_chars=100, requires=("urls",))
def url_promo(key: str, f: Features) -> Optional[str]:
    """A short line that carries a web address and no sentence: a promotion or a link."""
    if f.urls and f.chars <= 100 and f.stops == 0:
        return "short line carrying a URL"
    return None


_MENU_SPLIT = re.compile(r"\s*(?:\||｜|»|›|>|/|\s{2,}|\u3000)\s*")


@line_rule("nav.menu", Label.NAV, max_chars=80)
def menu_line(key: str, f: Features) -> Optional[str]:
    """A line of short items split by separators (| › » /) or wide spaces: a menu."""
    if f.punct > 1 or f.chars > 80 or (f.separators < 2 and key.count(" ") < 2):
        return None
    parts = [p for p in _MENU_SPLIT.split(key) if p]
    if len(parts) >= 3 and max(map(len, parts)) <= 8:
        return f"{len(parts)} short items split by separators"
    return None


def first_decision(key: str, f: Features) -> Optional[Decision]:
    """The first form-based rule that fires on a line, or None (the line looks like text).

    Precedence: line-start markers, then anywhere markers (both in lexicon order), then the rules
    with logic above, in the order they are defined.
    """
    for rule in _START + _ANY + _LOGIC:
        reason = rule.check(key, f)
        if reason:
            return Decision(rule.label, rule.id, reason)
    return None


_START_ROWS = [row for row in _TSV if row[3] == "start"]
_ANY_ROWS = [row for row in _TSV if row[3] == "any"]
_START = [r for r, row in zip(TSV_RULES, _TSV) if row[3] == "start"]
_ANY = [r for r, row in zip(TSV_RULES, _TSV) if row[3] == "any"]
_LOGIC: list[LineRule] = []  # the rules with logic, filled below


def top_alternatives(pattern: str) -> list[str]:
    """``(?:a|b|c)`` → ``["a", "b", "c"]``: the alternatives of a pattern that is one group
    (any other pattern is returned whole).

    >>> top_alternatives("(?:版权所有|转载(?:请)?注明|[©]2024)")
    ['版权所有', '转载(?:请)?注明', '[©]2024']
    """
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return [pattern]
    body, out, start, depth, i, in_class = pattern[3:-1], [], 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:  # the first group closes before the end: not one group
                return [pattern]
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    return out + [body[start:]]


# One flat alternation: when every alternative starts with a literal character, the regex engine
# jumps from one possible first character to the next instead of trying each alternative at
# every position (9x faster on article lines).
_ANY_RE = re.compile("|".join(a for row in _ANY_ROWS for a in top_alternatives(row[4])))
_START_LIMIT = [row[2] or 10**9 for row in _START_ROWS]
# The start markers a line meets: those allowed on a line that long (a long article line only
# meets the few with no length limit) that can begin with the line's first character, combined
# in lexicon order into one regex, each a named group r<i>. Python's re tries the alternatives of
# a regex one by one; this way a short line is not failed through all of them.
_START_FIRST = [first_set(row[4]) for row in _START_ROWS]
_START_LIMITS = sorted(set(_START_LIMIT))  # bucket b: the markers allowed on lines up to _START_LIMITS[b]
_START_CACHE: list[dict[str, Optional["re.Pattern[str]"]]] = [{} for _ in _START_LIMITS]  # first char -> regex
_START_COMPILED: dict[tuple[int, ...], "re.Pattern[str]"] = {}
_MISSING: Any = object()


def _start_regex(bucket: int, first: str) -> Optional["re.Pattern[str]"]:
    """The combined regex of the start markers a line in ``bucket`` beginning with ``first`` can
    meet (``None``: none can), made once and cached."""
    lim = _START_LIMITS[bucket]
    rows = tuple(i for i, (limit, fs) in enumerate(zip(_START_LIMIT, _START_FIRST))
                 if limit >= lim and (fs is None or (first and fs.allows(first))))
    rx = None
    if rows:
        rx = _START_COMPILED.get(rows)
        if rx is None:
            rx = _START_COMPILED[rows] = re.compile("|".join(f"(?P<r{i}>{_START_ROWS[i][4]})" for i in rows))
    _START_CACHE[bucket][first] = rx
    return rx


_ANY_SHORT = max(row[2] for row in _ANY_ROWS)
_ANY_UNLIMITED = [r for r, row in zip(_ANY, _ANY_ROWS) if row[2] == 0]
# Every alternative of the unlimited 'any' markers (disclaimer, filing) contains one of these
# literals; a long line without any of them cannot match, so their regexes are not run on it.
# Keep this in step with lexicons/markers.tsv: tests/test_rules.py checks that the fast path and
# the rule-by-rule path agree on every line of the corpus.
_LONG_TRIGGERS = ("代表", "转载", "注明", "侵权", "版权", "删除", "授权", "许可", "信息存储", "信息发布", "网络",
                  "追究", "涉及", "ICP", "安备", "举报", "资格证书", "蜘蛛", "爬虫")

_LONG_TRIGGER_RE = re.compile("|".join(map(re.escape, _LONG_TRIGGERS)))


def _init_logic() -> None:
    from .registry import line_rules
    tsv = set(id(r) for r in TSV_RULES)
    _LOGIC[:] = [r for r in line_rules() if id(r) not in tsv]


_init_logic()


def first_decision_fast(key: str, f: Features) -> Optional[Decision]:
    """Same answer as :func:`first_decision`: one combined regex per marker family (and line
    length) gates the per-rule checks, so a line that matches no marker costs two regex calls."""
    chars = f.chars
    bucket = _START_BUCKET_BY_LEN[chars] if chars < len(_START_BUCKET_BY_LEN) else _START_BUCKET_LONG
    if bucket >= 0:
        text = key.lstrip(_LEAD)
        c = text[:1]
        start_re = _START_CACHE[bucket].get(c, _MISSING)
        if start_re is _MISSING:
            start_re = _start_regex(bucket, c)
        m = start_re.match(text) if start_re is not None else None
        if m:
            g = m.lastgroup or "r0"
            rule = _START[int(g[1:])]
            if rule.label is not Label.META or not said(key, f):
                return Decision(rule.label, rule.id, f"start marker '{m.group(g).strip()[:20]}'")
            for rule in _START:  # a byline marker spared an interview line: the others, one by one
                reason = rule.check(key, f)
                if reason:
                    return Decision(rule.label, rule.id, reason)
    if chars > _ANY_SHORT:
        # long lines: only the unlimited markers can fire, and only if a trigger word is present
        if _LONG_TRIGGER_RE.search(key):
            for rule in _ANY_UNLIMITED:
                reason = rule.check(key, f)
                if reason:
                    return Decision(rule.label, rule.id, reason)
    elif _ANY_RE.search(key):
        for rule in _ANY:
            reason = rule.check(key, f)
            if reason:
                return Decision(rule.label, rule.id, reason)
    flags = (f.urls > 0) | ((f.phones > 0) << 1) | ((f.stops > 0) << 2)
    for check, label, rule_id in (_LOGIC_BY_LEN[chars] if chars < len(_LOGIC_BY_LEN) else _LOGIC_LONG)[flags]:
        reason = check(key, f)
        if reason:
            return Decision(label, rule_id, reason)
    return None


# Per line length: the combined start regex, and the rules with logic that can fire on a line that
# long, for each combination of what rules require (bit 1: a URL, 2: a phone number, 4: a full
# stop): a list index instead of a search through the limits, on every line.
_Checks = list[tuple[LineCheck, Label, str]]
_START_BUCKET_BY_LEN: list[int] = []  # -1: no start marker allows a line that long
_START_BUCKET_LONG = -1
_LOGIC_BY_LEN: list[list[_Checks]] = []
_LOGIC_LONG: list[_Checks] = []


def _applies(rule: LineRule, flags: int) -> bool:
    req = rule.requires
    return (("urls" not in req or bool(flags & 1)) and ("phones" not in req or bool(flags & 2))
            and ("no_stops" not in req or not flags & 4))


def _init_tables() -> None:
    global _START_BUCKET_LONG, _LOGIC_LONG
    finite = [lim for lim in _START_LIMIT + [r.max_chars for r in _LOGIC] if lim < 10**9]
    top = max(finite) + 1

    def start_for(n: int) -> int:
        return next((b for b, lim in enumerate(_START_LIMITS) if n <= lim), -1)

    def logic_for(n: int) -> list[_Checks]:
        return [[(r.check, r.label, r.id) for r in _LOGIC if n <= r.max_chars and _applies(r, flags)]
                for flags in range(8)]

    _START_BUCKET_BY_LEN[:] = [start_for(n) for n in range(top)]
    _START_BUCKET_LONG = start_for(top)
    _LOGIC_BY_LEN[:] = [logic_for(n) for n in range(top)]
    _LOGIC_LONG = logic_for(top)


_init_tables()
