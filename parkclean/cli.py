"""Command line: argument parsing and exit codes only (the work is in the library)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import warnings
from contextlib import contextmanager
from typing import Iterator, Optional, Sequence, TextIO, Union

from . import __version__, render
from .batch import Outcome, Stats, Unlisted, clean_many, ignored_note, walk
from .corpus import options as corpus_options
from .config import Config
from .errors import ParkcleanError
from .evidence.matcher import first_compile
from .io import display_name

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  parkclean page.txt                      clean body text on stdout
  parkclean --json page.txt               one JSON object: text, title, published, authors, removed …
  parkclean --json pages/ -o out.jsonl    a directory: one JSON line per page (JSONL)
  parkclean --json -j 0 pages/ -o out.jsonl --rejects bad.jsonl
                                          all cores; failed pages go to bad.jsonl with the reason
  parkclean --explain page.txt            every input line with its label and the rule that decided
  parkclean --explain --html out.html page.txt
                                          the same as a page: lines colored by label, rule on hover
  cat page.txt | parkclean -              read stdin
  parkclean --script keep page.txt        no Traditional→Simplified conversion
  parkclean eval corpus/                  score against annotated pages (see docs/evaluation.md)
  parkclean crawl/*.warc.gz -j 0 -o clean.jsonl.gz --rejects rej.jsonl
                                          a crawl (WARC, JSONL) to a corpus; see docs/corpus.md
  parkclean crawl/ -o clean.jsonl --resume --templates --dedup near
                                          go on after a kill; remove site furniture; drop duplicates

exit codes: 0 all pages cleaned, 1 some input failed (the rest were cleaned), 2 usage error
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parkclean", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
        description="Clean scraped Chinese news pages (text dumps or HTML) into article text with metadata.\n"
                    "Also: parkclean eval DIR scores the cleaning against annotated pages (parkclean eval --help).")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="page files or directories; '-' reads stdin")
    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true", help="JSON (JSONL for several pages) instead of text")
    out.add_argument("--explain", action="store_true",
                     help="show every line's label, rule and score (with --json: as JSON, a 'lines' list)")
    out.add_argument("--html", metavar="OUT", help="with --explain: write a colored HTML view to OUT")
    out.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout ('-': stdout)")
    out.add_argument("--rejects", metavar="FILE", help="write failed pages (name, error) as JSONL to FILE")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="color --explain output (default: auto, on a terminal)")
    run = p.add_argument_group("run")
    run.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (0 = all cores; default 1)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    cfg = p.add_argument_group("cleaning")
    cfg.add_argument("--format", choices=("auto", "text", "html"), default="auto", help="input format (default: sniff)")
    cfg.add_argument("--script", choices=("hans", "hant", "hant-tw", "hant-hk", "keep"), default="hans",
                     help="target script: Simplified (default), Traditional (OpenCC, Taiwan or Hong Kong), or keep")
    cfg.add_argument("--punct", choices=("fullwidth", "halfwidth", "keep"), default="fullwidth",
                     help="punctuation in CJK context (default: fullwidth)")
    cfg.add_argument("--no-adlaw", action="store_true", help="do not restore 蕞→最 / 头部→第一 substitutions")
    cfg.add_argument("--no-pinyin", action="store_true", help="do not strip pinyin annotations like 區(qū)")
    cfg.add_argument("--html-metadata", action="store_true",
                     help="HTML input: fill missing fields from trafilatura's metadata (slower, better dates)")
    cfg.add_argument("--metadata-script", choices=("page", "text"), default="page",
                     help="title, names and tags as the page writes them (default) or in the text's script")
    cfg.add_argument("--reference-date", metavar="YYYY-MM-DD", help="resolve relative dates (3天前) against this day")
    cfg.add_argument("--max-bytes", type=int, default=Config.max_input_bytes, metavar="N",
                     help=f"a page larger than N bytes is rejected, not read (default {Config.max_input_bytes:,})")
    p.add_argument("-V", "--version", action="version", version=f"parkclean {__version__}")
    corpus_options.add_arguments(p)
    return p


MAX_JOBS = 256  # worker processes at most (-j): more is a typo, not a machine


def _config(a: argparse.Namespace) -> Config:
    if a.max_bytes <= 0:
        raise ValueError(f"--max-bytes must be a positive number of bytes, not {a.max_bytes}")
    try:
        ref = dt.date.fromisoformat(a.reference_date) if a.reference_date else None
    except ValueError as e:
        raise ValueError(f"--reference-date {a.reference_date!r} is not a date YYYY-MM-DD ({e})") from None
    return Config(input_format=a.format, target_script=a.script, punctuation=a.punct, html_metadata=a.html_metadata,
                  fix_adlaw=not a.no_adlaw, fix_pinyin=not a.no_pinyin, reference_date=ref,
                  metadata_script=a.metadata_script, max_input_bytes=a.max_bytes)


class _Renderer:
    """Renders one result as the CLI prints it; picklable, so batch workers can run it."""

    def __init__(self, as_json: bool, explain: bool, color: bool, several: bool):
        self.as_json, self.explain, self.color, self.several = as_json, explain, color, several

    def __call__(self, name: str, result) -> str:
        shown = display_name(name)  # a file name that is not UTF-8 is written as \xNN, valid UTF-8
        head = f"==> {shown} <==\n" if self.several and not self.as_json else ""
        if self.explain and self.as_json:  # one JSON line per page, as --json gives
            return render.explain_json(result, input_name=shown if self.several else None) + "\n"
        if self.explain:
            return head + render.explain(result, color=self.color) + "\n"
        if self.as_json:
            return render.to_json(result, input_name=shown if self.several else None) + "\n"
        return head + result.text + "\n"


def _progress(i: int, total: int, failed: int, stream: TextIO) -> None:
    stream.write(f"\rparkclean: {i}/{total} pages, {failed} failed")
    stream.flush()


def html_view_name(target: str, i: int, several: bool) -> str:
    """Where ``--html`` writes page ``i``'s view: the name given, or, for several pages, that name
    numbered before its extension (``e.html`` → ``e.1.html``, ``v.d/view`` → ``v.d/view.1.html``).

    >>> html_view_name("e.html", 2, True), html_view_name("v.d/view", 1, True), html_view_name("./view", 1, True)
    ('e.2.html', 'v.d/view.1.html', './view.1.html')
    """
    if not several:
        return target
    root, ext = os.path.splitext(target)
    return f"{root}.{i}{ext or '.html'}"


def _write_html(target: str, i: int, several: bool, o: Outcome) -> None:
    assert o.result is not None
    path = html_view_name(target, i, several)
    with _writing(display_name(path)), open(path, "w", encoding="utf-8") as fh:
        fh.write(render.explain_html(o.result, title=display_name(os.path.basename(o.name))))


class _OutputError(Exception):
    """An output file cannot be written: the run stops with a one-line message."""


@contextmanager
def _writing(what: str) -> Iterator[None]:
    """Writing, flushing or closing an output: a failure (a full disk) is an :class:`_OutputError`
    naming it. (Buffered text is written at the flush or close, and may fail there.)"""
    try:
        yield
    except BrokenPipeError:
        raise  # (the reader stopped reading, as `| head` does: no failure of the run)
    except OSError as e:
        raise _OutputError(f"cannot write {what}: {e.strerror or e}") from None


def _output_name(a: argparse.Namespace) -> str:
    return display_name(a.output) if a.output else "the output"


def _clean_all(a: argparse.Namespace, names: list[Union[str, Unlisted]], cfg: Config, out: TextIO, rejects: Optional[TextIO],
               color: bool, show_progress: bool) -> Stats:
    """Clean every page, write outputs and rejects as they come, and count."""
    out_name, rej_name = _output_name(a), display_name(a.rejects) if a.rejects else ""
    several = len(names) > 1
    stats = Stats()
    render_fn = _Renderer(a.json, a.explain, color, several)
    for i, o in enumerate(clean_many(names, cfg, jobs=a.jobs, render=None if a.html else render_fn), 1):
        stats.add(o)
        if not o.ok:
            print(f"{chr(13) if show_progress else ''}parkclean: {o.error}", file=sys.stderr)
            if rejects:
                with _writing(rej_name):
                    rejects.write(json.dumps({"input": display_name(o.name), "error_kind": o.error_kind,
                                              "error": o.error}, ensure_ascii=False) + "\n")
        elif o.output is not None:
            with _writing(out_name):
                out.write(o.output)
            if not (a.json or a.explain or a.quiet):  # the text holds no warnings: they go to stderr
                _warn(o, show_progress)
        elif o.result is not None:
            with _writing(out_name):
                out.write(render_fn(o.name, o.result))
            if a.html:
                _write_html(a.html, i, several, o)
        if show_progress:
            _progress(i, len(names), stats.failed, sys.stderr)
    return stats


def _warn(o: Outcome, show_progress: bool) -> None:
    """A page's warnings (replaced bytes, lost line breaks, no article) on stderr, for text output."""
    name = "stdin" if o.name == "-" else display_name(o.name)
    lead = f"{chr(13) if show_progress else ''}parkclean: {name}: "
    for w in o.warnings:
        print(lead + w + (" (--explain shows why)" if w.startswith("no article text") else ""), file=sys.stderr)
    if o.empty and not any(w.startswith(("no article text", "empty page")) for w in o.warnings):
        print(lead + "no article text found (--explain shows why)", file=sys.stderr)


