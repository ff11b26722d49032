"""No input makes parkclean hang: every regex of the package and of its lexicons meets adversarial
strings (runs of each character it can match, long repeats of its literals, and its own shape
pumped: every unbounded repeat taken many times, then a character that makes the match fail),
and whole pages of hostile shapes up to 1 MB are cleaned within a time bound.

A regex that is super-linear shows it on strings of a few thousand characters: its time grows
more than four times when the string grows four times, or passes a bound no linear scan reaches.
Patterns applied only to short lines (a marker's length limit) are tried at that length.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import random
import re
import time
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest

import parkclean
from parkclean import lexicons

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

PKG = Path(parkclean.__file__).parent
SIZE = 2500          # characters of an adversarial string (a long line)
BOUND = 0.025        # seconds one search may take on it: a linear scan takes well under 1 ms
GROWTH = 10.0        # from SIZE/4 to SIZE: linear time grows ~4x, quadratic ~16x
# patterns that only ever read a bounded stretch of text, and how far (where the bound is enforced)
BOUNDED = {
    "parkclean.metadata.people._BEFORE_REPORTED": 300,     # people.from_meta_line reads META_LINE_CHARS
    "parkclean.metadata.people._AUTHOR_FIELD": 300,
    "parkclean.metadata.people._SLASH": 300,
    "parkclean.metadata.people._BY": 300,
}
_RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


# ---- the patterns ----------------------------------------------------------------------------

def _module_patterns() -> Iterator[tuple[str, "re.Pattern[str]", Optional[int]]]:
    """Compiled patterns held by the package's modules (also in tuples, lists and dicts)."""
    for info in pkgutil.walk_packages([str(PKG)], "parkclean."):
        if info.name.endswith("__main__"):
            continue
        try:
            mod = importlib.import_module(info.name)
        except ImportError:  # pragma: no cover - an optional peer's module
            continue
        for name, value in vars(mod).items():
            for k, rx in enumerate(_flatten(value)):
                yield f"{info.name}.{name}" + (f"[{k}]" if k else ""), rx, None


def _flatten(value: object, depth: int = 0) -> Iterator["re.Pattern[str]"]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for v in value:
            yield from _flatten(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v, depth + 1)


def _lexicon_patterns() -> Iterator[tuple[str, "re.Pattern[str]", Optional[int]]]:
    """Patterns that live in data files: markers.tsv and shapes.tsv (every pattern the matcher
    compiles, tried at the line length each is limited to) and adlaw.tsv."""
    from parkclean.evidence.matcher import LEXICONS, patterns
    names = dict(zip([p.id for p in patterns()], [f for f in LEXICONS for _ in lexicons.table(f)]))
    for p in patterns():
        yield f"{names[p.id]}:{p.id}", re.compile(p.source), p.max_chars or None
    for row in lexicons.table("adlaw.tsv"):
        yield f"adlaw.tsv:{row[0]}", re.compile(row[1]), None


def _inline_patterns() -> Iterator[tuple[str, "re.Pattern[str]", Optional[int]]]:
    """Patterns written inline in calls (``re.split(r"…", s)``), read off the source."""
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RE_CALLS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                yield f"{path.relative_to(PKG)}:{node.lineno}", re.compile(node.args[0].value), None


def all_patterns() -> list[tuple[str, "re.Pattern[str]", Optional[int]]]:
    seen: set[tuple[str, int]] = set()
    out = []
    for name, rx, limit in (*_module_patterns(), *_lexicon_patterns(), *_inline_patterns()):
        if (rx.pattern, rx.flags) not in seen:
            seen.add((rx.pattern, rx.flags))
            out.append((name, rx, limit))
    return out


PATTERNS = all_patterns()


# ---- adversarial strings ---------------------------------------------------------------------

_PROBES = "a1 \t园，。：:/-_|.（）【】·\u3000"


def _atoms(items: list, acc: dict) -> None:
    """Collect the pattern's literal characters, literal runs and character classes."""
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            acc["chars"].add(chr(av))
            run.append(chr(av))
            continue
        if len(run) > 1:
            acc["literals"].add("".join(run))
        run = []
        if op is _c.IN:
            acc["classes"].append(av)
        elif op is _c.SUBPATTERN:
            _atoms(list(av[-1]), acc)
        elif op is _c.BRANCH:
            for alt in av[1]:
                _atoms(list(alt), acc)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            _atoms(list(av[2]), acc)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _atoms(list(av[1]), acc)
    if len(run) > 1:
        acc["literals"].add("".join(run))


def _class_members(klass: list, chars: set[str]) -> list[str]:
    """Characters a class matches: its ends, and the pattern's own literals that fall inside it
    (where two parts of a pattern can read the same character, backtracking multiplies)."""
    rx = re.compile(_class_source(klass))
    picks = [c for c in sorted(chars) if rx.fullmatch(c)][:4] + [c for c in _PROBES if rx.fullmatch(c)][:3]
    for op, av in klass:
        if op is _c.RANGE:
            picks += [chr(av[0]), chr(av[1])]
        elif op is _c.LITERAL:
            picks.append(chr(av))
    return list(dict.fromkeys(picks))[:8]


def _class_source(klass: list) -> str:
    parts = []
    negate = False
    for op, av in klass:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY:
            parts.append({_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
                          _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}.get(av, ""))
    return "[" + ("^" if negate else "") + "".join(parts) + "]" if parts else "[^\\s\\S]"


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _loops(items: list, out: list) -> list:
    """The bodies of the pattern's unbounded repeats, outermost first."""
    for op, av in items:
        if op in _REPEATS:
            if av[1] is _c.MAXREPEAT or av[1] > 1000:
                out.append(av[2])
            _loops(list(av[2]), out)
        elif op is _c.SUBPATTERN:
            _loops(list(av[-1]), out)
        elif op is _c.BRANCH:
            for alt in av[1]:
                _loops(list(alt), out)
    return out


