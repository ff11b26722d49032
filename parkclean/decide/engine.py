"""The decision: line values from the evidence, the article's run, its extensions, every line's
final label, and the page's confidence and kind.

1. Each line gets a value (``values.py``): the cost of the evidence that says what it is, or its
   worth as prose. Walls are region headings (evidence of kind ``heading``).
2. The article is the best run of values between walls, weighted by where it lies against the
   headline (``runs.py``); when the run is largely short plain lines, they are the article's
   style and the run is found again; on a page without prose, a run of phrases under the byline.
3. The run is extended by the article's own layout (``extend/``): an opening and a closing in
   short lines, the text resuming after a box inside it, its deck; its headline and bare tags
   are labelled.
4. Every line gets its final label: inside the run, body unless evidence says otherwise; outside,
   the label of its evidence, or of its place (before, under a region heading, after).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..evidence.base import Evidence
from ..evidence.collect import PageEvidence
from ..evidence.context import title_like
from ..features import Features, is_prose
from ..model import Decision, Label
from . import extend, runs
from .confidence import Signals, signals
from .params import Params, load
from .values import deciding, lead_in_items, listiness, phrase_values, score, settle, value


@dataclass(frozen=True)
class Decided:
    """What the decision made of a page: every line's decision and value, the run, the page's
    signals (for the confidence) and the evidence that decided each line (None: its prose)."""

    decisions: tuple[Decision, ...]
    values: tuple[float, ...]
    run: tuple[int, int]
    signals: Signals
    deciding: tuple[Optional[Evidence], ...]
    contributions: tuple[tuple[tuple[str, float], ...], ...]
    """Per line, what each piece of evidence added to its value (0.0: seen, not counted)."""


def decide(keys: Sequence[str], feats: Sequence[Features], pe: PageEvidence, params: Optional[Params] = None) -> Decided:
    """Decide every line of a page from its evidence."""
    p = params or load()
    decided, vals, walls, hints, contrib = _read(keys, feats, pe, p)
    listiness(vals, decided, p)
    table = lead_in_items(vals, pe.lines, feats, keys, p)
    anchor = pe.headline
    s, e, total = runs.choose(vals, walls, anchor, p, feats)
    if s >= 0 and runs.adapt(vals, decided, feats, keys, (s, e, total), p, table):
        s, e, total = runs.choose(vals, walls, anchor, p, feats)
    phrases = False
    # a run behind a related or comments heading, or a sidebar's above the headline, counts for little here too
    worth = total * runs.run_weight(s, e, walls, anchor, p) if s >= 0 else total
    if s >= 0 and (_listed(decided, walls, feats, s, e) or _error_notice(decided, s, e, p)):
        s, e, total, worth = -1, -1, 0.0, 0.0  # the links under a 友情链接 heading, an error page's reasons: no article
    if s < 0 or worth < p.weak_run:  # no prose (or a stray sentence): an article written in phrases?
        pv = phrase_values(keys, feats, decided, p)
        ps, pe_, ptotal = runs.choose(pv, walls, anchor, p)
        if ps >= 0 and sum(v > 0 for v in pv[ps:pe_ + 1]) >= p.phrase_lines \
                and extend.under_header(decided, feats, ps) and ptotal > worth:
            s, e, total, vals, phrases = ps, pe_, ptotal, pv, True
    boxes: list[range] = []
    if s >= 0 and not phrases:  # (the text above an ad slot or a related box over the run chosen)
        s, boxes = extend.text_above_box(decided, feats, keys, s, anchor, p, pe.lines)
    extra = _extensions(decided, feats, keys, vals, s, e, p, pe.lines)
    assert extra.labelled is not None  # (_extensions always gives a dict)
    for i in (i for b in boxes for i in b if decided[i] is None):
        h = hints[i]  # (a box's link: where the HTML put it, else a related box's)
        extra.labelled[i] = Decision(h.label, h.rule, h.reason) if h is not None else \
            Decision(Label.RELATED, "position.box", "a box between the article's paragraphs")
    final = _labels(decided, hints, feats, extra, s, e, total, phrases)
    for i, ev in enumerate(pe.lines):  # a line that is all one link, kept: removed (evidence of kind ``drop``)
        if final[i].label.kept and (drop := next((x for x in ev if x.kind == "drop"), None)) is not None:
            final[i] = _decision(drop)
    sig = signals(vals, walls, anchor, (s, e, total), worth, phrases, decided, feats, p)
    return Decided(tuple(final), tuple(vals), (s, e), sig, tuple(decided), contrib)


def _listed(decided: Sequence[Optional[Evidence]], walls: Sequence[bool], feats: Sequence[Features],
            s: int, e: int) -> bool:
    """The run is the list under a related or comments heading (the heading right above it) and
    holds no sentence: a list of links or names, not an article."""
    heading = decided[s - 1] if s >= 1 and walls[s - 1] else None
    return (heading is not None and heading.label in (Label.RELATED, Label.COMMENTS)
            and not any(is_prose(f) for f in feats[s:e + 1]))


def _error_notice(decided: Sequence[Optional[Evidence]], s: int, e: int, p: Params) -> bool:
    """The run is a few lines right under a line that says the page holds no article (evidence of
    kind ``voids``: 抱歉，您访问的页面不存在 / 您要查看的网址可能已被删除… / 1. 请检查输入的网址是否正确):
    the reasons the page gives, no article."""
    above = [j for j in range(max(0, s - 2), s) if decided[j] is not None and decided[j].kind == "voids"]  # type: ignore[union-attr]
    return bool(above) and e - s + 1 <= p.error_lines


def _read(keys: Sequence[str], feats: Sequence[Features], pe: PageEvidence, p: Params
          ) -> tuple[list[Optional[Evidence]], list[float], list[bool], list[Optional[Evidence]],
                     tuple[tuple[tuple[str, float], ...], ...]]:
    """Each line's deciding evidence, value, wall, label hint (a removed line's score evidence)
    and contributions. A line the HTML puts in the content's code is the content's, whatever its
    form says (evidence of kind ``keep``): nothing decides it."""
    decided: list[Optional[Evidence]] = []
    vals: list[float] = []
    walls: list[bool] = []
    hints: list[Optional[Evidence]] = []
    contrib: list[tuple[tuple[str, float], ...]] = []
    for k, f, ev, form in zip(keys, feats, pe.lines, pe.form):
        if not ev:  # most lines: nothing seen, worth their prose
            b = value(k, f, None, p)
            decided.append(None)
            vals.append(b)
            walls.append(False)
            hints.append(None)
            contrib.append((("prose", b),))
            continue
        d = None if any(x.kind == "keep" for x in ev) else deciding(ev, form)
        b = value(k, f, d, p)
        d = settle(d, b)
        decided.append(d)
        vals.append(b + score(ev, b, p))
        walls.append((d is not None and d.heading) or any(x.kind == "end" for x in ev))
        hints.append(next((x for x in ev if x.kind == "score" and x.label is not Label.BODY), None))
        contrib.append(_contributions(d, b, ev, p))
    return decided, vals, walls, hints, tuple(contrib)


def _contributions(d: Optional[Evidence], base: float, ev: Sequence[Evidence], p: Params
                   ) -> tuple[tuple[str, float], ...]:
    """What the evidence of a line added to its value: the deciding evidence its cost (or the
    line's worth as prose, ``prose``), score evidence its weight, the rest nothing."""
    out = [(d.rule, base) if d is not None else ("prose", base)]
    for e in ev:
        if e is d:
            continue
        out.append((e.rule, p.score_weight.get(e.rule, 0.0) * max(1.0, abs(base)) if e.kind in ("score", "keep")
                    else 0.0))
    return tuple(out)


@dataclass
class _Extra:
    head: Optional[int] = None
    tail: Optional[int] = None
    credit: Optional[int] = None
    resumes: list[tuple[int, int]] = field(default_factory=list)
    lead: Optional[tuple[int, int]] = None
    sections: Optional[int] = None
    below: Optional[int] = None
    labelled: Optional[dict[int, Decision]] = None


def _extensions(decided: list[Optional[Evidence]], feats: Sequence[Features], keys: Sequence[str],
                vals: Sequence[float], s: int, e: int, p: Params, lines: Sequence[Sequence[Evidence]] = ()) -> _Extra:
    x = _Extra(labelled={})
    if s < 0:
        return x
    assert x.labelled is not None
    contents = extend.lead_above_contents(decided, feats, s, p)
    h = extend.headline(decided, feats, keys, s)
    if contents is not None and (sec := extend.section_heading_above(decided, feats, s, p)) is not None \
            and (h is None or h == sec):  # (under an entry's contents, the first section's heading: 历史沿革)
        x.labelled[sec] = Decision(Label.BODY, "body.lead", "a section's heading between the entry's contents and its text")
        h = None
    if h is not None and h == s - 1:
        h = extend.opening_headline(decided, feats, keys, h, p)
    if h is not None:
        x.labelled[h] = Decision(Label.TITLE, "title.headline", "headline-shaped line just before the article")
        decided[h] = Evidence("title.headline", Label.TITLE, "headline-shaped line just before the article")
    x.head = extend.head(decided, feats, keys, s, p, vals)
    x.sections = extend.sections_above(decided, feats, keys, s, p)
    dk = extend.deck(decided, keys, x.head, s, p) if x.head is not None else None
    if x.head is not None and dk is not None:
        for k in range(dk, s):
            x.labelled[k] = Decision(Label.TITLE, "title.deck", "the headline again, or its sub-deck, above the first paragraph")
        x.head = x.head if dk > x.head else None
    x.tail = extend.tail(decided, feats, s, e, p, long_head=x.head is not None and s - x.head >= 3)
    if x.tail is None and extend.closing_piece(decided, feats, e, p):
        x.tail = e + 1  # (…交易量达到 / 65%。: the last paragraph's last piece)
    if x.tail is None and lines:
        x.credit = extend.to_credit(decided, feats, vals, lines, e, p)
    x.below = extend.sections_below(decided, feats, keys, x.head if x.head is not None else s, e, p) \
        if x.tail is None and x.credit is None else None  # (numbered from the run's sections, or its opening's: 一、会议时间 over it)
    if x.tail is None and x.credit is None and x.below is None and (toc := extend.contents_below(decided, feats, keys, s, e, p)) is not None:
        for k in range(e + 1, toc + 1):
            x.labelled[k] = Decision(Label.BODY, "body.contents", "a contents page's entries under its contents heading")
    at = x.tail if x.tail is not None else x.credit if x.credit is not None else x.below if x.below is not None else e
    while len(x.resumes) < p.boxes and (r := extend.resume(decided, feats, keys, at, p, lines)) is not None:
        x.resumes.append(r)  # (the text may go on after several boxes: a feed's recommendations twice)
        at = r[1]
    # a Q&A page: the question, then the answer the asker accepted (or the run is that answer)
    answer = extend.accepted_answer(decided, feats, keys, at, p) if not x.resumes else None
    answer = answer or extend.accepted_answer(decided, feats, keys, s - p.answer_above - 1, p)
    if answer is not None:
        label, first, last = answer
        for k in range(label + 1, first):
            x.labelled[k] = Decision(Label.META, "meta.answerer", "the answerer's name, rank and time under the "
                                                                  "accepted answer's label")
        if last > at:
            x.resumes.append((first, last))
    x.lead = contents or extend.verse_above(decided, feats, keys, s, p)
    end = x.resumes[-1][1] if x.resumes else at
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


def _labels(decided: Sequence[Optional[Evidence]], hints: Sequence[Optional[Evidence]], feats: Sequence[Features],
            x: _Extra, s: int, e: int, total: float, phrases: bool) -> list[Decision]:
    """The final decision of every line. Inside the run a line with evidence of furniture stays
    removed (code and table cells of the content have none: their form does not decide). A removed
    line without deciding evidence takes the label of its ``score`` evidence (``hints``), when it
    has some: where the HTML put it (a kept line with evidence of kind ``drop``, all one link, is
    removed with its label by :func:`decide` afterwards)."""
    labelled = x.labelled or {}
    in_run = (Decision(Label.BODY, "body.phrases", f"a run of short phrases right under the header, on a page with no "
                       f"prose (score {total:.1f})") if phrases
              else Decision(Label.BODY, "body.run", f"inside the article's run of prose (score {total:.0f})"))
    head_d = Decision(Label.BODY, "body.head", "short lines opening the article, between its header and its prose")
    tail_d = Decision(Label.BODY, "body.tail", "short lines closing an article laid out in short lines")
    credit_d = Decision(Label.BODY, "body.to_credit", "the text's last paragraphs, between its run and its closing credit")
    resume_d = Decision(Label.BODY, "body.resume", "the article going on after a box inside it (related links, an attached picture)")
    sections_d = Decision(Label.BODY, "body.sections", "a notice's numbered sections above its prose, from 一、 on")
    below_d = Decision(Label.BODY, "body.sections", "a notice's numbered section after its prose (五、联系方式 and its fields)")
    lead_d = Decision(Label.BODY, "body.lead", "the text's opening above a box it holds (an entry's summary above "
                      "its contents, a poem above its buttons)")
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
        elif x.sections is not None and x.sections <= i < s and (d is None or d.label in extend.FIELD_LABELS):
            final.append(sections_d)
        elif x.tail is not None and e < i <= x.tail:
            final.append(tail_d)
        elif x.credit is not None and e < i <= x.credit:
            final.append(credit_d)
        elif x.below is not None and e < i <= x.below:
            final.append(below_d)
        elif d is None and any(a <= i <= b for a, b in x.resumes):
            final.append(resume_d)
        elif x.lead is not None and x.lead[0] <= i <= x.lead[1] and d is None:
            final.append(lead_d)
        elif d is not None:
            final.append(_decision(d))
        elif hints[i] is not None:
            final.append(_decision(hints[i]))  # type: ignore[arg-type]
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
