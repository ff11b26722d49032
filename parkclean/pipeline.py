"""Wiring only: input → segmentation → normalization → classification → metadata → Result.

Normalization runs before classification so that the rules and their lexicons read one script
(Simplified) and clean characters; every block keeps its raw input line beside the new text.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Optional

from . import io, normalize, segment
from .config import DEFAULT, Config
from .decode import Decoded
from .features import Features, compute_all
from .htmlinput import html_to_dump
from .metadata.extract import extract as extract_metadata
from .metadata.native import in_page_script
from .model import Block, Classified, Decision, Label, Metadata, Result, fast_builder
from .rules import body, context
from .rules.markers import first_decision_fast

try:  # the optional C kernel builds the same objects in one loop
    from ._speedups import classified_rows as _classified_rows
except ImportError:  # pragma: no cover - depends on the build
    _classified_rows = None  # type: ignore[assignment]
# the field layouts the kernel fills (Block from a segment.Row, and its Classified)
_BLOCK_FIELDS = tuple(f.name for f in fields(Block))
_CLASSIFIED_FIELDS = tuple(f.name for f in fields(Classified))
if (_BLOCK_FIELDS != ("index",) + segment.Row._fields[:3] + ("text", "key") + segment.Row._fields[4:]
        or _CLASSIFIED_FIELDS != ("block", "first", "final", "score")):  # pragma: no cover - a model change
    _classified_rows = None  # type: ignore[assignment]

_LOST_BREAKS = 5000  # a line longer than this is a whole page or a large part of one
_block = fast_builder(Block)  # one Block and one Classified per line: built without the dataclass __init__
_classified = fast_builder(Classified)
_UNSEEN = Decision(Label.BOILERPLATE, "", "")  # a marker for _first_decisions, never returned
_EMPTY = Decision(Label.BOILERPLATE, "boilerplate.empty", "nothing left after character normalization")


def _classify_rows(rows: list[segment.Row], texts: list[str], keys: list[str], first: list[Optional[Decision]],
                   final: list[Decision], scores: list[float]) -> tuple[Classified, ...]:
    """A Block and a Classified for every row (the C kernel's loop when it is built)."""
    if _classified_rows is not None:
        return _classified_rows(Block, _BLOCK_FIELDS, Classified, _CLASSIFIED_FIELDS, rows, texts, keys, first, final,
                                scores)
    return tuple(_classified(_block(i, r.start, r.end, r.raw, texts[i], keys[i], r.indent, r.blank_before), first[i],
                             final[i], scores[i])
                 for i, r in enumerate(rows))


def _first_decisions(keys: list[str], feats: list[Features]) -> list[Optional[Decision]]:
    """The form rules' decision for every line. A line's decision depends on its text alone, and
    pages repeat their menus (one line in seven of the corpus is a repeat): each text is judged once."""
    seen: dict[str, Optional[Decision]] = {"": _EMPTY}
    out = []
    for k, f in zip(keys, feats):
        d = seen.get(k, _UNSEEN)
        if d is _UNSEEN:
            d = seen[k] = first_decision_fast(k, f)
        out.append(d)
    return out


def clean(source: io.Source, config: Optional[Config] = None, *, content_type: Optional[str] = None) -> Result:
    """Clean one page (a text dump or HTML, as ``str`` or ``bytes``) into a :class:`Result`.

    ``content_type`` is the HTTP ``Content-Type`` header the page was served with, when the
    caller has it (a crawl record does): its charset comes before the page's own ``<meta>``.
    It is an argument, not a :class:`Config` field, because it belongs to one document.

    >>> page = ("当前位置:首页 > 新闻\\n园区建设提速\\n"
    ...         "记者从园区获悉,今年一季度新开工项目十二个,总投资超过五十亿元。\\n版权所有 某某网")
    >>> r = clean(page)
    >>> r.text
    '记者从园区获悉，今年一季度新开工项目十二个，总投资超过五十亿元。'
    >>> [x.label.value for x in r.removed]
    ['breadcrumb', 'title', 'copyright']
    """
    cfg = config or DEFAULT
    return clean_decoded(io.to_decoded(source, cfg, content_type=content_type), cfg)


def clean_decoded(decoded: Decoded, cfg: Config) -> Result:
    """:func:`clean` on a page already decoded (the batch reader names its errors by file)."""
    text = decoded.text
    html_meta: dict[str, str] = {}
    warnings: list[str] = list(decoded.warnings)
    if cfg.input_format == "html" or (cfg.input_format == "auto" and io.looks_like_html(text)):
        text, html_meta = html_to_dump(text, fallback=cfg.html_metadata, warnings=warnings)
    rows = segment.rows(text)
    if not rows:
        return Result((), (), warnings=(*warnings, "empty page: no text lines"), decoding=decoded.decoding)
    lines = [r.text for r in rows]
    joined = "\n".join(lines)  # the rows, as normalization reads and fixes them: once, whole
    plan = normalize.plan(joined, cfg)
    before_script: list[str] = []
    texts, keys, records = normalize.run(lines, [r.start for r in rows], plan, joined, before_script)
    feats = compute_all(keys)
    first = _first_decisions(keys, feats)
    page = context.Page(keys, feats, first)
    context.apply_all(page)
    formed = list(first)
    final, values = body.finalize(first, feats, cfg, keys)
    blocks = _classify_rows(rows, texts, keys, formed, final, [round(v, 2) for v in values])
    paragraphs = tuple(c.block.text for c in blocks if c.kept)
    if not paragraphs:
        warnings.append("no article text found: every line looks like page furniture")
    longest = max(rows, key=lambda r: len(r.text))
    if len(longest.text) > _LOST_BREAKS:
        warnings.append(f"line {longest.start} has {len(longest.text)} characters: the dump seems to have lost its line "
                        "breaks, so page furniture on that line cannot be told from the article")
    meta = _metadata(blocks, texts, keys, html_meta, cfg, plan, before_script)
    return Result(paragraphs, blocks, meta, plan.script, records, tuple(warnings), decoded.decoding)


def _metadata(blocks: tuple[Classified, ...], texts: list[str], keys: list[str], html_meta: dict[str, str],
              cfg: Config, plan: normalize.Plan, before_script: list[str]) -> Metadata:
    """Metadata read off the Simplified lines (where the lexicons work), then given in the script
    ``Config.metadata_script`` asks for: the page's own, or the text's."""
    if texts is not keys:  # the text is not Simplified: read the Simplified keys
        blocks = tuple(_classified(_block(b.index, b.start, b.end, b.raw, b.key, b.key, b.indent, b.blank_before),
                                   c.first, c.final, c.score) for c in blocks for b in (c.block,))
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
