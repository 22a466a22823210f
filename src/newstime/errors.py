"""The one exception hierarchy of newstime.

Every error newstime raises on purpose is a :class:`NewstimeError`; the
subclasses also derive from the built-in exception a caller would expect
(``ValueError`` or ``TypeError``), so ``except ValueError`` keeps working.

>>> import newstime
>>> try:
...     newstime.resolve("on Monday", anchor="yesterday-ish")
... except newstime.AnchorError as e:
...     print(type(e).__name__, isinstance(e, ValueError))
AnchorError True
"""

from __future__ import annotations

__all__ = ["NewstimeError", "AnchorError", "ZoneError", "InputError", "AmbiguousTimeError"]


class NewstimeError(Exception):
    """Base class of every error raised by newstime."""


class InputError(NewstimeError, TypeError):
    """The text (or another argument) is not of an accepted type or value."""


class AnchorError(NewstimeError, ValueError):
    """The anchor could not be understood (wrong type, unparsable string, impossible date)."""


class ZoneError(NewstimeError, ValueError):
    """A time zone name or object is unknown or not accepted."""


class AmbiguousTimeError(NewstimeError, ValueError):
    """A local time falls in a DST gap or fold and the policy is ``disambiguate="raise"``."""
