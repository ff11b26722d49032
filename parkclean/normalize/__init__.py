"""Script and artefact normalization, every change recorded (ftfy's fix-and-explain habit).

:func:`plan` looks at the whole page once and picks the steps it has evidence for;
:func:`run` applies them line by line and returns the new lines with a record per step;
:func:`replay` applies a list of step kinds to other text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .. import lexicons
from ..charset import CharSet
from ..config import Config
from ..model import NormStep
from . import script, steps
from .steps import Step

__all__ = ["Plan", "plan", "run", "replay", "page_script_text", "STEP_KINDS"]

_MAX_EXAMPLES = 3
_EXAMPLE_WIDTH, _EXAMPLE_LEAD = 40, 10  # an example shows 40 characters, from 10 before the first change


def _example(ln: int, before: str, after: str) -> tuple[int, str, str]:
    """A changed line as an example: the window around its first change, so that the change shows
    however far into a long line it lies (``…`` marks a cut start).

    >>> _example(3, "x" * 60 + "園區(qū)", "x" * 60 + "园区")
    (3, '…xxxxxxxxxx園區(qū)', '…xxxxxxxxxx园区')
    """
    lo, hi = 0, min(len(before), len(after))  # the first change: a[:lo] == b[:lo], bisected (slices compare in C)
    if before[:hi] == after[:hi]:
        lo = hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if before[:mid] == after[:mid]:
            lo = mid
        else:
            hi = mid
    start = max(0, lo - _EXAMPLE_LEAD)
    cut = "…" if start else ""
    end = start + _EXAMPLE_WIDTH
    return ln, cut + before[start:end], cut + after[start:end]

try:  # the optional C kernel compares the two texts line by line without splitting them
    from .._speedups import changed_lines as _changed_lines
except ImportError:  # pragma: no cover - depends on the build
    _changed_lines = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Plan:
    """The steps chosen for one document. ``key_steps`` build the Simplified view rules read."""

    steps: tuple[Step, ...]
    script: str
    to_simplified: bool

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self.steps)


_STATIC = {  # kind -> (fix, what it does)
    "entities": (steps.fix_entities, "HTML character references decoded"),
    "html_tags": (steps.fix_html_tags, "HTML tags left in the dump dropped"),
    "markdown": (steps.fix_markdown, "Markdown links, images, headings and emphasis made plain text"),
    "link_numbers": (steps.fix_link_numbers, "a text browser's link numbers ([12]首页) removed"),
    "invisible": (steps.fix_invisible, "zero-width and control characters removed"),
    "spaces": (steps.fix_spaces, "odd spaces made plain, runs collapsed"),
    "fullwidth_alnum": (steps.fix_fullwidth_alnum, "full-width letters and digits made ASCII"),
    "mojibake": (steps.fix_mojibake, "mis-decoded text repaired"),
    "adlaw": (steps.fix_adlaw, "advertising-law substitutions restored"),
    "punct_fullwidth": (steps.fix_punct_fullwidth, "ASCII punctuation in CJK context made full-width"),
    "punct_halfwidth": (steps.fix_punct_halfwidth, "full-width punctuation made ASCII"),
}
# target script -> OpenCC conversion (Simplified is reached with t2s when a page needs it)
TARGET_CONVERSION = {"hant": "s2t", "hant-tw": "s2tw", "hant-hk": "s2hk"}


def _step(kind: str, config: Config, text: str = "", pinyin_hits: int | None = None) -> Step | None:
    if kind in _STATIC:
        fix, doc = _STATIC[kind]
        return Step(kind, fix, doc)
    if kind == "pinyin":
        hits = pinyin_hits if pinyin_hits is not None else (steps.pinyin_hits(text) if text else 0)
        many = hits >= 3
        return Step(kind, lambda x: steps.fix_pinyin(x, allow_toneless=many), "pinyin annotations removed")
    if kind in ("t2s", "s2t", "s2tw", "s2hk"):
        return Step(kind, steps.make_script_fix(kind), f"script converted with OpenCC {kind}")
    return None


STEP_KINDS = ("html_tags", "entities", "markdown", "link_numbers", "invisible", "spaces", "fullwidth_alnum", "mojibake", "pinyin", "t2s", "adlaw",
              "s2t", "s2tw", "s2hk", "punct_fullwidth", "punct_halfwidth")
"""Every step kind, in the order a plan applies them."""


_INVISIBLE_CHARS = frozenset(chr(c) for a, b in ((0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x2064), (0xFEFF, 0xFEFF),
                                                   (0xAD, 0xAD), (0, 8), (0xB, 0xC), (0xE, 0x1F), (0x7F, 0x9F))
                             for c in range(a, b + 1))
_ODD_SPACE_CHARS = frozenset("\u00a0\u1680\u202f\u205f\u3000\t") | frozenset(map(chr, range(0x2000, 0x200B)))
_FW_ALNUM_CHARS = frozenset(map(chr, steps._FW_TABLE))
_MOJI_CHARS = frozenset("锛銆鈥鍦鐨鏄浜涓鍙鎴鍥鎷寮鏈鐢浠鑰瀹绋銉ÃÂâåæçèéä")
_TONED_CHARS = frozenset(steps._TONED)
_ASCII_PUNCT = frozenset(",;:?!")
# one scan collects every character that is evidence for some step (set(text) would cost more:
# it makes a string object per CJK character)
_MARKUP_CHARS = frozenset("<&]#")  # what HTML tags, character references and Markdown need
_EVIDENCE = CharSet(_INVISIBLE_CHARS | _ODD_SPACE_CHARS | _FW_ALNUM_CHARS | _MOJI_CHARS | _TONED_CHARS | _MARKUP_CHARS)


def plan(text: str, config: Config) -> Plan:
    """Choose the steps this document needs (evidence first, so clean pages pay little).

    The evidence is read off one scan for the characters that some step would change.
    """
    kinds: list[str] = []
    chars = _EVIDENCE.distinct(text)
    if config.fix_chars and chars & _MARKUP_CHARS:  # markup left in the dump: the other steps see its text
        if "<" in chars and steps.HTML_TAG.search(text):
            kinds.append("html_tags")  # (before entities: &lt;p&gt; is text that shows a tag)
            text = steps.fix_html_tags(text)[0]
        if "&" in chars and steps.ENTITY.search(text):
            decoded = steps.fix_entities(text)
            if decoded[1]:
                kinds.append("entities")
                text = decoded[0]
        if ("]" in chars or "#" in chars) and steps.markdown(text):
            plain = steps.fix_markdown(text)
            if plain[1]:
                kinds.append("markdown")
                text = plain[0]
        if "]" in chars and steps.link_numbers(text):
            kinds.append("link_numbers")
            text = steps.fix_link_numbers(text)[0]
        if kinds:  # (the markup steps are the only ones chosen so far)
            chars = _EVIDENCE.distinct(text)
    if config.fix_chars:
        if chars & _INVISIBLE_CHARS:
            kinds.append("invisible")
        if chars & _ODD_SPACE_CHARS or "  " in text or steps.punct_space(text):
            kinds.append("spaces")
        if chars & _FW_ALNUM_CHARS:
            kinds.append("fullwidth_alnum")
    if config.fix_mojibake and len(chars & _MOJI_CHARS) >= 2 and (
            steps._GBK_MOJI.search(text) or steps._LATIN_MOJI.search(text)):
        kinds.append("mojibake")
    hits = 0
    if config.fix_pinyin and chars & _TONED_CHARS and ("(" in text or "（" in text):
        hits = steps.pinyin_hits(text, at_most=3)  # found at all, and 3 or more: all the plan asks
        if hits:
            kinds.append("pinyin")
    detected, to_simplified = script.worth_converting(text)
    if to_simplified and config.target_script == "hans":
        kinds.append("t2s")
    if config.fix_adlaw and ("蕞" in text or "头部" in text or "頭部" in text):
        kinds.append("adlaw")
    if config.target_script in TARGET_CONVERSION:
        kinds.append(TARGET_CONVERSION[config.target_script])
    if config.punctuation == "fullwidth" and any(c in text for c in _ASCII_PUNCT):
        kinds.append("punct_fullwidth")
    elif config.punctuation == "halfwidth":
        kinds.append("punct_halfwidth")
    chosen = tuple(st for k in kinds if (st := _step(k, config, text, hits)) is not None)
    return Plan(chosen, detected, to_simplified)


def run(lines: Sequence[str], linenos: Sequence[int], p: Plan, joined: str | None = None,
        before_script: list[str] | None = None) -> tuple[list[str], list[str], tuple[NormStep, ...]]:
    """Apply a plan to lines: returns (output texts, Simplified keys for the rules, records).

    Each step runs once over the whole page (lines joined by newlines, which no step touches;
    ``joined`` is that text when the caller has it already); where a step changed something, the
    first changed lines become its examples. ``before_script``, when given, receives the text as it
    stands before the script conversion (for :func:`page_script_text`).
    """
    text = "\n".join(lines) if joined is None else joined
    records = []
    for st in p.steps:
        if before_script is not None and st.kind in SCRIPT_KINDS:
            before_script.append(text)
        new, n = st.fix(text)
        if n:
            records.append(NormStep(st.kind, n, _examples(text, new, linenos)))
            text = new
    out = text.split("\n")
    if len(out) != len(lines):  # a step must never add or drop a line; fall back to line by line
        return _run_lines(lines, linenos, p)
    kinds = p.kinds
    if (p.to_simplified and "t2s" not in kinds) or _TRADITIONAL_TARGETS.intersection(kinds):
        keys = script.converter("t2s")(text).split("\n")  # the rules read Simplified, whatever the output
    else:
        keys = out
    if _BAR_LOOKALIKE in text:  # (the rules read 文字丨某某, a radical set as a bar, as the bar it is)
        keys = [k.replace(_BAR_LOOKALIKE, "｜") for k in keys]
    if " " in text and _SPACED_LABEL.search(text):  # (the rules read 联 系 人： as the label it is)
        keys = [_SPACED_LABEL.sub(_unspaced, k) if " " in k else k for k in keys]
    if _latin_label()[0].search(text):  # (and 来源 Source： as 来源：)
        keys = [_latin_label()[1].sub(_chinese_label, k) for k in keys]
    return out, keys, tuple(records)


@lru_cache(maxsize=1)
def _latin_label() -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """The English word after a field's Chinese label in a bilingual byline (来源 Source：, 编辑
    Edited by 某某): a pattern that finds one (the word first: a quick scan), and one that takes it
    with the space before it; the words are the byline grammar's ``latin_label`` rows."""
    rows = sorted((r[1] for r in lexicons.table("byline.tsv") if r[0] == "latin_label"), key=len, reverse=True)
    colon = "|".join(re.escape(w) for w in rows if not w.endswith(" by"))
    by = "|".join(re.escape(w) for w in rows if w.endswith(" by"))
    first = "".join(sorted({re.escape(w[0]) for w in rows}))  # (a lookahead on the first letters: a quick scan)
    return (re.compile(rf"(?=[{first}])(?<![A-Za-z])(?:(?:{colon}) ?[:：]|(?:{by}) (?=\S))"),
            re.compile(rf" ?(?<![A-Za-z])(?:(?:{colon}) ?(?=[:：])|(?:{by}) (?=\S))"))


