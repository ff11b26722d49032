"""Line values: how much each line looks like article prose (positive) or page furniture.

A line's evidence is weighed first: the evidence that says what the line is (see :func:`deciding`)
costs what the table says for its rule or label; a line with none is worth its prose. The article
run (``runs.py``) is chosen on these numbers; ``--explain`` shows them.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from ..evidence.base import Evidence
from ..evidence.tables import LEAD_IN, NUMBER_CELL
from ..evidence.template import RULE as TEMPLATE
from ..features import PROSE_CHARS, Features
from ..model import Label
from .params import Params

_CONTINUATION = ("附件：", "附件:", "注：", "注:", "备注：", "备注:", "说明：", "说明:")
_BULLETS = ("‧", "•", "·", "●", "○", "▪", "■", "►", "▶", "◆", "◇", "★", "☆", "»", "-", "*", ">")


def deciding(ev: Sequence[Evidence], form: Optional[Evidence]) -> Optional[Evidence]:
    """The evidence that says what a line is, of all a rule found on it:

    - none when a rule says the line is the text's own (a contact sentence under a numbered
      heading of a notice), whatever its form says;
    - else a page rule's evidence that the line's heading form heads nothing here (``demotes``:
      a comments word among tool buttons);
    - else a page rule's evidence that reads the line's place and claims it (``kind`` ``claim``:
      a headline repeating the page title, a dated line under the headline, the first of a stream
      of comments, the text of an ad slot);
    - else the line's form (``form``: the first line rule that fired, in lexicon order);
    - else a headline rule's, else another page rule's.

    Evidence of kind ``score`` never decides (it weighs: :func:`score`), nor does ``drop`` (it
    removes a line the decision keeps: ``engine``).
    """
    ev = [e for e in ev if e.kind not in ("score", "keep", "drop", "end")]
    if not ev:
        return None
    if any(e.label is Label.BODY for e in ev):
        return None
    for e in ev:  # a heading that heads nothing here (a comments word among tool buttons)
        if e.kind == "demotes":
            return e
    for e in ev:
        if e.kind in ("claim", "heading"):
            return e
    if form is not None:
        return form
    return next((e for e in ev if e.label is Label.TITLE), ev[0])


def score(ev: Sequence[Evidence], base: float, p: Params) -> float:
    """What the line's ``score`` evidence adds to its value (the HTML's say: a sidebar's class, the
    container with the most text, link text): each weight in proportion to the line's own value
    (at least one), so that a long paragraph in a sidebar loses as much as it would have given."""
    w = sum(p.score_weight.get(e.rule, 0.0) for e in ev if e.kind in ("score", "keep"))
    return w * max(1.0, abs(base)) if w else 0.0


def bullet_led(key: str) -> bool:
    """A short line opened by a bullet, or split by '--': an item of a list of links."""
    return key.startswith(_BULLETS) or "--" in key


def value(key: str, f: Features, d: Optional[Evidence], p: Params) -> float:
    """How much a line looks like article prose (positive) or page furniture (negative). A line
    its site repeats (``template.repeated_line``) is worth its prose plus ``template_cost`` times
    the share of the site's pages that have it."""
    if d is None:
        return _worth(key, f, p)
    if d.rule == TEMPLATE:
        return _worth(key, f, p) + p.template_cost * getattr(d, "share", 1.0)
    return p.cost(d.rule, d.label.value)


def settle(d: Optional[Evidence], v: float) -> Optional[Evidence]:
    """A repeated line whose prose outweighs its repetition (a standard closing sentence of the
    site's articles) is decided by its prose, as a line without evidence."""
    return None if d is not None and v > 0 and d.rule == TEMPLATE else d


def _worth(key: str, f: Features, p: Params) -> float:
    """A line's worth as prose, from its form alone."""
    n = f.chars
    if f.wide_ratio < 0.3:  # Latin-script line: prose only when long and sentence-like
        if n >= 80 and f.end_punct and f.punct >= 1:
            return min(n / p.latin_scale, p.prose_cap) / p.prose_scale + p.prose_bonus
        return p.latin_plain
    if n <= 40 and bullet_led(key):
        return p.bullet
    if n >= PROSE_CHARS:
        if f.stops == 0 and key.endswith(LEAD_IN) and f.punct >= 2:  # 具体情况如下：
            return n / p.lead_in_scale
        if f.stops >= 1:  # a full stop: sentences, not link text
            return min(n, p.prose_cap) / p.prose_scale + p.prose_bonus
        if f.end_punct and f.punct >= 1 and n >= 16:  # one sentence ending in ！？” …
            return n / p.exclaim_scale
        if n >= 60 and f.punct >= 2 and n <= f.punct * p.runon_sparse:  # a long run-on sentence
            return n / p.runon_scale
        if key.startswith(_CONTINUATION):  # 附件：… 注：… close a notice or a table
            return p.continuation
        if n >= 20 and 1 <= f.cjk_spaces <= p.verse_phrases and f.separators == 0 and f.wide_ratio >= 0.8:
            return max(p.verse_floor, n / p.verse_scale)  # phrases split by spaces (blog verse style)
        if f.ellipsis_end:  # a cut link text
            return p.ellipsis
        return p.plain_punct if f.punct >= 1 else p.plain
    if f.stops >= 1 and key.endswith("。") and n > p.short_chars and f.wide_ratio >= 0.5:
        return n / p.short_sentence_scale  # 图为园区中心湖畔夜景。: a whole sentence, however short
    if n <= p.short_chars:
        return p.menu_item
    return p.short_plain


