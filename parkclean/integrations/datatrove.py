"""parkclean as a step of a datatrove pipeline (local, Slurm or Ray executors), behaving like
datatrove's own extractors.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter
    from parkclean.integrations.datatrove import ParkcleanExtractor

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/"),                      # or JsonlReader: documents whose text is a page
        ParkcleanExtractor(exclusion_writer=JsonlWriter("rejected/")),
        ParquetWriter("clean/"),
    ], tasks=64).run()

Like datatrove's extractors, each document is cleaned in a sandbox process under a per-document
``timeout`` (a document over it is dropped, the sandbox restarted), inside ``track_time`` (the
step's time shows in datatrove's stats), with ``stat_update`` counters per outcome. A document
that fails, has no article text or is under the filters is dropped with its reason in
``metadata["filter_reason"]`` and written to the exclusion writer with the task's ``rank`` (two
tasks never write one file): nothing disappears silently.

Metadata: ``flat=True`` (default) adds the flat record's fields (``corpus/records.py``: strings
and numbers only, no None, no nesting) to ``doc.metadata``, which Parquet takes batch after
batch; ``flat=False`` puts the full record under ``doc.metadata["parkclean"]``.

datatrove is optional: without it the class still works on any objects with ``text``,
``metadata`` and ``id`` attributes (cleaning in-process, the time limit by SIGALRM).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator, Optional

from ..config import Config
from ..corpus.records import Filters
from ..corpus.sources import Document
from ..corpus.work import Spec, clean_record

try:  # pragma: no cover - exercised only where datatrove is installed
    from datatrove.pipeline.extractors.base import BaseExtractor as _Base
    from datatrove.pipeline.extractors.base import ExtractorSandbox
except ImportError:  # datatrove is not a dependency
    _Base = object  # type: ignore[assignment,misc]
    ExtractorSandbox = None  # type: ignore[assignment,misc]

_OWN = ("id", "input", "text")  # fields of the flat record a datatrove document already has
_WARM = "首页\n园区一季度新开工项目十二个，总投资超过五十亿元，同比增长两成。"


def _day(value: object) -> Optional[dt.date]:
    """The day of an ISO date or timestamp (``2024-05-08T10:00:00Z``), or None.

    >>> _day("2024-05-08T10:00:00Z"), _day("yesterday"), _day(None)
    (datetime.date(2024, 5, 8), None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class ParkcleanExtractor(_Base):  # type: ignore[misc,valid-type]
    """A pipeline step: clean each document's page, keep the metadata, drop (with a reason) the rest."""

    name = "🧹 parkclean"
    type = "🛢 - EXTRAC"

    def __init__(self, config: Optional[Config] = None, exclusion_writer: Any = None, keep_removed: bool = False,
                 timeout: float = 10.0, flat: bool = True, min_chars: int = 1, min_confidence: float = 0.0):
        if _Base is not object:
            super().__init__(timeout=timeout)
        self.timeout = timeout
        self.config = config or Config()
        self.exclusion_writer = exclusion_writer
        self.keep_removed = keep_removed
        self.flat = flat
        self.spec = Spec(self.config, flat=flat, filters=Filters(min_chars, min_confidence),
                         timeout=0.0 if _Base is not object else timeout)
        self.counts: dict[str, int] = {}

    def extract(self, text: "str | bytes", url: Optional[str] = None,  # type: ignore[override]
                date: Optional[str] = None) -> tuple:
        """One page to ``("kept", text, metadata)`` or ``("dropped", kind, reason)``; never raises
        (it runs in the sandbox process). ``url`` and ``date`` are the reader's metadata (a
        WarcReader's): the URL when the page gives none, the fetch day for relative dates."""
        doc = Document("doc", "doc", data=text, url=url if isinstance(url, str) else None, fetched=_day(date))
        done, rec = clean_record(doc, self.spec)
        if rec is None:
            return ("dropped", done.error_kind or done.outcome, done.reason)
        body = rec.pop("text")
        if self.flat:
            return ("kept", body, {k: v for k, v in rec.items() if k not in _OWN})
        rec.pop("paragraphs", None)
        if not self.keep_removed:
            rec["removed"] = [{"label": x["label"], "start": x["start"], "rule": x["rule"]} for x in rec["removed"]]
        return ("kept", body, {"parkclean": {k: v for k, v in rec.items() if k not in _OWN}})

    def _count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1
        if _Base is not object:
            self.stat_update(key)

    def _drop(self, doc: Any, kind: str, reason: str, writer: Any, rank: int) -> None:
        doc.metadata["filter_reason"] = f"{kind}: {reason}"
        self._count(f"dropped_{kind}")
        if _Base is not object:
            self.stat_update("dropped")
        if writer is not None:
            writer.write(doc, rank)

    def _one(self, doc: Any, sandbox: Any) -> tuple:
        if not isinstance(doc.text, (str, bytes)):
            return ("dropped", "InputError", f"text is a {type(doc.text).__name__}, not a page")
        args = (doc.text, doc.metadata.get("url"), doc.metadata.get("date"))
        if sandbox is None:
            return self.extract(*args)
        try:
            return sandbox.process_document(args, self.extract)
        except TimeoutError:
            return ("dropped", "DocumentTimeout", f"took more than {self.timeout:g} s")
        except EOFError:
            return ("dropped", "SandboxDied", "the cleaning process died (out of memory?)")

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        writer = self.exclusion_writer.__enter__() if self.exclusion_writer is not None else None
        box = ExtractorSandbox(timeout=self.timeout, warmup_text=(_WARM,)) if ExtractorSandbox and self.timeout else None
        sandbox = box.__enter__() if box is not None else None
        try:
            for doc in data:
                if _Base is not object:
                    self.stat_update("total")
                    with self.track_time():
                        got = self._one(doc, sandbox)
                else:
                    got = self._one(doc, sandbox)
                if got[0] != "kept":
                    self._drop(doc, got[1], got[2], writer, rank)
                    continue
                doc.text = got[1]
                doc.metadata.update(got[2])
                self._count("kept")
                if _Base is not object:
                    self.stat_update("forwarded")
                    self.update_doc_stats(doc)
                yield doc
        finally:
            if box is not None:
                box.__exit__(None, None, None)
            if writer is not None:
                self.exclusion_writer.__exit__(None, None, None)