def _sample(items: list, target: object, rnd: random.Random, chars: set[str], out: list[str], budget: int) -> None:
    """A string of the pattern's shape: the ``target`` repeat taken until the budget is spent,
    the others a few times; classes read as the pattern's own literals where they can be."""
    for op, av in items:
        if len(out) > budget:
            return
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.IN:
            members = _class_members(av, chars)
            if members:
                out.append(rnd.choice(members))
        elif op is _c.ANY:
            out.append(rnd.choice(_PROBES))
        elif op is _c.SUBPATTERN:
            _sample(list(av[-1]), target, rnd, chars, out, budget)
        elif op is _c.BRANCH:
            _sample(list(rnd.choice(av[1])), target, rnd, chars, out, budget)
        elif op in _REPEATS:
            lo, hi, sub = av
            times = budget if sub is target else rnd.randint(lo, min(hi, lo + 2))
            for _ in range(times):
                before = len(out)
                _sample(list(sub), target, rnd, chars, out, budget)
                if len(out) > budget or len(out) == before:
                    break


def adversaries(rx: "re.Pattern[str]") -> list[Callable[[int], str]]:
    """Makers of hostile strings of about ``n`` characters for one pattern."""
    parsed = _p.parse(rx.pattern, rx.flags)
    acc: dict = {"chars": set(), "literals": set(), "classes": []}
    _atoms(list(parsed), acc)
    singles = set(acc["chars"])
    for klass in acc["classes"]:
        singles.update(_class_members(klass, acc["chars"]))
    makers: list[Callable[[int], str]] = []
    for c in sorted(singles)[:16]:
        makers.append(lambda n, c=c: c * n)
        makers.append(lambda n, c=c: c * n + "\x00")
    for lit in sorted(acc["literals"], key=len, reverse=True)[:8]:
        makers.append(lambda n, lit=lit: (lit * (n // len(lit) + 1))[:n])
        makers.append(lambda n, lit=lit: (lit + " ") * (n // (len(lit) + 1)))
    for k, loop in enumerate(_loops(list(parsed), [])[:6]):  # each loop pumped in turn
        for seed in range(2):
            rnd = random.Random(seed)
            out: list[str] = []
            _sample(list(parsed), loop, rnd, acc["chars"], out, SIZE)
            shape = "".join(out)
            if shape:
                end = "\x00" if (seed + k) % 2 else "！"
                makers.append(lambda n, shape=shape, end=end: shape[:n] + end)
    return makers


def _timed(rx: "re.Pattern[str]", s: str, tries: int = 1) -> float:
    best = float("inf")
    for _ in range(tries):
        t = time.perf_counter()
        rx.search(s)
        best = min(best, time.perf_counter() - t)
    return best


def _sizes(size: int) -> Iterator[int]:
    """8, 10, 12 … 32, then half more each time up to ``size``: small steps where an
    exponential regex would jump from a millisecond to minutes."""
    n = 8
    while n < size:
        yield n
        n = n + 2 if n < 32 else int(n * 1.5)
    yield size


def slow_input(rx: "re.Pattern[str]", size: int) -> Optional[tuple[str, float]]:
    """An adversarial string on which a search takes too long or grows faster than linearly
    (its first 60 characters and the time), or None."""
    for make in adversaries(rx):
        for n in _sizes(size):
            t = _timed(rx, make(n))
            if t > BOUND and _timed(rx, make(n), 3) > BOUND:  # (once more, best of three: not a pause)
                return make(min(n, 60)), t
        if t > 0.002:  # slow enough to measure growth: best of three runs, against a quarter of the size
            t, small = _timed(rx, make(size), 3), _timed(rx, make(size // 4), 3)
            if t / small > GROWTH:  # confirmed on best of seven (a busy machine's pauses are not growth)
                t, small = _timed(rx, make(size), 7), _timed(rx, make(size // 4), 7)
                if t / small > GROWTH:
                    return make(60), t
    return None


@pytest.mark.parametrize("name,rx,limit", PATTERNS, ids=[p[0] for p in PATTERNS])
def test_every_regex_takes_linear_time_on_adversarial_strings(name, rx, limit):
    slow = slow_input(rx, limit or BOUNDED.get(name) or SIZE)
    assert slow is None, f"{name}: {slow[1]:.3f} s on {slow[0]!r}…"


def test_the_bounded_patterns_are_read_within_their_bounds():
    from parkclean.metadata import people
    from parkclean.evidence import base
    assert people.META_LINE_CHARS == 300
    assert base.LINE_RULES["meta.reporter_line"].max_chars == 40
    assert set(BOUNDED) <= {p[0] for p in PATTERNS}


def test_the_audit_sees_the_patterns_it_should():
    names = {p[0] for p in PATTERNS}
    assert len(PATTERNS) >= 150
    assert "parkclean.metadata.people._ROLE_GROUP" in names and "markers.tsv:marker.filing" in names
    from parkclean.metadata import posters  # the poster forms of lexicons/byline.tsv, compiled
    assert len(posters.POSTER) == sum(1 for row in lexicons.table("byline.tsv") if row[0] == "poster") >= 4
    assert {rx.pattern for rx in posters.POSTER} <= {rx.pattern for _, rx, _ in PATTERNS}
    assert any(n.startswith("metadata/people.py:") for n in names)  # an inline re.split(r"…")


@pytest.mark.parametrize("pattern", [r"(?:a|a)*b", r"\d+x", r"(\w+\s?)*$"])
def test_the_audit_catches_what_it_is_for(pattern):
    assert slow_input(re.compile(pattern), SIZE), "a super-linear regex passed the audit"
