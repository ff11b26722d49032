"""Turning what the user gives (str, bytes, a path, stdin) into text."""
from __future__ import annotations

import codecs
import os
import re
from functools import lru_cache
import sys
from pathlib import Path
from typing import Union

from .charset import CharSet
from .config import Config
from .errors import DecodeError, InputError, InputTooLarge

Source = Union[str, bytes, bytearray]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode bytes: BOM, then UTF-8, then GB18030 (a superset of GBK/GB2312), then Big5,
    then charset detection. Raises :class:`DecodeError` when nothing gives plausible text.

    >>> decode("园区".encode("gbk"))
    '园区'
    >>> decode("科學園區擴建計畫啟動".encode("big5"))
    '科學園區擴建計畫啟動'
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):  # the BOM names the encoding: broken bytes after it become U+FFFD
            return data.decode(enc, errors="replace")
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 8:
        raise DecodeError(f"{name}: looks binary (NUL bytes), not a page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # a UTF-8 page with a few broken bytes (a truncated fetch) stays UTF-8
        lenient = data.decode("utf-8", errors="replace")
        allowed = max(3, len(lenient) // 1000) if len(lenient) >= 300 else 0
        if lenient.count("\ufffd") <= allowed:
            return lenient
    # GB18030 accepts most byte pairs, so Big5 bytes often "decode" as GB18030 into rare characters:
    # when both decode, keep the one whose text is made of common characters
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append(data.decode(enc))
        except UnicodeDecodeError:
            continue
    if candidates:
        return max(candidates, key=_commonness)
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except ImportError:  # pragma: no cover - charset_normalizer ships with trafilatura's deps
        best = None
    if best is None:
        raise DecodeError(f"{name}: cannot tell the encoding (not UTF-8, GB18030 or Big5)")
    return str(best)


def _commonness(text: str) -> float:
    """Share of the CJK characters of a sample that are among the most frequent ones."""
    sample = text[:20000]
    common = _common_chars()
    cjk = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    return sum(c in common for c in cjk) / len(cjk) if cjk else 0.0


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    from .lexicons import read_lines
    return frozenset("".join(read_lines("common_chars.txt")))


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = CharSet(map(chr, range(0xD800, 0xE000)))  # the test, by the C kernel's bitmap when built


def to_text(source: Source, config: Config, *, name: str = "input") -> str:
    """Accept ``str`` or ``bytes``; enforce the size limit; return text."""
    if isinstance(source, (bytes, bytearray)):
        if len(source) > config.max_input_bytes:
            raise InputTooLarge(f"{name}: {len(source)} bytes is over the limit of {config.max_input_bytes}"
                                " (Config.max_input_bytes)")
        return decode(bytes(source), name=name)
    if isinstance(source, str):
        if _SURROGATES.count(source):  # lone surrogates (surrogateescape decoding) are not text: mark them
            source = _SURROGATE.sub("\ufffd", source)
        if len(source) * 3 > config.max_input_bytes and len(source.encode("utf-8")) > config.max_input_bytes:
            raise InputTooLarge(f"{name}: over the limit of {config.max_input_bytes} bytes (Config.max_input_bytes)")
        return source
    raise InputError(f"{name}: expected str or bytes, got {type(source).__name__}")


def read_path(path: str | os.PathLike[str], config: Config) -> str:
    """Read a file (or ``-`` for stdin) and decode it."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(config.max_input_bytes + 1)
        return to_text(data, config, name="stdin")
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > config.max_input_bytes:
            raise InputTooLarge(f"{p}: {size} bytes is over the limit of {config.max_input_bytes}"
                                " (Config.max_input_bytes)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory (give files, or use --batch with a directory)") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
    return to_text(data, config, name=str(p))


_HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|meta|script|title|table|span)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document rather than a text dump.

    >>> looks_like_html("<!-- saved page -->\\n<html><body><p>园区</p></body></html>"), looks_like_html("园区建设")
    (True, False)
    """
    head = text[:8192].lstrip()
    if not head.startswith("<"):
        return False
    return len(_HTML_TAG.findall(head)) >= 2
