"""Bad input, tried as a user or a crawler would hand it over: every kind, its cases, what came out.

Prints a Markdown table (kind, cases, result, slowest case in ms and ms/KB) and the slowest input
per KB. Nothing may raise anything but a ParkcleanError (library) or print a traceback (CLI).
Run: python bench/bad_inputs.py
"""
from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import parkclean

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e429046f28e11e53.txt"
PARA = "园区今年新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。"
MB = 1_000_000


def _fill(unit: str, size: int = MB) -> str:
    return unit * (size // len(unit.encode()))


def _html(body: str, meta: str = "", title: str = "园区") -> str:
    return f"<html><head>{meta}<title>{title}</title></head><body>{body}</body></html>"


rnd = random.Random(0)
LIB: dict[str, list[tuple[Any, dict]]] = {
    "empty or blank": [("", {}), (b"", {}), (" \n\t\u3000\n", {}), ("\n" * 100000, {})],
    "binary bytes": [(b"\x00\x01" * 5000, {}), (b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(5000)), {}),
                     (bytes(rnd.randrange(256) for _ in range(20000)), {})],
    "stray bytes in a GBK page": [(_html(f"<p>{PARA * 20}</p>").encode("gbk")[:300] + b"\xff\xfe" +
                                   _html(f"<p>{PARA * 20}</p>").encode("gbk")[300:], {})],
    "UTF-8 page, GBK footer": [(((PARA + "\n") * 20).encode() + "版权所有某网站".encode("gbk"), {})],
    "declared charset contradicted": [(_html(f"<p>{PARA}</p>", "<meta charset=gb2312>").encode(), {}),
                                      (_html(f"<p>{PARA * 3}</p>", "<meta charset=utf-8>").encode("gbk"), {}),
                                      (_html(f"<p>{PARA * 3}</p>", "<meta charset=iso-8859-1>").encode("gbk"), {}),
                                      (_html(f"<p>{PARA * 3}</p>").encode("gbk"), {"content_type": "text/html; charset=utf-8"})],
    "other encodings": [(_html("<p>東京都の経済ニュースです。</p>" * 5, "<meta charset=shift_jis>", "T").encode("shift_jis"), {}),
                        (_html("<p>園區今年新開工項目十二個，總投資超過五十億元。</p>", title="T").encode("big5"), {}),
                        (_html("<p>산업단지 뉴스입니다.</p>" * 5, "<meta charset=euc-kr>", "T").encode("euc-kr"), {}),
                        (_html("<p>café crème brûlée</p>", "<meta charset=windows-1252>", "T").encode("cp1252"), {})],
    "byte-order marks": [(b"\xef\xbb\xbf" + PARA.encode(), {}), (PARA.encode("utf-16"), {}),
                         (b"\xfe\xff" + PARA.encode("utf-16-be"), {}), (PARA.encode("utf-16-le"), {})],
    "unknown charset label": [(_html(f"<p>{PARA}</p>", "<meta charset=x-klingon>").encode(), {})],
    "lone surrogates in str": [(PARA + "\ud800" + PARA, {}), ("\udcff" * 1000, {})],
    "control characters": [(PARA + "\x00\x01\x07\x1b\x7f\x85\u200b\ufeff" + PARA, {}), ("\x0c" * 1000, {})],
    "not text at all": [(12345, {}), (None, {}), (["园区"], {}), (memoryview(b"x"), {})],
    "over the size limit": [(b"x" * 2000, {"config": parkclean.Config(max_input_bytes=1000)}),
                            ("园" * 2000, {"config": parkclean.Config(max_input_bytes=1000)})],
    "role words (backtracking)": [("摄摄摄 摄影文文 " * 30, {}), ("（摄" + " 摄影文文" * 40 + " ！", {}),
                                  (_fill("摄摄摄 摄影文文 "), {})],
    "title parts (per-prefix work)": [(_fill("园_", 400_000), {}), (_fill("园 - ", MB), {}), (_fill("a|", MB), {})],
    "one line, no breaks": [(_fill(PARA, 5 * MB), {}), (_fill("园区建设", MB), {})],
    "runs of one character": [("1" * MB, {}), (" " * MB + "x", {}), ("。" * (MB // 3), {}), ("-" * MB, {}),
                              ("（" * (MB // 3), {})],
    "dates and times": [(_fill("2024-01-05" + " " * 50), {}), ("9" * 5000 + "天前", {}), ("发布时间：999999年前\n" + PARA, {})],
    "markup debris": [(_fill("![!["), {}), (_fill("[[[("), {}), (_fill("&nbsp;&lt;"), {}), ("<<<>>><div><p>未闭合", {})],
    "deep HTML": [(_html("".join(f"<font><span><p>段落{i}。" for i in range(300))), {}),
                  (_html("<div>" * 3000 + "园区" + "</div>" * 3000), {}),
                  (_html("<div><span>" * 100000 + "园区" + "</span></div>" * 100000), {})],
    "many short lines": [("\n".join(f"导航{i % 97}" for i in range(100_000)), {}), ("a\n" * 100_000, {})],
    "odd line endings": [(_fill(PARA + "\r", MB // 4), {}), (_fill(PARA + "\r\n", MB // 4), {}),
                         (PARA + "\u2028" + PARA + "\x85" + PARA, {})],
    "relative dates, no reference day": [("园区新闻标题\n来源：某某日报 2个月前\n" + PARA, {}), ("园区新闻\n昨天 10:30\n" + PARA, {})],
    "Simplified page, stray Traditional": [("萧乾是作家。" + PARA * 5, {}), ("园区发展建设全面提速，今年新開工项目十二个，藉此带动就业。", {})],
    "Japanese page": [(_html("<p>東京都の經濟發展について、記者が報告します。</p>" * 5), {})],
    "emoji and astral characters": [(PARA + "\U0001F600\U00020000" * 100, {}), ("\U0001F600" * 10000, {})],
}

CONFIGS: dict[str, Callable[[], Any]] = {
    "reference_date as a string": lambda: parkclean.Config(reference_date="2020-01-01"),
    "reference_date as a datetime": lambda: parkclean.Config(reference_date=dt.datetime(2020, 1, 1)),
    "negative or boolean limits": lambda: parkclean.Config(min_prose_chars=True),
    "a switch given as a string": lambda: parkclean.Config(fix_adlaw="no"),
    "unknown script": lambda: parkclean.Config(target_script="latin"),
}


def _run_lib(source: Any, kw: dict) -> tuple[str, float]:
    t = time.perf_counter()
    try:
        r = parkclean.clean(source, kw.get("config"), content_type=kw.get("content_type"))
        dec = f", {r.decoding.encoding} by {r.decoding.chosen_by}" if r.decoding else ""
        rep = f", {r.decoding.replaced} replaced" if r.decoding and r.decoding.replaced else ""
        what = f"ok ({len(r.text)} chars{dec}{rep}{', warned' if r.warnings else ''})"
    except parkclean.ParkcleanError as e:
        what = type(e).__name__
    except Exception as e:  # noqa: BLE001 - what the table is for
        what = f"ESCAPED {type(e).__name__}: {e}"
    return what, time.perf_counter() - t


def _size(source: Any) -> int:
    if isinstance(source, str):
        return len(source.encode("utf-8", "surrogatepass"))
    return len(source) if isinstance(source, (bytes, bytearray)) else 0


def _cli_cases(tmp: Path) -> dict[str, list[list[str]]]:
    pages = tmp / "pages"
    pages.mkdir()
    for k in range(3):
        (pages / f"p{k}.txt").write_bytes(SEED.read_bytes())
    with open(os.path.join(os.fsencode(pages), b"\xb9\xab\xb8\xe6.txt"), "wb") as fh:
        fh.write(SEED.read_bytes())
    os.symlink(pages, pages / "loop")
    os.symlink(tmp / "gone.txt", pages / "dead.txt")
    a = str(pages / "p0.txt")
    return {
        "CLI: a file name that is not UTF-8": [["--json", str(pages), "-o", str(tmp / "o.jsonl"), "--rejects", str(tmp / "r.jsonl")],
                                              ["--json", str(pages)]],
        "CLI: missing or odd paths": [[str(tmp / "nope.txt")], [str(tmp)], ["-"], [os.fsdecode(b"/tmp/\xff\xfe.txt")]],
        "CLI: outputs that would wipe or fail": [[a, "-o", a], [a, "--rejects", a], ["--explain", "--html", "/no/dir/x.html", a],
                                                 [a, "-o", "/no/dir/o.txt"]],
        "CLI: bad options": [["-j", "-1", a], ["--reference-date", "2024-13-40", a], ["--script", "latin", a], ["--bogus", a]],
    }


def main() -> None:
    rows = []
    slowest = ("", 0.0, 0)
    for kind, cases in LIB.items():
        results, worst = [], 0.0
        for source, kw in cases:
            what, t = _run_lib(source, kw)
            results.append(what)
            worst = max(worst, t)
            kb = _size(source) / 1000
            if kb >= 10 and t / kb > slowest[1]:
                slowest = (f"{kind}: {repr(source)[:40]}…", t / kb, _size(source))
        rows.append((kind, len(cases), "; ".join(dict.fromkeys(results)), worst))
    for kind, make in CONFIGS.items():
        try:
            make()
            what = "ACCEPTED"
        except parkclean.ConfigError:
            what = "ConfigError at construction"
        rows.append((f"Config: {kind}", 1, what, 0.0))
    with tempfile.TemporaryDirectory() as d:
        for kind, argvs in _cli_cases(Path(d)).items():
            outs = []
            for argv in argvs:
                p = subprocess.run([sys.executable, "-m", "parkclean", *argv], capture_output=True, input=b"",
                                   timeout=120, cwd=d)
                try:
                    p.stdout.decode("utf-8")
                    valid = "valid UTF-8"
                except UnicodeDecodeError:
                    valid = "INVALID UTF-8"
                tb = "TRACEBACK" if b"Traceback" in p.stderr else "one-line message" if p.stderr else "silent"
                outs.append(f"exit {p.returncode}, {tb}, {valid}")
            rows.append((kind, len(argvs), "; ".join(dict.fromkeys(outs)), 0.0))
    print("| kind of bad input | cases | result | slowest (ms) |")
    print("|---|---|---|---|")
    for kind, n, what, worst in rows:
        print(f"| {kind} | {n} | {what} | {worst * 1000:.0f} |")
    print(f"\nslowest per KB: {slowest[0]} {slowest[1] * 1000:.3f} ms/KB ({slowest[2]:,} bytes)")


if __name__ == "__main__":
    main()
