"""Author candidates from every place a page names its authors, each with its evidence.

Readers: the byline and meta lines (``people.from_meta_line``), credit lines in the byline
grammar (``byline.credits``: roles, several credits in one line or in consecutive lines),
credits in the opening and closing paragraphs (``people.from_body``), a closing credit line
(执笔人：…), blog and forum poster lines (``posters.poster``), a line of names under the headline,
an outlet, a name and a time without labels, the headline's ``某某：`` prefix, the blog owner
(the first line and the copyright holder), and the author ``<meta>``. Weights: ``weights.tsv``.
"""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from ..evidence.context import note_writer
from ..evidence.matcher import regex
from ..model import Classified, Label
from . import byline, dates, fields, people, posters
from .candidates import Candidate

_ABOVE = 12          # lines above the body searched for credit lines
_BELOW = 8           # lines below it (stopping at a related or comments heading)
_CLOSING = 3         # closing body lines that may be a credit line
_CLOSING_CHARS = 40  # a longer closing line is text
_SENTENCE = re.compile(r"[。，！？；]")
_CREDIT_LINE = 80    # a longer line is text, not a credit
_STOP_RULES = ("marker.related_heading", "marker.comments_heading", "context.comment_stream")
_NOT_CREDIT_LABELS = (Label.BODY, Label.RELATED, Label.COMMENTS)
_NOT_NAME_LINE = (Label.TAGS, Label.BREADCRUMB, Label.RELATED, Label.COMMENTS, Label.SHARE, Label.TOOLS)
_NAME_FIELD = 40     # an author <meta> longer than this is not a list of names
_NOT_A_NAME = re.compile(r"https?:|www\.|@|/")
# an organisation or a piece of software credited in the author <meta> (Discuz! Team and Comsenz UI
# Team, Acme Media Inc.): no person
_ORGANISATION = re.compile(r"\b(?:Team|Inc|Ltd|LLC|Corp|Corporation|Co|Group|Studio|Powered|Software|Technologies|"
                           r"Network|Media)\b\.?(?!\w)", re.I)
_LATIN_NAMES = re.compile(r"[,;，、&]|\band\b")
HANDLE = re.compile(r"(?:(?<!\s)\s+)?[(（][A-Za-z0-9_.-]{1,30}[)）]\s*$")  # 某某 (handle): the account id after a display name


class Page:
    """What the author readers need to know of a page."""

    def __init__(self, blocks: Sequence[Classified], start: int, end: int, lead: Optional[Classified],
                 title_line: Optional[int], title: Optional[str]):
        self.blocks, self.start, self.end, self.lead = blocks, start, end, lead
        self.title_line, self.title = title_line, title

    def near(self) -> list[Classified]:
        """Removed lines above the body and below it, up to a related or comments heading."""
        out = [c for c in self.blocks[max(1, self.start - _ABOVE):self.start]]
        for c in self.blocks[self.end + 1:self.end + 1 + _BELOW]:
            if c.final.rule in _STOP_RULES:
                break
            out.append(c)
        return [c for c in out if len(c.block.text) <= _CREDIT_LINE and (c.final.label not in _NOT_CREDIT_LABELS or (
            c.final.label is Label.RELATED and c.block.index < self.start))]  # (a list above the text is rare)


_ROLE_ALONE = 8  # characters of a line that is only a role word (本报记者), its names on the next line


def _with_next(near: Sequence[Classified], k: int) -> str:
    """Line ``k``'s text, followed by the next line's when it is a role word alone and the next
    line stands right under it (本报记者 / 韩冰 见习记者 宋一凡: one credit over two lines), not
    inside a menu of words (诗文 / 作者 / 古籍 / 赏析)."""
    t = near[k].block.text.strip()
    if len(t) <= _ROLE_ALONE and k + 1 < len(near) and near[k + 1].block.index == near[k].block.index + 1 \
            and byline.starts_with_role(t) and not byline.credits(t) and not _in_menu(near, k):
        return t + " " + near[k + 1].block.text
    return t


_MENU_WORD = 4  # characters of a menu's word at most