def _chinese_label(m: "re.Match[str]") -> str:
    """Drop the English word when a Chinese label stands before it (作者 Author： → 作者：); a
    word with ``by`` becomes the colon it stands for (编辑 Edited by 某某 → 编辑：某某)."""
    at = m.start()
    if at == 0 or not "\u4e00" <= m.string[at - 1] <= "\u9fff":
        return m.group(0)
    return "：" if m.group(0).endswith(" ") else ""


_BAR_LOOKALIKE = "丨"  # the radical gun (U+4E28), which WeChat editors type for a bar: 文字丨某某 | 编辑丨某某
# a field's label spaced out to align a template's column (联 系 人：, 电　　话：, 作　　者：): the key reads it whole
_SPACED_LABEL = re.compile(r"^((?:[\u4e00-\u9fff] +){1,3}[\u4e00-\u9fff])(?= ?[:：])", re.M)


def _unspaced(m: "re.Match[str]") -> str:
    return m.group(1).replace(" ", "")


SCRIPT_KINDS = frozenset({"t2s", "s2t", "s2tw", "s2hk"})
_TRADITIONAL_TARGETS = frozenset({"s2t", "s2tw", "s2hk"})


def page_script_text(before_script: str, p: Plan) -> str | None:
    """The page's lines (joined by newlines) normalized like the text but left in the page's own
    script: the text :func:`run` had before the script conversion, with the steps after it
    applied. ``None`` when the plan does not convert the script, or when the page's Traditional is
    itself an artefact (pinyin glued to characters: a Simplified page run through a converter),
    whose original is what the conversion restores."""
    kinds = p.kinds
    if not SCRIPT_KINDS.intersection(kinds) or "pinyin" in kinds:
        return None
    text = before_script
    after = False
    for st in p.steps:
        if st.kind in SCRIPT_KINDS:
            after = True
        elif after:
            text = st.fix(text)[0]
    return text


