"""Rendering a result: plain text, JSON, and the per-line explanation (terminal or HTML)."""
from __future__ import annotations

import html
import json
import re
from typing import Any, Optional

from .htmldom import DomLine
from .model import Classified, Label, Result
from .normalize.steps import fix_spaces

_COLORS = {
    Label.BODY: "0", Label.TITLE: "1;36", Label.META: "33", Label.SOURCE: "33", Label.IMAGE: "35",
    Label.CONTACT: "31", Label.AD: "31", Label.COPYRIGHT: "31", Label.FILING: "31",
    Label.RELATED: "34", Label.COMMENTS: "34", Label.PAGER: "34", Label.NAV: "2", Label.BREADCRUMB: "2",
}


def paragraphs(blocks: tuple[Classified, ...], dom: Optional[list[DomLine]], tidy: bool = True) -> tuple[str, ...]:
    """The kept lines, a paragraph each; an HTML table of data's row is one paragraph, its cells
    apart by a space, when the row is whole: every cell holds one line, kept (a row with an empty
    or a removed cell stays a line a cell, so that no column shifts; a page laid out in a table
    has paragraphs of several lines in one cell: those stay apart too). ``tidy`` (the text is
    normalized): the spaces as normalization leaves them, none next to full-width punctuation, so
    that the text cleaned again stays the same."""
    kept = [c.block for c in blocks if c.kept]
    if dom is None or not any(dom[b.index].row for b in kept):
        return tuple(b.text for b in kept)
    lines: dict[int, list[tuple[bool, int]]] = {}
    width: dict[int, int] = {}
    for c in blocks:
        d = dom[c.block.index]
        if d.row:
            lines.setdefault(d.row, []).append((c.kept, d.column))
            width[d.row] = d.width
    whole = {row for row, found in lines.items() if all(k for k, _ in found)
             and len({col for _, col in found}) == len(found) == width[row]}
    out: list[str] = []
    i = 0
    while i < len(kept):
        row = dom[kept[i].index].row
        j = i + 1
        while row and j < len(kept) and dom[kept[j].index].row == row:
            j += 1
        if row in whole and j - i > 1:
            joined = " ".join(b.text for b in kept[i:j])
            out.append(fix_spaces(joined)[0] if tidy else joined)
        else:
            out.extend(b.text for b in kept[i:j])
        i = j
    return tuple(out)


def to_json(result: Result, *, indent: int | None = None, input_name: str | None = None) -> str:
    """One JSON object; ``input_name`` (the file) is added as ``input`` in batch output."""
    d: dict[str, Any] = result.to_dict()
    if input_name is not None:
        d = {"input": input_name, **d}
    return escape_controls(json.dumps(d, ensure_ascii=False, indent=indent))


# json.dumps escapes the C0 controls; DEL, the C1 controls and the Unicode line separators are
# escaped too, so that a removed line's raw bytes never put a control character in the output
_CONTROL_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)}
_CONTROLS = re.compile("[\x7f-\x9f\u2028\u2029]")


def escape_controls(s: str) -> str:
    r"""``s`` with DEL, the C1 controls and U+2028/9 as ``\uXXXX`` (a regex scan first: a
    dict ``translate`` looks up every character, 0.5 ms on a page's JSON).

    >>> escape_controls("a\x85b\u2028")
    'a\\u0085b\\u2028'
    """
    return s.translate(_CONTROL_ESCAPES) if _CONTROLS.search(s) else s


def _evidence(c: "Classified") -> str:
    """What each piece of a line's evidence added to its value: ``rule +0.40``, ``rule (seen)``."""
    return ", ".join(f"{rule} {v:+.2f}" if v else f"{rule} (seen)" for rule, v in c.evidence)


