"""Collect metadata from the classified blocks (and HTML <meta> values when the input was HTML)."""
from __future__ import annotations

from typing import Mapping, Sequence

from ..config import Config
from ..model import Classified, Label, Metadata, Provenance
from . import title as title_mod


def extract(blocks: Sequence[Classified], html_meta: Mapping[str, str], config: Config) -> Metadata:
    prov: list[Provenance] = []
    title = title_mod.find(blocks, html_meta, prov)
    return Metadata(title=title, provenance=tuple(prov))
