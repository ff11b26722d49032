"""The corpus options of the command line, and the :class:`~parkclean.corpus.run.Plan` they make."""
from __future__ import annotations

import argparse
import os
from typing import Optional, Sequence

from ..config import Config
from ..io import display_name
from . import sources
from .records import Filters
from .run import Plan
from .template import Thresholds
from .work import Spec

JSONL_OUTPUTS = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# the options that only a corpus run has, with their defaults: any other value asks for one
CORPUS_ONLY = {"out_dir": None, "flat": False, "resume": False, "templates": False, "summary": None, "text_field": "text",
               "html_field": None, "id_field": "id", "url_field": "url", "min_confidence": None, "min_chars": None,
               "dedup": "off"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ``corpus`` option group (see docs/corpus.md)."""
    g = p.add_argument_group("corpus (see docs/corpus.md)")
    g.add_argument("--out-dir", metavar="DIR", help="one JSON file per document under DIR instead of JSONL")
    g.add_argument("--flat", action="store_true", help="flat records: strings and numbers only (Parquet, datatrove)")
    g.add_argument("--min-chars", type=int, default=None, metavar="N",
                   help="keep documents whose text has at least N characters (default 1: drop empty ones)")
    g.add_argument("--min-confidence", type=float, default=None, metavar="P", help="keep documents of confidence P or more (default: all)")
    g.add_argument("--resume", action="store_true", help="skip ids already in -o/--out-dir/--rejects, repair a torn end")
    g.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds one document may take (0: no limit; default 60)")
    g.add_argument("--summary", metavar="FILE", help="counts of the run as JSON (default: beside -o / in --out-dir)")
    g.add_argument("--twins", choices=sources.TWIN_RULES, default="html",
                   help="X.txt beside X.html: clean the html (default), the text, or both")
    g.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL: the field with the page (a dump or HTML; default text)")
    g.add_argument("--html-field", default=None, metavar="NAME",
                   help="JSONL: the field with the page's HTML (default: none)")
    g.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL: the field with the document id (default id; without it file:line)")
    g.add_argument("--url-field", default="url", metavar="NAME",
                   help="JSONL: the field with the page's URL (default url)")
    g.add_argument("--templates", action="store_true",
                   help="learn each site's repeated lines in a first pass and remove them as furniture")
    g.add_argument("--template-min-pages", type=int, default=Thresholds.min_pages, metavar="N",
                   help=f"a template line recurs on at least N pages of its site (default {Thresholds.min_pages})")
    g.add_argument("--template-min-share", type=float, default=Thresholds.min_share, metavar="F",
                   help=f"… and on at least this share of them (default {Thresholds.min_share})")
    g.add_argument("--dedup", choices=("off", "exact", "near"), default="off", help="drop duplicate bodies (default off)")
    g.add_argument("--near-threshold", type=float, default=0.8, metavar="J", help="--dedup near: Jaccard threshold (default 0.8)")
    g.add_argument("--log-every", type=float, default=30.0, metavar="S", help="seconds between progress lines off a terminal (default 30)")


def _flag(dest: str) -> str:
    return f"--{dest.replace('_', '-')}"


def _given(a: argparse.Namespace) -> list[str]:
    """The corpus-only options given (not at their defaults), as flags."""
    return [_flag(k) for k, v in CORPUS_ONLY.items() if getattr(a, k) != v]


def wanted(a: argparse.Namespace) -> bool:
    """Whether the run is a corpus run: a corpus option, a crawl file, or JSON from several inputs."""
    if _given(a):
        return True
    if any(sources.kind_of(x) != "page" for x in a.inputs):
        return True
    if a.output and a.output.lower().endswith(JSONL_OUTPUTS):  # -o out.jsonl: records, whatever the inputs
        return not a.explain
    return bool(a.json) and not a.explain and (len(a.inputs) > 1 or any(os.path.isdir(x) for x in a.inputs))


# options that only shape a corpus run and do not make one: on a run of pages they do nothing
CORPUS_TUNING = ("timeout", "twins", "template_min_pages", "template_min_share", "near_threshold", "log_every")


def unused_note(a: argparse.Namespace, p: argparse.ArgumentParser) -> Optional[str]:
    """A line for stderr naming the corpus-run options given to a run of pages, where they do nothing."""
    given = [_flag(k) for k in CORPUS_TUNING if getattr(a, k) != p.get_default(k)]
    if not given:
        return None
    return (f"{', '.join(given)} only shape{'s' if len(given) == 1 else ''} a corpus run (JSON records, -o FILE.jsonl, "
            "a crawl file; docs/corpus.md): not used here")


def records_note(a: argparse.Namespace) -> Optional[str]:
    """A line for stderr when corpus options, not ``--json`` nor a crawl file nor a JSONL output,
    turned a run of pages into JSON records: the user asked for text and gets records."""
    asked = _given(a)
    if a.json or a.out_dir or a.quiet or not asked or any(sources.kind_of(x) != "page" for x in a.inputs):
        return None
    if a.output and a.output.lower().endswith(JSONL_OUTPUTS):
        return None
    return f"{', '.join(asked)} make{'s' if len(asked) == 1 else ''} this a corpus run: the output is JSON records, one per line (docs/corpus.md)"


def problem(a: argparse.Namespace) -> Optional[str]:
    """What is wrong with the corpus options, or None."""
    if a.explain:
        return "--explain shows one page at a time: not with corpus options or crawl files"
    if a.out_dir and a.output:
        return "-o and --out-dir: give one"
    if a.out_dir and os.path.exists(a.out_dir) and not os.path.isdir(a.out_dir):
        return f"--out-dir {a.out_dir} is a file, not a folder"
    if a.output and a.output.lower().endswith(".zst"):
        return "-o: records are written plain or gzip-compressed (.jsonl, .jsonl.gz), not .zst"
    if a.resume and not (a.output or a.out_dir):
        return "--resume needs -o FILE or --out-dir DIR (standard output cannot be resumed)"
    if a.timeout < 0 or (a.min_chars is not None and a.min_chars < 0):
        return "--timeout and --min-chars must be 0 or more"
    if a.min_confidence is not None and not 0 <= a.min_confidence <= 1:  # (nan fails both)
        return f"--min-confidence must be between 0 and 1, not {a.min_confidence}"
    if not 0 < a.near_threshold <= 1 or not 0 <= a.template_min_share <= 1 or a.template_min_pages < 1:
        return "--near-threshold must be in (0, 1], --template-min-share in [0, 1], --template-min-pages 1 or more"
    return None


def _summary_path(a: argparse.Namespace) -> Optional[str]:
    if a.summary:
        return a.summary
    if a.out_dir:
        return os.path.join(a.out_dir, "_summary.json")  # no document's file name starts with _
    if a.output:
        stem = a.output[:-3] if a.output.endswith(".gz") else a.output
        return os.path.splitext(stem)[0] + ".summary.json"
    return None


def plan(a: argparse.Namespace, cfg: Config, total: Optional[int], not_read: Sequence[str] = ()) -> Plan:
    """The run the options ask for (``not_read``: files the walk did not read, for the summary)."""
    filters = Filters(min_chars=1 if a.min_chars is None else a.min_chars, min_confidence=a.min_confidence or 0.0)
    th = Thresholds(min_pages=a.template_min_pages, min_share=a.template_min_share)
    spec = Spec(config=cfg, flat=a.flat, filters=filters, timeout=a.timeout, dedup=a.dedup, thresholds=th)
    fields = sources.Fields(text=a.text_field, html=a.html_field, id=a.id_field, url=a.url_field)
    return Plan(tuple(a.inputs), spec, output=a.output, out_dir=a.out_dir, rejects=a.rejects, summary=_summary_path(a),
                resume=a.resume, jobs=a.jobs, fields=fields, twins=a.twins, templates=a.templates,
                near_threshold=a.near_threshold, quiet=a.quiet, log_every=a.log_every, total=total,
                not_read=tuple(display_name(x) for x in not_read))
