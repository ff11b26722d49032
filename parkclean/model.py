"""Data that flows between the stages: labels, blocks, decisions and the result.

Every stage takes and returns these small frozen dataclasses, so a stage can be
tested alone and a result can always be traced back to the input lines.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from typing import Any, Callable, TypeVar

_T = TypeVar("_T")


class Label(str, enum.Enum):
    """What a block of a page is. ``BODY`` is kept; every other label is removed."""

    BODY = "body"
    TITLE = "title"
    BREADCRUMB = "breadcrumb"
    NAV = "nav"
    META = "meta"
    SOURCE = "source"
    IMAGE = "image"
    CONTACT = "contact"
    AD = "ad"
    COPYRIGHT = "copyright"
    FILING = "filing"
    SHARE = "share"
    PERMALINK = "permalink"
    TAGS = "tags"
    RELATED = "related"
    PAGER = "pager"
    COMMENTS = "comments"
    FOOTER = "footer"
    TOOLS = "tools"
    BOILERPLATE = "boilerplate"

    @property
    def kept(self) -> bool:
        return self is Label.BODY


@dataclass(frozen=True)
class Block:
    """One non-empty line of the input (the unit of classification).

    ``raw`` is the line as given (trailing white space dropped); ``text`` is the
    normalized form the output shows; ``key`` is the Simplified view the rules read
    (the same string as ``text`` unless the target script is not Simplified); ``start``/``end`` are 1-based
    input line numbers (``end`` > ``start`` only for blocks built from several lines).
    """

    index: int
    start: int
    end: int
    raw: str
    text: str
    key: str = ""
    indent: int = 0
    blank_before: bool = False


@dataclass(frozen=True)
class Decision:
    """The label a rule gave a block, and why."""

    label: Label
    rule: str
    reason: str


@dataclass(frozen=True)
class Classified:
    """A block with its first form-based decision and its final one (jusText's cf/final), the
    value the decision read for it (prose positive, furniture negative) and the probability that
    its final decision is right."""

    block: Block
    first: Decision | None
    final: Decision
    score: float = 0.0
    probability: float = 1.0
    evidence: tuple[tuple[str, float], ...] = ()
    """What each piece of evidence on the line added to its value (0.0: seen, not counted)."""

    @property
    def kept(self) -> bool:
        return self.final.label.kept


def fast_builder(cls: type[_T]) -> Callable[..., _T]:
    """A constructor for a frozen dataclass that takes every field positionally and skips the
    generated ``__init__`` (one ``object.__setattr__`` per field): the pipeline builds a Block and
    a Classified for every line of every page. The object is the same, equal to one built by the
    class, and as frozen.

    >>> fast_builder(Decision)(Label.NAV, "nav.menu", "menu") == Decision(Label.NAV, "nav.menu", "menu")
    True
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    # generated like dataclasses' own __init__: a dict display is the cheapest way to fill it
    src = (f"def build({', '.join(names)}):\n"
           f"    obj = new(cls)\n"
           f"    set_dict(obj, '__dict__', {{{', '.join(f'{n!r}: {n}' for n in names)}}})\n"
           f"    return obj\n")
    namespace: dict[str, Any] = {"new": object.__new__, "set_dict": object.__setattr__, "cls": cls}
    exec(src, namespace)
    build: Callable[..., _T] = namespace["build"]
    build.__doc__ = f"Build a {cls.__name__} from all its fields, in order."
    return build


@dataclass(frozen=True)
class Removed:
    """A removed block: what it was, which rule removed it and where it stood."""

    label: Label
    rule: str
    reason: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label.value, "rule": self.rule, "reason": self.reason, "start": self.start,
                "end": self.end, "text": self.text}


@dataclass(frozen=True)
class NormStep:
    """One kind of normalization applied to the document, replayable on other text."""

    kind: str
    count: int
    examples: tuple[tuple[int, str, str], ...] = ()  # (input line, before, after)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count,
                "examples": [{"line": ln, "before": b, "after": a} for ln, b, a in self.examples]}