def _utf8_stdout() -> None:
    """Output is UTF-8 whatever the locale says (an ASCII or Latin-1 locale cannot hold the text:
    writing it there was a UnicodeEncodeError)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _usage_problem(a: argparse.Namespace) -> Optional[str]:
    """What is wrong with the options before any file is touched, or None."""
    if a.html and not a.explain:
        return "--html goes with --explain"
    if a.inputs.count("-") > 1:
        return "'-' (standard input) can be given once: it is read once"
    if a.jobs < 0 or a.jobs > MAX_JOBS:
        return f"-j/--jobs must be 0 (all cores) or a number from 1 to {MAX_JOBS}, not {a.jobs}"
    summary = getattr(a, "summary", None)
    for flag, path in (("-o", a.output), ("--rejects", a.rejects), ("--html", a.html), ("--summary", summary)):
        if path and not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            return f"cannot write {display_name(path)} ({flag}): no such directory {display_name(os.path.dirname(path))}"
        if path and os.path.isdir(path):
            return f"{flag} {display_name(path)} is a folder: give a file name"
    outs = [p for p in (a.output, a.rejects, a.html, summary) if p]
    if len({os.path.realpath(p) for p in outs}) < len(outs):
        return "-o, --rejects, --html and --summary must name different files"
    return None


def _overwrites_input(a: argparse.Namespace, names: list[str]) -> Optional[str]:
    """An output file that is also an input would be wiped before it is read: refused."""
    inputs = {os.path.realpath(n) for n in names if n != "-"}
    for flag, path in (("-o", a.output), ("--rejects", a.rejects), ("--html", a.html),
                       ("--summary", getattr(a, "summary", None))):
        if path and os.path.realpath(path) in inputs:
            return f"{flag} {display_name(path)} is also an input: it would be overwritten before it is read"
    return None


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some input failed, 2 usage). A warning
    (a cache that cannot be written) is one line on stderr, as the run's other messages."""
    with warnings.catch_warnings():
        warnings.showwarning = _one_line_warning
        return _main(argv)


