"""What a worker does with a chunk of documents: read, clean within the time limit, filter, and
serialize the record itself (the main process only writes bytes).

The settings (:class:`Spec`) and the site templates reach each worker once, when its process
starts (:func:`init`); a chunk is a list of documents and comes back as a list of :class:`Done`.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import signal
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Iterator, Optional, Sequence

from .. import io
from ..config import DEFAULT, Config
from ..decode import Decoded
from ..errors import DocumentTimeout, ParkcleanError, named
from ..pipeline import clean_decoded, read_lines
from ..render import escape_controls
from . import records
from .sources import Document
from .template import Fingerprint, SiteTemplates, Thresholds, fingerprint


@dataclass(frozen=True)
class Spec:
    """A run's settings, as workers need them."""

    config: Config = DEFAULT
    flat: bool = False
    filters: records.Filters = records.Filters()
    timeout: float = 0.0
    """Seconds one document may take (0: no limit)."""
    dedup: str = "off"
    """``off``, ``exact`` (hash of the normalized body) or ``near`` (also MinHash)."""
    num_perm: int = 128
    thresholds: Thresholds = Thresholds()
    pack: str = "off"
    """``plain`` or ``gzip``: workers join (and compress) each chunk's lines for a JSONL output
    (set by the run when every cleaned document is written: no dedup); ``off``: line by line."""


@dataclass(frozen=True)
class Done:
    """A document's outcome, small enough to send back cheaply: ``line`` is its record, already
    serialized (JSON and a newline, UTF-8); ``outcome`` is ``cleaned``, ``filtered``, ``failed``
    or ``skipped``."""

    id: str
    input: str
    outcome: str
    line: bytes = b""
    error_kind: str = ""
    reason: str = ""
    chars_in: int = 0
    chars_out: int = 0
    labels: tuple[tuple[str, int], ...] = ()
    rules: tuple[tuple[str, int], ...] = ()
    digest: bytes = b""
    minhash: Optional[bytes] = None


_SPEC = Spec()
_TEMPLATES = SiteTemplates()
_CONFIGS: dict[tuple, Config] = {}


def init(spec: Spec, templates: Optional[SiteTemplates] = None) -> None:
    """Set a process's settings (a pool's initializer; also called in the main process)."""
    global _SPEC, _TEMPLATES
    _SPEC, _TEMPLATES = spec, templates or SiteTemplates()
    _CONFIGS.clear()


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (SIGALRM: in a process's main
    thread only; elsewhere, and where the platform has no timer, no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"{what}: took more than {seconds:g} s (--timeout)")
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def config_for(doc: Document, cfg: Config) -> Config:
    """The run's config with what belongs to this document: its format, its fetch date."""
    fmt = doc.format if doc.format and cfg.input_format == "auto" else None
    ref = doc.fetched if doc.fetched and cfg.reference_date is None else None
    if fmt is None and ref is None:
        return cfg
    key = (id(cfg), fmt, ref)
    got = _CONFIGS.get(key)
    if got is None:
        got = _CONFIGS[key] = cfg.replace(**{k: v for k, v in (("input_format", fmt), ("reference_date", ref)) if v})
    return got


def decoded(doc: Document, cfg: Config) -> Decoded:
    """The document's text and how it was read."""
    data = doc.data if doc.data is not None else io.read_bytes(doc.path or doc.id, cfg)
    return io.to_decoded(data, cfg, name=doc.id, content_type=doc.content_type)


def _dumps(d: dict) -> bytes:
    return (escape_controls(json.dumps(d, ensure_ascii=False)) + "\n").encode("utf-8", "surrogatepass")


