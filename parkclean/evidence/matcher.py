"""Every lexicon pattern compiled into one multi-pattern matcher: a line is scanned once and
yields all the patterns it matches.

The patterns are the rows of ``lexicons/markers.tsv`` (line-form markers) and
``lexicons/shapes.tsv`` (the shapes that evidence functions ask about: dates, credits,
hashtags …). They stay the only copy of the rules; this module compiles them.

Backends, measured in ``bench/bench_matcher.py`` (the choice is written down in
``docs/architecture.md``):

- **Hyperscan** (default where the wheel exists): all patterns in one database, each line
  scanned once (``HS_FLAG_SINGLEMATCH``: a pattern reports a line once). Patterns Hyperscan
  cannot take exactly (look-arounds) are compiled in its prefilter mode, which may report a
  line that does not match. The compiled database is cached on disk (see :func:`cache_dir`),
  so a new process does not pay the compile.
- **re** (fallback, or ``PARKCLEAN_MATCHER=re``): each pattern's Python regex on each line.
  Slower, same hits; CI checks that both backends agree on every corpus line.

Every hit a backend reports is confirmed with Python's ``re`` (which also gives the matched
text the evidence quotes), so a prefilter's false positive never reaches a rule, and the two
backends give the same hits.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import platform
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from .. import lexicons
from ..model import Label

# Characters a line-start pattern may follow: bullets, brackets and spaces that open a line.
LEAD = "-–—•●○◆◇■□▪▶►·*#【[（(《<「★☆▲△◎ \u3000\t"

_NO_LIMIT = 10**9


@dataclass(frozen=True)
class Pattern:
    """One lexicon row: a stable id, the label it is evidence for (None for a shape), the longest
    line it fires on, where it must match (``start`` of the line after :data:`LEAD` characters, or ``any``
    where), and its regular expression."""

    id: str
    label: Optional[Label]
    max_chars: int
    anchor: str
    source: str
    kind: str = "line"
    """``heading``: the line heads a region (related articles, comments, a notice)."""

    @property
    def limit(self) -> int:
        return self.max_chars or _NO_LIMIT

    @property
    def regex(self) -> "re.Pattern[str]":
        return _python_regex(self.source)

    def confirm(self, line: str) -> Optional[str]:
        """The text the pattern matches in ``line`` (as the rules read it), or None."""
        if self.anchor == "start":
            m = self.regex.match(line.lstrip(LEAD))
        else:
            m = self.regex.search(line)
        return None if m is None else m.group(0)


@lru_cache(maxsize=None)
def _python_regex(source: str) -> "re.Pattern[str]":
    return re.compile(source)


@dataclass(frozen=True)
class Hit:
    """A pattern that matched a line, with the text it matched."""

    pattern: Pattern
    text: str


def _rows(name: str) -> list[Pattern]:
    out = []
    for row in lexicons.table(name):
        rule_id, label, max_chars, anchor, source = row[:5]
        if anchor not in ("start", "any"):
            raise ValueError(f"{name}: {rule_id}: anchor must be start or any, not {anchor!r}")
        kind = row[5] if len(row) > 5 and row[5] else "line"
        out.append(Pattern(rule_id, None if label == "-" else Label(label), int(max_chars), anchor, source, kind))
    return out


LEXICONS = ("markers.tsv", "shapes.tsv")


@lru_cache(maxsize=None)
def regex(pid: str) -> "re.Pattern[str]":
    """The compiled regex of the lexicon pattern ``pid``: a shape a rule reads for itself (its
    matches, not only whether the line has one)."""
    return next(p for p in patterns() if p.id == pid).regex


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """Every pattern of the lexicons, in file order (markers first)."""
    out = [p for name in LEXICONS for p in _rows(name)]
    ids = [p.id for p in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValueError(f"duplicate pattern ids in the lexicons: {sorted(dup)}")
    return tuple(out)


def lexicon_pattern(rule_id: str) -> Pattern:
    """The lexicon row ``rule_id`` (for a reader that needs one row's match: a category label)."""
    return _by_id()[rule_id]


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Pattern]:
    return {p.id: p for p in patterns()}


