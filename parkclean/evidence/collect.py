"""Run every rule on a page: the line rules, then the stage-1 page rules, the headline, then the
stage-2 page rules. The result is all the evidence of each line; nothing is decided here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

from ..features import Features
from ..model import Label
from . import boxes, context, dom, ends, form, layout, tables, template, title  # noqa: F401  (the modules register their rules)
from .base import PAGE_RULES, Evidence, Page
from .matcher import matcher
from .template import Template

if TYPE_CHECKING:
    from ..htmldom import DomLine


@dataclass(frozen=True)
class PageEvidence:
    """Every line's evidence (form rules first, in precedence order, then page rules), each
    line's form label, and the headline the title rules agreed on."""

    lines: tuple[tuple[Evidence, ...], ...]
    form: tuple[Optional[Evidence], ...]
    headline: Optional[int]
    hits: tuple[dict[str, str], ...]


def collect(keys: Sequence[str], feats: Sequence[Features], hits: Optional[Sequence[dict[str, str]]] = None,
            dom: Optional[Sequence["DomLine"]] = None, template: Optional[Template] = None) -> PageEvidence:
    """All the evidence of a page (``hits``: the matcher's, computed when not given; ``dom``: what
    an HTML page's DOM says of each line; ``template``: the site's repeated lines, when learned)."""
    memo = None
    if hits is None:
        m = matcher()
        hits, memo = m.scan(keys), m.form_memo
    form_ev = form.collect(keys, feats, hits, memo)
    first = [e[0] if e else None for e in form_ev]
    page = Page(keys, feats, hits, first, dom=dom, template=template)
    found: list[list[Evidence]] = [list(e) for e in form_ev]
    stage1 = [r for r in PAGE_RULES.values() if r.stage == 1]
    stage2 = [r for r in PAGE_RULES.values() if r.stage == 2]
    for rule in stage1:
        for i, e in rule.fn(page):
            found[i].append(e)
    titles = _titles(found)
    page.headline, surest = title.choose(page, titles)
    if surest is not None:  # the less sure title rules' candidates are no headline: their evidence goes
        for i, ev in enumerate(found):
            if ev:
                found[i] = [e for e in ev if (r := title.rank(e.rule)) is None or r <= surest]
    page.titles = {i: t[0] for i, t in _titles(found).items()}
    for rule in stage2:
        for i, e in rule.fn(page):
            found[i].append(e)
    return PageEvidence(tuple(map(tuple, found)), tuple(first), page.headline, tuple(hits))


def _titles(found: Sequence[Sequence[Evidence]]) -> dict[int, list[Evidence]]:
    """The lines a title rule gave evidence for, with that evidence."""
    return {i: t for i, ev in enumerate(found)
            if ev and (t := [e for e in ev if e.label is Label.TITLE and e.rule.startswith("title.")])}
