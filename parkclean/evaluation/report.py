"""Reports: a terminal table, JSON, and a self-contained HTML page (no network, opens from disk)."""
from __future__ import annotations

import html
import json
from typing import Any

from ..model import Label
from ..render import label_color
from .corpus import Case
from .harness import META_FIELDS, SystemReport


def _fmt(v: Any) -> str:
    if v is None:
        return "   - "
    return f"{v:5.3f}" if isinstance(v, float) else str(v)


def table(reports: list[SystemReport], missing: list[str]) -> str:
    head = f"{'system':12s} {'pages':>5s} {'P':>5s} {'R':>5s} {'F1':>5s} {'F1si':>5s} {'minF1si':>7s} " + \
        " ".join(f"{f[:6]:>6s}" for f in META_FIELDS) + f" {'meta':>5s} {'pages/s':>8s}"
    lines = [head, "-" * len(head)]
    for r in reports:
        s = r.summary()
        if not r.pages:
            continue
        lines.append(f"{r.system:12s} {s['pages']:5d} {_fmt(s['P'])} {_fmt(s['R'])} {_fmt(s['F1'])} {_fmt(s['F1si'])} "
                     f"{_fmt(s['min_F1si']):>7s} " + " ".join(f"{_fmt(s['meta_' + f]):>6s}" for f in META_FIELDS)
                     + f" {_fmt(s['meta_all'])} {s['pages_per_s']:8.1f}")
    if missing:
        lines.append(f"not installed (pip install '.[eval]'): {', '.join(missing)}")
    pc = next((r for r in reports if r.system == "parkclean"), None)
    if pc and pc.labels:
        lines.append("")
        lines.append("parkclean per label (annotated lines): label  precision  recall  gold  predicted")
        for lab, v in pc.labels.items():
            lines.append(f"  {lab:12s} {v['precision']:9.3f} {v['recall']:7.3f} {v['gold']:5d} {v['pred']:10d}")
    if pc:
        worst = sorted(pc.pages, key=lambda x: x.Fsi)[:5]
        lines.append("")
        lines.append("parkclean worst pages: " + ", ".join(f"{x.case} {x.Fsi:.3f}" for x in worst))
    return "\n".join(lines)


def to_json(reports: list[SystemReport], missing: list[str]) -> str:
    return json.dumps({
        "systems": {r.system: {"summary": r.summary(), "by_site": r.by_site(), "labels": r.labels,
                               "pages": [vars(p) for p in r.pages]} for r in reports},
        "missing": missing}, ensure_ascii=False, indent=1)


def _chart(reports: list[SystemReport]) -> str:
    sites = sorted({s for r in reports for s in r.by_site()})
    colors = ["#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#c62828", "#00838f", "#5d4037", "#455a64"]
    bar_h, gap = 6, 4
    row_h = bar_h * len(reports) + gap
    w, left = 760, 200
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{row_h * len(sites) + 30}" font-size="11">']
    for i, site in enumerate(sites):
        y = i * row_h + 20
        ty = y + bar_h * len(reports) / 2 + 4
        out.append(f'<text x="{left - 6}" y="{ty}" text-anchor="end">{html.escape(site[:24])}</text>')
        for j, r in enumerate(reports):
            v = r.by_site().get(site)
            if v is None:
                continue
            out.append(f'<rect x="{left}" y="{y + j * bar_h}" width="{(w - left - 10) * v:.1f}" height="{bar_h - 1}" '
                       f'fill="{colors[j % len(colors)]}"><title>{html.escape(r.system)} {site}: {v:.3f}</title></rect>')
    legend = "".join(f'<tspan fill="{colors[j % len(colors)]}">■ {html.escape(r.system)}  </tspan>'
                     for j, r in enumerate(reports))
    out.append(f'<text x="{left}" y="12">{legend}</text></svg>')
    return "".join(out)


def _page_view(case: Case) -> str:
    import parkclean
    r = parkclean.clean(case.page.read_bytes())
    gold_lines = case.line_labels
    body = {x.strip() for x in (case.gold.get("body") or [])} if isinstance(case.gold.get("body"), list) else set()
    rows = []
    for c in r.blocks:
        g = gold_lines.get(c.block.start) or ("body" if c.block.raw.strip() in body else "removed")
        p = c.final.label.value
        ok = (g == p) or (g == "removed" and p != "body")
        tip = html.escape(f"{c.final.rule}: {c.final.reason}")
        gcol = label_color(Label(g)) if g in Label._value2member_map_ else "#f5f5f5"
        rows.append(f'<tr title="{tip}"><td class="n">{c.block.start}</td><td style="background:{gcol}">{g}</td>'
                    f'<td style="background:{label_color(c.final.label)}">{p}{"" if ok else " ✗"}</td>'
                    f'<td>{html.escape(c.block.text[:160])}</td></tr>')
    return (f'<details><summary>{html.escape(case.name)}</summary><table><tr><th>line</th><th>gold</th>'
            f'<th>parkclean</th><th>text</th></tr>{"".join(rows)}</table></details>')


def to_html(reports: list[SystemReport], missing: list[str], cases: list[Case]) -> str:
    rows = []
    for r in reports:
        s = r.summary()
        if not r.pages:
            continue
        rows.append("<tr>" + "".join(f"<td>{html.escape(_fmt(s.get(k)) if not isinstance(s.get(k), str) else s[k])}</td>"
                                     for k in ("system", "pages", "P", "R", "F1", "F1si", "min_F1si", "meta_all",
                                               "pages_per_s")) + "</tr>")
    css = ("body{font-family:sans-serif;margin:1.5em;max-width:80em}table{border-collapse:collapse}"
           "td,th{padding:2px 6px;font-size:13px;border-bottom:1px solid #eee;text-align:left}td.n{color:#888}")
    views = "".join(_page_view(c) for c in cases if c.page.suffix == ".txt")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>parkclean eval</title><style>{css}</style></head>"
            f"<body><h1>parkclean evaluation</h1><table><tr><th>system</th><th>pages</th><th>P</th><th>R</th><th>F1</th>"
            f"<th>F1si</th><th>min F1si</th><th>meta</th><th>pages/s</th></tr>{''.join(rows)}</table>"
            f"<p>{'not installed: ' + html.escape(', '.join(missing)) if missing else ''}</p>"
            f"<h2>F1si by site</h2>{_chart(reports)}<h2>Pages (gold vs parkclean, rule on hover)</h2>{views}</body></html>")
