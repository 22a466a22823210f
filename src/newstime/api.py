"""The public entry points: :func:`resolve` (a document) and :func:`parse` (one phrase).

>>> import newstime
>>> doc = newstime.resolve("Putin and Biden will talk on Saturday evening, Moscow time.",
...                        anchor="2022-02-12", tz="Europe/Moscow")
>>> m = doc.mentions[0]
>>> m.text, m.type, m.value, m.tz
('Saturday evening, Moscow time', 'TIME', '2022-02-12TEV', 'Europe/Moscow')
>>> m.interval.start.isoformat(), m.interval.end.isoformat()
('2022-02-12T18:00:00+03:00', '2022-02-13T00:00:00+03:00')
>>> newstime.parse("noon Paris time", "2022-02-12").interval.start.isoformat()
'2022-02-12T12:00:00+01:00'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, tzinfo

import regex

from .anchor import dateline_zone, find_anchor, parse_anchor
from .data.zones import ABBREVIATIONS, REGION_HINTS, SHARED_PLACE_NAMES
from .errors import InputError
from .grammar import GRAMMAR
from .refine import attach_zones, drop_bare, ellipsis, equivalents, merge, share_range_zones, tails
from .resolve import Context, Resolver
from .spec import Candidate
from .types import Anchor, Document, Mention
from .tz import Disambiguate

__all__ = ["resolve", "parse", "AnchorLike", "ZoneLike"]

AnchorLike = date | datetime | str | None
ZoneLike = str | tzinfo | None


_HINT_RE = {z: regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)", regex.I)
            for z, words in REGION_HINTS.items()}


_AMBIGUOUS_ABBR = regex.compile(r"\b(?:" + "|".join(a for a, r in ABBREVIATIONS.items() if len(r) > 1) + r")\b")
_SHARED_NAMES = tuple(SHARED_PLACE_NAMES)


def _hints(text: str) -> frozenset[str]:
    """The zones the document's own words point to (whole words only: "uk" is not in "Fukuoka");
    only looked for when the text holds an ambiguous abbreviation (IST, CST, BST) or a place name several
    places share ("Georgia")."""
    # (a plain substring test for the shared names: a case-insensitive pattern costs a scan of its own)
    if not _AMBIGUOUS_ABBR.search(text) and not any(n in text.lower() for n in _SHARED_NAMES):
        return frozenset()
    head = text[:20000]
    return frozenset(z for z, rx in _HINT_RE.items() if rx.search(head))


def candidates(text: str, *, region: str | None = None, zones: Mapping[str, str] | None = None,
               local_zone: str | None = None, dateline: str | None = None) -> list[Candidate]:
    """Scan and refine: the candidates of a text, before resolution (for tools and tests)."""
    cands = list(GRAMMAR.scan(text))
    hints = _hints(text)
    ov = dict(zones) if zones else None
    cands = attach_zones(text, cands, region, hints, ov, local_zone, dateline)
    cands = merge(text, cands)
    cands = attach_zones(text, cands, region, hints, ov, local_zone, dateline)
    cands = share_range_zones(text, cands)
    cands = tails(text, cands)
    cands = ellipsis(text, cands)
    cands = drop_bare(text, cands)  # before equivalents, which link candidates by their position
    return equivalents(text, cands)


def resolve(text: str, anchor: AnchorLike = None, *, tz: ZoneLike = None, zones: Mapping[str, str] | None = None,
            disambiguate: Disambiguate = "compatible") -> Document:
    """Find and resolve every temporal expression in ``text``.

    ``anchor`` is the document's creation time (a ``date``, a ``datetime`` or an ISO 8601 string);
    without one, newstime looks for a dateline or stamp in the text and reports how sure it is.
    ``tz`` is the document's default zone (IANA key or tzinfo): times with no zone of their own are
    read in it, unless a dateline names a place ("KABUL (AP) -"), whose clock wire copy writes.
    ``zones`` overrides zone aliases (``{"IST": "Europe/Dublin"}``).  ``disambiguate`` is the policy
    for local times in a DST gap or fold.

    Raises :class:`newstime.AnchorError` for an anchor it cannot read, :class:`newstime.ZoneError`
    for an unknown zone, :class:`newstime.InputError` if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")
    if disambiguate not in ("compatible", "earlier", "later", "raise"):
        raise InputError(f"disambiguate must be 'compatible', 'earlier', 'later' or 'raise', not {disambiguate!r}")
    given: Anchor | None = parse_anchor(anchor, tz) if anchor is not None else None
    region = given.tz if given is not None else (parse_anchor("2000-01-01", tz).tz if tz is not None else None)
    # "local time" with no place of its own is the dateline's place's ("KABUL (AP) -"), else the document's zone
    place = dateline_zone(text)
    # an ambiguous abbreviation is read by the dateline's place first ("MUMBAI, June 13 (Reuters) - ... 11 a.m. IST"
    # from a London desk is India's), then by the document's zone
    cands = candidates(text, region=place or region, zones=zones, local_zone=place or region, dateline=place)
    if given is None or given.tz is None:
        if given is None:
            given = find_anchor(text, cands, tz)
        else:
            if place is not None:
                # a date given with no zone, and a dateline that names the place ("LOS ANGELES (AP) -"): the date is
                # the caller's, the zone the dateline's
                given = replace(given, tz=place, note=f"{given.note}; its zone {place}, from the place of the text's dateline")
        if given.tz and given.tz != region:
            region = given.tz
            if place is None and any(c.spec.zone is not None and (c.spec.zone.kind == "local" or c.spec.zone.alternatives)
                                     for c in cands):
                # only "local time" and ambiguous abbreviations (IST, CST) read the document's region
                cands = candidates(text, region=region, zones=zones, local_zone=region)
    # the document's clock: the dateline's place's when there is one, else the anchor's (or caller's) zone
    ctx = Context(text, given, place or given.tz, disambiguate, place_zone=place)
    mentions = Resolver(ctx).resolve_all(cands)
    return Document(text, given, tuple(mentions))


def parse(phrase: str, anchor: AnchorLike = None, *, tz: ZoneLike = None) -> Mention | None:
    """Resolve a single expression; the longest mention found in ``phrase``, or None.

    A day and a clock time on it that TimeML writes as two expressions ("tomorrow at 3 p.m.",
    "4 p.m. on Tuesday") come back as one: the time, spanning both.

    >>> parse("last Tuesday", "2022-02-12").value
    '2022-02-08'
    >>> m = parse("tomorrow at 3 p.m.", "2022-02-12")
    >>> m.text, m.type, m.value
    ('tomorrow at 3 p.m.', 'TIME', '2022-02-13T15:00')
    >>> parse("the cat sat", "2022-02-12") is None
    True
    """
    doc = resolve(phrase, anchor, tz=tz)
    if not doc.mentions:
        return None
    ms = doc.mentions
    if len(ms) == 2 and {m.type for m in ms} == {"DATE", "TIME"} and _JOIN.fullmatch(phrase, ms[0].end, ms[1].start):
        day, clock = (ms[0], ms[1]) if ms[0].type == "DATE" else (ms[1], ms[0])
        if (clock.interval is not None and day.interval is not None and day.grain == "day"
                and day.interval.start.date() == clock.interval.start.date()):
            return replace(clock, start=ms[0].start, end=ms[1].end, text=phrase[ms[0].start:ms[1].end])
    return max(ms, key=lambda m: (m.end - m.start, -m.start))


_JOIN = regex.compile(r",?\s{1,3}(?:at|on)?\s{0,3}", regex.I)
