"""Progress: log lines with rate and ETA off a terminal, a tqdm bar on one, nothing when quiet."""
import io
import time

import pytest

from parkclean.corpus.progress import Progress


def test_log_lines_with_rate_and_eta_off_a_terminal():
    out = io.StringIO()
    p = Progress(100, stream=out, every=0.0)
    time.sleep(0.01)
    p.update(10, failed=1)
    p.close()
    line = out.getvalue().strip()
    assert line.startswith("parkclean: 10/100 (10.0%) pages,") and "pages/s" in line and "ETA" in line
    assert line.endswith("1 failed")


def test_no_eta_without_a_total_and_nothing_between_intervals():
    out = io.StringIO()
    p = Progress(None, stream=out, every=3600)
    p.update(5)
    assert out.getvalue() == "" and "ETA" not in p.line() and p.line().startswith("parkclean: 5 pages")


def test_quiet_shows_nothing():
    out = io.StringIO()
    p = Progress(10, stream=out, every=0.0, quiet=True)
    p.update(10)
    p.close()
    assert out.getvalue() == ""


def test_a_tqdm_bar_on_a_terminal():
    pytest.importorskip("tqdm")
    out = io.StringIO()
    p = Progress(50, stream=out, bar=True)
    for _ in range(50):
        p.update(1)
    p.close()
    shown = out.getvalue()
    assert "50/50" in shown and "page/s" in shown
