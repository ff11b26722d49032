"""Collect metadata from the classified blocks (and HTML <meta> values when the input was HTML).

The facts live on the lines that were removed: bylines, source lines, breadcrumbs, tag and
permalink lines, copyright lines. Each field records the line and the rule that gave it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Mapping, Optional, Sequence

from ..config import Config
from ..model import Classified, Label, Metadata, Provenance
from ..evidence.headline_shapes import page_title_parts
from . import authors as authors_mod, candidates as cands, datelines, dates, fields, headline, people
from . import category as category_mod
from . import published as published_mod
from . import source as source_mod
from . import title as title_mod
from . import site as site_mod
from .dates import FoundDate

# a picture's caption above the lead (（某某社档案照片）, 图为…), or an editor's note (编者按：…)
_CAPTION = re.compile(r"^(?:图为|图：|圖為|编者按|編者按|编者的话|导读|導讀)|[（(](?:图|圖|摄|攝|视频|視頻)[)）]|照片|[摄攝]$|供图|截图")
_CAPTION_CHARS = 60


def _values_joined(blocks: Sequence[Classified]) -> Sequence[Classified]:
    """The blocks, a field's label standing alone (来源：) read with its value from the line under
    it (来源：某某日报), as a template that sets them in two blocks means it: the line the
    decision took for that value (``context.field_value`` says which line is one)."""
    out: Optional[list[Classified]] = None
    for k, c in enumerate(blocks[1:], 1):
        if c.final.rule == _VALUE_RULE:
            out = out if out is not None else list(blocks)
            label = out[k - 1]
            out[k - 1] = replace(label, block=replace(label.block, text=label.block.text.strip() + c.block.text.strip()))
    return blocks if out is None else out


_VALUE_RULE = "context.field_value"
_EDITION_HEADER = 8  # a paper's page states its edition's day among this many first lines


class _Reader:
    """Reads one page's metadata field by field; every value found is noted with its provenance."""

    def __init__(self, blocks: Sequence[Classified], html_meta: Mapping[str, str], config: Config):
        blocks = _values_joined(blocks)
        self.blocks, self.html, self.ref = blocks, html_meta, config.reference_date
        self.prov: list[Provenance] = []
        self.date_block: Optional[Classified] = None  # the line the published date was read off
        self.title_line: Optional[int] = None  # the line the headline was read off
        # each field reads lines of a few labels: the blocks grouped by label, once
        self.by_label: dict[Label, list[Classified]] = defaultdict(list)
        for c in blocks:
            self.by_label[c.final.label].append(c)
        self.body = self.by_label.get(Label.BODY, [])
        # the first paragraph proper (not a short opening line) carries the dateline and credits; after
        # the lead picture's caption, the paragraph with the dateline is the lead
        opening = [c for c in self.body[:4] if len(c.block.text) >= 20]
        k = 0
        while k + 1 < len(opening) and _CAPTION.search(opening[k].block.text.strip()) and len(opening[k].block.text) <= _CAPTION_CHARS:
            k += 1
        if k == 0 and len(opening) > 1 and len(opening[0].block.text) <= _CAPTION_CHARS and "记者" not in opening[0].block.text \
                and datelines.dateline(opening[0].block.text) is None and (datelines.dateline(opening[1].block.text) is not None
                                                                      or people.opening_credit(opening[1].block.text)):
            k = 1  # (a lead picture's caption in words of its own, naming no reporter, then the paragraph with the dateline)
        lead = opening[k] if k and (datelines.dateline(opening[k].block.text) is not None
                                    or people.opening_credit(opening[k].block.text)) else None
        self.lead = lead or (opening[0] if opening else self.body[0] if self.body else None)
        self.start = self.body[0].block.index if self.body else len(blocks)
        self.end = self.body[-1].block.index if self.body else len(blocks)
        self.near_end = self.end + 1 + published_mod.DATE_AFTER

    def labelled(self, *labels: Label) -> list[Classified]:
        """The blocks with these labels, in page order."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], [])
        found = [c for lab in labels for c in self.by_label.get(lab, ())]
        found.sort(key=lambda c: c.block.index)
        return found

    def first(self, labels: tuple[Label, ...], fn: Callable[[str], object], before: Optional[int] = None
              ) -> tuple[object, Optional[Classified]]:
        """The first value ``fn`` reads off a block with one of ``labels`` (before block ``before``)."""
        for c in self.labelled(*labels):
            if before is not None and c.block.index >= before:
                break
            v = fn(c.block.text)
            if v:
                return v, c
        return None, None

    def joined(self, label: Label, joiner: str, before: Optional[int] = None) -> list[tuple[str, Classified]]:
        """The lines with ``label``, consecutive ones joined into one text (a breadcrumb trail or a
        tag list laid out one item per line), each with the first of its lines."""
        out: list[tuple[str, Classified]] = []
        last = -2
        for c in self.labelled(label):
            if before is not None and c.block.index >= before:
                break
            if out and c.block.index == last + 1:
                out[-1] = (out[-1][0] + joiner + c.block.text, out[-1][1])
            else:
                out.append((c.block.text, c))
            last = c.block.index
        return out

    def note(self, field: str, c: Optional[Classified], rule: str, raw: str = "") -> None:
        self.prov.append(Provenance(field, c.block.start if c else None, rule, c.block.raw if c else raw))

    def title(self) -> Optional[str]:
        """The headline: the best of the in-page lines and the page title's head."""
        best = cands.choose(headline.candidates(self.blocks, self.html, self.start))
        if best is None:
            return None
        self.prov.append(best.provenance())
        if best.line is not None and best.line.final.rule != "title.page_title":  # a line of the page, not <title>
            self.title_line = best.line.block.index
        return str(best.value)

    def dates(self) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(published, updated, the relative date's text): byline lines just before the body
        first, then after it. A relative date stays relative (published None) without a
        reference day: the output never depends on the day parkclean runs."""
        published = updated = relative = None
        candidates = published_mod.date_candidates(self.blocks, self.start, self.end, self.title_line)
        for k, c in enumerate(candidates):
            d = dates.find(c.block.text, self.ref)
            if d is None or (d.relative and published_mod.sentence(c)):  # (发展成今天的样子: a word of a sentence, no stamp)
                continue
            if published_mod.updated(c, d, published_mod.label_above(self.blocks, c)):
                if updated is None:
                    updated = d.iso
                    self.note("updated", c, f"dates.{d.form}")
                rest = c.block.text[d.span[1]:]  # 更新时间：… 发布时间：… on one line
                later = dates.find(rest, self.ref) if published_mod.HINT.search(rest) else None
                if later is None or any(h in rest[: later.span[0]] for h in published_mod.UPDATED_HINT):
                    continue
                d = later
            c, d = self._most_precise(c, d, candidates[k + 1:])
            published, relative = d.iso, (d.text or None) if d.relative else None
            self.note("published", c, f"dates.{d.form}" + (" (relative)" if d.relative else ""))
            self.date_block = c
            break
        if published is None and relative is None and updated is not None:  # a page that only says when updated
            published = updated
            self.note("published", None, "dates.updated_only", updated)
        raw = str(self.html.get("published") or "")
        d = dates.find(raw, self.ref) if raw else None
        if d is not None and d.iso and not published_mod.OTHER_ZONE.search(raw) and (
                # the line's time, its seconds or its zone given by the markup
                (published is not None and len(published) > 10 and d.iso.startswith(published) and len(d.iso) > len(published))
                # none on the page's lines, or the same day there without its time: the markup's, as precise as it
                # is (not a midnight that stands for no time, nor a time in another zone than the page's day)
                or (published is not None and len(published) == 10 and d.iso[:10] == published and len(d.iso) > 10
                    and not published_mod.NO_TIME.search(d.iso))):
            published = d.iso
            self.note("published", None, "html.meta", raw)
        elif d is not None and d.iso and published is None:
            published = d.iso
            self.note("published", None, "html.meta", raw)
        return published, updated, relative

    def date_from_url(self, url: str) -> Optional[str]:
        """A byline's day and time without the year, completed by the article's address; on a
        page that states no day at all, the address's day (a day the address contradicts: none)."""
        stated = False
        for c in published_mod.date_candidates(self.blocks, self.start, self.end, self.title_line):
            if (iso := dates.with_year_from_url(c.block.text, url)):
                self.note("published", c, "dates.month_day_url_year")
                return iso
            stated = stated or dates.states_month_day(c.block.text)
        if not stated and (iso := dates.from_url(url)):
            self.note("published", None, "dates.url", url)
            return iso
        return None

    def _most_precise(self, c: Classified, d: FoundDate, others: Sequence[Classified]
                      ) -> tuple[Classified, FoundDate]:
        """The same day stated more precisely on a byline line nearby (12:10 here, 12:10:24 there):
        the published date is as precise as the page states it."""
        for o in others:
            if abs(o.block.index - c.block.index) > published_mod.SAME_BYLINE:
                continue
            od = dates.find(o.block.text, self.ref)
            if od is not None and od.iso and d.iso and not od.relative and not published_mod.updated(o, od, published_mod.label_above(self.blocks, o)) \
                    and od.iso[:10] == d.iso[:10] and len(od.iso) > len(d.iso):
                c, d = o, od
        if not d.iso or len(d.iso) != 10:
            return c, d
        # the day on one line, its time alone on the next (香港时间16时30分): there, or under the same day
        # stated again nearby, or on the date line after the text
        for o in (c, *others):
            if o is not c and abs(o.block.index - c.block.index) > published_mod.SAME_BYLINE \
                    and not (o.block.index > self.end and o.final.label is Label.META):
                continue
            if (t := self._time_under(o)) and (o is c or getattr(dates.find(o.block.text, self.ref), "iso", None) == d.iso):
                return c, replace(d, iso=f"{d.iso}T{t}")
        return c, d

    def _time_under(self, c: Classified) -> Optional[str]:
        """The time alone on the removed line under ``c`` (香港时间16时30分), or None."""
        nxt = c.block.index + 1
        return dates.time_line(self.blocks[nxt].block.text) if nxt < len(self.blocks) and not self.blocks[nxt].kept else None

    def authors(self, title: Optional[str]) -> list[str]:
        """The best author candidate of the page's lines (the <meta> is read later, as a last resort)."""
        page = authors_mod.Page(self.blocks, self.start, min(self.end, len(self.blocks) - 1), self.lead,
                                self.title_line, title)
        metas = [c for c in self.labelled(Label.META, Label.SOURCE) if c.block.index < self.near_end]
        found = list(authors_mod.candidates(page, metas, {}))
        best = cands.choose(found)
        if best is None:
            return []
        best = cands.fuller(best, found)
        self.prov.append(best.provenance())
        return list(best.value)  # type: ignore[call-overload]

    def html_authors(self) -> list[str]:
        """The author <meta>, when the page's lines name nobody (a CMS often puts the editor there)."""
        best = cands.choose(authors_mod.html_candidate(self.html))
        if best is None:
            return []
        self.prov.append(best.provenance())
        return list(best.value)  # type: ignore[call-overload]

    def editor(self) -> Optional[str]:
        ed, c = self.first((Label.META,), people.editor)
        if ed:
            self.note("editor", c, "people.editor")
        return ed  # type: ignore[return-value]

    def source_and_dateline(self, authors: list[str]) -> tuple[Optional[str], Optional[tuple[str, Optional[str], Optional[str]]]]:
        """(source, (dateline, place, date)); may add the author named on the source line."""
        dl = datelines.dateline(self.lead.block.text) if self.lead else None
        parsed = None
        if dl:
            line, outlet, place = dl
            self.note("dateline", self.lead, "fields.dateline")
            d = dates.find(line, self.ref)
            parsed = (line, place, d.iso if d else None)
        page = source_mod.Page(self.blocks, self.start, min(self.end, len(self.blocks) - 1), self.lead, self.title_line,
                               self.date_block.block.index if self.date_block is not None else None)
        best = cands.choose(source_mod.candidates(page, self.by_label, self.html, dl[1] if dl else None))
        if best is None:
            return None, parsed
        src = str(best.value)
        self.prov.append(best.provenance())
        if best.rule == "fields.source_line":
            src, named = fields.split_source_author(src)
            if named and not authors:
                authors.append(named)
                self.note("authors", best.line, "fields.source_line_author")
        return src, parsed

    def _logo_in_footer(self) -> Optional[tuple[str, Classified]]:
        """The name on the page's first line (the logo, a brand without a site's ending: 知问, 食家厨房)
        when the copyright or footer line names it again (© 2024 知问)."""
        first = next((c for c in self.blocks[:2] if c.final.label is not Label.TITLE), None)
        if first is None or (name := site_mod.logo_name(first.block.text)) is None:
            return None
        alone = re.compile(rf"(?<![\u4e00-\u9fff]){re.escape(name)}(?![\u4e00-\u9fff])")  # (北京 is no word of 北京市…)
        for c in self.blocks[self.end + 1:]:
            if c.final.label in (Label.COPYRIGHT, Label.FOOTER, Label.FILING) and alone.search(c.block.text):
                return name, first
        return None

    def site_and_category(self, title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
        blocks = self.blocks
        title_parts = page_title_parts(blocks[0].block.text) if blocks else []
        # the first line's parts when it is the page title: the engine's, one ending in a news site's
        # name, or the HTML's <title> ending in a site's name (某标题 - 某某百科)
        parts = title_parts if blocks and (blocks[0].final.label is Label.TITLE or title_mod.site_titled(blocks[0].block.text)
                                     or (self.html.get("page_title") and len(title_parts) >= 2
                                         and site_mod.is_site_name(title_parts[-1]))) else []
        site, title_category = fields.title_site_category(parts) if len(parts) >= 2 else (None, None)
        if len(parts) == 2 and site_mod.is_site_name(parts[0]) and site_mod.header_name(parts[-1]) is None \
                and not fields.outlet_name(parts[-1]):
            site, title_category = parts[0], None  # (某某论坛 - 某某人自己的网上家园: the site first, then its slogan or a headline)
        top = [c for c in blocks[:site_mod.HEADER_LINES] if self._header_line(c, title)]
        header = site_mod.site_from_header([c.block.text for c in top])
        # the logo's name, unless the page title names another site (a section's name or a byline near
        # the top is no logo) or a shorter form of it (某某新闻 over the logo's 某某新闻客户端 slogan)
        if header and not (site and (site in header[1] or header[1] not in site)):
            site = header[1]
            self.note("site", top[header[0]], "site.header")
        elif site:
            self.note("site", blocks[0], "fields.title_suffix")
        elif self.html.get("page_title") and len(title_parts) >= 2 and site_mod.is_site_name(title_parts[0]):
            site = title_parts[0]  # (某某日报数字报-标题: the site first)
            self.note("site", blocks[0], "fields.title_prefix")
        else:
            found, c = self.first((Label.COPYRIGHT, Label.FOOTER, Label.FILING), fields.site_from_line)
            site = str(found) if found else None
            if site:
                self.note("site", c, "fields.copyright_line")
            elif (logo := self._logo_in_footer()) is not None:
                site, c = logo
                self.note("site", c, "site.logo_in_footer")
        category, c = None, None
        for trail, first in self.joined(Label.BREADCRUMB, " > ", before=self.start):
            if first.final.rule == "marker.category":  # 所属分类：科技 is no trail: read below
                continue
            category = category_mod.category_from_breadcrumb(trail, title)
            if category:
                c = first
                break
        if category:
            self.note("category", c, "fields.breadcrumb")
        elif (labelled := self.first((Label.BREADCRUMB,), category_mod.category_from_label))[0]:
            category, c = str(labelled[0]), labelled[1]
            self.note("category", c, "fields.category_line")
        elif (edition := self._edition()) is not None:
            c, category = edition
            self.note("category", c, "fields.edition_section")
        elif title_category:
            category = title_category
            self.note("category", blocks[0], "fields.title_section")
        return (site or self.html.get("site")), category  # type: ignore[return-value]

    def _header_line(self, c: Classified, title: Optional[str]) -> bool:
        """A line of the header that may be its logo: not the text, a byline, the headline or a
        dated line; the page's title line only when it is one part (the site's name alone)."""
        label, text = c.final.label, c.block.text.strip()
        if label in (Label.BODY, Label.META, Label.SOURCE) or (title and text == title) or dates.find(text, None):
            return False
        return label is not Label.TITLE or (c.block.index == 0 and len(page_title_parts(text)) == 1)

    def _edition(self) -> Optional[tuple[Classified, str]]:
        """The line above the text naming the paper's page the article is on (第A02版：要闻), and its section."""
        above = [c for c in self.labelled(Label.NAV, Label.BREADCRUMB, Label.META) if c.block.index < self.start]
        found = category_mod.category_from_edition([c.block.text for c in above])
        return (above[found[0]], found[1]) if found else None

    def edition_date(self, site: Optional[str]) -> Optional[str]:
        """The day of a paper's edition (its page on the web: a site named as an edition, 某某日报数字报,
        or a line naming the paper's page, 第03版：经济): the first date among the header's lines,
        which on a paper's page is the edition's, the day the article was published (on a portal it
        is the day the page was seen: not read)."""
        if self._edition() is None and not (site and fields.paper(site) != site):
            return None
        for c in self.blocks[:min(self.start, _EDITION_HEADER)]:
            d = dates.find(c.block.text, self.ref) if c.final.label is Label.META else None
            if d is not None and not d.relative and d.iso is not None and len(d.iso) >= 10:
                self.note("published", c, "dates.edition")
                return d.iso
        return None

    def tags_and_url(self) -> tuple[list[str], Optional[str]]:
        tags: list[str] = []
        # a tag line above the headline is the site header's (热词：…), not the article's
        headline = next((c.block.index for c in self.by_label[Label.TITLE] if c.block.index > 0), -1)
        runs = [(text, c) for text, c in self.joined(Label.TAGS, " ") if c.block.index > headline]
        v, c = next(((found, c) for text, c in runs if (found := fields.tags(text) or fields.bare_tags(text, c.final.rule))),
                    ([], None))
        if v:
            tags = list(v)
            self.note("tags", c, "fields.tag_line")
        elif self.html.get("tag_links"):  # the links to the site's tag pages, in one box
            tags = str(self.html["tag_links"]).split("，")
            self.note("tags", None, "html.tag_links", str(self.html["tag_links"]))
        elif self.html.get("keywords"):
            tags = [t for t in re.split(r"[,，、;；\s]+", str(self.html["keywords"])) if t][:12]
            self.note("tags", None, "html.meta", str(self.html["keywords"]))
        u, c = self.first((Label.PERMALINK,), fields.url)
        if u:
            self.note("url", c, "fields.permalink")
        return tags, (u or self.html.get("url"))  # type: ignore[return-value]


def extract(blocks: Sequence[Classified], html_meta: Mapping[str, str], config: Config) -> Metadata:
    """Every metadata field of a page, with the provenance of each value."""
    r = _Reader(blocks, html_meta, config)
    title = r.title()
    published, updated, relative = r.dates()
    authors = r.authors(title)
    editor = r.editor()
    source, dateline = r.source_and_dateline(authors)  # may add the author named on the source line
    if not authors:
        authors = r.html_authors()
    site, category = r.site_and_category(title)
    tags, url = r.tags_and_url()
    if published is None and relative is None:
        published = r.edition_date(site)
    if published is None and url:
        published = r.date_from_url(url)
    if source and fields.self_source(source):  # 来源：本网 names the site: the site, when the page names it
        source = fields.paper(site) if site else None
        r.prov = [p for p in r.prov if p.field != "source"]
        if source:
            r.note("source", None, "fields.self_source_site", site or "")
    if not source and site and fields.outlet_name(fields.paper(site)):  # a news site's page that names no other source is its own
        source = fields.paper(site)
        r.note("source", None, "fields.site_as_source", site)
    line, place, dl_date = dateline or (None, None, None)
    return Metadata(
        title=title, published=published, updated=updated, published_relative=relative, authors=tuple(authors),
        editor=editor, source=source, dateline=line, dateline_place=place, dateline_date=dl_date, site=site,
        category=category, tags=tuple(tags), url=url,
        images=tuple(c.block.text for c in r.by_label[Label.IMAGE] if c.final.rule not in published_mod.NOT_AN_IMAGE),
        provenance=tuple(r.prov))
