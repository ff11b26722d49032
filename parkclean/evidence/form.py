"""Line-form evidence: what one line looks like, without context.

Every row of ``lexicons/markers.tsv`` is a line rule (the matcher finds its pattern); the rules
below add a little logic (phone density, dates, word lists, separators). A marker only fires on
a line short enough to be furniture (its ``max chars`` column), so the words alone never condemn
an article sentence.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .. import lexicons
from ..features import Features
from ..model import Label
from .base import LINE_RULES, Evidence, Hits, LineRule, line_rule, register_line
from .matcher import Pattern, patterns, regex
from .widgets import outline_heading  # (its line rules register before the logic rules below)

_MENU_PROOF = (Label.AD, Label.CONTACT, Label.SHARE)  # a word of theirs in a menu line does not make it theirs

# A marker without a length limit (disclaimers, filing numbers) still spares a long line of many
# sentences: article text with a notice glued to it, or a dump without line breaks.
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


_QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))


def quoted(key: str, text: str) -> bool:
    """``text`` stands inside a quotation in the line (“版权所有，侵权必究。”过去，这八个字…): a
    notice the text quotes, not one the page gives."""
    at = key.find(text)
    return at >= 0 and any(key.count(a, 0, at) > key.count(b, 0, at) and b in key[at + len(text):] for a, b in _QUOTES)


_BRACKETED = re.compile(r"[【\[][^】\]]{2,12}[】\]]")


def bracketed(key: str) -> bool:
    """A heading in brackets alone on its line (【人才招聘】, 【投资某某·共赢未来】): a box's, or a
    section's; no row of a table."""
    return _BRACKETED.fullmatch(key.strip()) is not None


_WIDGETS = (Label.SHARE, Label.TOOLS, Label.AD)  # the widgets whose words a heading may name (点赞, 下载APP)


def _marker(p: Pattern) -> LineRule:
    assert p.label is not None
    menu_proof = p.anchor == "any" and p.label in _MENU_PROOF
    spares_quote = p.label is Label.COPYRIGHT  # (a share or contact prompt may quote the account it names)
    spares_prose = p.anchor == "any" and not p.max_chars
    spares_said = p.anchor == "start" and p.label is Label.META
    spares_outline = p.anchor == "any" and p.label in _WIDGETS  # (a notice, a filing line: not the outline's words)
    limit, pid, anchor = p.limit, p.id, p.anchor

    def check(key: str, f: Features, hits: Hits) -> Optional[str]:
        text = hits.get(pid)
        if text is None or f.chars > limit or (menu_proof and f.separators >= 3):
            return None
        if spares_prose and f.chars > _PROSE_CHARS and f.stops > _PROSE_STOPS:
            return None
        if spares_outline and outline_heading(key, f, hits):
            return None
        if (spares_said and said(key, f)) or (menu_proof and reported(key, f)) or (spares_quote and quoted(key, text)):
            return None
        return f"{anchor} marker '{text.strip()[:20]}'"

    return register_line(LineRule(pid, p.label, check, f"{anchor}: {p.source[:60]}", limit, p.kind))


_MARKER_PATTERNS = [p for p in patterns() if p.label is not None]
MARKERS = [_marker(p) for p in _MARKER_PATTERNS]

# ---- rules with logic -------------------------------------------------------------------

_IMAGE_FILE = re.compile(r"^[\w\-\.%/:]*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$", re.I)
_IMAGE_ENDS = frozenset((".jpg", "jpeg", ".png", ".gif", "webp", ".bmp", ".svg", "tiff", ".tif"))
# a forum's attached picture: its file name, then its size (and downloads): 检测报告.jpg (86.21 KB, 下载次数： 12)
_IMAGE_SIZED = re.compile(r"^\S[^()（）]{0,80}?\.(?:jpe?g|png|gif|webp|bmp)\s*[(（]\s*\d[\d.,]*\s*[KMG]i?B\b[^()（）]{0,30}[)）]"
                          r"(?:\s*(?:已(?:查看|下载)|下载(?:次数)?[:：]?|查看)\s*\d+\s*次)?$", re.I)  # (… 已查看 412 次)
