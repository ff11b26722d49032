"""Bytes → text, as a browser would read them, and saying how.

Order: a byte-order mark; then the declared charset (the HTTP ``Content-Type`` header when the
caller has it, else a ``<meta>`` declaration), kept only when the bytes bear it out; then
detection: valid UTF-8, else the reading that explains the bytes best among UTF-8, GB18030 and
Big5-HKSCS (and charset-normalizer's guess when none of these reads as Chinese). Bytes that the
chosen encoding cannot decode become U+FFFD, counted and warned about; a page is rejected only
when no encoding explains most of it.

Crawled Chinese pages often lie about their encoding (a UTF-8 page that still declares gb2312,
a GBK page that declares iso-8859-1), so a declaration is a hypothesis that the bytes test. A
page may also be stitched from parts in two encodings (a GBK template around a UTF-8 include):
when lines that the page's encoding reads as mojibake read as Chinese in the other one (UTF-8
against GB18030 or Big5), each such line is read in the encoding that explains it, and the
decoding says ``mixed``.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .charset import CharSet
from .errors import DecodeError
from .model import Decoding

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# labels browsers read as a wider encoding (the WHATWG Encoding Standard): a page labelled gb2312
# is decoded as GBK, whose superset GB18030 also takes the four-byte forms
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
          "ascii": "cp1252", "latin_1": "cp1252", "iso8859_1": "cp1252"}
# WHATWG labels that Python's codec registry does not know
_ALIASES = {"x-gbk": "gbk", "gb_2312": "gbk", "gb_2312-80": "gbk", "chinese": "gbk", "csgb2312": "gbk", "iso-ir-58": "gbk",
            "csiso58gb231280": "gbk", "x-x-big5": "big5", "cn-big5": "big5", "csbig5": "big5", "x-sjis": "shift_jis",
            "windows-31j": "shift_jis", "ms_kanji": "shift_jis", "x-euc-jp": "euc_jp", "x-mac-roman": "mac_roman"}
_MULTIBYTE = frozenset({"utf_8", "gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "utf_16", "utf_32"})
_WEB_ENCODINGS = frozenset({f"cp{n}" for n in range(1250, 1259)} | {f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)}
                           | {"cp866", "cp874", "koi8_r", "koi8_u", "mac_cyrillic", "euc_jp", "iso2022_jp", "cp932", "cp949",
                              "utf_16_le", "utf_16_be"})
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HEAD_BYTES = 4096   # a <meta> declaration is looked for this far (browsers look at the first 1024)
_SAMPLE = 20_000     # characters of a reading that are scored
_LABEL_SAMPLE = 4_000  # characters of a page read as its label says, checked to read as Chinese (a cheap look)
_PLAUSIBLE = 0.5     # share of a Chinese text's characters among the commonest (pages: 0.52–0.9)
_BINARY_CONTROLS = 0.05  # control characters in a text: above this share it is not text


@dataclass(frozen=True)
class Decoded:
    """Text with the way it was read (``decoding`` is None for text given as ``str``) and warnings."""

    text: str
    decoding: Optional[Decoding] = None
    warnings: tuple[str, ...] = ()


def codec_name(label: str) -> Optional[str]:
    """The codec a charset label is decoded with (the wider one browsers use), or None.

    >>> codec_name("GB2312"), codec_name("utf8"), codec_name("x-no-such")
    ('gb18030', 'utf_8', None)
    """
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name.replace("-", "_")
    except (LookupError, ValueError):
        return None
    return _WIDER.get(name, name)


_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]{1,40})", re.I)


def charset_of(content_type: Optional[str]) -> Optional[str]:
    """The charset parameter of an HTTP ``Content-Type`` value.

    >>> charset_of("text/html; charset=GBK"), charset_of("text/html")
    ('GBK', None)
    """
    m = _CT_CHARSET.search(content_type[:512]) if content_type else None
    return m.group(1) if m else None


def declared_in_page(data: bytes) -> Optional[str]:
    """The charset a page declares in its head (``<meta charset>``, ``http-equiv``, an XML
    declaration), read with beautifulsoup4's ``EncodingDetector`` from the first 4 KB."""
    head = data[:_HEAD_BYTES]
    if b"charset" not in head.lower() and b"encoding" not in head:
        return None
    from bs4.dammit import EncodingDetector
    return EncodingDetector.find_declared_encoding(head, is_html=True)


def _replaced(text: str, data: bytes, codec: str) -> int:
    """U+FFFD that decoding put in (those the bytes themselves spell out are not counted)."""
    n = text.count("\ufffd")
    if n:
        try:
            n -= data.count("\ufffd".encode(codec))
        except (UnicodeError, LookupError):
            pass
    return max(n, 0)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from .lexicons import read_lines
    return frozenset("".join(read_lines("common_chars.txt")))


