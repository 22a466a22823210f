"""Time zones: the one module that touches zone libraries.

Offsets always come from the tz database (``zoneinfo`` with ``tzdata``) for the date in question:

>>> from datetime import datetime
>>> localize(datetime(2012, 7, 1, 12), "Europe/Moscow")[0].isoformat()
'2012-07-01T12:00:00+04:00'
>>> localize(datetime(2022, 2, 12, 14), "Europe/Moscow")[0].isoformat()
'2022-02-12T14:00:00+03:00'
>>> zone_for("Kyiv time").key
'Europe/Kyiv'
>>> zone_for("IST", region="Europe/Dublin").key
'Europe/Dublin'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib.resources import files
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .data import zones as _data
from .errors import AmbiguousTimeError, ZoneError

__all__ = ["ZoneRef", "zone_for", "qualified_zone", "get_zone", "zone_key", "localize", "fixed_key", "Disambiguate"]

Disambiguate = Literal["compatible", "earlier", "later", "raise"]
_DISAMBIGUATE = ("compatible", "earlier", "later", "raise")

_OFFSET_RE = re.compile(r"(?:UTC|GMT|Z)?\s{0,2}([+\-\u2212])\s{0,2}(\d{1,2})(?::?(\d{2}))?\Z", re.I)


@dataclass(frozen=True, slots=True)
class ZoneRef:
    """A zone named by the text (or the caller), resolved to an IANA key or a fixed offset.

    ``key`` is an IANA key (``Europe/Moscow``) or a fixed offset (``UTC+03:00``); ``kind`` is
    ``place``, ``abbreviation``, ``offset``, ``local`` or ``given``; ``alternatives`` lists the
    readings that were rejected (``IST`` → Dublin, Jerusalem); ``literal`` holds the fixed offset in
    minutes an abbreviation names as written (``CET`` = 60), or None for a zone that follows DST.
    """

    key: str
    text: str
    kind: str
    alternatives: tuple[str, ...] = ()
    literal: int | None = None
    note: str = ""

    def tzinfo(self) -> tzinfo:
        return get_zone(self.key)


def fixed_key(minutes: int) -> str:
    """The key newstime uses for a fixed offset.

    >>> fixed_key(180), fixed_key(-330), fixed_key(0)
    ('UTC+03:00', 'UTC-05:30', 'UTC')
    """
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def tzdata_zone(key: str) -> ZoneInfo:
    """The zone from the ``tzdata`` package newstime depends on, so that results do not depend on the
    machine's own (possibly older) /usr/share/zoneinfo; the system's zone if tzdata lacks the key."""
    if not re.fullmatch(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,2}", key):
        raise ValueError(f"not a zone key: {key!r}")
    try:
        res = files("tzdata.zoneinfo").joinpath(*key.split("/"))
        with res.open("rb") as f:
            return ZoneInfo.from_file(f, key=key)
    except (ModuleNotFoundError, FileNotFoundError, IsADirectoryError, NotADirectoryError, ValueError):
        return ZoneInfo(key)


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, frozenset[str]]:
    """IANA key -> the ISO country codes it serves (from tzdata's zone1970.tab)."""
    out: dict[str, frozenset[str]] = {}
    try:
        tab = files("tzdata.zoneinfo").joinpath("zone1970.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return out
    for line in tab.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[2]] = frozenset(parts[0].split(","))
    return out


@lru_cache(maxsize=512)
def _zone_from_key(key: str) -> tzinfo:
    k = key.strip()
    if k.upper() in ("UTC", "GMT", "Z", "ETC/UTC", "ZULU"):
        return timezone.utc
    m = _OFFSET_RE.match(k)
    if m and (k[:1] in "+-\u2212" or k[:3].upper() in ("UTC", "GMT")):
        sign = -1 if m.group(1) in "-\u2212" else 1
        h, mi = int(m.group(2)), int(m.group(3) or 0)
        if h > 18 or mi > 59:
            raise ZoneError(f"offset out of range: {key!r}")
        minutes = sign * (h * 60 + mi)
        return timezone(timedelta(minutes=minutes), fixed_key(minutes))
    try:
        return tzdata_zone(k)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as e:
        ref = zone_for(k) if "/" not in k else None
        if ref is not None:
            return _zone_from_key(ref.key)
        raise ZoneError(
            f"unknown time zone {key!r}: give an IANA key such as 'Europe/Moscow', a fixed offset such "
            f"as 'UTC+03:00', or a name newstime knows such as 'Moscow' or 'MSK'"
        ) from e


def get_zone(zone: object) -> tzinfo:
    """A ``tzinfo`` for an IANA key, a fixed offset string, a known alias, or a tzinfo object.

    pytz zones are accepted and converted to the ``zoneinfo`` zone of the same key.

    >>> get_zone("Europe/Paris")
    zoneinfo.ZoneInfo(key='Europe/Paris')
    >>> get_zone("UTC+03:00")
    datetime.timezone(datetime.timedelta(seconds=10800), 'UTC+03:00')
    """
    if isinstance(zone, str):
        if not zone.strip():
            raise ZoneError("empty time zone name")
        return _zone_from_key(zone)
    if isinstance(zone, ZoneInfo):
        return zone
    if isinstance(zone, timezone):
        return zone
    if isinstance(zone, tzinfo):
        key = getattr(zone, "zone", None) or getattr(zone, "key", None)  # pytz / dateutil
        if isinstance(key, str):
            return _zone_from_key(key)
        off = zone.utcoffset(None)
        if off is not None:
            return timezone(off)
        raise ZoneError(f"cannot use time zone object {zone!r}: it has no key and no fixed offset")
    raise ZoneError(f"a time zone must be an IANA key string or a tzinfo, not {type(zone).__name__}")


def zone_key(zone: tzinfo) -> str:
    """The key newstime reports for a tzinfo (IANA key, ``UTC``, or ``UTC±HH:MM``)."""
    if isinstance(zone, ZoneInfo):
        return "UTC" if zone.key in ("UTC", "Etc/UTC", "Etc/GMT") else zone.key
    off = zone.utcoffset(None)
    if off is None:
        return str(zone)
    return fixed_key(int(off.total_seconds() // 60))


def localize(naive: datetime, zone: str | tzinfo, disambiguate: Disambiguate = "compatible") -> tuple[datetime, str | None]:
    """Attach a zone to a civil datetime, following a DST policy; return (aware, flag).

    ``flag`` is ``"gap"`` for a local time that does not exist (spring forward), ``"fold"`` for one
    that occurs twice (fall back), else None.  ``compatible`` (RFC 5545) takes the later instant in a
    gap and the earlier one in a fold; ``earlier``/``later`` pick explicitly; ``raise`` raises.

    >>> from datetime import datetime
    >>> localize(datetime(2021, 3, 28, 2, 30), "Europe/Paris")  # doctest: +ELLIPSIS
    (datetime.datetime(2021, 3, 28, 3, 30, tzinfo=...), 'gap')
    >>> localize(datetime(2021, 10, 31, 2, 30), "Europe/Paris")[0].isoformat()
    '2021-10-31T02:30:00+02:00'
    """
    if disambiguate not in _DISAMBIGUATE:
        raise ValueError(f"disambiguate must be one of {_DISAMBIGUATE}, not {disambiguate!r}")
    tz = get_zone(zone)  # also turns pytz zones into zoneinfo ones
    naive = naive.replace(tzinfo=None)
    if not isinstance(tz, ZoneInfo):
        return naive.replace(tzinfo=tz), None
    a0 = naive.replace(tzinfo=tz, fold=0)
    a1 = naive.replace(tzinfo=tz, fold=1)
    o0, o1 = a0.utcoffset(), a1.utcoffset()
    if o0 == o1:
        return a0, None
    # either a gap or a fold: a gap when the wall time does not survive a round trip through UTC
    back = a0.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    flag = "gap" if back != naive else "fold"
    if disambiguate == "raise":
        raise AmbiguousTimeError(f"{naive.isoformat()} is {'skipped' if flag == 'gap' else 'repeated'} in {zone_key(tz)}")
    if flag == "gap":
        # fold=0 reads a gap time with the offset before the transition -> the later instant
        chosen = a0 if disambiguate in ("compatible", "later") else a1
    else:
        chosen = a0 if disambiguate in ("compatible", "earlier") else a1
    # normalise to the wall time that actually exists
    return chosen.astimezone(timezone.utc).astimezone(tz), flag


def regex_bare_offset(s: str) -> bool:
    """"+0300", "-05:30": an ISO 8601 offset written on its own."""
    return re.fullmatch(r"[+\-\u2212](?:0\d|1[0-4]):?[0-5]\d", s) is not None


def _region_pick(abbr: str, readings: tuple[tuple[str, str], ...], region: str | None,
                 hints: frozenset[str]) -> tuple[int, str]:
    """Index of the reading chosen for an ambiguous abbreviation, and why."""
    if len(readings) == 1:
        return 0, ""
    if region:
        for i, (z, _) in enumerate(readings):
            if z == region:
                return i, f"read by the document's zone {region}"
        # a reading in the same country as the document's zone (New York -> US Central for CST)
        countries = zone_countries()
        mine = countries.get(region, frozenset())
        for i, (z, _) in enumerate(readings):
            if mine & countries.get(z, frozenset()):
                return i, f"read by the document's zone {region} (same country)"
        # else one with the same offsets as the document's zone in winter and in summer
        try:
            rz = get_zone(region)
            for i, (z, _) in enumerate(readings):
                zz = get_zone(z)
                if all(datetime(2020, mo, 15, tzinfo=rz).utcoffset() == datetime(2020, mo, 15, tzinfo=zz).utcoffset()
                       for mo in (1, 7)):
                    return i, f"read by the document's zone {region} (same offsets)"
        except ZoneError:
            pass
    for i, (z, _) in enumerate(readings):
        if z in hints:
            return i, f"read by words in the text that point to {z}"
    return 0, "the default reading"


def qualified_zone(name: str, qualifier: str) -> ZoneRef | None:
    """The zone of the place ``name`` in the region ``qualifier`` ("Paris", "Texas"), where the text says
    which of several places of that name it means; None if the gazetteer knows no such place there.

    >>> qualified_zone("Paris", "Texas").key
    'America/Chicago'
    """
    from .data import gazetteer as _gazetteer

    look = getattr(_gazetteer, "qualified_lookup", None)
    key = look(name, qualifier) if look is not None else None
    if key is None:
        return None
    return ZoneRef(key, f"{name}, {qualifier}", "place", note=f"{name} in {qualifier} (not the larger place of that name)")


def region_zone(qualifier: str) -> str | None:
    """The zone of the US state, Canadian province or Australian state ``qualifier`` names ("Okla.", "Ill.",
    "Queensland"), if the whole region keeps one; None otherwise (Texas, Florida, Kentucky have two).

    >>> region_zone("Okla."), region_zone("Ala."), region_zone("Texas")
    ('America/Chicago', 'America/Chicago', None)
    """
    from .data import gazetteer as _gazetteer

    counts_of = getattr(_gazetteer, "region_zone_counts", None)
    counts: dict[str, int] = counts_of(qualifier) if counts_of is not None else {}
    if not counts:
        return None
    most = max(counts, key=lambda z: counts[z])
    if counts[most] >= 0.9 * sum(counts.values()):
        return most  # nine in ten of the region's places keep it
    # else the zone table's word for the whole region, if it names one zone and most places agree ("Ala.": a few
    # Alabama towns keep Eastern time unofficially; "Ga." is no country Georgia)
    name_of = getattr(_gazetteer, "region_name", None)
    name = name_of(qualifier) if name_of is not None else None
    ref = zone_for(_spaced_place_names().get(name, name)) if name else None
    return most if ref is not None and ref.kind == "place" and not ref.alternatives and ref.key == most else None


@lru_cache(maxsize=1)
def _spaced_place_names() -> dict[str, str]:
    """The zone tables' place names by their squashed form ("newhampshire" -> "new hampshire")."""
    return {k.replace(" ", ""): k for k in (*_data.PLACES, *_data.MULTI_ZONE_PLACES)}


def zone_for(name: str, *, region: str | None = None, hints: frozenset[str] = frozenset(),
             overrides: dict[str, str] | None = None) -> ZoneRef | None:
    """The zone a phrase names ("Moscow time", "MSK", "GMT+3", "Kyiv"), or None if it names none.

    ``region`` (an IANA key: the document's zone) and ``hints`` (zones the document's words point
    to) choose between the readings of an ambiguous abbreviation; ``overrides`` maps an alias to a
    key and wins over everything.

    >>> zone_for("Paris time").key, zone_for("GMT+3").key, zone_for("MSK").key, zone_for("+0530").key
    ('Europe/Paris', 'UTC+03:00', 'Europe/Moscow', 'UTC+05:30')
    >>> ref = zone_for("IST"); ref.key, ref.alternatives
    ('Asia/Kolkata', ('Europe/Dublin', 'Asia/Jerusalem'))
    """
    text = name.strip()
    low = re.sub(r"\s+", " ", text.lower())
    for suffix in (" standard time", " daylight time", " summer time", " time"):
        if low.endswith(suffix):
            low = low[: -len(suffix)]
            break
    if low.startswith("local time in "):
        low = low[len("local time in "):]
    if overrides:
        for k, v in overrides.items():
            if k.lower() == low or k.lower() == text.lower():
                return ZoneRef(zone_key(get_zone(v)), text, "given", note="caller override")
    m = _OFFSET_RE.match(low.upper().replace(" ", ""))
    if m and (low[:3] in ("gmt", "utc") and len(low) > 3 or regex_bare_offset(low)):
        sign = -1 if m.group(1) in "-\u2212" else 1
        h, mi = int(m.group(2)), int(m.group(3) or 0)
        if h <= 14 and mi < 60:
            return ZoneRef(fixed_key(sign * (h * 60 + mi)), text, "offset")
        return None
    up = low.upper()
    if up in _data.ABBREVIATIONS:
        readings = _data.ABBREVIATIONS[up]
        i, why = _region_pick(up, readings, region, hints)
        zone, kind = readings[i]
        alts = tuple(z for j, (z, _) in enumerate(readings) if j != i)
        literal = _data.ABBREVIATION_OFFSETS.get((up, zone)) if kind != "generic" else None
        note = f"ambiguous abbreviation, {why}" if alts else ""
        return ZoneRef(zone, text, "abbreviation", alts, literal, note)
    if low in _data.SHARED_PLACE_NAMES:
        # "Georgia": the country or the US state; the document's words decide, else it stays ambiguous
        zs = _data.SHARED_PLACE_NAMES[low]
        pick = next((z for z in zs if z in hints), None)
        if pick is not None:
            return ZoneRef(pick, text, "place", note="a name several places share: the one the document points to")
        return ZoneRef(zs[0], text, "place", zs[1:], note="a name several places share")
    if low in _data.PLACES:
        return ZoneRef(_data.PLACES[low], text, "place")
    if low in _data.MULTI_ZONE_PLACES:
        zs = _data.MULTI_ZONE_PLACES[low]
        return ZoneRef(zs[0], text, "place", zs[1:], note="country with several zones: capital's zone assumed")
    # the gazetteer generated from GeoNames (tools/gen_gazetteer.py): cities above a population floor,
    # the larger place winning a shared name; then countries and demonyms (imported on first use)
    from .data import gazetteer as _gazetteer

    key = _gazetteer.lookup(low)
    if key is not None:
        return ZoneRef(key, text, "place", note="gazetteer")
    zs = _gazetteer.country_zones(low)
    if zs:
        note = "country with several zones: most populous city's zone assumed" if len(zs) > 1 else "gazetteer"
        return ZoneRef(zs[0], text, "place", zs[1:], note=note)
    return None