def _examples(old: str, new: str, linenos: Sequence[int]) -> tuple[tuple[int, str, str], ...]:
    """The first changed lines (both texts have the same lines); read line by line from the top,
    so a page whose changes start early is not split whole."""
    if _changed_lines is not None:
        return tuple(_example(linenos[i], a, b) for i, a, b in _changed_lines(old, new, _MAX_EXAMPLES)
                     if i < len(linenos))
    ex = []
    i = j = 0
    for ln in linenos:
        i2, j2 = old.find("\n", i), new.find("\n", j)
        a = old[i:] if i2 < 0 else old[i:i2]
        b = new[j:] if j2 < 0 else new[j:j2]
        if a != b:
            ex.append(_example(ln, a, b))
            if len(ex) == _MAX_EXAMPLES or i2 < 0:
                break
        if i2 < 0 or j2 < 0:
            break
        i, j = i2 + 1, j2 + 1
    return tuple(ex)


def _run_lines(lines: Sequence[str], linenos: Sequence[int], p: Plan
               ) -> tuple[list[str], list[str], tuple[NormStep, ...]]:
    counts = {st.kind: 0 for st in p.steps}
    examples: dict[str, list[tuple[int, str, str]]] = {st.kind: [] for st in p.steps}
    out = []
    for line, ln in zip(lines, linenos):
        for st in p.steps:
            new, n = st.fix(line.replace("\n", " "))
            if n:
                counts[st.kind] += n
                if len(examples[st.kind]) < _MAX_EXAMPLES:
                    examples[st.kind].append(_example(ln, line, new))
                line = new
        out.append(line)
    simplify = (p.to_simplified and "t2s" not in p.kinds) or _TRADITIONAL_TARGETS.intersection(p.kinds)
    t2s = script.converter("t2s") if simplify else None
    keys = [t2s(x) for x in out] if t2s else out
    return out, keys, tuple(NormStep(k, counts[k], tuple(examples[k])) for k in counts if counts[k])


def replay(text: str, kinds: Iterable[str], config: Config | None = None) -> str:
    """Apply the named steps (e.g. the kinds of a result's ``normalization``) to other text.

    >>> replay("園區(qū)蕞佳", ["pinyin", "t2s", "adlaw"])
    '园区最佳'
    """
    cfg = config or Config()
    chosen = [st for k in kinds if (st := _step(k, cfg, text)) is not None]
    lines = []
    for line in text.split("\n"):
        for st in chosen:
            line = st.fix(line)[0]
        lines.append(line)
    return "\n".join(lines)
