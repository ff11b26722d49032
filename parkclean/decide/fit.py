"""Fit the decision's table on the annotated corpus, and measure it leave-site-out.

    python -m parkclean.decide.fit             # fit on corpus/, write parkclean/decide/params.json
    python -m parkclean.decide.fit --cv 10     # leave-site-out figures: each site's pages decided
                                               # by a table fitted without that site
    python -m parkclean.decide.fit --check     # fit again and compare with the shipped table

The weights are fitted by a coordinate search over the table (``params.FITTED``, every label's
cost, the costs of the rules that decide many lines and the score weights): each in turn is
tried a fifth lower and a quarter higher (a score weight also at 0: the DOM's say may be worth
nothing), and a change is kept when the corpus's mean body F1
rises by 0.0001 or more and no page falls by more than 0.1 (a change that breaks one page
would break pages of sites the corpus lacks). The order and the steps are fixed, so the same
corpus gives the same table. The training pages are the text dumps and the
HTML of ``corpus/``, and each HTML page again without its class and id attributes (ext
``html-bare``: a site with generated class names, or none, so that the weights of the DOM's
container scores hold without the names); a page's gold body is aligned to its rows by
``evaluation.align`` (or read off its line labels, for the hand-written cases).

The document confidence is then fitted on leave-site-out decisions: a logistic model of each
page's signals (``confidence.Signals``) for the chance that its body comes out with F1 0.8 or
more, so that the confidence says how the decision does on sites it has not seen. Its examples
are the corpus's pages and their *frames*: each text page with its article taken out, a page
that holds no article (as an index, an error page or a page of links does). A frame is never
a success for the confidence (whatever comes back, it is no article), so the confidence reads
"an article, and its text right": what a corpus builder filters on. Without the frames nearly
every corpus page is decided well, and a model fitted on successes alone says nothing. A frame
is made only from a page whose gold rows hold its whole gold body, so that no paragraph of the
article stays in it. Frames alone would teach that an article has a byline above it (a frame
keeps its page's header, and what comes back stands elsewhere); so each page is also given
*headless*, without the furniture right above its article, and counts as a success when its
text still comes out right. The figures report a frame as handled when the text returned holds
fewer than 40 characters, and count the frames where a block of furniture came back as if it
were an article.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Optional, Sequence

from .. import io, pipeline
from ..config import DEFAULT
from ..evaluation import align, corpus, metrics, sites
from ..evaluation.perturb import bare_html
from ..evidence.collect import PageEvidence
from ..features import Features
from . import confidence as conf
from .engine import decide
from .params import FITTED, PARAMS_FILE, Params
from .values import deciding

ROOT = Path(__file__).resolve().parents[2]
GOOD = 0.8          # a page decided with body F1 this high counts as a success for the confidence
FRAME_EMPTY = 40    # a frame (a page without its article) is handled when fewer characters come back
GOLD_ROWS = 0.97    # a page's gold rows must hold this share of its gold body to make a frame or a headless page
HEAD_LINES = 8      # a headless page drops the furniture lines up to this many above its article
_STEPS = (0.8, 1.25)
_GAIN = 0.0001      # a change is kept when the mean F1 rises at least this much …
_HARM = 0.1         # … and no page's F1 falls more than this (a change that breaks one page breaks others unseen)
_RULE_LINES = 30    # a rule that decides this many lines of the corpus gets a cost of its own


@dataclass
class Sample:
    """One training page: its lines, evidence and gold."""

    name: str
    site: str
    ext: str
    keys: list[str]
    feats: list[Features]
    evidence: PageEvidence
    texts: list[str]
    gold: list[bool]
    body: str


def samples(root: Path = ROOT / "corpus", exts: Sequence[str] = ("txt", "html", "html-bare")) -> list[Sample]:
    """Every annotated page of the corpus (its text dump, and its HTML where it has one, also
    without class and id attributes: ``html-bare``)."""
    cases = [c for c in corpus.load(root) if c.subset != "raw"]
    group = sites.groups(cases)
    out = []
    for c in cases:
        for ext in exts:
            page = c.page.with_suffix("." + ext.split("-")[0])
            if not page.exists():
                continue
            raw = page.read_bytes()
            if ext == "html-bare":
                raw = bare_html(raw.decode("utf-8", errors="replace")).encode("utf-8")
            p = pipeline.prepare(io.to_decoded(raw, DEFAULT), DEFAULT)
            if p is None:
                continue
            labels = c.line_labels if ext == "txt" else {}
            ln = p.lines
            gold = [labels.get(r.start) == "body" for r in ln.rows] if labels else align.in_gold(ln.texts, c.body)
            out.append(Sample(c.name, group[c.name], ext, ln.keys, p.feats, p.evidence, ln.texts, gold, c.body))
    return out


def _rebuilt(s: Sample, keep: Sequence[bool], ext: str, body: str) -> Optional[Sample]:
    """The page ``s`` with only the lines ``keep`` marks, read again from its text."""
    lines = [t for t, k in zip(s.texts, keep) if k]
    p = pipeline.prepare(io.to_decoded("\n".join(lines).encode("utf-8"), DEFAULT), DEFAULT)
    if p is None:
        return None
    ln = p.lines
    gold = align.in_gold(ln.texts, body) if body else [False] * len(ln.keys)
    return Sample(s.name, s.site, ext, ln.keys, p.feats, p.evidence, ln.texts, gold, body)


def _whole_gold(s: Sample) -> bool:
    """The page's gold rows hold its gold body (the alignment missed no paragraph): only then
    is the page without them a page without its article."""
    rows = "\n".join(t for t, g in zip(s.texts, s.gold) if g)
    return metrics.prf(metrics.t2s(rows), s.body)[1] >= GOLD_ROWS


def frames(data: Sequence[Sample]) -> list[Sample]:
    """Each text page with its gold lines taken out: a page with nothing to keep (ext ``frame``),
    for the confidence's fit (see the module doc)."""
    out = []
    for s in data:
        if s.ext == "txt" and any(s.gold) and not all(s.gold) and _whole_gold(s):
            f = _rebuilt(s, [not g for g in s.gold], "frame", "")
            if f is not None:
                out.append(f)
    return out


