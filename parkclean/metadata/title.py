"""Reading page titles and tidying a headline: a page title's parts, the part that is the headline,
a title that only names the site; no field name, tool link or site suffix (the choice is in ``headline.py``)."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicons
from ..evidence.headline_shapes import page_title_parts as _engine_parts
from ..memo import per_text
from . import fields

_TRAIL = " →>»"
_LABEL = re.compile(r"^(?:标题|標題|主题|主題|帖子标题)\s*[:：]\s*(?=\S)")  # a forum's 标题： field name
_WIDGET = re.compile(r"(?:(?<!\s)\s+)?[\[【]([^\]】]{1,8})[\]】]\s*$")  # a tool link after the headline: [复制链接]


_SITE_END = re.compile(r"(?:网|网站|日报|晚报|时报|早报|通讯社|新闻社|报社|电视台|广播台|电台|在线|频道|门户|论坛|博客|社区|客户端"
                       r"|[报報](?:数字报|电子版|數字報|電子版))$")  # (某某日报数字报: an e-paper)
_DOUBLE_HYPHEN = re.compile(r"--+")
_SHORT_SITE_END = re.compile(r"(?:报|社)$")  # 某某报, 某某社: short names only (…年报 is a headline's word; 园区新闻 is a section)


@per_text
def site_like(part: str) -> bool:
    """A short part shaped like a site's name: ``某某新闻网``, ``某某在线``, ``某某报`` (not ``园区新规出台``).

    >>> site_like("某某新闻网"), site_like("某某在线"), site_like("某某报"), site_like("园区新规出台"), site_like("园区工业互联网平台建设全面提速")
    (True, True, True, False, False)
    >>> site_like("园区新闻"), site_like("某某新闻客户端"), site_like("园区举办新闻发布会")
    (False, True, False)
    """
    p = part.strip()
    return len(p) <= 12 and bool(_SITE_END.search(p)) or 2 <= len(p) <= 5 and bool(_SHORT_SITE_END.search(p))


@per_text
def tidy(text: str) -> str:
    """The headline without a field name before it, a page-tool link after it, or a news site's
    name after a separator (园区新规出台 - 某某网).

    >>> tidy("标题：园区新规出台[复制链接]"), tidy("园区新规出台【图】"), tidy("园区新规出台 - 某某新闻网")
    ('园区新规出台', '园区新规出台【图】', '园区新规出台')
    >>> tidy("某某在线 | 园区新规出台"), tidy("外资准入 - 园区新规出台")
    ('园区新规出台', '外资准入 - 园区新规出台')
    """
    text = _LABEL.sub("", text.strip())
    m = _WIDGET.search(text)
    if m and m.group(1).strip() in lexicons.words("tools.txt"):
        text = text[:m.start()]
    parts = _engine_parts(text)
    if len(parts) >= 2 and site_like(parts[-1]):
        text = parts[0]
    elif len(parts) == 2 and site_like(parts[0]):  # 某某在线 | 标题: the site in front
        text = parts[1]
    return text.rstrip(_TRAIL).strip()


def site_titled(first_line: str) -> Optional[str]:
    """The first part of a first line shaped like an HTML title that ends in a news site's name
    (园区召开会议_园区动态_某某网): the headline, when no line of the page was found to be one."""
    parts = _engine_parts(first_line)
    return parts[0] if len(parts) >= 2 and fields.outlet_name(parts[-1]) and len(parts[0]) >= 5 else None


def split_title(title: str) -> list[str]:
    """The parts of a page title: the engine's split, and a double hyphen (标题--某某新闻) too.

    >>> split_title("园区新规出台(图)--某某新闻"), split_title("园区新规出台_某某网")
    (['园区新规出台(图)', '某某新闻'], ['园区新规出台', '某某网'])
    """
    return [q.strip() for p in _engine_parts(title) for q in _DOUBLE_HYPHEN.split(p) if q.strip()]


# a body's name, the whole of a page title: the site of a bureau, a committee, a government
_ORG_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}[市县区省州旗][\u4e00-\u9fff]{2,8}(?:局|办公室)$"
                       r"|(?:委员会|管委会|人民政府|研究院|研究所|协会|商会)$")  # (某某市投资促进局; not 园区发展开新局)
_ORG_TITLE = 16  # characters of such a name at most


def site_only(page_title: str) -> bool:
    """A page title that names the site, not an article: a greeting, or only an outlet's name.

    >>> site_only("谢谢您访问〖某某中心〗"), site_only("某某新闻网"), site_only("园区新规出台_某某新闻网")
    (True, True, False)
    >>> site_only("某某市投资促进局"), site_only("某某县召开投资促进工作会议"), site_only("园区高质量发展开新局")
    (True, False, False)
    >>> site_only("某某日报数字报")
    True
    """
    if any(w in page_title for w in lexicons.words("site_title_words.txt")):
        return True
    t = page_title.strip()
    return len(split_title(t)) == 1 and (site_like(t) or (len(t) <= _ORG_TITLE and bool(_ORG_NAME.search(t))))


def title_head(page_title: str, site: str = "") -> str:
    """The part of a page title that is the headline when no line of the page says which: the
    first part that is not the site's (an outlet's name, the site name the page gives, 首页).

    >>> title_head("园区新规出台_园区动态_某某在线"), title_head("某某新闻网 | 园区新规出台"), title_head("首页 - 园区新规出台")
    ('园区新规出台', '园区新规出台', '园区新规出台')
    >>> title_head("某某在线 | 园区新规出台", site="某某在线"), title_head("短标题_某某省某某市人民政府门户网站")
    ('园区新规出台', '短标题')
    """
    parts = [p.rstrip(" →>»").strip() for p in split_title(page_title)]
    words = lexicons.words("site_title_words.txt")
    plain = [p for p in parts if not (site_like(p) or p == site.strip() or p in words)]
    return (plain or parts or [page_title.strip()])[0]
