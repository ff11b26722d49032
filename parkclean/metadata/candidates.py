"""Candidates for a metadata field, each with its evidence, and one choice per field.

Every reader (a byline, a dateline, the page title, a headline line, an HTML ``<meta>``) proposes
values as :class:`Candidate`; a candidate's score is the sum of the weights of its evidence in
one table, ``weights.tsv`` beside this module (declared, not fitted: each row says why). The
field takes the best-scoring candidate at or above the field's threshold (``<field>  threshold``
in the table); ties go to the candidate proposed first. The choice is recorded as provenance.

>>> c = Candidate("title", "园区新规", "title.repeats_page_title", None, ("title.repeats_page_title", "aligns"))
>>> round(score(c), 2) >= threshold("title")
True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from .. import lexicons
from . import fields
from ..model import Classified, Provenance

WEIGHTS_FILE = "weights.tsv"


class WeightsError(ValueError):
    """The weights table names an evidence twice or has a row that is not ``field, evidence, weight``."""


@dataclass(frozen=True)
class Candidate:
    """A value proposed for ``field`` by reader ``rule`` off ``line`` (None: not a line of the
    page, e.g. a ``<meta>``), with the ids of the evidence for and against it."""

    field: str
    value: object
    rule: str
    line: Optional[Classified]
    evidence: tuple[str, ...] = ()
    raw: str = ""

    def provenance(self) -> Provenance:
        c = self.line
        return Provenance(self.field, c.block.start if c else None, self.rule, c.block.raw if c else self.raw)


@lru_cache(maxsize=None)
def weights() -> dict[tuple[str, str], float]:
    """(field, evidence id) → weight, from ``weights.tsv`` (``#`` lines are comments)."""
    return parse(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))


def parse(text: str) -> dict[tuple[str, str], float]:
    """The rows of a weights table; a malformed or repeated row raises :class:`WeightsError`."""
    table: dict[tuple[str, str], float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        try:
            key, value = (cols[0].strip(), cols[1].strip()), float(cols[2])
        except (IndexError, ValueError) as e:
            raise WeightsError(f"{WEIGHTS_FILE}:{n}: expected field<TAB>evidence<TAB>weight, got {line!r}") from e
        if key in table:
            raise WeightsError(f"{WEIGHTS_FILE}:{n}: {key[0]} {key[1]} is listed twice")
        table[key] = value
    return table


def score(c: Candidate) -> float:
    """The sum of the weights of ``c``'s evidence (an id the table does not list weighs 0)."""
    w = weights()
    return sum(w.get((c.field, e), 0.0) for e in c.evidence)


def threshold(field: str) -> float:
    """The score a candidate needs to be chosen for ``field``."""
    return weights().get((field, "threshold"), 0.0)


def interface_value(c: Candidate) -> bool:
    """The value is, or holds, a word of the page's interface (举报 beside a reply's time, 用户名 over
    a post's fields): a misread, whatever reader proposed it.

    >>> interface_value(Candidate("source", "举报", "r", None)), interface_value(Candidate("authors", ("张三", "用户名"), "r", None))
    (True, True)
    >>> interface_value(Candidate("source", "某某日报", "r", None)), interface_value(Candidate("published", None, "r", None))
    (False, False)
    >>> interface_value(Candidate("source", "本网", "r", None))  # (the site by its pronoun: read as the site's name)
    False
    """
    values = c.value if isinstance(c.value, (tuple, list)) else (c.value,)
    words = lexicons.interface_words()
    return any(isinstance(v, str) and v.strip() in words and not fields.self_source(v) for v in values)


def choose(cands: Iterable[Candidate]) -> Optional[Candidate]:
    """The best candidate at or above its field's threshold (none whose value is an interface
    word); the first proposed among equals."""
    best, best_score = None, 0.0
    for c in cands:
        if interface_value(c):
            continue
        s = score(c)
        if s >= threshold(c.field) and (best is None or s > best_score):
            best, best_score = c, s
    return best


def fuller(best: Candidate, cands: Iterable[Candidate]) -> Candidate:
    """Another credit at or above the threshold naming everyone ``best`` names and more (the
    opening credit 本报讯（记者 张三 通讯员 李四）under a byline 作者：张三): the fuller one."""
    mine = set(best.value)  # type: ignore[call-overload]
    more = [c for c in cands if c.field == best.field and mine < set(c.value)  # type: ignore[call-overload]
            and score(c) >= threshold(c.field) and not interface_value(c)]
    return max(more, key=score) if more else best


def explain(cands: Iterable[Candidate]) -> list[tuple[float, Candidate]]:
    """Every candidate with its score, best first (for debugging and ``--explain``)."""
    return sorted(((score(c), c) for c in cands), key=lambda t: -t[0])
