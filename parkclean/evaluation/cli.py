"""``parkclean eval``: score parkclean and installed peers on annotated pages."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from . import corpus, harness, peers, report

EPILOG = """\
examples:
  parkclean eval corpus/                          parkclean and every installed peer on all pages
  parkclean eval corpus/dev --systems parkclean,trafilatura --json report.json --html report.html
  parkclean eval corpus/ --input-ext html         score the .html twin of each page where it exists

The annotation format is described in docs/evaluation.md. Peers: pip install '.[eval]'.
exit codes: 0 done, 1 no annotated pages found, 2 usage error
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="parkclean eval", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
                                description="Score body extraction and metadata against annotated pages.")
    p.add_argument("corpus", nargs="+", help="folders (searched recursively) or annotation files")
    p.add_argument("--systems", default=",".join(peers.DEFAULT_SYSTEMS),
                   help=f"comma-separated, from: {', '.join(peers.DEFAULT_SYSTEMS)}")
    p.add_argument("--json", metavar="FILE", help="write the full report as JSON")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    p.add_argument("--input-ext", metavar="EXT", help="use the page's twin with this extension (e.g. html)")
    try:
        a = p.parse_args(argv)
    except SystemExit as e:
        return 0 if e.code == 0 else 2
    for flag, path in (("--json", a.json), ("--html", a.html)):  # before the evaluation, not after it
        if path and not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            print(f"parkclean eval: cannot write {path} ({flag}): no such directory", file=sys.stderr)
            return 2
    missing_roots = [r for r in a.corpus if not os.path.exists(r)]
    if missing_roots:
        print(f"parkclean eval: no such file or folder: {', '.join(missing_roots)}", file=sys.stderr)
        return 2
    systems = [s.strip() for s in a.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in peers.RUNNERS]
    if unknown:
        print(f"parkclean eval: unknown system(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    cases = [c for root in a.corpus for c in corpus.load(root, a.input_ext)]
    if not cases:
        print("parkclean eval: no annotated pages found (a page file beside NAME.json with 'input' and 'body')",
              file=sys.stderr)
        return 1
    reports, missing = harness.evaluate(cases, systems)
    print(report.table(reports, missing))
    try:
        if a.json:
            with open(a.json, "w", encoding="utf-8") as fh:
                fh.write(report.to_json(reports, missing))
        if a.html:
            with open(a.html, "w", encoding="utf-8") as fh:
                fh.write(report.to_html(reports, missing, cases))
    except OSError as e:
        print(f"parkclean eval: cannot write {e.filename}: {e.strerror or e}", file=sys.stderr)
        return 1
    return 0
