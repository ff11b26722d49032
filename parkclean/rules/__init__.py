"""Classification: rules that label blocks, registered under stable ids.

``markers`` holds line-form rules (one line, no context), ``context`` the rules that read
neighbouring lines (titles, repetition, excerpts, ad slots), ``body`` the structural rule that
picks the article's run of prose and gives every line its final label.
"""
from .registry import REGISTRY, LineRule, get, line_rules
from . import markers as _markers  # noqa: F401  (registers the marker rules)

__all__ = ["REGISTRY", "LineRule", "get", "line_rules"]
