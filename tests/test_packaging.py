"""A normal install ships every module and data file: the flat layout lists its packages by hand
(``pyproject.toml``), and an editable install (the tests' own) would not notice one missing."""
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _listed() -> set[str]:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(conf["tool"]["setuptools"]["packages"])


def test_every_package_of_the_tree_is_listed_for_install():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "parkclean").rglob("__init__.py")
             if "__pycache__" not in p.parts}
    assert found == _listed()


def test_the_wheel_holds_every_module_and_data_file(tmp_path):
    src = tmp_path / "src"  # (a clean copy: a build/ folder left by an earlier build would fill the gaps)
    top = {"build", ".git", "corpus", "tests", "bench", "dist"}
    shutil.copytree(ROOT, src, ignore=lambda folder, names: [
        n for n in names if (Path(folder) == ROOT and (n in top or n.startswith(".venv")))
        or n == "__pycache__" or n.endswith((".egg-info", ".so"))])
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                          str(tmp_path), str(src)], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"no wheel could be built here (the build backend comes from the package index): {out.stderr[-300:]}")
    wheel = next(tmp_path.glob("parkclean-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {str(p.relative_to(ROOT)) for p in (ROOT / "parkclean").rglob("*")
              if p.suffix in (".py", ".tsv", ".txt", ".json", ".typed", ".pyi") and "__pycache__" not in p.parts}
    assert wanted <= names, sorted(wanted - names)[:10]
