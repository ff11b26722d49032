"""An HTML page as lines, each with what its DOM says: how much of it is link text, whether it
stands in a list item, a heading, a table cell or a code block, what the class and id names of
the elements around it say (``lexicons/dom_tokens.tsv``), and whether it lies in the container a
readability-style content score picks.

The lines are those of the text dump (block elements on their own lines, as a browser lays the
page out); ``htmlinput.html_to_dump`` joins them. The evidence rules read the DOM signals
(``evidence/dom.py``); the text rules read the lines as they read any dump.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Optional

from lxml import etree

from . import lexicons

SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "button"})
BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                   "article", "header", "footer", "nav", "aside", "blockquote", "pre", "dd", "dt", "dl", "form",
                   "figure", "figcaption", "main", "hr", "td", "th", "title", "center", "address"})
# elements that hold blocks: the candidates of the content score (not <body>: the whole page)
CONTAINER = frozenset({"div", "section", "article", "main", "td", "center", "blockquote", "form", "dl", "ul",
                       "ol", "table", "aside", "nav", "header", "footer"})
# elements whose own name says what they hold
_SEMANTIC = {"nav": "nav", "header": "nav", "footer": "footer", "aside": "related"}
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHANGES = CONTAINER | BLOCK | _HEADING | {"pre", "code", "a", "li", "dd", "dt", "td", "th"}  # tags _enter reads
_SPACES = " \t\r\n\f"  # the white space a browser folds into one space (not \u3000, not \xa0)
WHITE = re.compile(f"[{_SPACES}]+")  # outside <pre>, a run of white space is one space, as a browser lays text out
_COMMAS = re.compile("[，,、；;]")
LINK_SHARE = 0.5  # a line this much link text is a link (evidence/dom.py reads it too)


@lru_cache(maxsize=1)
def _token_rules() -> tuple[tuple[str, "re.Pattern[str]"], ...]:
    return tuple((row[0], re.compile(row[1])) for row in lexicons.table("dom_tokens.tsv"))


@lru_cache(maxsize=4096)
def token_label(names: str) -> Optional[str]:
    """What an element's class and id names say it holds (a label of ``dom_tokens.tsv``), or None.

    >>> token_label("article-content"), token_label("side-bar hot"), token_label("x")
    ('content', 'nav', None)
    >>> token_label("popup-layer"), token_label("image-popup-vertical-fit photo")
    ('ad', None)
    """
    for label, rx in _token_rules():
        if rx.search(names):
            return label
    return None


@dataclass(slots=True)
class DomLine:
    """What the DOM says of one line of the dump."""

    chars: int = 0                 # characters of text (white space left out)
    link: int = 0                  # … of them inside <a>
    heading: bool = False          # in an <h1>…<h6>
    item: bool = False             # in an <li> or <dd>/<dt>
    cell: bool = False             # in a cell of a table of data (a row of two cells or more)
    head: bool = False             # … a header cell of it (<th>)
    code: bool = False             # in <pre> or <code>
    commas: int = 0                # commas and enumeration marks in its text
    block: Optional[str] = None    # the label of its nearest labelled element (class/id or tag name)
    path: tuple[int, ...] = ()     # the containers it stands in, outermost first
    best: bool = False             # in the container the content score picks
    row: int = 0                   # the row of a table of data it stands in (0: none), numbered in the page …
    column: int = 0                # … and its cell, numbered in the page …
    width: int = 0                 # … of the row's cells (empty ones too)

    @property
    def link_density(self) -> float:
        return self.link / self.chars if self.chars else 0.0

    @property
    def content_cell(self) -> bool:
        """A cell of a table of data inside the content, not mostly link text."""
        return self.cell and self.best and self.link < LINK_SHARE * self.chars


@dataclass(slots=True)
class _Frame:
    tag: str
    pre: bool
    link: bool
    heading: bool
    item: bool
    cell: bool
    head: bool
    label: Optional[str]
    path: tuple[int, ...]
    names: str = field(default="")
    row: int = 0
    column: int = 0
    width: int = 0
    linked: Optional["_Frame"] = None  # the context of a link in this one (made once: links are many)


class _Lines:
    """The dump being written, a line at a time, with each line's DOM signals."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.doms: list[Optional[DomLine]] = [None]  # (None: a line without text yet; most are blank)
        self.labels: dict[int, Optional[str]] = {}  # container id -> what its own class and id names say

    def text(self, s: str, fr: _Frame) -> None:
        """Text outside <pre>, its white space already folded (one line's piece): the common case."""
        self.out.append(s)
        n = len(s) - s.count(" ")
        if n:
            self._count(s, n, fr)

    def pre_text(self, s: str, fr: _Frame) -> None:
        """Text inside <pre>: its line breaks are the dump's."""
        for k, piece in enumerate(s.split("\n")):
            if k:
                self.newline()
            self.out.append(piece)
            n = len(piece) - piece.count(" ") - piece.count("\t")
            if n:
                self._count(piece, n, fr)

    def _count(self, piece: str, n: int, fr: _Frame) -> None:
        d = self.doms[-1]
        if d is None:
            d = self.doms[-1] = DomLine()
        if not d.chars:  # the line's first text: the line takes this place's signals
            d.heading, d.item, d.cell, d.head, d.code = fr.heading, fr.item, fr.cell, fr.head, fr.pre
            d.block, d.path = fr.label, fr.path
            if fr.cell:
                d.row, d.column, d.width = fr.row, fr.column, fr.width
        d.chars += n
        if "，" in piece or "," in piece or "、" in piece or "；" in piece or ";" in piece:
            d.commas += len(_COMMAS.findall(piece))
        if fr.link:
            d.link += n

    def newline(self) -> None:
        self.out.append("\n")
        self.doms.append(None)

    def signals(self) -> list[DomLine]:
        """Each line's signals; the lines without text (most: the blank lines between blocks)
        share one empty set, which nothing changes (the content score reads lines with text)."""
        blank = DomLine()
        return [d if d is not None else blank for d in self.doms]


