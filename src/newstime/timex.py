"""TIMEX3 values: derived in one place from (civil period, grain, part of day), and parsed back.

>>> from datetime import date
>>> p = Period(date(2022, 2, 12), "day")
>>> p.value(), p.civil_bounds()
('2022-02-12', (datetime.datetime(2022, 2, 12, 0, 0), datetime.datetime(2022, 2, 13, 0, 0)))
>>> Period.from_value("2021-Q4").civil_bounds()[0].isoformat()
'2021-10-01T00:00:00'
>>> duration_value(5, "hour"), duration_value(None, "month"), duration_value(0.5, "year")
('PT5H', 'PXM', 'P6M')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .data.policy import PART_OF_DAY_HOURS, SEASON_MONTHS
from .data.words import UNIT_TIMEX

__all__ = ["Period", "duration_value"]

GRAINS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day",
          "part_of_day", "hour", "minute", "second")


# how many months a period of each grain spans from its first day
_GRAIN_MONTHS: dict[str, int] = {"year": 12, "half": 6, "quarter": 3, "season": 3, "month": 1}


@dataclass(frozen=True, slots=True)
class Period:
    """A civil period: ``start`` is the first day (or datetime) and ``grain`` its size.

    ``pod`` is the part-of-day code for grain ``part_of_day``; ``index`` the quarter/half/season code.
    ``fiscal`` marks a fiscal year ("FY1998").
    """

    start: date | datetime
    grain: str
    pod: str | None = None
    index: str | None = None
    fiscal: bool = False
    midnight_end: bool = False  # "midnight" as T24:00 of ``start``'s day

    def value(self) -> str:
        s = self.start
        g = self.grain
        if g == "century":
            return f"{s.year // 100:02d}XX"
        if g == "decade":
            return f"{s.year // 10:03d}X"
        if g == "year":
            return ("FY" if self.fiscal else "") + f"{s.year:04d}"
        if g in ("half", "quarter", "season"):
            return f"{s.year:04d}-{self.index}"
        if g == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if g in ("week", "weekend"):
            y, w, _ = s.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if g == "weekend" else "")
        day = f"{s.year:04d}-{s.month:02d}-{s.day:02d}"
        if g == "day":
            return day
        if g == "part_of_day":
            return f"{day}T{self.pod}"
        assert isinstance(s, datetime)
        if self.midnight_end:
            return f"{day}T24:00"
        if g == "hour":
            return f"{day}T{s.hour:02d}"
        if g == "minute":
            return f"{day}T{s.hour:02d}:{s.minute:02d}"
        return f"{day}T{s.hour:02d}:{s.minute:02d}:{s.second:02d}"

    def civil_bounds(self) -> tuple[datetime, datetime]:
        """The civil (naive) half-open interval this period covers."""
        s = self.start
        d0 = datetime(s.year, s.month, s.day)
        g = self.grain
        if g == "century":
            a = datetime(s.year // 100 * 100, 1, 1)
            return a, a + relativedelta(years=100)
        if g == "decade":
            a = datetime(s.year // 10 * 10, 1, 1)
            return a, a + relativedelta(years=10)
        months = _GRAIN_MONTHS.get(g)
        if months is not None:
            if s.day == 1:  # whole months, the usual case: no date arithmetic library needed
                m = s.month - 1 + months
                return d0, datetime(s.year + m // 12, m % 12 + 1, 1)
            return d0, d0 + relativedelta(months=months)
        if g == "week":
            return d0, d0 + timedelta(days=7)
        if g == "weekend":
            return d0, d0 + timedelta(days=2)
        if g == "day":
            return d0, d0 + timedelta(days=1)
        if g == "part_of_day":
            h0, h1 = PART_OF_DAY_HOURS[self.pod or "DT"]
            return d0 + timedelta(hours=h0), d0 + timedelta(hours=h1)
        assert isinstance(s, datetime)
        if self.midnight_end:
            a = d0 + timedelta(days=1)
            return a, a + timedelta(minutes=1)
        step = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}[g]
        return s, s + step

    @classmethod
    def from_value(cls, value: str) -> Period:
        """Parse a TIMEX3 value back into a period (the inverse of :meth:`value`)."""
        v = value
        m = re.fullmatch(r"(FY)?(\d{4})", v)
        if m:
            return cls(date(int(m[2]), 1, 1), "year", fiscal=bool(m[1]))
        m = re.fullmatch(r"(\d{2})(?:XX)?", v)  # "19XX", and the ISO reduced form "19"
        if m:
            return cls(date(int(m[1]) * 100, 1, 1) if int(m[1]) else date(1, 1, 1), "century")
        m = re.fullmatch(r"(\d{3})X?", v)  # "199X", and "199"
        if m:
            return cls(date(max(1, int(m[1]) * 10), 1, 1), "decade")
        m = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", v)
        if m:
            y, code = int(m[1]), m[2]
            if code[0] == "Q":
                return cls(date(y, 3 * int(code[1]) - 2, 1), "quarter", index=code)
            if code[0] == "H":
                return cls(date(y, 6 * int(code[1]) - 5, 1), "half", index=code)
            first, _ = SEASON_MONTHS[code]
            return cls(date(y, first, 1), "season", index=code)
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            return cls(date(int(m[1]), int(m[2]), 1), "month")
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            d = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
            return cls(d, "weekend" if m[3] else "week")
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(?:(MO|AF|EV|NI|MI|DT)|(\d{2})(?::(\d{2})(?::(\d{2}))?)?))?", v)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            if m[4]:
                return cls(d, "part_of_day", pod=m[4])
            if m[5]:
                h = int(m[5])
                if h == 24:
                    return cls(datetime(d.year, d.month, d.day), "minute", midnight_end=True)
                mi, se = int(m[6] or 0), int(m[7] or 0)
                grain = "second" if m[7] else "minute" if m[6] else "hour"
                return cls(datetime(d.year, d.month, d.day, h, mi, se), grain)
            return cls(d, "day")
        raise ValueError(f"not a resolved TIMEX3 date value: {value!r}")


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


_HALF = {"year": (6, "month"), "month": (2, "week"), "week": (84, "hour"), "day": (12, "hour"),
         "hour": (30, "minute"), "minute": (30, "second"), "decade": (5, "year"), "century": (50, "year"),
         "quarter": (6, "week"), "fortnight": (1, "week"), "night": (12, "hour"), "weekend": (1, "day")}


# a unit and the next finer one it is written with: "an hour and 29 minutes", "three years and two months"
SPLIT_UNITS = _SPLIT = {"year": (12, "month"), "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second"),
          "week": (7, "day")}


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of a length: ``PT5H``, ``P2W``, ``PXM`` (vague), ``P20Y`` (two decades), ``P2Y6M``,
    ``P2L`` (two thousand years).

    >>> duration_value(2.5, "year"), duration_value(1.5, "hour"), duration_value(2 + 8 / 60 + 37 / 3600, "hour")
    ('P2Y6M', 'PT1H30M', 'PT2H8M37S')
    """
    if unit == "unspecified":
        return "PXX"  # "a while": a length of no stated unit
    if amount is not None and not float(amount).is_integer():
        if amount == 0.5 and unit in _HALF:
            amount, unit = _HALF[unit]
        elif unit in _SPLIT and amount > 1:
            whole = int(amount)
            per, sub = _SPLIT[unit]
            exact = (amount - whole) * per
            # ("2 hours, 8 minutes and 37 seconds": the minutes' own fraction is seconds)
            rest: float = round(exact) if abs(exact - round(exact)) < 1e-6 or sub not in _SPLIT else round(exact, 6)
            head = duration_value(whole, unit)
            tail = duration_value(rest, sub)
            if "T" in tail and "T" not in head:
                return head + tail[1:]
            return head + tail[2:] if tail.startswith("PT") else head + tail[1:]
    letter, clock, mult = UNIT_TIMEX[unit]
    if amount is None and unit in ("decade", "century"):
        return "PXE" if unit == "decade" else "PXC"  # "decades", "centuries": TimeBank writes E and C
    n = "X" if amount is None else _fmt(amount * mult)
    if unit == "year" and amount is not None and amount >= 1000 and float(amount).is_integer() and amount % 1000 == 0:
        return f"P{int(amount) // 1000}L"  # "two thousand years": millennia (TimeBank writes P2L)
    if unit == "quarter":
        n, letter = ("X" if amount is None else _fmt(amount * 3)), "M"
    return ("PT" if clock else "P") + n + letter
