"""What the context rules share: a line squashed for comparison, a headline's shape, a prose line's length, a
field line (label, colon, value)."""
from __future__ import annotations

import re

from ...features import Features
from ...memo import per_text


_NONWORD = re.compile(r"[\W_]+")


@per_text
def squash(s: str) -> str:
    """Letters, digits and CJK only, for comparing lines."""
    return _NONWORD.sub("", s).lower()


def title_like(f: Features) -> bool:
    """Headline-shaped: 6–60 characters, no full stop (a headline may end in ？ or ！)."""
    return 6 <= f.chars <= 60 and f.stops == 0 and f.punct <= 3


PROSE_STOP = 15        # a line this long with a full stop is prose (the headline rules' too)


_FIELD_LABEL = 8       # characters before a field's colon at most
_FIELD_CHARS = 80      # characters of a field line at most
_SENTENCE_ENDS = ("。", "？", "?", "！", "!")  # (问：…？ / 答：…。 is a question and its answer, no field)


def labelled_field(key: str) -> bool:
    """A field line: a short label, a colon, its value (联系电话：0000-1234567, 地址：某某路88号)."""
    c = min((k for k in (key.find("："), key.find(":")) if k > 0), default=-1)
    return 0 < c <= _FIELD_LABEL and len(key) <= _FIELD_CHARS and not key.endswith(_SENTENCE_ENDS) \
        and not any(ch.isdigit() for ch in key[:c])  # (上午9:00—12:00: a time, no label)