_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_WRITE = re.compile(rf"document\.write(?:ln)?\(\s*({_STRING}(?:\s*\+\s*(?:{_STRING}|[\w.$]+(?:\(\))?))*)\s*\)")
_PIECE = re.compile(rf"({_STRING})|[\w.$]+")  # a string, or a variable (whose value the page does not hold)
_JS_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([nrt])|(.))")
_BRANCHES = re.compile(r"\b(?:if|else|switch|case)\b|\?")  # a script that writes one of several texts
_MARKUP = re.compile(r"<[^<>]*>")


def written(script: str) -> str:
    """The text an inline script writes into the page with ``document.write`` of string literals
    (an old CMS writes its byline so: ``document.write("发布时间：2012-12-18&nbsp;来源：经济发展局")``),
    its tags, escapes and character references read as a browser shows them. A variable's value
    is not in the page: the strings before the first variable are what is written (点击数：" + hits
    gives 点击数：; a call that starts with one, today's date, nothing). A script that chooses
    what to write (if, else, ?:) gives nothing: both branches are not on the page.

    >>> written('document.write("发布时间：2012-12-18&nbsp;&nbsp;来源：<font color=red>经济发展局</font>");')
    '发布时间：2012-12-18\xa0\xa0来源：经济发展局'
    >>> written('document.write(d.getFullYear()+"年");'), written("document.write('a' + 'b')")
    ('', 'ab')
    >>> written('document.write("作者：张三&nbsp;点击数：" + hits);')
    '作者：张三\xa0点击数：'
    >>> written(r'document.write("\u6765\u6e90\uff1a\x3cb\x3e某某\x3c/b\x3e");'), written('if(a){document.write("甲");}')
    ('来源：某某', '')
    """
    if _BRANCHES.search(script):
        return ""
    out = []
    for m in _WRITE.finditer(script):
        for piece in _PIECE.finditer(m.group(1)):
            if piece.group(1) is None:
                break  # a variable: what follows it is not read
            out.append(_JS_ESCAPE.sub(_unescaped, piece.group(1)[1:-1]))
    return html.unescape(_MARKUP.sub(_tag_shown, "".join(out))).strip() if out else ""


def _unescaped(m: "re.Match[str]") -> str:
    code, byte, control, char = m.groups()
    if code or byte:
        return chr(int(code or byte, 16))
    return " " if control else char