def _in_menu(near: Sequence[Classified], k: int) -> bool:
    """The lines right above line ``k`` and two below it are words of a menu's length."""
    around = [j for j in (k - 1, k + 2) if 0 <= j < len(near)]
    return bool(around) and all(len(near[j].block.text.strip()) <= _MENU_WORD for j in around)


def _credit_lines(page: Page) -> list[Candidate]:
    """Credit lines near the article; consecutive ones (本报实习生 … / 本报记者 …) as one credit."""
    near = page.near()
    found = [(c, byline.credits(_with_next(near, k))) for k, c in enumerate(near)]
    found = [(c, names) for c, names in found if names]
    out: list[Candidate] = []
    run: list[tuple[Classified, list[str]]] = []
    for c, names in found + [(None, [])]:  # type: ignore[list-item]
        if run and (c is None or c.block.index - run[-1][0].block.index > 1):
            merged = [n for _, ns in run for n in ns]
            where = "above_body" if run[0][0].block.index < page.start else "below_body"
            ev = ("credit_line", where) + (("merged_lines",) if len(run) > 1 else ())
            out.append(Candidate("authors", list(dict.fromkeys(merged)), "byline.credit_line", run[0][0], ev))
            run = []
        if c is not None:
            run.append((c, names))
    for c in page.near():  # 摄影：李四 alone: the pictures' author, when nobody is credited for the text
        if (names := byline.credits(c.block.text, "photo")):
            out.append(Candidate("authors", names, "byline.photo_credit", c, ("photo_credit",)))
            break
    return out


_OPENING = "（(【[〔 "  # brackets a closing credit may stand in


def _closing_credit(page: Page) -> list[Candidate]:
    """A short closing line that starts with a role (执笔人：…), the text's last or right below it."""
    body = [c for c in page.blocks[max(page.start, page.end - 8):page.end + 1] if c.final.label is Label.BODY]
    after = [c for c in page.blocks[page.end + 1:page.end + 3] if c.final.label is not Label.COMMENTS]
    for c in body[-_CLOSING:] + after:
        t = c.block.text.strip()
        shaped = len(t) <= _CLOSING_CHARS and not _SENTENCE.search(t) and c.block.index > page.start
        names = byline.credits(t) if shaped and byline.starts_with_role(t.lstrip(_OPENING)) else []  # (（记者 张三 深圳报道）)
        if names:
            return [Candidate("authors", names, "byline.closing_credit", c, ("closing_credit",))]
    return []


def _posters(page: Page) -> list[Candidate]:
    lo = max(1, min(page.start, page.title_line or page.start) - _ABOVE)
    for c in page.blocks[lo:page.end + 4]:
        if c.final.rule in _STOP_RULES:
            break
        if c.final.label is Label.BODY and c.block.index > page.start + 1:
            continue
        names = posters.poster(c.block.text)
        if names:
            return [Candidate("authors", names, "byline.poster", c, ("poster_line",))]
    return []


_BIO_NOTE_RULE = "context.bio"  # a note about a writer under 作者简介 (evidence/context/sections.py)


def _bio_notes(page: Page) -> list[Candidate]:
    """The names opening the notes about the writers (作者简介 / 阿依古丽·买买提，某某学院教授…)."""
    names, first = [], None
    for c in page.blocks:
        if c.final.rule == _BIO_NOTE_RULE and (name := note_writer(c.block.text)) \
                and (byline.is_name(name) or "·" in name):
            names.append(name)
            first = first or c
    return [Candidate("authors", names, "byline.bio_note", first, ("bio_note",))] if names else []


def _name_lines(page: Page) -> list[Candidate]:
    """A line of names right under the headline, or right above the body."""
    spots: list[int] = []
    if page.title_line is not None:
        spots += range(page.title_line + 1, page.title_line + 3)
    spots += range(page.start - 2, page.start)
    for i in dict.fromkeys(spots):
        if 0 < i < len(page.blocks) and page.blocks[i].final.label not in _NOT_NAME_LINE \
                and (names := byline.name_line(page.blocks[i].block.text) or _over_follow(page.blocks, i)):
            ev = ("name_line",) + (("under_headline",) if page.title_line is not None and i > page.title_line else ())
            return [Candidate("authors", names, "byline.name_line", page.blocks[i], ev)]
    return []


