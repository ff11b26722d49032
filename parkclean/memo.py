"""Memory of pure functions of a line's text.

A site repeats its header, footer and byline lines on every page, and a corpus holds many pages
of one site: a reader that depends on nothing but the text of a line need not read the same text
twice. :func:`per_text` remembers the last results (a bounded LRU cache); a list result is kept
as a tuple and handed out as a new list, so no caller can change what is remembered.
"""
from __future__ import annotations

from functools import lru_cache, wraps
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

SIZE = 1 << 12  # texts remembered per function: a site's repeated lines over its recent pages, a bounded memory


def per_text(fn: F) -> F:
    """Remember ``fn``'s results by its (hashable) arguments."""
    @lru_cache(maxsize=SIZE)
    def frozen(*args: Any) -> tuple[bool, Any]:
        r = fn(*args)
        return (True, tuple(r)) if isinstance(r, list) else (False, r)

    @wraps(fn)
    def read(*args: Any) -> Any:
        is_list, r = frozen(*args)
        return list(r) if is_list else r

    read.cache_clear = frozen.cache_clear  # type: ignore[attr-defined]
    return read  # type: ignore[return-value]