def body_digest(text: str) -> bytes:
    """The exact-duplicate key: the body without white space, hashed."""
    return hashlib.blake2b("".join(text.split()).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def clean_record(doc: Document, spec: Spec, templates: SiteTemplates = SiteTemplates()) -> tuple[Done, Optional[dict]]:
    """One document to its outcome and, when cleaned, its record (not yet serialized); never raises."""
    if doc.error is not None:
        return Done(doc.id, doc.input, doc.outcome, error_kind=doc.error_kind or "InputError", reason=doc.error), None
    try:
        cfg = config_for(doc, spec.config)
        with time_limit(spec.timeout, doc.id):
            dec = decoded(doc, cfg)
            result = clean_decoded(dec, cfg, templates.for_document(doc.id))
    except ParkcleanError as e:  # (the message names the page, as every reject's does)
        return Done(doc.id, doc.input, "failed", error_kind=type(e).__name__, reason=named(str(e), doc.id, doc.input)), None
    except Exception as e:  # a bug on one page must not stop a corpus run
        return Done(doc.id, doc.input, "failed", error_kind="InternalError",
                    reason=f"{doc.id}: internal error ({type(e).__name__}: {e})"), None
    removed = [c.final for c in result.blocks if not c.kept]
    labels = tuple(Counter(d.label.value for d in removed).items())
    rules = tuple(Counter(d.rule for d in removed).items())
    text = result.text
    base = dict(chars_in=len(dec.text), chars_out=len(text), labels=labels, rules=rules)
    why = spec.filters.reason(result)
    if why is not None:
        return Done(doc.id, doc.input, "filtered", error_kind="Filtered", reason=why, **base), None  # type: ignore[arg-type]
    digest = body_digest(text) if spec.dedup != "off" else b""
    mh = None
    if spec.dedup == "near":
        from .dedup import minhash
        mh = minhash(text, spec.num_perm)
    rec = (records.flat if spec.flat else records.full)(doc.id, doc.input, result, doc.url)
    return Done(doc.id, doc.input, "cleaned", digest=digest, minhash=mh, **base), rec  # type: ignore[arg-type]


def clean_document(doc: Document, spec: Spec, templates: SiteTemplates = SiteTemplates()) -> Done:
    """One document to its outcome, its record serialized in ``line``; never raises."""
    done, rec = clean_record(doc, spec, templates)
    if rec is None:
        return done
    try:
        return replace(done, line=_dumps(rec))
    except Exception as e:  # (a record json cannot write would be a bug: still one document's)
        return Done(doc.id, doc.input, "failed", error_kind="InternalError", reason=f"{doc.id}: cannot serialize ({e})")


@dataclass(frozen=True)
class Chunk:
    """A chunk's outcomes; with ``Spec.pack``, ``blob`` holds its cleaned documents' lines joined
    (``gzip``: as one gzip member) and each ``Done.line`` is empty: the worker did the writing's
    work, the main process appends the bytes as they are."""

    done: tuple[Done, ...]
    blob: bytes = b""


def clean_chunk(docs: Sequence[Document]) -> Chunk:
    """A chunk of documents with this process's settings."""
    done = [clean_document(d, _SPEC, _TEMPLATES) for d in docs]
    if _SPEC.pack == "off":
        return Chunk(tuple(done))
    blob = b"".join(d.line for d in done if d.outcome == "cleaned")
    if _SPEC.pack == "gzip" and blob:
        blob = gzip.compress(blob, compresslevel=6, mtime=0)
    return Chunk(tuple(replace(d, line=b"") if d.line else d for d in done), blob)


def fingerprint_chunk(docs: Sequence[Document]) -> list[Optional[Fingerprint]]:
    """The first pass of template learning on a chunk (None for a document that cannot be read)."""
    out: list[Optional[Fingerprint]] = []
    for doc in docs:
        if doc.error is not None:
            out.append(None)
            continue
        try:
            cfg = config_for(doc, _SPEC.config)
            with time_limit(_SPEC.timeout, doc.id):
                ln = read_lines(decoded(doc, cfg), cfg)
        except Exception:  # the second pass meets the same error and records it
            out.append(None)
            continue
        keys = ln.keys if ln is not None else []
        url = doc.url or (ln.html_meta.get("url") if ln is not None else None)
        out.append(fingerprint(doc.id, keys, url, _SPEC.thresholds))
    return out