def headless(data: Sequence[Sample]) -> list[Sample]:
    """Each text page without the furniture right above its article (its headline, byline, date
    and source lines: up to :data:`HEAD_LINES` lines; ext ``headless``): an article with no
    header above it, as many blogs and reposts give it, for the confidence's fit."""
    out = []
    for s in data:
        if s.ext != "txt" or not any(s.gold) or not _whole_gold(s):
            continue
        first = s.gold.index(True)
        keep = [g or not first - HEAD_LINES <= i < first for i, g in enumerate(s.gold)]
        if all(keep):
            continue
        h = _rebuilt(s, keep, "headless", s.body)
        if h is not None:
            out.append(h)
    return out


def examples(data: Sequence[Sample]) -> list[Sample]:
    """The confidence's examples beside the corpus pages: their frames and headless pages."""
    return frames(data) + headless(data)


def line_f1(p: Params, s: Sample) -> float:
    """Body F1 over the page's characters, read off its gold rows (fast: the search's measure)."""
    d = decide(s.keys, s.feats, s.evidence, p)
    tp = fp = fn = 0
    for dec, g, f in zip(d.decisions, s.gold, s.feats):
        n = f.chars
        if dec.label.kept:
            if g:
                tp += n
            else:
                fp += n
        elif g:
            fn += n
    if not tp:
        return 1.0 if not fp and not fn else 0.0
    return 2 * tp / (2 * tp + fp + fn)


def body_f1(p: Params, s: Sample) -> tuple[float, conf.Signals]:
    """Body F1 as the metrics compute it (bigrams, script-insensitive), and the page's signals."""
    d = decide(s.keys, s.feats, s.evidence, p)
    text = "\n".join(t for t, dec in zip(s.texts, d.decisions) if dec.label.kept)
    if s.ext == "frame":  # nothing to keep: handled when (almost) nothing comes back
        return (1.0 if len(metrics.norm(text)) < FRAME_EMPTY else 0.0), d.signals
    return metrics.prf(metrics.t2s(text), s.body)[2], d.signals


