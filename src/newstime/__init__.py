"""newstime: the dates and times in news text, resolved into zoned intervals and TIMEX3 values.

>>> import newstime
>>> doc = newstime.resolve("The talks ended on Monday, February 7, after more than five hours.",
...                        anchor="2022-02-07", tz="Europe/Moscow")
>>> [(m.text, m.type, m.value, m.mod) for m in doc.mentions]
[('Monday, February 7', 'DATE', '2022-02-07', None), ('more than five hours', 'DURATION', 'PT5H', 'MORE_THAN')]
"""

from __future__ import annotations

from .api import parse, resolve
from .errors import AmbiguousTimeError, AnchorError, InputError, NewstimeError, ZoneError
from .types import Anchor, Document, Duration, Interval, Mention, Recurrence
from .tz import ZoneRef, zone_for

__version__ = "0.1.0"

__all__ = [
    "resolve", "parse", "zone_for", "Document", "Mention", "Anchor", "Interval", "Duration", "Recurrence",
    "ZoneRef", "NewstimeError", "AnchorError", "ZoneError", "InputError", "AmbiguousTimeError", "__version__",
]