def explain(result: Result, *, color: bool = False, width: int = 70) -> str:
    """Every input line with its label, the rule that decided, its value (what the article's run
    was chosen on), the probability that its label is right, and what each piece of its evidence
    added to the value."""
    out = [f"confidence {result.confidence:.2f} ({result.kind}); each line: label, rule, value, probability"]
    for c in result.blocks:
        lab = c.final.label
        mark = "+" if c.kept else "-"
        text = c.block.text if len(c.block.text) <= width else c.block.text[: width - 1] + "…"
        line = f"{c.block.start:5d} {mark} {lab.value:10s} {c.final.rule:26s} {c.score:6.2f} {c.probability:4.2f}  {text}"
        if color:
            line = f"\x1b[{_COLORS.get(lab, '0')}m{line}\x1b[0m"
        out.append(line)
        if len(c.evidence) > 1 or (c.evidence and c.evidence[0][0] != "prose"):
            out.append(f"{'':8s}evidence: {_evidence(c)}")
    if result.normalization:
        out.append("")
        out.append("normalization:")
        for st in result.normalization:
            ex = "; ".join(f"line {ln}: {b!r} → {a!r}" for ln, b, a in st.examples[:2])
            out.append(f"  {st.kind:16s} {st.count:5d}  {ex}")
    m = result.to_dict()
    out.append("")
    out.append("metadata: " + ", ".join(f"{k}={m[k]!r}" for k in (
        "title", "published", "authors", "source", "dateline", "site", "category", "tags", "url") if m[k]))
    for w in result.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out)


def explain_json(result: Result, *, input_name: str | None = None) -> str:
    """The explanation as one JSON object: the result's fields (:func:`to_json`) and ``lines``,
    every input line with its label, whether it is kept, the rule and reason that decided, its
    value, probability and evidence (what each rule added to the value)."""
    d: dict[str, Any] = result.to_dict()
    d["lines"] = [{"start": c.block.start, "end": c.block.end, "label": c.final.label.value, "kept": c.kept,
                   "rule": c.final.rule, "reason": c.final.reason, "value": round(c.score, 3),
                   "probability": round(c.probability, 3),
                   "evidence": [{"rule": rule, "value": round(v, 3)} for rule, v in c.evidence],
                   "text": c.block.text} for c in result.blocks]
    if input_name is not None:
        d = {"input": input_name, **d}
    return escape_controls(json.dumps(d, ensure_ascii=False))


_HTML_COLORS = {
    Label.BODY: "#e8f5e9", Label.TITLE: "#e0f7fa", Label.META: "#fff8e1", Label.SOURCE: "#fff8e1",
    Label.IMAGE: "#f3e5f5", Label.CONTACT: "#ffebee", Label.AD: "#ffebee", Label.COPYRIGHT: "#fce4ec",
    Label.FILING: "#fce4ec", Label.RELATED: "#e3f2fd", Label.COMMENTS: "#e3f2fd", Label.NAV: "#eeeeee",
    Label.BREADCRUMB: "#eeeeee",
}
_CSS = ("body{font-family:sans-serif;margin:1.5em;max-width:70em}table{border-collapse:collapse;width:100%}"
        "td{padding:2px 6px;vertical-align:top;font-size:13px}td.n{color:#888;text-align:right}"
        "td.l{white-space:nowrap;font-weight:bold}tr.removed td.t{color:#555}.legend span{padding:2px 6px;margin:2px;"
        "display:inline-block;font-size:12px}")


def label_color(label: Label) -> str:
    return _HTML_COLORS.get(label, "#f5f5f5")


def explain_html(result: Result, title: str = "parkclean explain") -> str:
    """A self-contained page: each line colored by label, the rule and reason on hover."""
    rows = []
    for c in result.blocks:
        lab = c.final.label
        tip = html.escape(f"{c.final.rule}: {c.final.reason} (score {c.score})")
        cls = "kept" if c.kept else "removed"
        rows.append(f'<tr class="{cls}" style="background:{label_color(lab)}" title="{tip}"><td class="n">'
                    f'{c.block.start}</td><td class="l">{lab.value}</td><td class="t">{html.escape(c.block.text)}</td></tr>')
    legend = "".join(f'<span style="background:{label_color(lab)}">{lab.value}</span>' for lab in Label)
    meta = html.escape(json.dumps({k: v for k, v in result.to_dict().items()
                                   if k in ("title", "published", "authors", "source", "site", "category", "tags", "url")},
                                  ensure_ascii=False))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1><p class='legend'>{legend}</p>"
            f"<p><code>{meta}</code></p><table>{''.join(rows)}</table></body></html>")