Scan = Callable[[str], list[int]]


class Matcher:
    """Scans lines for every pattern at once; :meth:`scan` gives each line's confirmed hits."""

    MEMO = 20_000
    """Texts remembered across pages (a site repeats its header and footer on every page); the
    memory is emptied when it holds this many."""

    def __init__(self, pats: Sequence[Pattern], backend: str = "auto") -> None:
        self.patterns = tuple(pats)
        self.backend = backend
        self._memo: dict[str, dict[str, str]] = {}
        self.form_memo: dict[str, Any] = {}
        """The form evidence of texts this matcher scanned (kept by ``form.collect``)."""
        self._candidates: Scan
        for p in self.patterns:  # the confirming regexes too are built once, with the matcher, not on a page
            _python_regex(p.source)
        if backend in ("auto", "hyperscan"):
            try:
                self._candidates = _HyperscanScan(self.patterns)
                self.backend = "hyperscan"
                return
            except ImportError:
                if backend == "hyperscan":
                    raise
        self._candidates = _ReScan(self.patterns)
        self.backend = "re"

    def scan(self, lines: Sequence[str]) -> list[dict[str, str]]:
        """For each line, the patterns it matches (confirmed with Python's re): pattern id → the
        text it matched, in lexicon order. A text that repeats (on the page, or on an earlier page:
        a site's menus) gets the same dict: read it only."""
        out: list[dict[str, str]] = []
        memo = self._memo
        if len(memo) > self.MEMO:
            memo.clear()
        pats = self.patterns
        find = self._candidates
        for line in lines:
            hits = memo.get(line)
            if hits is None:
                hits = memo[line] = {}
                for k in find(line):
                    p = pats[k]
                    text = p.confirm(line)
                    if text is not None:
                        hits[p.id] = text
            out.append(hits)
        return out

    def hits(self, line: str) -> list[Hit]:
        """The patterns one line matches, with the text each matched."""
        by_id = _by_id() if self.patterns is patterns() else {p.id: p for p in self.patterns}
        return [Hit(by_id[k], t) for k, t in self.scan([line])[0].items()]


class _ReScan:
    """The fallback: every pattern's Python regex on the line (the candidates are exact)."""

    def __init__(self, pats: Sequence[Pattern]) -> None:
        self._checks = [(k, p.anchor == "start", p.regex) for k, p in enumerate(pats)]

    def __call__(self, line: str) -> list[int]:
        stripped = line.lstrip(LEAD)
        return [k for k, start, rx in self._checks
                if (rx.match(stripped) if start else rx.search(line)) is not None]


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def hyperscan_expression(p: Pattern) -> str:
    r"""The pattern as Hyperscan reads it: ``\uXXXX`` as ``\x{XXXX}``, a start pattern anchored
    after the lead characters.

    >>> hyperscan_expression(Pattern("x", Label.NAV, 0, "start", "[\\u4e00-\\u9fff]{2}"))
    '^[\\-–—•●○◆◇■□▪▶►·\\*\\#【\\[（\\(《<「★☆▲△◎\\ \u3000\\\t]*(?:[\\x{4e00}-\\x{9fff}]{2})'
    """
    src = _UNICODE_ESCAPE.sub(r"\\x{\1}", p.source)
    if p.anchor == "start":
        return "^[" + re.escape(LEAD) + "]*(?:" + src + ")"
    return src


class _HyperscanScan:
    """All patterns in one Hyperscan database; a line is scanned once."""

    def __init__(self, pats: Sequence[Pattern]) -> None:
        import hyperscan  # ImportError: the caller falls back to re
        self._hs = hyperscan
        self.db = _database(tuple(hyperscan_expression(p) for p in pats))
        self.scratch = hyperscan.Scratch(self.db)
        self._found: list[int] = []
        found = self._found

        def on_match(k: int, start: int, end: int, flags: int, context: object) -> None:
            found.append(k)
        self._on_match = on_match

    def __call__(self, line: str) -> list[int]:
        found = self._found
        found.clear()
        self.db.scan(line.encode("utf-8", "surrogatepass"), match_event_handler=self._on_match, scratch=self.scratch)
        if len(found) > 1:
            found.sort()
        return list(found)


