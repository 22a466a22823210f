"""The document's anchor: given by the caller, or found in the text (datelines, stamps).

>>> a = parse_anchor("2022-02-12T08:16+05:30", None)
>>> a.date, a.tz, a.source
(datetime.date(2022, 2, 12), 'UTC+05:30', 'given')
>>> find_anchor("MOSCOW, February 12, 2022. /TASS/. Putin spoke.", [], None).date
datetime.date(2022, 2, 12)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

import regex

from .data import policy as P
from .data import words as W
from .data import zones as Z
from .errors import AnchorError
from .spec import Candidate
from .types import Anchor
from .tz import ZoneRef, fixed_key, get_zone, localize, qualified_zone, region_zone, zone_for, zone_key

_MONTH_RE = r"(?P<m>" + "|".join(sorted(W.MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"

_ISO_LEAD = regex.compile(r"\A\W{0,5}(?:(?:date|dated|published|posted)[:\s]{1,3})?(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
                          r"(?:[T\s](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?\s?"
                          r"(?P<z>Z|[+\-][01]\d:?[0-5]\d|(?:GMT|UTC)[+\-]\d{1,2}(?::?[0-5]\d)?)?)?(?![\d:])", regex.I)
# words and marks that introduce a date in a page header: "By Jane Roe | March 3, 2019", "Posted on 03/03/2019"
_HEADER_CUE = regex.compile(r"(?:\b(?:by|published|posted|updated|date|dated|modified|filed)\b[^\n.]{0,60}?|[|/\u00b7\u2022\u2014]\s{0,3})\Z", regex.I)
_HEADER_WEEKDAY = regex.compile(r"\s{0,3}(?:" + "|".join(sorted(W.WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s{1,3}", regex.I)
_HEADER_GAP = regex.compile(r"[\s,/|\u00b7\u2022\u2014\-]{1,6}(?:at\s{1,3})?")
_STAMP = regex.compile(
    r"\b(?P<kind>Published|Posted|Updated|Last\s{1,3}updated|First\s{1,3}published)(?::|\s{1,3}on)?\s{1,3}"
    r"(?:(?P<H>[0-2]?\d):(?P<M>[0-5]\d)\s{0,2}(?P<ap>[ap]\.?m\.?)?\s{0,2}(?P<z>[A-Z]{1,5}|(?:GMT|UTC)[+\-]\d{1,2}(?::?\d{2})?)?,?\s{1,3})?"
    + _MONTH_RE + r"\s{1,3}" + _DAY_RE + r",?\s{1,3}(?P<y>\d{4})"
    r"(?:,?\s{1,3}(?:at\s{1,3})?(?P<H2>[0-2]?\d):(?P<M2>[0-5]\d)\s{0,2}(?P<ap2>[ap]\.?m\.?)?\s{0,2}(?P<z2>[A-Z]{2,5})?)?",
    regex.I)
_PLACE_RE = r"(?P<place>(?-i:[A-Z][A-Za-z.'\-]{1,30}(?:\s[A-Z][A-Za-z.'\-]{1,30}){0,3}))"
# "PARIS, Texas", "PORTLAND, Maine", "PERTH, Scotland": the region that says which place of that name
_QUAL_RE = r"(?P<qual>(?-i:[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20}){0,2}))"
_DATELINE = regex.compile(
    # ("MOSCOW. Oct 27 (Interfax) -": a capital place may end with a full stop)
    r"\A\s{0,5}" + _PLACE_RE + r"(?:,\s{1,3}" + _QUAL_RE + r")?(?:,|(?<=(?-i:[A-Z]{3}))\.)\s{1,3}(?:"
    + _MONTH_RE + r"\s{1,3}" + _DAY_RE + r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s{1,3}(?P<m2>"
    + "|".join(sorted(W.MONTHS, key=len, reverse=True)) + r")\.?)"
    r"(?:,?\s{1,3}(?P<y>\d{4}))?\s{0,3}[.,:\-\u2014\u2013(/]", regex.I)
# a dateline with a place and no date: "WASHINGTON (AP) —", "LONDON -- ": it still gives the document's zone
_PLACE_ONLY = regex.compile(r"\A\s{0,5}(?P<place>(?-i:[A-Z][A-Z.'\-]{1,30}(?:\s[A-Z][A-Z.'\-]{1,30}){0,3}))"
                            r"(?:,\s{1,3}" + _QUAL_RE + r")?\s{0,3}(?:\([A-Za-z .\-]{1,30}\)\s{0,3})?(?:[\-\u2014\u2013]|_(?=\s))")


def parse_anchor(anchor: object, tz: object) -> Anchor:
    """An Anchor from what the caller passed (date, datetime, ISO string)."""
    zone = None
    if tz is not None:
        zone = get_zone(tz)
    zkey = zone_key(zone) if zone is not None else None
    if isinstance(anchor, datetime):
        dt = anchor
    elif isinstance(anchor, date):
        return Anchor(anchor, None, zkey, "given", 1.0, note="given by the caller")
    elif isinstance(anchor, str):
        s = anchor.strip()
        if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            try:
                return Anchor(date.fromisoformat(s), None, zkey, "given", 1.0, note="given by the caller")
            except ValueError as e:
                raise AnchorError(f"impossible date in anchor {anchor!r}: {e}") from None
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            try:
                if not regex.match(r"\d{4}-\d{2}-\d{2}", s):
                    raise ValueError("not ISO 8601")
                # dateutil's parser is imported only here, for ISO forms the standard library rejects (20 ms)
                from dateutil import parser as du_parser
                dt = du_parser.isoparse(s)
            except (ValueError, OverflowError) as e:
                raise AnchorError(
                    f"cannot read anchor {anchor!r} ({e}): give a date or datetime, or an ISO 8601 string such as "
                    "'2022-02-12' or '2022-02-12T08:16+05:30'") from None
    else:
        raise AnchorError(f"an anchor must be a date, a datetime or an ISO 8601 string, not {type(anchor).__name__}")
    if dt.tzinfo is None:
        if zone is not None:
            dt, _ = localize(dt, zone)
        return Anchor(dt.date(), dt if dt.tzinfo else None, zkey, "given", 1.0, note="given by the caller")
    if zone is not None:
        dt = dt.astimezone(zone)
    else:
        zkey = zone_key(get_zone(dt.tzinfo))
    return Anchor(dt.date(), dt, zkey, "given", 1.0, note="given by the caller")


def _latest_stated_date(cands: Sequence[Candidate]) -> date | None:
    best: date | None = None
    for c in cands:
        s = c.spec
        if s.year is None or s.kind not in ("date", "time"):
            continue
        try:
            d = date(s.year, s.month or 1, s.day or 1)
        except ValueError:
            continue
        if best is None or d > best:
            best = d
    return best


def dateline_zone(text: str) -> str | None:
    """The zone of the place a dateline opens the text with ("LOS ANGELES (AP) -", "MOSCOW, February 12"),
    or None; for a caller who gives the date but not the zone.

    >>> dateline_zone("LOS ANGELES (AP) - The Lakers won.")
    'America/Los_Angeles'
    >>> dateline_zone("The Lakers won.") is None
    True
    """
    head = text[:300]
    m = _DATELINE.match(head) or _PLACE_ONLY.match(head)
    ref = _place_zone(m) if m is not None else None
    return ref.key if ref is not None and not ref.alternatives else None  # "US (AP) -" names no one clock


# the place that opens the story under a page header: "Dubai: Thousands of ...", "ISLAMABAD: Results ...", "Paris (AFP) -",
# "JIUQUAN, Oct. 30 (Xinhua) --"
_PLACE_COLON = regex.compile(r"\s{0,5}(?P<place>(?-i:[A-Z][A-Za-z.'\-]{1,30}(?:\s[A-Z][A-Za-z.'\-]{1,30}){0,2}))\s{0,2}:\s")


def _zone_under_header(text: str, end: int) -> tuple[str, str] | None:
    """The zone of a dateline's place on the line after a page header that ends at ``end`` (and the place), if any."""
    nl = text.find("\n", end)
    if nl < 0 or nl - end > 80:
        return None
    rest = text[nl + 1:nl + 301]
    m = _DATELINE.match(rest) or _PLACE_ONLY.match(rest)
    ref = _place_zone(m) if m is not None else None
    if ref is None:
        c = _PLACE_COLON.match(rest)
        ref = zone_for(c["place"]) if c is not None else None
        m = c
    if m is None or ref is None or ref.alternatives or ref.kind not in ("place", "given"):
        return None
    return ref.key, m["place"].strip()


