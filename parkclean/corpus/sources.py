"""What a corpus run reads: every input becomes a stream of :class:`Document`.

- a page file (``.txt``, ``.html`` …): one document, read by the worker that cleans it;
- a folder: walked for page files and crawl files (``batch.walk``), a glob: expanded;
- a WARC file (``.warc``, ``.warc.gz``): one document per HTTP response (FastWARC); the HTTP
  ``Content-Type`` feeds decoding and the fetch date is the reference date for relative dates;
- a JSONL file (``.jsonl``, ``.ndjson``, plain, ``.gz`` or ``.zst``): one document per line, the
  page in ``text_field`` (a dump or HTML, sniffed) or ``html_field`` (HTML).

What cannot be read (a broken record, a non-HTML response, a JSONL line that is not JSON) is a
document with an ``error``: it ends in the rejects file with its reason, never disappears.

**Twins.** A page saved twice, ``X.txt`` beside ``X.html`` (or ``.htm``) in one folder, is one
article. ``twins="html"`` (default) cleans the HTML (it has the URL and ``<meta>``) and records
the text file as a twin; ``"text"`` the reverse; ``"both"`` cleans both. The rule applies to
files a folder or a glob brings in: a file named by itself is always cleaned.
"""
from __future__ import annotations

import datetime as dt
import glob
import gzip
import io as _io
import json
import os
import sys
import zlib
from dataclasses import dataclass
from typing import IO, Iterable, Iterator, Optional, Union

from .. import batch
from ..errors import InputError

WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
TWIN_RULES = ("html", "text", "both")


class MissingExtra(InputError):
    """A crawl format needs an optional package that is not installed."""


@dataclass(frozen=True)
class Document:
    """One document of a corpus run. ``data`` is None for a page file (the worker reads
    ``path``); ``error`` is set when the document could not be read (it becomes a reject)."""

    id: str
    input: str
    data: Union[bytes, str, None] = None
    path: Optional[str] = None
    content_type: Optional[str] = None
    url: Optional[str] = None
    fetched: Optional[dt.date] = None
    format: Optional[str] = None
    error_kind: Optional[str] = None
    error: Optional[str] = None
    outcome: str = "failed"
    """What a document with an ``error`` is: ``failed`` (unreadable) or ``skipped`` (a twin)."""


@dataclass(frozen=True)
class Fields:
    """Which JSONL fields hold what."""

    text: str = "text"
    html: Optional[str] = None
    id: str = "id"
    url: str = "url"


def kind_of(name: str) -> str:
    """``warc``, ``jsonl`` or ``page`` by the file name.

    >>> kind_of("CC-MAIN-1.warc.gz"), kind_of("pages.jsonl.zst"), kind_of("a.html")
    ('warc', 'jsonl', 'page')
    """
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "page"


def expand(inputs: Iterable[str], ignored: Optional[list[str]] = None) -> list[Union[str, batch.Unlisted]]:
    """Files, folders (walked) and globs (expanded, sorted; a glob that matches nothing is an
    :class:`batch.Unlisted` with that reason); a folder's other files go to ``ignored`` (see
    :func:`batch.walk`)."""
    out: list[Union[str, os.PathLike, batch.Unlisted]] = []
    for name in inputs:
        if name != "-" and not os.path.exists(name) and glob.has_magic(name):
            found = sorted(glob.glob(name, recursive=True))
            out += found or [batch.Unlisted(name, "no file matches this pattern")]
        else:
            out.append(name)
    return batch.walk(out, crawl=True, ignored=ignored)


def twins(items: list[Union[str, batch.Unlisted]], rule: str = "html") -> dict[str, str]:
    """The page files to skip under ``rule``, each with the twin that is cleaned instead.

    >>> twins(["d/a.txt", "d/a.html", "d/b.txt"])
    {'d/a.txt': 'd/a.html'}
    >>> twins(["d/a.txt", "d/a.html"], "text")
    {'d/a.html': 'd/a.txt'}
    """
    if rule not in TWIN_RULES:
        raise ValueError(f"twins must be one of {TWIN_RULES}, not {rule!r}")
    if rule == "both":
        return {}
    found: dict[str, dict[str, str]] = {"html": {}, "text": {}}   # kind → stem → path
    for x in items:
        if isinstance(x, str) and kind_of(x) == "page":
            stem, ext = os.path.splitext(x)
            ext = batch.page_suffix(x)
            kind = "html" if ext in batch.HTML_SUFFIXES else "text" if ext in batch.TEXT_SUFFIXES else ""
            if kind:
                found[kind].setdefault(stem, x)
    keep, drop = found[rule], found["text" if rule == "html" else "html"]
    return {drop[stem]: keep[stem] for stem in sorted(drop.keys() & keep.keys())}


