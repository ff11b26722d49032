"""One page to one flat row, for engines that map a function over records (Dask, Hugging Face
``datasets``). Every row has the same columns: the flat record's (``corpus/records.py``) and
``outcome`` (``cleaned``, ``failed`` or ``filtered``) with ``reason``; a row that is not
``cleaned`` has empty fields and says why, so nothing is lost when it is filtered out later.
"""
from __future__ import annotations

from typing import Any, Optional

from ..config import Config
from ..corpus import records
from ..corpus.sources import Document
from ..corpus.work import Spec, clean_record
from ..model import Result

EMPTY = {k: v for k, v in records.flat("", "", Result((), ())).items()}


def spec(config: Optional[Config] = None, min_chars: int = 1, min_confidence: float = 0.0) -> Spec:
    """The settings of a mapped cleaning (flat records; no time limit: the engine's own applies)."""
    return Spec(config or Config(), flat=True, filters=records.Filters(min_chars, min_confidence))


def row(doc_id: str, page: Any, url: Optional[str] = None, settings: Spec = spec()) -> dict[str, Any]:
    """A page (str or bytes) to its flat row.

    >>> r = row("a", "首页\\n园区一季度新开工项目十二个，总投资超过五十亿元。")
    >>> r["outcome"], r["text"], r["removed"]
    ('cleaned', '园区一季度新开工项目十二个，总投资超过五十亿元。', 'nav=1')
    >>> r = row("b", None)
    >>> r["outcome"], r["reason"], r["text"]
    ('failed', 'b: expected str or bytes, got NoneType', '')
    """
    if not isinstance(page, (str, bytes)):
        return {**EMPTY, "id": doc_id, "input": doc_id, "outcome": "failed",
                "reason": f"{doc_id}: expected str or bytes, got {type(page).__name__}"}
    done, rec = clean_record(Document(doc_id, doc_id, data=page, url=url), settings)
    if rec is None:
        return {**EMPTY, "id": doc_id, "input": doc_id, "url": url or "", "outcome": done.outcome, "reason": done.reason}
    return {**rec, "outcome": "cleaned", "reason": ""}
