"""Score systems on annotated pages: body P/R/F1 (strict and script-insensitive), metadata per
field, per-label precision/recall where the annotation labels lines, and pages per second."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from statistics import mean
from typing import Any, Iterable, Optional

from . import metrics, peers
from .corpus import Case

META_FIELDS = ("title", "published", "authors", "source", "category", "tags", "url", "site")


@dataclass
class PageScore:
    case: str
    subset: str
    site: str
    P: float
    R: float
    F: float
    Fsi: float
    meta: dict[str, Optional[bool]]
    seconds: float
    error: Optional[str] = None


@dataclass
class SystemReport:
    system: str
    pages: list[PageScore] = field(default_factory=list)
    labels: dict[str, dict[str, float]] = field(default_factory=dict)  # label -> {precision, recall, gold, pred}

    def summary(self) -> dict[str, Any]:
        p = self.pages
        out: dict[str, Any] = {"system": self.system, "pages": len(p)}
        if not p:
            return out
        out.update(P=mean(x.P for x in p), R=mean(x.R for x in p), F1=mean(x.F for x in p),
                   F1si=mean(x.Fsi for x in p), min_F1si=min(x.Fsi for x in p),
                   worst=min(p, key=lambda x: x.Fsi).case,
                   pages_per_s=len(p) / max(1e-9, sum(x.seconds for x in p)),
                   errors=sum(1 for x in p if x.error))
        for f in META_FIELDS:
            vals = [bool(x.meta.get(f)) for x in p if x.meta.get(f) is not None]
            out[f"meta_{f}"] = (sum(vals) / len(vals)) if vals else None
        allv = [v for x in p for v in x.meta.values() if v is not None]
        out["meta_all"] = sum(allv) / len(allv) if allv else None
        return out

    def by_site(self) -> dict[str, float]:
        sites: dict[str, list[float]] = {}
        for x in self.pages:
            sites.setdefault(x.site, []).append(x.Fsi)
        return {k: mean(v) for k, v in sorted(sites.items())}


def meta_match(field: str, pred: Any, gold: Any) -> Optional[bool]:
    """Metadata check; text fields compare script-insensitively (a Traditional page's title may be
    annotated in Traditional while the output is Simplified)."""
    if field in ("title", "source", "category", "site") and isinstance(pred, str) and isinstance(gold, str):
        return metrics.meta_ok(field, metrics.t2s(pred), metrics.t2s(gold))
    if field in ("authors", "tags") and isinstance(gold, list):
        return metrics.meta_ok(field, [metrics.t2s(x) for x in (pred or [])], [metrics.t2s(x) for x in gold])
    return metrics.meta_ok(field, pred, gold)


def score_case(system: str, case: Case) -> tuple[PageScore, dict[str, Any]]:
    t = time.perf_counter()
    pred = peers.run(system, case.page)
    dt = time.perf_counter() - t
    text = pred.get("text") or ""
    gold = case.body
    P, R, F = metrics.prf(text, gold)
    Fsi = metrics.prf(metrics.t2s(text), gold)[2]
    meta = {f: meta_match(f, pred.get(f), case.gold.get(f)) for f in META_FIELDS if f in case.gold}
    site = case.gold.get("site") or case.name.split("_")[0]
    return PageScore(case.name, case.subset, site, P, R, F, Fsi, meta, dt, pred.get("error")), pred


def label_scores(cases: Iterable[Case]) -> dict[str, dict[str, float]]:
    """Per-label precision/recall of parkclean's line labels against annotated line labels."""
    import parkclean
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for case in cases:
        gold = case.line_labels
        if not gold:
            continue
        r = parkclean.clean(case.page.read_bytes())
        pred = {c.block.start: c.final.label.value for c in r.blocks}
        for ln, g in gold.items():
            p = pred.get(ln)
            n_gold[g] = n_gold.get(g, 0) + 1
            if p is not None:
                n_pred[p] = n_pred.get(p, 0) + 1
                if p == g:
                    tp[g] = tp.get(g, 0) + 1
    out = {}
    for lab in sorted(set(n_gold) | set(n_pred)):
        out[lab] = {"precision": tp.get(lab, 0) / n_pred[lab] if n_pred.get(lab) else 0.0,
                    "recall": tp.get(lab, 0) / n_gold[lab] if n_gold.get(lab) else 0.0,
                    "gold": n_gold.get(lab, 0), "pred": n_pred.get(lab, 0)}
    return out


def evaluate(cases: list[Case], systems: Iterable[str]) -> tuple[list[SystemReport], list[str]]:
    """Score every available system on every case; returns (reports, missing systems)."""
    reports, missing = [], []
    for name in systems:
        if not peers.available(name):
            missing.append(name)
            continue
        rep = SystemReport(name)
        for case in cases:
            rep.pages.append(score_case(name, case)[0])
        if name == "parkclean":
            rep.labels = label_scores(cases)
        reports.append(rep)
    return reports, missing
