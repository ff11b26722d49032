"""The public API is typed (py.typed): the package type-checks with mypy."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_package_type_checks():
    pytest.importorskip("mypy")
    out = subprocess.run([sys.executable, "-m", "mypy", str(ROOT / "parkclean"), "--config-file", str(ROOT / "pyproject.toml"),
                          "--cache-dir", "/tmp/parkclean-mypy-cache"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-3000:]


def test_py_typed_is_shipped():
    assert (ROOT / "parkclean" / "py.typed").exists()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
