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

Converter = Callable[[str], str]


@lru_cache(maxsize=1)
def _hant_re() -> "re.Pattern[str]":
    chars = "".join(lexicons.read_lines("hant_chars.txt"))
    return re.compile("[" + re.escape(chars) + "]")


_CJK = re.compile(r"[\u3400-\u9fff]")


def count_hant(text: str) -> int:
    """How many characters of ``text`` are Traditional-only forms."""
    return len(_hant_re().findall(text))


def has_hant(text: str) -> bool:
    """True when any Traditional-only character occurs (one regex search)."""
    return _hant_re().search(text) is not None


def detect(text: str) -> str:
    """``hans``, ``hant`` or ``mixed`` for a document.

    >>> detect("园区规划"), detect("園區規劃"), detect("园区规划建设全面提速，今年新開工项目十二个")
    ('hans', 'hant', 'mixed')
    """
    if not has_hant(text):
        return "hans"
    hant = count_hant(text)
    cjk = len(_CJK.findall(text)) or 1
    # In Traditional text roughly a quarter to a third of characters differ from Simplified.
    ratio = hant / cjk
    if ratio >= 0.12:
        return "hant"
    return "mixed"


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
