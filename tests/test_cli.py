import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from parkclean import batch, cli, errors, io
from parkclean.config import Config

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e429046f28e11e53.txt"


def test_text_output(capsys):
    assert cli.main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("人民网长沙3月3日电") and "版权声明" not in out


def test_json_and_jsonl(tmp_path, capsys):
    assert cli.main(["--json", str(SEED)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["title"] and d["removed"] and "text" in d
    out = tmp_path / "o.jsonl"
    assert cli.main(["--json", "-q", str(ROOT / "seeds"), "-o", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5 and all(r["input"].endswith(".txt") for r in rows)


def test_explain_and_html(tmp_path, capsys):
    html = tmp_path / "x.html"
    assert cli.main(["--explain", "--html", str(html), str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "breadcrumb" in out and "marker.breadcrumb" in out
    assert "<table>" in html.read_text(encoding="utf-8")


def test_explain_as_json_lists_every_line(capsys):
    """``--explain --json``: the explanation as JSON (it printed the text table before), every input
    line once, the removed ones with their rule and evidence."""
    assert cli.main(["--explain", "--json", str(SEED)]) == 0
    d = json.loads(capsys.readouterr().out)
    lines = d["lines"]
    written = [i for i, x in enumerate(SEED.read_text(encoding="utf-8").splitlines(), 1) if x.strip()]
    assert sorted(x for ln in lines for x in range(ln["start"], ln["end"] + 1)) == written
    crumb = next(ln for ln in lines if ln["label"] == "breadcrumb")
    assert not crumb["kept"] and crumb["rule"] == "marker.breadcrumb" and crumb["evidence"]
    assert any(ln["kept"] and ln["label"] == "body" for ln in lines) and d["text"]


def test_a_corpus_option_says_it_turns_text_output_into_records(capsys):
    """``--min-confidence`` on a page asked for text makes a corpus run (JSON records): said on stderr,
    not with ``--json`` (records were asked for)."""
    assert cli.main(["--min-confidence", "0.1", str(SEED)]) == 0
    cap = capsys.readouterr()
    assert json.loads(cap.out.splitlines()[0])["text"]
    assert "--min-confidence makes this a corpus run" in cap.err
    assert cli.main(["--json", "--min-confidence", "0.1", "--dedup", "exact", str(SEED)]) == 0
    assert "corpus run" not in capsys.readouterr().err


def test_exit_codes(tmp_path, capsys):
    assert cli.main(["--bogus-flag", str(SEED)]) == 2
    assert cli.main([str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["--html", "x.html", str(SEED)]) == 2
    assert cli.main(["-o", str(tmp_path / "no" / "such" / "dir.txt"), str(SEED)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert cli.main(["--reference-date", "yesterday", str(SEED)]) == 2


def test_max_bytes_rejects_a_larger_page_and_reads_a_smaller_one(tmp_path, capsys):
    size = SEED.stat().st_size
    assert cli.main(["--max-bytes", str(size - 1), str(SEED)]) == 1
    err = capsys.readouterr().err
    assert "over the limit" in err and "Traceback" not in err
    assert cli.main(["--max-bytes", str(size), str(SEED)]) == 0
    assert capsys.readouterr().out.strip()
    assert cli.main(["--max-bytes", str(10 ** 14), str(SEED)]) == 0   # (a limit far above the page allocates nothing)
    assert capsys.readouterr().out.strip()


def test_bad_document_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_text("园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.txt").write_text("二季度园区将继续推进重点项目建设，力争新开工项目二十个以上。", encoding="utf-8")
    rejects = tmp_path / "rej.jsonl"
    rc = cli.main(["--json", "-q", "-j", "2", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--rejects", str(rejects)])
    assert rc == 1
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    rej = json.loads(rejects.read_text(encoding="utf-8"))
    assert rej["error_kind"] == "DecodeError" and rej["input"].endswith("b.txt")


def test_outcomes_never_raise():
    o = batch.clean_one("x", Config(), data=b"\xff\xfe\x00" * 3)
    assert o.result is not None or o.error_kind


def test_input_errors():
    with pytest.raises(errors.InputTooLarge):
        io.to_text(b"x" * 100, Config(max_input_bytes=10))
    with pytest.raises(errors.InputError):
        io.to_text(12345, Config())  # type: ignore[arg-type]
    assert io.decode("园区".encode("big5", errors="ignore") or b"") is not None
    assert io.decode("产业园区规划".encode("gb18030")) == "产业园区规划"


def test_stdin_and_console_script():
    out = subprocess.run([sys.executable, "-m", "parkclean", "-"], input=SEED.read_bytes(), capture_output=True)
    assert out.returncode == 0 and "人民网长沙" in out.stdout.decode("utf-8")
    help_out = subprocess.run([sys.executable, "-m", "parkclean", "--help"], capture_output=True, text=True)
    assert "examples:" in help_out.stdout and "exit codes" in help_out.stdout


def test_legacy_encodings_are_told_apart():
    hant = "科學園區第三期擴建計畫今日正式啟動，總投資約新臺幣一百二十億元，預計完工後可新增就業機會三千個。"
    hans = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市前列。"
    assert io.decode(hant.encode("big5")) == hant
    assert io.decode(hans.encode("gbk")) == hans
    assert io.decode(hans.encode("gb18030")) == hans


def test_utf8_with_a_broken_byte_stays_utf8():
    text = "园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。" * 20
    data = text.encode("utf-8")[:-1]  # cut inside the last character
    assert io.decode(data).startswith("园区一季度")


def test_clean_many_is_public(tmp_path):
    import parkclean
    (tmp_path / "a.txt").write_text("园区一季度实现工业总产值一百二十亿元，同比增长百分之十五。", encoding="utf-8")
    outs = list(parkclean.clean_many([tmp_path]))
    assert len(outs) == 1 and outs[0].ok and outs[0].result.paragraphs


# ---- names that are not UTF-8, outputs that would wipe inputs, folders that cannot be read ----

GBK_NAME = b"\xb9\xab\xb8\xe6.txt"  # 公告.txt in GBK: not valid UTF-8


def _tree_with_a_gbk_name(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for k, seed in enumerate(seeds[:3]):
        (pages / f"p{k}.txt").write_bytes(seed.read_bytes())
    with open(os.path.join(os.fsencode(pages), GBK_NAME), "wb") as fh:
        fh.write(seeds[3].read_bytes())
    return pages


def test_a_file_name_that_is_not_utf8_is_written_as_valid_jsonl(tmp_path, capsys):
    pages = _tree_with_a_gbk_name(tmp_path)
    out, rejects = tmp_path / "out.jsonl", tmp_path / "r.jsonl"
    assert cli.main(["--json", "-q", str(pages), "-o", str(out), "--rejects", str(rejects)]) == 0
    rows = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert len(rows) == 4 and rejects.read_text(encoding="utf-8") == ""
    assert any(r["input"].endswith("\\xb9\\xab\\xb8\\xe6.txt") for r in rows)
    assert cli.main(["--json", "-q", str(pages)]) == 0  # to stdout too: valid UTF-8
    printed = capsys.readouterr().out
    printed.encode("utf-8")
    assert len(printed.splitlines()) == 4


def test_a_missing_file_with_a_gbk_name_is_a_reject_line(tmp_path, capsys):
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), GBK_NAME))
    rejects = tmp_path / "r.jsonl"
    assert cli.main(["-q", missing, str(SEED), "--rejects", str(rejects)]) == 1
    row = json.loads(rejects.read_bytes().decode("utf-8"))
    assert row["error_kind"] == "InputError" and "no such file" in row["error"] and "\\xb9" in row["input"]
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["-o", "--rejects"])
def test_an_output_that_is_also_an_input_is_refused_before_anything_is_written(tmp_path, capsys, flag):
    page = tmp_path / "a.txt"
    page.write_bytes(SEED.read_bytes())
    assert cli.main([str(page), flag, str(page)]) == 2
    assert page.read_bytes() == SEED.read_bytes()
    assert "also an input" in capsys.readouterr().err
    assert cli.main([str(tmp_path), flag, str(page)]) == 2  # also when the input is a folder holding it
    assert page.read_bytes() == SEED.read_bytes()
    capsys.readouterr()
    assert cli.main(["--json", str(tmp_path), flag, str(tmp_path)]) == 2  # a folder named as the output: usage
    assert "is a folder: give a file name" in capsys.readouterr().err


@pytest.mark.parametrize("args,message", [
    (["-j", "-1"], "-j/--jobs"),
    (["--explain", "--html", "/no/such/folder/x.html"], "no such directory"),
    (["-", "-"], "can be given once"),
    (["-o", "/no/such/folder/out.jsonl"], "no such directory"),
    (["-o", "same.jsonl", "--rejects", "same.jsonl"], "different files"),
    (["--reference-date", "2024-13-40"], ""),
    (["--max-bytes", "0"], "--max-bytes must be a positive number"),
])
def test_bad_options_are_one_line_usage_errors(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert cli.main([*args, str(SEED)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) <= 2


def test_clean_many_refuses_negative_jobs():
    with pytest.raises(errors.ConfigError):
        list(batch.clean_many([str(SEED)], jobs=-2))


def test_linked_folders_are_walked_once_and_broken_links_are_rejects(tmp_path):
    pages = _tree_with_a_gbk_name(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.txt").write_bytes(SEED.read_bytes())
    os.symlink(outside, pages / "linked")             # a linked folder: walked
    os.symlink(pages, pages / "linked" / "back")       # a link back up: not walked round
    os.symlink(tmp_path / "gone.txt", pages / "dead.txt")
    items = batch.walk([pages])
    names = [x for x in items if isinstance(x, str)]
    assert sum(n.endswith("far.txt") for n in names) == 1 and len(names) == 5
    assert [x.reason for x in items if isinstance(x, batch.Unlisted)] == ["broken link"]
    outcomes = list(batch.clean_many([pages]))
    assert [o.error for o in outcomes if not o.ok] == [f"{pages / 'dead.txt'}: broken link"]


def test_a_loop_of_links_is_named_a_loop_not_a_broken_link(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "c.txt")
    reasons = {os.path.basename(x.path): x.reason for x in batch.walk([tmp_path]) if isinstance(x, batch.Unlisted)}
    assert reasons == {"a.txt": "a loop of symbolic links", "b.txt": "a loop of symbolic links", "c.txt": "broken link"}


def test_an_unreadable_folder_is_a_reject_not_a_silent_gap(tmp_path, monkeypatch):
    pages = _tree_with_a_gbk_name(tmp_path)
    (pages / "locked").mkdir()
    (pages / "locked" / "x.txt").write_bytes(SEED.read_bytes())
    real = os.scandir

    def scandir(path):  # (the tests run as root, for whom chmod 000 locks nothing)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    outcomes = list(batch.clean_many([pages]))
    failed = [o for o in outcomes if not o.ok]
    assert len(outcomes) == 5 and len(failed) == 1
    assert "cannot list directory (Permission denied)" in failed[0].error


def test_output_is_utf8_whatever_the_locale_says(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    p = subprocess.run([sys.executable, "-m", "parkclean", "--json", str(SEED)], capture_output=True, env=env, timeout=60)
    assert p.returncode == 0 and b"Traceback" not in p.stderr
    assert json.loads(p.stdout.decode("utf-8"))["text"].startswith("人民网长沙3月3日电")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_output_is_one_line_not_a_traceback():
    for flags in ([], ["--json"], ["--explain"]):
        with open("/dev/full", "w", encoding="utf-8") as full:
            r = subprocess.run([sys.executable, "-m", "parkclean", *flags, str(SEED)], stdout=full,
                               stderr=subprocess.PIPE, text=True)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert r.stderr.strip().splitlines() == ["parkclean: cannot write the output: No space left on device"]
    # to a file: the buffered text fails when the file is closed, and is said then
    r = subprocess.run([sys.executable, "-m", "parkclean", str(SEED), "-o", "/dev/full"], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.strip() == "parkclean: cannot write /dev/full: No space left on device"


def test_options_checked_before_any_file_is_touched(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / "a.txt"
    page.write_bytes(SEED.read_bytes())
    # --summary is an output too: naming an input is refused, the input stays as it was
    assert cli.main([str(folder), "--summary", str(page), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert page.read_bytes() == SEED.read_bytes()
    out = tmp_path / "o.jsonl"
    assert cli.main([str(folder), "-o", str(out), "--summary", str(out)]) == 2  # the summary would wipe the records
    assert cli.main([str(folder), "-o", str(out), "--summary", str(folder)]) == 2
    assert cli.main(["-j", "100000", str(folder)]) == 2
    assert cli.main(["--min-confidence", "2", str(SEED)]) == 2
    assert cli.main(["--min-confidence", "nan", str(SEED)]) == 2
    assert cli.main(["--reference-date", "2020-13-45", str(SEED)]) == 2
    err = capsys.readouterr().err
    for said in ("--summary", "-j/--jobs", "--min-confidence must be between 0 and 1", "--reference-date '2020-13-45'"):
        assert said in err, said


def test_eval_outputs_and_roots_are_checked_before_the_evaluation(tmp_path, capsys):
    from parkclean.evaluation import cli as eval_cli
    assert eval_cli.main([str(ROOT / "corpus" / "seeds"), "--systems", "parkclean",
                          "--json", str(tmp_path / "no" / "r.json")]) == 2
    assert eval_cli.main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "no such directory" in err and "no such file or folder" in err


def test_api_arguments_of_the_wrong_kind_are_parkclean_errors():
    import parkclean
    with pytest.raises(errors.InputError):
        list(batch.clean_many(str(SEED)))  # one path, not a list of its characters
    for bad in ([123], [None], 123, None):
        with pytest.raises(errors.InputError):
            list(batch.clean_many(bad))
    with pytest.raises(errors.InputError):
        parkclean.clean(b"abc", content_type=123)
    with pytest.raises(errors.ConfigError):
        parkclean.clean(b"abc", config={"target_script": "keep"})
    assert [o.ok for o in batch.clean_many([str(SEED)])] == [True]


def test_a_page_without_article_text_is_said_on_stderr_in_text_mode(tmp_path, capsys):
    menu = tmp_path / "menu.txt"
    menu.write_text("首页\n新闻中心\n关于我们\n联系我们\n", encoding="utf-8")
    assert cli.main([str(menu)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "" and "menu.txt: no article text found" in captured.err
    assert cli.main(["-q", str(menu)]) == 0 and capsys.readouterr().err == ""
    assert cli.main([str(SEED)]) == 0 and "no article text" not in capsys.readouterr().err


def test_a_corpus_output_that_cannot_be_opened_is_named_in_one_line(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.mkdir()  # a folder where the output file should be: a usage error, before anything is read
    r = subprocess.run([sys.executable, "-m", "parkclean", str(pages), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "Errno" not in r.stderr
    assert r.stderr.strip() == f"parkclean: -o {out} is a folder: give a file name"


def test_replaced_bytes_are_said_on_stderr_in_text_mode(tmp_path, capsys):
    """Text output holds no warnings: undecodable bytes replaced by U+FFFD are said on stderr (and
    are in ``warnings`` with --json, not on stderr)."""
    text = "园区建设取得新进展，今年以来共引进重点项目十二个，总投资超过八十亿元，其中先进制造业项目占比过半。\n" * 3
    raw = text.encode("gbk")
    page = tmp_path / "stray.txt"
    page.write_bytes(raw[:50] + b"\x80\x80" + raw[50:])
    assert cli.main([str(page)]) == 0
    cap = capsys.readouterr()
    assert "引进重点项目" in cap.out and "stray.txt: 2 undecodable byte sequence(s) replaced" in cap.err
    assert cli.main(["--json", str(page)]) == 0
    cap = capsys.readouterr()
    assert cap.err == "" and "replaced" in json.loads(cap.out)["warnings"][0]


def test_a_folders_other_files_are_named_not_skipped_silently(tmp_path, capsys):
    """A PDF beside the pages is not read, and stderr says so (a hidden file is not mentioned)."""
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    assert cli.main([str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "1 file(s) in the given folders not read" in err and "scan.pdf" in err and "DS_Store" not in err
    assert cli.main(["-q", str(tmp_path)]) == 0 and capsys.readouterr().err == ""
    assert cli.main([str(tmp_path), "--min-chars", "1", "-o", str(tmp_path / "out.jsonl"), "-q"]) == 0
    summary = json.loads((tmp_path / "out.summary.json").read_text(encoding="utf-8"))  # quiet, but not silent
    assert summary["not_read"]["files"] == 1 and summary["not_read"]["first"][0].endswith("scan.pdf")
    (tmp_path / "scan.pdf").unlink()
    assert cli.main([str(tmp_path / "a.txt")]) == 0 and "not read" not in capsys.readouterr().err


def test_a_mirrors_server_pages_are_read_as_pages(tmp_path):
    """wget keeps a server page's name (news.php, a.asp?id=3): a folder run reads them as pages."""
    from parkclean import batch
    assert batch.page_suffix("a.ASP?id=3") == ".asp" and batch.page_suffix("news.php") == ".php"
    html = "<html><body><p>" + SEED.read_text(encoding="utf-8").replace("\n", "</p><p>") + "</p></body></html>"
    for name in ("news.php", "a.asp?id=3", "list.jsp"):
        (tmp_path / name).write_text(html, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["-q", str(tmp_path), "-o", str(out)]) == 0
    ids = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {os.path.basename(i) for i in ids} == {"news.php", "a.asp?id=3", "list.jsp"}


def test_a_limit_met_after_parsing_html_names_the_page(tmp_path):
    """The line limit is checked on an HTML page's blocks, after parsing: its error names the file
    like every other error of a batch."""
    page = tmp_path / "many.html"
    page.write_text("<html><body>" + "<p>园区新闻</p>" * 10 + "</body></html>", encoding="utf-8")
    o = batch.clean_one(str(page), Config(max_lines=5))
    assert o.error_kind == "InputTooLarge" and o.error.startswith(f"{page}: ") and "Config.max_lines" in o.error
    missing = batch.clean_one(str(tmp_path / "gone.txt"))
    assert missing.error.count("gone.txt") == 1  # a message that names the page is not named twice
    # a corpus run's reject names it too
    from parkclean.corpus import work
    from parkclean.corpus.sources import Document
    done, _ = work.clean_record(Document(str(page), str(page), data=page.read_bytes()),
                                work.Spec(config=Config(max_lines=5)))
    assert done.error_kind == "InputTooLarge" and done.reason.startswith(f"{page}: ")


def test_blank_lines_count_for_nothing_against_the_line_limit():
    """A deep HTML nest leaves a blank line per element: only lines with text count."""
    io.check_lines("园区新闻\n" + "\n" * 50 + "总投资五十亿元\n", Config(max_lines=5))
    with pytest.raises(errors.InputTooLarge):
        io.check_lines("园区新闻\n" * 6, Config(max_lines=5))


def test_several_html_views_are_numbered_beside_the_name_given_and_said(tmp_path, capsys):
    """--html OUT for several pages writes OUT numbered before its extension, in OUT's folder
    (a name without one, or a folder with a dot, kept whole), and says so."""
    (tmp_path / "v.d").mkdir()
    assert cli.main(["--explain", "--html", str(tmp_path / "v.d" / "view"), str(SEED), str(SEED)]) == 0
    assert sorted(p.name for p in (tmp_path / "v.d").iterdir()) == ["view.1.html", "view.2.html"]
    assert "numbered by page" in capsys.readouterr().err
    assert cli.html_view_name("e.html", 3, True) == "e.3.html" and cli.html_view_name("e.html", 1, False) == "e.html"


def test_hidden_files_and_folders_are_not_walked(tmp_path, capsys):
    """A folder's hidden entries (.ipynb_checkpoints, .git, macOS's ._a.txt) are neither pages nor
    files to report: a notebook's checkpoint copy is no second page, an AppleDouble file no failure."""
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    assert batch.walk([str(tmp_path)]) == [str(tmp_path / "a.txt")]
    assert cli.main(["--json", str(tmp_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_records_are_not_written_to_a_zst_name_uncompressed(tmp_path, capsys):
    assert cli.main([str(SEED), "--min-chars", "1", "-o", str(tmp_path / "x.jsonl.zst")]) == 2
    assert "not .zst" in capsys.readouterr().err and not (tmp_path / "x.jsonl.zst").exists()


def test_corpus_tuning_options_on_a_run_of_pages_are_said_to_do_nothing(capsys):
    """--timeout, --twins … shape a corpus run; on a run of pages (text output, --explain) they do
    nothing, and stderr says so instead of staying silent."""
    assert cli.main(["--timeout", "0.5", "--near-threshold", "0.9", str(SEED)]) == 0
    err = capsys.readouterr().err
    assert "--timeout, --near-threshold only shape a corpus run" in err
    assert cli.main([str(SEED)]) == 0 and "corpus run" not in capsys.readouterr().err


def test_a_run_that_drops_documents_says_where_to_find_which(tmp_path, capsys):
    """A page with no article is filtered out of a JSONL run; stderr says the rejects file would
    name it, and with --rejects it does."""
    (tmp_path / "empty.txt").write_text("首页 > 新闻\n", encoding="utf-8")
    assert cli.main(["--json", str(SEED), str(tmp_path / "empty.txt")]) == 0
    assert "--rejects FILE lists each document" in capsys.readouterr().err
    rejects = tmp_path / "rejects.jsonl"
    assert cli.main(["--json", "--rejects", str(rejects), str(SEED), str(tmp_path / "empty.txt")]) == 0
    assert "--rejects FILE lists" not in capsys.readouterr().err
    assert json.loads(rejects.read_text(encoding="utf-8"))["outcome"] == "filtered"


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")
def test_ctrl_c_on_a_run_of_several_processes_says_one_line_and_no_traceback(tmp_path):
    """Ctrl-C reaches the whole process group: the workers ignore it and the main process stops
    them, with one line on stderr (exit 130), never a worker's traceback."""
    import signal
    import time
    pages = tmp_path / "pages"
    pages.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for k in range(4000):
        (pages / f"p{k}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen([sys.executable, "-m", "parkclean", "--json", "-j", "2", str(pages), "-o", str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 10_000):
        time.sleep(0.05)
    os.killpg(p.pid, signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err.decode()
    assert "Traceback" not in err.decode() and "interrupted" in err.decode()


def test_a_reader_that_stops_reading_is_no_failure():
    """`parkclean DIR | head -1`: text or JSON, the run ends quietly with exit 0."""
    for flags in ([], ["--json"]):
        p = subprocess.run(f"{sys.executable} -m parkclean {' '.join(flags)} {ROOT / 'seeds'} | head -c 10",
                           shell=True, capture_output=True, executable="/bin/bash")
        assert "cannot write" not in p.stderr.decode() and "Traceback" not in p.stderr.decode(), flags
        status = subprocess.run(f"set -o pipefail; {sys.executable} -m parkclean {' '.join(flags)} {ROOT / 'seeds'} 2>/dev/null "
                                "| head -c 10 > /dev/null", shell=True, executable="/bin/bash")
        assert status.returncode == 0, flags


def test_output_dash_is_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["-o", "-", str(SEED)]) == 0
    assert capsys.readouterr().out.strip() and not (tmp_path / "-").exists()


def test_a_warning_during_a_run_is_one_line_of_the_runs_messages(monkeypatch, capsys):
    """A library warning raised while the command runs (the compiled matcher's cache cannot be
    written) reads as the run's other messages: one line, no file name, line number or category."""
    real_walk = cli.walk

    def walk_warning(*a, **k):
        warnings.warn("parkclean: the compiled matcher cannot be cached in /ro (Read-only file system)", RuntimeWarning)
        return real_walk(*a, **k)
    monkeypatch.setattr(cli, "walk", walk_warning)
    assert cli.main([str(SEED)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["parkclean: the compiled matcher cannot be cached in /ro (Read-only file system)"]
    assert warnings.showwarning is not cli._one_line_warning  # (the process's own handler is back)


def test_the_first_run_says_it_compiles_the_matcher(tmp_path, monkeypatch, capsys):
    """With no matcher built in the process and none in the cache, the command says it compiles
    one (about 30 s, once) before it starts; with one cached, or with --quiet, it says nothing."""
    from parkclean.evidence import matcher
    pytest.importorskip("hyperscan")
    monkeypatch.setenv("PARKCLEAN_CACHE", str(tmp_path))
    monkeypatch.setattr(matcher.matcher, "cache_info", lambda: type("Info", (), {"currsize": 0})())
    assert cli.main([str(SEED)]) == 0
    assert "compiling the lexicons' matcher" in capsys.readouterr().err
    assert cli.main(["--quiet", str(SEED)]) == 0 and "compiling" not in capsys.readouterr().err
    (tmp_path / "matcher-0123.hsdb").write_bytes(b"")
    assert cli.main([str(SEED)]) == 0 and "compiling" not in capsys.readouterr().err
