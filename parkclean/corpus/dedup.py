"""Duplicates across a corpus: exact (the same body, white space aside) and near (MinHash LSH,
with datasketch). Off by default. The first document seen is kept; each later duplicate goes to
the rejects file with the id it duplicates.

Near duplicates: the body's character 5-grams (white space dropped), a MinHash of ``num_perm``
permutations, and an LSH index at Jaccard ``threshold`` (default 0.8); a candidate the index
returns counts only when the estimated Jaccard similarity reaches the threshold too.
"""
from __future__ import annotations

from typing import Optional

from .sources import MissingExtra

SHINGLE = 5


def _datasketch():  # type: ignore[no-untyped-def]
    try:
        import datasketch
    except ImportError:
        raise MissingExtra("near-duplicate detection needs datasketch: pip install 'parkclean[corpus]'") from None
    return datasketch


def minhash(text: str, num_perm: int = 128) -> bytes:
    """The body's MinHash signature, as bytes (cheap to send between processes)."""
    ds = _datasketch()
    s = "".join(text.split())
    m = ds.MinHash(num_perm=num_perm)
    grams = {s[i:i + SHINGLE].encode("utf-8", "surrogatepass") for i in range(max(len(s) - SHINGLE + 1, 1))}
    m.update_batch(list(grams))
    return m.hashvalues.tobytes()


class Deduper:
    """Remembers the bodies seen; :meth:`check` says which earlier document one duplicates."""

    def __init__(self, mode: str = "exact", threshold: float = 0.8, num_perm: int = 128):
        if mode not in ("exact", "near"):
            raise ValueError(f"dedup must be exact or near, not {mode!r}")
        self.mode, self.threshold, self.num_perm = mode, threshold, num_perm
        self.exact: dict[bytes, str] = {}
        self.lsh = None
        if mode == "near":
            ds = _datasketch()
            self.lsh = ds.MinHashLSH(threshold=threshold, num_perm=num_perm)
            self._sigs: dict[str, object] = {}
            blank = ds.MinHash(num_perm=num_perm)  # the workers' scheme and value type (same datasketch)
            self._scheme, self._dtype = blank.scheme, blank.hashvalues.dtype

    def check(self, doc_id: str, digest: bytes, sig: Optional[bytes] = None) -> Optional[tuple[str, str]]:
        """``(kind, id)`` of the document this one duplicates, or None (it is then remembered)."""
        first = self.exact.get(digest)
        if first is not None:
            return "exact", first
        if self.lsh is not None and sig is not None:
            import numpy as np
            ds = _datasketch()
            m = ds.MinHash(num_perm=self.num_perm, hashvalues=np.frombuffer(sig, dtype=self._dtype), scheme=self._scheme)
            for other in self.lsh.query(m):
                if m.jaccard(self._sigs[other]) >= self.threshold:
                    return "near", other
            if doc_id not in self._sigs:  # an id given twice is indexed once
                self.lsh.insert(doc_id, m)
                self._sigs[doc_id] = m
        self.exact[digest] = doc_id
        return None
