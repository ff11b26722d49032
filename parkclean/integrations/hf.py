"""A Hugging Face ``datasets.map`` recipe.

    from datasets import load_dataset
    from parkclean.integrations.hf import clean_batch

    ds = load_dataset("json", data_files="crawl/*.jsonl", split="train")      # columns: id, text, url
    rows = ds.map(clean_batch, batched=True, batch_size=64, num_proc=8, remove_columns=ds.column_names)
    clean = rows.filter(lambda r: r["outcome"] == "cleaned")
    rejected = rows.filter(lambda r: r["outcome"] != "cleaned")               # each with its reason
    clean.to_parquet("clean.parquet")

Every row has the flat record's columns (strings and numbers, never None) and ``outcome`` /
``reason``, so Arrow keeps one schema over the whole map. Pass options with ``fn_kwargs``
(``text_column``, ``id_column``, ``url_column``, ``min_chars``, ``min_confidence``, ``config``).
"""
from __future__ import annotations

from typing import Optional

from ..config import Config
from .records import row, spec


def clean_batch(batch: dict[str, list], text_column: str = "text", id_column: str = "id", url_column: str = "url",
                min_chars: int = 1, min_confidence: float = 0.0, config: Optional[Config] = None) -> dict[str, list]:
    """A batch (column → values) of pages to a batch of flat rows, one per page, in order.

    >>> out = clean_batch({"id": ["a"], "text": ["首页\\n园区一季度新开工项目十二个，总投资超过五十亿元。"]})
    >>> out["outcome"], out["text"]
    (['cleaned'], ['园区一季度新开工项目十二个，总投资超过五十亿元。'])
    """
    settings = spec(config, min_chars, min_confidence)
    pages = batch[text_column]
    ids = batch.get(id_column) or [str(k) for k in range(len(pages))]
    urls = batch.get(url_column) or [None] * len(pages)
    rows = [row(str(i), p, u, settings) for i, p, u in zip(ids, pages, urls)]
    return {k: [r[k] for r in rows] for k in rows[0]} if rows else {}
