"""Script conversion: the installed OpenCC binding against opencc-python-reimplemented, same text.

The two packages install the same module name, so the baseline is installed into a private folder
(pip install --target) and loaded from there in a subprocess.
Run: python bench/bench_script.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import parkclean
from parkclean.normalize import script

ROOT = Path(__file__).resolve().parents[1]
TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev").glob("tw_*.txt")))
TEXT += (ROOT / "seeds" / "004_45407759de97f162.txt").read_text(encoding="utf-8")

PIPELINE_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])          # this opencc shadows the installed binding
import parkclean
from parkclean.normalize import script
page = open(sys.argv[2], encoding='utf-8').read()
parkclean.clean(page)
t = time.perf_counter(); n = 0
while time.perf_counter() - t < 3: parkclean.clean(page); n += 1
print(n / (time.perf_counter() - t), script.backend_name())
"""

CHILD = """
import sys, time, json
sys.path.insert(0, sys.argv[1])
import opencc
text = open(sys.argv[2], encoding='utf-8').read()
c = opencc.OpenCC('t2s')
t = time.perf_counter(); n = 0
while time.perf_counter() - t < 2: c.convert(text); n += 1
print(json.dumps({'chars_per_s': n * len(text) / (time.perf_counter() - t), 'out': c.convert(text)}))
"""


def main() -> None:
    conv = script.converter("t2s")
    t = time.perf_counter()
    n = 0
    while time.perf_counter() - t < 2:
        conv(TEXT)
        n += 1
    fast = n * len(TEXT) / (time.perf_counter() - t)
    print(f"text: {len(TEXT)} chars of Traditional pages")
    print(f"installed binding ({script.backend_name()}): {fast / 1e6:.1f} M chars/s")
    with tempfile.TemporaryDirectory() as d:
        ok = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", d, "opencc-python-reimplemented"],
                            capture_output=True).returncode == 0
        if not ok:
            print("baseline: could not install opencc-python-reimplemented (offline?)")
            return
        src = Path(d) / "text.txt"
        src.write_text(TEXT, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", CHILD, d, str(src)], capture_output=True, text=True)
        base = json.loads(out.stdout)
        page = ROOT / "seeds" / "004_45407759de97f162.txt"
        pipe = subprocess.run([sys.executable, "-c", PIPELINE_CHILD, d, str(page)], capture_output=True, text=True)
        base_pages = float(pipe.stdout.split()[0]) if pipe.returncode == 0 else None
    same = sum(a != b for a, b in zip(conv(TEXT), base["out"]))
    print(f"opencc-python-reimplemented: {base['chars_per_s'] / 1e6:.2f} M chars/s")
    print(f"speed-up {fast / base['chars_per_s']:.0f}x; characters that differ: {same}")
    page = (ROOT / "seeds" / "004_45407759de97f162.txt").read_text(encoding="utf-8")
    t = time.perf_counter()
    for _ in range(200):
        parkclean.clean(page)
    print(f"pipeline on a Traditional seed page: {200 / (time.perf_counter() - t):.0f} pages/s with the installed binding, "
          f"{base_pages:.0f} pages/s with opencc-python-reimplemented" if base_pages else "")


if __name__ == "__main__":
    main()
