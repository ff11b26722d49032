"""A corpus run: documents in, records out, nothing lost.

Every document ends in the output or in the rejects file with a reason (``failed``: it could not
be read or cleaned; ``filtered``: below ``--min-chars`` / ``--min-confidence``; ``duplicate``:
of the id given; ``skipped``: a twin). Workers clean chunks of documents and serialize their
records; the main process writes bytes, checks duplicates and counts. A run ends with a
``summary.json``: counts per outcome, error, removed label and rule, characters in and out, pages/s.
"""
from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

from ..errors import ConfigError
from . import output, sources, template, work
from .dedup import Deduper
from .progress import Progress
from .sources import Document, Fields
from .work import Done, Spec

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Plan:
    """Everything a run needs besides the documents' settings (``spec``)."""

    inputs: tuple[str, ...]
    spec: Spec = Spec()
    output: Optional[str] = None
    """JSONL file (gzip when it ends in ``.gz``); None with no ``out_dir``: standard output."""
    out_dir: Optional[str] = None
    rejects: Optional[str] = None
    summary: Optional[str] = None
    resume: bool = False
    jobs: int = 1
    chunk: int = 32
    fields: Fields = Fields()
    twins: str = "html"
    templates: bool = False
    near_threshold: float = 0.8
    quiet: bool = False
    log_every: float = 30.0
    total: Optional[int] = None
    not_read: tuple[str, ...] = ()
    """Files the folder walk found but did not read (not a page or crawl file by name): in the summary."""


_NOT_READ_SHOWN = 100  # files not read named in the summary, at most


@dataclass
class Summary:
    """The counters of a run (written as ``summary.json``)."""

    outcomes: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    chars_in: int = 0
    chars_out: int = 0
    already_done: int = 0
    repaired_bytes: int = 0
    seconds: float = 0.0
    jobs: int = 1
    templates: dict = field(default_factory=dict)
    not_read: tuple[str, ...] = ()

    def add(self, d: Done, outcome: str) -> None:
        self.outcomes[outcome] += 1
        if outcome != "cleaned":
            self.errors[d.error_kind or outcome] += 1
        self.chars_in += d.chars_in
        if outcome == "cleaned":
            self.chars_out += d.chars_out
            self.labels.update(dict(d.labels))
            self.rules.update(dict(d.rules))

    @property
    def pages(self) -> int:
        return sum(self.outcomes.values())

    def to_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "outcomes": dict(self.outcomes), "errors": dict(self.errors.most_common()),
                "removed_labels": dict(self.labels.most_common()), "removed_rules": dict(self.rules.most_common()),
                "chars_in": self.chars_in, "chars_out": self.chars_out, "already_done": self.already_done,
                "repaired_bytes": self.repaired_bytes, "seconds": round(self.seconds, 3),
                "pages_per_second": round(self.pages / self.seconds, 1) if self.seconds else None,
                "jobs": self.jobs, "templates": self.templates,
                "not_read": {"files": len(self.not_read), "first": list(self.not_read[:_NOT_READ_SHOWN])}}

    def text(self) -> str:
        """The closing lines on stderr."""
        o = self.outcomes
        lines = [f"pages {self.pages}: {o['cleaned']} cleaned, {o['failed']} failed, {o['filtered']} filtered, "
                 f"{o['duplicate']} duplicates, {o['skipped']} skipped"
                 + (f", {self.already_done} already done (--resume)" if self.already_done else "")
                 + (f"; {self.pages / self.seconds:.0f} pages/s" if self.seconds else "")]
        if self.labels:
            lines.append("removed blocks by label: " + ", ".join(f"{k}={v}" for k, v in self.labels.most_common()))
        if self.errors:
            lines.append("errors: " + ", ".join(f"{k}={v}" for k, v in self.errors.most_common()))
        return "\n".join(lines)


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def warm() -> None:
    """Build what every process needs before the pool forks, so workers inherit it instead of
    each paying for it: the compiled matcher (from its disk cache), every lexicon pattern's
    regex, the converters and lexicons a page loads on first sight."""
    from ..evidence.matcher import matcher, patterns
    from ..pipeline import clean
    matcher()
    for p in patterns():
        p.regex
    clean("首页 > 新闻\n園區建設提速，今年新開工項目十二個。\n园区建设提速，今年新开工项目十二个。")
    clean("<html><head><title>园区</title></head><body><p>园区建设提速，今年新开工项目十二个。</p></body></html>")


def ordered(fn: Callable[[T], R], tasks: Iterable[T], jobs: int, initializer: Callable[..., None],
            initargs: tuple) -> Iterator[R]:
    """``fn`` over ``tasks`` on ``jobs`` processes, results in order, at most ``2 * jobs`` tasks in
    flight (a crawl is never read ahead into memory). One job: in this process."""
    if jobs <= 1:
        initializer(*initargs)
        yield from map(fn, tasks)
        return
    warm()
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    gc.collect()
    gc.freeze()  # what the workers inherit stays out of their collector's passes (and shared, not copied) …
    try:
        pool = ctx.Pool(jobs, initializer=quiet_worker, initargs=(initializer, *initargs))
    finally:
        gc.unfreeze()  # … while this process goes on as before
    with pool:
        window: deque = deque()
        try:
            for t in tasks:
                window.append(pool.apply_async(fn, (t,)))
                if len(window) >= 2 * jobs:
                    yield window.popleft().get()
            while window:
                yield window.popleft().get()
        except KeyboardInterrupt:
            pool.terminate()  # (the workers ignore Ctrl-C: this process stops them, and says so once)
            raise


