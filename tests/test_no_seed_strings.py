"""The rules are about kinds of boilerplate, not about the sample pages: nothing that names a
seed page's people, outlets, places, numbers or sites may appear in the package (code,
docstrings or lexicons)."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "\n".join(p.read_text("utf-8", errors="ignore") for p in sorted((ROOT / "parkclean").rglob("*"))
                    if p.suffix in (".py", ".pyi", ".c", ".tsv", ".txt"))


def _seed_strings():
    found = set()
    for gold in sorted((ROOT / "corpus" / "seeds").glob("*.json")):
        g = json.loads(gold.read_text("utf-8"))
        for field in ("title", "source", "dateline", "site", "category", "url"):
            if isinstance(g.get(field), str):
                found.add(g[field])
        found.update(g.get("authors") or [])
        found.update(g.get("tags") or [])
    for page in sorted((ROOT / "seeds").glob("*.txt")):
        text = page.read_text("utf-8")
        found.update(re.findall(r"\d{5,}", text))  # phone numbers, ids, filing numbers
        found.update(re.findall(r"[\w-]+\.(?:com|cn|net|org)\b", text))  # domains
        # organisations and places named on the page: 某某产业园, 某某经开区, 某某时报 …
        found.update(re.findall(r"[\u4e00-\u9fff]{2,4}(?:产业园|经开区|高新区|日报|时报|商报|晚报)", text))
    return sorted(s for s in found if len(s) >= 2)


def test_no_seed_string_in_the_package():
    strings = _seed_strings()
    assert len(strings) > 20  # the check reads the seeds at all
    leaked = [s for s in strings if s in PACKAGE]
    assert not leaked, leaked
