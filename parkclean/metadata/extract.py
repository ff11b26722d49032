"""Collect metadata from the classified blocks (and HTML <meta> values when the input was HTML).

The facts live on the lines that were removed: bylines, source lines, breadcrumbs, tag and
permalink lines, copyright lines. Each field records the line and the rule that gave it.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping, Optional, Sequence

from ..config import Config
from ..model import Classified, Label, Metadata, Provenance
from ..rules.context import page_title_parts
from . import dates, fields, people
from . import title as title_mod

_PUBLISHED_HINT = ("发布", "发表", "时间", "日期", "Published", "Posted")
_UPDATED_HINT = ("更新", "修改", "Updated")


def _first(blocks: Sequence[Classified], labels: tuple[Label, ...], fn: Callable[[str], object],
           before: Optional[int] = None) -> tuple[object, Optional[Classified]]:
    for c in blocks:
        if before is not None and c.block.index >= before:
            break
        if c.final.label in labels:
            v = fn(c.block.text)
            if v:
                return v, c
    return None, None


_DATE_BEFORE = 20   # lines before the body searched for its date
_DATE_AFTER = 8     # lines after it (stopping at a related/comments heading)
_NOT_DATE_LABELS = (Label.BODY, Label.RELATED, Label.COMMENTS, Label.NAV)


def _date_candidates(blocks: Sequence[Classified], start: int, end: int) -> list[Classified]:
    """Removed lines near the article, most likely first: hinted (发布时间 …) before unhinted,
    before the body before after it, nearer before farther."""
    hinted = lambda c: not any(h in c.block.text for h in _PUBLISHED_HINT + _UPDATED_HINT)  # noqa: E731
    before = [c for c in blocks[max(1, start - _DATE_BEFORE):start] if c.final.label not in _NOT_DATE_LABELS]
    after = []
    for c in blocks[end + 1:end + 1 + _DATE_AFTER]:
        if c.final.rule in ("marker.related_heading", "marker.comments_heading"):
            break
        if c.final.label not in _NOT_DATE_LABELS:
            after.append(c)
    weak = lambda c: c.final.label not in (Label.META, Label.SOURCE)  # noqa: E731
    before.sort(key=lambda c: (hinted(c), weak(c), start - c.block.index))
    after.sort(key=lambda c: (hinted(c), weak(c), c.block.index - end))
    return before + after


def extract(blocks: Sequence[Classified], html_meta: Mapping[str, str], config: Config) -> Metadata:
    prov: list[Provenance] = []

    def note(field: str, c: Optional[Classified], rule: str) -> None:
        prov.append(Provenance(field, c.block.start if c else None, rule, c.block.raw if c else ""))

    title = title_mod.find(blocks, html_meta, prov)
    body = [c for c in blocks if c.kept]
    # the first paragraph proper (not a short opening line) carries the dateline and credits
    lead = next((c for c in body[:4] if c.block.text and len(c.block.text) >= 20), body[0] if body else None)
    start = body[0].block.index if body else len(blocks)
    end = body[-1].block.index if body else len(blocks)
    ref = config.today

    # published / updated: byline lines just before the body first, then just after it
    published = updated = None
    relative = False
    for c in _date_candidates(blocks, start, end):
        d = dates.find(c.block.text, ref)
        if d is None:
            continue
        if any(h in c.block.text[: d.span[0]] for h in _UPDATED_HINT):
            if updated is None:
                updated = d.iso
                note("updated", c, f"dates.{d.form}")
            continue
        published, relative = d.iso, d.relative
        note("published", c, f"dates.{d.form}" + (" (relative)" if d.relative else ""))
        break
    if published is None and updated is not None:  # a page that only says when it was updated
        published = updated
        prov.append(Provenance("published", None, "dates.updated_only", updated))
    if published is None and html_meta.get("published"):
        d = dates.find(html_meta["published"], ref)
        if d:
            published = d.iso
            prov.append(Provenance("published", None, "html.meta", html_meta["published"]))

    # people
    authors: list[str] = []
    v, c = _first(blocks, (Label.META, Label.SOURCE), people.from_meta_line, before=end + 1 + _DATE_AFTER)
    if v:
        authors = list(v)  # type: ignore[arg-type]
        note("authors", c, "people.meta_line")
    elif body:
        authors = people.from_body(lead.block.text if lead else "", body[-1].block.text)
        if authors:
            note("authors", lead, "people.body_credit")
    if not authors and html_meta.get("author"):
        authors = people.split_names(html_meta["author"]) or [html_meta["author"]]
        prov.append(Provenance("authors", None, "html.meta", html_meta["author"]))
    ed, c = _first(blocks, (Label.META,), people.editor)
    if ed:
        note("editor", c, "people.editor")

    # source and dateline
    src, c = _first(blocks, (Label.SOURCE, Label.META, Label.COPYRIGHT), fields.source)
    if src:
        note("source", c, "fields.source_line")
        src, named = fields.split_source_author(str(src))
        if named and not authors:
            authors = [named]
            note("authors", c, "fields.source_line_author")
    dl = fields.dateline(lead.block.text) if lead else None
    dateline = place = dl_date = None
    if dl:
        dateline, outlet, place = dl
        note("dateline", lead, "fields.dateline")
        if not src and outlet != "本报":
            src = outlet
            note("source", lead, "fields.dateline_outlet")
        d = dates.find(dateline, ref)
        dl_date = d.iso if d else None
    if not src:
        v, c = _first(blocks, (Label.META,), fields.source_near_date, before=end + 1 + _DATE_AFTER)
        if v:
            src = v  # type: ignore[assignment]
            note("source", c, "fields.source_near_date")
    if not src and html_meta.get("source"):
        src = html_meta["source"]

    # site, category, tags, url, images
    parts = page_title_parts(blocks[0].block.text) if blocks and blocks[0].final.label is Label.TITLE else []
    site, title_category = fields.title_site_category(parts) if len(parts) >= 2 else (None, None)
    if site:
        note("site", blocks[0], "fields.title_suffix")
    else:
        site, c = _first(blocks, (Label.COPYRIGHT, Label.FOOTER, Label.FILING), fields.site_from_line)
        if site:
            note("site", c, "fields.copyright_line")
    site = site or html_meta.get("site")
    category, c = _first(blocks, (Label.BREADCRUMB,), lambda t: fields.category_from_breadcrumb(t, title),
                         before=start)
    if category:
        note("category", c, "fields.breadcrumb")
    elif title_category:
        category = title_category
        note("category", blocks[0], "fields.title_section")
    tags: list[str] = []
    v, c = _first(blocks, (Label.TAGS,), fields.tags)
    if v:
        tags = list(v)  # type: ignore[arg-type]
        note("tags", c, "fields.tag_line")
    if not tags and html_meta.get("keywords"):
        tags = [t for t in re.split(r"[,，、;；\s]+", str(html_meta["keywords"])) if t][:12]
        prov.append(Provenance("tags", None, "html.meta", str(html_meta["keywords"])))
    u, c = _first(blocks, (Label.PERMALINK,), fields.url)
    if u:
        note("url", c, "fields.permalink")
    u = u or html_meta.get("url")
    images = tuple(c.block.text for c in blocks if c.final.label is Label.IMAGE)
    return Metadata(
        title=title, published=published, updated=updated, published_relative=relative,
        authors=tuple(authors), editor=ed, source=src, dateline=dateline, dateline_place=place,
        dateline_date=dl_date, site=site, category=category, tags=tuple(tags), url=u,  # type: ignore[arg-type]
        images=images, provenance=tuple(prov))
