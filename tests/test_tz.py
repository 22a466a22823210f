"""Unit tests of ``newstime.tz``: zone lookup, aliases, abbreviations, offsets, Moscow's history, DST policy.

Offsets are checked against the tz database (``zoneinfo``) and, where an independent oracle helps,
against ``pytz`` (which ships its own copy of the database).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import pytz

import newstime
from newstime import tz as T
from newstime.errors import AmbiguousTimeError, ZoneError

# expected offsets come from the tzdata package, as newstime's do (the machine's own zoneinfo may be older);
# pytz, which bundles its own copy of the same database, is the independent oracle
from newstime.tz import tzdata_zone

H = timedelta(hours=1)


def utc(aware: datetime) -> datetime:
    """Compare instants in UTC: PEP 495 makes ``==`` between zones False for a time in a fold."""
    return aware.astimezone(timezone.utc)


def offset(zone: str, naive: datetime) -> timedelta:
    aware, _ = T.localize(naive, zone)
    off = aware.utcoffset()
    assert off is not None
    return off


# ------------------------------------------------------------------------------------------------
# get_zone


@pytest.mark.parametrize("key", ["Europe/Moscow", "Europe/Paris", "America/New_York", "Asia/Kolkata",
                                 "Australia/Sydney", "Europe/Kyiv", "Asia/Shanghai"])
def test_get_zone_accepts_iana_keys(key: str) -> None:
    z = T.get_zone(key)
    assert isinstance(z, ZoneInfo)
    assert z.key == key
    assert T.zone_key(z) == key


@pytest.mark.parametrize("text,minutes", [
    ("UTC+03:00", 180), ("UTC-05:00", -300), ("UTC+05:30", 330), ("UTC+3", 180), ("GMT+3", 180),
    ("GMT-4", -240), ("+02:00", 120), ("-0930", -570), ("UTC\u221203:00", -180),
])
def test_get_zone_accepts_fixed_offsets(text: str, minutes: int) -> None:
    z = T.get_zone(text)
    assert z.utcoffset(None) == timedelta(minutes=minutes)
    assert T.zone_key(z) == T.fixed_key(minutes)


@pytest.mark.parametrize("name", ["GMT", "UTC", "utc", "Z", "Etc/UTC"])
def test_get_zone_utc_names(name: str) -> None:
    z = T.get_zone(name)
    assert z.utcoffset(datetime(2021, 7, 1)) == timedelta(0)
    assert T.zone_key(z) == "UTC"


def test_get_zone_accepts_datetime_timezone() -> None:
    z = timezone(timedelta(hours=3))
    assert T.get_zone(z) is z
    assert T.zone_key(T.get_zone(z)) == "UTC+03:00"
    assert T.get_zone(timezone.utc) is timezone.utc
    assert T.zone_key(timezone.utc) == "UTC"


@pytest.mark.parametrize("key", ["Europe/Moscow", "Europe/Paris", "America/New_York", "Asia/Kolkata"])
def test_get_zone_converts_pytz_zones_to_zoneinfo(key: str) -> None:
    z = T.get_zone(pytz.timezone(key))
    assert isinstance(z, ZoneInfo)
    assert z.key == key
    assert T.zone_key(z) == key
    # and no LMT: the offset on a modern date is the real one
    assert datetime(2022, 2, 12, 12, tzinfo=z).utcoffset() == pytz.timezone(key).localize(
        datetime(2022, 2, 12, 12)).utcoffset()


def test_get_zone_accepts_pytz_utc() -> None:
    assert T.zone_key(T.get_zone(pytz.utc)) == "UTC"


def test_get_zone_accepts_zoneinfo_unchanged() -> None:
    z = tzdata_zone("Asia/Tokyo")
    assert T.get_zone(z) is z


def test_get_zone_accepts_aliases() -> None:
    assert T.zone_key(T.get_zone("Moscow")) == "Europe/Moscow"
    assert T.zone_key(T.get_zone("MSK")) == "Europe/Moscow"


@pytest.mark.parametrize("bad", ["Mars/Olympus", "", "   ", "Not a zone", "UTC+25:00", "Europe/Atlantis"])
def test_get_zone_rejects_unknown(bad: str) -> None:
    with pytest.raises(ZoneError) as ei:
        T.get_zone(bad)
    assert isinstance(ei.value, ValueError)
    msg = str(ei.value)
    assert bad.strip() == "" and "empty" in msg or repr(bad) in msg or bad in msg


@pytest.mark.parametrize("bad", [12345, 3.5, object(), b"Europe/Moscow", None])
def test_get_zone_rejects_non_zone_objects(bad: object) -> None:
    with pytest.raises(ZoneError) as ei:
        T.get_zone(bad)
    assert type(bad).__name__ in str(ei.value)


def test_fixed_key() -> None:
    assert T.fixed_key(0) == "UTC"
    assert T.fixed_key(180) == "UTC+03:00"
    assert T.fixed_key(-330) == "UTC-05:30"
    assert T.fixed_key(345) == "UTC+05:45"


# ------------------------------------------------------------------------------------------------
# zone_for: places


@pytest.mark.parametrize("phrase,key", [
    ("Kyiv time", "Europe/Kyiv"),
    ("Kiev time", "Europe/Kyiv"),
    ("Beijing time", "Asia/Shanghai"),
    ("Washington time", "America/New_York"),
    ("New Delhi time", "Asia/Kolkata"),
    ("Geneva time", "Europe/Zurich"),
    ("Moscow time", "Europe/Moscow"),
    ("Paris time", "Europe/Paris"),
    ("moscow time", "Europe/Moscow"),
    ("MOSCOW TIME", "Europe/Moscow"),
    ("Moscow  time", "Europe/Moscow"),
    ("Moscow", "Europe/Moscow"),
    ("local time in Kyiv", "Europe/Kyiv"),
    ("St. Petersburg time", "Europe/Moscow"),
    ("Eastern time", "America/New_York"),
    ("Pacific time", "America/Los_Angeles"),
])
def test_zone_for_places(phrase: str, key: str) -> None:
    ref = T.zone_for(phrase)
    assert ref is not None
    assert ref.key == key
    assert ref.kind == "place"
    assert ref.text == phrase.strip()
    assert ref.literal is None


def test_zone_for_multi_zone_country_lists_alternatives() -> None:
    ref = T.zone_for("Russia time")
    assert ref is not None
    assert ref.key == "Europe/Moscow"
    assert "Asia/Vladivostok" in ref.alternatives
    assert ref.note


@pytest.mark.parametrize("phrase", ["Mars time", "", "the time", "dinner time", "Olympus time", "time"])
def test_zone_for_unknown_is_none(phrase: str) -> None:
    assert T.zone_for(phrase) is None


# ------------------------------------------------------------------------------------------------
# zone_for: abbreviations


@pytest.mark.parametrize("abbr,key,literal", [
    ("MSK", "Europe/Moscow", None),   # generic: follows Moscow's offset history
    ("CET", "Europe/Paris", 60),
    ("CEST", "Europe/Paris", 120),
    ("GMT", "UTC", None),
    ("UTC", "UTC", None),
    ("EST", "America/New_York", -300),
    ("EDT", "America/New_York", -240),
    ("JST", "Asia/Tokyo", 540),
])
def test_zone_for_unambiguous_abbreviations(abbr: str, key: str, literal: int | None) -> None:
    ref = T.zone_for(abbr)
    assert ref is not None
    assert (ref.key, ref.kind, ref.literal, ref.alternatives) == (key, "abbreviation", literal, ())


def test_zone_for_ist_default_and_alternatives() -> None:
    ref = T.zone_for("IST")
    assert ref is not None
    assert ref.key == "Asia/Kolkata"
    assert ref.literal == 330
    assert set(ref.alternatives) == {"Europe/Dublin", "Asia/Jerusalem"}
    assert ref.note.startswith("ambiguous abbreviation") and "default" in ref.note


@pytest.mark.parametrize("region,key,literal", [
    ("Europe/Dublin", "Europe/Dublin", 60),
    ("Asia/Jerusalem", "Asia/Jerusalem", 120),
    ("Asia/Kolkata", "Asia/Kolkata", 330),
    ("Europe/London", "Europe/Dublin", 60),  # same offset family as Dublin
])
def test_zone_for_ist_region_choice(region: str, key: str, literal: int) -> None:
    ref = T.zone_for("IST", region=region)
    assert ref is not None
    assert (ref.key, ref.literal) == (key, literal)
    assert key not in ref.alternatives
    assert len(ref.alternatives) == 2


def test_zone_for_ist_hints() -> None:
    ref = T.zone_for("IST", hints=frozenset({"Asia/Jerusalem"}))
    assert ref is not None and ref.key == "Asia/Jerusalem"


def test_zone_for_override_wins() -> None:
    ref = T.zone_for("IST", overrides={"IST": "Europe/Dublin"})
    assert ref is not None and ref.key == "Europe/Dublin" and ref.kind == "given"


def test_zone_for_cst() -> None:
    ref = T.zone_for("CST")
    assert ref is not None
    assert ref.key == "America/Chicago" and ref.literal == -360
    assert set(ref.alternatives) == {"Asia/Shanghai", "America/Havana"}
    china = T.zone_for("CST", region="Asia/Shanghai")
    assert china is not None and china.key == "Asia/Shanghai" and china.literal == 480
    china2 = T.zone_for("CST", hints=frozenset({"Asia/Shanghai"}))
    assert china2 is not None and china2.key == "Asia/Shanghai"


# ------------------------------------------------------------------------------------------------
# zone_for: offsets


@pytest.mark.parametrize("phrase,key", [
    ("GMT+3", "UTC+03:00"),
    ("GMT-3", "UTC-03:00"),
    ("UTC-05:00", "UTC-05:00"),
    ("UTC+5:30", "UTC+05:30"),
    ("UTC+0530", "UTC+05:30"),
    ("GMT + 3", "UTC+03:00"),
    ("utc+10", "UTC+10:00"),
    ("GMT+14", "UTC+14:00"),
])
def test_zone_for_offsets(phrase: str, key: str) -> None:
    ref = T.zone_for(phrase)
    assert ref is not None
    assert (ref.key, ref.kind) == (key, "offset")


@pytest.mark.parametrize("phrase", ["UTC+15", "GMT+99", "UTC+5:75"])
def test_zone_for_offsets_out_of_range(phrase: str) -> None:
    assert T.zone_for(phrase) is None


# ------------------------------------------------------------------------------------------------
# offsets by date: Moscow's history, Paris winter/summer


@pytest.mark.parametrize("day,hours", [
    # DST until 2011: MSK winter UTC+3, MSD summer UTC+4
    (date(2010, 1, 15), 3),
    (date(2010, 7, 15), 4),
    (date(2010, 12, 31), 3),
    (date(2011, 3, 26), 3),
    # 2011-03-27: clocks forward, and never back: UTC+4 all year
    (date(2011, 3, 28), 4),
    (date(2011, 12, 15), 4),
    (date(2012, 1, 15), 4),
    (date(2013, 7, 1), 4),
    (date(2014, 1, 15), 4),
    (date(2014, 10, 25), 4),
    # 2014-10-26: back to UTC+3, all year since
    (date(2014, 10, 27), 3),
    (date(2015, 7, 1), 3),
    (date(2022, 2, 12), 3),
    (date(2022, 7, 1), 3),
])
def test_moscow_offsets_by_date(day: date, hours: int) -> None:
    naive = datetime(day.year, day.month, day.day, 12)
    assert offset("Europe/Moscow", naive) == hours * H
    # pytz (its own copy of the tz database) agrees
    assert pytz.timezone("Europe/Moscow").localize(naive).utcoffset() == hours * H


def test_moscow_2011_spring_forward_is_a_gap_and_2014_is_a_fold() -> None:
    aware, flag = T.localize(datetime(2011, 3, 27, 2, 30), "Europe/Moscow")
    assert flag == "gap"
    assert aware.utcoffset() == 4 * H
    aware, flag = T.localize(datetime(2014, 10, 26, 1, 30), "Europe/Moscow")
    assert flag == "fold"
    assert aware.utcoffset() == 4 * H  # compatible: the earlier instant, still UTC+4
    aware, flag = T.localize(datetime(2014, 10, 26, 1, 30), "Europe/Moscow", "later")
    assert flag == "fold"
    assert aware.utcoffset() == 3 * H


@pytest.mark.parametrize("day,hours", [
    (date(2021, 1, 15), 1), (date(2021, 7, 15), 2), (date(2021, 3, 27), 1), (date(2021, 3, 29), 2),
    (date(2021, 10, 30), 2), (date(2021, 11, 1), 1), (date(1995, 12, 25), 1), (date(1995, 8, 1), 2),
])
def test_paris_winter_summer(day: date, hours: int) -> None:
    naive = datetime(day.year, day.month, day.day, 12)
    assert offset("Europe/Paris", naive) == hours * H
    assert pytz.timezone("Europe/Paris").localize(naive).utcoffset() == hours * H


# ------------------------------------------------------------------------------------------------
# localize


def test_localize_plain_time_has_no_flag() -> None:
    aware, flag = T.localize(datetime(2022, 2, 12, 14), "Europe/Moscow")
    assert flag is None
    assert aware.isoformat() == "2022-02-12T14:00:00+03:00"


def test_localize_paris_gap_and_fold() -> None:
    gap = datetime(2021, 3, 28, 2, 30)
    a, f = T.localize(gap, "Europe/Paris")
    assert f == "gap" and utc(a) == datetime(2021, 3, 28, 1, 30, tzinfo=timezone.utc)
    a, f = T.localize(gap, "Europe/Paris", "earlier")
    assert f == "gap" and utc(a) == datetime(2021, 3, 28, 0, 30, tzinfo=timezone.utc)
    with pytest.raises(AmbiguousTimeError):
        T.localize(gap, "Europe/Paris", "raise")
    fold = datetime(2021, 10, 31, 2, 30)
    a, f = T.localize(fold, "Europe/Paris")
    assert f == "fold" and utc(a) == datetime(2021, 10, 31, 0, 30, tzinfo=timezone.utc)
    a, f = T.localize(fold, "Europe/Paris", "later")
    assert f == "fold" and utc(a) == datetime(2021, 10, 31, 1, 30, tzinfo=timezone.utc)
    with pytest.raises(AmbiguousTimeError) as ei:
        T.localize(fold, "Europe/Paris", "raise")
    assert "Europe/Paris" in str(ei.value)


def test_localize_fixed_offset_never_flags() -> None:
    a, f = T.localize(datetime(2021, 3, 28, 2, 30), "UTC+01:00")
    assert f is None and a.utcoffset() == H


def test_localize_rejects_unknown_policy() -> None:
    with pytest.raises(ValueError):
        T.localize(datetime(2021, 3, 28, 2, 30), "Europe/Paris", "nearest")  # type: ignore[arg-type]


def test_localize_with_pytz_zone_object() -> None:
    a, f = T.localize(datetime(2022, 1, 1, 12), pytz.timezone("Europe/Moscow"))
    assert a.utcoffset() == 3 * H and f is None
    a, f = T.localize(datetime(2021, 3, 28, 2, 30), pytz.timezone("Europe/Paris"))
    assert f == "gap"


# ------------------------------------------------------------------------------------------------
# abbreviations in text: literal offsets and out-of-season flags


def _only(text: str, anchor: str) -> newstime.Mention:
    doc = newstime.resolve(text, anchor)
    assert len(doc.mentions) == 1, doc.mentions
    return doc.mentions[0]


def test_cet_in_july_keeps_its_literal_offset_and_is_flagged() -> None:
    m = _only("The statement came at 12:00 CET.", "2021-07-01")
    assert m.interval is not None
    assert m.interval.start.utcoffset() == H
    assert utc(m.interval.start) == datetime(2021, 7, 1, 11, tzinfo=timezone.utc)
    assert "abbreviation-out-of-season" in m.flags
    assert m.confidence <= 0.6  # the writer may have meant the local clock: in doubt, and said so


def test_cet_in_january_is_in_season() -> None:
    m = _only("The statement came at 12:00 CET.", "2021-01-15")
    assert m.interval is not None
    assert m.interval.start.utcoffset() == H
    assert "abbreviation-out-of-season" not in m.flags


def test_cest_in_january_is_flagged() -> None:
    m = _only("The statement came at 12:00 CEST.", "2021-01-15")
    assert m.interval is not None and m.interval.start.utcoffset() == 2 * H
    assert "abbreviation-out-of-season" in m.flags


def test_est_in_july_is_flagged() -> None:
    m = _only("The statement came at 12:00 EST.", "2021-07-01")
    assert m.interval is not None and m.interval.start.utcoffset() == -5 * H
    assert "abbreviation-out-of-season" in m.flags


@pytest.mark.parametrize("anchor,hours", [("2010-01-15", 3), ("2010-07-15", 4), ("2012-07-01", 4),
                                          ("2013-01-15", 4), ("2021-07-01", 3)])
def test_msk_follows_moscow_history(anchor: str, hours: int) -> None:
    m = _only("The statement came at 12:00 MSK.", anchor)
    assert m.interval is not None and m.interval.start.utcoffset() == hours * H
    assert m.tz == "Europe/Moscow"
    assert "abbreviation-out-of-season" not in m.flags


def test_ist_resolved_with_document_region_and_hints() -> None:
    m = newstime.resolve("The statement came at 12:00 IST.", "2021-07-15", tz="Europe/Dublin").mentions[0]
    assert m.interval is not None and m.interval.start.utcoffset() == H
    m = newstime.resolve("The Israeli statement came at 12:00 IST.", "2021-01-15").mentions[0]
    assert m.interval is not None and m.interval.start.utcoffset() == 2 * H
    m = newstime.resolve("The statement came at 12:00 IST.", "2021-01-15").mentions[0]
    assert m.interval is not None and m.interval.start.utcoffset() == timedelta(hours=5, minutes=30)