def listiness(values: list[float], decided: Sequence[Optional[Evidence]], p: Params) -> None:
    """Runs of many non-prose lines in a row are lists (menus, headline lists): cost them more."""
    i, n = 0, len(values)
    while i < n:
        j = i
        while j < n and values[j] <= 0 and decided[j] is None:
            j += 1
        if j - i >= p.list_run:
            for k in range(i, j):
                values[k] *= p.list_factor
        i = j + 1


_TABLE_LINES = frozenset({"layout.lead_in", "layout.figures", "layout.table", "layout.numbered_table", "layout.quantities",
                          "layout.spaced_table"})
_CELL, _HEAD = "dom.cell", "dom.head_cell"
_CELLS = frozenset({_CELL, _HEAD})
_ITEMS = frozenset({"dom.item"})
_HEAD_ROW = 2  # header cells that make a table one of data, whatever its cells hold


def _cells(lines: Sequence[Sequence[Evidence]], feats: Sequence[Features], keys: Sequence[str], p: Params) -> set[int]:
    """The HTML's table cells inside the content that hold a table of data: ``p.table_cells`` short
    cells or more in a row, none a sentence, a third of them figures or two of them header cells
    (<th>) (a page laid out in a table has its headline and its paragraphs in cells too, with
    sentences between; a table of credits, 责任编辑 | 张三 | 来源 | 某某日报, has no figures)."""
    out: set[int] = set()
    for run in _short_runs(lines, feats, p, _CELLS):
        heads = sum(any(e.rule == _HEAD for e in lines[k]) for k in run)
        if heads >= _HEAD_ROW or 3 * sum(bool(NUMBER_CELL.match(keys[k].strip())) for k in run) >= len(run):
            out.update(run)
    return out


def _short_runs(lines: Sequence[Sequence[Evidence]], feats: Sequence[Features], p: Params,
                rules: frozenset[str]) -> Iterator[list[int]]:
    """Runs of ``p.table_cells`` lines or more in a row, each with evidence of one of ``rules``,
    short (``p.cell_chars``) and no sentence."""
    run: list[int] = []
    for i, ev in enumerate(list(lines) + [()]):
        if any(e.rule in rules for e in ev) and feats[i].chars <= p.cell_chars and not feats[i].stops:
            run.append(i)
            continue
        if len(run) >= p.table_cells:
            yield run
        run = []


def _listed(lines: Sequence[Sequence[Evidence]], feats: Sequence[Features], p: Params) -> set[int]:
    """The items of the HTML's list inside the content (``dom.item``), ``p.table_cells`` short ones
    or more in a row, none a sentence: a list of names or projects in the text (its links are a
    box's, and have no such evidence)."""
    return {k for run in _short_runs(lines, feats, p, _ITEMS) for k in run}


def lead_in_items(values: list[float], lines: Sequence[Sequence[Evidence]], feats: Sequence[Features], keys: Sequence[str],
                  p: Params) -> set[int]:
    """The short lines of a table under a lead-in sentence (evidence ``layout.lead_in``), of a
    table of figures (``layout.figures``), of a table flattened with bars or spaces (``layout.table``,
    ``layout.spaced_table``) or of
    the HTML's table of data (``dom.cell``, :func:`_cells`) or its list inside the content
    (``dom.item``, :func:`_listed`) count a little, not as a menu. Returns
    those lines."""
    items = {i for i, ev in enumerate(lines) if any(e.rule in _TABLE_LINES for e in ev)} | _cells(lines, feats, keys, p) \
        | _listed(lines, feats, p)
    for i in items:
        values[i] = max(values[i], p.lead_in_item)
    return items


def phrase_values(keys: Sequence[str], feats: Sequence[Features], decided: Sequence[Optional[Evidence]],
                  p: Params) -> list[float]:
    """Values for a page with no prose at all, where the article may be written in short phrases
    without punctuation (poster-style WeChat posts): such phrases count for a little, very short
    lines (今年以来, 下一步, but also menu words) cost a little, evidence as usual."""
    out = []
    for k, f, d in zip(keys, feats, decided):
        if d is not None:
            out.append(p.cost(d.rule, d.label.value))
        elif f.stops == 0 and 6 <= f.chars <= 60 and f.wide_ratio >= 0.5 and not f.ellipsis_end and not bullet_led(k):
            out.append(p.phrase_value)
        else:
            out.append(p.phrase_short if f.chars <= 5 else p.phrase_other)
    return out
