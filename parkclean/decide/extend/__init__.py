"""What an article's own layout adds around its run: the short lines that open or close it, the
text that resumes after a box inside it, its headline and deck, its tags shown without a label.

Each function reads the chosen run and the lines' deciding evidence (``values.deciding``) and
returns lines; ``engine.py`` labels them.
"""
from .boxes import accepted_answer, resume, text_above_box
from .edges import bare_tags, deck, head, headline, opening_headline, tail, to_credit, under_header
from .lines import HEADER_LABELS, closing_piece, sentence, short_plain
from .sections import (FIELD_LABELS, contents_below, lead_above_contents, section_heading_above, section_number,
                       sections_above, sections_below, verse_above)


__all__ = ["HEADER_LABELS", "FIELD_LABELS", "accepted_answer", "bare_tags", "closing_piece", "contents_below", "deck",
           "head", "headline", "lead_above_contents", "opening_headline", "resume", "section_heading_above",
           "section_number", "sections_above", "sections_below", "sentence", "short_plain", "tail", "text_above_box", "to_credit",
           "under_header", "verse_above"]