def _flags(hyperscan: object, prefilter: bool) -> int:
    hs = hyperscan
    f = hs.HS_FLAG_UTF8 | hs.HS_FLAG_UCP | hs.HS_FLAG_SINGLEMATCH  # type: ignore[attr-defined]
    return f | hs.HS_FLAG_PREFILTER if prefilter else f  # type: ignore[attr-defined]


def _database(expressions: tuple[str, ...]) -> Any:
    """The compiled database, from the cache when this set of expressions was compiled before."""
    import hyperscan
    key = hashlib.sha256(repr((expressions, getattr(hyperscan, "__version__", ""), platform.machine(),
                               platform.processor())).encode("utf-8")).hexdigest()[:24]
    folder = cache_dir()
    path = folder / f"matcher-{key}.hsdb" if folder is not None else None
    if path is not None:
        try:
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        except Exception:  # no cache file, or one that cannot be read, is stale or torn: compile again
            pass
    flags = [_flags(hyperscan, False)] * len(expressions)
    for k, e in enumerate(expressions):  # the exact mode where Hyperscan takes the pattern, else prefilter
        try:
            probe = hyperscan.Database()
            probe.compile(expressions=[e.encode("utf-8")], ids=[k], elements=1, flags=[flags[k]])
        except hyperscan.error:
            flags[k] = _flags(hyperscan, True)
    db = hyperscan.Database()
    db.compile(expressions=[e.encode("utf-8") for e in expressions], ids=list(range(len(expressions))),
               elements=len(expressions), flags=flags)
    if path is not None:
        _write_cache(path, hyperscan.dumpb(db))
    return db


_CACHE_KEEP = 4  # compiled matchers kept on disk: the newest, for a few installed versions side by side


def _write_cache(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError as e:  # an unwritable cache costs every new process the compile: say so, once a process
        warnings.warn(f"parkclean: the compiled matcher cannot be cached in {path.parent} ({e.strerror}); each new "
                      "process compiles it again, about 10 s (set PARKCLEAN_CACHE to a writable folder)",
                      RuntimeWarning, stacklevel=2)
        return
    _prune(path.parent, _CACHE_KEEP)


def _prune(folder: Path, keep: int) -> None:
    """Remove all but the ``keep`` newest compiled matchers (each lexicon change writes a new one)."""
    try:
        found = sorted(folder.glob("matcher-*.hsdb"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in found[keep:]:
            old.unlink()
    except OSError:
        pass  # another process pruned first, or the folder is read-only: the next write tries again


def cache_dir() -> Optional[Path]:
    """Where compiled matchers are kept: ``$PARKCLEAN_CACHE``, else ``$XDG_CACHE_HOME/parkclean``
    or ``~/.cache/parkclean``. ``PARKCLEAN_CACHE=""`` turns the cache off."""
    env = os.environ.get("PARKCLEAN_CACHE")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "parkclean"


def first_compile() -> bool:
    """This process has no matcher yet and the cache holds none compiled: building it will take
    a while (the command line says so before it starts)."""
    if matcher.cache_info().currsize or (folder := cache_dir()) is None \
            or importlib.util.find_spec("hyperscan") is None:  # (without Hyperscan nothing is compiled)
        return False
    return not any(folder.glob("matcher-*.hsdb"))


@lru_cache(maxsize=None)
def matcher(backend: Optional[str] = None) -> Matcher:
    """The process's matcher over every lexicon pattern, built once (``backend``: ``auto``,
    ``hyperscan`` or ``re``; default from ``$PARKCLEAN_MATCHER``, else ``auto``)."""
    return Matcher(patterns(), backend or os.environ.get("PARKCLEAN_MATCHER", "auto"))
