"""One frozen configuration object: every switch and threshold, documented."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ConfigError

TARGET_SCRIPTS = ("hans", "hant", "hant-tw", "hant-hk", "keep")
PUNCT_POLICIES = ("keep", "fullwidth", "halfwidth")


@dataclass(frozen=True)
class Config:
    """Options of :func:`parkclean.clean`. Build a variant with ``cfg.replace(...)``.

    >>> Config().target_script
    'hans'
    >>> Config().replace(fix_adlaw=False).fix_adlaw
    False
    """

    # --- input ---
    max_input_bytes: int = 20_000_000
    """Larger inputs raise :class:`InputTooLarge` (a page is rarely over 2 MB)."""
    max_lines: int = 200_000
    """A page (a text dump, or an HTML page's text) with more lines raises :class:`InputTooLarge`:
    a page is rarely over 5,000 lines, and each line holds about 2 KB while the page is cleaned, so
    20 MB of one-character lines would need some 20 GB."""
    input_format: str = "auto"
    """``auto`` (sniff), ``text`` (a plain-text dump) or ``html``."""
    html_metadata: bool = False
    """HTML input: when the page's lines, <meta> tags, JSON-LD and <time> lack a field, ask
    trafilatura's metadata extraction (htmldate …). Better dates on HTML, but ~50 ms a page: off by
    default (JSON-LD and <time> are read on every page: parkclean/structured.py)."""

    # --- normalization ---
    target_script: str = "hans"
    """``hans`` (Simplified, default); ``hant`` (OpenCC Traditional), ``hant-tw`` (Taiwan
    standard), ``hant-hk`` (Hong Kong standard); or ``keep`` (no conversion)."""
    fix_pinyin: bool = True
    """Drop pinyin glued to characters by annotating sites: ``園區(qū)`` → ``園區``."""
    fix_adlaw: bool = True
    """Restore words swapped to dodge advertising-law filters: ``蕞佳`` → ``最佳``."""
    fix_chars: bool = True
    """Zero-width/control characters, odd spaces, full-width ASCII letters and digits."""
    fix_mojibake: bool = True
    """Repair UTF-8 read as GBK/Latin-1 (with ftfy, only on lines that look broken)."""
    punctuation: str = "fullwidth"
    """``fullwidth`` (default: one form for a corpus) turns ASCII , ; : ? ! touching CJK characters
    full-width (and a . after one at a line's end into 。); ``halfwidth`` turns full-width
    ， ； ： ？ ！ into ASCII; ``keep`` leaves the page's punctuation."""

    # --- metadata ---
    reference_date: _dt.date | None = field(default=None, compare=False)
    """Relative dates (``3天前``) resolve against this day. ``None`` (default): they are not resolved
    (``published`` stays None, ``published_relative`` gives the page's words), so the output
    never depends on the day parkclean runs."""
    metadata_script: str = "page"
    """``page`` (default): title, names, outlet, section and tags as the page writes them, also
    when the text is converted (a Taiwanese page keeps 臺灣 and 焦點 in its names and tags); but where the page's
    Traditional is itself an artefact (pinyin glued to characters), its metadata are restored
    with the text. ``text``: metadata in the script of the text."""

    def __post_init__(self) -> None:
        if self.target_script not in TARGET_SCRIPTS:
            raise ConfigError(f"target_script must be one of {TARGET_SCRIPTS}, not {self.target_script!r}")
        if self.punctuation not in PUNCT_POLICIES:
            raise ConfigError(f"punctuation must be one of {PUNCT_POLICIES}, not {self.punctuation!r}")
        if self.metadata_script not in ("page", "text"):
            raise ConfigError(f"metadata_script must be page or text, not {self.metadata_script!r}")
        if self.input_format not in ("auto", "text", "html"):
            raise ConfigError(f"input_format must be auto, text or html, not {self.input_format!r}")
        for name in ("max_input_bytes", "max_lines"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{name} must be a positive integer, not {value!r}")
        for name in ("html_metadata", "fix_pinyin", "fix_adlaw", "fix_chars", "fix_mojibake"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be True or False, not {getattr(self, name)!r}")
        ref = self.reference_date
        if ref is not None and (not isinstance(ref, _dt.date) or isinstance(ref, _dt.datetime)):
            raise ConfigError(f"reference_date must be a datetime.date such as datetime.date(2024, 5, 8), "
                              f"not {type(ref).__name__} {ref!r}")

    def replace(self, **changes: Any) -> "Config":
        """A copy with some fields changed (the config itself never changes)."""
        try:
            return replace(self, **changes)
        except TypeError as e:
            raise ConfigError(str(e)) from None


DEFAULT = Config()
