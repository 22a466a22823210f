"""The Hebrew calendar's feasts: against days printed in calendars, and against the calendar's own rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstime.calendars import hebrew_feast, rosh_hashanah
from newstime.data import words as W

# (Gregorian year, Rosh Hashanah, first day of Passover, first day of Hanukkah), as Jewish calendars print them
KNOWN = [
    (1989, date(1989, 9, 30), date(1989, 4, 20), date(1989, 12, 23)),
    (2018, date(2018, 9, 10), date(2018, 3, 31), date(2018, 12, 3)),
    (2019, date(2019, 9, 30), date(2019, 4, 20), date(2019, 12, 23)),
    (2020, date(2020, 9, 19), date(2020, 4, 9), date(2020, 12, 11)),
    (2021, date(2021, 9, 7), date(2021, 3, 28), date(2021, 11, 29)),
    (2022, date(2022, 9, 26), date(2022, 4, 16), date(2022, 12, 19)),
    (2023, date(2023, 9, 16), date(2023, 4, 6), date(2023, 12, 8)),
    (2024, date(2024, 10, 3), date(2024, 4, 23), date(2024, 12, 26)),
]


@pytest.mark.parametrize("year,new_year,passover,hanukkah", KNOWN)
def test_printed_days(year: int, new_year: date, passover: date, hanukkah: date) -> None:
    assert hebrew_feast("tishri", year) == new_year
    assert hebrew_feast("nisan", year) == passover
    assert hebrew_feast("kislev", year) == hanukkah


@given(st.integers(min_value=1900, max_value=2100))  # the printed ranges drift a day every ~200 years
def test_calendar_rules(year: int) -> None:
    new_year = rosh_hashanah(year + 3761)
    length = (rosh_hashanah(year + 3762) - new_year).days
    assert length in (353, 354, 355, 383, 384, 385)
    assert new_year.isoweekday() not in (7, 3, 5)  # lo ADU Rosh: never Sunday, Wednesday or Friday
    assert hebrew_feast("nisan", year).isoweekday() not in (1, 3, 5)  # hence Passover never Monday, Wednesday, Friday
    assert date(year, 9, 5) <= new_year <= date(year, 10, 5)
    assert date(year, 3, 26) <= hebrew_feast("nisan", year) <= date(year, 4, 25)
    hanukkah = hebrew_feast("kislev", year)
    assert date(year, 11, 27) <= hanukkah <= date(year, 12, 27)
    assert hanukkah - new_year in (timedelta(days=83), timedelta(days=84))


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        hebrew_feast("adar", 2022)
    with pytest.raises(ValueError):
        rosh_hashanah(0)


# --- the Chinese calendar's festivals (tables printed by tools/gen_chinese_festivals.py) ---------------------------
CHINESE_PRINTED = [  # (table, year, printed day): calendars of the years
    ("MID_AUTUMN", 2008, date(2008, 9, 14)), ("MID_AUTUMN", 2012, date(2012, 9, 30)),
    ("MID_AUTUMN", 2020, date(2020, 10, 1)), ("DRAGON_BOAT", 2013, date(2013, 6, 12)),
    ("DRAGON_BOAT", 2020, date(2020, 6, 25)), ("DRAGON_BOAT", 2008, date(2008, 6, 8)),
]


@pytest.mark.parametrize("table,year,day", CHINESE_PRINTED)
def test_chinese_festivals_printed_days(table: str, year: int, day: date) -> None:
    assert getattr(W, table)[year] == (day.month, day.day)


def test_chinese_festivals_follow_the_new_year_by_whole_lunar_months() -> None:
    assert set(W.DRAGON_BOAT) == set(W.MID_AUTUMN) == set(W.LUNAR_NEW_YEAR)
    for year, (m, d) in W.LUNAR_NEW_YEAR.items():
        new_year = date(year, m, d)
        boat = date(year, *W.DRAGON_BOAT[year]) - new_year
        moon = date(year, *W.MID_AUTUMN[year]) - new_year
        # four lunar months of 29 or 30 days and four days (five months when a leap month falls before it)
        assert 4 * 29 + 4 <= boat.days <= 5 * 30 + 4, year
        assert 7 * 29 + 14 <= moon.days <= 8 * 30 + 14, year