def _one_line_warning(message: Union[Warning, str], category: type[Warning], filename: str, lineno: int,
                      file: Optional[TextIO] = None, line: Optional[str] = None) -> None:
    text = str(message)
    print(text if text.startswith("parkclean:") else f"parkclean: {text}", file=file or sys.stderr)


def _main(argv: Optional[Sequence[str]]) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "eval":
        from .evaluation.cli import main as eval_main
        return eval_main(args[1:])
    parser = build_parser()
    try:
        a = parser.parse_args(args)
    except SystemExit as e:
        return EXIT_OK if e.code == 0 else EXIT_USAGE
    if a.output == "-":
        a.output = None  # (-o -: standard output, as - is standard input)
    try:
        cfg = _config(a)
    except (ValueError, ParkcleanError) as e:
        print(f"parkclean: {e}", file=sys.stderr)
        return EXIT_USAGE
    if problem := _usage_problem(a):
        print(f"parkclean: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if corpus_options.wanted(a):
        return _corpus(a, cfg)
    if (note := corpus_options.unused_note(a, parser)) and not a.quiet:
        print(f"parkclean: {note}", file=sys.stderr)
    if not a.quiet and first_compile():
        print("parkclean: first run: compiling the lexicons' matcher (about 30 s, once; kept in the cache)",
              file=sys.stderr)
    ignored: list[str] = []
    names = walk(a.inputs, ignored=ignored)
    if (note := ignored_note(ignored)) and not a.quiet:
        print(f"parkclean: {note}", file=sys.stderr)
    if problem := _overwrites_input(a, [n for n in names if isinstance(n, str)]):
        print(f"parkclean: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not names:
        print("parkclean: no page files found in the given directories", file=sys.stderr)
        return EXIT_SOME_FAILED
    several = len(names) > 1
    color = a.color == "always" or (a.color == "auto" and sys.stdout.isatty() and not a.output)
    if not a.output:
        _utf8_stdout()
    try:
        out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
        rejects = open(a.rejects, "w", encoding="utf-8") if a.rejects else None
    except OSError as e:
        print(f"parkclean: cannot write {display_name(e.filename)}: {e.strerror}", file=sys.stderr)
        return EXIT_USAGE
    show_progress = several and not a.quiet and sys.stderr.isatty()
    try:
        stats = _clean_all(a, names, cfg, out, rejects, color, show_progress)
        with _writing(_output_name(a)):
            out.close() if a.output else out.flush()
        if rejects:
            with _writing(display_name(a.rejects)):
                rejects.close()
    except KeyboardInterrupt:
        print("\nparkclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except _OutputError as e:
        print(f"{chr(10) if show_progress else ''}parkclean: {e}", file=sys.stderr)
        return EXIT_SOME_FAILED
    finally:
        for fh in ((out,) if a.output else ()) + ((rejects,) if rejects else ()):
            try:
                fh.close()  # (closed already, unless the run stopped early)
            except OSError:  # a failure is said where the run stopped
                pass
    if show_progress:
        sys.stderr.write("\n")
    if several and not a.quiet:
        print(stats.summary(), file=sys.stderr)
        if a.html:
            print(f"parkclean: the views are numbered by page: {display_name(html_view_name(a.html, 1, True))} … "
                  f"{display_name(html_view_name(a.html, len(names), True))}", file=sys.stderr)
    return EXIT_SOME_FAILED if stats.failed else EXIT_OK


def _corpus(a: argparse.Namespace, cfg: Config) -> int:
    """A corpus run (docs/corpus.md): crawl formats, resume, filters, templates, dedup, summary."""
    from .corpus import run as corpus_run, sources
    problem = corpus_options.problem(a)
    ignored: list[str] = []
    items = sources.expand(a.inputs, ignored)
    if (note := ignored_note(ignored, crawl=True)) and not a.quiet:
        print(f"parkclean: {note}", file=sys.stderr)
    names = [x for x in items if isinstance(x, str)]
    problem = problem or _overwrites_input(a, names)
    if a.out_dir and os.path.realpath(a.out_dir) in {os.path.realpath(os.path.dirname(n) or ".") for n in names}:
        problem = problem or f"--out-dir {display_name(a.out_dir)} holds inputs: give another folder"
    if problem:
        print(f"parkclean: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not items:
        print("parkclean: no page or crawl files found in the given inputs", file=sys.stderr)
        return EXIT_SOME_FAILED
    if note := corpus_options.records_note(a):
        print(f"parkclean: {note}", file=sys.stderr)
    total = len(items) if all(sources.kind_of(n) == "page" for n in names) else None
    try:
        summary = corpus_run.run(corpus_options.plan(a, cfg, total, ignored))
    except KeyboardInterrupt:
        print("\nparkclean: interrupted (run again with --resume to go on)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:  # a file the run cannot open or write (an output; an input's failure is a reject)
        where = f"{display_name(e.filename)}: " if e.filename else ""
        print(f"parkclean: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except ParkcleanError as e:
        print(f"parkclean: {e}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if not a.quiet:
        print(summary.text(), file=sys.stderr)
        if summary.errors and not a.rejects:  # (which documents, and why: only the rejects file says)
            print("(--rejects FILE lists each document not in the output, with its reason)", file=sys.stderr)
    return EXIT_SOME_FAILED if summary.outcomes["failed"] else EXIT_OK


def run() -> None:  # console-script entry point
    sys.exit(main())


if __name__ == "__main__":
    run()