def scores(p: Params, data: Sequence[Sample]) -> list[float]:
    return [line_f1(p, s) for s in data]


def objective(p: Params, data: Sequence[Sample]) -> float:
    return mean(scores(p, data))


def rules_to_fit(data: Sequence[Sample]) -> list[str]:
    """The rules that decide many lines of the corpus (each gets a cost of its own)."""
    count: dict[str, int] = {}
    for s in data:
        for ev, f in zip(s.evidence.lines, s.evidence.form):
            d = deciding(ev, f)
            if d is not None:
                count[d.rule] = count.get(d.rule, 0) + 1
    return sorted(r for r, n in count.items() if n >= _RULE_LINES)


def _knobs(p: Params, rules: Sequence[str]) -> list[tuple[str, str]]:
    """(table, key) of every searched number: scalars, label costs, rule costs."""
    return ([("scalar", k) for k in FITTED] + [("label", k) for k in sorted(p.label_cost)]
            + [("rule", r) for r in rules] + [("score", k) for k in sorted(p.score_weight)])


def _get(p: Params, knob: tuple[str, str]) -> float:
    table, key = knob
    if table == "scalar":
        return float(getattr(p, key))
    if table == "label":
        return p.label_cost[key]
    if table == "score":
        return p.score_weight[key]
    return p.rule_cost[key]


def _set(p: Params, knob: tuple[str, str], v: float) -> Params:
    table, key = knob
    if table == "scalar":
        return p.replace(**{key: v})
    if table == "label":
        return p.replace(label_cost={**p.label_cost, key: v})
    if table == "score":
        return p.replace(score_weight={**p.score_weight, key: v})
    return p.replace(rule_cost={**p.rule_cost, key: v})


def search(data: Sequence[Sample], start: Optional[Params] = None, sweeps: int = 2) -> Params:
    """Coordinate search from ``start`` (default: the declared table)."""
    p = start or Params()
    rules = rules_to_fit(data)
    p = p.replace(rule_cost={r: p.rule_cost.get(r, p.cost(r, _label_of(data, r))) for r in rules})
    now = scores(p, data)
    best = mean(now)
    for _ in range(sweeps):
        moved = False
        for knob in _knobs(p, rules):
            v = _get(p, knob)
            tries = [round(v * step, 4) if v else round((step - 1.0) * 0.5, 4) for step in _STEPS]
            if knob[0] == "score" and v:  # the DOM's say may be worth nothing
                tries.append(0.0)
            for value in tries:
                cand = _set(p, knob, value)
                new = scores(cand, data)
                if mean(new) >= best + _GAIN and all(b >= a - _HARM for a, b in zip(now, new)):
                    p, now, best, moved = cand, new, mean(new), True
                    v = _get(p, knob)
        if not moved:
            break
    return p


def _label_of(data: Sequence[Sample], rule: str) -> str:
    for s in data:
        for ev in s.evidence.lines:
            for e in ev:
                if e.rule == rule:
                    return e.label.value
    return "boilerplate"


def folds(data: Sequence[Sample], k: int) -> list[set[str]]:
    """The sites, dealt into ``k`` groups in a fixed order (largest sites first)."""
    count: dict[str, int] = {}
    for s in data:
        count[s.site] = count.get(s.site, 0) + 1
    out: list[set[str]] = [set() for _ in range(k)]
    sizes = [0] * k
    for site in sorted(count, key=lambda x: (-count[x], x)):
        j = sizes.index(min(sizes))
        out[j].add(site)
        sizes[j] += count[site]
    return out


Row = tuple[str, str, float, conf.Signals]  # (page, ext, body F1, signals)


def _fold(args: tuple[Sequence[Sample], set[str], int, Sequence[Sample]]) -> list[Row]:
    data, held, sweeps, extra = args
    p = search([s for s in data if s.site not in held], sweeps=sweeps)
    return [(s.name, s.ext, *body_f1(p, s)) for s in (*data, *extra) if s.site in held]