def _place_zone(m: regex.Match[str]) -> ZoneRef | None:
    """The zone of a dateline's place, read with its region where one follows ("PARIS, Texas" is Central
    time, "PERTH, Scotland" British, "VLADIVOSTOK, Russia" Vladivostok's own, not Moscow's).

    >>> [dateline_zone(t) for t in ("PARIS, Texas (AP) -", "PORTLAND, Maine (AP) -", "PERTH, Scotland (AP) -",
    ...                             "EL PASO, Texas (AP) -", "LONDON, Ontario, March 3 (CP) -", "HARRISBURG, Ill. (AP) -")]
    ['America/Chicago', 'America/New_York', 'Europe/London', 'America/Denver', 'America/Toronto', 'America/Chicago']
    """
    place, qual = m["place"].strip(), m["qual"]
    pref = zone_for(place)
    if qual:
        q = qualified_zone(place, qual)
        if q is not None:
            return q
        rz = region_zone(qual)
        if rz is not None:
            # "HARRISBURG, Ill.", "MOORE, Okla.": a town the gazetteer does not know, in a state of one zone (not
            # the better-known Harrisburg, Pennsylvania)
            return ZoneRef(rz, f"{place}, {qual}", "place", note=f"{place} in {qual}: the state's zone")
        qref = zone_for(qual)  # "Scotland", "Indonesia": a region the gazetteer's qualifiers do not list
        if qref is not None and qref.kind == "place":
            if pref is not None and pref.key in (qref.key, *qref.alternatives):
                return pref  # "KUTA, Indonesia": the place's own zone, one of the country's
            return qref
    return pref


