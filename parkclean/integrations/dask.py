"""parkclean over a Dask bag (a ``distributed`` cluster or the local scheduler).

    import dask.bag as db
    from dask.distributed import Client, LocalCluster
    from parkclean.integrations.dask import clean_bag

    client = Client(LocalCluster(n_workers=8, threads_per_worker=1))
    pages = db.read_text("crawl/*.jsonl", blocksize="64MB").map(json.loads)   # {"id", "text", "url"}
    rows = clean_bag(pages)
    rows.filter(lambda r: r["outcome"] == "cleaned").map(json.dumps).to_textfiles("clean/*.jsonl")
    rows.filter(lambda r: r["outcome"] != "cleaned").map(json.dumps).to_textfiles("rejected/*.jsonl")

Each element becomes one flat row (``integrations/records.py``) with its ``outcome`` and
``reason``. Each worker process builds its matcher once (from the disk cache, on the first
page it cleans) and keeps it. No per-document time limit: a worker thread cannot take SIGALRM;
use the CLI or the datatrove step where one is needed.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from ..config import Config
from .records import row, spec


def clean_partition(items: Iterable[Any], config: Optional[Config] = None, text_key: str = "text",
                    id_key: str = "id", url_key: str = "url", min_chars: int = 1,
                    min_confidence: float = 0.0) -> list[dict]:
    """Clean a partition: each item a page (str or bytes) or a dict with ``text_key``."""
    settings = spec(config, min_chars, min_confidence)
    out = []
    for k, item in enumerate(items):
        if isinstance(item, dict):
            out.append(row(str(item.get(id_key, k)), item.get(text_key), item.get(url_key), settings))
        else:
            out.append(row(str(k), item, None, settings))
    return out


def clean_bag(bag: Any, config: Optional[Config] = None, **options: Any) -> Any:
    """A bag of pages (or of dicts with ``text``, ``id``, ``url``) to a bag of flat rows."""
    return bag.map_partitions(clean_partition, config, **options)
