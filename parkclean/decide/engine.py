"""The decision: line values from the evidence, the article's run, its extensions, every line's
final label, and the page's confidence and kind.

1. Each line gets a value (``values.py``): the cost of the evidence that says what it is, or its
   worth as prose. Walls are region headings (evidence of kind ``heading``).
2. The article is the best run of values between walls, weighted by where it lies against the
   headline (``runs.py``); when the run is largely short plain lines, they are the article's
   style and the run is found again; on a page without prose, a run of phrases under the byline.
3. The run is extended by the article's own layout (``extend.py``): an opening and a closing in
   short lines, the text resuming after a box inside it, its deck; its headline and bare tags
   are labelled.
4. Every line gets its final label: inside the run, body unless evidence says otherwise; outside,
   the label of its evidence, or of its place (before, under a region heading, after).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ..evidence.base import Evidence
from ..evidence.collect import PageEvidence
from ..evidence.context import title_like
from ..features import Features
from ..model import Decision, Label
from . import extend, runs
from .confidence import Signals, signals
from .params import Params, load
from .values import deciding, lead_in_items, listiness, phrase_values, settle, value


@dataclass(frozen=True)
class Decided:
    """What the decision made of a page: every line's decision and value, the run, the page's
    signals (for the confidence) and the evidence that decided each line (None: its prose)."""

    decisions: tuple[Decision, ...]
    values: tuple[float, ...]
    run: tuple[int, int]
    signals: Signals
    deciding: tuple[Optional[Evidence], ...]


def decide(keys: Sequence[str], feats: Sequence[Features], pe: PageEvidence, params: Optional[Params] = None) -> Decided:
    """Decide every line of a page from its evidence."""
    p = params or load()
    decided = [deciding(ev, f) for ev, f in zip(pe.lines, pe.form)]
    vals = [value(k, f, d, p) for k, f, d in zip(keys, feats, decided)]
    settle(decided, vals)
    listiness(vals, decided, p)
    table = lead_in_items(vals, pe.lines, p)
    walls = [d is not None and d.heading for d in decided]
    anchor = pe.headline
    s, e, total = runs.choose(vals, walls, anchor, p, feats)
    if s >= 0 and runs.adapt(vals, decided, feats, keys, (s, e, total), p, table):
        s, e, total = runs.choose(vals, walls, anchor, p, feats)
    phrases = False
    # a run behind a related or comments heading, or a sidebar's above the headline, counts for little here too
    worth = total * runs.run_weight(s, e, walls, anchor, p) if s >= 0 else total
    if s < 0 or worth < p.weak_run:  # no prose (or a stray sentence): an article written in phrases?
        pv = phrase_values(keys, feats, decided, p)
        ps, pe_, ptotal = runs.choose(pv, walls, anchor, p)
        if ps >= 0 and sum(v > 0 for v in pv[ps:pe_ + 1]) >= p.phrase_lines \
                and extend.under_header(decided, feats, ps) and ptotal > worth:
            s, e, total, vals, phrases = ps, pe_, ptotal, pv, True
    extra = _extensions(decided, feats, keys, vals, s, e, p)
    final = _labels(decided, feats, extra, s, e, total, phrases)
    sig = signals(vals, walls, anchor, (s, e, total), worth, phrases, pe, feats, p)
    return Decided(tuple(final), tuple(vals), (s, e), sig, tuple(decided))


@dataclass
class _Extra:
    head: Optional[int] = None
    tail: Optional[int] = None
    resume: Optional[tuple[int, int]] = None
    labelled: Optional[dict[int, Decision]] = None


def _extensions(decided: list[Optional[Evidence]], feats: Sequence[Features], keys: Sequence[str],
                vals: Sequence[float], s: int, e: int, p: Params) -> _Extra:
    x = _Extra(labelled={})
    if s < 0:
        return x
    assert x.labelled is not None
    h = extend.headline(decided, feats, keys, s)
    if h is not None and h == s - 1:
        h = extend.opening_headline(decided, feats, keys, h, p)
    if h is not None:
        x.labelled[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
        decided[h] = Evidence("title.headline", Label.TITLE, "headline-shaped line just before the article")
    x.head = extend.head(decided, feats, s, p)
    dk = extend.deck(decided, keys, x.head, s, p) if x.head is not None else None
    if x.head is not None and dk is not None:
        for k in range(dk, s):
            x.labelled[k] = Decision(Label.TITLE, "title.deck", "the headline again, or its sub-deck, above the first paragraph")
        x.head = x.head if dk > x.head else None
    x.tail = extend.tail(decided, feats, s, e, p, long_head=x.head is not None and s - x.head >= 3)
    x.resume = extend.resume(decided, feats, x.tail if x.tail is not None else e, p)
    end = x.resume[1] if x.resume else x.tail if x.tail is not None else e
    bare = extend.bare_tags(decided, feats, keys, end, p)
    if bare is not None:
        x.labelled[bare] = Decision(Label.TAGS, "tags.bare_line", "words without punctuation between the article and "
                                                                  "its share, tool or category line: tags without a label")
    return x


def _heading_words(d: Evidence) -> str:
    quoted = d.reason.split("'")
    return quoted[1] if len(quoted) >= 3 else d.rule


def _decision(e: Evidence) -> Decision:
    return Decision(e.label, e.rule, e.reason)


def _labels(decided: Sequence[Optional[Evidence]], feats: Sequence[Features], x: _Extra, s: int, e: int,
            total: float, phrases: bool) -> list[Decision]:
    """The final decision of every line."""
    labelled = x.labelled or {}
    in_run = (Decision(Label.BODY, "body.phrases", f"a run of short phrases right under the header, on a page with no "
                       f"prose (score {total:.1f})") if phrases
              else Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
    head_d = Decision(Label.BODY, "body.head", "short lines opening the article, between its header and its prose")
    tail_d = Decision(Label.BODY, "body.tail", "short lines closing an article laid out in short lines")
    resume_d = Decision(Label.BODY, "body.resume", "the article going on after a related-links box")
    before = {lab: Decision(lab, "position.before", "before the article's run of prose") for lab in (Label.NAV, Label.BOILERPLATE)}
    after = {lab: Decision(lab, "position.after", "after the article's run of prose")
             for lab in (Label.NAV, Label.RELATED, Label.FOOTER)}
    none_d = Decision(Label.BOILERPLATE, "body.none", "no run of prose on the page")
    final: list[Decision] = []
    region: Optional[Evidence] = None
    in_region = Decision(Label.BOILERPLATE, "position.region", "")
    for i, d in enumerate(decided):
        if i in labelled:
            final.append(labelled[i])
            continue
        if d is not None and d.heading and i > e:
            region = d
            in_region = Decision(region.label, "position.region", f"in the region under '{_heading_words(region)}'")
        if d is not None and d.kind == "weak" and region is not None and i > e:
            final.append(Decision(region.label, d.rule, d.reason + f" under '{_heading_words(region)}'"))
            continue
        if s <= i <= e:
            final.append(_decision(d) if d is not None else in_run)
        elif x.head is not None and x.head <= i < s and d is None:
            final.append(head_d)
        elif x.tail is not None and e < i <= x.tail:
            final.append(tail_d)
        elif x.resume is not None and x.resume[0] <= i <= x.resume[1] and d is None:
            final.append(resume_d)
        elif d is not None:
            final.append(_decision(d))
        elif s < 0:
            final.append(none_d)
        elif i < s:
            final.append(before[Label.NAV if feats[i].chars <= 16 else Label.BOILERPLATE])
        elif region is not None:
            final.append(in_region)
        else:
            f = feats[i]
            final.append(after[Label.NAV if f.chars <= 8 and not f.punct else Label.RELATED if title_like(f) else Label.FOOTER])
    return final
