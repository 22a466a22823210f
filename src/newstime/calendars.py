"""Calendars other than the Gregorian one, as far as news needs them: the days of the Hebrew calendar's feasts.

The Hebrew calendar is fixed by arithmetic (the molad, the mean lunar conjunction, and the rules that postpone
Rosh Hashanah), so its feasts are computed for any year, not read from a table.

>>> hebrew_feast("tishri", 2022)  # Rosh Hashanah 5783
datetime.date(2022, 9, 26)
>>> hebrew_feast("nisan", 2024)  # the first day of Passover
datetime.date(2024, 4, 23)
>>> hebrew_feast("kislev", 2023)  # the first day of Hanukkah
datetime.date(2023, 12, 8)
"""

from __future__ import annotations

from datetime import date, timedelta

# the day before 1 Tishri of the year 1, counted as date.toordinal() counts (proleptic Gregorian, 0001-01-01 = 1)
_HEBREW_EPOCH = -1373428
_PARTS_PER_DAY = 25920  # 24 hours of 1080 parts
_YEARS_FROM_GREGORIAN = 3761  # the Hebrew year that begins in the autumn of Gregorian year Y is Y + 3761


def _elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishri of ``year``, moved off Sunday, Wednesday and Friday."""
    months = (235 * year - 234) // 19  # months before the year: 7 leap years of 13 months in each 19
    parts = 12084 + 13753 * months  # the molad, in parts after the epoch's first molad
    day = 29 * months + parts // _PARTS_PER_DAY
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _new_year_delay(year: int) -> int:
    """The further postponement that keeps every year 353-355 or 383-385 days long."""
    before, this, after = _elapsed_days(year - 1), _elapsed_days(year), _elapsed_days(year + 1)
    if after - this == 356:
        return 2
    if this - before == 382:
        return 1
    return 0


def rosh_hashanah(hebrew_year: int) -> date:
    """1 Tishri of ``hebrew_year``."""
    if not 1 <= hebrew_year <= 13_000:
        raise ValueError(f"no Hebrew year {hebrew_year} in the Gregorian calendar's range")
    return date.fromordinal(_HEBREW_EPOCH + _elapsed_days(hebrew_year) + _new_year_delay(hebrew_year) + 1)


def hebrew_feast(kind: str, year: int) -> date:
    """The day that anchors a feast in Gregorian ``year``: ``"tishri"`` Rosh Hashanah, ``"nisan"`` the first
    day of Passover (15 Nisan) and ``"kislev"`` the first day of Hanukkah (25 Kislev).  Feasts begin at the
    sundown before: the day given is the civil day most of the feast falls on, as calendars print it."""
    new_year = rosh_hashanah(year + _YEARS_FROM_GREGORIAN)
    if kind == "tishri":
        return new_year
    if kind == "nisan":
        return new_year - timedelta(days=163)  # 15 Nisan to 1 Tishri is always 163 days
    if kind == "kislev":
        length = (rosh_hashanah(year + _YEARS_FROM_GREGORIAN + 1) - new_year).days
        heshvan = 30 if length % 10 == 5 else 29  # a "complete" year (355, 385 days) has a long Heshvan
        return new_year + timedelta(days=30 + heshvan + 24)
    raise ValueError(f"unknown Hebrew feast kind {kind!r}")
