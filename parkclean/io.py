"""Turning what the user gives (str, bytes, a path, stdin) into text."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import IO, Optional, Union

from . import decode as _decode
from .charset import CharSet
from .config import DEFAULT, Config
from .decode import Decoded
from .errors import ConfigError, InputError, InputTooLarge

Source = Union[str, bytes, bytearray, "os.PathLike[str]"]

def decode(data: bytes, *, name: str = "input", content_type: Optional[str] = None) -> str:
    """Decode bytes to text (see :mod:`parkclean.decode`); raises :class:`DecodeError` when no
    encoding explains most of them.

    >>> decode("园区".encode("gbk"))
    '园区'
    >>> decode("科學園區擴建計畫啟動".encode("big5"))
    '科學園區擴建計畫啟動'
    """
    return _decode.decode(data, content_type=content_type, name=name).text


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = CharSet(map(chr, range(0xD800, 0xE000)))  # the test, by the C kernel's bitmap when built


def checked_config(config: object, content_type: object = None) -> Config:
    """The config of a call (the default when None), after checking the call's arguments are of
    the kinds ``clean()`` takes: a wrong kind is a parkclean error here, not a Python error deep inside."""
    if config is not None and not isinstance(config, Config):
        raise ConfigError(f"config must be a parkclean.Config, not {type(config).__name__}: Config(**values)")
    if content_type is not None and not isinstance(content_type, str):
        raise InputError(f"content_type must be the header's text (str), not {type(content_type).__name__}")
    return config or DEFAULT


def to_decoded(source: Source, config: Config, *, name: str = "input",
               content_type: Optional[str] = None) -> Decoded:
    """Accept ``str`` (the page), ``bytes`` or a path (``pathlib.Path``: the file is read); enforce
    the size limit; return the text and how it was read. A ``str`` that is only the name of an
    existing page file is cleaned as text, with a warning saying how to read the file."""
    if isinstance(source, os.PathLike):
        shown = display_name(source)
        return _decode.decode(read_bytes(source, config), content_type=content_type, name=shown)
    if isinstance(source, (bytes, bytearray)):
        if len(source) > config.max_input_bytes:
            raise InputTooLarge(f"{name}: {len(source)} bytes is over the limit of {config.max_input_bytes}"
                                " (--max-bytes, Config.max_input_bytes)")
        return _decode.decode(bytes(source), content_type=content_type, name=name)
    if isinstance(source, str):
        warnings: tuple[str, ...] = ()
        lone = _SURROGATES.count(source)
        if lone:  # lone surrogates (surrogateescape decoding) are not text: mark them
            source = _SURROGATE.sub("\ufffd", source)
            warnings = (f"{lone} lone surrogate(s) in the text replaced by U+FFFD",)
        if len(source) * 3 > config.max_input_bytes and len(source.encode("utf-8")) > config.max_input_bytes:
            raise InputTooLarge(f"{name}: over the limit of {config.max_input_bytes} bytes (--max-bytes, Config.max_input_bytes)")
        if _names_a_file(source):
            warnings += (f"the text given is the name of a file ({source.strip()}): a str is cleaned as the page itself; "
                         "pass pathlib.Path(name) to read the file",)
        return Decoded(source, None, warnings)
    raise InputError(f"{name}: expected str, bytes or a path, got {type(source).__name__}")


_PAGE_ENDS = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".text")
_NAME_CHARS = 250  # a file's name is no longer than this (before its suffix)


def _names_a_file(text: str) -> bool:
    t = text.strip()
    # (no regex: a search for a name in a long line of dots took quadratic time)
    if not (1 < len(t) <= _NAME_CHARS + 6 and "\n" not in t and t.lower().endswith(_PAGE_ENDS)):
        return False
    try:
        return os.path.isfile(t)
    except (OSError, ValueError):  # (a name the system cannot take)
        return False


def to_text(source: Source, config: Config, *, name: str = "input") -> str:
    """Accept ``str`` or ``bytes``; enforce the size limit; return text."""
    return to_decoded(source, config, name=name).text


def display_name(name: str | os.PathLike[str]) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 (kept by the file system's
    surrogateescape decoding) are shown as ``\\xNN``.

    >>> display_name(os.fsdecode(b"\\xb9\\xab\\xb8\\xe6.txt"))
    '\\\\xb9\\\\xab\\\\xb8\\\\xe6.txt'
    """
    name = os.fspath(name)
    raw = os.fsencode(name) if isinstance(name, str) else name
    return raw.decode("utf-8", "backslashreplace")


_CHUNK = 1 << 20


