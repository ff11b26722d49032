"""parkclean as a step of a datatrove pipeline (local, Slurm or Ray executors).

    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.executor import LocalPipelineExecutor
    from parkclean.integrations.datatrove import ParkcleanExtractor

    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),                       # documents whose text is a page dump or HTML
        ParkcleanExtractor(exclusion_writer=JsonlWriter("rejected/")),
        JsonlWriter("clean/"),
    ], tasks=64).run()

Each document's text becomes the clean body; metadata (title, published, authors, source, …,
the labels removed and the normalization steps) goes into ``doc.metadata["parkclean"]``. A page
with no article text, or one that fails, is dropped with its reason and, if an exclusion writer
is given, written there: nothing disappears silently. datatrove is optional: without it this
class still works on any objects with ``text``, ``metadata`` and ``id`` attributes.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from ..config import Config
from ..errors import ParkcleanError
from ..pipeline import clean

try:  # pragma: no cover - exercised only where datatrove is installed
    from datatrove.pipeline.base import PipelineStep as _Base
except ImportError:  # datatrove is not a dependency
    _Base = object  # type: ignore[assignment,misc]


class ParkcleanExtractor(_Base):  # type: ignore[misc,valid-type]
    """A pipeline step: clean each document's page, keep the metadata, drop (with a reason) the rest."""

    name = "parkclean"
    type = "🧹 - EXTRAC"

    def __init__(self, config: Optional[Config] = None, exclusion_writer: Any = None, keep_removed: bool = False):
        if _Base is not object:
            super().__init__()
        self.config = config or Config()
        self.exclusion_writer = exclusion_writer
        self.keep_removed = keep_removed
        self.counts: dict[str, int] = {}

    def _count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1
        if _Base is not object and hasattr(self, "stat_update"):
            self.stat_update(key)

    def _drop(self, doc: Any, reason: str, writer: Any) -> None:
        doc.metadata["filter_reason"] = reason
        self._count(f"dropped_{reason.split(':')[0]}")
        if writer is not None:
            writer.write(doc)

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        writer = self.exclusion_writer.__enter__() if self.exclusion_writer is not None else None
        try:
            for doc in data:
                try:
                    r = clean(doc.text, self.config)
                except ParkcleanError as e:
                    self._drop(doc, f"{type(e).__name__}: {e}", writer)
                    continue
                except Exception as e:  # one bad page never stops the run
                    self._drop(doc, f"InternalError: {type(e).__name__}: {e}", writer)
                    continue
                if not r.paragraphs:
                    self._drop(doc, "no_article_text", writer)
                    continue
                d = r.to_dict()
                if not self.keep_removed:
                    d["removed"] = [{"label": x["label"], "start": x["start"], "rule": x["rule"]} for x in d["removed"]]
                d.pop("text")
                d.pop("paragraphs")
                doc.metadata["parkclean"] = d
                doc.text = r.text
                self._count("kept")
                yield doc
        finally:
            if writer is not None:
                self.exclusion_writer.__exit__(None, None, None)
