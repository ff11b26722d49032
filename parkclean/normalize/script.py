"""Script detection and Traditional↔Simplified conversion behind one small interface.

The converter is OpenCC. Both the official binding (package ``opencc``, C++) and the pure-Python
``opencc-python-reimplemented`` install a module named ``opencc`` with the same
``OpenCC(config).convert(text)`` API; we use whichever is installed. The project depends on the
official binding: it is OpenCC itself and measured ~40× faster (see ``bench/bench_script.py``).
Detection is one regex over the page, so Simplified pages pay almost nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .. import lexicons
from ..charset import CharSet

Converter = Callable[[str], str]


@lru_cache(maxsize=1)
def hant_chars() -> frozenset[str]:
    """The Traditional-only characters (lexicons/hant_chars.txt)."""
    return frozenset("".join(lexicons.read_lines("hant_chars.txt")))


@lru_cache(maxsize=1)
def _hant_set() -> CharSet:
    return CharSet(hant_chars())


_CJK = re.compile(r"[\u3400-\u9fff]")


def count_hant(text: str) -> int:
    """How many characters of ``text`` are Traditional-only forms."""
    return _hant_set().count(text)


def detect(text: str) -> str:
    """``hans``, ``hant`` or ``mixed`` for a document.

    One regex scan finds the Traditional-only characters; in Traditional text they are a large
    share of the wide characters, in Simplified text there are none or a few.

    >>> detect("园区规划"), detect("園區規劃"), detect("园区规划建设全面提速，今年新開工项目十二个")
    ('hans', 'hant', 'mixed')
    """
    hant = count_hant(text)
    if not hant:
        return "hans"
    wide = (len(text.encode("utf-8")) - len(text)) // 2 or 1  # CJK and full-width characters
    return "hant" if hant / wide >= 0.12 else "mixed"


@lru_cache(maxsize=4)
def converter(config: str) -> Converter:
    """An OpenCC conversion function (``t2s``, ``s2t``, ``s2tw``, ``s2hk``, ``t2tw`` …)."""
    try:
        import opencc
    except ImportError as e:  # pragma: no cover - a core dependency
        raise ImportError("parkclean needs OpenCC: pip install opencc") from e
    last: Exception | None = None
    for name in (config, config + ".json"):
        try:
            return opencc.OpenCC(name).convert
        except Exception as e:  # the two bindings name their configs differently
            last = e
    raise ValueError(f"OpenCC has no conversion {config!r}: {last}")


def backend_name() -> str:
    """Which OpenCC binding is installed (for reports)."""
    import opencc
    path = getattr(opencc, "__file__", "") or ""
    return "opencc (C++ binding)" if hasattr(opencc, "_opencc") or "clib" in dir(opencc) else f"opencc ({path})"
