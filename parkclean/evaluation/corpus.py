"""Annotated pages: a page file beside a JSON annotation (format in docs/evaluation.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator


@dataclass(frozen=True)
class Case:
    """One annotated page."""

    name: str
    subset: str
    page: Path
    gold: dict[str, Any]

    @property
    def body(self) -> str:
        b = self.gold.get("body", "")
        text = b if isinstance(b, str) else "\n".join(b)
        if self.gold.get("body_script") == "hant":
            from .metrics import t2s
            text = t2s(text)
        return text

    @property
    def line_labels(self) -> dict[int, str]:
        """Per-line gold labels (1-based line number → label), when the annotation has them."""
        return {int(k): v for k, v in (self.gold.get("labels") or {}).items()}


def load(root: str | Path, input_ext: str | None = None) -> Iterator[Case]:
    """Every annotation under ``root`` (recursively); the subset is the folder name."""
    root = Path(root)
    if root.is_file():
        files = [root]
    else:
        files = sorted(p for p in root.rglob("*.json") if not p.name.startswith("_"))
    for f in files:
        try:
            gold = json.loads(f.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if not isinstance(gold, dict) or "body" not in gold or "input" not in gold:
            continue
        page = f.parent / gold["input"]
        if input_ext:
            twin = page.with_suffix("." + input_ext)
            if twin.exists():
                page = twin
        if page.exists():
            yield Case(f.stem, f.parent.name, page, gold)