def _tag_shown(m: "re.Match[str]") -> str:
    return " " if m.group(0)[1:3].lower() == "br" else ""  # (a line break between words, other tags nothing)


def walk(root: object, noscript: bool = False) -> tuple[str, list[DomLine]]:
    """The dump of an element and the DOM signals of each of its lines (``doms[k]`` is line
    ``k + 1`` of the dump). Iterative (lxml's ``iterwalk`` events, not recursion): a page may be
    nested two thousand levels deep. ``noscript``: read the ``<noscript>`` blocks too (a page
    that renders its text by script and gives it there for crawlers)."""
    skip = SKIP - {"noscript"} if noscript else SKIP
    lines = _Lines()
    counter = [0, 0, 0]  # containers, table rows, table cells
    top = _Frame("", False, False, False, False, False, False, None, ())
    frames = [top]
    push, pop = frames.append, frames.pop
    text_of, pre_text, out = lines.text, lines.pre_text, lines.out
    write, mark = out.append, lines.doms.append  # a new line: write("\n"), mark(None) (lines.newline, inlined)
    link_end = -1  # where the text stood when a link closed with nothing after it
    fold = WHITE.sub
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            outer = frames[-1]
            if tag in skip or not isinstance(tag, str):  # a script: only its tail is page text
                walker.skip_subtree()
                push(outer)
                if tag == "script" and el.text and "document.write" in el.text and (shown := written(el.text)):
                    text_of(fold(" ", shown), outer)  # (… and what it writes into the page, as a browser shows it)
                continue
            if tag == "a" and link_end == len(out) and not outer.pre:
                write(" ")  # two links side by side (tags, a menu): apart, as their boxes are on screen
            fr = _enter(el, tag, outer, counter, lines.labels) if tag in _CHANGES else outer
            push(fr)
            if tag in BLOCK:
                write("\n")
                mark(None)
            text = el.text
            if text:
                if fr.pre:
                    pre_text(text, fr)
                elif not text.strip(_SPACES):  # (most text between tags: the source's indentation)
                    write(" ")
                else:
                    text_of(fold(" ", text), fr)
        elif event == "end":
            pop()
            outer = frames[-1]
            tag = el.tag
            if tag in BLOCK and tag not in skip:
                write("\n")
                mark(None)
            tail = el.tail
            if tail:
                if outer.pre:
                    pre_text(tail, outer)
                elif not tail.strip(_SPACES):
                    write(" ")
                else:
                    text_of(fold(" ", tail), outer)
            elif tag == "a":
                link_end = len(out)
        else:  # a comment or a processing instruction: only its tail is page text
            tail = el.tail
            if tail:
                fr = frames[-1]
                if fr.pre:
                    pre_text(tail, fr)
                else:
                    text_of(fold(" ", tail), fr)
    doms = lines.signals()
    score(doms, lines.labels)
    return "".join(lines.out), doms


def _enter(el: object, tag: str, outer: _Frame, counter: list[int], labels: dict[int, Optional[str]]) -> _Frame:
    """The context of an element's text, for an element of ``_CHANGES`` (an inline element that
    changes nothing keeps its parent's: most of a page's elements)."""
    if tag == "a":
        if outer.link:
            return outer
        if outer.linked is None:
            outer.linked = _Frame("a", outer.pre, True, outer.heading, outer.item, outer.cell, outer.head, outer.label,
                                  outer.path, "", outer.row, outer.column, outer.width)
        return outer.linked
    label = outer.label
    path = outer.path
    get = el.get  # type: ignore[attr-defined]
    if tag in CONTAINER or tag in BLOCK:
        cls, ident = get("class"), get("id")
        if not cls and not ident and tag in _PLAIN:
            return outer  # (a <p> or <br> without names: its text's context is its parent's)
        names = cls + " " + ident if cls and ident else cls or ident
        own = token_label(names.lower()) if names else None
        label = own or _SEMANTIC.get(tag) or label
        if tag in CONTAINER:
            counter[0] += 1
            path = path + (counter[0],)
            labels[counter[0]] = own or _SEMANTIC.get(tag)
    cell = tag in _CELLS
    fr = _Frame(tag, outer.pre or tag in ("pre", "code"), outer.link, outer.heading or tag in _HEADING,
                outer.item or tag in ("li", "dd", "dt"), _data_cell(el) if cell else outer.cell,
                tag == "th" or (outer.head and tag != "td"), label, path, "", outer.row, outer.column, outer.width)
    if cell:
        counter[2] += 1
        fr.column = counter[2]
    elif tag == "tr":
        counter[1] += 1
        fr.row, fr.width = counter[1], _row_width(el)
    return fr