_HAS_CJK_OR_ALNUM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
# a picture as a text browser or a converter leaves it: lynx's [IMG] after its link number ([24][IMG]),
# the file name in brackets ([bsz_0620_01.jpg]), a Markdown image (![](…/5c1e3a7f.jpg), ![图说](…))
_IMAGE_MARK = re.compile(r"^(?:\[\d{1,4}\]\s?)*(?:\[(?:IMG|img|Image|image|INLINE|图片|图像)\]|\[[\w\-.%/]{1,80}\.(?:jpe?g|png|gif|webp|bmp)\]"
                         r"|!\[[^\[\]]{0,40}\]\([^()\s]{1,300}\))$")


def wordless(key: str) -> bool:
    """No letter, digit or CJK character on the line (＊＊＊＊, ×, ──): marks, not words."""
    return _HAS_CJK_OR_ALNUM.search(key) is None


@line_rule("image.filename", Label.IMAGE, max_chars=160)
def image_filename(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A line that is only an image file name or image URL, or an attached picture's name and size,
    or the mark a text browser or a converter leaves for a picture."""
    if f.chars <= 160 and key[-4:].lower() in _IMAGE_ENDS and _IMAGE_FILE.match(key.replace(" ", "")):
        return "image file name"
    if f.chars <= 120 and key.endswith((")", "）", "次")) and _IMAGE_SIZED.match(key.strip()):
        return "attached picture's file name and size"
    if key.endswith(("]", ")")) and _IMAGE_MARK.match(key):
        return "a picture's mark as a text browser or a converter leaves it ([IMG], ![](….jpg))"
    return None


@line_rule("permalink.url", Label.PERMALINK, needs=("shape.url_only",))
def url_only(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A line that is only a URL."""
    return "bare URL line" if f.urls == 1 and "shape.url_only" in hits else None


# a table's border drawn by a text browser (┌────┬────┐, ├──┼──┤): box-drawing characters, with
# the separators they mix with (a forum's ------ over a signature is another thing: context.repeated)
_RULE_LINE = re.compile(r"[\u2500-\u257f\-=+|\s]+")
_BOX = re.compile(r"[\u2500-\u257f]")
_ASCII_BORDER = re.compile(r"\+(?:[-=]{2,}\+){2,}")  # the same border in ASCII: +------+------+
_ONE_MARK = re.compile(r"([^\s\-=_])(?: ?\1)+")  # a rule of one mark, however long: ＊＊＊＊＊＊ (not ----: context.repeated's)


@line_rule("boilerplate.symbols", Label.BOILERPLATE, max_chars=400)
def symbols_only(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A line with no letters, digits or CJK characters (icons, close buttons, separators), or a
    table border or a rule of one mark of any length, drawn with box-drawing characters
    (┌────┬────┐), in ASCII (+------+------+) or with one mark (＊＊＊＊＊＊＊＊＊＊＊＊＊)."""
    if not wordless(key):
        return None
    if f.chars <= 12:
        return "no letters or characters"
    if _BOX.search(key) and _RULE_LINE.fullmatch(key):
        return "a table border drawn with box-drawing characters"
    if _ONE_MARK.fullmatch(key.strip()):
        return "a rule of one mark repeated"
    return "a table border drawn in ASCII" if _ASCII_BORDER.fullmatch(key.replace(" ", "")) else None


@line_rule("contact.phones", Label.CONTACT)
def phones(key: str, f: Features, hits: Hits) -> Optional[str]:
    """Phone numbers making up much of a short line (contact and ad blocks); a sentence that
    mentions a number (…请拨打电话0755-12345678。) is not a contact block."""
    sentence = f.stops >= 1 and f.punct >= 3
    if f.phones and not sentence and (f.chars <= 45 or f.phones * 11 >= 0.3 * f.chars or f.digit_ratio >= 0.35):
        return f"{f.phones} phone number(s) in a {f.chars}-character line"
    return None


_DATED_LAST = frozenset("0123456789)）]日")
_EMPTY_CELLS = re.compile(r"[—–―-]\s+[—–―-]$")  # two cells left empty (a dash each) before the last number
_CELL_MARKS = " |｜"  # what stands between a table row's cells
_ROW_BARS = 2  # a line with this many cell marks (名称 | 865.3 | 8.1) is a table's row, not a dated headline


def has_date(key: str, hits: Hits) -> bool:
    """Whether the line carries a date or time (``shape.date``)."""
    return "shape.date" in hits


@line_rule("related.dated_item", Label.RELATED, max_chars=70, kind="weak", needs=("shape.dated_end",))
def dated_item(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A headline followed by its date, as in lists of other articles."""
    m = hits.get("shape.dated_end")
    if m is not None and 8 <= f.chars <= 70 and f.stops == 0 and key[-1:] in _DATED_LAST and "：" not in key \
            and ":" not in key[:-6] and key.count("|") + key.count("｜") < _ROW_BARS:
        head = key[:len(key) - len(m)].rstrip(_CELL_MARKS)
        # (高新区 856.2 9.8, 高新区 | 856.2 | 9.8 are table rows: the "date" follows another number, or
        # the empty cells a table marks with dashes: 规模以上工业增加值 — — 7.4)
        if len(head) >= 6 and not head[-1].isdigit() and regex("shape.date").search(head) is None \
                and not _EMPTY_CELLS.search(head):
            return "headline ending in a date (an article list item)"
    return None


# what a reporter does in a sentence (the byline grammar's verbs: 记者采访, 接受某某记者专访): no names follow
_VERBS = tuple(sorted((row[1] for row in lexicons.table("byline.tsv") if row[0] == "verb"), key=len, reverse=True))
_ACTS = re.compile(r"(?:记者|通讯员)\s*(?:" + "|".join(map(re.escape, _VERBS)) + ")")


def _reporter_acts(key: str) -> bool:
    """The reporter acts in the line (▲某某接受某某融媒记者专访): a sentence or a caption, no credit."""
    return _ACTS.search(key) is not None


@line_rule("meta.reporter_line", Label.META, max_chars=40, kind="weak", needs=("shape.reporter", "shape.names_slash_role"))
def reporter_line(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line naming the reporters: 某某日报记者 张三 李四, 作者︱小明, 记者张三／台北报导, 张三 李四/文."""
    if f.chars > 40 or f.stops:
        return None
    if "shape.reporter" in hits and not _reporter_acts(key):
        return "reporter credit line"
    if "shape.names_slash_role" in hits:
        return "names with their role after a slash"
    return None


@line_rule("meta.credits", Label.META, max_chars=60, needs=("shape.credit",))
def credits_line(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line of two or more credits anywhere in it: 某某支部供稿 摄影/张三 编辑/李四."""
    if f.chars <= 60 and f.stops == 0 and "shape.credit" in hits:
        n = len(regex("shape.credit").findall(key))
        if n >= 2:
            return f"{n} credits (roles with names) in a short line"
    return None


_CLAUSE_END = ("。", "！", "？", "；", "，")  # a byline or a timestamp never ends as a clause does


def _few_marks(key: str, f: Features) -> bool:
    """Three punctuation marks at most, not counting the colons of a byline's fields unless a
    clause's ，or ；shows a sentence (备注：销售时间：…；适用人群：…)."""
    return f.punct <= 3 or ("，" not in key and "；" not in key and f.punct - key.count("：") <= 3)


# a byline's field labels (the byline grammar's rows), each before its colon: 发布时间：, 来源：, 浏览次数：
# (each at the line's start or after a separator: 活动时间：, 报名截止日期： are a notice's facts, not fields)
_FIELD = re.compile(r"(?:^|[|｜/]\s*|\s)(?P<f>" + "|".join(sorted((re.escape(r[1]) for r in lexicons.table("byline.tsv")
                                                               if r[0] == "field"), key=len, reverse=True))
                    + r")[\u4e00-\u9fff]{0,2}\s*[:：]")
_GENERIC_FIELDS = frozenset({"时间", "日期", "发布"})  # a byline names one field more telling than these
_BYLINE_FIELDS = 3   # a line naming this many fields is a byline, however long (up to 120 characters)


def _byline_fields(key: str) -> bool:
    fields = _FIELD.findall(key)
    return len(fields) >= _BYLINE_FIELDS and any(x not in _GENERIC_FIELDS for x in fields)


@line_rule("meta.date_line", Label.META, max_chars=120, kind="weak", needs=("shape.date",))
def date_line(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line carrying a date or time and no sentence (bylines, timestamps, however many
    fields they name: 来源：… 作者：… 评论：0 点击：); a schedule's item (a time span and what happens
    in it) is an agenda's text, not a timestamp. A line of three fields or more is a byline up to
    120 characters (发布时间：… | 更新时间：… | 来源：… | 浏览次数：876)."""
    if f.chars > 60 and not (f.stops == 0 and "，" not in key and "；" not in key
                             and _byline_fields(key) and "shape.date" in hits):
        return None
    if f.stops == 0 and _few_marks(key, f) and (f.chars <= 24 or f.punct == 0 or f.digit_ratio >= 0.15) \
            and not key.endswith(_CLAUSE_END) and "shape.date" in hits and "shape.schedule_item" not in hits \
            and not _day_in_words(key) and not _leads_in(key) and not _date_span(key):
        return "short line with a date/time and no sentence"
    return None


def _leads_in(key: str) -> bool:
    """A line ending in a colon after words that are no field's label (经2024年4月8日县政府常务会议研究
    决定：): a sentence leading in to what follows, not a byline (whose last field may be empty:
    浏览次数：)."""
    return key.endswith(("：", ":")) and _FIELD.search(key, max(0, len(key) - 12)) is None


_YEAR_OR_TIME = re.compile(r"(?:19|20)\d{2}|\d{1,2}[:：]\d{2}|[年昨今前]")
_DAY_WORDS = re.compile(r"\d{1,2}月\d{1,2}日")
_WORDS_AROUND_A_DAY = 10  # CJK characters beside a day without its year that make a line words, not a stamp


def _day_in_words(key: str) -> bool:
    """A day without its year or a time inside words (条例全文公布！7月1日起施行): a headline or a
    line of text that names a day, not a byline's stamp (which gives the year or the time)."""
    if _YEAR_OR_TIME.search(key) or not _DAY_WORDS.search(key):
        return False
    return sum("\u4e00" <= ch <= "\u9fff" for ch in _DAY_WORDS.sub("", key)) >= _WORDS_AROUND_A_DAY


_SPAN = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}(?:\s*日)?(?:\s*\d{1,2}\s*[时点](?:\d{1,2}分)?)?\s*(?:至|到|~|～|—|－)\s*"
                   r"(?:(?:19|20)\d{2}\s*[年/.-]\s*)?\d{1,2}\s*[月/.-]\s*\d{1,2}")


