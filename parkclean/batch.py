"""Corpus mode: many pages, all cores, one JSON line per page, nothing lost.

A page that fails (undecodable, too large, a bug) becomes a reject with its reason; the run goes
on. Every run ends with counts per label removed and per error kind (datatrove's habit).
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from . import io
from .config import DEFAULT, Config
from .errors import ParkcleanError
from .model import Result
from .pipeline import clean_decoded

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".text")
Item = Union[str, os.PathLike, bytes]


@dataclass(frozen=True)
class Outcome:
    """One page of a batch: its name, and a result (or its rendering) or an error.

    With ``render`` given to :func:`clean_many`, workers send back ``output`` (a string) and
    ``removed`` (label counts) instead of the whole result: far less to pickle between processes.
    """

    name: str
    result: Optional[Result] = None
    error_kind: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    removed: Optional[dict] = None
    empty: bool = False

    @property
    def ok(self) -> bool:
        return self.error_kind is None


@dataclass
class Stats:
    """Counters that end every run."""

    pages: int = 0
    ok: int = 0
    failed: int = 0
    removed: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    def add(self, o: Outcome) -> None:
        self.pages += 1
        if not o.ok:
            self.failed += 1
            self.errors[o.error_kind or "error"] += 1
            return
        self.ok += 1
        if o.empty:
            self.errors["no article text (cleaned, empty)"] += 1
        if o.removed is not None:
            self.removed.update(o.removed)
        elif o.result is not None:
            self.removed.update(_removed_counts(o.result))

    def summary(self) -> str:
        lines = [f"pages {self.pages}: {self.ok} cleaned, {self.failed} failed"]
        if self.removed:
            lines.append("removed blocks by label: " + ", ".join(f"{k}={v}" for k, v in self.removed.most_common()))
        if self.errors:
            lines.append("errors: " + ", ".join(f"{k}={v}" for k, v in self.errors.most_common()))
        return "\n".join(lines)


def expand(paths: Iterable[Union[str, os.PathLike]]) -> list[str]:
    """Files as given; directories walked (sorted) for page files."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if str(p) != "-" and path.is_dir():
            out += sorted(str(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in PAGE_SUFFIXES)
        else:
            out.append(str(p))
    return out


def _removed_counts(result: Result) -> dict:
    return dict(Counter(c.final.label.value for c in result.blocks if not c.kept))


Render = Callable[[str, Result], str]


def clean_one(name: str, config: Config = DEFAULT, data: Optional[bytes] = None,
              render: Optional[Render] = None) -> Outcome:
    """Clean one page by path (or given bytes), turning every failure into an Outcome."""
    shown = io.display_name(name) if name != "-" else "stdin"
    try:
        raw = data if data is not None else io.read_bytes(name, config)
        result = clean_decoded(io.to_decoded(raw, config, name=shown), config)
        if render is not None:
            return Outcome(name, output=render(name, result), removed=_removed_counts(result),
                           empty=not result.paragraphs)
        return Outcome(name, result, empty=not result.paragraphs)
    except ParkcleanError as e:
        return Outcome(name, error_kind=type(e).__name__, error=str(e))
    except Exception as e:  # a bug on one page must not stop a corpus run
        return Outcome(name, error_kind="InternalError", error=f"{type(e).__name__}: {e}")


def _work(args: tuple[str, Config, Optional[Render]]) -> Outcome:
    return clean_one(args[0], args[1], render=args[2])


def clean_many(paths: Iterable[Union[str, os.PathLike]], config: Optional[Config] = None,
               jobs: int = 1, chunksize: int = 16, render: Optional[Render] = None) -> Iterator[Outcome]:
    """Clean many files in input order, on ``jobs`` processes (0 = all cores).

    Yields one :class:`Outcome` per file; failures are outcomes too, never exceptions. Pass
    ``render`` (a picklable ``(name, result) -> str``) to have workers render the output.
    """
    cfg = config or DEFAULT
    names = expand(paths)
    n_jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    if n_jobs == 1 or len(names) < 2:
        for name in names:
            yield clean_one(name, cfg, render=render)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(n_jobs) as pool:
        yield from pool.imap(_work, ((n, cfg, render) for n in names), chunksize=chunksize)
