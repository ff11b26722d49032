"""The rule registry: every rule has a stable id, a label and a one-line description."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from ..features import Features
from ..model import Label

# A line rule reads one line (its Simplified key and its features) and returns a reason, or None.
LineCheck = Callable[[str, Features], Optional[str]]


@dataclass(frozen=True)
class LineRule:
    """A form-based rule on one line. ``check`` returns the reason when it fires."""

    id: str
    label: Label
    check: LineCheck
    doc: str = ""
    max_chars: int = 10**9
    """The rule never fires on a longer line (lets the fast path skip it)."""
    requires: frozenset[str] = frozenset()
    """What a line must have for the rule to fire, as the rule itself checks it: ``urls``,
    ``phones`` (a count above zero) or ``no_stops`` (no full stop). Lets the fast path skip it."""

    def __call__(self, key: str, features: Features) -> Optional[str]:
        return self.check(key, features)


REGISTRY: dict[str, LineRule] = {}
_ORDER: list[LineRule] = []


def register(rule: LineRule) -> LineRule:
    if rule.id in REGISTRY:
        raise ValueError(f"duplicate rule id {rule.id}")
    REGISTRY[rule.id] = rule
    _ORDER.append(rule)
    return rule


REQUIREMENTS = frozenset({"urls", "phones", "no_stops"})


def line_rule(rule_id: str, label: Label, doc: str = "", max_chars: int = 10**9, requires: tuple[str, ...] = ()
              ) -> Callable[[LineCheck], LineCheck]:
    """Decorator: register a function as a line rule (``max_chars``: the longest line it can fire
    on; ``requires``: see :attr:`LineRule.requires`)."""
    unknown = set(requires) - REQUIREMENTS
    if unknown:
        raise ValueError(f"{rule_id}: unknown requirements {sorted(unknown)}")

    def wrap(fn: LineCheck) -> LineCheck:
        register(LineRule(rule_id, label, fn, doc or (fn.__doc__ or "").strip().splitlines()[0], max_chars,
                          frozenset(requires)))
        return fn
    return wrap


def get(rule_id: str) -> LineRule:
    """The rule registered under ``rule_id`` (KeyError if none)."""
    return REGISTRY[rule_id]


def line_rules() -> tuple[LineRule, ...]:
    """All line rules, in the order they are tried."""
    return tuple(_ORDER)