_HOURS = re.compile(r"^[^:：]{0,6}[:：]\s*\d{1,2}[:：]\d{2}\s*(?:至|到|~|～|—|－|-)\s*\d{1,2}[:：]\d{2}\s*$")


def _date_span(key: str) -> bool:
    """A span of days (有效期：2023年9月1日至2026年8月31日, 某地块：2024年7月23日9时至2024年8月2日10时) under
    a label no byline names, or a span of
    hours alone under its label (时间：14:00—17:00), which no byline gives: a fact of the text (a policy's validity, an
    event's days or a session's hours), not a stamp."""
    return (_SPAN.search(key) is not None and _FIELD.search(key) is None) or _HOURS.search(key) is not None


_TRAIL_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:(?:>|»|›|＞|→)\s*|/\s*)")
_TRAIL_CHAR = re.compile("[>»›＞→/]")
_ARROW = re.compile("[>»›＞→]")


@line_rule("breadcrumb.trail", Label.BREADCRUMB, max_chars=60)
def breadcrumb_trail(key: str, f: Features, hits: Hits) -> Optional[str]:
    """Short items chained by > » › or / : a breadcrumb trail (首页 > 新闻 > 要闻)."""
    if f.chars > 60 or f.punct > 3 or not _TRAIL_CHAR.search(key) or key.startswith(("<", "＜")) \
            or (f.stops and key.endswith(("。", "！", "？"))):
        return None  # (…在“系统设置 > 开放接口”中创建密钥。: a sentence naming a menu's path)
    parts = [p for p in _TRAIL_SEP.split(key.strip()) if p]
    # the last item may be the headline itself (新闻 > 政治 > 某某标题)
    only_slashes = not _ARROW.search(key)
    if len(parts) >= (3 if only_slashes else 2) and max(map(len, parts[:-1])) <= 12 \
            and len(_TRAIL_SEP.findall(key.strip())) >= len(parts) - 1 and (f.punct <= 1 or len(parts) >= 3):
        return f"{len(parts)} items chained by separators"
    return None


