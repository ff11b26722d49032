import json
import subprocess
import sys
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


def test_exit_codes(tmp_path, capsys):
    assert cli.main(["--bogus-flag", str(SEED)]) == 2
    assert cli.main([str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["--html", "x.html", str(SEED)]) == 2
    assert cli.main(["-o", str(tmp_path / "no" / "such" / "dir.txt"), str(SEED)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert cli.main(["--reference-date", "yesterday", str(SEED)]) == 2


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
