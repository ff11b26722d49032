"""Dump variants (parkclean/evaluation/perturb.py): the annotated text pages as other crawlers and
converters dump them, held to the floors in gate_floors.json ("_perturb")."""
import json
from pathlib import Path
from statistics import mean

import pytest

from parkclean.evaluation import corpus, perturb

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {k: v for k, v in json.loads((ROOT / "tests" / "gate_floors.json").read_text(encoding="utf-8"))["_perturb"].items()
          if not k.startswith("_")}


@pytest.fixture(scope="module")
def rows():
    cases = [c for d in ("dev", "genres") for c in corpus.load(ROOT / "corpus" / d)]
    return perturb.scores(cases)


def test_every_variant_has_a_floor():
    assert set(FLOORS) == set(perturb.VARIANTS) | set(perturb.HTML_VARIANTS)


@pytest.mark.parametrize("variant", sorted(FLOORS))
def test_variant_floor(rows, variant):
    r = [x for x in rows if x.variant == variant]
    assert len(r) >= 70
    assert mean(x.f1si for x in r) >= FLOORS[variant]["mean_f1si"], variant
    low = [(x.page, round(x.f1si, 3)) for x in r if x.f1si < 0.5]
    assert len(low) <= FLOORS[variant]["below_half_at_most"], low


def test_the_variants_change_the_text_as_they_say():
    text = "园区今年开工。\n（一）项目：十二个，总投资五十亿元！"
    v = perturb.VARIANTS
    assert v["ASCII punctuation"](text) == "园区今年开工.\n(一)项目:十二个,总投资五十亿元!"
    assert v["Traditional"]("园区开发") == "園區開發"
    assert v["CRLF line endings"](text).count("\r\n") == 1
    assert perturb.bare_html('<div class="content" id=main><p>园区</p></div>') == "<div><p>园区</p></div>"
    assert all(len(x) <= 40 for x in v["wrapped at 40 characters"]("字" * 100).split("\n"))