@line_rule("boilerplate.url_promo", Label.BOILERPLATE, max_chars=100)
def url_promo(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A short line that carries a web address and no sentence: a promotion or a link."""
    if f.urls and f.chars <= 100 and f.stops == 0:
        return "short line carrying a URL"
    return None


_MENU_SPLIT = re.compile(r"\s*(?:\||｜|»|›|>|/|\s{2,}|\u3000)\s*")


@line_rule("nav.menu", Label.NAV, max_chars=80)
def menu_line(key: str, f: Features, hits: Hits) -> Optional[str]:
    """A line of short items split by separators (| › » /) or wide spaces: a menu."""
    if f.punct > 1 or f.chars > 80 or (f.separators < 2 and key.count(" ") < 2):
        return None
    parts = [p for p in _MENU_SPLIT.split(key) if p]
    if len(parts) >= 3 and max(map(len, parts)) <= 8:
        return f"{len(parts)} short items split by separators"
    return None


# Precedence of the form label (jusText's cf_class): line-start markers, then anywhere markers,
# both in lexicon order, then the rules with logic, in the order they are defined above.
_MARKER_ORDER = tuple(r for anchor in ("start", "any") for r, p in zip(MARKERS, _MARKER_PATTERNS) if p.anchor == anchor)
# the rules with logic in precedence order (the first that fires gives the line its form label): a
# picture's mark ([24][IMG]) before a bar of bracketed links, a widget's words before the date on
# its line (立即报名 2024-06-01 09:00 is a call to act), a byline before a trail or a menu
PRECEDENCE = ("image.filename", "permalink.url", "boilerplate.symbols", "contact.phones", "related.dated_item",
              "tools.bar", "nav.bracket_links", "share.platforms", "ad.app_promo", "ad.call_to_action", "tags.hashtags",
              "meta.reporter_line", "meta.credits", "meta.date_line", "breadcrumb.trail", "boilerplate.url_promo",
              "nav.menu")
_LOGIC = tuple(LINE_RULES[i] for i in PRECEDENCE)
ORDER: tuple[LineRule, ...] = _MARKER_ORDER + _LOGIC
# (rule, the shapes it needs or None): a line without hits meets only the rules that need none
_LOGIC_TRIES = tuple((r, frozenset(r.needs) if r.needs else None) for r in _LOGIC)
_LOGIC_FREE = tuple(r for r in _LOGIC if not r.needs)


def line_evidence(key: str, f: Features, hits: Hits) -> tuple[Evidence, ...]:
    """Every line rule that fires on a line, in precedence order (the first is its form label)."""
    out = []
    chars = f.chars
    if hits:
        for r in _MARKER_ORDER:
            if r.id in hits:
                reason = r.check(key, f, hits)
                if reason:
                    out.append(Evidence(r.id, r.label, reason, r.kind))
        found = hits.keys()
        for r, needs in _LOGIC_TRIES:
            if chars <= r.max_chars and (needs is None or not found.isdisjoint(needs)):
                reason = r.check(key, f, hits)
                if reason:
                    out.append(Evidence(r.id, r.label, reason, r.kind))
        return tuple(out)
    for r in _LOGIC_FREE:
        if chars <= r.max_chars:
            reason = r.check(key, f, hits)
            if reason:
                out.append(Evidence(r.id, r.label, reason, r.kind))
    return tuple(out)


_SEEN_MAX = 20_000  # texts remembered across pages, emptied when full


def collect(keys: Sequence[str], feats: Sequence[Features], hits: Sequence[Hits],
            seen: Optional[dict[str, tuple[Evidence, ...]]] = None) -> list[tuple[Evidence, ...]]:
    """The form evidence of every line of a page. A line's form evidence depends on its text and
    its hits alone, and pages repeat their menus (on one page, and a site's on every page): each
    text is judged once. ``seen`` remembers texts across pages: the matcher that gave the hits
    keeps it (``Matcher.form_memo``), so that another matcher's hits are never read from it."""
    if seen is None:
        seen = {}
    elif len(seen) > _SEEN_MAX:
        seen.clear()
    out = []
    for k, f, h in zip(keys, feats, hits):
        e = seen.get(k)
        if e is None:
            e = seen[k] = line_evidence(k, f, h)
        out.append(e)
    return out
