"""Where records go: a JSONL file (plain or gzip) or one file per document, written so that a
kill never leaves a corrupt file behind, and read back by ``--resume``.

- **JSONL**: whole lines only, each batch in one ``write``; with gzip (``-o out.jsonl.gz``)
  each batch is one complete gzip member (a gzip file may hold many: every reader takes them
  as one stream). A kill can at worst tear the last line or member: ``--resume`` cuts the file
  back to its last whole line (or member), reads the ids it holds and appends the rest.
- **one file per document** (``--out-dir``): each file is written beside its place and renamed
  into it (atomic), so a file is either whole or absent. Its name is the id, made safe.
- ``summary.json`` and other small files: written whole and renamed (:func:`write_atomic`).
"""
from __future__ import annotations

import gzip
from collections import Counter
import hashlib
import json
import os
import re
import zlib
from typing import Optional

_UNSAFE = re.compile(r"[^0-9A-Za-z._~\-\u4e00-\u9fff]+")


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file renamed over it)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def safe_name(doc_id: str) -> str:
    """A file name for a document id: its safe characters, and a hash when anything was changed
    or cut (two ids never share a name).

    >>> safe_name("a_1.html"), safe_name("<urn:uuid:12ab>")[:13]
    ('a_1.html', 'urn_uuid_12ab')
    """
    clean = _UNSAFE.sub("_", doc_id).strip("._")[:80]
    if clean == doc_id and clean:
        return clean
    return f"{clean}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


def _repair_plain(path: str) -> int:
    """Cut a JSONL file back to its last whole line; returns the bytes cut."""
    size = os.path.getsize(path)
    with open(path, "rb+") as fh:
        end = size
        while end > 0:
            step = min(65536, end)
            fh.seek(end - step)
            chunk = fh.read(step)
            k = chunk.rfind(b"\n")
            if k >= 0:
                end = end - step + k + 1
                break
            end -= step
        fh.truncate(end)
    return size - end


def _repair_gzip(path: str) -> int:
    """Cut a multi-member gzip file back to the end of its last complete member."""
    size = os.path.getsize(path)
    good = 0
    with open(path, "rb") as fh:
        data = fh.read()
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=31)
        try:
            d.decompress(data[pos:])
        except zlib.error:
            break
        if not d.eof:
            break
        pos = len(data) - len(d.unused_data)
        good = pos
    if good < size:
        with open(path, "rb+") as fh:
            fh.truncate(good)
    return size - good


def read_ids(path: str) -> Counter[str]:
    """The ids of the records in a JSONL file (plain or gzip), each with how many records carry it
    (a crawl that fetched a page twice gives two of one id); a line that is not a record is skipped."""
    ids: Counter[str] = Counter()
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        for line in fh:
            try:
                ids[json.loads(line)["id"]] += 1
            except (ValueError, KeyError, TypeError):
                continue
    return ids


class JsonlSink:
    """A JSONL output (gzip when the name ends in ``.gz``), appended batch by batch."""

    def __init__(self, path: str, resume: bool = False):
        self.path = path
        self.gzip = path.endswith(".gz")
        self.done: Counter[str] = Counter()
        self.repaired = 0
        if resume and os.path.exists(path):
            self.repaired = (_repair_gzip if self.gzip else _repair_plain)(path)
            self.done = read_ids(path)
            self._fh = open(path, "ab")
        else:
            self._fh = open(path, "wb")
        self._buf: list[bytes] = []

    def has(self, doc_id: str, k: int = 1) -> bool:
        """The output holds the ``k``-th record of this id."""
        return self.done[doc_id] >= k

    def write(self, doc_id: str, line: bytes) -> None:
        self._buf.append(line)

    def write_packed(self, blob: bytes) -> None:
        """Lines a worker joined (and for a gzip file compressed into one member): appended as they are."""
        self.flush()
        if blob:
            self._fh.write(blob)
            self._fh.flush()

    def flush(self) -> None:
        if not self._buf:
            return
        blob = b"".join(self._buf)
        self._buf.clear()
        self._fh.write(gzip.compress(blob, compresslevel=6, mtime=0) if self.gzip else blob)
        self._fh.flush()

    def close(self) -> None:
        self.flush()
        self._fh.close()


class DirSink:
    """One JSON file per document under a folder, each written atomically; a document whose id
    an earlier one of the run had is written beside it (``ID~2.json``), not over it."""

    def __init__(self, folder: str, resume: bool = False):
        self.path = folder
        os.makedirs(folder, exist_ok=True)
        self.repaired = 0
        names = os.listdir(folder)
        for n in names:  # a temporary file left by a kill is not an output
            if n.endswith(".tmp"):
                os.unlink(os.path.join(folder, n))
        self.done = {n[:-5] for n in names if n.endswith(".json") and not n.startswith("_")} if resume else set()
        self.written: set[str] = set(self.done)  # names taken: a second document of the same id is written as NAME~2

    def has(self, doc_id: str, k: int = 1) -> bool:
        """The folder holds the ``k``-th document of this id (NAME.json, then NAME~2.json …)."""
        stem = safe_name(doc_id)
        return (stem if k == 1 else f"{stem}~{k}") in self.done

    def write(self, doc_id: str, line: bytes) -> None:
        stem = safe_name(doc_id)
        k = 1
        while stem + ("" if k == 1 else f"~{k}") in self.written:  # an id given twice: no record overwrites another
            k += 1
        stem += "" if k == 1 else f"~{k}"
        self.written.add(stem)
        name = os.path.join(self.path, stem + ".json")
        tmp = name + ".tmp"
        with open(tmp, "wb") as fh:
            fh.write(line)
        os.replace(tmp, name)

    def write_packed(self, blob: bytes) -> None:
        raise ValueError("one file per document: lines are written one by one (Spec.pack off)")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def open_sink(path: Optional[str], folder: Optional[str], resume: bool):  # type: ignore[no-untyped-def]
    """The sink for ``-o FILE`` or ``--out-dir DIR`` (None for neither)."""
    if folder:
        return DirSink(folder, resume)
    if path:
        return JsonlSink(path, resume)
    return None
