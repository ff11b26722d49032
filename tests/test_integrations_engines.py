"""Dask (on a distributed LocalCluster) and Hugging Face datasets.map: every page one row, rejects kept with reasons."""
import pytest

from parkclean.integrations import hf, records

GOOD = "首页\n园区新闻\n园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。\n版权所有 某某网"
ITEMS = [{"id": f"g{k}", "text": GOOD.replace("一季度", f"第{k}季度"), "url": f"http://x.example.cn/{k}.html"}
         for k in range(6)] + [{"id": "menu", "text": "首页\n新闻\n政务"}, {"id": "none", "text": None},
                               {"id": "bin", "text": b"\x00\x01" * 40}]


def check(rows):
    by = {r["id"]: r for r in rows}
    assert len(rows) == len(ITEMS) and set(by) == {i["id"] for i in ITEMS}
    assert all(by[f"g{k}"]["outcome"] == "cleaned" and "版权" not in by[f"g{k}"]["text"] for k in range(6))
    assert by["g2"]["url"] == "http://x.example.cn/2.html"
    assert by["menu"]["outcome"] == "filtered" and "no article text" in by["menu"]["reason"]
    assert by["none"]["outcome"] == "failed" and by["bin"]["outcome"] == "failed" and "binary" in by["bin"]["reason"]
    assert len({tuple(sorted(r)) for r in rows}) == 1          # one set of columns for every row
    assert all(v is not None and not isinstance(v, (list, dict)) for r in rows for v in r.values())


def test_dask_bag_on_a_local_cluster():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from parkclean.integrations.dask import clean_bag
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        bag = db.from_sequence(ITEMS, npartitions=3)
        rows = clean_bag(bag).compute(scheduler=client)
        workers = client.run(lambda: __import__("os").getpid())
    assert len(workers) == 2
    check(rows)


def test_hf_datasets_map_recipe():
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_list([{**i, "text": i["text"] if isinstance(i["text"], str) else None} for i in ITEMS[:-1]])
    rows = ds.map(hf.clean_batch, batched=True, batch_size=4, remove_columns=ds.column_names)
    assert rows.num_rows == len(ITEMS) - 1
    clean = rows.filter(lambda r: r["outcome"] == "cleaned")
    assert clean.num_rows == 6 and all(t.startswith("园区第") for t in clean["text"])
    assert set(rows.filter(lambda r: r["outcome"] != "cleaned")["id"]) == {"menu", "none"}


def test_the_plain_functions_without_any_engine():
    out = hf.clean_batch({"id": [i["id"] for i in ITEMS], "text": [i["text"] for i in ITEMS],
                          "url": [i.get("url") for i in ITEMS]})
    check([dict(zip(out, vals)) for vals in zip(*out.values())])
    assert records.row("x", GOOD, settings=records.spec(min_chars=1000))["outcome"] == "filtered"
