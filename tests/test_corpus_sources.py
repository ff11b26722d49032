"""Crawl formats in: WARC (GBK, UTF-8, Big5, non-HTML, truncated), JSONL (plain, gz, zst), globs, twins."""
import gzip
import io
import json
from pathlib import Path

import pytest

from parkclean import cli
from parkclean.corpus import sources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e429046f28e11e53.txt"

HANS = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。"
HANT = "科學園區第三期擴建計畫今日正式啟動，總投資約新臺幣一百二十億元，預計完工後可新增就業機會三千個。"


def page(title: str, body: str, home: str = "首页", rights: str = "版权所有") -> str:
    return (f"<html><head><title>{title}</title></head><body><div>{home} &gt; {title[:2]}</div><h1>{title}</h1>"
            f"<p>{body}</p><p>{body}</p><div>{rights} 某某网</div></body></html>")


def write_warc(path: Path, cut: int = 0, gz: bool = True) -> None:
    """GBK, UTF-8 and Big5 pages, a PNG, a 404, then a page cut ``cut`` bytes short."""
    warcio = pytest.importorskip("warcio.warcwriter")
    from warcio.statusandheaders import StatusAndHeaders
    buf = io.BytesIO()
    w = warcio.WARCWriter(buf, gzip=gz)

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
        h = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=h))

    response("http://gbk.example.cn/a/1.html", page("园区新闻", HANS).encode("gbk"), "text/html; charset=gbk")
    request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    w.write_record(w.create_warc_record("http://gbk.example.cn/a/1.html", "request", payload=request))
    response("http://utf8.example.cn/b/2.html", page("园区动态", HANS).encode("utf-8"), "text/html")
    response("http://big5.example.tw/c/3.html", page("園區新聞", HANT, "首頁", "版權所有").encode("big5"), "text/html; charset=big5")
    response("http://gbk.example.cn/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    response("http://gbk.example.cn/gone.html", b"<html>not found</html>", "text/html", "404 Not Found")
    response("http://utf8.example.cn/b/cut.html", page("被截断", HANS * 20).encode("utf-8"), "text/html")
    data = buf.getvalue()
    path.write_bytes(data[:len(data) - cut] if cut else data)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_every_html_response_cleaned_the_others_rejected_with_reasons(tmp_path, gz):
    pytest.importorskip("fastwarc")
    warc = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(warc, cut=400, gz=gz)
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    assert cli.main(["-q", str(warc), "-o", str(out), "--rejects", str(rej)]) == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_url = {r["url"]: r for r in rows}
    assert set(by_url) == {"http://gbk.example.cn/a/1.html", "http://utf8.example.cn/b/2.html", "http://big5.example.tw/c/3.html"}
    assert by_url["http://gbk.example.cn/a/1.html"]["decoding"]["chosen_by"] == "http"
    assert by_url["http://gbk.example.cn/a/1.html"]["decoding"]["encoding"] == "gb18030"
    assert by_url["http://big5.example.tw/c/3.html"]["text"].startswith("科学园区第三期")  # Big5 read, made Simplified
    assert all(HANS in r["text"] or r["script"] == "hant" for r in rows)
    assert all(r["id"].startswith("<urn:uuid:") for r in rows)
    rejected = [json.loads(x) for x in rej.read_text(encoding="utf-8").splitlines()]
    kinds = sorted(r["error_kind"] for r in rejected)
    assert kinds == ["NotAPage", "NotHTML", "TruncatedRecord"]
    reasons = " ".join(r["error"] for r in rejected)
    assert "image/png" in reasons and "HTTP status 404" in reasons and "/b/cut" in reasons
    # a crawl's picture and its 404 are no pages (skipped); the record cut short failed
    assert {r["error_kind"]: r["outcome"] for r in rejected} == {"NotHTML": "skipped", "NotAPage": "skipped",
                                                                 "TruncatedRecord": "failed"}


def test_a_warc_of_pages_pictures_and_errors_alone_exits_0(tmp_path):
    pytest.importorskip("fastwarc")
    warc = tmp_path / "crawl.warc"
    write_warc(warc)  # (nothing cut: the picture and the 404 are the only records not cleaned)
    assert cli.main(["-q", str(warc), "-o", str(tmp_path / "out.jsonl")]) == 0


def test_warc_compressed_bodies_and_records_over_the_size_limit(tmp_path):
    pytest.importorskip("fastwarc")
    warcio = pytest.importorskip("warcio.warcwriter")
    from warcio.statusandheaders import StatusAndHeaders
    buf = io.BytesIO()
    w = warcio.WARCWriter(buf, gzip=True)
    html = page("园区新闻", HANS).encode("utf-8")
    for coding, body in (("gzip", gzip.compress(html)), ("deflate", __import__("zlib").compress(html)),
                         ("br", b"\x0b\x01\x80"), (None, html * 50)):
        headers = [("Content-Type", "text/html; charset=utf-8")] + ([("Content-Encoding", coding)] if coding else [])
        h = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://x.example.cn/{coding}.html", "response", payload=io.BytesIO(body),
                                            http_headers=h))
    (tmp_path / "c.warc.gz").write_bytes(buf.getvalue())
    docs = list(sources.documents([str(tmp_path / "c.warc.gz")], max_bytes=len(html) * 10))
    assert [d.data == html for d in docs[:2]] == [True, True]
    assert docs[2].error_kind == "DecodeError" and "br" in docs[2].error
    assert docs[3].error_kind == "InputTooLarge" and docs[3].data is None


