"""Metadata: title, dates, people, source, site, category, tags and URL, each with provenance."""
from .extract import extract

__all__ = ["extract"]