def read_limited(fh: IO[bytes], limit: int) -> bytes:
    """At most ``limit`` bytes of a stream, read in chunks (a limit far above the input, however
    large, allocates nothing in advance)."""
    parts: list[bytes] = []
    left = limit
    while left > 0 and (chunk := fh.read(min(_CHUNK, left))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_bytes(path: str | os.PathLike[str], config: Config) -> bytes:
    """A file's bytes (or stdin's for ``-``), within the size limit."""
    if str(path) == "-":
        data = read_limited(sys.stdin.buffer, config.max_input_bytes + 1)
        if len(data) > config.max_input_bytes:
            raise InputTooLarge(f"stdin: over the limit of {config.max_input_bytes} bytes (--max-bytes, Config.max_input_bytes)")
        return data
    p = Path(path)
    shown = display_name(p)
    try:
        size = p.stat().st_size
        if size > config.max_input_bytes:
            raise InputTooLarge(f"{shown}: {size} bytes is over the limit of {config.max_input_bytes}"
                                " (--max-bytes, Config.max_input_bytes)")
        with p.open("rb") as f:  # (read to the limit only: a device or a pipe has no size to check first)
            data = read_limited(f, config.max_input_bytes + 1)
        if len(data) > config.max_input_bytes:
            raise InputTooLarge(f"{shown}: over the limit of {config.max_input_bytes} bytes (--max-bytes, Config.max_input_bytes)")
        return data
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory (give files, or a directory to walk)") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot read ({e.strerror or e})") from None


def read_path(path: str | os.PathLike[str], config: Config) -> str:
    """Read a file (or ``-`` for stdin) and decode it."""
    name = "stdin" if str(path) == "-" else display_name(path)
    return to_text(read_bytes(path, config), config, name=name)


_HTML_TAG = re.compile(r"</?(?:!doctype|html|head|body|div|p|meta|script|title|table|span)\b", re.I)  # (closing tags count)


def check_lines(text: str, config: Config) -> None:
    """Refuse a page of more lines than ``Config.max_lines`` (:class:`InputTooLarge`), before any
    line is read: each line holds memory while the page is cleaned."""
    n = max(text.count("\n"), text.count("\r")) + (not text.endswith(("\n", "\r")))  # (a last newline ends a line)
    if n > config.max_lines:  # … counted again without the blank ones (a deep HTML nest leaves many), which hold nothing
        n = sum(1 for line in text.splitlines() if line.strip())
    if n > config.max_lines:
        raise InputTooLarge(f"{n} lines (or HTML blocks) is over the limit of {config.max_lines} (Config.max_lines)")


# the end of a block that holds text (园区</p>, 新闻 </li>): a line of the page's text, at least
_TEXT_BLOCK_END = re.compile(r"[^\s>]\s*(?:</(?:a|span|b|strong|em|font|i|u|sup|sub)\s*>\s*)*"
                             r"</(?:p|div|li|h[1-6]|dd|dt|blockquote|pre|section|article)\s*>", re.I)  # (园区</span></p>)
_BLOCK_END_CHARS = 6  # characters the shortest such block takes (x</p>)


def check_blocks(html: str, config: Config) -> None:
    """Refuse an HTML page with more blocks of text than ``Config.max_lines`` before it is parsed
    (:class:`InputTooLarge`): two million <p>x</p> would take a gigabyte to parse, only to be refused
    then. Only a page long enough to hold that many blocks is counted.

    >>> check_blocks("<p>园区</p>" * 3, Config(max_lines=2))
    Traceback (most recent call last):
    parkclean.errors.InputTooLarge: 3 HTML blocks of text is over the limit of 2 (Config.max_lines)
    """
    if len(html) <= config.max_lines * _BLOCK_END_CHARS or html.count("</") <= config.max_lines:
        return  # (too short to hold that many blocks, or too few end tags: the exact count is not needed)
    n = sum(1 for _ in _TEXT_BLOCK_END.finditer(html))
    if n > config.max_lines:
        raise InputTooLarge(f"{n} HTML blocks of text is over the limit of {config.max_lines} (Config.max_lines)")


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document rather than a text dump.

    >>> looks_like_html("<!-- saved page -->\\n<html><body><p>园区</p></body></html>"), looks_like_html("园区建设")
    (True, False)
    >>> looks_like_html('<div class="' + "x" * 9000 + '">园区</div>')
    True
    """
    head = text[:8192].lstrip()
    if not head.startswith("<"):
        return False
    tags = len(_HTML_TAG.findall(head))
    # (one tag with a long attribute fills the head: <div class="…">…</div> on one line)
    return tags >= 2 or (tags == 1 and text.rstrip().endswith(">") and "</" in text)
