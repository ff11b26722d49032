"""What evidence is, and the registry of the functions that produce it.

A piece of evidence says that a line looks like something (a label), which rule saw it and why.
Evidence never decides: the decision step (``parkclean/decide``) weighs all of a line's evidence,
and its neighbours', with fitted weights. Rules never overwrite or read each other's evidence:
a page rule reads the lines' *form labels* (what the form rules alone say a line is), never a
rule id.

Two kinds of rule, each registered under a stable id and callable alone:

- a **line rule** reads one line (its Simplified key, its features, the patterns it matched);
- a **page rule** reads the whole page (keys, features, form labels, and for a few the headline)
  and returns evidence for some lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Optional, Sequence

from ..features import Features, is_prose
from ..model import Label

if TYPE_CHECKING:
    from ..htmldom import DomLine


@dataclass(frozen=True)
class Evidence:
    """A rule saw something on a line: the label it points to, and why."""

    rule: str
    label: Label
    reason: str
    kind: str = "line"
    """``line``: about the line alone; ``heading``: the line heads a region (the lines under it
    are that region's until the page shows otherwise); ``weak``: the line alone, but a region
    heading above it claims it (a date line under a comments heading is a comment's); ``claim``:
    a page rule that read the line's place says what it is, over its form (a headline repeating
    the page title); ``score``: a signal that adds its fitted weight to the line's value without
    saying what the line is (where it stands in the HTML); ``keep``: a score that also keeps the
    line inside the article over its form (code in the content); ``drop``: a score that also removes
    the line wherever the decision would keep it (a line that is all one link); ``end``: the article ends at this line
    (a closing credit after its last paragraph), which the decision reads as a wall; ``opens``: the
    line heads the page's content (a table of contents' heading), a header for a page without
    prose as a byline is; ``demotes``: the line's heading form heads nothing here (a comments
    word among tool buttons), and this evidence decides the line instead; ``voids``: the line says
    the page holds no article (an error page's message), and a few lines right under it are its
    reasons."""

    @property
    def heading(self) -> bool:
        return self.kind == "heading"


Hits = Mapping[str, str]
"""The patterns a line matched: pattern id → the text it matched."""

LineCheck = Callable[[str, Features, Hits], Optional[str]]


@dataclass(frozen=True)
class LineRule:
    """Evidence from one line alone: ``check`` returns the reason when the rule fires."""

    id: str
    label: Label
    check: LineCheck
    doc: str = ""
    max_chars: int = 10**9
    """The rule never fires on a longer line."""
    kind: str = "line"
    needs: tuple[str, ...] = ()
    """Shapes of which the line must have one for the rule to fire (it reads them): the rule is
    not tried on a line without."""

    def __call__(self, key: str, features: Features, hits: Optional[Hits] = None) -> Optional[str]:
        """The reason the rule fires on this line, or None (``hits`` default: the matcher's)."""
        if hits is None:
            from .matcher import matcher
            hits = matcher().scan([key])[0]
        return self.check(key, features, hits)


@dataclass
class Page:
    """What page rules read: one entry per line. ``form`` is each line's form label (the
    first line rule that fired, in lexicon order, then the rules with logic), the view of the
    page before any context is read; ``headline`` is the line the title rules agreed on."""

    keys: Sequence[str]
    feats: Sequence[Features]
    hits: Sequence[Hits]
    form: Sequence[Optional[Evidence]]
    headline: Optional[int] = None
    titles: dict[int, Evidence] = field(default_factory=dict)
    dom: Optional[Sequence["DomLine"]] = None
    """What an HTML page's DOM says of each line (None for a text dump)."""
    template: Optional[Any] = None
    """The site's template (``evidence/template.py``), when the caller learned one."""
    labels: list[Optional[Label]] = field(default_factory=list)
    """Each line's form label (None: no form rule fired), read once for every rule."""

    def __post_init__(self) -> None:
        if not self.labels:
            self.labels = [d.label if d is not None else None for d in self.form]

    def __len__(self) -> int:
        return len(self.keys)

    def label(self, i: int) -> Optional[Label]:
        """The form label of line ``i`` (None: no form rule fired)."""
        return self.labels[i]

    def paragraph(self, i: int) -> bool:
        """Line ``i`` is a paragraph: prose (:func:`~parkclean.features.is_prose`) that no form
        rule labelled; False off the page's ends."""
        return 0 <= i < len(self.keys) and self.form[i] is None and is_prose(self.feats[i])

    @cached_property
    def first_prose(self) -> int:
        """The first line of prose (``len(self)`` when there is none): read once, for the rules
        that ask whether a line stands above every paragraph."""
        return next((i for i, f in enumerate(self.feats) if is_prose(f)), len(self.keys))


Found = Iterable[tuple[int, Evidence]]
PageFn = Callable[[Page], Found]


@dataclass(frozen=True)
class PageRule:
    """Evidence from the whole page. ``stage`` 1 rules read the form labels; stage 2 rules
    also read the headline, chosen between the stages from the title evidence."""

    id: str
    fn: PageFn
    emits: tuple[str, ...]
    doc: str = ""
    stage: int = 1

    def __call__(self, page: Page) -> list[tuple[int, Evidence]]:
        return list(self.fn(page))


LINE_RULES: dict[str, LineRule] = {}
PAGE_RULES: dict[str, PageRule] = {}
EMITTED: dict[str, str] = {}
"""Every evidence id a page rule gives → the page rule that gives it."""


def register_line(rule: LineRule) -> LineRule:
    if rule.id in LINE_RULES or rule.id in EMITTED:
        raise ValueError(f"duplicate rule id {rule.id}")
    LINE_RULES[rule.id] = rule
    return rule


def line_rule(rule_id: str, label: Label, max_chars: int = 10**9, kind: str = "line", needs: tuple[str, ...] = ()
              ) -> Callable[[LineCheck], LineCheck]:
    """Decorator: register a function ``(key, features, hits) -> reason | None`` as a line rule
    (``needs``: shapes of which a line must have one, see :attr:`LineRule.needs`)."""
    def wrap(fn: LineCheck) -> LineCheck:
        register_line(LineRule(rule_id, label, fn, (fn.__doc__ or "").strip().splitlines()[0], max_chars, kind,
                               needs))
        return fn
    return wrap


def page_rule(rule_id: str, emits: Sequence[str] = (), stage: int = 1) -> Callable[[PageFn], PageFn]:
    """Decorator: register a function ``(page) -> [(line, Evidence), …]`` as a page rule that
    gives the evidence ids ``emits`` (default: its own id)."""
    def wrap(fn: PageFn) -> PageFn:
        ids = tuple(emits) or (rule_id,)
        for i in ids:
            if i in EMITTED or i in LINE_RULES:
                raise ValueError(f"duplicate rule id {i}")
            EMITTED[i] = rule_id
        PAGE_RULES[rule_id] = PageRule(rule_id, fn, ids, (fn.__doc__ or "").strip().splitlines()[0], stage)
        return fn
    return wrap


def ids() -> list[str]:
    """Every evidence id a rule can give."""
    return list(LINE_RULES) + list(EMITTED)
