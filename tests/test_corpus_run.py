"""Corpus runs: resume after SIGKILL, torn ends repaired, outputs, filters, time limit, dedup, summary."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parkclean import cli
from parkclean.corpus import output, run, work
from parkclean.corpus.sources import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def make_pages(folder: Path, n: int) -> list[str]:
    """``n`` small distinct pages (a seed's head, a numbered sentence, its footer)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [s.read_text(encoding="utf-8").splitlines() for s in SEEDS]
    names = []
    for i in range(n):
        lines = texts[i % len(texts)]
        body = f"园区第{i}号项目今日开工，总投资{i + 3}亿元，预计明年建成投产，可带动就业{i * 7 + 100}人。"
        (folder / f"p{i:04d}.txt").write_text("\n".join(lines[:3] + [body] + lines[-3:]), encoding="utf-8")
        names.append(str(folder / f"p{i:04d}.txt"))
    return names


def ids_of(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh]


def test_a_run_killed_with_sigkill_resumes_every_id_exactly_once(tmp_path):
    names = make_pages(tmp_path / "pages", 400)
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    argv = [sys.executable, "-m", "parkclean", "-q", "-j", "2", "--json", str(tmp_path / "pages"), "-o", str(out),
            "--rejects", str(rej), "--min-chars", "0"]
    proc = subprocess.Popen(argv, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the workers the killed run left behind
        except ProcessLookupError:
            pass
    first = len(out.read_bytes().splitlines())
    assert 0 < first < 400, "the run was not killed midway"
    done = subprocess.run(argv + ["--resume"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert sorted(ids_of(out) + (ids_of(rej) if rej.exists() else [])) == sorted(names)
    summary = json.loads((tmp_path / "out.summary.json").read_text(encoding="utf-8"))
    assert summary["already_done"] >= first - 1 and summary["pages"] + summary["already_done"] == 400


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_repairs_a_torn_last_line_or_member(tmp_path, name):
    names = make_pages(tmp_path / "pages", 12)
    out = tmp_path / name
    assert cli.main(["-q", "--json", str(tmp_path / "pages"), "-o", str(out)]) == 0
    whole = out.read_bytes()
    if name.endswith(".gz"):
        torn = whole + gzip.compress(b'{"id": "x", "text": "abc"}\n')[:-9]
    else:
        torn = whole[: whole.rfind(b"\n", 0, len(whole) - 1) + 1] + b'{"id": "' + str(names[-1]).encode() + b'", "te'
    out.write_bytes(torn)
    assert cli.main(["-q", "--json", str(tmp_path / "pages"), "-o", str(out), "--resume"]) == 0
    assert sorted(ids_of(out)) == sorted(names)


def test_out_dir_one_file_per_document_and_resume(tmp_path):
    names = make_pages(tmp_path / "pages", 6)
    folder = tmp_path / "out"
    assert cli.main(["-q", str(tmp_path / "pages"), "--out-dir", str(folder)]) == 0
    files = sorted(folder.glob("[!_]*.json"))
    assert len(files) == 6 and (folder / "_summary.json").exists()
    assert sorted(json.loads(f.read_text(encoding="utf-8"))["id"] for f in files) == sorted(names)
    (folder / "left-by-a-kill.json.tmp").write_text("{", encoding="utf-8")
    files[0].unlink()
    assert cli.main(["-q", str(tmp_path / "pages"), "--out-dir", str(folder), "--resume"]) == 0
    assert len(list(folder.glob("[!_]*.json"))) == 6 and not list(folder.glob("*.tmp"))
    summary = json.loads((folder / "_summary.json").read_text(encoding="utf-8"))
    assert summary["already_done"] == 5 and summary["outcomes"] == {"cleaned": 1}


def test_filters_and_flat_records(tmp_path):
    make_pages(tmp_path / "pages", 3)
    (tmp_path / "pages" / "menu.txt").write_text("首页\n新闻\n政务\n服务\n互动", encoding="utf-8")
    out, rej = tmp_path / "o.jsonl", tmp_path / "r.jsonl"
    assert cli.main(["-q", str(tmp_path / "pages"), "-o", str(out), "--rejects", str(rej), "--flat"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert all(isinstance(v, (str, int, float)) and v is not None for r in rows for v in r.values())
    assert [json.loads(x)["outcome"] for x in rej.read_text(encoding="utf-8").splitlines()] == ["filtered"]
    assert cli.main(["-q", str(tmp_path / "pages"), "-o", str(out), "--rejects", str(rej), "--min-chars", "10000"]) == 0
    assert out.read_text(encoding="utf-8") == ""
    reasons = [json.loads(x)["error"] for x in rej.read_text(encoding="utf-8").splitlines()]
    assert len(reasons) == 4 and all("--min-chars 10000" in r or "no article text" in r for r in reasons)
    below_one = sum(r["confidence"] < 1 for r in rows)
    assert cli.main(["-q", str(tmp_path / "pages"), "-o", str(out), "--rejects", str(rej), "--min-confidence", "1"]) == 0
    assert sum("--min-confidence" in json.loads(x)["error"] for x in rej.read_text(encoding="utf-8").splitlines()) == below_one
    assert cli.main(["-q", str(tmp_path / "pages"), "-o", str(out), "--min-confidence", "1.01"]) == 2  # out of range


def test_summary_counts(tmp_path):
    make_pages(tmp_path / "pages", 5)
    (tmp_path / "pages" / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "o.jsonl.gz"
    assert cli.main(["-q", str(tmp_path / "pages"), "-o", str(out), "-j", "2"]) == 1
    s = json.loads((tmp_path / "o.summary.json").read_text(encoding="utf-8"))
    assert s["pages"] == 6 and s["outcomes"] == {"cleaned": 5, "failed": 1} and s["errors"] == {"DecodeError": 1}
    assert s["chars_in"] > s["chars_out"] > 0 and s["pages_per_second"] > 0
    assert s["removed_labels"] and sum(s["removed_rules"].values()) == sum(s["removed_labels"].values())
    assert len(ids_of(out)) == 5


def test_a_document_over_the_time_limit_is_a_reject(monkeypatch):
    slow = work.clean_decoded

    def sleepy(dec, cfg, template=None):
        if "慢" in dec.text:
            time.sleep(5)
        return slow(dec, cfg, template)
    monkeypatch.setattr(work, "clean_decoded", sleepy)
    spec = work.Spec(timeout=0.3)
    started = time.monotonic()
    slow_doc = work.clean_document(Document("s", "s", data="慢\n园区一季度新开工项目十二个，总投资超过五十亿元。"), spec,
                                   work.SiteTemplates())
    fast_doc = work.clean_document(Document("f", "f", data="园区一季度新开工项目十二个，总投资超过五十亿元。"), spec,
                                   work.SiteTemplates())
    assert time.monotonic() - started < 3
    assert slow_doc.outcome == "failed" and slow_doc.error_kind == "DocumentTimeout" and "--timeout" in slow_doc.reason
    assert fast_doc.outcome == "cleaned"


@pytest.mark.parametrize("mode,expected", [("exact", 1), ("near", 2)])
def test_dedup_records_the_id_duplicated(tmp_path, mode, expected):
    if mode == "near":
        pytest.importorskip("datasketch")
    pages = tmp_path / "pages"
    make_pages(pages, 3)
    text = (pages / "p0001.txt").read_text(encoding="utf-8")
    (pages / "p0001_copy.txt").write_text(text, encoding="utf-8")                        # exact copy
    (pages / "p0001_edit.txt").write_text(text.replace("开工", "开建", 1), encoding="utf-8")  # one word changed
    out, rej = tmp_path / "o.jsonl", tmp_path / "r.jsonl"
    assert cli.main(["-q", str(pages), "-o", str(out), "--rejects", str(rej), "--dedup", mode]) == 0
    dups = [json.loads(x) for x in rej.read_text(encoding="utf-8").splitlines()]
    assert len(dups) == expected and all(d["outcome"] == "duplicate" for d in dups)
    assert all(d["duplicate_of"].endswith("p0001.txt") for d in dups)
    assert len(ids_of(out)) == 5 - expected
    assert cli.main(["-q", str(pages), "-o", str(out), "--rejects", str(rej)]) == 0  # off by default
    assert len(ids_of(out)) == 5


def test_corpus_options_that_cannot_go_together_are_usage_errors(tmp_path, capsys):
    make_pages(tmp_path / "pages", 2)
    p = str(tmp_path / "pages")
    assert cli.main([p, "--resume"]) == 2
    assert cli.main([p, "-o", str(tmp_path / "a.jsonl"), "--out-dir", str(tmp_path / "d")]) == 2
    assert cli.main([p, "--out-dir", p]) == 2
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    assert cli.main([p, "--out-dir", str(tmp_path / "one.txt")]) == 2
    assert cli.main([p, "--flat", "--explain"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--resume needs" in err and "holds inputs" in err and "is a file, not a folder" in err


def test_windowed_pool_keeps_order_and_reads_ahead_little():
    seen = []

    def tasks():
        for i in range(40):
            seen.append(i)
            yield i
    got = []
    for r in run.ordered(abs, tasks(), 2, work.init, (work.Spec(),)):
        got.append(r)
        assert len(seen) - len(got) <= 5  # never more than 2 x jobs tasks in flight
    assert got == list(range(40))


def test_safe_names_never_collide():
    ids = ["a/b", "a_b", "a?b", "<urn:uuid:1>", "x" * 300]
    names = {output.safe_name(i) for i in ids}
    assert len(names) == len(ids) and all("/" not in n and len(n) < 100 for n in names)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_templates_learned_over_the_run_remove_furniture_no_lexicon_knows(tmp_path, jobs):
    furniture = "金桥融媒出品"
    rows = []
    for k in range(20):
        t = chr(0x4E00 + 3 * k) + chr(0x5000 + 7 * k)  # each page its own article (not only other numbers)
        lines = [f"园区新闻{t}", f"记者从{t}园区获悉，今年一季度园区新开工项目{k + 3}个，总投资超过五十亿元。", furniture,
                 f"园区负责人表示，下一步{t}将围绕主导产业开展精准招商，力争引进亿元以上项目{k + 30}个。", "联系我们"]
        rows.append({"id": f"d{k}", "url": f"http://www.site.example.cn/news/{k}.html", "text": "\n".join(lines)})
    src = tmp_path / "site.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    plain, learned = tmp_path / "plain.jsonl", tmp_path / "learned.jsonl"
    assert cli.main(["-q", "-j", jobs, str(src), "-o", str(plain)]) == 0
    assert cli.main(["-q", "-j", jobs, str(src), "-o", str(learned), "--templates"]) == 0
    before = [json.loads(x)["text"] for x in plain.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(x) for x in learned.read_text(encoding="utf-8").splitlines()]
    assert all(furniture in t for t in before)
    assert all(furniture not in r["text"] and "亿元以上项目" in r["text"] for r in after)
    assert all(any(x["rule"] == "template.repeated_line" and x["text"] == furniture for x in r["removed"]) for r in after)
    s = json.loads((tmp_path / "learned.summary.json").read_text(encoding="utf-8"))
    assert s["templates"]["sites_with_template"] == 1 and s["removed_rules"]["template.repeated_line"] >= 20


@pytest.mark.parametrize("name", ["o.jsonl", "o.jsonl.gz"])
def test_lines_packed_by_the_workers_are_the_lines_written_one_by_one(tmp_path, name):
    make_pages(tmp_path / "pages", 70)
    packed, single = tmp_path / ("p_" + name), tmp_path / ("s_" + name)
    run.run(run.Plan((str(tmp_path / "pages"),), output=str(packed), jobs=2, quiet=True))
    # dedup makes the main process write line by line (nothing here is a duplicate)
    run.run(run.Plan((str(tmp_path / "pages"),), work.Spec(dedup="exact"), output=str(single), jobs=2, quiet=True))
    read = (lambda p: gzip.decompress(p.read_bytes())) if name.endswith(".gz") else (lambda p: p.read_bytes())
    assert read(packed) == read(single) and len(read(packed).splitlines()) == 70


def test_out_dir_writes_two_documents_of_one_id_side_by_side(tmp_path):
    """A crawl that fetched a page twice gives two records of one id: with --out-dir the second
    is written beside the first (ID~2.json), not over it, so every document is in the output."""
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业三千余人。"
    lines = [json.dumps({"id": "same", "text": f"园区新闻{k}\n{para}{k}\n{para}"}, ensure_ascii=False) for k in range(3)]
    src = tmp_path / "dup.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "out"
    assert cli.main(["-q", str(src), "--out-dir", str(folder)]) == 0
    names = sorted(n for n in os.listdir(folder) if not n.startswith("_"))
    assert names == ["same.json", "same~2.json", "same~3.json"]
    texts = {json.loads((folder / n).read_text(encoding="utf-8"))["text"].split("\n")[0] for n in names}
    assert len(texts) == 3


def test_a_records_url_is_the_crawls_and_the_pages_own_is_kept_beside_it(tmp_path):
    """A JSONL document's url is where it was fetched; an address the page states of itself
    (its permalink) does not replace it, and is kept as page_url."""
    para = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产，带动就业三千余人。"
    text = f"园区新闻\n{para}\n{para}续\n本文链接：http://news.example.cn/post/44.html"
    rows = [{"id": "a", "url": "http://mirror.example.com/1.html", "text": text}, {"id": "b", "text": text}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["-q", str(src), "-o", str(out)]) == 0
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert recs["a"]["url"] == "http://mirror.example.com/1.html"
    assert recs["a"]["page_url"] == recs["b"]["url"] == "http://news.example.cn/post/44.html"
    assert "page_url" not in recs["b"]