def cross_validate(data: Sequence[Sample], k: int = 10, jobs: int = 1, sweeps: int = 2,
                   extra: Sequence[Sample] = ()) -> list[Row]:
    """Leave-site-out: each page decided by a table fitted without its site's pages (and the
    ``extra`` pages, frames, by the table fitted without their site)."""
    tasks = [(data, held, sweeps, extra) for held in folds(data, k)]
    if jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_fold, tasks)
    else:
        parts = [_fold(t) for t in tasks]
    return [r for part in parts for r in part]


def fit_confidence(rows: Sequence[Row], l2: float = 1.0, steps: int = 25) -> dict[str, float]:
    """A logistic model of the signals for an article with F1 ≥ :data:`GOOD` (Newton's method, L2):
    a frame is no article, never a success."""
    X = [[1.0] + r[3].vector() for r in rows]
    y = [1.0 if r[1] != "frame" and r[2] >= GOOD else 0.0 for r in rows]
    d = len(X[0])
    w = [0.0] * d
    for _ in range(steps):
        grad = [l2 * w[j] if j else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, t in zip(X, y):
            z = sum(a * b for a, b in zip(w, x))
            q = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
            for i in range(d):
                grad[i] += (q - t) * x[i]
                for j in range(d):
                    hess[i][j] += q * (1 - q) * x[i] * x[j]
        delta = _solve(hess, grad)
        w = [a - b for a, b in zip(w, delta)]
    return {"bias": round(w[0], 6), **{n: round(v, 6) for n, v in zip(conf.NAMES, w[1:])}}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a small, positive definite system)."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def report(rows: Sequence[Row]) -> str:
    lines = []
    for ext in sorted({r[1] for r in rows}):
        f = [r[2] for r in rows if r[1] == ext]
        if ext == "frame":
            lines.append(f"frames (pages without their article): {len(f)}, furniture returned as text on "
                         f"{sum(x < 0.5 for x in f)}")
            continue
        worst = min((r for r in rows if r[1] == ext), key=lambda r: r[2])
        lines.append(f"{ext}: {len(f)} pages, mean F1si {mean(f):.3f}, below 0.5: {sum(x < 0.5 for x in f)}, "
                     f"worst {worst[0]} {worst[2]:.3f}")
    return "\n".join(lines)


def fit(data: Sequence[Sample], k: int = 5, jobs: int = 1, sweeps: int = 2) -> Params:
    """The table fitted on all of ``data``, with the confidence fitted on ``k``-fold
    leave-site-out decisions."""
    p = search(data, sweeps=sweeps)
    rows = cross_validate(data, k, jobs, sweeps, examples(data))
    return p.replace(confidence=fit_confidence(rows))


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m parkclean.decide.fit", description=__doc__.split("\n")[0])
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="leave-site-out figures with K groups of sites")
    ap.add_argument("--folds", type=int, default=5, help="groups of sites for the confidence's fit (default 5)")
    ap.add_argument("--sweeps", type=int, default=2, help="passes of the coordinate search (default 2)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="folds fitted in parallel")
    ap.add_argument("--pages", action="store_true", help="with --cv: every page's figure")
    ap.add_argument("--check", action="store_true", help="fit again and compare with the shipped table")
    ap.add_argument("--out", default=str(Path(__file__).with_name(PARAMS_FILE)))
    a = ap.parse_args(argv)
    t = time.perf_counter()
    data = samples()
    print(f"{len(data)} pages in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    if a.cv:
        rows = cross_validate(data, a.cv, a.jobs, a.sweeps, examples(data))
        print(report(rows))
        if a.pages:
            for name, ext, f, _ in sorted(rows, key=lambda r: r[2]):
                print(f"  {f:.3f}  {name}.{ext}")
        return 0
    p = fit(data, a.folds, a.jobs, a.sweeps)
    if a.check:
        shipped = Path(a.out).read_text(encoding="utf-8")
        same = shipped == p.to_json()
        print("the shipped table is what the corpus gives" if same else "the shipped table differs from a new fit")
        return 0 if same else 1
    Path(a.out).write_text(p.to_json(), encoding="utf-8")
    print(f"wrote {a.out} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
