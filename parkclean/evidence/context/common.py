"""What the context rules share: a line squashed for comparison, a headline's shape, a prose line's length."""
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