def find_anchor(text: str, cands: Sequence[Candidate], tz: object) -> Anchor:
    """Look for the document's date in its own text: a leading ISO date, a stamp, a dateline."""
    head = text[:3000]
    zone = get_zone(tz) if tz is not None else None
    zkey = zone_key(zone) if zone is not None else None
    d: date | None
    m = _ISO_LEAD.match(head)
    if m:
        try:
            d = date(int(m["y"]), int(m["mo"]), int(m["d"]))
            dt = None
            akey = zkey
            if m["H"] and int(m["H"]) < 24:
                naive = datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"]))
                z = m["z"]
                if z:  # "Z" or "+05:30": the stamp's own offset
                    zref = zone_for("UTC" if z.upper() == "Z" else z)
                    akey = zref.key if zref is not None else zkey
                if akey is not None:
                    dt, _ = localize(naive, get_zone(akey))
                    if zone is not None:
                        dt = dt.astimezone(zone)
                        d, akey = dt.date(), zkey
            note = "leading date line"
            under = _zone_under_header(text, m.end()) if akey is None else None
            if under is not None:  # "2023-07-14 17:32\nBEIJING, July 14 (Xinhua) --": the dateline's zone
                akey, note = under[0], note + f"; zone of the dateline {under[1]} under it"
                if m["H"] and int(m["H"]) < 24:
                    dt, _ = localize(datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"])), get_zone(akey))
            return Anchor(d, dt, akey, "dateline", P.CONFIDENCE_DATELINE, m.group(0).strip(), m.start("y"), m.end(), note=note)
        except ValueError:
            pass
    stamps = list(_STAMP.finditer(head))
    if stamps:
        pub = [s for s in stamps if s["kind"].lower().startswith(("published", "posted", "first"))]
        s = (pub or stamps)[0]
        try:
            d = date(int(s["y"]), W.MONTHS[s["m"].lower().rstrip(".")], int(s["d"]))
        except (ValueError, KeyError):
            d = None
        if d is not None:
            H, M, ap, z = (s["H"], s["M"], s["ap"], s["z"]) if s["H"] else (s["H2"], s["M2"], s["ap2"], s["z2"])
            skey = zkey
            note = f"{s['kind']} stamp"
            dt = None
            if z:
                ref = zone_for(z, region=zkey)
                if ref is not None:
                    skey = ref.key if zkey is None else zkey
                    note += f"; {z} read as {ref.key}" + (f" (not {', '.join(ref.alternatives)})" if ref.alternatives else "")
            if H:
                h = int(H) % 12 + (12 if ap and ap.lower().startswith("p") else 0) if ap else int(H)
                naive = datetime(d.year, d.month, d.day, h, int(M))
                zz = zone_for(z, region=zkey) if z else None
                if zz is not None:
                    dt, _ = localize(naive, get_zone(zz.key))
                    if zone is not None:
                        dt = dt.astimezone(zone)
                        d = dt.date()
                elif zone is not None:
                    dt, _ = localize(naive, zone)
            under = _zone_under_header(text, s.end()) if skey is None else None
            if under is not None:  # "Published On 15 Nov 2023\nDOHA: ...": the dateline's zone
                skey, note = under[0], note + f"; zone of the dateline {under[1]} under it"
                if H and dt is None:
                    dt, _ = localize(naive, get_zone(skey))
            return Anchor(d, dt, skey, "dateline", P.CONFIDENCE_DATELINE, s.group(0), s.start(), s.end(), note=note)
    m = _DATELINE.match(head)
    if m is None or not m["y"]:
        found = _header_date(text, cands, zone, zkey)
        if found is not None:
            if found.tz is None and m is not None:  # "NEW YORK, March 3 (Reuters)" under a header date
                pref = _place_zone(m)
                if pref is not None:
                    return Anchor(found.date, found.datetime, pref.key, found.source, found.confidence, found.text,
                                  found.start, found.end, note=found.note + f"; zone of the dateline {m['place'].strip()}")
            under = _zone_under_header(text, found.end) if found.tz is None and found.end is not None else None
            if under is not None:  # "Published February 9, 2024\nISLAMABAD: Results ...": the dateline's zone
                dt = found.datetime
                if dt is not None and dt.tzinfo is None:
                    dt, _ = localize(dt, get_zone(under[0]))
                return Anchor(found.date, dt, under[0], found.source, found.confidence, found.text, found.start, found.end,
                              note=found.note + f"; zone of the dateline {under[1]} under it")
            return found
    if m:
        place = m["place"].strip()
        pref = _place_zone(m)
        dkey = zkey or (pref.key if pref is not None else None)
        mo = W.MONTHS[(m["m"] or m["m2"]).lower().rstrip(".")]
        day = int(m["d"] or m["d2"])
        start = m.start("m") if m["m"] else m.start("d2")
        end = m.end("d") if m["m"] else m.end("m2")
        if not _valid(2000, mo, day):  # "0 Jan", "31 June": no day of any year (2000 is a leap year)
            return _infer(text, cands, zkey or (pref.key if pref is not None else None))
        if m["y"]:
            try:
                return Anchor(date(int(m["y"]), mo, day), None, dkey, "dateline", P.CONFIDENCE_DATELINE,
                              text[start:m.end("y")], start, m.end("y"), note=f"dateline {place}")
            except ValueError:
                pass
        return _dateline_year(text, cands, place, dkey, mo, day, start, end)
    return _infer(text, cands, zkey or dateline_zone(head))


def _header_date(text: str, cands: Sequence[Candidate], zone: tzinfo | None, zkey: str | None) -> Anchor | None:
    """A full date at the head of the text, written as a page header writes it: at the start of a line
    or after "By ... |", "Posted on", "/" ("Sun 3 Mar 2019 10.45 GMT", "By Jane Roe | March 3, 2019"),
    with the clock time and zone that follow it, if any."""
    for i, c in enumerate(cands):
        if c.start > P.HEADER_DATE_CHARS:
            break
        s = c.spec
        if s.kind not in ("date", "time") or s.year is None or s.month is None or s.day is None:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        before = text[line_start:c.start]
        if before.strip(" \t\u00a0-:") and not _HEADER_CUE.search(before) and not _HEADER_WEEKDAY.fullmatch(before):
            continue  # "On March 3, 2019, a plane crashed": a date inside a sentence
        month, day = s.month, s.day
        note, conf = "header date", P.CONFIDENCE_HEADER_DATE
        if "date-order-ambiguous" in s.notes:  # "Posted on 03/04/2019": the zone's custom decides, as in the text
            if zkey and zkey not in Z.MONTH_FIRST_ZONES:
                month, day = day, month
            note += "; numeric date read " + ("day first" if month != s.month else "month first")
            if not zkey:
                conf = min(conf, P.CONFIDENCE_DATE_ORDER_UNKNOWN)
        try:
            d = date(s.year, month, day)
        except ValueError:
            continue
        end, hour, minute, ref = c.end, s.hour, s.minute, s.zone
        if hour is None and i + 1 < len(cands):
            t = cands[i + 1].spec
            if (t.kind == "time" and t.hour is not None and t.year is None and t.month is None and t.day is None
                    and _HEADER_GAP.fullmatch(text, c.end, cands[i + 1].start)):
                end, hour, minute, ref = cands[i + 1].end, t.hour, t.minute, t.zone
        akey, dt = zkey, None
        if ref is not None and ref.key:
            akey = ref.key
            note += f"; {ref.text} read as {ref.key}"
        if hour is not None and hour < 24 and akey is not None:
            naive = datetime(d.year, d.month, d.day, hour, minute or 0)
            dt, _ = localize(naive, get_zone(akey))
            if ref is not None and ref.literal is not None and dt.utcoffset() != timedelta(minutes=ref.literal):
                akey = fixed_key(ref.literal)  # "10:45 EST" in July: the offset as written
                dt, _ = localize(naive, get_zone(akey))
            if zone is not None:
                dt = dt.astimezone(zone)
                d, akey = dt.date(), zkey
        return Anchor(d, dt, akey, "dateline", conf, text[c.start:end], c.start, end, note=note)
    return None


def _dateline_year(text: str, cands: Sequence[Candidate], place: str, dkey: str | None, mo: int, day: int,
                   start: int, end: int) -> Anchor:
    """The year of a dateline that gives none, from the text's own evidence.

    Candidates: the year before the latest year the text states to seven after it, on or after the latest full date
    it tells of as past (news reports what has happened). Evidence: the weekdays the text mentions, placed by their
    tense: a dated article tells of its own day most, then the day before, and looks ahead to the next day most; the
    lead's weekdays count twice. Among years that fit as well, the earliest.
    """
    from .resolve import Context, tense_at  # late import: resolve imports this module's siblings

    ctx = Context(text, Anchor(None, None, None, "none", 0.0), None)
    body = [c for c in cands if c.start > end]
    # (a date the text looks ahead to is no bound: "Legislative Council elections due in September 2020")
    latest = _latest_stated_date([c for c in body if c.spec.year is None or tense_at(ctx, c.start, c.end) <= 0])
    years = [c.spec.year for c in body if c.spec.year is not None and c.spec.kind in ("date", "time")]
    if not years:
        return Anchor(None, None, dkey, "dateline", 0.0, text[start:end], start, end,
                      note=f"dateline {place} gives no year and the text does not fix it", partial=f"XXXX-{mo:02d}-{day:02d}")
    top = max(years)
    options = []
    for y in range(top - 1, top + P.DATELINE_YEAR_WINDOW):
        if _valid(y, mo, day) and (latest is None or date(y, mo, day) >= latest):
            options.append(date(y, mo, day))
    if not options:
        options = [date(y, mo, day) for y in range(top, top + 3) if _valid(y, mo, day)]
    _, lead_end = ctx.sentence_of(end)
    weekdays = [(c.spec.weekday, tense_at(ctx, c.start, c.end), 2.0 if c.start < lead_end else 1.0) for c in body
                if c.spec.kind == "date" and c.spec.weekday is not None and c.spec.day is None and c.spec.direction is None]

    def score(d: date) -> float:
        # a wire report names its own day most when it tells what happened, the day before next; what it looks ahead
        # to is most often the next day; farther days say little; the lead's weekdays count twice
        total = 0.0
        for wd, tense, weight in weekdays:
            assert wd is not None
            back, fwd = (d.weekday() - wd) % 7, (wd - d.weekday()) % 7
            fit = P.DATELINE_WEEKDAY_AHEAD if tense > 0 else P.DATELINE_WEEKDAY_PAST
            off = fwd if tense > 0 else back if tense < 0 else min(back, fwd)
            total += weight * (fit[off] if off < len(fit) else 0.0)
        return total

    scored = sorted(options, key=lambda d: (-round(score(d), 6), d))
    best = scored[0]
    # the earliest year among those that fit as well (the calendar repeats; the text's years bound it from below)
    best = min((d for d in options if score(d) >= score(best) - 0.15), default=best)
    earlier = [score(d) for d in options if d < best]
    if weekdays and score(best) >= 1.0 and (not earlier or score(best) - max(earlier) >= 0.3):
        why = (f"the weekdays it mentions fit {best.strftime('%A')} {best.isoformat()} best "
               f"({', '.join(f'{d.year}: {score(d):.1f}' for d in sorted(options))})")
        conf = P.CONFIDENCE_DATELINE_YEAR_INFERRED
        # the same weekdays fit later years too (the calendar repeats): the text's years alone chose this one
        later = [y for y in range(best.year + 1, best.year + P.DATELINE_YEAR_LOOKAHEAD + 1)
                 if _valid(y, mo, day) and score(date(y, mo, day)) >= score(best)]
        if later:
            why += f"; {', '.join(map(str, later))} fit as well, but the text names no year after {top}"
            conf = min(conf, P.CONFIDENCE_DATELINE_YEAR_WEAK)
    else:
        best = options[0]
        why = f"{best.year} is the first year in which it follows the latest date the text states"
        conf = P.CONFIDENCE_DATELINE_YEAR_WEAK
    if latest is not None:
        why += f" (the latest date stated is {latest.isoformat()})"
    return Anchor(best, None, dkey, "dateline", conf, text[start:end], start, end,
                  note=f"dateline {place} without a year; {why}")


def _infer(text: str, cands: Sequence[Candidate], zkey: str | None) -> Anchor:
    """No dateline: a weekday named with its date near the top ("ended on Monday, February 7") suggests the
    day of the report; without a year in the text it stays partial (which years fit is in the note)."""
    for c in cands:
        if c.start > 1500:
            break
        s = c.spec
        if s.kind == "date" and s.weekday is not None and s.month is not None and s.day is not None:
            if s.year is not None:
                try:
                    d = date(s.year, s.month, s.day)
                except ValueError:
                    continue
                return Anchor(d, None, zkey, "inferred", P.CONFIDENCE_INFERRED, text[c.start:c.end], c.start, c.end,
                              note="the first dated weekday in the text")
            years = [y for y in range(2000, 2036) if _valid(y, s.month, s.day) and date(y, s.month, s.day).weekday() == s.weekday]
            return Anchor(None, None, zkey, "inferred", 0.0, text[c.start:c.end], c.start, c.end,
                          note="the text names the day but not the year; it fits " + ", ".join(map(str, years)),
                          partial=f"XXXX-{s.month:02d}-{s.day:02d}")
    return Anchor(None, None, zkey, "none", 0.0, note="no anchor given and none found in the text")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False



__all__ = ["parse_anchor", "find_anchor"]
