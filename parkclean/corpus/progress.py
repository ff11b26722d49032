"""Progress of a run: a tqdm bar (rate, ETA) on a terminal, a log line every so often otherwise.

tqdm is optional (``pip install 'parkclean[corpus]'``); without it a terminal gets the log lines
too. ``every`` seconds between log lines (default 30); ``quiet`` shows nothing.
"""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


def _eta(seconds: float) -> str:
    """
    >>> _eta(3725), _eta(59)
    ('1h02m', '59s')
    """
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    if s >= 60:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s}s"


class Progress:
    """Counts documents as they are done and shows the rate and, when the total is known, the ETA."""

    def __init__(self, total: Optional[int], stream: TextIO = sys.stderr, quiet: bool = False, every: float = 30.0,
                 bar: Optional[bool] = None):
        self.total, self.stream, self.quiet, self.every = total, stream, quiet, every
        self.done = self.failed = 0
        self.start = self._last = time.monotonic()
        self._bar = None
        tty = getattr(stream, "isatty", lambda: False)()
        if not quiet and (bar if bar is not None else tty):
            try:
                from tqdm import tqdm
                self._bar = tqdm(total=total, file=stream, unit="page", smoothing=0.1, dynamic_ncols=True)
            except ImportError:
                pass

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.start, 1e-9)

    def line(self) -> str:
        """The log line: done (of total), rate, ETA, failures."""
        r = self.rate()
        of = f"/{self.total} ({100 * self.done / self.total:.1f}%)" if self.total else ""
        eta = f", ETA {_eta((self.total - self.done) / r)}" if self.total and r > 0 else ""
        return f"parkclean: {self.done}{of} pages, {r:.0f} pages/s{eta}, {self.failed} failed"

    def update(self, n: int = 1, failed: int = 0) -> None:
        self.done += n
        self.failed += failed
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
