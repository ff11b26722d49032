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

    >>> detect("园区发展"), detect("園區發展"), detect("园区发展建设全面提速，今年新開工项目十二个")
    ('hans', 'hant', 'mixed')
    """
    return profile(text)[0]


def profile(text: str) -> tuple[str, int, int]:
    """(:func:`detect`'s answer, Traditional-only characters, wide characters)."""
    hant = count_hant(text)
    if not hant:
        return "hans", 0, 0
    wide = (len(text.encode("utf-8")) - len(text)) // 2 or 1  # CJK and full-width characters
    return ("hant" if hant / wide >= 0.12 else "mixed"), hant, wide


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_KANA_SHARE = 0.05  # a page with this share of kana among its wide characters is Japanese


def worth_converting(text: str) -> tuple[str, bool]:
    """(:func:`detect`'s answer, whether the page should be converted to Simplified).

    Only a Traditional page is converted. A Simplified page with Traditional characters here and
    there (a menu, a quoted title, a name such as 萧乾 or 李濛) is left alone: converting it would
    change its names and words (OpenCC's t2s turns 萧乾 into 萧干 and 藉此 into 借此), and a page in
    Japanese is not Chinese at all.

    >>> worth_converting("记者李濛报道" + "园区建设全面提速，今年新开工项目十二个。" * 20)
    ('mixed', False)
    >>> worth_converting("園區發展建設全面提速，今年新開工項目十二個"), worth_converting("园区发展建设全面提速，今年新開工项目")
    (('hant', True), ('mixed', False))
    >>> worth_converting("東京都の經濟發展について、記者が報告します。")
    ('hant', False)
    """
    label, _hant, wide = profile(text)
    if label != "hant":
        return label, False
    return label, len(_KANA.findall(text)) < _KANA_SHARE * wide


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
