"""Corpus mode: many pages, all cores, one JSON line per page, nothing lost.

A page that fails (undecodable, too large, a bug) becomes a reject with its reason; the run goes
on. Every run ends with counts per label removed and per error kind (datatrove's habit).
"""
from __future__ import annotations

import errno
import multiprocessing as mp
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from . import io
from .config import DEFAULT, Config
from .errors import ConfigError, InputError, ParkcleanError, named
from .model import Result
from .pipeline import clean_decoded

TEXT_SUFFIXES = (".txt", ".text")
# a page saved by a browser or a mirroring crawler (wget keeps a server page's name: news.php, a.asp?id=3)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".jspx")
PAGE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES  # (a folder's other files, pictures, styles, are not pages)


def page_suffix(name: str) -> str:
    """A file name's suffix, lowercased, without the query a mirror kept in the name (a.php?id=3 → .php)."""
    return os.path.splitext(name.lower().split("?", 1)[0])[1]
CRAWL_SUFFIXES = (".warc", ".warc.gz", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
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
    warnings: tuple[str, ...] = ()

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


@dataclass(frozen=True)
class Unlisted:
    """A place under a walked directory that could not be read (an unreadable folder, a broken
    link): it becomes a failed outcome, so nothing under it is skipped silently."""

    path: str
    reason: str


def walk(paths: Iterable[Union[str, os.PathLike, Unlisted]], crawl: bool = False,
         ignored: Optional[list[str]] = None) -> list[Union[str, Unlisted]]:
    """Files as given; directories walked (sorted) for page files (and with ``crawl``, WARC and
    JSONL files), following linked folders once each; what cannot be read is listed as :class:`Unlisted`.
    A folder's other files (pictures, PDFs; not hidden ones) are appended to ``ignored`` when given,
    so that a caller can say what was not read."""
    out: list[Union[str, Unlisted]] = []
    for p in paths:
        if isinstance(p, Unlisted):
            out.append(p)
        elif str(p) != "-" and os.path.isdir(p):
            out += _walk_dir(os.fspath(p), crawl, ignored)
        else:
            out.append(os.fspath(p))
    return out


def _walk_dir(root: str, crawl: bool = False, ignored: Optional[list[str]] = None) -> list[Union[str, Unlisted]]:
    """Page files below ``root``, each folder once: real folders first, then linked ones whose
    target was not walked yet (a link back up the tree is not followed round)."""
    found: list[Union[str, Unlisted]] = []
    seen: set[tuple[int, int]] = set()
    todo: list[str] = [root]
    links: list[str] = []
    while todo or links:
        top = todo.pop() if todo else links.pop(0)
        try:
            st = os.stat(top)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(top), key=lambda e: e.name)
        except OSError as e:
            found.append(Unlisted(top, f"cannot list directory ({e.strerror or e})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, .ipynb_checkpoints, macOS's ._a.txt) are no pages
            if _is_dir(entry):
                (links if entry.is_symlink() else todo).append(entry.path)
            elif _wanted(entry.name, crawl):
                if not os.path.exists(entry.path):
                    found.append(Unlisted(entry.path, _dangling(entry.path)))
                elif not _is_file(entry):  # (reading a pipe in a folder would wait for a writer forever)
                    found.append(Unlisted(entry.path, "not a regular file (a pipe, a socket or a device): not read"))
                else:
                    found.append(entry.path)
            elif ignored is not None:
                ignored.append(entry.path)
    return sorted(found, key=lambda x: x.path if isinstance(x, Unlisted) else x)


def _dangling(path: str) -> str:
    """Why a link leads to no file: a loop of links (a.txt → b.txt → a.txt), or a target that is gone."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a loop of symbolic links"
    return "broken link"


def _wanted(name: str, crawl: bool) -> bool:
    low = name.lower()
    return page_suffix(name) in PAGE_SUFFIXES or (crawl and low.endswith(CRAWL_SUFFIXES))


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def expand(paths: Iterable[Union[str, os.PathLike]]) -> list[str]:
    """Files as given; directories walked (sorted) for page files (see :func:`walk`, which also
    lists what could not be read)."""
    return [x for x in walk(paths) if isinstance(x, str)]


def ignored_note(ignored: list[str], crawl: bool = False) -> Optional[str]:
    """One line naming the files a folder walk did not read (at most three named), or None.

    >>> print(ignored_note(["d/a.pdf", "d/b.jpg"]))
    2 file(s) in the given folders not read, not a page by name (.txt, .html, …): d/a.pdf, d/b.jpg
    """
    if not ignored:
        return None
    kinds = "a page or crawl file" if crawl else "a page"
    shown = ", ".join(io.display_name(x) for x in ignored[:3]) + (", …" if len(ignored) > 3 else "")
    return f"{len(ignored)} file(s) in the given folders not read, not {kinds} by name (.txt, .html, …): {shown}"


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
                           empty=not result.paragraphs, warnings=result.warnings)
        return Outcome(name, result, empty=not result.paragraphs, warnings=result.warnings)
    except ParkcleanError as e:  # the message names the page (a limit met after parsing did not)
        msg = str(e)
        return Outcome(name, error_kind=type(e).__name__, error=named(msg, shown))
    except Exception as e:  # a bug on one page must not stop a corpus run
        return Outcome(name, error_kind="InternalError", error=f"{shown}: internal error ({type(e).__name__}: {e})")


def _work(args: tuple[Union[str, Unlisted], Config, Optional[Render]]) -> Outcome:
    item = args[0]
    if isinstance(item, Unlisted):
        return Outcome(item.path, error_kind="InputError", error=f"{io.display_name(item.path)}: {item.reason}")
    return clean_one(item, args[1], render=args[2])


def clean_many(paths: Iterable[Union[str, os.PathLike, Unlisted]], config: Optional[Config] = None,
               jobs: int = 1, chunksize: int = 16, render: Optional[Render] = None) -> Iterator[Outcome]:
    """Clean many files in input order, on ``jobs`` processes (0 = all cores).

    Yields one :class:`Outcome` per file (and per folder that could not be read); failures are
    outcomes too, never exceptions. Pass ``render`` (a picklable ``(name, result) -> str``) to
    have workers render the output. ``jobs`` below 0 is a :class:`ConfigError`.
    """
    if not isinstance(jobs, int) or jobs < 0:
        raise ConfigError(f"jobs must be 0 (all cores) or a positive number, not {jobs!r}")
    if isinstance(paths, (str, bytes, os.PathLike)):  # one path is not a list of its characters
        raise InputError(f"clean_many takes a list of paths, not one path ({paths!r}): clean_many([path])")
    if not isinstance(paths, Iterable):
        raise InputError(f"clean_many takes a list of paths, not {type(paths).__name__}")
    paths = list(paths)
    for p in paths:
        if not isinstance(p, (str, bytes, os.PathLike, Unlisted)):
            raise InputError(f"clean_many takes paths, not {type(p).__name__} ({p!r})")
    cfg = config or DEFAULT
    items = walk(paths)
    n_jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    if n_jobs == 1 or len(items) < 2:
        for item in items:
            yield _work((item, cfg, render))
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    from .corpus.run import quiet_worker
    with ctx.Pool(n_jobs, initializer=quiet_worker) as pool:
        yield from pool.imap(_work, ((n, cfg, render) for n in items), chunksize=chunksize)
