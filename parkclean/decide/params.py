"""Every weight and threshold of the decision, in one table.

The defaults below are the values the rules were written with; ``params.json`` beside this module
holds the fitted table (``python -m parkclean.decide.fit`` writes it; a test checks that fitting
again gives the same file). A line's value is its evidence's cost (per rule where the table has
one, else per label) or its worth as prose; the article is the best run of line values between
walls; the run's extensions read the thresholds here.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any


PARAMS_FILE = "params.json"


def _label_costs() -> dict[str, float]:
    return {"image": -0.3, "ad": -0.3, "contact": -0.5, "share": -0.5, "meta": -1.0, "source": -1.0,
            "title": -1.5, "nav": -1.5, "related": -1.5, "boilerplate": -0.5}


def _score_weights() -> dict[str, float]:
    return {"dom.furniture": -1.0, "dom.content": 0.5, "dom.best": 0.5, "dom.outside": -1.0, "dom.links": -1.0,
            "dom.code": 1.0, "dom.cell": 0.3, "layout.code": 1.0,
            "layout.schedule": 1.0, "layout.notice_closing": 1.0, "layout.chapters": 1.0}


@dataclass(frozen=True)
class Params:
    """The decision's numbers. Fitted ones are listed in :data:`FITTED`."""

    # --- line values: evidence ---
    label_cost: dict[str, float] = field(default_factory=_label_costs)
    """What a line with evidence of a label costs (inline furniture little, menus and headlines more)."""
    default_cost: float = -1.0
    """The cost of a label the table does not list."""
    rule_cost: dict[str, float] = field(default_factory=dict)
    """A rule's own cost, where it differs from its label's (fitted)."""
    score_weight: dict[str, float] = field(default_factory=_score_weights)
    """What evidence of kind ``score`` adds to a line's value (the DOM's signals; fitted)."""
    template_cost: float = -6.0
    """What a line on every page of its site (``template.repeated_line``) costs, added to its worth
    as prose; a line on a share s of the pages costs s times this. A menu or promo line goes; a
    sentence on a third of a site's articles stays from ~30 characters, one on all of them from
    ~110 (measured: ``python -m parkclean.evaluation.templates``, flat from -5 on)."""
    # --- line values: prose ---
    short_chars: int = 6           # a line this short without punctuation looks like a menu item
    prose_scale: float = 20.0      # a sentence is worth min(chars, prose_cap) / prose_scale + prose_bonus
    prose_cap: int = 400
    prose_bonus: float = 0.5
    lead_in_scale: float = 30.0    # a lead-in sentence (…如下：) is worth chars / lead_in_scale
    exclaim_scale: float = 40.0    # one sentence ending in ！？” is worth chars / exclaim_scale
    runon_scale: float = 30.0      # a long run-on line (60+ characters, 2+ marks) is worth chars / runon_scale …
    runon_sparse: int = 100        # … with a mark at least every this many characters (the corpus's sentences
                                   # have one every 36 at most, an official one may go 60; names or titles run
                                   # together have far fewer: 131 on a list of names)
    continuation: float = 0.3      # 附件： 注： lines closing a notice
    verse_scale: float = 60.0      # a line of phrases split by spaces is worth max(verse_floor, chars / verse_scale)
    verse_floor: float = 0.2
    verse_phrases: int = 5         # spaces between phrases such a line has at most
    ellipsis: float = -0.5         # a cut link text
    plain_punct: float = -0.1      # a long line without a full stop, with commas
    plain: float = -0.3            # … without
    short_sentence_scale: float = 20.0  # 图为园区夜景。: a whole sentence, however short
    menu_item: float = -0.8        # a line of up to short_chars characters
    short_plain: float = -0.2      # a short line
    latin_scale: float = 4.0       # a long Latin-script sentence is worth what a Chinese one of chars / latin_scale
                                   # is (the same content takes about four times the characters in English)
    latin_plain: float = -0.5      # any other Latin-script line
    bullet: float = -0.5           # a short line opened by a bullet or split by --
    list_run: int = 4              # non-prose lines in a row that read as a list …
    list_factor: float = 2.0       # … and cost this many times more
    lead_in_item: float = 0.2      # a short line of a table under a lead-in sentence
    # --- the run ---
    after_wall: float = 0.1        # a run behind a related/comments heading counts this much
    before_anchor: float = 0.5     # a run before the headline counts this much
    substantial: float = 3.0       # a run this large before a wall makes runs behind it unlikely
    some_prose: float = 1.0        # a run this large is a sentence of prose
    anchor_window: int = 12        # a run starting this close after the headline is the article's …
    anchor_reach: int = 60         # (looking this far after the headline) …
    anchor_share: float = 0.3      # … unless another run is more than 1/anchor_share times larger
    # --- styles ---
    style_share: float = 0.3       # a run this much made of short plain lines …
    style_lines: int = 6           # (at least this many) …
    style_value: float = 0.15      # … lends such lines this value, and the run is found again
    style_chars: int = 8           # the shortest line that takes the style value
    subhead_share: float = 0.8     # this share of the short lines opening a paragraph: subheadings
    phrase_value: float = 0.3      # a phrase, on a page with no prose at all
    phrase_short: float = -0.2     # a very short line there
    phrase_other: float = -0.5
    phrase_lines: int = 5          # phrases an article written in phrases has at least
    weak_run: float = 1.0          # a best run worth less than this: the page may have no prose
    # --- extensions ---
    head_max: int = 10             # short lines an opening (or a closing) has at most
    credit_gap: int = 3            # paragraphs between the run and the closing credit under them, at most
    box_items: int = 6             # link lines a related box inside an article has at most …
    boxes: int = 4                 # boxes inside an article the text may resume after, at most
    resume_chars: int = 80         # a subheading inside resumed text stands between paragraphs this long (not a box's headline over its teaser)
    teaser_chars: int = 40         # … a sentence shorter than this among them is a teaser, not the text again
    contents_lines: int = 40       # lines of a table of contents (and of an infobox above it) read at most
    toc_chars: int = 60            # characters an entry of a contents page (B.1 标题 / 作者) has at most
    lead_chars: int = 60           # a summary above the contents has a paragraph this long
    verse_lines: int = 4           # lines of a poem above its explanation, at least …
    verse_min: int = 4             # … each this many characters …
    verse_max: int = 16            # … to this many
    table_cells: int = 6           # short cells in a row that make the HTML's table a table of data …
    cell_chars: int = 30           # … each at most this long
    headline_sized: int = 14       # characters from which a line without a full stop has a headline's size
    menu_chars: int = 4            # characters a menu item has at most
    deck_min: int = 6              # characters a repeated headline must have
    bare_tag_chars: int = 4        # characters a tag line without a label has at least
    tail_inside: int = 4           # short lines inside a run that make its closing short lines its own
    section_lines: int = 80        # lines a notice's numbered sections above its prose span at most
    section_chars: int = 30        # characters a section heading (二、中标结果) has at most
    section_above: int = 3         # lines above the run (or above 一、) where the section heading (or the header) stands
    lead_in_chars: int = 20        # characters of a lead-in line opening resumed text (想问问各位：), at most …
    salutation_chars: int = 40     # … and of the answer's salutation on a letter's page
    head_floor: float = -3.0       # an opening's short line worth less than this (the HTML's tools, tabs) is no opening
    error_lines: int = 6           # lines right under an error page's message (页面不存在) that are its reasons, no article, at most
    answer_fields: int = 3         # lines of the answering unit's fields (答复单位, 答复时间) under the answer's heading
    answer_gap: int = 16           # lines between the question and its accepted answer's label (已采纳) at most (tools, an ad, 3个回答)
    answerer_lines: int = 4        # the answerer's lines (name, rank, time) between that label and the answer at most
    answer_above: int = 8          # lines above the run where the label of the answer the run is may stand
    summary_gap: int = 2           # lines between a summary's heading (内容简介) and the run
    attachment_lines: int = 2      # lines under an attached picture's name: its download button, its upload stamp
    link_chars: int = 60           # characters of a box's line (a link, an ad's line) at most
    ad_lines: int = 4              # lines of an ad's own under its label (广告), before the text goes on
    ad_mark: int = 24              # characters of an ad slot's line (广告, Continue reading below) resumed text passes over
    piece_chars: int = 20          # characters of a paragraph's piece (a link's or a bold figure's text: 65%。, 2022年，) at most
    pieces: int = 2                # short pieces a paragraph broken at its links may start with (2022年， / 某某公司 / 投资…)
    lead_rows: int = 30            # rows of a table or a list under a lead-in (…如下：) that resumed text passes over
    paragraph_lines: int = 4       # lines a paragraph broken into pieces spans at most (…达到 / 52万吨，交易额 / 63亿元，…。)
    # --- confidence ---
    confidence: dict[str, float] = field(default_factory=dict)
    """The document confidence's weights (fitted: a logistic model of the run's signals)."""

    def cost(self, rule: str, label: str) -> float:
        c = self.rule_cost.get(rule)
        return c if c is not None else self.label_cost.get(label, self.default_cost)

    def replace(self, **changes: Any) -> "Params":
        return replace(self, **changes)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Params":
        d = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


FITTED = ("prose_scale", "prose_bonus", "lead_in_scale", "exclaim_scale", "runon_scale", "verse_scale", "plain",
          "plain_punct", "menu_item", "short_plain", "latin_plain", "bullet", "list_factor", "lead_in_item",
          "after_wall", "before_anchor", "substantial", "anchor_share", "style_value", "phrase_value")
"""The scalar parameters the fit searches (with every label cost and the frequent rules' costs)."""


@lru_cache(maxsize=1)
def load() -> Params:
    """The shipped table (read once per process); the defaults where the file is missing."""
    try:
        text = resources.files(__package__).joinpath(PARAMS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Params()
    return Params.from_json(text)
