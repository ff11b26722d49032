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
from typing import Iterable, Iterator, Optional, Union

from . import io
from .config import DEFAULT, Config
from .errors import ParkcleanError
from .model import Result
from .pipeline import clean

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".text")
Item = Union[str, os.PathLike, bytes]


@dataclass(frozen=True)
class Outcome:
    """One page of a batch: its name, and a result or an error (kind and message)."""

    name: str
    result: Optional[Result] = None
    error_kind: Optional[str] = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.result is not None


@dataclass
class Stats:
    """Counters that end every run."""

    pages: int = 0
    ok: int = 0
    failed: int = 0
    removed: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    def add(self, o: Outcome) -> None:
        self.pages += 1
        if o.result is None:
            self.failed += 1
            self.errors[o.error_kind or "error"] += 1
            return
        self.ok += 1
        for c in o.result.blocks:
            if not c.kept:
                self.removed[c.final.label.value] += 1
            self.rules[c.final.rule] += 1

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


def clean_one(name: str, config: Config = DEFAULT, data: Optional[bytes] = None) -> Outcome:
    """Clean one page by path (or given bytes), turning every failure into an Outcome."""
    try:
        text = io.to_text(data, config, name=name) if data is not None else io.read_path(name, config)
        return Outcome(name, clean(text, config))
    except ParkcleanError as e:
        return Outcome(name, error_kind=type(e).__name__, error=str(e))
    except Exception as e:  # a bug on one page must not stop a corpus run
        return Outcome(name, error_kind="InternalError", error=f"{type(e).__name__}: {e}")


def _work(args: tuple[str, Config]) -> Outcome:
    return clean_one(args[0], args[1])


def clean_many(paths: Iterable[Union[str, os.PathLike]], config: Optional[Config] = None,
               jobs: int = 1, chunksize: int = 8) -> Iterator[Outcome]:
    """Clean many files in input order, on ``jobs`` processes (0 = all cores).

    Yields one :class:`Outcome` per file; failures are outcomes too, never exceptions.
    """
    cfg = config or DEFAULT
    names = expand(paths)
    n_jobs = os.cpu_count() or 1 if jobs == 0 else max(1, jobs)
    if n_jobs == 1 or len(names) < 2:
        for name in names:
            yield clean_one(name, cfg)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(n_jobs) as pool:
        yield from pool.imap(_work, ((n, cfg) for n in names), chunksize=chunksize)
