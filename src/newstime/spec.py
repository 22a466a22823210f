"""What the words say: a candidate's specification, before any resolution.

A :class:`Spec` records only what the text states (weekday, month-day, clock, part of day, a
relative offset, a boundary, a zone phrase, a modifier) and leaves every other field ``None``.
The resolver (``newstime.resolve``) fills in the rest from the anchor and the context.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .tz import ZoneRef


@dataclass(frozen=True, slots=True)
class Spec:
    kind: str  # "date" | "time" | "duration" | "set" | "ref"
    # calendar fields, as stated
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None
    decade: int | None = None  # 199 for "the 1990s"
    century: int | None = None  # 19 for "the 20th century" (TIMEX3 "19XX")
    weekend: bool = False
    # clock
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    pod: str | None = None  # part of day: MO AF EV NI MI DT
    # relative to the anchor (deictic) or to the last mentioned date (anaphoric)
    rel_unit: str | None = None  # "day", "week", "month", "year", "quarter", "weekday", ...
    rel_n: int | None = None  # -1 last, 0 this, +1 next, +2 "the day after tomorrow"
    anaphoric: bool = False
    shift_unit: str | None = None  # "two days later": shift by 2 days from the reference
    shift_n: float | None = None
    shift_vague: bool = False  # "several days ago"
    direction: int | None = None  # an explicit direction for a bare weekday/month ("last", "next")
    ref: str | None = None  # PRESENT_REF / PAST_REF / FUTURE_REF
    deictic_day: bool = False  # today / tomorrow / yesterday / tonight
    # qualification
    boundary: str | None = None  # START / MID / END of the period
    mod: str | None = None  # APPROX / MORE_THAN / ...
    zone: ZoneRef | None = None
    zone_in_extent: bool = True
    # durations
    amount: float | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    # sets
    set_value: str | None = None
    quant: str | None = None
    freq: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def with_(self, **kw: Any) -> Spec:
        return replace(self, **kw)

    @property
    def has_date(self) -> bool:
        return any(v is not None for v in (self.year, self.month, self.day, self.weekday, self.rel_unit,
                                           self.season, self.quarter, self.decade, self.century)) or self.deictic_day

    @property
    def has_time(self) -> bool:
        return self.hour is not None or self.pod is not None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    spec: Spec
    rule: str
    steps: tuple[str, ...] = ()
    # for a bracketed equivalent: index of the candidate it restates
    equivalent_of: int | None = None

    def with_(self, **kw: Any) -> Candidate:
        return replace(self, **kw)
