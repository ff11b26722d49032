"""Type stub for the optional C kernel (parkclean/_speedups.c)."""
from typing import TypeVar

_T = TypeVar("_T", bound=tuple)  # type: ignore[type-arg]

def scan(lines: list[str], features_type: type[_T], /) -> tuple[list[_T], list[int]]: ...