def quiet_worker(initializer: Optional[Callable[..., None]] = None, *initargs: Any) -> None:
    """A pool worker's start: Ctrl-C reaches the whole process group, and only the main process
    answers it (a worker's traceback per process is noise); then the worker's own settings."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


class _Stdout:
    """Records on standard output (no resume)."""

    path, done, repaired = "-", frozenset[str](), 0

    def has(self, doc_id: str, k: int = 1) -> bool:
        return False

    def write(self, doc_id: str, line: bytes) -> None:
        sys.stdout.buffer.write(line)

    def write_packed(self, blob: bytes) -> None:
        sys.stdout.buffer.write(blob)

    def flush(self) -> None:
        sys.stdout.buffer.flush()

    def close(self) -> None:
        self.flush()


def learn_templates(plan: Plan, jobs: int) -> template.SiteTemplates:
    """The first pass: every document's fingerprint, then each site's template."""
    docs = sources.documents(plan.inputs, plan.fields, plan.twins, plan.spec.config.max_input_bytes)
    fps = (fp for chunk in ordered(work.fingerprint_chunk, batched(docs, plan.chunk), jobs, work.init, (plan.spec,))
           for fp in chunk if fp is not None)
    return template.learn(fps, plan.spec.thresholds)


def _reject(d: Done, outcome: str, reason: str, of: Optional[str] = None) -> bytes:
    rec = {"id": d.id, "input": d.input, "outcome": outcome, "error_kind": d.error_kind, "error": reason}
    if of is not None:
        rec["duplicate_of"] = of
    return (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")


class _Writer:
    """Where each outcome goes: records to the sink, everything else to the rejects."""

    def __init__(self, plan: Plan, summary: Summary):
        self.resuming = plan.resume
        self.sink = output.open_sink(plan.output, plan.out_dir, plan.resume) or _Stdout()
        self.rejects = output.JsonlSink(plan.rejects, plan.resume) if plan.rejects else None
        self.dedup = Deduper(plan.spec.dedup, plan.near_threshold, plan.spec.num_perm) if plan.spec.dedup != "off" else None
        self.summary = summary
        summary.repaired_bytes = self.sink.repaired + (self.rejects.repaired if self.rejects else 0)

    def done_before(self, doc: Document, k: int = 1) -> bool:
        """The ``k``-th document of this id is in the output or the rejects (an earlier run's)."""
        return self.sink.has(doc.id, k) or (self.rejects is not None and self.rejects.has(doc.id, k))

    def take(self, d: Done) -> str:
        outcome, reason, of = d.outcome, d.reason, None
        if outcome == "cleaned" and self.dedup is not None:
            dup = self.dedup.check(d.id, d.digest, d.minhash)
            if dup is not None:
                outcome, of = "duplicate", dup[1]
                reason = f"{dup[0]} duplicate of {dup[1]}"
                d = Done(d.id, d.input, "duplicate", error_kind=f"{dup[0]}_duplicate", chars_in=d.chars_in)
        if outcome == "cleaned":
            if d.line:  # (empty: the worker packed it in its chunk's bytes)
                self.sink.write(d.id, d.line)
        else:
            if outcome == "failed":
                print(f"parkclean: {reason}", file=sys.stderr)
            if self.rejects is not None:
                self.rejects.write(d.id, _reject(d, outcome, reason, of))
        self.summary.add(d, outcome)
        return outcome

    def pack(self) -> str:
        """How workers may pack their lines: for a JSONL file every cleaned document is written
        (without dedup), so they join them (gzip: compress them) and the main process appends."""
        if self.dedup is not None or isinstance(self.sink, output.DirSink):
            return "off"
        return "gzip" if getattr(self.sink, "gzip", False) else "plain"

    def flush(self, packed: bytes = b"") -> None:
        if packed:
            self.sink.write_packed(packed)
        self.sink.flush()
        if self.rejects is not None:
            self.rejects.flush()

    def close(self) -> None:
        self.sink.close()
        if self.rejects is not None:
            self.rejects.close()


def run(plan: Plan) -> Summary:
    """Clean every document of ``plan.inputs``; returns the counters (also in ``plan.summary``)."""
    if plan.jobs < 0:
        raise ConfigError(f"jobs must be 0 (all cores) or a positive number, not {plan.jobs!r}")
    jobs = (os.cpu_count() or 1) if plan.jobs == 0 else plan.jobs
    start = time.perf_counter()
    summary = Summary(jobs=jobs, not_read=plan.not_read)
    templates = learn_templates(plan, jobs) if plan.templates else None
    if templates is not None:
        summary.templates = templates.summary()
    writer = _Writer(plan, summary)
    progress = Progress(plan.total, quiet=plan.quiet, every=plan.log_every)
    try:
        docs = sources.documents(plan.inputs, plan.fields, plan.twins, plan.spec.config.max_input_bytes)
        todo = _not_done(docs, writer, summary)
        spec = replace(plan.spec, pack=writer.pack())
        for chunk in ordered(work.clean_chunk, batched(todo, plan.chunk), jobs, work.init, (spec, templates)):
            failed = sum(writer.take(d) == "failed" for d in chunk.done)
            writer.flush(chunk.blob)
            progress.update(len(chunk.done), failed)
    finally:
        writer.close()
        progress.close()
        summary.seconds = time.perf_counter() - start
        if plan.summary:
            text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=1) + "\n"
            output.write_atomic(plan.summary, text.encode("utf-8"))
    return summary


def _not_done(docs: Iterator[Document], writer: _Writer, summary: Summary) -> Iterator[Document]:
    """The documents an earlier run did not write; a document whose id comes again is the k-th of
    that id, done when the output holds k records of it (counted only when resuming)."""
    seen: Counter[str] = Counter()
    resuming = writer.resuming
    for d in docs:
        if resuming:
            seen[d.id] += 1
        if resuming and writer.done_before(d, seen[d.id]):
            summary.already_done += 1
        else:
            yield d
