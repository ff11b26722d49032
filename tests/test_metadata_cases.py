"""Data-driven metadata cases (tests/cases/metadata_pages.json): each family of the candidates
and one-choice readers, with forms they must read and look-alikes they must leave alone."""
import json
from pathlib import Path

import pytest

import parkclean

CASES = json.loads((Path(__file__).parent / "cases" / "metadata_pages.json").read_text(encoding="utf-8"))["cases"]


def _id(case: dict) -> str:
    return f"{case['kind']}:{case['family']}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_metadata_page_case(case):
    d = parkclean.clean(case["page"]).to_dict()
    for field, want in case.get("expect", {}).items():
        got = d[field]
        assert (sorted(got) if isinstance(want, list) else got) == (sorted(want) if isinstance(want, list) else want), field
    for field, values in case.get("absent", {}).items():
        assert isinstance(values, list), "absent values are a list of values (a string would compare its characters)"
        got = d[field] if isinstance(d[field], list) else [d[field]]
        assert not set(values) & set(got), field


def test_every_family_has_positive_and_negative_cases():
    kinds: dict[str, set[str]] = {}
    for c in CASES:
        kinds.setdefault(c["family"], set()).add(c["kind"])
    assert all(k == {"positive", "negative"} for k in kinds.values()), kinds