def documents(inputs: Iterable[str], fields: Fields = Fields(), twin_rule: str = "html",
              max_bytes: int = 20_000_000) -> Iterator[Document]:
    """Every document of the inputs, in order (see the module's docstring); ``max_bytes``: a
    WARC record larger than this is a reject, not read (``Config.max_input_bytes``). Ids are as
    the inputs give them: two records with one id (a crawl that fetched a page twice) are two
    documents of that id, which ``--resume`` counts apart (the output holds one, or both)."""
    inputs = list(inputs)
    items = expand(inputs)
    named = {x for x in inputs if x != "-" and os.path.isfile(x)}
    skip = {x: kept for x, kept in twins(items, twin_rule).items() if x not in named}
    for x in items:
        if isinstance(x, batch.Unlisted):
            shown = batch.io.display_name(x.path)
            yield Document(shown, shown, error_kind="InputError", error=f"{shown}: {x.reason}")
            continue
        shown = batch.io.display_name(x) if x != "-" else "stdin"
        kind = kind_of(x)
        if x in skip:
            yield Document(shown, shown, outcome="skipped", error_kind="Twin",
                           error=f"twin of {batch.io.display_name(skip[x])}, which is cleaned instead (--twins {twin_rule})")
        elif kind == "warc":
            yield from _guarded(shown, warc_documents(x, max_bytes))
        elif kind == "jsonl" and x not in named and _own_output(x):
            yield Document(shown, shown, outcome="skipped", error_kind="OwnOutput",
                           error="parkclean's own output (records with an id and an input, or rejects), not read "
                                 "from a folder: name the file to read it")
        elif kind == "jsonl":
            yield from _guarded(shown, jsonl_documents(x, fields))
        elif x == "-":  # read here: a pool's workers have no stdin
            data = batch.io.read_limited(sys.stdin.buffer, max_bytes + 1)
            if len(data) > max_bytes:
                yield Document(shown, shown, error_kind="InputTooLarge",
                               error=f"stdin: over the limit of {max_bytes} bytes (--max-bytes, Config.max_input_bytes)")
            else:
                yield Document(shown, shown, data=data)
        else:
            yield Document(shown, shown, path=x)


_OWN_KEYS = ("outcome", "confidence", "kind")  # beside id and input: a record or a reject parkclean wrote


def _own_output(path: str) -> bool:
    """The JSONL file is one parkclean wrote (its first record has an id, an input and a field of
    parkclean's records or rejects): a run's output left in the folder it reads."""
    try:
        with open_text_lines(path) as fh:
            first = next((ln for ln in fh if ln.strip()), b"")
        rec = json.loads(first) if first else None
    except (OSError, ValueError, EOFError, zlib.error):
        return False
    return isinstance(rec, dict) and "id" in rec and "input" in rec and any(k in rec for k in _OWN_KEYS)


def _guarded(shown: str, docs: Iterator[Document]) -> Iterator[Document]:
    """A crawl file that fails while read (missing, cut, not the format) ends as one reject."""
    try:
        yield from docs
    except MissingExtra as e:
        yield Document(f"{shown}#reader", shown, error_kind=type(e).__name__, error=f"{shown}: {e}")
    except Exception as e:  # a reader's error ends the file, not the run
        yield Document(f"{shown}#reader", shown, error_kind="InputError",
                       error=f"{shown}: cannot read further ({type(e).__name__}: {e})")


# ---- JSONL ----

def open_text_lines(path: str) -> IO[bytes]:
    """A binary stream of the file's bytes, decompressed by its suffix (.gz, .zst)."""
    low = path.lower()
    if low.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if low.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise MissingExtra("reading .zst needs zstandard: pip install 'parkclean[corpus]'") from None
        raw = open(path, "rb")
        return _io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")


def jsonl_documents(path: str, fields: Fields = Fields()) -> Iterator[Document]:
    """One document per line of a JSONL file; a line that cannot be used is a reject."""
    shown = batch.io.display_name(path)
    with open_text_lines(path) as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{shown}:{n}"
            if n == 1 and b"\x00" in raw:  # a program or a picture named .jsonl: one reject, not one per "line"
                yield Document(shown, shown, error_kind="InputError", error=f"{shown}: looks binary (NUL bytes), not a JSONL file")
                return
            try:
                rec = json.loads(raw)
            except ValueError as e:
                yield Document(where, shown, error_kind="InputError", error=f"{where}: not a JSON line ({e})")
                continue
            if not isinstance(rec, dict):
                yield Document(where, shown, error_kind="InputError", error=f"{where}: a JSON line must be an object")
                continue
            yield _jsonl_document(rec, where, shown, fields)


