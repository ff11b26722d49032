import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from parkclean import Config
from parkclean.integrations.datatrove import ParkcleanExtractor

GOOD = "首页\n园区新闻\n园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。\n版权所有 某某网"


@dataclass
class Doc:
    text: str
    id: str
    metadata: dict = field(default_factory=dict)


class Sink:
    def __init__(self):
        self.docs = []
        self.ranks = []

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def write(self, doc, rank=0):
        self.docs.append(doc)
        self.ranks.append(rank)


@pytest.mark.parametrize("flat", [True, False])
def test_step_cleans_keeps_metadata_and_records_drops(flat):
    docs = [
        Doc(GOOD, "a"),
        Doc("首页\n新闻\n政务\n服务", "b"),
        Doc(b"\x00\x01" * 50, "c"),  # not text: the step must not crash
        Doc(None, "d"),              # not even bytes
    ]
    sink = Sink()
    step = ParkcleanExtractor(exclusion_writer=sink, flat=flat, timeout=0)
    out = list(step.run(docs, rank=3))
    assert [d.id for d in out] == ["a"]
    assert out[0].text.startswith("园区一季度") and "版权" not in out[0].text
    meta = out[0].metadata
    if flat:
        assert "copyright=1" in meta["removed"] and all(isinstance(v, (str, int, float)) for v in meta.values())
    else:
        assert meta["parkclean"]["removed"][0]["label"]
    assert [d.id for d in sink.docs] == ["b", "c", "d"] and sink.ranks == [3, 3, 3]
    reasons = [d.metadata["filter_reason"] for d in sink.docs]
    assert reasons[0].startswith("Filtered: no article text") and reasons[1].startswith("DecodeError")
    assert step.counts["kept"] == 1


def _inputs(folder: Path) -> None:
    """Two input files (one per task), three bad documents among them."""
    folder.mkdir()
    big = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。\n" * 400
    rows = [[{"id": "a1", "text": GOOD}, {"id": "a2", "text": "首页\n新闻\n政务"}, {"id": "a3", "text": GOOD.replace("一季度", "二季度")}],
            [{"id": "b1", "text": big}, {"id": "b2", "text": GOOD.replace("一季度", "三季度")}, {"id": "b3", "text": "   \n  "}]]
    for k, docs in enumerate(rows):
        (folder / f"in{k}.jsonl").write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n",
                                             encoding="utf-8")


def test_datatrove_pipeline_two_tasks_keeps_every_reject_and_writes_parquet(tmp_path):
    pytest.importorskip("datatrove")
    pq = pytest.importorskip("pyarrow.parquet")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter
    _inputs(tmp_path / "in")
    step = ParkcleanExtractor(Config(max_input_bytes=20_000), exclusion_writer=JsonlWriter(str(tmp_path / "rejected")),
                              timeout=120.0)  # (the sandbox's start-up on a loaded machine is not what this tests)
    LocalPipelineExecutor(pipeline=[JsonlReader(str(tmp_path / "in")), step, ParquetWriter(str(tmp_path / "clean"))],
                          tasks=2, workers=2, logging_dir=str(tmp_path / "logs")).run()
    rejected = [json.loads(line) for f in sorted((tmp_path / "rejected").glob("*.jsonl.gz"))
                for line in gzip.open(f, "rt", encoding="utf-8")]
    assert len(list((tmp_path / "rejected").glob("*.jsonl.gz"))) == 2      # one file per task (rank)
    assert sorted(r["id"] for r in rejected) == ["a2", "b1", "b3"]
    reasons = {r["id"]: r["metadata"]["filter_reason"] for r in rejected}
    assert reasons["b1"].startswith("InputTooLarge") and "no article text" in reasons["a2"]
    table = pq.read_table(str(tmp_path / "clean"))
    assert sorted(table.column("id").to_pylist()) == ["a1", "a3", "b2"]
    rows = table.to_pylist()
    assert all(r["text"].startswith("园区") and r["metadata"]["confidence"] > 0 for r in rows)
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    ours = [s for s in stats if "parkclean" in s["name"]][0]
    assert ours["stats"]["total"] == 6 and ours["stats"]["forwarded"] == 3 and ours["stats"]["dropped"] == 3
    assert ours["time_stats"]["n"] == 6 and ours["time_stats"]["total"] > 0      # track_time per document


def test_datatrove_per_document_timeout(tmp_path, monkeypatch):
    pytest.importorskip("datatrove")
    import time as _time

    from parkclean.integrations import datatrove as integ
    real = integ.clean_record

    def slow(doc, spec, *a):
        if "慢" in doc.data:
            _time.sleep(30)
        return real(doc, spec, *a)
    monkeypatch.setattr(integ, "clean_record", slow)
    sink = Sink()
    step = ParkcleanExtractor(exclusion_writer=sink, timeout=1.0)
    started = _time.monotonic()
    out = list(step.run([Doc("慢\n" + GOOD, "s"), Doc(GOOD, "f")]))
    assert _time.monotonic() - started < 20
    assert [d.id for d in out] == ["f"] and sink.docs[0].metadata["filter_reason"].startswith("DocumentTimeout")


@pytest.mark.parametrize("timeout", [0, 5.0])
def test_the_readers_url_and_fetch_date_are_used(timeout):
    page = "首页\n3天前\n园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。"
    doc = Doc(page, "w", {"url": "http://x.example.cn/1.html", "date": "2024-05-08T10:00:00Z"})
    out = list(ParkcleanExtractor(timeout=timeout).run([doc]))
    assert out[0].metadata["url"] == "http://x.example.cn/1.html" and out[0].metadata["published"] == "2024-05-05"
