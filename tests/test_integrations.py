from dataclasses import dataclass, field

from parkclean.integrations.datatrove import ParkcleanExtractor


@dataclass
class Doc:
    text: str
    id: str
    metadata: dict = field(default_factory=dict)


class Sink:
    def __init__(self):
        self.docs = []

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def write(self, doc):
        self.docs.append(doc)


def test_step_cleans_keeps_metadata_and_records_drops():
    docs = [
        Doc("首页\n园区新闻\n园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。\n版权所有 某某网", "a"),
        Doc("首页\n新闻\n政务\n服务", "b"),
        Doc(b"\x00\x01" * 50, "c"),  # not text: the step must not crash
    ]
    sink = Sink()
    step = ParkcleanExtractor(exclusion_writer=sink)
    out = list(step.run(docs))
    assert [d.id for d in out] == ["a"]
    assert out[0].text.startswith("园区一季度") and "版权" not in out[0].text
    assert out[0].metadata["parkclean"]["removed"]
    assert {d.id for d in sink.docs} == {"b", "c"}
    assert all(d.metadata["filter_reason"] for d in sink.docs)
    assert step.counts["kept"] == 1