_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Reading:
    codec: str
    text: str
    errors: int  # U+FFFD put in, over the whole text
    wide: int    # characters beyond ASCII that were read (not U+FFFD), over the whole text
    cjk: int     # ideographs of the sample, and how many of them are common
    common: int

    @property
    def score(self) -> float:
        """Common characters read, less rare ones and errors: mojibake reads as rare characters."""
        sample_errors = self.text[:_SAMPLE].count("\ufffd")
        return self.common - (self.cjk - self.common) - 2 * sample_errors

    @property
    def plausible(self) -> bool:
        return self.errors == 0 and self.cjk >= 2 and self.common >= _PLAUSIBLE * self.cjk


def _wide(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _ideographs(text: str) -> tuple[int, int]:
    """The ideographs of ``text``, and how many of them are among the commonest."""
    cjk = _CJK.findall(text)
    common = _common()
    return len(cjk), sum(c in common for c in cjk)


def _read(data: bytes, codec: str) -> _Reading:
    """Decode ``data`` with ``codec`` (errors replaced) and score a sample of it."""
    text = data.decode(codec, errors="replace")
    errors = _replaced(text, data, codec)
    return _Reading(codec, text, errors, _wide(text) - errors, *_ideographs(text[:_SAMPLE]))


def _tolerated(r: _Reading) -> bool:
    """Stray bytes a reading may have and still be the page's encoding: a few, or one in a
    hundred of its wide characters (a truncated fetch, a footer in another encoding)."""
    return r.errors <= max(8, r.wide // 100)


_CONTROLS = CharSet([*map(chr, range(0x00, 0x09)), *map(chr, range(0x0E, 0x20)), "\x7f"])


def _binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return _CONTROLS.count(sample) > _BINARY_CONTROLS * len(sample)


def decode(data: bytes, *, content_type: Optional[str] = None, name: str = "input") -> Decoded:
    """Decode a page's bytes; see the module's doc for the order.

    >>> d = decode("园区建设".encode("gbk"))
    >>> d.text, d.decoding.encoding, d.decoding.chosen_by
    ('园区建设', 'gb18030', 'detected')
    >>> d = decode("<meta charset=gb2312><p>园区</p>".encode("utf-8"))  # the bytes are UTF-8
    >>> d.decoding.encoding, d.decoding.chosen_by, d.decoding.declared
    ('utf-8', 'utf-8', 'gb2312')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):  # the BOM names the encoding: broken bytes after it become U+FFFD
            text = data.decode(enc, errors="replace")
            return _done(text, Decoding(enc.replace("-sig", ""), "bom", _replaced(text, data, enc)), name)
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 8:
        raise DecodeError(f"{name}: looks binary (NUL bytes), not a page")
    header = charset_of(content_type)
    label = header or declared_in_page(data)
    warnings: list[str] = []
    if label is not None:
        found = _declared(data, label, "http" if header else "meta", name, warnings)
        if found is not None:
            return found
    try:
        text = data.decode("utf-8")
        return _done(text, Decoding("utf-8", "utf-8", 0, label), name, warnings)
    except UnicodeDecodeError:
        pass
    best = _detect(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))  # bytes beyond ASCII
    if best is None or (best.errors * 2 > high and high * 20 > len(data)):  # (a few stray bytes in ASCII are no reason)
        raise DecodeError(f"{name}: cannot tell the encoding (no encoding explains most of its bytes)")
    if (mixed := _mixed(data, best)) is not None:
        text, errors, moved = mixed
        warnings.append(f"the page is in two encodings: {moved} line(s) read as "
                        f"{'GB18030' if best.codec == 'utf_8' else 'UTF-8'}, the rest as {best.codec.replace('_', '-')}")
        return _done(text, Decoding(best.codec.replace("_", "-"), "mixed", errors, label), name, warnings)
    return _done(best.text, Decoding(best.codec.replace("_", "-"), "detected", best.errors, label), name, warnings)


def _declared(data: bytes, label: str, how: str, name: str, warnings: list[str]) -> Optional[Decoded]:
    """The page decoded as declared, or None (with a warning) when the bytes contradict it."""
    codec = codec_name(label)
    if codec is None:
        warnings.append(f"unknown charset {label!r} declared ({how}): ignored")
        return None
    if codec != "utf_8" and not data.isascii():
        try:
            text = data.decode("utf-8")  # valid UTF-8 with wide characters is UTF-8, whatever the label
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(f"declared charset {label!r} ({how}) contradicted by the bytes: read as UTF-8")
            return _done(text, Decoding("utf-8", "utf-8", 0, label), name, warnings)
    if codec in _MULTIBYTE:
        try:  # the usual case, and the cheap one: the bytes are exactly what the label says …
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if not _other_chinese(data, codec, *_ideographs(text[:_LABEL_SAMPLE])):
                return _done(text, Decoding(codec.replace("_", "-"), how, 0, label), name, warnings)
            # … but Big5 bytes read as GBK without an error too: as rare characters and private-use ones
            warnings.append(f"declared charset {label!r} ({how}) contradicted by the bytes: detected instead")
            return None
    reading = _read(data, codec)
    contradicted = not _tolerated(reading) or _other_chinese(data, codec, reading.cjk, reading.common)
    if not contradicted and codec not in _MULTIBYTE and reading.text != data.decode("ascii", "replace"):
        # a single-byte label on bytes that read as Chinese: the label is a template's default
        contradicted = any(_read(data, c).plausible for c in ("gb18030", "big5hkscs"))
    if contradicted:
        warnings.append(f"declared charset {label!r} ({how}) contradicted by the bytes: detected instead")
        return None
    return _done(reading.text, Decoding(codec.replace("_", "-"), how, reading.errors, label), name, warnings)


_CHINESE = ("gb18030", "big5hkscs")


def _other_chinese(data: bytes, codec: str, cjk: int, common: int) -> bool:
    """``data`` read as ``codec`` gave ``cjk`` ideographs in its sample, ``common`` of them among
    the commonest: no Chinese text, while the other Chinese encoding reads the bytes as Chinese
    (Big5 under a GBK label, GBK under a Big5 one). Too few ideographs to tell: the label stands."""
    if codec not in _CHINESE or cjk < 2 or common >= _PLAUSIBLE * cjk:
        return False
    other = _read(data, _CHINESE[1] if codec == _CHINESE[0] else _CHINESE[0])
    return _tolerated(other) and other.cjk >= 2 and other.common >= _PLAUSIBLE * other.cjk


def _detect(data: bytes) -> Optional[_Reading]:
    """The reading that explains the bytes best: UTF-8 (with stray bytes), GB18030 or Big5-HKSCS,
    and charset-normalizer's guess when none of them reads as Chinese text."""
    readings = [_read(data, c) for c in ("utf_8", "gb18030", "big5hkscs")]
    if not any(r.plausible for r in readings):
        guess = _normalizer_guess(data)
        if guess and codec_name(guess) and codec_name(guess) not in ("utf_8", "gb18030", "big5hkscs"):
            readings.append(_read(data, codec_name(guess) or guess))
    return max(readings, key=lambda r: (r.score, -r.errors))


_OTHER = {"utf_8": "gb18030", "gb18030": "utf_8", "big5hkscs": "utf_8"}


def _plausible_line(text: str) -> int:
    """How well a line reads as Chinese: its common ideographs less its rare ones (0: none)."""
    cjk, common = _ideographs(text)
    return common - (cjk - common) if cjk >= 2 and common >= _PLAUSIBLE * cjk else 0


_PRIVATE = re.compile("[\ue000-\uf8ff]")
_LINE_SHARE = 0.3  # common ideographs a line the page's encoding cannot read must have in the other one


def _chinese_line(text: str) -> bool:
    """A line reads as Chinese: two ideographs or more, a fair share of them common, no private-use
    characters (the mark of UTF-8 bytes read as GB18030, as a download cut mid-character gives)."""
    cjk, common = _ideographs(text)
    return cjk >= 2 and common >= _LINE_SHARE * cjk and not _PRIVATE.search(text)


def _mixed(data: bytes, best: _Reading) -> Optional[tuple[str, int, int]]:
    """The page read line by line when some of its lines are in another encoding than the rest:
    a line the page's encoding cannot read, or reads worse than the other encoding does (UTF-8
    bytes read as GB18030 mojibake), is read in the other one when that reads it cleanly as
    Chinese. None when no line moves. Only a reading that leaves bytes it cannot decode is read
    again: a page clean in one encoding costs nothing more."""
    other = _OTHER.get(best.codec)
    if other is None or best.errors == 0:
        return None
    out: list[str] = []
    moved = errors = 0
    for line in data.split(b"\n"):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            own: Optional[str] = line.decode(best.codec)
        except UnicodeDecodeError:
            own = None
        try:
            alt: Optional[str] = line.decode(other)
        except UnicodeDecodeError:
            alt = None
        if alt is not None and (_chinese_line(alt) if own is None else _plausible_line(alt) > _plausible_line(own)):
            out.append(alt)
            moved += 1
        else:
            text = own if own is not None else line.decode(best.codec, errors="replace")
            errors += 0 if own is not None else _replaced(text, line, best.codec)
            out.append(text)
    return ("\n".join(out), errors, moved) if moved else None


def _normalizer_guess(data: bytes) -> Optional[str]:
    """charset-normalizer's best guess, if it is an encoding web pages are written in (the WHATWG
    list: a mostly-ASCII page with a stray byte is no Urdu or Arabic DOS code page)."""
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:_SAMPLE]).best()
    except Exception:  # pragma: no cover - a detector's failure leaves the Chinese candidates
        return None
    if best is None:
        return None
    return best.encoding if codec_name(best.encoding) in _WEB_ENCODINGS else None


def _done(text: str, decoding: Decoding, name: str, warnings: Optional[list[str]] = None) -> Decoded:
    notes = list(warnings or ())
    if _binary(text):
        raise DecodeError(f"{name}: looks binary (control characters), not a page")
    if decoding.replaced:
        notes.append(f"{decoding.replaced} undecodable byte sequence(s) replaced by U+FFFD (read as {decoding.encoding})")
    return Decoded(text, decoding, tuple(notes))
