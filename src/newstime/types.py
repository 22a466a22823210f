"""Immutable value types returned by newstime.

All of them are frozen, slotted dataclasses: safe to share between threads,
hashable, and cheap.  ``to_dict()`` gives the JSON-ready public contract
documented in ``docs/schema.md``.

>>> from datetime import datetime, timezone
>>> iv = Interval(datetime(2022, 2, 12, tzinfo=timezone.utc),
...               datetime(2022, 2, 13, tzinfo=timezone.utc), "day")
>>> iv.to_dict()
{'start': '2022-02-12T00:00:00+00:00', 'end': '2022-02-13T00:00:00+00:00', 'grain': 'day'}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

__all__ = ["Interval", "Duration", "Recurrence", "Anchor", "Mention", "Document", "MentionType"]

MentionType = Literal["DATE", "TIME", "DURATION", "SET"]
AnchorSource = Literal["given", "dateline", "inferred", "none"]


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open interval ``[start, end)`` of aware datetimes, with the grain it was stated at.

    >>> from datetime import datetime, timezone
    >>> a = datetime(2022, 2, 12, 18, tzinfo=timezone.utc)
    >>> Interval(a, a.replace(hour=23), "part_of_day").duration
    datetime.timedelta(seconds=18000)
    """

    start: datetime
    end: datetime
    grain: str

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Interval ends must be aware datetimes")
        if not self.start < self.end:
            raise ValueError(f"Interval start {self.start} is not before end {self.end}")

    @property
    def duration(self) -> timedelta:
        """The length of the interval (in absolute time)."""
        return self.end - self.start

    def __contains__(self, instant: object) -> bool:
        if not isinstance(instant, datetime) or instant.tzinfo is None:
            return False
        return self.start <= instant < self.end

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "grain": self.grain}


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time, as TimeML writes it (``PT5H``, ``P2W``, ``PXM``).

    ``amount`` is ``None`` for vague lengths ("several months"); ``low`` and
    ``high`` give a range ("24-48 hours").

    >>> Duration("PT5H", 5, "hour").timedelta
    datetime.timedelta(seconds=18000)
    >>> Duration("P1M", 1, "month").timedelta is None  # a month has no fixed length
    True
    """

    value: str
    amount: float | None
    unit: str
    low: float | None = None
    high: float | None = None

    @property
    def timedelta(self) -> timedelta | None:
        """The fixed length, for units that have one (seconds to weeks); else ``None``."""
        secs = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}.get(self.unit)
        if secs is None or self.amount is None:
            return None
        return timedelta(seconds=secs * self.amount)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "amount": self.amount, "unit": self.unit, "low": self.low, "high": self.high}


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How often a SET recurs: TIMEX3 ``value`` (``P1W``, ``XXXX-WXX-1``), ``quant`` and ``freq``.

    >>> Recurrence("XXXX-WXX-1", "EACH", None, "week").to_dict()["quant"]
    'EACH'
    """

    value: str
    quant: str | None
    freq: str | None
    period: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "quant": self.quant, "freq": self.freq, "period": self.period}


@dataclass(frozen=True, slots=True)
class Anchor:
    """The document's creation time, and where it came from.

    ``source`` is ``"given"`` (the caller passed it), ``"dateline"`` (found in a
    dateline or stamp), ``"inferred"`` (deduced from the text's own dates) or
    ``"none"``.  ``confidence`` is 1.0 for a given anchor.  ``date`` is the civil
    date in the anchor's zone; ``datetime`` is set when a clock time is known.
    ``partial`` holds what the text gave when it did not fix the date, as a TIMEX3 value with ``X``
    placeholders (``"XXXX-02-12"``: a dateline without a year); ``date`` is then None.
    """

    date: date | None
    datetime: datetime | None
    tz: str | None
    source: AnchorSource
    confidence: float
    text: str | None = None
    start: int | None = None
    end: int | None = None
    note: str = ""
    partial: str | None = None

    @property
    def resolved(self) -> bool:
        """True when relative expressions can be resolved against this anchor."""
        return self.date is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.datetime.isoformat() if self.datetime else (self.date.isoformat() if self.date else self.partial),
            "date": self.date.isoformat() if self.date else None,
            "tz": self.tz,
            "source": self.source,
            "confidence": self.confidence,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression found in the text, resolved.

    ``text == document.text[start:end]`` always holds.  ``value``/``mod`` are
    the TIMEX3 attributes; ``interval`` is set for DATE and TIME mentions with a
    resolved value, ``duration`` for DURATION, ``recurrence`` for SET.  ``tz`` is
    the IANA key (or fixed offset such as ``"UTC+03:00"``) the interval is
    expressed in; ``tz_source`` says whether the text named it (``"text"``), it
    came from the document (``"document"``), from the place of a dateline other than the document's zone
    (``"dateline"``: "KABUL (AP) -" read with a New York ``tz``), from a bracketed equivalent in
    another zone (``"equivalent"``: "10:30 a.m. (0730 GMT)" is at UTC+03:00), from an earlier clock
    time of the same sentence whose zone the text gave (``"sentence"``: "begins at 7 a.m. (0230 GMT) and
    ends at 4 p.m."), or none
    was known (``None``: the interval is then given in UTC).  ``reference`` says what a relative value was
    computed from (``"anchor"``, ``"mention:<start>"``, ``"speech:<start>"``).
    ``flags`` lists doubts and checks (``"tense-conflict"``, ``"equivalent-mismatch"``, ...).
    """

    start: int
    end: int
    text: str
    type: MentionType
    value: str
    mod: str | None = None
    tz: str | None = None
    tz_source: str | None = None
    interval: Interval | None = None
    duration: Duration | None = None
    recurrence: Recurrence | None = None
    grain: str | None = None
    confidence: float = 1.0
    rule: str = ""
    reference: str | None = None
    reference_value: str | None = None
    equivalent: int | None = None
    flags: tuple[str, ...] = ()
    explain: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        """False when the value holds TIMEX3 ``X`` placeholders (no anchor to resolve against)."""
        return not (self.type in ("DATE", "TIME") and "X" in self.value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "tz": self.tz,
            "tz_source": self.tz_source,
            "interval": self.interval.to_dict() if self.interval else None,
            "duration": self.duration.value if self.duration else None,
            "range": [self.duration.low, self.duration.high] if self.duration and self.duration.low is not None else None,
            "recurrence": self.recurrence.to_dict() if self.recurrence else None,
            "grain": self.grain,
            "confidence": self.confidence,
            "rule": self.rule,
            "reference": self.reference,
            "reference_value": self.reference_value,
            "equivalent": self.equivalent,
            "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class Document:
    """The result of :func:`newstime.resolve`: the text, its anchor and its mentions in text order."""

    text: str
    anchor: Anchor
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready contract: ``{"anchor": {...}, "mentions": [{...}, ...]}``."""
        return {"anchor": self.anchor.to_dict(), "mentions": [m.to_dict() for m in self.mentions]}

    def to_timeml(self) -> str:
        """The text as TimeML, with a DCT and inline TIMEX3 tags (see :mod:`newstime.timeml`)."""
        from .timeml import to_timeml

        return to_timeml(self)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)