def _over_follow(blocks: Sequence[Classified], i: int) -> list[str]:
    """A writer's handle over a follow button (魑皇 / 关注): a name, though no surname opens it."""
    name = blocks[i].block.text.strip()
    follow = i + 1 < len(blocks) and blocks[i + 1].block.text.strip() in fields.FOLLOW_BUTTONS
    return [name] if follow and len(name) <= _HANDLE_CHARS and byline.is_name(name) else []


_HANDLE_CHARS = 4  # characters of a handle taken for a name over a follow button, at most


def _outlet_name_time(page: Page) -> list[Candidate]:
    """``某某日报 张三 2024-03-08``, ``张三 某某日报 2024-03-08``, ``2024-03-08 · 某某日报 · 张三``: an
    outlet and a name side by side, in either order, on a dated line without labels."""
    for c in page.near():
        found = dates.find(c.block.text, None)
        if found is None or found.iso is None:
            continue
        parts = [p for p in fields.BYLINE_MARKS.split(c.block.text) if p]
        for k in range(len(parts) - 1):
            a, b = parts[k], parts[k + 1]
            name = b if fields.outlet_name(a) else a if fields.outlet_name(b) else None
            if name is not None and byline.is_name(name) and len(name) <= 3:
                return [Candidate("authors", [name], "byline.outlet_name_time", c, ("outlet_name_time",))]
    return []


_LEAD_BRACKET = re.compile(r"^[（(【〔\[](?P<c>[^）)】〕\]]{2,40})[）)】〕\]]")
_LEAD_REPORTED = re.compile(r"^(?P<c>本?[报网台刊]?记者[^：:，,。（(]{2,30}?(?:报道|报导))\s")
_LEAD_CREDIT = re.compile(r"^(?:[【\[（(]?[\u4e00-\u9fff\d]{0,16}?(?:讯|电)[】\]）)]?\s*)?(?P<c>[^：:，,。（(]{2,40})[：:]")


def _lead_credit(page: Page) -> list[Candidate]:
    """``本报讯 记者张三 通讯员李四 报道：`` or ``本报记者 张三 报道：`` opening the text: the credit before the colon."""
    lead = page.lead.block.text.strip() if page.lead is not None else ""
    b = _LEAD_BRACKET.match(lead)
    if b and byline.starts_with_role(b.group("c")):  # （作者：张三 某某大学教授）opening the text
        names = byline.credits(b.group("c"))
        return [Candidate("authors", names, "byline.lead_credit", page.lead, ("lead_credit",))] if names else []
    m = _LEAD_CREDIT.match(lead) if page.lead is not None else None
    # without a dateline before it, the credit must end as one does: 本报记者 张三 报道：
    if m and m.start("c") == 0 and not m.group("c").rstrip().endswith(("报道", "报导")):
        m = None
    m = m or _LEAD_REPORTED.match(lead)  # (本网记者 张三 某地报道 6月3日，…: the credit, then a space)
    names = byline.credits(m.group("c")) if m else []
    if names:
        return [Candidate("authors", names, "byline.lead_credit", page.lead, ("lead_credit",))]
    second = next((c for c in page.blocks[page.start + 1:page.start + 2] if c.kept), None)
    m = _LEAD_CREDIT.match(second.block.text.strip()) if second is not None else None
    if m and m.start("c") > 0:  # a summary over the text, whose first paragraph opens with its dateline and credit
        names = byline.credits(m.group("c"))
        return [Candidate("authors", names, "byline.lead_credit", second, ("lead_credit",))] if names else []
    return []


def _owner(page: Page) -> list[Candidate]:
    """A personal site's owner: its name line (张三的博客) near the top, or the name on its first
    line that its copyright line gives again."""
    for c in page.blocks[:3]:
        if (names := posters.owner(c.block.text)):
            return [Candidate("authors", names, "byline.site_owner", c, ("site_owner",))]
    first = page.blocks[0].block.text.strip() if page.blocks else ""
    if not (byline.is_name(first) and byline.surname_first(first)):  # (a brand, 知问, is no person)
        return []
    for c in page.blocks[page.end + 1:]:
        if c.final.label in (Label.COPYRIGHT, Label.FOOTER) and first in c.block.text:
            return [Candidate("authors", [first], "byline.site_owner", c, ("site_owner",))]
    return []


