"""Page rules that read a line's neighbours, a module per kind: lines the page repeats
(``repeats``), trails and tag lists laid out a line each (``trails``), ads (``ads``), comments
(``comments``), lists of dated headlines (``lists``), sections under a heading (``sections``), a
form's fields laid out in blocks (``fields``).

Each reads the page's keys, features and form labels and returns evidence for some lines. None
reads another rule's evidence; the title rules' candidates are reconciled into one headline by
:func:`headline` (``title.py``) between the two stages.
"""
from __future__ import annotations

from . import ads, comments, fields, lists, repeats, sections, trails  # noqa: F401  (the modules register their rules)
from .comments import among_buttons
from .common import PROSE_STOP, labelled_field, squash, title_like
from .sections import note_writer

__all__ = ["PROSE_STOP", "among_buttons", "labelled_field", "note_writer", "squash", "title_like"]
