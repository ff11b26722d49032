"""The byline grammar, read from ``lexicons/byline.tsv``: roles, staff roles, suffixes (the poster and
owner forms are read by ``posters.py``).

A credit is read by a scanner, not by one large pattern: the line is cut into tokens (CJK runs,
Latin words, digits, single marks) and each token is read once, so any line costs linear time.
A role word (记者, 实习生, 执笔, 文/图 …) opens a list of names, glued to it or after a separator;
a staff role (编辑, 审核 …) opens a list that is not the article's authors; a label (时间：),
a digit or a bracket closes the list. ``和`` is no separator: 王和平 is one name.

>>> credits("本报讯（记者 王和平 通讯员 李四）")
['王和平', '李四']
>>> credits("文/图 张三"), credits("执笔人：闵乐夫 赵兰波 刘韬"), credits("本报实习生 刘国栋 周炜")
(['张三'], ['闵乐夫', '赵兰波', '刘韬'], ['刘国栋', '周炜'])
>>> credits("文/记者 雷静 通讯员 孔维　图/记者 方舟"), credits("图/记者 方舟", "photo")
(['雷静', '孔维'], ['方舟'])
>>> credits("记者 方舟 摄"), credits("记者 方舟 摄", "photo"), credits("记者 张三 李四摄"), credits("记者 王五 摄影 赵六")
([], ['方舟'], [], ['王五'])
>>> credits("文：本报记者 卢晓和谢文彬"), credits("本报记者 王和平")
(['卢晓', '谢文彬'], ['王和平'])
>>> credits("图/文 张三"), credits("记者 张三 报道 李四 摄"), credits("记者 张三 报道 李四 摄", "photo")
(['张三'], ['张三'], ['李四'])
>>> credits("记者手记"), credits("作者：张三 时间：2024-03-08"), credits("责任编辑：李四"), credits("文明城市创建")
([], ['张三'], [], [])
>>> credits("本刊记者 韦思远 发自澄州"), credits("早报驻上海特派员 程立勤 报道")
(['韦思远'], ['程立勤'])
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicons
from ..memo import per_text

GRAMMAR = "byline.tsv"
CREDIT_CHARS = 120   # a credit line is read this far
_TOKEN = re.compile(r"[\u4e00-\u9fff·]+|[A-Za-z][A-Za-z'.-]*|\d+|\S")
_SEPARATORS = frozenset(":：/／|︱｜、，,&＆;； ")
CJK = re.compile(r"[\u4e00-\u9fff]")
# what an outlet's name, or its posting, ends with before a role word: 某某时报记者, 某某社驻某地记者 (not 接受记者采访)
_OUTLET_BEFORE = re.compile(r"(?:报|社|网|台|刊|频道|新闻|媒体|驻[\u4e00-\u9fff]{1,6})$")
_NAMECJK = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}")
# a transliterated name: 买买提·艾力, 约翰·史密斯 (parts joined by a middle dot)
_NAME_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,2}")
# a body that signs is no person: 招商部, 某某中心, 某某日报 (a word of 3+ characters ending so)
ORG_END = _ORG_END = ("部", "局", "办", "委", "处", "科", "室", "组", "中心", "公司", "集团", "网", "报", "社", "台", "站",
            "院", "会", "队", "所", "新闻", "周刊", "传媒", "融媒", "财经", "观察", "在线", "频道", "杂志",
            "社区", "论坛", "平台", "博客")  # (码砾社区: a community's site, no person)


@lru_cache(maxsize=None)
def grammar() -> dict[str, tuple[str, ...]]:
    """Kind → values, longest first (so 摄影 is read before 摄, 本报记者 before 记者)."""
    out: dict[str, list[str]] = {}
    for row in lexicons.table(GRAMMAR):
        out.setdefault(row[0], []).append(row[1])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=None)
def unit_and_rank() -> str:
    """A writer's unit and professional title before the name (耳鼻咽喉科 主治医师 , 投资促进局 ), either
    optional, a regex: the unit is a word ending as an organisation does, then a space."""
    ranks = "|".join(map(re.escape, grammar().get("rank", ())))
    ends = "|".join(map(re.escape, _ORG_END))
    return rf"(?:[\u4e00-\u9fff]{{2,12}}?(?:{ends})\s+(?:(?:{ranks})\s+)?|(?:{ranks})\s+)?"  # (律师协会 is an organisation: no space; 王科 is a name)


@lru_cache(maxsize=None)
def field_label() -> str:
    """Any byline field's label (来源, 发布时间, 点击 …), a regex alternation, longest first."""
    return "(?:" + "|".join(map(re.escape, grammar()["field"])) + ")"