def test_warc_fetch_date_is_the_reference_date(tmp_path):
    pytest.importorskip("fastwarc")
    warcio = pytest.importorskip("warcio.warcwriter")
    from warcio.statusandheaders import StatusAndHeaders
    buf = io.BytesIO()
    w = warcio.WARCWriter(buf, gzip=True)
    html = page("园区新闻", HANS).replace("<h1>", "<div>3天前</div><h1>").encode("utf-8")
    h = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    rec = w.create_warc_record("http://x.example.cn/1.html", "response", payload=io.BytesIO(html), http_headers=h,
                               warc_headers_dict={"WARC-Date": "2024-05-08T10:00:00Z"})
    w.write_record(rec)
    (tmp_path / "c.warc.gz").write_bytes(buf.getvalue())
    docs = list(sources.documents([str(tmp_path / "c.warc.gz")]))
    assert len(docs) == 1 and str(docs[0].fetched) == "2024-05-08"
    out = tmp_path / "o.jsonl"
    assert cli.main(["-q", str(tmp_path / "c.warc.gz"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["published"] == "2024-05-05"


def _jsonl_lines():
    return [{"id": "a", "url": "http://x.example.cn/a.html", "text": f"首页\n{HANS}"},
            {"id": "b", "html": page("园区动态", HANS), "text": 12},
            {"id": "c"}]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_plain_gzip_and_zstd(tmp_path, suffix):
    body = ("\n".join(json.dumps(r, ensure_ascii=False) for r in _jsonl_lines()) + "\nnot json\n").encode("utf-8")
    path = tmp_path / f"in{suffix}"
    if suffix.endswith(".gz"):
        body = gzip.compress(body)
    elif suffix.endswith(".zst"):
        zstd = pytest.importorskip("zstandard")
        body = zstd.ZstdCompressor().compress(body)
    path.write_bytes(body)
    docs = list(sources.documents([str(path)]))
    assert [d.id for d in docs] == ["a", "b", "c", f"{path}:4"]
    assert docs[0].data.endswith(HANS) and docs[0].url == "http://x.example.cn/a.html"
    assert "'text'" in docs[1].error and "int" in docs[1].error and "missing" in docs[2].error
    assert "not a JSON line" in docs[3].error
    html_docs = list(sources.documents([str(path)], sources.Fields(html="html")))
    assert html_docs[1].format == "html" and html_docs[1].error is None and html_docs[0].error is not None


def test_jsonl_through_the_cli_with_fields(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"key": f"k{i}", "page": f"首页\n{HANS}{i}"}, ensure_ascii=False)
                              for i in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert cli.main(["-q", str(path), "--text-field", "page", "--id-field", "key", "-o", str(out)]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["k0", "k1", "k2"]


def test_an_id_met_again_keeps_its_id_and_resume_counts_each_document_once(tmp_path):
    path = tmp_path / "in.jsonl"
    ids = ["a", "b", "a", "a~2", "a"]
    path.write_text("\n".join(json.dumps({"id": x, "text": f"{HANS}{i}"}, ensure_ascii=False)
                              for i, x in enumerate(ids)) + "\n", encoding="utf-8")
    assert [d.id for d in sources.documents([str(path)])] == ids   # (ids as the input gives them)
    out = tmp_path / "o.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:3]), encoding="utf-8")  # a run that saw the first three records
    assert cli.main(["-q", str(path), "-o", str(out)]) == 0
    path.write_text("".join(lines), encoding="utf-8")
    assert cli.main(["-q", str(path), "-o", str(out), "--resume"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert [r["text"][-1] for r in records] == ["0", "1", "2", "3", "4"]


def test_a_record_without_the_text_field_says_which_field_it_has(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "html": "<p>园区</p>"}) + "\n" + json.dumps({"id": "b", "text": 3}) + "\n",
                    encoding="utf-8")
    docs = list(sources.documents([str(path)]))
    assert "--html-field html" in docs[0].error and "an int, not a string" in docs[1].error


def test_twins_rule_and_globs(tmp_path):
    for name in ("a.txt", "a.html", "b.txt", "c.htm"):
        (tmp_path / name).write_text(f"首页\n{HANS}", encoding="utf-8")
    items = sources.expand([str(tmp_path)])
    assert sources.twins(items, "html") == {str(tmp_path / "a.txt"): str(tmp_path / "a.html")}
    assert sources.twins(items, "text") == {str(tmp_path / "a.html"): str(tmp_path / "a.txt")}
    assert sources.twins(items, "both") == {}
    docs = list(sources.documents([str(tmp_path)]))
    assert [d.outcome for d in docs if d.error] == ["skipped"] and "twin of" in docs[1].error
    named = list(sources.documents([str(tmp_path / "a.txt"), str(tmp_path / "a.html")]))
    assert [d.error for d in named] == [None, None]  # both named by themselves: both cleaned
    globbed = list(sources.documents([str(tmp_path / "a.*")]))
    assert [d.outcome for d in globbed if d.error] == ["skipped"]
    assert [Path(x).name for x in sources.expand([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    nothing = sources.expand([str(tmp_path / "*.nope")])
    assert nothing[0].reason == "no file matches this pattern"


@pytest.mark.parametrize("name,data", [("bad.jsonl.gz", b"this is not gzip"),
                                       ("bad.warc.gz", bytes(range(256)) * 20), ("bad.warc", b"WARC/9.9 nonsense\r\n" * 50)])
def test_a_corrupt_crawl_file_is_a_reject_not_a_crash(tmp_path, name, data):
    if "warc" in name:
        pytest.importorskip("fastwarc")
    bad = tmp_path / name
    bad.write_bytes(data)
    rej = tmp_path / "r.jsonl"
    assert cli.main(["-q", str(bad), "-o", str(tmp_path / "o.jsonl"), "--rejects", str(rej)]) == 1
    row = json.loads(rej.read_text(encoding="utf-8"))
    assert row["outcome"] == "failed" and "cannot read further" in row["error"]


def test_corpus_folder_gives_one_record_per_article():
    """corpus/dev holds each page as .txt and .html: one record each, the text twins skipped."""
    docs = list(sources.documents([str(ROOT / "corpus" / "dev")]))
    kept = [d for d in docs if d.error is None]
    assert len(kept) == len({Path(d.id).stem for d in kept}) == 44
    assert all(d.id.endswith(".html") for d in kept)


def test_stdin_in_a_corpus_run_with_two_processes(tmp_path):
    import subprocess
    import sys
    out = tmp_path / "o.jsonl"
    page = f"首页\n{HANS}".encode("utf-8")
    p = subprocess.run([sys.executable, "-m", "parkclean", "-q", "-j", "2", "-", str(tmp_path / "missing.txt"), "-o", str(out)],
                       input=page, capture_output=True, timeout=120)
    assert p.returncode == 1 and b"no such file" in p.stderr   # the missing file: a reject, the run goes on
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["stdin"] and rows[0]["text"] == HANS


def test_a_binary_file_named_jsonl_is_one_reject(tmp_path):
    path = tmp_path / "ls.jsonl"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\n" * 50 + b"\x00\x01\n" * 50)
    docs = list(sources.jsonl_documents(str(path)))
    assert len(docs) == 1 and docs[0].error_kind == "InputError" and "looks binary" in docs[0].error


def test_a_runs_output_left_in_the_folder_it_reads_is_not_read_again(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(f"园区新闻\n{HANS}\n{HANS}二", encoding="utf-8")
    out = pages / "out.jsonl"
    assert cli.main(["-q", "--json", str(pages), "-o", str(out)]) == 0
    again = tmp_path / "again.jsonl"
    assert cli.main(["-q", "--json", str(pages), "-o", str(again)]) == 0
    assert [json.loads(x)["input"] for x in again.read_text(encoding="utf-8").splitlines()] == [str(pages / "a.txt")]
    docs = list(sources.documents([str(out)]))           # named, the file is read (its records' cleaned text)
    assert [d.id for d in docs] == [str(pages / "a.txt")] and docs[0].error is None
    other = pages / "crawl.jsonl"                        # a crawl's JSONL (id and text) in the folder is read
    other.write_text(json.dumps({"id": "c1", "text": f"园区新闻\n{HANS}"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [d.id for d in sources.documents([str(pages)]) if d.error is None] == [str(pages / "a.txt"), "c1"]