def _jsonl_document(rec: dict, where: str, shown: str, fields: Fields) -> Document:
    doc_id = rec.get(fields.id)
    doc_id = str(doc_id) if doc_id is not None and doc_id != "" else where
    url = rec.get(fields.url) if isinstance(rec.get(fields.url), str) else None
    name, fmt = (fields.html, "html") if fields.html else (fields.text, None)
    page = rec.get(name)
    if not isinstance(page, str):
        kind = type(page).__name__
        what = "missing" if page is None else f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}, not a string"
        other = "text" if fmt else "html"
        hint = f"; the record has {other!r}: --{other}-field {other}" if isinstance(rec.get(other), str) else ""
        return Document(doc_id, shown, url=url, error_kind="InputError",
                        error=f"{where}: field {name!r} is {what} (--{'html' if fmt else 'text'}-field){hint}")
    return Document(doc_id, shown, data=page, url=url, format=fmt)


# ---- WARC ----

def warc_documents(path: str, max_bytes: int = 20_000_000) -> Iterator[Document]:
    """One document per HTTP response of a WARC file (other record types are not documents).

    A response that is not HTML, not 200, over ``max_bytes``, cut short (a truncated file) or
    marked truncated by the crawler is a reject with that reason; a body sent with
    ``Content-Encoding: gzip`` or ``deflate`` is decompressed (within ``max_bytes``)."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        raise MissingExtra("reading WARC needs FastWARC: pip install 'parkclean[corpus]'") from None
    shown = batch.io.display_name(path)
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            yield _warc_document(rec, shown, max_bytes)


def _warc_document(rec, shown: str, max_bytes: int) -> Document:  # type: ignore[no-untyped-def]
    rid = rec.record_id or ""
    url = rec.headers.get("WARC-Target-URI")
    date = rec.record_date.date() if rec.record_date is not None else None
    doc_id = rid or f"{shown}@{rec.stream_pos}"
    base = dict(id=doc_id, input=shown, url=url, fetched=date)
    at = f"{doc_id} ({url})" if url else doc_id
    http = rec.http_headers
    if http is None:
        return Document(**base, error_kind="TruncatedRecord", error=f"{at}: no HTTP headers: the record is cut "
                                                                    "short or is not an HTTP response")
    if rec.content_length > max_bytes:
        return Document(**base, error_kind="InputTooLarge", error=f"{at}: {rec.content_length} bytes is over "
                                                                  f"the limit of {max_bytes} (--max-bytes, Config.max_input_bytes)")
    body = rec.reader.read()
    if len(body) < rec.content_length:
        return Document(**base, error_kind="TruncatedRecord",
                        error=f"{at}: record cut short ({len(body)} of {rec.content_length} bytes)")
    truncated = rec.headers.get("WARC-Truncated")
    if truncated:
        return Document(**base, error_kind="TruncatedRecord", error=f"{at}: the crawler truncated the "
                                                                    f"response (WARC-Truncated: {truncated})")
    ctype = http.get("Content-Type") or ""
    if http.status_code != 200:
        return Document(**base, error_kind="NotAPage", error=f"{at}: HTTP status {http.status_code}",
                        outcome="skipped")  # (a crawl's redirects and errors are no pages: skipped, not failed)
    mime = ctype.split(";")[0].strip().lower()
    if mime not in ("text/html", "application/xhtml+xml", ""):
        return Document(**base, error_kind="NotHTML", error=f"{at}: not an HTML response (Content-Type: {ctype})",
                        outcome="skipped")  # (a crawl's pictures, styles and scripts: skipped, not failed)
    coding = (http.get("Content-Encoding") or "identity").strip().lower()
    if coding not in ("identity", ""):
        try:
            body = _inflate(body, coding, max_bytes)
        except ValueError as e:
            return Document(**base, error_kind="DecodeError", error=f"{at}: Content-Encoding {coding}: {e}")
    return Document(**base, data=body, content_type=ctype or None, format="html")


def _inflate(body: bytes, coding: str, max_bytes: int) -> bytes:
    """A body sent compressed (gzip, deflate), decompressed within ``max_bytes``."""
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise ValueError("not supported (gzip and deflate are)")
    for wbits in ((31,) if "gzip" in coding else (15, -15)):  # deflate: zlib-wrapped, or raw as some servers send
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(out) > max_bytes:
            raise ValueError(f"over the limit of {max_bytes} bytes once decompressed")
        return out
    raise ValueError("the body does not decompress")
