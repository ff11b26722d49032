"""Word lists and line-form patterns, kept as data files beside this module."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def read_lines(name: str) -> list[str]:
    """The non-comment, non-empty lines of a lexicon file (``#`` starts a comment line)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A lexicon of one entry per line; text after `` #`` on a line is a comment."""
    return frozenset(ln.split(" #", 1)[0].strip() for ln in read_lines(name))


@lru_cache(maxsize=None)
def interface_words() -> frozenset[str]:
    """The words of a page's interface: widgets and link labels (ui_words.txt), page tools
    (tools.txt) and share buttons (share_words.txt, lowercased): never a name, a headline or prose."""
    return words("ui_words.txt") | words("tools.txt") | frozenset(w.lower() for w in words("share_words.txt"))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon, one tuple of columns per entry."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in read_lines(name))
