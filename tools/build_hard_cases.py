"""Build corpus/hard/ pages and annotations from the hand-written sources in corpus/hard/src/.

A source file (NAME.lab) has header lines ``# field: value`` (title, published, authors as
``a, b``, source, dateline, category, site, tags, url, script) and then one page line per line,
written ``label|text`` with a label of parkclean.Label. It becomes NAME.txt (the page) and
NAME.json (gold: body lines, metadata, and per-line labels). Gold body lines are written without
pinyin annotations (the clean text a reader expects). Run: python tools/build_hard_cases.py
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "corpus" / "hard"
LABELS = {"body", "title", "breadcrumb", "nav", "meta", "source", "image", "contact", "ad", "copyright", "filing",
          "share", "permalink", "tags", "related", "pager", "comments", "footer", "tools", "boilerplate"}
PINYIN = re.compile(r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
FIELDS = ("title", "published", "authors", "source", "dateline", "category", "site", "tags", "url")


def build(src: Path) -> None:
    meta: dict = {}
    lines, labels = [], {}
    for raw in src.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            key, _, val = raw[1:].partition(":")
            meta[key.strip()] = val.strip()
            continue
        if not raw.strip():
            continue
        label, sep, text = raw.partition("|")
        if not sep or label not in LABELS:
            sys.exit(f"{src.name}: bad line {raw!r}")
        lines.append(text)
        labels[str(len(lines))] = label
    gold = {f: None for f in FIELDS}
    gold.update({k: v for k, v in meta.items() if k in FIELDS})
    gold["authors"] = [a.strip() for a in meta.get("authors", "").split(",") if a.strip()]
    gold["tags"] = [t for t in meta.get("tags", "").split() if t]
    script = meta.get("script", "hans")
    gold.update(script=script, body_script=script,
                body=[PINYIN.sub("", t).strip() for i, t in enumerate(lines, 1) if labels[str(i)] == "body"],
                labels=labels, input=src.stem + ".txt", provenance="hand-written for parkclean, modelled on real page layouts")
    (ROOT / (src.stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (ROOT / (src.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for src in sorted((ROOT / "src").glob("*.lab")):
        build(src)
    print("built", len(list((ROOT / "src").glob("*.lab"))), "cases in", ROOT)
