"""Exceptions with messages a user can act on. The CLI maps them to exit codes."""
from __future__ import annotations


class ParkcleanError(Exception):
    """Base class of every error parkclean raises on purpose."""


class InputError(ParkcleanError):
    """The input cannot be used as given (wrong type, empty, unreadable)."""


class DecodeError(InputError):
    """Bytes that no supported encoding decodes to plausible text."""


class InputTooLarge(InputError):
    """The input is larger than ``Config.max_input_bytes``."""


class ConfigError(ParkcleanError):
    """A configuration value is out of range or of the wrong kind."""


class DocumentTimeout(ParkcleanError):
    """Cleaning one document took longer than the run's per-document time limit."""


def named(message: str, *names: str) -> str:
    """An error's message that names its page: as it is when it starts with one of ``names`` (the
    first is put in front otherwise: a limit met after parsing HTML does not know the page).

    >>> named("a.html: empty page", "a.html"), named("400004 lines is over the limit", "a.html")
    ('a.html: empty page', 'a.html: 400004 lines is over the limit')
    """
    return message if any(message.startswith(n + ":") for n in names if n) else f"{names[0]}: {message}"