@lru_cache(maxsize=None)
def ui_words() -> frozenset[str]:
    """Interface words that are never a name (ui_words, tools and share lists)."""
    return lexicons.interface_words()


@lru_cache(maxsize=None)
def _role_inside() -> "re.Pattern[str]":
    """Any role word of two or more characters, or any staff word, inside a token (a literal
    alternation: linear time)."""
    g = grammar()
    words = [w for w in g.get("role", ()) + g.get("photo", ()) if len(w) >= 2] + list(g.get("staff", ())) + list(g.get("rank", ()))
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=None)
def _ui_cjk() -> "re.Pattern[str]":
    """Any interface word of two or more CJK characters (a literal alternation: linear time)."""
    words = sorted((w for w in ui_words() if len(w) >= 2 and CJK.match(w)), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def is_name(tok: str) -> bool:
    """A person's name as bylines give it: 2-4 CJK characters, no role, interface or body word.

    >>> is_name("王和平"), is_name("出自"), is_name("手记"), is_name("招商部"), is_name("记者"), is_name("买买提·艾力")
    (True, False, False, False, False, True)
    >>> is_name("主治医师"), is_name("研究员")  # (a rank of the byline grammar)
    (False, False)
    >>> is_name("向晓川"), is_name("向园区")  # (记者向…: a sentence; a field's value may be 向晓川: :func:`field_name`)
    (False, False)
    """
    g = grammar()
    if not (_NAMECJK.fullmatch(tok) or _NAME_DOTTED.fullmatch(tok)) or tok in ui_words() or tok.lower() in ui_words() or tok in g.get("suffix", ()):
        return False
    if len(tok) >= 3 and _ui_cjk().search(tok):  # 图书推荐, 更多文章: a link, no name
        return False
    if _role_inside().search(tok) or tok.startswith(g.get("verb", ())):
        return False
    return "·" in tok or not (len(tok) >= 3 and tok.endswith(_ORG_END))


_PRONOUNS = frozenset("他她我你您其它它")


def field_name(tok: str) -> bool:
    """A name as a field's value gives it, apart from its label or role word (作者：向晓川, 记者 向一鸣):
    no verb glued to the role there (记者向…), so a name may open with a one-character verb that is
    also a surname (向); not a pronoun after it (向他们).

    >>> field_name("向晓川"), field_name("向他们"), field_name("对此"), field_name("张三")
    (True, False, False, True)
    """
    if is_name(tok):
        return True
    g = grammar()
    return 2 <= len(tok) <= 3 and surname_first(tok) and tok[1] not in _PRONOUNS \
        and any(tok.startswith(v) for v in g.get("verb", ()) if len(v) == 1) \
        and not any(tok.startswith(v) for v in g.get("verb", ()) if len(v) > 1) and not _role_inside().search(tok)


@lru_cache(maxsize=None)
def _roles_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """First character → (word, kind) of the role, photo and staff words, longest first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for kind in ("role", "photo", "staff"):
        for w in grammar().get(kind, ()):
            out.setdefault(w[0], []).append((w, kind))
    return {k: tuple(sorted(v, key=lambda t: -len(t[0]))) for k, v in out.items()}


def _role(tok: str) -> tuple[Optional[str], str]:
    """(kind, rest) when ``tok`` starts with a role or staff word, else (None, tok)."""
    for w, kind in _roles_by_initial().get(tok[:1], ()):
        if tok.startswith(w):
            rest = tok[len(w):]
            if rest and len(w) == 1:  # 文明, 图书: a one-character role counts only standing alone
                return None, tok
            return kind, rest
    return None, tok


def _outlet_role(tok: str) -> tuple[Optional[str], str]:
    """(kind, rest) when an outlet's name comes first (某某时报记者, 某某社记者张三): the role word
    closes the token or only a name follows it."""
    m = _role_inside().search(tok, 2)
    while m is not None:
        kind, rest = _role(tok[m.start():])
        if kind == "role" and _OUTLET_BEFORE.search(tok[:m.start()]) and (not rest or is_name(_suffix(rest)[0])):
            return kind, rest
        m = _role_inside().search(tok, m.start() + 1)
    return None, tok


def starts_with_role(line: str) -> bool:
    """The line opens with a role word of the text's authors (执笔人：…, 记者 …).

    >>> starts_with_role("执笔人：张三 李四"), starts_with_role("责任编辑：李四"), starts_with_role("文明城市")
    (True, False, False)
    """
    toks = _TOKEN.findall(line[:CREDIT_CHARS])
    return bool(toks) and CJK.match(toks[0]) is not None and "role" in (_role(toks[0])[0], _outlet_role(toks[0])[0])


def _suffix(tok: str) -> tuple[str, Optional[str]]:
    for s in grammar().get("suffix", ()):
        if tok.endswith(s) and len(tok) > len(s):
            return tok[: -len(s)], s
    return tok, None


def credits(line: str, kind: str = "role") -> list[str]:
    """The names a line credits with roles of ``kind`` (``role``: the text's authors; ``photo``:
    the pictures'), each once, in order. 文/图 张三 credits the text.

    >>> credits("某某新闻记者 谷雨禾通讯员 严小舟"), credits("作者：融媒体记者 司马清越 实习生 仉若琳")
    (['谷雨禾', '严小舟'], ['司马清越', '仉若琳'])
    >>> credits("记者 张三 信息来源：某某局")  # (a field's label glued to a word, no name and its role)
    ['张三']
    >>> credits("搜索诗文、作者、名句")  # (a role word among the words of an enumeration)
    []
    >>> credits("（记者 向一鸣 通讯员 田洪波）"), credits("记者向园区负责人了解到"), credits("作者：高级编辑 李四")
    (['向一鸣', '田洪波'], [], [])
    >>> credits("记者丨钱思远　林可馨"), credits("文字｜庞　悦")  # (丨 as a bar; a two-character name set apart)
    (['钱思远', '林可馨'], ['庞悦'])
    """
    line = _SPACED_NAME.sub(_joined_if_surname, line[:CREDIT_CHARS].replace("丨", "｜"))
    return list(_credits(line, kind))


# a two-character name written with a space between its characters (庞　悦), alone between separators
_SPACED_NAME = re.compile(r"(?<=[\s:：/／|｜])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff·])")


def _joined_if_surname(m: "re.Match[str]") -> str:
    return m.group(1) + m.group(2) if surname_first(m.group(1)) else m.group(0)


@lru_cache(maxsize=4096)  # (a page asks several readers about the same lines)
def _credits(line: str, kind: str) -> tuple[str, ...]:
    toks = _TOKEN.findall(line[:CREDIT_CHARS])
    read: list[list[Optional[str]]] = []  # [name, the kind of credit it was read under (None: none yet)], in order
    group = 0  # where the names of the current role word start in ``read``
    mode: Optional[str] = None
    named = True  # a name was read since the last role word
    shut = -1  # the closing bracket of a writer's unit being passed over
    k = -1
    while k + 1 < len(toks):
        k += 1
        tok = toks[k]
        if k <= shut or tok in _SEPARATORS:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if tok in _UNIT_OPEN and mode is not None and named and read and read[-1][1] is not None \
                and (shut := _unit_end(toks, k)) > k:
            continue  # 作者：张三（某某大学经济学院） 李四（…）: a writer's unit after the name; the list goes on
        if not CJK.match(tok):
            mode = None  # a digit, a Latin word or a bracket ends the list
            continue
        if mode is not None and not named and (split := _glued_role(tok)) is not None:
            toks[k:k + 1] = split  # (the name now, its role word the next token read)
            tok, nxt = split
        role, rest = _role(tok)
        if role is None:
            role, rest = _outlet_role(tok)
        if role is not None and mode is None and k > 0 and toks[k - 1] == "、":
            continue  # (搜索诗文、作者、名句: a word of an enumeration, no credit)
        if role == "photo" and named and not rest and tok in PHOTO_AFTER and group < len(read) \
                and not _name_follows(toks, k + 1):
            for r in read[group:]:  # 记者 方舟 摄: the names before it took the pictures
                r[1] = "photo"
            mode = None
            continue
        if role is not None:
            if not named and mode == "photo" and role == "role" and tok not in TEXT_ROLES:
                pass  # 图/记者 张三: the pictures' credit, 记者 the photographer's title (图/文 张三: both)
            else:
                mode = "role" if (not named and "role" in (mode, role)) else role  # (文/图 张三: text and pictures)
            named, group = False, len(read)
            if not rest:
                continue
            if nxt in ("：", ":"):  # 图文解读：, 记者手记：: a label glued to its role word, no name
                mode = None
                continue
            tok, glued = rest, True
        else:
            glued = False
            if nxt in ("：", ":"):  # a label of another field (时间：)
                mode, group = None, len(read)
                continue
            if mode is None:  # no role yet: a name is kept aside, for a closing 摄 to claim (李四 摄)
                if is_name(tok):
                    read.append([tok, None])
                    named = True
                continue
        base, suffix = _suffix(tok)
        if suffix in ("报道", "报导") and not glued:  # 记者 张三 北京报道: where it was filed
            mode, group = None, len(read)
            continue
        pair = _joined_pair(base) if not is_name(base) else None
        if pair and mode is not None:  # 卢晓和谢文彬: two names joined by 和 (王和平 is one name)
            named = True
            read.extend([n, mode] for n in pair)
        elif (is_name(base) or (not glued and field_name(base))) \
                and (not glued or surname_first(base)):  # (摄影大赛: a word glued to its role; 作者：向晓川, 记者 向一鸣)
            named = True
            if mode is not None:
                read.append([base, "photo" if suffix in PHOTO_AFTER else mode])  # (记者 张三摄)
                if suffix in PHOTO_AFTER:
                    for r in read[group:]:
                        r[1] = "photo"
        else:
            mode, group = None, len(read)
        if suffix:
            mode, group = None, len(read)
    return tuple(dict.fromkeys(str(n) for n, m in read if m == kind))


@lru_cache(maxsize=None)
def _role_end() -> "re.Pattern[str]":
    """A name of two or three characters, then a role or staff word of two or more glued to it."""
    g = grammar()
    words = sorted({w for k in ("role", "photo", "staff") for w in g.get(k, ()) if len(w) >= 2}, key=len, reverse=True)
    return re.compile(r"([\u4e00-\u9fff]{2,3})(" + "|".join(re.escape(w) for w in words) + ")")


def _glued_role(tok: str) -> Optional[tuple[str, str]]:
    """(name, role) when a name has the next role word glued after it, as spans side by side
    without a space give them (记者 谷雨禾通讯员 严小舟: 谷雨禾 / 通讯员); not a role's modifier before
    it (常驻记者, 高级编辑: the grammar's ``modifier`` rows) nor an outlet (融媒体记者).

    >>> _glued_role("谷雨禾通讯员"), _glued_role("常驻记者"), _glued_role("融媒体记者")
    (('谷雨禾', '通讯员'), None, None)
    """
    m = _role_end().fullmatch(tok) if len(tok) >= 4 else None
    if m is None or not (is_name(m.group(1)) and surname_first(m.group(1))) or _outlet_role(tok)[0] is not None \
            or m.group(1) in grammar().get("modifier", ()):
        return None
    return m.group(1), m.group(2)


_UNIT_OPEN, _UNIT_CLOSE = "（(", "）)"
_UNIT_TOKENS = 3  # a writer's unit in brackets: its words, at most (某某大学 经济学院: punctuation splits them)


def _unit_end(toks: list[str], k: int) -> int:
    """The index of the bracket closing the one at ``k`` when what it holds is a unit's name (CJK
    words, no role, no digit), else -1."""
    for j in range(k + 1, min(len(toks), k + 2 + _UNIT_TOKENS)):
        if toks[j] in _UNIT_CLOSE:
            return j if j > k + 1 else -1
        if not CJK.match(toks[j]) and toks[j] not in _SEPARATORS or _role(toks[j])[0] is not None:
            return -1
    return -1


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    found = lexicons.words("surnames.txt")
    return frozenset(w for w in found if len(w) == 1), frozenset(w for w in found if len(w) == 2)


def surname_first(name: str) -> bool:
    """The name starts with a surname (lexicons/surnames.txt).

    >>> surname_first("李明"), surname_first("欧阳修"), surname_first("大赛"), surname_first("作品")
    (True, True, False, False)
    """
    single, double = _surnames()
    return name[:1] in single or name[:2] in double


TEXT_ROLES = ("文", "文字", "文图", "图文", "撰文", "撰稿", "作者", "执笔")  # roles for the text itself (图/文 张三)


def _joined_pair(tok: str) -> Optional[tuple[str, str]]:
    """Two names of two or three characters joined by 和 (卢晓和谢文彬), when both halves are names."""
    a, sep, b = tok.partition("和")
    if sep and 2 <= len(a) <= 3 and 2 <= len(b) <= 3 and is_name(a) and is_name(b):
        return a, b
    return None


PHOTO_AFTER = ("摄", "摄影")  # after the names, the pictures' credit: 记者 张三 摄, 李四摄


def _name_follows(toks: list[str], k: int) -> bool:
    """A name comes next after ``toks[k:]``'s separators (摄影 赵六: a role word, not a closing 摄影)."""
    while k < len(toks) and toks[k] in _SEPARATORS:
        k += 1
    return k < len(toks) and is_name(toks[k])


_PLACE = re.compile(r"[\u4e00-\u9fff]州|[\u4e00-\u9fff]{1,5}[市县省区镇乡]")  # a place's name (广州, 滨海市)
_NAME_BULLETS = "□■◇◆○●"  # a paper's mark before its writers' names (□ 张立 李蓓)


@per_text
def name_line(line: str) -> list[str]:
    """A line that is only one to four names (``张三丰、李四海``, ``□ 张立 李蓓``): a
    byline without a role.

    >>> name_line("张三丰、李四海"), name_line("关注"), name_line("首页 新闻 园区 服务"), name_line("图书推荐")
    (['张三丰', '李四海'], [], [], [])
    >>> name_line("□ 张立 李蓓"), name_line("县长　陈立群")  # (a title before the name: the byline grammar's rank)
    (['张立', '李蓓'], ['陈立群'])
    >>> name_line("葛若帆 广州"), name_line("张立 滨海市")  # (where the text was filed from, after the name)
    (['葛若帆'], ['张立'])
    >>> name_line("已办结"), name_line("正文"), name_line("赵延东 风笑天")  # (one surname among the names will do)
    ([], [], ['赵延东', '风笑天'])
    """
    parts = [p for p in re.split(r"[\s、，,]+", line.strip().lstrip(_NAME_BULLETS)) if p]
    if len(parts) >= 2 and parts[0] in grammar().get("rank", ()):
        parts = parts[1:]
    if len(parts) >= 2 and _PLACE.fullmatch(parts[-1]):
        parts = parts[:-1]  # 葛若帆 广州: the name, and where it was filed from
    # without a role, a name is 2-3 characters (a four-character word is more often a phrase)
    if not 1 <= len(parts) <= 4 or not all(is_name(p) and len(p) <= 3 for p in parts):
        return []
    if not any(surname_first(p) or "·" in p for p in parts):
        return []  # words that open with no surname (已办结 under a letter's headline, 目录): no names
    if len(parts) >= 3 and all(len(p) == 2 for p in parts):
        return []  # 首页 新闻 园区 服务: a menu's words
    return parts