def _headline_prefix(page: Page) -> list[Candidate]:
    """``某某：标题`` above the body when the headline is the part after the colon."""
    if not page.title:
        return []
    for c in page.blocks[max(1, page.start - _ABOVE):page.start + 2]:
        t = c.block.text.strip()
        head, sep, rest = t.partition("：")
        if sep and rest.strip() == page.title and byline.is_name(head) \
                and not regex("shape.title_label").match(head + "："):  # (标　题：… names the field, no one)
            return [Candidate("authors", [head], "byline.headline_prefix", c, ("headline_prefix",))]
    return []


def _meta_line(meta_lines: Sequence[Classified]) -> list[Candidate]:
    """The first byline or meta line naming authors (``people.from_meta_line``), checked against
    the byline grammar: an editor or a photographer beside the reporter is no author, the
    scanner's fuller reading wins (张三/李四, 买买提·艾力), and no sentence word is a name (记者采访)."""
    for c in meta_lines:
        names = people.from_meta_line(c.block.text)
        if not names:
            continue
        others = byline.credits(c.block.text, "staff")
        scanned = byline.credits(c.block.text)
        if scanned:
            others += byline.credits(c.block.text, "photo")
        names = [n for n in names if n not in others] or names
        if all(any(n in m for m in scanned) for n in names):
            names = scanned
        names = [n for n in names if byline.is_name(n) or not byline.CJK.match(n)]
        if names:
            return [Candidate("authors", names, "people.meta_line", c, ("meta_line",))]
    return []


def candidates(page: Page, meta_lines: Sequence[Classified], html: Mapping[str, str]) -> list[Candidate]:
    """Every author candidate, the surest readers first."""
    out: list[Candidate] = []
    out += _meta_line(meta_lines)
    out += _credit_lines(page)
    if page.lead is not None and (found := people.from_body(page.lead.block.text, page.blocks[page.end].block.text)):
        out.append(Candidate("authors", found, "people.body_credit", page.lead, ("body_credit",)))
    for reader in (_lead_credit, _closing_credit, _posters, _outlet_name_time, _name_lines, _headline_prefix, _owner,
                   _bio_notes):
        out += reader(page)
    out += html_candidate(html)
    return [_without_ui(c) for c in out]


_ACCOUNT_END = re.compile(r"(?:发布|网|报|中心|办|号|新闻|融媒|在线|资讯)$")  # 武汉发布: an account, no person


def html_candidate(html: Mapping[str, str]) -> list[Candidate]:
    """The author ``<meta>`` (or JSON-LD author, or the one marked up in the page's text when it
    opens with a surname), not a profile URL or an e-mail, without an account handle after the name."""
    author = HANDLE.sub("", str(html.get("author") or "")).strip()
    marked = str(html.get("marked_author") or "")
    if not author and marked and byline.CJK.match(marked) and byline.surname_first(marked) and byline.is_name(marked) \
            and not _NOT_A_NAME.search(marked) and not fields.outlet_name(marked) and not _ACCOUNT_END.search(marked):
        author = marked  # (the author a page marks up in its text: a person's name, no forum handle)
    if not author or len(author) > _NAME_FIELD or _NOT_A_NAME.search(author) or fields.outlet_name(author):
        return []  # (某某日报, 某某新闻网: the outlet, no person)
    if not byline.CJK.search(author):  # Latin names: whole names between commas and 'and', not words
        if _ORGANISATION.search(author):
            return []
        names = [n.strip() for n in _LATIN_NAMES.split(re.sub(r"^[Bb]y\s+", "", author)) if n.strip()]
    else:
        names = people.split_names(author) or [author]
    return [_without_ui(Candidate("authors", names, "html.meta", None, ("html_meta",), author))]


def _without_ui(c: Candidate) -> Candidate:
    """No interface word is ever a name (出自, 手记, 联系 …)."""
    names = [n for n in c.value if n not in byline.ui_words() and n.lower() not in byline.ui_words()]  # type: ignore[attr-defined]
    if names == c.value:
        return c
    return Candidate(c.field, names, c.rule, c.line, c.evidence + (("emptied",) if not names else ()), c.raw)