_CELLS = ("td", "th")
# block elements that change no signal of their text but by their class and id names
_PLAIN = BLOCK - CONTAINER - _HEADING - {"li", "dd", "dt", "td", "th", "tr", "pre"} - set(_SEMANTIC)


def _row_width(tr: Any) -> int:
    """The cells of a table row, empty ones too."""
    return sum(1 for c in tr if getattr(c, "tag", None) in _CELLS)


def _data_cell(el: object) -> bool:
    """A cell of a table of data: its row has other cells (a page laid out in a table has its
    article in a row of one cell). The nearest cell decides: a page's layout table around a
    table of one cell does not make its text a table's."""
    row = el.getparent()  # type: ignore[attr-defined]
    if row is None:
        return False
    seen = 0
    for c in row:  # (the second cell decides: a wide row is not counted whole for each of its cells)
        if getattr(c, "tag", None) in _CELLS:
            seen += 1
            if seen == 2:
                return True
    return False


_MIN_TEXT = 25  # characters a line needs to count in the content score (readability's 25)
# what a container's own class and id names do to its points (readability weighs them too)
_NAMED = {"content": 1.5, None: 1.0}
_FURNITURE_NAMED = 0.2


def score(doms: list[DomLine], labels: Optional[dict[int, Optional[str]]] = None) -> Optional[int]:
    """The content score: each line of 25 characters or more gives its container points for its
    length and commas (readability's), its parent container half; a container's points are
    lowered by its link text, raised when its class or id names content, lowered when they name
    furniture (a sidebar, comments). Marks the lines of the best container (``best``); returns
    its id."""
    labels = labels or {}
    points: dict[int, float] = {}
    links: dict[int, list[int]] = {}
    for d in doms:
        if not d.path:
            continue
        for c in d.path:
            x = links.setdefault(c, [0, 0])
            x[0] += d.link
            x[1] += d.chars
        if d.chars < _MIN_TEXT or d.link_density > LINK_SHARE:
            continue
        p = 1.0 + min(d.chars // 100, 3) + d.commas
        points[d.path[-1]] = points.get(d.path[-1], 0.0) + p
        if len(d.path) > 1:
            points[d.path[-2]] = points.get(d.path[-2], 0.0) + p / 2
    if not points:
        return None
    def weighed(c: int) -> float:
        named = _NAMED.get(labels.get(c), _FURNITURE_NAMED)
        return points[c] * named * (1.0 - links[c][0] / max(1, links[c][1]))

    best = max(points, key=lambda c: (weighed(c), -c))
    best = _with_siblings(best, doms, weighed)
    for d in doms:
        if d.path:
            d.best = best in d.path
    return best


_SIBLING_SHARE = 0.2  # a sibling container scoring this share of the best one is the article's too (readability's)
_LEVELS = 2           # levels up the tree the article may grow so


def _with_siblings(best: int, doms: list[DomLine], weighed: Callable[[int], float]) -> int:
    """The best container, or the container holding it, when a sibling of it scores a fair share
    of it (up to two levels; a wrapper holding it alone costs no level): an article written one
    section per container (an encyclopedia's, a job post's duties and requirements) is the
    parent's, not one section's."""
    parent: dict[int, int] = {}
    for d in doms:
        for a, b in zip(d.path, d.path[1:]):
            parent[b] = a
    levels = _LEVELS
    while levels and (up := parent.get(best)) is not None:
        children = {c for c, p in parent.items() if p == up}
        if children == {best}:  # a wrapper around it alone (a section around its list): the same content
            best = up
            continue
        good = [c for c in children if c != best and _safe(weighed, c) >= _SIBLING_SHARE * _safe(weighed, best)]
        if not good:
            break
        best, levels = up, levels - 1
    return best


def _safe(weighed: Callable[[int], float], c: int) -> float:
    try:
        return weighed(c)
    except KeyError:  # a container without points of its own
        return 0.0
