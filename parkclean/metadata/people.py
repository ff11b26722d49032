"""Authors and editors: names after role words, never the role words themselves."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..memo import per_text
from . import byline

# Role words that precede names; the names are 2–4 CJK characters (or a Latin name) split by spaces/、.
ROLES = r"(?:本报记者|本报通讯员|特约记者|实习记者|见习记者|记者|通讯员|实习生|作者|撰文|文|图|摄影|摄|编译|译)"
_NAME = r"[\u4e00-\u9fff\u3400-\u4dbf·]{2,4}"  # (with the rarer characters of names: 李䶮)
_NAMES = rf"{_NAME}(?:[\s、,，]+{_NAME})*"
# a name ends where the CJK run ends (某某医院党支部 is no name), or where the next field's label is
# glued to it (作者：彭雪梅发布时间：2023-10-09, a dump that lost the spaces between the fields)
_NEXT_FIELD = rf"{byline.field_label()}(?:次数|量|数)?\s*[:：]"
_B = rf"(?:(?![\u4e00-\u9fff\u3400-\u4dbf])|(?={_NEXT_FIELD}))"
_NAME_SHORTEST = _NAME + "?"  # (the shortest name that ends as a name does: 张三来源： is 张三)
# a writer's unit in brackets after the name (张三（某某大学经济学院）): four characters or more, so no role word (（记者）)
_UNIT = r"[（(][\u4e00-\u9fff·]{4,30}[）)]"
_NAMES_B = rf"{_NAME_SHORTEST}{_B}(?:{_UNIT})?(?:[\s、,，&]+(?!{_NEXT_FIELD}){_NAME_SHORTEST}{_B}(?:{_UNIT})?(?!\ufffd?\s*[:：]))*"  # (阅读：236, 信息来源：… is the next field, garbled too: 璁块棶閲�：)
_UNIT_RX = re.compile(_UNIT)
_AUTHOR_FIELD = re.compile(rf"(?:(?<![该此看工创合写操协])作者|撰文|记者|执笔|撰稿|文字|文\s*[/／]\s*图|图\s*[/／]\s*文)\s*(?:[:：/／|︱｜]\s*)?{byline.unit_and_rank()}(?!{_NEXT_FIELD})(?P<names>{_NAMES_B})")
_SLASH = re.compile(rf"(?:^|[\s【（(])(?:文|作者|执笔)\s*[/／|︱｜]\s*(?P<names>{_NAMES_B})"
                    rf"|(?:快讯|讯|报道|报导)\s*[/／]\s*(?P<names2>{_NAMES_B})")
_NAMES_THEN_ROLE = re.compile(rf"^(?P<names>{_NAME}(?:[\s、]{_NAME}){{0,3}})\s*[/／]\s*(?:文|文图|图文)$")
_BEFORE_REPORTED = re.compile(rf"(?:^|\s)(?P<names>{_NAME}(?:\s+{_NAME})*)\s*(?:报道|报导)(?![\u4e00-\u9fff])")
_BRACKET_CREDIT = re.compile(rf"^[【\[](?P<names>{_NAME}(?:[、\s]{_NAME})*)[╱/／][\u4e00-\u9fff]{{0,4}}(?:报道|报导)[】\]]")
# （记者 张三 报道）, 【通讯员 李四】, and the Taiwanese 〔记者张三／台中报导〕 with the place after a slash
# (a word after a space is read as a role and a name only when it is not a whole name itself, and 摄
# is not the start of 摄影: each word has one reading, so a run of role-like words costs linear time)
_ROLES_ONCE = ROLES.replace("|摄影|摄|", "|摄影|摄(?!影)|")
_NAME_ENDS = r"(?:[\s、,，/／)）】〕]|报道|报导|摄)"
_ROLE_GROUP = re.compile(rf"[（(【〔]\s*(?:[\u4e00-\u9fff]{{0,6}}?{ROLES})\s*(?P<names>{_NAMES}"
                         rf"(?:\s+(?!{_NAME}{_NAME_ENDS}){_ROLES_ONCE}\s*{_NAMES})*)\s*"
                         r"(?:[／/]\s*[\u4e00-\u9fff]{1,6}?(?=报道|报导))?(?:(?:报道|报导|摄)\s*)?[)）】〕]")
# （某某社记者张三台北8日电）: an agency's credit with the place and day the story was filed
_NAME3 = r"[\u4e00-\u9fff·]{2,3}"
AGENCY_CREDIT = re.compile(rf"^[（(](?P<outlet>[\u4e00-\u9fff]{{2,6}}?)(?:特派|驻[\u4e00-\u9fff]{{1,4}})?记者"
                           rf"(?P<names>{_NAME3}(?:[、,，]{_NAME3})*)(?P<place>[\u4e00-\u9fff]{{2,3}})\d{{1,2}}日(?:专)?电[)）]")
# 记者张三／台北报导 opening a paragraph, without brackets
_ROLE_SLASH_PLACE = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,6}}?(?:记者|通讯员))\s*(?P<names>{_NAMES})\s*[／/]\s*"
                               r"[\u4e00-\u9fff]{1,8}?(?:报道|报导)")
_PLAIN_GROUP = re.compile(rf"[（(](?P<names>{_NAME}(?:\s+{_NAME})+)[)）]\s*$")
_SINGLE_CREDIT = re.compile(r"[。！？”][（(](?P<names>[\u4e00-\u9fff·]{2,3})[)）]\s*$")
_NOT_CREDIT = frozenset({"待续", "未完", "全文完", "图文", "供图", "摄影", "记者", "编辑", "续完", "完结", "本报", "新华社"})
_TAIL_ROLE = re.compile(rf"[（(]\s*(?:本报)?(?:记者|通讯员)\s*(?P<names>{_NAMES})\s*(?:(?:报道|报导)\s*)?[)）]\s*$")
_EDITOR = re.compile(rf"(?:责任编辑|责编|编辑)\s*(?:[:：/／|]\s*)?(?P<name>{_NAME})")
_SPLIT = re.compile(r"[\s、,，&＆]+")  # (和 is no separator: 王和平 is one name)
_ROLE_WORDS = ("编辑", "记者", "责任", "审核", "分享", "整合", "整理", "供稿", "来源", "通讯员", "支部", "党支部")
_NOT_NAMES = frozenset({"本报", "记者", "通讯员", "报道", "报导", "编辑", "来源", "时间", "日期", "发布", "点击",
                        "浏览", "供稿", "审核", "责任"})


def split_names(s: str) -> list[str]:
    """``记者 张三 李四`` → ``['张三', '李四']`` (role words dropped).

    >>> split_names("通讯员 张三 李小四")
    ['张三', '李小四']
    """
    out = []
    for tok in _SPLIT.split(s):
        if re.fullmatch(ROLES, tok) or not tok:
            continue
        m = re.match(ROLES, tok)
        if m and len(tok) - m.end() >= 2 and tok[: m.end()] in ("记者", "通讯员", "本报记者", "作者"):
            tok = tok[m.end():]
        if 2 <= len(tok) <= 4 and tok not in _NOT_NAMES and not any(w in tok for w in _ROLE_WORDS):
            out.append(tok)
    return out


_LATIN_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
_BY_NAME = rf"(?:{_LATIN_NAME}|{_NAME}(?![\u4e00-\u9fff]))"  # (By 周岚 and 林晓羽: Chinese names in an English byline)
# By X and Y at a line's start or after a separator; by X after a date (WordPress: Posted on May 9, 2024 by X)
_BY = re.compile(rf"(?:(?:^|[|｜]\s*)By|(?<=\d)\s+by)\s+(?P<names>{_BY_NAME}(?:(?:,\s*|\s+and\s+){_BY_NAME})*)")


_LATIN_FULL_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}"  # (after a Chinese label: a given name and a surname)
_AUTHOR_LATIN = re.compile(rf"(?:作者|撰文|记者)\s*[:：|｜/／]\s*(?P<names>{_LATIN_FULL_NAME}(?:\s*(?:,|and|&)\s*{_LATIN_FULL_NAME})*)")

META_LINE_CHARS = 300  # a byline line is read this far


# a writer's credit (文/, 作者, 撰文 …): a line ending in 摄 without one credits the pictures alone
_WRITER = re.compile("|".join(re.escape(w) + ("[/／:：]" if w == "文" else "") for w in byline.TEXT_ROLES))  # (文 needs its mark)


_PHOTO_LEAD = re.compile(r"^\s*(?:图片?|摄影|摄像)\s*[:：/／|︱｜]")  # 图：本报记者 许诺: the pictures' credit


def _photo_only(line: str) -> bool:
    return (line.rstrip(" )）").endswith(byline.PHOTO_AFTER) or bool(_PHOTO_LEAD.match(line))) and not _WRITER.search(line)


@per_text


def from_meta_line(line: str) -> list[str]:
    """Authors on a byline/meta line: ``作者：X``, ``文/X``, ``记者 X Y``, ``By X and Y``.

    >>> from_meta_line("By Zhang San and Li Si in Suzhou | China Daily | Updated: 2024-05-08")
    ['Zhang San', 'Li Si']
    >>> from_meta_line("楼主 某某 发表于 2024-3-12 | 只看该作者 | 倒序浏览")  # a forum's filter link
    []
    >>> from_meta_line("记者 方舟 摄"), from_meta_line("文/记者 雷静 通讯员 孔维 图/记者 方舟")
    ([], ['雷静', '孔维'])
    >>> from_meta_line("By 周岚 and 林晓羽 · 某某网 · 2024-10-23 15:06")
    ['周岚', '林晓羽']
    >>> from_meta_line("Posted on May 9, 2024 by Zhang Yiming | Source: JETDA"), from_meta_line("Edited by the desk")
    (['Zhang Yiming'], [])
    >>> from_meta_line("作者：耳鼻咽喉头颈外科 主治医师 黄颖 审核：副主任医师 孙海"), from_meta_line("作者：教授 王明")
    (['黄颖'], ['王明'])
    >>> from_meta_line("作者：律师协会"), from_meta_line("作者：工程师之家")
    ([], [])
    >>> from_meta_line("作者 | Kevin Zhang"), from_meta_line("作者：Li Na and Wang Fang 来源：某某网")
    (['Kevin Zhang'], ['Li Na', 'Wang Fang'])
    """
    line = line[:META_LINE_CHARS]  # (a byline is short: the patterns below need not read a page)
    if _photo_only(line):
        return []  # 记者 方舟 摄: who took the pictures (the photo-credit reader's), not who wrote
    m = _AUTHOR_FIELD.search(line) or _SLASH.search(line) or _BEFORE_REPORTED.search(line) \
        or _NAMES_THEN_ROLE.match(line.strip())
    if not m and (la := _AUTHOR_LATIN.search(line)):  # 作者 | Kevin Zhang
        return [n.strip() for n in re.split(r",\s*|(?<!\s)\s+(?:and|&)\s+", la.group("names")) if n.strip()]
    if not m:
        b = _BY.search(line)
        return [n.strip() for n in re.split(r",\s*|(?<!\s)\s+and\s+", b.group("names")) if n.strip()] if b else []
    names = m.group("names") or m.group("names2") if "names2" in m.groupdict() else m.group("names")
    names = re.split(r"(?<!\s)\s{2,}|\s(?=[\u4e00-\u9fff]{2,4}[:：])", _UNIT_RX.sub("、", names).strip("、 "))[0]
    return _clean(split_names(names))


@per_text
def opening_credit(first: str) -> list[str]:
    """The names of a credit that opens a paragraph: in brackets, ``记者某某／台北报导``, or an
    agency's ``（某某社记者 … 电）``.

    >>> opening_credit("〔记者王姿婷／台南报导〕南瀛园区…"), opening_credit("园区今年新开工项目十二个")
    (['王姿婷'], [])
    >>> opening_credit("【某某商报讯】记者尹芷晴鹭湾报道：园区开园一周年"), opening_credit("记者张三北京报道：园区")
    (['尹芷晴'], ['张三'])
    >>> opening_credit("记者蹲点采访报道：园区")
    []
    >>> opening_credit("本网讯 记者于洪波 通讯员赵瑞报道 时值隆冬，园区…")  # (no brackets, the text right after)
    ['于洪波', '赵瑞']
    >>> opening_credit("本报讯 记者 李四 通讯员 王五 郑州报道 近日，园区…")  # (the place where it was filed: no name)
    ['李四', '王五']
    """
    m = _BRACKET_CREDIT.match(first) or _ROLE_SLASH_PLACE.match(first) or AGENCY_CREDIT.match(first) \
        or _ROLE_GROUP.match(first)
    if m is None and (r := _REPORTED_FROM.match(first)) and byline.surname_first(r.group("names")):
        m = r  # (记者蹲点采访报道：: no name)
    if m is None and (r := _lead_credit().match(first)):
        return _clean(byline.credits(r.group("credit")))
    return _clean(split_names(m.group("names"))) if m else []


@lru_cache(maxsize=1)
def _lead_credit() -> "re.Pattern[str]":
    """A credit that opens the text without brackets: a dateline word or not, role words and names,
    then 报道 (本网讯 记者某某 通讯员某某报道 时值隆冬…)."""
    roles = sorted((w for w in byline.grammar().get("role", ()) if len(w) >= 2), key=len, reverse=True)
    return re.compile(r"^(?:[\u4e00-\u9fff]{1,12}讯\s*)?(?P<credit>(?:" + "|".join(map(re.escape, roles))
                      + r")[^，。：:（(]{2,40}?(?:报道|报导))(?=[\s：:]|$)")  # (报道 in it: 北京报道 names a place)


# a Hong Kong paper's opening: 【某某报讯】记者张小明深圳报道： the name, then the place (two characters,
# as most are: 北京, 鹭湾) where it was filed, glued together
_REPORTED_FROM = re.compile(r"^(?:[【\[][\u4e00-\u9fff]{2,12}[】\]])?(?:本报)?记者(?P<names>[\u4e00-\u9fff]{2,3}?)"
                            r"[\u4e00-\u9fff]{2}(?:报道|报导)[:：]")


def from_body(first: str, last: str) -> list[str]:
    """Authors credited in the article: ``（通讯员 张三 李小四）`` at the start, ``（王五 赵小六）`` at the end.

    >>> from_body("〔记者林小华／台中报导〕园区扩建计划今天通过环评。", ""), from_body("记者王大明／台北报导 园区…", "")
    (['林小华'], ['王大明'])
    >>> from_body("（某某社记者王小明、李大华新竹8日电）竹科管理局今天表示…", "")
    ['王小明', '李大华']
    """
    if (names := opening_credit(first)):
        return names
    for text in (first[:80], last[-60:]):
        m = _ROLE_GROUP.search(text) or _TAIL_ROLE.search(text)
        if m:
            return _clean(split_names(m.group("names")))
    m = _PLAIN_GROUP.search(last[-40:])
    if m:
        return _clean(split_names(m.group("names")))
    m = _SINGLE_CREDIT.search(last[-12:])
    if m and m.group("names") not in _NOT_CREDIT and not _ORG_END.match(m.group("names")):
        return [m.group("names")]  # (（中央社） names an agency: the source)
    return []


@per_text
def editor(line: str) -> Optional[str]:
    m = _EDITOR.search(line)
    return m.group("name") if m and m.group("name") not in _NOT_NAMES else None


# a body that signs an article is no person: 招商部, 宣传办, 某某中心 (a name of 3+ characters ending so)
_ORG_END = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,}(?:" + "|".join(map(re.escape, byline.ORG_END)) + ")$")


def _clean(names: list[str]) -> list[str]:
    """Names without a trailing 报道/摄, each once, no role words, no organisations, and none of
    the byline grammar's words that follow a role in a sentence (著作权归作者所有, 记者获悉).

    >>> _clean(["招商部", "张三", "张三", "李四摄"]), _clean(["张三", "北京报道"]), _clean(["所有"])
    (['张三', '李四'], ['张三'], [])
    """
    verbs = byline.grammar().get("verb", ())
    seen: list[str] = []
    for k, n in enumerate(names):
        if k and k == len(names) - 1 and n.endswith(("报道", "报导")) and len(n) > 2:
            break  # 记者 张三 北京报道: the last word is where it was filed from
        n = re.sub(r"(?:报道|报导|摄)$", "", n)
        if len(n) >= 2 and n not in seen and n not in _NOT_NAMES and n not in byline.ui_words() and not _ORG_END.match(n) \
                and not n.startswith(verbs):
            seen.append(n)
    return seen
