"""Wiring only: input → segmentation → normalization → classification → metadata → Result.

Normalization runs before classification so that the rules and their lexicons read one script
(Simplified) and clean characters; every block keeps its raw input line beside the new text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import io, normalize, render, segment
from .config import Config
from .decide import confidence as conf
from .decide.engine import decide
from .decide.params import load as load_params
from .decode import Decoded
from .evidence.collect import PageEvidence, collect
from .evidence.template import Template
from .features import Features, compute_all
from .htmldom import DomLine
from .htmlinput import html_to_page
from .metadata.extract import extract as extract_metadata
from .metadata.native import in_page_script
from .model import Block, Classified, Decision, Metadata, NormStep, Result, fast_builder

_block = fast_builder(Block)  # one Block and one Classified per line: built without the dataclass __init__
_classified = fast_builder(Classified)


def clean(source: io.Source, config: Optional[Config] = None, *, content_type: Optional[str] = None,
          template: Optional[Template] = None) -> Result:
    """Clean one page (a text dump or HTML, as ``str`` or ``bytes``) into a :class:`Result`.

    ``content_type`` is the HTTP ``Content-Type`` header the page was served with, when the
    caller has it (a crawl record does): its charset comes before the page's own ``<meta>``.
    It is an argument, not a :class:`Config` field, because it belongs to one document; so is
    ``template``, the lines its site repeats (learned over a crawl: ``parkclean.corpus.template``).

    >>> page = ("当前位置:首页 > 新闻\\n园区建设提速\\n"
    ...         "记者从园区获悉,今年一季度新开工项目十二个,总投资超过五十亿元。\\n版权所有 某某网")
    >>> r = clean(page)
    >>> r.text
    '记者从园区获悉，今年一季度新开工项目十二个，总投资超过五十亿元。'
    >>> [x.label.value for x in r.removed]
    ['breadcrumb', 'title', 'copyright']
    """
    cfg = io.checked_config(config, content_type)
    return clean_decoded(io.to_decoded(source, cfg, content_type=content_type), cfg, template)


@dataclass(frozen=True)
class Lines:
    """A page read, segmented and normalized (what template learning reads of a page)."""
    rows: list[segment.Row]
    texts: list[str]
    keys: list[str]
    plan: normalize.Plan
    records: tuple[NormStep, ...]
    html_meta: dict[str, str]
    before_script: list[str]
    warnings: list[str]
    dom: Optional[list[DomLine]] = None
    """What an HTML page's DOM says of each line (None for a text dump)."""


@dataclass(frozen=True)
class Prepared:
    """A page's lines with their features and evidence: all the decision reads."""
    lines: Lines
    feats: list[Features]
    evidence: PageEvidence


def read_lines(decoded: Decoded, cfg: Config) -> Optional[Lines]:
    """A decoded page up to its normalized lines (None when it has no line of text)."""
    text = decoded.text
    html_meta: dict[str, str] = {}
    warnings: list[str] = list(decoded.warnings)
    doms = None
    if cfg.input_format == "html" or (cfg.input_format == "auto" and io.looks_like_html(text)):
        io.check_blocks(text, cfg)
        page = html_to_page(text, fallback=cfg.html_metadata, warnings=warnings)
        text, html_meta, doms = page.dump, page.meta, page.doms
    io.check_lines(text, cfg)
    rows = segment.rows(text)
    if not rows:
        return None
    lines = [r.text for r in rows]
    joined = "\n".join(lines)  # the rows, as normalization reads and fixes them: once, whole
    plan = normalize.plan(joined, cfg)
    before_script: list[str] = []
    texts, keys, records = normalize.run(lines, [r.start for r in rows], plan, joined, before_script)
    dom = [doms[r.start - 1] for r in rows] if doms is not None else None
    return Lines(rows, texts, keys, plan, records, html_meta, before_script, warnings, dom)


def prepare(decoded: Decoded, cfg: Config, template: Optional[Template] = None) -> Optional[Prepared]:
    """A decoded page up to its evidence (None when it has no line of text)."""
    if (ln := read_lines(decoded, cfg)) is None:
        return None
    feats = compute_all(ln.keys)
    return Prepared(ln, feats, collect(ln.keys, feats, dom=ln.dom, template=template))


def clean_decoded(decoded: Decoded, cfg: Config, template: Optional[Template] = None) -> Result:
    """:func:`clean` on a page already decoded (the batch reader names its errors by file)."""
    if (p := prepare(decoded, cfg, template)) is None:  # (markup that shows no text: only scripts or styles)
        why = "empty page: no visible text (only markup)" if decoded.text.strip() else "empty page: no text lines"
        return Result((), (), warnings=(*decoded.warnings, why), decoding=decoded.decoding)
    ln, pe = p.lines, p.evidence
    rows, texts, keys, warnings = ln.rows, ln.texts, ln.keys, ln.warnings
    params = load_params()
    d = decide(keys, p.feats, pe, params)
    doc = conf.confidence(d.signals, params)
    first = [Decision(e.label, e.rule, e.reason) if e is not None else None for e in pe.form]
    blocks = tuple(_classified(_block(i, r.start, r.end, r.raw, texts[i], keys[i], r.indent, r.blank_before), first[i],
                               dec, round(d.values[i], 2),
                               round(conf.line_probability(doc, dec.label.kept, d.values[i]), 3), d.contributions[i])
                   for i, (r, dec) in enumerate(zip(rows, d.decisions)))
    paragraphs = render.paragraphs(blocks, ln.dom, cfg.fix_chars)
    if not paragraphs:
        warnings.append("no article text found: every line looks like page furniture")
    if ln.dom is None:  # (an HTML page's long paragraph is its markup's)
        warnings += segment.lost_breaks(rows)
    meta = _metadata(blocks, texts, keys, ln.html_meta, cfg, ln.plan, ln.before_script)
    return Result(paragraphs, blocks, meta, ln.plan.script, ln.records, tuple(warnings), decoded.decoding,
                  round(doc, 3), conf.page_kind(d.signals, pe, d.run, d.deciding))


def _metadata(blocks: tuple[Classified, ...], texts: list[str], keys: list[str], html_meta: dict[str, str],
              cfg: Config, plan: normalize.Plan, before_script: list[str]) -> Metadata:
    """Metadata read off the Simplified lines (where the lexicons work), then given in the script
    ``Config.metadata_script`` asks for: the page's own, or the text's."""
    if texts is not keys:  # the text is not Simplified: read the Simplified keys
        blocks = tuple(_classified(_block(b.index, b.start, b.end, b.raw, b.key, b.key, b.indent, b.blank_before),
                                   c.first, c.final, c.score, c.probability, c.evidence) for c in blocks
                       for b in (c.block,))
    meta = extract_metadata(blocks, html_meta, cfg)
    if cfg.metadata_script == "page":
        # the page's script: the text before any conversion; a converter's artefact (glued pinyin)
        # gives None, and its metadata stay Simplified
        target = normalize.page_script_text(before_script[0], plan) if before_script else "\n".join(texts)
    else:
        target = "\n".join(texts)
    simplified = "\n".join(keys)
    if target is None or target == simplified:
        return meta
    return in_page_script(meta, simplified, target)
