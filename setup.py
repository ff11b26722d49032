"""Build the optional C speedups; everything else is declared in pyproject.toml.

``optional=True``: where no C compiler is available the build goes on without the extension and
parkclean uses its pure-Python path (same results, slower). Set PARKCLEAN_PURE_PYTHON=1 to skip it.
"""
import os

from setuptools import Extension, setup

ext = [] if os.environ.get("PARKCLEAN_PURE_PYTHON") else [
    Extension("parkclean._speedups", ["parkclean/_speedups.c"], optional=True, extra_compile_args=["-O2"])]
setup(ext_modules=ext)