@dataclass(frozen=True)
class Provenance:
    """Where a metadata value came from: the input line and the rule that read it."""

    field: str
    line: int | None
    rule: str
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "line": self.line, "rule": self.rule, "raw": self.raw}


@dataclass(frozen=True)
class Metadata:
    """Facts about the article; ``None`` / empty where the page does not state them."""

    title: str | None = None
    published: str | None = None
    updated: str | None = None
    published_relative: str | None = None
    """A relative date as the page gives it (``2个月前``); ``published`` is then the day it counts
    back to from ``Config.reference_date``, or None without one."""
    authors: tuple[str, ...] = ()
    editor: str | None = None
    source: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None
    site: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    images: tuple[str, ...] = ()
    provenance: tuple[Provenance, ...] = ()


@dataclass(frozen=True)
class Decoding:
    """How the bytes of a page were read.

    ``encoding`` is the codec used (Python's name), ``chosen_by`` says why: ``bom``, ``http``
    (the Content-Type header), ``meta`` (the page's declaration), ``utf-8`` (valid UTF-8) or
    ``detected``; ``replaced`` counts the U+FFFD that stand for undecodable bytes; ``declared``
    is the charset the page or header named, also when the bytes contradicted it.
    """

    encoding: str
    chosen_by: str
    replaced: int = 0
    declared: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"encoding": self.encoding, "chosen_by": self.chosen_by, "replaced": self.replaced,
                "declared": self.declared}


@dataclass(frozen=True)
class Result:
    """What :func:`parkclean.clean` returns."""

    paragraphs: tuple[str, ...]
    blocks: tuple[Classified, ...]
    metadata: Metadata = field(default_factory=Metadata)
    script: str = "hans"
    normalization: tuple[NormStep, ...] = ()
    warnings: tuple[str, ...] = ()
    decoding: Decoding | None = None
    """How the input's bytes were read (None for text given as ``str``)."""
    confidence: float = 0.0
    """How likely the text is the page's article, whole (see ``decide/confidence.py``; 0.0 for a
    result with no text, as an empty page's)."""
    kind: str = "other"
    """What the page is: ``article``, ``list`` (an index), ``thread`` (a forum or comments) or ``other``."""

    @property
    def text(self) -> str:
        """The clean body, paragraphs separated by a newline."""
        return "\n".join(self.paragraphs)

    @property
    def title(self) -> str | None:
        return self.metadata.title

    @property
    def removed(self) -> tuple[Removed, ...]:
        """Every block that was taken out, in input order."""
        return tuple(
            Removed(c.final.label, c.final.rule, c.final.reason, c.block.start, c.block.end, c.block.raw)
            for c in self.blocks if not c.kept)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: text, metadata fields, script, removed, normalization, warnings."""
        m = self.metadata
        return {
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "title": m.title,
            "published": m.published,
            "updated": m.updated,
            "published_relative": m.published_relative,
            "authors": list(m.authors),
            "editor": m.editor,
            "source": m.source,
            "dateline": m.dateline,
            "dateline_place": m.dateline_place,
            "dateline_date": m.dateline_date,
            "site": m.site,
            "category": m.category,
            "tags": list(m.tags),
            "url": m.url,
            "images": list(m.images),
            "script": self.script,
            "removed": [{"label": c.final.label.value, "rule": c.final.rule, "reason": c.final.reason,
                         "start": c.block.start, "end": c.block.end, "text": c.block.raw}
                        for c in self.blocks if c.final.label is not Label.BODY],  # Removed.to_dict, inlined
            "normalization": [s.to_dict() for s in self.normalization],
            "provenance": [p.to_dict() for p in m.provenance],
            "warnings": list(self.warnings),
            "decoding": self.decoding.to_dict() if self.decoding is not None else None,
            "confidence": self.confidence,
            "kind": self.kind,
        }
